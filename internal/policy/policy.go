// Package policy loads the Rego policies that encode the agreements, compiles
// them once, and evaluates a plan into findings.
package policy

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"gopkg.in/yaml.v3"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

const (
	// query collects the violations of every agreement (policies/ggzcheck.rego).
	query = "data.ggzcheck.overtredingen"
	// ruleName is the rule through which an agreement reports its violations.
	ruleName = "overtreding"
	// agreementsPrefix is the package path under which agreements live.
	agreementsPrefix = "data.ggzcheck.afspraken."
	// dataFile holds the policy data, read as data.ggzcheck.gegevens.
	dataFile = "gegevens.yaml"
)

// Engine evaluates plans against the compiled policies. It is safe for
// concurrent use.
type Engine struct {
	prepared rego.PreparedEvalQuery
	rules    map[string]finding.Rule
}

// Bundle is the policy source: Rego modules by file name, and the policy data.
type Bundle struct {
	Modules map[string]*ast.Module
	Data    map[string]any
}

// ReadBundle reads the modules and data under dir in fsys. Files ending in
// _test.rego are included only when withTests is set.
func ReadBundle(fsys fs.FS, dir string, withTests bool) (*Bundle, error) {
	b := &Bundle{Modules: map[string]*ast.Module{}}
	err := fs.WalkDir(fsys, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch {
		case path.Base(name) == dataFile && path.Dir(name) == dir:
			src, err := fs.ReadFile(fsys, name)
			if err != nil {
				return err
			}
			b.Data, err = readData(src)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		case strings.HasSuffix(name, ".rego"):
			if strings.HasSuffix(name, "_test.rego") && !withTests {
				return nil
			}
			src, err := fs.ReadFile(fsys, name)
			if err != nil {
				return err
			}
			m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{
				ProcessAnnotation: true,
				RegoVersion:       ast.RegoV1,
			})
			if err != nil {
				return err
			}
			b.Modules[name] = m
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(b.Modules) == 0 {
		return nil, fmt.Errorf("geen beleidsregels (.rego) gevonden in %s", dir)
	}
	if b.Data == nil {
		return nil, fmt.Errorf("%s/%s ontbreekt", dir, dataFile)
	}
	return b, nil
}

// readData decodes the YAML policy data into JSON-shaped values.
func readData(src []byte) (map[string]any, error) {
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		return nil, err
	}
	// A round trip through JSON gives the value types OPA's store expects.
	js, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(js, &out); err != nil {
		return nil, errors.New("de gegevens moeten een object met sleutels zijn")
	}
	return out, nil
}

// Compiler returns an OPA compiler with ggzcheck's capabilities: no builtins
// that reach outside the plan or differ between runs.
func Compiler() *ast.Compiler {
	return ast.NewCompiler().
		WithCapabilities(Capabilities()).
		WithEnablePrintStatements(false)
}

// Store returns an in-memory store holding the policy data at data.ggzcheck.gegevens.
func (b *Bundle) Store() storage.Store {
	return inmem.NewFromObject(map[string]any{"ggzcheck": map[string]any{"gegevens": b.Data}})
}

// AddDir adds the Rego modules under dir (on disk) to the bundle: a user's
// own rules, given with --policy. They get the same capabilities as the
// embedded policies. Test files (_test.rego) are skipped.
func (b *Bundle) AddDir(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("de map %s bestaat niet", dir)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s is geen map met beleidsregels", dir)
	}
	fsys := os.DirFS(dir)
	found := 0
	err = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".rego") || strings.HasSuffix(name, "_test.rego") {
			return err
		}
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		display := filepath.ToSlash(filepath.Join(dir, name))
		m, err := ast.ParseModuleWithOpts(display, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		if _, dup := b.Modules[display]; dup {
			return fmt.Errorf("%s staat er al", display)
		}
		b.Modules[display] = m
		found++
		return nil
	})
	if err != nil {
		return err
	}
	if found == 0 {
		return fmt.Errorf("geen beleidsregels (.rego) gevonden in %s", dir)
	}
	return nil
}

// New compiles the bundle and prepares the query, once per process.
func New(ctx context.Context, b *Bundle) (*Engine, error) {
	rules, err := catalogue(b.Modules)
	if err != nil {
		return nil, err
	}
	c := Compiler()
	if c.Compile(b.Modules); c.Failed() {
		return nil, explainCompileErrors(c.Errors)
	}
	prepared, err := rego.New(
		rego.Query(query),
		rego.Compiler(c),
		rego.Store(b.Store()),
		rego.StrictBuiltinErrors(true),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	return &Engine{prepared: prepared, rules: rules}, nil
}

// Rules returns the catalogue of policy rules, ordered by agreement and id.
func (e *Engine) Rules() []finding.Rule {
	out := make([]finding.Rule, 0, len(e.rules))
	for _, r := range e.rules {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b finding.Rule) int {
		return cmp.Or(strings.Compare(a.Agreement, b.Agreement), strings.Compare(a.ID, b.ID))
	})
	return out
}

