// Package gitbase reads the plans as they were at a git revision (--base), so
// that a plan can be compared with its earlier version. It runs the real git.
package gitbase

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// Plan is a plan file as it was at the base revision.
type Plan struct {
	Path  string // relative to the repository root, with forward slashes
	Code  string // region code
	Year  int    // contracting year
	Data  []byte
	Value any
}

// Base holds every plan of a repository at one revision.
type Base struct {
	Ref    string
	Commit string // the commit Ref resolved to
	Root   string // the repository's top directory
	byKey  map[key]*Plan
	byPath map[string]*Plan
}

type key struct {
	code string
	year int
}

// Open reads the plans at ref in the repository that dir is in. Only
// regular files named *.yaml or *.yml are read, each up to maxBytes: git's
// output is streamed and a larger blob is skipped unread, so the base tree
// cannot fill memory.
func Open(ctx context.Context, dir, ref string, maxBytes int) (*Base, error) {
	if ref == "" {
		return nil, errors.New("--base vraagt een git-revisie, bijvoorbeeld origin/main of HEAD~1")
	}
	if _, err := exec.LookPath("git"); err != nil {
		return nil, errors.New("--base vraagt git, maar git is niet gevonden")
	}
	root, err := git(ctx, dir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--base: %s ligt niet in een git-repository", dir)
	}
	b := &Base{Ref: ref, Root: strings.TrimSpace(string(root)), byKey: map[key]*Plan{}, byPath: map[string]*Plan{}}
	commit, err := git(ctx, b.Root, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", ref+"^{commit}")
	if err != nil {
		return nil, fmt.Errorf("--base %s: die revisie bestaat niet in %s", ref, b.Root)
	}
	sha := strings.TrimSpace(string(commit))
	b.Commit = sha
	list, err := git(ctx, b.Root, nil, "ls-tree", "-r", "-z", "--full-tree", sha)
	if err != nil {
		return nil, err
	}
	blobs := planBlobs(list)
	if len(blobs) == 0 {
		return b, nil
	}
	// cat-file is asked for object ids, never for "rev:path": a path with
	// a newline in it would otherwise be read as a second request, naming
	// any object the pull request likes.
	var in bytes.Buffer
	for _, blob := range blobs {
		fmt.Fprintf(&in, "%s\n", blob.id)
	}
	err = stream(ctx, b.Root, &in, func(r *bufio.Reader) error {
		for _, blob := range blobs {
			data, err := readBlob(r, blob.id, maxBytes)
			if err != nil {
				return fmt.Errorf("--base: %q lezen: %w", blob.path, err)
			}
			if data != nil {
				b.add(blob.path, data)
			}
		}
		return nil
	}, "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	return b, nil
}

// blob is a file of the base tree: its object id and its path.
type blob struct{ id, path string }

// objectID is what git prints for an object: hex, SHA-1 or SHA-256.
var objectID = regexp.MustCompile(`^[0-9a-f]{40}([0-9a-f]{24})?$`)

// planBlobs picks from `git ls-tree -r -z` output the regular files (not
// links or submodules) whose name could be a plan, as the working tree
// does: *.yaml or *.yml in any case.
func planBlobs(list []byte) []blob {
	var blobs []blob
	for _, entry := range strings.Split(strings.TrimRight(string(list), "\x00"), "\x00") {
		meta, p, ok := strings.Cut(entry, "\t")
		fields := strings.Fields(meta)
		if !ok || len(fields) != 3 || fields[1] != "blob" || !objectID.MatchString(fields[2]) {
			continue
		}
		regular := fields[0] == "100644" || fields[0] == "100755"
		if ext := strings.ToLower(path.Ext(p)); regular && (ext == ".yaml" || ext == ".yml") {
			blobs = append(blobs, blob{id: fields[2], path: p})
		}
	}
	return blobs
}

// add indexes a file when it reads as a plan with a region and a year.
func (b *Base) add(path string, data []byte) {
	if !bytes.Contains(data, []byte("inkoopjaar")) {
		return
	}
	p, _ := plan.Load(path, data, plan.DefaultLimits)
	if p == nil {
		return
	}
	code, _ := plan.Lookup(p.Value, "/regio/code")
	year, _ := plan.Lookup(p.Value, "/inkoopjaar")
	c, _ := code.(string)
	y, err := strconv.Atoi(fmt.Sprint(year))
	if c == "" || err != nil {
		return
	}
	bp := &Plan{Path: path, Code: c, Year: y, Data: data, Value: p.Value}
	b.byPath[path] = bp
	if _, dup := b.byKey[key{c, y}]; !dup {
		b.byKey[key{c, y}] = bp
	}
}

// Same returns the region's plan for year at base, if any.
func (b *Base) Same(code string, year int) (*Plan, bool) {
	p, ok := b.byKey[key{code, year}]
	return p, ok
}

// Before returns the region's plan at base for the most recent year before
// year: the year before, or the latest earlier year there is.
func (b *Base) Before(code string, year int) (*Plan, bool) {
	var best *Plan
	for k, p := range b.byKey {
		if k.code == code && k.year < year && (best == nil || k.year > best.Year) {
			best = p
		}
	}
	return best, best != nil
}

// Earlier returns what a current plan at file (as on disk), of region code
// for year, is compared with first: the region's plan for the year, else its
// plan for the most recent earlier year, else the plan that was at the same
// path. So changing a plan's year or region in place never switches the
// comparison off.
func (b *Base) Earlier(file, code string, year int) (*Plan, bool) {
	if p, ok := b.Same(code, year); ok {
		return p, true
	}
	if p, ok := b.Before(code, year); ok {
		return p, true
	}
	return b.AtFile(file)
}

// AtFile returns the plan that was at file (as on disk) at base.
func (b *Base) AtFile(file string) (*Plan, bool) {
	rel, err := b.Rel(file)
	if err != nil {
		return nil, false
	}
	return b.At(rel)
}

// At returns the plan at a path (relative to the repository root) at base.
func (b *Base) At(path string) (*Plan, bool) {
	p, ok := b.byPath[path]
	return p, ok
}

// Plans returns every plan at base, ordered by path.
func (b *Base) Plans() []*Plan {
	out := make([]*Plan, 0, len(b.byPath))
	for _, p := range b.byPath {
		out = append(out, p)
	}
	slices.SortFunc(out, func(x, y *Plan) int { return strings.Compare(x.Path, y.Path) })
	return out
}

// Rel returns a path (as given on the command line) relative to the
// repository root, with forward slashes.
func (b *Base) Rel(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		abs = resolved
	}
	rel, err := filepath.Rel(b.Root, abs)
	if err != nil {
		return "", err
	}
	return filepath.ToSlash(rel), nil
}

// readBlob reads one object, id, from `git cat-file --batch`. A blob larger
// than maxBytes is skipped without keeping it, and returned as nil: it is no
// plan.
func readBlob(r *bufio.Reader, id string, maxBytes int) ([]byte, error) {
	header, err := r.ReadString('\n')
	if err != nil {
		return nil, err
	}
	fields := strings.Fields(header)
	if len(fields) != 3 || fields[0] != id || fields[1] != "blob" {
		return nil, fmt.Errorf("onverwacht antwoord van git: %q", strings.TrimSpace(header))
	}
	n, err := strconv.ParseInt(fields[2], 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("onverwacht antwoord van git: %q", strings.TrimSpace(header))
	}
	if n > int64(maxBytes) {
		_, err := io.CopyN(io.Discard, r, n+1) // the content and its newline
		return nil, err
	}
	data := make([]byte, n)
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, err
	}
	_, err = r.ReadByte() // the newline after the content
	return data, err
}

