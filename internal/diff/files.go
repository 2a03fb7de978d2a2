package diff

import (
	"os"
	"path/filepath"

	"github.com/ggzcheck/ggzcheck/internal/plan"
)

func dirOf(file string) string { return filepath.Dir(file) }

// readFile reads a plan; a file over the size limit reads as nothing, which
// the loader reports as unreadable.
func readFile(name string) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if info.Size() > int64(plan.DefaultLimits.MaxBytes) {
		return nil, nil
	}
	return os.ReadFile(name)
}
