package national

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/sanitize/sanitizetest"
)

// formulas are plan texts a spreadsheet would run as a formula.
var formulas = []string{`=HYPERLINK("http://x","klik")`, "+31 20", "-1+2", "@SUM(A1)", "  =1+1", "\t=1+1", "\r=1+1"}

// hostileOverview is an overview in which every text from a plan carries
// the hostile set, a formula or a huge value.
func hostileOverview() Overview {
	h := sanitizetest.Hostile
	regions := []Region{}
	for i, file := range sanitizetest.Files {
		regions = append(regions, Region{Code: h, Name: formulas[i%len(formulas)] + h, File: file})
	}
	regions = append(regions, Region{Code: "x", Name: "::error::regio", File: "::warning::x.yaml"})
	item := AgendaItem{Region: regions[0], Form: h, Title: h, Reasons: sanitizetest.Huge, Steps: h, WhyNot: formulas[0], Proposal: h}
	return Overview{
		Year: 2026, Included: regions, FailingCounted: regions, Excluded: regions,
		Forms: []Form{{
			Form: "acute_zorg", ActualDemand: 10, RegionsWith: regions,
			RegionsWithout: []Cover{{Region: regions[1], CoveredBy: formulas[1] + h}},
			Exclusions:     []Exclusion{{Region: regions[2], Provider: formulas[2], Description: h, Motivation: sanitizetest.Huge}},
		}, {Form: h}, {Form: "::error::vorm"}},
		Agenda: []Topic{
			{Topic: "acute_zorg", Items: []AgendaItem{item}, Neighbours: [][2]string{{h, formulas[3]}}},
			{Topic: "::error::onderwerp", Items: []AgendaItem{item}},
		},
		Hamerstukken: []Hamerstuk{{Form: h, Region: regions[3], Offer: []string{h, formulas[4], sanitizetest.Huge}}, {Form: "::error::vorm", Region: regions[4]}},
	}
}

// TestHostileTextInEveryFormat renders an overview full of hostile plan text
// in every format: text, Markdown, HTML and CSV let no control, bidi or
// separator character, workflow command or huge value through; no CSV cell
// is a formula; JSON keeps the exact values.
func TestHostileTextInEveryFormat(t *testing.T) {
	o := hostileOverview()
	opts := Options{Names: map[string]finding.Text{"acute_zorg": {NL: sanitizetest.Hostile, EN: sanitizetest.Hostile}}}
	for _, format := range Formats() {
		for _, lang := range finding.Langs() {
			opts.Lang = lang
			var b bytes.Buffer
			if err := Write(&b, format, o, opts); err != nil {
				t.Fatal(err)
			}
			name, out := format+"/"+string(lang), b.String()
			switch format {
			case "json":
				var got Overview
				if err := json.Unmarshal(b.Bytes(), &got); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if want := strings.ToValidUTF8(o.Agenda[0].Items[0].Title, "\uFFFD"); got.Agenda[0].Items[0].Title != want {
					t.Errorf("%s: the title is not kept exactly: %q", name, got.Agenda[0].Items[0].Title)
				}
				continue
			case "csv":
				records, err := csvRecords(out)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				for _, rec := range records {
					for _, cell := range rec {
						if c := strings.TrimLeft(cell, " "); c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
							t.Errorf("%s: cell %.80q is a formula", name, cell)
						}
					}
				}
			}
			sanitizetest.Human(t, name, out, nil)
		}
	}
}

func csvRecords(out string) ([][]string, error) {
	r := csv.NewReader(strings.NewReader(out))
	r.FieldsPerRecord = -1
	return r.ReadAll()
}
