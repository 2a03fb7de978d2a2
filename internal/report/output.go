package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/safefile"
)

// Output is one report to write: a format, and a file ("" or "-" for
// standard output).
type Output struct {
	Format Format
	File   string
}

// ToStdout reports whether the output goes to standard output.
func (o Output) ToStdout() bool { return o.File == "" || o.File == "-" }

// CheckTargets refuses, before anything is checked, every --out that would
// destroy something: a target that is not a regular file or a new path (a
// device, FIFO, socket, directory or symbolic link, which the atomic rename
// would replace), a target in a directory that does not exist, one of the
// run's inputs (a plan, the registry, the config file, or anything inside an
// input directory such as --policy), a YAML or Rego file (what ggzcheck reads,
// whether this run reads it or not), and the same target twice.
func CheckTargets(outputs []Output, inputs []string) error {
	var targets []string
	for _, o := range outputs {
		if o.ToStdout() {
			continue
		}
		// The same file may be named through a link or with "..": compare
		// where the names lead, also for files that do not exist yet.
		abs, err := resolve(o.File)
		if err != nil {
			return fmt.Errorf("--out %s: %w", o.File, err)
		}
		for _, t := range targets {
			if t == abs || sameFile(t, abs) {
				return fmt.Errorf("--out %s staat er twee keer; geef elk rapport een eigen bestand", o.File)
			}
		}
		targets = append(targets, abs)
		if err := writable(o.File); err != nil {
			return err
		}
		for _, in := range inputs {
			if in == "" {
				continue
			}
			if sameFile(in, o.File) || inside(o.File, in) {
				return fmt.Errorf("--out %s is invoer van deze controle (%s); ggzcheck overschrijft nooit een plan, register, instellingenbestand of beleidsregel", o.File, in)
			}
		}
		if ext := strings.ToLower(filepath.Ext(o.File)); ext == ".yaml" || ext == ".yml" || ext == ".rego" {
			return fmt.Errorf("--out %s: een rapport is nooit YAML of Rego; zo'n bestand is een plan, register, instellingenbestand of beleidsregel, en ggzcheck schrijft daar nooit overheen. Kies een naam als rapport.json", o.File)
		}
	}
	return nil
}

// writable accepts a regular file or a new name in an existing directory.
func writable(name string) error {
	info, err := os.Lstat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		dir, err := os.Stat(filepath.Dir(name))
		if err != nil || !dir.IsDir() {
			return fmt.Errorf("--out %s: de map %s bestaat niet", name, filepath.Dir(name))
		}
		return nil
	case err != nil:
		return fmt.Errorf("--out %s: %w", name, err)
	case !info.Mode().IsRegular():
		kind, _ := safefile.Kind(info.Mode())
		return fmt.Errorf("--out %s is %s, geen gewoon bestand; ggzcheck schrijft een rapport alleen naar een gewoon bestand of een nieuwe naam (of - voor de uitvoer)", name, kind)
	}
	return nil
}

func sameFile(a, b string) bool {
	x, errA := os.Stat(a)
	y, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(x, y)
}

// inside reports whether path lies in dir, when dir is a directory; links in
// either are resolved as far as they exist.
func inside(path, dir string) bool {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return false
	}
	d, err := resolve(dir)
	if err != nil {
		return false
	}
	p, err := resolve(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// resolve makes path absolute with its existing directory's links resolved,
// for a path that may not exist yet.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs, nil
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

// WriteAll renders rep once per output. A file is written atomically: the
// report goes to a temporary file beside it, synced, and renamed over the
// target only when complete, so a failed run never leaves half a report.
func WriteAll(stdout io.Writer, outputs []Output, rep check.Report, opts Options) error {
	for _, o := range outputs {
		if o.ToStdout() {
			if err := Write(stdout, o.Format, rep, opts); err != nil {
				return err
			}
			continue
		}
		var b bytes.Buffer
		fileOpts := opts
		fileOpts.Color = false // escape codes belong on a terminal, not in a file
		if err := Write(&b, o.Format, rep, fileOpts); err != nil {
			return err
		}
		if err := writeFileAtomic(o.File, b.Bytes()); err != nil {
			return fmt.Errorf("rapport schrijven naar %s: %w", o.File, err)
		}
	}
	return nil
}

func writeFileAtomic(name string, data []byte) error {
	// Checked again here: the check may have taken a while, and a rename
	// replaces whatever node has the name.
	if err := writable(name); err != nil {
		return err
	}
	return safefile.Replace(name, data, 0o644)
}
