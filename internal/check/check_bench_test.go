package check_test

import (
	"context"
	"os"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/check"
)

// Run with: go test -run '^$' -bench . -benchmem ./internal/check/

// BenchmarkNew measures start-up: compiling the schema and the policies.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := check.New(context.Background(), check.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFile measures the whole check of one full example plan:
// load with positions, schema, policies.
func BenchmarkFile(b *testing.B) {
	data, err := os.ReadFile("../../testdata/regions/zilverduin/2026.yaml")
	if err != nil {
		b.Fatal(err)
	}
	c, err := check.New(context.Background(), check.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		res, err := c.File(context.Background(), "2026.yaml", data)
		if err != nil || !res.PoliciesEvaluated {
			b.Fatal(err)
		}
	}
}
