package report_test

import (
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/chromium"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/report"
)

func TestHTML(t *testing.T) {
	rep := sample(t)
	out := render(t, rep, report.HTML, report.Options{Lang: finding.NL})
	golden(t, "report.html", out)
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
