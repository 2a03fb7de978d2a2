package ggzcheck_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/chromium"
)

type voortgangOut struct {
	Year    int `json:"year"`
	Missing []struct{ Code string }
	Failing []struct{ Code, File string }
	Regions []struct {
		Region   struct{ Code string }
		Passed   bool   `json:"passed"`
		Previous string `json:"previous_plan"`
		Forms    []struct {
			Form string `json:"form"`
			Then *struct {
				CapacityOwn int64 `json:"capacity_own_region"`
				Shortage    bool  `json:"shortage"`
			} `json:"then"`
			Now struct {
				CapacityOwn int64 `json:"capacity_own_region"`
				Shortage    bool  `json:"shortage"`
			} `json:"now"`
			Measures []struct {
				ID     string `json:"id"`
				Status string `json:"status"`
				Solved *bool  `json:"shortage_solved"`
			} `json:"measures_previous_year"`
			New []string `json:"new_measures"`
		} `json:"forms"`
		Advice []struct {
			ID       string `json:"id"`
			FollowUp string `json:"follow_up"`
		} `json:"advice"`
	} `json:"regions"`
	Trends []struct {
		Form   string `json:"form"`
		Points []struct {
			Year     int   `json:"year"`
			Demand   int64 `json:"actual_demand"`
			Capacity int64 `json:"capacity"`
		} `json:"points"`
	} `json:"trends"`
}

// TestVoortgangFigures reads the progress report of the two-year repository:
// who solved the shortage, who did not, the dropped measure, the advice.
func TestVoortgangFigures(t *testing.T) {
	cyclusRepo(t)
	res := ggzcheck(t, runOptions{}, "voortgang", "--jaar", "2027", "--format", "json", "regions/")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	var out voortgangOut
	if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Missing) != 0 || len(out.Failing) != 1 || out.Failing[0].File != noord27 {
		t.Errorf("missing %v, failing %v; want none and %s", out.Missing, out.Failing, noord27)
	}
	type line struct {
		region, form       string
		then, now          bool // shortage
		measures, statuses string
		newMeasures        string
		advice             string
	}
	want := map[string]line{
		"oostregio/beveiligde_zorg":  {then: true, now: false, measures: "liz-werving", statuses: "uitgevoerd:true"},
		"westregio/beveiligde_zorg":  {then: true, now: true, measures: "liz-werving", statuses: "deels:false"},
		"noordregio/beveiligde_zorg": {then: true, now: true, measures: "liz-werving", statuses: "niet:false", newMeasures: "liz-unit"},
		"noordregio/klinische_zorg":  {measures: "klinische-zorg-1", statuses: ":"},
	}
	got := map[string]line{}
	advice := map[string]string{}
	for _, r := range out.Regions {
		if r.Previous != "regions/"+r.Region.Code+"/2026.yaml" {
			t.Errorf("%s compared with %q", r.Region.Code, r.Previous)
		}
		for _, a := range r.Advice {
			advice[r.Region.Code] += a.ID + ":" + a.FollowUp
		}
		for _, f := range r.Forms {
			l := line{now: f.Now.Shortage, newMeasures: strings.Join(f.New, ",")}
			if f.Then != nil {
				l.then = f.Then.Shortage
			}
			var ids, st []string
			for _, m := range f.Measures {
				ids = append(ids, m.ID)
				s := m.Status + ":"
				if m.Solved != nil {
					s += map[bool]string{true: "true", false: "false"}[*m.Solved]
				}
				st = append(st, s)
			}
			l.measures, l.statuses = strings.Join(ids, ","), strings.Join(st, ",")
			got[r.Region.Code+"/"+f.Form] = l
		}
	}
	if len(got) != len(want) {
		t.Errorf("forms reported: %v; want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %+v, want %+v", k, got[k], w)
		}
	}
	if advice["westregio"] != "liz-plaatsen:contractering" || advice["noordregio"] != "liz-plaatsen:" || advice["oostregio"] != "" {
		t.Errorf("advice: %v", advice)
	}
	for _, tr := range out.Trends {
		if tr.Form != "beveiligde_zorg" {
			continue
		}
		// Three regions, 110 demand each; capacity 70+25 each, Oostregio to 110+25.
		if len(tr.Points) != 2 || tr.Points[0].Demand != 330 || tr.Points[0].Capacity != 285 || tr.Points[1].Capacity != 325 {
			t.Errorf("trend of secure care: %+v", tr.Points)
		}
	}
}

