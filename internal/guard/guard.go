// Package guard stops a run that uses far more memory than any check needs.
// OPA's builtins do not look at the context while they work, so a user's
// policy that doubles a string thirty times would otherwise take the machine
// down before the evaluation deadline is noticed.
package guard

import (
	"context"
	"runtime/metrics"
	"time"
)

// DefaultLimit is the heap a run of ggzcheck may use: checking 10,000 plans
// peaks at about 140 MiB of RSS (cmd/ggzcheck keeps its heap near 120 MiB).
const DefaultLimit = 2 << 30

// heapMetric is the memory taken by live and not yet collected objects.
const heapMetric = "/memory/classes/heap/objects:bytes"

// Memory watches the heap every interval until ctx ends, and calls exceeded
// once, with the heap size, when it grows past limit.
func Memory(ctx context.Context, limit uint64, interval time.Duration, exceeded func(used uint64)) {
	sample := []metrics.Sample{{Name: heapMetric}}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			metrics.Read(sample)
			if used := sample[0].Value.Uint64(); used > limit {
				exceeded(used)
				return
			}
		}
	}
}
