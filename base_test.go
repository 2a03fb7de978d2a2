package ggzcheck_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/need"
)

// repo is a real temporary git repository with the Zilverduin example plan
// (from testdata/regions) committed, as the working directory of the test.
type repo struct {
	t   *testing.T
	dir string
}

func newRepo(t *testing.T) *repo {
	t.Helper()
	return newRepoWith(t, plan2026)
}

// newRepoWith is newRepo with another example plan committed: plan is its
// path in the repository, regions/<regio>/<jaar>.yaml.
func newRepoWith(t *testing.T, plan string) *repo {
	t.Helper()
	need.Program(t, "git", "git")
	src := example(t, strings.TrimPrefix(plan, "regions/"))
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write(plan, string(src))
	r.commit("plan 2026")
	t.Chdir(r.dir)
	return r
}

func (r *repo) git(args ...string) {
	r.t.Helper()
	cmd := exec.Command("git", append([]string{"-C", r.dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL=/dev/null")
	if out, err := cmd.CombinedOutput(); err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func (r *repo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *repo) read(name string) string {
	r.t.Helper()
	b, err := os.ReadFile(filepath.Join(r.dir, name))
	if err != nil {
		r.t.Fatal(err)
	}
	return string(b)
}

// editFile is edit, for a plan other than the Zilverduin one.
func (r *repo) editFile(name, old, new string) { r.t.Helper(); r.edit(name, old, new) }

// edit replaces old (which must occur once) in a file.
func (r *repo) edit(name, old, new string) {
	r.t.Helper()
	s := r.read(name)
	if strings.Count(s, old) != 1 {
		r.t.Fatalf("%q occurs %d times in %s", old, strings.Count(s, old), name)
	}
	r.write(name, strings.Replace(s, old, new, 1))
}

func (r *repo) commit(msg string) {
	r.t.Helper()
	r.git("add", "-A")
	r.git("commit", "-q", "-m", msg)
}

const plan2026 = "regions/zilverduin/2026.yaml"

// A lowered capacity in the clinic (1120 → 1000), line 142 of the plan, and the
// department it comes from (Kliniek De Helm, 780 → 660), so that the departments
// still add up to the capacity.
const lowered = "      patienten_binnen_regio: 1120\n"

const helm = "        afdeling: Kliniek De Helm (opname)\n        voorziening: ggz-opname\n        capaciteit: 780\n"

func lower(r *repo) {
	r.edit(plan2026, "    jaarlijkse_capaciteit:\n"+lowered, "    jaarlijkse_capaciteit:\n      patienten_binnen_regio: 1000\n")
	r.edit(plan2026, helm, strings.Replace(helm, "780", "660", 1))
}

// lineOf returns the line of the plan where text begins.
func lineOf(r *repo, text string) int {
	r.t.Helper()
	src := r.read(plan2026)
	if !strings.Contains(src, text) {
		r.t.Fatalf("%q not in the plan", text)
	}
	return strings.Count(strings.Split(src, text)[0], "\n") + 1
}

func TestBaseUndeclaredLoss(t *testing.T) {
	r := newRepo(t)
	lower(r)
	r.commit("lager")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--format", "json", "regions/")
	out := decode(t, res.stdout)
	if res.code != 1 || len(out.Findings) != 2 {
		t.Fatalf("exit %d, findings %+v, stderr %s", res.code, out.Findings, res.stderr)
	}
	// The department that shrank, and the care form whose capacity fell: each
	// at the changed value.
	for i, want := range []struct {
		line, col int
		path, msg string
	}{
		{lineOf(r, "patienten_binnen_regio: 1000"), 31, "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio",
			"daalde ten opzichte van regions/zilverduin/2026.yaml op HEAD~1: voor patiënten uit de regio van 1120 naar 1000 behandelingen of opnames, samen 120 minder"},
		{lineOf(r, "        capaciteit: 660") + 0, 21, "/zorgvormen/klinische_zorg/aanbod/0/capaciteit",
			"Afdeling Kliniek De Helm (opname) van GGZ Zilverduin (klinische zorg) kromp ten opzichte van regions/zilverduin/2026.yaml op HEAD~1 van 780 naar 660 behandelingen of opnames"},
	} {
		f := out.Findings[i]
		if f.Rule != "aanbod-onverklaard-verlies" || f.Line != want.line || f.Column != want.col || *f.Path != want.path || !strings.Contains(f.Message, want.msg) {
			t.Errorf("finding %d: %s at %d:%d %s %q; want line %d col %d %s %q", i, f.Rule, f.Line, f.Column, *f.Path, f.Message, want.line, want.col, want.path, want.msg)
		}
	}
	// Without --base the same plan passes: the rule needs the earlier version.
	if plain := ggzcheck(t, runOptions{}, "check", "regions/"); plain.code != 0 {
		t.Errorf("without --base: exit %d", plain.code)
	}
}

// rulesAt runs check --base HEAD~1 on regions/ and returns rule and path of
// every finding.
func rulesAt(t *testing.T) ([]ruleAt, run) {
	t.Helper()
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--format", "json", "regions/")
	got, _ := findingsFromJSON(t, res.stdout)
	return got, res
}

func findingsFromJSON(t *testing.T, stdout string) ([]ruleAt, jsonOutput) {
	t.Helper()
	out := decode(t, stdout)
	var got []ruleAt
	for _, f := range out.Findings {
		got = append(got, ruleAt{f.Rule, *f.Path})
	}
	sortRules(got)
	return got, out
}

// Issue 12, case 1: halving one department (the Hoogmoer crisis service,
// 1310 → 655) while the care form's capacity stays, used to pass.
func TestBaseDepartmentHalved(t *testing.T) {
	const hoogmoer = "regions/hoogmoer/2026.yaml"
	r := newRepoWith(t, hoogmoer)
	r.editFile(hoogmoer, "        capaciteit: 1310\n", "        capaciteit: 655\n")
	r.commit("halve crisisdienst")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--format", "json", "regions/")
	got, out := findingsFromJSON(t, res.stdout)
	want := []ruleAt{
		{"aanbod-afdelingen-capaciteit", "/zorgvormen/acute_zorg/aanbod"},
		{"aanbod-onverklaard-verlies", "/zorgvormen/acute_zorg/aanbod/0/capaciteit"},
	}
	if res.code != 1 || !slices.Equal(got, want) {
		t.Fatalf("exit %d, got %v, want %v", res.code, got, want)
	}
	for _, f := range out.Findings {
		if f.Rule == "aanbod-onverklaard-verlies" && !strings.Contains(f.Message, "Afdeling Crisisdienst Hoogmoer van Moerland GGZ (acute zorg) kromp ten opzichte van regions/hoogmoer/2026.yaml op HEAD~1 van 1310 naar 655 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt.") {
			t.Errorf("message %q", f.Message)
		}
	}
}

// Issue 12, case 2: one reduction of 60 announced, while the capacity for
// patients from the region fell by 60 and from elsewhere by 40.
func TestBaseDeclaredReductionTooSmall(t *testing.T) {
	r := newRepo(t)
	r.edit(plan2026, "    jaarlijkse_capaciteit:\n      patienten_binnen_regio: 1120\n      patienten_buiten_regio: 60\n",
		"    jaarlijkse_capaciteit:\n      patienten_binnen_regio: 1060\n      patienten_buiten_regio: 20\n")
	r.edit(plan2026, helm, strings.Replace(helm, "780", "720", 1))
	r.edit(plan2026, "        afdeling: PAAZ\n        voorziening: PAAZ\n        capaciteit: 320\n", "        afdeling: PAAZ\n        voorziening: PAAZ\n        capaciteit: 280\n")
	// The one clinical reduction announced: 60 places at Kliniek De Helm.
	src := r.read(plan2026)
	announced := src[strings.Index(src, "wijzigingen_aanbod:\n"):strings.Index(src, "  - zorgvorm: acute_zorg\n    aanbieder: GGZ Zilverduin\n    afdeling: IHT-team Kust")]
	r.edit(plan2026, announced, `wijzigingen_aanbod:
  - zorgvorm: klinische_zorg
    aanbieder: GGZ Zilverduin
    afdeling: Kliniek De Helm (opname)
    soort: afbouw
    capaciteit_voor: 780
    capaciteit_na: 720
    ingangsdatum: 2026-01-01
    redenen: [personeel]
    borging_toegang: Patiënten gaan naar de PAAZ van Duinrand, die 60 opnames extra contracteert.
    besproken_met_zorgverzekeraars:
      - organisatie: Zorgverzekeraar Duinzorg
        datum: 2025-03-18
`)
	r.commit("meer minder dan aangekondigd")
	got, res := rulesAt(t)
	want := []ruleAt{
		{"aanbod-onverklaard-verlies", "/zorgvormen/klinische_zorg/aanbod/1/capaciteit"},
		{"aanbod-onverklaard-verlies", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"},
	}
	if res.code != 1 || !slices.Equal(got, want) {
		t.Fatalf("exit %d, got %v, want %v", res.code, got, want)
	}
	for _, msg := range []string{
		"voor patiënten uit de regio van 1120 naar 1060 behandelingen of opnames en voor patiënten van buiten de regio van 60 naar 20 behandelingen of opnames, samen 100 minder; de aangekondigde wijzigingen dekken daarvan samen 60 behandelingen of opnames, dus 40 zijn niet aangekondigd.",
		"Afdeling PAAZ van Ziekenhuis Duinrand (PAAZ en MPU) (klinische zorg) kromp ten opzichte van regions/zilverduin/2026.yaml op HEAD~1 van 320 naar 280 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt.",
	} {
		if !strings.Contains(res.stdout, msg) {
			t.Errorf("no finding says %q", msg)
		}
	}
}

// Moved or renamed departments are no loss: same provider, same facility (as
// the sources write it), capacity kept; also when two teams merge into one.
func TestBaseMovedDepartmentIsNoLoss(t *testing.T) {
	r := newRepo(t)
	r.edit(plan2026, helm, "        afdeling: Kliniek Duinwijck (nieuwbouw)\n        voorziening: GGZ-opname\n        capaciteit: 780\n")
	r.commit("verhuisd")
	if got, res := rulesAt(t); res.code != 0 || len(got) > 0 {
		t.Errorf("moved at equal capacity: exit %d, %v", res.code, got)
	}
	// Moved to another provider: that is a loss for this one.
	r.edit(plan2026, "      - aanbieder: GGZ Zilverduin\n        afdeling: Kliniek Duinwijck (nieuwbouw)\n", "      - aanbieder: Parnassia Duin\n        afdeling: Kliniek Duinwijck (nieuwbouw)\n")
	r.commit("andere aanbieder")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~2", "--format", "json", "regions/")
	if got, _ := findingsFromJSON(t, res.stdout); !slices.Equal(got, []ruleAt{{"aanbod-onverklaard-verlies", "/zorgvormen/klinische_zorg/aanbod"}}) {
		t.Errorf("other provider: %v", got)
	}
}

func TestBaseDeclaredChange(t *testing.T) {
	for _, tt := range []struct {
		name, reason string
		code         int
		rule         string
	}{
		{"declared with a non-financial reason", "personeel", 0, ""},
		{"declared with a financial reason", "financieel", 1, "aanbod-financiele-reden"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := newRepo(t)
			lower(r)
			r.edit(plan2026, "wijzigingen_aanbod:\n", `wijzigingen_aanbod:
  - zorgvorm: klinische_zorg
    aanbieder: GGZ Zilverduin
    afdeling: Kliniek De Helm (opname)
    soort: afbouw
    capaciteit_voor: 780
    capaciteit_na: 660
    ingangsdatum: 2026-01-01
    redenen: [`+tt.reason+`]
    borging_toegang: Patiënten gaan naar de PAAZ van Duinrand, die 120 opnames extra contracteert.
    besproken_met_zorgverzekeraars:
      - organisatie: Zorgverzekeraar Duinzorg
        datum: 2025-03-18
`)
			r.commit("aangekondigd")
			res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--format", "json", "regions/")
			out := decode(t, res.stdout)
			var rules []string
			for _, f := range out.Findings {
				rules = append(rules, f.Rule)
			}
			if res.code != tt.code || (tt.rule == "" && len(rules) > 0) || (tt.rule != "" && (len(rules) != 1 || rules[0] != tt.rule)) {
				t.Errorf("exit %d, rules %v; want exit %d and %q", res.code, rules, tt.code, tt.rule)
			}
		})
	}
}

func TestBaseFormAbsentAndDepartmentGone(t *testing.T) {
	r := newRepo(t)
	r.edit(plan2026, "      - aanbieder: Ziekenhuis Duinrand (PAAZ en MPU)\n        afdeling: MPU\n        voorziening: MPU\n        capaciteit: 80\n", "")
	r.commit("MPU weg")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "regions/")
	if res.code != 1 || !strings.Contains(res.stdout, "Afdeling MPU van Ziekenhuis Duinrand (PAAZ en MPU) (klinische zorg) stond in regions/zilverduin/2026.yaml op HEAD~1 met 80 behandelingen of opnames en ontbreekt nu") {
		t.Errorf("exit %d\n%s", res.code, res.stdout)
	}
}

func TestBaseDeletedPlan(t *testing.T) {
	lindeveld := example(t, "lindeveld/2026.yaml")
	r := newRepo(t)
	r.write("regions/lindeveld/2026.yaml", lindeveld)
	r.commit("lindeveld")
	r.git("rm", "-q", "regions/zilverduin/2026.yaml")
	r.commit("weg")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--format", "json", "regions/")
	out := decode(t, res.stdout)
	if res.code != 1 || len(out.Findings) != 1 || out.Findings[0].Rule != "aanbod-plan-verwijderd" ||
		out.Findings[0].File != "regions/zilverduin/2026.yaml" {
		t.Errorf("exit %d, %+v", res.code, out.Findings)
	}
	// Checking only another region does not report it.
	if only := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "regions/lindeveld"); only.code != 0 {
		t.Errorf("other region: exit %d\n%s", only.code, only.stdout)
	}
}

func TestBaseMovedAndNextYear(t *testing.T) {
	r := newRepo(t)
	// Moved to another file: still compared by region and year.
	r.git("mv", plan2026, "regions/zilverduin/plan.yaml")
	r.edit("regions/zilverduin/plan.yaml", "    jaarlijkse_capaciteit:\n"+lowered, "    jaarlijkse_capaciteit:\n      patienten_binnen_regio: 1000\n")
	r.commit("verplaatst")
	if res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "regions/"); res.code != 1 || !strings.Contains(res.stdout, "aanbod-onverklaard-verlies") {
		t.Errorf("moved: exit %d\n%s", res.code, res.stdout)
	}
	// The next year's plan is compared with this year's.
	next := strings.Replace(r.read("regions/zilverduin/plan.yaml"), "inkoopjaar: 2026", "inkoopjaar: 2027", 1)
	r.write("regions/zilverduin/2027.yaml", next)
	r.git("rm", "-q", "regions/zilverduin/plan.yaml")
	r.commit("2027")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~2", "--format", "json", "regions/zilverduin/2027.yaml")
	out := decode(t, res.stdout)
	found := false
	for _, f := range out.Findings {
		found = found || (f.Rule == "aanbod-onverklaard-verlies" && strings.Contains(f.Message, "regions/zilverduin/2026.yaml op HEAD~2"))
	}
	if !found {
		t.Errorf("next year not compared with this year: %+v", out.Findings)
	}
}

func TestBaseChangedOnlyAndErrors(t *testing.T) {
	lindeveld := example(t, "lindeveld/2026.yaml")
	r := newRepo(t)
	r.write("regions/lindeveld/2026.yaml", lindeveld)
	r.commit("lindeveld")
	lower(r)
	r.commit("lager")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--changed-only", "--format", "json", "regions/")
	out := decode(t, res.stdout)
	if out.Summary.Files != 1 || out.Summary.Unchanged != 1 || res.code != 1 {
		t.Errorf("changed-only: exit %d, summary %+v", res.code, out.Summary)
	}
	text := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--changed-only", "regions/")
	if !strings.Contains(text.stdout, "1 plan overgeslagen: ongewijzigd ten opzichte van --base.") {
		t.Errorf("summary does not say what was skipped:\n%s", text.stdout)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "--base", "bestaat-niet", "regions/"}, "die revisie bestaat niet"},
		{[]string{"check", "--changed-only", "regions/"}, "--changed-only werkt alleen samen met --base"},
	} {
		if r := ggzcheck(t, runOptions{}, tt.args...); r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%v: exit %d, %q", tt.args, r.code, r.stderr)
		}
	}
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "p.yaml"), []byte(r.read(plan2026)), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD", filepath.Join(outside, "p.yaml")); res.code != 2 || !strings.Contains(res.stderr, "ligt niet in een git-repository") {
		t.Errorf("outside a repository: exit %d, %q", res.code, res.stderr)
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBaseWaitingRises(t *testing.T) {
	r := newRepo(t)
	r.edit(plan2026, "      aantal_wachtenden: 35\n", "      aantal_wachtenden: 80\n")
	r.commit("meer wachtenden")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--format", "json", "regions/")
	out := decode(t, res.stdout)
	if res.code != 0 || len(out.Findings) != 1 || out.Findings[0].Rule != "aanbod-wachtlijst-stijging" || out.Findings[0].Severity != "warning" {
		t.Errorf("exit %d, %+v", res.code, out.Findings)
	}
}

