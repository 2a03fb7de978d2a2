package report_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/chromium"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/report"
)

// made is the fixed time of the golden report.
var made = time.Date(2026, 5, 4, 9, 30, 0, 0, time.UTC)

func TestHTML(t *testing.T) {
	rep := sample(t)
	out := render(t, rep, report.HTML, report.Options{Lang: finding.NL, Generated: made})
	golden(t, "report.html", out)
	// The head says when, with which ggzcheck, rules, settings and
	// reference date the report was made.
	head := out[:strings.Index(out, "</header>")]
	for _, want := range []string{"gemaakt op</dt><dd><time datetime=\"2026-05-04T09:30:00Z\">2026-05-04 09:30 UTC</time>",
		"<dt>ggzcheck</dt>", "<dt>afspraken en planformaat</dt><dd>sha256:", "<dt>instellingen</dt>", "<dt>peildatum</dt>"} {
		if !strings.Contains(head, want) {
			t.Errorf("the head lacks %q", want)
		}
	}
	// The legend names each letter once.
	if strings.Contains(out, "<dt>A</dt><dd>A.") || !strings.Contains(out, "<dt>A</dt><dd>Geen verlies") {
		t.Error("the legend doubles the letter of an agreement")
	}
	// Self-contained: no scripts, no external styles, fonts or images.
	for _, banned := range []string{"<script", "<link", "<img", "<iframe", "@import", "url("} {
		if strings.Contains(out, banned) {
			t.Errorf("the report contains %q; it must be self-contained", banned)
		}
	}
}

// TestHTMLEscapesPlanText checks that a plan cannot inject markup.
func TestHTMLEscapesPlanText(t *testing.T) {
	rep := check.Report{Results: []check.Result{{
		File: "p.yaml", Region: "<script>alert(1)</script>", Year: 2026, PoliciesEvaluated: true,
		Source: []byte("naam: <img src=x onerror=alert(1)>\n"),
		Findings: []finding.Finding{{Rule: "x", Severity: finding.Error, File: "p.yaml", Line: 1, Column: 7,
			Message: finding.Text{NL: "<b onclick=x>"}, Source: "s"}},
	}}}
	out := render(t, rep, report.HTML, report.Options{Lang: finding.NL})
	for _, bad := range []string{"<script>alert", "<img src", "<b onclick"} {
		if strings.Contains(out, bad) {
			t.Errorf("plan text %q reached the HTML unescaped", bad)
		}
	}
}

// visibilityProbe is appended to a copy of the report, never to the report
// itself: it records which matrix cells and findings the browser lays out
// visibly.
const visibilityProbe = `<script>
(function () {
  function visible(el) {
    var r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none" && parseFloat(s.opacity) > 0;
  }
  var res = {cells: 0, visibleCells: 0, findings: [], visibleFindings: 0, title: document.title};
  document.querySelectorAll("#matrix td.o").forEach(function (td) { res.cells++; if (visible(td)) res.visibleCells++; });
  document.querySelectorAll("[data-finding]").forEach(function (li) {
    res.findings.push(li.getAttribute("data-finding"));
    if (visible(li)) res.visibleFindings++;
  });
  document.body.setAttribute("data-probe", JSON.stringify(res));
})();
</script>`

// TestHTMLInChromium renders the report in headless Chromium and checks that
// the matrix and every finding are visible. Without Chromium it is skipped,
// and says so, or fails in CI; .ci/run installs it.
func TestHTMLInChromium(t *testing.T) {
	rep := sample(t)
	out := render(t, rep, report.HTML, report.Options{Lang: finding.NL})
	var probe struct {
		Cells, VisibleCells, VisibleFindings int
		Findings                             []string
		Title                                string
	}
	chromium.Probe(t, out, visibilityProbe, &probe)
	agreements := map[string]bool{}
	total := 0
	for _, r := range rep.Rules {
		agreements[r.Agreement] = true
	}
	for _, res := range rep.Results {
		total += len(res.Findings)
	}
	if want := len(rep.Results) * len(agreements); probe.Cells != want || probe.VisibleCells != want {
		t.Errorf("matrix: %d cells, %d visible; want %d visible", probe.Cells, probe.VisibleCells, want)
	}
	if len(probe.Findings) != total || probe.VisibleFindings != total {
		t.Errorf("findings: %d in the page, %d visible; want %d visible", len(probe.Findings), probe.VisibleFindings, total)
	}
	if !strings.Contains(probe.Title, "Nalevingsrapport") {
		t.Errorf("title %q", probe.Title)
	}
}

