package report_test

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/need"
	"github.com/ggzcheck/ggzcheck/internal/report"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
	"github.com/ggzcheck/ggzcheck/internal/sanitize/sanitizetest"
)

// hostileReport is a report in which every string that comes from a plan,
// a file name or a policy carries the hostile set: region names, messages in
// both languages, sources, waiver motivations and dates, the plan lines the
// findings point at, the settings file, and a custom rule's texts.
func hostileReport() check.Report {
	h := sanitizetest.Hostile
	both := finding.Text{NL: h, EN: h}
	rule := finding.Rule{
		ID: "eigen-regel", Severity: finding.Error, Title: both, Description: both, Source: h,
		Agreement: "Z. " + h, Quote: h, Fails: "a: 1\n", Passes: "a: " + h + "\nb: " + h + "\n", Fix: both,
	}
	rep := check.Report{Rules: []finding.Rule{rule}}
	rep.Settings.File = h
	for i, file := range sanitizetest.Files {
		huge := h
		if i == 0 { // one huge value of each kind is enough, and keeps the test fast
			huge = sanitizetest.Huge
		}
		source := []byte("regio:\n  naam: \"" + h + "\"\n" + huge + "\n")
		f := func(line, col int, sev finding.Severity, msg string) finding.Finding {
			return finding.Finding{Rule: rule.ID, Severity: sev, File: file, Line: line, Column: col,
				Path: "/regio/naam", Message: finding.Text{NL: msg, EN: msg}, Source: h}
		}
		waived := f(2, 12, finding.Error, h)
		waived.Waiver = &finding.Waiver{Motivation: h, Until: h, Path: "/afwijkingen/0"}
		rep.Results = append(rep.Results, check.Result{
			File: file, Region: h, Year: 2026, Source: source, PoliciesEvaluated: true,
			Findings: []finding.Finding{
				f(2, 12, finding.Error, h),
				f(3, 1, finding.Warning, h),          // the line after the newline in the value: "::error …"
				f(4, 1_000_000, finding.Error, huge), // far into the huge line
				waived,
			},
		})
	}
	return rep
}

// githubCommand is an annotation as the github format writes it: four
// properties whose values hold no raw ':' or ','.
var githubCommand = regexp.MustCompile(`^::(error|warning|notice) file=[^,:]*,line=[0-9]+,col=[0-9]+,title=[^,:]*::[^\r]*$`)

// safeTarget is a link target in which a file name is percent-encoded.
var safeTarget = regexp.MustCompile(`^(#plan-[0-9]+|[A-Za-z0-9._~/%-]+(#L[0-9]+)?)$`)

// TestHostileTextInEveryFormat renders a report full of hostile text in every
// format: no format for people lets a control, bidi or separator character,
// a workflow command or a huge value through; JSON keeps the exact values;
// SARIF and JUnit stay valid.
func TestHostileTextInEveryFormat(t *testing.T) {
	t.Chdir("../..") // the SARIF schema and the JUnit XSD are in testdata
	rep := hostileReport()
	findings := 0
	for _, res := range rep.Results {
		findings += len(res.Findings)
	}
	for _, f := range report.Formats() {
		for _, lang := range finding.Langs() {
			out := render(t, rep, f, report.Options{Lang: lang, Verbose: true, LinkBase: ""})
			name := string(f) + "/" + string(lang)
			switch f {
			case report.Text:
				sanitizetest.Human(t, name, out, nil)
				if !strings.Contains(out, "\n./::warning::x.yaml:2:12: ") || !strings.Contains(out, "\n./ ::notice::y.yaml: ") {
					t.Errorf("%s: a file name that starts a command does not get ./ in front", name)
				}
			case report.GitHub:
				commands := 0
				sanitizetest.Human(t, name, out, func(line string) bool {
					commands++
					return githubCommand.MatchString(line)
				})
				if commands != findings {
					t.Errorf("%s: %d workflow commands, want one per finding (%d)", name, commands, findings)
				}
			case report.Markdown:
				sanitizetest.Human(t, name, out, nil)
				checkTargets(t, name, regexp.MustCompile(`\]\(([^)]*)\)`), out)
			case report.HTML:
				sanitizetest.Human(t, name, out, nil)
				checkTargets(t, name, regexp.MustCompile(`href="([^"]*)"`), out)
			case report.JUnit:
				sanitizetest.Human(t, name, out, nil)
				checkXML(t, name, out)
				if need.Optional(t, "libxml2-utils", "xmllint") != "" {
					validateJUnit(t, out, true)
				}
			case report.JSON:
				checkJSONExact(t, name, out, rep)
			case report.SARIF:
				validateSARIF(t, out)
				checkSARIFTexts(t, name, out)
			default:
				t.Errorf("format %s is not covered by this test", f)
			}
		}
	}
}

// checkTargets checks that every link target the pattern finds is a safe one.
func checkTargets(t *testing.T, format string, pattern *regexp.Regexp, out string) {
	t.Helper()
	links := pattern.FindAllStringSubmatch(out, -1)
	if len(links) == 0 {
		t.Errorf("%s: no links found", format)
	}
	for _, m := range links {
		if !safeTarget.MatchString(m[1]) {
			t.Errorf("%s: link target %q is not percent-encoded", format, m[1])
		}
	}
}

