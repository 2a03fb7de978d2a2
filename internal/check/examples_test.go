package check_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

// TestExplainExamplesAreTrue checks the examples `ggzcheck explain` shows: a
// policy rule's failing fragment must make that rule fire, and its passing
// fragment must not. The fragments are partial plans, so they go to the
// policies directly, without the schema.
func TestExplainExamplesAreTrue(t *testing.T) {
	ctx := context.Background()
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	e, err := policy.New(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	fires := func(t *testing.T, fragment, rule string) bool {
		t.Helper()
		p, fs := plan.Load("voorbeeld.yaml", []byte(fragment), plan.DefaultLimits)
		if p == nil || len(fs) > 0 {
			t.Fatalf("example does not load: %v\n%s", fs, fragment)
		}
		found, err := e.Evaluate(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			if f.Rule == rule {
				return true
			}
		}
		return false
	}
	for _, rule := range e.Rules() {
		t.Run(rule.ID, func(t *testing.T) {
			if !fires(t, rule.Fails, rule.ID) {
				t.Errorf("the failing example does not fire %s:\n%s", rule.ID, rule.Fails)
			}
			if fires(t, rule.Passes, rule.ID) {
				t.Errorf("the passing example fires %s:\n%s", rule.ID, rule.Passes)
			}
			if strings.TrimSpace(rule.Fails) == strings.TrimSpace(rule.Passes) {
				t.Errorf("the examples are the same")
			}
		})
	}
}
