package waiver

import "github.com/ggzcheck/ggzcheck/internal/finding"

// Rule ids of the findings about deviations.
const (
	RuleMotivation  = "afwijking-motivatie"
	RuleUnknownRule = "afwijking-onbekende-regel"
	RuleNotAllowed  = "afwijking-niet-toegestaan"
	RuleScope       = "afwijking-bereik"
	RuleExpired     = "afwijking-verlopen"
	RuleUnused      = "afwijking-ongebruikt"
)

const (
	source    = "notitie §3.2"
	agreement = "Gemotiveerde afwijkingen"
	quote     = "Deze lijsten vormen een vertrekpunt voor de regionale gesprekken. Wanneer er in IZA-regio's vanwege lokale kenmerken reden is om hiervan af te wijken, is dit gemotiveerd mogelijk. (notitie §3.2)"
	example   = "afwijkingen:\n  - regel: zorgvorm-operationalisatie\n    pad: /zorgvormen/klinische_zorg/aanbod/0\n"
)

type text = finding.Text

// Rules describes the checks on a plan's deviations.
func Rules() []finding.Rule {
	r := func(id string, sev finding.Severity, title, desc text, fails, passes string, fix text) finding.Rule {
		return finding.Rule{
			ID: id, Severity: sev, Title: title, Description: desc, Source: source, Agreement: agreement,
			Quote: quote, Fails: fails, Passes: passes, Fix: fix,
		}
	}
	valid := example + "    motivatie: Het herstelhuis vervangt in deze regio een deel van de klinische opnames.\n    geldig_tot: 2026-12-31\n"
	return []finding.Rule{
		r(RuleMotivation, finding.Error,
			text{NL: "Een afwijking is gemotiveerd", EN: "A deviation is motivated"},
			text{NL: "Afwijken van een regel mag alleen gemotiveerd. Een afwijking zonder motivatie dekt geen bevinding.", EN: "Deviating from a rule is only allowed with a motivation. A deviation without one covers no finding."},
			example+"    geldig_tot: 2026-12-31\n", valid,
			text{NL: "Leg onder 'motivatie' uit waarom de regio hier afwijkt.", EN: "Explain under 'motivatie' why the region deviates here."}),
		r(RuleUnknownRule, finding.Error,
			text{NL: "Een afwijking noemt een bestaande regel", EN: "A deviation names an existing rule"},
			text{NL: "Een afwijking noemt de id van een regel uit 'ggzcheck rules'.", EN: "A deviation names the id of a rule from 'ggzcheck rules'."},
			"afwijkingen:\n  - regel: zorgvorm-operationalisering\n    zorgvorm: klinische_zorg\n    motivatie: …\n    geldig_tot: 2026-12-31\n", valid,
			text{NL: "Gebruik de id die de melding voorstelt; 'ggzcheck rules' toont ze alle.", EN: "Use the id the finding suggests; 'ggzcheck rules' lists them all."}),
		r(RuleNotAllowed, finding.Error,
			text{NL: "Alleen afwijken waar de regel het toestaat", EN: "Deviate only where the rule allows it"},
			text{NL: "Van de kern van de afspraken mag een plan niet afwijken: geen verlies van aanbod om financiële redenen, wijzigingen vooraf besproken, mandaat, acute en outreachende zorg aanwezig, bespreekpunten alleen voor de vier mogelijk landelijke zorgvormen. 'ggzcheck explain' zegt per regel of afwijken mag.", EN: "A plan may not deviate from the core of the agreements: no loss of supply for financial reasons, changes discussed beforehand, mandate, acute and outreach care present, agenda items only for the four forms that may be national. 'ggzcheck explain' says per rule whether deviating is allowed."},
			"afwijkingen:\n  - regel: deelnemers-mandaat\n    pad: /deelnemers/3\n    motivatie: De verzekeraar stuurt een beleidsmedewerker.\n    geldig_tot: 2026-12-31\n", valid,
			text{NL: "Los de bevinding op; een afwijking is hier niet mogelijk.", EN: "Resolve the finding; a deviation is not possible here."}),
		r(RuleScope, finding.Error,
			text{NL: "Een afwijking zegt waarvoor zij geldt", EN: "A deviation says what it covers"},
			text{NL: "Een afwijking geldt voor een deel van het plan: een 'pad' (JSON-pointer) of een 'zorgvorm', niet voor het hele plan.", EN: "A deviation covers part of the plan: a 'pad' (JSON pointer) or a 'zorgvorm', not the whole plan."},
			"afwijkingen:\n  - regel: zorgvorm-operationalisatie\n    motivatie: …\n    geldig_tot: 2026-12-31\n", valid,
			text{NL: "Noem onder 'pad' of 'zorgvorm' het deel van het plan waarvoor de afwijking geldt.", EN: "Name under 'pad' or 'zorgvorm' the part of the plan the deviation covers."}),
		r(RuleExpired, finding.Error,
			text{NL: "Een afwijking is niet verlopen", EN: "A deviation has not expired"},
			text{NL: "Een afwijking geldt tot een datum. Op de peildatum (standaard 1 januari van het inkoopjaar, of --peildatum) moet zij nog gelden.", EN: "A deviation holds until a date. On the reference date (1 January of the contracting year by default, or --peildatum) it must still hold."},
			example+"    motivatie: …\n    geldig_tot: 2025-06-30\n", valid,
			text{NL: "Verleng de afwijking met een nieuwe motivatie, of los de bevinding op.", EN: "Renew the deviation with a new motivation, or resolve the finding."}),
		r(RuleUnused, finding.Warning,
			text{NL: "Een afwijking dekt een bevinding", EN: "A deviation covers a finding"},
			text{NL: "Een afwijking die geen bevinding meer dekt, is verouderd; zo worden oude afwijkingen opgeruimd.", EN: "A deviation that no longer covers a finding is stale; this way old deviations get cleaned up."},
			"afwijkingen:\n  - regel: zorgvorm-operationalisatie\n    zorgvorm: acute_zorg\n    motivatie: …\n    geldig_tot: 2026-12-31\n", valid,
			text{NL: "Verwijder de afwijking, of controleer 'pad' of 'zorgvorm'.", EN: "Remove the deviation, or check 'pad' or 'zorgvorm'."}),
	}
}

var catalogue = func() map[string]finding.Rule {
	m := map[string]finding.Rule{}
	for _, r := range Rules() {
		m[r.ID] = r
	}
	return m
}()
