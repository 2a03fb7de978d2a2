// Package national aggregates the plans of one contracting year for the
// supporting national table (Gespreksleidraad §4): national totals of demand
// and supply per care form, shortages, exclusion criteria, agenda items by
// care form, and national supply that is no agenda item.
package national

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/crossregion"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
)

// Forms are the six care forms in the order of the sources.
var Forms = []string{"acute_zorg", "outreachende_zorg", "klinische_zorg", "beveiligde_zorg", "hoogspecialistisch_ggz", "hoogspecialistisch_ziekenhuis"}

// highSpecialist forms are discussed as one topic (Gespreksleidraad §3.2, §4.2).
var highSpecialist = []string{"hoogspecialistisch_ggz", "hoogspecialistisch_ziekenhuis"}

// HighSpecialistTopic names the two high-specialist forms as one topic.
const HighSpecialistTopic = "hoogspecialistische_zorg"

// Region names a plan's region.
type Region struct {
	Code string `json:"code"`
	Name string `json:"name"`
	File string `json:"file"`
}

// Cover is how a region without a care form serves its patients.
type Cover struct {
	Region     Region `json:"region"`
	CoveredBy  string `json:"covered_by,omitempty"`
	Accessible bool   `json:"accessible_and_sufficient"`
	Raised     bool   `json:"raised_nationally"`
}

// Exclusion is an exclusion criterion that may keep patients out.
type Exclusion struct {
	Region      Region `json:"region"`
	Provider    string `json:"provider,omitempty"`
	Description string `json:"description"`
	Motivation  string `json:"motivation"`
}

// Form holds the national view of one care form.
type Form struct {
	Form             string      `json:"form"`
	ExpectedDemand   int64       `json:"expected_demand"`
	ActualDemand     int64       `json:"actual_demand"`
	CapacityOwn      int64       `json:"capacity_own_region"`
	CapacityOther    int64       `json:"capacity_other_regions"`
	Waiting          int64       `json:"waiting"`
	ClosedLists      int64       `json:"closed_waiting_lists"`
	RegionsWith      []Region    `json:"regions_with"`
	RegionsWithout   []Cover     `json:"regions_without"`
	AbsoluteShortage bool        `json:"absolute_shortage"`
	LocalShortage    []Region    `json:"local_shortage"`
	Exclusions       []Exclusion `json:"exclusion_criteria"`
}

// Capacity is the form's total capacity, for patients from anywhere.
func (f Form) Capacity() int64 { return f.CapacityOwn + f.CapacityOther }

// AgendaItem is one region's agenda item for the national table.
type AgendaItem struct {
	Region Region `json:"region"`
	// ID is how the national table's answer refers to the item (AgendaID);
	// OwnID is false when it is derived from the title.
	ID       string `json:"id"`
	OwnID    bool   `json:"id_in_plan"`
	Form     string `json:"form"`
	Title    string `json:"title"`
	Reasons  string `json:"reasons"`
	Steps    string `json:"steps_taken"`
	WhyNot   string `json:"why_not_solved"`
	Proposal string `json:"proposal"`
}

// Topic groups the agenda items of one care form (the two high-specialist
// forms together). Neighbours lists pairs of neighbouring regions that both
// raise the topic: they are best discussed together.
type Topic struct {
	Topic      string       `json:"topic"`
	Items      []AgendaItem `json:"items"`
	Neighbours [][2]string  `json:"neighbouring_regions"`
}

// Hamerstuk is supply with a national function that is no agenda item: it is
// not discussed, but still reported (Gespreksleidraad §3.3).
type Hamerstuk struct {
	Form     string   `json:"form"`
	Region   Region   `json:"region"`
	Offer    []string `json:"offer"`
	Capacity int64    `json:"capacity_other_regions"`
}

// Overview is the national view of one contracting year.
type Overview struct {
	Year           int         `json:"year"`
	Included       []Region    `json:"included"`
	FailingCounted []Region    `json:"failing_counted"`
	Excluded       []Region    `json:"excluded_failing"`
	Forms          []Form      `json:"forms"`
	Agenda         []Topic     `json:"agenda"`
	Hamerstukken   []Hamerstuk `json:"hamerstukken"`
	// OtherYears are the other contracting years of the plans read, when
	// the overview is of the latest by default (see Latest); every format
	// says so, so that no one takes it for all the plans.
	OtherYears []int `json:"other_years,omitempty"`
	// Provenance says what produced the check the overview rests on.
	Provenance provenance.Record `json:"provenance"`
}

