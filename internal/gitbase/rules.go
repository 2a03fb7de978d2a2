package gitbase

import (
	"fmt"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// RuleDeleted is the rule for a plan that exists at base and is gone now.
const RuleDeleted = "aanbod-plan-verwijderd"

const agreement = "A. Geen verlies van aanbod om financiële redenen"

// Rules describes the checks that need the base revision beyond the policies.
func Rules() []finding.Rule {
	return []finding.Rule{{
		ID:          RuleDeleted,
		Severity:    finding.Error,
		Title:       finding.Text{NL: "Een plan verdwijnt niet ongemerkt", EN: "A plan does not disappear unnoticed"},
		Description: finding.Text{NL: "Vergeleken met de --base-revisie: een plan dat daar bestond en nu weg is, zonder dat een nieuw plan van de regio het vervangt, is een fout. Zo verdwijnt de vastlegging van aanbod nooit ongemerkt.", EN: "Compared with the --base revision: a plan that existed there and is gone now, with no new plan of the region replacing it, is an error. So the record of supply never disappears unnoticed."},
		Source:      "Gespreksleidraad §1.3.1, §1.3.2",
		Agreement:   agreement,
		Needs:       finding.NeedsBase,
		Fails:       "# op --base: regions/zilverduin/2026.yaml, het plan van Zilverduin voor 2026\n# nu: het bestand is verwijderd en er is geen ander plan van Zilverduin\n",
		Passes:      "# op --base: regions/zilverduin/2026.yaml, het plan van Zilverduin voor 2026\n# nu: regions/zilverduin/2027.yaml, het plan van Zilverduin voor 2027, vervangt het\n",
		Quote:       "Zorgverzekeraars en zorgaanbieders bespreken vroegtijdig potentiële wijzigingen in aanbod met elkaar, zodat noodzakelijke zorg behouden blijft. We verrassen elkaar niet meer. (Gespreksleidraad §1.3.1)",
		Fix:         finding.Text{NL: "Zet het plan terug, of vervang het door het plan van het volgende inkoopjaar van dezelfde regio.", EN: "Restore the plan, or replace it with the same region's plan for the next contracting year."},
	}}
}

// Deleted is the finding for a plan that was at bp.Path at ref and is gone.
func Deleted(file string, bp *Plan, ref string) finding.Finding {
	return finding.Finding{
		Rule: RuleDeleted, Severity: finding.Error, File: file, Line: 1, Column: 1,
		Message: finding.Text{
			NL: fmt.Sprintf("Het plan van regio '%s' voor inkoopjaar %d stond op %s in %s en is verwijderd, zonder dat een nieuw plan van de regio het vervangt. Zet het plan terug, of leg in een nieuw plan vast wat er met het aanbod gebeurt.", bp.Code, bp.Year, ref, bp.Path),
			EN: fmt.Sprintf("The plan of region '%s' for %d was at %s in %s and has been deleted, with no new plan of the region replacing it. Restore the plan, or record in a new plan what happens to the supply.", bp.Code, bp.Year, ref, bp.Path),
		},
		Source: "Gespreksleidraad §1.3.1, §1.3.2",
	}
}
