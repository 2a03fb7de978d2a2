package main

import (
	"strings"
	"testing"
)

const run = `goos: linux
BenchmarkFile-2   	 300	   3000000 ns/op	 917050 B/op	 15295 allocs/op
BenchmarkFile-2   	 300	   3300000 ns/op	 917050 B/op	 15295 allocs/op
BenchmarkFile-2   	 300	   9000000 ns/op	 917050 B/op	 15295 allocs/op
BenchmarkCheckPlans/plans=40-2  8  127698065 ns/op  313.2 plans/s  3192 µs/plan
PASS
`

func TestMedians(t *testing.T) {
	m, err := medians(strings.NewReader(run))
	if err != nil {
		t.Fatal(err)
	}
	if m["BenchmarkFile-2"] != 3300000 || m["BenchmarkCheckPlans/plans=40-2"] != 127698065 || len(m) != 2 {
		t.Errorf("medians %v", m)
	}
}

func TestCompare(t *testing.T) {
	recorded := map[string]float64{"A": 100, "B": 100, "gone": 1}
	tests := []struct {
		name       string
		fresh      map[string]float64
		wantSlower bool
	}{
		{"within noise", map[string]float64{"A": 110, "B": 90}, false},
		{"at the margin", map[string]float64{"A": 125}, false},
		{"beyond the margin", map[string]float64{"A": 100, "B": 126}, true},
		{"nothing in common", map[string]float64{"new": 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, slower := compare(recorded, tt.fresh, 0.25)
			if slower != tt.wantSlower {
				t.Errorf("slower = %v, want %v\n%s", slower, tt.wantSlower, strings.Join(lines, "\n"))
			}
		})
	}
}
