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
	a, b := strings.Repeat("a", 40), strings.Repeat("b", 40)
	stream := fmt.Sprintf("%s blob %d\n%s\n%s blob 5\nklein\n", a, len(big), big, b)
	r := bufio.NewReader(strings.NewReader(stream))
	first, err := readBlob(r, a, 100)
	if err != nil || first != nil {
		t.Fatalf("large blob: %q, %v; want nil, nil", first, err)
	}
	second, err := readBlob(r, b, 100)
	if err != nil || string(second) != "klein" {
		t.Fatalf("next blob: %q, %v", second, err)
	}
	for _, answer := range []string{a + " blob -5\n", a + " missing\n", b + " blob 5\nklein\n"} {
		if _, err := readBlob(bufio.NewReader(strings.NewReader(answer)), a, 100); err == nil {
			t.Errorf("accepted %q when asking for %s", answer, a)
		}
	}
}

// TestPlanBlobs: only regular files that could be plans are read from the
// base tree, by object id, as the working tree names them (any case);
// links and submodules are not, and a path with a newline is just a path.
func TestPlanBlobs(t *testing.T) {
	id := func(c string) string { return strings.Repeat(c, 40) }
	list := strings.Join([]string{
		"100644 blob " + id("1") + "\tregions/a/2026.yaml",
		"100755 blob " + id("2") + "\tregions/b/2026.yml",
		"120000 blob " + id("3") + "\tregions/c/2026.yaml", // a symbolic link
		"160000 commit " + id("4") + "\tregions/d.yaml",    // a submodule
		"100644 blob " + id("5") + "\tREADME.md",
		"100644 blob " + id("6") + "\tregions/met\ttab.yaml",
		"100644 blob " + id("7") + "\tregions/e/2026.YAML",
		"100644 blob " + id("8") + "\tdocs/a\nHEAD:regions/a/2026.yaml",
		"100644 blob " + id("9") + "\tx\ny.yaml",
		"100644 blob HEAD:regions/a/2026.yaml\tregions/f/2026.yaml",
	}, "\x00") + "\x00"
	got := planBlobs([]byte(list))
	want := []blob{
		{id("1"), "regions/a/2026.yaml"}, {id("2"), "regions/b/2026.yml"}, {id("6"), "regions/met\ttab.yaml"},
		{id("7"), "regions/e/2026.YAML"}, {id("8"), "docs/a\nHEAD:regions/a/2026.yaml"}, {id("9"), "x\ny.yaml"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