// stream runs git with read consuming its output as it comes, so that the
// output is never held whole.
func stream(ctx context.Context, dir string, stdin io.Reader, read func(*bufio.Reader) error, args ...string) error {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	readErr := read(bufio.NewReaderSize(out, 64<<10))
	if readErr != nil {
		cmd.Process.Kill()
	}
	waitErr := cmd.Wait()
	if readErr != nil {
		return readErr
	}
	if waitErr != nil {
		return fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), waitErr, strings.TrimSpace(stderr.String()))
	}
	return nil
}

func git(ctx context.Context, dir string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// Deleted returns the plans at base under the given paths (as on the command
// line) that no current plan used: none stands at their path and none was
// compared with them.
func (b *Base) Deleted(paths []string, used map[string]bool) ([]*Plan, error) {
	var roots []string
	for _, p := range paths {
		rel, err := b.Rel(p)
		if err != nil {
			return nil, err
		}
		roots = append(roots, rel)
	}
	var out []*Plan
	for _, bp := range b.Plans() {
		if !used[bp.Path] && under(bp.Path, roots) {
			out = append(out, bp)
		}
	}
	return out, nil
}

func under(path string, roots []string) bool {
	for _, r := range roots {
		if r == "." || path == r || strings.HasPrefix(path, r+"/") {
			return true
		}
	}
	return false
}