// A region in the registry without a plan for the year is named; so is a
// year without plans, as a usage error.
func TestVoortgangMissingRegion(t *testing.T) {
	r := cyclusRepo(t)
	if err := os.Remove(filepath.Join(r.dir, oost27)); err != nil {
		t.Fatal(err)
	}
	res := ggzcheck(t, runOptions{}, "voortgang", "--jaar", "2027", "regions/")
	if res.code != 0 || !strings.Contains(res.stdout, "Regio's zonder plan voor dit inkoopjaar: Oostregio.\n") {
		t.Errorf("exit %d:\n%s", res.code, res.stdout)
	}
	en := ggzcheck(t, runOptions{}, "voortgang", "--jaar", "2027", "--lang", "en", "regions/")
	if !strings.Contains(en.stdout, "Regions without a plan for this contracting year: Oostregio.\n") {
		t.Errorf("en:\n%s", en.stdout)
	}
	if res := ggzcheck(t, runOptions{}, "voortgang", "--jaar", "2030", "regions/"); res.code != 2 || !strings.Contains(res.stderr, "geen plannen voor inkoopjaar 2030; wel voor 2026, 2027") {
		t.Errorf("--jaar 2030: exit %d %q", res.code, res.stderr)
	}
	if res := ggzcheck(t, runOptions{}, "voortgang", "regions/"); res.code != 2 {
		t.Errorf("without --jaar: exit %d", res.code)
	}
}

func TestVoortgangFormats(t *testing.T) {
	cyclusRepo(t)
	c := ggzcheck(t, runOptions{}, "voortgang", "--jaar", "2027", "--format", "csv", "regions/")
	records, err := csv.NewReader(strings.NewReader(c.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Header, the noordregio plan that fails, and per region its forms,
	// measures and advice.
	if len(records) != 13 {
		t.Errorf("%d CSV records:\n%s", len(records), c.stdout)
	}
	md := ggzcheck(t, runOptions{}, "voortgang", "--jaar", "2027", "--format", "markdown", "regions/")
	for _, want := range []string{"# Voortgangsrapportage cruciale ggz, inkoopjaar 2027", "| noordregio | klinische zorg | maatregel van vorig jaar | klinische-zorg-1 | geen status gemeld |", "| beveiligde zorg | 330 | 285 | 330 | 325 |"} {
		if !strings.Contains(md.stdout, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.stdout)
		}
	}
}

// TestVoortgangHTMLInChromium renders the progress report and checks that
// every trend bar and every table row is shown.
func TestVoortgangHTMLInChromium(t *testing.T) {
	cyclusRepo(t)
	out := ggzcheck(t, runOptions{}, "voortgang", "--jaar", "2027", "--format", "html", "regions/").stdout
	probe := `<script>
(function () {
  var bars = 0, visible = 0, rows = 0, shown = 0;
  document.querySelectorAll("svg.trend rect").forEach(function (r) {
    bars++; var b = r.getBoundingClientRect(); if (b.width > 0 && b.height > 0) visible++;
  });
  document.querySelectorAll("table.regio tr").forEach(function (r) {
    rows++; var b = r.getBoundingClientRect(); if (b.width > 0 && b.height > 0) shown++;
  });
  document.body.setAttribute("data-probe", JSON.stringify({bars: bars, visible: visible, rows: rows, shown: shown}));
})();
</script>`
	var got struct{ Bars, Visible, Rows, Shown int }
	chromium.Probe(t, out, probe, &got)
	// Six care forms, two years, two bars; three tables, each with a
	// header row: Noordregio 2 forms, 2 measures, 1 new, 1 advice;
	// Oostregio 1 form, 1 measure; Westregio 1 form, 1 measure, 1 advice.
	if got.Bars != 24 || got.Visible != 24 || got.Rows != 14 || got.Shown != 14 {
		t.Errorf("chart and tables: %+v; want 24 visible bars and 14 shown rows", got)
	}
}
