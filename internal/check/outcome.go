package check

import (
	"strings"

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
	Skipped Outcome = "skipped" // not evaluated: the plan could not be read or broke the schema
)

// RuleOutcome pairs a rule with its outcome for one plan.
type RuleOutcome struct {
	Rule    finding.Rule
	Outcome Outcome
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
		switch {
		case found:
		case !r.PoliciesEvaluated && !readingOrFormat(rule.ID):
			o = Skipped
		default:
			o = Pass
		}
		out = append(out, RuleOutcome{Rule: rule, Outcome: o})
	}
	return out
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
