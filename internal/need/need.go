// Package need finds the programs a test needs besides Go (git, xmllint,
// Chromium), and decides what a missing one means. On a developer's machine
// the test is skipped and says what to install; in CI (the CI variable set,
// as GitHub Actions and most CI systems do) it fails, so that a green CI run
// never hides a test that did not run.
package need

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Strict says whether a missing program fails a test: when CI is set to
// anything but "", "0" or "false".
func Strict() bool {
	ci := strings.ToLower(strings.TrimSpace(os.Getenv("CI")))
	return ci != "" && ci != "0" && ci != "false"
}

// Program returns the path of the first of names found on PATH. When none
// is, it fails t in CI and skips it elsewhere, naming the Debian package
// that provides it; in both cases it returns "".
func Program(t testing.TB, debianPackage string, names ...string) string {
	t.Helper()
	p := Optional(t, debianPackage, names...)
	if p == "" && !Strict() {
		t.Skip(missing(debianPackage, names) + "; this test did not run")
	}
	return p
}

// Optional is Program for a test that can do part of its work without the
// program: outside CI a missing one returns "" and is logged, not skipped.
func Optional(t testing.TB, debianPackage string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if Strict() {
		t.Fatalf("%s; CI is set, so the test may not leave it out (.ci/run installs it)", missing(debianPackage, names))
	} else {
		t.Logf("%s; part of this test did not run", missing(debianPackage, names))
	}
	return ""
}

func missing(debianPackage string, names []string) string {
	return strings.Join(names, " or ") + " is not installed (Debian: apt-get install " + debianPackage + ")"
}
