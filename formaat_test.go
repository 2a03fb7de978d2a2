package ggzcheck_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// variant writes testdata/basis.yaml with each old text (which must occur
// once) replaced by its new text, and returns the file's name.
func variant(t *testing.T, replacements ...string) string {
	t.Helper()
	src := mustRead(t, "testdata/basis.yaml")
	for i := 0; i+1 < len(replacements); i += 2 {
		if strings.Count(src, replacements[i]) != 1 {
			t.Fatalf("%q occurs %d times in testdata/basis.yaml", replacements[i], strings.Count(src, replacements[i]))
		}
		src = strings.Replace(src, replacements[i], replacements[i+1], 1)
	}
	name := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

type ruleAt struct{ rule, path string }

func findingsOf(t *testing.T, file string) ([]ruleAt, jsonOutput) {
	t.Helper()
	r := ggzcheck(t, runOptions{}, "check", "--format", "json", file)
	if r.stderr != "" {
		t.Fatalf("stderr: %s", r.stderr)
	}
	out := decode(t, r.stdout)
	var got []ruleAt
	for _, f := range out.Findings {
		got = append(got, ruleAt{f.Rule, *f.Path})
	}
	return got, out
}

// TestFormatErrorsThatAreAgreements: what the format used to refuse (a
// missing care form, a blank motivation, a missing participants list) is
// reported under the agreement that asks for it, with its source, at the
// field; and the agreements are still evaluated.
func TestFormatErrorsThatAreAgreements(t *testing.T) {
	t.Parallel()
	const participants = "deelnemers:\n"
	src := mustRead(t, "testdata/basis.yaml")
	block := src[strings.Index(src, participants):strings.Index(src, "zorgvormen:\n")]
	for _, tt := range []struct {
		name         string
		replacements []string
		want         []ruleAt
	}{
		{"blank motivation", []string{"motivatie: Geen verslavingsarts op de afdeling; opname bij de verslavingskliniek.", "motivatie:"},
			[]ruleAt{{"exclusie-motivatie", "/zorgvormen/klinische_zorg/exclusiecriteria/0/motivatie"}}},
		{"blank description and motivation", []string{
			"omschrijving: Opname bij uitsluitend een verslavingsprobleem.", "omschrijving: ~",
			"motivatie: Geen verslavingsarts op de afdeling; opname bij de verslavingskliniek.", "motivatie: null"},
			[]ruleAt{{"exclusie-motivatie", "/zorgvormen/klinische_zorg/exclusiecriteria/0/motivatie"}, {"exclusie-omschrijving", "/zorgvormen/klinische_zorg/exclusiecriteria/0/omschrijving"}}},
		{"blank access guarantee", []string{"borging_toegang: Intensieve thuisbehandeling groeit met 40 behandelingen.", "borging_toegang:"},
			[]ruleAt{{"aanbod-borging-toegang", "/wijzigingen_aanbod/0/borging_toegang"}}},
		{"blank discussion list", []string{"    besproken_met_zorgverzekeraars:\n      - organisatie: Zorgverzekeraar Een\n        datum: 2025-03-18\n", "    besproken_met_zorgverzekeraars:\n"},
			[]ruleAt{{"aanbod-niet-besproken", "/wijzigingen_aanbod/0"}}},
		{"blank presence", []string{"  klinische_zorg:\n    aanwezig: true\n", "  klinische_zorg:\n    aanwezig:\n"},
			[]ruleAt{{"zorgvorm-gegevens", "/zorgvormen/klinische_zorg"}}},
		{"missing care form", []string{"  hoogspecialistisch_ziekenhuis:\n    aanwezig: false\n    verwachte_jaarlijkse_vraag: 40\n    werkelijke_jaarlijkse_vraag: 45\n    opvang_bij_afwezigheid: {regio: buurregio, toegankelijk_en_voldoende: true}\n", ""},
			[]ruleAt{{"zorgvorm-alle-zes", "/zorgvormen/hoogspecialistisch_ziekenhuis"}}},
		// A misspelt form: the format names the key meant; that the form is
		// missing follows from the same typo and is not reported twice.
		{"misspelt care form", []string{"  beveiligde_zorg:\n", "  beveiligd:\n"},
			[]ruleAt{{"schema-onbekende-sleutel", "/zorgvormen/beveiligd"}}},
		{"no participants list", []string{block, ""}, []ruleAt{
			{"deelnemers-andere-financiers", "/deelnemers"}, {"deelnemers-andere-financiers", "/deelnemers"},
			{"deelnemers-kerninstelling", "/deelnemers"}, {"deelnemers-patientvertegenwoordiging", "/deelnemers"},
			{"deelnemers-voorzitter", "/deelnemers"}, {"deelnemers-zorgverzekeraars", "/deelnemers"}, {"deelnemers-zorgverzekeraars", "/deelnemers"}}},
		{"blank participants list", []string{block, participants}, []ruleAt{
			{"deelnemers-andere-financiers", "/deelnemers"}, {"deelnemers-andere-financiers", "/deelnemers"},
			{"deelnemers-kerninstelling", "/deelnemers"}, {"deelnemers-patientvertegenwoordiging", "/deelnemers"},
			{"deelnemers-voorzitter", "/deelnemers"}, {"deelnemers-zorgverzekeraars", "/deelnemers"}, {"deelnemers-zorgverzekeraars", "/deelnemers"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, out := findingsOf(t, variant(t, tt.replacements...))
			sortRules(got)
			sortRules(tt.want)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
			for _, f := range out.Findings {
				if f.Line < 1 || f.Source == "" || strings.Contains(f.Source, "Planformaat") && !strings.HasPrefix(f.Rule, "schema-") {
					t.Errorf("finding without position or with the format as source: %+v", f)
				}
			}
		})
	}
}

// TestAgreementsAreEvaluatedBesideFormatErrors: a value that breaks the format
// is reported by the format; the agreements are still evaluated on the rest of
// the plan, without a second finding about the broken value itself.
func TestAgreementsAreEvaluatedBesideFormatErrors(t *testing.T) {
	t.Parallel()
	plan := variant(t,
		"aantal_wachtenden: 14,", "aantal_wachtenden: veel,", // breaks the format
		"motivatie: Geen verslavingsarts op de afdeling; opname bij de verslavingskliniek.", "motivatie: n.v.t.", // breaks agreement B
	)
	got, out := findingsOf(t, plan)
	sortRules(got)
	want := []ruleAt{
		{"exclusie-motivatie", "/zorgvormen/klinische_zorg/exclusiecriteria/0/motivatie"},
		{"schema-type", "/zorgvormen/beveiligde_zorg/onvervulde_vraag/aantal_wachtenden"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// Not every agreement could be evaluated: the report says so.
	if len(out.Files) != 1 || out.Files[0].PoliciesEvaluated || out.Files[0].Passed {
		t.Errorf("files %+v", out.Files)
	}

	// A deviation that breaks the format is reported once, by the format.
	deviation := variant(t, "maatregelen:\n", "afwijkingen:\n  - regel: Zorgvorm Operationalisatie\n    zorgvorm: klinische_zorg\n    motivatie: Het herstelhuis vervangt een deel van de opnames.\n    geldig_tot: 2026-12-31\nmaatregelen:\n")
	if got, _ := findingsOf(t, deviation); !slices.Equal(got, []ruleAt{{"schema-vorm", "/afwijkingen/0/regel"}}) {
		t.Errorf("broken deviation: %v", got)
	}

	// A draft with values still to fill in is not evaluated: its to-do list
	// would drown in findings about a half-written plan.
	draft := variant(t, "inkoopjaar: 2026", "inkoopjaar: INVULLEN", "motivatie: Geen verslavingsarts op de afdeling; opname bij de verslavingskliniek.", "motivatie: n.v.t.")
	if got, _ := findingsOf(t, draft); !slices.Equal(got, []ruleAt{{"schema-nog-invullen", "/inkoopjaar"}}) {
		t.Errorf("draft: %v", got)
	}
}

func sortRules(rs []ruleAt) {
	slices.SortFunc(rs, func(a, b ruleAt) int {
		return strings.Compare(a.rule+"\x00"+a.path, b.rule+"\x00"+b.path)
	})
}
