// Package check runs the whole check of plan files: read, parse with
// positions, validate against the schema, evaluate the policies, and collect
// the findings per file.
package check

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/config"
	"github.com/ggzcheck/ggzcheck/internal/crossregion"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/gitbase"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/policy"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/safefile"
	"github.com/ggzcheck/ggzcheck/internal/schema"
	"github.com/ggzcheck/ggzcheck/internal/waiver"
)

// Exit codes of ggzcheck, the same for every command.
const (
	ExitOK       = 0 // every plan passes (warnings allowed)
	ExitFindings = 1 // at least one plan has an error finding
	ExitTool     = 2 // ggzcheck itself could not run: bad flag, unreadable path, broken policy
)

// Checker checks plans. Build it once: it holds the compiled schema and
// policies, and is safe for concurrent use.
type Checker struct {
	schema   *schema.Validator
	registry *schema.Validator // schema of regios.yaml
	answers  *schema.Validator // schema of the national table's answers
	policy   *policy.Engine
	limits   plan.Limits
	rules    []finding.Rule
	byID     map[string]finding.Rule
	settings config.Settings
	waivers  waiver.Options // how deviations are judged: reference date, placeholders
	base     string         // git revision to compare with, or ""
	changed  bool           // with base: check only plans that differ from it
	// keepPlans keeps every plan in its Result; otherwise only where the
	// cross-region rules need them, so memory follows the findings.
	keepPlans bool
	workers   int
	stdin     io.Reader // where the plan named - is read from
	stdinName string    // how findings name it
	// evalTimeout bounds policy evaluation of one plan, so that a runaway
	// policy ends a CI job with a clear error instead of hanging it.
	evalTimeout time.Duration
	provenance  provenance.Record
}

// DefaultEvalTimeout is the time policy evaluation of one plan may take; a
// plan normally takes about a millisecond.
const DefaultEvalTimeout = 10 * time.Second

// DefaultCompileTimeout is the time compiling the policies may take; the
// built-in ones take about 0.2 seconds.
const DefaultCompileTimeout = 10 * time.Second

// Options change how a Checker checks; the zero value checks with the
// defaults.
type Options struct {
	// ConfigFile overrides tunable policy data (thresholds, dates) for this run.
	ConfigFile string
	// ReferenceDate (JJJJ-MM-DD) is the day a plan's deviations must still
	// hold; empty means 1 January of each plan's contracting year.
	ReferenceDate string
	// MaxBytes is the largest plan file read; 0 means plan.DefaultLimits.
	MaxBytes int
	// PolicyDirs hold extra Rego rules (--policy), checked with the same
	// sandbox and METADATA requirements as the embedded policies.
	PolicyDirs []string
	// EvalTimeout bounds policy evaluation of one plan; 0 means DefaultEvalTimeout.
	EvalTimeout time.Duration
	// CompileTimeout bounds compiling the policies, the user's included; 0
	// means DefaultCompileTimeout.
	CompileTimeout time.Duration
	// Base is a git revision: each plan is compared with its version there.
	Base string
	// ChangedOnly, with Base, checks only plans that differ from the base.
	ChangedOnly bool
	// KeepPlans keeps each plan's values in its Result (for the national
	// overview); by default only findings and, where they point, the source.
	KeepPlans bool
	// Workers is the number of plans checked at once; 0 means GOMAXPROCS.
	Workers int
	// Stdin is read, once and bounded like a file, when the paths of a
	// check include StdinPath (-); StdinName (default DefaultStdinName)
	// is how findings name that plan. It is checked on its own: it has no
	// place on disk, so no region registry and no --base apply to it.
	Stdin     io.Reader
	StdinName string
	// Engines, when set, shares what New compiles with the other Checkers
	// built with it; nil compiles everything for this Checker alone.
	Engines *Engines
}

// DefaultStdinName names a plan read from standard input: a name that reads
// as a plan file in every report, and is valid in a SARIF URI.
const DefaultStdinName = "stdin.yaml"

