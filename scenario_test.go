package ggzcheck_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/need"
)

// The injection every text field of the hostile pull request carries: a
// workflow command after a newline, the legacy ##[ form, a mask request,
// terminal escapes and a bidi override.
const injection = `\n::error file=regions/x.yaml,line=1::gekaapt\n::add-mask::x\n##[error]gekaapt\e[31m\a\u202Eomgekeerd`

// githubCommand is the only shape a line of ggzcheck's github output may have
// when it starts with "::": one of its own annotations, properties escaped.
var githubCommand = regexp.MustCompile(`^::(error|warning|notice) (file=[^,:\n]*,line=\d+,col=\d+,)?title=[^:\n]*::[^\n]*$`)

// TestPullRequestScenario plays a hostile pull request against a real git
// repository: the head adds a plan that is a link to a secret outside the
// repository, one that links to .git/config, a plan whose texts try to run
// workflow commands, and policies that try to switch an agreement off. The
// check from that repository, as CI runs it, leaks nothing, runs nothing,
// and the verdict on every plan is the one without the extra policies.
func TestPullRequestScenario(t *testing.T) {
	need.Program(t, "git", "git")
	const secret = "ghs_GEHEIM_TOKEN_van_de_runner"
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "geheim.yaml"), []byte("token: "+secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	basis, err := os.ReadFile("testdata/basis.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write("regions/testregio/2026.yaml", string(basis))
	r.write("regions/regios.yaml", "regios:\n  - {code: testregio, naam: Testregio}\n  - {code: injectie, naam: Injectie}\n  - {code: buurregio, naam: Buurregio}\n")
	r.commit("main: one plan")
	r.git("checkout", "-q", "-b", "pr")
	// A credential as actions/checkout leaves it in .git/config.
	config := filepath.Join(r.dir, ".git", "config")
	cfg, _ := os.ReadFile(config)
	if err := os.WriteFile(config, append(cfg, []byte("[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: basic "+secret+"\n")...), 0o600); err != nil {
		t.Fatal(err)
	}
	symlink(t, filepath.Join(outside, "geheim.yaml"), filepath.Join(r.dir, "regions", "lek", "2026.yaml"))
	symlink(t, "../../.git/config", filepath.Join(r.dir, "regions", "lek-git", "2026.yaml"))
	hostile := strings.Replace(string(basis), "code: testregio\n  naam: Testregio", "code: injectie\n  naam: \"Injectie"+injection+"\"", 1)
	hostile += "\"" + injection + "\": 1\n"
	r.write("regions/injectie/2026.yaml", hostile)
	// Policies in the pull request: one in the agreements' own package
	// (refused at load), and one in its own namespace that copies an
	// agreement's helper (allowed, and without effect on the agreement).
	r.write(".ggzcheck/aanval/disbalans.rego", "package ggzcheck.afspraken.disbalans\n\nheeft_maatregel(_) if true\n")
	r.write(".ggzcheck/schaduw/schaduw.rego", `# METADATA
# title: Schaduw
package eigen.schaduw

import data.ggzcheck.afspraken.disbalans

heeft_maatregel(_) if true

# METADATA
# title: Een eigen regel die nooit vuurt
# custom:
#   id: eigen-schaduw
#   severity: warning
#   source: test
#   title_en: An own rule that never fires
overtreding contains v if {
	false
	v := {"regel": "eigen-schaduw", "pad": "", "nl": "x", "en": "x"}
}
`)
	r.commit("pr: hostile")
	t.Chdir(r.dir)

	type verdict struct {
		code  int
		files map[string]bool
	}
	verdictOf := func(args ...string) verdict {
		t.Helper()
		res := ggzcheck(t, runOptions{}, append([]string{"check", "--base", "main", "--format", "json", "regions"}, args...)...)
		var out jsonOutput
		if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, res.stderr)
		}
		v := verdict{code: res.code, files: map[string]bool{}}
		for _, f := range out.Files {
			v.files[f.File] = f.Passed
		}
		return v
	}
	standard := verdictOf()
	if standard.code != 1 || standard.files["regions/testregio/2026.yaml"] != true ||
		standard.files["regions/lek/2026.yaml"] || standard.files["regions/lek-git/2026.yaml"] || standard.files["regions/injectie/2026.yaml"] {
		t.Fatalf("standard verdict %+v: the links and the injected plan must fail, the plain plan pass", standard)
	}
	if shadowed := verdictOf("--policy", ".ggzcheck/schaduw"); shadowed.code != standard.code || len(shadowed.files) != len(standard.files) {
		t.Errorf("with the shadowing policy: %+v, without: %+v", shadowed, standard)
	} else {
		for f, passed := range standard.files {
			if shadowed.files[f] != passed {
				t.Errorf("%s: passed %v with the shadowing policy, %v without", f, shadowed.files[f], passed)
			}
		}
	}
	refused := ggzcheck(t, runOptions{}, "check", "--base", "main", "--policy", ".ggzcheck/aanval", "regions")
	if refused.code != 2 || !strings.Contains(refused.stderr, ".ggzcheck/aanval/disbalans.rego:1") {
		t.Errorf("a policy in an agreement's package: exit %d, stderr %q; want 2 naming the file and line", refused.code, refused.stderr)
	}

	for _, format := range []string{"text", "github", "sarif"} {
		for _, policy := range [][]string{nil, {"--policy", ".ggzcheck/schaduw"}} {
			args := append([]string{"check", "--base", "main", "--format", format, "regions"}, policy...)
			res := ggzcheck(t, runOptions{}, args...)
			all := res.stdout + res.stderr
			if strings.Contains(all, secret) {
				t.Errorf("%v leaks the secret", args)
			}
			if strings.ContainsAny(all, "\x1b\a\u202e") || strings.Contains(all, "##[") {
				for _, l := range strings.Split(all, "\n") {
					if strings.ContainsAny(l, "\x1b\a\u202e") || strings.Contains(l, "##[") {
						t.Logf("%q", l)
					}
				}
				t.Errorf("%v shows a terminal escape, bidi override or ##[ raw", args)
			}
			for _, line := range strings.Split(all, "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "::") && (format != "github" || !githubCommand.MatchString(line)) {
					t.Errorf("%v: a line a runner would execute: %q", args, line)
				}
			}
			if format == "text" && !strings.Contains(res.stdout, `\n::error file=regions/x.yaml`) {
				t.Errorf("%v does not show the injected text visibly:\n%s", args, res.stdout)
			}
		}
	}
}
