// Package golden compares test output with a file kept in testdata, and
// rewrites that file when the test runs with -update.
package golden

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// What a report's provenance says that changes between commits and
// machines, not with the behaviour a golden file pins down: the digest of
// the policies (it changes with every rule), plan digests with it, git
// commits, and whether the working tree has local changes. Tests of the
// provenance itself check those values directly.
var (
	sha256Hex = regexp.MustCompile(`\b[0-9a-f]{64}\b`)
	commitHex = regexp.MustCompile(`\b[0-9a-f]{40}\b`)
	// A CSV field quotes a commit only for the comma of its local changes.
	csvModified = regexp.MustCompile(`"(<commit>), (?:met lokale wijzigingen|with local changes)"`)
	modified    = strings.NewReplacer(
		`"modified": true`, `"modified": false`,
		", met lokale wijzigingen", "", ", with local changes", "")
)

// Stable replaces what varies between commits and machines in got.
func Stable(got string) string {
	got = sha256Hex.ReplaceAllString(got, "<sha256>")
	got = commitHex.ReplaceAllString(got, "<commit>")
	got = csvModified.ReplaceAllString(got, "$1")
	return modified.Replace(got)
}

// Check fails t when got (made Stable) differs from the file at path; with
// update it writes got there instead. rerun is the command that updates, for the
// failure message.
func Check(t testing.TB, path, got string, update bool, rerun string) {
	t.Helper()
	got = Stable(got)
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
