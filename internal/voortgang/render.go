package voortgang

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/national"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// Formats lists the output formats of the progress report.
func Formats() []string { return []string{"text", "json", "csv", "markdown", "html"} }

// Write renders the report in format, one of Formats; opts names the care
// forms and the language as for the national overview.
func Write(w io.Writer, format string, r Report, opts national.Options) error {
	switch format {
	case "text":
		return writeText(w, r, opts)
	case "json":
		return sanitize.WriteJSON(w, r)
	case "csv":
		return writeCSV(w, r, opts)
	case "markdown":
		return writeMarkdown(w, r, opts)
	case "html":
		return writeHTML(w, r, opts)
	}
	return fmt.Errorf("onbekend formaat %q; kies uit: %s", format, strings.Join(Formats(), ", "))
}

var words = map[finding.Lang]map[string]string{
	finding.NL: {
		"title": "Voortgangsrapportage cruciale ggz, inkoopjaar %d", "missing": "Regio's zonder plan voor dit inkoopjaar", "failing": "Plannen die niet voldoen",
		"none": "geen", "compared": "vergeleken met %s", "first": "eerste inkoopjaar met een plan", "demand": "vraag", "capacity": "capaciteit eigen regio", "total": "capaciteit",
		"waiting": "wachtenden", "closed": "gesloten wachtlijsten", "shortage": "tekort", "yes": "ja", "no": "nee", "measure": "maatregel van vorig jaar",
		"new": "nieuwe maatregelen", "status": "status", "noStatus": "geen status gemeld", "solved": "tekort opgelost", "result": "resultaat", "continues": "loopt door",
		"advice": "Adviezen van de landelijke tafel", "noAnswers": "geen adviezen van de landelijke tafel gevonden", "proposal": "voorstel", "followUp": "opvolging",
		"noFollowUp": "niet opgevolgd in het plan", "agendaItem": "bespreekpunt", "trends": "Landelijke trend per zorgvorm", "region": "regio", "form": "zorgvorm",
		"year": "inkoopjaar", "kind": "onderwerp", "text": "tekst", "figures": "cijfers", "then": "toen", "now": "nu", "measures": "maatregelen",
		"caption": "Per inkoopjaar de werkelijke vraag (blauw) en de capaciteit (groen, rood bij een landelijk tekort), opgeteld over alle plannen waarvan de afspraken gecontroleerd konden worden.",
	},
	finding.EN: {
		"title": "Progress report crucial mental-health care, contracting year %d", "missing": "Regions without a plan for this contracting year", "failing": "Plans that fail",
		"none": "none", "compared": "compared with %s", "first": "first contracting year with a plan", "demand": "demand", "capacity": "capacity own region", "total": "capacity",
		"waiting": "waiting", "closed": "closed waiting lists", "shortage": "shortage", "yes": "yes", "no": "no", "measure": "measure of last year",
		"new": "new measures", "status": "status", "noStatus": "no status reported", "solved": "shortage solved", "result": "result", "continues": "continues",
		"advice": "Advice of the national table", "noAnswers": "no advice of the national table found", "proposal": "proposal", "followUp": "follow-up",
		"noFollowUp": "not followed up in the plan", "agendaItem": "agenda item", "trends": "National trend per care form", "region": "region", "form": "care form",
		"year": "year", "kind": "subject", "text": "text", "figures": "figures", "then": "then", "now": "now", "measures": "measures",
		"caption": "Per contracting year the actual demand (blue) and the capacity (green, red with a national shortage), summed over every plan whose agreements could be checked.",
	},
}

func value(s string) string { return sanitize.Cut(s, sanitize.MaxValue) }

func prose(s string, l finding.Lang) string { return sanitize.Message(s, l) }

func regions(rs []national.Region, m map[string]string) string {
	if len(rs) == 0 {
		return m["none"]
	}
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = value(r.Name)
		if r.File != "" {
			out[i] += " (" + value(r.File) + ")"
		}
	}
	return strings.Join(out, ", ")
}

func yesNo(b bool, m map[string]string) string {
	if b {
		return m["yes"]
	}
	return m["no"]
}

