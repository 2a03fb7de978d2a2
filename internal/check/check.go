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
	policy   *policy.Engine
	limits   plan.Limits
	rules    []finding.Rule
	byID     map[string]finding.Rule
	settings config.Settings
	refDate  string // the day deviations must still hold; "" for each plan's default
	base     string // git revision to compare with, or ""
	changed  bool   // with base: check only plans that differ from it
	// keepPlans keeps every plan in its Result; otherwise only where the
	// cross-region rules need them, so memory follows the findings.
	keepPlans bool
	workers   int
	// evalTimeout bounds policy evaluation of one plan, so that a runaway
	// policy ends a CI job with a clear error instead of hanging it.
	evalTimeout time.Duration
}

// DefaultEvalTimeout is the time policy evaluation of one plan may take; a
// plan normally takes about a millisecond.
const DefaultEvalTimeout = 10 * time.Second

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
	// Base is a git revision: each plan is compared with its version there.
	Base string
	// ChangedOnly, with Base, checks only plans that differ from the base.
	ChangedOnly bool
	// KeepPlans keeps each plan's values in its Result (for the national
	// overview); by default only findings and, where they point, the source.
	KeepPlans bool
	// Workers is the number of plans checked at once; 0 means GOMAXPROCS.
	Workers int
}

// New compiles the embedded schema and policies, once per process.
func New(ctx context.Context, opts Options) (*Checker, error) {
	v, err := embeddedSchema(ggzcheck.SchemaPath)
	if err != nil {
		return nil, err
	}
	configSchema, err := embeddedSchema(ggzcheck.ConfigSchemaPath)
	if err != nil {
		return nil, err
	}
	registrySchema, err := embeddedSchema(ggzcheck.RegistrySchemaPath)
	if err != nil {
		return nil, err
	}
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		return nil, err
	}
	for _, dir := range opts.PolicyDirs {
		if err := b.AddDir(dir); err != nil {
			return nil, fmt.Errorf("--policy %s: %w", dir, err)
		}
	}
	var settings config.Settings
	if b.Data, settings, err = config.Apply(b.Data, opts.ConfigFile, configSchema); err != nil {
		return nil, err
	}
	e, err := policy.New(ctx, b)
	if err != nil {
		return nil, err
	}
	agreements := slices.Concat(e.Rules(), gitbase.Rules())
	slices.SortStableFunc(agreements, func(a, b finding.Rule) int {
		return cmp.Or(strings.Compare(a.Agreement, b.Agreement), strings.Compare(a.ID, b.ID))
	})
	rules := slices.Concat(plan.Rules(), schema.Rules(), agreements, crossregion.Rules(), waiver.Rules())
	byID := make(map[string]finding.Rule, len(rules))
	for _, r := range rules {
		byID[r.ID] = r
	}
	limits := plan.DefaultLimits
	if opts.MaxBytes > 0 {
		limits.MaxBytes = opts.MaxBytes
	}
	evalTimeout := cmp.Or(opts.EvalTimeout, DefaultEvalTimeout)
	return &Checker{
		schema: v, registry: registrySchema, policy: e, limits: limits, rules: rules, byID: byID,
		settings: settings, refDate: opts.ReferenceDate, evalTimeout: evalTimeout,
		base: opts.Base, changed: opts.ChangedOnly, keepPlans: opts.KeepPlans,
		workers: cmp.Or(opts.Workers, runtime.GOMAXPROCS(0)),
	}, nil
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
}

// Passed reports whether the plan has no error findings.
func (r Result) Passed() bool {
	errs, _ := finding.Count(r.Findings)
	return errs == 0
}

// File checks one plan, given its name (as shown to the user) and contents.
// The error is for failures of ggzcheck itself, not of the plan.
func (c *Checker) File(ctx context.Context, name string, data []byte) (Result, error) {
	return c.file(ctx, name, data, nil)
}

// earlier finds the earlier version of a plan at base, if any.
type earlier func(region string, year int) (value map[string]any, ok bool)

func (c *Checker) file(ctx context.Context, name string, data []byte, before earlier) (Result, error) {
	res := Result{File: name, Source: data}
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
			if before != nil {
				code, _ := plan.Lookup(p.Value, "/regio/code")
				name, _ := code.(string)
				if prev, ok := before(name, res.Year); ok {
					withPrev := maps.Clone(open.Value.(map[string]any))
					withPrev["vorige_versie"] = prev
					input = open.WithValue(withPrev)
				}
			}
			pf, err := c.policy.Evaluate(evalCtx, input)
			cancel()
			if errors.Is(evalCtx.Err(), context.DeadlineExceeded) {
				return res, fmt.Errorf("%s: de beleidsregels deden er langer dan %s over; dat wijst op een fout in een beleidsregel", name, c.evalTimeout)
			}
			if err != nil {
				return res, fmt.Errorf("%s: %w", name, err)
			}
			res.Findings = notAround(waiver.Apply(open, append(res.Findings, pf...), c.byID, c.refDate))
			res.PoliciesEvaluated = len(broken) == 0
		}
	}
	finding.Sort(res.Findings)
	return res, nil
}

