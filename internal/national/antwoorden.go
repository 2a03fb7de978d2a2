package national

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// notID is what becomes one hyphen when an agenda item's title becomes its id.
var notID = regexp.MustCompile(`[^a-z0-9]+`)

// validID is the pattern of ids and region codes in the schemas. A plan that
// the overview counts matches the schema; this guards the file names and the
// YAML written from it all the same.
var validID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// AgendaID is the id an agenda item is referred to by: its own 'id', else
// its title in lower case with every run of other characters than a-z and
// 0-9 as one hyphen. policies/lib/ids.rego (bespreekpunt_id) derives the
// same, so that an answer finds its agenda item in the plan. own is false
// for a derived id, which the region is asked to write into its plan.
func AgendaID(item map[string]any) (id string, own bool) {
	if id := s(item["id"]); validID.MatchString(id) {
		return id, true
	}
	return strings.Trim(notID.ReplaceAllString(strings.ToLower(s(item["titel"])), "-"), "-"), false
}

// AnswerFile is the skeleton of the national table's answers to one region
// for one contracting year: an advice per agenda item and per local
// shortage, with the answer and the proposal left open for the table.
type AnswerFile struct {
	Region Region
	Year   int
	Data   []byte // YAML, invalid until the table fills in the open fields
}

// Answers returns the skeletons of the answers files for the regions whose
// plans the overview counts, in the order of the overview. A region with
// neither agenda items nor a local shortage gets a file without advice, so
// that its plan is checked against it and passes.
func Answers(o Overview) []AnswerFile {
	var out []AnswerFile
	for _, reg := range slices.Concat(o.Included, o.FailingCounted) {
		if !validID.MatchString(reg.Code) {
			continue // no file name to give it
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "# yaml-language-server: $schema=../../../schemas/antwoorden.schema.json\n#\n")
		fmt.Fprintf(&b, "# Adviezen van de ondersteunende landelijke tafel aan %s voor inkoopjaar %d\n", comment(reg.Name), o.Year)
		fmt.Fprintf(&b, "# (Gespreksleidraad §4.3), geschreven door 'ggzcheck national --antwoorden'. Vul per advies\n")
		fmt.Fprintf(&b, "# het antwoord of het tekort en het voorstel in; tot dan voldoet dit bestand niet aan het\n")
		fmt.Fprintf(&b, "# formaat en slaat ggzcheck de regels over de opvolging over. De regio neemt elk advies op\n")
		fmt.Fprintf(&b, "# onder 'opvolging_adviezen' in haar plan (%s).\n", comment(reg.File))
		fmt.Fprintf(&b, "regio: %s\ninkoopjaar: %d\nverzonden_op: # JJJJ-MM-DD\n", reg.Code, o.Year)
		var advice bytes.Buffer
		taken := map[string]bool{}
		for _, t := range o.Agenda {
			for _, it := range t.Items {
				if it.Region.Code != reg.Code || !slices.Contains(Forms, it.Form) {
					continue
				}
				id := it.ID
				if !validID.MatchString(id) {
					id = "" // the table fills it in; the file is invalid until then
				}
				fmt.Fprintf(&advice, "  # Bespreekpunt '%s' (%s).\n", comment(it.Title), it.Form)
				if !it.OwnID {
					fmt.Fprintf(&advice, "  # Het plan geeft dit bespreekpunt geen id; ggzcheck leidt '%s' af uit de titel.\n", id)
					fmt.Fprintf(&advice, "  # Vraag de regio 'id: %s' bij het bespreekpunt te zetten, zodat de verwijzing blijft\n  # als de titel verandert.\n", id)
				}
				fmt.Fprintf(&advice, "  - id: %s\n    bespreekpunt: %s\n    zorgvorm: %s\n    antwoord:\n    voorstel:\n", unique(id, taken), id, it.Form)
			}
		}
		for _, f := range o.Forms {
			if !slices.Contains(Forms, f.Form) || !slices.ContainsFunc(f.LocalShortage, func(r Region) bool { return r.Code == reg.Code }) {
				continue
			}
			fmt.Fprintf(&advice, "  # Lokaal tekort: de regio heeft geen %s en de opvang elders is niet toegankelijk of\n  # niet voldoende.\n", f.Form)
			fmt.Fprintf(&advice, "  - id: %s\n    zorgvorm: %s\n    tekort:\n    voorstel:\n", unique(strings.ReplaceAll(f.Form, "_", "-")+"-tekort", taken), f.Form)
		}
		if advice.Len() == 0 {
			b.WriteString("adviezen: []\n")
		} else {
			b.WriteString("adviezen:\n")
			b.Write(advice.Bytes())
		}
		out = append(out, AnswerFile{Region: reg, Year: o.Year, Data: b.Bytes()})
	}
	return out
}

// unique returns id, or id with a number when an earlier advice took it.
func unique(id string, taken map[string]bool) string {
	if id == "" {
		return ""
	}
	out := id
	for n := 2; taken[out]; n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	taken[out] = true
	return out
}

// comment makes a plan's text safe in a YAML comment: one line, no control
// characters, bounded.
func comment(text string) string { return sanitize.Cut(text, 200) }
