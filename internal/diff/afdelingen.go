package diff

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

// The ways a department's supply changed, as the check sees them
// (aanbod-onverklaard-verlies in policies/aanbodbehoud/vergelijking.rego).
const (
	Smaller = "kleiner"
	Larger  = "groter"
	Gone    = "verdwenen"
	Added   = "nieuw"
	Moved   = "verhuisd" // gone and added at the same provider with the same facility
)

// Department is one department (or group of moved departments) whose supply
// changed. Before and After are capacities; nil where there is none.
type Department struct {
	Provider string   `json:"provider"`
	Name     string   `json:"department,omitempty"`
	Change   string   `json:"change"`
	Before   any      `json:"before"`
	After    any      `json:"after"`
	Was      []string `json:"was,omitempty"` // for a move: the departments it came from
}

// department is one department of a plan's supply, with the capacity of every
// entry under the same provider and name added up.
type department struct {
	provider, name, facility string
	capacity                 int64
	known                    bool // some entry gives a capacity
	first                    int  // index of its first entry
}

// departments reads the supply of a care form by key: provider and
// department, without case and double spaces, as the check matches them.
func departments(v any, form string, f facilities) map[string]*department {
	out := map[string]*department{}
	for i, item := range items(v, "/zorgvormen/"+form+"/aanbod") {
		m, ok := item.(map[string]any)
		if !ok {
			continue
		}
		provider, _ := m["aanbieder"].(string)
		name, _ := m["afdeling"].(string)
		facility, _ := m["voorziening"].(string)
		key := nameKey(provider) + "\x00" + nameKey(name)
		d, ok := out[key]
		if !ok {
			d = &department{provider: provider, name: name, facility: f.key(facility), first: i}
			out[key] = d
		}
		if n, ok := plain(m["capaciteit"]).(int64); ok {
			d.capacity += n
			d.known = true
		}
	}
	return out
}

func nameKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// compareDepartments lists what changed in a care form's departments: the
// same department with another capacity, departments that moved or were
// renamed (same provider and facility) as one group, and departments gone or
// added.
func compareDepartments(before, after any, form string, f facilities) []Department {
	old, now := departments(before, form, f), departments(after, form, f)
	var out []Department
	for _, k := range slices.Sorted(maps.Keys(old)) {
		o, n := old[k], now[k]
		if n == nil || !o.known || !n.known || o.capacity == n.capacity {
			continue
		}
		change := Smaller
		if n.capacity > o.capacity {
			change = Larger
		}
		out = append(out, Department{Provider: n.provider, Name: n.name, Change: change, Before: o.capacity, After: n.capacity})
	}
	// Gone and added departments, grouped by provider and facility: within a
	// group they moved or were renamed.
	type group struct{ gone, added []*department }
	groups := map[string]*group{}
	for _, side := range []struct {
		these, other map[string]*department
		added        bool
	}{{old, now, false}, {now, old, true}} {
		for k, d := range side.these {
			if side.other[k] != nil {
				continue
			}
			gk := nameKey(d.provider) + "\x00" + d.facility
			if groups[gk] == nil {
				groups[gk] = &group{}
			}
			if side.added {
				groups[gk].added = append(groups[gk].added, d)
			} else {
				groups[gk].gone = append(groups[gk].gone, d)
			}
		}
	}
	for _, gk := range slices.Sorted(maps.Keys(groups)) {
		g := groups[gk]
		byIndex := func(a, b *department) int { return cmp.Compare(a.first, b.first) }
		slices.SortFunc(g.gone, byIndex)
		slices.SortFunc(g.added, byIndex)
		switch {
		case len(g.gone) > 0 && len(g.added) > 0:
			d := Department{Provider: g.added[0].provider, Name: names(g.added), Change: Moved,
				Before: total(g.gone), After: total(g.added)}
			for _, o := range g.gone {
				d.Was = append(d.Was, o.name)
			}
			out = append(out, d)
		case len(g.gone) > 0:
			for _, o := range g.gone {
				out = append(out, Department{Provider: o.provider, Name: o.name, Change: Gone, Before: capacityOf(o)})
			}
		default:
			for _, n := range g.added {
				out = append(out, Department{Provider: n.provider, Name: n.name, Change: Added, After: capacityOf(n)})
			}
		}
	}
	return out
}

func names(ds []*department) string {
	var s []string
	for _, d := range ds {
		s = append(s, d.name)
	}
	return strings.Join(s, ", ")
}

func total(ds []*department) any {
	var n int64
	for _, d := range ds {
		if !d.known {
			return nil
		}
		n += d.capacity
	}
	return n
}

func capacityOf(d *department) any {
	if !d.known {
		return nil
	}
	return d.capacity
}

// facilities compares facility names as the policies do (lib.voorziening in
// policies/lib/lib.rego): lower case, letters and digits only, without the
// words the sources add ('team', 'unit', 'setting'), synonyms read as the
// facility they stand for. The lists are in policies/gegevens.yaml.
type facilities struct {
	drop     map[string]bool
	synonyms map[string]string
}

// loadFacilities reads the lists from the embedded policy data; without them
// facilities still compare by their letters and digits.
func loadFacilities() facilities {
	f := facilities{drop: map[string]bool{}, synonyms: map[string]string{}}
	all, err := policy.ReadData(ggzcheck.Files, ggzcheck.PolicyDir)
	if err != nil {
		return f
	}
	data, _ := all["voorzieningen"].(map[string]any)
	drop, _ := data["weglaten"].([]any)
	for _, w := range drop {
		if s, ok := w.(string); ok {
			f.drop[s] = true
		}
	}
	synonyms, _ := data["synoniemen"].(map[string]any)
	for name, list := range synonyms {
		l, _ := list.([]any)
		for _, s := range l {
			f.synonyms[f.words(fmt.Sprint(s))] = f.words(name)
		}
	}
	return f
}

func (f facilities) words(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		if !f.drop[w] {
			b.WriteString(w)
		}
	}
	return b.String()
}

func (f facilities) key(name string) string {
	w := f.words(name)
	if s, ok := f.synonyms[w]; ok {
		return s
	}
	return w
}

// describe names a department for the reports: department and provider.
func (d Department) describe() string {
	if d.Name == "" {
		return d.Provider
	}
	return d.Name + ", " + d.Provider
}
