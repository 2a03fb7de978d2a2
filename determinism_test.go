package ggzcheck_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/report"
)

// TestSameInputSameBytes checks that every format gives byte-identical output
// whatever the order of the files, GOMAXPROCS, or the run (which also varies
// Go's randomised map iteration and Rego's set iteration).
func TestSameInputSameBytes(t *testing.T) {
	var files []string
	for _, pattern := range []string{"testdata/regions/*/*.yaml", "testdata/*.yaml", "testdata/plans/*.yaml", "testdata/hostile/*.yaml"} {
		found, _ := filepath.Glob(pattern)
		files = append(files, found...)
	}
	shuffled := slices.Clone(files)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })

	want := map[report.Format][]byte{}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	// The second run changes both the file order and GOMAXPROCS (one
	// worker, then more than there are cores). A third run (reversed, on 2)
	// added no other kind of change and a third of the test's time.
	for _, run := range []struct {
		procs int
		order []string
	}{{1, files}, {8, shuffled}} {
		procs := run.procs
		runtime.GOMAXPROCS(procs)
		c, err := check.New(context.Background(), check.Options{})
		if err != nil {
			t.Fatal(err)
		}
		{
			rep, err := c.Files(context.Background(), run.order)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range report.Formats() {
				for _, verbose := range []bool{false, true} {
					var b bytes.Buffer
					if err := report.Write(&b, f, rep, report.Options{Lang: finding.NL, Verbose: verbose}); err != nil {
						t.Fatal(err)
					}
					key := f
					if verbose {
						key += "-verbose"
					}
					if first, ok := want[key]; !ok {
						want[key] = b.Bytes()
					} else if !bytes.Equal(first, b.Bytes()) {
						t.Errorf("%s differs with GOMAXPROCS=%d and another file order", key, procs)
					}
				}
			}
		}
	}
}
