package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

const (
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	green  = "\x1b[32m"
	bold   = "\x1b[1m"
	reset  = "\x1b[0m"
)

// writeText writes one line per finding, file:line:col: severity rule message,
// grouped by file, then a summary line. Every text that ggzcheck did not
// write itself goes through sanitize, and a file name that begins a line
// through sanitize.Path: the output lands in terminals and CI logs.
func writeText(out io.Writer, rep check.Report, opts Options) error {
	w := bufio.NewWriter(out)
	t := texts[opts.Lang]
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + reset
	}
	if opts.Quiet {
		return writeQuiet(w, rep, t, paint)
	}
	for i, res := range rep.Results {
		// With --base, a plan that had nothing to be compared with says so:
		// silence would read as "no supply lost".
		notCompared := func() {
			if res.NotCompared() {
				fmt.Fprintf(w, "%s: "+t.notCompared+"\n", paint(bold, sanitize.Path(res.File)), sanitize.Text(res.Base))
			}
		}
		if res.Passed() && len(res.Findings) == 0 && !opts.Verbose {
			fmt.Fprintf(w, "%s: %s\n", paint(bold, sanitize.Path(res.File)), paint(green, t.passes))
			notCompared()
			continue
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		src := &sourceLines{}
		if len(res.Source) > 0 {
			src.lines = strings.Split(string(res.Source), "\n")
		}
		for _, f := range res.Findings {
			sev := paint(red, t.error)
			switch {
			case f.Waiver != nil:
				sev = paint(green, t.waived)
			case f.Severity == finding.Warning:
				sev = paint(yellow, t.warning)
			}
			fmt.Fprintf(w, "%s:%d:%d: %s %s %s [%s]\n",
				paint(bold, sanitize.Path(f.File)), f.Line, f.Column, sev, sanitize.Text(f.Rule),
				sanitize.Message(f.Message.In(opts.Lang), opts.Lang), sanitize.Text(f.Source))
			if f.Waiver != nil {
				fmt.Fprintf(w, "    %s\n", fmt.Sprintf(t.waiver, sanitize.Message(f.Waiver.Motivation, opts.Lang), sanitize.Text(f.Waiver.Until)))
				continue
			}
			writeSource(w, src, f.Line, f.Column, paint)
			if r, ok := ruleByID(rep.Rules, f.Rule); ok && r.Fix.In(opts.Lang) != "" {
				fmt.Fprintf(w, "    %s: %s\n", t.fix, sanitize.Message(r.Fix.In(opts.Lang), opts.Lang))
			}
		}
		if opts.Verbose {
			writeOutcomes(w, res, rep, opts, paint)
		}
		file := paint(bold, sanitize.Path(res.File))
		switch {
		case !res.PoliciesEvaluated && res.Skip != (finding.Text{}):
			fmt.Fprintf(w, "%s: %s; %s.\n", file, paint(red, t.fails), sanitize.Text(res.Skip.In(opts.Lang)))
		case !res.PoliciesEvaluated:
			fmt.Fprintf(w, "%s: %s\n", file, t.skipped)
		case res.Passed() && len(res.Findings) == 0:
			fmt.Fprintf(w, "%s: %s\n", file, paint(green, t.passes))
		case res.Passed():
			verdict := t.passesWithWaivers
			if _, warnings := finding.Count(res.Findings); warnings > 0 {
				verdict = t.passesWithWarnings
			}
			fmt.Fprintf(w, "%s: %s\n", file, paint(green, verdict))
		default:
			fmt.Fprintf(w, "%s: %s\n", file, paint(red, t.fails))
		}
		notCompared()
	}
	s := rep.Summary()
	fmt.Fprintln(w)
	fmt.Fprintln(w, t.summary(s))
	if s.Unchanged > 0 {
		fmt.Fprintf(w, t.unchanged+"\n", plural(s.Unchanged, t.plan, t.plans))
	}
	if warning := userPolicyWarning(rep, opts.Lang); warning != "" {
		fmt.Fprintln(w, paint(yellow, warning))
	}
	fmt.Fprintf(w, "%s: %s\n", provenance.Heading(opts.Lang), oneLine(facts(rep, opts.Lang)))
	return w.Flush()
}