// checkXML reads out as XML to the end, and checks the texts CI systems
// show: no control or bidi character in attributes, none but the newlines
// between notes in element text, and no line there that starts a command.
func checkXML(t *testing.T, format, out string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(out))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", format, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				checkPlain(t, format, a.Value, "")
			}
		case xml.CharData:
			checkPlain(t, format, string(tok), "\n")
			for _, line := range strings.Split(string(tok), "\n") {
				if sanitizetest.Command(line) {
					t.Errorf("%s: element text has a workflow command line: %.200q", format, line)
				}
			}
		}
	}
}

// checkPlain fails when s holds a control, format or separator character
// other than those in allowed, or is longer than a capped message.
func checkPlain(t *testing.T, format, s, allowed string) {
	t.Helper()
	for _, r := range s {
		if !strings.ContainsRune(allowed, r) && (unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)) {
			t.Errorf("%s: raw %U in %.80q", format, r, s)
		}
	}
	if n := utf8.RuneCountInString(s); n > sanitizetest.MaxLine {
		t.Errorf("%s: a text of %d characters; the cap is %d", format, n, sanitizetest.MaxLine)
	}
}

// checkJSONExact checks that JSON, data for machines, keeps every value as
// it was (the encoder escapes control characters; invalid UTF-8 can only be
// U+FFFD in JSON).
func checkJSONExact(t *testing.T, format, out string, rep check.Report) {
	t.Helper()
	var got struct {
		Findings []struct {
			File     string       `json:"file"`
			Message  string       `json:"message"`
			Messages finding.Text `json:"messages"`
			Waiver   *finding.Waiver
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	var want []finding.Finding
	for _, res := range rep.Results {
		want = append(want, res.Findings...)
	}
	if len(got.Findings) != len(want) {
		t.Fatalf("%s: %d findings, want %d", format, len(got.Findings), len(want))
	}
	valid := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
	for i, f := range got.Findings {
		w := want[i]
		if f.File != valid(w.File) || f.Messages.NL != valid(w.Message.NL) || f.Message != valid(w.Message.NL) {
			t.Errorf("%s: finding %d does not keep the exact values", format, i)
		}
		if w.Waiver != nil && (f.Waiver == nil || f.Waiver.Motivation != valid(w.Waiver.Motivation)) {
			t.Errorf("%s: finding %d does not keep the exact motivation", format, i)
		}
	}
}

// checkSARIFTexts checks the texts GitHub shows to people: every "text",
// "markdown" and "justification" in the log.
func checkSARIFTexts(t *testing.T, format, out string) {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	seen := 0
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(k, x)
			}
		case []any:
			for _, x := range v {
				walk(key, x)
			}
		case string:
			switch key {
			case "text", "justification":
				seen++
				checkPlain(t, format, v, "")
			case "markdown":
				seen++
				checkPlain(t, format, v, "\n")
			}
		}
	}
	walk("", v)
	if seen == 0 {
		t.Errorf("%s: no texts found", format)
	}
	if !strings.Contains(out, sanitize.Text("\u202e")) {
		t.Errorf("%s: the bidi override is not shown visibly", format)
	}
}

// TestSourceCaret checks that the text format shows a plan line with a tab,
// a bidi override and an escape sequence visibly, and puts the caret under
// the character the finding points at, counting the width of what is shown.
func TestSourceCaret(t *testing.T) {
	for _, c := range []struct {
		name, line string
		column     int
		excerpt    string
		caret      int // spaces before the ^
	}{
		{"plain", `naam: "Testregio"`, 8, `naam: "Testregio"`, 7},
		{"tab before", "naam:\t\"x\"", 7, `naam:\t"x"`, 7},
		{"on the tab", "\tnaam: x", 1, `\tnaam: x`, 0},
		{"after a bidi override", "a: \"\u202eb\"", 6, `a: "<U+202E>b"`, 12},
		{"on the escape", "a: \x1b[31mx", 4, `a: <U+001B>[31mx`, 3},
		{"after a carriage return", "a: x\ry", 6, `a: x\ry`, 6},
		{"invalid UTF-8", "a: \xff\xfeb", 6, "a: \uFFFD\uFFFDb", 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := check.Report{Results: []check.Result{{
				File: "p.yaml", PoliciesEvaluated: true, Source: []byte("eerste\n" + c.line + "\n"),
				Findings: []finding.Finding{{Rule: "x", Severity: finding.Error, File: "p.yaml", Line: 2, Column: c.column,
					Message: finding.Text{NL: "m"}, Source: "s"}},
			}}}
			lines := strings.Split(render(t, rep, report.Text, report.Options{Lang: finding.NL}), "\n")
			want := []string{"      2 | " + c.excerpt, "        | " + strings.Repeat(" ", c.caret) + "^"}
			if len(lines) < 3 || lines[1] != want[0] || lines[2] != want[1] {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(lines[1:min(3, len(lines))], "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
