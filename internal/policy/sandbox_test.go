package policy_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

// meta is the METADATA of a user's violation rule with the given id.
func meta(id string) string {
	return "# METADATA\n# title: t\n# custom:\n#   id: " + id + "\n#   severity: error\n#   source: s\n#   title_en: t\n"
}

// writeDir writes files (path in dir -> source) into a new directory.
func writeDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// withUser builds an engine from the embedded policies and the user's dirs.
func withUser(t *testing.T, dirs ...string) (*policy.Engine, error) {
	t.Helper()
	b := embedded(t)
	for _, dir := range dirs {
		if err := b.AddDir(dir); err != nil {
			return nil, err
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return policy.New(ctx, b)
}

func loadPlan(t *testing.T, file string) *plan.Plan {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, fs := plan.Load(file, data, plan.DefaultLimits)
	if p == nil || len(fs) > 0 {
		t.Fatalf("%s: %v", file, fs)
	}
	return p
}

// ids returns the rule ids of fs, sorted.
func ids(fs []finding.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	slices.Sort(out)
	return out
}

// TestUserPoliciesStayInTheirNamespace checks that a user's policy can
// neither redefine nor extend an agreement, its helpers or its data, nor
// speak with a built-in rule's id; each is refused at load, at the user's
// file and line.
func TestUserPoliciesStayInTheirNamespace(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		// The three attacks shown on the landed tool, as they were written.
		{"switch off an agreement", "package ggzcheck.afspraken.disbalans\nheeft_maatregel(_) if true\n",
			"x.rego:1: package ggzcheck.afspraken.disbalans hoort bij de ingebouwde afspraken"},
		{"change a threshold", "package ggzcheck.gegevens.disbalans\nlange_wachttijd_weken := 1000\n",
			"x.rego:1: package ggzcheck.gegevens.disbalans hoort bij de ingebouwde afspraken"},
		{"speak as a built-in rule", "package ggzcheck.afspraken.nep\n\n" + meta("nep-x") + "overtreding contains {\"regel\": \"deelnemers-kerninstelling\", \"pad\": \"\", \"nl\": \"n\", \"en\": \"e\"} if true\n",
			"x.rego:1: package ggzcheck.afspraken.nep hoort bij"},
		// The same, in the user's namespace: the literal id is refused where it is written.
		{"built-in id from the own namespace", "package eigen.nep\n\n" + meta("eigen-nep") + "overtreding contains {\"regel\": \"deelnemers-kerninstelling\", \"pad\": \"\", \"nl\": \"n\", \"en\": \"e\"} if true\n",
			`x.rego:10: regel-id "deelnemers-kerninstelling" staat niet in de METADATA van dit package`},
		{"a package path as a ref", "package ggzcheck[\"afspraken\"].disbalans\nheeft_maatregel(_) if true\n",
			"x.rego:1: package ggzcheck.afspraken.disbalans hoort bij"},
		{"the entry point's package", "package ggzcheck\novertredingen contains 1 if false\n",
			"x.rego:1: package ggzcheck hoort bij"},
		{"the lib", "package ggzcheck.lib\nx := 1\n", "x.rego:1: package ggzcheck.lib hoort bij"},
		{"the eigen root, heads reaching into another package", "package eigen\nandere.overtreding contains 1 if true\n",
			"x.rego:1: package eigen: eigen beleidsregels staan in package eigen.<naam>"},
		{"a package under a user package", "package eigen.a.b\nx := 1\n", "x.rego:1: package eigen.a.b:"},
		{"a name that is not one", "package eigen[\"a b\"]\nx := 1\n", `x.rego:1: package eigen["a b"]:`},
		{"data.data", "package data.ggzcheck.afspraken\nx := 1\n", "x.rego:1: package data.ggzcheck.afspraken:"},
		{"another root", "package regio\nx := 1\n", "x.rego:1: package regio:"},
		{"a built-in id in METADATA", "package eigen.dubbel\n" + meta("deelnemers-mandaat") + "overtreding contains 1 if false\n",
			`x.rego:9: regel-id "deelnemers-mandaat": een eigen regel krijgt een id dat met 'eigen-' begint`},
		{"a violation rule that is not collected", "package eigen.x\n" + meta("eigen-x") + "overtreding.y contains 1 if false\n",
			"x.rego:9: een regel 'overtreding' hoort 'overtreding contains ...' te zijn"},
		{"a violation rule as an object", "package eigen.x\n" + meta("eigen-x") + "overtreding[k] := 1 if k := \"a\"\n",
			"x.rego:9: een regel 'overtreding' hoort"},
		{"a violation rule under another", "package eigen.x\n" + meta("eigen-x") + "b.overtreding contains 1 if false\n",
			"x.rego:9: een regel 'overtreding' hoort"},
		{"a violation function", "package eigen.x\n" + meta("eigen-x") + "overtreding(x) := x\n",
			"x.rego:9: een regel 'overtreding' hoort"},
		{"with replacing an agreement's helper", "package eigen.x\nimport data.ggzcheck.afspraken.disbalans\nr if {\n\tcount(data.ggzcheck.overtredingen) == 0 with disbalans.heeft_maatregel as true\n}\n",
			"x.rego:4: 'with data.ggzcheck.afspraken.disbalans.heeft_maatregel' is niet toegestaan"},
		{"with replacing data", "package eigen.x\nr if count(data.ggzcheck.overtredingen) == 0 with data.ggzcheck.gegevens.disbalans.lange_wachttijd_weken as 1000\n",
			"x.rego:2: 'with data.ggzcheck.gegevens.disbalans.lange_wachttijd_weken' is niet toegestaan"},
		{"with replacing a builtin", "package eigen.x\nr if count([1]) == 7 with count as 7\n", "x.rego:2: 'with count' is niet toegestaan"},
		{"a time zone abbreviation", "package eigen.x\nr := time.parse_ns(\"2006-01-02 MST\", \"2025-01-01 CET\")\n",
			"x.rego:2: time.parse_ns is hier niet toegestaan"},
		{"a layout that is not fixed", "package eigen.x\nr := time.parse_ns(input.opmaak, \"2025-01-01\")\n",
			"x.rego:2: time.parse_ns is hier niet toegestaan"},
		{"no metadata", "package eigen.x\novertreding contains 1 if input.x\n", "x.rego:2: # METADATA ontbreekt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeDir(t, map[string]string{"x.rego": tt.src})
			_, err := withUser(t, dir)
			if err == nil || !strings.Contains(err.Error(), filepath.ToSlash(dir)+"/"+tt.want) {
				t.Fatalf("got %v\nwant an error with %s/%s", err, filepath.ToSlash(dir), tt.want)
			}
		})
	}
}