// Years returns the contracting years of the readable plans in rep.
func Years(rep check.Report) []int {
	var years []int
	for _, r := range rep.Results {
		if r.Plan != nil && r.Year > 0 && !slices.Contains(years, r.Year) {
			years = append(years, r.Year)
		}
	}
	slices.Sort(years)
	return years
}

// Latest picks the year of an overview when none was asked for: the latest
// of years (sorted, as Years gives them), and the others, which the
// overview leaves out and names.
func Latest(years []int) (year int, others []int) {
	if len(years) == 0 {
		return 0, nil
	}
	return years[len(years)-1], slices.Clone(years[:len(years)-1])
}

// Build aggregates the plans of year. Plans that fail the check are left
// out of the figures, unless includeFailing; either way they are listed.
func Build(rep check.Report, year int, includeFailing bool) Overview {
	o := Overview{Year: year, Included: []Region{}, FailingCounted: []Region{}, Excluded: []Region{}, Agenda: []Topic{}, Hamerstukken: []Hamerstuk{},
		Provenance: rep.Provenance}
	var plans []*plan.Plan
	var regions []Region
	for _, r := range rep.Results {
		if r.Plan == nil || r.Year != year {
			continue
		}
		reg := Region{Code: str(r.Plan.Value, "/regio/code"), Name: r.Region, File: r.File}
		switch {
		case r.Passed():
			o.Included = append(o.Included, reg)
		case includeFailing && r.PoliciesEvaluated:
			o.FailingCounted = append(o.FailingCounted, reg)
		default:
			// A plan that breaks the schema cannot be counted reliably.
			o.Excluded = append(o.Excluded, reg)
			continue
		}
		plans = append(plans, r.Plan)
		regions = append(regions, reg)
	}
	for _, form := range Forms {
		o.Forms = append(o.Forms, formView(form, plans, regions))
	}
	o.Agenda = agenda(plans, regions, rep.Registry)
	o.Hamerstukken = hamerstukken(plans, regions)
	return o
}

func formView(form string, plans []*plan.Plan, regions []Region) Form {
	f := Form{Form: form, RegionsWith: []Region{}, RegionsWithout: []Cover{}, LocalShortage: []Region{}, Exclusions: []Exclusion{}}
	for i, p := range plans {
		ptr := "/zorgvormen/" + form
		f.ExpectedDemand += Count(p.Value, ptr+"/verwachte_jaarlijkse_vraag")
		f.ActualDemand += Count(p.Value, ptr+"/werkelijke_jaarlijkse_vraag")
		f.CapacityOwn += Count(p.Value, ptr+"/jaarlijkse_capaciteit/patienten_binnen_regio")
		f.CapacityOther += Count(p.Value, ptr+"/jaarlijkse_capaciteit/patienten_buiten_regio")
		f.Waiting += Count(p.Value, ptr+"/onvervulde_vraag/aantal_wachtenden")
		f.ClosedLists += Count(p.Value, ptr+"/onvervulde_vraag/aantal_gesloten_wachtlijsten")
		if present, _ := lookup(p.Value, ptr+"/aanwezig").(bool); present {
			f.RegionsWith = append(f.RegionsWith, regions[i])
		} else {
			c := Cover{Region: regions[i], CoveredBy: str(p.Value, ptr+"/opvang_bij_afwezigheid/regio"), Raised: raises(p, form)}
			c.Accessible, _ = lookup(p.Value, ptr+"/opvang_bij_afwezigheid/toegankelijk_en_voldoende").(bool)
			f.RegionsWithout = append(f.RegionsWithout, c)
			if !c.Accessible {
				f.LocalShortage = append(f.LocalShortage, regions[i])
			}
		}
		criteria, _ := lookup(p.Value, ptr+"/exclusiecriteria").([]any)
		for _, c := range criteria {
			m, _ := c.(map[string]any)
			f.Exclusions = append(f.Exclusions, Exclusion{Region: regions[i], Provider: s(m["aanbieder"]), Description: s(m["omschrijving"]), Motivation: s(m["motivatie"])})
		}
	}
	f.AbsoluteShortage = f.ActualDemand > f.Capacity()
	return f
}