// New compiles the embedded schema and policies, or takes them from
// opts.Engines.
func New(ctx context.Context, opts Options) (*Checker, error) {
	builtin, err := opts.Engines.load()
	if err != nil {
		return nil, err
	}
	b := builtin.bundle.Copy()
	for _, dir := range opts.PolicyDirs {
		if err := b.AddDir(dir); err != nil {
			return nil, fmt.Errorf("--policy %s: %w", dir, err)
		}
	}
	var settings config.Settings
	if b.Data, settings, err = config.Apply(b.Data, opts.ConfigFile, builtin.config); err != nil {
		return nil, err
	}
	key, err := b.Key()
	if err != nil {
		return nil, err
	}
	compileTimeout := cmp.Or(opts.CompileTimeout, DefaultCompileTimeout)
	e, err := opts.Engines.engine(key, func() (*policy.Engine, error) {
		compileCtx, cancel := context.WithTimeout(ctx, compileTimeout)
		defer cancel()
		return policy.New(compileCtx, b)
	})
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		return nil, fmt.Errorf("de beleidsregels compileren duurde langer dan %s; een eigen beleidsregel (--policy) is te groot of te ingewikkeld", compileTimeout)
	}
	if err != nil {
		return nil, err
	}
	// A user's rules (--policy) come after every built-in one.
	agreements, own := slices.Concat(gitbase.Rules(), answerRules()), []finding.Rule(nil)
	for _, r := range e.Rules() {
		if r.PolicyFile != "" {
			own = append(own, r)
		} else {
			agreements = append(agreements, r)
		}
	}
	slices.SortStableFunc(agreements, func(a, b finding.Rule) int {
		return cmp.Or(strings.Compare(a.Agreement, b.Agreement), strings.Compare(a.ID, b.ID))
	})
	rules := slices.Concat(plan.Rules(), fileRules(), schema.Rules(), agreements, crossregion.Rules(), waiver.Rules(), own)
	byID := make(map[string]finding.Rule, len(rules))
	for _, r := range rules {
		// A second rule with an id would take the first one's place in every
		// report; the user's rules come last, so the blame falls on them.
		if prev, dup := byID[r.ID]; dup {
			return nil, fmt.Errorf("%s: regel-id %q komt al voor (%s)", cmp.Or(r.PolicyFile, r.Agreement), r.ID, cmp.Or(prev.PolicyFile, prev.Agreement))
		}
		byID[r.ID] = r
	}
	limits := plan.DefaultLimits
	if opts.MaxBytes > 0 {
		limits.MaxBytes = opts.MaxBytes
	}
	evalTimeout := cmp.Or(opts.EvalTimeout, DefaultEvalTimeout)
	digest := builtin.digest
	userFiles := e.UserFiles()
	if len(userFiles) > 0 {
		// One digest for every rule in effect: the built-in ones as
		// 'ggzcheck version' shows them, and each user file.
		digest = provenance.Combine(append([]provenance.File{{Path: "ingebouwd", SHA256: digest}}, userFiles...))
	}
	return &Checker{
		schema: builtin.plan, registry: builtin.registry, answers: builtin.answers, policy: e, limits: limits, rules: rules, byID: byID,
		settings: settings, waivers: waiver.Options{ReferenceDate: opts.ReferenceDate, Placeholders: waiver.NewPlaceholders(b.Data)}, evalTimeout: evalTimeout,
		base: opts.Base, changed: opts.ChangedOnly, keepPlans: opts.KeepPlans,
		workers: cmp.Or(opts.Workers, runtime.GOMAXPROCS(0)),
		stdin:   opts.Stdin, stdinName: cmp.Or(opts.StdinName, DefaultStdinName),
		provenance: provenance.Record{
			Tool: provenance.Current(), Policies: digest, UserPolicies: userFiles,
			ConfigFile: opts.ConfigFile, ReferenceDate: opts.ReferenceDate, Base: opts.Base,
		},
	}, nil
}

