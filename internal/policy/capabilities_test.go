package policy

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/ggzcheck/ggzcheck/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/builtins.txt from the current verdicts")

// TestBuiltinVerdicts holds the verdict on every builtin of OPA's table to
// the committed list: a new OPA version that adds or changes a builtin fails
// here until someone has looked at it and accepted the list with -update.
func TestBuiltinVerdicts(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Every builtin of OPA's table and whether ggzcheck's sandbox allows it (internal/policy/capabilities.go).\n")
	b.WriteString("# Regenerate with: go test ./internal/policy -run TestBuiltinVerdicts -update, and review the diff.\n")
	for _, v := range verdicts() {
		switch {
		case v.reason != "":
			fmt.Fprintf(&b, "%s\tuitgesloten: deze functie %s\n", v.name, v.reason)
		case conditions[v.name] != "":
			fmt.Fprintf(&b, "%s\ttoegestaan, %s\n", v.name, conditions[v.name])
		default:
			fmt.Fprintf(&b, "%s\ttoegestaan\n", v.name)
		}
	}
	golden.Check(t, "testdata/builtins.txt", b.String(), *update, "go test ./internal/policy -run TestBuiltinVerdicts -update")
}

// TestSandboxRules checks the rules behind the verdicts, whatever the list says.
func TestSandboxRules(t *testing.T) {
	table := map[string]*ast.Builtin{}
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		table[b.Name] = b
	}
	allowed := map[string]bool{}
	for _, b := range Capabilities().Builtins {
		allowed[b.Name] = true
	}
	for name, b := range table {
		if b.Nondeterministic && allowed[name] {
			t.Errorf("%s: OPA marks it nondeterministic, yet the sandbox allows it", name)
		}
	}
	// A name in a hand-written list that OPA no longer has is a mistake.
	for _, list := range []map[string]string{denied, conditions} {
		for name := range list {
			if table[name] == nil {
				t.Errorf("%s: not one of OPA's builtins", name)
			}
		}
	}
	for name := range conditions {
		if !allowed[name] {
			t.Errorf("%s: has a condition but is not allowed", name)
		}
	}
	// Every family excluded as a whole must still exist, or its rule is stale.
	for group := range deniedGroups {
		found := false
		for _, b := range table {
			if judge(b).reason == deniedGroups[group] {
				found = true
			}
		}
		if !found {
			t.Errorf("group %s excludes no builtin", group)
		}
	}
	if c := Capabilities(); c.AllowNet == nil || len(c.AllowNet) != 0 {
		t.Errorf("AllowNet = %v, want an empty list (nil would allow every host)", c.AllowNet)
	}
}