func agenda(plans []*plan.Plan, regions []Region, reg *crossregion.Registry) []Topic {
	byTopic := map[string]*Topic{}
	for i, p := range plans {
		items, _ := lookup(p.Value, "/bespreekpunten").([]any)
		for _, it := range items {
			m, _ := it.(map[string]any)
			form := s(m["zorgvorm"])
			topic := form
			if slices.Contains(highSpecialist, form) {
				topic = HighSpecialistTopic
			}
			if byTopic[topic] == nil {
				byTopic[topic] = &Topic{Topic: topic, Items: []AgendaItem{}, Neighbours: [][2]string{}}
			}
			id, own := AgendaID(m)
			byTopic[topic].Items = append(byTopic[topic].Items, AgendaItem{
				Region: regions[i], ID: id, OwnID: own, Form: form, Title: s(m["titel"]), Reasons: s(m["redenen"]),
				Steps: s(m["gezette_stappen"]), WhyNot: s(m["waarom_niet_opgelost"]), Proposal: s(m["voorstel"]),
			})
		}
	}
	out := []Topic{}
	for _, form := range append(slices.Clone(Forms[:4]), HighSpecialistTopic) {
		t, ok := byTopic[form]
		if !ok {
			continue
		}
		if reg != nil {
			for a := 0; a < len(t.Items); a++ {
				for b := a + 1; b < len(t.Items); b++ {
					x, y := t.Items[a].Region.Code, t.Items[b].Region.Code
					if x != y && reg.Neighbours(x, y) {
						t.Neighbours = append(t.Neighbours, [2]string{x, y})
					}
				}
			}
			// Neighbouring regions first, so similar items stand together.
			slices.SortStableFunc(t.Items, func(a, b AgendaItem) int {
				return boolRank(hasNeighbour(t.Neighbours, b.Region.Code)) - boolRank(hasNeighbour(t.Neighbours, a.Region.Code))
			})
		}
		out = append(out, *t)
	}
	return out
}

func hamerstukken(plans []*plan.Plan, regions []Region) []Hamerstuk {
	out := []Hamerstuk{}
	for _, form := range Forms {
		for i, p := range plans {
			national, _ := lookup(p.Value, "/zorgvormen/"+form+"/landelijke_functie").(bool)
			if !national || raises(p, form) {
				continue
			}
			h := Hamerstuk{Form: form, Region: regions[i], Offer: []string{}, Capacity: Count(p.Value, "/zorgvormen/"+form+"/jaarlijkse_capaciteit/patienten_buiten_regio")}
			offers, _ := lookup(p.Value, "/zorgvormen/"+form+"/aanbod").([]any)
			for _, o := range offers {
				m, _ := o.(map[string]any)
				name := s(m["aanbieder"])
				if d := s(m["afdeling"]); d != "" {
					name += ", " + d
				}
				h.Offer = append(h.Offer, name)
			}
			out = append(out, h)
		}
	}
	return out
}

// raises reports whether the plan has an agenda item for form.
func raises(p *plan.Plan, form string) bool {
	items, _ := lookup(p.Value, "/bespreekpunten").([]any)
	for _, it := range items {
		m, _ := it.(map[string]any)
		if s(m["zorgvorm"]) == form {
			return true
		}
	}
	return false
}

func hasNeighbour(pairs [][2]string, code string) bool {
	for _, p := range pairs {
		if p[0] == code || p[1] == code {
			return true
		}
	}
	return false
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

func lookup(v any, ptr string) any {
	x, _ := plan.Lookup(v, ptr)
	return x
}

func str(v any, ptr string) string { return s(lookup(v, ptr)) }

func s(v any) string {
	x, _ := v.(string)
	return strings.TrimSpace(x)
}

// Count reads a whole number at ptr in a plan's value; what is missing
// counts as 0 and what is fractional is rounded down, since the figures are
// counts. The progress report reads its figures the same way.
func Count(v any, ptr string) int64 {
	n, ok := lookup(v, ptr).(json.Number)
	if !ok {
		return 0
	}
	if i, err := n.Int64(); err == nil {
		return i
	}
	f, err := n.Float64()
	if err != nil {
		return 0
	}
	return int64(f)
}
