//go:build !race

package ggzcheck_test

const raceSlowdown = 1
