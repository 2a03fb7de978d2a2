package national

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// Options are the settings of a national report.
type Options struct {
	Lang  finding.Lang
	Names map[string]finding.Text // display names of care forms
}

func (o Options) name(form string) string {
	if form == HighSpecialistTopic {
		return map[finding.Lang]string{finding.NL: "hoogspecialistische zorg (vanuit ggz en ziekenhuis)", finding.EN: "high-specialist care (mental-health institutions and hospitals)"}[o.Lang]
	}
	if n, ok := o.Names[form]; ok {
		return sanitize.Lead(n.In(o.Lang))
	}
	return sanitize.Lead(value(form)) // it may begin a line
}

// Name is the display name of a care form (or topic) in the options'
// language, safe at the start of a line.
func (o Options) Name(form string) string { return o.name(form) }

// Style is the stylesheet of ggzcheck's HTML overviews, for a report that
// should look like them.
const Style = nationalStyle

// value shows a short text from a plan (a name, a title, a file) and prose a
// long one (a description, a motivation): sanitized, and cut, so that a
// hostile plan can neither act on the terminal or log nor flood the report.
func value(s string) string { return sanitize.Cut(s, sanitize.MaxValue) }

func (o Options) prose(s string) string { return sanitize.Message(s, o.Lang) }

// counted fills the sentence key with "1 plan" or "n plannen" and the
// names, in the sentence's singular form (key+"1") when there is one plan.
func counted(m map[string]string, key string, n int, names string) string {
	noun := m["plans"]
	if n == 1 {
		noun = m["plan"]
		if _, ok := m[key+"1"]; ok {
			key += "1"
		}
	}
	if none, ok := m[key+"0"]; ok && n == 0 {
		return none
	}
	return fmt.Sprintf(m[key], fmt.Sprintf("%d %s", n, noun), names)
}

