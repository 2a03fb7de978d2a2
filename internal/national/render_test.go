package national

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
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

// TestLatest: without a year asked for, the overview is of the latest, and
// names the others in the report's language, singular or plural.
func TestLatest(t *testing.T) {
	for _, tc := range []struct {
		years  []int
		year   int
		others []int
		nl, en string
	}{
		{years: []int{2026}, year: 2026},
		{years: []int{2026, 2027}, year: 2027, others: []int{2026},
			nl: "Inkoopjaar 2027 is het laatste jaar met plannen; de plannen van het andere inkoopjaar (2026) tellen hier niet mee. Kies een jaar met --year.",
			en: "Contracting year 2027 is the latest with plans; the plans of the other year (2026) are not counted here. Choose a year with --year."},
		{years: []int{2025, 2026, 2028}, year: 2028, others: []int{2025, 2026},
			nl: "Inkoopjaar 2028 is het laatste jaar met plannen; de plannen van de andere inkoopjaren (2025, 2026) tellen hier niet mee. Kies een jaar met --year.",
			en: "Contracting year 2028 is the latest with plans; the plans of the other years (2025, 2026) are not counted here. Choose a year with --year."},
	} {
		year, others := Latest(tc.years)
		if year != tc.year || !slices.Equal(others, tc.others) {
			t.Errorf("%v: %d and %v, want %d and %v", tc.years, year, others, tc.year, tc.others)
		}
		o := Overview{Year: year, OtherYears: others}
		if nl, en := LatestNote(o, finding.NL), LatestNote(o, finding.EN); nl != tc.nl || en != tc.en {
			t.Errorf("%v:\n%q\n%q", tc.years, nl, en)
		}
	}
}

// TestNothingCounted: an overview in which no plan counts says so, in every
// human format, instead of an empty list after a colon.
func TestNothingCounted(t *testing.T) {
	o := Overview{Year: 2027, Excluded: []Region{{Code: "veenhaven", Name: "Veenhaven", File: "regions/veenhaven/2027.yaml"}}}
	for _, lang := range []finding.Lang{finding.NL, finding.EN} {
		want := map[finding.Lang]string{finding.NL: "Meegeteld: geen plannen.", finding.EN: "Counted: no plans."}[lang]
		for _, format := range []string{"text", "markdown", "html"} {
			var b bytes.Buffer
			if err := Write(&b, format, o, Options{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), want) || strings.Contains(b.String(), ": .") {
				t.Errorf("%s %s: want %q and no empty list:\n%s", lang, format, want, b.String())
			}
		}
	}
}
