package plan_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

const sample = `# commentaar
regio:
  code: zilverduin
  naam: "Zilver/duin ~ A"
deelnemers:
  - rol: kerninstelling
    mandaat: true
  -   rol: voorzitter
      contactpersoon:
        naam: Joost
getallen: [1, -2, 2.5, +3, 1e3]
datum: 2025-03-10
leeg:
"a/b~c": x
`

func load(t *testing.T, src string) (*plan.Plan, []finding.Finding) {
	t.Helper()
	return plan.Load("plan.yaml", []byte(src), plan.DefaultLimits)
}

func TestPositions(t *testing.T) {
	p, fs := load(t, sample)
	if len(fs) != 0 {
		t.Fatalf("unexpected findings %v", fs)
	}
	tests := []struct {
		pointer   string
		line, col int
	}{
		{"", 2, 1},
		{"/regio", 2, 1},                 // an object: its key
		{"/regio/code", 3, 9},            // a scalar: its value
		{"/deelnemers/0", 6, 5},          // an item: where it starts
		{"/deelnemers/0/mandaat", 7, 14}, //
		{"/deelnemers/1/rol", 8, 12},     // odd indentation still exact
		{"/deelnemers/1/contactpersoon/naam", 10, 15},
		{"/getallen/3", 11, 24},                      // flow sequence item
		{"/a~1b~0c", 14, 10},                         // escaped key
		{"/deelnemers/1/contactpersoon/email", 9, 7}, // missing: nearest ancestor
		{"/deelnemers/9/rol", 5, 1},                  // missing item: the list
		{"/bestaat/niet", 2, 1},                      // missing top level: the document
	}
	for _, tt := range tests {
		got := p.Position(tt.pointer)
		if got != (plan.Position{Line: tt.line, Column: tt.col}) {
			t.Errorf("Position(%q) = %d:%d, want %d:%d", tt.pointer, got.Line, got.Column, tt.line, tt.col)
		}
	}
	if got := p.KeyPosition("/regio/code"); got != (plan.Position{Line: 3, Column: 3}) {
		t.Errorf("KeyPosition(/regio/code) = %v, want 3:3", got)
	}
}

func TestValues(t *testing.T) {
	p, _ := load(t, sample)
	want := map[string]any{
		"regio": map[string]any{"code": "zilverduin", "naam": "Zilver/duin ~ A"},
		"deelnemers": []any{
			map[string]any{"rol": "kerninstelling", "mandaat": true},
			map[string]any{"rol": "voorzitter", "contactpersoon": map[string]any{"naam": "Joost"}},
		},
		"getallen": []any{json.Number("1"), json.Number("-2"), json.Number("2.5"), json.Number("3"), json.Number("1e3")},
		"datum":    "2025-03-10", // dates stay text
		"leeg":     nil,
		"a/b~c":    "x",
	}
	if !reflect.DeepEqual(p.Value, want) {
		t.Errorf("value\n got %#v\nwant %#v", p.Value, want)
	}
}

