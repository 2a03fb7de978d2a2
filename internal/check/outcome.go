package check

import (
	"strings"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// Outcome is what became of one rule for one plan.
type Outcome string

// The outcomes a rule can have for a plan.
const (
	Pass    Outcome = "pass"    // evaluated, no finding
	Fail    Outcome = "fail"    // an error finding
	Warn    Outcome = "warning" // only warning findings
	Waived  Outcome = "waived"  // only findings covered by a motivated deviation
	Skipped Outcome = "skipped" // not evaluated; RuleOutcome.Reason says why
)

// RuleOutcome pairs a rule with its outcome for one plan.
type RuleOutcome struct {
	Rule    finding.Rule
	Outcome Outcome
	Reason  finding.Text // why a skipped rule did not run; empty otherwise
}

// Outcomes returns, for every rule in the catalogue and in its order, what
// became of it for this plan. Reviewers audit compliance, so passes count.
func (r Result) Outcomes(rules []finding.Rule) []RuleOutcome {
	worst := map[string]Outcome{}
	for _, f := range r.Findings {
		o := Fail
		switch {
		case f.Waiver != nil:
			o = Waived
		case f.Severity == finding.Warning:
			o = Warn
		}
		if rank(o) > rank(worst[f.Rule]) {
			worst[f.Rule] = o
		}
	}
	out := make([]RuleOutcome, 0, len(rules))
	for _, rule := range rules {
		o, found := worst[rule.ID]
		var reason finding.Text
		switch {
		case found:
		case !r.PoliciesEvaluated && !readingOrFormat(rule.ID):
			o, reason = Skipped, r.NotEvaluated()
		default:
			o, reason = Pass, r.missing(rule.Needs)
			if reason != (finding.Text{}) {
				o = Skipped
			}
		}
		out = append(out, RuleOutcome{Rule: rule, Outcome: o, Reason: reason})
	}
	return out
}

// partlyEvaluated is why rules without a finding are not counted as passed
// for a plan that breaks the format in places: they did not see those places.
var partlyEvaluated = finding.Text{
	NL: "de afspraken zijn alleen gecontroleerd op de delen van het plan die aan het planformaat voldoen",
	EN: "the agreements were checked only on the parts of the plan that match the plan format",
}

// NotCompared reports whether --base was given, the agreements were
// evaluated, and yet the plan had no earlier plan to be compared with: a new
// region, or its first year.
func (r Result) NotCompared() bool {
	return r.Base != "" && len(r.Earlier) == 0 && (r.PoliciesEvaluated || r.Skip == partlyEvaluated)
}

// NotEvaluated says why the agreements were not (all) checked for this file.
func (r Result) NotEvaluated() finding.Text {
	if r.Skip != (finding.Text{}) {
		return r.Skip
	}
	return finding.Text{
		NL: "het plan is niet te lezen of voldoet niet aan het planformaat",
		EN: "the plan cannot be read or does not match the plan format",
	}
}

// missing says what a rule needed and this plan's check did not have, or
// nothing when the rule could run.
func (r Result) missing(need finding.Need) finding.Text {
	switch {
	case need == finding.NeedsBase && r.Base == "":
		return finding.Text{
			NL: "vraagt --base: een git-revisie om het plan mee te vergelijken",
			EN: "needs --base: a git revision to compare the plan with",
		}
	case need == finding.NeedsEarlierVersion && len(r.Earlier) == 0 && r.Base == "":
		return finding.Text{
			NL: "geen eerder plan om mee te vergelijken: geen --base, en geen plan van een eerder inkoopjaar van deze regio onder hetzelfde register",
			EN: "no earlier plan to compare with: no --base, and no plan of an earlier contracting year of this region under the same registry",
		}
	case need == finding.NeedsEarlierVersion && len(r.Earlier) == 0:
		return finding.Text{
			NL: "geen eerdere versie van dit plan op " + r.Base + " en geen plan van een eerder inkoopjaar van deze regio",
			EN: "no earlier version of this plan at " + r.Base + " and no plan of an earlier contracting year of this region",
		}
	case need == finding.NeedsPreviousYear && r.PreviousYear == "":
		return finding.Text{
			NL: "geen plan van een eerder inkoopjaar van deze regio, niet onder hetzelfde register en niet op --base",
			EN: "no plan of an earlier contracting year of this region, neither under the same registry nor at --base",
		}
	case need == finding.NeedsAnswers && r.Answers == "" && r.noAnswers != (finding.Text{}):
		return r.noAnswers
	case need == finding.NeedsAnswers && r.Answers == "":
		return finding.Text{
			NL: "geen adviezen van de landelijke tafel: die staan in " + ggzcheck.AnswersDir + "/<regio>/<inkoopjaar>.yaml in de map van het register van regio's (regios.yaml), en dit plan heeft geen register",
			EN: "no answers of the national table: they are in " + ggzcheck.AnswersDir + "/<region>/<year>.yaml in the directory of the region registry (regios.yaml), and this plan has no registry",
		}
	case need == finding.NeedsRegistry && r.Registry == "":
		return finding.Text{
			NL: "geen register van regio's (regios.yaml) in de map van het plan of erboven",
			EN: "no region registry (regios.yaml) in the plan's directory or above",
		}
	}
	return finding.Text{}
}

// readingOrFormat reports whether the rule checks how a plan is written
// (file, YAML, schema) rather than an agreement; those are always evaluated.
func readingOrFormat(id string) bool {
	return strings.HasPrefix(id, "bestand-") || strings.HasPrefix(id, "yaml-") || strings.HasPrefix(id, "schema-")
}

func rank(o Outcome) int {
	switch o {
	case Fail:
		return 4
	case Warn:
		return 3
	case Waived:
		return 2
	case Pass:
		return 1
	}
	return 0
}

// Worst returns the most severe of outcomes: fail over warning over waived
// over pass; skipped when all are skipped.
func Worst(outcomes ...Outcome) Outcome {
	w := Skipped
	for _, o := range outcomes {
		if rank(o) > rank(w) {
			w = o
		}
	}
	return w
}
