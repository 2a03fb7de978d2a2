package ggzcheck_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// registryText is a registry as a region repository keeps it: comments, and
// entries written in more than one style.
const registryText = `# yaml-language-server: $schema=../schemas/regios.schema.json
#
# Register van de IZA-regio's (fictief).
regios:
  - code: testregio
    naam: Testregio
    buren: [buurregio] # ten oosten
  - code: buurregio
    naam: "Buurregio"
    buren:
      - testregio
`

// TestInitThenCheck: init proposes next year's plan, adds the region to the
// registry with its comments kept, and names the command as it was called;
// the first check of the new plan then only asks for what is still to be
// filled in, never for an unknown region.
func TestInitThenCheck(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	registry := filepath.Join("regions", "regios.yaml")
	if err := os.MkdirAll("regions", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(registry, []byte(registryText), 0o644); err != nil {
		t.Fatal(err)
	}
	march := func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }
	r := ggzcheck(t, runOptions{now: march, program: "bin/ggzcheck"}, "init", "noord-oost", "--naam", "Noord-Oost")
	plan := filepath.Join("regions", "noord-oost", "2027.yaml")
	if r.code != 0 || !strings.Contains(r.stdout, "inkoopjaar 2027") || !strings.Contains(r.stdout, "\n  bin/ggzcheck check "+plan+"\n") {
		t.Fatalf("exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	src, err := os.ReadFile(plan)
	if err != nil || !strings.Contains(string(src), "inkoopjaar: 2027") {
		t.Fatalf("the plan is not next year's: %v", err)
	}
	reg, _ := os.ReadFile(registry)
	if want := registryText + "  - code: noord-oost\n    naam: Noord-Oost\n"; string(reg) != want {
		t.Errorf("registry:\n%s\nwant\n%s", reg, want)
	}
	if !strings.Contains(r.stdout, "toegevoegd aan het register") {
		t.Errorf("init does not say it added the region:\n%s", r.stdout)
	}
	onlyToFillIn(t, plan)

	// A second plan of the same region leaves the registry as it is.
	if r := ggzcheck(t, runOptions{now: march}, "init", "noord-oost", "--inkoopjaar", "2028"); r.code != 0 || strings.Contains(r.stdout, "register") {
		t.Errorf("exit %d:\n%s", r.code, r.stdout)
	}
	if again, _ := os.ReadFile(registry); string(again) != string(reg) {
		t.Error("the registry changed for a region it already had")
	}
}

// TestInitRegistryItCannotEdit: a registry that is not in the plain form is
// left alone, and init prints the entry to add; without it, the check
// reports the unknown region, which shows what the edit prevents.
func TestInitRegistryItCannotEdit(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll("regions", 0o755); err != nil {
		t.Fatal(err)
	}
	flow := "regios: [{code: testregio, naam: Testregio}]\n"
	if err := os.WriteFile(filepath.Join("regions", "regios.yaml"), []byte(flow), 0o644); err != nil {
		t.Fatal(err)
	}
	r := ggzcheck(t, runOptions{program: "/opt/mijn tools/ggzcheck"}, "init", "zuid", "--inkoopjaar", "2027")
	if r.code != 0 || !strings.Contains(r.stdout, "Voeg de regio zelf toe") || !strings.Contains(r.stdout, "  - code: zuid\n    naam: Zuid\n") {
		t.Fatalf("exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "\n  '/opt/mijn tools/ggzcheck' check regions/zuid/2027.yaml\n") {
		t.Errorf("the command is not quoted for the shell:\n%s", r.stdout)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "regions", "regios.yaml")); string(got) != flow {
		t.Errorf("the registry was changed:\n%s", got)
	}
	check := ggzcheck(t, runOptions{}, "check", "--format", "json", filepath.Join("regions", "zuid", "2027.yaml"))
	if !strings.Contains(check.stdout, `"rule": "regio-onbekend"`) {
		t.Error("without the registry entry the check does not report the unknown region; the test above proves nothing")
	}
}

// TestInitProgramName: a program name a terminal could act on is never
// echoed; a temporary build of 'go run' is named as the plain command.
func TestInitProgramName(t *testing.T) {
	for _, program := range []string{"bin/ggzcheck\x1b[2J", "/tmp/go-build123/b001/exe/ggzcheck", ""} {
		dir := t.TempDir()
		r := ggzcheck(t, runOptions{program: program}, "init", "west", "--inkoopjaar", "2027", "--out", filepath.Join(dir, "w.yaml"))
		if r.code != 0 || !strings.Contains(r.stdout, "\n  ggzcheck check ") {
			t.Errorf("%q: exit %d:\n%s", program, r.code, r.stdout)
		}
	}
}

// onlyToFillIn checks plan and fails t for any finding but a value still
// to fill in.
func onlyToFillIn(t *testing.T, plan string) {
	t.Helper()
	check := ggzcheck(t, runOptions{}, "check", "--format", "json", plan)
	got := decode(t, check.stdout)
	if check.code != 1 || len(got.Findings) == 0 {
		t.Fatalf("exit %d, %d findings: %s", check.code, len(got.Findings), check.stderr)
	}
	for _, f := range got.Findings {
		if f.Rule != "schema-nog-invullen" {
			t.Errorf("the new plan fails on something else than a value to fill in: %s %s", f.Rule, f.Message)
		}
	}
}

// TestInitFindsTheRegistryAsCheckDoes: a plan deeper in the tree gets the
// registry the check would use for it, however far up.
func TestInitFindsTheRegistryAsCheckDoes(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll(".git", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll("regions", 0o755); err != nil {
		t.Fatal(err)
	}
	registry := filepath.Join("regions", "regios.yaml")
	if err := os.WriteFile(registry, []byte(registryText), 0o644); err != nil {
		t.Fatal(err)
	}
	plan := filepath.Join("regions", "noord", "archief", "oud", "2027.yaml")
	if r := ggzcheck(t, runOptions{}, "init", "noord", "--inkoopjaar", "2027", "--out", plan); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if reg, _ := os.ReadFile(registry); !strings.Contains(string(reg), "- code: noord\n") {
		t.Errorf("the registry three levels up was not updated:\n%s", reg)
	}
	onlyToFillIn(t, plan)
}

// TestInitHasNoDashO: -o names a format in check (as in conftest), so init
// does not take it as its output file: `init x -o json` writes no file
// named json, and stops with a usage error.
func TestInitHasNoDashO(t *testing.T) {
	t.Chdir(t.TempDir())
	r := ggzcheck(t, runOptions{}, "init", "zuid", "-o", "json")
	if r.code != 2 || !strings.Contains(r.stderr, "onbekende optie -o") {
		t.Errorf("exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat("json"); err == nil {
		t.Error("init wrote a file named json")
	}
}
