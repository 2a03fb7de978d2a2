// Package crossregion holds the checks that need several plans at once: the
// region registry (regios.yaml), one plan per region per year, known regions
// and neighbours, and the same offer described alike in every plan.
package crossregion

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/schema"
)

// Region is one entry of the registry.
type Region struct {
	Code       string
	Name       string
	Neighbours []string
}

// Registry is the list of IZA regions.
type Registry struct {
	File    string
	Regions []Region
}

// Known reports whether code is a region in the registry.
func (r *Registry) Known(code string) bool {
	return slices.ContainsFunc(r.Regions, func(x Region) bool { return x.Code == code })
}

// Neighbours reports whether regions a and b border each other.
func (r *Registry) Neighbours(a, b string) bool {
	for _, x := range r.Regions {
		if x.Code == a && slices.Contains(x.Neighbours, b) {
			return true
		}
	}
	return false
}

// Find returns the registry file for the checked paths: regios.yaml in a
// checked directory, or in the directory above a checked plan's folder.
func Find(paths []string) (string, bool) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		dirs := []string{p}
		if !info.IsDir() {
			dirs = []string{filepath.Dir(p), filepath.Dir(filepath.Dir(p))}
		}
		for _, d := range dirs {
			candidate := filepath.Join(d, ggzcheck.RegistryName)
			if _, err := os.Stat(candidate); err == nil {
				return candidate, true
			}
		}
	}
	return "", false
}

// Load reads and checks a registry. The findings are about the registry
// file; the registry is nil when it cannot be used.
func Load(file string, data []byte, v *schema.Validator) (*Registry, []finding.Finding) {
	name := filepath.ToSlash(file)
	p, fs := plan.Load(name, data, plan.DefaultLimits)
	if p == nil {
		return nil, fs
	}
	if fs = append(fs, v.Validate(p)...); len(fs) > 0 {
		return nil, fs
	}
	reg := &Registry{File: name}
	list, _ := plan.Lookup(p.Value, "/regios")
	seen := map[string]int{}
	for i, item := range list.([]any) {
		m := item.(map[string]any)
		region := Region{Code: m["code"].(string), Name: m["naam"].(string)}
		if buren, ok := m["buren"].([]any); ok {
			for _, b := range buren {
				region.Neighbours = append(region.Neighbours, b.(string))
			}
		}
		if first, dup := seen[region.Code]; dup {
			fs = append(fs, at(p, RuleRegistry, fmt.Sprintf("/regios/%d/code", i), finding.Error,
				fmt.Sprintf("De regiocode '%s' staat twee keer in het register (ook als regio %d). Elke regio staat er één keer in.", region.Code, first+1),
				fmt.Sprintf("The region code '%s' is in the registry twice (also as region %d). Every region appears once.", region.Code, first+1)))
		}
		seen[region.Code] = i
		reg.Regions = append(reg.Regions, region)
	}
	for i, r := range reg.Regions {
		for j, b := range r.Neighbours {
			ptr := fmt.Sprintf("/regios/%d/buren/%d", i, j)
			switch {
			case b == r.Code:
				fs = append(fs, at(p, RuleRegistry, ptr, finding.Error,
					fmt.Sprintf("Regio '%s' staat als haar eigen buurregio. Verwijder haar uit 'buren'.", b),
					fmt.Sprintf("Region '%s' is listed as its own neighbour. Remove it from 'buren'.", b)))
			case !reg.Known(b):
				fs = append(fs, at(p, RuleRegistry, ptr, finding.Error,
					fmt.Sprintf("De buurregio '%s' van %s staat niet in het register. Voeg haar toe, of corrigeer de code.", b, r.Name),
					fmt.Sprintf("The neighbour '%s' of %s is not in the registry. Add it, or correct the code.", b, r.Name)))
			}
		}
	}
	if len(fs) > 0 {
		return nil, fs
	}
	return reg, nil
}

// Plan is what the cross-region checks need of one plan under a registry.
type Plan struct {
	Plan *plan.Plan // nil when it could not be read
	// Findings receives the plan's cross-region findings; nil for a plan
	// that is compared with but not checked in this run (a peer).
	Findings *[]finding.Finding
}

