package ggzcheck_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/cli"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	goldenfile "github.com/ggzcheck/ggzcheck/internal/golden"
	"github.com/ggzcheck/ggzcheck/internal/ruledoc"
	"github.com/ggzcheck/ggzcheck/internal/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

type run struct {
	code           int
	stdout, stderr string
}

type runOptions struct {
	terminal bool
	env      map[string]string
	now      func() time.Time // the clock; nil is the system's
	program  string           // os.Args[0]
}

// engines compiles each distinct set of policies once for all the tests of
// the package, as ggzcheck compiles them once per run.
var engines check.Engines

func ggzcheck(t *testing.T, opts runOptions, args ...string) run {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if why := regionsRun(wd, args); why != "" {
		t.Fatalf("ggzcheck %s: %s; tests use a copy in %s", strings.Join(args, " "), why, exampleRegions)
	}
	var out, errOut bytes.Buffer
	code := cli.Run(context.Background(), args, cli.IO{
		Stdout:           &out,
		Stderr:           &errOut,
		Getenv:           func(k string) string { return opts.env[k] },
		StdoutIsTerminal: opts.terminal,
		Now:              opts.now,
		Program:          opts.program,
		Engines:          &engines,
	})
	return run{code: code, stdout: out.String(), stderr: errOut.String()}
}

type jsonOutput struct {
	Provenance struct {
		GGZCheck struct {
			Version  string `json:"version"`
			Revision string `json:"revision"`
			Modified bool   `json:"modified"`
		} `json:"ggzcheck"`
		Policies     string `json:"policies_sha256"`
		UserPolicies []struct {
			Path   string `json:"path"`
			SHA256 string `json:"sha256"`
		} `json:"user_policies"`
		ConfigFile    string `json:"config_file"`
		ReferenceDate string `json:"peildatum"`
		Base          string `json:"base"`
		BaseCommit    string `json:"base_commit"`
		Repository    *struct {
			Commit   string `json:"commit"`
			Modified bool   `json:"modified"`
		} `json:"repository"`
	} `json:"provenance"`
	Findings []struct {
		Rule     string          `json:"rule"`
		Severity string          `json:"severity"`
		File     string          `json:"file"`
		Line     int             `json:"line"`
		Column   int             `json:"column"`
		Path     *string         `json:"path"`
		Message  string          `json:"message"`
		Messages finding.Text    `json:"messages"`
		Source   string          `json:"source"`
		Waived   bool            `json:"waived"`
		Waiver   *finding.Waiver `json:"waiver"`
	} `json:"findings"`
	Files []struct {
		File              string `json:"file"`
		SHA256            string `json:"sha256"`
		Passed            bool   `json:"passed"`
		Errors            int    `json:"errors"`
		Warnings          int    `json:"warnings"`
		Waived            int    `json:"waived"`
		PoliciesEvaluated bool   `json:"policies_evaluated"`
		Rules             []struct {
			Rule    string `json:"rule"`
			Outcome string `json:"outcome"`
			Reason  string `json:"reason"`
		} `json:"rules"`
	} `json:"files"`
	Summary check.Summary `json:"summary"`
	Config  struct {
		File   string         `json:"file"`
		Values map[string]any `json:"values"`
	} `json:"config"`
}

func decode(t *testing.T, s string) jsonOutput {
	t.Helper()
	var out jsonOutput
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("JSON output does not decode: %v\n%s", err, s)
	}
	return out
}

func testPlans(t *testing.T) []string {
	t.Helper()
	plans, err := filepath.Glob("testdata/plans/*.yaml")
	if err != nil || len(plans) == 0 {
		t.Fatalf("no test plans: %v", err)
	}
	return plans
}

// ruleOf returns the rule a test plan breaks: its name up to "--".
func ruleOf(plan string) string {
	name := strings.TrimSuffix(filepath.Base(plan), ".yaml")
	rule, _, _ := strings.Cut(name, "--")
	return rule
}

func catalogue(t *testing.T) map[string]finding.Rule {
	t.Helper()
	c, err := check.New(context.Background(), check.Options{Engines: &engines})
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]finding.Rule{}
	for _, r := range c.Rules() {
		rules[r.ID] = r
	}
	return rules
}

