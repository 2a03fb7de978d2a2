package check

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/safefile"
)

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/2026.yaml", "a/2026.yml", "a/notities.txt", ".git/x.yaml", "a/.verborgen/y.yaml", "c.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Collect([]string{dir, filepath.Join(dir, "c.txt"), filepath.Join(dir, "b", "2026.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, "a", "2026.yml"),
		filepath.Join(dir, "b", "2026.yaml"), // named twice, listed once
		filepath.Join(dir, "c.txt"),          // named explicitly, so checked
	}
	if !reflect.DeepEqual(Names(got), want) {
		t.Errorf("Collect = %v\nwant %v", got, want)
	}

	_, err = Collect([]string{filepath.Join(dir, "a", ".verborgen")})
	if err != nil {
		t.Errorf("a hidden directory named explicitly is searched: %v", err)
	}
	_, err = Collect([]string{filepath.Join(dir, ".git", "..", "a", "notities.txt", "x")})
	var pe *PathError
	if !errors.As(err, &pe) {
		t.Errorf("want a PathError, got %v", err)
	}
	empty := t.TempDir()
	if _, err := Collect([]string{empty}); !errors.Is(err, errNoPlans) {
		t.Errorf("empty directory: %v", err)
	}
	if _, err := Collect([]string{filepath.Join(dir, "nee")}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing path: %v", err)
	}
}

// TestCollectFollowsLinksOnlyInsideTheTree: a pull request can add a plan
// that is a symbolic link. Inside the tree it is read as the file it points
// to; out of the tree, dangling, or not a regular file, it is refused (and
// reported), never read.
func TestCollectFollowsLinksOnlyInsideTheTree(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "geheim.yaml")
	if err := os.WriteFile(secret, []byte("token: x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "a", "2026.yaml"), "regio: {}\n")
	links := map[string]string{
		"b/2026.yaml":        "../a/2026.yaml", // inside: read
		"c/2026.yaml":        secret,           // outside: refused
		"d/2026.yaml":        "../../" + filepath.Base(outside) + "/geheim.yaml",
		"e/2026.yaml":        "nergens.yaml", // dangling
		"f/2026.yaml":        "/proc/self/environ",
		"g/2026.yaml":        "../a",  // a directory, inside
		"h":                  outside, // a linked directory is not walked
		"i/plannen/x/y.yaml": "../../../a/2026.yaml",
		"k/2026.yaml":        "../.git/config",
		"l/2026.yaml":        "../gha-creds.json",
	}
	mustWrite(t, filepath.Join(dir, ".git", "config"), "[http] extraheader = AUTHORIZATION: basic geheim\n")
	mustWrite(t, filepath.Join(dir, "gha-creds.json"), "{}\n")
	for name, target := range links {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
	}
	fifo := filepath.Join(dir, "j", "2026.yaml")
	if err := os.MkdirAll(filepath.Dir(fifo), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}

	inputs, err := Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, in := range inputs {
		rel, _ := filepath.Rel(dir, in.Name)
		var link *LinkError
		switch {
		case in.Refused == nil:
			got[rel] = "read " + in.Path
		case errors.As(in.Refused, &link):
			got[rel] = "link"
		case safefile.IsNotRegular(in.Refused):
			got[rel] = "not regular"
		default:
			got[rel] = in.Refused.Error()
		}
	}
	resolvedA, _ := filepath.EvalSymlinks(filepath.Join(dir, "a", "2026.yaml"))
	want := map[string]string{
		"a/2026.yaml":        "read " + resolvedA,
		"b/2026.yaml":        "read " + resolvedA,
		"c/2026.yaml":        "link",
		"d/2026.yaml":        "link",
		"e/2026.yaml":        "link",
		"f/2026.yaml":        "link",
		"g/2026.yaml":        "link", // a directory
		"k/2026.yaml":        "link", // a hidden file in the tree (.git/config)
		"l/2026.yaml":        "link", // not a plan-like file (gha-creds.json)
		"i/plannen/x/y.yaml": "read " + resolvedA,
		"j/2026.yaml":        "not regular",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}

	// The same links named on the command line: the same tree (here the
	// repository, as .git marks it), the same answer.
	t.Chdir(filepath.Join(dir, "a"))
	for name, want := range map[string]bool{"../b/2026.yaml": true, "../c/2026.yaml": false, "../f/2026.yaml": false, "../e/2026.yaml": false, "../k/2026.yaml": false} {
		inputs, err := Collect([]string{name})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if read := inputs[0].Refused == nil; read != want {
			t.Errorf("%s named explicitly: read %v, want %v (%v)", name, read, want, inputs[0].Refused)
		}
	}
}

// TestRegistryFor: the registry of a plan is the nearest regios.yaml above it
// in its tree, whatever else the run names.
func TestRegistryFor(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "regions", "regios.yaml"), "regios: []\n")
	mustWrite(t, filepath.Join(dir, "regions", "a", "2026.yaml"), "x: 1\n")
	mustWrite(t, filepath.Join(dir, "regions", "b", "c", "2026.yaml"), "x: 1\n")
	mustWrite(t, filepath.Join(dir, "testdata", "plan.yaml"), "x: 1\n")
	mustWrite(t, filepath.Join(dir, "andere", "regios.yaml"), "regios: []\n")
	mustWrite(t, filepath.Join(dir, "andere", "2026.yaml"), "x: 1\n")
	t.Chdir(dir)
	want := map[string]string{
		"regions/a/2026.yaml":   filepath.Join("regions", "regios.yaml"),
		"regions/b/c/2026.yaml": filepath.Join("regions", "regios.yaml"),
		"testdata/plan.yaml":    "",
		"andere/2026.yaml":      filepath.Join("andere", "regios.yaml"),
	}
	for _, args := range [][]string{
		{"regions/a/2026.yaml", "regions/b/c/2026.yaml", "testdata/plan.yaml", "andere/2026.yaml"},
		{"."}, {"regions", "testdata", "andere"}, {"regions/b", "regions/a/2026.yaml", "testdata/plan.yaml", "andere/"},
	} {
		inputs, err := Collect(args)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		for _, in := range inputs {
			if got := registryFor(in, seen); got != want[in.Name] {
				t.Errorf("%v: registry of %s = %q, want %q", args, in.Name, got, want[in.Name])
			}
		}
	}
}

