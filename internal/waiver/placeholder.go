package waiver

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placeholders tells text that leaves a field open ("n.v.t.", "PM (volgt)",
// "-") from content, as lib.plaatshouder does in the policies and from the
// same data: 'plaatshouders' in policies/gegevens.yaml, after --config. A
// test keeps the two in step.
type Placeholders struct {
	min    int            // fewer letters and digits than this is no content
	only   *regexp.Regexp // a kernel made of placeholder kernels and numbers only
	maxLen int            // a longer text is never a placeholder
}

// NewPlaceholders reads the 'plaatshouders' object of the policy data.
func NewPlaceholders(data map[string]any) Placeholders {
	p := Placeholders{}
	m, _ := data["plaatshouders"].(map[string]any)
	if n, ok := m["minimaal_tekens"].(float64); ok {
		p.min = int(n)
	}
	longest := p.min
	var kernels []string
	texts, _ := m["teksten"].([]any)
	for _, t := range texts {
		if s, ok := t.(string); ok {
			if k := regexp.QuoteMeta(kernel(s)); k != "" && !slices.Contains(kernels, k) {
				kernels = append(kernels, k)
			}
			longest = max(longest, utf8.RuneCountInString(s))
		}
	}
	// Placeholders together ('PM (volgt)') and with a number ('zie bijlage 3')
	// leave a field open as well as one alone; a number alone is a name ('65+').
	p.only = regexp.MustCompile("^[0-9]*(?:(?:" + strings.Join(kernels, "|") + ")[0-9]*)+$")
	p.maxLen = 2*longest + 10
	return p
}

// Match reports whether text is a placeholder rather than content.
func (p Placeholders) Match(text string) bool {
	if utf8.RuneCountInString(text) > p.maxLen {
		return false
	}
	k := kernel(text)
	return k == "" || p.only.MatchString(k) || utf8.RuneCountInString(k) < p.min
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
