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
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("workflow lacks %q", want)
		}
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
