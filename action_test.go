package ggzcheck_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/need"

	"github.com/rhysd/actionlint"
	"gopkg.in/yaml.v3"
)

// actionMeta is the part of action.yml the simulated runner needs.
type actionMeta struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	ID              string            `yaml:"id"`
	Name            string            `yaml:"name"`
	If              string            `yaml:"if"`
	Uses            string            `yaml:"uses"`
	Run             string            `yaml:"run"`
	Shell           string            `yaml:"shell"`
	Env             map[string]string `yaml:"env"`
	With            map[string]string `yaml:"with"`
	ContinueOnError bool              `yaml:"continue-on-error"`
}

func readAction(t *testing.T) (actionMeta, []byte) {
	t.Helper()
	src, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a actionMeta
	if err := yaml.Unmarshal(src, &a); err != nil {
		t.Fatal(err)
	}
	return a, src
}

// TestActionLints runs actionlint over the action twice: as a workflow that
// uses it (its metadata and inputs), and with its steps lifted into a
// reusable workflow whose inputs are the action's, so that every expression,
// context and step is checked as in a workflow.
func TestActionLints(t *testing.T) {
	linter, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	root, _ := os.Getwd()
	project, err := actionlint.NewProject(root)
	if err != nil {
		t.Fatal(err)
	}
	report := func(errs []*actionlint.Error) {
		t.Helper()
		for _, e := range errs {
			t.Errorf("%s:%d:%d: %s [%s]", e.Filepath, e.Line, e.Column, e.Message, e.Kind)
		}
	}
	user := "on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n        with:\n          version: v0.1.0\n          paths: regions/\n          upload-sarif: auto\n"
	errs, err := linter.Lint(filepath.Join(root, ".github/workflows/gebruik.yml"), []byte(user), project)
	if err != nil {
		t.Fatal(err)
	}
	report(errs)
	bad, _ := linter.Lint(filepath.Join(root, ".github/workflows/fout.yml"), []byte(strings.Replace(user, "upload-sarif:", "upload_sarif:", 1)), project)
	if len(bad) == 0 {
		t.Error("actionlint did not read action.yml: an unknown input passed")
	}

	a, src := readAction(t)
	lifted := func(src []byte) []byte {
		var doc struct {
			Inputs map[string]any `yaml:"inputs"`
			Runs   struct {
				Steps []map[string]any `yaml:"steps"`
			} `yaml:"runs"`
		}
		if err := yaml.Unmarshal(src, &doc); err != nil {
			t.Fatal(err)
		}
		inputs := map[string]any{}
		for name := range doc.Inputs {
			inputs[name] = map[string]any{"type": "string", "required": false}
		}
		out, err := yaml.Marshal(map[string]any{
			"on":   map[string]any{"workflow_call": map[string]any{"inputs": inputs}},
			"jobs": map[string]any{"action": map[string]any{"runs-on": "ubuntu-latest", "steps": doc.Runs.Steps}},
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if a.Runs.Using != "composite" || len(a.Runs.Steps) == 0 {
		t.Fatalf("action.yml runs %q with %d steps", a.Runs.Using, len(a.Runs.Steps))
	}
	errs, _ = linter.Lint("action.yml (stappen)", lifted(src), nil)
	report(errs)
	broken := bytes.Replace(src, []byte("inputs.paths"), []byte("inputs.pads"), 1)
	if bad, _ := linter.Lint("kapot.yml", lifted(broken), nil); len(bad) == 0 {
		t.Error("actionlint accepted a step reading an input the action does not have")
	}
	for _, s := range a.Runs.Steps {
		if s.Run != "" && s.Shell != "bash" {
			t.Errorf("step %q: a composite action's run step needs shell: bash, has %q", s.Name, s.Shell)
		}
	}
}

// TestActionVersionsArePinned: the action names the SARIF upload that is
// not deprecated, and the release workflow does what it must.
func TestActionVersionsArePinned(t *testing.T) {
	_, src := readAction(t)
	if !bytes.Contains(src, []byte("github/codeql-action/upload-sarif@v4")) {
		t.Error("action.yml does not upload with upload-sarif@v4")
	}
	rel, err := os.ReadFile(".github/workflows/release.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`tags: ["v*"]`, "make test", `make dist VERSION="$GITHUB_REF_NAME"`, "gh release create", "dist/SHA256SUMS", "contents: write"} {
		if !bytes.Contains(rel, []byte(want)) {
			t.Errorf("release.yml lacks %q", want)
		}
	}
}

// testVersion is the version the fixture's binary and release carry.
const testVersion = "v9.8.7"

// buildGGZCheck builds ggzcheck into dir with testVersion, for this machine.
func buildGGZCheck(t *testing.T, out string) {
	t.Helper()
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-X github.com/ggzcheck/ggzcheck/internal/provenance.version="+testVersion, "-o", out, "./cmd/ggzcheck")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
}

// actionFixture builds ggzcheck and packs it as make dist does, with the
// real dist tool, for this machine's platform, as a release under
// <dir>/release/<testVersion>/; and a fake go in <dir>/fakego that records
// how it was called and "builds" that binary.
func actionFixture(t *testing.T) string {
	t.Helper()
	need.Program(t, "git", "git")
	need.Program(t, "bash", "bash")
	need.Program(t, "curl", "curl")
	dir := t.TempDir()
	binary := filepath.Join(dir, "dist", "build", runtime.GOOS+"-"+runtime.GOARCH, "ggzcheck")
	buildGGZCheck(t, binary)
	cmd := exec.Command("go", "run", "./internal/tools/dist", "-dir", filepath.Join(dir, "dist"), "-version", testVersion, "README.md", "LICENSE")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dist: %v\n%s", err, b)
	}
	release := filepath.Join(dir, "release", testVersion)
	if err := os.MkdirAll(release, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "dist"))
	for _, e := range entries {
		if !e.IsDir() {
			if err := os.Rename(filepath.Join(dir, "dist", e.Name()), filepath.Join(release, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	fakego := "#!/usr/bin/env bash\necho \"$*\" >>\"$FAKE_GO_LOG\"\n" +
		"out=\"$GOBIN\"; prev=\nfor a in \"$@\"; do [ \"$prev\" = -o ] && out=$a; prev=$a; done\n" +
		"cp \"" + binary + "\" \"${out%/}/ggzcheck\"\n"
	if err := os.MkdirAll(filepath.Join(dir, "fakego"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fakego", "go"), []byte(fakego), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// fakeGitHub is the part of GitHub the action talks to: release downloads
// and the code scanning API.
type fakeGitHub struct {
	*httptest.Server
	mu            sync.Mutex
	scanningAsked int
	scanning      int // status of GET .../code-scanning/analyses
}

func newFakeGitHub(t *testing.T, releases string, scanning int) *fakeGitHub {
	g := &fakeGitHub{scanning: scanning}
	mux := http.NewServeMux()
	mux.Handle("/download/", http.StripPrefix("/download/", http.FileServer(http.Dir(releases))))
	mux.HandleFunc("/api/repos/regio/plannen/code-scanning/analyses", func(w http.ResponseWriter, r *http.Request) {
		g.mu.Lock()
		g.scanningAsked++
		g.mu.Unlock()
		if r.Header.Get("Authorization") != "Bearer test-token" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(g.scanning)
	})
	g.Server = httptest.NewServer(mux)
	t.Cleanup(g.Close)
	return g
}

// actionRun is a simulated run of the composite action.
type actionRun struct {
	code     int               // the job's exit code: of the first failing step
	log      string            // stdout and stderr of every step
	ran      []string          // names of the steps that ran
	uploaded map[string]string // the upload step's with:, when it ran
	outputs  map[string]map[string]string
	summary  string
	goCalls  string
}

type runnerSetup struct {
	dir          string            // the region repository: the workspace
	event        string            // GITHUB_EVENT_NAME
	payload      map[string]any    // the event payload
	inputs       map[string]string // with: of the workflow step
	actionRef    string            // github.action_ref
	api          *fakeGitHub
	uploadFails  bool
	downloadFrom string // GGZCHECK_DOWNLOAD_URL, default the fake's releases
}

// runAction plays GitHub's runner for action.yml: it fills the inputs with
// their defaults, evaluates each step's if and env against the github,
// inputs and steps contexts, runs the run steps with bash as the runner
// does (GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STEP_SUMMARY files), and records
// the uses step instead of running it.
func runAction(t *testing.T, fixture string, s runnerSetup) actionRun {
	t.Helper()
	a, _ := readAction(t)
	root, _ := os.Getwd()
	temp := t.TempDir()
	event := filepath.Join(temp, "event.json")
	payload, _ := json.Marshal(s.payload)
	if err := os.WriteFile(event, payload, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := map[string]any{
		"github": map[string]any{
			"event_name": s.event, "event": s.payload, "action_ref": s.actionRef,
			"repository": "regio/plannen", "token": "test-token",
		},
		"steps": map[string]any{},
	}
	inputs := map[string]any{}
	for name, in := range a.Inputs {
		inputs[name] = evalTemplate(t, in.Default, ctx)
	}
	for name, v := range s.inputs {
		inputs[name] = v
	}
	ctx["inputs"] = inputs
	summary := filepath.Join(temp, "summary.md")
	pathFile := filepath.Join(temp, "path")
	goLog := filepath.Join(temp, "go.log")
	for _, f := range []string{summary, pathFile, goLog} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	download := s.downloadFrom
	if download == "" {
		download = s.api.URL + "/download"
	}
	base := []string{
		"HOME=" + temp, "TMPDIR=" + temp, "LANG=C.UTF-8",
		"GITHUB_ACTIONS=true", "CI=true", "GITHUB_EVENT_NAME=" + s.event, "GITHUB_EVENT_PATH=" + event,
		"GITHUB_REPOSITORY=regio/plannen", "GITHUB_WORKSPACE=" + s.dir, "GITHUB_API_URL=" + s.api.URL + "/api",
		"GITHUB_ACTION_PATH=" + root, "GITHUB_STEP_SUMMARY=" + summary, "GITHUB_PATH=" + pathFile,
		"RUNNER_TEMP=" + temp, "RUNNER_OS=" + map[string]string{"linux": "Linux", "darwin": "macOS"}[runtime.GOOS],
		"RUNNER_ARCH=" + map[string]string{"amd64": "X64", "arm64": "ARM64"}[runtime.GOARCH],
		"GGZCHECK_DOWNLOAD_URL=" + download, "FAKE_GO_LOG=" + goLog,
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
	}
	res := actionRun{outputs: map[string]map[string]string{}}
	var log strings.Builder
	steps := ctx["steps"].(map[string]any)
	for i, step := range a.Runs.Steps {
		if res.code != 0 {
			break // no step of ours asks always()
		}
		if step.If != "" && evalExpr(t, step.If, ctx) == "" {
			continue
		}
		res.ran = append(res.ran, step.Name)
		outcome, outputs := "success", map[string]string{}
		if step.Uses != "" {
			res.uploaded = map[string]string{}
			for k, v := range step.With {
				res.uploaded[k] = evalTemplate(t, v, ctx)
			}
			if s.uploadFails {
				outcome = "failure"
			}
		} else {
			outFile := filepath.Join(temp, fmt.Sprintf("output-%d", i))
			script := filepath.Join(temp, fmt.Sprintf("step-%d.sh", i))
			if err := os.WriteFile(outFile, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(script, []byte(step.Run), 0o644); err != nil {
				t.Fatal(err)
			}
			added, _ := os.ReadFile(pathFile)
			path := strings.Join(append(strings.Fields(string(added)), filepath.Join(fixture, "fakego"), os.Getenv("PATH")), string(os.PathListSeparator))
			env := append(append([]string{}, base...), "PATH="+path, "GITHUB_OUTPUT="+outFile)
			for k, v := range step.Env {
				env = append(env, k+"="+evalTemplate(t, v, ctx))
			}
			cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
			cmd.Dir, cmd.Env = s.dir, env
			out, err := cmd.CombinedOutput()
			log.Write(out)
			if err != nil {
				outcome = "failure"
				if !step.ContinueOnError {
					res.code = cmd.ProcessState.ExitCode()
				}
			}
			lines, _ := os.ReadFile(outFile)
			for _, l := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
				if k, v, ok := strings.Cut(l, "="); ok {
					outputs[k] = v
				}
			}
		}
		if step.ID != "" {
			res.outputs[step.ID] = outputs
			steps[step.ID] = map[string]any{"outputs": toAny(outputs), "outcome": outcome}
		}
	}
	res.log = log.String()
	b, _ := os.ReadFile(summary)
	res.summary = string(b)
	b, _ = os.ReadFile(goLog)
	res.goCalls = string(b)
	return res
}

func toAny(m map[string]string) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

// evalTemplate replaces every ${{ expr }} in s.
func evalTemplate(t *testing.T, s string, ctx map[string]any) string {
	t.Helper()
	var b strings.Builder
	for {
		i := strings.Index(s, "${{")
		if i < 0 {
			return b.String() + s
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			t.Fatalf("unclosed expression in %q", s)
		}
		b.WriteString(s[:i])
		b.WriteString(evalExpr(t, s[i+3:i+j], ctx))
		s = s[i+j+2:]
	}
}

// evalExpr evaluates the expressions action.yml uses: context paths,
// 'strings', ==, !=, && and ||, with GitHub's rules (a missing property is
// empty; an empty string is false; && and || give an operand). Anything else fails the
// test, so the simulation never guesses.
func evalExpr(t *testing.T, expr string, ctx map[string]any) string {
	t.Helper()
	or := strings.Split(expr, "||")
	for i, alt := range or {
		v := evalAnd(t, alt, ctx)
		if v != "" || i == len(or)-1 {
			return v
		}
	}
	return ""
}

func evalAnd(t *testing.T, expr string, ctx map[string]any) string {
	var v string
	for _, part := range strings.Split(expr, "&&") {
		if v = evalCompare(t, part, ctx); v == "" {
			return ""
		}
	}
	return v
}

func evalCompare(t *testing.T, expr string, ctx map[string]any) string {
	for _, op := range []string{"==", "!="} {
		if l, r, ok := strings.Cut(expr, op); ok {
			eq := strings.EqualFold(evalOperand(t, l, ctx), evalOperand(t, r, ctx))
			if eq == (op == "==") {
				return "true"
			}
			return ""
		}
	}
	return evalOperand(t, expr, ctx)
}

func evalOperand(t *testing.T, s string, ctx map[string]any) string {
	t.Helper()
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "'") && strings.HasSuffix(s, "'") && len(s) >= 2 {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	if strings.ContainsAny(s, "()!<>[] ") {
		t.Fatalf("the simulated runner cannot evaluate %q", s)
	}
	var v any = ctx
	for _, key := range strings.Split(s, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = m[key]
	}
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}

// regionRepo is a region's repository with a pull-request-shaped history:
// main holds the registry and two passing plans; the branch's head cuts
// the capacity of one plan without declaring it, which only --base finds.
func regionRepo(t *testing.T) (r *repo, base, head string) {
	t.Helper()
	basis, err := os.ReadFile("testdata/basis.yaml")
	if err != nil {
		t.Fatal(err)
	}
	buur := strings.Replace(string(basis), "code: testregio\n  naam: Testregio", "code: buurregio\n  naam: Buurregio", 1)
	buur = strings.Replace(buur, "regio: buurregio,", "regio: testregio,", 1)
	r = &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	r.write("regions/regios.yaml", "regios:\n  - {code: testregio, naam: Testregio}\n  - {code: buurregio, naam: Buurregio}\n")
	r.write("regions/testregio/2026.yaml", string(basis))
	r.write("regions/buurregio/2026.yaml", buur)
	r.commit("twee plannen")
	base = gitOut(t, r.dir, "rev-parse", "HEAD")
	r.git("checkout", "-q", "-b", "pr")
	r.edit("regions/testregio/2026.yaml", capacityBefore, capacityCut)
	r.commit("minder capaciteit")
	head = gitOut(t, r.dir, "rev-parse", "HEAD")
	return r, base, head
}

func gitOut(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).Output()
	if err != nil {
		t.Fatalf("git %v: %v", args, err)
	}
	return strings.TrimSpace(string(out))
}

func pullRequest(base, headRepo string) map[string]any {
	return map[string]any{"pull_request": map[string]any{
		"base": map[string]any{"sha": base},
		"head": map[string]any{"repo": map[string]any{"full_name": headRepo}},
	}}
}

// TestActionRuns simulates the action in a region's repository.
func TestActionRuns(t *testing.T) {
	fixture := actionFixture(t)
	releases := filepath.Join(fixture, "release")
	r, base, _ := regionRepo(t)
	version := map[string]string{"version": testVersion}

	t.Run("a pull request that loses capacity fails, with annotations, summary and SARIF", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusNotFound) // code scanning on, no analyses yet
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "pull_request", payload: pullRequest(base, "regio/plannen"), inputs: version, api: api})
		if res.code != 1 {
			t.Fatalf("exit %d, want 1\n%s", res.code, res.log)
		}
		for _, want := range []string{
			"ggzcheck " + testVersion + " geïnstalleerd uit de release", "SHA-256 klopt",
			"::error file=regions/testregio/2026.yaml,line=", "aanbod-onverklaard-verlies",
			"minstens één plan heeft een fout",
		} {
			if !strings.Contains(res.log, want) {
				t.Errorf("the log lacks %q:\n%s", want, res.log)
			}
		}
		if !strings.Contains(res.summary, "aanbod-onverklaard-verlies") || !strings.Contains(res.summary, base) {
			t.Errorf("the job summary does not show the finding against base %s:\n%s", base, res.summary)
		}
		sarif := res.outputs["check"]["sarif-file"]
		if res.uploaded == nil || res.uploaded["sarif_file"] != sarif || res.uploaded["category"] != "ggzcheck" {
			t.Errorf("SARIF %q not uploaded: %v", sarif, res.uploaded)
		}
		data, err := os.ReadFile(sarif)
		if err != nil || !bytes.Contains(data, []byte(`"ruleId": "aanbod-onverklaard-verlies"`)) {
			t.Errorf("SARIF %s (%v) lacks the finding", sarif, err)
		}
		if res.goCalls != "" {
			t.Errorf("go was called although the release has a binary: %s", res.goCalls)
		}
	})

	t.Run("a push is checked without base; no code scanning means no upload and a notice", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusForbidden)
		r.git("checkout", "-q", "main")
		defer r.git("checkout", "-q", "pr")
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "push", payload: map[string]any{}, inputs: version, api: api})
		if res.code != 0 {
			t.Fatalf("exit %d, want 0\n%s", res.code, res.log)
		}
		if res.uploaded != nil || res.outputs["check"]["upload-sarif"] != "false" {
			t.Errorf("uploaded without code scanning: %v", res.uploaded)
		}
		if !strings.Contains(res.log, "::notice title=ggzcheck::SARIF niet naar code scanning gestuurd: code scanning staat niet aan") {
			t.Errorf("no notice of the skipped upload:\n%s", res.log)
		}
		if !strings.Contains(res.log, "alle plannen voldoen") || !strings.Contains(res.summary, "ggzcheck") {
			t.Errorf("no verdict or summary:\n%s\n%s", res.log, res.summary)
		}
	})

	t.Run("a pull request from a fork is judged but not uploaded", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusOK)
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "pull_request", payload: pullRequest(base, "iemand/plannen"), inputs: version, api: api})
		if res.code != 1 || res.uploaded != nil || api.scanningAsked != 0 {
			t.Errorf("exit %d (want 1), upload %v, API asked %d times\n%s", res.code, res.uploaded, api.scanningAsked, res.log)
		}
		if !strings.Contains(res.log, "uit een fork (iemand/plannen)") {
			t.Errorf("no notice about the fork:\n%s", res.log)
		}
	})

	t.Run("a failed upload leaves the verdict to ggzcheck", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusOK)
		r.git("checkout", "-q", "main")
		defer r.git("checkout", "-q", "pr")
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "push", payload: map[string]any{}, inputs: version, api: api, uploadFails: true})
		if res.code != 0 || res.uploaded == nil {
			t.Errorf("exit %d, upload %v\n%s", res.code, res.uploaded, res.log)
		}
		if !strings.Contains(res.log, "De SARIF kon niet naar code scanning") {
			t.Errorf("no notice of the failed upload:\n%s", res.log)
		}
	})

	t.Run("the version comes from the action's ref when not given", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusOK)
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "pull_request", payload: pullRequest(base, "regio/plannen"), actionRef: testVersion, api: api, inputs: map[string]string{"upload-sarif": "false"}})
		if res.code != 1 || !strings.Contains(res.log, "ggzcheck "+testVersion+" geïnstalleerd") || res.uploaded != nil {
			t.Errorf("exit %d, upload %v\n%s", res.code, res.uploaded, res.log)
		}
	})

	t.Run("without a version the action says what to write", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusOK)
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "push", payload: map[string]any{}, api: api})
		if res.code != 2 || !strings.Contains(res.log, "version: v0.1.0") || len(res.ran) != 1 {
			t.Errorf("exit %d after %v\n%s", res.code, res.ran, res.log)
		}
	})

	t.Run("a version without release binaries falls back to go install", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusOK)
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "push", payload: map[string]any{}, api: api, inputs: map[string]string{"version": "main"}})
		if res.goCalls != "install github.com/ggzcheck/ggzcheck/cmd/ggzcheck@main\n" {
			t.Errorf("go was called as %q\n%s", res.goCalls, res.log)
		}
		if res.code != 1 || !strings.Contains(res.log, "wordt gebouwd met go install") {
			t.Errorf("exit %d\n%s", res.code, res.log)
		}
	})

	t.Run("an archive that does not match SHA256SUMS is not installed, nor replaced by go install", func(t *testing.T) {
		tampered := t.TempDir()
		copyTree(t, releases, tampered)
		name := filepath.Join(tampered, testVersion, "ggzcheck-"+testVersion+"-"+runtime.GOOS+"-"+runtime.GOARCH+".tar.gz")
		writeTarGz(t, name, "ggzcheck-"+testVersion+"-"+runtime.GOOS+"-"+runtime.GOARCH+"/ggzcheck", "#!/bin/sh\necho gekaapt\n")
		api := newFakeGitHub(t, tampered, http.StatusOK)
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "push", payload: map[string]any{}, inputs: version, api: api})
		if res.code != 2 || res.goCalls != "" || strings.Contains(res.log, "gekaapt") || !strings.Contains(res.log, "niet geïnstalleerd") {
			t.Errorf("exit %d, go %q\n%s", res.code, res.goCalls, res.log)
		}
	})

	t.Run("source builds ggzcheck from a checkout, as the PR gate does", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusOK)
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "pull_request", payload: pullRequest(base, "regio/plannen"), api: api, inputs: map[string]string{"source": ".ggzcheck-poort"}})
		if !strings.HasPrefix(res.goCalls, "-C .ggzcheck-poort build -trimpath -o ") || !strings.HasSuffix(res.goCalls, "/ggzcheck/bin/ ./cmd/ggzcheck\n") {
			t.Errorf("go was called as %q", res.goCalls)
		}
		if res.code != 1 {
			t.Errorf("exit %d\n%s", res.code, res.log)
		}
	})

	t.Run("a base missing from a shallow checkout is an error that names the fix", func(t *testing.T) {
		api := newFakeGitHub(t, releases, http.StatusOK)
		res := runAction(t, fixture, runnerSetup{dir: r.dir, event: "pull_request", payload: pullRequest(strings.Repeat("ab", 20), "regio/plannen"), inputs: version, api: api})
		if res.code != 2 || !strings.Contains(res.log, "fetch-depth: 0") {
			t.Errorf("exit %d\n%s", res.code, res.log)
		}
	})
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeTarGz(t *testing.T, name, entry, content string) {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	tw.WriteHeader(&tar.Header{Name: entry, Mode: 0o755, Size: int64(len(content)), Typeflag: tar.TypeReg})
	tw.Write([]byte(content))
	tw.Close()
	gz.Close()
	// SHA256SUMS keeps the genuine archive's sum.
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
