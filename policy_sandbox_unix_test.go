//go:build unix

package ggzcheck_test

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestPolicyFIFODoesNotHang checks that a FIFO named like a policy file ends
// the run with exit 2 at once; reading it used to wait forever.
func TestPolicyFIFODoesNotHang(t *testing.T) {
	// Not parallel: it measures its own time.
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "x.rego"), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan run, 1)
	go func() { done <- ggzcheck(t, runOptions{}, "check", "--policy", dir, "testdata/basis.yaml") }()
	select {
	case r := <-done:
		want := filepath.ToSlash(dir) + "/x.rego is geen gewoon bestand maar een named pipe (FIFO)"
		if r.code != 2 || !strings.Contains(r.stderr, want) {
			t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, want)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("a FIFO in --policy hangs the run")
	}
}
