package ggzcheck_test

import (
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
	"gopkg.in/yaml.v3"
)

// TestWorkflowLints runs actionlint over the PR gate workflow.
func TestWorkflowLints(t *testing.T) {
	linter, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := linter.LintFile(".github/workflows/ggzcheck.yml", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("%s:%d:%d: %s [%s]", e.Filepath, e.Line, e.Column, e.Message, e.Kind)
	}
	// actionlint must be able to fail.
	bad, _ := linter.Lint("bad.yml", []byte("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n"), nil)
	if len(bad) == 0 {
		t.Error("actionlint accepted a broken workflow")
	}
}

// TestWorkflowRunsTheGate checks that the workflow does what the gate needs:
// run ggzcheck on regions/, upload SARIF, write the summary, fail on errors.
func TestWorkflowRunsTheGate(t *testing.T) {
	src, err := os.ReadFile(".github/workflows/ggzcheck.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"bin/ggzcheck check regions/",
		"--format sarif --out ggzcheck.sarif",
		"github/codeql-action/upload-sarif",
		`>> "$GITHUB_STEP_SUMMARY"`,
		`exit "$EXITCODE"`,
		// The gate is built from the base revision, never from the pull
		// request it judges, and no token is left in .git/config.
		"ref: ${{ github.event.pull_request.base.sha || github.sha }}",
		"go -C .ggzcheck-poort build",
		"persist-credentials: false",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("workflow lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?m)^\s*run: go build`).Match(src) {
		t.Error("the workflow builds ggzcheck from the pull request's own source")
	}
	if n := strings.Count(string(src), "persist-credentials: false"); n != strings.Count(string(src), "actions/checkout@") {
		t.Errorf("%d of %d checkouts keep the token", strings.Count(string(src), "actions/checkout@")-n, strings.Count(string(src), "actions/checkout@"))
	}
}

func TestPreCommitHook(t *testing.T) {
	src, err := os.ReadFile(".pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID, Entry, Language, Files string
	}
	if err := yaml.Unmarshal(src, &hooks); err != nil || len(hooks) != 1 {
		t.Fatalf("%v: %+v", err, hooks)
	}
	h := hooks[0]
	if h.ID != "ggzcheck" || h.Entry != "ggzcheck check" || h.Language != "golang" {
		t.Errorf("hook %+v", h)
	}
	files := regexp.MustCompile(h.Files)
	if !files.MatchString("regions/zilverduin/2026.yaml") || files.MatchString("README.md") {
		t.Errorf("files pattern %q", h.Files)
	}
}