func mustWrite(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCollectPattern: a quoted pattern is expanded with the rules of a
// directory walk: plan names only, no registry, no hidden directory unless
// the pattern names it, links refused as in a directory, and a pattern that
// finds nothing is an error, as is one that cannot be read.
func TestCollectPattern(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	for _, f := range []string{"regios.yaml", "a/2026.yaml", "a/2027.yaml", "a/notities.txt", "b/2026.yml", "b/sub/2026.yaml", ".concept/2026.yaml", "a/.verborgen/2026.yaml", "x[1].yaml"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(outside, "2026.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "a", "link.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "buiten")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, pattern string
		want          []string // relative to dir; a trailing ! marks a refused input
		err           error
	}{
		{name: "one level", pattern: "*/2026.yaml", want: []string{"a/2026.yaml"}},
		{name: "any depth", pattern: "**/*.yaml", want: []string{"a/2026.yaml", "a/2027.yaml", "a/link.yaml!", "b/sub/2026.yaml", "x[1].yaml"}},
		{name: "both extensions", pattern: "**/2026.y*ml", want: []string{"a/2026.yaml", "b/2026.yml", "b/sub/2026.yaml"}},
		{name: "a directory counts with what is below it", pattern: "{b,c}", want: []string{"b/2026.yml", "b/sub/2026.yaml"}},
		{name: "character class", pattern: "[ab]/2026.y?l", want: []string{"b/2026.yml"}},
		{name: "hidden directory named", pattern: ".concept/*.yaml", want: []string{".concept/2026.yaml"}},
		{name: "hidden directory matched", pattern: "*/2026.yaml", want: []string{"a/2026.yaml"}},
		{name: "a file of that very name", pattern: "x[1].yaml", want: []string{"x[1].yaml"}},
		{name: "the registry is no plan", pattern: "regios.y*", err: errNoMatch},
		{name: "no link is followed out", pattern: "buiten/*", err: errNoMatch},
		{name: "nothing found", pattern: "*/2030.yaml", err: errNoMatch},
		{name: "no such directory", pattern: "nee/*.yaml", err: errNoMatch},
		{name: "unreadable pattern", pattern: "[ab/2026.yaml", err: errBadPattern},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Collect([]string{filepath.Join(dir, tt.pattern)})
			if tt.err != nil {
				var pe *PathError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) {
					t.Fatalf("Collect(%q) = %v, want %v", tt.pattern, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, in := range got {
				rel, _ := filepath.Rel(dir, in.Name)
				if in.Refused != nil {
					rel += "!"
				}
				names = append(names, filepath.ToSlash(rel))
			}
			if !reflect.DeepEqual(names, tt.want) {
				t.Errorf("Collect(%q) = %v, want %v", tt.pattern, names, tt.want)
			}
		})
	}
}

// TestCollectLeavesAnswersOut: the national table's answers beside a
// registry are read with the plans they answer, never as plans; a folder
// named antwoorden without a registry beside it is an ordinary folder.
func TestCollectLeavesAnswersOut(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"regions/regios.yaml", "regions/a/2027.yaml", "regions/antwoorden/a/2027.yaml", "los/antwoorden/2027.yaml"} {
		mustWrite(t, filepath.Join(dir, f), "")
	}
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"regions", []string{"regions/a/2027.yaml"}},
		{"los", []string{"los/antwoorden/2027.yaml"}},
	} {
		got, err := Collect([]string{filepath.Join(dir, tt.path)})
		if err != nil {
			t.Fatal(err)
		}
		var rel []string
		for _, name := range Names(got) {
			r, _ := filepath.Rel(dir, name)
			rel = append(rel, filepath.ToSlash(r))
		}
		if !reflect.DeepEqual(rel, tt.want) {
			t.Errorf("%s: %v, want %v", tt.path, rel, tt.want)
		}
	}
}
