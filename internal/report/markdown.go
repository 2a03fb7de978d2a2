package report

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf16"

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
		"errorsHeading": "Fouten", "restHeading": "Waarschuwingen en afwijkingen",
		"morePlan": "… nog %d plan dat voldoet, niet getoond.", "morePlans": "… nog %d plannen die voldoen, niet getoond.",
		"moreFailingPlan": "… nog %d plan dat niet voldoet, niet getoond.", "moreFailingPlans": "… nog %d plannen die niet voldoen, niet getoond.",
		"otherAgreement": "Overige regels",
		"moreFinding":    "… nog %d bevinding niet getoond.", "moreFindings": "… nog %d bevindingen niet getoond.",
		"allRun":   "Alle bevindingen en de uitkomst van elke regel per plan staan in de [samenvatting van de run](%s).",
		"allLocal": "Alle bevindingen en de uitkomst van elke regel per plan: `ggzcheck check --format markdown --verbose`; elke regel staat uitgelegd in [docs/rules.md](%s).",
	},
	finding.EN: {
		"title": "ggzcheck: %d of %d plans pass", "plan": "plan", "region": "region", "year": "year",
		"verdict": "verdict", "errors": "errors", "warnings": "warnings", "waived": "waived",
		"pass": "passes", "fail": "fails", "findings": "Findings", "none": "No findings.",
		"rules": "Outcome per rule", "rule": "rule", "outcome": "outcome", "reason": "motivation",
		"skipped": "not checked", "warning": "warning",
		"errorsHeading": "Errors", "restHeading": "Warnings and deviations",
		"morePlan": "… %d more passing plan not shown.", "morePlans": "… %d more passing plans not shown.",
		"moreFailingPlan": "… %d more failing plan not shown.", "moreFailingPlans": "… %d more failing plans not shown.",
		"otherAgreement": "Other rules",
		"moreFinding":    "… %d more finding not shown.", "moreFindings": "… %d more findings not shown.",
		"allRun":   "Every finding and the outcome of every rule per plan are in the [run's summary](%s).",
		"allLocal": "Every finding and the outcome of every rule per plan: `ggzcheck check --format markdown --verbose`; every rule is explained in [docs/rules.md](%s).",
	},
}

var outcomeIcon = map[check.Outcome]string{
	check.Pass: "✅", check.Fail: "❌", check.Warn: "⚠️", check.Waived: "🔵", check.Skipped: "⏭️",
}

// MarkdownLimit is the most characters a GitHub pull-request comment holds.
// The compact Markdown stays under it with room to spare: markdownBudget
// leaves space for a line a workflow adds, such as a marker that finds its
// own earlier comment.
const (
	MarkdownLimit  = 65536
	markdownBudget = MarkdownLimit - 1536
)

