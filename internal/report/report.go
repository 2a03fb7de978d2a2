// Package report renders a check report. Every format is a view of the same
// findings, one file each.
package report

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// Format names an output format.
type Format string

// The output formats of `ggzcheck check`.
const (
	Text     Format = "text"
	JSON     Format = "json"
	SARIF    Format = "sarif"
	GitHub   Format = "github"
	Markdown Format = "markdown"
	JUnit    Format = "junit"
	HTML     Format = "html"
)

// Formats lists every format, the default first; it feeds flag help and validation.
func Formats() []Format { return []Format{Text, JSON, SARIF, GitHub, Markdown, JUnit, HTML} }

// ParseFormat returns the format named s, or an error naming the valid ones.
func ParseFormat(s string) (Format, error) {
	if slices.Contains(Formats(), Format(s)) {
		return Format(s), nil
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("onbekend formaat %q; kies uit: %s", s, strings.Join(names, ", "))
}

// Options are the settings every format may use.
type Options struct {
	Lang    finding.Lang
	Color   bool // ANSI colour; only the text format uses it
	Verbose bool // also report the rules each plan passed or skipped
	// Quiet keeps only the failing plans' verdicts and the summary line
	// (--quiet); only the text format has it, the others are for programs.
	Quiet bool
	// LinkBase prefixes file links in Markdown and HTML, e.g.
	// "https://github.com/org/repo/blob/<sha>/"; empty gives relative links.
	LinkBase string
	// RunURL is the page of the CI run whose summary has the full report;
	// the compact Markdown points there for what it leaves out.
	RunURL string
	// Dir is the absolute directory the report's file names are relative
	// to, and Root the root of the git repository there; SARIF names every
	// file relative to Root. Empty: the names are used as given.
	Dir, Root string
	// Generated is when the report was made, shown by HTML; the zero time
	// leaves it out. See GeneratedAt.
	Generated time.Time
}

// GeneratedAt is the time a report is made: SOURCE_DATE_EPOCH (seconds
// since 1970, for reproducible builds and tests) when set, else now.
func GeneratedAt(getenv func(string) string, now time.Time) time.Time {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil && sec >= 0 {
			return time.Unix(sec, 0).UTC()
		}
	}
	return now
}

// Workspace returns the working directory and the root of the git
// repository it is in (the nearest directory up with a .git), or "" for
// the root outside a repository.
func Workspace() (dir, root string) {
	dir, err := os.Getwd()
	if err != nil {
		return "", ""
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return dir, d
		}
		if filepath.Dir(d) == d {
			return dir, ""
		}
	}
}

// GitHubLinks reads the GitHub Actions environment: the base of links to
// files in the repository at the commit being checked, and the page of the
// run. Either is empty outside Actions or when a value does not look like
// GitHub's own, so that no environment can point a link elsewhere than a
// web page.
func GitHubLinks(getenv func(string) string) (linkBase, runURL string) {
	server, repo := getenv("GITHUB_SERVER_URL"), getenv("GITHUB_REPOSITORY")
	if !strings.HasPrefix(server, "https://") || !plainURLPart(server[len("https://"):]) || !plainURLPart(repo) || strings.Count(repo, "/") != 1 {
		return "", ""
	}
	if sha := getenv("GITHUB_SHA"); plainURLPart(sha) && sha != "" && !strings.Contains(sha, "/") {
		linkBase = server + "/" + repo + "/blob/" + sha + "/"
	}
	if id := getenv("GITHUB_RUN_ID"); id != "" && strings.Trim(id, "0123456789") == "" {
		runURL = server + "/" + repo + "/actions/runs/" + id
	}
	return linkBase, runURL
}

// plainURLPart reports whether s holds only letters, digits and - . _ / :
// (a host with a port, an owner/name, a commit).
func plainURLPart(s string) bool {
	for _, c := range s {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.ContainsRune("-._/:", c)) {
			return false
		}
	}
	return s != ""
}

// withReason adds why a rule was skipped to the word for its outcome, as
// "niet gecontroleerd: vraagt --base ...".
func withReason(word string, o check.RuleOutcome, lang finding.Lang) string {
	if reason := o.Reason.In(lang); reason != "" {
		return word + ": " + reason
	}
	return word
}

// Write renders rep in format f to w.
func Write(w io.Writer, f Format, rep check.Report, opts Options) error {
	opts.Lang = cmp.Or(opts.Lang, finding.NL) // the zero Options read as Dutch
	switch f {
	case Text:
		return writeText(w, rep, opts)
	case JSON:
		return writeJSON(w, rep, opts)
	case SARIF:
		return writeSARIF(w, rep, opts)
	case GitHub:
		return writeGitHub(w, rep, opts)
	case Markdown:
		return writeMarkdown(w, rep, opts)
	case JUnit:
		return writeJUnit(w, rep, opts)
	case HTML:
		return writeHTML(w, rep, opts)
	}
	return fmt.Errorf("onbekend formaat %q", f)
}
