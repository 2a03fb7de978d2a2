package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

var htmlWords = map[finding.Lang]map[string]string{
	finding.NL: {
		"lang": "nl", "title": "Nalevingsrapport regioplannen cruciale ggz",
		"matrix": "Overzicht: plannen en afspraken", "plan": "Plan", "findings": "Bevindingen", "none": "Geen bevindingen: het plan voldoet aan alle afspraken.",
		"rules": "Uitkomst per regel", "motivation": "Motivatie van de afwijking", "until": "geldig tot", "fix": "Oplossing",
		"legend": "Legenda", "unknown": "(regio onbekend)", "skippedNote": "De afspraken zijn niet gecontroleerd: het plan is niet te lezen of voldoet niet aan het planformaat.",
		"error": "fout", "warning": "waarschuwing", "made": "gemaakt op",
	},
	finding.EN: {
		"lang": "en", "title": "Compliance report of the regional plans for crucial mental-health care",
		"matrix": "Overview: plans and agreements", "plan": "Plan", "findings": "Findings", "none": "No findings: the plan meets every agreement.",
		"rules": "Outcome per rule", "motivation": "Motivation of the deviation", "until": "valid until", "fix": "Fix",
		"legend": "Legend", "unknown": "(region unknown)", "skippedNote": "The agreements were not checked: the plan cannot be read or does not match the plan format.",
		"error": "error", "warning": "warning", "made": "made on",
	},
}

var outcomeSymbol = map[check.Outcome]string{
	check.Pass: "✓", check.Fail: "✗", check.Warn: "!", check.Waived: "~", check.Skipped: "–",
}

const htmlStyle = `
:root { --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --waived: #0969da; --skip: #6e7781; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
p.summary { font-size: 1.05rem; margin: .25rem 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
table.matrix td.o { text-align: center; white-space: nowrap; font-size: 1.1em; width: 3.2rem; }
table.matrix thead th { text-align: center; }
table.matrix abbr { text-decoration: none; }
dl.key { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: .5rem 0; font-size: .95em; }
dl.key dt { font-weight: 600; } dl.key dd { margin: 0; }
.o-pass { color: var(--pass); } .o-fail { color: var(--fail); font-weight: 600; } .o-warning { color: var(--warn); }
.o-waived { color: var(--waived); } .o-skipped { color: var(--skip); }
.o-fail-bg { background: #ffebe9; } .o-warning-bg { background: #fff8c5; } .o-pass-bg { background: #dafbe1; } .o-waived-bg { background: #ddf4ff; }
.legend span { margin-right: 1rem; white-space: nowrap; }
section.plan { break-inside: avoid-page; }
.verdict { font-weight: 600; }
ol.findings { padding-left: 1.25rem; }
ol.findings li { margin: 0 0 1rem; }
.where { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: .9em; }
.rule { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; }
pre.source { background: #f6f8fa; border: 1px solid #d0d7de; padding: .4rem .6rem; margin: .35rem 0; overflow-x: auto; font-size: .9em; }
pre.source mark { background: #ffcecb; color: inherit; }
.fix, .waiver { margin: .2rem 0; }
.src { color: #59636e; font-size: .9em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0 1rem; color: #59636e; font-size: .9em; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
input.toggle { position: absolute; opacity: 0; }
label.toggle { display: block; margin: .75rem 0 .5rem; font-weight: 600; cursor: pointer; }
label.toggle::before { content: "▸ "; }
input.toggle:checked + label.toggle::before { content: "▾ "; }
input.toggle:focus-visible + label.toggle { outline: 2px solid var(--waived); }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .75rem; font-weight: 600; }
/* On screen the outcome of every rule is folded away behind its label; on
   paper it is always there. A checkbox, not <details>: a browser prints a
   closed <details> closed, whatever the print style says. */
@media screen { input.toggle:not(:checked) + label.toggle + table.outcomes { display: none; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  label.toggle::before, input.toggle:checked + label.toggle::before { content: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  pre.source { white-space: pre-wrap; }
}
`

