// Package fuzzseed gives every fuzz target the same seed corpus: each plan
// the repository holds (examples, test plans, hostile inputs).
package fuzzseed

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

var patterns = []string{"regions/*/*.yaml", "testdata/*.yaml", "testdata/plans/*.yaml", "testdata/hostile/*.yaml"}

// AddPlans adds every plan in the repository to f's corpus.
func AddPlans(f *testing.F) {
	f.Helper()
	_, here, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(here), "..", "..")
	for _, pattern := range patterns {
		files, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}