// writeMarkdown writes a summary of the run. By default it fits a
// pull-request comment (see writeMarkdownCompact); Verbose gives the full
// form for $GITHUB_STEP_SUMMARY: every finding and the outcome of every rule
// per plan.
func writeMarkdown(out io.Writer, rep check.Report, opts Options) error {
	if !opts.Verbose {
		return writeMarkdownCompact(out, rep, opts)
	}
	w := bufio.NewWriter(out)
	m := markdownWords[opts.Lang]
	w.WriteString(markdownHead(rep, opts, false))
	for _, res := range rep.Results {
		w.WriteString(markdownRow(res, opts, false))
	}

	fmt.Fprintf(w, "\n### %s\n", m["findings"])
	groups := findingsByAgreement(rep, func(finding.Finding) bool { return true }, m)
	if len(groups) == 0 {
		fmt.Fprintf(w, "\n%s\n", m["none"])
	}
	for _, g := range groups {
		w.WriteString(agreementHeading(g.agreement))
		for _, f := range g.findings {
			w.WriteString(markdownFinding(f, opts))
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
	w.WriteString(markdownFoot(rep, opts))
	return w.Flush()
}

// writeMarkdownCompact writes a summary that fits a pull-request comment
// whatever the number of plans and whatever their texts: at most
// markdownBudget characters. What a reviewer needs first is chosen first:
// the verdicts of the plans that fail, their errors, the verdicts of the
// plans that pass, then warnings and deviations. What does not fit is
// counted, and the last line says where the rest is. The cut falls between
// whole lines, never inside a table row, link or code span; every line is
// bounded, so one hostile text cannot crowd out the rest.
func writeMarkdownCompact(out io.Writer, rep check.Report, opts Options) error {
	m := markdownWords[opts.Lang]
	// The table names each plan's digest: the per-plan details that carry
	// it in the full form are left out.
	head, foot := markdownHead(rep, opts, true), markdownFoot(rep, opts)
	where := fmt.Sprintf(m["allLocal"], RulesURL)
	if opts.RunURL != "" {
		where = fmt.Sprintf(m["allRun"], opts.RunURL)
	}
	// Reserved: the head, the foot, the section headings, the notes of
	// what was left out and where it is.
	b := budget{left: markdownBudget - size(head) - size(foot) - size(where) - 600}

	rows := make([]string, len(rep.Results))
	shown := make([]bool, len(rep.Results))
	// take fills the table with the plans that pass or fail, while at
	// least keep characters stay for what comes after.
	take := func(pass bool, keep int) {
		for i, res := range rep.Results {
			if res.Passed() == pass {
				rows[i] = markdownRow(res, opts, true)
				if !b.fit(rows[i], keep) {
					return
				}
				shown[i] = true
			}
		}
	}
	// The failing plans take at most half: their errors come next.
	take(false, b.left/2)
	isError := func(f finding.Finding) bool { return f.Waiver == nil && f.Severity == finding.Error }
	errs := fitFindings(&b, findingsByAgreement(rep, isError, m), opts)
	take(true, 0)
	rest := fitFindings(&b, findingsByAgreement(rep, func(f finding.Finding) bool { return !isError(f) }, m), opts)

	w := bufio.NewWriter(out)
	w.WriteString(head)
	hiddenFailing, hiddenPassing := 0, 0
	for i, res := range rep.Results {
		switch {
		case shown[i]:
			w.WriteString(rows[i])
		case res.Passed():
			hiddenPassing++
		default:
			hiddenFailing++
		}
	}
	if hiddenFailing > 0 {
		fmt.Fprintf(w, "\n%s\n", fmt.Sprintf(pick(hiddenFailing, m["moreFailingPlan"], m["moreFailingPlans"]), hiddenFailing))
	}
	if hiddenPassing > 0 {
		fmt.Fprintf(w, "\n%s\n", fmt.Sprintf(pick(hiddenPassing, m["morePlan"], m["morePlans"]), hiddenPassing))
	}
	if errs.total+rest.total == 0 {
		fmt.Fprintf(w, "\n### %s\n\n%s\n", m["findings"], m["none"])
	}
	for _, section := range []struct {
		heading string
		fitted  fitted
	}{{m["errorsHeading"], errs}, {m["restHeading"], rest}} {
		if section.fitted.total == 0 {
			continue
		}
		fmt.Fprintf(w, "\n### %s\n", section.heading)
		w.WriteString(section.fitted.text)
		if left := section.fitted.total - section.fitted.shown; left > 0 {
			fmt.Fprintf(w, "\n%s\n", fmt.Sprintf(pick(left, m["moreFinding"], m["moreFindings"]), left))
		}
	}
	fmt.Fprintf(w, "\n### %s\n\n%s\n", m["rules"], where)
	w.WriteString(foot)
	return w.Flush()
}

// budget counts down the characters left for a compact report.
type budget struct{ left int }

// fit takes s from the budget when it fits with keep characters to spare.
func (b *budget) fit(s string, keep int) bool {
	n := size(s)
	if n > b.left-keep {
		return false
	}
	b.left -= n
	return true
}

// size counts s as GitHub counts a comment's characters. It counts UTF-16
// code units, never fewer than characters: an emoji outside the Basic
// Multilingual Plane counts twice, so the limit holds under either reading.
func size(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// fitted is the part of a findings section that fit the budget.
type fitted struct {
	text         string
	shown, total int
}

// fitFindings takes whole findings, in order, while they fit, each
// agreement's heading with its first finding; it stops at the first that
// does not fit, so what is shown is always the start of the section.
func fitFindings(b *budget, groups []agreementFindings, opts Options) fitted {
	var out fitted
	var text strings.Builder
	full := false
	for _, g := range groups {
		out.total += len(g.findings)
		heading := agreementHeading(g.agreement)
		for i, f := range g.findings {
			if full {
				break
			}
			line := markdownFinding(f, opts)
			if i == 0 {
				line = heading + line
			}
			if !b.fit(line, 0) {
				full = true
				break
			}
			text.WriteString(line)
			out.shown++
		}
	}
	out.text = text.String()
	return out
}

// markdownHead is the title, the warning about user policies, and the head
// of the table of plans, with a column for each plan's digest or not.
func markdownHead(rep check.Report, opts Options, digest bool) string {
	m := markdownWords[opts.Lang]
	s := rep.Summary()
	var b strings.Builder
	fmt.Fprintf(&b, "## "+m["title"]+"\n\n", s.Passed, s.Files)
	if warning := userPolicyWarning(rep, opts.Lang); warning != "" {
		fmt.Fprintf(&b, "> [!WARNING]\n> %s\n\n", sanitize.Markdown(sanitize.Cut(warning, sanitize.MaxMessage)))
	}
	if digest {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | sha256 |\n|---|---|---|---|---|---|---|---|\n",
			m["plan"], m["region"], m["year"], m["verdict"], m["errors"], m["warnings"], m["waived"])
		return b.String()
	}
	fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|---|\n",
		m["plan"], m["region"], m["year"], m["verdict"], m["errors"], m["warnings"], m["waived"])
	return b.String()
}

// markdownRow is a plan's row in the table of plans, with its digest or
// not.
func markdownRow(res check.Result, opts Options, digest bool) string {
	m := markdownWords[opts.Lang]
	e, wn := finding.Count(res.Findings)
	verdict := "✅ " + m["pass"]
	if !res.Passed() {
		verdict = "❌ " + m["fail"]
	}
	year := ""
	if res.Year > 0 {
		year = fmt.Sprint(res.Year)
	}
	row := fmt.Sprintf("| %s | %s | %s | %s | %d | %d | %d |", fileLink(res.File, 0, opts),
		sanitize.Markdown(sanitize.Cut(res.Region, sanitize.MaxValue)), year, verdict, e, wn, finding.CountWaived(res.Findings))
	if digest {
		sum := ""
		if res.SHA256 != "" {
			sum = "`" + res.SHA256 + "`"
		}
		row += " " + sum + " |"
	}
	return row + "\n"
}

// markdownFinding is a finding as a list item, with its motivation when it
// was waived.
func markdownFinding(f finding.Finding, opts Options) string {
	m := markdownWords[opts.Lang]
	icon := outcomeIcon[check.Fail]
	switch {
	case f.Waiver != nil:
		icon = outcomeIcon[check.Waived]
	case f.Severity == finding.Warning:
		icon = outcomeIcon[check.Warn]
	}
	place := fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)
	line := fmt.Sprintf("- %s **%s** %s: %s *(%s)*\n", icon, sanitize.Markdown(sanitize.Cut(f.Rule, sanitize.MaxValue)), linkTo(place, f.File, f.Line, opts),
		sanitize.Markdown(sanitize.Message(f.Message.In(opts.Lang), opts.Lang)), sanitize.Markdown(sanitize.Cut(f.Source, sanitize.MaxValue)))
	if f.Waiver != nil {
		line += fmt.Sprintf("  - %s: %s (%s)\n", m["reason"], sanitize.Markdown(sanitize.Message(f.Waiver.Motivation, opts.Lang)), sanitize.Markdown(sanitize.Cut(f.Waiver.Until, sanitize.MaxValue)))
	}
	return line
}

