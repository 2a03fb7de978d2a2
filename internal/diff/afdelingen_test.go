package diff

import (
	"context"
	"reflect"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

// TestFacilitiesMatchThePolicies: the diff groups moved departments by
// facility exactly as the check does (lib.voorziening), so both see the same
// moves.
func TestFacilitiesMatchThePolicies(t *testing.T) {
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	opts := []func(*rego.Rego){rego.Query("x := data.ggzcheck.lib.voorziening(input)"), rego.Store(b.Store()), rego.Compiler(policy.Compiler())}
	for _, m := range b.Modules {
		opts = append(opts, rego.ParsedModule(m))
	}
	q, err := rego.New(opts...).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	f := loadFacilities()
	for _, name := range []string{"FACT-team", "FACT teams", "Flexible Assertive Community Treatment", "HS-8", "Setting 8 (HS-8)",
		"MPU-units", "PUK'en", "ggz-opname", "GGZ opname", "beveiligde bedden niveau 2/3", "herstelhuis", "Crisisdiensten", "", "Één-team"} {
		rs, err := q.Eval(context.Background(), rego.EvalInput(name))
		if err != nil || len(rs) != 1 {
			t.Fatalf("%q: %v %v", name, rs, err)
		}
		if want := rs[0].Bindings["x"]; f.key(name) != want {
			t.Errorf("%q: diff %q, policies %q", name, f.key(name), want)
		}
	}
}

func TestCompareDepartments(t *testing.T) {
	plan := func(aanbod ...map[string]any) any {
		list := make([]any, len(aanbod))
		for i, a := range aanbod {
			list[i] = a
		}
		return map[string]any{"zorgvormen": map[string]any{"klinische_zorg": map[string]any{"aanbod": list}}}
	}
	dept := func(provider, name, facility string, capacity int64) map[string]any {
		return map[string]any{"aanbieder": provider, "afdeling": name, "voorziening": facility, "capaciteit": capacity}
	}
	before := plan(dept("GGZ", "Kliniek", "ggz-opname", 780), dept("Ziekenhuis", "PAAZ", "PAAZ", 320), dept("Ziekenhuis", "MPU", "MPU", 80),
		dept("GGZ", "FACT Noord", "FACT", 600))
	after := plan(dept("ggz", "kliniek", "ggz-opname", 660), dept("Ziekenhuis", "Psychiatrie", "PAAZ", 320),
		dept("GGZ", "FACT Noord en Zuid", "FACT-team", 600), dept("GGZ", "HIC", "HIC", 40))
	got := compareDepartments(before, after, "klinische_zorg", loadFacilities())
	want := []Department{
		{Provider: "ggz", Name: "kliniek", Change: Smaller, Before: int64(780), After: int64(660)},
		{Provider: "GGZ", Name: "FACT Noord en Zuid", Change: Moved, Before: int64(600), After: int64(600), Was: []string{"FACT Noord"}},
		{Provider: "GGZ", Name: "HIC", Change: Added, After: int64(40)},
		{Provider: "Ziekenhuis", Name: "MPU", Change: Gone, Before: int64(80)},
		{Provider: "Ziekenhuis", Name: "Psychiatrie", Change: Moved, Before: int64(320), After: int64(320), Was: []string{"PAAZ"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
