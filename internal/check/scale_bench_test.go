package check_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/cputime"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/generate"
)

// BenchmarkCheckPlans measures the whole check (read, parse, schema,
// policies) of 1, 40 and 10,000 generated plans, as plans per second.
func BenchmarkCheckPlans(b *testing.B) {
	c, err := check.New(context.Background(), check.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 40, 10000} {
		dir := b.TempDir()
		for i := range n {
			name := filepath.Join(dir, fmt.Sprintf("regio-%05d", i), "2026.yaml")
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(name, generate.Plan(1, i), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprintf("plans=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			cpu := cputime.Used()
			for b.Loop() {
				rep, err := c.Files(context.Background(), []string{dir})
				if err != nil || len(rep.Results) != n {
					b.Fatalf("%v, %d results", err, len(rep.Results))
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "plans/s")
			cputime.PerPlan(b, n, cpu)
		})
	}
}