// writeQuiet writes, for --quiet, one line per failing plan and the
// summary: what a CI log or a pre-commit hook needs to show at a glance.
func writeQuiet(w *bufio.Writer, rep check.Report, t textStrings, paint func(string, string) string) error {
	for _, res := range rep.Results {
		if !res.Passed() {
			fmt.Fprintf(w, "%s: %s\n", paint(bold, sanitize.Path(res.File)), paint(red, t.fails))
		}
	}
	s := rep.Summary()
	fmt.Fprintln(w, t.summary(s))
	if s.Unchanged > 0 {
		fmt.Fprintf(w, t.unchanged+"\n", plural(s.Unchanged, t.plan, t.plans))
	}
	return w.Flush()
}

// writeSource shows the line a finding points at, with a caret under its
// column, the way compilers do. The line is shown as sanitize shows it (a tab
// as \t, a bidi control as <U+202E>), and the caret is moved by the width of
// what is shown for each character before the column, so it stays under the
// right one.
func writeSource(w io.Writer, src *sourceLines, line, column int, paint func(string, string) string) {
	text, n, ok := src.line(line)
	if !ok {
		return
	}
	col := min(max(column, 1), n+1)
	// Show a window of a very long line around the column.
	start, end := 0, n
	if col > 100 {
		start = col - 60
	}
	if end-start > 160 {
		end = start + 160
	}
	prefix := ""
	if start > 0 {
		prefix = "…"
	}
	shown := sanitize.Window(text[src.offset(start):], 0, end-start)
	fmt.Fprintf(w, "  %5d | %s%s\n", line, prefix, strings.Join(shown, ""))
	width := utf8.RuneCountInString(prefix)
	for _, s := range shown[:col-1-start] {
		width += utf8.RuneCountInString(s)
	}
	fmt.Fprintf(w, "        | %s%s\n", strings.Repeat(" ", width), paint(red, "^"))
}

// sourceLines are a plan's lines, for excerpts. A plan of one long line can
// have hundreds of findings on it, so the line last shown is measured once:
// its length in characters and where every 256th character starts.
type sourceLines struct {
	lines []string
	cur   int    // the line measured, 1-based; 0 for none
	runes int    // its length in characters
	marks []int  // byte offset of character 256·k
	text  string // the line, without its CR
}

// line returns line n without its CR, and its length in characters.
func (s *sourceLines) line(n int) (string, int, bool) {
	if n < 1 || n > len(s.lines) {
		return "", 0, false
	}
	if s.cur != n {
		s.cur, s.text, s.runes, s.marks = n, strings.TrimRight(s.lines[n-1], "\r"), 0, s.marks[:0]
		for i := range s.text {
			if s.runes%256 == 0 {
				s.marks = append(s.marks, i)
			}
			s.runes++
		}
	}
	return s.text, s.runes, true
}

// offset returns the byte offset of character k of the current line.
func (s *sourceLines) offset(k int) int {
	if k >= s.runes {
		return len(s.text)
	}
	off := s.marks[k/256]
	for range k % 256 {
		_, size := utf8.DecodeRuneInString(s.text[off:])
		off += size
	}
	return off
}

// writeOutcomes lists, for --verbose, what became of every rule for a plan.
func writeOutcomes(w io.Writer, res check.Result, rep check.Report, opts Options, paint func(string, string) string) {
	t := texts[opts.Lang]
	colour := map[check.Outcome]string{check.Pass: green, check.Fail: red, check.Warn: yellow, check.Waived: green, check.Skipped: ""}
	for _, o := range res.Outcomes(rep.Rules) {
		word := t.outcomes[o.Outcome]
		reason := ""
		if r := o.Reason.In(opts.Lang); r != "" {
			reason = " (" + sanitize.Text(r) + ")"
		}
		fmt.Fprintf(w, "    %s %s %s%s\n", paint(colour[o.Outcome], fmt.Sprintf("%-18s", word)), sanitize.Text(o.Rule.ID), sanitize.Text(o.Rule.Title.In(opts.Lang)), reason)
	}
}

