// Package cputime reads the processor time this process has used, for
// benchmarks: on a machine shared with other work, wall time per operation
// counts the waits for a core too, processor time does not.
package cputime

import (
	"testing"
	"time"
)

// Used returns the user and system time this process has used so far, or 0
// where the platform does not say.
func Used() time.Duration { return used() }

// PerPlan reports what b's loop took per plan, for a loop that handles plans
// plans per iteration and started when this process had used since: wall
// time as µs/plan and processor time as cpu-µs/plan, the figure `make
// bench-check` compares.
func PerPlan(b *testing.B, plans int, since time.Duration) {
	n := float64(plans * b.N)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/n, "µs/plan")
	b.ReportMetric(float64((Used()-since).Microseconds())/n, "cpu-µs/plan")
}
