// Package safefile reads files ggzcheck does not trust: plans, the region
// registry, a --config file, --policy modules. A file is opened without
// blocking, its type is checked on the open descriptor before a byte is read,
// and no read goes past a limit, so a FIFO, a device or /dev/zero can neither
// hang a run nor exhaust its memory.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// NotRegularError is a path that is not a regular file: a directory, FIFO,
// socket or device.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	kind, _ := Kind(e.Mode)
	return fmt.Sprintf("%s is geen gewoon bestand maar %s; ggzcheck leest alleen gewone bestanden", e.Path, kind)
}

// TooLargeError is a file larger than the limit it was read with.
type TooLargeError struct {
	Path  string
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s is groter dan %s, de grens voor dit bestand", e.Path, Size(e.Limit))
}

// Kind names the type of a file for messages, in Dutch and English.
func Kind(m fs.FileMode) (nl, en string) {
	switch {
	case m.IsRegular():
		return "een gewoon bestand", "a regular file"
	case m.IsDir():
		return "een map", "a directory"
	case m&fs.ModeSymlink != 0:
		return "een symbolische koppeling", "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "een named pipe (FIFO)", "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "een socket", "a socket"
	case m&fs.ModeCharDevice != 0:
		return "een apparaat (character device)", "a device (character device)"
	case m&fs.ModeDevice != 0:
		return "een apparaat (block device)", "a device (block device)"
	}
	return "een bijzonder bestand", "a special file"
}

// Open opens a regular file for reading. It never blocks: a FIFO is opened
// non-blocking and refused by its type, as is every other non-regular file.
func Open(path string) (*os.File, error) {
	f, err := os.OpenFile(path, openFlags, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, &NotRegularError{Path: path, Mode: info.Mode()}
	}
	return f, nil
}

// ReadPrefix returns at most n bytes from the start of a regular file. A
// caller that must report "too large" itself reads limit+1 bytes and looks at
// the length.
func ReadPrefix(path string, n int64) ([]byte, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, n))
}

// Read returns a regular file's contents, or a *TooLargeError when it holds
// more than limit bytes. It reads at most limit+1 bytes, whatever the file
// claims its size is (files under /proc report 0).
func Read(path string, limit int64) ([]byte, error) {
	data, err := ReadPrefix(path, limit+1)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Path: path, Limit: limit}
	}
	return data, nil
}

// IsNotRegular reports whether err says a path is not a regular file.
func IsNotRegular(err error) bool {
	var e *NotRegularError
	return errors.As(err, &e)
}

// Size writes a byte count as people read it: "4 MiB", "512 KiB", "100 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Replace writes data to name through a temporary file beside it, synced
// before it is renamed over name, so that a failed or interrupted write never
// leaves a half-written file behind.
func Replace(name string, data []byte, perm fs.FileMode) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(perm)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
