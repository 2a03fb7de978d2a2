package check

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ggzcheck/ggzcheck"
)

// PathError is a path that ggzcheck cannot read; it ends the run with ExitTool.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string {
	switch {
	case errors.Is(e.Err, fs.ErrNotExist):
		return fmt.Sprintf("%s bestaat niet", e.Path)
	case errors.Is(e.Err, fs.ErrPermission):
		return fmt.Sprintf("%s is niet leesbaar (geen toegang)", e.Path)
	case errors.Is(e.Err, errNoPlans):
		return fmt.Sprintf("in %s staan geen plannen (*.yaml of *.yml)", e.Path)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *PathError) Unwrap() error { return e.Err }

var errNoPlans = errors.New("no plans")

// Collect expands paths into the plan files to check, sorted and without
// duplicates. A directory yields every *.yaml and *.yml below it, skipping
// hidden directories and the region registry (regios.yaml); a file named
// explicitly is always checked.
func Collect(paths []string) ([]string, error) {
	var files []string
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, &PathError{Path: root, Err: err}
		}
		if !info.IsDir() {
			files = append(files, filepath.Clean(root))
			continue
		}
		before := len(files)
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return &PathError{Path: p, Err: err}
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if ext := filepath.Ext(p); (ext == ".yaml" || ext == ".yml") && d.Name() != ggzcheck.RegistryName {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(files) == before {
			return nil, &PathError{Path: root, Err: errNoPlans}
		}
	}
	slices.Sort(files)
	return slices.Compact(files), nil
}

// displayName is how a file is named in findings: as given, with forward
// slashes, so output is the same on every platform.
func displayName(p string) string { return filepath.ToSlash(p) }
