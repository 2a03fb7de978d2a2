package ggzcheck_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/need"
)

// newTestRepo is a git repository with testdata/basis.yaml committed as the
// plan of regions/testregio, as the working directory of the test.
func newTestRepo(t *testing.T) *repo {
	t.Helper()
	need.Program(t, "git", "git")
	src, err := os.ReadFile("testdata/basis.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write("regions/testregio/2026.yaml", string(src))
	r.commit("plan 2026")
	t.Chdir(r.dir)
	return r
}

const (
	capacityBefore = "jaarlijkse_capaciteit: {patienten_binnen_regio: 1150, patienten_buiten_regio: 60}"
	capacityCut    = "jaarlijkse_capaciteit: {patienten_binnen_regio: 100, patienten_buiten_regio: 60}"
)

// TestBaseCannotBeDodged: whatever a pull request does around a plan, a
// loss of supply against --base is still found, and a plan still cannot
// disappear unnoticed (Gespreksleidraad §1.3.1: "We verrassen elkaar niet
// meer").
func TestBaseCannotBeDodged(t *testing.T) {
	for _, tt := range []struct {
		name  string
		setup func(r *repo) // commits to main before the pull request
		pr    func(r *repo) // the pull request, in the working tree
		want  string
	}{
		{"plain cut", nil, func(r *repo) {
			r.edit("regions/testregio/2026.yaml", capacityBefore, capacityCut)
		}, "aanbod-onverklaard-verlies"},
		{"a base path with a newline names the pull request's own plan", func(r *repo) {
			r.write("docs/a", "hi\n")
			r.write("docs/a\nHEAD:regions/testregio/2026.yaml", "x: 1\n")
			r.commit("docs")
		}, func(r *repo) {
			r.edit("regions/testregio/2026.yaml", capacityBefore, capacityCut)
		}, "aanbod-onverklaard-verlies"},
		{"the year changed in place", nil, func(r *repo) {
			r.edit("regions/testregio/2026.yaml", capacityBefore, capacityCut)
			r.edit("regions/testregio/2026.yaml", "inkoopjaar: 2026", "inkoopjaar: 2028")
		}, "aanbod-onverklaard-verlies"},
		{"the region changed in place", nil, func(r *repo) {
			r.edit("regions/testregio/2026.yaml", capacityBefore, capacityCut)
			r.edit("regions/testregio/2026.yaml", "code: testregio", "code: andere")
		}, "aanbod-onverklaard-verlies"},
		{"the plan became a directory", nil, func(r *repo) {
			r.git("rm", "-q", "regions/testregio/2026.yaml")
			r.write("regions/testregio/2026.yaml/LEESMIJ", "hi\n")
		}, "aanbod-plan-verwijderd"},
		{"the plan's extension in capitals at base", func(r *repo) {
			r.git("mv", "regions/testregio/2026.yaml", "regions/testregio/2026.YAML")
			r.commit("capitals")
		}, func(r *repo) {
			r.edit("regions/testregio/2026.YAML", capacityBefore, capacityCut)
		}, "aanbod-onverklaard-verlies"},
		{"deleted, with capitals at base", func(r *repo) {
			r.git("mv", "regions/testregio/2026.yaml", "regions/testregio/2026.YAML")
			r.write("regions/andere/2026.yaml", strings.Replace(r.read("regions/testregio/2026.YAML"), "code: testregio", "code: andere", 1))
			r.commit("capitals")
		}, func(r *repo) {
			r.git("rm", "-q", "regions/testregio/2026.YAML")
		}, "aanbod-plan-verwijderd"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := newTestRepo(t)
			if tt.setup != nil {
				tt.setup(r)
			}
			tt.pr(r)
			res := ggzcheck(t, runOptions{}, "check", "--base", "main", "--format", "json", "regions")
			var rules []string
			for _, f := range decode(t, res.stdout).Findings {
				rules = append(rules, f.Rule)
			}
			if res.code != 1 || !strings.Contains(strings.Join(rules, " "), tt.want) {
				t.Errorf("exit %d, findings %v; want 1 with %s\n%s", res.code, rules, tt.want, res.stderr)
			}
		})
	}
}

// TestBaseIgnoresUnchangedPlans: with --changed-only an unchanged plan is
// skipped, and not taken for deleted.
func TestBaseIgnoresUnchangedPlans(t *testing.T) {
	r := newTestRepo(t)
	r.write("regions/andere/2026.yaml", strings.Replace(r.read("regions/testregio/2026.yaml"), "code: testregio", "code: andere", 1))
	r.commit("second plan")
	r.edit("regions/andere/2026.yaml", "naam: Testregio", "naam: Andere")
	res := ggzcheck(t, runOptions{}, "check", "--base", "main", "--changed-only", "--format", "json", filepath.Join("regions"))
	js := decode(t, res.stdout)
	if res.code != 0 || len(js.Files) != 1 || js.Summary.Unchanged != 1 {
		t.Errorf("exit %d, files %+v, unchanged %d; want 0, one file checked, one unchanged", res.code, js.Files, js.Summary.Unchanged)
	}
}

// TestDuplicatePlansWhateverTheRunNames: a pull request that adds a second
// plan of a region fails, and so does the region's own plan, however the run
// names them (all, one, or only what changed), and in any name order.
func TestDuplicatePlansWhateverTheRunNames(t *testing.T) {
	r := newTestRepo(t)
	r.write("regions/regios.yaml", "regios:\n  - {code: testregio, naam: Testregio}\n  - {code: buurregio, naam: Buurregio}\n")
	r.commit("registry")
	r.write("regions/aaa/2026.yaml", r.read("regions/testregio/2026.yaml"))
	for _, args := range [][]string{
		{"regions"},
		{"regions/testregio/2026.yaml"},
		{"regions/aaa/2026.yaml"},
		{"regions/aaa/2026.yaml", "regions/testregio/2026.yaml"},
		{"--base", "main", "--changed-only", "regions"},
	} {
		res := ggzcheck(t, runOptions{}, append([]string{"check", "--format", "json"}, args...)...)
		js := decode(t, res.stdout)
		if res.code != 1 {
			t.Errorf("%v: exit %d, want 1", args, res.code)
		}
		for _, f := range js.Files {
			if f.Passed {
				t.Errorf("%v: %s passes next to a second plan of its region", args, f.File)
			}
		}
		dup := 0
		for _, f := range js.Findings {
			if f.Rule == "regio-dubbel-plan" {
				dup++
			}
		}
		if dup != len(js.Files) {
			t.Errorf("%v: %d regio-dubbel-plan findings for %d plans", args, dup, len(js.Files))
		}
	}
}
