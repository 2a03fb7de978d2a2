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
		{Provider: "GGZ", Name: "FACT Noord en Zuid", Change: Moved, Before: int64(600), After: int64(600), Was: []string{"FACT Noord"}},
		{Provider: "ggz", Name: "kliniek", Change: Smaller, Before: int64(780), After: int64(660)},
		{Provider: "GGZ", Name: "HIC", Change: Added, After: int64(40)},
		{Provider: "Ziekenhuis", Name: "MPU", Change: Gone, Before: int64(80)},
		{Provider: "Ziekenhuis", Name: "Psychiatrie", Change: Moved, Before: int64(320), After: int64(320), Was: []string{"PAAZ"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// TestCompareDepartmentsAsTheCheck: split, merged into an existing department,
// a capacity left out, moved to another care form, and another provider are
// shown the way aanbod-onverklaard-verlies matches them.
func TestCompareDepartmentsAsTheCheck(t *testing.T) {
	dept := func(provider, name, facility string, capacity any) any {
		m := map[string]any{"aanbieder": provider, "afdeling": name, "voorziening": facility}
		if capacity != nil {
			m["capaciteit"] = capacity
		}
		return m
	}
	plan := func(klinisch, hs []any) any {
		return map[string]any{"zorgvormen": map[string]any{"klinische_zorg": map[string]any{"aanbod": klinisch}, "hoogspecialistisch_ziekenhuis": map[string]any{"aanbod": hs}}}
	}
	before := plan([]any{dept("GGZ", "Oost", "ggz-opname", int64(700)), dept("GGZ", "West", "ggz-opname", int64(250)),
		dept("GGZ", "Noord", "HIC", int64(100)), dept("Ziekenhuis", "PAAZ", "PAAZ", int64(200)), dept("Ziekenhuis", "MPU", "MPU", int64(60)),
		dept("Kliniek", "Zuid", "KIB", int64(30))}, nil)
	for _, tt := range []struct {
		name  string
		after any
		form  string
		want  []Department
	}{
		{"split", plan([]any{dept("GGZ", "Oost", "ggz-opname", int64(400)), dept("GGZ", "Oost-Zuid", "GGZ opname", int64(300)), dept("GGZ", "West", "ggz-opname", int64(250)),
			dept("GGZ", "Noord", "HIC", int64(100)), dept("Ziekenhuis", "PAAZ", "PAAZ", int64(200)), dept("Ziekenhuis", "MPU", "MPU", int64(60)), dept("Kliniek", "Zuid", "KIB", int64(30))}, nil),
			"klinische_zorg", []Department{{Provider: "GGZ", Name: "Oost, Oost-Zuid", Change: Moved, Before: int64(700), After: int64(700), Was: []string{"Oost"}}}},
		{"merged, left out, other form, other provider", plan([]any{dept("GGZ", "Oost", "ggz-opname", int64(950)), dept("GGZ", "Noord", "HIC", nil),
			dept("Ziekenhuis", "PAAZ", "PAAZ", int64(200)), dept("Kliniek Groep", "Zuid", "KIB", int64(30))}, []any{dept("Ziekenhuis", "MPU", "MPU", int64(60))}),
			"klinische_zorg", []Department{
				{Provider: "GGZ", Name: "Oost", Change: Moved, Before: int64(950), After: int64(950), Was: []string{"Oost", "West"}},
				{Provider: "GGZ", Name: "Noord", Change: Omitted, Before: int64(100)},
				{Provider: "Kliniek Groep", Name: "Zuid", Change: Provider, Before: int64(30), After: int64(30), Was: []string{"Kliniek"}},
				{Provider: "Ziekenhuis", Name: "MPU", Change: OtherForm, Before: int64(60), After: int64(60), Form: "hoogspecialistisch_ziekenhuis"},
			}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := compareDepartments(before, tt.after, tt.form, loadFacilities()); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
