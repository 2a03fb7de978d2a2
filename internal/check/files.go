package check

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/safefile"
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
	case errors.Is(e.Err, errNoMatch):
		return fmt.Sprintf("het patroon %s vindt geen plannen (*.yaml of *.yml); verborgen mappen en regios.yaml tellen niet mee", e.Path)
	case errors.Is(e.Err, errBadPattern):
		return fmt.Sprintf("het patroon %s is ongeldig: sluit elke [ met ] en elke { met }", e.Path)
	case errors.Is(e.Err, errStdin):
		return "- (de standaardinvoer) kan hier niet; geef een bestand of map"
	case safefile.IsNotRegular(e.Err):
		return e.Err.Error()
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *PathError) Unwrap() error { return e.Err }

var (
	errNoPlans    = errors.New("no plans")
	errNoMatch    = errors.New("pattern matches no plans")
	errBadPattern = errors.New("bad pattern")
	errStdin      = errors.New("standard input")
)

// LinkError is a plan that is a symbolic link to something other than a
// plan-like file in the tree being checked. Git stores links, so a pull
// request can add one pointing at /etc/passwd, /proc/self/environ or
// .git/config; the file is not read.
type LinkError struct {
	Target string // where the link points, as written in the link
	Err    error  // set when the link does not resolve at all
}

func (e *LinkError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("symbolische koppeling naar %s, dat niet bestaat", e.Target)
	}
	return fmt.Sprintf("symbolische koppeling naar %s, buiten de gecontroleerde map", e.Target)
}

// Input is one plan file of a run.
type Input struct {
	// Name is how findings name the file: the path as given or found.
	Name string
	// Path is what is opened: the file itself, or the file a symbolic link
	// resolves to inside Tree.
	Path string
	// Tree is where the plan belongs: the repository it is in (the nearest
	// directory above it holding .git), else the working directory when it
	// lies there, else the directory that was checked (or, for a file named
	// on the command line, its own directory). A symbolic link must stay in
	// it, and the plan's region registry is looked for up to it. It depends
	// on where the plan is, not on how it was named or what else is checked.
	Tree string
	// Refused says why the file is not read (a *LinkError, or a
	// *safefile.NotRegularError); the plan then gets a finding instead.
	Refused error
	// data is the plan read from standard input, nil for a file.
	data []byte
}

// Collect expands paths into the plan files to check, sorted by name and
// without duplicates. A directory yields every *.yaml and *.yml below it,
// skipping hidden directories and the region registry (regios.yaml); a file
// named explicitly is always checked. A pattern ('regions/*/2026.yaml',
// 'regions/**/*.yaml'; see Pattern) is expanded by walking the directory it
// starts in, with the same rules as a directory, and must find a plan. A symbolic link is followed only to a
// plan-like file (*.yaml or *.yml, not in a hidden directory such as .git)
// inside the tree being checked, and only regular files are read; anything
// else is an Input with Refused set, so it is reported, never skipped.
func Collect(paths []string) ([]Input, error) { return collect(paths, false) }

// collect is Collect; with allowEmpty, a directory without plans is no
// error (with --base, its plans may all have been deleted).
func collect(paths []string, allowEmpty bool) ([]Input, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	trees := map[string]string{}
	var inputs []Input
	for _, arg := range paths {
		if arg == StdinPath {
			return nil, &PathError{Path: arg, Err: errStdin}
		}
		if IsPattern(arg) {
			found, err := glob(arg, cwd, trees)
			if err != nil {
				return nil, err
			}
			if len(found) == 0 && !allowEmpty {
				return nil, &PathError{Path: arg, Err: errNoMatch}
			}
			inputs = append(inputs, found...)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			if _, lerr := os.Lstat(arg); lerr != nil {
				return nil, &PathError{Path: arg, Err: err}
			}
			// A dangling link named on the command line is reported as a
			// plan, like one found in a directory.
		}
		if info == nil || !info.IsDir() {
			dir, err := filepath.Abs(filepath.Dir(arg))
			if err != nil {
				return nil, &PathError{Path: arg, Err: err}
			}
			inputs = append(inputs, contained(filepath.Clean(arg), treeOf(dir, cwd, dir, trees)))
			continue
		}
		found, err := walk(arg, cwd, trees, nil)
		if err != nil {
			return nil, err
		}
		if len(found) == 0 && !allowEmpty {
			return nil, &PathError{Path: arg, Err: errNoPlans}
		}
		inputs = append(inputs, found...)
	}
	slices.SortFunc(inputs, func(a, b Input) int { return strings.Compare(a.Name, b.Name) })
	return slices.CompactFunc(inputs, func(a, b Input) bool { return a.Name == b.Name }), nil
}