func TestLoadFindings(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		rule      string
		line, col int
		path      string
		message   string
		noPlan    bool
	}{
		{name: "duplicate key", src: "a: 1\nb: 2\na: 3\n", rule: plan.RuleDuplicateKey, line: 3, col: 1, path: "/a", message: "regel 1"},
		{name: "nested duplicate", src: "a:\n  b: 1\n  b: 2\n", rule: plan.RuleDuplicateKey, line: 3, col: 3, path: "/a/b"},
		{name: "second document", src: "a: 1\n---\nb: 2\n", rule: plan.RuleMultipleDocuments, line: 2, col: 1},
		{name: "syntax", src: "a: 1\nb: [1, 2\n", rule: plan.RuleSyntax, line: 2, col: 1, message: "niet goed afgesloten", noPlan: true},
		{name: "tab", src: "a:\n\tb: 1\n", rule: plan.RuleSyntax, line: 2, col: 2, message: "tab", noPlan: true},
		{name: "tab after a value", src: "regio:\n  code: x\n\tnaam: y\n", rule: plan.RuleSyntax, line: 3, col: 1, message: "met een tab ingesprongen", noPlan: true},
		{name: "empty", src: "", rule: plan.RuleEmpty, line: 1, col: 1, noPlan: true},
		{name: "only comments", src: "# x\n# y\n", rule: plan.RuleEmpty, line: 1, col: 1, noPlan: true},
		{name: "utf-16 bom", src: "\xff\xfea\x00:\x00", rule: plan.RuleSyntax, line: 1, col: 1, noPlan: true},
		{name: "invalid utf-8", src: "a: b\nc: \xc3\x28\n", rule: plan.RuleSyntax, line: 2, col: 4, noPlan: true},
		{name: "nul byte", src: "a: \"x\x00\"\n", rule: plan.RuleSyntax, line: 1, col: 6, noPlan: true},
		{name: "broken list", src: "x: 1\ny:\n  - a\n  b: 2\n", rule: plan.RuleSyntax, line: 3, col: 3, message: "lijst die op deze regel begint", noPlan: true},
		{name: "broken block", src: "x:\n  a: 1\n b: 2\n", rule: plan.RuleSyntax, line: 3, col: 2, noPlan: true},
		{name: "octal", src: "a: 010\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a"},
		{name: "hex", src: "a: 0x1F\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a"},
		{name: "underscore", src: "a: 1_000\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a"},
		{name: "nan", src: "a: .nan\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a"},
		{name: "infinity", src: "a: [.inf]\n", rule: plan.RuleValue, line: 1, col: 5, path: "/a/0"},
		{name: "custom tag", src: "a: !geheim x\n", rule: plan.RuleUnsupported, line: 1, col: 4, path: "/a"},
		{name: "binary", src: "a: !!binary aGk=\n", rule: plan.RuleUnsupported, line: 1, col: 4, path: "/a"},
		{name: "tagged map", src: "a: !x {b: 1}\n", rule: plan.RuleUnsupported, line: 1, col: 4, path: "/a"},
		{name: "merge key", src: "a: &x {b: 1}\nc:\n  <<: *x\n", rule: plan.RuleUnsupported, line: 3, col: 3, path: "/c"},
		{name: "complex key", src: "? [a]\n: b\n", rule: plan.RuleUnsupported, line: 1, col: 3},
		{name: "self alias", src: "a: &a [1, *a]\n", rule: plan.RuleUnsupported, line: 1, col: 11, path: "/a/1/1"},
		{name: "too deep", src: "a: " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "\n", rule: plan.RuleLimit, line: 1, col: 68, path: "/a" + strings.Repeat("/0", 64), noPlan: true},
		{name: "too large", src: "a: " + strings.Repeat("x", plan.DefaultLimits.MaxBytes) + "\n", rule: plan.RuleLimit, line: 1, col: 1, message: "groter dan 4 MiB", noPlan: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, fs := load(t, tt.src)
			if len(fs) != 1 {
				t.Fatalf("got %d findings %+v, want 1", len(fs), fs)
			}
			f := fs[0]
			if f.Rule != tt.rule || f.Line != tt.line || f.Column != tt.col || f.Path != tt.path || f.Severity != finding.Error {
				t.Errorf("got %s %d:%d path %q, want %s %d:%d path %q", f.Rule, f.Line, f.Column, f.Path, tt.rule, tt.line, tt.col, tt.path)
			}
			if !strings.Contains(f.Message.NL, tt.message) || f.Message.EN == "" || f.File != "plan.yaml" {
				t.Errorf("message %q should contain %q", f.Message.NL, tt.message)
			}
			if (p == nil) != tt.noPlan {
				t.Errorf("plan returned: %v, want none: %v", p != nil, tt.noPlan)
			}
		})
	}
}

// TestAliasBomb checks that alias expansion is bounded in work, not only in
// the size of the file.
func TestAliasBomb(t *testing.T) {
	src := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		src += name + ": &" + name + " [" + strings.Repeat("*"+prev+", ", 9) + "*" + prev + "]\n"
		prev = name
	}
	p, fs := load(t, src)
	if p != nil || len(fs) != 1 || fs[0].Rule != plan.RuleLimit {
		t.Fatalf("got plan %v, findings %+v", p != nil, fs)
	}
}

func TestAliasesWithinLimitsExpand(t *testing.T) {
	p, fs := load(t, "a: &x {b: 1}\nc: *x\n")
	if len(fs) != 0 {
		t.Fatal(fs)
	}
	want := map[string]any{"a": map[string]any{"b": json.Number("1")}, "c": map[string]any{"b": json.Number("1")}}
	if !reflect.DeepEqual(p.Value, want) {
		t.Errorf("got %#v", p.Value)
	}
}

func TestPointers(t *testing.T) {
	if got := plan.Child("/a", "b/c~d"); got != "/a/b~1c~0d" {
		t.Errorf("Child = %q", got)
	}
	if got := plan.Tokens("/a/b~1c~0d/0"); !reflect.DeepEqual(got, []string{"a", "b/c~d", "0"}) {
		t.Errorf("Tokens = %q", got)
	}
	if got := plan.Parent("/a/b"); got != "/a" {
		t.Errorf("Parent = %q", got)
	}
	v := map[string]any{"a": []any{map[string]any{"b/c": 1}}}
	if got, ok := plan.Lookup(v, "/a/0/b~1c"); !ok || got != 1 {
		t.Errorf("Lookup = %v %v", got, ok)
	}
	for _, missing := range []string{"/x", "/a/1", "/a/-1", "/a/x", "/a/0/b~1c/d"} {
		if _, ok := plan.Lookup(v, missing); ok {
			t.Errorf("Lookup(%q) found something", missing)
		}
	}
}