// writeHTML writes one self-contained page for the associations: no scripts,
// no external styles or fonts, readable on screen and on paper. A matrix of
// plans by agreements comes first, then each plan with its findings and the
// outcome of every rule.
func writeHTML(out io.Writer, rep check.Report, opts Options) error {
	w := bufio.NewWriter(out)
	m := htmlWords[opts.Lang]
	t := texts[opts.Lang]
	s := rep.Summary()
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>ggzcheck: %s</title>\n<style>%s</style>\n</head>\n<body>\n",
		m["lang"], htmlEscape(m["title"]), htmlStyle)
	fmt.Fprintf(w, "<header>\n<h1>%s</h1>\n<p class=\"summary\" id=\"samenvatting\">%s</p>\n", htmlEscape(m["title"]),
		htmlEscape(t.summary(s)))
	if warning := userPolicyWarning(rep, opts.Lang); warning != "" {
		fmt.Fprintf(w, "<p class=\"warning\" id=\"eigen-beleid\">%s</p>\n", htmlEscape(warning))
	}
	// What produced the report, at the top: a report that is mailed or
	// printed must say when, with which rules and settings, and for which
	// reference date.
	fmt.Fprintf(w, "<dl class=\"meta\" id=\"herkomst\" aria-label=\"%s\">\n", htmlEscape(provenance.Heading(opts.Lang)))
	if !opts.Generated.IsZero() {
		fmt.Fprintf(w, "<dt>%s</dt><dd><time datetime=\"%s\">%s</time></dd>\n", m["made"],
			opts.Generated.UTC().Format(time.RFC3339), opts.Generated.UTC().Format("2006-01-02 15:04 UTC"))
	}
	for _, f := range facts(rep, opts.Lang) {
		fmt.Fprintf(w, "<dt>%s</dt><dd>%s</dd>\n", htmlEscape(f.Label), htmlEscape(f.Value))
	}
	fmt.Fprint(w, "</dl>\n</header>\n")

	agreements := agreementOrder(rep.Rules)
	fmt.Fprintf(w, "<section>\n<h2>%s</h2>\n<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th scope=\"col\">%s</th>", htmlEscape(m["matrix"]), m["plan"])
	for _, a := range agreements {
		fmt.Fprintf(w, "<th scope=\"col\"><abbr title=\"%s\">%s</abbr></th>", htmlEscape(a), htmlEscape(shortAgreement(a)))
	}
	fmt.Fprint(w, "</tr></thead>\n<tbody>\n")
	for i, res := range rep.Results {
		byAgreement := map[string][]check.Outcome{}
		for _, o := range res.Outcomes(rep.Rules) {
			byAgreement[o.Rule.Agreement] = append(byAgreement[o.Rule.Agreement], o.Outcome)
		}
		fmt.Fprintf(w, "<tr><th scope=\"row\"><a href=\"#plan-%d\">%s</a><br><span class=\"where\">%s</span></th>",
			i+1, htmlEscape(planLabel(res, m)), htmlEscape(res.File))
		for _, a := range agreements {
			o := check.Worst(byAgreement[a]...)
			fmt.Fprintf(w, "<td class=\"o o-%s o-%s-bg\" data-outcome=\"%s\" title=\"%s: %s\">%s</td>",
				o, o, o, htmlEscape(a), htmlEscape(t.outcomes[o]), outcomeSymbol[o])
		}
		fmt.Fprint(w, "</tr>\n")
	}
	fmt.Fprintf(w, "</tbody>\n</table>\n<p class=\"legend\">%s: ", m["legend"])
	for _, o := range []check.Outcome{check.Pass, check.Warn, check.Waived, check.Fail, check.Skipped} {
		fmt.Fprintf(w, "<span class=\"o-%s\">%s %s</span>", o, outcomeSymbol[o], htmlEscape(t.outcomes[o]))
	}
	fmt.Fprint(w, "</p>\n<dl class=\"key\">\n")
	for _, a := range agreements {
		if short := shortAgreement(a); short != a {
			// The letter once: "A  Geen verlies ...", not "A  A. Geen ...".
			fmt.Fprintf(w, "<dt>%s</dt><dd>%s</dd>\n", htmlEscape(short), htmlEscape(strings.TrimSpace(a[len(short)+1:])))
		}
	}
	fmt.Fprint(w, "</dl>\n</section>\n")

	for i, res := range rep.Results {
		writeHTMLPlan(w, i+1, res, rep, opts)
	}
	fmt.Fprint(w, "</body>\n</html>\n")
	return w.Flush()
}

