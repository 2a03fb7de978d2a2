package ggzcheck_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/cli"
	"github.com/ggzcheck/ggzcheck/internal/need"
)

// withStdin runs ggzcheck in-process with stdin as its standard input.
func withStdin(t *testing.T, stdin []byte, terminal bool, args ...string) run {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Run(context.Background(), args, cli.IO{
		Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(string) string { return "" }, StdinIsTerminal: terminal,
	})
	return run{code: code, stdout: out.String(), stderr: errOut.String()}
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestStdin: - reads a plan from standard input, with the same verdict and
// findings as the file, under the name --stdin-name gives; what cannot
// work with it is a usage error.
func TestStdin(t *testing.T) {
	const failing = "testdata/plans/tijdlijn-jaar.yaml"
	plan := readFixture(t, failing)

	fromFile := ggzcheck(t, runOptions{}, "check", failing)
	fromStdin := withStdin(t, plan, false, "check", "-", "--stdin-name", failing)
	// The file's provenance also names the repository's commit; a plan
	// from standard input is in no repository.
	withoutProvenance := func(s string) string { return s[:strings.LastIndex(s, "Herkomst:")] }
	if fromStdin.code != 1 || withoutProvenance(fromStdin.stdout) != withoutProvenance(fromFile.stdout) {
		t.Errorf("the plan from standard input reads differently from the file (exit %d):\n%s\n---\n%s", fromStdin.code, fromStdin.stdout, fromFile.stdout)
	}

	r := withStdin(t, readFixture(t, "testdata/basis.yaml"), false, "check", "-", "testdata/plans/deelnemers-mandaat.yaml", "-o", "json")
	var out jsonOutput
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	var files []string
	for _, f := range out.Files {
		files = append(files, f.File)
	}
	if r.code != 1 || strings.Join(files, ",") != "testdata/plans/deelnemers-mandaat.yaml,stdin.yaml" {
		t.Errorf("stdin beside a file: exit %d, files %v", r.code, files)
	}

	big := withStdin(t, bytes.Repeat([]byte("# commentaar\n"), 200), false, "check", "-", "--max-grootte", "1KiB")
	if big.code != 1 || !strings.Contains(big.stdout, "stdin.yaml:1:1: fout yaml-limiet") {
		t.Errorf("a plan over the size limit from standard input: exit %d\n%s", big.code, big.stdout)
	}

	tests := []struct {
		name     string
		args     []string
		terminal bool
		stderr   string
	}{
		{name: "twice", args: []string{"check", "-", "-"}, stderr: "staat er 2 keer"},
		{name: "with --base", args: []string{"check", "-", "--base", "HEAD"}, stderr: "niet in git"},
		{name: "name without -", args: []string{"check", "testdata/basis.yaml", "--stdin-name", "x.yaml"}, stderr: "--stdin-name hoort bij -"},
		{name: "empty name", args: []string{"check", "-", "--stdin-name", ""}, stderr: "--stdin-name is leeg"},
		{name: "name with a bidi control", args: []string{"check", "-", "--stdin-name", "a\u202eb.yaml"}, stderr: "tekens die een rapport niet toont"},
		{name: "name with a newline", args: []string{"check", "-", "--stdin-name", "a\n::error::x"}, stderr: "tekens die een rapport niet toont"},
		{name: "name too long", args: []string{"check", "-", "--stdin-name", strings.Repeat("a", 256)}, stderr: "hooguit 255"},
		{name: "name of a checked file", args: []string{"check", "-", "testdata/basis.yaml", "--stdin-name", "testdata/basis.yaml"}, stderr: "ook de naam van een bestand"},
		{name: "from a terminal", args: []string{"check", "-"}, terminal: true, stderr: "daar komt niets binnen"},
		{name: "where no plan is read", args: []string{"diff", "--base", "HEAD", "-"}, stderr: "kan hier niet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := withStdin(t, plan, tt.terminal, tt.args...)
			if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2, nothing, and %q", r.code, r.stdout, r.stderr, tt.stderr)
			}
		})
	}
}

// TestPatterns: a quoted pattern is expanded by ggzcheck, and one that
// finds nothing ends the run with exit code 2 and a Dutch message.
func TestPatterns(t *testing.T) {
	tests := []struct {
		name, pattern string
		code          int
		files, stderr string
	}{
		{name: "one directory", pattern: "testdata/plans/tijdlijn-r*.yaml", code: 1, files: "testdata/plans/tijdlijn-rondes.yaml"},
		{name: "any depth", pattern: "testdata/**/korte-motivaties.yaml", code: 0, files: "testdata/voldoet/korte-motivaties.yaml"},
		{name: "choice", pattern: "testdata/{basis,afwijking-toegepast}.yaml", code: 0, files: "testdata/afwijking-toegepast.yaml,testdata/basis.yaml"},
		{name: "nothing found", pattern: "testdata/plans/*.yml", code: 2, stderr: "het patroon testdata/plans/*.yml vindt geen plannen"},
		{name: "unreadable", pattern: "testdata/plans/[a.yaml", code: 2, stderr: "is ongeldig"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ggzcheck(t, runOptions{}, "check", tt.pattern, "-o", "json")
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tt.code, tt.stderr)
			}
			if tt.code == 2 {
				return
			}
			var out jsonOutput
			if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
				t.Fatal(err)
			}
			var files []string
			for _, f := range out.Files {
				files = append(files, f.File)
			}
			if got := strings.Join(files, ","); got != tt.files {
				t.Errorf("files %s, want %s", got, tt.files)
			}
		})
	}
}

