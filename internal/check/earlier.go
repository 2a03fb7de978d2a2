package check

import (
	"fmt"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/ggzcheck/ggzcheck/internal/gitbase"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// An earlier plan a plan is compared with (agreement A: no supply lost
// unannounced). A plan for year Y is compared with two, where they exist:
//
//   - its own version at --base: the region's plan for Y there, else the plan
//     that was at the same path;
//   - the region's plan for the most recent year before Y: at --base, or in
//     the checked tree under the plan's region registry when that tree has a
//     more recent year (a 2027 plan written next to the 2026 plan). At --base
//     when both have that year: the pull request cannot change it there.
//
// Without --base only the second applies. Plans without a registry are a
// loose set (testdata, a draft) and have no tree to look in.

// earlierPlan is one plan to compare with, as the policies get it.
type earlierPlan struct {
	file  string // as shown in messages: relative to the repository at base, else as found
	rev   string // the --base revision, or "" for a plan in the checked tree
	year  int
	value any
	base  *gitbase.Plan // the plan at base, or nil
}

func (e earlierPlan) input() map[string]any {
	m := map[string]any{"bestand": e.file, "inkoopjaar": e.year, "plan": e.value}
	if e.rev != "" {
		m["revisie"] = e.rev
	}
	return m
}

// earlier finds the earlier plans of a plan, of region code for year.
type earlier func(code string, year int) []earlierPlan

// yearPlans are the plans of one tree by region and year, read once per run.
type yearPlans map[string]map[int]earlierPlan

// before returns the region's plan for the most recent year before year.
func (y yearPlans) before(code string, year int) (earlierPlan, bool) {
	var best earlierPlan
	found := false
	for py, p := range y[code] {
		if py < year && (!found || py > best.year) {
			best, found = p, true
		}
	}
	return best, found
}

// trees reads, once per registry, the plans under it: by region and year
// for the earlier plans, and all of them for the cross-region rules.
type trees struct {
	c    *Checker
	mu   sync.Mutex
	byRe map[string]*tree
}

// tree is what trees read under one registry.
type tree struct {
	years yearPlans
	all   []treePlan // every plan that loads, in the order collect found them
	err   error      // from collect: the cross-region rules report it
}

type treePlan struct {
	path string
	plan *plan.Plan
}

func (t *trees) plans(registry string) yearPlans {
	if registry == "" {
		return nil
	}
	return t.read(registry).years
}

func (t *trees) read(registry string) *tree {
	t.mu.Lock()
	defer t.mu.Unlock()
	if r, ok := t.byRe[registry]; ok {
		return r
	}
	r := &tree{years: yearPlans{}}
	t.byRe[registry] = r
	inputs, err := collect([]string{filepath.Dir(registry)}, true)
	if err != nil {
		r.err = err
		return r
	}
	y := r.years
	for _, in := range inputs {
		if in.Refused != nil {
			continue
		}
		data, err := t.c.read(in)
		if err != nil {
			continue
		}
		p, _ := plan.Load(in.Name, data, t.c.limits)
		if p == nil {
			continue
		}
		r.all = append(r.all, treePlan{path: in.Path, plan: p})
		code, _ := plan.Lookup(p.Value, "/regio/code")
		c, _ := code.(string)
		year, _ := plan.Lookup(p.Value, "/inkoopjaar")
		yr, err := strconv.Atoi(fmt.Sprint(year))
		if c == "" || err != nil {
			continue
		}
		if y[c] == nil {
			y[c] = map[int]earlierPlan{}
		}
		if _, dup := y[c][yr]; !dup { // a duplicate is regio-dubbel-plan's to report
			y[c][yr] = earlierPlan{file: in.Name, year: yr, value: p.Value}
		}
	}
	return r
}

// earlierFor returns how a plan (in, under registry) finds its earlier plans,
// or nil when there is nowhere to look. use marks a plan at base as accounted
// for: the plan's own version, or else the earlier year's plan it continues,
// so that it is not reported as deleted.
func earlierFor(in Input, registry string, base *gitbase.Base, t *trees, use func(*gitbase.Plan)) earlier {
	if base == nil && registry == "" {
		return nil
	}
	return func(code string, year int) []earlierPlan {
		var out []earlierPlan
		var own *gitbase.Plan
		if base != nil {
			var ok bool
			if own, ok = base.Same(code, year); !ok {
				own, _ = base.AtFile(in.Path)
			}
			if own != nil {
				out = append(out, earlierPlan{file: own.Path, rev: base.Ref, year: own.Year, value: own.Value, base: own})
			}
		}
		var prev *earlierPlan
		if base != nil {
			if bp, ok := base.Before(code, year); ok {
				prev = &earlierPlan{file: bp.Path, rev: base.Ref, year: bp.Year, value: bp.Value, base: bp}
			}
		}
		if tp, ok := t.plans(registry).before(code, year); ok && (prev == nil || tp.year > prev.year) {
			prev = &tp
		}
		if prev != nil && (own == nil || prev.base != own) {
			out = append(out, *prev)
		}
		switch {
		case own != nil:
			use(own)
		case prev != nil && prev.base != nil:
			use(prev.base)
		}
		return out
	}
}
