package policy

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/ggzcheck/ggzcheck"
)

// TestConstantsKeepTheirValue: after freezeConstants every constant reads as
// the value the rules as written give, and a plain one no longer has a body
// to evaluate.
func TestConstantsKeepTheirValue(t *testing.T) {
	ctx := context.Background()
	b, err := ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	compile := func() *ast.Compiler {
		c := Compiler()
		if c.Compile(b.Modules); c.Failed() {
			t.Fatal(c.Errors)
		}
		return c
	}
	written, frozen := compile(), compile()
	withs, err := freezeConstants(ctx, frozen, b.Store())
	if err != nil {
		t.Fatal(err)
	}
	targets := map[string]*ast.Term{}
	for _, w := range withs {
		targets[w.Target.String()] = w.Value
	}
	plain := 0
	for _, name := range constants {
		ref := ast.MustParseRef(name)
		want := evaluate(t, written, b, ref)
		if v, ok := targets[name]; ok {
			if !v.Equal(want) {
				t.Errorf("%s: with %v, want %v", name, v, want)
			}
			continue
		}
		rules := frozen.GetRules(ref)
		if len(rules) != 1 || len(rules[0].Body) != 1 || !rules[0].Body[0].Equal(ast.NewExpr(ast.BooleanTerm(true))) {
			t.Errorf("%s: neither a modifier nor one rule with body true: %v", name, rules)
			continue
		}
		plain++
		if got := evaluate(t, frozen, b, ref); !got.Equal(want) {
			t.Errorf("%s frozen: %v, want %v", name, got, want)
		}
	}
	if plain < len(constants)/2 {
		t.Errorf("%d of %d constants frozen into the modules; the plain ones should be", plain, len(constants))
	}
}

func evaluate(t *testing.T, c *ast.Compiler, b *Bundle, ref ast.Ref) *ast.Term {
	t.Helper()
	body, err := c.QueryCompiler().Compile(ast.NewBody(ast.Equality.Expr(ast.VarTerm("x"), ast.NewTerm(ref))))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store := b.Store()
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Abort(ctx, txn)
	rs, err := topdown.NewQuery(body).WithCompiler(c).WithStore(store).WithTransaction(txn).Run(ctx)
	if err != nil || len(rs) != 1 {
		t.Fatalf("%v: %v, %d results", ref, err, len(rs))
	}
	return rs[0][ast.Var("x")]
}
