package gitbase

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestReadBlobSkipsWhatIsTooLarge: a blob over the limit is read past, not
// kept, and the next blob still comes out whole.
func TestReadBlobSkipsWhatIsTooLarge(t *testing.T) {
	big := strings.Repeat("x", 1000)
	stream := fmt.Sprintf("a blob %d\n%s\nb blob 5\nklein\n", len(big), big)
	r := bufio.NewReader(strings.NewReader(stream))
	first, err := readBlob(r, 100)
	if err != nil || first != nil {
		t.Fatalf("large blob: %q, %v; want nil, nil", first, err)
	}
	second, err := readBlob(r, 100)
	if err != nil || string(second) != "klein" {
		t.Fatalf("next blob: %q, %v", second, err)
	}
	if _, err := readBlob(bufio.NewReader(strings.NewReader("a blob -5\n")), 100); err == nil {
		t.Error("a negative size is accepted")
	}
	if _, err := readBlob(bufio.NewReader(strings.NewReader("a missing\n")), 100); err == nil {
		t.Error("a missing object is accepted")
	}
}

// TestPlanPaths: only regular files that could be plans are read from the
// base tree; links and submodules are not.
func TestPlanPaths(t *testing.T) {
	list := strings.Join([]string{
		"100644 blob 1111\tregions/a/2026.yaml",
		"100755 blob 2222\tregions/b/2026.yml",
		"120000 blob 3333\tregions/c/2026.yaml", // a symbolic link
		"160000 commit 4444\tregions/d.yaml",    // a submodule
		"100644 blob 5555\tREADME.md",
		"100644 blob 6666\tregions/met\ttab.yaml",
	}, "\x00") + "\x00"
	got := planPaths([]byte(list))
	want := []string{"regions/a/2026.yaml", "regions/b/2026.yml", "regions/met\ttab.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
