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
	Smaller   = "kleiner"
	Larger    = "groter"
	Omitted   = "zonder capaciteit" // the capacity is no longer given
	Gone      = "verdwenen"
	Added     = "nieuw"
	Moved     = "anders ingedeeld" // moved, renamed, split or merged at the same provider and facility
	OtherForm = "andere zorgvorm"  // now under another care form, same provider and name
	Provider  = "andere aanbieder" // gone, and the same department and facility is new at another provider
)

// Department is one department (or group of departments of one provider and
// facility) whose supply changed. Before and After are capacities; nil where
// there is none.
type Department struct {
	Provider string   `json:"provider"`
	Name     string   `json:"department,omitempty"`
	Change   string   `json:"change"`
	Before   any      `json:"before"`
	After    any      `json:"after"`
	Was      []string `json:"was,omitempty"`  // for a regrouping: the departments it came from; for another provider: the provider it was at
	Form     string   `json:"form,omitempty"` // for another care form: the form it is under now
}

// department is one department of a plan's supply, with the capacity of every
// entry under the same provider and name added up.
type department struct {
	provider, name, facility string
	capacity                 int64
	known                    bool   // some entry gives a capacity
	first                    int    // index of its first entry
	form                     string // the care form it is under
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
			d = &department{provider: provider, name: name, facility: f.key(facility), first: i, form: form}
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

func groupKey(d *department) string { return nameKey(d.provider) + "\x00" + d.facility }

// compareDepartments lists what changed in a care form's departments, matched
// as the check matches them: the same department (provider and name) with
// another capacity or none; a department gone here and new under another care
// form; and, per provider and facility, departments that were moved, renamed,
// split or merged as one group, or else gone (or now at another provider) and
// added one by one.
func compareDepartments(before, after any, form string, f facilities) []Department {
	old, now := departments(before, form, f), departments(after, form, f)
	// A department gone from this form and new under another keeps its key.
	for k := range old {
		if now[k] != nil {
			continue
		}
		for _, other := range forms {
			if other == form {
				continue
			}
			if n := departments(after, other, f)[k]; n != nil && departments(before, other, f)[k] == nil {
				now[k] = n
				break
			}
		}
	}
	changed := map[string][]string{} // group -> keys
	for k, o := range old {
		if n := now[k]; n == nil || n.form != form || n.known != o.known || n.capacity != o.capacity {
			changed[groupKey(o)] = append(changed[groupKey(o)], k)
		}
	}
	for k, n := range now {
		if old[k] == nil && n.form == form {
			changed[groupKey(n)] = append(changed[groupKey(n)], k)
		}
	}
	byIndex := func(ds map[string]*department) func(a, b string) int {
		return func(a, b string) int { return cmp.Compare(ds[a].first, ds[b].first) }
	}
	successorUsed := map[string]bool{}
	var out []Department
	for _, g := range slices.Sorted(maps.Keys(changed)) {
		var gone, added, both []string
		for _, k := range changed[g] {
			switch {
			case old[k] != nil && now[k] != nil:
				both = append(both, k)
			case old[k] != nil:
				gone = append(gone, k)
			default:
				added = append(added, k)
			}
		}
		slices.SortFunc(gone, byIndex(old))
		slices.SortFunc(both, byIndex(old))
		slices.SortFunc(added, byIndex(now))
		switch {
		case len(both) == 1 && len(gone)+len(added) == 0:
			o, n := old[both[0]], now[both[0]]
			d := Department{Provider: n.provider, Name: n.name, Before: capacityOf(o), After: capacityOf(n)}
			switch {
			case n.form != form:
				d.Change, d.Form = OtherForm, n.form
			case !n.known:
				d.Change = Omitted
			case !o.known || n.capacity > o.capacity:
				d.Change = Larger
			default:
				d.Change = Smaller
			}
			out = append(out, d)
		case len(both)+len(added) == 0:
			for _, k := range gone {
				o := old[k]
				if s, ok := successor(o, old, now, form); ok {
					successorUsed[s] = true
					n := now[s]
					out = append(out, Department{Provider: n.provider, Name: n.name, Change: Provider, Before: capacityOf(o), After: capacityOf(n), Was: []string{o.provider}})
					continue
				}
				out = append(out, Department{Provider: o.provider, Name: o.name, Change: Gone, Before: capacityOf(o)})
			}
		case len(both)+len(gone) == 0:
			for _, k := range added {
				if n := now[k]; !successorUsed[k] {
					out = append(out, Department{Provider: n.provider, Name: n.name, Change: Added, After: capacityOf(n)})
				}
			}
		default:
			var was, is []*department
			for _, k := range append(slices.Clone(both), gone...) {
				was = append(was, old[k])
			}
			for _, k := range append(slices.Clone(both), added...) {
				is = append(is, now[k])
			}
			d := Department{Provider: is[0].provider, Name: names(is), Change: Moved, Before: total(was), After: total(is)}
			for _, o := range was {
				d.Was = append(d.Was, o.name)
			}
			out = append(out, d)
		}
	}
	// A department new at another provider that a gone one moved to was
	// listed with it, possibly before its own group came up.
	return slices.DeleteFunc(out, func(d Department) bool {
		return d.Change == Added && successorUsed[nameKey(d.Provider)+"\x00"+nameKey(d.Name)]
	})
}

// successor finds the department a gone one now is at another provider: new
// in this form, with the same name and facility.
func successor(o *department, old, now map[string]*department, form string) (string, bool) {
	if nameKey(o.name) == "" {
		return "", false
	}
	var found []string
	for k, n := range now {
		if old[k] == nil && n.form == form && nameKey(n.name) == nameKey(o.name) && n.facility == o.facility && nameKey(n.provider) != nameKey(o.provider) {
			found = append(found, k)
		}
	}
	if len(found) == 0 {
		return "", false
	}
	return slices.Min(found), true
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
