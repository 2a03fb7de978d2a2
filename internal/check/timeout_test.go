package check_test

import (
	"context"
	"fmt"
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
	rule := `package eigen.traag
# METADATA
# title: Traag
# custom:
#   id: eigen-traag
#   severity: error
#   source: test
#   title_en: Slow
overtreding contains v if {
	count([n | some n in numbers.range(1, 1000000000)]) > 0
	v := {"regel": "eigen-traag", "pad": "", "nl": "x", "en": "x"}
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

// TestSlowPolicyCompilationEndsWithAClearError checks that a user's policy
// that keeps OPA's compiler busy ends the run at the compile deadline.
func TestSlowPolicyCompilationEndsWithAClearError(t *testing.T) {
	dir := t.TempDir()
	// Within every bound on size and shape, and slow all the same: each rule
	// depends on the one before.
	var chain strings.Builder
	chain.WriteString("package eigen.keten\nr0 := 0\n")
	for i := 1; i < 499; i++ {
		fmt.Fprintf(&chain, "r%d := r%d + 1\n", i, i-1)
	}
	if err := os.WriteFile(filepath.Join(dir, "keten.rego"), []byte(chain.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err := check.New(context.Background(), check.Options{PolicyDirs: []string{dir}, CompileTimeout: 20 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "de beleidsregels compileren duurde langer dan 20ms") {
		t.Fatalf("got %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %s after a 20ms deadline", took)
	}
}
