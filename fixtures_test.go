package ggzcheck_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/cli"
)

// regions/ is where users add plans (README, "Een plan schrijven"), so no
// test may read it: a new plan there would change their outcome. The tests
// read a frozen copy of the examples in testdata/regions instead; only
// `make run` checks regions/ itself.
const exampleRegions = "testdata/regions"

// moduleRoot is the working directory the tests start in: the repository.
var moduleRoot = func() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	return wd
}()

// example returns an example plan or registry, by its path under regions/.
func example(t *testing.T, name string) string {
	t.Helper()
	return mustRead(t, filepath.Join(moduleRoot, exampleRegions, name))
}

// regionsDir copies the example regions and registry into a temporary
// directory named regions and returns it.
func regionsDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "regions")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(moduleRoot, exampleRegions))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// flagsWithoutValue are the flags of check, national and diff that take no
// value. Any other flag is taken to take one, so that a flag missing here
// makes regionsRun report a run that names no plan, never miss one.
var flagsWithoutValue = map[string]bool{
	"-h": true, "--help": true, "-v": true, "--verbose": true,
	"--changed-only": true, "--include-failing": true,
}

// regionsRun says why running ggzcheck with args in the working directory
// wd would read the repository's regions/, or "" when it would not: an
// argument that is a path into it, or a check, national or diff in the
// repository without a path, which reads regions/ by default.
func regionsRun(wd string, args []string) string {
	regions := filepath.Join(moduleRoot, cli.DefaultPath)
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			_, a, _ = strings.Cut(a, "=")
		}
		if a == "" {
			continue
		}
		p := a
		if !filepath.IsAbs(p) {
			p = filepath.Join(wd, p)
		}
		if p == regions || strings.HasPrefix(p, regions+string(filepath.Separator)) {
			return strconv.Quote(a) + " is in " + cli.DefaultPath + "/"
		}
	}
	if wd != moduleRoot || len(args) == 0 || !slices.Contains([]string{"check", "national", "diff"}, args[0]) {
		return ""
	}
	for i := 1; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			if i+1 < len(args) {
				return ""
			}
		case len(a) > 1 && a[0] == '-':
			if !strings.Contains(a, "=") && !flagsWithoutValue[a] {
				i++ // its value
			}
		default:
			return ""
		}
	}
	return "no path given, so it reads " + cli.DefaultPath + "/"
}

func TestRegionsRun(t *testing.T) {
	t.Parallel()
	tmp := t.TempDir()
	for _, tt := range []struct {
		wd    string
		args  []string
		reads bool
	}{
		{moduleRoot, []string{"check"}, true},
		{moduleRoot, []string{"check", "--format", "json"}, true},
		{moduleRoot, []string{"check", "--format=json", "-v"}, true},
		{moduleRoot, []string{"national", "--format", "html"}, true},
		{moduleRoot, []string{"diff", "--base", "HEAD~1"}, true},
		{moduleRoot, []string{"check", "--onbekend", "testdata/basis.yaml"}, true}, // taken as the flag's value
		{moduleRoot, []string{"check", "regions/zilverduin/2026.yaml"}, true},
		{moduleRoot, []string{"check", "./regions"}, true},
		{moduleRoot, []string{"check", "--config=regions/x.yaml", "testdata/basis.yaml"}, true},
		{filepath.Join(moduleRoot, "testdata"), []string{"check", "../regions/"}, true},
		{tmp, []string{"check", filepath.Join(moduleRoot, "regions", "a.yaml")}, true},
		{moduleRoot, []string{"explain", "regions"}, true}, // any argument naming it

		{moduleRoot, []string{"check", exampleRegions}, false},
		{moduleRoot, []string{"check", "--format", "json", "-v", "testdata/basis.yaml"}, false},
		{moduleRoot, []string{"check", "--changed-only", "testdata/basis.yaml"}, false},
		{moduleRoot, []string{"check", "--", "-plan.yaml"}, false},
		{moduleRoot, []string{"rules"}, false},
		{tmp, []string{"check"}, false}, // a temporary repository of the test's own
		{tmp, []string{"check", "regions"}, false},
		{moduleRoot, []string{"check", "testdata/regions"}, false},
	} {
		if why := regionsRun(tt.wd, tt.args); (why != "") != tt.reads {
			t.Errorf("in %s, %v: %q; want reads=%v", tt.wd, tt.args, why, tt.reads)
		}
	}
}

// readers are the calls of the tests that read a path relative to the
// working directory; the argument at the index is the path.
var readers = map[string]int{
	"os.ReadFile": 0, "os.Open": 0, "os.OpenFile": 0, "os.Stat": 0, "os.Lstat": 0,
	"os.ReadDir": 0, "os.DirFS": 0, "os.CopyFS": 1, "filepath.Glob": 0, "filepath.WalkDir": 0,
	"filepath.Walk": 0, "filepath.EvalSymlinks": 0, "mustRead": 1, "copyFile": 1,
}

