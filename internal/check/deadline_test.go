package check

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestUntilDoneKeepsTheDeadline: work that ignores its context (as OPA's
// builtins do) cannot hold a check past its deadline.
func TestUntilDoneKeepsTheDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := untilDone(ctx, func() (int, error) {
		time.Sleep(2 * time.Second)
		return 1, nil
	})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err %v, want the deadline", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("returned after %s", took)
	}
	v, err := untilDone(context.Background(), func() (int, error) { return 7, nil })
	if v != 7 || err != nil {
		t.Errorf("finished work: %d, %v", v, err)
	}
}
