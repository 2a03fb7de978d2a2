package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	goldenfile "github.com/ggzcheck/ggzcheck/internal/golden"
	"github.com/ggzcheck/ggzcheck/internal/need"
	"github.com/ggzcheck/ggzcheck/internal/report"
	"github.com/ggzcheck/ggzcheck/internal/timebudget"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// engines compiles the policies once for every sample.
var engines check.Engines

// sample checks a passing plan, a plan with a warning, a plan with a waived
// finding, one with an agreement error and one that breaks the schema: every
// state a report must show.
func sample(t *testing.T) check.Report {
	t.Helper()
	t.Chdir("../..")
	c, err := check.New(context.Background(), check.Options{Engines: &engines})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := c.Files(context.Background(), []string{
		"testdata/basis.yaml",
		"testdata/plans/aanbod-laat-besproken.yaml",
		"testdata/afwijking-toegepast.yaml",
		"testdata/plans/deelnemers-mandaat.yaml",
		"testdata/plans/schema-type.yaml",
	})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func render(t *testing.T, rep check.Report, f report.Format, opts report.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Write(&b, f, rep, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", "report", name), got, *update, "go test ./internal/report/ -update")
}

func TestSARIF(t *testing.T) {
	rep := sample(t)
	out := render(t, rep, report.SARIF, report.Options{Lang: finding.NL})
	golden(t, "sarif.json", out)
	validateSARIF(t, out)

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []map[string]any `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID       string            `json:"ruleId"`
				Level        string            `json:"level"`
				Fingerprints map[string]string `json:"partialFingerprints"`
				Suppressions []any             `json:"suppressions"`
				Locations    []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(rep.Rules) {
		t.Errorf("driver has %d rules, catalogue %d", len(run.Tool.Driver.Rules), len(rep.Rules))
	}
	for _, r := range run.Tool.Driver.Rules {
		for _, k := range []string{"id", "shortDescription", "fullDescription", "help", "helpUri"} {
			if r[k] == nil {
				t.Errorf("rule %v lacks %s (GitHub requires it)", r["id"], k)
			}
		}
	}
	seen := map[string]bool{}
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		if loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 || !strings.HasPrefix(loc.ArtifactLocation.URI, "testdata/") {
			t.Errorf("%s: location %+v", r.RuleID, loc)
		}
		fp := r.Fingerprints["ggzcheck/v1"]
		if fp == "" || seen[fp] {
			t.Errorf("%s: fingerprint %q missing or not unique", r.RuleID, fp)
		}
		seen[fp] = true
		if r.RuleID == "zorgvorm-operationalisatie" && len(r.Suppressions) != 1 {
			t.Error("the waived finding is not suppressed")
		}
	}

	verbose := render(t, rep, report.SARIF, report.Options{Lang: finding.NL, Verbose: true})
	validateSARIF(t, verbose)
	if !strings.Contains(verbose, `"kind": "pass"`) || !strings.Contains(verbose, `"kind": "notApplicable"`) {
		t.Error("verbose SARIF does not report passes and skipped rules")
	}
}

// TestSARIFValidationCanFail keeps the schema check honest.
func TestSARIFValidationCanFail(t *testing.T) {
	t.Chdir("../..")
	for _, bad := range []string{
		`{"version": "2.1.0"}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fataal"}]}]}`,
	} {
		if sarifErr(t, bad) == nil {
			t.Errorf("invalid SARIF passed the schema: %s", bad)
		}
	}
}

// validateSARIF checks out against the OASIS SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, out string) {
	t.Helper()
	if err := sarifErr(t, out); err != nil {
		t.Errorf("SARIF does not match the 2.1.0 schema: %#v", err)
	}
}

func sarifErr(t *testing.T, out string) error {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft4
	c.AssertFormat = true
	src, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, src); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return schema.Validate(v)
}

func TestGitHub(t *testing.T) {
	rep := sample(t)
	out := render(t, rep, report.GitHub, report.Options{Lang: finding.NL})
	golden(t, "github.txt", out)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "::") && !strings.HasPrefix(line, "::error file=") &&
			!strings.HasPrefix(line, "::warning file=") && !strings.HasPrefix(line, "::notice file=") {
			t.Errorf("not a workflow command: %s", line)
		}
	}
}