var words = map[finding.Lang]map[string]string{
	finding.NL: {
		"title": "Landelijk overzicht cruciale ggz, inkoopjaar %d", "included": "Meegeteld: %s: %s.", "included0": "Meegeteld: geen plannen.",
		"latest1":   "Inkoopjaar %d is het laatste jaar met plannen; de plannen van het andere inkoopjaar (%s) tellen hier niet mee. Kies een jaar met --year.",
		"latest":    "Inkoopjaar %d is het laatste jaar met plannen; de plannen van de andere inkoopjaren (%s) tellen hier niet mee. Kies een jaar met --year.",
		"excluded":  "LET OP: %s voldoen niet en zijn NIET meegeteld: %s. Gebruik --include-failing om ze toch mee te tellen.",
		"excluded1": "LET OP: %s voldoet niet en is NIET meegeteld: %s. Gebruik --include-failing om het toch mee te tellen.",
		"counted":   "LET OP: %s voldoen niet en zijn WEL meegeteld (--include-failing): %s.",
		"counted1":  "LET OP: %s voldoet niet en is WEL meegeteld (--include-failing): %s.",
		"plan":      "plan", "plans": "plannen", "fact": "onderdeel", "value": "waarde",
		"totals": "Totalen per zorgvorm", "form": "zorgvorm", "expected": "verwachte vraag", "actual": "werkelijke vraag",
		"capOwn": "capaciteit eigen regio", "capOther": "capaciteit andere regio's", "capacity": "capaciteit", "waiting": "wachtenden",
		"closed": "gesloten wachtlijsten", "with": "regio's met", "without": "regio's zonder", "shortages": "Tekorten",
		"absolute": "Absoluut tekort bij %s: landelijke vraag %d, capaciteit %d.", "local": "Lokaal tekort bij %s: %s heeft het aanbod niet en geen toegankelijke opvang%s.",
		"raised": " (landelijk ingebracht)", "noShortage": "Geen absolute of lokale tekorten.", "coverage": "Regio's zonder zorgvorm",
		"coveredBy": "opvang in", "accessible": "toegankelijk en voldoende", "yes": "ja", "no": "nee", "exclusions": "Exclusiecriteria",
		"region": "regio", "provider": "aanbieder", "description": "omschrijving", "motivation": "motivatie", "agenda": "Bespreekpunten per zorgvorm",
		"noAgenda": "Geen bespreekpunten.", "neighbours": "Buurregio's met een bespreekpunt over dit onderwerp, samen te bespreken: %s.",
		"item": "bespreekpunt", "reasons": "redenen", "steps": "gezette stappen", "whynot": "waarom niet opgelost", "proposal": "voorstel",
		"hamer": "Landelijk aanbod zonder bespreekpunt (hamerstukken)", "noHamer": "Geen.", "offer": "aanbod",
		"chart": "Vraag tegen capaciteit per zorgvorm", "none": "—",
		"caption": "Blauw: werkelijke vraag. Groen: capaciteit (voor patiënten uit alle regio's). Rood: capaciteit lager dan de landelijke vraag, een absoluut tekort.",
	},
	finding.EN: {
		"title": "National overview of crucial mental-health care, contracting year %d", "included": "Counted: %s: %s.", "included0": "Counted: no plans.",
		"latest1":   "Contracting year %d is the latest with plans; the plans of the other year (%s) are not counted here. Choose a year with --year.",
		"latest":    "Contracting year %d is the latest with plans; the plans of the other years (%s) are not counted here. Choose a year with --year.",
		"excluded":  "NOTE: %s fail and are NOT counted: %s. Use --include-failing to count them anyway.",
		"excluded1": "NOTE: %s fails and is NOT counted: %s. Use --include-failing to count it anyway.",
		"counted":   "NOTE: %s fail and ARE counted (--include-failing): %s.",
		"counted1":  "NOTE: %s fails and IS counted (--include-failing): %s.",
		"plan":      "plan", "plans": "plans", "fact": "item", "value": "value",
		"totals": "Totals per care form", "form": "care form", "expected": "expected demand", "actual": "actual demand",
		"capOwn": "capacity own region", "capOther": "capacity other regions", "capacity": "capacity", "waiting": "waiting",
		"closed": "closed waiting lists", "with": "regions with", "without": "regions without", "shortages": "Shortages",
		"absolute": "Absolute shortage of %s: national demand %d, capacity %d.", "local": "Local shortage of %s: %s lacks the supply and accessible cover%s.",
		"raised": " (raised nationally)", "noShortage": "No absolute or local shortages.", "coverage": "Regions without the care form",
		"coveredBy": "covered in", "accessible": "accessible and sufficient", "yes": "yes", "no": "no", "exclusions": "Exclusion criteria",
		"region": "region", "provider": "provider", "description": "description", "motivation": "motivation", "agenda": "Agenda items per care form",
		"noAgenda": "No agenda items.", "neighbours": "Neighbouring regions raising this topic, best discussed together: %s.",
		"item": "agenda item", "reasons": "reasons", "steps": "steps taken", "whynot": "why not solved", "proposal": "proposal",
		"hamer": "National supply without an agenda item (hamerstukken)", "noHamer": "None.", "offer": "supply",
		"chart": "Demand against capacity per care form", "none": "—",
		"caption": "Blue: actual demand. Green: capacity (for patients from every region). Red: capacity below national demand, an absolute shortage.",
	},
}

func names(rs []Region) string {
	var out []string
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%s (%s)", value(r.Name), sanitize.Text(r.File)))
	}
	return strings.Join(out, ", ")
}

// LatestNote is the sentence that says the overview is of the latest year
// and which years it leaves out, or "" when it is of the only year or of
// the year asked for.
func LatestNote(o Overview, lang finding.Lang) string {
	if len(o.OtherYears) == 0 {
		return ""
	}
	m := words[lang]
	years := make([]string, len(o.OtherYears))
	for i, y := range o.OtherYears {
		years[i] = fmt.Sprint(y)
	}
	key := "latest"
	if len(years) == 1 {
		key = "latest1"
	}
	return fmt.Sprintf(m[key], o.Year, strings.Join(years, ", "))
}

// Formats lists the overview's output formats, the default first.
func Formats() []string { return []string{"text", "json", "csv", "markdown", "html"} }

// Write renders the overview in format, one of Formats.
func Write(w io.Writer, format string, o Overview, opts Options) error {
	switch format {
	case "text":
		return WriteText(w, o, opts)
	case "json":
		return WriteJSON(w, o)
	case "csv":
		return WriteCSV(w, o, opts)
	case "markdown":
		return WriteMarkdown(w, o, opts)
	case "html":
		return WriteHTML(w, o, opts)
	}
	return fmt.Errorf("onbekend formaat %q; kies uit: %s", format, strings.Join(Formats(), ", "))
}