// Evaluate returns the policy findings for p, in no particular order.
func (e *Engine) Evaluate(ctx context.Context, p *plan.Plan) ([]finding.Finding, error) {
	// The plan's values go to OPA's own value type in one step; plain
	// EvalInput would first round-trip them through JSON text.
	input, err := ast.InterfaceToValue(p.Value)
	if err != nil {
		return nil, fmt.Errorf("beleidsregels evalueren: %w", err)
	}
	rs, err := e.prepared.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		return nil, fmt.Errorf("beleidsregels evalueren: %w", err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, fmt.Errorf("beleidsregels evalueren: onverwacht resultaat voor %s", query)
	}
	raw, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		return nil, fmt.Errorf("beleidsregels evalueren: %s is geen verzameling", query)
	}
	out := make([]finding.Finding, 0, len(raw))
	for _, r := range raw {
		v, _ := r.(map[string]any)
		id, _ := v["regel"].(string)
		pad, _ := v["pad"].(string)
		nl, _ := v["nl"].(string)
		en, _ := v["en"].(string)
		rule, known := e.rules[id]
		if !known || nl == "" || en == "" {
			return nil, fmt.Errorf("beleidsregels evalueren: ongeldige overtreding %v", v)
		}
		// A rule whose source depends on the plan (the agreement that applies
		// in its contracting year) names it in the violation.
		source := rule.Source
		if bron, _ := v["bron"].(string); bron != "" {
			source = bron
		}
		pos := p.Position(pad)
		out = append(out, finding.Finding{
			Rule:     id,
			Severity: rule.Severity,
			File:     p.File,
			Line:     pos.Line,
			Column:   pos.Column,
			Path:     pad,
			Message:  finding.Text{NL: nl, EN: en},
			Source:   source,
		})
	}
	return out, nil
}

// explainCompileErrors says plainly when a policy uses a builtin that the
// sandbox leaves out; OPA reports it as an undefined function.
func explainCompileErrors(errs ast.Errors) error {
	var lines []string
	for _, e := range errs {
		msg := e.Error()
		for _, name := range forbidden {
			if strings.Contains(e.Message, "undefined function "+name) {
				where := ""
				if e.Location != nil {
					where = fmt.Sprintf("%s:%d: ", e.Location.File, e.Location.Row)
				}
				msg = fmt.Sprintf("%s%s is niet toegestaan: beleidsregels van ggzcheck mogen niets buiten het plan bereiken (netwerk, omgeving) en niets gebruiken dat per run verschilt (klok, toeval)", where, name)
			}
		}
		lines = append(lines, msg)
	}
	return fmt.Errorf("beleidsregels compileren:\n  %s", strings.Join(lines, "\n  "))
}

// catalogue reads the METADATA of every violation rule. A rule without an
// id, severity, source or titles would report nothing or report it wrongly,
// so it is refused here rather than silently passing plans.
func catalogue(modules map[string]*ast.Module) (map[string]finding.Rule, error) {
	rules := map[string]finding.Rule{}
	names := slices.Sorted(maps.Keys(modules))
	// A package's METADATA may stand in any one of its files.
	titles := map[string]string{}
	for _, m := range modules {
		for _, a := range m.Annotations {
			if a.Scope == "package" && a.Title != "" {
				titles[m.Package.Path.String()] = a.Title
			}
		}
	}
	var problems []string
	for _, name := range names {
		m := modules[name]
		agreement := titles[m.Package.Path.String()]
		if agreement == "" {
			agreement = strings.TrimPrefix(m.Package.Path.String(), agreementsPrefix)
		}
		for _, r := range m.Rules {
			if r.Head.Name.String() != ruleName && r.Head.Ref().String() != ruleName {
				continue
			}
			where := fmt.Sprintf("%s:%d", name, r.Location.Row)
			if !strings.HasPrefix(m.Package.Path.String(), agreementsPrefix) {
				problems = append(problems, where+": regel 'overtreding' buiten data.ggzcheck.afspraken")
				continue
			}
			rule, err := ruleFromAnnotations(r, agreement)
			if err != nil {
				problems = append(problems, where+": "+err.Error())
				continue
			}
			if prev, dup := rules[rule.ID]; dup {
				problems = append(problems, fmt.Sprintf("%s: regel-id %q komt al voor (%s)", where, rule.ID, prev.Agreement))
				continue
			}
			rules[rule.ID] = rule
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("ongeldige METADATA in beleidsregels:\n  %s", strings.Join(problems, "\n  "))
	}
	return rules, nil
}

func ruleFromAnnotations(r *ast.Rule, agreement string) (finding.Rule, error) {
	var a *ast.Annotations
	for _, x := range r.Annotations {
		if x.Scope == "rule" {
			a = x
		}
	}
	if a == nil {
		return finding.Rule{}, errors.New("# METADATA ontbreekt (title, custom.id, custom.severity, custom.source, custom.title_en)")
	}
	get := func(k string) string { s, _ := a.Custom[k].(string); return strings.TrimSpace(s) }
	waivable, _ := a.Custom["afwijking_mogelijk"].(bool)
	rule := finding.Rule{
		ID:          get("id"),
		Severity:    finding.Severity(get("severity")),
		Title:       finding.Text{NL: a.Title, EN: get("title_en")},
		Description: finding.Text{NL: strings.TrimSpace(a.Description), EN: get("description_en")},
		Source:      get("source"),
		Agreement:   agreement,
		Quote:       get("citaat"),
		Fails:       get("fout"),
		Passes:      get("goed"),
		Fix:         finding.Text{NL: get("oplossing"), EN: get("oplossing_en")},
		Waivable:    waivable,
	}
	var missing []string
	for k, v := range map[string]string{"title": rule.Title.NL, "custom.id": rule.ID, "custom.source": rule.Source, "custom.title_en": rule.Title.EN} {
		if v == "" {
			missing = append(missing, k)
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		return rule, fmt.Errorf("METADATA mist %s", strings.Join(missing, ", "))
	}
	if !rule.Severity.Valid() {
		return rule, fmt.Errorf("custom.severity moet 'error' of 'warning' zijn, niet %q", rule.Severity)
	}
	return rule, nil
}
