// Package diff summarises what changed in supply between the plans at a git
// revision and the plans now: per region and care form, capacity, waiting and
// presence before and after, each department that shrank, grew, moved, went or
// came, changes in supply declared, and agenda items added or removed.
package diff

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/gitbase"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
)

// Status says how a plan relates to the base.
type Status string

// The statuses of a plan in a diff.
const (
	Changed    Status = "gewijzigd"
	Unchanged  Status = "ongewijzigd"
	New        Status = "nieuw"
	Deleted    Status = "verwijderd"
	Unreadable Status = "onleesbaar"
)

// Value is one figure before and after; nil means absent.
type Value struct {
	Field  string `json:"field"`
	Before any    `json:"before"`
	After  any    `json:"after"`
}

// Form is what changed in one care form.
type Form struct {
	Form        string       `json:"form"`
	Changes     []Value      `json:"changes"`
	Departments []Department `json:"departments"`
}

// Plan is what changed in one plan.
type Plan struct {
	File          string   `json:"file"`
	BaseFile      string   `json:"base_file,omitempty"`
	Region        string   `json:"region"`
	Year          int      `json:"year,omitempty"`
	BaseYear      int      `json:"base_year,omitempty"`
	Status        Status   `json:"status"`
	Forms         []Form   `json:"forms"`
	Declared      []string `json:"declared_changes"`
	AgendaAdded   []string `json:"agenda_added"`
	AgendaRemoved []string `json:"agenda_removed"`
	SHA256        string   `json:"sha256,omitempty"` // of the file as read now
}

// Report is the diff of every plan under the paths.
type Report struct {
	Base       string            `json:"base"`
	Plans      []Plan            `json:"plans"`
	Provenance provenance.Record `json:"provenance"`
}

// forms are the care forms in the order of the sources.
var forms = []string{"acute_zorg", "outreachende_zorg", "klinische_zorg", "beveiligde_zorg", "hoogspecialistisch_ggz", "hoogspecialistisch_ziekenhuis"}

// fields are the figures compared per care form.
var fields = []string{
	"/aanwezig",
	"/jaarlijkse_capaciteit/patienten_binnen_regio",
	"/jaarlijkse_capaciteit/patienten_buiten_regio",
	"/werkelijke_jaarlijkse_vraag",
	"/onvervulde_vraag/aantal_wachtenden",
	"/onvervulde_vraag/aantal_gesloten_wachtlijsten",
	"/onder_druk/mate",
}

// Build compares the plans under paths with their versions at ref.
func Build(ctx context.Context, paths []string, ref string) (Report, error) {
	inputs, err := check.Collect(paths)
	if err != nil {
		return Report{}, err
	}
	base, err := gitbase.Open(ctx, filepath.Dir(inputs[0].Path), ref, plan.DefaultLimits.MaxBytes)
	if err != nil {
		return Report{}, err
	}
	digest, err := check.PolicyDigest() // the facility synonyms come from the policy data
	if err != nil {
		return Report{}, err
	}
	rep := Report{Base: ref, Provenance: provenance.Record{
		Tool: provenance.Current(), Policies: digest, UserPolicies: []provenance.File{}, Base: ref, BaseCommit: base.Commit,
	}}
	if repo, ok := provenance.RepositoryOf(ctx, filepath.Dir(inputs[0].Path), check.Names(inputs)); ok {
		rep.Provenance.Repository = &repo
	}
	used := map[string]bool{}
	facs := loadFacilities()
	for _, in := range inputs {
		f := in.Name
		data, err := readInput(in)
		if err != nil {
			return Report{}, err
		}
		p, _ := plan.Load(f, data, plan.DefaultLimits)
		entry := Plan{File: f, Forms: []Form{}, Declared: []string{}, AgendaAdded: []string{}, AgendaRemoved: []string{}}
		if data != nil {
			entry.SHA256 = provenance.Digest(data)
		}
		if same, ok := base.AtFile(in.Path); ok {
			used[same.Path] = true // the plan at its own path is not deleted
		}
		if p == nil {
			entry.Status = Unreadable
			rep.Plans = append(rep.Plans, entry)
			continue
		}
		code, year := identity(p.Value)
		entry.Region, entry.Year = code, year
		bp, ok := base.Earlier(in.Path, code, year)
		if !ok {
			entry.Status = New
			rep.Plans = append(rep.Plans, entry)
			continue
		}
		used[bp.Path] = true
		entry.BaseFile, entry.BaseYear = bp.Path, bp.Year
		compare(&entry, bp.Value, p.Value, facs)
		rep.Plans = append(rep.Plans, entry)
	}
	deleted, err := base.Deleted(paths, used)
	if err != nil {
		return Report{}, err
	}
	for _, bp := range deleted {
		rep.Plans = append(rep.Plans, Plan{File: bp.Path, BaseFile: bp.Path, Region: bp.Code, BaseYear: bp.Year, Status: Deleted,
			Forms: []Form{}, Declared: []string{}, AgendaAdded: []string{}, AgendaRemoved: []string{}})
	}
	return rep, nil
}

