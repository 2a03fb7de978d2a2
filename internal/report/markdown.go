package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

var markdownWords = map[finding.Lang]map[string]string{
	finding.NL: {
		"title": "ggzcheck: %d van %d plannen voldoen", "plan": "plan", "region": "regio", "year": "inkoopjaar",
		"verdict": "oordeel", "errors": "fouten", "warnings": "waarschuwingen", "waived": "afgeweken",
		"pass": "voldoet", "fail": "voldoet niet", "findings": "Bevindingen", "none": "Geen bevindingen.",
		"rules": "Uitkomst per regel", "rule": "regel", "outcome": "uitkomst", "reason": "motivatie",
		"skipped": "niet gecontroleerd", "warning": "waarschuwing",
	},
	finding.EN: {
		"title": "ggzcheck: %d of %d plans pass", "plan": "plan", "region": "region", "year": "year",
		"verdict": "verdict", "errors": "errors", "warnings": "warnings", "waived": "waived",
		"pass": "passes", "fail": "fails", "findings": "Findings", "none": "No findings.",
		"rules": "Outcome per rule", "rule": "rule", "outcome": "outcome", "reason": "motivation",
		"skipped": "not checked", "warning": "warning",
	},
}

var outcomeIcon = map[check.Outcome]string{
	check.Pass: "✅", check.Fail: "❌", check.Warn: "⚠️", check.Waived: "🔵", check.Skipped: "⏭️",
}

// writeMarkdown writes a summary for a pull request comment or
// $GITHUB_STEP_SUMMARY: the verdict per plan, the findings grouped by
// agreement with links to their line, and the outcome of every rule per plan.
func writeMarkdown(out io.Writer, rep check.Report, opts Options) error {
	w := bufio.NewWriter(out)
	m := markdownWords[opts.Lang]
	s := rep.Summary()
	fmt.Fprintf(w, "## "+m["title"]+"\n\n", s.Passed, s.Files)
	if warning := userPolicyWarning(rep, opts.Lang); warning != "" {
		fmt.Fprintf(w, "> [!WARNING]\n> %s\n\n", sanitize.Markdown(warning))
	}
	fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|---|\n",
		m["plan"], m["region"], m["year"], m["verdict"], m["errors"], m["warnings"], m["waived"])
	for _, res := range rep.Results {
		e, wn := finding.Count(res.Findings)
		verdict := "✅ " + m["pass"]
		if !res.Passed() {
			verdict = "❌ " + m["fail"]
		}
		year := ""
		if res.Year > 0 {
			year = fmt.Sprint(res.Year)
		}
		fmt.Fprintf(w, "| [%s](%s) | %s | %s | %s | %d | %d | %d |\n", sanitize.Markdown(res.File), link(opts.LinkBase, res.File, 0),
			sanitize.Markdown(sanitize.Cut(res.Region, sanitize.MaxValue)), year, verdict, e, wn, finding.CountWaived(res.Findings))
	}

	fmt.Fprintf(w, "\n### %s\n", m["findings"])
	agreements := agreementOrder(rep.Rules)
	byAgreement := map[string][]finding.Finding{}
	for _, res := range rep.Results {
		for _, f := range res.Findings {
			a := agreementOf(rep.Rules, f.Rule)
			byAgreement[a] = append(byAgreement[a], f)
		}
	}
	if len(byAgreement) == 0 {
		fmt.Fprintf(w, "\n%s\n", m["none"])
	}
	for _, a := range agreements {
		fs := byAgreement[a]
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n#### %s\n\n", sanitize.Markdown(a))
		for _, f := range fs {
			icon := outcomeIcon[check.Fail]
			switch {
			case f.Waiver != nil:
				icon = outcomeIcon[check.Waived]
			case f.Severity == finding.Warning:
				icon = outcomeIcon[check.Warn]
			}
			fmt.Fprintf(w, "- %s **%s** [%s:%d:%d](%s): %s *(%s)*\n", icon, sanitize.Markdown(f.Rule), sanitize.Markdown(f.File), f.Line, f.Column,
				link(opts.LinkBase, f.File, f.Line), sanitize.Markdown(sanitize.Message(f.Message.In(opts.Lang), opts.Lang)), sanitize.Markdown(f.Source))
			if f.Waiver != nil {
				fmt.Fprintf(w, "  - %s: %s (%s)\n", m["reason"], sanitize.Markdown(sanitize.Message(f.Waiver.Motivation, opts.Lang)), sanitize.Markdown(f.Waiver.Until))
			}
		}
	}

	fmt.Fprintf(w, "\n### %s\n", m["rules"])
	for _, res := range rep.Results {
		outcomes := res.Outcomes(rep.Rules)
		counts := map[check.Outcome]int{}
		for _, o := range outcomes {
			counts[o.Outcome]++
		}
		fmt.Fprintf(w, "\n<details><summary>%s: ✅ %d · ❌ %d · ⚠️ %d · 🔵 %d · ⏭️ %d</summary>\n\n| %s | %s |\n|---|---|\n",
			htmlEscape(res.File), counts[check.Pass], counts[check.Fail], counts[check.Warn], counts[check.Waived], counts[check.Skipped],
			m["rule"], m["outcome"])
		for _, o := range outcomes {
			fmt.Fprintf(w, "| `%s` %s | %s %s |\n", sanitize.Text(o.Rule.ID), sanitize.Markdown(o.Rule.Title.In(opts.Lang)), outcomeIcon[o.Outcome], sanitize.Markdown(withReason(outcomeWord(o.Outcome, m), o, opts.Lang)))
		}
		if res.SHA256 != "" {
			fmt.Fprintf(w, "\nsha256: `%s`\n", res.SHA256)
		}
		fmt.Fprintln(w, "\n</details>")
	}
	fmt.Fprintf(w, "\n### %s\n\n", provenance.Heading(opts.Lang))
	for _, f := range facts(rep, opts.Lang) {
		fmt.Fprintf(w, "- %s: %s\n", f.Label, sanitize.Markdown(f.Value))
	}
	return w.Flush()
}

func outcomeWord(o check.Outcome, m map[string]string) string {
	switch o {
	case check.Pass:
		return m["pass"]
	case check.Fail:
		return m["fail"]
	case check.Warn:
		return m["warning"]
	case check.Waived:
		return m["waived"]
	}
	return m["skipped"]
}

// link points at file (and line) under base, or relative when base is empty.
// The file name is percent-encoded byte by byte, all but unreserved
// characters and '/', so that no name (with a space, a parenthesis, <, #, %,
// a newline, or a colon that would make it a javascript: URL) can end,
// break or redirect the link.
func link(base, file string, line int) string {
	target := base + escapePath(strings.TrimPrefix(file, "./"))
	if line > 0 {
		target += fmt.Sprintf("#L%d", line)
	}
	return target
}

// escapePath percent-encodes every byte of p outside A-Z a-z 0-9 - . _ ~ /.
func escapePath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// htmlEscaper is built once: a Replacer is costly to build and safe to share.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// htmlEscape makes text safe inside HTML elements and quoted attributes; it
// sanitizes first, so no control, bidi or line-breaking character gets
// through either.
func htmlEscape(s string) string { return htmlEscaper.Replace(sanitize.Text(s)) }

// agreementOrder lists the agreements in the order of their first rule.
func agreementOrder(rules []finding.Rule) []string {
	var out []string
	for _, r := range rules {
		if !slices.Contains(out, r.Agreement) {
			out = append(out, r.Agreement)
		}
	}
	return out
}

func agreementOf(rules []finding.Rule, id string) string {
	r, _ := ruleByID(rules, id)
	return r.Agreement
}