// figures says a form's figures then and now in one line.
func (f Form) figures(m map[string]string) string {
	if f.Then == nil {
		return fmt.Sprintf("%s %d, %s %d, %s %d, %s %d; %s: %s", m["demand"], f.Now.Demand, m["capacity"], f.Now.CapacityOwn, m["waiting"], f.Now.Waiting, m["closed"], f.Now.ClosedLists, m["shortage"], yesNo(f.Now.Shortage, m))
	}
	t := f.Then
	return fmt.Sprintf("%s %d → %d, %s %d → %d, %s %d → %d, %s %d → %d; %s: %s → %s", m["demand"], t.Demand, f.Now.Demand, m["capacity"], t.CapacityOwn, f.Now.CapacityOwn,
		m["waiting"], t.Waiting, f.Now.Waiting, m["closed"], t.ClosedLists, f.Now.ClosedLists, m["shortage"], yesNo(t.Shortage, m), yesNo(f.Now.Shortage, m))
}

// status says what became of a measure, in one line.
func (ms Measure) status(m map[string]string, l finding.Lang) string {
	if ms.Status == "" {
		s := m["noStatus"]
		if ms.Continues {
			s += "; " + m["continues"]
		}
		return s
	}
	s := value(ms.Status)
	if ms.Solved != nil {
		s += "; " + m["solved"] + ": " + yesNo(*ms.Solved, m)
	}
	if ms.Continues {
		s += "; " + m["continues"]
	}
	if ms.Result != "" {
		s += "; " + m["result"] + ": " + prose(ms.Result, l)
	}
	return s
}

// followUp says how the plan follows an advice up, in one line.
func (a Advice) followUp(m map[string]string, l finding.Lang) string {
	if a.FollowUp == "" {
		return m["noFollowUp"]
	}
	s := value(a.FollowUp)
	if len(a.Measures) > 0 {
		s += " (" + value(strings.Join(a.Measures, ", ")) + ")"
	}
	if a.Explanation != "" {
		s += ": " + prose(a.Explanation, l)
	}
	return s
}

func (r Region) comparedWith(m map[string]string) string {
	if r.Previous == "" {
		return m["first"]
	}
	return fmt.Sprintf(m["compared"], value(r.Previous))
}

func writeText(out io.Writer, r Report, opts national.Options) error {
	w := bufio.NewWriter(out)
	m, l := words[opts.Lang], opts.Lang
	fmt.Fprintf(w, m["title"]+"\n\n", r.Year)
	fmt.Fprintf(w, "%s: %s.\n%s: %s.\n", m["missing"], regions(r.Missing, m), m["failing"], regions(r.Failing, m))
	for _, reg := range r.Regions {
		fmt.Fprintf(w, "\n%s (%s), %s\n", value(reg.Region.Name), value(reg.Region.File), reg.comparedWith(m))
		for _, f := range reg.Forms {
			fmt.Fprintf(w, "  %s: %s\n", opts.Name(f.Form), f.figures(m))
			for _, ms := range f.Measures {
				fmt.Fprintf(w, "    %s %s: %s\n", m["measure"], value(ms.ID), ms.status(m, l))
			}
			if len(f.New) > 0 {
				fmt.Fprintf(w, "    %s: %s\n", m["new"], value(strings.Join(f.New, ", ")))
			}
		}
		if reg.Answers == "" {
			fmt.Fprintf(w, "  %s: %s\n", m["advice"], m["noAnswers"])
			continue
		}
		fmt.Fprintf(w, "  %s (%s):\n", m["advice"], value(reg.Answers))
		for _, a := range reg.Advice {
			fmt.Fprintf(w, "    %s (%s): %s: %s; %s: %s\n", value(a.ID), opts.Name(a.Form), m["proposal"], strings.TrimRight(prose(a.Proposal, l), ". "), m["followUp"], a.followUp(m, l))
		}
	}
	fmt.Fprintf(w, "\n%s\n", m["trends"])
	for _, t := range r.Trends {
		var points []string
		for _, p := range t.Points {
			points = append(points, fmt.Sprintf("%d: %s %d, %s %d", p.Year, m["demand"], p.Demand, m["total"], p.Capacity))
		}
		fmt.Fprintf(w, "  %s: %s\n", opts.Name(t.Form), strings.Join(points, "; "))
	}
	fmt.Fprintf(w, "\n%s\n", provenance.Heading(l))
	for _, f := range r.Provenance.Facts(l) {
		fmt.Fprintf(w, "  %s: %s\n", f.Label, sanitize.Text(f.Value))
	}
	return w.Flush()
}