// WriteJSON writes the overview as one JSON object.
func WriteJSON(w io.Writer, o Overview) error {
	return sanitize.WriteJSON(w, o)
}

// WriteText writes the overview for a terminal.
func WriteText(out io.Writer, o Overview, opts Options) error {
	w := bufio.NewWriter(out)
	m := words[opts.Lang]
	fmt.Fprintf(w, m["title"]+"\n\n", o.Year)
	if note := LatestNote(o, opts.Lang); note != "" {
		fmt.Fprintln(w, note)
	}
	fmt.Fprintln(w, counted(m, "included", len(o.Included), names(o.Included)))
	if len(o.FailingCounted) > 0 {
		fmt.Fprintln(w, counted(m, "counted", len(o.FailingCounted), names(o.FailingCounted)))
	}
	if len(o.Excluded) > 0 {
		fmt.Fprintln(w, counted(m, "excluded", len(o.Excluded), names(o.Excluded)))
	}
	fmt.Fprintf(w, "\n%s\n", m["totals"])
	fmt.Fprintf(w, "  %-48s %9s %9s %9s %9s %9s %9s %6s\n", m["form"], "verwacht", "vraag", "cap.eigen", "cap.ander", "wachtend", "gesloten", "regio's")
	for _, f := range o.Forms {
		fmt.Fprintf(w, "  %-48s %9d %9d %9d %9d %9d %9d %3d/%-2d\n", opts.name(f.Form), f.ExpectedDemand, f.ActualDemand, f.CapacityOwn, f.CapacityOther, f.Waiting, f.ClosedLists, len(f.RegionsWith), len(f.RegionsWith)+len(f.RegionsWithout))
	}
	fmt.Fprintf(w, "\n%s\n", m["shortages"])
	for _, line := range shortages(o, opts) {
		fmt.Fprintf(w, "  %s\n", line)
	}
	fmt.Fprintf(w, "\n%s\n", m["coverage"])
	for _, f := range o.Forms {
		for _, c := range f.RegionsWithout {
			fmt.Fprintf(w, "  %s: %s, %s %s, %s: %s\n", opts.name(f.Form), value(c.Region.Name), m["coveredBy"], orNone(value(c.CoveredBy), m), m["accessible"], yesNo(c.Accessible, m))
		}
	}
	fmt.Fprintf(w, "\n%s\n", m["exclusions"])
	for _, f := range o.Forms {
		for _, e := range f.Exclusions {
			fmt.Fprintf(w, "  %s, %s (%s): %s %s: %s\n", opts.name(f.Form), value(e.Region.Name), orNone(value(e.Provider), m), opts.prose(e.Description), m["motivation"], opts.prose(e.Motivation))
		}
	}
	fmt.Fprintf(w, "\n%s\n", m["agenda"])
	if len(o.Agenda) == 0 {
		fmt.Fprintf(w, "  %s\n", m["noAgenda"])
	}
	for _, t := range o.Agenda {
		fmt.Fprintf(w, "  %s\n", opts.name(t.Topic))
		if len(t.Neighbours) > 0 {
			fmt.Fprintf(w, "    "+m["neighbours"]+"\n", pairs(t.Neighbours))
		}
		for _, it := range t.Items {
			fmt.Fprintf(w, "    - %s: %s\n      %s: %s\n      %s: %s\n      %s: %s\n      %s: %s\n", value(it.Region.Name), value(it.Title),
				m["reasons"], opts.prose(it.Reasons), m["steps"], opts.prose(it.Steps), m["whynot"], opts.prose(it.WhyNot), m["proposal"], opts.prose(it.Proposal))
		}
	}
	fmt.Fprintf(w, "\n%s\n", m["hamer"])
	if len(o.Hamerstukken) == 0 {
		fmt.Fprintf(w, "  %s\n", m["noHamer"])
	}
	for _, h := range o.Hamerstukken {
		fmt.Fprintf(w, "  %s, %s: %s (%s %d)\n", opts.name(h.Form), value(h.Region.Name), opts.offer(h), m["capOther"], h.Capacity)
	}
	fmt.Fprintf(w, "\n%s\n", provenance.Heading(opts.Lang))
	for _, f := range o.Provenance.Facts(opts.Lang) {
		fmt.Fprintf(w, "  %s: %s\n", f.Label, sanitize.Text(f.Value))
	}
	return w.Flush()
}

