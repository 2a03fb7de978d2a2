package main

import (
	"strings"
	"testing"
)

const run = `goos: linux
BenchmarkFile-2   	 300	   3000000 ns/op	 917050 B/op	 15295 allocs/op
BenchmarkFile-2   	 300	   3300000 ns/op	 917050 B/op	 15295 allocs/op
BenchmarkFile-2   	 300	   9000000 ns/op	 917050 B/op	 15295 allocs/op
BenchmarkCheckPlans/plans=40-2  8  127698065 ns/op  4100 cpu-µs/plan  313.2 plans/s  3192 µs/plan
BenchmarkCheckPlans/plans=40-2  8  117698065 ns/op  4300 cpu-µs/plan  313.2 plans/s  3192 µs/plan
BenchmarkCheckPlans/plans=40-2  8  137698065 ns/op  4000 cpu-µs/plan  313.2 plans/s  3192 µs/plan
PASS
`

func TestMedians(t *testing.T) {
	m, err := medians(strings.NewReader(run))
	if err != nil {
		t.Fatal(err)
	}
	file, plans := m["BenchmarkFile-2"], m["BenchmarkCheckPlans/plans=40-2"]
	if file["ns/op"] != 3300000 || len(file) != 1 || plans["ns/op"] != 127698065 || plans["cpu-µs/plan"] != 4100 || len(m) != 2 {
		t.Errorf("medians %v", m)
	}
}

func TestCompare(t *testing.T) {
	ns := func(v float64) map[string]float64 { return map[string]float64{"ns/op": v} }
	both := func(nsop, cpu float64) map[string]float64 {
		return map[string]float64{"ns/op": nsop, "cpu-µs/plan": cpu}
	}
	recorded := map[string]map[string]float64{"A": ns(100), "B": ns(100), "C": both(100, 10), "gone": ns(1)}
	tests := []struct {
		name       string
		fresh      map[string]map[string]float64
		wantSlower bool
	}{
		{"within noise", map[string]map[string]float64{"A": ns(110), "B": ns(90)}, false},
		{"at the margin", map[string]map[string]float64{"A": ns(125)}, false},
		{"beyond the margin", map[string]map[string]float64{"A": ns(100), "B": ns(126)}, true},
		{"nothing in common", map[string]map[string]float64{"new": ns(1)}, true},
		{"processor time wins over a slow wall clock", map[string]map[string]float64{"C": both(200, 11)}, false},
		{"processor time beyond the margin", map[string]map[string]float64{"C": both(90, 13)}, true},
		{"a base without processor time: wall clock", map[string]map[string]float64{"A": both(130, 1)}, true},
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
