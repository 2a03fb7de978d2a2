package ggzcheck_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/report"
	"github.com/ggzcheck/ggzcheck/internal/timebudget"
)

// copyFile copies a fixture from testdata into dir under name.
func copyFile(t *testing.T, from, dir, name string) string {
	t.Helper()
	src, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

// withDeadline fails the test when run does not return in time: reading a
// FIFO used to block forever.
func withDeadline(t *testing.T, call func() run) run {
	t.Helper()
	done := make(chan run, 1)
	go func() { done <- call() }()
	select {
	case r := <-done:
		return r
	case <-time.After(20 * time.Second):
		t.Fatal("ggzcheck did not return within 20 s")
		return run{}
	}
}

// TestLinkedPlansLeakNothing: a pull request can add a plan that is a
// symbolic link to /etc/passwd, /proc/self/environ or .git/config (where
// actions/checkout keeps the token). No format may show what it points to;
// the plan fails with bestand-koppeling instead.
func TestLinkedPlansLeakNothing(t *testing.T) {
	const secret = "ghp_GEHEIM_uit_de_omgeving"
	t.Setenv("GGZCHECK_TEST_TOKEN", secret)
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "passwd.yaml"), []byte("root: "+secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, ".git", "config"), []byte("extraheader: "+secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	copyFile(t, "testdata/basis.yaml", repo, "regions/goed/2026.yaml")
	symlink(t, filepath.Join(outside, "passwd.yaml"), filepath.Join(repo, "regions", "a", "2026.yaml"))
	symlink(t, "/proc/self/environ", filepath.Join(repo, "regions", "b", "2026.yaml"))
	symlink(t, "../../.git/config", filepath.Join(repo, "regions", "c", "2026.yaml"))
	t.Chdir(repo)

	for _, args := range [][]string{{"regions"}, {"regions/a/2026.yaml", "regions/b/2026.yaml", "regions/c/2026.yaml", "regions/goed/2026.yaml"}} {
		for _, f := range report.Formats() {
			r := ggzcheck(t, runOptions{}, append([]string{"check", "--format", string(f)}, args...)...)
			if strings.Contains(r.stdout, secret) || strings.Contains(r.stderr, secret) {
				t.Errorf("%v --format %s shows the secret:\n%s", args, f, r.stdout)
			}
			if r.code != 1 || !strings.Contains(r.stdout, "bestand-koppeling") {
				t.Errorf("%v --format %s: exit %d, want 1 with bestand-koppeling:\n%s%s", args, f, r.code, r.stdout, r.stderr)
			}
		}
	}
	js := decode(t, ggzcheck(t, runOptions{}, "check", "--format", "json", "regions").stdout)
	for _, file := range js.Files {
		if want := file.File == "regions/goed/2026.yaml"; file.Passed != want {
			t.Errorf("%s: passed %v, want %v", file.File, file.Passed, want)
		}
	}
}

// TestSpecialFilesNeverHang: a FIFO or device where a plan or config is
// expected is refused by its type, at once, instead of blocking or reading
// forever.
func TestSpecialFilesNeverHang(t *testing.T) {
	// Not parallel: it measures its own time.
	dir := t.TempDir()
	plan := copyFile(t, "testdata/basis.yaml", dir, "plannen/goed.yaml")
	fifo := filepath.Join(dir, "plannen", "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"fifo in a directory", []string{"check", filepath.Join(dir, "plannen")}, 1, "bestand-soort"},
		{"fifo named", []string{"check", fifo}, 1, "bestand-soort"},
		{"device named", []string{"check", "/dev/zero"}, 1, "bestand-soort"},
		{"fifo as config", []string{"check", "--config", fifo, plan}, 2, "named pipe"},
		{"device as config", []string{"check", "--config", "/dev/zero", plan}, 2, "apparaat"},
		{"directory as config", []string{"check", "--config", dir, plan}, 2, "een map"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := withDeadline(t, func() run { return ggzcheck(t, runOptions{}, tt.args...) })
			if r.code != tt.code || !strings.Contains(r.stdout+r.stderr, tt.want) {
				t.Errorf("exit %d, want %d with %q:\n%s%s", r.code, tt.code, tt.want, r.stdout, r.stderr)
			}
		})
	}
}

