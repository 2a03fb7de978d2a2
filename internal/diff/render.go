package diff

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// Options are the settings of a diff report.
type Options struct {
	Lang  finding.Lang
	Forms map[string]finding.Text // display names of the care forms
}

var labels = map[string]finding.Text{
	"aanwezig": {NL: "aanwezig", EN: "present"},
	"jaarlijkse_capaciteit/patienten_binnen_regio":  {NL: "capaciteit uit de regio", EN: "capacity, own region"},
	"jaarlijkse_capaciteit/patienten_buiten_regio":  {NL: "capaciteit van buiten", EN: "capacity, other regions"},
	"werkelijke_jaarlijkse_vraag":                   {NL: "werkelijke vraag", EN: "actual demand"},
	"onvervulde_vraag/aantal_wachtenden":            {NL: "wachtenden", EN: "people waiting"},
	"onvervulde_vraag/aantal_gesloten_wachtlijsten": {NL: "gesloten wachtlijsten", EN: "closed waiting lists"},
	"onder_druk/mate":                               {NL: "druk", EN: "pressure"},
}

var words = map[finding.Lang]map[string]string{
	finding.NL: {
		"title": "Wijzigingen in aanbod ten opzichte van %s", "none": "Geen plannen gevonden.",
		"compared": "vergeleken met %s (%d)", "new": "nieuw: er is geen eerdere versie van deze regio",
		"deleted": "verwijderd", "unreadable": "niet te lezen; controleer het met 'ggzcheck check'",
		"unchanged": "geen wijzigingen in aanbod", "declared": "Aangekondigde wijzigingen",
		"added": "Bespreekpunten toegevoegd", "removed": "Bespreekpunten vervallen",
		"form": "zorgvorm", "field": "gegeven", "before": "voor", "after": "na", "delta": "verschil", "absent": "—",
		"department": "afdeling", Gone: "verdwenen", Added: "nieuw", Omitted: "capaciteit niet meer ingevuld",
		Moved: "verhuisd, hernoemd, gesplitst of samengevoegd; was %s", OtherForm: "nu bij %s", Provider: "nu bij een andere aanbieder; was bij %s",
	},
	finding.EN: {
		"title": "Changes in supply compared with %s", "none": "No plans found.",
		"compared": "compared with %s (%d)", "new": "new: there is no earlier version of this region",
		"deleted": "deleted", "unreadable": "cannot be read; check it with 'ggzcheck check'",
		"unchanged": "no changes in supply", "declared": "Changes announced",
		"added": "Agenda items added", "removed": "Agenda items removed",
		"form": "care form", "field": "figure", "before": "before", "after": "after", "delta": "change", "absent": "—",
		"department": "department", Gone: "gone", Added: "new", Omitted: "capacity no longer given",
		Moved: "moved, renamed, split or merged; was %s", OtherForm: "now under %s", Provider: "now at another provider; was at %s",
	},
}

// Formats lists the diff's output formats, the default first.
func Formats() []string { return []string{"text", "json", "markdown"} }

// Write renders the diff in format, one of Formats.
func Write(w io.Writer, format string, rep Report, opts Options) error {
	switch format {
	case "text":
		return WriteText(w, rep, opts)
	case "json":
		return WriteJSON(w, rep)
	case "markdown":
		return WriteMarkdown(w, rep, opts)
	}
	return fmt.Errorf("onbekend formaat %q; kies uit: %s", format, strings.Join(Formats(), ", "))
}

// WriteJSON writes the diff as one JSON object.
func WriteJSON(w io.Writer, rep Report) error {
	return sanitize.WriteJSON(w, rep)
}

// WriteText writes the diff for a terminal. Text from the plans, the file
// names and the revision is sanitized (a file name that begins a line with
// sanitize.Path) and cut, as in every human format.
func WriteText(out io.Writer, rep Report, opts Options) error {
	w := bufio.NewWriter(out)
	m := words[opts.Lang]
	fmt.Fprintf(w, m["title"]+"\n", sanitize.Text(rep.Base))
	if len(rep.Plans) == 0 {
		fmt.Fprintln(w, m["none"])
	}
	for _, p := range rep.Plans {
		fmt.Fprintf(w, "\n%s: %s\n", sanitize.Path(p.File), status(p, m))
		for _, f := range p.Forms {
			fmt.Fprintf(w, "  %s\n", opts.form(f.Form))
			for _, c := range f.Changes {
				fmt.Fprintf(w, "    %-26s %s → %s%s\n", labels[c.Field].In(opts.Lang), show(c.Before, m), show(c.After, m), delta(c, " (%s)"))
			}
			for _, d := range f.Departments {
				note := departmentNote(d, m, opts)
				if note != "" {
					note = " (" + note + ")"
				}
				fmt.Fprintf(w, "    %s %s: %s → %s%s\n", m["department"], d.describe(), show(d.Before, m), show(d.After, m), note)
			}
		}
		list(w, m["declared"], "+", opts.lines(p.Declared))
		list(w, m["added"], "+", values(p.AgendaAdded))
		list(w, m["removed"], "-", values(p.AgendaRemoved))
	}
	fmt.Fprintf(w, "\n%s\n", provenance.Heading(opts.Lang))
	for _, f := range rep.Provenance.Facts(opts.Lang) {
		fmt.Fprintf(w, "  %s: %s\n", f.Label, sanitize.Text(f.Value))
	}
	return w.Flush()
}