// regionsReads lists the places in the Go test source src, of a file in
// the directory dir of the repository, that read the repository's regions/
// directly: a reader given a path into it, written as a literal, a constant
// of the package, a concatenation or a filepath.Join of those. The CLI runs
// are guarded at run time (regionsRun).
func regionsReads(fset *token.FileSet, dir string, files []*ast.File) []string {
	consts := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				v := s.(*ast.ValueSpec)
				for i, name := range v.Names {
					if i < len(v.Values) {
						if lit, ok := v.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							consts[name.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
			}
		}
	}
	var value func(ast.Expr) (string, bool)
	value = func(e ast.Expr) (string, bool) {
		switch e := e.(type) {
		case *ast.BasicLit:
			s, err := strconv.Unquote(e.Value)
			return s, err == nil && e.Kind == token.STRING
		case *ast.Ident:
			s, ok := consts[e.Name]
			return s, ok
		case *ast.BinaryExpr:
			l, okl := value(e.X)
			r, okr := value(e.Y)
			return l + r, okl && okr && e.Op == token.ADD
		case *ast.CallExpr:
			if name := callee(e); name != "filepath.Join" && name != "path.Join" || len(e.Args) == 0 {
				return "", false
			}
			// The first element decides where the path is; later ones
			// that are not constants do not move it out of regions/.
			var parts []string
			for i, a := range e.Args {
				s, ok := value(a)
				if !ok && i == 0 {
					return "", false
				}
				if !ok {
					s = "x"
				}
				parts = append(parts, s)
			}
			return path.Join(parts...), true
		}
		return "", false
	}
	var found []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			i, ok := readers[callee(call)]
			if !ok || i >= len(call.Args) {
				return true
			}
			p, ok := value(call.Args[i])
			if !ok || filepath.IsAbs(p) {
				return true
			}
			if rel := path.Clean(path.Join(dir, filepath.ToSlash(p))); rel == cli.DefaultPath || strings.HasPrefix(rel, cli.DefaultPath+"/") {
				found = append(found, fset.Position(call.Pos()).String()+": "+callee(call)+" reads "+p)
			}
			return true
		})
	}
	return found
}

// callee names the function a call calls: "pkg.Func", "Func", or "" for a
// method or anything else.
func callee(call *ast.CallExpr) string {
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		return fn.Name
	case *ast.SelectorExpr:
		if pkg, ok := fn.X.(*ast.Ident); ok && (pkg.Name == "os" || pkg.Name == "filepath" || pkg.Name == "path") {
			return pkg.Name + "." + fn.Sel.Name
		}
	}
	return ""
}

func TestRegionsReadsFindsDirectReads(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		dir, src string
		reads    bool
	}{
		{".", `os.ReadFile("regions/zilverduin/2026.yaml")`, true},
		{".", `filepath.Glob("regions/*/*.yaml")`, true},
		{".", `os.ReadFile(filepath.Join("regions", f))`, true},
		{".", `os.ReadFile(plan)`, true},
		{".", `mustRead(t, "./regions/" + "a.yaml")`, true},
		{".", `os.CopyFS(dir, os.DirFS("regions"))`, true},
		{"internal/plan", `os.ReadFile("../../regions/zilverduin/2026.yaml")`, true},

		{".", `os.ReadFile("testdata/regions/zilverduin/2026.yaml")`, false},
		{".", `os.ReadFile(filepath.Join(dir, "regions", "a.yaml"))`, false},
		{".", `r.write("regions/a/2026.yaml", x)`, false},
		{".", `copyFile(t, "testdata/basis.yaml", repo, "regions/goed/2026.yaml")`, false},
		{"internal/plan", `os.ReadFile("regions/a.yaml")`, false}, // internal/plan/regions, no such thing
	} {
		src := "package p\nconst plan = \"regions/zilverduin/2026.yaml\"\nfunc f() { " + tt.src + " }\n"
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "x_test.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := regionsReads(fset, tt.dir, []*ast.File{f}); (len(got) > 0) != tt.reads {
			t.Errorf("%s in %s: %q; want reads=%v", tt.src, tt.dir, got, tt.reads)
		}
	}
}

// TestTestsNeverReadRegions: no test in the repository reads regions/, so a
// plan added there keeps `make test` green.
func TestTestsNeverReadRegions(t *testing.T) {
	t.Parallel()
	fset, byDir := goSources(t)
	for dir, files := range byDir {
		var tests []*ast.File
		for _, f := range files {
			if strings.HasSuffix(fset.File(f.Pos()).Name(), "_test.go") {
				tests = append(tests, f)
			}
		}
		for _, read := range regionsReads(fset, dir, tests) {
			t.Errorf("%s; use a copy in %s", read, exampleRegions)
		}
	}
}

// goSources parses every Go file of the repository outside testdata, by
// directory relative to the repository.
func goSources(t *testing.T) (*token.FileSet, map[string][]*ast.File) {
	t.Helper()
	byDir := map[string][]*ast.File{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(moduleRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != moduleRoot && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") || d.Name() == cli.DefaultPath) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(moduleRoot, filepath.Dir(p))
		byDir[filepath.ToSlash(rel)] = append(byDir[filepath.ToSlash(rel)], f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(byDir) < 10 {
		t.Fatalf("found Go files in %d directories; the walk is broken", len(byDir))
	}
	return fset, byDir
}
