package ggzcheck_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/need"
)

// The yearly cycle (issue 15): testdata/cyclus/ holds three regions' plans
// for 2026 and 2027 and the national table's answers for 2027. Oostregio
// solved its shortage in secure care, Westregio did not and has no new
// measure, Noordregio dropped a measure without saying what became of it
// and did not follow up the table's advice.

var cyclusRegions = []string{"oostregio", "westregio", "noordregio"}

// cyclusRepo commits the 2026 plans, then the 2027 plans and answers, in a
// new repository, and runs from its root.
func cyclusRepo(t *testing.T) *repo {
	t.Helper()
	need.Program(t, "git", "git")
	fixture := func(name string) string { return mustRead(t, filepath.Join("testdata", "cyclus", name)) }
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write("regions/regios.yaml", fixture("regios.yaml"))
	for _, code := range cyclusRegions {
		r.write("regions/"+code+"/2026.yaml", fixture(code+"-2026.yaml"))
	}
	r.commit("2026")
	for _, code := range cyclusRegions {
		r.write("regions/"+code+"/2027.yaml", fixture(code+"-2027.yaml"))
	}
	for _, code := range []string{"westregio", "noordregio"} {
		r.write("regions/antwoorden/"+code+"/2027.yaml", fixture("antwoorden-"+code+"-2027.yaml"))
	}
	r.commit("2027")
	t.Chdir(r.dir)
	return r
}

const (
	noord27 = "regions/noordregio/2027.yaml"
	west27  = "regions/westregio/2027.yaml"
	oost27  = "regions/oostregio/2027.yaml"
	westAnt = "regions/antwoorden/westregio/2027.yaml"
)

// cyclusFindings are the findings of the repository as committed.
var cyclusFindings = []ruleAt{
	{"advies-opgevolgd", ""},
	{"monitoring-status", "/voortgang_maatregelen"},
	{"monitoring-tekort", "/zorgvormen/beveiligde_zorg"},
}

