package report

import (
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// facts lists what produced the report, sanitized for people.
func facts(rep check.Report, lang finding.Lang) []provenance.Fact {
	out := rep.Provenance.Facts(lang)
	for i := range out {
		out[i].Value = sanitize.Text(out[i].Value)
	}
	return out
}

// userPolicyWarning is the sentence every human format puts first when user
// policies took part, or "" for a standard verdict.
func userPolicyWarning(rep check.Report, lang finding.Lang) string {
	return sanitize.Text(rep.Provenance.Warning(lang))
}

// oneLine writes the facts as "label: value · label: value".
func oneLine(fs []provenance.Fact) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.Label + ": " + f.Value
	}
	return strings.Join(parts, " · ")
}
