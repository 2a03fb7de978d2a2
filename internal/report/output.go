package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ggzcheck/ggzcheck/internal/check"
)

// Output is one report to write: a format, and a file ("" or "-" for
// standard output).
type Output struct {
	Format Format
	File   string
}

// WriteAll renders rep once per output. A file is written atomically: the
// report goes to a temporary file beside it, which is renamed over the target
// only when complete, so a failed run never leaves half a report.
func WriteAll(stdout io.Writer, outputs []Output, rep check.Report, opts Options) error {
	for _, o := range outputs {
		if o.File == "" || o.File == "-" {
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

func writeFileAtomic(name string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
