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

	opaversion "github.com/open-policy-agent/opa/v1/version"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// version and revision are set at build time by the Makefile (-ldflags -X)
// from git describe and git rev-parse; empty otherwise, and then Go's build
// info counts.
var version, revision string

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
	t := Tool{Version: version, Revision: revision}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return withDefault(t)
	}
	if t.Version == "" && bi.Main.Version != "" {
		t.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch {
		case s.Key == "vcs.revision" && t.Revision == "":
			t.Revision = s.Value
		case s.Key == "vcs.modified":
			t.Modified = s.Value == "true"
		}
	}
	return withDefault(t)
}

// opaModule is the module whose version decides how the policies evaluate.
const opaModule = "github.com/open-policy-agent/opa"

// OPAVersion is the version of the OPA library linked in, as Go's build info
// records it (a replace directive counts); opaversion.Version when the binary
// carries no build info.
func OPAVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := moduleVersion(bi.Deps, opaModule); v != "" {
			return v
		}
	}
	return "v" + opaversion.Version
}

// moduleVersion returns path's version among deps, following a replacement.
func moduleVersion(deps []*debug.Module, path string) string {
	for _, m := range deps {
		if m.Path != path {
			continue
		}
		if m.Replace != nil && m.Replace.Version != "" {
			return m.Replace.Version
		}
		return m.Version
	}
	return ""
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
// the given paths have changes not in it; ok is false outside a repository,
// before the first commit, or without git. One git process answers both, in
// a few seconds at most: provenance must never hang a check.
func RepositoryOf(ctx context.Context, dir string, paths []string) (Repository, bool) {
	if _, err := exec.LookPath("git"); err != nil {
		return Repository{}, false
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	args := []string{"-C", dir, "status", "--porcelain=v2", "--branch", "--untracked-files=all", "-z", "--"}
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			args = append(args, abs)
		}
	}
	out, err := exec.CommandContext(ctx, "git", args...).Output()
	if err != nil {
		return Repository{}, false
	}
	var r Repository
	for _, entry := range strings.Split(string(out), "\x00") {
		switch {
		case strings.HasPrefix(entry, "# branch.oid "):
			r.Commit = strings.TrimPrefix(entry, "# branch.oid ")
		case entry != "" && !strings.HasPrefix(entry, "# "):
			r.Modified = true
		}
	}
	if !objectName(r.Commit) {
		return Repository{}, false // "(initial)": nothing committed yet
	}
	return r, true
}

// objectName reports whether s is a full git object name (SHA-1 or SHA-256).
func objectName(s string) bool {
	if len(s) != 40 && len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

// Record is what produced a report's verdicts, so that a reviewer can tell
// exactly which tool, rules and repository state made them.
type Record struct {
	Tool Tool `json:"ggzcheck"`
	// Policies digests the embedded schemas and policies and every user
	// policy file: one SHA-256 that changes when any rule does.
	Policies string `json:"policies_sha256"`
	// UserPolicies are the --policy files in effect: a verdict made with
	// them is not the standard one.
	UserPolicies []File `json:"user_policies"`
	// ConfigFile is --config, or "" for the defaults.
	ConfigFile string `json:"config_file,omitempty"`
	// ReferenceDate is --peildatum, or "" for each plan's 1 January.
	ReferenceDate string `json:"peildatum,omitempty"`
	// Base and BaseCommit are --base and the commit it resolved to.
	Base       string `json:"base,omitempty"`
	BaseCommit string `json:"base_commit,omitempty"`
	// Repository is the git state of the checked plans, when in a repository.
	Repository *Repository `json:"repository,omitempty"`
}

// Standard reports whether the verdicts used only the built-in rules.
func (r Record) Standard() bool { return len(r.UserPolicies) == 0 }

// Fact is one labelled line of a record, for people; Key is stable, for
// machine-readable places such as JUnit properties.
type Fact struct {
	Key, Label, Value string
}

var words = map[string][2]string{ // Dutch, English
	"heading":  {"Herkomst", "Provenance"},
	"policies": {"afspraken en planformaat", "agreements and plan format"},
	"builtin":  {"alleen de ingebouwde afspraken", "the built-in agreements only"},
	"user":     {"met eigen beleidsregels", "with user policies"},
	"config":   {"instellingen", "settings"},
	"default":  {"standaard (policies/gegevens.yaml)", "default (policies/gegevens.yaml)"},
	"date":     {"peildatum", "reference date"},
	"eachYear": {"1 januari van het inkoopjaar van elk plan", "1 January of each plan's contracting year"},
	"base":     {"vergeleken met", "compared with"},
	"repo":     {"repository", "repository"},
	"modified": {"met lokale wijzigingen", "with local changes"},
	"warning": {
		"Let op: gecontroleerd met eigen beleidsregels naast de afspraken (%s). Dit oordeel is niet het standaardoordeel.",
		"Note: checked with user policies beside the agreements (%s). This verdict is not the standard one.",
	},
}

// word returns the text for key in lang.
func word(key string, lang finding.Lang) string {
	if lang == finding.EN {
		return words[key][1]
	}
	return words[key][0]
}

// Heading is the title of a record's section in a report.
func Heading(lang finding.Lang) string { return word("heading", lang) }

// Facts lists a record in the order people read it. The values are not
// sanitized: each report shows them as it shows any other text.
func (r Record) Facts(lang finding.Lang) []Fact {
	tool := r.Tool.Version
	if r.Tool.Revision != "" {
		tool += " (commit " + r.Tool.Revision + ")"
	}
	if r.Tool.Modified {
		tool += ", " + word("modified", lang)
	}
	policies := "sha256:" + r.Policies + ", " + word("builtin", lang)
	if !r.Standard() {
		names := make([]string, len(r.UserPolicies))
		for i, f := range r.UserPolicies {
			names[i] = f.Path + " (sha256:" + f.SHA256 + ")"
		}
		policies = "sha256:" + r.Policies + ", " + word("user", lang) + ": " + strings.Join(names, ", ")
	}
	config := word("default", lang)
	if r.ConfigFile != "" {
		config = r.ConfigFile
	}
	date := word("eachYear", lang)
	if r.ReferenceDate != "" {
		date = r.ReferenceDate
	}
	out := []Fact{
		{"ggzcheck.version", "ggzcheck", tool},
		{"ggzcheck.policies", word("policies", lang), policies},
		{"ggzcheck.config", word("config", lang), config},
		{"ggzcheck.peildatum", word("date", lang), date},
	}
	if r.Base != "" {
		out = append(out, Fact{"ggzcheck.base", word("base", lang), r.Base + " (" + r.BaseCommit + ")"})
	}
	if repo := r.Repository; repo != nil {
		value := repo.Commit
		if repo.Modified {
			value += ", " + word("modified", lang)
		}
		out = append(out, Fact{"ggzcheck.repository", word("repo", lang), value})
	}
	return out
}

// Warning is the sentence every report for people puts first when user
// policies took part, or "" for a standard verdict.
func (r Record) Warning(lang finding.Lang) string {
	if r.Standard() {
		return ""
	}
	paths := make([]string, len(r.UserPolicies))
	for i, f := range r.UserPolicies {
		paths[i] = f.Path
	}
	return fmt.Sprintf(word("warning", lang), strings.Join(paths, ", "))
}