// TestPlansBreakExactlyOneRule checks every plan in testdata/plans against its
// golden text output, and that it breaks exactly the rule in its name, at a
// real position, with the exit code its severity implies.
func TestPlansBreakExactlyOneRule(t *testing.T) {
	t.Parallel()
	rules := catalogue(t)
	for _, plan := range testPlans(t) {
		t.Run(filepath.Base(plan), func(t *testing.T) {
			t.Parallel()
			want := ruleOf(plan)
			rule, ok := rules[want]
			if !ok {
				t.Fatalf("test plan names unknown rule %q", want)
			}
			wantCode := check.ExitFindings
			if rule.Severity == finding.Warning {
				wantCode = check.ExitOK
			}

			text := ggzcheck(t, runOptions{}, "check", plan)
			if text.code != wantCode || text.stderr != "" {
				t.Fatalf("exit %d, stderr %q; want exit %d and no stderr", text.code, text.stderr, wantCode)
			}
			golden(t, strings.TrimSuffix(plan, ".yaml")+".golden", text.stdout)

			js := ggzcheck(t, runOptions{}, "check", "--format", "json", plan)
			out := decode(t, js.stdout)
			if js.code != wantCode || len(out.Findings) == 0 {
				t.Fatalf("json: exit %d with %d findings", js.code, len(out.Findings))
			}
			for _, f := range out.Findings {
				if f.Rule != want {
					t.Errorf("fired %s at %d:%d (%s); want only %s", f.Rule, f.Line, f.Column, f.Message, want)
				}
				if f.File != plan || f.Line < 1 || f.Column < 1 || f.Path == nil || f.Source == "" ||
					f.Messages.NL == "" || f.Messages.EN == "" || f.Message != f.Messages.NL || f.Severity != string(rule.Severity) {
					t.Errorf("incomplete finding %+v", f)
				}
			}
		})
	}
}

// baseRules need --base; base_test.go tests each of them in a git repository.
var baseRules = map[string]bool{
	"aanbod-onverklaard-verlies": true,
	"aanbod-wachtlijst-stijging": true,
	"aanbod-plan-verwijderd":     true,
	// The cross-region rules need several plans and a registry:
	// national_test.go builds them.
	"regio-register":        true,
	"regio-dubbel-plan":     true,
	"regio-onbekend":        true,
	"regio-buur-onbekend":   true,
	"regio-aanbod-ongelijk": true,
	// A plan that is a link or no regular file cannot be a file in
	// testdata/plans: files_test.go makes them.
	"bestand-koppeling": true,
	"bestand-soort":     true,
	// The yearly cycle's rules need the national table's answers or the
	// plan of an earlier year in the same tree: cyclus_test.go builds them.
	"advies-opgevolgd":     true,
	"advies-reden":         true,
	"advies-verwijzing":    true,
	"antwoorden-plek":      true,
	"monitoring-lopend":    true,
	"monitoring-resultaat": true,
	"monitoring-status":    true,
	"monitoring-tekort":    true,
}

// TestEveryRuleHasATestPlan keeps testdata in step with the rule catalogue.
func TestEveryRuleHasATestPlan(t *testing.T) {
	t.Parallel()
	covered := map[string]bool{}
	for _, p := range testPlans(t) {
		covered[ruleOf(p)] = true
	}
	for id := range catalogue(t) {
		// schema-overig is the fallback for schema keywords the plan schema
		// does not use today; no plan can break it. The rules that compare
		// with an earlier version need a git base: base_test.go builds real
		// repositories for them.
		if id == schema.RuleOther || baseRules[id] {
			continue
		}
		if !covered[id] {
			t.Errorf("rule %s has no plan in testdata/plans", id)
		}
	}
}

func TestExamplePlansPass(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"check", exampleRegions},
		{"check", "testdata/basis.yaml"},
	} {
		r := ggzcheck(t, runOptions{}, append(args, "--format", "json")...)
		out := decode(t, r.stdout)
		if r.code != check.ExitOK || len(out.Findings) != 0 || out.Summary.Failed != 0 {
			t.Errorf("%v: exit %d, findings %+v", args, r.code, out.Findings)
		}
		for _, f := range out.Files {
			if !f.Passed || !f.PoliciesEvaluated {
				t.Errorf("%v: %s passed=%v policies_evaluated=%v", args, f.File, f.Passed, f.PoliciesEvaluated)
			}
		}
	}
}

