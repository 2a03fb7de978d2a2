package ruledoc

import (
	"fmt"
	"io"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// writeMarkdown renders the catalogue as the reference page docs/rules.md.
func writeMarkdown(out io.Writer, rules []finding.Rule) error {
	w := newLineWriter(out)
	fmt.Fprint(w, `# Regels van ggzcheck

<!-- Gemaakt met 'make docs' uit de METADATA van de beleidsregels en de regels van het
planformaat; niet met de hand bewerken. Een test faalt als dit bestand verouderd is. -->

Elke regel met zijn ernst (een **fout** laat de controle falen, een **waarschuwing** niet),
de bron, of een regio er gemotiveerd van mag afwijken, en een voorbeeld dat niet en dat wel
voldoet. Op de opdrachtregel: `+"`ggzcheck rules`"+` en `+"`ggzcheck explain <regel>`"+`.

`)
	// Overview.
	agreement := ""
	for _, r := range rules {
		if r.Agreement != agreement {
			agreement = r.Agreement
			fmt.Fprintf(w, "\n**%s**\n\n| regel | ernst | titel |\n|---|---|---|\n", agreement)
		}
		fmt.Fprintf(w, "| [`%s`](#%s) | %s | %s |\n", r.ID, r.ID, severityWord(r.Severity, finding.NL), r.Title.NL)
	}
	// Details.
	agreement = ""
	for _, r := range rules {
		if r.Agreement != agreement {
			agreement = r.Agreement
			fmt.Fprintf(w, "\n## %s\n", agreement)
		}
		waiver := "niet toegestaan"
		if r.Waivable {
			waiver = "mag, met motivatie"
		}
		fmt.Fprintf(w, "\n### %s\n\n**%s** (%s)\n\n", r.ID, r.Title.NL, r.Title.EN)
		fmt.Fprintf(w, "- Ernst: %s\n- Bron: %s\n- Afwijken: %s\n\n", severityWord(r.Severity, finding.NL), r.Source, waiver)
		fmt.Fprintf(w, "%s\n", r.Description.NL)
		if r.Quote != "" {
			fmt.Fprintf(w, "\n> %s\n", r.Quote)
		}
		if r.Fails != "" {
			fmt.Fprintf(w, "\nVoldoet niet:\n\n```yaml\n%s\n```\n", strings.TrimRight(r.Fails, "\n"))
			fmt.Fprintf(w, "\nVoldoet:\n\n```yaml\n%s\n```\n", strings.TrimRight(r.Passes, "\n"))
		}
		fmt.Fprintf(w, "\nOplossing: %s\n", r.Fix.NL)
	}
	return w.Flush()
}
