//go:build !race

package timebudget

const slowdown = 1
