package check_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/check"
)

// TestRunawayPolicyEndsWithAClearError checks that a user's policy that would
// run for minutes ends the check at the deadline with a clear error.
func TestRunawayPolicyEndsWithAClearError(t *testing.T) {
	dir := t.TempDir()
	rule := `package ggzcheck.afspraken.traag
# METADATA
# title: Traag
# custom:
#   id: traag
#   severity: error
#   source: test
#   title_en: Slow
overtreding contains v if {
	count([n | some n in numbers.range(1, 1000000000)]) > 0
	v := {"regel": "traag", "pad": "", "nl": "x", "en": "x"}
}
`
	if err := os.WriteFile(filepath.Join(dir, "traag.rego"), []byte(rule), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := check.New(context.Background(), check.Options{PolicyDirs: []string{dir}, EvalTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = c.Files(context.Background(), []string{"../../testdata/basis.yaml"})
	if err == nil || !strings.Contains(err.Error(), "de beleidsregels deden er langer dan 200ms over") {
		t.Fatalf("got %v", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("took %s after a 200ms deadline", took)
	}
}
