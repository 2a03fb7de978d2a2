package check_test

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/policy"
	"github.com/ggzcheck/ggzcheck/internal/waiver"
)

// TestPlaceholdersAgreeWithThePolicies: deviations are judged in Go, the
// agreements' own texts in Rego (lib.plaatshouder); both must call the same
// texts a placeholder.
func TestPlaceholdersAgreeWithThePolicies(t *testing.T) {
	ctx := context.Background()
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	c := policy.Compiler()
	if c.Compile(b.Modules); c.Failed() {
		t.Fatal(c.Errors)
	}
	query, err := rego.New(rego.Query("data.ggzcheck.lib.plaatshouder(input)"), rego.Compiler(c), rego.Store(b.Store())).PrepareForEval(ctx)
	if err != nil {
		t.Fatal(err)
	}
	placeholders := waiver.NewPlaceholders(b.Data)
	for _, text := range []string{
		"n.v.t.", "N.V.T.", "n v t", "nvt", "PM", "p.m.", "Pro memorie", "volgt", "Volgt later.", "zie boven", "idem",
		"TBD", "todo", "-", "?", "...", "", " ", "ok", "ja", "geen", "1234", "Abcd", "Abcde", "Omdat.", "Geen arts.",
		"Geen verslavingsarts op de afdeling.", "Niet van toepassing, want de regio heeft geen PUK.", "n.v.t. n.v.t. n.v.t. n.v.t.",
		"Ééé", "ÉÉÉÉÉ", "日本語です", "٣٤٥٦٧",
		"PM (volgt)", "n.v.t. (zie boven)", "Volgt later.", "zie bijlage 3", "Zie bijlage 12b", "nog te bepalen", "n.t.b.",
		"12345", "LVB", "TBS", "Geen idee, PM", "Zie boven: geen arts.", "Volgt uit de wachtlijst.", "PMvolgtx",
	} {
		rs, err := query.Eval(ctx, rego.EvalInput(text))
		if err != nil {
			t.Fatal(err)
		}
		inRego := len(rs) == 1 && rs[0].Expressions[0].Value == true
		if inGo := placeholders.Match(text); inGo != inRego {
			t.Errorf("%q: placeholder in Go %v, in Rego %v", text, inGo, inRego)
		}
	}
}
