//go:build !race

package policy_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

// The Rego tests run without the race detector: OPA evaluates each in one
// goroutine, so the detector finds nothing there, and with the coverage
// tracer it made them 25 times slower (85 s instead of 3). `make test` runs
// them in a second step without -race.

// TestRegoUnitTests runs every *_test.rego under policies/ with the same
// capabilities and data as production, so `make test` covers the Rego tests.
func TestRegoUnitTests(t *testing.T) {
	ctx := context.Background()
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, true)
	if err != nil {
		t.Fatal(err)
	}
	coverage := cover.New()
	ch, err := tester.NewRunner().
		SetCompiler(policy.Compiler()).
		SetStore(b.Store()).
		SetModules(b.Modules).
		SetCoverageQueryTracer(coverage).
		RaiseBuiltinErrors(true).
		RunTests(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for r := range ch {
		ran++
		name := r.Package + "." + r.Name
		if r.Error != nil {
			t.Errorf("%s: %v", name, r.Error)
		} else if r.Fail {
			t.Errorf("%s failed (%s:%d)", name, r.Location.File, r.Location.Row)
		}
	}
	if ran < 20 {
		t.Errorf("ran %d Rego tests; expected every rule to have tests", ran)
	}

	// Every line of every policy must run in some Rego test.
	policies := map[string]*ast.Module{}
	for name, m := range b.Modules {
		if !strings.HasSuffix(name, "_test.rego") {
			policies[name] = m
		}
	}
	report := coverage.Report(policies)
	names := make([]string, 0, len(report.Files))
	for name := range report.Files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		for _, r := range report.Files[name].NotCovered {
			t.Errorf("%s:%d-%d: not covered by any Rego test", name, r.Start.Row, r.End.Row)
		}
	}
	t.Logf("Rego coverage: %.1f%% of policy lines", report.Coverage)
}
