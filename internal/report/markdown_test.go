package report_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/generate"
	"github.com/ggzcheck/ggzcheck/internal/report"
)

// TestMarkdownFitsAComment checks 68 generated plans for real, the number
// of regions in the Netherlands, and the compact Markdown stays within a
// pull-request comment while the verbose one does not.
func TestMarkdownFitsAComment(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	var paths []string
	for i := range 68 {
		p := filepath.Join(dir, fmt.Sprintf("regio-%05d", i), "2026.yaml")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, generate.Plan(13, i), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	c, err := check.New(context.Background(), check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := c.Files(context.Background(), paths)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Summary().Passed == len(paths) {
		t.Fatal("the generated plans all pass; the test needs findings")
	}
	out := render(t, rep, report.Markdown, report.Options{Lang: finding.NL, RunURL: "https://github.com/o/r/actions/runs/1"})
	wellFormed(t, out, rep)
	if !strings.Contains(out, "[samenvatting van de run](https://github.com/o/r/actions/runs/1)") {
		t.Error("the report does not point to the run for the full form")
	}
	if strings.Count(out, "| ✅ ")+strings.Count(out, "| ❌ ") != len(paths) {
		t.Error("not every plan's verdict is in the table, though they fit")
	}
	full := render(t, rep, report.Markdown, report.Options{Lang: finding.NL, Verbose: true})
	if utf8.RuneCountInString(full) <= report.MarkdownLimit {
		t.Errorf("the verbose form is %d characters; the test should show that the compact one is needed", utf8.RuneCountInString(full))
	}
}

// TestMarkdownFitsWhateverTheTexts feeds the compact Markdown thousands of
// plans with the longest texts a report lets through, full of characters
// Markdown and HTML escape into several: the bound holds, the cut is at
// whole lines, errors come before warnings, and what is left out is
// counted exactly.
func TestMarkdownFitsWhateverTheTexts(t *testing.T) {
	hostile := strings.Repeat("|`*[]@<&_\\", 400) // 4,000 characters, each escaped into several
	rules := []finding.Rule{
		{ID: "fout", Agreement: "A. " + hostile, Title: finding.Text{NL: hostile}},
		{ID: "let-op", Agreement: "B. Tweede", Title: finding.Text{NL: "t"}},
	}
	for _, tc := range []struct {
		name              string
		plans, perPlan    int
		wantAllPlansShown bool
	}{
		{name: "een plan met veel bevindingen", plans: 1, perPlan: 500, wantAllPlansShown: true},
		{name: "68 plannen", plans: 68, perPlan: 3},
		{name: "2000 plannen", plans: 2000, perPlan: 2},
		{name: "2000 plannen die voldoen", plans: 2000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := check.Report{Rules: rules}
			for i := range tc.plans {
				file := fmt.Sprintf("regions/%s-%d/2026.yaml", hostile, i)
				res := check.Result{File: file, Region: hostile, Year: 2026, PoliciesEvaluated: true}
				for j := range tc.perPlan {
					f := finding.Finding{Rule: "fout", Severity: finding.Error, File: file, Line: j + 1, Column: 1,
						Message: finding.Text{NL: hostile + hostile}, Source: hostile}
					if j%2 == 1 {
						f.Rule, f.Severity = "let-op", finding.Warning
						f.Waiver = &finding.Waiver{Motivation: hostile, Until: hostile}
					}
					res.Findings = append(res.Findings, f)
				}
				rep.Results = append(rep.Results, res)
			}
			rep.Provenance.ConfigFile = hostile
			out := render(t, rep, report.Markdown, report.Options{Lang: finding.NL, LinkBase: "https://github.com/o/r/blob/abc/"})
			wellFormed(t, out, rep)
			if rows := strings.Count(out, "| ✅ ") + strings.Count(out, "| ❌ "); tc.wantAllPlansShown && rows != tc.plans {
				t.Errorf("%d of %d plans in the table", rows, tc.plans)
			}
			if tc.perPlan > 0 && !strings.Contains(out, "- ❌ ") {
				t.Error("no error finding shown")
			}
		})
	}
}

var (
	moreFindings = regexp.MustCompile(`(?m)^… nog (\d+) bevindingen? niet getoond\.$`)
	morePlans    = regexp.MustCompile(`(?m)^… nog (\d+) (?:plannen die|plan dat) (?:niet )?(?:voldoen|voldoet), niet getoond\.$`)
)

// wellFormed checks the compact Markdown of rep: within the limit counted
// as characters and as UTF-16 code units, every table row whole, every code
// span and link closed on its line, errors before the rest, and every plan
// and finding either shown or counted.
func wellFormed(t *testing.T, out string, rep check.Report) {
	t.Helper()
	if n := utf8.RuneCountInString(out); n > report.MarkdownLimit {
		t.Errorf("%d characters, over %d", n, report.MarkdownLimit)
	}
	if n := len(utf16.Encode([]rune(out))); n > report.MarkdownLimit {
		t.Errorf("%d UTF-16 code units, over %d", n, report.MarkdownLimit)
	}
	if strings.Contains(out, "<details") {
		t.Error("the compact form has the per-rule tables")
	}
	if !strings.HasSuffix(out, "\n") || !strings.Contains(out, "\n### Herkomst\n") {
		t.Error("the report does not end with its provenance")
	}
	for i, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "|") {
			if n := unescaped(line, '|'); n != 9 {
				t.Errorf("line %d: a table row with %d cell borders, want 9: %.200s", i+1, n, line)
			}
		}
		if unescaped(line, '`')%2 != 0 {
			t.Errorf("line %d: a code span left open: %.200s", i+1, line)
		}
		if unescaped(line, '[') != unescaped(line, ']') {
			t.Errorf("line %d: a link left open: %.200s", i+1, line)
		}
	}
	errorsAt, restAt := strings.Index(out, "\n### Fouten\n"), strings.Index(out, "\n### Waarschuwingen en afwijkingen\n")
	if errorsAt >= 0 && restAt >= 0 && restAt < errorsAt {
		t.Error("warnings come before errors")
	}

	total, plans := 0, 0
	for _, res := range rep.Results {
		total += len(res.Findings)
	}
	shown := strings.Count(out, "\n- ❌ ") + strings.Count(out, "\n- ⚠️ ") + strings.Count(out, "\n- 🔵 ")
	counted := 0
	for _, m := range moreFindings.FindAllStringSubmatch(out, -1) {
		n, _ := strconv.Atoi(m[1])
		counted += n
	}
	if shown+counted != total {
		t.Errorf("%d findings shown and %d counted as left out; the plans have %d", shown, counted, total)
	}
	rows := strings.Count(out, "| ✅ ") + strings.Count(out, "| ❌ ")
	for _, m := range morePlans.FindAllStringSubmatch(out, -1) {
		n, _ := strconv.Atoi(m[1])
		plans += n
	}
	if rows+plans != len(rep.Results) {
		t.Errorf("%d plans shown and %d counted as left out; the report has %d", rows, plans, len(rep.Results))
	}
	if counted+plans > 0 && !strings.Contains(out, "--verbose") && !strings.Contains(out, "/actions/runs/") {
		t.Error("something was left out, and the report does not say where to find it")
	}
}

// unescaped counts c in line where no odd run of backslashes escapes it.
func unescaped(line string, c byte) int {
	n, slashes := 0, 0
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\':
			slashes++
			continue
		case line[i] == c && slashes%2 == 0:
			n++
		}
		slashes = 0
	}
	return n
}