// TestUserPolicyCannotChangeAVerdict checks what a user's policy may do: read
// the agreements and their data, and name rules after theirs, with no effect
// on the agreements' findings.
func TestUserPolicyCannotChangeAVerdict(t *testing.T) {
	p := loadPlan(t, "../../testdata/plans/disbalans-plan.yaml")
	base, err := withUser(t)
	if err != nil {
		t.Fatal(err)
	}
	want, err := base.Evaluate(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	dir := writeDir(t, map[string]string{"x.rego": `package eigen.x

import data.ggzcheck.afspraken.disbalans
import data.ggzcheck.gegevens
import data.ggzcheck.lib

# Lands at data.eigen.x.disbalans.heeft_maatregel: heads are relative to the package.
disbalans.heeft_maatregel(_) if true

ggzcheck.gegevens.disbalans.lange_wachttijd_weken := 1000

drempel := gegevens.disbalans.lange_wachttijd_weken

` + meta("eigen-x") + `overtreding contains v if {
	drempel == 4
	v := lib.bevinding(rego.metadata.rule(), "", "n", "e")
}
`})
	e, err := withUser(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.Evaluate(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := ids(got), append(ids(want), "eigen-x"); !slices.Equal(g, slices.Sorted(slices.Values(w))) {
		t.Errorf("findings %v, want %v and the user's own", g, ids(want))
	}
}

// TestUserFindingsCarryOwnIDs checks the ids a user's findings carry when
// they are made at run time: only the package's own.
func TestUserFindingsCarryOwnIDs(t *testing.T) {
	p := loadPlan(t, "../../testdata/basis.yaml")
	for _, tt := range []struct{ name, src string }{
		{"a built-in id", "package eigen.nep\n" + meta("eigen-nep") +
			"overtreding contains {\"regel\": concat(\"-\", [\"deelnemers\", \"kerninstelling\"]), \"pad\": \"\", \"nl\": \"n\", \"en\": \"e\"} if true\n"},
		{"another package's id", "package eigen.nep\n" + meta("eigen-nep") +
			"overtreding contains {\"regel\": concat(\"-\", [\"eigen\", \"ander\"]), \"pad\": \"\", \"nl\": \"n\", \"en\": \"e\"} if true\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			other := writeDir(t, map[string]string{"ander.rego": "package eigen.ander\n" + meta("eigen-ander") + "overtreding contains 1 if false\n"})
			e, err := withUser(t, writeDir(t, map[string]string{"x.rego": tt.src}), other)
			if err != nil {
				t.Fatal(err)
			}
			_, err = e.Evaluate(context.Background(), p)
			if err == nil || !strings.Contains(err.Error(), "/x.rego: package eigen.nep meldt een overtreding met regel-id") {
				t.Fatalf("got %v", err)
			}
		})
	}

	// Nor may an agreement report a user's id.
	main := "package ggzcheck\novertredingen contains v if { some v in data.ggzcheck.afspraken[_].overtreding }\n"
	agreement := "package ggzcheck.afspraken.a\n" + strings.ReplaceAll(meta("a-x"), "eigen-", "") +
		"overtreding contains {\"regel\": \"eigen-ander\", \"pad\": \"\", \"nl\": \"n\", \"en\": \"e\"} if true\n"
	b, err := policy.ReadBundle(fstest.MapFS{
		"p/gegevens.yaml": {Data: []byte("x: 1\n")},
		"p/main.rego":     {Data: []byte(main)},
		"p/a.rego":        {Data: []byte(agreement)},
	}, "p", false)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.AddDir(writeDir(t, map[string]string{"ander.rego": "package eigen.ander\n" + meta("eigen-ander") + "overtreding contains 1 if false\n"})); err != nil {
		t.Fatal(err)
	}
	e, err := policy.New(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Evaluate(context.Background(), p); err == nil || !strings.Contains(err.Error(), `een ingebouwde afspraak meldt een overtreding met regel-id "eigen-ander"`) {
		t.Fatalf("an agreement reporting a user's id: got %v", err)
	}
}

// TestDuplicateIDsBlameTheUser checks that a clash of ids names the user's
// file, whichever way the paths sort.
func TestDuplicateIDsBlameTheUser(t *testing.T) {
	first := writeDir(t, map[string]string{"a.rego": "package eigen.a\n" + meta("eigen-zelfde") + "overtreding contains 1 if false\n"})
	second := writeDir(t, map[string]string{"b.rego": "package eigen.b\n" + meta("eigen-zelfde") + "overtreding contains 1 if false\n"})
	_, err := withUser(t, second, first)
	want := filepath.ToSlash(first) + `/a.rego:9: regel-id "eigen-zelfde" komt al voor (` + filepath.ToSlash(second) + "/b.rego)"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want %s", err, want)
	}
}

// TestAUserPackageBelongsToOneDirectory checks that one --policy directory
// cannot extend a package of another (a region's the association's).
func TestAUserPackageBelongsToOneDirectory(t *testing.T) {
	vereniging := writeDir(t, map[string]string{"v.rego": "package eigen.vereniging\nuitgezonderd contains \"x\"\n"})
	regio := writeDir(t, map[string]string{"r.rego": "package eigen.vereniging\nuitgezonderd contains \"zilverduin\"\n"})
	_, err := withUser(t, vereniging, regio)
	want := filepath.ToSlash(regio) + "/r.rego:1: package eigen.vereniging staat ook in " + filepath.ToSlash(vereniging) + "/v.rego"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want %s", err, want)
	}
	// Two files of one directory may share a package.
	same := writeDir(t, map[string]string{"a.rego": "package eigen.x\na := 1\n", "b.rego": "package eigen.x\nb := 2\n"})
	if _, err := withUser(t, same); err != nil {
		t.Fatal(err)
	}
}

// TestSandboxLeavesOutClockNetworkAndMachine checks that the builtins that
// read the clock, the network, the machine or randomness do not compile,
// with a plain message at the user's file and line.
func TestSandboxLeavesOutClockNetworkAndMachine(t *testing.T) {
	const token = `"eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2ln"`
	for _, call := range []string{
		`io.jwt.decode_verify(` + token + `, {"secret": "s"})`,
		`io.jwt.encode_sign({"alg": "ES256"}, {}, {"kty": "EC"})`,
		`io.jwt.encode_sign_raw("{}", "{}", "{}")`,
		`crypto.x509.parse_and_verify_certificates("x")`,
		`crypto.x509.parse_and_verify_certificates_with_options("x", {})`,
		`json.match_schema({}, {"$ref": "file:///etc/passwd"})`,
		`json.verify_schema({"$ref": "http://127.0.0.1:1/schema.json"})`,
		`time.date([0, "Local"])`,
		`time.now_ns()`,
		`rand.intn("x", 10)`,
		`uuid.rfc4122("x")`,
		`opa.runtime()`,
		`net.lookup_ip_addr("example.org")`,
		`http.send({"method": "GET", "url": "http://127.0.0.1:1"})`,
		`providers.aws.sign_req({}, {}, 0)`,
	} {
		name, _, _ := strings.Cut(call, "(")
		t.Run(name, func(t *testing.T) {
			dir := writeDir(t, map[string]string{"x.rego": "package eigen.x\n\nr := " + call + "\n"})
			_, err := withUser(t, dir)
			want := filepath.ToSlash(dir) + "/x.rego:3: " + name + " is niet toegestaan: deze functie "
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("got %v\nwant %s", err, want)
			}
		})
	}
}

