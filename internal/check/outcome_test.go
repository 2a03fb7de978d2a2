package check

import (
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

func TestOutcomes(t *testing.T) {
	rules := []finding.Rule{{ID: "yaml-syntaxis"}, {ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	res := Result{PoliciesEvaluated: true, Findings: []finding.Finding{
		{Rule: "a", Severity: finding.Warning},
		{Rule: "a", Severity: finding.Error},
		{Rule: "b", Severity: finding.Error, Waiver: &finding.Waiver{}},
		{Rule: "c", Severity: finding.Warning},
		{Rule: "c", Severity: finding.Error, Waiver: &finding.Waiver{}},
	}}
	want := []Outcome{Pass, Fail, Waived, Warn, Pass}
	for i, o := range res.Outcomes(rules) {
		if o.Outcome != want[i] || o.Rule.ID != rules[i].ID {
			t.Errorf("%s: %s, want %s", o.Rule.ID, o.Outcome, want[i])
		}
	}
	skipped := Result{Findings: []finding.Finding{{Rule: "yaml-syntaxis", Severity: finding.Error}}}
	want = []Outcome{Fail, Skipped, Skipped, Skipped, Skipped}
	for i, o := range skipped.Outcomes(rules) {
		if o.Outcome != want[i] {
			t.Errorf("unevaluated %s: %s, want %s", o.Rule.ID, o.Outcome, want[i])
		}
	}
	if Worst(Pass, Waived, Warn) != Warn || Worst() != Skipped || Worst(Skipped, Pass) != Pass {
		t.Error("Worst")
	}
}
