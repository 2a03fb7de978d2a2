package ggzcheck_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/report"
)

// TestEveryReportShowsItsProvenance: a reviewer can tell from any report
// which ggzcheck, which rules (digest), which settings and reference date,
// which plan bytes and which repository commit produced the verdict.
func TestEveryReportShowsItsProvenance(t *testing.T) {
	t.Parallel()
	plan := "testdata/basis.yaml"
	digest, err := check.PolicyDigest()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(plan)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(src)
	planDigest := hex.EncodeToString(sum[:])

	js := decode(t, ggzcheck(t, runOptions{}, "check", "--format", "json", "--peildatum", "2026-03-01", plan).stdout)
	p := js.Provenance
	if p.GGZCheck.Version == "" || p.Policies != digest || p.ReferenceDate != "2026-03-01" || p.UserPolicies == nil || len(p.UserPolicies) != 0 {
		t.Errorf("provenance %+v; want a version, policies %s, peildatum 2026-03-01, no user policies", p, digest)
	}
	if js.Files[0].SHA256 != planDigest {
		t.Errorf("plan sha256 %s, want %s", js.Files[0].SHA256, planDigest)
	}
	if head, err := exec.Command("git", "rev-parse", "HEAD").Output(); err == nil {
		if p.Repository == nil || p.Repository.Commit != strings.TrimSpace(string(head)) {
			t.Errorf("repository %+v, want commit %s", p.Repository, head)
		}
	}

	for _, f := range report.Formats() {
		out := ggzcheck(t, runOptions{}, "check", "--format", string(f), plan).stdout
		for _, want := range []string{digest, "(devel)"} {
			if !strings.Contains(out, want) {
				t.Errorf("--format %s does not show %s", f, want)
			}
		}
		if f != report.Text && f != report.GitHub && !strings.Contains(out, planDigest) {
			t.Errorf("--format %s does not show the plan's sha256", f)
		}
	}

	v := ggzcheck(t, runOptions{}, "version")
	for _, flag := range []string{"--version", "-V"} {
		if again := ggzcheck(t, runOptions{}, flag); again.stdout != v.stdout || again.code != 0 {
			t.Errorf("%s prints %q, version prints %q", flag, again.stdout, v.stdout)
		}
	}
	if v.code != 0 || !strings.Contains(v.stdout, "ggzcheck (devel)") || !strings.Contains(v.stdout, "sha256:"+digest) {
		t.Errorf("version: exit %d\n%s", v.code, v.stdout)
	}
}

// TestUserPoliciesAreNamedInEveryReport: a verdict made with extra rules can
// never pass for the standard one.
func TestUserPoliciesAreNamedInEveryReport(t *testing.T) {
	t.Parallel()
	const dir = "testdata/policies/vaststelling"
	src, err := os.ReadFile(dir + "/vaststelling.rego")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(src)
	file, fileDigest := dir+"/vaststelling.rego", hex.EncodeToString(sum[:])
	standard := decode(t, ggzcheck(t, runOptions{}, "check", "--format", "json", "testdata/basis.yaml").stdout).Provenance.Policies

	js := decode(t, ggzcheck(t, runOptions{}, "check", "--format", "json", "--policy", dir, "testdata/basis.yaml").stdout)
	if u := js.Provenance.UserPolicies; len(u) != 1 || u[0].Path != file || u[0].SHA256 != fileDigest {
		t.Errorf("user_policies %+v, want %s with sha256 %s", u, file, fileDigest)
	}
	if js.Provenance.Policies == standard {
		t.Error("the policies digest is the standard one although a user policy took part")
	}
	for _, f := range report.Formats() {
		out := ggzcheck(t, runOptions{}, "check", "--format", string(f), "--policy", dir, "testdata/basis.yaml").stdout
		if !strings.Contains(out, file) {
			t.Errorf("--format %s does not name %s", f, file)
		}
		if f != report.JSON && f != report.SARIF && f != report.JUnit && !strings.Contains(out, "niet het standaardoordeel") {
			t.Errorf("--format %s does not warn that the verdict is not the standard one", f)
		}
	}
}

// TestOverviewsShowTheirProvenance: the national overview and the diff are
// reports too.
func TestOverviewsShowTheirProvenance(t *testing.T) {
	digest, err := check.PolicyDigest()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"text", "json", "csv", "markdown", "html"} {
		if out := ggzcheck(t, runOptions{}, "national", "--format", f, "testdata/basis.yaml").stdout; !strings.Contains(out, digest) {
			t.Errorf("national --format %s does not show the policies' digest", f)
		}
	}
	r := newTestRepo(t)
	r.edit("regions/testregio/2026.yaml", capacityBefore, capacityCut)
	for _, f := range []string{"text", "json", "markdown"} {
		if out := ggzcheck(t, runOptions{}, "diff", "--base", "main", "--format", f, "regions").stdout; !strings.Contains(out, digest) || !strings.Contains(out, "(devel)") {
			t.Errorf("diff --format %s does not show its provenance:\n%s", f, out)
		}
	}
}