// TestOutDestroysNothing: --out writes only to a regular file or a new name,
// never over an input of the run, a YAML or Rego file, or the same target
// twice; each refusal is exit 2 before anything is checked, and leaves the
// target as it was.
func TestOutDestroysNothing(t *testing.T) {
	// Not parallel: it measures its own time.
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil { // a repository: the registry applies
		t.Fatal(err)
	}
	plan := copyFile(t, "testdata/basis.yaml", dir, "regions/a/2026.yaml")
	other := copyFile(t, "testdata/basis.yaml", dir, "regions/b/2026.yaml")
	registry := filepath.Join(dir, "regions", "regios.yaml")
	if err := os.WriteFile(registry, []byte("regios:\n  - {code: testregio, naam: Testregio}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(dir, "strenger.conf")
	if err := os.WriteFile(config, []byte("minimale_aanlooptijd_dagen: 120\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	policies := filepath.Join(dir, "eigen")
	rego := copyFile(t, "testdata/policies/vaststelling/vaststelling.rego", policies, "vaststelling.rego")
	fifo := filepath.Join(dir, "rapport.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "nieuw"), 0o755); err != nil {
		t.Fatal(err)
	}
	symlink(t, filepath.Join(dir, "nieuw"), filepath.Join(dir, "nieuw-link"))
	link := filepath.Join(dir, "link.json")
	symlink(t, filepath.Join(dir, "ergens.json"), link)
	existing := filepath.Join(dir, "oud.json")
	if err := os.WriteFile(existing, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	snapshot := func() map[string]string {
		out := map[string]string{}
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			info, _ := os.Lstat(p)
			if !info.Mode().IsRegular() {
				out[p] = info.Mode().String()
				return nil
			}
			data, _ := os.ReadFile(p)
			out[p] = string(data)
			return nil
		})
		return out
	}
	before := snapshot()
	check := func(out ...string) []string {
		args := []string{"check", "--config", config, filepath.Join(dir, "regions", "a")}
		for _, o := range out {
			args = append(args, "--format", "json", "--out", o)
		}
		return args
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"device", check("/dev/null"), "apparaat"},
		{"fifo", check(fifo), "named pipe"},
		{"symbolic link", check(link), "symbolische koppeling"},
		{"directory", check(dir), "een map"},
		{"the plan", check(plan), "invoer van deze controle"},
		{"the registry", check(registry), "invoer van deze controle"},
		{"the config", check(config), "invoer van deze controle"},
		{"a policy", append(check(rego), "--policy", policies), "invoer van deze controle"},
		{"a new file among the policies", append(check(filepath.Join(policies, "rapport.json")), "--policy", policies), "invoer van deze controle"},
		{"a plan this run does not check", check(other), "nooit YAML of Rego"},
		{"a new YAML file", check(filepath.Join(dir, "rapport.yaml")), "nooit YAML of Rego"},
		{"twice", check(existing, existing), "twee keer"},
		{"twice by another name", check(existing, filepath.Join(dir, "regions", "..", "oud.json")), "twee keer"},
		{"a new file twice, once through a link", check(filepath.Join(dir, "nieuw", "r.json"), filepath.Join(dir, "nieuw-link", "r.json")), "twee keer"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := withDeadline(t, func() run { return ggzcheck(t, runOptions{}, tt.args...) })
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 with %q and nothing checked", r.code, r.stdout, r.stderr, tt.want)
			}
		})
	}
	after := snapshot()
	for p, b := range before {
		if after[p] != b {
			t.Errorf("%s changed", p)
		}
	}
	if len(after) != len(before) {
		t.Errorf("files added or removed: %d before, %d after", len(before), len(after))
	}
	if _, err := os.Readlink(link); err != nil {
		t.Errorf("the link was replaced: %v", err)
	}

	// A regular file and a new name are fine.
	r := ggzcheck(t, runOptions{}, check(existing, filepath.Join(dir, "nieuw.json"))...)
	for _, f := range []string{existing, filepath.Join(dir, "nieuw.json")} {
		if data, err := os.ReadFile(f); r.code == 2 || err != nil || !strings.Contains(string(data), `"findings"`) {
			t.Errorf("regular target %s: exit %d, %v: %s", f, r.code, err, r.stderr)
		}
	}
}