func shortages(o Overview, opts Options) []string {
	m := words[opts.Lang]
	var out []string
	for _, f := range o.Forms {
		if f.AbsoluteShortage {
			out = append(out, fmt.Sprintf(m["absolute"], opts.name(f.Form), f.ActualDemand, f.Capacity()))
		}
		for _, c := range f.RegionsWithout {
			if !c.Accessible {
				raised := ""
				if c.Raised {
					raised = m["raised"]
				}
				out = append(out, fmt.Sprintf(m["local"], opts.name(f.Form), value(c.Region.Name), raised))
			}
		}
	}
	if len(out) == 0 {
		out = append(out, m["noShortage"])
	}
	return out
}

// WriteCSV writes one table per view, each under a title row and separated
// by an empty row, for the spreadsheets policy advisors use. Every cell of
// plan text goes through sanitize.Cell, against formula injection.
func WriteCSV(out io.Writer, o Overview, opts Options) error {
	m := words[opts.Lang]
	w := csv.NewWriter(out)
	table := func(title string, header []string, rows [][]string) {
		w.Write([]string{title})
		w.Write(header)
		for _, r := range rows {
			w.Write(r)
		}
		w.Write(nil)
	}
	var rows [][]string
	for _, f := range o.Forms {
		rows = append(rows, []string{sanitize.Cell(opts.name(f.Form)), d(f.ExpectedDemand), d(f.ActualDemand), d(f.CapacityOwn), d(f.CapacityOther),
			d(f.Capacity()), d(f.Waiting), d(f.ClosedLists), fmt.Sprint(len(f.RegionsWith)), fmt.Sprint(len(f.RegionsWithout)), yesNo(f.AbsoluteShortage, m)})
	}
	if note := LatestNote(o, opts.Lang); note != "" {
		w.Write([]string{sanitize.Cell(note)})
		w.Write(nil)
	}
	table(fmt.Sprintf(m["title"], o.Year)+": "+m["totals"], []string{m["form"], m["expected"], m["actual"], m["capOwn"], m["capOther"], m["capacity"], m["waiting"], m["closed"], m["with"], m["without"], m["shortages"]}, rows)
	rows = nil
	for _, f := range o.Forms {
		for _, c := range f.RegionsWithout {
			rows = append(rows, []string{sanitize.Cell(opts.name(f.Form)), sanitize.Cell(value(c.Region.Name)), sanitize.Cell(value(c.CoveredBy)), yesNo(c.Accessible, m), yesNo(c.Raised, m)})
		}
	}
	table(m["coverage"], []string{m["form"], m["region"], m["coveredBy"], m["accessible"], strings.TrimSpace(strings.Trim(m["raised"], " ()"))}, rows)
	rows = nil
	for _, f := range o.Forms {
		for _, e := range f.Exclusions {
			rows = append(rows, []string{sanitize.Cell(opts.name(f.Form)), sanitize.Cell(value(e.Region.Name)), sanitize.Cell(value(e.Provider)),
				sanitize.Cell(opts.prose(e.Description)), sanitize.Cell(opts.prose(e.Motivation))})
		}
	}
	table(m["exclusions"], []string{m["form"], m["region"], m["provider"], m["description"], m["motivation"]}, rows)
	rows = nil
	for _, t := range o.Agenda {
		for _, it := range t.Items {
			rows = append(rows, []string{sanitize.Cell(opts.name(t.Topic)), sanitize.Cell(opts.name(it.Form)), sanitize.Cell(value(it.Region.Name)), sanitize.Cell(value(it.Title)),
				sanitize.Cell(opts.prose(it.Reasons)), sanitize.Cell(opts.prose(it.Steps)), sanitize.Cell(opts.prose(it.WhyNot)), sanitize.Cell(opts.prose(it.Proposal))})
		}
	}
	table(m["agenda"], []string{"onderwerp", m["form"], m["region"], m["item"], m["reasons"], m["steps"], m["whynot"], m["proposal"]}, rows)
	rows = nil
	for _, h := range o.Hamerstukken {
		rows = append(rows, []string{sanitize.Cell(opts.name(h.Form)), sanitize.Cell(value(h.Region.Name)), sanitize.Cell(opts.offer(h)), d(h.Capacity)})
	}
	table(m["hamer"], []string{m["form"], m["region"], m["offer"], m["capOther"]}, rows)
	rows = nil
	for _, r := range o.Excluded {
		rows = append(rows, []string{sanitize.Cell(value(r.Name)), sanitize.Cell(sanitize.Text(r.File))})
	}
	table(strings.SplitN(counted(m, "excluded", len(o.Excluded), ""), ":", 2)[0], []string{m["region"], "bestand"}, rows)
	rows = nil
	for _, f := range o.Provenance.Facts(opts.Lang) {
		rows = append(rows, []string{f.Label, sanitize.Cell(f.Value)})
	}
	table(provenance.Heading(opts.Lang), []string{m["fact"], m["value"]}, rows)
	w.Flush()
	return w.Error()
}