// PolicyDigest is the SHA-256 over the embedded schemas and policies, the
// rules every standard verdict is made with.
func PolicyDigest() (string, error) {
	return provenance.Tree(ggzcheck.Files, "schemas", ggzcheck.PolicyDir)
}

func embeddedSchema(path string) (*schema.Validator, error) {
	src, err := fs.ReadFile(ggzcheck.Files, path)
	if err != nil {
		return nil, err
	}
	return schema.New(src)
}

// Rules returns the catalogue of every check: reading, schema, policies.
func (c *Checker) Rules() []finding.Rule { return c.rules }

// Result is the outcome for one plan file.
type Result struct {
	File     string
	Region   string            // the region's name as the plan gives it, or "" if unreadable
	Year     int               // the contracting year, or 0
	Source   []byte            // the file as read, to show the lines findings point at; nil without findings
	Plan     *plan.Plan        // the plan as read, or nil when it could not be or was not kept (see Options.KeepPlans)
	Findings []finding.Finding // sorted
	// PoliciesEvaluated is true when the agreements were evaluated on the
	// whole plan. A plan that breaks the format in places is still evaluated
	// on the rest (see formatBroken), and this stays false; a plan that could
	// not be read, is a draft or is no object at all is not evaluated.
	PoliciesEvaluated bool
	// Registry is the region registry (regios.yaml) that applies to the
	// plan, or "" when none does.
	Registry string
	// Base is the --base revision of the run, or "". Earlier are the plans
	// the plan was compared with (see earlier.go): files at Base, or in the
	// checked tree; none when it had no earlier plan.
	Base    string
	Earlier []string
	// PreviousYear is the plan of the region's most recent earlier
	// contracting year among Earlier, or "".
	PreviousYear string
	// Answers is the national table's answers file the plan was checked
	// against (see answers.go), or ""; noAnswers says why there was none.
	Answers   string
	noAnswers finding.Text
	// Advice is the answers file's value, kept like Plan (see
	// Options.KeepPlans); nil without usable answers.
	Advice any
	// Skip says why the agreements were not checked, where that is not
	// because the plan is unreadable or breaks the format.
	Skip finding.Text
	// SHA256 is the digest of the file as read, "" when it was not read.
	SHA256 string
	path   string // the file as opened (Input.Path)
}

// Passed reports whether the plan has no error findings.
func (r Result) Passed() bool {
	errs, _ := finding.Count(r.Findings)
	return errs == 0
}

// File checks one plan, given its name (as shown to the user) and contents.
// The error is for failures of ggzcheck itself, not of the plan.
func (c *Checker) File(ctx context.Context, name string, data []byte) (Result, error) {
	return c.file(ctx, name, data, nil, nil)
}

// advice finds the national table's answers to region code for year.
type advice func(code string, year int) *answers