// TestDefaultPathIsRegions: without a path, check and national read
// regions/ under the working directory, here a copy of the examples.
func TestDefaultPathIsRegions(t *testing.T) {
	t.Chdir(filepath.Dir(regionsDir(t)))
	r := ggzcheck(t, runOptions{}, "check", "--format", "json")
	if out := decode(t, r.stdout); r.code != check.ExitOK || out.Summary.Files != 3 || out.Summary.Failed != 0 {
		t.Errorf("check: exit %d, summary %+v; want the 3 example plans, passing", r.code, out.Summary)
	}
	if r := ggzcheck(t, runOptions{}, "national"); r.code != check.ExitOK || !strings.Contains(r.stdout, "Meegeteld: 3 plannen") {
		t.Errorf("national: exit %d\n%.300s", r.code, r.stdout)
	}
}

func TestJSONGolden(t *testing.T) {
	t.Parallel()
	r := ggzcheck(t, runOptions{}, "check", "--format", "json", "testdata/plans/deelnemers-mandaat.yaml", "testdata/plans/schema-type.yaml", "testdata/basis.yaml")
	golden(t, "testdata/golden/check.json", r.stdout)
}

func TestEnglishGolden(t *testing.T) {
	t.Parallel()
	r := ggzcheck(t, runOptions{}, "check", "--lang", "en", "testdata/plans/aanbod-laat-besproken.yaml", "testdata/plans/yaml-syntaxis.yaml", "testdata/basis.yaml")
	golden(t, "testdata/golden/check-en.txt", r.stdout)
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	empty := t.TempDir()
	unreadable := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(unreadable, []byte("regio: {}\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{name: "passing plan", args: []string{"check", "testdata/basis.yaml"}, code: 0},
		{name: "failing plan", args: []string{"check", "testdata/plans/aanbod-financiele-reden.yaml"}, code: 1},
		{name: "warning only", args: []string{"check", "testdata/plans/deelnemers-andere-financiers.yaml"}, code: 0},
		{name: "failing among passing", args: []string{"check", exampleRegions, "testdata/plans/deelnemers-mandaat.yaml"}, code: 1},
		{name: "unknown flag", args: []string{"check", "--formaat", "json", "testdata/basis.yaml"}, code: 2, stderr: "onbekende optie --formaat"},
		{name: "unknown format", args: []string{"check", "--format", "xml", exampleRegions}, code: 2, stderr: `onbekend formaat "xml"; kies uit: text, json`},
		{name: "unknown format, national", args: []string{"national", "--format", "xml", exampleRegions}, code: 2, stderr: `onbekend formaat "xml"; kies uit: text, json, csv, markdown, html`},
		{name: "unknown format, voortgang", args: []string{"voortgang", "--jaar", "2027", "--format", "xml", exampleRegions}, code: 2, stderr: `onbekend formaat "xml"; kies uit: text, json, csv, markdown, html`},
		{name: "unknown language", args: []string{"check", "--lang", "de", exampleRegions}, code: 2, stderr: "onbekende taal"},
		{name: "missing path", args: []string{"check", "testdata/bestaat-niet.yaml"}, code: 2, stderr: "testdata/bestaat-niet.yaml bestaat niet"},
		{name: "directory without plans", args: []string{"check", empty}, code: 2, stderr: "geen plannen"},
		{name: "unknown command", args: []string{"controleer"}, code: 2, stderr: `onbekend commando "controleer"`},
	}
	if os.Geteuid() != 0 { // root reads any file
		tests = append(tests, struct {
			name   string
			args   []string
			code   int
			stderr string
		}{name: "unreadable file", args: []string{"check", unreadable}, code: 2, stderr: "niet leesbaar"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ggzcheck(t, runOptions{}, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tt.code, r.stderr)
			}
			if tt.stderr == "" && r.stderr != "" || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q, want it to contain %q", r.stderr, tt.stderr)
			}
			if tt.code == 2 && r.stdout != "" {
				t.Errorf("a tool error printed a report: %q", r.stdout)
			}
		})
	}
}