// WriteMarkdown writes the overview in Markdown.
func WriteMarkdown(out io.Writer, o Overview, opts Options) error {
	w := bufio.NewWriter(out)
	m := words[opts.Lang]
	fmt.Fprintf(w, "## "+m["title"]+"\n\n", o.Year)
	if note := LatestNote(o, opts.Lang); note != "" {
		fmt.Fprintf(w, "> [!NOTE]\n> %s\n\n", sanitize.Markdown(note))
	}
	fmt.Fprintln(w, counted(m, "included", len(o.Included), sanitize.Markdown(names(o.Included))))
	if len(o.FailingCounted) > 0 {
		fmt.Fprintf(w, "\n> **%s**\n", counted(m, "counted", len(o.FailingCounted), sanitize.Markdown(names(o.FailingCounted))))
	}
	if len(o.Excluded) > 0 {
		fmt.Fprintf(w, "\n> **%s**\n", counted(m, "excluded", len(o.Excluded), sanitize.Markdown(names(o.Excluded))))
	}
	fmt.Fprintf(w, "\n### %s\n\n| %s | %s | %s | %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|---:|---:|---:|\n",
		m["totals"], m["form"], m["expected"], m["actual"], m["capOwn"], m["capOther"], m["waiting"], m["closed"], m["with"])
	for _, f := range o.Forms {
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %d | %d/%d |\n", opts.name(f.Form), f.ExpectedDemand, f.ActualDemand, f.CapacityOwn, f.CapacityOther, f.Waiting, f.ClosedLists, len(f.RegionsWith), len(f.RegionsWith)+len(f.RegionsWithout))
	}
	fmt.Fprintf(w, "\n### %s\n\n", m["shortages"])
	for _, line := range shortages(o, opts) {
		fmt.Fprintf(w, "- %s\n", sanitize.Markdown(line))
	}
	fmt.Fprintf(w, "\n### %s\n", m["agenda"])
	if len(o.Agenda) == 0 {
		fmt.Fprintf(w, "\n%s\n", m["noAgenda"])
	}
	for _, t := range o.Agenda {
		fmt.Fprintf(w, "\n#### %s\n\n", opts.name(t.Topic))
		if len(t.Neighbours) > 0 {
			fmt.Fprintf(w, m["neighbours"]+"\n\n", sanitize.Markdown(pairs(t.Neighbours)))
		}
		for _, it := range t.Items {
			fmt.Fprintf(w, "- **%s**: %s  \n  %s: %s  \n  %s: %s  \n  %s: %s  \n  %s: %s\n", sanitize.Markdown(value(it.Region.Name)), sanitize.Markdown(value(it.Title)),
				m["reasons"], sanitize.Markdown(opts.prose(it.Reasons)), m["steps"], sanitize.Markdown(opts.prose(it.Steps)), m["whynot"], sanitize.Markdown(opts.prose(it.WhyNot)), m["proposal"], sanitize.Markdown(opts.prose(it.Proposal)))
		}
	}
	fmt.Fprintf(w, "\n### %s\n\n", m["hamer"])
	if len(o.Hamerstukken) == 0 {
		fmt.Fprintf(w, "%s\n", m["noHamer"])
	}
	for _, h := range o.Hamerstukken {
		fmt.Fprintf(w, "- %s, %s: %s\n", opts.name(h.Form), sanitize.Markdown(value(h.Region.Name)), sanitize.Markdown(opts.offer(h)))
	}
	fmt.Fprintf(w, "\n### %s\n\n", provenance.Heading(opts.Lang))
	for _, f := range o.Provenance.Facts(opts.Lang) {
		fmt.Fprintf(w, "- %s: %s\n", f.Label, sanitize.Markdown(f.Value))
	}
	return w.Flush()
}