// TestGitHubEscaping checks the escaping the Actions runner expects: % in
// the message, and also : and , in properties. A newline from a plan is
// shown as \n by the sanitizer before that escaping; the one ggzcheck puts
// between a waived message and its motivation is escaped as %0A.
func TestGitHubEscaping(t *testing.T) {
	rep := check.Report{Results: []check.Result{{
		File:              "regions/a,b:c.yaml",
		PoliciesEvaluated: true,
		Findings: []finding.Finding{{
			Rule: "x", Severity: finding.Error, File: "regions/a,b:c.yaml", Line: 3, Column: 7,
			Message: finding.Text{NL: "50% klaar,\nnog: veel"}, Source: "bron",
		}},
	}}}
	out := render(t, rep, report.GitHub, report.Options{Lang: finding.NL})
	want := "::error file=regions/a%2Cb%3Ac.yaml,line=3,col=7,title=x::50%25 klaar,\\nnog: veel [bron]\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("got  %q\nwant %q", out, want)
	}

	rep.Results[0].Findings[0].Waiver = &finding.Waiver{Motivation: "100%", Until: "2026-12-31"}
	out = render(t, rep, report.GitHub, report.Options{Lang: finding.NL})
	want = "::notice file=regions/a%2Cb%3Ac.yaml,line=3,col=7,title=x::afgeweken: 50%25 klaar,\\nnog: veel%0Aafwijking: 100%25 (geldig tot 2026-12-31) [bron]\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("got  %q\nwant %q", out, want)
	}
}

func TestMarkdown(t *testing.T) {
	rep := sample(t)
	golden(t, "markdown.md", render(t, rep, report.Markdown, report.Options{Lang: finding.NL}))
	golden(t, "markdown-verbose.md", render(t, rep, report.Markdown, report.Options{Lang: finding.NL, Verbose: true}))
	linked := render(t, rep, report.Markdown, report.Options{Lang: finding.NL, LinkBase: "https://github.com/org/repo/blob/abc/"})
	if !strings.Contains(linked, "(https://github.com/org/repo/blob/abc/testdata/plans/deelnemers-mandaat.yaml#L25)") {
		t.Error("findings do not link to their line")
	}
}

// TestMarkdownEscapesPlanText checks that text from a plan cannot inject
// HTML or Markdown into a pull request comment.
func TestMarkdownEscapesPlanText(t *testing.T) {
	rep := check.Report{Results: []check.Result{{
		File: "p.yaml", Region: "<script>alert(1)</script> | **x**", Year: 2026, PoliciesEvaluated: true,
		Findings: []finding.Finding{{Rule: "x", Severity: finding.Error, File: "p.yaml", Line: 1, Column: 1,
			Message: finding.Text{NL: "[klik](javascript:alert(1)) <img src=x>"}, Source: "s"}},
	}}}
	out := render(t, rep, report.Markdown, report.Options{Lang: finding.NL})
	for _, bad := range []string{"<script>", "<img", "[klik](javascript", "| **x**"} {
		if strings.Contains(out, bad) {
			t.Errorf("plan text %q reached the Markdown unescaped:\n%s", bad, out)
		}
	}
}

func TestJUnit(t *testing.T) {
	rep := sample(t)
	out := render(t, rep, report.JUnit, report.Options{Lang: finding.NL})
	golden(t, "junit.xml", out)
	validateJUnit(t, out, true)
	if !strings.Contains(out, `<testsuite name="testdata/plans/schema-type.yaml"`) || !strings.Contains(out, "<skipped>") ||
		!strings.Contains(out, `<failure type="deelnemers-mandaat"`) {
		t.Error("JUnit lacks a suite per plan, a skipped rule or a failure")
	}
	// The validation must be able to fail.
	if need.Optional(t, "libxml2-utils", "xmllint") != "" {
		validateJUnit(t, `<?xml version="1.0"?><testsuites><testsuite tests="1"><testcase/></testsuite></testsuites>`, false)
	}
}

// validateJUnit checks out against the Jenkins JUnit XSD with xmllint.
// Without xmllint the test is skipped, and says so, or fails in CI;
// .ci/run installs it.
func validateJUnit(t *testing.T, out string, wantValid bool) {
	t.Helper()
	lint := need.Program(t, "libxml2-utils", "xmllint")
	if lint == "" {
		return
	}
	file := filepath.Join(t.TempDir(), "junit.xml")
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	msg, err := exec.Command(lint, "--noout", "--schema", "testdata/junit.xsd", file).CombinedOutput()
	if (err == nil) != wantValid {
		t.Errorf("xmllint: valid=%v, want %v:\n%s", err == nil, wantValid, msg)
	}
}

// TestTextExcerptsOfOneLongLine: a plan of one long line with hundreds of
// findings on it is measured once, not once per finding (this took 8 s).
func TestTextExcerptsOfOneLongLine(t *testing.T) {
	line := strings.Repeat("é", 1<<20)
	res := check.Result{File: "lang.yaml", Source: []byte("a: 1\n" + line + "\n")}
	for i := range 500 {
		res.Findings = append(res.Findings, finding.Finding{Rule: "schema-onbekende-sleutel", Severity: finding.Error, File: "lang.yaml",
			Line: 2, Column: 1 + i*2000, Message: finding.Text{NL: "x", EN: "x"}})
	}
	var out bytes.Buffer
	start := time.Now()
	if err := report.Write(&out, report.Text, check.Report{Results: []check.Result{res}}, report.Options{}); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > timebudget.Scaled(2*time.Second) {
		t.Errorf("took %s", took)
	}
	if !strings.Contains(out.String(), "        | "+strings.Repeat(" ", 60)+"^") {
		t.Error("no caret under the column of a finding far into the line")
	}
}

