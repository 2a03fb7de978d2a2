package finding

import (
	"unicode"
	"unicode/utf8"
)

// LowerFirst lowercases the first letter of s, as a sentence continues after
// a colon in Dutch and English, unless the first word is an abbreviation.
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
