package ggzcheck_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSARIFFromASubdirectory: run from inside regions/ of a repository,
// the SARIF still names the plan from the repository root, as code scanning
// needs it.
func TestSARIFFromASubdirectory(t *testing.T) {
	src, err := os.ReadFile("testdata/basis.yaml")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	plan := filepath.Join(repo, "regions", "testregio", "2026.yaml")
	for _, d := range []string{filepath.Join(repo, ".git"), filepath.Dir(plan)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(plan, src, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(repo, "regions"))
	r := ggzcheck(t, runOptions{}, "check", "--format", "sarif", filepath.Join("testregio", "2026.yaml"))
	if r.code != 0 || !strings.Contains(r.stdout, `"uri": "regions/testregio/2026.yaml",`+"\n"+`            "uriBaseId": "%SRCROOT%"`) {
		t.Errorf("exit %d, %s\n%.3000s", r.code, r.stderr, r.stdout[strings.Index(r.stdout, `"artifacts"`):])
	}
	if !strings.Contains(r.stdout, `"originalUriBaseIds": {`) {
		t.Error("%SRCROOT% is not declared")
	}
}