// TestVerdictIgnoresOtherPaths: a region registry applies to the plans under
// its own directory only, so a plan's verdict is the same whatever else is
// on the command line.
func TestVerdictIgnoresOtherPaths(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, "testdata/afwijking-toegepast.yaml", dir, "testdata/plan.yaml")
	copyFile(t, "testdata/basis.yaml", dir, "regions/x/2027.yaml")
	if err := os.WriteFile(filepath.Join(dir, "regions", "regios.yaml"), []byte("regios:\n  - {code: andere, naam: Andere}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	alone := decode(t, ggzcheck(t, runOptions{}, "check", "--format", "json", "testdata/plan.yaml").stdout)
	together := decode(t, ggzcheck(t, runOptions{}, "check", "--format", "json", "testdata/plan.yaml", "regions/x/2027.yaml").stdout)
	if !alone.Files[0].Passed {
		t.Fatalf("the plan alone fails: %+v", alone.Findings)
	}
	for _, f := range together.Files {
		switch f.File {
		case "testdata/plan.yaml":
			if !f.Passed {
				t.Errorf("with another plan beside it, testdata/plan.yaml fails: %+v", together.Findings)
			}
		case "regions/x/2027.yaml":
			if f.Passed {
				t.Errorf("regions/x/2027.yaml passes, though its region is not in its registry")
			}
		}
	}
}

// TestFlagsSayWhatTheyMean: an empty --base is refused instead of silently
// skipping the comparison; --max-grootte takes what its message promises (up
// to 1 GiB, any unit case); a config date that no year has is refused.
func TestFlagsSayWhatTheyMean(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	config := filepath.Join(dir, "c.yaml")
	plan := "testdata/basis.yaml"
	for _, tt := range []struct {
		name   string
		config string
		args   []string
		code   int
		want   string
	}{
		{"empty base", "", []string{"check", "--base", "", plan}, 2, "--base is leeg"},
		{"1GiB", "", []string{"check", "--max-grootte", "1GiB", plan}, 0, ""},
		{"1024 MiB", "", []string{"check", "--max-grootte", "1024 MiB", plan}, 0, ""},
		{"4mib", "", []string{"check", "--max-grootte", "4mib", plan}, 0, ""},
		{"2GiB", "", []string{"check", "--max-grootte", "2GiB", plan}, 2, "tot en met 1 GiB"},
		{"4MB", "", []string{"check", "--max-grootte", "4MB", plan}, 2, "tot en met 1 GiB"},
		{"31 February", "tijdlijn:\n  eerste_ronde_uiterlijk: \"02-31\"\n", []string{"check", "--config", config, plan}, 2, "02-31"},
		{"29 February", "tijdlijn:\n  tweede_ronde_uiterlijk: \"02-29\"\n", []string{"check", "--config", config, plan}, 2, "02-29"},
		{"31 April", "tijdlijn:\n  tweede_ronde_uiterlijk: \"04-31\"\n", []string{"check", "--config", config, plan}, 2, "04-31"},
		{"31 December", "tijdlijn:\n  tweede_ronde_uiterlijk: \"12-31\"\n", []string{"check", "--config", config, plan}, 0, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.config != "" {
				if err := os.WriteFile(config, []byte(tt.config), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			r := ggzcheck(t, runOptions{}, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, want %d with %q: %s", r.code, tt.code, tt.want, r.stderr)
			}
		})
	}
}

// TestSkippedRulesSayWhy: without --base and without a registry, the rules
// that need them are reported as not checked, with the reason, in every
// format that lists outcomes, never as passed.
func TestSkippedRulesSayWhy(t *testing.T) {
	t.Parallel()
	for _, f := range []report.Format{report.Text, report.JSON, report.SARIF, report.Markdown, report.JUnit, report.HTML} {
		r := ggzcheck(t, runOptions{}, "check", "--verbose", "--format", string(f), "testdata/basis.yaml")
		for _, why := range []string{"vraagt --base", "geen register van regio"} {
			if !strings.Contains(r.stdout, why) {
				t.Errorf("--format %s does not say %q", f, why)
			}
		}
	}
	js := decode(t, ggzcheck(t, runOptions{}, "check", "--format", "json", "testdata/basis.yaml").stdout)
	for _, o := range js.Files[0].Rules {
		needs := strings.HasPrefix(o.Rule, "regio-") || o.Rule == "aanbod-onverklaard-verlies" || o.Rule == "aanbod-wachtlijst-stijging" || o.Rule == "aanbod-plan-verwijderd"
		if needs && (o.Outcome != "skipped" || o.Reason == "") {
			t.Errorf("%s: %s %q, want skipped with a reason", o.Rule, o.Outcome, o.Reason)
		}
	}
}

// TestErrorsAreShownSafely: a tool error can quote a path or value from a
// pull request, and stderr lands in the same CI log as the report.
func TestErrorsAreShownSafely(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	config := filepath.Join(dir, "c\n::error::gekaapt\x1b[31m.yaml")
	if err := os.WriteFile(config, []byte("onbekend:\n  \"\\n::error::x\": 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := ggzcheck(t, runOptions{}, "check", "--config", config, "testdata/basis.yaml")
	if r.code != 2 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, line := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "::") || strings.ContainsAny(line, "\x1b\r") {
			t.Errorf("stderr line %q could act on the terminal or CI log", line)
		}
	}
}

// TestFindingsPerPlanAreBounded: a plan that repeats one mistake tens of
// thousands of times gets a bounded report, quickly.
func TestFindingsPerPlanAreBounded(t *testing.T) {
	// Not parallel: it measures its own time.
	src, err := os.ReadFile("testdata/basis.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.Write(src)
	for i := range 40_000 {
		fmt.Fprintf(&b, "k%d: 1\n", i)
	}
	plan := filepath.Join(t.TempDir(), "vloed.yaml")
	if err := os.WriteFile(plan, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r := ggzcheck(t, runOptions{}, "check", "--format", "json", plan)
	js := decode(t, r.stdout)
	if r.code != 1 || len(js.Findings) != check.MaxFindings+1 || js.Findings[check.MaxFindings].Rule != "yaml-limiet" ||
		!strings.Contains(js.Findings[check.MaxFindings].Message, "nog 39500 bevindingen") {
		t.Errorf("exit %d, %d findings; want 1 and %d plus one saying how many more", r.code, len(js.Findings), check.MaxFindings)
	}
	if took := time.Since(start); took > timebudget.Scaled(5*time.Second) {
		t.Errorf("took %s", took)
	}
}

// TestLinkedDirectoriesLeakNothing: a pull request can replace regions/ (or a
// directory in it) by a link to a directory outside the repository. The
// check must not walk it, nor read a plan through it.
func TestLinkedDirectoriesLeakNothing(t *testing.T) {
	const secret = "AKIA_GEHEIME_SLEUTEL"
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "creds.yaml"), []byte("aws_secret_access_key: "+secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, "testdata/basis.yaml", repo, "plannen/goed/2026.yaml")
	symlink(t, outside, filepath.Join(repo, "regions"))
	symlink(t, outside, filepath.Join(repo, "plannen", "lek"))
	t.Chdir(repo)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"regions/"}, 2, "buiten de gecontroleerde map"},
		{[]string{"regions"}, 2, "buiten de gecontroleerde map"},
		{[]string{"regions/creds.yaml"}, 1, "bestand-koppeling"},
		{[]string{"plannen/lek/creds.yaml", "plannen/goed/2026.yaml"}, 1, "bestand-koppeling"},
		{[]string{"plannen"}, 0, "voldoet"}, // the linked directory in it is not walked
	} {
		r := ggzcheck(t, runOptions{}, append([]string{"check"}, tt.args...)...)
		if strings.Contains(r.stdout+r.stderr, secret) || r.code != tt.code || !strings.Contains(r.stdout+r.stderr, tt.want) {
			t.Errorf("%v: exit %d, want %d with %q:\n%s%s", tt.args, r.code, tt.code, tt.want, r.stdout, r.stderr)
		}
	}
}

