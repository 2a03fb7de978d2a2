package voortgang

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/national"
	"github.com/ggzcheck/ggzcheck/internal/sanitize/sanitizetest"
)

// hostileReport is a report in which every text from a plan or an answers
// file carries the hostile set, a formula or a huge value.
func hostileReport() Report {
	h := sanitizetest.Hostile
	reg := national.Region{Code: h, Name: "=HYPERLINK(\"x\")" + h, File: sanitizetest.Files[0]}
	yes := true
	return Report{
		Year: 2027, Missing: []national.Region{reg}, Failing: []national.Region{reg},
		Regions: []Region{{
			Region: reg, Previous: sanitizetest.Files[1], Answers: sanitizetest.Files[2],
			Forms: []Form{{
				Form: h, Then: &Figures{Demand: 1}, Now: Figures{Shortage: true},
				Measures: []Measure{{ID: "@SUM(A1)" + h, Description: sanitizetest.Huge, Status: h, Result: sanitizetest.Huge, Solved: &yes, Continues: true}, {ID: h}},
				New:      []string{"+31" + h},
			}},
			Advice: []Advice{{ID: h, Form: h, Proposal: sanitizetest.Huge, FollowUp: "-1+2" + h, Measures: []string{h}, Explanation: h}, {ID: "x", Proposal: h}},
		}},
		Trends: []Trend{{Form: h, Points: []Point{{Year: 2026, Demand: 3, Capacity: 2}}}},
	}
}

// TestHostileTextInEveryFormat: text, Markdown, HTML and CSV let no control,
// bidi or separator character, workflow command or huge value through; no
// CSV cell is a formula; JSON keeps the exact values.
func TestHostileTextInEveryFormat(t *testing.T) {
	r := hostileReport()
	opts := national.Options{Names: map[string]finding.Text{"acute_zorg": {NL: sanitizetest.Hostile, EN: sanitizetest.Hostile}}}
	for _, format := range Formats() {
		for _, lang := range finding.Langs() {
			opts.Lang = lang
			var b bytes.Buffer
			if err := Write(&b, format, r, opts); err != nil {
				t.Fatal(err)
			}
			name, out := format+"/"+string(lang), b.String()
			switch format {
			case "json":
				var got Report
				if err := json.Unmarshal(b.Bytes(), &got); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if want := strings.ToValidUTF8(sanitizetest.Hostile, "\uFFFD"); got.Regions[0].Advice[0].ID != want {
					t.Errorf("%s: the id is not kept exactly: %q", name, got.Regions[0].Advice[0].ID)
				}
				continue
			case "csv":
				records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
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
			case "html":
				if strings.Contains(out, "<script") || strings.Contains(out, "\"x\")") {
					t.Errorf("%s: plan text reached the page unescaped", name)
				}
			}
			sanitizetest.Human(t, name, out, nil)
		}
	}
	if err := Write(&bytes.Buffer{}, "yaml", r, opts); err == nil {
		t.Error("an unknown format is no error")
	}
}

func TestMeasureID(t *testing.T) {
	m := []any{
		map[string]any{"zorgvorm": "klinische_zorg"},
		map[string]any{"zorgvorm": "acute_zorg", "id": "iht-kust"},
		map[string]any{"zorgvorm": "klinische_zorg", "id": "bedden"},
		map[string]any{"zorgvorm": "klinische_zorg"},
	}
	// The same ids as policies/lib/ids_test.rego expects of maatregel_id.
	want := []string{"klinische-zorg-1", "iht-kust", "bedden", "klinische-zorg-3"}
	for i := range m {
		if got := MeasureID(m, i); got != want[i] {
			t.Errorf("measure %d: %q, want %q", i, got, want[i])
		}
	}
}

func TestShortage(t *testing.T) {
	n := func(i int) json.Number { return json.Number(fmt.Sprint(i)) }
	form := func(z map[string]any) any { return map[string]any{"zorgvormen": map[string]any{"beveiligde_zorg": z}} }
	for _, tt := range []struct {
		name string
		plan any
		want bool
	}{
		{"present, demand above capacity", form(map[string]any{"aanwezig": true, "werkelijke_jaarlijkse_vraag": n(110), "jaarlijkse_capaciteit": map[string]any{"patienten_binnen_regio": n(70)}}), true},
		{"present, enough capacity", form(map[string]any{"aanwezig": true, "werkelijke_jaarlijkse_vraag": n(70), "jaarlijkse_capaciteit": map[string]any{"patienten_binnen_regio": n(70)}}), false},
		{"absent, covered elsewhere", form(map[string]any{"aanwezig": false, "werkelijke_jaarlijkse_vraag": n(36), "opvang_bij_afwezigheid": map[string]any{"toegankelijk_en_voldoende": true}}), false},
		{"absent, not covered", form(map[string]any{"aanwezig": false, "werkelijke_jaarlijkse_vraag": n(36)}), true},
		{"not in the plan", map[string]any{}, false},
	} {
		if got := figures(tt.plan, "beveiligde_zorg").Shortage; got != tt.want {
			t.Errorf("%s: shortage %v, want %v", tt.name, got, tt.want)
		}
	}
}
