package check

import (
	"strings"
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

// TestRulesThatCouldNotRunAreSkipped: a rule that needs --base, an earlier
// version or a registry is never reported as passed without it, and says why.
func TestRulesThatCouldNotRunAreSkipped(t *testing.T) {
	rules := []finding.Rule{
		{ID: "gewoon"},
		{ID: "verwijderd", Needs: finding.NeedsBase},
		{ID: "verlies", Needs: finding.NeedsEarlierVersion},
		{ID: "register", Needs: finding.NeedsRegistry},
	}
	for _, tt := range []struct {
		name string
		res  Result
		want []Outcome
		why  []string
	}{
		{"nothing beside the plan", Result{PoliciesEvaluated: true},
			[]Outcome{Pass, Skipped, Skipped, Skipped}, []string{"", "--base", "geen --base", "regios.yaml"}},
		{"base without an earlier version", Result{PoliciesEvaluated: true, Base: "origin/main"},
			[]Outcome{Pass, Pass, Skipped, Skipped}, []string{"", "", "op origin/main en geen plan van een eerder inkoopjaar", "regios.yaml"}},
		// Without --base, the region's plan of an earlier year in the same tree is compared with.
		{"earlier year in the tree", Result{PoliciesEvaluated: true, Earlier: []string{"regions/a/2025.yaml"}, Registry: "regions/regios.yaml"},
			[]Outcome{Pass, Skipped, Pass, Pass}, []string{"", "--base", "", ""}},
		{"everything", Result{PoliciesEvaluated: true, Base: "origin/main", Earlier: []string{"regions/a/2026.yaml"}, Registry: "regions/regios.yaml"},
			[]Outcome{Pass, Pass, Pass, Pass}, []string{"", "", "", ""}},
		{"a finding counts whatever is missing", Result{PoliciesEvaluated: true, Findings: []finding.Finding{{Rule: "register", Severity: finding.Error}}},
			[]Outcome{Pass, Skipped, Skipped, Fail}, []string{"", "--base", "eerder inkoopjaar", ""}},
		{"unreadable", Result{}, []Outcome{Skipped, Skipped, Skipped, Skipped},
			[]string{"planformaat", "planformaat", "planformaat", "planformaat"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for i, o := range tt.res.Outcomes(rules) {
				if o.Outcome != tt.want[i] || !strings.Contains(o.Reason.NL, tt.why[i]) || (tt.why[i] == "") != (o.Reason.NL == "") || (o.Reason.NL == "") != (o.Reason.EN == "") {
					t.Errorf("%s: %s %q, want %s %q", o.Rule.ID, o.Outcome, o.Reason, tt.want[i], tt.why[i])
				}
			}
		})
	}
}
