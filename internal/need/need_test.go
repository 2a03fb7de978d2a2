package need

import (
	"fmt"
	"strings"
	"testing"
)

// recorder stands in for a test, to see what Program does to it.
type recorder struct {
	testing.TB
	failed, skipped string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Fatalf(f string, a ...any) { r.failed = fmt.Sprintf(f, a...) }
func (r *recorder) Skip(a ...any)             { r.skipped = fmt.Sprint(a...) }
func (r *recorder) Logf(string, ...any)       {}

func TestMissingProgramFailsOnlyInCI(t *testing.T) {
	for _, tt := range []struct {
		ci         string
		fail, skip bool
	}{
		{"true", true, false},
		{"1", true, false},
		{"yes", true, false},
		{"", false, true},
		{"false", false, true},
		{"0", false, true},
	} {
		t.Setenv("CI", tt.ci)
		r := &recorder{TB: t}
		if got := Program(r, "pakket-dat-niet-bestaat", "ggzcheck-programma-dat-niet-bestaat"); got != "" {
			t.Fatalf("found %q", got)
		}
		optional := &recorder{TB: t}
		Optional(optional, "pakket-dat-niet-bestaat", "ggzcheck-programma-dat-niet-bestaat")
		if (optional.failed != "") != tt.fail || optional.skipped != "" {
			t.Errorf("Optional with CI=%q: failed %q, skipped %q", tt.ci, optional.failed, optional.skipped)
		}
		if (r.failed != "") != tt.fail || (r.skipped != "") != tt.skip {
			t.Errorf("CI=%q: failed %q, skipped %q", tt.ci, r.failed, r.skipped)
		}
		for _, msg := range []string{r.failed, r.skipped} {
			if msg != "" && !strings.Contains(msg, "apt-get install pakket-dat-niet-bestaat") {
				t.Errorf("CI=%q: %q does not say what to install", tt.ci, msg)
			}
		}
	}
}

func TestPresentProgramIsFound(t *testing.T) {
	t.Setenv("CI", "true")
	r := &recorder{TB: t}
	if got := Program(r, "coreutils", "ggzcheck-programma-dat-niet-bestaat", "ls"); got == "" || r.failed != "" || r.skipped != "" {
		t.Errorf("ls: %q, failed %q, skipped %q", got, r.failed, r.skipped)
	}
}
