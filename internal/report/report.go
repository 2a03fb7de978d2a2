// Package report renders a check report. Every format is a view of the same
// findings, one file each.
package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// Format names an output format.
type Format string

// The output formats of `ggzcheck check`.
const (
	Text     Format = "text"
	JSON     Format = "json"
	SARIF    Format = "sarif"
	GitHub   Format = "github"
	Markdown Format = "markdown"
	JUnit    Format = "junit"
	HTML     Format = "html"
)

// Formats lists every format, the default first; it feeds flag help and validation.
func Formats() []Format { return []Format{Text, JSON, SARIF, GitHub, Markdown, JUnit, HTML} }

// ParseFormat returns the format named s, or an error naming the valid ones.
func ParseFormat(s string) (Format, error) {
	if slices.Contains(Formats(), Format(s)) {
		return Format(s), nil
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("onbekend formaat %q; kies uit: %s", s, strings.Join(names, ", "))
}

// Options are the settings every format may use.
type Options struct {
	Lang    finding.Lang
	Color   bool // ANSI colour; only the text format uses it
	Verbose bool // also report the rules each plan passed or skipped
	// Quiet keeps only the failing plans' verdicts and the summary line
	// (--quiet); only the text format has it, the others are for programs.
	Quiet bool
	// LinkBase prefixes file links in Markdown and HTML, e.g.
	// "https://github.com/org/repo/blob/<sha>/"; empty gives relative links.
	LinkBase string
}

// withReason adds why a rule was skipped to the word for its outcome, as
// "niet gecontroleerd: vraagt --base ...".
func withReason(word string, o check.RuleOutcome, lang finding.Lang) string {
	if reason := o.Reason.In(lang); reason != "" {
		return word + ": " + reason
	}
	return word
}

// Write renders rep in format f to w.
func Write(w io.Writer, f Format, rep check.Report, opts Options) error {
	opts.Lang = cmp.Or(opts.Lang, finding.NL) // the zero Options read as Dutch
	switch f {
	case Text:
		return writeText(w, rep, opts)
	case JSON:
		return writeJSON(w, rep, opts)
	case SARIF:
		return writeSARIF(w, rep, opts)
	case GitHub:
		return writeGitHub(w, rep, opts)
	case Markdown:
		return writeMarkdown(w, rep, opts)
	case JUnit:
		return writeJUnit(w, rep, opts)
	case HTML:
		return writeHTML(w, rep, opts)
	}
	return fmt.Errorf("onbekend formaat %q", f)
}