func compare(entry *Plan, before, after any, f facilities) {
	for _, form := range forms {
		changes := []Value{}
		for _, field := range fields {
			b, _ := plan.Lookup(before, "/zorgvormen/"+form+field)
			a, _ := plan.Lookup(after, "/zorgvormen/"+form+field)
			if !same(b, a) {
				changes = append(changes, Value{Field: field[1:], Before: plain(b), After: plain(a)})
			}
		}
		departments := compareDepartments(before, after, form, f)
		if len(changes)+len(departments) > 0 {
			entry.Forms = append(entry.Forms, Form{Form: form, Changes: changes, Departments: append([]Department{}, departments...)})
		}
	}
	oldChanges := items(before, "/wijzigingen_aanbod")
	for _, w := range items(after, "/wijzigingen_aanbod") {
		if !slices.ContainsFunc(oldChanges, func(o any) bool { return reflect.DeepEqual(o, w) }) {
			entry.Declared = append(entry.Declared, describeChange(w))
		}
	}
	oldItems, newItems := agenda(before), agenda(after)
	for _, t := range newItems {
		if !slices.Contains(oldItems, t) {
			entry.AgendaAdded = append(entry.AgendaAdded, t)
		}
	}
	for _, t := range oldItems {
		if !slices.Contains(newItems, t) {
			entry.AgendaRemoved = append(entry.AgendaRemoved, t)
		}
	}
	entry.Status = Unchanged
	if len(entry.Forms)+len(entry.Declared)+len(entry.AgendaAdded)+len(entry.AgendaRemoved) > 0 {
		entry.Status = Changed
	}
}

func describeChange(w any) string {
	m, _ := w.(map[string]any)
	s := fmt.Sprintf("%v: %v bij %v", m["zorgvorm"], m["soort"], m["aanbieder"])
	if a, ok := m["afdeling"]; ok {
		s += fmt.Sprintf(", %v", a)
	}
	if b, ok := m["capaciteit_voor"]; ok {
		s += fmt.Sprintf(" (%v → %v)", b, m["capaciteit_na"])
	}
	if r, ok := m["redenen"].([]any); ok {
		s += fmt.Sprintf("; redenen: %v", r)
	}
	return s
}

func agenda(v any) []string {
	var out []string
	for _, item := range items(v, "/bespreekpunten") {
		m, _ := item.(map[string]any)
		out = append(out, fmt.Sprintf("%v: %v", m["zorgvorm"], m["titel"]))
	}
	return out
}

func items(v any, pointer string) []any {
	x, _ := plan.Lookup(v, pointer)
	list, _ := x.([]any)
	return list
}

func identity(v any) (string, int) {
	code, _ := plan.Lookup(v, "/regio/code")
	year, _ := plan.Lookup(v, "/inkoopjaar")
	c, _ := code.(string)
	y, _ := strconv.Atoi(fmt.Sprint(year))
	return c, y
}

func same(a, b any) bool { return reflect.DeepEqual(plain(a), plain(b)) }

// plain turns a JSON number into an int or float, so that reports print it
// as a number and 10 equals 10.0.
func plain(v any) any {
	if n, ok := v.(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return i
		}
		if f, err := n.Float64(); err == nil {
			return f
		}
	}
	return v
}