// WriteHTML writes a self-contained page: a chart of demand against capacity
// per care form (inline SVG) above the tables.
func WriteHTML(out io.Writer, o Overview, opts Options) error {
	w := bufio.NewWriter(out)
	m := words[opts.Lang]
	e := htmlEsc
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<h1>%s</h1>\n",
		opts.Lang, e(fmt.Sprintf(m["title"], o.Year)), nationalStyle, e(fmt.Sprintf(m["title"], o.Year)))
	if note := LatestNote(o, opts.Lang); note != "" {
		fmt.Fprintf(w, "<p class=\"warn\" id=\"jaar\">%s</p>\n", e(note))
	}
	fmt.Fprintf(w, "<p>%s</p>\n", e(counted(m, "included", len(o.Included), names(o.Included))))
	if len(o.FailingCounted) > 0 {
		fmt.Fprintf(w, "<p class=\"warn\">%s</p>\n", e(counted(m, "counted", len(o.FailingCounted), names(o.FailingCounted))))
	}
	if len(o.Excluded) > 0 {
		fmt.Fprintf(w, "<p class=\"warn\">%s</p>\n", e(counted(m, "excluded", len(o.Excluded), names(o.Excluded))))
	}
	fmt.Fprintf(w, "<h2>%s</h2>\n", e(m["chart"]))
	writeChart(w, o, opts)
	fmt.Fprintf(w, "<h2>%s</h2>\n<table>\n<tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
		e(m["totals"]), e(m["form"]), e(m["expected"]), e(m["actual"]), e(m["capOwn"]), e(m["capOther"]), e(m["waiting"]), e(m["closed"]), e(m["with"]))
	for _, f := range o.Forms {
		fmt.Fprintf(w, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d/%d</td></tr>\n",
			e(opts.name(f.Form)), f.ExpectedDemand, f.ActualDemand, f.CapacityOwn, f.CapacityOther, f.Waiting, f.ClosedLists, len(f.RegionsWith), len(f.RegionsWith)+len(f.RegionsWithout))
	}
	fmt.Fprintf(w, "</table>\n<h2>%s</h2>\n<ul>\n", e(m["shortages"]))
	for _, line := range shortages(o, opts) {
		fmt.Fprintf(w, "<li>%s</li>\n", e(line))
	}
	fmt.Fprintf(w, "</ul>\n<h2>%s</h2>\n", e(m["agenda"]))
	if len(o.Agenda) == 0 {
		fmt.Fprintf(w, "<p>%s</p>\n", e(m["noAgenda"]))
	}
	for _, t := range o.Agenda {
		fmt.Fprintf(w, "<h3>%s</h3>\n", e(opts.name(t.Topic)))
		if len(t.Neighbours) > 0 {
			fmt.Fprintf(w, "<p>%s</p>\n", e(fmt.Sprintf(m["neighbours"], pairs(t.Neighbours))))
		}
		fmt.Fprint(w, "<dl>\n")
		for _, it := range t.Items {
			fmt.Fprintf(w, "<dt>%s: %s</dt><dd>%s: %s<br>%s: %s<br>%s: %s<br>%s: %s</dd>\n", e(value(it.Region.Name)), e(value(it.Title)),
				e(m["reasons"]), e(opts.prose(it.Reasons)), e(m["steps"]), e(opts.prose(it.Steps)), e(m["whynot"]), e(opts.prose(it.WhyNot)), e(m["proposal"]), e(opts.prose(it.Proposal)))
		}
		fmt.Fprint(w, "</dl>\n")
	}
	fmt.Fprintf(w, "<h2>%s</h2>\n<ul>\n", e(m["hamer"]))
	for _, h := range o.Hamerstukken {
		fmt.Fprintf(w, "<li>%s, %s: %s</li>\n", e(opts.name(h.Form)), e(value(h.Region.Name)), e(opts.offer(h)))
	}
	fmt.Fprintf(w, "</ul>\n<footer id=\"herkomst\">\n<h2>%s</h2>\n<dl>\n", e(provenance.Heading(opts.Lang)))
	for _, f := range o.Provenance.Facts(opts.Lang) {
		fmt.Fprintf(w, "<dt>%s</dt><dd>%s</dd>\n", e(f.Label), e(f.Value))
	}
	fmt.Fprint(w, "</dl>\n</footer>\n</body>\n</html>\n")
	return w.Flush()
}