// StdinPath names standard input among the paths of a check.
const StdinPath = "-"

// IsPattern reports whether arg is a pattern for ggzcheck to expand, as
// users quote them for kubeconform and conftest: it holds *, ?, [ or {, and
// no file of that very name exists.
func IsPattern(arg string) bool {
	if !strings.ContainsAny(arg, "*?[{") {
		return false
	}
	_, err := os.Lstat(arg)
	return err != nil
}

// Pattern splits a pattern into the directory it starts in and a matcher
// for the paths below that directory (relative, with forward slashes): *
// and ? stay within one directory, ** spans any number of them, [abc] and
// {a,b} choose. A directory that matches counts with everything below it,
// as when a shell expands the pattern.
func Pattern(arg string) (string, func(rel string) bool, error) {
	base, rest := doublestar.SplitPattern(filepath.ToSlash(filepath.Clean(arg)))
	if !doublestar.ValidatePattern(rest) {
		return "", nil, &PathError{Path: arg, Err: errBadPattern}
	}
	match := func(rel string) bool {
		for p := rel; p != "." && p != "" && p != "/"; p = path.Dir(p) {
			if doublestar.MatchUnvalidated(rest, p) {
				return true
			}
		}
		return false
	}
	return filepath.FromSlash(base), match, nil
}

// glob expands a pattern (see Pattern) by walking its base directory.
func glob(arg, cwd string, trees map[string]string) ([]Input, error) {
	base, match, err := Pattern(arg)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(base)
	if err != nil || !info.IsDir() {
		return nil, &PathError{Path: arg, Err: errNoMatch}
	}
	return walk(base, cwd, trees, func(p string) bool {
		rel, err := filepath.Rel(base, p)
		return err == nil && match(filepath.ToSlash(rel))
	})
}

// walk finds the plans in a directory, or with keep those it keeps. The
// directory, as the user named it, is trusted; what lies in it is not.
func walk(dir, cwd string, trees map[string]string, keep func(string) bool) ([]Input, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, &PathError{Path: dir, Err: err}
	}
	// The directory may itself be a link (a pull request can replace
	// regions/ by one): it must lead to a place inside its own tree, or it
	// is not walked at all.
	if err := staysInside(root, treeOf(root, cwd, root, trees)); err != nil {
		return nil, &PathError{Path: dir, Err: err}
	}
	var inputs []Input
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return &PathError{Path: p, Err: err}
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") || isAnswersDir(p, d) {
				return filepath.SkipDir
			}
			return nil
		}
		if !planName(p) || d.Name() == ggzcheck.RegistryName || keep != nil && !keep(p) {
			return nil
		}
		parent, err := filepath.Abs(filepath.Dir(p))
		if err != nil {
			return &PathError{Path: p, Err: err}
		}
		inputs = append(inputs, contained(p, treeOf(parent, cwd, root, trees)))
		return nil
	})
	return inputs, err
}

// planName reports whether a file name is one a plan can have.
func planName(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".yaml" || ext == ".yml"
}

