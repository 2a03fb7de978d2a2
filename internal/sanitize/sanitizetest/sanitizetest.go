// Package sanitizetest holds the hostile text and the checks that the tests of
// every renderer (report, national, diff) share: what a hostile contributor
// puts in a plan, and what must never reach a report for people.
package sanitizetest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// Hostile carries every kind of character a hostile plan uses against a
// report: a newline followed by a GitHub Actions workflow command, an ANSI
// colour sequence (ESC), BEL, bidi overrides and isolates, a line separator,
// NEL, a zero-width space, a carriage return before the legacy "##[" command
// prefix, and invalid UTF-8.
const Hostile = "Kliniek\n::error file=x,line=1::pwned \x1b[31mrood\x1b[0m \a bel " +
	"\u202eesrever\u202c \u2066isolaat\u2069 \u2028regel\u0085volgende \u200bnul \r##[error]oud \xff einde"

// Files are hostile file names: a newline followed by a command, names that
// start a command at the start of a line (also after a space), a name that
// is a javascript: URL when used as a relative link, and one with the
// characters that break a Markdown link.
var Files = []string{
	"regions/a\n::error file=x,line=1::pwned.yaml",
	"::warning::x.yaml",
	" ::notice::y.yaml",
	"javascript:alert(1).yaml",
	"regions/(a) <b>#c%d\u202e.yaml",
}

// Huge is a plan value far longer than any cap (100 kB; the caps work the
// same for 3 MB, but the tests stay fast under -race), which no report for
// people may show whole.
var Huge = strings.Repeat("lang ", 20_000)

// MaxLine is the longest line a report for people may have: a message at
// its cap with generous room for markup and a file name around it.
const MaxLine = 4 * sanitize.MaxMessage

// Human fails t when out, the output of a format for people, lets through
// invalid UTF-8, a raw control, bidi, invisible or line-separator character
// (other than the newlines between lines and the emoji presentation selector
// U+FE0F that ggzcheck's own icons use), the legacy command prefix "##[", a
// line longer than MaxLine, or a line the GitHub Actions runner would run as
// a workflow command. own reports whether such a line is one ggzcheck wrote
// on purpose (only the github format has them); nil allows none.
func Human(t testing.TB, format, out string, own func(line string) bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: output is not valid UTF-8", format)
	}
	reported := map[rune]bool{}
	for _, r := range out {
		// An oracle of its own, not sanitize.Hidden, so that a gap there
		// cannot hide itself.
		if r != '\n' && r != '\uFE0F' && (unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)) && !reported[r] {
			reported[r] = true
			t.Errorf("%s: raw %U in the output", format, r)
		}
	}
	if strings.Contains(out, "##[") {
		t.Errorf("%s: the legacy workflow command prefix ##[ reached the output", format)
	}
	bad := 0
	for i, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > MaxLine {
			t.Errorf("%s: line %d has %d characters; the cap is %d", format, i+1, n, MaxLine)
			bad++
		}
		if Command(line) && (own == nil || !own(line)) {
			t.Errorf("%s: line %d is a workflow command: %.200q", format, i+1, line)
			bad++
		}
		if bad >= 5 {
			t.Errorf("%s: more lines like these not reported", format)
			return
		}
	}
}

// Command reports whether the GitHub Actions runner reads line as a workflow
// command: "::" after leading white space, which the runner trims. It is
// written apart from sanitize.StartsCommand on purpose, as an oracle.
func Command(line string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(line, unicode.IsSpace), "::")
}
