package provenance

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ggzcheck/ggzcheck/internal/need"
)

func TestTreeChangesWithAnyFile(t *testing.T) {
	base := fstest.MapFS{
		"policies/a.rego":        {Data: []byte("package a")},
		"policies/gegevens.yaml": {Data: []byte("x: 1")},
		"schemas/plan.json":      {Data: []byte("{}")},
	}
	d0, err := Tree(base, "policies", "schemas")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Tree(base, "schemas", "policies")
	if again != d0 {
		t.Error("the digest depends on the order of the roots")
	}
	for name, change := range map[string]fstest.MapFS{
		"rule":   {"policies/a.rego": {Data: []byte("package b")}},
		"datum":  {"policies/gegevens.yaml": {Data: []byte("x: 2")}},
		"schema": {"schemas/plan.json": {Data: []byte(`{"type":"object"}`)}},
		"added":  {"policies/b.rego": {Data: []byte("package b")}},
		"moved":  {"policies/a.rego": nil, "policies/c.rego": {Data: []byte("package a")}},
	} {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		for k, v := range change {
			if v == nil {
				delete(fsys, k)
			} else {
				fsys[k] = v
			}
		}
		if d, _ := Tree(fsys, "policies", "schemas"); d == d0 {
			t.Errorf("%s: the digest did not change", name)
		}
	}
}

func TestCurrentHasAVersion(t *testing.T) {
	if Current().Version == "" {
		t.Error("no version")
	}
	oldVersion, oldRevision := version, revision
	defer func() { version, revision = oldVersion, oldRevision }()
	version, revision = "v1.2.3", "0123456789abcdef0123456789abcdef01234567"
	if got := Current(); got.Version != version || got.Revision != revision {
		t.Errorf("set at build time: %+v", got)
	}
}

func TestRepositoryOf(t *testing.T) {
	need.Program(t, "git", "git")
	dir := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL=/dev/null")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("git %v: %v", args, err)
		}
		return strings.TrimSpace(string(out))
	}
	plan := filepath.Join(dir, "plan.yaml")
	other := filepath.Join(dir, "ander.yaml")
	git("init", "-q")
	if err := os.WriteFile(plan, []byte("a: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := RepositoryOf(context.Background(), dir, []string{plan}); ok {
		t.Error("a repository without commits has a commit")
	}
	git("add", "plan.yaml")
	git("commit", "-q", "-m", "x")
	head := git("rev-parse", "HEAD")
	check := func(name string, paths []string, modified bool) {
		t.Helper()
		r, ok := RepositoryOf(context.Background(), dir, paths)
		if !ok || r.Commit != head || r.Modified != modified {
			t.Errorf("%s: %+v, %v; want commit %s, modified %v", name, r, ok, head, modified)
		}
	}
	check("clean", []string{plan}, false)
	if err := os.WriteFile(other, []byte("b: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("an untracked file elsewhere", []string{plan}, false)
	check("an untracked plan", []string{plan, other}, true)
	if err := os.WriteFile(plan, []byte("a: 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("a changed plan", []string{plan}, true)
	if _, ok := RepositoryOf(context.Background(), t.TempDir(), nil); ok {
		t.Error("a directory outside any repository has a commit")
	}
}

func TestModuleVersion(t *testing.T) {
	deps := []*debug.Module{
		{Path: "example.org/other", Version: "v9.9.9"},
		{Path: opaModule, Version: "v1.2.3"},
	}
	replaced := []*debug.Module{
		{Path: opaModule, Version: "v1.2.3", Replace: &debug.Module{Path: "example.org/fork", Version: "v1.2.4-fork"}},
	}
	local := []*debug.Module{
		{Path: opaModule, Version: "v1.2.3", Replace: &debug.Module{Path: "../opa"}},
	}
	for _, tc := range []struct {
		name string
		deps []*debug.Module
		want string
	}{
		{"listed", deps, "v1.2.3"},
		{"replaced by a version", replaced, "v1.2.4-fork"},
		{"replaced by a directory", local, "v1.2.3"},
		{"absent", deps[:1], ""},
	} {
		if got := moduleVersion(tc.deps, opaModule); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	if v := OPAVersion(); !strings.HasPrefix(v, "v1.") {
		t.Errorf("OPAVersion() = %q, want OPA v1", v)
	}
}
