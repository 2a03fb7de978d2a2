package plan_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/timebudget"
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

// loadLarge reads src as with --max-grootte 8MiB: the bounds other than the
// file size must hold for files of any size a user allows.
func loadLarge(t *testing.T, src string) (*plan.Plan, []finding.Finding) {
	t.Helper()
	lim := plan.DefaultLimits
	lim.MaxBytes = 8 << 20
	return plan.Load("plan.yaml", []byte(src), lim)
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
		{name: "too large", src: "a: " + strings.Repeat("x", plan.DefaultLimits.MaxBytes) + "\n", rule: plan.RuleLimit, line: 1, col: 1, message: "groter dan 1 MiB", noPlan: true},

		// Numbers beyond a float64 are numbers, not text (yaml.v3 calls them text).
		{name: "number too large", src: "a: 1e400\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a", message: "Het getal 1e400 is te groot"},
		{name: "negative number too large", src: "a: [-1e400]\n", rule: plan.RuleValue, line: 1, col: 5, path: "/a/0", message: "-1e400 is te groot"},
		{name: "5000 digits", src: "a: " + strings.Repeat("9", 5000) + "\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a", message: "Het getal " + strings.Repeat("9", 60) + "… is te groot"},
		{name: "huge exponent", src: "a: 1e99999999\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a", message: "te groot"},
		{name: "too close to zero", src: "a: 1e-400\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a", message: "te dicht bij nul"},
		{name: "huge negative exponent", src: "a: 1e-99999999\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a", message: "te dicht bij nul"},
		{name: "zero with huge exponent", src: "a: 0e-99999999\n", rule: plan.RuleValue, line: 1, col: 4, path: "/a", message: "exponent is te groot"},
		{name: "long tag", src: "a: !" + strings.Repeat("t", 5000) + " x\n", rule: plan.RuleUnsupported, line: 1, col: 4, path: "/a", message: "…' wordt niet ondersteund"},

		// Characters an editor shows otherwise than YAML reads them.
		{name: "lone CR", src: "a: 1\rb: 2\n", rule: plan.RuleSyntax, line: 1, col: 5, message: "los regeleinde-teken", noPlan: true},
		{name: "lone CR in a comment", src: "# x\rb: 2\n", rule: plan.RuleSyntax, line: 1, col: 4, message: "los regeleinde-teken", noPlan: true},
		{name: "CR at the end", src: "a: 1\n\r", rule: plan.RuleSyntax, line: 2, col: 1, message: "los regeleinde-teken", noPlan: true},
		{name: "two BOMs", src: "\ufeff\ufeffab: 1\ncd: 2\n", rule: plan.RuleSyntax, line: 1, col: 1, message: "U+FEFF", noPlan: true},
		{name: "BOM starting a later line", src: "ab: 1\n\ufeffcd: 2\n", rule: plan.RuleSyntax, line: 2, col: 1, message: "U+FEFF", noPlan: true},
		{name: "BOM in a value", src: "\ufeffa: x\ufeffy\n", rule: plan.RuleSyntax, line: 1, col: 5, message: "U+FEFF", noPlan: true},
		{name: "C1 control", src: "x: 1\na: \u0080\n", rule: plan.RuleSyntax, line: 2, col: 4, message: "stuurteken", noPlan: true},
		{name: "noncharacter", src: "a: '\uffff'\n", rule: plan.RuleSyntax, line: 1, col: 5, message: "stuurteken", noPlan: true},
		{name: "nul after a BOM", src: "\ufeffa: \x00\n", rule: plan.RuleSyntax, line: 1, col: 4, noPlan: true},
		{name: "separator in plain text", src: "a: foo\u2028bar\nb: 1\n", rule: plan.RuleSyntax, line: 1, col: 7, message: "onzichtbaar scheidingsteken", noPlan: true},
		{name: "text after a separator in a comment", src: "# zie\u2029 de notitie\na: 1\n", rule: plan.RuleSyntax, line: 1, col: 6, message: "onzichtbaar scheidingsteken", noPlan: true},
		{name: "separator in a second document", src: "a: 1\n---\nb: x\u2028y\nc: 2\n", rule: plan.RuleSyntax, line: 3, col: 5, message: "onzichtbaar scheidingsteken"},
		{name: "separator innocent of an error in a second document", src: "a: \"x\u2028\"\n---\nb: [1\n", rule: plan.RuleSyntax, line: 3, col: 1, message: "niet goed afgesloten"},
		{name: "separator in block text", src: "a: |\n  x\u2028y\n  z\nb: 1\n", rule: plan.RuleSyntax, line: 2, col: 4, message: "onzichtbaar scheidingsteken", noPlan: true},
		{name: "syntax error after separators", src: "a: \"\u2028\u0085\"\nb: [1\n", rule: plan.RuleSyntax, line: 2, col: 1, message: "niet goed afgesloten", noPlan: true},
		{name: "unknown anchor", src: "a: 1 # *nope is no alias here\nb: &nopes x\nc: [*nopes, *nope]\n", rule: plan.RuleSyntax, line: 3, col: 13, message: "dat niet bestaat", noPlan: true},
		{name: "long unknown anchor", src: "a: *" + strings.Repeat("n", 5000) + "\n", rule: plan.RuleSyntax, line: 1, col: 4, message: "(unknown anchor '" + strings.Repeat("n", 60) + "…' referenced)", noPlan: true},

		// yaml.v3's own depth limit gives the same finding as ours.
		{name: "flow nesting past 10000", src: "# x\nregio: " + strings.Repeat("[", 20_000) + "\n", rule: plan.RuleLimit, line: 2, col: 1, message: "dieper genest dan 64", noPlan: true},
		{name: "object nesting past 10000", src: "a: 1\nb: " + strings.Repeat("{a: ", 20_000) + "\n", rule: plan.RuleLimit, line: 2, col: 1, message: "dieper genest dan 64", noPlan: true},
		{name: "block nesting past 10000", src: strings.Repeat("- ", 20_000) + "x\n", rule: plan.RuleLimit, line: 1, col: 1, message: "dieper genest dan 64", noPlan: true},

		// One key or value of a few paragraphs at most.
		{name: "too long value", src: "a: b\nc: " + strings.Repeat("x", 10_001) + "\n", rule: plan.RuleLimit, line: 2, col: 4, path: "/c", message: "langer dan 10.000 tekens ('" + strings.Repeat("x", 60) + "…')", noPlan: true},
		{name: "too long text in characters", src: "a: \"" + strings.Repeat("é", 10_001) + "\"\n", rule: plan.RuleLimit, line: 1, col: 4, path: "/a", message: "langer dan 10.000 tekens", noPlan: true},
		{name: "too long key", src: "a:\n  ? " + strings.Repeat("k", 10_001) + "\n  : 1\n", rule: plan.RuleLimit, line: 2, col: 5, path: "/a", message: "langer dan 10.000 tekens", noPlan: true},
		{name: "too long number", src: "a: 1." + strings.Repeat("0", 10_000) + "\n", rule: plan.RuleLimit, line: 1, col: 4, path: "/a", message: "langer dan 10.000 tekens", noPlan: true},
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
			// However long the input, a message stays a readable line.
			if n := max(len(f.Message.NL), len(f.Message.EN)); n > 600 {
				t.Errorf("message of %d bytes", n)
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

// TestEditorPositions checks line:column as VS Code and vim show them, after
// each character yaml.v3 takes for a line end and an editor does not: NEL
// (U+0085), LS (U+2028) and PS (U+2029), in and outside quoted text and in
// comments. Columns count characters, a tab as one.
func TestEditorPositions(t *testing.T) {
	type at struct {
		pointer       string
		line, col     int
		keyLine, kcol int
	}
	tests := []struct {
		name string
		src  string
		want []at
	}{
		{"LS in double quotes", "a: \"x\u2028y\"\nb: 1\n", []at{{"/b", 2, 4, 2, 1}}},
		{"PS in single quotes", "a: 'x\u2029y'\nb: 1\n", []at{{"/b", 2, 4, 2, 1}}},
		{"NEL in quotes, value after it", "a: [\"x\u0085y\", 5]\n", []at{{"/a/1", 1, 12, 1, 12}}},
		{"two on one line, then more lines", "a: \"\u2028\u2028\"\nb: 1\nc: 2\n", []at{{"/b", 2, 4, 2, 1}, {"/c", 3, 4, 3, 1}}},
		{"LS between keys", "a: 1\u2028b: 2\n", []at{{"/b", 1, 9, 1, 6}}},
		{"nested key after PS", "a:\n  x: 1\u2029  y: 2\nb: 3\n", []at{{"/a/y", 2, 13, 2, 10}, {"/b", 3, 4, 3, 1}}},
		{"comment ending in LS", "# c\u2028# d\nb: 1\n", []at{{"/b", 2, 4, 2, 1}}},
		{"comment after a value", "a: 1 # x\u2029\nb: 2\n", []at{{"/b", 2, 4, 2, 1}}},
		{"CRLF", "a: \"x\u2028y\"\r\nb: 1\r\nc: 2\r\n", []at{{"/b", 2, 4, 2, 1}, {"/c", 3, 4, 3, 1}}},
		{"tab and accents count one", "{a: \"\té\u2028\", b: 1}\n", []at{{"/b", 1, 15, 1, 12}}},
		{"BOM before LS", "\ufeff{a: \"\u2028\", b: 1}\n", []at{{"/b", 1, 13, 1, 10}}},
		{"multi-line quoted text", "a: \"x\n  y\u2028z\n  w\"\nb: 1\n", []at{{"/b", 4, 4, 4, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, fs := load(t, tt.src)
			if len(fs) != 0 || p == nil {
				t.Fatalf("findings %+v", fs)
			}
			for _, w := range tt.want {
				if got := p.Position(w.pointer); got != (plan.Position{Line: w.line, Column: w.col}) {
					t.Errorf("Position(%s) = %d:%d, want %d:%d", w.pointer, got.Line, got.Column, w.line, w.col)
				}
				if got := p.KeyPosition(w.pointer); got != (plan.Position{Line: w.keyLine, Column: w.kcol}) {
					t.Errorf("KeyPosition(%s) = %d:%d, want %d:%d", w.pointer, got.Line, got.Column, w.keyLine, w.kcol)
				}
			}
		})
	}
}

// TestFindingPositionsAfterSeparators: the loader's own findings are placed
// where an editor shows them too.
func TestFindingPositionsAfterSeparators(t *testing.T) {
	tests := []struct {
		src       string
		rule      string
		line, col int
	}{
		{"a: \"\u2028\"\nb: 010\n", plan.RuleValue, 2, 4},
		{"a: 1\u2028a: 2\n", plan.RuleDuplicateKey, 1, 6},
		{"a: \"\u2029\"\n---\nb: 1\n", plan.RuleMultipleDocuments, 2, 1},
		{"a: \"\u0085\"\nb: !x 1\n", plan.RuleUnsupported, 2, 4},
		{"a: \"\u2028\"\nb: [" + strings.Repeat("[", 70) + strings.Repeat("]", 71) + "\n", plan.RuleLimit, 2, 68},
	}
	for _, tt := range tests {
		_, fs := load(t, tt.src)
		if len(fs) != 1 || fs[0].Rule != tt.rule || fs[0].Line != tt.line || fs[0].Column != tt.col {
			t.Errorf("%q: got %+v, want %s at %d:%d", tt.src, fs, tt.rule, tt.line, tt.col)
		}
	}
}

// TestAmplifiers: anchors and aliases cannot make a small file expand into
// a large plan, by the number of values, their bytes, long keys or depth.
// Each is stopped by a yaml-limiet at the alias or value that crossed the
// bound, within a bounded allocation.
func TestAmplifiers(t *testing.T) {
	aliases := func(n int, alias string) string {
		return "b:\n" + strings.Repeat("  - "+alias+"\n", n)
	}
	// A 50-level chain of 5,000-character keys: each value's pointer holds
	// every key above it, so three copies make some 20 MB of pointers.
	var chain strings.Builder
	chain.WriteString("a: &a\n")
	for i := range 50 {
		// YAML allows implicit keys up to 1,024 characters: these are explicit.
		indent := strings.Repeat(" ", 2*i+2)
		fmt.Fprintf(&chain, "%s? %c%s\n%s:\n", indent, 'a'+rune(i%26), strings.Repeat("k", 5000), indent)
	}
	chain.WriteString(strings.Repeat(" ", 102) + "x\n")
	var bigMap strings.Builder
	bigMap.WriteString("a: &a\n")
	for i := range 100 {
		fmt.Fprintf(&bigMap, "  k%d: %s\n", i, strings.Repeat("v", 9000))
	}
	var deepChain strings.Builder
	deepChain.WriteString("a0: &a0 x\n")
	for i := 1; i <= 70; i++ {
		fmt.Fprintf(&deepChain, "a%d: &a%d [*a%d]\n", i, i, i-1)
	}
	tests := []struct {
		name    string
		src     string
		message string
		at      string // what the file holds at the finding's position
	}{
		// The report that started this: 1 MiB of text, aliased 2,000 times.
		{"1 MiB text aliased", "a: &a " + strings.Repeat("x", 1<<20) + "\n" + aliases(2000, "*a"), "langer dan 10.000 tekens", "&a x"},
		{"long text aliased", "a: &a " + strings.Repeat("x", 9000) + "\n" + aliases(2000, "*a"), "uitgevouwen groter dan 16 MiB", "*a"},
		{"large map aliased", bigMap.String() + aliases(20, "*a"), "uitgevouwen groter dan 16 MiB", "*a"},
		{"long keys aliased", chain.String() + aliases(3, "*a"), "uitgevouwen groter dan 16 MiB", "*a"},
		{"deep alias chain", deepChain.String(), "dieper genest dan 64", "*a"},
		{"many small aliases", "a: &a [" + strings.Repeat("x, ", 999) + "x]\n" + aliases(300, "*a"), "meer dan 50000 waarden", "*a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			p, fs := loadLarge(t, tt.src)
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
			if p != nil || len(fs) != 1 || fs[0].Rule != plan.RuleLimit || !strings.Contains(fs[0].Message.NL, tt.message) {
				t.Fatalf("got plan %v, findings %+v", p != nil, fs)
			}
			line := strings.Split(tt.src, "\n")[fs[0].Line-1]
			if at := []rune(line)[fs[0].Column-1:]; !strings.HasPrefix(string(at), tt.at) {
				t.Errorf("finding at %d:%d, which holds %.20q, want %q", fs[0].Line, fs[0].Column, string(at), tt.at)
			}
			if len(fs[0].Message.NL) > 600 || len(fs[0].Path) > 1000 {
				t.Errorf("message or path too long: %d, %d bytes", len(fs[0].Message.NL), len(fs[0].Path))
			}
		})
	}
}

// TestFindingFlood: a file that repeats one mistake gets MaxFindings
// findings and one that says the loader stopped, not one per repetition.
// A hundred times MaxFindings shows that; more only makes the test slow
// (800,000 repetitions took 45 s under the race detector).
func TestFindingFlood(t *testing.T) {
	n := 100 * plan.DefaultLimits.MaxFindings
	var tags strings.Builder
	for i := range n {
		fmt.Fprintf(&tags, "k%d: !x 1\n", i)
	}
	for name, src := range map[string]string{
		"duplicate keys": strings.Repeat("a: 1\n", n),
		"tags":           tags.String(),
		"numbers":        "a: [" + strings.Repeat("010, ", n) + "1]\n",
	} {
		t.Run(name, func(t *testing.T) {
			p, fs := loadLarge(t, src)
			max := plan.DefaultLimits.MaxFindings
			if p != nil || len(fs) != max+1 || fs[max].Rule != plan.RuleLimit || !strings.Contains(fs[max].Message.NL, "meer dan 100 meldingen") {
				t.Fatalf("got plan %v and %d findings, the last %+v", p != nil, len(fs), fs[len(fs)-1])
			}
		})
	}
}

// TestUnknownAnchorOnALongLine: finding where an unknown alias is used reads
// the file once, not once per look-alike before it (this took 80 s).
func TestUnknownAnchorOnALongLine(t *testing.T) {
	src := `k: "` + strings.Repeat("*a", 500_000) + "\"\nj: *a\n"
	start := time.Now()
	_, fs := load(t, src)
	if len(fs) != 1 || fs[0].Line != 2 || fs[0].Column != 4 {
		t.Errorf("findings %+v, want one at 2:4", fs)
	}
	if took := time.Since(start); took > timebudget.Scaled(2*time.Second) {
		t.Errorf("took %s", took)
	}
}
