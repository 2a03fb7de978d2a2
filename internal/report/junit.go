package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Properties *junitProps     `xml:"properties,omitempty"`
	Cases      []junitTestCase `xml:"testcase"`
}

type junitProps struct {
	Items []junitProp `xml:"property"`
}

type junitProp struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitTestCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Skipped   *string        `xml:"skipped,omitempty"`
	Failures  []junitFailure `xml:"failure,omitempty"`
	SystemOut string         `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

// writeJUnit writes one testsuite per plan file and one testcase per rule:
// an error finding is a failure with its message and position, warnings and
// waived findings are reported in system-out, and rules not evaluated
// because the plan broke the schema are skipped. CI systems show these texts
// to people, so they are sanitized like the other human formats; the XML
// encoder escapes the rest.
func writeJUnit(w io.Writer, rep check.Report, opts Options) error {
	t := texts[opts.Lang]
	suites := junitSuites{Name: "ggzcheck"}
	provenance := facts(rep, opts.Lang)
	for _, res := range rep.Results {
		suite := junitSuite{Name: sanitize.Text(res.File), Properties: &junitProps{}}
		if res.Region != "" {
			suite.Properties.Items = append(suite.Properties.Items,
				junitProp{Name: "regio", Value: sanitize.Cut(res.Region, sanitize.MaxValue)}, junitProp{Name: "inkoopjaar", Value: fmt.Sprint(res.Year)})
		}
		if res.SHA256 != "" {
			suite.Properties.Items = append(suite.Properties.Items, junitProp{Name: "sha256", Value: res.SHA256})
		}
		for _, f := range provenance {
			suite.Properties.Items = append(suite.Properties.Items, junitProp{Name: f.Key, Value: f.Value})
		}
		byRule := map[string][]finding.Finding{}
		for _, f := range res.Findings {
			byRule[f.Rule] = append(byRule[f.Rule], f)
		}
		for _, o := range res.Outcomes(rep.Rules) {
			tc := junitTestCase{Name: sanitize.Text(o.Rule.ID + ": " + o.Rule.Title.In(opts.Lang)), Classname: sanitize.Text(o.Rule.Agreement)}
			var notes []string
			for _, f := range byRule[o.Rule.ID] {
				where := fmt.Sprintf("%s:%d:%d", sanitize.Path(f.File), f.Line, f.Column)
				message := sanitize.Message(f.Message.In(opts.Lang), opts.Lang)
				switch {
				case f.Waiver != nil:
					notes = append(notes, fmt.Sprintf("%s: %s %s\n  %s", where, t.waived, message,
						fmt.Sprintf(t.waiver, sanitize.Message(f.Waiver.Motivation, opts.Lang), sanitize.Text(f.Waiver.Until))))
				case f.Severity == finding.Warning:
					notes = append(notes, fmt.Sprintf("%s: %s %s", where, t.warning, message))
				default:
					tc.Failures = append(tc.Failures, junitFailure{
						Type: sanitize.Text(f.Rule), Message: message,
						Text: fmt.Sprintf("%s: %s [%s]", where, message, sanitize.Text(f.Source)),
					})
				}
			}
			tc.SystemOut = strings.Join(notes, "\n")
			if o.Outcome == check.Skipped {
				reason := t.skipped
				if r := o.Reason.In(opts.Lang); r != "" {
					reason = sanitize.Text(withReason(t.outcomes[check.Skipped], o, opts.Lang))
				}
				tc.Skipped = &reason
				suite.Skipped++
			}
			if len(tc.Failures) > 0 {
				suite.Failures++
			}
			suite.Tests++
			suite.Cases = append(suite.Cases, tc)
		}
		suites.Tests += suite.Tests
		suites.Failures += suite.Failures
		suites.Suites = append(suites.Suites, suite)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(suites); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
