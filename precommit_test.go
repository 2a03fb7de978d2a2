package ggzcheck_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/need"

	"gopkg.in/yaml.v3"
)

// hook is an entry of .pre-commit-hooks.yaml, with pre-commit's defaults.
type hook struct {
	ID            string   `yaml:"id"`
	Entry         string   `yaml:"entry"`
	Language      string   `yaml:"language"`
	Files         string   `yaml:"files"`
	Exclude       string   `yaml:"exclude"`
	Args          []string `yaml:"args"`
	PassFilenames *bool    `yaml:"pass_filenames"`
}

func readHooks(t *testing.T) []hook {
	t.Helper()
	src, err := os.ReadFile(".pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hook
	if err := yaml.Unmarshal(src, &hooks); err != nil {
		t.Fatal(err)
	}
	return hooks
}

// runHook does what pre-commit does with a hook at commit time: it takes the
// staged files, keeps those that files matches and exclude does not (Python's
// re.search, which Go's MatchString equals for these patterns), skips the
// hook when none is left, and else runs entry, then args, then the files
// unless pass_filenames is false, in the repository's root. pip is out of
// reach here, so pre-commit itself cannot run; language golang means
// pre-commit runs `go install ./...` of this repository and puts the result
// on the PATH, which bin stands for.
func runHook(t *testing.T, h hook, dir, bin string) (ran bool, code int, out string) {
	t.Helper()
	staged := strings.Fields(gitOut(t, dir, "diff", "--cached", "--name-only"))
	files := regexp.MustCompile(h.Files)
	var matched []string
	for _, f := range staged {
		if files.MatchString(f) && (h.Exclude == "" || !regexp.MustCompile(h.Exclude).MatchString(f)) {
			matched = append(matched, f)
		}
	}
	if len(matched) == 0 {
		return false, 0, ""
	}
	if strings.ContainsAny(h.Entry, `"'\`) {
		t.Fatalf("entry %q needs shlex quoting the simulation does not do", h.Entry)
	}
	args := append(strings.Fields(h.Entry), h.Args...)
	if h.PassFilenames == nil || *h.PassFilenames {
		args = append(args, matched...)
	}
	// exec.Command looks the name up in the test's PATH, not in cmd.Env's.
	name := args[0]
	if _, err := os.Stat(filepath.Join(bin, name)); err == nil {
		name = filepath.Join(bin, name)
	}
	cmd := exec.Command(name, args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	b, err := cmd.CombinedOutput()
	if err != nil {
		if cmd.ProcessState == nil {
			t.Fatalf("%v: %v", args, err)
		}
		code = cmd.ProcessState.ExitCode()
	}
	return true, code, string(b)
}

// TestPreCommitHookRuns runs the hook definition against a region's
// repository: changes to the registry, a duplicate plan beside a plan the
// commit does not touch, a broken plan, and a commit outside regions/.
func TestPreCommitHookRuns(t *testing.T) {
	hooks := readHooks(t)
	if len(hooks) != 1 || hooks[0].ID != "ggzcheck" || hooks[0].Language != "golang" {
		t.Fatalf("hooks %+v", hooks)
	}
	h := hooks[0]
	need.Program(t, "git", "git")
	bin := t.TempDir()
	buildGGZCheck(t, filepath.Join(bin, "ggzcheck"))

	for _, tc := range []struct {
		name   string
		change func(r *repo)
		ran    bool
		code   int
		want   string
	}{
		{"a new region in the registry", func(r *repo) {
			r.edit("regions/regios.yaml", "  - {code: buurregio", "  - {code: verweg, naam: Verweg}\n  - {code: buurregio")
		}, true, 0, ""},
		{"a copy of a plan the commit does not touch", func(r *repo) {
			r.write("regions/testregio/kopie.yaml", r.read("regions/testregio/2026.yaml"))
		}, true, 1, "regio-dubbel-plan"},
		{"a plan of a region the registry does not know", func(r *repo) {
			r.edit("regions/buurregio/2026.yaml", "code: buurregio", "code: onbekend")
		}, true, 1, "regio-onbekend"},
		{"a plan that breaks the format", func(r *repo) {
			r.edit("regions/buurregio/2026.yaml", "inkoopjaar: 2026", "inkoopjaar: volgend jaar")
		}, true, 1, "regions/buurregio/2026.yaml"},
		{"a change outside regions/", func(r *repo) {
			r.write("README.md", "# Plannen\n")
		}, false, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, _, _ := regionRepo(t)
			r.git("checkout", "-q", "main")
			tc.change(r)
			r.git("add", "-A")
			ran, code, out := runHook(t, h, r.dir, bin)
			if ran != tc.ran || code != tc.code || !strings.Contains(out, tc.want) {
				t.Errorf("ran %v, exit %d; want ran %v, exit %d, output with %q:\n%s", ran, code, tc.ran, tc.code, tc.want, out)
			}
		})
	}
}

// TestPreCommitHookDefinition: the hook never hands ggzcheck the registry as
// a plan, and always checks the whole tree.
func TestPreCommitHookDefinition(t *testing.T) {
	h := readHooks(t)[0]
	if h.PassFilenames == nil || *h.PassFilenames {
		t.Error("pass_filenames is not false: the registry would be checked as a plan, and cross-plan rules would see only the staged plans")
	}
	if h.Entry != "ggzcheck check regions/" {
		t.Errorf("entry %q does not check the whole regions/ tree", h.Entry)
	}
	files := regexp.MustCompile(h.Files)
	for name, want := range map[string]bool{
		"regions/zilverduin/2026.yaml": true,
		"regions/regios.yaml":          true, // the registry changes the cross-region verdicts
		"regions/a/b.yml":              true,
		"README.md":                    false,
		"docs/regions/x.yaml":          false,
	} {
		if files.MatchString(name) != want {
			t.Errorf("files %q matches %s: %v, want %v", h.Files, name, !want, want)
		}
	}
	pinned := regexp.MustCompile(`(?m)^[#\s]+rev: v\d+\.\d+\.\d+$`)
	for _, name := range []string{"README.md", ".pre-commit-hooks.yaml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !pinned.Match(src) || regexp.MustCompile(`(?m)^[#\s]+rev: main$`).Match(src) {
			t.Errorf("%s does not show a pinned rev: vX.Y.Z", name)
		}
	}
}
