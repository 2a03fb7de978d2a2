// Command ggzcheck checks regional plans for crucial mental-health care
// against the national agreements.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/cli"
	"github.com/ggzcheck/ggzcheck/internal/guard"
)

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	go guard.Memory(ctx, guard.DefaultLimit, 50*time.Millisecond, func(used uint64) {
		fmt.Fprintf(os.Stderr, "ggzcheck: ggzcheck gebruikt %d MiB geheugen, meer dan de grens van %d MiB, en stopt. Dat wijst op een eigen beleidsregel (--policy) die uit de hand loopt, of op een veel te groot plan.\n", used>>20, guard.DefaultLimit>>20)
		os.Exit(2)
	})
	code := cli.Run(ctx, os.Args[1:], cli.IO{
		Stdin:            os.Stdin,
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		Getenv:           os.Getenv,
		StdinIsTerminal:  isTerminal(os.Stdin),
		StdoutIsTerminal: isTerminal(os.Stdout),
		Program:          os.Args[0],
	})
	stop()
	os.Exit(code)
}

// tuneGC trades memory for speed: checking allocates many short-lived
// values, and at Go's default the collector took about a tenth of a
// 10,000-plan run. The memory limit is what bounds a large run's peak RSS:
// the collector works harder only near it. Peak RSS runs about 20 MiB above
// the limit (code and the runtime's own memory): 10,000 plans peaked at 163-166
// MiB with a limit of 150 MiB and at 141 MiB with 120 MiB, in the same
// processor time (35-40 s user either way, alternating runs); 110 MiB gave
// 130 MiB but up to 10% more processor time. GOGC and GOMEMLIMIT still win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(120 << 20)
	}
}

// isTerminal reports whether f is a character device other than the null
// device: a terminal, for all ggzcheck needs to know.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(info, null)
}