// treeOf is the tree (see Input.Tree) of a plan in dir (absolute): the
// repository, else the working directory, else fallback.
func treeOf(dir, cwd, fallback string, cache map[string]string) string {
	var visited []string
	found := ""
	for d := dir; ; d = filepath.Dir(d) {
		if t, ok := cache[d]; ok {
			found = t
			break
		}
		visited = append(visited, d)
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			found = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	for _, d := range visited {
		cache[d] = found
	}
	switch {
	case found != "":
		return found
	case within(dir, cwd):
		return cwd
	}
	return fallback
}

// contained resolves p and accepts it when it lies inside tree (absolute)
// once every link on its way is followed: the file itself may be a link to a
// plan-like file (*.yaml, *.yml) in the tree, and a directory on its way may
// be a link within the tree, but nothing may lead out of it or into a hidden
// directory the path itself does not name. Only the type found on disk
// decides what is read; the name does not.
func contained(p, tree string) Input {
	in := Input{Name: displayName(p), Path: p, Tree: tree}
	info, err := os.Lstat(p)
	if err != nil {
		in.Refused = err
		return in
	}
	isLink := info.Mode()&fs.ModeSymlink != 0
	target := ""
	if isLink {
		target, _ = os.Readlink(p)
	}
	resolved, err := filepath.EvalSymlinks(p)
	if err != nil {
		in.Refused = &LinkError{Target: target, Err: err}
		return in
	}
	resolved, _ = filepath.Abs(resolved)
	if !isLink {
		target = resolved // a directory on the way is the link
	}
	root, err := filepath.EvalSymlinks(tree)
	if err != nil {
		root = tree
	}
	abs, _ := filepath.Abs(p)
	rel, err := filepath.Rel(root, resolved)
	lexical, _ := filepath.Rel(tree, abs)
	if err != nil || !within(resolved, root) || (hidden(rel) && !hidden(lexical)) || (isLink && !planName(resolved)) {
		in.Refused = &LinkError{Target: target}
		return in
	}
	in.Path = resolved
	if !isLink && !info.Mode().IsRegular() {
		in.Refused = &safefile.NotRegularError{Path: p, Mode: info.Mode()}
	}
	return in
}

// staysInside returns a *LinkError when dir, resolved, lies outside tree.
func staysInside(dir, tree string) error {
	resolved, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	root, err := filepath.EvalSymlinks(tree)
	if err != nil {
		return err
	}
	if !within(resolved, root) {
		return &LinkError{Target: resolved}
	}
	return nil
}

// hidden reports whether a relative path passes through a hidden directory
// or names a hidden file (.git/config holds CI credentials).
func hidden(rel string) bool {
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(part, ".") && part != "." {
			return true
		}
	}
	return false
}

// within reports whether path lies in dir (both absolute and clean).
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// Names returns the files as named in findings.
func Names(inputs []Input) []string {
	out := make([]string, len(inputs))
	for i, in := range inputs {
		out[i] = in.Name
	}
	return out
}

// displayName is how a file is named in findings: as given, with forward
// slashes, so output is the same on every platform.
func displayName(p string) string { return filepath.ToSlash(p) }

// registryFor returns the region registry that applies to a plan: the
// nearest regios.yaml in the plan's directory or above it, within its tree.
// It depends on where the plan is, never on what else a run checks. seen
// caches the answer per directory.
func registryFor(in Input, seen map[string]string) string {
	var visited []string
	dir := filepath.Dir(filepath.FromSlash(in.Name))
	found := ""
	for {
		if r, ok := seen[dir]; ok {
			found = r
			break
		}
		visited = append(visited, dir)
		candidate := filepath.Join(dir, ggzcheck.RegistryName)
		if _, err := os.Lstat(candidate); err == nil {
			found = candidate
			break
		}
		abs, err := filepath.Abs(dir)
		parent := filepath.Dir(dir)
		if err != nil || abs == in.Tree || !within(abs, in.Tree) || parent == dir {
			break
		}
		dir = parent
	}
	for _, d := range visited {
		seen[d] = found
	}
	return found
}

// Registries returns the region registries that apply to inputs, sorted.
func Registries(inputs []Input) []string {
	seen := map[string]string{}
	found := map[string]bool{}
	for _, in := range inputs {
		if r := registryFor(in, seen); r != "" {
			found[r] = true
		}
	}
	return slices.Sorted(maps.Keys(found))
}

// isAnswersDir reports whether the directory p is the national table's
// answers beside a region registry (antwoorden/ next to regios.yaml): they
// are read with the plans they answer, never as plans themselves.
func isAnswersDir(p string, d fs.DirEntry) bool {
	if d.Name() != ggzcheck.AnswersDir {
		return false
	}
	_, err := os.Lstat(filepath.Join(filepath.Dir(p), ggzcheck.RegistryName))
	return err == nil
}
