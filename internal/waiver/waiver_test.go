package waiver_test

import (
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/waiver"
)

const src = `inkoopjaar: 2026
zorgvormen:
  klinische_zorg:
    aanbod:
      - {aanbieder: A, voorziening: herstelhuis}
wijzigingen_aanbod:
  - zorgvorm: klinische_zorg
    ingangsdatum: 2026-01-01
  - zorgvorm: acute_zorg
    ingangsdatum: 2026-01-01
afwijkingen:
`

var rules = map[string]finding.Rule{
	"r":         {ID: "r", Severity: finding.Error, Waivable: true},
	"w":         {ID: "w", Severity: finding.Warning, Waivable: true},
	"kern":      {ID: "kern", Severity: finding.Error},
	"onbekend2": {ID: "onbekend2"},
}

func apply(t *testing.T, deviations string, fs []finding.Finding, refDate string) []finding.Finding {
	t.Helper()
	p, lf := plan.Load("p.yaml", []byte(src+deviations), plan.DefaultLimits)
	if len(lf) > 0 {
		t.Fatal(lf)
	}
	return waiver.Apply(p, fs, rules, waiver.Options{ReferenceDate: refDate, Placeholders: placeholders})
}

func f(rule, path string) finding.Finding {
	return finding.Finding{Rule: rule, Severity: finding.Error, Path: path}
}

func TestCoverage(t *testing.T) {
	tests := []struct {
		name, deviation, rule, path string
		waived                      bool
	}{
		{"exact path", "pad: /zorgvormen/klinische_zorg/aanbod/0", "r", "/zorgvormen/klinische_zorg/aanbod/0", true},
		{"under path", "pad: /zorgvormen/klinische_zorg", "r", "/zorgvormen/klinische_zorg/aanbod/0/voorziening", true},
		{"sibling path", "pad: /zorgvormen/klinische_zorg/aanbod/0", "r", "/zorgvormen/klinische_zorg/aanbod/01", false},
		{"other rule", "pad: /zorgvormen", "w", "/zorgvormen/klinische_zorg", false},
		{"care form", "zorgvorm: klinische_zorg", "r", "/zorgvormen/klinische_zorg/onder_druk", true},
		{"item of the care form", "zorgvorm: klinische_zorg", "r", "/wijzigingen_aanbod/0/ingangsdatum", true},
		{"item of another care form", "zorgvorm: klinische_zorg", "r", "/wijzigingen_aanbod/1/ingangsdatum", false},
		{"other care form", "zorgvorm: acute_zorg", "r", "/zorgvormen/klinische_zorg", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dev := "  - regel: r\n    " + tt.deviation + "\n    motivatie: Omdat.\n    geldig_tot: 2026-06-30\n"
			out := apply(t, dev, []finding.Finding{f(tt.rule, tt.path)}, "")
			got := out[0].Waiver != nil
			if got != tt.waived {
				t.Errorf("waived %v, want %v (%+v)", got, tt.waived, out)
			}
			if got && (out[0].Waiver.Motivation != "Omdat." || out[0].Waiver.Until != "2026-06-30" || out[0].Waiver.Path != "/afwijkingen/0") {
				t.Errorf("waiver %+v", out[0].Waiver)
			}
			if errs, _ := finding.Count(out[:1]); got && errs != 0 {
				t.Error("a waived error still counts")
			}
		})
	}
}

