package check

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/2026.yaml", "a/2026.yml", "a/notities.txt", ".git/x.yaml", "a/.verborgen/y.yaml", "c.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Collect([]string{dir, filepath.Join(dir, "c.txt"), filepath.Join(dir, "b", "2026.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, "a", "2026.yml"),
		filepath.Join(dir, "b", "2026.yaml"), // named twice, listed once
		filepath.Join(dir, "c.txt"),          // named explicitly, so checked
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Collect = %v\nwant %v", got, want)
	}

	_, err = Collect([]string{filepath.Join(dir, "a", ".verborgen")})
	if err != nil {
		t.Errorf("a hidden directory named explicitly is searched: %v", err)
	}
	_, err = Collect([]string{filepath.Join(dir, ".git", "..", "a", "notities.txt", "x")})
	var pe *PathError
	if !errors.As(err, &pe) {
		t.Errorf("want a PathError, got %v", err)
	}
	empty := t.TempDir()
	if _, err := Collect([]string{empty}); !errors.Is(err, errNoPlans) {
		t.Errorf("empty directory: %v", err)
	}
	if _, err := Collect([]string{filepath.Join(dir, "nee")}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing path: %v", err)
	}
}
