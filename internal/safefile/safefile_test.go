package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestReadBoundsTheBytes(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plan.yaml")
	if err := os.WriteFile(file, []byte("0123456789"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		limit   int64
		wantErr bool
	}{{10, false}, {11, false}, {9, true}, {0, true}} {
		data, err := Read(file, tc.limit)
		var tooLarge *TooLargeError
		if got := errors.As(err, &tooLarge); got != tc.wantErr {
			t.Errorf("limit %d: err %v, want too large %v", tc.limit, err, tc.wantErr)
		}
		if !tc.wantErr && string(data) != "0123456789" {
			t.Errorf("limit %d: read %q", tc.limit, data)
		}
	}
	prefix, err := ReadPrefix(file, 4)
	if err != nil || string(prefix) != "0123" {
		t.Errorf("ReadPrefix: %q, %v", prefix, err)
	}
}

// Files under /proc claim to be empty and yet go on; the limit still holds.
func TestReadIgnoresTheSizeAFileClaims(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc")
	}
	if _, err := Read("/proc/self/status", 16); err == nil {
		t.Fatal("read /proc/self/status whole with a 16-byte limit")
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{1 << 30: "1 GiB", 4 << 20: "4 MiB", 512 << 10: "512 KiB", 1000: "1000 bytes"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
