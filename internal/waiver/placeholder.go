package waiver

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placeholders tells text that leaves a field open ("n.v.t.", "PM", "-")
// from content, as lib.plaatshouder does in the policies and from the same
// data: 'plaatshouders' in policies/gegevens.yaml, after --config. A test
// keeps the two in step.
type Placeholders struct {
	min     int             // fewer letters and digits than this is no content
	kernels map[string]bool // the placeholders as kernel
	maxLen  int             // a longer text is never a placeholder
}

// NewPlaceholders reads the 'plaatshouders' object of the policy data.
func NewPlaceholders(data map[string]any) Placeholders {
	p := Placeholders{kernels: map[string]bool{}}
	m, _ := data["plaatshouders"].(map[string]any)
	if n, ok := m["minimaal_tekens"].(float64); ok {
		p.min = int(n)
	}
	longest := p.min
	texts, _ := m["teksten"].([]any)
	for _, t := range texts {
		if s, ok := t.(string); ok {
			p.kernels[kernel(s)] = true
			longest = max(longest, utf8.RuneCountInString(s))
		}
	}
	p.maxLen = 2*longest + 10
	return p
}

// Match reports whether text is a placeholder rather than content.
func (p Placeholders) Match(text string) bool {
	if utf8.RuneCountInString(text) > p.maxLen {
		return false
	}
	k := kernel(text)
	return p.kernels[k] || utf8.RuneCountInString(k) < p.min
}

// kernel is the letters and digits of text, in lower case: 'N.v.t.', 'nvt'
// and 'n v t' are one placeholder.
func kernel(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return -1
	}, strings.ToLower(text))
}