func TestCycleTwoYears(t *testing.T) {
	for _, tt := range []struct {
		name     string
		edit     func(r *repo)
		want     []ruleAt
		messages []string
	}{
		{
			name: "as committed",
			want: cyclusFindings,
			messages: []string{
				"regions/noordregio/2027.yaml:149:1: fout monitoring-status Maatregel 'klinische-zorg-1' voor klinische zorg uit het plan voor inkoopjaar 2026 (regions/noordregio/2026.yaml) staat niet meer in dit plan",
				"regions/noordregio/2027.yaml:3:1: fout advies-opgevolgd De landelijke tafel gaf de regio advies 'liz-plaatsen' over beveiligde zorg (regions/antwoorden/noordregio/2027.yaml)",
				"regions/westregio/2027.yaml:80:3: waarschuwing monitoring-tekort Bij beveiligde zorg waren vraag en aanbod al uit balans in het plan voor inkoopjaar 2026",
			},
		},
		{
			name: "a follow-up without its reason",
			edit: func(r *repo) {
				r.edit(west27, "    toelichting: Zorgverzekeraar Een contracteert twee extra LIZ-plaatsen bij GGZ Test.\n", "    toelichting: PM\n")
			},
			want:     append(slices.Clone(cyclusFindings), ruleAt{"advies-reden", "/opvolging_adviezen/0/toelichting"}),
			messages: []string{"Het plan volgt advies 'liz-plaatsen' op in de contractering, maar zegt niet hoe ('PM' is een plaatshouder, geen inhoud)."},
		},
		{
			name: "a follow-up of an advice the table did not give",
			edit: func(r *repo) { r.edit(west27, "  - advies: liz-plaatsen\n", "  - advies: liz\n") },
			want: append(slices.Clone(cyclusFindings),
				ruleAt{"advies-opgevolgd", "/opvolging_adviezen"}, ruleAt{"advies-verwijzing", "/opvolging_adviezen/0/advies"}),
			messages: []string{"Advies 'liz' staat niet in regions/antwoorden/westregio/2027.yaml. Verwijs naar de id van een advies van de landelijke tafel aan de regio: liz-plaatsen."},
		},
		{
			name: "the answered agenda item lost its id",
			edit: func(r *repo) {
				r.edit(west27, "  - id: liz-plaatsen\n    zorgvorm: beveiligde_zorg\n", "  - zorgvorm: beveiligde_zorg\n")
			},
			want:     append(slices.Clone(cyclusFindings), ruleAt{"advies-verwijzing", "/bespreekpunten"}),
			messages: []string{"Advies 'liz-plaatsen' (regions/antwoorden/westregio/2027.yaml) beantwoordt bespreekpunt 'liz-plaatsen', maar dit plan heeft geen bespreekpunt met die id."},
		},
		{
			name: "a continuing measure without progress",
			edit: func(r *repo) {
				r.edit(west27, "  - maatregel: liz-werving\n    status: deels\n", "  - maatregel: liz-unit\n    status: deels\n")
			},
			want: append(slices.Clone(cyclusFindings),
				ruleAt{"monitoring-lopend", "/maatregelen/0"}, ruleAt{"monitoring-resultaat", "/voortgang_maatregelen/0/maatregel"}),
			messages: []string{"Het plan voor inkoopjaar 2026 (regions/westregio/2026.yaml) heeft geen maatregel 'liz-unit'. Verwijs naar een maatregel van dat plan: liz-werving."},
		},
		{
			name: "progress without a result",
			edit: func(r *repo) {
				r.edit(oost27, "    resultaat: De vier extra LIZ-plaatsen zijn sinds maart bezet; de wachtlijst is bijna weg.\n", "")
			},
			want: append(slices.Clone(cyclusFindings), ruleAt{"monitoring-resultaat", "/voortgang_maatregelen/0/resultaat"}),
		},
		{
			name: "answers filed under another region",
			edit: func(r *repo) { r.edit(westAnt, "regio: westregio\n", "regio: noordregio\n") },
			want: append(slices.Clone(cyclusFindings), ruleAt{"antwoorden-plek", "/regio"}),
			messages: []string{
				"regions/antwoorden/westregio/2027.yaml:1:8: fout antwoorden-plek Dit antwoordbestand staat bij regio 'westregio', maar noemt regio 'noordregio'.",
			},
		},
		{
			name: "answers that break their format",
			edit: func(r *repo) {
				r.edit(westAnt, "    voorstel: Contracteer twee extra LIZ-plaatsen bij de kerninstelling.\n", "")
			},
			want:     append(slices.Clone(cyclusFindings), ruleAt{"schema-ontbrekende-sleutel", "/adviezen/0/voorstel"}),
			messages: []string{"[Antwoordformaat (schemas/antwoorden.schema.json)]"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, base := range []bool{false, true} {
				// With --base the 2026 plans come from the first commit;
				// without it from the same tree: the findings are the same.
				t.Run(map[bool]string{false: "same tree", true: "base"}[base], func(t *testing.T) {
					r := cyclusRepo(t)
					if tt.edit != nil {
						tt.edit(r)
					}
					args := []string{"check", "regions/"}
					if base {
						args = []string{"check", "--base", "HEAD~1", "regions/"}
					}
					res := ggzcheck(t, runOptions{}, append(args, "--format", "json")...)
					got, _ := findingsFromJSON(t, res.stdout)
					want := slices.Clone(tt.want)
					sortRules(want)
					if !slices.Equal(got, want) {
						t.Fatalf("got %v, want %v\n%s", got, want, res.stderr)
					}
					text := ggzcheck(t, runOptions{}, args...)
					if text.code != 1 {
						t.Errorf("exit %d", text.code)
					}
					for _, m := range tt.messages {
						if !strings.Contains(text.stdout, m) {
							t.Errorf("no finding says %q:\n%s", m, text.stdout)
						}
					}
				})
			}
		})
	}
}

