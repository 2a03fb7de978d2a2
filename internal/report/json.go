package report

import (
	"io"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/config"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

type jsonReport struct {
	Provenance provenance.Record `json:"provenance"`
	Findings   []jsonFinding     `json:"findings"`
	Files      []jsonFile        `json:"files"`
	Summary    check.Summary     `json:"summary"`
	Config     config.Settings   `json:"config"`
}

type jsonFinding struct {
	Rule     string           `json:"rule"`
	Severity finding.Severity `json:"severity"`
	File     string           `json:"file"`
	Line     int              `json:"line"`
	Column   int              `json:"column"`
	Path     string           `json:"path"`
	Message  string           `json:"message"`
	Messages finding.Text     `json:"messages"`
	Source   string           `json:"source"`
	Waived   bool             `json:"waived"`
	Waiver   *finding.Waiver  `json:"waiver,omitempty"`
}

type jsonFile struct {
	File              string        `json:"file"`
	SHA256            string        `json:"sha256,omitempty"`
	Passed            bool          `json:"passed"`
	Errors            int           `json:"errors"`
	Warnings          int           `json:"warnings"`
	Waived            int           `json:"waived"`
	PoliciesEvaluated bool          `json:"policies_evaluated"`
	Rules             []jsonOutcome `json:"rules"`
}

type jsonOutcome struct {
	Rule    string        `json:"rule"`
	Outcome check.Outcome `json:"outcome"`
	Reason  string        `json:"reason,omitempty"` // why a skipped rule did not run
}

// writeJSON writes one object: every finding, the verdict per file with the
// outcome of every rule, the
// summary, and the tunable values the run used (so that a finding can be
// reproduced). "message" is in the chosen language; "messages" holds both.
func writeJSON(w io.Writer, rep check.Report, opts Options) error {
	out := jsonReport{Provenance: rep.Provenance, Findings: []jsonFinding{}, Files: []jsonFile{}, Summary: rep.Summary(), Config: rep.Settings}
	for _, res := range rep.Results {
		e, wn := finding.Count(res.Findings)
		file := jsonFile{
			File: res.File, SHA256: res.SHA256, Passed: res.Passed(), Errors: e, Warnings: wn, Waived: finding.CountWaived(res.Findings),
			PoliciesEvaluated: res.PoliciesEvaluated, Rules: []jsonOutcome{},
		}
		for _, o := range res.Outcomes(rep.Rules) {
			file.Rules = append(file.Rules, jsonOutcome{Rule: o.Rule.ID, Outcome: o.Outcome, Reason: o.Reason.In(opts.Lang)})
		}
		out.Files = append(out.Files, file)
		for _, f := range res.Findings {
			out.Findings = append(out.Findings, jsonFinding{
				Rule: f.Rule, Severity: f.Severity, File: f.File, Line: f.Line, Column: f.Column,
				Path: f.Path, Message: f.Message.In(opts.Lang), Messages: f.Message, Source: f.Source,
				Waived: f.Waiver != nil, Waiver: f.Waiver,
			})
		}
	}
	return sanitize.WriteJSON(w, out)
}