// markdownFoot is the provenance of the report.
func markdownFoot(rep check.Report, opts Options) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n### %s\n\n", provenance.Heading(opts.Lang))
	for _, f := range facts(rep, opts.Lang) {
		fmt.Fprintf(&b, "- %s: %s\n", f.Label, sanitize.Markdown(sanitize.Cut(f.Value, sanitize.MaxMessage)))
	}
	return b.String()
}

// fileLink is a file's name linking to the file (and line).
func fileLink(file string, line int, opts Options) string {
	return linkTo(file, file, line, opts)
}

// maxLink bounds a link's target: a file name can be thousands of bytes,
// three times as many percent-encoded. A longer target is left out and the
// text stands alone.
const maxLink = 2000

// linkTo is text (cut to a readable length) linking to file and line.
func linkTo(text, file string, line int, opts Options) string {
	shown := sanitize.Markdown(sanitize.Cut(text, 2*sanitize.MaxValue))
	target := link(opts.LinkBase, file, line)
	if len(target) > maxLink {
		return shown
	}
	return "[" + shown + "](" + target + ")"
}

// agreementFindings are the findings of one agreement, in report order.
type agreementFindings struct {
	agreement string
	findings  []finding.Finding
}

// findingsByAgreement groups the findings that keep returns true for by
// agreement, the agreements in catalogue order.
func findingsByAgreement(rep check.Report, keep func(finding.Finding) bool, m map[string]string) []agreementFindings {
	byAgreement := map[string][]finding.Finding{}
	for _, res := range rep.Results {
		for _, f := range res.Findings {
			if keep(f) {
				a := agreementOf(rep.Rules, f.Rule)
				byAgreement[a] = append(byAgreement[a], f)
			}
		}
	}
	var out []agreementFindings
	order := agreementOrder(rep.Rules)
	// A rule missing from the catalogue still has its findings shown, after
	// the known agreements.
	for _, res := range rep.Results {
		for _, f := range res.Findings {
			if a := agreementOf(rep.Rules, f.Rule); !slices.Contains(order, a) {
				order = append(order, a)
			}
		}
	}
	for _, a := range order {
		if fs := byAgreement[a]; len(fs) > 0 {
			out = append(out, agreementFindings{cmp.Or(a, m["otherAgreement"]), fs})
		}
	}
	return out
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

// agreementHeading heads an agreement's findings; the agreement may come
// from a user's policy (--policy), so it is bounded like any value.
func agreementHeading(agreement string) string {
	return fmt.Sprintf("\n#### %s\n\n", sanitize.Markdown(sanitize.Cut(agreement, sanitize.MaxValue)))
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
