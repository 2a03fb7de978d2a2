package ggzcheck_test

import (
	"go/ast"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// programNeed is a program a test asks for with need.Program or need.Optional.
type programNeed struct {
	at       string
	pkg      string   // the Debian package(s) that install it
	programs []string // the names it may have
}

// needs lists the programs the Go sources ask for through package need.
func needs(fset *token.FileSet, files []*ast.File) []programNeed {
	var out []programNeed
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Program" && sel.Sel.Name != "Optional") {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "need" {
				return true
			}
			nd := programNeed{at: fset.Position(call.Pos()).String()}
			for i, a := range call.Args[1:] {
				lit, ok := a.(*ast.BasicLit)
				if !ok {
					nd.programs = nil // not a literal: the test below fails on it
					break
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					nd.programs = nil // not a literal: the test below fails on it
					break
				}
				if i == 0 {
					nd.pkg = s
				} else {
					nd.programs = append(nd.programs, s)
				}
			}
			out = append(out, nd)
			return true
		})
	}
	return out
}

// TestSetUpCannotLie: every program a test needs is installed by .ci/run
// and listed in the README's "Aan de slag", and no test skips for a missing
// program outside package need (which fails instead when CI is set).
func TestSetUpCannotLie(t *testing.T) {
	t.Parallel()
	fset, byDir := goSources(t)
	ciRun := mustRead(t, ".ci/run")
	installed := regexp.MustCompile(`(?m)^for program in ([a-z0-9 -]+);`).FindStringSubmatch(ciRun)
	if installed == nil {
		t.Fatal(".ci/run has no 'for program in ...;' line listing what it installs")
	}
	readme := mustRead(t, "README.md")
	start := strings.Index(readme, "## Aan de slag")
	end := strings.Index(readme[start+1:], "\n## ")
	if start < 0 || end < 0 {
		t.Fatal(`README.md has no section "## Aan de slag"`)
	}
	setUp := readme[start : start+1+end]

	var all []programNeed
	for _, files := range byDir {
		all = append(all, needs(fset, files)...)
	}
	if len(all) < 5 {
		t.Fatalf("found %d uses of package need; the scan is broken", len(all))
	}
	for _, n := range all {
		if n.pkg == "" || len(n.programs) == 0 {
			t.Errorf("%s: name the Debian package and the programs as literals", n.at)
			continue
		}
		if !slices.ContainsFunc(n.programs, func(p string) bool { return slices.Contains(strings.Fields(installed[1]), p) }) {
			t.Errorf("%s: .ci/run does not check for %s", n.at, strings.Join(n.programs, " or "))
		}
		for _, pkg := range strings.Fields(n.pkg) {
			if !regexp.MustCompile(`\b` + regexp.QuoteMeta(pkg) + `\b`).MatchString(ciRun) {
				t.Errorf("%s: .ci/run does not install %s", n.at, pkg)
			}
			if !strings.Contains(setUp, "`"+pkg+"`") {
				t.Errorf("%s: README's Aan de slag does not name the package `%s`", n.at, pkg)
			}
		}
	}

	// A skip says a test did not run; only package need may decide that a
	// missing program allows it.
	allowed := map[string]bool{
		"internal/need":     true,
		"internal/safefile": true, // no /proc: another operating system, not a missing program
	}
	for dir, files := range byDir {
		if allowed[dir] {
			continue
		}
		for _, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok && slices.Contains([]string{"Skip", "Skipf", "SkipNow"}, sel.Sel.Name) {
					t.Errorf("%s: %s; a test that needs a program asks need.Program, which fails in CI", fset.Position(sel.Pos()), sel.Sel.Name)
				}
				return true
			})
		}
	}
}
