package ggzcheck_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/ggzcheck/ggzcheck/internal/chromium"
)

type nationalOut struct {
	Year           int `json:"year"`
	Included       []struct{ Code, File string }
	FailingCounted []struct{ Code, File string } `json:"failing_counted"`
	Excluded       []struct{ Code, File string } `json:"excluded_failing"`
	Forms          []struct {
		Form             string `json:"form"`
		ExpectedDemand   int64  `json:"expected_demand"`
		ActualDemand     int64  `json:"actual_demand"`
		CapacityOwn      int64  `json:"capacity_own_region"`
		CapacityOther    int64  `json:"capacity_other_regions"`
		Waiting          int64  `json:"waiting"`
		ClosedLists      int64  `json:"closed_waiting_lists"`
		AbsoluteShortage bool   `json:"absolute_shortage"`
	} `json:"forms"`
	Agenda []struct {
		Topic string `json:"topic"`
		Items []struct {
			Title string `json:"title"`
		} `json:"items"`
	} `json:"agenda"`
	Hamerstukken []struct {
		Form string `json:"form"`
	} `json:"hamerstukken"`
}

// sums recomputes the national totals from the plans, independently of
// ggzcheck's loader: plain YAML decoding and addition.
func sums(t *testing.T, files ...string) map[string]map[string]int64 {
	t.Helper()
	out := map[string]map[string]int64{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var p struct {
			Zorgvormen map[string]struct {
				Verwacht   int64 `yaml:"verwachte_jaarlijkse_vraag"`
				Werkelijk  int64 `yaml:"werkelijke_jaarlijkse_vraag"`
				Capaciteit struct {
					Binnen int64 `yaml:"patienten_binnen_regio"`
					Buiten int64 `yaml:"patienten_buiten_regio"`
				} `yaml:"jaarlijkse_capaciteit"`
				Onvervuld struct {
					Wachtenden int64 `yaml:"aantal_wachtenden"`
					Gesloten   int64 `yaml:"aantal_gesloten_wachtlijsten"`
				} `yaml:"onvervulde_vraag"`
			} `yaml:"zorgvormen"`
		}
		if err := yaml.Unmarshal(src, &p); err != nil {
			t.Fatal(err)
		}
		for form, z := range p.Zorgvormen {
			if out[form] == nil {
				out[form] = map[string]int64{}
			}
			out[form]["expected"] += z.Verwacht
			out[form]["actual"] += z.Werkelijk
			out[form]["own"] += z.Capaciteit.Binnen
			out[form]["other"] += z.Capaciteit.Buiten
			out[form]["waiting"] += z.Onvervuld.Wachtenden
			out[form]["closed"] += z.Onvervuld.Gesloten
		}
	}
	return out
}

func TestNationalTotals(t *testing.T) {
	t.Parallel()
	r := ggzcheck(t, runOptions{}, "national", "--format", "json", exampleRegions)
	var o nationalOut
	if err := json.Unmarshal([]byte(r.stdout), &o); err != nil || r.code != 0 {
		t.Fatalf("exit %d, %v: %s", r.code, err, r.stderr)
	}
	files, _ := filepath.Glob(exampleRegions + "/*/*.yaml")
	want := sums(t, files...)
	if o.Year != 2026 || len(o.Included) != len(files) || len(o.Forms) != 6 {
		t.Fatalf("year %d, %d included, %d forms", o.Year, len(o.Included), len(o.Forms))
	}
	for _, f := range o.Forms {
		w := want[f.Form]
		got := map[string]int64{"expected": f.ExpectedDemand, "actual": f.ActualDemand, "own": f.CapacityOwn, "other": f.CapacityOther, "waiting": f.Waiting, "closed": f.ClosedLists}
		for k, v := range got {
			if v != w[k] {
				t.Errorf("%s %s: %d, want %d", f.Form, k, v, w[k])
			}
		}
		if f.AbsoluteShortage != (w["actual"] > w["own"]+w["other"]) {
			t.Errorf("%s: absolute shortage %v", f.Form, f.AbsoluteShortage)
		}
	}
	if len(o.Agenda) != 2 || len(o.Hamerstukken) == 0 {
		t.Errorf("agenda %+v, hamerstukken %+v", o.Agenda, o.Hamerstukken)
	}
}