// Without answers or an earlier year the cycle's rules are skipped, with the
// reason, never passed.
func TestCycleSkippedWithReason(t *testing.T) {
	r := cyclusRepo(t)
	if err := os.RemoveAll(filepath.Join(r.dir, "regions", "antwoorden")); err != nil {
		t.Fatal(err)
	}
	res := ggzcheck(t, runOptions{}, "check", "--format", "json", "regions/")
	_, out := findingsFromJSON(t, res.stdout)
	want := map[string]map[string]string{
		"regions/noordregio/2027.yaml": {
			"advies-opgevolgd":  "geen adviezen van de landelijke tafel voor deze regio en dit inkoopjaar (regions/antwoorden/noordregio/2027.yaml)",
			"monitoring-status": "",
		},
		"regions/oostregio/2026.yaml": {
			"advies-reden":      "geen adviezen van de landelijke tafel voor deze regio en dit inkoopjaar (regions/antwoorden/oostregio/2026.yaml)",
			"monitoring-tekort": "geen plan van een eerder inkoopjaar van deze regio, niet onder hetzelfde register en niet op --base",
		},
	}
	seen := 0
	for _, f := range out.Files {
		for _, rule := range f.Rules {
			reason, ok := want[f.File][rule.Rule]
			if !ok {
				continue
			}
			seen++
			switch {
			case reason == "" && rule.Outcome == "skipped":
				t.Errorf("%s %s: skipped (%s), want evaluated", f.File, rule.Rule, rule.Reason)
			case reason != "" && (rule.Outcome != "skipped" || rule.Reason != reason):
				t.Errorf("%s %s: %s (%s), want skipped: %s", f.File, rule.Rule, rule.Outcome, rule.Reason, reason)
			}
		}
	}
	if seen != 4 {
		t.Errorf("saw %d of the 4 outcomes", seen)
	}
}

// An answers file is hostile input like a plan: a link out of the
// repository is not read, a file over the size limit is not parsed, and
// either way the plan's advice rules are skipped, never passed.
func TestCycleHostileAnswers(t *testing.T) {
	for _, tt := range []struct {
		name  string
		setup func(r *repo)
		args  []string
		rule  string
		says  string
	}{
		{
			name: "a link out of the repository",
			setup: func(r *repo) {
				p := filepath.Join(r.dir, westAnt)
				if err := os.Remove(p); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink("/etc/passwd", p); err != nil {
					t.Fatal(err)
				}
			},
			rule: "bestand-koppeling",
			says: "Dit antwoordbestand is een symbolische koppeling naar '/etc/passwd', buiten de gecontroleerde map",
		},
		{
			name:  "over the size limit",
			setup: func(r *repo) { r.write(westAnt, r.read(westAnt)+"# "+strings.Repeat("x", 40_000)+"\n") },
			args:  []string{"--max-grootte", "32KiB"},
			rule:  "yaml-limiet",
			says:  "Het bestand is groter dan 32 KiB",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := cyclusRepo(t)
			tt.setup(r)
			res := ggzcheck(t, runOptions{}, append([]string{"check", "--format", "json", "regions/"}, tt.args...)...)
			_, out := findingsFromJSON(t, res.stdout)
			found := false
			for _, f := range out.Findings {
				if f.File == westAnt {
					found = found || (f.Rule == tt.rule && strings.Contains(f.Message, tt.says))
					if strings.Contains(f.Message, "root:") {
						t.Errorf("the linked file was read: %s", f.Message)
					}
				}
			}
			if !found {
				t.Errorf("no %s finding on %s:\n%s", tt.rule, westAnt, res.stdout)
			}
			for _, f := range out.Files {
				for _, o := range f.Rules {
					if f.File == west27 && o.Rule == "advies-opgevolgd" && (o.Outcome != "skipped" || !strings.Contains(o.Reason, "is niet te gebruiken")) {
						t.Errorf("advies-opgevolgd: %s (%s), want skipped", o.Outcome, o.Reason)
					}
				}
			}
		})
	}
}