type textStrings struct {
	error, warning, waived, waiver, passes, passesWithWarnings, passesWithWaivers, fails, skipped, fix, unchanged, notCompared, plan, plans string
	outcomes                                                                                                                                map[check.Outcome]string
	summary                                                                                                                                 func(check.Summary) string
}

var texts = map[finding.Lang]textStrings{
	finding.NL: {
		error:              "fout",
		warning:            "waarschuwing",
		waived:             "afgeweken",
		waiver:             "afwijking: %s (geldig tot %s)",
		passes:             "voldoet",
		passesWithWarnings: "voldoet, met waarschuwingen",
		passesWithWaivers:  "voldoet, met gemotiveerde afwijkingen",
		fails:              "voldoet niet",
		skipped:            "voldoet niet; de afspraken zijn niet gecontroleerd omdat het plan niet te lezen is of niet aan het planformaat voldoet. Los eerst de fouten hierboven op.",
		fix:                "oplossing",
		unchanged:          "%s overgeslagen: ongewijzigd ten opzichte van --base.",
		notCompared:        "niet vergeleken: geen eerdere versie op %s en geen plan van een eerder inkoopjaar van deze regio, dus niet gecontroleerd of er aanbod verloren ging.",
		plan:               "plan",
		plans:              "plannen",
		outcomes: map[check.Outcome]string{
			check.Pass: "voldoet", check.Fail: "fout", check.Warn: "waarschuwing",
			check.Waived: "afgeweken", check.Skipped: "niet gecontroleerd",
		},
		summary: func(s check.Summary) string {
			return fmt.Sprintf("%s gecontroleerd: %d %s, %d %s; %s, %s%s.",
				plural(s.Files, "plan", "plannen"), s.Passed, pick(s.Passed, "voldoet", "voldoen"),
				s.Failed, pick(s.Failed, "voldoet niet", "voldoen niet"),
				plural(s.Errors, "fout", "fouten"), plural(s.Warnings, "waarschuwing", "waarschuwingen"),
				optional(s.Waived, ", %d afgeweken"))
		},
	},
	finding.EN: {
		error:              "error",
		warning:            "warning",
		waived:             "waived",
		waiver:             "deviation: %s (valid until %s)",
		passes:             "passes",
		passesWithWarnings: "passes, with warnings",
		passesWithWaivers:  "passes, with motivated deviations",
		fails:              "fails",
		skipped:            "fails; the agreements were not checked because the plan cannot be read or does not match the plan format. Fix the errors above first.",
		fix:                "fix",
		unchanged:          "%s skipped: unchanged since --base.",
		notCompared:        "not compared: no earlier version at %s and no plan of an earlier contracting year of this region, so whether supply was lost was not checked.",
		plan:               "plan",
		plans:              "plans",
		outcomes: map[check.Outcome]string{
			check.Pass: "passes", check.Fail: "error", check.Warn: "warning",
			check.Waived: "waived", check.Skipped: "not checked",
		},
		summary: func(s check.Summary) string {
			return fmt.Sprintf("%s checked: %d passed, %d failed; %s, %s%s.",
				plural(s.Files, "plan", "plans"), s.Passed, s.Failed,
				plural(s.Errors, "error", "errors"), plural(s.Warnings, "warning", "warnings"),
				optional(s.Waived, ", %d waived"))
		},
	},
}

// optional formats n only when it is not zero, so that reports of plans
// without deviations stay as they were.
func optional(n int, format string) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(format, n)
}

func plural(n int, one, many string) string {
	return fmt.Sprintf("%d %s", n, pick(n, one, many))
}

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
