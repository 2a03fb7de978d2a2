// Package policy loads the Rego policies that encode the agreements, compiles
// them once, and evaluates a plan into findings. A user's own policies
// (--policy) run beside them in a namespace of their own (see user.go).
package policy

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"gopkg.in/yaml.v3"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

const (
	// allAgreements is the rule that collects the violations of every
	// agreement (policies/ggzcheck.rego).
	allAgreements = "data.ggzcheck.overtredingen"
	// ruleName is the rule through which an agreement reports its violations.
	ruleName = "overtreding"
	// dataFile holds the policy data, read as data.ggzcheck.gegevens.
	dataFile = "gegevens.yaml"
)

// queryOf is the query that collects the violations of entry and, apart,
// those of each user package, so that each finding is checked against the
// ids its own side declared.
func queryOf(entry string) string {
	return "ingebouwd := " + entry + "; eigen := {naam: o | some naam; o := data.eigen[naam].overtreding}"
}

// agreementsRoot is the package under which agreements live: each is a
// package data.ggzcheck.afspraken.<naam>.
var agreementsRoot = ast.MustParseRef("data.ggzcheck.afspraken")

// Engine evaluates plans against the compiled policies. It is safe for
// concurrent use.
type Engine struct {
	prepared rego.PreparedEvalQuery
	query    string
	rules    map[string]finding.Rule
	// own maps each user package (eigen.<naam>) to the ids its METADATA
	// declares; a finding it reports must carry one of them.
	own map[string]map[string]bool
	// files maps each user package to a file that declares one of its rules.
	files     map[string]string
	userFiles []UserFile
}

// Bundle is the policy source: Rego modules by file name, and the policy data.
type Bundle struct {
	// Modules are the parsed modules read with ReadBundle. The files added
	// with AddDir are parsed by New, under its time bound.
	Modules map[string]*ast.Module
	Data    map[string]any
	// user holds the files added with AddDir, in the order they were read.
	user []userFile
}

// ReadBundle reads the modules and data under dir in fsys. Files ending in
// _test.rego are included only when withTests is set.
func ReadBundle(fsys fs.FS, dir string, withTests bool) (*Bundle, error) {
	b := &Bundle{Modules: map[string]*ast.Module{}}
	var names []string
	var sources [][]byte
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
			names, sources = append(names, name), append(sources, src)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	modules, err := parseAll(names, sources)
	if err != nil {
		return nil, err
	}
	for i, m := range modules {
		b.Modules[names[i]] = m
	}
	if len(b.Modules) == 0 {
		return nil, fmt.Errorf("geen beleidsregels (.rego) gevonden in %s", dir)
	}
	if b.Data == nil {
		return nil, fmt.Errorf("%s/%s ontbreekt", dir, dataFile)
	}
	return b, nil
}

