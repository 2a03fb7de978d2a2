//go:build unix

package policy_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestAFIFOIsRefusedWithoutHanging checks that a FIFO named like a policy
// file is refused at once; reading it would wait for a writer forever.
func TestAFIFOIsRefusedWithoutHanging(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "x.rego"), 0o600); err != nil {
		t.Fatal(err)
	}
	b := embedded(t)
	done := make(chan error, 1)
	go func() { done <- b.AddDir(dir) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), filepath.ToSlash(dir)+"/x.rego is geen gewoon bestand maar een named pipe (FIFO)") {
			t.Fatalf("got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO in --policy hangs")
	}
}

// TestSymlinksStayInsideThePolicyDirectory checks that a link to a policy
// file inside the directory is followed, and one that leads outside it, to
// any file on the machine, is refused.
func TestSymlinksStayInsideThePolicyDirectory(t *testing.T) {
	outside := writeDir(t, map[string]string{"geheim.rego": "package eigen.geheim\nx := 1\n"})
	dir := writeDir(t, map[string]string{"echt/x.rego.txt": "package eigen.x\n" + meta("eigen-x") + "overtreding contains 1 if false\n"})
	if err := os.Symlink("echt/x.rego.txt", filepath.Join(dir, "x.rego")); err != nil {
		t.Fatal(err)
	}
	e, err := withUser(t, dir)
	if err != nil {
		t.Fatalf("a link inside the directory: %v", err)
	}
	if files := e.UserFiles(); len(files) != 1 || files[0].Path != filepath.ToSlash(dir)+"/x.rego" {
		t.Errorf("UserFiles = %+v", files)
	}

	for _, target := range []string{filepath.Join(outside, "geheim.rego"), "/etc/passwd", "../" + filepath.Base(outside) + "/geheim.rego"} {
		link := t.TempDir()
		if err := os.Symlink(target, filepath.Join(link, "x.rego")); err != nil {
			t.Fatal(err)
		}
		_, err := withUser(t, link)
		if err == nil || !strings.Contains(err.Error(), filepath.ToSlash(link)+"/x.rego is een symbolische koppeling naar") {
			t.Errorf("link to %s: got %v", target, err)
		}
	}

	// A linked directory inside is not walked, as before; one to outside neither.
	linkedDir := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(linkedDir, "buiten")); err != nil {
		t.Fatal(err)
	}
	if _, err := withUser(t, linkedDir); err == nil || !strings.Contains(err.Error(), "geen beleidsregels (.rego) gevonden") {
		t.Errorf("linked directory: got %v", err)
	}
}
