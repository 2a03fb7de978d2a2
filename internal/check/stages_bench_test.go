package check_test

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/cputime"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/generate"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/policy"
	"github.com/ggzcheck/ggzcheck/internal/report"
	"github.com/ggzcheck/ggzcheck/internal/schema"
)

// The stages of checking one plan, each on its own, over the same 40
// generated plans: the sum shows where BenchmarkFile's time goes.

func stagePlans(b *testing.B) [][]byte {
	b.Helper()
	plans := make([][]byte, 40)
	for i := range plans {
		plans[i] = generate.Plan(1, i)
	}
	return plans
}

func loaded(b *testing.B, plans [][]byte) []*plan.Plan {
	b.Helper()
	out := make([]*plan.Plan, 0, len(plans))
	for i, data := range plans {
		p, _ := plan.Load(fmt.Sprint(i), data, plan.DefaultLimits)
		if p == nil {
			b.Fatalf("generated plan %d does not load", i)
		}
		out = append(out, p)
	}
	return out
}

func planSchema(b *testing.B) *schema.Validator {
	b.Helper()
	src, err := fs.ReadFile(ggzcheck.Files, ggzcheck.SchemaPath)
	if err != nil {
		b.Fatal(err)
	}
	v, err := schema.New(src)
	if err != nil {
		b.Fatal(err)
	}
	return v
}

// BenchmarkStageLoad: YAML to the plan value with positions.
func BenchmarkStageLoad(b *testing.B) {
	plans := stagePlans(b)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for i, data := range plans {
			plan.Load(fmt.Sprint(i), data, plan.DefaultLimits)
		}
	}
	cputime.PerPlan(b, len(plans), cpu)
}

// BenchmarkStageSchema: JSON Schema validation of a loaded plan.
func BenchmarkStageSchema(b *testing.B) {
	v := planSchema(b)
	plans := loaded(b, stagePlans(b))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, p := range plans {
			v.Validate(p)
		}
	}
	cputime.PerPlan(b, len(plans), cpu)
}

// BenchmarkStageOpen: dropping the fields left open, which check does before
// the schema step.
func BenchmarkStageOpen(b *testing.B) {
	v := planSchema(b)
	plans := loaded(b, stagePlans(b))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, p := range plans {
			v.Open(p.Value)
		}
	}
	cputime.PerPlan(b, len(plans), cpu)
}

// BenchmarkStagePolicy: evaluating every agreement's rules on a loaded plan.
func BenchmarkStagePolicy(b *testing.B) {
	bundle, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		b.Fatal(err)
	}
	e, err := policy.New(context.Background(), bundle)
	if err != nil {
		b.Fatal(err)
	}
	// Policies run only on plans that pass the schema, as in a real check.
	v := planSchema(b)
	var plans []*plan.Plan
	for _, p := range loaded(b, stagePlans(b)) {
		if len(v.Validate(p)) == 0 {
			plans = append(plans, p)
		}
	}
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, p := range plans {
			if _, err := e.Evaluate(context.Background(), p); err != nil {
				b.Fatal(err)
			}
		}
	}
	cputime.PerPlan(b, len(plans), cpu)
}

// BenchmarkStageReport: rendering the report of 40 checked plans, per format.
func BenchmarkStageReport(b *testing.B) {
	dir := b.TempDir()
	for i, data := range stagePlans(b) {
		name := filepath.Join(dir, fmt.Sprintf("regio-%02d.yaml", i))
		if err := os.WriteFile(name, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	c, err := check.New(context.Background(), check.Options{})
	if err != nil {
		b.Fatal(err)
	}
	rep, err := c.Files(context.Background(), []string{dir})
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range report.Formats() {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := report.Write(io.Discard, f, rep, report.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