// Check adds the cross-region findings to the checked plans, comparing them
// with every plan under the registry, checked or not: a finding never
// depends on which plans a run names or in which order. reg may be nil when
// there is no registry.
func Check(plans []Plan, reg *Registry) {
	type key struct {
		code string
		year string
	}
	// The same supply is compared within one contracting year: from one year
	// to the next its capacity may change (aanbod-onverklaard-verlies judges that).
	type offer struct{ year, form, provider, department string }
	type description struct {
		file, facility string
		capacity       any
	}
	files := map[key][]string{}
	described := map[offer][]description{}
	for _, pl := range plans {
		if pl.Plan == nil {
			continue
		}
		p := pl.Plan
		if code := str(p.Value, "/regio/code"); code != "" {
			k := key{code, fmt.Sprint(lookup(p.Value, "/inkoopjaar"))}
			files[k] = append(files[k], p.File)
		}
		forms, _ := lookup(p.Value, "/zorgvormen").(map[string]any)
		for _, form := range slices.Sorted(maps.Keys(forms)) {
			items, _ := lookup(p.Value, "/zorgvormen/"+form+"/aanbod").([]any)
			for _, it := range items {
				m, _ := it.(map[string]any)
				o := offer{fmt.Sprint(lookup(p.Value, "/inkoopjaar")), form, fmt.Sprint(m["aanbieder"]), fmt.Sprint(m["afdeling"])}
				described[o] = append(described[o], description{p.File, fmt.Sprint(m["voorziening"]), m["capaciteit"]})
			}
		}
	}
	for _, pl := range plans {
		if pl.Plan == nil || pl.Findings == nil {
			continue
		}
		p := pl.Plan
		code := str(p.Value, "/regio/code")
		year := fmt.Sprint(lookup(p.Value, "/inkoopjaar"))
		if code == "" {
			continue
		}
		if others := without(files[key{code, year}], p.File); len(others) > 0 {
			list := strings.Join(others, ", ")
			*pl.Findings = append(*pl.Findings, at(p, RuleDuplicatePlan, "/regio/code", finding.Error,
				fmt.Sprintf("Er is nog een plan van regio '%s' voor inkoopjaar %s: %s. Een regio heeft één plan per inkoopjaar; voeg ze samen.", code, year, list),
				fmt.Sprintf("There is another plan of region '%s' for %s: %s. A region has one plan per contracting year; merge them.", code, year, list)))
		}
		if reg != nil && !reg.Known(code) {
			*pl.Findings = append(*pl.Findings, at(p, RuleUnknownRegion, "/regio/code", finding.Error,
				fmt.Sprintf("De regiocode '%s' staat niet in het register %s. Gebruik de code uit het register, of voeg de regio daar toe.", code, reg.File),
				fmt.Sprintf("The region code '%s' is not in the registry %s. Use the code from the registry, or add the region there.", code, reg.File)))
		}
		forms, _ := lookup(p.Value, "/zorgvormen").(map[string]any)
		for _, form := range slices.Sorted(maps.Keys(forms)) {
			ptr := "/zorgvormen/" + form + "/opvang_bij_afwezigheid/regio"
			if other := str(p.Value, ptr); other != "" && reg != nil && !reg.Known(other) {
				*pl.Findings = append(*pl.Findings, at(p, RuleUnknownNeighbour, ptr, finding.Error,
					fmt.Sprintf("De regio '%s', waar patiënten voor %s terechtkunnen, staat niet in het register %s. Controleer de code.", other, form, reg.File),
					fmt.Sprintf("The region '%s', where patients for %s can go, is not in the registry %s. Check the code.", other, form, reg.File)))
			}
			items, _ := lookup(p.Value, "/zorgvormen/"+form+"/aanbod").([]any)
			for i, it := range items {
				m, _ := it.(map[string]any)
				o := offer{fmt.Sprint(lookup(p.Value, "/inkoopjaar")), form, fmt.Sprint(m["aanbieder"]), fmt.Sprint(m["afdeling"])}
				facility, capacity := fmt.Sprint(m["voorziening"]), fmt.Sprint(m["capaciteit"])
				for _, d := range described[o] {
					if d.file == p.File || (d.facility == facility && fmt.Sprint(d.capacity) == capacity) {
						continue
					}
					*pl.Findings = append(*pl.Findings, at(p, RuleInconsistentOffer, fmt.Sprintf("/zorgvormen/%s/aanbod/%d", form, i), finding.Warning,
						fmt.Sprintf("Het aanbod van %s (%s) bij %s staat ook in %s, maar anders beschreven (voorziening of capaciteit). Beschrijf hetzelfde aanbod in elk plan gelijk, zodat de landelijke tafel het niet dubbel of verschillend telt.", o.provider, o.department, form, d.file),
						fmt.Sprintf("The supply of %s (%s) for %s is also in %s, but described differently (facility or capacity). Describe the same supply alike in every plan, so that the national table does not count it twice or differently.", o.provider, o.department, form, d.file)))
					break
				}
			}
		}
	}
}

// without returns the files other than file, sorted.
func without(files []string, file string) []string {
	var out []string
	for _, f := range files {
		if f != file {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func at(p *plan.Plan, rule, ptr string, sev finding.Severity, nl, en string) finding.Finding {
	pos := p.Position(ptr)
	return finding.Finding{Rule: rule, Severity: sev, File: p.File, Line: pos.Line, Column: pos.Column, Path: ptr,
		Message: finding.Text{NL: nl, EN: en}, Source: catalogue[rule].Source}
}

func lookup(v any, ptr string) any {
	x, _ := plan.Lookup(v, ptr)
	return x
}

func str(v any, ptr string) string {
	s, _ := lookup(v, ptr).(string)
	return s
}