func writeHTMLPlan(w io.Writer, n int, res check.Result, rep check.Report, opts Options) {
	m := htmlWords[opts.Lang]
	t := texts[opts.Lang]
	verdict, class := t.passes, "pass"
	if !res.Passed() {
		verdict, class = t.fails, "fail"
	}
	fmt.Fprintf(w, "<section class=\"plan\" id=\"plan-%d\">\n<h2>%s</h2>\n<p><a class=\"where\" href=\"%s\">%s</a> · <span class=\"verdict o-%s\">%s</span></p>\n",
		n, htmlEscape(planLabel(res, m)), htmlEscape(link(opts.LinkBase, res.File, 0)), htmlEscape(res.File), class, htmlEscape(verdict))
	if res.SHA256 != "" {
		fmt.Fprintf(w, "<p class=\"src\">sha256: <code>%s</code></p>\n", res.SHA256)
	}
	if !res.PoliciesEvaluated {
		note := m["skippedNote"]
		if res.Skip != (finding.Text{}) {
			note = finding.UpperFirst(res.Skip.In(opts.Lang)) + "."
		}
		fmt.Fprintf(w, "<p>%s</p>\n", htmlEscape(note))
	}
	fmt.Fprintf(w, "<h3>%s</h3>\n", m["findings"])
	if len(res.Findings) == 0 {
		fmt.Fprintf(w, "<p>%s</p>\n", htmlEscape(m["none"]))
	} else {
		lines := strings.Split(string(res.Source), "\n")
		fmt.Fprint(w, "<ol class=\"findings\">\n")
		for _, f := range res.Findings {
			o, word := check.Fail, m["error"]
			switch {
			case f.Waiver != nil:
				o, word = check.Waived, t.waived
			case f.Severity == finding.Warning:
				o, word = check.Warn, m["warning"]
			}
			title := ""
			if r, ok := ruleByID(rep.Rules, f.Rule); ok {
				title = r.Title.In(opts.Lang)
			}
			fmt.Fprintf(w, "<li data-finding=\"%s\"><span class=\"o-%s\">%s %s</span> <span class=\"rule\">%s</span> %s<br>\n",
				htmlEscape(f.Rule), o, outcomeSymbol[o], htmlEscape(word), htmlEscape(f.Rule), htmlEscape(title))
			fmt.Fprintf(w, "<a class=\"where\" href=\"%s\">%s:%d:%d</a><br>\n%s <span class=\"src\">[%s]</span>\n",
				htmlEscape(link(opts.LinkBase, f.File, f.Line)), htmlEscape(f.File), f.Line, f.Column,
				htmlEscape(sanitize.Message(f.Message.In(opts.Lang), opts.Lang)), htmlEscape(f.Source))
			if f.Line >= 1 && f.Line <= len(lines) {
				fmt.Fprintf(w, "<pre class=\"source\">%s</pre>\n", sourceLine(lines[f.Line-1], f.Line, f.Column))
			}
			if f.Waiver != nil {
				fmt.Fprintf(w, "<p class=\"waiver\">%s: %s (%s %s)</p>\n", m["motivation"], htmlEscape(sanitize.Message(f.Waiver.Motivation, opts.Lang)), m["until"], htmlEscape(f.Waiver.Until))
			} else if r, ok := ruleByID(rep.Rules, f.Rule); ok && r.Fix.In(opts.Lang) != "" {
				fmt.Fprintf(w, "<p class=\"fix\">%s: %s</p>\n", m["fix"], htmlEscape(sanitize.Message(r.Fix.In(opts.Lang), opts.Lang)))
			}
			fmt.Fprint(w, "</li>\n")
		}
		fmt.Fprint(w, "</ol>\n")
	}
	fmt.Fprintf(w, "<input type=\"checkbox\" class=\"toggle\" id=\"regels-%d\"><label class=\"toggle\" for=\"regels-%d\">%s</label>\n<table class=\"outcomes\">\n", n, n, m["rules"])
	for _, o := range res.Outcomes(rep.Rules) {
		fmt.Fprintf(w, "<tr><td class=\"rule\">%s</td><td>%s</td><td class=\"o-%s\">%s %s</td></tr>\n",
			htmlEscape(o.Rule.ID), htmlEscape(o.Rule.Title.In(opts.Lang)), o.Outcome, outcomeSymbol[o.Outcome], htmlEscape(withReason(t.outcomes[o.Outcome], o, opts.Lang)))
	}
	fmt.Fprint(w, "</table>\n</section>\n")
}

// shortAgreement gives the column label of an agreement: its letter ("C"
// for "C. Gemandateerde deelnemers"), or its name when it has none.
func shortAgreement(a string) string {
	if len(a) > 2 && a[1] == '.' && a[0] >= 'A' && a[0] <= 'Z' {
		return a[:1]
	}
	return a
}

func planLabel(res check.Result, m map[string]string) string {
	name := sanitize.Cut(res.Region, sanitize.MaxValue)
	if name == "" {
		name = m["unknown"]
	}
	if res.Year > 0 {
		name += fmt.Sprintf(" %d", res.Year)
	}
	return name
}

// sourceLine shows a plan's line, sanitized, with the character at column
// marked (a tab is marked as its \t).
func sourceLine(line string, n, column int) string {
	shown := sanitize.Window(strings.TrimRight(line, "\r"), 0, 240)
	col := min(max(column, 1), len(shown)+1)
	before := htmlEscape(strings.Join(shown[:col-1], ""))
	marked, after := " ", ""
	if col <= len(shown) {
		marked, after = htmlEscape(shown[col-1]), htmlEscape(strings.Join(shown[col:], ""))
	}
	return fmt.Sprintf("%5d | %s<mark>%s</mark>%s", n, before, marked, after)
}