// TestBuiltinsReadOnlyTheirOwnData checks that the agreements never read
// data outside data.ggzcheck, nor iterate over data's top level: a user's
// package lives outside it, so it cannot feed them.
func TestBuiltinsReadOnlyTheirOwnData(t *testing.T) {
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	c := policy.Compiler()
	if c.Compile(b.Modules); c.Failed() {
		t.Fatal(c.Errors)
	}
	own := ast.StringTerm("ggzcheck")
	refs := 0
	for name, m := range c.Modules {
		ast.WalkRefs(m, func(r ast.Ref) bool {
			if !r[0].Equal(ast.DefaultRootDocument) {
				return false
			}
			refs++
			if len(r) < 2 || !r[1].Equal(own) {
				t.Errorf("%s:%d: %v reads data outside data.ggzcheck", name, r[0].Location.Row, r)
			}
			return false
		})
	}
	if refs == 0 {
		t.Fatal("found no reference to data; the walk is broken")
	}
}

// TestUserRulesNameTheirFile checks that the catalogue says where each rule
// comes from: the user's file, or nothing for a built-in rule.
func TestUserRulesNameTheirFile(t *testing.T) {
	e, err := withUser(t, "../../testdata/policies/vaststelling")
	if err != nil {
		t.Fatal(err)
	}
	users := 0
	for _, r := range e.Rules() {
		switch {
		case r.ID == "eigen-vastgesteld":
			users++
			if r.PolicyFile != "../../testdata/policies/vaststelling/vaststelling.rego" || r.Agreement != "Eigen regels: Eigen regels van een regio" {
				t.Errorf("user's rule: file %q, agreement %q", r.PolicyFile, r.Agreement)
			}
		case r.PolicyFile != "":
			t.Errorf("%s: built-in rule with PolicyFile %q", r.ID, r.PolicyFile)
		}
	}
	if users != 1 {
		t.Errorf("%d user rules, want 1", users)
	}
}

