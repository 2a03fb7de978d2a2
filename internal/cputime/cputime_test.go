//go:build unix

package cputime

import (
	"testing"
	"time"
)

func TestUsedGrowsWithWork(t *testing.T) {
	before := Used()
	for start := time.Now(); time.Since(start) < 30*time.Millisecond; {
	}
	if got := Used() - before; got < 10*time.Millisecond {
		t.Errorf("30 ms of busy work used %v of processor time", got)
	}
}