func (c *Checker) file(ctx context.Context, name string, data []byte, before earlier, advised advice) (Result, error) {
	res := Result{File: name, Source: data, SHA256: provenance.Digest(data)}
	p, loadFindings := plan.Load(name, data, c.limits)
	res.Findings = loadFindings
	if p != nil {
		res.Plan = p
		res.Region, res.Year = identity(p)
		// A field left open (YAML null) reads as absent: the agreement that
		// asks for it reports it, not the format.
		open := p.WithValue(c.schema.Open(p.Value))
		res.Findings = append(res.Findings, withoutUnder(c.schema.Validate(open), loadFindings)...)
		if broken, ok := formatBroken(res.Findings); ok {
			evalCtx, cancel := context.WithTimeout(ctx, c.evalTimeout)
			open = open.WithValue(schema.Without(open.Value, broken))
			input := open
			code, _ := plan.Lookup(p.Value, "/regio/code")
			region, _ := code.(string)
			added := map[string]any{} // what ggzcheck adds to the plan for the policies
			if before != nil {
				if prev := before(region, res.Year); len(prev) > 0 {
					var list []any
					for _, e := range prev {
						value, ok := c.comparable(e.value)
						if !ok {
							continue
						}
						e.value = value
						list = append(list, e.input())
						res.Earlier = append(res.Earlier, e.file)
						if e.year < res.Year {
							res.PreviousYear = e.file
						}
					}
					if len(list) > 0 {
						added["eerdere_plannen"] = list
						added["vorige_versie"] = list[0] // for the user's own rules (--policy)
					}
				}
			}
			if advised != nil && region != "" && res.Year > 0 {
				if a := advised(region, res.Year); a.value != nil {
					added["antwoorden"] = a.input()
					res.Answers, res.Advice = a.result.File, a.value
				} else {
					res.noAnswers = a.reason()
				}
			}
			if len(added) > 0 {
				value := maps.Clone(open.Value.(map[string]any))
				maps.Copy(value, added)
				input = open.WithValue(value)
			}
			pf, err := untilDone(evalCtx, func() ([]finding.Finding, error) { return c.policy.Evaluate(evalCtx, input) })
			cancel()
			if errors.Is(evalCtx.Err(), context.DeadlineExceeded) {
				return res, fmt.Errorf("%s: de beleidsregels deden er langer dan %s over; dat wijst op een fout in een beleidsregel", name, c.evalTimeout)
			}
			if err != nil {
				return res, fmt.Errorf("%s: %w", name, err)
			}
			res.Findings = notAround(waiver.Apply(open, append(res.Findings, pf...), c.byID, c.waivers))
			res.PoliciesEvaluated = len(broken) == 0
			if !res.PoliciesEvaluated {
				res.Skip = partlyEvaluated
			}
		}
	}
	finding.Sort(res.Findings)
	res.Findings = bounded(res.Findings)
	return res, nil
}

// comparable returns an earlier plan's values as the policies may read
// them: fields left open dropped, as in the plan checked, and every place
// that breaks the format cut out, so that each value has the type the
// format gives it. An earlier plan comes from git or the tree and is not
// held to the format here; a list left open (aanbod: null) or a text where
// a list belongs would otherwise stop the evaluation of the plan compared
// with it. An earlier plan broken at its root, or in more than maxBroken
// places (as for the plan checked: in places, not throughout, and the work
// of cutting them stays small), is no plan to compare with.
func (c *Checker) comparable(value any) (any, bool) {
	opened := c.schema.Open(value)
	var broken []string
	for _, f := range c.schema.Validate(&plan.Plan{Value: opened}) {
		if f.Severity != finding.Error {
			continue
		}
		if f.Path == "" || len(broken) == maxBroken {
			return nil, false
		}
		broken = append(broken, f.Path)
	}
	return schema.Without(opened, broken), true
}

// MaxFindings is the most findings one plan reports. A real plan has a
// handful, a fresh 'ggzcheck init' skeleton about a hundred; a hostile one
// with 190,000 unknown keys would otherwise give a 200 MB report.
const MaxFindings = 500

// bounded keeps the first MaxFindings of sorted findings and says how many
// more there were, in one finding that fails the plan.
func bounded(fs []finding.Finding) []finding.Finding {
	if len(fs) <= MaxFindings {
		return fs
	}
	more := len(fs) - MaxFindings
	last := fs[MaxFindings-1]
	return append(fs[:MaxFindings:MaxFindings], finding.Finding{
		Rule: plan.RuleLimit, Severity: finding.Error, File: last.File, Line: last.Line, Column: last.Column,
		Message: finding.Text{
			NL: fmt.Sprintf("Dit plan heeft nog %d bevindingen meer; ggzcheck toont er hooguit %d per plan. Los eerst de bevindingen hierboven op: vaak herhaalt zich één oorzaak.", more, MaxFindings),
			EN: fmt.Sprintf("This plan has %d more findings; ggzcheck shows at most %d per plan. Resolve the findings above first: often one cause repeats itself.", more, MaxFindings),
		},
		Source: plan.SourceYAML,
	})
}