// TestDiff checks that diff shows the before and after numbers, the changes
// announced and the agenda items added, in every format.
func TestDiff(t *testing.T) {
	wd, _ := os.Getwd() // the goldens live in the repository, not in the temporary one
	r := newRepo(t)
	lower(r)
	r.edit(plan2026, "      aantal_wachtenden: 28\n", "      aantal_wachtenden: 40\n")
	r.edit(plan2026, "wijzigingen_aanbod:\n", `wijzigingen_aanbod:
  - zorgvorm: klinische_zorg
    aanbieder: GGZ Zilverduin
    afdeling: Kliniek De Helm (opname)
    soort: afbouw
    capaciteit_voor: 780
    capaciteit_na: 660
    ingangsdatum: 2026-01-01
    redenen: [personeel]
    borging_toegang: PAAZ van Duinrand.
    besproken_met_zorgverzekeraars:
      - organisatie: Zorgverzekeraar Duinzorg
        datum: 2025-03-18
`)
	r.edit(plan2026, "bespreekpunten:\n", `bespreekpunten:
  - zorgvorm: klinische_zorg
    titel: Personeelstekort kliniek
    redenen: r
    gezette_stappen: s
    waarom_niet_opgelost: w
    voorstel: v
    contactpersonen: [{naam: A, email: a@example.org}]
`)
	// The PAAZ moves to a new building under a new name, at equal capacity; the
	// MPU closes.
	r.edit(plan2026, "        afdeling: PAAZ\n", "        afdeling: Psychiatrie Duinrand (nieuwbouw)\n")
	r.edit(plan2026, "      - aanbieder: Ziekenhuis Duinrand (PAAZ en MPU)\n        afdeling: MPU\n        voorziening: MPU\n        capaciteit: 80\n", "")
	r.write("regions/nieuw/2026.yaml", strings.Replace(r.read(plan2026), "code: zilverduin", "code: nieuw", 1))
	r.commit("wijzigingen")

	text := ggzcheck(t, runOptions{}, "diff", "--base", "HEAD~1")
	md := ggzcheck(t, runOptions{}, "diff", "--base", "HEAD~1", "--format", "markdown")
	js := ggzcheck(t, runOptions{}, "diff", "--base", "HEAD~1", "--format", "json")
	for _, res := range []run{text, md, js} {
		if res.code != 0 || res.stderr != "" {
			t.Fatalf("exit %d: %s", res.code, res.stderr)
		}
	}
	for _, want := range []string{
		"capaciteit uit de regio    1120 → 1000 (−120)",
		"wachtenden                 28 → 40 (+12)",
		"afdeling Kliniek De Helm (opname), GGZ Zilverduin: 780 → 660 (−120)",
		"afdeling MPU, Ziekenhuis Duinrand (PAAZ en MPU): 80 → — (verdwenen)",
		"afdeling Psychiatrie Duinrand (nieuwbouw), Ziekenhuis Duinrand (PAAZ en MPU): 320 → 320 (verhuisd, hernoemd, gesplitst of samengevoegd; was PAAZ)",
		"+ klinische_zorg: afbouw bij GGZ Zilverduin, Kliniek De Helm (opname) (780 → 660); redenen: [personeel]",
		"+ klinische_zorg: Personeelstekort kliniek",
		"regions/nieuw/2026.yaml: nieuw: er is geen eerdere versie van deze regio",
	} {
		if !strings.Contains(text.stdout, want) {
			t.Errorf("text lacks %q:\n%s", want, text.stdout)
		}
	}
	if !strings.Contains(md.stdout, "| klinische zorg | capaciteit uit de regio | 1120 | 1000 | −120 |") ||
		!strings.Contains(md.stdout, "| klinische zorg | afdeling MPU, Ziekenhuis Duinrand (PAAZ en MPU) | 80 | — | verdwenen |") {
		t.Errorf("markdown:\n%s", md.stdout)
	}
	var out struct {
		Plans []struct {
			File   string `json:"file"`
			Status string `json:"status"`
			Forms  []struct {
				Form    string `json:"form"`
				Changes []struct {
					Field         string `json:"field"`
					Before, After any
				} `json:"changes"`
			} `json:"forms"`
		} `json:"plans"`
	}
	if err := json.Unmarshal([]byte(js.stdout), &out); err != nil || len(out.Plans) != 2 || out.Plans[1].Status != "gewijzigd" {
		t.Fatalf("%v: %+v", err, out)
	}
	t.Chdir(wd)
	golden(t, "testdata/golden/diff.txt", text.stdout)
	golden(t, "testdata/golden/diff.md", md.stdout)

	if bad := ggzcheck(t, runOptions{}, "diff", exampleRegions); bad.code != 2 || !strings.Contains(bad.stderr, "--base") {
		t.Errorf("without --base: exit %d, %q", bad.code, bad.stderr)
	}
}