func TestColour(t *testing.T) {
	t.Parallel()
	plan := "testdata/plans/deelnemers-mandaat.yaml"
	tests := []struct {
		name string
		opts runOptions
		args []string
		want bool
	}{
		{name: "terminal", opts: runOptions{terminal: true}, want: true},
		{name: "NO_COLOR", opts: runOptions{terminal: true, env: map[string]string{"NO_COLOR": "1"}}},
		{name: "pipe", opts: runOptions{}},
		{name: "json on a terminal", opts: runOptions{terminal: true}, args: []string{"--format", "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ggzcheck(t, tt.opts, append([]string{"check", plan}, tt.args...)...)
			if got := strings.Contains(r.stdout, "\x1b["); got != tt.want {
				t.Errorf("colour %v, want %v:\n%s", got, tt.want, r.stdout)
			}
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	goldenfile.Check(t, path, got, *update, "go test . -update")
}

// TestRulesDocIsCurrent fails when docs/rules.md no longer matches the
// catalogue; `make docs` regenerates it.
func TestRulesDocIsCurrent(t *testing.T) {
	t.Parallel()
	r := ggzcheck(t, runOptions{}, "rules", "--format", "markdown")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want, err := os.ReadFile("docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	if r.stdout != string(want) {
		t.Error("docs/rules.md is out of date; run 'make docs'")
	}
}

// TestEveryRuleIsExplained checks that `explain` has something to say about
// every rule, in both languages.
func TestEveryRuleIsExplained(t *testing.T) {
	t.Parallel()
	for id, rule := range catalogue(t) {
		if rule.Description.NL == "" || rule.Description.EN == "" || rule.Fix.NL == "" || rule.Fix.EN == "" {
			t.Errorf("%s: description or fix missing in a language", id)
		}
		if id != schema.RuleOther && (rule.Fails == "" || rule.Passes == "") {
			t.Errorf("%s: no failing and passing example", id)
		}
		if !strings.HasPrefix(id, "bestand-") && !strings.HasPrefix(id, "yaml-") && !strings.HasPrefix(id, "schema-") && !strings.HasPrefix(id, "regio-") && rule.Quote == "" {
			t.Errorf("%s: no quote from the source", id)
		}
		for _, lang := range finding.Langs() {
			var b bytes.Buffer
			if err := ruledoc.WriteExplain(&b, rule, lang); err != nil || !strings.Contains(b.String(), id) || !strings.Contains(b.String(), rule.Source) {
				t.Errorf("explain --lang %s %s: %v\n%s", lang, id, err, b.String())
			}
		}
	}
	// The command itself, once per language.
	for _, lang := range []string{"nl", "en"} {
		if r := ggzcheck(t, runOptions{}, "explain", "--lang", lang, "disbalans-plan"); r.code != 0 || !strings.Contains(r.stdout, "disbalans-plan") {
			t.Errorf("explain --lang %s: exit %d %s", lang, r.code, r.stderr)
		}
	}
}

func TestExplainUnknownRule(t *testing.T) {
	t.Parallel()
	r := ggzcheck(t, runOptions{}, "explain", "deelnemers-mandat")
	if r.code != 2 || !strings.Contains(r.stderr, `bedoelde u "deelnemers-mandaat"?`) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestRulesJSON(t *testing.T) {
	t.Parallel()
	r := ggzcheck(t, runOptions{}, "rules", "--format", "json")
	var out struct {
		Rules []struct {
			ID        string       `json:"id"`
			Severity  string       `json:"severity"`
			Title     finding.Text `json:"title"`
			Source    string       `json:"source"`
			Agreement string       `json:"agreement"`
		} `json:"rules"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || r.code != 0 {
		t.Fatalf("exit %d, %v", r.code, err)
	}
	agreements := map[string]bool{}
	for _, rule := range out.Rules {
		if rule.ID == "" || rule.Title.NL == "" || rule.Title.EN == "" || rule.Source == "" || (rule.Severity != "error" && rule.Severity != "warning") {
			t.Errorf("incomplete rule %+v", rule)
		}
		agreements[rule.Agreement[:2]] = true
		// Every rule belongs to a lettered agreement or to one of the groups
		// that check how a plan is written.
		lettered := len(rule.Agreement) > 2 && rule.Agreement[1] == '.'
		if !lettered && !slices.Contains([]string{"Leesbaar plan", "Planformaat", "Samenhang tussen regio's", "Gemotiveerde afwijkingen"}, rule.Agreement) {
			t.Errorf("rule %s belongs to no agreement: %q", rule.ID, rule.Agreement)
		}
	}
	for _, a := range []string{"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H."} {
		if !agreements[a] {
			t.Errorf("no rules for agreement %s", a)
		}
	}
}

// TestConfigChangesTheVerdict checks that a threshold in a --config file
// changes the verdict without rebuilding, and is echoed in the JSON report.
func TestConfigChangesTheVerdict(t *testing.T) {
	t.Parallel()
	strict := filepath.Join(t.TempDir(), "streng.yaml")
	if err := os.WriteFile(strict, []byte("disbalans:\n  lange_wachttijd_weken: 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	plan := "testdata/basis.yaml" // hoogspecialistisch_ggz: 4 weeks on average
	if r := ggzcheck(t, runOptions{}, "check", plan); r.code != 0 {
		t.Fatalf("default: exit %d\n%s", r.code, r.stdout)
	}
	r := ggzcheck(t, runOptions{}, "check", "--format", "json", "--config", strict, plan)
	out := decode(t, r.stdout)
	if r.code != 1 || len(out.Findings) != 1 || out.Findings[0].Rule != "disbalans-plan" ||
		!strings.Contains(out.Findings[0].Message, "4 weken (langer dan 3 weken)") {
		t.Fatalf("with config: exit %d, findings %+v", r.code, out.Findings)
	}
	if out.Config.File != strict || out.Config.Values["disbalans"].(map[string]any)["lange_wachttijd_weken"] != 3.0 ||
		out.Config.Values["minimale_aanlooptijd_dagen"] != 90.0 {
		t.Errorf("config echo %+v", out.Config)
	}
	text := ggzcheck(t, runOptions{}, "check", "--config", strict, plan)
	if !strings.Contains(text.stdout, "instellingen: "+strict) {
		t.Errorf("text report does not name the config file:\n%s", text.stdout)
	}
}

func TestBadConfigIsAToolError(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	tests := []struct{ name, src, want string }{
		{"typo", "disbalans:\n  lange_wachtijd_weken: 3\n", "streng.yaml:2:3: De sleutel 'lange_wachtijd_weken' is hier onbekend. Bedoelde u 'lange_wachttijd_weken'?"},
		{"type", "minimale_aanlooptijd_dagen: veel\n", "streng.yaml:1:29: Hier hoort een geheel getal"},
		{"structural data", "zorgvormen: {}\n", "De sleutel 'zorgvormen' is hier onbekend"},
		{"bad date", "tijdlijn:\n  eerste_ronde_uiterlijk: \"05-32\"\n", "streng.yaml:2:27: '05-32' heeft niet de juiste vorm"},
		{"yaml", "disbalans: [\n", "Het bestand is geen geldige YAML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, "streng.yaml")
			if err := os.WriteFile(file, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			r := ggzcheck(t, runOptions{}, "check", "--config", file, "testdata/basis.yaml")
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", r.code, r.stderr, tt.want)
			}
		})
	}
	r := ggzcheck(t, runOptions{}, "check", "--config", filepath.Join(dir, "bestaat-niet.yaml"), "testdata/basis.yaml")
	if r.code != 2 || !strings.Contains(r.stderr, "bestaat-niet.yaml") {
		t.Errorf("missing config: exit %d, %q", r.code, r.stderr)
	}
}

// TestDeviationIsReportedAsWaived checks a plan whose only finding is covered
// by a motivated deviation: it passes, and every format says it was waived.
func TestDeviationIsReportedAsWaived(t *testing.T) {
	t.Parallel()
	plan := "testdata/afwijking-toegepast.yaml"
	text := ggzcheck(t, runOptions{}, "check", plan)
	if text.code != 0 {
		t.Fatalf("exit %d\n%s", text.code, text.stdout)
	}
	golden(t, "testdata/golden/afwijking-toegepast.txt", text.stdout)
	js := ggzcheck(t, runOptions{}, "check", "--format", "json", plan)
	var out struct {
		Findings []struct {
			Rule   string `json:"rule"`
			Waived bool   `json:"waived"`
			Waiver struct {
				Motivation string `json:"motivation"`
				Until      string `json:"until"`
				Path       string `json:"path"`
			} `json:"waiver"`
		} `json:"findings"`
		Summary check.Summary `json:"summary"`
	}
	if err := json.Unmarshal([]byte(js.stdout), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Findings) != 1 || !out.Findings[0].Waived || out.Findings[0].Waiver.Path != "/afwijkingen/0" ||
		out.Findings[0].Waiver.Motivation == "" || out.Summary.Waived != 1 || out.Summary.Errors != 0 {
		t.Errorf("json %+v", out)
	}
	expired := ggzcheck(t, runOptions{}, "check", "--peildatum", "2027-01-01", plan)
	if expired.code != 1 || !strings.Contains(expired.stdout, "afwijking-verlopen") {
		t.Errorf("after the deviation's date: exit %d\n%s", expired.code, expired.stdout)
	}
	if bad := ggzcheck(t, runOptions{}, "check", "--peildatum", "1-1-2027", plan); bad.code != 2 {
		t.Errorf("bad --peildatum: exit %d", bad.code)
	}
}

// TestOut checks --out: several reports in one run, each written whole, and
// never over a plan.
func TestOut(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	sarif, md := filepath.Join(dir, "r.sarif"), filepath.Join(dir, "r.md")
	r := ggzcheck(t, runOptions{terminal: true}, "check", "testdata/plans/deelnemers-mandaat.yaml",
		"--format", "sarif", "--out", sarif, "--format", "markdown", "--out", md, "--format", "text", "--out", "-")
	if r.code != 1 || !strings.Contains(r.stdout, "deelnemers-mandaat") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for _, f := range []string{sarif, md} {
		data, err := os.ReadFile(f)
		if err != nil || !strings.Contains(string(data), "deelnemers-mandaat") || strings.Contains(string(data), "\x1b[") {
			t.Errorf("%s: %v, %d bytes", f, err, len(data))
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left behind: %v", entries)
	}

	plan := filepath.Join(dir, "plan.yaml")
	src, _ := os.ReadFile("testdata/basis.yaml")
	if err := os.WriteFile(plan, src, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"over a plan", []string{"check", plan, "--format", "json", "--out", plan}, "overschrijft nooit een plan"},
		{"unpaired", []string{"check", plan, "--format", "json", "--format", "sarif", "--out", md}, "geef bij elk formaat een --out"},
		{"two to stdout", []string{"check", plan, "--format", "json", "--out", "-", "--format", "text", "--out", "-"}, "hooguit één rapport"},
		{"several without out", []string{"check", plan, "--format", "json", "--format", "text"}, "--out per formaat"},
		{"missing directory", []string{"check", plan, "--format", "json", "--out", filepath.Join(dir, "nee", "r.json")}, "bestaat niet"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := ggzcheck(t, runOptions{}, tt.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tt.want)
			}
		})
	}
	if after, _ := os.ReadFile(plan); string(after) != string(src) {
		t.Error("the plan was modified")
	}
}

// TestInit checks the skeleton: it fails check only on the values still to
// fill in, says which, covers all six care forms, and is never overwritten.
func TestInit(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "regions", "noord-oost", "2027.yaml")
	r := ggzcheck(t, runOptions{}, "init", "noord-oost", "--inkoopjaar", "2027", "--naam", "Noord-Oost", "--out", out)
	if r.code != 0 || !strings.Contains(r.stdout, out) {
		t.Fatalf("exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	src, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# yaml-language-server: $schema=", `naam: "Noord-Oost"`, "inkoopjaar: 2027",
		"acute_zorg:", "outreachende_zorg:", "klinische_zorg:", "beveiligde_zorg:", "hoogspecialistisch_ggz:", "hoogspecialistisch_ziekenhuis:"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("skeleton lacks %q", want)
		}
	}
	check := ggzcheck(t, runOptions{}, "check", "--format", "json", out)
	got := decode(t, check.stdout)
	if check.code != 1 || len(got.Findings) == 0 {
		t.Fatalf("exit %d, %d findings", check.code, len(got.Findings))
	}
	for _, f := range got.Findings {
		if f.Rule != "schema-nog-invullen" || !strings.HasPrefix(f.Message, "Nog in te vullen: ") {
			t.Errorf("the skeleton fails on something else than a value to fill in: %s %s", f.Rule, f.Message)
		}
	}

	again := ggzcheck(t, runOptions{}, "init", "noord-oost", "--inkoopjaar", "2027", "--out", out)
	if again.code != 2 || !strings.Contains(again.stderr, "bestaat al") {
		t.Errorf("overwrite: exit %d, %q", again.code, again.stderr)
	}
	if after, _ := os.ReadFile(out); string(after) != string(src) {
		t.Error("the existing plan was changed")
	}
	for _, args := range [][]string{
		{"init", "Noord Oost", "--inkoopjaar", "2027", "--out", filepath.Join(dir, "x.yaml")},
		{"init", "noord", "--inkoopjaar", "1999", "--out", filepath.Join(dir, "z.yaml")},
	} {
		if r := ggzcheck(t, runOptions{}, args...); r.code != 2 {
			t.Errorf("%v: exit %d", args, r.code)
		}
	}
}

// TestPolicyDir checks --policy: a user's own rules run beside the agreements
// with the same sandbox, and a rule that reaches outside the plan is refused.
func TestPolicyDir(t *testing.T) {
	t.Parallel()
	// A user's ids start with eigen-, so they can never be a built-in one.
	for id := range catalogue(t) {
		if strings.HasPrefix(id, "eigen-") {
			t.Errorf("built-in rule %s has an id of the kind reserved for user policies", id)
		}
	}
	own := ggzcheck(t, runOptions{}, "check", "--format", "json", "--policy", "testdata/policies/vaststelling", "testdata/basis.yaml")
	out := decode(t, own.stdout)
	if own.code != 0 || len(out.Findings) != 1 || out.Findings[0].Rule != "eigen-vastgesteld" || out.Findings[0].Severity != "warning" {
		t.Errorf("own rule: exit %d, %+v %s", own.code, out.Findings, own.stderr)
	}
	if r := ggzcheck(t, runOptions{}, "rules", "--policy", "testdata/policies/vaststelling"); !strings.Contains(r.stdout, "eigen-vastgesteld") {
		t.Error("rules does not list the user's rule")
	}
	if r := ggzcheck(t, runOptions{}, "explain", "eigen-vastgesteld", "--policy", "testdata/policies/vaststelling"); !strings.Contains(r.stdout, "Eigen beleidsregel uit testdata/policies/vaststelling/vaststelling.rego") {
		t.Errorf("explain does not say where the user's rule comes from: %q", r.stdout)
	}

	net := ggzcheck(t, runOptions{}, "check", "--policy", "testdata/policies/netwerk", "testdata/basis.yaml")
	if net.code != 2 || !strings.Contains(net.stderr, "testdata/policies/netwerk/netwerk.rego:15: http.send is niet toegestaan") || net.stdout != "" {
		t.Errorf("http.send: exit %d, stderr %q", net.code, net.stderr)
	}

	dir := t.TempDir()
	write := func(name, src string) string {
		d := filepath.Join(dir, name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "r.rego"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return d
	}
	meta := "# METADATA\n# title: t\n# custom:\n#   id: %s\n#   severity: error\n#   source: s\n#   title_en: t\n"
	for _, tt := range []struct{ name, dir, want string }{
		{"clock", write("klok", "package eigen.klok\n"+strings.Replace(meta, "%s", "eigen-klok", 1)+"overtreding contains 1 if time.now_ns() > 0\n"), "r.rego:9: time.now_ns is niet toegestaan"},
		{"randomness", write("toeval", "package eigen.toeval\n"+strings.Replace(meta, "%s", "eigen-toeval", 1)+"overtreding contains 1 if rand.intn(\"x\", 10) > 0\n"), "r.rego:9: rand.intn is niet toegestaan"},
		{"runtime", write("omgeving", "package eigen.omgeving\nx := opa.runtime()\n"), "r.rego:2: opa.runtime is niet toegestaan"},
		{"no metadata", write("kaal", "package eigen.kaal\novertreding contains 1 if input.x\n"), "r.rego:2: # METADATA ontbreekt"},
		// The user's path sorts before policies/: the clash was blamed on the agreement's file.
		{"same id as an agreement", write("dubbel", "package eigen.dubbel\n"+strings.Replace(meta, "%s", "deelnemers-mandaat", 1)+"overtreding contains 1 if input.x\n"),
			filepath.ToSlash(dir) + `/dubbel/r.rego:9: regel-id "deelnemers-mandaat": een eigen regel krijgt een id dat met 'eigen-' begint`},
		{"no rego", dir + "/leeg", "bestaat niet"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := ggzcheck(t, runOptions{}, "check", "--policy", tt.dir, "testdata/basis.yaml")
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) || strings.Contains(r.stderr, "policies/deelnemers") {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tt.want)
			}
		})
	}
}
