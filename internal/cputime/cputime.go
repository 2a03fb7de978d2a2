// Package cputime reads the processor time this process has used, for
// benchmarks: on a machine shared with other work, wall time per operation
// counts the waits for a core too, processor time does not.
package cputime

import "time"

// Used returns the user and system time this process has used so far, or 0
// where the platform does not say.
func Used() time.Duration { return used() }
