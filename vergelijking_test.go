package ggzcheck_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/need"
)

// The plans in testdata/vergelijking/ are versions of one region's plan
// (2026.yaml is the earlier one). Each test commits some of them as the base
// of a real git repository, writes others over it as a pull request would,
// and checks what aanbod-onverklaard-verlies says.

const (
	verlies      = "aanbod-onverklaard-verlies"
	klinisch     = "/zorgvormen/klinische_zorg"
	klinischCap  = klinisch + "/jaarlijkse_capaciteit/patienten_binnen_regio"
	testregio    = "regions/testregio/"
	testRegistry = "regios:\n  - {code: testregio, naam: Testregio}\n  - {code: buurregio, naam: Buurregio}\n"
)

// comparisonRepo is a repository with a region registry and the base plans
// (repository path -> file in testdata/vergelijking) committed, and then the
// head plans written into the working tree ("" deletes).
func comparisonRepo(t *testing.T, base, head map[string]string) *repo {
	t.Helper()
	need.Program(t, "git", "git")
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write("regions/regios.yaml", testRegistry)
	for path, file := range base {
		r.write(path, mustRead(t, filepath.Join("testdata", "vergelijking", file)))
	}
	r.commit("base")
	for path, file := range head {
		if file == "" {
			if err := os.Remove(filepath.Join(r.dir, path)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		r.write(path, mustRead(t, filepath.Join("testdata", "vergelijking", file)))
	}
	t.Chdir(r.dir)
	return r
}

func TestComparisonWithEarlierPlans(t *testing.T) {
	for _, tt := range []struct {
		name       string
		base, head map[string]string
		noBase     bool // check without --base
		want       []ruleAt
		messages   []string
		diff       string // what 'ggzcheck diff --base HEAD' shows for the department
	}{
		{
			name: "the declaration is deleted: the loss against last year's plan counts",
			base: map[string]string{testregio + "2026.yaml": "2026.yaml", testregio + "2027.yaml": "2027-verklaard.yaml"},
			head: map[string]string{testregio + "2027.yaml": "2027-verklaring-geschrapt.yaml"},
			want: []ruleAt{{verlies, klinisch + "/aanbod/0/capaciteit"}, {verlies, klinischCap}},
			messages: []string{
				"Afdeling Kliniek Oost van GGZ Test (klinische zorg) kromp ten opzichte van regions/testregio/2026.yaml op HEAD van 700 naar 600 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt.",
				"De jaarlijkse capaciteit van klinische zorg daalde ten opzichte van regions/testregio/2026.yaml op HEAD: voor patiënten uit de regio van 1150 naar 1050",
			},
		},
		{
			name: "declared against last year's plan",
			base: map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head: map[string]string{testregio + "2027.yaml": "2027-verklaard.yaml"},
		},
		{
			name:     "only an older year at base",
			base:     map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head:     map[string]string{testregio + "2028.yaml": "2028-krimp.yaml"},
			want:     []ruleAt{{verlies, klinisch + "/aanbod/0/capaciteit"}, {verlies, klinischCap}},
			messages: []string{"kromp ten opzichte van regions/testregio/2026.yaml op HEAD van 700 naar 600"},
		},
		{
			name:     "without --base: last year's plan in the same tree",
			head:     map[string]string{testregio + "2026.yaml": "2026.yaml", testregio + "2027.yaml": "2027-verklaring-geschrapt.yaml"},
			noBase:   true,
			want:     []ruleAt{{verlies, klinisch + "/aanbod/0/capaciteit"}, {verlies, klinischCap}},
			messages: []string{"kromp ten opzichte van regions/testregio/2026.yaml van 700 naar 600"},
		},
		{
			name:   "without --base, declared",
			head:   map[string]string{testregio + "2026.yaml": "2026.yaml", testregio + "2027.yaml": "2027-verklaard.yaml"},
			noBase: true,
		},
		{
			name: "split at the same provider and facility",
			base: map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head: map[string]string{testregio + "2026.yaml": "gesplitst.yaml"},
			diff: "afdeling Kliniek Oost, Kliniek Oost-Zuid, GGZ Test: 700 → 700 (verhuisd, hernoemd, gesplitst of samengevoegd; was Kliniek Oost)",
		},
		{
			name: "merged into an existing department",
			base: map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head: map[string]string{testregio + "2026.yaml": "samengevoegd.yaml"},
			diff: "afdeling Kliniek Oost, GGZ Test: 950 → 950 (verhuisd, hernoemd, gesplitst of samengevoegd; was Kliniek Oost, Kliniek West)",
		},
		{
			name: "moved to another care form that gets it",
			base: map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head: map[string]string{testregio + "2026.yaml": "andere-zorgvorm.yaml"},
			diff: "afdeling MPU, Ziekenhuis Test: 60 → 60 (nu bij hoogspecialistische zorg vanuit ziekenhuizen)",
		},
		{
			name:     "moved to another care form that gets less",
			base:     map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head:     map[string]string{testregio + "2026.yaml": "andere-zorgvorm-kleiner.yaml"},
			want:     []ruleAt{{verlies, "/zorgvormen/hoogspecialistisch_ziekenhuis/aanbod/1/capaciteit"}, {verlies, klinischCap}},
			messages: []string{"van 60 naar 40 behandelingen of opnames (nu bij hoogspecialistische zorg vanuit ziekenhuizen)", "samen 60 minder, waarvan 40 in afdelingen die nu bij een andere zorgvorm staan"},
		},
		{
			name:     "capacity left out",
			base:     map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head:     map[string]string{testregio + "2026.yaml": "capaciteit-weggelaten.yaml"},
			diff:     "afdeling Kliniek Oost, GGZ Test: 700 → — (capaciteit niet meer ingevuld)",
			want:     []ruleAt{{verlies, klinisch + "/aanbod/0"}},
			messages: []string{"Bij afdeling Kliniek Oost van GGZ Test (klinische zorg) staat geen capaciteit meer; in regions/testregio/2026.yaml op HEAD had zij 700 behandelingen of opnames"},
		},
		{
			name:     "relocation to nowhere",
			base:     map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head:     map[string]string{testregio + "2026.yaml": "verplaatsing-naar-nergens.yaml"},
			want:     []ruleAt{{verlies, klinisch + "/aanbod"}, {verlies, klinischCap}},
			messages: []string{"Afdeling PAAZ van Ziekenhuis Test (klinische zorg) stond in regions/testregio/2026.yaml op HEAD met 200 behandelingen of opnames en ontbreekt nu", "Een verplaatsing naar nergens dekt geen verlies."},
		},
		{
			name: "another provider",
			base: map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head: map[string]string{testregio + "2026.yaml": "andere-aanbieder.yaml"},
			diff: "afdeling Kliniek Oost, GGZ Test Groep: 700 → 700 (nu bij een andere aanbieder; was bij GGZ Test)",
			want: []ruleAt{{verlies, klinisch + "/aanbod"}, {verlies, klinisch + "/aanbod"}},
			messages: []string{
				"Afdeling Kliniek Oost van GGZ Test (klinische zorg) stond in regions/testregio/2026.yaml op HEAD met 700 behandelingen of opnames en ontbreekt nu bij GGZ Test; dezelfde afdeling, met dezelfde voorziening, staat nu bij GGZ Test Groep",
				"leg dat dan vast als verplaatsing bij GGZ Test met 'afdeling: Kliniek West'",
			},
		},
		{
			name: "another provider, declared as a relocation",
			base: map[string]string{testregio + "2026.yaml": "2026.yaml"},
			head: map[string]string{testregio + "2026.yaml": "andere-aanbieder-verklaard.yaml"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			comparisonRepo(t, tt.base, tt.head)
			args := []string{"check", "--base", "HEAD", "--format", "json", "regions/"}
			if tt.noBase {
				args = []string{"check", "--format", "json", "regions/"}
			}
			res := ggzcheck(t, runOptions{}, args...)
			got, _ := findingsFromJSON(t, res.stdout)
			wantCode := 0
			if len(tt.want) > 0 {
				wantCode = 1
			}
			if res.code != wantCode || !slices.Equal(got, tt.want) {
				t.Fatalf("exit %d, got %v; want exit %d, %v\n%s", res.code, got, wantCode, tt.want, res.stderr)
			}
			for _, m := range tt.messages {
				if !strings.Contains(res.stdout, m) {
					t.Errorf("no finding says %q:\n%s", m, res.stdout)
				}
			}
			if tt.diff != "" {
				if d := ggzcheck(t, runOptions{}, "diff", "--base", "HEAD", "regions/"); !strings.Contains(d.stdout, "    "+tt.diff+"\n") {
					t.Errorf("diff does not show %q:\n%s", tt.diff, d.stdout)
				}
			}
		})
	}
}

// With --base, a plan with nothing to compare with says so in the text
// report, in one line, whatever its verdict; and its loss rule is skipped
// with that reason.
func TestNotComparedIsSaid(t *testing.T) {
	comparisonRepo(t, nil, map[string]string{testregio + "2026.yaml": "2026.yaml"})
	for _, tt := range []struct{ lang, want string }{
		{"nl", "regions/testregio/2026.yaml: niet vergeleken: geen eerdere versie op HEAD en geen plan van een eerder inkoopjaar van deze regio, dus niet gecontroleerd of er aanbod verloren ging.\n"},
		{"en", "regions/testregio/2026.yaml: not compared: no earlier version at HEAD and no plan of an earlier contracting year of this region, so whether supply was lost was not checked.\n"},
	} {
		res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD", "--lang", tt.lang, "regions/")
		if res.code != 0 || strings.Count(res.stdout, tt.want) != 1 {
			t.Errorf("%s: exit %d\n%s", tt.lang, res.code, res.stdout)
		}
	}
	js := ggzcheck(t, runOptions{}, "check", "--base", "HEAD", "--format", "json", "regions/")
	if !strings.Contains(js.stdout, "geen eerdere versie van dit plan op HEAD en geen plan van een eerder inkoopjaar van deze regio") {
		t.Errorf("the skipped rule does not say why:\n%s", js.stdout)
	}
	// Compared: no such line.
	if res := ggzcheck(t, runOptions{}, "check", "regions/"); strings.Contains(res.stdout, "niet vergeleken") {
		t.Errorf("without --base:\n%s", res.stdout)
	}
}

// TestEarlierPlanOfAnyShape: an earlier plan comes from git and is not held
// to the format, so a list left open or a value of the wrong type in it
// must not stop the check of the plan compared with it (it did: "array.slice:
// operand 1 must be array but got null", exit 2). Only the broken places are
// left out of the comparison.
func TestEarlierPlanOfAnyShape(t *testing.T) {
	current := mustRead(t, filepath.Join("testdata", "vergelijking", "2026.yaml"))
	const list = "    aanbod:\n      - aanbieder:"
	if !strings.Contains(current, list) {
		t.Fatal("testdata/vergelijking/2026.yaml no longer has the list this test breaks")
	}
	for _, tt := range []struct{ name, old, new string }{
		{"list left open", list, "    aanbod:\n    x_aanbod:\n      - aanbieder:"},
		{"text for a list", list, "    aanbod: geen\n    x_aanbod:\n      - aanbieder:"},
		{"list of the wrong things", list, "    aanbod: [1, tekst, null, [2]]\n    x_aanbod:\n      - aanbieder:"},
		{"text for a capacity", "jaarlijkse_capaciteit: {patienten_binnen_regio: 1150", "jaarlijkse_capaciteit: {patienten_binnen_regio: veel"},
		{"care forms left open", "zorgvormen:\n", "zorgvormen:\nx_zorgvormen:\n"},
		{"no object at all", "", "- een lijst\n- geen plan\n"},
		{"broken throughout", "wijzigingen_aanbod: []\n", "wijzigingen_aanbod: []\n" + unknownKeys(150)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			earlier := strings.Replace(current, tt.old, tt.new, 1)
			if tt.old == "" {
				earlier = tt.new
			}
			if earlier == current {
				t.Fatal("nothing replaced")
			}
			r := comparisonRepo(t, nil, nil)
			r.write(testregio+"2026.yaml", earlier)
			r.commit("an earlier version of another shape")
			r.write(testregio+"2026.yaml", current)
			res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD", "regions/")
			if res.code == 2 || strings.Contains(res.stdout+res.stderr, "beleidsregels evalueren") {
				t.Errorf("exit %d\n%s%s", res.code, res.stdout, res.stderr)
			}
		})
	}
}

// unknownKeys returns n top-level keys the format does not know, each a
// place of its own that breaks it.
func unknownKeys(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "onbekend_%d: %d\n", i, i)
	}
	return b.String()
}
