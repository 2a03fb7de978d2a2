// Command dist packs the binaries `make dist` built into release archives and
// writes SHA256SUMS beside them:
//
//	go run ./internal/tools/dist -dir dist -version v0.1.0 -time 1700000000 README.md LICENSE CHANGELOG.md
//
// It reads dist/build/<os>-<arch>/ggzcheck[.exe] and writes
// dist/ggzcheck-<version>-<os>-<arch>.tar.gz (.zip for Windows), each holding
// one directory with the binary and the given documents. The archives are
// reproducible: entries in a fixed order, one fixed time (the commit's, so a
// rebuild of the same commit matches), no owner names, no gzip name or time.
// Go's own archive and compression packages do this the same on every
// machine, which tar and zip commands do not (GNU tar and macOS's bsdtar take
// different flags, and zip stores local times).
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

func main() {
	dir := flag.String("dir", "dist", "directory with build/<os>-<arch>/ from make dist; the archives go here")
	version := flag.String("version", "", "version in the archive names, e.g. v0.1.0")
	epoch := flag.Int64("time", 0, "modification time of every entry, in seconds since 1970 (the commit's time)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "gebruik: dist -dir dist -version v0.1.0 -time 1700000000 README.md LICENSE ...")
	}
	flag.Parse()
	if err := run(*dir, *version, time.Unix(*epoch, 0).UTC(), flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

// safeVersion keeps a version usable in a file name and a URL.
var safeVersion = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._+-]*$`)

// ArchiveName is the name of the release archive for goos/goarch; the
// action's install script builds the same name.
func ArchiveName(version, goos, goarch string) string {
	ext := ".tar.gz"
	if goos == "windows" {
		ext = ".zip"
	}
	return "ggzcheck-" + version + "-" + goos + "-" + goarch + ext
}

// file is one entry of an archive.
type file struct {
	name string // inside the archive's directory
	data []byte
	mode int64
}

func run(dir, version string, mtime time.Time, docs []string) error {
	if !safeVersion.MatchString(version) {
		return fmt.Errorf("versie %q is leeg of niet bruikbaar in een bestandsnaam", version)
	}
	var common []file
	for _, d := range docs {
		data, err := os.ReadFile(d)
		if err != nil {
			return err
		}
		common = append(common, file{name: filepath.Base(d), data: data, mode: 0o644})
	}
	targets, err := os.ReadDir(filepath.Join(dir, "build"))
	if err != nil {
		return err
	}
	var sums []string // in ReadDir's order, by name
	for _, target := range targets {
		goos, goarch, ok := strings.Cut(target.Name(), "-")
		if !target.IsDir() || !ok {
			return fmt.Errorf("%s: verwacht <os>-<arch>", target.Name())
		}
		exe := "ggzcheck"
		if goos == "windows" {
			exe += ".exe"
		}
		bin, err := os.ReadFile(filepath.Join(dir, "build", target.Name(), exe))
		if err != nil {
			return err
		}
		files := append([]file{{name: exe, data: bin, mode: 0o755}}, common...)
		name := ArchiveName(version, goos, goarch)
		prefix := strings.TrimSuffix(strings.TrimSuffix(name, ".tar.gz"), ".zip")
		var buf bytes.Buffer
		if goos == "windows" {
			err = writeZip(&buf, prefix, files, mtime)
		} else {
			err = writeTarGz(&buf, prefix, files, mtime)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			return err
		}
		sum := sha256.Sum256(buf.Bytes())
		sums = append(sums, hex.EncodeToString(sum[:])+"  "+name+"\n")
	}
	if len(sums) == 0 {
		return errors.New("geen binaries in " + filepath.Join(dir, "build"))
	}
	return os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte(strings.Join(sums, "")), 0o644)
}

func writeTarGz(w io.Writer, prefix string, files []file, mtime time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	dir := &tar.Header{Typeflag: tar.TypeDir, Name: prefix + "/", Mode: 0o755, ModTime: mtime, Format: tar.FormatPAX}
	if err := tw.WriteHeader(dir); err != nil {
		return err
	}
	for _, f := range files {
		h := &tar.Header{
			Typeflag: tar.TypeReg,
			Name:     path.Join(prefix, f.name),
			Mode:     f.mode,
			Size:     int64(len(f.data)),
			ModTime:  mtime,
			Format:   tar.FormatPAX,
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(f.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func writeZip(w io.Writer, prefix string, files []file, mtime time.Time) error {
	zw := zip.NewWriter(w)
	for _, f := range files {
		h := &zip.FileHeader{Name: path.Join(prefix, f.name), Method: zip.Deflate, Modified: mtime}
		h.SetMode(os.FileMode(f.mode))
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.data); err != nil {
			return err
		}
	}
	return zw.Close()
}
