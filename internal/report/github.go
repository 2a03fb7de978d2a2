package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// writeGitHub writes GitHub Actions workflow commands: an ::error or
// ::warning annotation per finding, shown at its line in the pull request,
// and a ::notice for a waived one.
func writeGitHub(out io.Writer, rep check.Report, opts Options) error {
	w := bufio.NewWriter(out)
	t := texts[opts.Lang]
	for _, res := range rep.Results {
		for _, f := range res.Findings {
			command, message := "error", f.Message.In(opts.Lang)
			switch {
			case f.Waiver != nil:
				command = "notice"
				message = t.waived + ": " + message + "\n" + fmt.Sprintf(t.waiver, f.Waiver.Motivation, f.Waiver.Until)
			case f.Severity == finding.Warning:
				command = "warning"
			}
			title := f.Rule
			if r, ok := ruleByID(rep.Rules, f.Rule); ok {
				title += ": " + r.Title.In(opts.Lang)
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", command,
				escapeProperty(f.File), f.Line, f.Column, escapeProperty(title), escapeData(message+" ["+f.Source+"]"))
		}
	}
	fmt.Fprintln(w, t.summary(rep.Summary()))
	return w.Flush()
}

// The escapers are built once: a Replacer is costly to build and safe to share.
var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// escapeData escapes a workflow command's message, as the Actions runner
// expects: %, CR and LF.
func escapeData(s string) string { return dataEscaper.Replace(s) }

var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// escapeProperty escapes a workflow command's property value: as data, and
// also ':' and ',' that would end the property.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

func ruleByID(rules []finding.Rule, id string) (finding.Rule, bool) {
	for _, r := range rules {
		if r.ID == id {
			return r, true
		}
	}
	return finding.Rule{}, false
}