// TestUserFiles: the engine lists every user policy file with its SHA-256,
// for the provenance of every report.
func TestUserFiles(t *testing.T) {
	src := "package eigen.x\na := 1\n"
	one := writeDir(t, map[string]string{"x.rego": src})
	e, err := withUser(t, one)
	if err != nil {
		t.Fatal(err)
	}
	want := []policy.UserFile{{Path: filepath.ToSlash(one) + "/x.rego", SHA256: fmt.Sprintf("%x", sha256.Sum256([]byte(src)))}}
	if got := e.UserFiles(); !slices.Equal(got, want) {
		t.Errorf("UserFiles = %+v, want %+v", got, want)
	}
	if e, err := withUser(t); err != nil || len(e.UserFiles()) != 0 {
		t.Errorf("without --policy: %v, %+v", err, e.UserFiles())
	}
}

// TestUserFileBounds checks the bounds on what a user's policy may be: each
// file and all together in bytes, the number of files and rules, and the
// shapes that make the compiler slow, each refused with the file named.
func TestUserFileBounds(t *testing.T) {
	big := "package eigen.x\n" + strings.Repeat("# opvulling\n", policy.MaxUserFileBytes/12)
	var rules, body, nest strings.Builder
	rules.WriteString("package eigen.x\n")
	for i := range policy.MaxUserRules + 1 {
		fmt.Fprintf(&rules, "r%d := %d\n", i, i)
	}
	body.WriteString("package eigen.x\nr if {\n")
	for i := range policy.MaxBodyExpressions + 1 {
		fmt.Fprintf(&body, "\tinput.a[%d] == %d\n", i, i)
	}
	body.WriteString("}\n")
	nest.WriteString("package eigen.x\nr := ")
	for i := range policy.MaxNesting + 1 {
		fmt.Fprintf(&nest, "[x%d | some x%d in ", i, i)
	}
	nest.WriteString("[1]" + strings.Repeat("]", policy.MaxNesting+1) + "\n")

	files := map[string]string{}
	for i := range policy.MaxUserFiles + 1 {
		files[fmt.Sprintf("r%03d.rego", i)] = fmt.Sprintf("package eigen.x\nr%d := 1\n", i)
	}
	half := "package eigen.x\n" + strings.Repeat("# opvulling\n", policy.MaxUserFileBytes/12-2)
	total := map[string]string{}
	for i := range policy.MaxUserBytes/len(half) + 1 {
		total[fmt.Sprintf("r%d.rego", i)] = half
	}
	for _, tt := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"one file too large", map[string]string{"x.rego": big}, "x.rego is groter dan 64 KiB"},
		{"all files too large", total, "de eigen beleidsregels zijn samen groter dan 256 KiB"},
		{"too many files", files, "meer dan 100 bestanden met eigen beleidsregels"},
		{"too many rules", map[string]string{"x.rego": rules.String()}, "x.rego: de eigen beleidsregels hebben samen meer dan 500 regels"},
		{"a long body", map[string]string{"x.rego": body.String()}, "x.rego:3: een regel met 31 uitdrukkingen; de grens is 30"},
		{"deep nesting", map[string]string{"x.rego": nest.String()}, "x.rego:2: meer dan 5 comprehensions of every in elkaar"},
		// Thousands of problems are not all listed.
		{"many problems", map[string]string{"x.rego": "package eigen.x\n" + strings.Repeat(strings.TrimPrefix(body.String(), "package eigen.x\n"), 25)}, "\n  en nog 5"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := withUser(t, writeDir(t, tt.files))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// TestCompilationIsTimed checks that New gives up when its context ends,
// on a policy within every bound that compiles slowly all the same.
func TestCompilationIsTimed(t *testing.T) {
	var chain strings.Builder
	chain.WriteString("package eigen.x\nr0 := 0\n")
	for i := 1; i < policy.MaxUserRules; i++ {
		fmt.Fprintf(&chain, "r%d := r%d + 1\n", i, i-1)
	}
	b := embedded(t)
	if err := b.AddDir(writeDir(t, map[string]string{"x.rego": chain.String()})); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := policy.New(ctx, b)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the deadline", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("New returned %s after a 20ms deadline", took)
	}
}
