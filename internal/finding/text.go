package finding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// UpperFirst capitalises the first letter of s, to start a sentence.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// LowerFirst lowercases the first letter of s, as a sentence continues after
// a colon in Dutch and English, unless the first word is an abbreviation.
func LowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// Closest returns the candidate nearest to s by edit distance, when it is
// near enough to be a likely typo; "" otherwise.
func Closest(s string, candidates []string) string {
	best, bestDist := "", len(s)/3+1
	if bestDist > 3 {
		bestDist = 3
	}
	for _, c := range candidates {
		if d := distance(s, c); d <= bestDist && (best == "" || d < distance(s, best)) {
			best = c
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, counted in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// maxQuoted is how many characters of a value a message quotes: enough to
// recognise it, and no message quotes a whole page of text.
const maxQuoted = 60

// Shorten prepares a value from a plan for quoting in a message: cut to 60
// characters with "…" after, and line breaks shown as "↵", so that every
// message stays one readable line however long the value is.
func Shorten(s string) string {
	var b strings.Builder
	n := 0
	for i, r := range s {
		if n == maxQuoted {
			b.WriteString("…")
			break
		}
		switch r {
		case '\n', '\r', '\u0085', '\u2028', '\u2029':
			if r == '\r' && strings.HasPrefix(s[i+1:], "\n") {
				continue // CRLF is one break
			}
			r = '↵'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