const nationalStyle = `body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1.5rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #d0d7de;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left}th{background:#f6f8fa}
td.n{text-align:right;font-variant-numeric:tabular-nums}.warn{background:#fff8c5;padding:.5rem;border:1px solid #d4a72c}
svg text{font:12px system-ui,sans-serif}@media print{body{max-width:none;padding:0}}`

// writeChart draws, per care form, a bar for actual demand and one for
// capacity, on one scale.
func writeChart(w io.Writer, o Overview, opts Options) {
	m := words[opts.Lang]
	var top int64 = 1
	for _, f := range o.Forms {
		top = max(top, f.ActualDemand, f.Capacity())
	}
	const label, bar, rowH = 330.0, 480.0, 46.0
	height := rowH*float64(len(o.Forms)) + 40
	fmt.Fprintf(w, "<svg id=\"grafiek\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" xmlns=\"http://www.w3.org/2000/svg\">\n",
		html.EscapeString(m["chart"]), label+bar+190, height)
	for i, f := range o.Forms {
		y := 10 + rowH*float64(i)
		dw := bar * float64(f.ActualDemand) / float64(top)
		cw := bar * float64(f.Capacity()) / float64(top)
		fill := "#2da44e"
		if f.AbsoluteShortage {
			fill = "#cf222e"
		}
		fmt.Fprintf(w, "<g class=\"zorgvorm\" data-form=\"%s\"><text x=\"0\" y=\"%.0f\">%s</text>\n", htmlEsc(f.Form), y+16, htmlEsc(opts.name(f.Form)))
		fmt.Fprintf(w, "<rect class=\"vraag\" x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"16\" fill=\"#0969da\"><title>%s: %d</title></rect><text x=\"%.1f\" y=\"%.0f\">%s %d</text>\n",
			label, y, dw, m["actual"], f.ActualDemand, label+dw+4, y+12, m["actual"], f.ActualDemand)
		fmt.Fprintf(w, "<rect class=\"capaciteit\" x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s: %d</title></rect><text x=\"%.1f\" y=\"%.0f\">%s %d</text></g>\n",
			label, y+18, cw, fill, m["capacity"], f.Capacity(), label+cw+4, y+30, m["capacity"], f.Capacity())
	}
	fmt.Fprintf(w, "</svg>\n<p class=\"caption\">%s</p>\n", html.EscapeString(m["caption"]))
}

func pairs(ps [][2]string) string {
	var out []string
	for _, p := range ps {
		out = append(out, value(p[0])+" en "+value(p[1]))
	}
	return strings.Join(out, ", ")
}

func d(n int64) string { return fmt.Sprint(n) }

func orNone(s string, m map[string]string) string {
	if s == "" {
		return m["none"]
	}
	return s
}

func yesNo(b bool, m map[string]string) string {
	if b {
		return m["yes"]
	}
	return m["no"]
}

// htmlEsc escapes text for HTML, sanitized first.
func htmlEsc(s string) string { return html.EscapeString(sanitize.Text(s)) }

// offer lists a hamerstuk's supply, each entry a plan value.
func (o Options) offer(h Hamerstuk) string {
	out := make([]string, len(h.Offer))
	for i, s := range h.Offer {
		out[i] = value(s)
	}
	return o.prose(strings.Join(out, "; "))
}