// formatBroken returns the places where the plan breaks the format, and
// whether the agreements can be evaluated on the rest. They cannot when the
// plan was not read reliably (a YAML finding), is a draft with values still to
// fill in (findings about a half-written plan would bury its to-do list), or is
// not an object of keys at all.
func formatBroken(fs []finding.Finding) ([]string, bool) {
	var broken []string
	for _, f := range fs {
		if f.Severity != finding.Error {
			continue
		}
		if f.Rule == schema.RuleToFill || f.Path == "" || !strings.HasPrefix(f.Rule, "schema-") {
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
	Results   []Result // in file order
	Rules     []finding.Rule
	Settings  config.Settings       // the tunable values the run used
	Unchanged int                   // plans skipped by --changed-only
	Registry  *crossregion.Registry // the region registry beside the plans, if any
}

// Files checks the plan files named by paths (files, or directories searched
// for *.yaml and *.yml), in sorted order. With a base revision, each plan is
// compared with its earlier version, and a plan deleted since is reported.
func (c *Checker) Files(ctx context.Context, paths []string) (Report, error) {
	files, err := Collect(paths)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Rules: c.rules, Settings: c.settings}
	var base *gitbase.Base
	var mu sync.Mutex         // guards used: plans are checked concurrently
	used := map[string]bool{} // base plans compared with a current one
	var before earlier
	if c.base != "" {
		if base, err = gitbase.Open(ctx, filepath.Dir(files[0]), c.base); err != nil {
			return Report{}, err
		}
		before = func(region string, year int) (map[string]any, bool) {
			bp, ok := base.For(region, year)
			if !ok {
				return nil, false
			}
			mu.Lock()
			used[bp.Path] = true
			mu.Unlock()
			return map[string]any{"bestand": bp.Path, "revisie": base.Ref, "plan": bp.Value}, true
		}
	}
	registry, hasRegistry := crossregion.Find(paths)
	keep := c.keepPlans || hasRegistry // the registry's rules compare the plans with each other
	results, err := c.concurrently(ctx, files, func(ctx context.Context, f string) (Result, bool, error) {
		data, err := readBounded(f, c.limits.MaxBytes)
		if err != nil {
			return Result{}, false, &PathError{Path: f, Err: err}
		}
		if base != nil && c.changed && unchanged(base, f, data) {
			return Result{}, false, nil
		}
		res, err := c.file(ctx, displayName(f), data, before)
		if !keep {
			res.Plan = nil // what reports and cross-region rules need is in the findings
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
	rep.Unchanged = len(files) - len(results)
	if base != nil {
		deleted, err := deletedPlans(base, paths, used)
		if err != nil {
			return Report{}, err
		}
		rep.Results = append(rep.Results, deleted...)
	}
	if hasRegistry {
		if err := c.acrossRegions(&rep, registry); err != nil {
			return Report{}, err
		}
	}
	return rep, nil
}

// acrossRegions checks the region registry (regios.yaml) found beside the
// plans, and what needs several plans at once. Without a registry the plans
// are a loose set (test variants, a draft) and are not compared.
func (c *Checker) acrossRegions(rep *Report, file string) error {
	data, err := readBounded(file, c.limits.MaxBytes)
	if err != nil {
		return &PathError{Path: file, Err: err}
	}
	reg, fs := crossregion.Load(file, data, c.registry)
	rep.Registry = reg
	if len(fs) > 0 {
		finding.Sort(fs)
		rep.Results = append(rep.Results, Result{File: displayName(file), Source: data, Findings: fs})
	}
	var plans []crossregion.Plan
	for i := range rep.Results {
		if rep.Results[i].PoliciesEvaluated {
			plans = append(plans, crossregion.Plan{Plan: rep.Results[i].Plan, Findings: &rep.Results[i].Findings})
		}
	}
	crossregion.Check(plans, reg)
	for i := range rep.Results {
		finding.Sort(rep.Results[i].Findings)
	}
	return nil
}

// unchanged reports whether a file is the same as at base, at the same path.
func unchanged(base *gitbase.Base, file string, data []byte) bool {
	rel, err := base.Rel(file)
	if err != nil {
		return false
	}
	bp, ok := base.At(rel)
	return ok && bytes.Equal(bp.Data, data)
}

// deletedPlans reports the plans under the checked paths that exist at base
// but no longer in the working tree, and that no current plan took over.
func deletedPlans(base *gitbase.Base, paths []string, used map[string]bool) ([]Result, error) {
	deleted, err := base.Deleted(paths, used)
	if err != nil {
		return nil, err
	}
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
		out = append(out, Result{File: name, Findings: []finding.Finding{gitbase.Deleted(name, bp, base.Ref)}})
	}
	return out, nil
}

// readBounded reads at most max+1 bytes of a file: enough for the loader to
// report that it is too large, without reading a huge file into memory.
func readBounded(name string, max int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, int64(max)+1))
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