// TestSARIFRelativeToRepository: code scanning places an alert by its path
// from the repository root, wherever ggzcheck ran and however a plan was
// named; a file outside the repository keeps its absolute place.
func TestSARIFRelativeToRepository(t *testing.T) {
	root := filepath.FromSlash("/werk/regio-repo")
	for _, tc := range []struct {
		name, dir, file, wantURI, wantBase string
	}{
		{"from the root", root, "regions/zilverduin/2026.yaml", "regions/zilverduin/2026.yaml", "%SRCROOT%"},
		{"from a subdirectory", filepath.Join(root, "regions"), "zilverduin/2026.yaml", "regions/zilverduin/2026.yaml", "%SRCROOT%"},
		{"with dots", filepath.Join(root, "regions", "zilverduin"), "../lindeveld/./2026.yaml", "regions/lindeveld/2026.yaml", "%SRCROOT%"},
		{"absolute, inside", filepath.Join(root, "regions"), filepath.Join(root, "regions", "a b.yaml"), "regions/a%20b.yaml", "%SRCROOT%"},
		{"outside the repository", filepath.Join(root, "regions"), "../../elders/2026.yaml", "file:///werk/elders/2026.yaml", ""},
		{"a name that looks like a scheme", root, "javascript:x.yaml", "javascript%3Ax.yaml", "%SRCROOT%"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := check.Report{Results: []check.Result{{File: tc.file, SHA256: strings.Repeat("a", 64), PoliciesEvaluated: true,
				Findings: []finding.Finding{{Rule: "x", Severity: finding.Error, File: tc.file, Line: 2, Column: 3, Message: finding.Text{NL: "m"}}}}}}
			out := render(t, rep, report.SARIF, report.Options{Lang: finding.NL, Dir: tc.dir, Root: root, LinkBase: "https://github.com/o/r/blob/abc/"})
			var log struct {
				Runs []struct {
					Bases     map[string]struct{ URI string } `json:"originalUriBaseIds"`
					Artifacts []struct {
						Location struct{ URI, URIBaseID string } `json:"location"`
					} `json:"artifacts"`
					Results []struct {
						Locations []struct {
							PhysicalLocation struct {
								ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
							} `json:"physicalLocation"`
						} `json:"locations"`
					} `json:"results"`
				} `json:"runs"`
			}
			if err := json.Unmarshal([]byte(out), &log); err != nil {
				t.Fatal(err)
			}
			run := log.Runs[0]
			got := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation
			if filepath.Separator == '/' && (got.URI != tc.wantURI || got.URIBaseID != tc.wantBase) {
				t.Errorf("location %s (base %q), want %s (base %q)", got.URI, got.URIBaseID, tc.wantURI, tc.wantBase)
			}
			if a := run.Artifacts[0].Location; a.URI != got.URI || a.URIBaseID != got.URIBaseID {
				t.Errorf("artifact %+v differs from the location %+v", a, got)
			}
			if run.Bases["%SRCROOT%"].URI != "https://github.com/o/r/blob/abc/" {
				t.Errorf("originalUriBaseIds: %+v", run.Bases)
			}
			t.Chdir("../..")
			validateSARIF(t, out)
		})
	}
}

// TestGitHubLinks: links go to the repository and the run only when the
// environment looks like GitHub's own; no value can make a link elsewhere.
func TestGitHubLinks(t *testing.T) {
	for _, tc := range []struct {
		name              string
		env               map[string]string
		wantBase, wantRun string
	}{
		{"actions", map[string]string{"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "org/plannen", "GITHUB_SHA": "abc123", "GITHUB_RUN_ID": "42"},
			"https://github.com/org/plannen/blob/abc123/", "https://github.com/org/plannen/actions/runs/42"},
		{"no run id", map[string]string{"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "org/plannen", "GITHUB_SHA": "abc123"},
			"https://github.com/org/plannen/blob/abc123/", ""},
		{"outside actions", map[string]string{}, "", ""},
		{"not https", map[string]string{"GITHUB_SERVER_URL": "javascript:alert(1)//", "GITHUB_REPOSITORY": "o/r", "GITHUB_SHA": "a", "GITHUB_RUN_ID": "1"}, "", ""},
		{"markup in the repository", map[string]string{"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r) [x](http://e", "GITHUB_SHA": "a", "GITHUB_RUN_ID": "1"}, "", ""},
		{"a path in the commit", map[string]string{"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r", "GITHUB_SHA": "../../x", "GITHUB_RUN_ID": "1 "},
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base, run := report.GitHubLinks(func(k string) string { return tc.env[k] })
			if base != tc.wantBase || run != tc.wantRun {
				t.Errorf("got %q, %q; want %q, %q", base, run, tc.wantBase, tc.wantRun)
			}
		})
	}
}