func replaceIn(t *testing.T, file, old, new string) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(src), old) != 1 {
		t.Fatalf("%q occurs %d times in %s", old, strings.Count(string(src), old), file)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(src), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestNationalLeavesFailingPlansOut(t *testing.T) {
	t.Parallel()
	dir := regionsDir(t)
	failing := filepath.Join(dir, "hoogmoer", "2026.yaml")
	replaceIn(t, failing, "      email: e.vos@moerlandggz.example\n    mandaat: true", "      email: e.vos@moerlandggz.example\n    mandaat: false")
	var o nationalOut
	r := ggzcheck(t, runOptions{}, "national", "--format", "json", dir)
	if err := json.Unmarshal([]byte(r.stdout), &o); err != nil {
		t.Fatal(err)
	}
	want := sums(t, filepath.Join(dir, "zilverduin", "2026.yaml"), filepath.Join(dir, "lindeveld", "2026.yaml"))
	if len(o.Excluded) != 1 || o.Excluded[0].Code != "hoogmoer" || o.Forms[0].ActualDemand != want["acute_zorg"]["actual"] {
		t.Errorf("excluded %+v, acute demand %d (want %d)", o.Excluded, o.Forms[0].ActualDemand, want["acute_zorg"]["actual"])
	}
	text := ggzcheck(t, runOptions{}, "national", dir)
	if !strings.Contains(text.stdout, "LET OP: 1 plan voldoet niet en is NIET meegeteld: Hoogmoer") {
		t.Errorf("the excluded plan is not named loudly:\n%.600s", text.stdout)
	}
	r = ggzcheck(t, runOptions{}, "national", "--format", "json", "--include-failing", dir)
	o = nationalOut{}
	if err := json.Unmarshal([]byte(r.stdout), &o); err != nil {
		t.Fatal(err)
	}
	all := sums(t, filepath.Join(dir, "zilverduin", "2026.yaml"), filepath.Join(dir, "lindeveld", "2026.yaml"), failing)
	if len(o.FailingCounted) != 1 || o.Forms[0].ActualDemand != all["acute_zorg"]["actual"] {
		t.Errorf("--include-failing: counted %+v, acute demand %d", o.FailingCounted, o.Forms[0].ActualDemand)
	}
}

func TestNationalYears(t *testing.T) {
	t.Parallel()
	dir := regionsDir(t)
	next := filepath.Join(dir, "zilverduin", "2027.yaml")
	src, _ := os.ReadFile(filepath.Join(dir, "zilverduin", "2026.yaml"))
	if err := os.WriteFile(next, []byte(strings.Replace(string(src), "inkoopjaar: 2026", "inkoopjaar: 2027", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	// Without --year: the latest year, said on stderr and in every format.
	const note = "Inkoopjaar 2027 is het laatste jaar met plannen; de plannen van het andere inkoopjaar (2026) tellen hier niet mee."
	r := ggzcheck(t, runOptions{}, "national", "--format", "json", dir)
	if r.code != 0 || !strings.Contains(r.stdout, `"year": 2027`) || !strings.Contains(r.stdout, `"other_years": [`) || !strings.Contains(r.stderr, note) {
		t.Errorf("exit %d, %q\n%.300s", r.code, r.stderr, r.stdout)
	}
	for _, f := range []string{"text", "csv", "markdown", "html"} {
		if r := ggzcheck(t, runOptions{}, "national", "--format", f, dir); r.code != 0 || !strings.Contains(r.stdout, note) {
			t.Errorf("--format %s: exit %d; the report does not say it is of the latest year:\n%.500s", f, r.code, r.stdout)
		}
	}
	if r := ggzcheck(t, runOptions{}, "national", "--year", "2026", dir); r.code != 0 || strings.Contains(r.stdout+r.stderr, "laatste jaar") {
		t.Errorf("--year 2026: exit %d, or it speaks of the latest year: %s", r.code, r.stderr)
	}
	if r := ggzcheck(t, runOptions{}, "national", "--year", "2027", "--format", "json", dir); r.code != 0 || !strings.Contains(r.stdout, `"year": 2027`) {
		t.Errorf("--year 2027: exit %d %s", r.code, r.stderr)
	}
	if r := ggzcheck(t, runOptions{}, "national", "--year", "2030", dir); r.code != 2 || !strings.Contains(r.stderr, "geen plannen voor inkoopjaar 2030") {
		t.Errorf("--year 2030: exit %d %q", r.code, r.stderr)
	}
}

func TestNationalCSVAndGoldens(t *testing.T) {
	t.Parallel()
	r := ggzcheck(t, runOptions{}, "national", "--format", "csv", exampleRegions)
	rd := csv.NewReader(strings.NewReader(r.stdout))
	rd.FieldsPerRecord = -1
	records, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Each table is a title row (one field), a header row, and its rows.
	titles := 0
	for i, rec := range records {
		if len(rec) == 1 && i+1 < len(records) && len(records[i+1]) > 1 {
			titles++
		}
	}
	if titles < 6 {
		t.Errorf("%d tables in the CSV; want one per view", titles)
	}
	golden(t, "testdata/golden/national.txt", ggzcheck(t, runOptions{}, "national", exampleRegions).stdout)
	golden(t, "testdata/golden/national.csv", r.stdout)
	golden(t, "testdata/golden/national.md", ggzcheck(t, runOptions{}, "national", "--format", "markdown", exampleRegions).stdout)
	golden(t, "testdata/golden/national.html", ggzcheck(t, runOptions{}, "national", "--format", "html", exampleRegions).stdout)
}

// TestNationalChartInChromium renders the HTML overview and checks that the
// chart shows a demand and a capacity bar for every care form.
func TestNationalChartInChromium(t *testing.T) {
	t.Parallel()
	out := ggzcheck(t, runOptions{}, "national", "--format", "html", exampleRegions).stdout
	probe := `<script>
(function () {
  var bars = 0, visible = 0;
  document.querySelectorAll("#grafiek rect").forEach(function (r) {
    bars++; var b = r.getBoundingClientRect(); if (b.width > 0 && b.height > 0) visible++;
  });
  var svg = document.getElementById("grafiek").getBoundingClientRect();
  document.body.setAttribute("data-probe", JSON.stringify({bars: bars, visible: visible, height: svg.height}));
})();
</script>`
	var probe2 struct {
		Bars, Visible int
		Height        float64
	}
	chromium.Probe(t, out, probe, &probe2)
	if probe2.Bars != 12 || probe2.Visible != 12 || probe2.Height < 100 {
		t.Errorf("chart: %d bars, %d visible, %.0f px high; want 12 visible bars", probe2.Bars, probe2.Visible, probe2.Height)
	}
}

func TestCrossRegionRules(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		setup func(t *testing.T, dir string)
		rule  string
	}{
		{"two plans for one region and year", func(t *testing.T, dir string) {
			src, _ := os.ReadFile(filepath.Join(dir, "zilverduin", "2026.yaml"))
			os.WriteFile(filepath.Join(dir, "zilverduin", "2026-concept.yaml"), src, 0o644)
		}, "regio-dubbel-plan"},
		{"unknown region", func(t *testing.T, dir string) {
			replaceIn(t, filepath.Join(dir, "hoogmoer", "2026.yaml"), "code: hoogmoer", "code: hogemoer")
		}, "regio-onbekend"},
		{"unknown covering region", func(t *testing.T, dir string) {
			replaceIn(t, filepath.Join(dir, "hoogmoer", "2026.yaml"), "      regio: zilverduin\n", "      regio: zilverdiun\n")
		}, "regio-buur-onbekend"},
		{"registry names an unknown neighbour", func(t *testing.T, dir string) {
			replaceIn(t, filepath.Join(dir, "regios.yaml"), "buren: [zilverduin, lindeveld]", "buren: [zilverduin, lindevelt]")
		}, "regio-register"},
		{"same supply described differently", func(t *testing.T, dir string) {
			replaceIn(t, filepath.Join(dir, "zilverduin", "2026.yaml"), "      - aanbieder: GGZ Zilverduin\n        afdeling: Crisisdienst Zilverduin\n",
				"      - aanbieder: Lindeveld Psychiatrie\n        afdeling: Crisisdienst Lindeveld\n")
		}, "regio-aanbod-ongelijk"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := regionsDir(t)
			if r := ggzcheck(t, runOptions{}, "check", dir); r.code != 0 {
				t.Fatalf("the copy does not pass before the change:\n%s", r.stdout)
			}
			tt.setup(t, dir)
			r := ggzcheck(t, runOptions{}, "check", "--format", "json", dir)
			out := decode(t, r.stdout)
			found := false
			for _, f := range out.Findings {
				found = found || f.Rule == tt.rule
				if f.Rule != tt.rule {
					t.Errorf("also fired: %s %s", f.Rule, f.Message)
				}
			}
			if !found {
				t.Errorf("%s did not fire: %+v", tt.rule, out.Findings)
			}
		})
	}
}

// TestNationalAnswersKeepsExisting: --antwoorden writes a skeleton per region
// and leaves a file that is already there, the table's work, as it is.
func TestNationalAnswersKeepsExisting(t *testing.T) {
	t.Parallel()
	dir := regionsDir(t)
	out := filepath.Join(t.TempDir(), "antwoorden")
	kept := filepath.Join(out, "zilverduin", "2026.yaml")
	if err := os.MkdirAll(filepath.Dir(kept), 0o755); err != nil {
		t.Fatal(err)
	}
	const work = "regio: zilverduin\ninkoopjaar: 2026\n# het werk van de tafel\n"
	if err := os.WriteFile(kept, []byte(work), 0o644); err != nil {
		t.Fatal(err)
	}
	r := ggzcheck(t, runOptions{}, "national", "--antwoorden", out, dir)
	if r.code != 0 || !strings.Contains(r.stdout, "bestaat al, niet overschreven: ") || strings.Count("\n"+r.stdout, "\ngeschreven: ") != 2 {
		t.Errorf("exit %d, %q\n%s", r.code, r.stderr, r.stdout)
	}
	if got, _ := os.ReadFile(kept); string(got) != work {
		t.Errorf("the existing answers file was changed:\n%s", got)
	}
	for _, code := range []string{"hoogmoer", "lindeveld"} {
		if got, err := os.ReadFile(filepath.Join(out, code, "2026.yaml")); err != nil || !strings.Contains(string(got), "regio: "+code+"\n") {
			t.Errorf("%s: %v\n%s", code, err, got)
		}
	}
}
