package ggzcheck_test

import (
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	root "github.com/ggzcheck/ggzcheck"
)

// numberVerb is a format verb that prints a number: %d, %[2]d, %v.
var numberVerb = regexp.MustCompile(`%(\[\d+\])?[0-9]*[dv]`)

// unitless lists the words before a number that make it no quantity (a name,
// an ordinal, a year or a date), so that it needs no unit.
var unitless = []string{
	"ronde", "round", "nr.", "criterium", "criterion", "maatregel", "measure",
	"inkoopjaar", "year", "in", "juni", "june", "november",
}

// TestMessageTemplates reads every message template of the policies, in both
// languages: singular and plural are written out (no "(s)" or "(en)"), and a
// number that counts something is followed by its unit ("4 weken", not
// "langer dan 4)").
func TestMessageTemplates(t *testing.T) {
	t.Parallel()
	literal := regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`")
	checked := 0
	err := fs.WalkDir(root.Files, root.PolicyDir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(name, "_test.rego") {
			return err
		}
		src, err := fs.ReadFile(root.Files, name)
		if err != nil {
			return err
		}
		var texts []string
		switch {
		case strings.HasSuffix(name, ".rego"):
			for _, line := range strings.Split(string(src), "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "#") {
					continue // METADATA and comments are no messages
				}
				for _, lit := range literal.FindAllString(line, -1) {
					if s, err := strconv.Unquote(lit); err == nil {
						texts = append(texts, s)
					}
				}
			}
		case strings.HasSuffix(name, ".yaml"):
			// The message parts in the policy data ('uitleg', 'naam').
			for _, line := range strings.Split(string(src), "\n") {
				if _, v, ok := strings.Cut(line, ": "); ok && !strings.HasPrefix(strings.TrimSpace(line), "#") {
					texts = append(texts, v)
				}
			}
		}
		for _, s := range texts {
			checked++
			for _, bad := range []string{"(s)", "(en)", "(nen)"} {
				if strings.Contains(s, bad) {
					t.Errorf("%s: %q writes %s; write singular and plural out", name, s, bad)
				}
			}
			if strings.HasPrefix(s, "/") || strings.Trim(s, "%v") == "" {
				continue // a JSON pointer, or a value turned into text
			}
			for _, loc := range numberVerb.FindAllStringIndex(s, -1) {
				if !hasUnit(s[:loc[0]], s[loc[1]:]) {
					t.Errorf("%s: %q: the number %s has no unit", name, s, s[loc[0]:loc[1]])
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("read only %d message texts", checked)
	}
	// Every text the Go code writes too: messages, reports, overviews.
	goFiles, err := filepath.Glob("internal/*/*.go")
	if err != nil || len(goFiles) < 50 {
		t.Fatalf("%d Go files: %v", len(goFiles), err)
	}
	for _, name := range goFiles {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		for _, lit := range literal.FindAllString(mustRead(t, name), -1) {
			for _, bad := range []string{"(s)", "(en)", "(nen)"} {
				if strings.Contains(lit, bad) {
					t.Errorf("%s: %s writes %s; write singular and plural out", name, lit, bad)
				}
			}
		}
	}
}

// hasUnit reports whether a number printed between before and after is
// followed by a word (its unit), or needs none.
func hasUnit(before, after string) bool {
	if strings.HasPrefix(after, "-") || strings.HasSuffix(before, "-") || strings.HasPrefix(after, "%") || strings.HasSuffix(before, "'") {
		return true // part of a date, a name or a quoted value
	}
	if w := strings.Fields(before); len(w) > 0 {
		prev := strings.ToLower(strings.Trim(w[len(w)-1], "(,:"))
		for _, u := range unitless {
			if prev == u {
				return true
			}
		}
	}
	rest := strings.TrimPrefix(after, " ")
	if rest == after || rest == "" {
		return false // followed directly by punctuation or the end
	}
	r := []rune(rest)[0]
	return r == '%' || strings.ContainsRune("abcdefghijklmnopqrstuvwxyzéë", r)
}
