package policy

import (
	"context"
	"fmt"
	"io/fs"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/cputime"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/generate"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/schema"
)

// BenchmarkAgreement evaluates one agreement at a time over the 40
// generated plans of check's BenchmarkStagePolicy (those that pass the
// schema), with the engine built as New builds it: which agreement the
// policy stage's time goes to. Run it on one core, side by side with a base:
//
//	go test -run '^$' -bench Agreement -cpu 1 ./internal/policy/
func BenchmarkAgreement(b *testing.B) {
	bundle, err := ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		b.Fatal(err)
	}
	plans := schemaValidPlans(b, 40)
	agreements, err := fs.ReadDir(ggzcheck.Files, ggzcheck.PolicyDir)
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range agreements {
		if !a.IsDir() || a.Name() == "lib" {
			continue
		}
		b.Run(a.Name(), func(b *testing.B) {
			e, err := build(context.Background(), bundle, "data.ggzcheck.afspraken."+a.Name()+".overtreding")
			if err != nil {
				b.Fatal(err)
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
		})
	}
}

// schemaValidPlans loads n generated plans and keeps those that pass the schema.
func schemaValidPlans(b *testing.B, n int) []*plan.Plan {
	b.Helper()
	src, err := fs.ReadFile(ggzcheck.Files, ggzcheck.SchemaPath)
	if err != nil {
		b.Fatal(err)
	}
	v, err := schema.New(src)
	if err != nil {
		b.Fatal(err)
	}
	var out []*plan.Plan
	for i := range n {
		p, _ := plan.Load(fmt.Sprint(i), generate.Plan(1, i), plan.DefaultLimits)
		if p != nil && len(v.Validate(p)) == 0 {
			out = append(out, p)
		}
	}
	return out
}
