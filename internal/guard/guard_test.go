package guard

import (
	"context"
	"testing"
	"time"
)

func TestMemoryCallsOnceWhenTheHeapGrows(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan uint64, 2)
	go Memory(ctx, 64<<20, time.Millisecond, func(used uint64) { got <- used })
	hog := make([][]byte, 0, 128)
	for range 128 {
		hog = append(hog, make([]byte, 1<<20))
	}
	select {
	case used := <-got:
		if used <= 64<<20 {
			t.Errorf("called at %d bytes", used)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("not called while the heap held 128 MiB")
	}
	_ = hog
}

func TestMemoryStaysQuietUnderTheLimit(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	called := false
	Memory(ctx, 1<<40, time.Millisecond, func(uint64) { called = true })
	if called {
		t.Error("called under the limit")
	}
}
