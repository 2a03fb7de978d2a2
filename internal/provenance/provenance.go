// Package provenance says what produced a verdict: which ggzcheck, which
// policies and schemas, which repository state. Every report shows it, so a
// reviewer can tell a standard verdict from one made with extra rules, an
// older version, or other settings.
package provenance

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"
)

// version is set at build time by the Makefile (-ldflags -X) from git
// describe; empty otherwise.
var version string

// Tool is the ggzcheck that ran.
type Tool struct {
	Version  string `json:"version"`            // e.g. v1.2.0, or (devel)
	Revision string `json:"revision,omitempty"` // ggzcheck's own commit, when the build recorded it
	Modified bool   `json:"modified,omitempty"` // built from a source tree with changes
}

// Current describes this binary: the version given at build time, else the
// module version that `go install ...@vX` records, else (devel); and the
// commit Go's build info records.
func Current() Tool {
	t := Tool{Version: version}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return withDefault(t)
	}
	if t.Version == "" && bi.Main.Version != "" {
		t.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			t.Revision = s.Value
		case "vcs.modified":
			t.Modified = s.Value == "true"
		}
	}
	return withDefault(t)
}

func withDefault(t Tool) Tool {
	if t.Version == "" {
		t.Version = "(devel)"
	}
	return t
}

// File is a file that went into a verdict, with its SHA-256.
type File struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// Digest returns the SHA-256 of data, in hex.
func Digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Tree digests every file under the given roots of fsys (the embedded
// schemas and policies), in path order: one hash that changes when any rule,
// datum or schema does.
func Tree(fsys fs.FS, roots ...string) (string, error) {
	var files []File
	for _, root := range roots {
		err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			files = append(files, File{Path: p, SHA256: Digest(data)})
			return nil
		})
		if err != nil {
			return "", err
		}
	}
	return Combine(files), nil
}

// Combine digests a list of file digests, independent of their order.
func Combine(files []File) string {
	sorted := slices.Clone(files)
	slices.SortFunc(sorted, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	h := sha256.New()
	for _, f := range sorted {
		fmt.Fprintf(h, "%s\x00%s\n", f.Path, f.SHA256)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Repository is the state of the git repository the plans are in.
type Repository struct {
	Commit   string `json:"commit"`   // HEAD
	Modified bool   `json:"modified"` // the checked plans differ from HEAD
}

// RepositoryOf returns the commit of the repository dir is in, and whether
// the given paths have changes not in it; ok is false outside a repository
// or without git. git gets a few seconds at most: provenance must never hang
// a check.
func RepositoryOf(ctx context.Context, dir string, paths []string) (Repository, bool) {
	if _, err := exec.LookPath("git"); err != nil {
		return Repository{}, false
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	head, err := exec.CommandContext(ctx, "git", "-C", dir, "rev-parse", "--verify", "--quiet", "HEAD").Output()
	if err != nil {
		return Repository{}, false
	}
	r := Repository{Commit: strings.TrimSpace(string(head))}
	args := []string{"-C", dir, "status", "--porcelain", "--untracked-files=all", "--"}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		args = append(args, abs)
	}
	if out, err := exec.CommandContext(ctx, "git", args...).Output(); err == nil {
		r.Modified = len(strings.TrimSpace(string(out))) > 0
	}
	return r, true
}