// TestGeneratedAt: SOURCE_DATE_EPOCH fixes the time on a report, for
// reproducible output; anything else that is not a number of seconds is
// ignored.
func TestGeneratedAt(t *testing.T) {
	now := time.Date(2027, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tc := range []struct {
		epoch string
		want  time.Time
	}{
		{"", now},
		{"1767225600", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"gisteren", now},
		{"-5", now},
	} {
		got := report.GeneratedAt(func(k string) string { return map[string]string{"SOURCE_DATE_EPOCH": tc.epoch}[k] }, now)
		if !got.Equal(tc.want) {
			t.Errorf("SOURCE_DATE_EPOCH=%q: %s, want %s", tc.epoch, got, tc.want)
		}
	}
}

// rulesProbe counts the rows of the per-rule tables, and how many of them
// the reader sees.
const rulesProbe = `<script>
(function () {
  var res = {rows: 0, visibleRows: 0};
  document.querySelectorAll("table.outcomes tr").forEach(function (tr) {
    res.rows++;
    var r = tr.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && getComputedStyle(tr).visibility !== "hidden") res.visibleRows++;
  });
  document.body.setAttribute("data-probe", JSON.stringify(res));
})();
</script>`

// TestHTMLPrintsEveryRule: on screen the outcome of every rule is folded
// away; on paper every one of them is there. Chromium lays the page out for
// print; the screen layout shows the probe can tell the difference.
func TestHTMLPrintsEveryRule(t *testing.T) {
	rep := sample(t)
	out := render(t, rep, report.HTML, report.Options{Lang: finding.NL})
	want := 0
	for _, res := range rep.Results {
		want += len(res.Outcomes(rep.Rules))
	}
	var screen, paper struct{ Rows, VisibleRows int }
	chromium.Probe(t, out, rulesProbe, &screen)
	chromium.ProbePrint(t, out, rulesProbe, &paper)
	if paper.Rows != want || paper.VisibleRows != want {
		t.Errorf("printed: %d of %d rule outcomes visible, want all %d", paper.VisibleRows, paper.Rows, want)
	}
	if screen.Rows != want || screen.VisibleRows != 0 {
		t.Errorf("on screen: %d of %d rule outcomes visible, want them folded away", screen.VisibleRows, screen.Rows)
	}
}

// TestHTMLLinksToTheRepository: with the repository known, every link in
// the HTML goes to the file and line there, so a mailed report keeps
// working; without it, links are relative.
func TestHTMLLinksToTheRepository(t *testing.T) {
	rep := sample(t)
	base := "https://github.com/org/repo/blob/abc/"
	linked := render(t, rep, report.HTML, report.Options{Lang: finding.NL, LinkBase: base})
	if !strings.Contains(linked, `href="`+base+`testdata/plans/deelnemers-mandaat.yaml#L25"`) {
		t.Error("a finding does not link to its line in the repository")
	}
	hrefs := regexp.MustCompile(`href="([^"#][^"]*)"`).FindAllStringSubmatch(linked, -1)
	if len(hrefs) == 0 {
		t.Fatal("no links to files")
	}
	for _, h := range hrefs {
		if !strings.HasPrefix(h[1], base) {
			t.Errorf("link %s does not go to the repository", h[1])
		}
	}
	plain := render(t, rep, report.HTML, report.Options{Lang: finding.NL})
	if !strings.Contains(plain, `href="testdata/plans/deelnemers-mandaat.yaml#L25"`) {
		t.Error("without a repository, links are not relative")
	}
}
