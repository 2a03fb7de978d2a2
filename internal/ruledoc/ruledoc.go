// Package ruledoc renders the rule catalogue: the list of rules (text, JSON,
// Markdown) and the explanation of one rule. Everything it shows comes from
// the rules themselves, which for policies means their METADATA.
package ruledoc

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// Format names an output format of `ggzcheck rules`.
type Format string

// The formats of the rule list.
const (
	Text     Format = "text"
	JSON     Format = "json"
	Markdown Format = "markdown"
)

// Formats lists the formats of the rule list, the default first.
func Formats() []Format { return []Format{Text, JSON, Markdown} }

// WriteList renders the catalogue in format f.
func WriteList(w io.Writer, f Format, rules []finding.Rule, lang finding.Lang) error {
	switch f {
	case Text:
		return writeText(w, rules, lang)
	case JSON:
		return writeJSON(w, rules)
	case Markdown:
		return writeMarkdown(w, rules)
	}
	return fmt.Errorf("onbekend formaat %q", f)
}

// Find returns the rule with id, or an error that suggests the nearest id.
func Find(rules []finding.Rule, id string) (finding.Rule, error) {
	ids := make([]string, 0, len(rules))
	for _, r := range rules {
		if r.ID == id {
			return r, nil
		}
		ids = append(ids, r.ID)
	}
	msg := fmt.Sprintf("onbekende regel %q.", id)
	if s := finding.Closest(id, ids); s != "" {
		msg = fmt.Sprintf("onbekende regel %q; bedoelde u %q?", id, s)
	}
	return finding.Rule{}, fmt.Errorf("%s Zie 'ggzcheck rules' voor alle regels.", msg)
}

var words = map[finding.Lang]map[string]string{
	finding.NL: {
		"error": "fout", "warning": "waarschuwing", "severity": "Ernst", "agreement": "Afspraak",
		"source": "Bron", "waiver": "Afwijken", "may": "mag, met motivatie", "maynot": "niet toegestaan",
		"quote": "Uit de bron", "fails": "Dit voldoet niet", "passes": "Dit voldoet", "fix": "Zo lost u het op",
	},
	finding.EN: {
		"error": "error", "warning": "warning", "severity": "Severity", "agreement": "Agreement",
		"source": "Source", "waiver": "Deviation", "may": "allowed, with a motivation", "maynot": "not allowed",
		"quote": "From the source (Dutch)", "fails": "This fails", "passes": "This passes", "fix": "How to fix",
	},
}

func severityWord(s finding.Severity, lang finding.Lang) string {
	return words[lang][string(s)]
}

func writeText(out io.Writer, rules []finding.Rule, lang finding.Lang) error {
	w := newLineWriter(out)
	width := 0
	for _, r := range rules {
		width = max(width, len(r.ID))
	}
	agreement := ""
	for _, r := range rules {
		if r.Agreement != agreement {
			if agreement != "" {
				fmt.Fprintln(w)
			}
			agreement = r.Agreement
			fmt.Fprintln(w, agreement)
		}
		fmt.Fprintf(w, "  %-*s  %-12s  %s [%s]\n", width, r.ID, severityWord(r.Severity, lang), r.Title.In(lang), r.Source)
	}
	return w.Flush()
}

type jsonRule struct {
	ID          string           `json:"id"`
	Severity    finding.Severity `json:"severity"`
	Title       finding.Text     `json:"title"`
	Agreement   string           `json:"agreement"`
	Source      string           `json:"source"`
	Description finding.Text     `json:"description"`
	Quote       string           `json:"quote,omitempty"`
	Fails       string           `json:"fails,omitempty"`
	Passes      string           `json:"passes,omitempty"`
	Fix         finding.Text     `json:"fix"`
	Waivable    bool             `json:"waivable"`
}

func writeJSON(w io.Writer, rules []finding.Rule) error {
	out := struct {
		Rules []jsonRule `json:"rules"`
	}{Rules: make([]jsonRule, 0, len(rules))}
	for _, r := range rules {
		out.Rules = append(out.Rules, jsonRule{
			ID: r.ID, Severity: r.Severity, Title: r.Title, Agreement: r.Agreement, Source: r.Source,
			Description: r.Description, Quote: r.Quote, Fails: r.Fails, Passes: r.Passes, Fix: r.Fix, Waivable: r.Waivable,
		})
	}
	return sanitize.WriteJSON(w, out)
}

// WriteExplain renders what `ggzcheck explain` shows about rule r.
func WriteExplain(out io.Writer, r finding.Rule, lang finding.Lang) error {
	w := newLineWriter(out)
	t := words[lang]
	waiver := t["maynot"]
	if r.Waivable {
		waiver = t["may"]
	}
	fmt.Fprintf(w, "%s: %s\n\n", r.ID, r.Title.In(lang))
	fmt.Fprintf(w, "%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n",
		t["severity"], severityWord(r.Severity, lang), t["agreement"], r.Agreement,
		t["source"], r.Source, t["waiver"], waiver)
	wrap(w, r.Description.In(lang), "")
	if r.Quote != "" {
		fmt.Fprintf(w, "\n%s:\n", t["quote"])
		wrap(w, "“"+r.Quote+"”", "  ")
	}
	if r.Fails != "" {
		fmt.Fprintf(w, "\n%s:\n%s", t["fails"], indent(r.Fails, "    "))
		fmt.Fprintf(w, "\n%s:\n%s", t["passes"], indent(r.Passes, "    "))
	}
	fmt.Fprintf(w, "\n%s:\n", t["fix"])
	wrap(w, r.Fix.In(lang), "  ")
	return w.Flush()
}

// wrap writes text in lines of at most 88 columns, each with prefix.
func wrap(w io.Writer, text, prefix string) {
	line := prefix
	for _, word := range strings.Fields(text) {
		if len([]rune(line))+1+len([]rune(word)) > 88 && line != prefix {
			fmt.Fprintln(w, line)
			line = prefix
		}
		if line != prefix {
			line += " "
		}
		line += word
	}
	fmt.Fprintln(w, line)
}

func indent(text, prefix string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		b.WriteString(prefix + l + "\n")
	}
	return b.String()
}

// lineWriter collects a listing and writes each of its lines as sanitize.Lead
// shows it: rule texts can come from a user's METADATA (--policy), and these
// listings land in terminals and CI logs.
type lineWriter struct {
	out io.Writer
	buf bytes.Buffer
}

func newLineWriter(out io.Writer) *lineWriter { return &lineWriter{out: out} }

func (l *lineWriter) Write(p []byte) (int, error) { return l.buf.Write(p) }

// Flush writes what was collected, line by line.
func (l *lineWriter) Flush() error {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(l.buf.String(), "\n"), "\n") {
		b.WriteString(sanitize.Lead(line))
		b.WriteByte('\n')
	}
	l.buf.Reset()
	_, err := io.WriteString(l.out, b.String())
	return err
}