// rows are the report as one table: a row per region and form for the
// figures, per measure of last year, per new measure, per advice, and per
// missing or failing region. Every cell goes through sanitize.Cell.
func rows(r Report, opts national.Options) [][]string {
	m, l := words[opts.Lang], opts.Lang
	var out [][]string
	row := func(cells ...string) {
		for i, c := range cells {
			cells[i] = sanitize.Cell(c)
		}
		out = append(out, cells)
	}
	for _, reg := range r.Missing {
		row(reg.Code, "", m["missing"], "", "")
	}
	for _, reg := range r.Failing {
		row(reg.Code, "", m["failing"], "", reg.File)
	}
	for _, reg := range r.Regions {
		for _, f := range reg.Forms {
			row(reg.Region.Code, opts.Name(f.Form), m["figures"], "", f.figures(m))
			for _, ms := range f.Measures {
				row(reg.Region.Code, opts.Name(f.Form), m["measure"], ms.ID, ms.status(m, l))
			}
			for _, id := range f.New {
				row(reg.Region.Code, opts.Name(f.Form), m["new"], id, "")
			}
		}
		for _, a := range reg.Advice {
			row(reg.Region.Code, opts.Name(a.Form), m["advice"], a.ID, m["proposal"]+": "+prose(a.Proposal, l)+"; "+m["followUp"]+": "+a.followUp(m, l))
		}
	}
	return out
}

func writeCSV(out io.Writer, r Report, opts national.Options) error {
	m := words[opts.Lang]
	w := csv.NewWriter(out)
	w.Write([]string{m["region"], m["form"], m["kind"], "id", m["text"]})
	for _, row := range rows(r, opts) {
		w.Write(row)
	}
	w.Flush()
	return w.Error()
}

