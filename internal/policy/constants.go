package policy

import (
	"context"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// constants are rules that depend on the policy data alone (word lists,
// patterns, paths), which OPA would otherwise compute again for every plan:
// together over a quarter of a plan's policy time, and 2 ms more for a plan
// with a facility the operationalisation does not list literally. build
// evaluates them once (see freezeConstants). A listed rule that reads input,
// even through another rule, makes build fail.
var constants = []string{
	"data.ggzcheck.lib.plaatshouder_patroon",
	"data.ggzcheck.lib.plaatshouder_max_tekens",
	"data.ggzcheck.lib.zorgvormen_op_volgorde",
	"data.ggzcheck.lib.synoniem_van",     // 2 ms, for the first facility not listed literally
	"data.ggzcheck.lib.bekende_sleutels", // idem
	"data.ggzcheck.afspraken.aanbodbehoud.financiele_zoektermen",
	"data.ggzcheck.afspraken.aanbodbehoud.financiele_patroon",
	"data.ggzcheck.afspraken.aanbodbehoud.capaciteit_sleutels",
	"data.ggzcheck.afspraken.bespreekpunten.landelijke_vormen",
	"data.ggzcheck.afspraken.bespreekpunten.landelijk_nl",
	"data.ggzcheck.afspraken.bespreekpunten.landelijk_en",
	"data.ggzcheck.afspraken.tijdlijn.vensterpaden",
	"data.ggzcheck.afspraken.volledigheid.letterlijk_bekend",
	"data.ggzcheck.afspraken.volledigheid.bekende_voorzieningen", // idem
	"data.ggzcheck.afspraken.tijdlijn.grensdagen",
}

// freezeConstants evaluates each constant the compiled modules define over
// the data in store, once. A constant that is one plain rule (name := value)
// then becomes that value in the compiled modules themselves: its body is
// replaced by true and its value by the result, so every plan reads it as a
// literal. The others (a rule in several parts, such as name[key] := value)
// come back as modifiers for the query (with … as …), which cost more: the
// evaluator compares every reference it meets with each of their targets.
func freezeConstants(ctx context.Context, c *ast.Compiler, store storage.Store) ([]*ast.With, error) {
	// One query for all: OPA keeps a rule's value for the rest of an
	// evaluation, so what several constants share (the facility keys under
	// three of them) is computed once. Each constant is collected in an
	// array comprehension, empty when it is undefined, so that one
	// undefined constant does not make the whole query undefined.
	var refs []ast.Ref
	var query ast.Body
	for _, name := range constants {
		ref := ast.MustParseRef(name)
		if len(c.GetRules(ref)) == 0 {
			continue // a bundle without this rule, as in tests
		}
		if at := readsInput(c, ref, map[string]bool{}); at != "" {
			return nil, fmt.Errorf("%s hangt af van input (%s) en kan niet eenmaal worden berekend", name, at)
		}
		v := ast.VarTerm(fmt.Sprintf("v%d", len(refs)))
		query = append(query, ast.Equality.Expr(ast.VarTerm(fmt.Sprintf("x%d", len(refs))),
			ast.ArrayComprehensionTerm(v, ast.NewBody(ast.Equality.Expr(v, ast.NewTerm(ref))))))
		refs = append(refs, ref)
	}
	if len(refs) == 0 {
		return nil, nil
	}
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)
	body, err := c.QueryCompiler().Compile(query)
	if err != nil {
		return nil, err
	}
	rs, err := topdown.NewQuery(body).WithCompiler(c).WithStore(store).WithTransaction(txn).
		WithStrictBuiltinErrors(true).Run(ctx)
	if err != nil {
		return nil, fmt.Errorf("constanten berekenen: %w", err)
	}
	if len(rs) != 1 {
		return nil, fmt.Errorf("constanten berekenen: %d resultaten", len(rs))
	}
	values := map[*ast.Rule]*ast.Term{}
	var withs []*ast.With
	for i, ref := range refs {
		found, _ := rs[0][ast.Var(fmt.Sprintf("x%d", i))].Value.(*ast.Array)
		if found == nil || found.Len() != 1 {
			continue // undefined: left to the evaluation of each plan
		}
		value := found.Elem(0)
		if rules := c.GetRules(ref); len(rules) == 1 && plainRule(rules[0], ref) {
			values[rules[0]] = value
		} else {
			withs = append(withs, &ast.With{Target: ast.NewTerm(ref), Value: value})
		}
	}
	// Only now: the constants above were computed from the rules as written.
	for r, value := range values {
		r.Body = ast.NewBody(ast.NewExpr(ast.BooleanTerm(true).SetLocation(r.Location)).SetLocation(r.Location))
		r.Head.Value = value
	}
	return withs, nil
}

// plainRule reports whether r alone is the value of ref: name := value (or
// name = value) with a body, and nothing else.
func plainRule(r *ast.Rule, ref ast.Ref) bool {
	return !r.Default && r.Else == nil && len(r.Head.Args) == 0 && r.Head.Key == nil &&
		r.Head.Value != nil && r.Path().Equal(ref)
}

// readsInput returns where a rule under ref, or a rule it refers to, reads
// input; "" when none does.
func readsInput(c *ast.Compiler, ref ast.Ref, seen map[string]bool) string {
	if seen[ref.String()] {
		return ""
	}
	seen[ref.String()] = true
	var at string
	for _, r := range c.GetRulesDynamic(ref) {
		ast.WalkRefs(r, func(x ast.Ref) bool {
			switch {
			case at != "":
			case x.HasPrefix(ast.InputRootRef):
				at = r.Location.String()
			case x.HasPrefix(ast.DefaultRootRef):
				at = readsInput(c, x.ConstantPrefix(), seen)
			}
			return at != ""
		})
	}
	return at
}