// untilDone returns what work returns, or ctx's error as soon as ctx ends
// while work is still busy. Policies run this way: OPA's builtins do not look
// at the context, so a user's policy that keeps one busy (concat doubling a
// string thirty times) would otherwise run far past the deadline. The run
// then ends with an error; the abandoned work stops with the process.
func untilDone[T any](ctx context.Context, work func() (T, error)) (T, error) {
	type outcome struct {
		value T
		err   error
	}
	done := make(chan outcome, 1)
	go func() {
		v, err := work()
		done <- outcome{v, err}
	}()
	select {
	case o := <-done:
		return o.value, o.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// maxBroken is the most places a plan may break the format and still have
// its agreements evaluated on the rest: "in places", not throughout. It also
// keeps the work of cutting those places out small.
const maxBroken = 100

// formatBroken returns the places where the plan breaks the format, and
// whether the agreements can be evaluated on the rest. They cannot when the
// plan was not read reliably (a YAML finding), is a draft with values still to
// fill in (findings about a half-written plan would bury its to-do list), is
// not an object of keys at all, or breaks the format in more than maxBroken
// places.
func formatBroken(fs []finding.Finding) ([]string, bool) {
	var broken []string
	for _, f := range fs {
		if f.Severity != finding.Error {
			continue
		}
		if f.Rule == schema.RuleToFill || f.Path == "" || !strings.HasPrefix(f.Rule, "schema-") || len(broken) == maxBroken {
			return nil, false
		}
		broken = append(broken, f.Path)
	}
	return broken, true
}

// notAround drops the findings of agreements and deviations about a part of
// the plan that breaks the format, a part inside it, or the parts holding it
// (other than the plan as a whole): a broken value reads as missing, and one
// cause gets one finding. A misspelt key breaks the object it is in (the value
// meant for the right key is lost), except at the top, where that would hide
// every finding.
func notAround(fs []finding.Finding) []finding.Finding {
	var scopes []string
	for _, f := range fs {
		if f.Severity != finding.Error || !readingOrFormat(f.Rule) {
			continue
		}
		if parent := plan.Parent(f.Path); f.Rule == schema.RuleUnknownKey && parent != "" {
			scopes = append(scopes, parent)
		} else {
			scopes = append(scopes, f.Path)
		}
	}
	if len(scopes) == 0 {
		return fs
	}
	return slices.DeleteFunc(fs, func(f finding.Finding) bool {
		if readingOrFormat(f.Rule) {
			return false
		}
		for _, b := range scopes {
			if f.Path == b || strings.HasPrefix(f.Path, b+"/") || f.Path != "" && strings.HasPrefix(b, f.Path+"/") {
				return true
			}
		}
		return false
	})
}

// identity reads the region's name and the contracting year, as far as the
// plan gives them.
func identity(p *plan.Plan) (string, int) {
	name, _ := plan.Lookup(p.Value, "/regio/naam")
	year, _ := plan.Lookup(p.Value, "/inkoopjaar")
	n, _ := name.(string)
	y, _ := strconv.Atoi(fmt.Sprint(year))
	return n, y
}

// withoutUnder drops schema findings about values the loader already
// reported (a rejected number, a duplicate key): one cause, one finding.
func withoutUnder(schemaFindings, loadFindings []finding.Finding) []finding.Finding {
	var reported []string
	for _, f := range loadFindings {
		if f.Path != "" {
			reported = append(reported, f.Path)
		}
	}
	if len(reported) == 0 {
		return schemaFindings
	}
	return slices.DeleteFunc(schemaFindings, func(f finding.Finding) bool {
		for _, p := range reported {
			if f.Path == p || strings.HasPrefix(f.Path, p+"/") {
				return true
			}
		}
		return false
	})
}

// Report is the outcome of checking several plan files.
type Report struct {
	Provenance provenance.Record
	Results    []Result // in file order
	Rules      []finding.Rule
	Settings   config.Settings       // the tunable values the run used
	Unchanged  int                   // plans skipped by --changed-only
	Registry   *crossregion.Registry // the first region registry that applied (by file name), if any
}

// Files checks the plan files named by paths (files, or directories searched
// for *.yaml and *.yml), in sorted order. With a base revision, each plan is
// compared with its earlier version, and a plan deleted since is reported.
// A plan with a region registry above it (regios.yaml) is also compared with
// the other plans of that registry; which registry applies depends only on
// where the plan is, so a plan's verdict never depends on the other paths.
func (c *Checker) Files(ctx context.Context, paths []string) (Report, error) {
	files := slices.DeleteFunc(slices.Clone(paths), func(p string) bool { return p == StdinPath })
	var inputs []Input
	var err error
	if len(files) > 0 {
		if inputs, err = collect(files, c.base != ""); err != nil {
			return Report{}, err
		}
	}
	rep := Report{Rules: c.rules, Settings: c.settings, Provenance: c.provenance}
	// Where git is asked: the first plan's directory, or the first path
	// when --base finds every plan deleted. A plan from standard input is
	// in no repository.
	where := "."
	if len(files) > 0 {
		where = files[0]
		if IsPattern(where) {
			where, _, _ = Pattern(where) // its directory; collect checked it
		}
		if len(inputs) > 0 {
			where = filepath.Dir(inputs[0].Path)
		}
		if repo, ok := provenance.RepositoryOf(ctx, where, Names(inputs)); ok {
			rep.Provenance.Repository = &repo
		}
	}
	if len(files) < len(paths) {
		in, err := c.fromStdin(inputs)
		if err != nil {
			return Report{}, err
		}
		inputs = append(inputs, in)
	}
	var base *gitbase.Base
	var mu sync.Mutex         // guards used: plans are checked concurrently
	used := map[string]bool{} // base plans a current plan accounts for
	use := func(bp *gitbase.Plan) {
		mu.Lock()
		used[bp.Path] = true
		mu.Unlock()
	}
	if c.base != "" {
		if base, err = gitbase.Open(ctx, where, c.base, c.limits.MaxBytes); err != nil {
			return Report{}, err
		}
		rep.Provenance.BaseCommit = base.Commit
	}
	registryOf := map[string]string{}   // plan name -> its registry file
	registryTree := map[string]string{} // registry file -> the tree it must stay in
	seen := map[string]string{}
	for _, in := range inputs {
		if in.data != nil {
			continue // from standard input: no place on disk
		}
		if r := registryFor(in, seen); r != "" {
			registryOf[in.Name] = r
			registryTree[r] = in.Tree
		}
	}
	inTree := &trees{c: c, byRe: map[string]*tree{}}
	advisedBy := &answerFiles{c: c, schema: c.answers, byPath: map[string]*answers{}}
	results, err := concurrently(ctx, c.workers, inputs, func(ctx context.Context, in Input) (Result, bool, error) {
		data, err := c.read(in)
		if err != nil {
			if f, ok := refusedFinding(in.Name, aPlan, err); ok {
				return Result{File: in.Name, Findings: []finding.Finding{f}}, true, nil
			}
			return Result{}, false, &PathError{Path: in.Name, Err: err}
		}
		if base != nil && in.data == nil {
			// The plan that was at this path accounts for itself, compared
			// or not (an unreadable plan fails on its own).
			if samePath, found := base.AtFile(in.Path); found {
				use(samePath)
				if c.changed && bytes.Equal(samePath.Data, data) {
					return Result{}, false, nil
				}
			}
		}
		before := earlierFor(in, registryOf[in.Name], base, inTree, use)
		var advised advice
		if r := registryOf[in.Name]; r != "" {
			advised = func(code string, year int) *answers { return advisedBy.get(r, in.Tree, code, year) }
		}
		res, err := c.file(ctx, in.Name, data, before, advised)
		res.Registry, res.Base, res.path = registryOf[in.Name], c.base, in.Path
		// The registry's rules compare the plans with each other.
		if !c.keepPlans && res.Registry == "" {
			res.Plan, res.Advice = nil, nil // what reports need is in the findings
			if len(res.Findings) == 0 {
				res.Source = nil // no line to show
			}
		}
		return res, true, err
	})
	if err != nil {
		return Report{}, err
	}
	rep.Results = results
	rep.Unchanged = len(inputs) - len(results)
	if base != nil {
		deleted, err := deletedPlans(base, files, used)
		if err != nil {
			return Report{}, err
		}
		rep.Results = append(rep.Results, deleted...)
	}
	// An answers file a plan was held to is reported once, when it has findings.
	for _, path := range slices.Sorted(maps.Keys(advisedBy.byPath)) {
		if a := advisedBy.byPath[path]; len(a.result.Findings) > 0 {
			rep.Results = append(rep.Results, a.result)
		}
	}
	for _, file := range slices.Sorted(maps.Keys(registryTree)) {
		if err := c.acrossRegions(&rep, file, registryTree[file], inTree); err != nil {
			return Report{}, err
		}
	}
	return rep, nil
}

// fromStdin reads the plan named - from standard input, bounded like a
// file: one byte past the size limit at most, so the loader reports a larger
// plan. Its name must differ from every file's, or one would hide the other.
func (c *Checker) fromStdin(files []Input) (Input, error) {
	if c.stdin == nil {
		return Input{}, &PathError{Path: StdinPath, Err: errStdin}
	}
	for _, in := range files {
		if in.Name == c.stdinName {
			return Input{}, fmt.Errorf("--stdin-name %s is ook de naam van een bestand in deze controle; kies een andere naam", c.stdinName)
		}
	}
	data, err := io.ReadAll(io.LimitReader(c.stdin, int64(c.limits.MaxBytes)+1))
	if err != nil {
		return Input{}, fmt.Errorf("de standaardinvoer lezen: %w", err)
	}
	if data == nil {
		data = []byte{} // read, and empty: the loader reports it
	}
	return Input{Name: c.stdinName, data: data}, nil
}

// read reads a plan file: never more than one byte past the size limit (the
// loader reports a larger file), and never a file it refused.
func (c *Checker) read(in Input) ([]byte, error) {
	if in.data != nil {
		return in.data, nil
	}
	if in.Refused != nil {
		return nil, in.Refused
	}
	return safefile.ReadPrefix(in.Path, int64(c.limits.MaxBytes)+1)
}

var registryIsNoPlan = finding.Text{NL: "dit is het register van regio's, geen plan", EN: "this is the region registry, not a plan"}

// acrossRegions checks a region registry (regios.yaml) and the plans it
// applies to, for what needs several plans at once. Plans without a registry
// are a loose set (test variants, a draft) and are not compared.
func (c *Checker) acrossRegions(rep *Report, file, root string, inTree *trees) error {
	name := displayName(file)
	in := contained(file, root)
	data, err := c.read(in)
	if err != nil {
		if f, ok := refusedFinding(name, aRegistry, err); ok {
			rep.Results = append(rep.Results, Result{File: name, Findings: []finding.Finding{f}, Skip: registryIsNoPlan})
			return nil
		}
		return &PathError{Path: name, Err: err}
	}
	reg, fs := crossregion.Load(name, data, c.registry)
	if rep.Registry == nil {
		rep.Registry = reg
	}
	if len(fs) > 0 {
		finding.Sort(fs)
		rep.Results = append(rep.Results, Result{File: name, Source: data, Findings: fs, Skip: registryIsNoPlan})
	}
	var plans []crossregion.Plan
	checked := map[string]bool{}
	for i := range rep.Results {
		if r := &rep.Results[i]; r.Registry == file {
			checked[r.path] = true
			if r.Plan != nil {
				plans = append(plans, crossregion.Plan{Plan: r.Plan, Findings: &r.Findings})
			}
		}
	}
	// Every other plan under the registry takes part too, unreported: a
	// duplicate is a duplicate whatever the run names.
	// Read once per run: the earlier plans may have read them already.
	peers := inTree.read(file)
	if peers.err != nil {
		return peers.err
	}
	for _, p := range peers.all {
		if !checked[p.path] {
			plans = append(plans, crossregion.Plan{Plan: p.plan})
		}
	}
	crossregion.Check(plans, reg)
	for i := range rep.Results {
		finding.Sort(rep.Results[i].Findings)
	}
	return nil
}

// deletedPlans reports the plans under the checked paths that exist at base
// and that no current plan accounts for: none is at their path, and none was
// compared with them. Whatever now stands at the path (a directory, another
// file) does not matter.
func deletedPlans(base *gitbase.Base, paths []string, used map[string]bool) ([]Result, error) {
	var plain []string
	var deleted []*gitbase.Plan
	for _, p := range paths {
		if !IsPattern(p) {
			plain = append(plain, p)
			continue
		}
		// A pattern covers the base plans below its directory that it
		// matches, as it would if they were still there.
		dir, match, err := Pattern(p)
		if err != nil {
			return nil, err
		}
		under, err := base.Deleted([]string{dir}, used)
		if err != nil {
			return nil, err
		}
		// git names the repository by its real path.
		absDir, err := filepath.Abs(dir)
		if real, rerr := filepath.EvalSymlinks(absDir); rerr == nil {
			absDir = real
		}
		if err != nil {
			return nil, err
		}
		for _, bp := range under {
			rel, err := filepath.Rel(absDir, filepath.Join(base.Root, filepath.FromSlash(bp.Path)))
			if err == nil && match(filepath.ToSlash(rel)) {
				deleted = append(deleted, bp)
			}
		}
	}
	if len(plain) > 0 {
		more, err := base.Deleted(plain, used)
		if err != nil {
			return nil, err
		}
		deleted = append(deleted, more...)
	}
	slices.SortFunc(deleted, func(a, b *gitbase.Plan) int { return strings.Compare(a.Path, b.Path) })
	deleted = slices.CompactFunc(deleted, func(a, b *gitbase.Plan) bool { return a.Path == b.Path })
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	out := make([]Result, 0, len(deleted))
	for _, bp := range deleted {
		name := filepath.Join(base.Root, filepath.FromSlash(bp.Path))
		if rel, err := filepath.Rel(cwd, name); err == nil {
			name = rel
		}
		name = displayName(name)
		out = append(out, Result{File: name, Findings: []finding.Finding{gitbase.Deleted(name, bp, base.Ref)}, Base: base.Ref, Earlier: []string{bp.Path},
			Skip: finding.Text{NL: "het plan bestaat niet meer (verwijderd sinds " + base.Ref + ")", EN: "the plan no longer exists (deleted since " + base.Ref + ")"}})
	}
	return out, nil
}

// Summary counts plans and findings.
type Summary struct {
	Files     int `json:"files"`
	Unchanged int `json:"unchanged"`
	Passed    int `json:"passed"`
	Failed    int `json:"failed"`
	Errors    int `json:"errors"`
	Warnings  int `json:"warnings"`
	Waived    int `json:"waived"`
}

// Summary counts the report's plans and findings.
func (r Report) Summary() Summary {
	s := Summary{Files: len(r.Results), Unchanged: r.Unchanged}
	for _, res := range r.Results {
		e, w := finding.Count(res.Findings)
		s.Errors += e
		s.Warnings += w
		s.Waived += finding.CountWaived(res.Findings)
		if res.Passed() {
			s.Passed++
		} else {
			s.Failed++
		}
	}
	return s
}

// ExitCode is ExitFindings when any plan has an error finding, else ExitOK.
func (r Report) ExitCode() int {
	if r.Summary().Failed > 0 {
		return ExitFindings
	}
	return ExitOK
}
