package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// writeGitHub writes GitHub Actions workflow commands: an ::error or
// ::warning annotation per finding, shown at its line in the pull request,
// and a ::notice for a waived one. Text from plans and policies is
// sanitized first, then escaped as the runner expects, so that it can neither
// end the command nor start one of its own.
func writeGitHub(out io.Writer, rep check.Report, opts Options) error {
	w := bufio.NewWriter(out)
	t := texts[opts.Lang]
	for _, res := range rep.Results {
		for _, f := range res.Findings {
			command, message := "error", sanitize.Message(f.Message.In(opts.Lang), opts.Lang)
			switch {
			case f.Waiver != nil:
				command = "notice"
				message = t.waived + ": " + message + "\n" +
					fmt.Sprintf(t.waiver, sanitize.Message(f.Waiver.Motivation, opts.Lang), sanitize.Text(f.Waiver.Until))
			case f.Severity == finding.Warning:
				command = "warning"
			}
			title := sanitize.Text(f.Rule)
			if r, ok := ruleByID(rep.Rules, f.Rule); ok {
				title += ": " + sanitize.Text(r.Title.In(opts.Lang))
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", command,
				escapeProperty(sanitize.Text(f.File)), f.Line, f.Column, escapeProperty(title),
				escapeData(message+" ["+sanitize.Text(f.Source)+"]"))
		}
	}
	fmt.Fprintln(w, t.summary(rep.Summary()))
	if warning := userPolicyWarning(rep, opts.Lang); warning != "" {
		// An annotation, so that it shows on the pull request's checks page.
		fmt.Fprintf(w, "::warning title=ggzcheck::%s\n", escapeData(warning))
	}
	fmt.Fprintf(w, "%s: %s\n", provenance.Heading(opts.Lang), oneLine(facts(rep, opts.Lang)))
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