func writeMarkdown(out io.Writer, r Report, opts national.Options) error {
	w := bufio.NewWriter(out)
	m := words[opts.Lang]
	md := sanitize.Markdown
	fmt.Fprintf(w, "# %s\n\n", fmt.Sprintf(m["title"], r.Year))
	fmt.Fprintf(w, "- %s: %s\n- %s: %s\n\n", m["missing"], md(regions(r.Missing, m)), m["failing"], md(regions(r.Failing, m)))
	fmt.Fprintf(w, "| %s | %s | %s | id | %s |\n|---|---|---|---|---|\n", m["region"], m["form"], m["kind"], m["text"])
	for _, row := range rows(r, opts) {
		for i := range row {
			row[i] = md(row[i])
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
	}
	fmt.Fprintf(w, "\n## %s\n\n| %s |", m["trends"], m["form"])
	years := trendYears(r)
	for _, y := range years {
		fmt.Fprintf(w, " %d %s | %d %s |", y, m["demand"], y, m["total"])
	}
	fmt.Fprintf(w, "\n|---|%s\n", strings.Repeat("---:|---:|", len(years)))
	for _, t := range r.Trends {
		fmt.Fprintf(w, "| %s |", md(opts.Name(t.Form)))
		for _, p := range t.Points {
			fmt.Fprintf(w, " %d | %d |", p.Demand, p.Capacity)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "\n## %s\n\n", provenance.Heading(opts.Lang))
	for _, f := range r.Provenance.Facts(opts.Lang) {
		fmt.Fprintf(w, "- %s: %s\n", md(f.Label), md(f.Value))
	}
	return w.Flush()
}

func trendYears(r Report) []int {
	var years []int
	if len(r.Trends) > 0 {
		for _, p := range r.Trends[0].Points {
			years = append(years, p.Year)
		}
	}
	return years
}

func esc(s string) string { return html.EscapeString(sanitize.Text(s)) }

// writeHTML writes a self-contained page: a trend chart per care form
// (inline SVG) and a table per region.
func writeHTML(out io.Writer, r Report, opts national.Options) error {
	w := bufio.NewWriter(out)
	m, l := words[opts.Lang], opts.Lang
	title := fmt.Sprintf(m["title"], r.Year)
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<h1>%s</h1>\n",
		l, esc(title), national.Style, esc(title))
	fmt.Fprintf(w, "<p id=\"ontbreekt\">%s: %s.</p>\n<p id=\"voldoet-niet\">%s: %s.</p>\n", esc(m["missing"]), esc(regions(r.Missing, m)), esc(m["failing"]), esc(regions(r.Failing, m)))
	fmt.Fprintf(w, "<h2>%s</h2>\n", esc(m["trends"]))
	for _, t := range r.Trends {
		writeTrend(w, t, opts)
	}
	fmt.Fprintf(w, "<p class=\"caption\">%s</p>\n", esc(m["caption"]))
	for _, reg := range r.Regions {
		fmt.Fprintf(w, "<h2>%s</h2>\n<p>%s, %s</p>\n<table class=\"regio\" data-region=\"%s\">\n<tr><th>%s</th><th>%s</th><th>id</th><th>%s</th></tr>\n",
			esc(value(reg.Region.Name)), esc(value(reg.Region.File)), esc(reg.comparedWith(m)), esc(reg.Region.Code), esc(m["form"]), esc(m["kind"]), esc(m["text"]))
		for _, f := range reg.Forms {
			fmt.Fprintf(w, "<tr><td>%s</td><td>%s</td><td></td><td>%s</td></tr>\n", esc(opts.Name(f.Form)), esc(m["figures"]), esc(f.figures(m)))
			for _, ms := range f.Measures {
				fmt.Fprintf(w, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(opts.Name(f.Form)), esc(m["measure"]), esc(value(ms.ID)), esc(ms.status(m, l)))
			}
			for _, id := range f.New {
				fmt.Fprintf(w, "<tr><td>%s</td><td>%s</td><td>%s</td><td></td></tr>\n", esc(opts.Name(f.Form)), esc(m["new"]), esc(value(id)))
			}
		}
		for _, a := range reg.Advice {
			fmt.Fprintf(w, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s: %s; %s: %s</td></tr>\n", esc(opts.Name(a.Form)), esc(m["advice"]), esc(value(a.ID)),
				esc(m["proposal"]), esc(prose(a.Proposal, l)), esc(m["followUp"]), esc(a.followUp(m, l)))
		}
		fmt.Fprint(w, "</table>\n")
	}
	fmt.Fprintf(w, "<footer id=\"herkomst\">\n<h2>%s</h2>\n<dl>\n", esc(provenance.Heading(l)))
	for _, f := range r.Provenance.Facts(l) {
		fmt.Fprintf(w, "<dt>%s</dt><dd>%s</dd>\n", esc(f.Label), esc(f.Value))
	}
	fmt.Fprint(w, "</dl>\n</footer>\n</body>\n</html>\n")
	return w.Flush()
}

// writeTrend draws one care form over the years: per year a bar for the
// actual demand and one for the capacity, on the form's own scale.
func writeTrend(w io.Writer, t Trend, opts national.Options) {
	m := words[opts.Lang]
	var top int64 = 1
	for _, p := range t.Points {
		top = max(top, p.Demand, p.Capacity)
	}
	const label, bar, rowH = 60.0, 420.0, 40.0
	height := rowH*float64(len(t.Points)) + 10
	fmt.Fprintf(w, "<h3>%s</h3>\n<svg class=\"trend\" data-form=\"%s\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" xmlns=\"http://www.w3.org/2000/svg\">\n",
		esc(opts.Name(t.Form)), esc(t.Form), esc(opts.Name(t.Form)), label+bar+220, height)
	for i, p := range t.Points {
		y := 5 + rowH*float64(i)
		dw := bar * float64(p.Demand) / float64(top)
		cw := bar * float64(p.Capacity) / float64(top)
		fill := "#2da44e"
		if p.Demand > p.Capacity {
			fill = "#cf222e"
		}
		fmt.Fprintf(w, "<g class=\"jaar\" data-year=\"%d\"><text x=\"0\" y=\"%.0f\">%d</text>\n", p.Year, y+14, p.Year)
		fmt.Fprintf(w, "<rect class=\"vraag\" x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"14\" fill=\"#0969da\"><title>%s: %d</title></rect><text x=\"%.1f\" y=\"%.0f\">%s %d</text>\n",
			label, y, dw, esc(m["demand"]), p.Demand, label+dw+4, y+11, esc(m["demand"]), p.Demand)
		fmt.Fprintf(w, "<rect class=\"capaciteit\" x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s: %d</title></rect><text x=\"%.1f\" y=\"%.0f\">%s %d</text></g>\n",
			label, y+16, cw, fill, esc(m["total"]), p.Capacity, label+cw+4, y+27, esc(m["total"]), p.Capacity)
	}
	fmt.Fprint(w, "</svg>\n")
}