// TestUserMetadataIsShownSafely: a user policy's METADATA is shown by rules
// and explain like any other text from a pull request, and its ids can only
// be plain words, since they become anchors and Markdown code.
func TestUserMetadataIsShownSafely(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(id string) {
		src := `package eigen.gevaar

# METADATA
# title: "Eigen \u001b]0;gekaapt\u0007 regel \u202e"
# description: "Beschrijving\n::error::BESCHRIJVING"
# custom:
#   id: "` + id + `"
#   severity: warning
#   source: "S\n::error::BRON"
#   title_en: "Own\n::error::TITEL"
#   fout: "x: 1\n::error::FOUT"
#   goed: "x: 2\n  ::error::GOED"
#   oplossing: "Doe\n::error::OPLOSSING"
#   oplossing_en: "Do\n::error::FIX"
overtreding contains v if {
	false
	v := {"regel": "` + id + `", "pad": "", "nl": "x", "en": "x"}
}
`
		if err := os.WriteFile(filepath.Join(dir, "gevaar.rego"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("eigen-gevaar")
	for _, args := range [][]string{
		{"rules", "--policy", dir}, {"rules", "--format", "markdown", "--policy", dir},
		{"explain", "eigen-gevaar", "--policy", dir}, {"explain", "--lang", "en", "eigen-gevaar", "--policy", dir},
	} {
		r := ggzcheck(t, runOptions{}, args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
		for _, line := range strings.Split(r.stdout, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "::") || strings.ContainsAny(line, "\x1b\a\u202e") {
				t.Errorf("%v: line %q", args, line)
			}
		}
	}
	write("eigen-`<img src=x>`")
	if r := ggzcheck(t, runOptions{}, "rules", "--policy", dir); r.code != 2 || !strings.Contains(r.stderr, "kleine letters en cijfers") {
		t.Errorf("an id with Markdown in it: exit %d, %s", r.code, r.stderr)
	}
}