func TestInvalidDeviations(t *testing.T) {
	tests := []struct {
		name, deviation, refDate, rule, path string
	}{
		{"no motivation", "regel: r\n    zorgvorm: klinische_zorg\n    geldig_tot: 2026-06-30", "", waiver.RuleMotivation, "/afwijkingen/0"},
		{"blank motivation", "regel: r\n    zorgvorm: klinische_zorg\n    motivatie: '  '\n    geldig_tot: 2026-06-30", "", waiver.RuleMotivation, "/afwijkingen/0"},
		{"unknown rule", "regel: onbekend\n    zorgvorm: klinische_zorg\n    motivatie: Omdat het moet.\n    geldig_tot: 2026-06-30", "", waiver.RuleUnknownRule, "/afwijkingen/0/regel"},
		{"core rule", "regel: kern\n    zorgvorm: klinische_zorg\n    motivatie: Omdat het moet.\n    geldig_tot: 2026-06-30", "", waiver.RuleNotAllowed, "/afwijkingen/0/regel"},
		{"no scope", "regel: r\n    motivatie: Omdat het moet.\n    geldig_tot: 2026-06-30", "", waiver.RuleScope, "/afwijkingen/0"},
		{"expired before the year", "regel: r\n    zorgvorm: klinische_zorg\n    motivatie: Omdat het moet.\n    geldig_tot: 2025-12-31", "", waiver.RuleExpired, "/afwijkingen/0/geldig_tot"},
		{"expired at the reference date", "regel: r\n    zorgvorm: klinische_zorg\n    motivatie: Omdat het moet.\n    geldig_tot: 2026-06-30", "2026-07-01", waiver.RuleExpired, "/afwijkingen/0/geldig_tot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := apply(t, "  - "+tt.deviation+"\n", []finding.Finding{f("r", "/zorgvormen/klinische_zorg")}, tt.refDate)
			if len(out) != 2 || out[0].Waiver != nil {
				t.Fatalf("an invalid deviation must waive nothing and add one finding: %+v", out)
			}
			if got := out[1]; got.Rule != tt.rule || got.Path != tt.path || got.Severity != finding.Error || got.Line == 0 {
				t.Errorf("got %s at %s (%d:%d), want %s at %s", got.Rule, got.Path, got.Line, got.Column, tt.rule, tt.path)
			}
		})
	}
}

func TestUnusedDeviationWarns(t *testing.T) {
	out := apply(t, "  - regel: r\n    zorgvorm: acute_zorg\n    motivatie: Omdat het moet.\n    geldig_tot: 2026-06-30\n", nil, "")
	if len(out) != 1 || out[0].Rule != waiver.RuleUnused || out[0].Severity != finding.Warning {
		t.Errorf("got %+v", out)
	}
}

func TestUnknownRuleSuggestsTheNearest(t *testing.T) {
	out := apply(t, "  - regel: onbekend3\n    zorgvorm: acute_zorg\n    motivatie: Omdat het moet.\n    geldig_tot: 2026-06-30\n", nil, "")
	if len(out) != 1 || out[0].Message.NL != "De afwijking noemt de regel 'onbekend3', maar die bestaat niet. Bedoelde u 'onbekend2'? Zie 'ggzcheck rules'." {
		t.Errorf("got %+v", out)
	}
}

var placeholders = waiver.NewPlaceholders(map[string]any{"plaatshouders": map[string]any{
	"minimaal_tekens": 5.0, "teksten": []any{"n.v.t.", "p.m.", "zie boven"},
}})

// TestPlaceholderMotivation: a deviation motivated by a placeholder waives
// nothing (notitie §3.2: deviating is allowed when motivated).
func TestPlaceholderMotivation(t *testing.T) {
	for motivation, waived := range map[string]bool{
		"n.v.t.": false, "N V T": false, "PM": false, "Zie boven.": false, "-": false, "ok": false,
		"P.M. (zie boven)": false, "n.v.t. 2": false, "n.v.t. - zie boven - p.m.": false,
		"Omdat.": true, "Geen arts.": true, "Het herstelhuis vervangt hier een deel van de opnames.": true,
	} {
		dev := "  - regel: r\n    pad: /zorgvormen\n    motivatie: \"" + motivation + "\"\n    geldig_tot: 2026-06-30\n"
		out := apply(t, dev, []finding.Finding{f("r", "/zorgvormen/klinische_zorg")}, "")
		if got := out[0].Waiver != nil; got != waived {
			t.Errorf("%q: waived %v, want %v (%+v)", motivation, got, waived, out)
		}
		if !waived && (len(out) != 2 || out[1].Rule != waiver.RuleMotivation || out[1].Path != "/afwijkingen/0/motivatie") {
			t.Errorf("%q: want an afwijking-motivatie finding at the motivation, got %+v", motivation, out)
		}
	}
}
