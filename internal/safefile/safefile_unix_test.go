//go:build unix

package safefile

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestReadRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "plan.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fifo, "/dev/null", "/dev/zero", dir} {
		t.Run(path, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { _, err := Read(path, 1<<20); done <- err }()
			select {
			case err := <-done:
				if !IsNotRegular(err) {
					t.Fatalf("got %v, want a NotRegularError", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("blocked: a FIFO without a writer must not hang the read")
			}
		})
	}
}
