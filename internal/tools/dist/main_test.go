package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeBuild lays out what make dist's build step leaves, with the given
// modification time on every file: the archives must not depend on it.
func fakeBuild(t *testing.T, touched time.Time) (dir string, docs []string) {
	t.Helper()
	dir = t.TempDir()
	for _, target := range []string{"linux-amd64", "windows-arm64"} {
		exe := "ggzcheck"
		if strings.HasPrefix(target, "windows") {
			exe += ".exe"
		}
		p := filepath.Join(dir, "build", target, exe)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("binary for "+target), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, touched, touched); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"README.md", "LICENSE"} {
		p := filepath.Join(dir, d)
		if err := os.WriteFile(p, []byte("text of "+d), 0o644); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, p)
	}
	return dir, docs
}

var commitTime = time.Unix(1700000000, 0).UTC()

func TestArchivesAreReproducible(t *testing.T) {
	first, docs1 := fakeBuild(t, time.Now())
	second, docs2 := fakeBuild(t, time.Now().Add(-time.Hour))
	if err := run(first, "v0.1.0", commitTime, docs1); err != nil {
		t.Fatal(err)
	}
	if err := run(second, "v0.1.0", commitTime, docs2); err != nil {
		t.Fatal(err)
	}
	want := []string{"SHA256SUMS", "ggzcheck-v0.1.0-linux-amd64.tar.gz", "ggzcheck-v0.1.0-windows-arm64.zip"}
	for _, name := range want {
		a, err1 := os.ReadFile(filepath.Join(first, name))
		b, err2 := os.ReadFile(filepath.Join(second, name))
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs (%v, %v)", name, err1, err2)
		}
	}
	sums, _ := os.ReadFile(filepath.Join(first, "SHA256SUMS"))
	lines := strings.Split(strings.TrimSuffix(string(sums), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("SHA256SUMS:\n%s", sums)
	}
	for i, l := range lines {
		hash, name, ok := strings.Cut(l, "  ")
		data, err := os.ReadFile(filepath.Join(first, name))
		sum := sha256.Sum256(data)
		if !ok || err != nil || hash != hex.EncodeToString(sum[:]) || name != want[i+1] {
			t.Errorf("SHA256SUMS line %q does not match %s (%v)", l, want[i+1], err)
		}
	}
}

type entry struct {
	mode    os.FileMode
	content string
	mtime   time.Time
}

func TestArchiveContents(t *testing.T) {
	dir, docs := fakeBuild(t, time.Now())
	if err := run(dir, "v0.1.0", commitTime, docs); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]map[string]string{
		"ggzcheck-v0.1.0-linux-amd64.tar.gz": {
			"ggzcheck-v0.1.0-linux-amd64/ggzcheck":  "binary for linux-amd64",
			"ggzcheck-v0.1.0-linux-amd64/README.md": "text of README.md",
			"ggzcheck-v0.1.0-linux-amd64/LICENSE":   "text of LICENSE",
		},
		"ggzcheck-v0.1.0-windows-arm64.zip": {
			"ggzcheck-v0.1.0-windows-arm64/ggzcheck.exe": "binary for windows-arm64",
			"ggzcheck-v0.1.0-windows-arm64/README.md":    "text of README.md",
			"ggzcheck-v0.1.0-windows-arm64/LICENSE":      "text of LICENSE",
		},
	} {
		got := readArchive(t, filepath.Join(dir, name))
		if len(got) != len(want) {
			t.Errorf("%s holds %d files, want %d: %v", name, len(got), len(want), got)
		}
		for p, content := range want {
			e, ok := got[p]
			switch {
			case !ok:
				t.Errorf("%s lacks %s", name, p)
			case e.content != content || !e.mtime.Equal(commitTime):
				t.Errorf("%s: %s is %q of %s", name, p, e.content, e.mtime)
			case strings.Contains(p, "/ggzcheck") && e.mode.Perm() != 0o755:
				t.Errorf("%s: %s is not executable (%s)", name, p, e.mode)
			}
		}
	}
}

func readArchive(t *testing.T, p string) map[string]entry {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]entry{}
	if strings.HasSuffix(p, ".zip") {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(rc)
			rc.Close()
			out[f.Name] = entry{f.Mode(), string(b), f.Modified.UTC()}
		}
		return out
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if gz.Name != "" || !gz.ModTime.IsZero() {
		t.Errorf("gzip header names %q of %s", gz.Name, gz.ModTime)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Uname != "" || h.Gname != "" || h.Uid != 0 || h.Gid != 0 {
			t.Errorf("%s: owner %s/%s %d/%d", h.Name, h.Uname, h.Gname, h.Uid, h.Gid)
		}
		if h.Typeflag == tar.TypeDir {
			continue
		}
		b, _ := io.ReadAll(tr)
		out[h.Name] = entry{h.FileInfo().Mode(), string(b), h.ModTime.UTC()}
	}
}

func TestRefusesBadInput(t *testing.T) {
	dir, docs := fakeBuild(t, time.Now())
	for _, v := range []string{"", "../v1", "v1 2", "-v1"} {
		if err := run(dir, v, commitTime, docs); err == nil {
			t.Errorf("version %q accepted", v)
		}
	}
	if err := run(t.TempDir(), "v1", commitTime, nil); err == nil {
		t.Error("no build directory accepted")
	}
	empty := t.TempDir()
	os.Mkdir(filepath.Join(empty, "build"), 0o755)
	if err := run(empty, "v1", commitTime, nil); err == nil {
		t.Error("an empty build directory accepted")
	}
}
