//go:build race

package timebudget

// slowdown is how many times slower the race detector makes the tests'
// heavy cases, with room for a machine that is busy with other work.
const slowdown = 5