// WriteMarkdown writes the diff for a pull request comment.
func WriteMarkdown(out io.Writer, rep Report, opts Options) error {
	w := bufio.NewWriter(out)
	m := words[opts.Lang]
	fmt.Fprintf(w, "## "+m["title"]+"\n", sanitize.Markdown(rep.Base))
	if len(rep.Plans) == 0 {
		fmt.Fprintf(w, "\n%s\n", m["none"])
	}
	for _, p := range rep.Plans {
		fmt.Fprintf(w, "\n### %s\n\n%s\n", sanitize.Markdown(p.File), sanitize.Markdown(status(p, m)))
		if len(p.Forms) > 0 {
			fmt.Fprintf(w, "\n| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n", m["form"], m["field"], m["before"], m["after"], m["delta"])
			for _, f := range p.Forms {
				for _, c := range f.Changes {
					fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", sanitize.Markdown(opts.form(f.Form)), labels[c.Field].In(opts.Lang),
						sanitize.Markdown(show(c.Before, m)), sanitize.Markdown(show(c.After, m)), delta(c, "%s"))
				}
				for _, d := range f.Departments {
					fmt.Fprintf(w, "| %s | %s %s | %s | %s | %s |\n", sanitize.Markdown(opts.Forms[f.Form].In(opts.Lang)), m["department"], sanitize.Markdown(d.describe()),
						sanitize.Markdown(show(d.Before, m)), sanitize.Markdown(show(d.After, m)), sanitize.Markdown(departmentNote(d, m, opts)))
				}
			}
		}
		for _, l := range []struct {
			title, sign string
			items       []string
		}{{m["declared"], "+", opts.lines(p.Declared)}, {m["added"], "+", values(p.AgendaAdded)}, {m["removed"], "-", values(p.AgendaRemoved)}} {
			if len(l.items) == 0 {
				continue
			}
			fmt.Fprintf(w, "\n**%s**\n\n", l.title)
			for _, it := range l.items {
				fmt.Fprintf(w, "- %s %s\n", l.sign, sanitize.Markdown(it))
			}
		}
	}
	fmt.Fprintf(w, "\n### %s\n\n", provenance.Heading(opts.Lang))
	for _, f := range rep.Provenance.Facts(opts.Lang) {
		fmt.Fprintf(w, "- %s: %s\n", f.Label, sanitize.Markdown(f.Value))
	}
	return w.Flush()
}

func status(p Plan, m map[string]string) string {
	switch p.Status {
	case New:
		return m["new"]
	case Deleted:
		return m["deleted"]
	case Unreadable:
		return m["unreadable"]
	}
	s := fmt.Sprintf(m["compared"], sanitize.Text(p.BaseFile), p.BaseYear)
	if p.Status == Unchanged {
		s += "; " + m["unchanged"]
	}
	return s
}

func list(w io.Writer, title, sign string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s:\n", title)
	for _, it := range items {
		fmt.Fprintf(w, "    %s %s\n", sign, it)
	}
}

// show gives a figure from a plan; the plans in a diff are not checked
// against the schema, so it may be any text, which is sanitized and cut.
func show(v any, m map[string]string) string {
	if v == nil {
		return m["absent"]
	}
	return sanitize.Cut(fmt.Sprint(v), sanitize.MaxValue)
}

// form names a care form; an unknown one comes from a plan. The name may
// begin a line.
func (o Options) form(f string) string {
	if n, ok := o.Forms[f]; ok {
		return sanitize.Lead(n.In(o.Lang))
	}
	return sanitize.Lead(sanitize.Cut(f, sanitize.MaxValue))
}

// values shows short plan texts, such as agenda items, sanitized and cut.
func values(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = sanitize.Cut(s, sanitize.MaxValue)
	}
	return out
}

// lines shows longer plan texts, such as announced changes, sanitized and
// cut at sanitize.MaxMessage.
func (o Options) lines(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = sanitize.Message(s, o.Lang)
	}
	return out
}

// delta formats the difference of two whole numbers, as +12 or −120.
func delta(c Value, format string) string {
	b, ok1 := c.Before.(int64)
	a, ok2 := c.After.(int64)
	if !ok1 || !ok2 {
		return ""
	}
	d := a - b
	if d >= 0 {
		return fmt.Sprintf(format, fmt.Sprintf("+%d", d))
	}
	return fmt.Sprintf(format, fmt.Sprintf("−%d", -d))
}

// departmentNote says how a department changed: the difference in capacity
// and, for a department gone, new or moved, that it is.
func departmentNote(d Department, m map[string]string, opts Options) string {
	var parts []string
	if s := delta(Value{Before: d.Before, After: d.After}, "%s"); s != "" && s != "+0" {
		parts = append(parts, s)
	}
	switch d.Change {
	case Gone, Added, Omitted:
		parts = append(parts, m[d.Change])
	case Moved, Provider:
		parts = append(parts, fmt.Sprintf(m[d.Change], strings.Join(d.Was, ", ")))
	case OtherForm:
		parts = append(parts, fmt.Sprintf(m[OtherForm], opts.form(d.Form)))
	}
	return strings.Join(parts, "; ")
}