// TestOutputFlag: -o and --output name the format, as in conftest; --out
// names the file. No run writes a file named after a format.
func TestOutputFlag(t *testing.T) {
	plan, err := filepath.Abs("testdata/basis.yaml")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	for _, args := range [][]string{{"-o", "json"}, {"--output", "json"}, {"--output=json"}, {"-f", "json"}} {
		r := ggzcheck(t, runOptions{}, append([]string{"check", plan}, args...)...)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "{") {
			t.Errorf("%v: exit %d, stdout %.40q", args, r.code, r.stdout)
		}
	}
	// Formats and files pair in order, whichever flag names the format.
	r := ggzcheck(t, runOptions{}, "check", plan, "-o", "sarif", "--out", "r.sarif", "--format", "text", "--out", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "voldoet") {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
	if data, err := os.ReadFile("r.sarif"); err != nil || !bytes.Contains(data, []byte(`"version": "2.1.0"`)) {
		t.Errorf("r.sarif: %v\n%.80s", err, data)
	}
	old := ggzcheck(t, runOptions{}, "check", plan, "-o", "rapport.json")
	if old.code != 2 || !strings.Contains(old.stderr, "schrijf naar een bestand met --out rapport.json") {
		t.Errorf("-o with a file name: exit %d, stderr %q", old.code, old.stderr)
	}
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		if e.Name() != "r.sarif" {
			t.Errorf("a run wrote %s", e.Name())
		}
	}
}

// TestQuietAndFailOnWarning: --quiet keeps the failing plans and the
// summary, with the same exit code; --fail-on-warning fails a run with
// warnings that are not waived.
func TestQuietAndFailOnWarning(t *testing.T) {
	const warning = "testdata/plans/deelnemers-andere-financiers.yaml"
	const failing = "testdata/plans/tijdlijn-jaar.yaml"
	const waived = "testdata/afwijking-toegepast.yaml"

	quiet := ggzcheck(t, runOptions{}, "check", "-q", "testdata/basis.yaml", failing)
	want := failing + ": voldoet niet\n2 plannen gecontroleerd: 1 voldoet, 1 voldoet niet; 8 fouten, 0 waarschuwingen.\n"
	if quiet.code != 1 || quiet.stdout != want {
		t.Errorf("--quiet: exit %d\n%s\nwant\n%s", quiet.code, quiet.stdout, want)
	}
	if r := ggzcheck(t, runOptions{}, "check", "--quiet", "-o", "json", failing); r.code != 2 || !strings.Contains(r.stderr, "--quiet geldt voor het tekstrapport") {
		t.Errorf("--quiet with json: exit %d, stderr %q", r.code, r.stderr)
	}

	tests := []struct {
		name  string
		plan  string
		flags []string
		code  int
	}{
		{"a warning passes", warning, nil, 0},
		{"a warning fails with --fail-on-warning", warning, []string{"--fail-on-warning"}, 1},
		{"a waived finding is no warning", waived, []string{"--fail-on-warning"}, 0},
		{"an error fails either way", failing, []string{"--fail-on-warning"}, 1},
		{"quiet changes no exit code", warning, []string{"--fail-on-warning", "-q"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ggzcheck(t, runOptions{}, append([]string{"check", tt.plan}, tt.flags...)...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tt.code, r.stderr)
			}
			if tt.code == 1 && tt.plan == warning && !strings.Contains(r.stderr, "1 waarschuwing, en --fail-on-warning telt een waarschuwing als fout") {
				t.Errorf("stderr %q does not say why", r.stderr)
			}
		})
	}
}

// TestPatternWithBase: with --base, a pattern also covers the plans it
// would find that have been deleted since, and only those.
func TestPatternWithBase(t *testing.T) {
	plan := mustRead(t, "testdata/basis.yaml")
	need.Program(t, "git", "git")
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write("regions/a/2026.yaml", plan)
	r.write("regions/b/2026.yaml", strings.Replace(plan, "code: testregio", "code: tweederegio", 1))
	r.commit("two plans")
	r.git("rm", "-q", "regions/b/2026.yaml")
	r.commit("b gone")
	t.Chdir(r.dir)
	tests := []struct {
		pattern string
		code    int
		deleted string
	}{
		{"regions/*/2026.yaml", 1, "regions/b/2026.yaml"},
		{"regions/**", 1, "regions/b/2026.yaml"},
		{"regions/a/*.yaml", 0, ""},
		{"regions/*/2027.yaml", 0, ""},
	}
	for _, tt := range tests {
		res := ggzcheck(t, runOptions{}, "check", "--base", "HEAD~1", "-o", "json", tt.pattern)
		if res.stdout == "" {
			t.Fatalf("%s: exit %d, stderr %q", tt.pattern, res.code, res.stderr)
		}
		out := decode(t, res.stdout)
		var deleted []string
		for _, f := range out.Findings {
			if f.Rule == "aanbod-plan-verwijderd" {
				deleted = append(deleted, f.File)
			}
		}
		if res.code != tt.code || strings.Join(deleted, ",") != tt.deleted {
			t.Errorf("%s: exit %d, deleted %v; want %d and %q\n%s", tt.pattern, res.code, deleted, tt.code, tt.deleted, res.stderr)
		}
	}
}
