package plan

import (
	"regexp"
	"testing"
)

// TestPlainNumber holds the hand-written reader to the grammar it replaced:
// every string of up to five characters from the ones a number is made of,
// and some longer ones.
func TestPlainNumber(t *testing.T) {
	grammar := regexp.MustCompile(`^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)
	check := func(s string) {
		if got, want := plainNumber(s), grammar.MatchString(s); got != want {
			t.Errorf("plainNumber(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"", "0", "-0", "+1", "10", "010", "1.5", "1.", ".5", "1e3", "1E+3", "1e", "1e-", "2.50e-12", "0x1F", "1_000", ".inf", "12a", " 1", "1 ", "123456789012345678901234567890", "2025-03-10"} {
		check(s)
	}
	alphabet := []byte("01-+.eE9x")
	var walk func(prefix []byte)
	walk = func(prefix []byte) {
		check(string(prefix))
		if len(prefix) == 5 {
			return
		}
		for _, c := range alphabet {
			walk(append(prefix, c))
		}
	}
	walk(nil)
}
