// Package voortgang builds the progress report the chair of the national
// table delivers to the BO cruciale ggz after a contracting year
// (Gespreksleidraad §4.3): per region and care form the measures of the
// previous year's plan and what became of them, the figures then and now,
// the national table's advice and how the plan follows it up, and the
// regions whose plan is missing or fails. It reads what 'ggzcheck check'
// read; the rules that judge the same data are in policies/monitoring and
// policies/adviezen.
package voortgang

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/national"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
)

// Report is the progress report for one contracting year.
type Report struct {
	Year       int               `json:"year"`
	Regions    []Region          `json:"regions"`
	Missing    []national.Region `json:"missing"` // in the registry, without a plan for Year
	Failing    []national.Region `json:"failing"` // a plan for Year that does not pass
	Trends     []Trend           `json:"trends"`
	Provenance provenance.Record `json:"provenance"`
}

// Region is one region's progress: its plan for the year against its plan
// for the most recent earlier year.
type Region struct {
	Region   national.Region `json:"region"`
	Passed   bool            `json:"passed"`
	Previous string          `json:"previous_plan,omitempty"` // "" in its first year
	Answers  string          `json:"answers_file,omitempty"`
	Forms    []Form          `json:"forms"`
	Advice   []Advice        `json:"advice"`
}

// Form is one care form of a region: figures then and now, the previous
// year's measures with their status, and the new measures.
type Form struct {
	Form     string    `json:"form"`
	Then     *Figures  `json:"then,omitempty"`
	Now      Figures   `json:"now"`
	Measures []Measure `json:"measures_previous_year"`
	New      []string  `json:"new_measures"`
}

// Figures are a care form's demand and supply in one plan. Shortage is
// demand above the capacity for the region's own patients, or, for a form
// the region lacks, no accessible and sufficient care elsewhere (a local
// shortage, as in the national overview); the disbalans rules weigh more
// signs (policies/lib/zorgvorm.rego).
type Figures struct {
	Demand      int64 `json:"actual_demand"`
	CapacityOwn int64 `json:"capacity_own_region"`
	Waiting     int64 `json:"waiting"`
	ClosedLists int64 `json:"closed_waiting_lists"`
	Shortage    bool  `json:"shortage"`
}

// Measure is a measure of the previous year's plan and what the plan for
// the year reports of it. Status is "" when it reports nothing.
type Measure struct {
	ID          string `json:"id"`
	Description string `json:"description"`
	Status      string `json:"status"`
	Result      string `json:"result,omitempty"`
	Solved      *bool  `json:"shortage_solved,omitempty"`
	Continues   bool   `json:"continues"`
}

// Advice is one advice of the national table to the region and how the
// plan follows it up; FollowUp is "" when it does not say.
type Advice struct {
	ID          string   `json:"id"`
	Form        string   `json:"form"`
	AgendaItem  string   `json:"agenda_item,omitempty"`
	Proposal    string   `json:"proposal"`
	FollowUp    string   `json:"follow_up"`
	Measures    []string `json:"measures"`
	Explanation string   `json:"explanation,omitempty"`
}

// Trend is a care form's national totals over every year with plans.
type Trend struct {
	Form   string  `json:"form"`
	Points []Point `json:"points"`
}

// Point is one year of a trend.
type Point struct {
	Year     int   `json:"year"`
	Demand   int64 `json:"actual_demand"`
	Capacity int64 `json:"capacity"`
	Waiting  int64 `json:"waiting"`
}

// Build makes the progress report for year from a check that kept its plans
// (check.Options.KeepPlans).
func Build(rep check.Report, year int) Report {
	out := Report{Year: year, Regions: []Region{}, Missing: []national.Region{}, Failing: []national.Region{}, Trends: []Trend{}, Provenance: rep.Provenance}
	byRegion := map[string]map[int]check.Result{}
	for _, r := range rep.Results {
		code := str(r.Plan, "/regio/code")
		if r.Plan == nil || code == "" || r.Year == 0 {
			continue
		}
		if byRegion[code] == nil {
			byRegion[code] = map[int]check.Result{}
		}
		if _, dup := byRegion[code][r.Year]; !dup {
			byRegion[code][r.Year] = r
		}
	}
	for _, code := range sortedKeys(byRegion) {
		now, ok := byRegion[code][year]
		if !ok {
			continue
		}
		reg := national.Region{Code: code, Name: now.Region, File: now.File}
		if !now.Passed() {
			out.Failing = append(out.Failing, reg)
		}
		var prev *check.Result
		for y, r := range byRegion[code] {
			if y < year && (prev == nil || y > prev.Year) {
				prev = &r
			}
		}
		out.Regions = append(out.Regions, region(reg, now, prev))
	}
	if rep.Registry != nil {
		for _, r := range rep.Registry.Regions {
			if _, ok := byRegion[r.Code][year]; !ok {
				out.Missing = append(out.Missing, national.Region{Code: r.Code, Name: r.Name})
			}
		}
	}
	out.Trends = trends(rep)
	return out
}

