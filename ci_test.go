package ggzcheck_test

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
)

// TestWorkflowLints runs actionlint over every workflow.
func TestWorkflowLints(t *testing.T) {
	linter, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	workflows, err := filepath.Glob(".github/workflows/*.y*ml")
	if err != nil || len(workflows) < 2 {
		t.Fatalf("workflows %v: %v", workflows, err)
	}
	errs, err := linter.LintFiles(workflows, nil)
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
// run the action on regions/ with the permissions for SARIF, and judge the
// pull request with the action and the code of the base revision.
func TestWorkflowRunsTheGate(t *testing.T) {
	src, err := os.ReadFile(".github/workflows/ggzcheck.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"actions: read",
		"security-events: write",
		"paths: regions/",
		// The gate is built from the base revision, never from the pull
		// request it judges: the action and its script come from there too,
		// and no token is left in .git/config.
		"ref: ${{ github.event.pull_request.base.sha || github.sha }}",
		"uses: ./.ggzcheck-poort",
		"source: .ggzcheck-poort",
		"persist-credentials: false",
		"fetch-depth: 0",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("workflow lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?m)^\s*(- )?uses: \./\s*$`).Match(src) {
		t.Error("the workflow runs the action from the pull request's own checkout")
	}
	if regexp.MustCompile(`(?m)^\s*run: .*go (build|install|run)`).Match(src) {
		t.Error("the workflow builds ggzcheck from the pull request's own source")
	}
	if n := strings.Count(string(src), "persist-credentials: false"); n != strings.Count(string(src), "actions/checkout@") {
		t.Errorf("%d of %d checkouts keep the token", strings.Count(string(src), "actions/checkout@")-n, strings.Count(string(src), "actions/checkout@"))
	}
}
