package policy_test

import (
	"context"
	"io/fs"
	"path"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

func TestCatalogue(t *testing.T) {
	e := newEngine(t)
	rules := e.Rules()
	if len(rules) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range rules {
		if r.ID == "" || !r.Severity.Valid() || r.Title.NL == "" || r.Title.EN == "" || r.Source == "" || r.Agreement == "" {
			t.Errorf("incomplete rule %+v", r)
		}
	}
}

// parsed holds the embedded policies, parsed once for the package's tests.
var parsed = sync.OnceValues(func() (*policy.Bundle, error) {
	return policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
})

// embedded returns a copy of the embedded policies for one test to add to
// and compile; parsing them took a quarter of each compile.
func embedded(t testing.TB) *policy.Bundle {
	t.Helper()
	b, err := parsed()
	if err != nil {
		t.Fatal(err)
	}
	return b.Copy()
}

func newEngine(t *testing.T) *policy.Engine {
	t.Helper()
	b := embedded(t)
	e, err := policy.New(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestBrokenPoliciesAreRefused checks that policies which would silently pass
// plans are refused when loading.
func TestBrokenPoliciesAreRefused(t *testing.T) {
	data := &fstest.MapFile{Data: []byte("x: 1\n")}
	tests := []struct {
		name, rego, want string
	}{
		{
			name: "no metadata",
			rego: "package ggzcheck.afspraken.x\novertreding contains 1 if { input.a }\n",
			want: "METADATA ontbreekt",
		},
		{
			name: "metadata without id",
			rego: "package ggzcheck.afspraken.x\n# METADATA\n# title: t\n# custom:\n#   severity: error\n#   source: s\n#   title_en: t\novertreding contains 1 if { input.a }\n",
			want: "custom.id",
		},
		{
			name: "bad severity",
			rego: "package ggzcheck.afspraken.x\n# METADATA\n# title: t\n# custom:\n#   id: x\n#   severity: fatal\n#   source: s\n#   title_en: t\novertreding contains 1 if { input.a }\n",
			want: "custom.severity",
		},
		{
			name: "forbidden builtin",
			rego: "package ggzcheck.afspraken.x\n# METADATA\n# title: t\n# custom:\n#   id: x\n#   severity: error\n#   source: s\n#   title_en: t\novertreding contains 1 if { time.now_ns() > 0 }\n",
			want: "time.now_ns",
		},
		{
			name: "network",
			rego: "package ggzcheck.afspraken.x\nr := http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1\"})\n",
			want: "http.send",
		},
		{
			name: "a rule computed once reads input",
			rego: "package ggzcheck.lib\nplaatshouder_patroon := input.a\n",
			want: "plaatshouder_patroon hangt af van input",
		},
		{
			name: "a rule computed once reads input through a function and a rule",
			rego: "package ggzcheck.lib\nplaatshouder_max_tekens := lengte(1)\nlengte(n) := n + jaar\njaar := input.inkoopjaar\n",
			want: "plaatshouder_max_tekens hangt af van input",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"p/gegevens.yaml": data, "p/x.rego": {Data: []byte(tt.rego)}}
			b, err := policy.ReadBundle(fsys, "p", false)
			if err == nil {
				_, err = policy.New(context.Background(), b)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

// TestEveryRuleHasMetadata enforces that every rule and function in the
// policies (tests aside) carries # METADATA, so a policy advisor can read
// what each one does.
func TestEveryRuleHasMetadata(t *testing.T) {
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	modules := make([]*ast.Module, 0, len(b.Modules))
	for _, m := range b.Modules {
		modules = append(modules, m)
	}
	set, errs := ast.BuildAnnotationSet(modules)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	annotated := map[string]bool{}
	for _, e := range set.Flatten() {
		if e.Annotations.Title == "" || strings.TrimSpace(e.Annotations.Description) == "" {
			t.Errorf("%s: METADATA needs a title and a description", e.Path)
		}
		annotated[e.Path.String()] = true
	}
	for name, m := range b.Modules {
		if !annotated[m.Package.Path.String()] {
			t.Errorf("%s: package without METADATA", name)
		}
		for _, r := range m.Rules {
			if !annotated[r.Ref().String()] && !annotated[r.Path().String()] {
				t.Errorf("%s:%d: rule %s without METADATA", name, r.Location.Row, r.Head.Name)
			}
		}
	}
}

// TestEvaluationStopsAtDeadline checks that a runaway policy ends when its
// context does, instead of hanging a CI job.
func TestEvaluationStopsAtDeadline(t *testing.T) {
	slow := "package ggzcheck.afspraken.x\n# METADATA\n# title: t\n# custom:\n#   id: x\n#   severity: error\n#   source: s\n#   title_en: t\n" +
		"overtreding contains v if {\n\tcount([n | some n in numbers.range(1, 100000000)]) > 0\n\tv := {\"regel\": \"x\", \"pad\": \"\", \"nl\": \"x\", \"en\": \"x\"}\n}\n"
	main := "package ggzcheck\novertredingen contains v if { some v in data.ggzcheck.afspraken[_].overtreding }\n"
	fsys := fstest.MapFS{
		"p/gegevens.yaml": {Data: []byte("x: 1\n")},
		"p/x.rego":        {Data: []byte(slow)},
		"p/main.rego":     {Data: []byte(main)},
	}
	b, err := policy.ReadBundle(fsys, "p", false)
	if err != nil {
		t.Fatal(err)
	}
	e, err := policy.New(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = e.Evaluate(ctx, &plan.Plan{Value: map[string]any{}})
	if err == nil {
		t.Fatal("runaway policy returned no error")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("evaluation took %s after a 100ms deadline", d)
	}
}

// TestEveryRuleHasARegoTest checks that the Rego tests beside each agreement
// assert each of its rule ids.
func TestEveryRuleHasARegoTest(t *testing.T) {
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, true)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{} // directory -> text of its Rego tests
	for name := range b.Modules {
		if strings.HasSuffix(name, "_test.rego") {
			src, err := fs.ReadFile(ggzcheck.Files, name)
			if err != nil {
				t.Fatal(err)
			}
			tests[path.Dir(name)] += string(src)
		}
	}
	for name, m := range b.Modules {
		if strings.HasSuffix(name, "_test.rego") {
			continue
		}
		for _, r := range m.Rules {
			for _, a := range r.Annotations {
				id, _ := a.Custom["id"].(string)
				if id != "" && !strings.Contains(tests[path.Dir(name)], `"`+id+`"`) {
					t.Errorf("%s: rule %s has no Rego test beside it", name, id)
				}
			}
		}
	}
}

// TestReadDataIsTheBundlesData: what needs only the policy data reads the
// same data as the policies do.
func TestReadDataIsTheBundlesData(t *testing.T) {
	b, err := parsed()
	if err != nil {
		t.Fatal(err)
	}
	data, err := policy.ReadData(ggzcheck.Files, ggzcheck.PolicyDir)
	if err != nil || !reflect.DeepEqual(data, b.Data) || len(data) == 0 {
		t.Errorf("ReadData: %v, %d keys; the bundle has %d", err, len(data), len(b.Data))
	}
	if _, err := policy.ReadData(fstest.MapFS{"p/gegevens.yaml": {Data: []byte("- een lijst\n")}}, "p"); err == nil {
		t.Error("data that is no object was read")
	}
	if _, err := policy.ReadData(fstest.MapFS{}, "p"); err == nil {
		t.Error("missing data was read")
	}
}