func region(reg national.Region, now check.Result, prev *check.Result) Region {
	r := Region{Region: reg, Passed: now.Passed(), Answers: now.Answers, Forms: []Form{}, Advice: []Advice{}}
	var before []any
	if prev != nil {
		r.Previous = prev.File
		before, _ = lookup(prev.Plan.Value, "/maatregelen").([]any)
	}
	measures, _ := lookup(now.Plan.Value, "/maatregelen").([]any)
	progress, _ := lookup(now.Plan.Value, "/voortgang_maatregelen").([]any)
	current := map[string]bool{} // own ids in this plan: continuing measures
	for _, m := range measures {
		if id := s(lookup(m, "/id")); id != "" {
			current[id] = true
		}
	}
	for _, form := range national.Forms {
		f := Form{Form: form, Now: figures(now.Plan.Value, form), Measures: []Measure{}, New: []string{}}
		if prev != nil {
			then := figures(prev.Plan.Value, form)
			f.Then = &then
		}
		previousIDs := map[string]bool{}
		for i, m := range before {
			id := MeasureID(before, i)
			previousIDs[id] = true
			if s(lookup(m, "/zorgvorm")) != form {
				continue
			}
			ms := Measure{ID: id, Description: s(lookup(m, "/omschrijving")), Continues: current[id]}
			for _, p := range progress {
				if s(lookup(p, "/maatregel")) == id {
					ms.Status, ms.Result = s(lookup(p, "/status")), s(lookup(p, "/resultaat"))
					if b, ok := lookup(p, "/tekort_opgelost").(bool); ok {
						ms.Solved = &b
					}
				}
			}
			f.Measures = append(f.Measures, ms)
		}
		for i, m := range measures {
			if id := MeasureID(measures, i); s(lookup(m, "/zorgvorm")) == form && (prev == nil || !previousIDs[id]) {
				f.New = append(f.New, id)
			}
		}
		// A form without a shortage then or now and without measures has
		// nothing to report.
		if f.Now.Shortage || (f.Then != nil && f.Then.Shortage) || len(f.Measures)+len(f.New) > 0 {
			r.Forms = append(r.Forms, f)
		}
	}
	advice, _ := lookup(now.Advice, "/adviezen").([]any)
	followUps, _ := lookup(now.Plan.Value, "/opvolging_adviezen").([]any)
	for _, a := range advice {
		ad := Advice{ID: s(lookup(a, "/id")), Form: s(lookup(a, "/zorgvorm")), AgendaItem: s(lookup(a, "/bespreekpunt")), Proposal: s(lookup(a, "/voorstel")), Measures: []string{}}
		for _, o := range followUps {
			if s(lookup(o, "/advies")) != ad.ID {
				continue
			}
			ad.FollowUp, ad.Explanation = s(lookup(o, "/opvolging")), s(lookup(o, "/toelichting"))
			ids, _ := lookup(o, "/maatregelen").([]any)
			for _, id := range ids {
				ad.Measures = append(ad.Measures, s(id))
			}
		}
		r.Advice = append(r.Advice, ad)
	}
	return r
}

// MeasureID is the id of measure i: its own, else its care form with
// hyphens and its number among that form's measures ('klinische-zorg-2'),
// as policies/lib/ids.rego (maatregel_id) derives it.
func MeasureID(measures []any, i int) string {
	if id := s(lookup(measures[i], "/id")); id != "" {
		return id
	}
	form := s(lookup(measures[i], "/zorgvorm"))
	n := 0
	for _, m := range measures[:i+1] {
		if s(lookup(m, "/zorgvorm")) == form {
			n++
		}
	}
	return fmt.Sprintf("%s-%d", hyphens(form), n)
}

func hyphens(form string) string {
	b := []byte(form)
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		}
	}
	return string(b)
}

func figures(v any, form string) Figures {
	ptr := "/zorgvormen/" + form
	f := Figures{
		Demand:      national.Count(v, ptr+"/werkelijke_jaarlijkse_vraag"),
		CapacityOwn: national.Count(v, ptr+"/jaarlijkse_capaciteit/patienten_binnen_regio"),
		Waiting:     national.Count(v, ptr+"/onvervulde_vraag/aantal_wachtenden"),
		ClosedLists: national.Count(v, ptr+"/onvervulde_vraag/aantal_gesloten_wachtlijsten"),
	}
	switch present, _ := lookup(v, ptr+"/aanwezig").(bool); {
	case present:
		f.Shortage = f.Demand > f.CapacityOwn
	case lookup(v, ptr+"/aanwezig") != nil:
		// Absent, as national counts a local shortage: patients are helped
		// elsewhere only when that is accessible and sufficient.
		covered, _ := lookup(v, ptr+"/opvang_bij_afwezigheid/toegankelijk_en_voldoende").(bool)
		f.Shortage = !covered
	}
	return f
}

// trends are the national totals per care form of every year with plans,
// counting every plan whose agreements could be evaluated.
func trends(rep check.Report) []Trend {
	years := national.Years(rep)
	slices.Sort(years)
	out := make([]Trend, len(national.Forms))
	for i, form := range national.Forms {
		out[i] = Trend{Form: form, Points: []Point{}}
	}
	// One national overview per year, not one per year and care form.
	for _, y := range years {
		for i, f := range national.Build(rep, y, true).Forms {
			out[i].Points = append(out[i].Points, Point{Year: y, Demand: f.ActualDemand, Capacity: f.Capacity(), Waiting: f.Waiting})
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Compare(a, b) })
	return keys
}

func str(p *plan.Plan, ptr string) string {
	if p == nil {
		return ""
	}
	return s(lookup(p.Value, ptr))
}

func lookup(v any, ptr string) any {
	if v == nil {
		return nil
	}
	out, _ := plan.Lookup(v, ptr)
	return out
}

func s(v any) string {
	str, _ := v.(string)
	return str
}
