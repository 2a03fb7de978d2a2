package ggzcheck_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// repo is a real temporary git repository with the Zilverduin example plan
// committed, as the working directory of the test.
type repo struct {
	t   *testing.T
	dir string
}

func newRepo(t *testing.T) *repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	src, err := os.ReadFile("regions/zilverduin/2026.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write("regions/zilverduin/2026.yaml", string(src))
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

// A lowered capacity in the clinic (1120 → 1000), line 142 of the plan.
const lowered = "      patienten_binnen_regio: 1120\n"

func lower(r *repo) {
	r.edit(plan2026, "    jaarlijkse_capaciteit:\n"+lowered, "    jaarlijkse_capaciteit:\n      patienten_binnen_regio: 1000\n")
}

func TestBaseUndeclaredLoss(t *testing.T) {
	r := newRepo(t)
	lower(r)
	r.commit("lager")
	res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "--format", "json", "regions/")
	out := decode(t, res.stdout)
	if res.code != 1 || len(out.Findings) != 1 || out.Findings[0].Rule != "aanbod-onverklaard-verlies" {
		t.Fatalf("exit %d, findings %+v, stderr %s", res.code, out.Findings, res.stderr)
	}
	f := out.Findings[0]
	line := strings.Count(strings.Split(r.read(plan2026), "patienten_binnen_regio: 1000")[0], "\n") + 1
	if f.Line != line || f.Column != 31 || f.Path == nil || *f.Path != "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio" {
		t.Errorf("at %d:%d %v; want line %d col 31", f.Line, f.Column, *f.Path, line)
	}
	if !strings.Contains(f.Message, "daalde van 1120 naar 1000 ten opzichte van regions/zilverduin/2026.yaml op HEAD~1") {
		t.Errorf("message %q", f.Message)
	}
	// Without --base the same plan passes: the rule needs the earlier version.
	if plain := ggzcheck(t, runOptions{}, "check", "regions/"); plain.code != 0 {
		t.Errorf("without --base: exit %d", plain.code)
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
	if res.code != 1 || !strings.Contains(res.stdout, "Het aanbod van Ziekenhuis Duinrand (PAAZ en MPU), afdeling MPU bij klinische zorg") {
		t.Errorf("exit %d\n%s", res.code, res.stdout)
	}
}

func TestBaseDeletedPlan(t *testing.T) {
	lindeveld := mustRead(t, "regions/lindeveld/2026.yaml")
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
	lindeveld := mustRead(t, "regions/lindeveld/2026.yaml")
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
	if !strings.Contains(text.stdout, "1 plan(nen) overgeslagen: ongewijzigd ten opzichte van --base.") {
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
		"+ klinische_zorg: afbouw bij GGZ Zilverduin, Kliniek De Helm (opname) (780 → 660); redenen: [personeel]",
		"+ klinische_zorg: Personeelstekort kliniek",
		"regions/nieuw/2026.yaml: nieuw: er is geen eerdere versie van deze regio",
	} {
		if !strings.Contains(text.stdout, want) {
			t.Errorf("text lacks %q:\n%s", want, text.stdout)
		}
	}
	if !strings.Contains(md.stdout, "| klinische zorg | capaciteit uit de regio | 1120 | 1000 | −120 |") {
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

	if bad := ggzcheck(t, runOptions{}, "diff", "regions/"); bad.code != 2 || !strings.Contains(bad.stderr, "--base") {
		t.Errorf("without --base: exit %d, %q", bad.code, bad.stderr)
	}
}
