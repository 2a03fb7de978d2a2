// Package golden compares test output with a file kept in testdata, and
// rewrites that file when the test runs with -update.
package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// Check fails t when got differs from the file at path; with update it
// writes got there instead. rerun is the command that updates, for the
// failure message.
func Check(t testing.TB, path, got string, update bool, rerun string) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run '%s' to create it)", err, rerun)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run '%s' to accept):\n--- got\n%s\n--- want\n%s", path, rerun, got, want)
	}
}
