// Package timebudget scales the time budgets of tests that guard against a
// slow algorithm: the race detector makes the same code several times
// slower, and a budget that fits a plain run would fail under `make test`.
package timebudget

import "time"

// Scaled is d, times the race detector's slowdown when it is on.
func Scaled(d time.Duration) time.Duration { return d * slowdown }
