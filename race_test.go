//go:build race

package ggzcheck_test

// raceSlowdown scales time budgets: the race detector makes code several
// times slower.
const raceSlowdown = 5