// parseAll parses the modules on every core: parsing is a fifth of a
// process's start-up, and the files do not depend on each other. The error
// is that of the first failing file in the given order, the same on every run.
func parseAll(names []string, sources [][]byte) ([]*ast.Module, error) {
	modules := make([]*ast.Module, len(names))
	errs := make([]error, len(names))
	next := make(chan int, len(names))
	for i := range names {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Go(func() {
			for i := range next {
				modules[i], errs[i] = parse(names[i], sources[i])
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return modules, nil
}

// ReadData reads only the policy data under dir in fsys, for what needs
// the data and not the rules: parsing every module takes far longer.
func ReadData(fsys fs.FS, dir string) (map[string]any, error) {
	src, err := fs.ReadFile(fsys, path.Join(dir, dataFile))
	if err != nil {
		return nil, err
	}
	data, err := readData(src)
	if err != nil {
		return nil, fmt.Errorf("%s/%s: %w", dir, dataFile, err)
	}
	return data, nil
}

func parse(name string, src []byte) (*ast.Module, error) {
	return ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{
		ProcessAnnotation: true,
		RegoVersion:       ast.RegoV1,
	})
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

// Store returns an in-memory store holding the policy data at
// data.ggzcheck.gegevens. It holds the data as OPA values, converted once:
// a store of Go values converts what a rule reads anew in every evaluation.
func (b *Bundle) Store() storage.Store {
	return inmem.NewFromObjectWithOpts(map[string]any{"ggzcheck": map[string]any{"gegevens": b.Data}},
		inmem.OptReturnASTValuesOnRead(true))
}

// New compiles the bundle and prepares the query, once per process. OPA's
// compiler takes no context, and a small hostile policy can keep it busy for
// minutes, so New gives up when ctx ends (the caller sets the time bound):
// the error then wraps ctx's error, and the abandoned compilation stops at
// its next stage.
func New(ctx context.Context, b *Bundle) (*Engine, error) {
	type result struct {
		e   *Engine
		err error
	}
	done := make(chan result, 1)
	go func() {
		e, err := build(ctx, b, allAgreements)
		done <- result{e, err}
	}()
	select {
	case r := <-done:
		return r.e, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("beleidsregels compileren: %w", ctx.Err())
	}
}

// build does New's work: parse the user's files, check that they stay in
// their namespace, read the catalogue, compile, and prepare the query for
// the violations of entry (a rule, allAgreements but for benchmarks).
func build(ctx context.Context, b *Bundle, entry string) (*Engine, error) {
	modules := maps.Clone(b.Modules)
	users, err := b.parseUser(modules)
	if err != nil {
		return nil, err
	}
	cat, err := catalogue(modules, users)
	if err != nil {
		return nil, err
	}
	if err := checkModules(modules, users, cat); err != nil {
		return nil, err
	}
	c := Compiler()
	// The compiler runs its stages one after another; between two of them
	// it stops once ctx has ended, so New's time bound also ends the work.
	for _, s := range ast.AllStages() {
		c = c.WithStageAfterID(s, ast.CompilerStageDefinition{
			Name:       "ggzcheck-deadline-" + string(s),
			MetricName: "ggzcheck_deadline",
			Stage: func(*ast.Compiler) *ast.Error {
				if err := ctx.Err(); err != nil {
					return ast.NewError(ast.CompileErr, nil, "%v", err)
				}
				return nil
			},
		})
	}
	if c.Compile(modules); c.Failed() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, explainCompileErrors(c.Errors)
	}
	if err := checkWith(c, users); err != nil {
		return nil, err
	}
	store := b.Store()
	withs, err := freezeConstants(ctx, c, store)
	if err != nil {
		return nil, err
	}
	query := queryOf(entry)
	body := ast.MustParseBody(query)
	body[0].With = withs // the built-in agreements only; user packages evaluate as they are
	prepared, err := rego.New(
		rego.ParsedQuery(body),
		rego.Compiler(c),
		rego.Store(store),
		rego.StrictBuiltinErrors(true),
		// Builtins that would still ask are told: no network.
		rego.Capabilities(Capabilities()),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	return &Engine{
		prepared:  prepared,
		query:     query,
		rules:     cat.rules,
		own:       cat.own,
		files:     cat.files,
		userFiles: b.UserFiles(),
	}, nil
}

// Rules returns the catalogue of policy rules, ordered by agreement and id.
// A user's rule has PolicyFile set.
func (e *Engine) Rules() []finding.Rule {
	out := slices.Collect(maps.Values(e.rules))
	slices.SortFunc(out, func(a, b finding.Rule) int {
		return cmp.Or(strings.Compare(a.Agreement, b.Agreement), strings.Compare(a.ID, b.ID))
	})
	return out
}

// UserFiles returns the user's policy files in effect, by path.
func (e *Engine) UserFiles() []UserFile { return slices.Clone(e.userFiles) }

// evalTime and zeroSeed stand in for the clock and the random source. No
// builtin that reads them is allowed (capabilities.go); should a future one
// slip through, it still answers the same on every run.
var evalTime = time.Unix(0, 0).UTC()

type zeroSeed struct{}

func (zeroSeed) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// Evaluate returns the policy findings for p, in no particular order.
func (e *Engine) Evaluate(ctx context.Context, p *plan.Plan) ([]finding.Finding, error) {
	// The plan's values go to OPA's own value type in one step; plain
	// EvalInput would first round-trip them through JSON text.
	input, err := ast.InterfaceToValue(p.Value)
	if err != nil {
		return nil, fmt.Errorf("beleidsregels evalueren: %w", err)
	}
	rs, err := e.prepared.Eval(ctx, rego.EvalParsedInput(input), rego.EvalTime(evalTime), rego.EvalSeed(zeroSeed{}))
	if err != nil {
		return nil, fmt.Errorf("beleidsregels evalueren: %w", err)
	}
	if len(rs) != 1 {
		return nil, fmt.Errorf("beleidsregels evalueren: onverwacht resultaat voor %s", e.query)
	}
	builtin, ok := rs[0].Bindings["ingebouwd"].([]any)
	if !ok {
		return nil, fmt.Errorf("beleidsregels evalueren: %s is geen verzameling", e.query)
	}
	out := make([]finding.Finding, 0, len(builtin))
	for _, r := range builtin {
		f, err := e.finding(p, r, "")
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	users, _ := rs[0].Bindings["eigen"].(map[string]any)
	for _, naam := range slices.Sorted(maps.Keys(users)) {
		raw, ok := users[naam].([]any)
		if !ok {
			return nil, fmt.Errorf("beleidsregels evalueren: data.eigen.%s.overtreding is geen verzameling", naam)
		}
		for _, r := range raw {
			f, err := e.finding(p, r, naam)
			if err != nil {
				return nil, err
			}
			out = append(out, f)
		}
	}
	return out, nil
}

// finding turns one reported violation into a finding. pkg is the user
// package that reported it, or "" for the agreements: a finding may only
// carry an id its own side declared, so a user's rule can never speak as a
// built-in one, nor one user package as another.
func (e *Engine) finding(p *plan.Plan, raw any, pkg string) (finding.Finding, error) {
	v, _ := raw.(map[string]any)
	id, _ := v["regel"].(string)
	pad, _ := v["pad"].(string)
	nl, _ := v["nl"].(string)
	en, _ := v["en"].(string)
	rule, known := e.rules[id]
	if !known || nl == "" || en == "" {
		return finding.Finding{}, fmt.Errorf("beleidsregels evalueren: ongeldige overtreding %v", v)
	}
	if pkg == "" && rule.PolicyFile != "" || pkg != "" && !e.own[pkg][id] {
		who := "een ingebouwde afspraak"
		if pkg != "" {
			who = fmt.Sprintf("%s: package eigen.%s", e.files[pkg], pkg)
		}
		return finding.Finding{}, fmt.Errorf("beleidsregels evalueren: %s meldt een overtreding met regel-id %q, dat niet in zijn eigen METADATA staat; een regel meldt alleen zijn eigen id", who, id)
	}
	// An agreement whose source depends on the plan (the agreement that
	// applies in its contracting year) names it in the violation. A user's
	// rule cannot: it would cite the sources as if it were an agreement.
	source := rule.Source
	if bron, _ := v["bron"].(string); bron != "" && pkg == "" {
		source = bron
	}
	pos := p.Position(pad)
	return finding.Finding{
		Rule:     id,
		Severity: rule.Severity,
		File:     p.File,
		Line:     pos.Line,
		Column:   pos.Column,
		Path:     pad,
		Message:  finding.Text{NL: nl, EN: en},
		Source:   source,
	}, nil
}

// ruleID is the form of every rule id: it names anchors in docs/rules.md,
// SARIF rules and Markdown code spans, so nothing in it may mean more.
var ruleID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// explainCompileErrors says plainly when a policy uses a builtin that the
// sandbox leaves out; OPA reports it as an undefined function.
func explainCompileErrors(errs ast.Errors) error {
	reasons := excluded()
	var lines []string
	for _, e := range errs {
		msg := e.Error()
		name, isUndefined := strings.CutPrefix(e.Message, "undefined function ")
		if reason, ok := reasons[strings.TrimSpace(name)]; isUndefined && ok {
			msg = fmt.Sprintf("%s%s is niet toegestaan: deze functie %s. Beleidsregels van ggzcheck mogen niets buiten het plan bereiken (netwerk, bestanden, omgeving) en niets gebruiken dat per run verschilt (klok, toeval)", where(e.Location), name, reason)
		}
		lines = append(lines, msg)
	}
	return fmt.Errorf("beleidsregels compileren:\n  %s", strings.Join(lines, "\n  "))
}

// maxListed bounds the problems one error lists: a hostile policy can have
// thousands, and the first ones say what is wrong.
const maxListed = 20

// listed is an error with a title and problems, one a line.
func listed(title string, problems []string) error {
	if n := len(problems) - maxListed; n > 0 {
		problems = append(problems[:maxListed:maxListed], fmt.Sprintf("en nog %d", n))
	}
	return fmt.Errorf("%s:\n  %s", title, strings.Join(problems, "\n  "))
}

// where is "file:line: " for a message, or "" without a location.
func where(loc *ast.Location) string {
	if loc == nil {
		return ""
	}
	return fmt.Sprintf("%s:%d: ", loc.File, loc.Row)
}

// cat is the catalogue of violation rules, read from their METADATA.
type cat struct {
	rules map[string]finding.Rule
	// own maps each user package name (eigen.<naam>) to its declared ids,
	// files to the file of its first violation rule.
	own   map[string]map[string]bool
	files map[string]string
}

// catalogue reads the METADATA of every violation rule. A rule without an
// id, severity, source or titles would report nothing or report it wrongly,
// so it is refused here rather than silently passing plans. The built-in
// modules come first, so a clash of ids is blamed on the user's file.
func catalogue(modules map[string]*ast.Module, users map[string]userModule) (cat, error) {
	c := cat{rules: map[string]finding.Rule{}, own: map[string]map[string]bool{}, files: map[string]string{}}
	// A package's METADATA may stand in any one of its files.
	titles := map[string]string{}
	for _, m := range modules {
		for _, a := range m.Annotations {
			if a.Scope == "package" && a.Title != "" {
				titles[m.Package.Path.String()] = a.Title
			}
		}
	}
	builtins := slices.Sorted(maps.Keys(modules))
	builtins = slices.DeleteFunc(builtins, func(name string) bool { _, user := users[name]; return user })
	var problems []string
	for _, name := range slices.Concat(builtins, userOrder(users)) {
		m := modules[name]
		u, isUser := users[name]
		agreement := titles[m.Package.Path.String()]
		switch {
		case isUser:
			agreement = "Eigen regels: " + cmp.Or(agreement, u.pkg)
		case agreement == "":
			agreement = strings.TrimPrefix(m.Package.Path.String(), agreementsRoot.String()+".")
		}
		for _, r := range m.Rules {
			if !slices.ContainsFunc(r.Head.Ref(), isRuleName) {
				continue
			}
			at := fmt.Sprintf("%s:%d", name, r.Location.Row)
			if problem := violationRuleShape(m, r, isUser); problem != "" {
				problems = append(problems, at+": "+problem)
				continue
			}
			rule, err := ruleFromAnnotations(r, agreement)
			if err != nil {
				problems = append(problems, at+": "+err.Error())
				continue
			}
			if !ruleID.MatchString(rule.ID) {
				problems = append(problems, fmt.Sprintf("%s: regel-id %q: een id bestaat uit kleine letters en cijfers, met streepjes ertussen, zoals eigen-vastgesteld", at, rule.ID))
				continue
			}
			if isUser != strings.HasPrefix(rule.ID, userIDPrefix) {
				problems = append(problems, fmt.Sprintf("%s: regel-id %q: %s", at, rule.ID, idPrefixRule(isUser)))
				continue
			}
			if prev, dup := c.rules[rule.ID]; dup {
				problems = append(problems, fmt.Sprintf("%s: regel-id %q komt al voor (%s)", at, rule.ID, cmp.Or(prev.PolicyFile, "ingebouwde afspraak "+prev.Agreement)))
				continue
			}
			if isUser {
				rule.PolicyFile = name
				if c.own[u.pkg] == nil {
					c.own[u.pkg] = map[string]bool{}
					c.files[u.pkg] = name
				}
				c.own[u.pkg][rule.ID] = true
			}
			c.rules[rule.ID] = rule
		}
	}
	if len(problems) > 0 {
		return cat{}, listed("ongeldige METADATA in beleidsregels", problems)
	}
	return c, nil
}

// isRuleName reports whether a term of a rule's head is "overtreding".
func isRuleName(t *ast.Term) bool {
	return t.Equal(ast.VarTerm(ruleName)) || t.Equal(ast.StringTerm(ruleName))
}

// violationRuleShape says what is wrong with a rule named overtreding, or "".
// Only `overtreding contains ...` directly in an agreement's or a user's
// package is collected; any other form would report nothing, silently.
func violationRuleShape(m *ast.Module, r *ast.Rule, isUser bool) string {
	if len(r.Head.Ref()) != 1 || r.Head.RuleKind() != ast.MultiValue || len(r.Head.Args) > 0 {
		return "een regel 'overtreding' hoort 'overtreding contains ...' te zijn, direct in het package"
	}
	pkg := m.Package.Path
	if !isUser && (len(pkg) != len(agreementsRoot)+1 || !pkg.HasPrefix(agreementsRoot)) {
		return "regel 'overtreding' buiten data.ggzcheck.afspraken.<afspraak>"
	}
	return ""
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
		Needs:       finding.Need(get("vereist")),
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
	if !rule.Needs.Valid() || rule.Needs == finding.NeedsBase || rule.Needs == finding.NeedsRegistry {
		return rule, fmt.Errorf("custom.vereist kan alleen %q (de regel vergelijkt met een eerder plan: de versie op --base of het plan van een eerder inkoopjaar), %q (het plan van een eerder inkoopjaar) of %q (de adviezen van de landelijke tafel) zijn, niet %q",
			finding.NeedsEarlierVersion, finding.NeedsPreviousYear, finding.NeedsAnswers, rule.Needs)
	}
	return rule, nil
}
