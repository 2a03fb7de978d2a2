package skeleton

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// ErrRegistered means the registry already has the region: nothing to add.
var ErrRegistered = errors.New("de regio staat al in het register")

// RegistryEntry is the entry for a region in the registry's list, at the
// given indentation, ending in a newline.
func RegistryEntry(code, name, indent string) string {
	return fmt.Sprintf("%s- code: %s\n%s  naam: %s\n", indent, code, indent, yamlString(name))
}

// plainName is a name YAML reads as itself without quotes.
var plainName = regexp.MustCompile(`^\p{L}[\p{L}\p{N}]*(?:[ -][\p{L}\p{N}]+)*$`)

func yamlString(s string) string {
	if plainName.MatchString(s) && !slices.Contains([]string{"yes", "no", "on", "off", "true", "false", "null", "y", "n"}, strings.ToLower(s)) {
		return s
	}
	return strconv.Quote(s) // a double-quoted YAML string: Go's escapes are YAML's too
}

var (
	listKey  = regexp.MustCompile(`^regios:[ \t]*(#.*)?$`)
	listItem = regexp.MustCompile(`^([ \t]*)- `)
)

// AddRegion returns the registry text with the region added at the end of
// its list, every other byte as it was: comments, order, quoting. It edits
// only the registry's plain form (a top-level "regios:" with one entry per
// "- " item) and proves the edit by reading both texts back: the new one
// must hold exactly the old entries and the new one. Anything else is an
// error, and the caller shows what to add instead.
func AddRegion(text []byte, code, name string) ([]byte, error) {
	before, err := entries(text)
	if err != nil {
		return nil, fmt.Errorf("het register is geen leesbare YAML: %w", err)
	}
	if slices.ContainsFunc(before, func(e entry) bool { return e.Code == code }) {
		return nil, ErrRegistered
	}
	lines := strings.SplitAfter(string(text), "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return listKey.MatchString(strings.TrimRight(l, "\r\n")) })
	if start < 0 {
		return nil, errors.New("het register heeft geen lijst 'regios:' als blok")
	}
	indent, last := "", -1
	for i := start + 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r\n")
		trimmed := strings.TrimLeft(l, " \t")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		m := listItem.FindStringSubmatch(l)
		if last < 0 {
			if m == nil {
				return nil, errors.New("de lijst 'regios:' begint niet met een '- '")
			}
			indent = m[1]
		}
		if len(l)-len(trimmed) <= len(indent) && (m == nil || m[1] != indent) {
			break // the next top-level key, or the end of the document
		}
		last = i
	}
	if last < 0 {
		return nil, errors.New("de lijst 'regios:' is leeg")
	}
	newline := "\n"
	if strings.HasSuffix(lines[last], "\r\n") {
		newline = "\r\n"
	}
	if !strings.HasSuffix(lines[last], "\n") {
		lines[last] += newline
	}
	add := strings.ReplaceAll(RegistryEntry(code, name, indent), "\n", newline)
	out := []byte(strings.Join(slices.Insert(lines, last+1, add), ""))

	after, err := entries(out)
	want := append(slices.Clone(before), entry{Code: code, Naam: name})
	if err != nil || !slices.EqualFunc(after, want, entry.equal) {
		return nil, errors.New("na de aanpassing leest het register anders dan bedoeld")
	}
	return out, nil
}

// entry is a region in the registry, as far as the edit must keep it.
type entry struct {
	Code  string   `yaml:"code"`
	Naam  string   `yaml:"naam"`
	Buren []string `yaml:"buren"`
}

func (e entry) equal(o entry) bool {
	return e.Code == o.Code && e.Naam == o.Naam && slices.Equal(e.Buren, o.Buren)
}

// entries reads the registry's list: one document, a mapping with
// "regios".
func entries(text []byte) ([]entry, error) {
	dec := yaml.NewDecoder(bytes.NewReader(text))
	var doc struct {
		Regios []entry `yaml:"regios"`
	}
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var extra any
	if dec.Decode(&extra) == nil {
		return nil, errors.New("meer dan één document")
	}
	return doc.Regios, nil
}
