package schema

import "github.com/ggzcheck/ggzcheck/internal/finding"

// Rule ids of schema findings, one per kind of violation.
const (
	RuleMissingKey = "schema-ontbrekende-sleutel"
	RuleUnknownKey = "schema-onbekende-sleutel"
	RuleType       = "schema-type"
	RuleEnum       = "schema-keuzelijst"
	RuleRange      = "schema-bereik"
	RuleEmpty      = "schema-lege-tekst"
	RuleFormat     = "schema-vorm"
	RuleOther      = "schema-overig"
	RuleToFill     = "schema-nog-invullen"
)

// Source is the source reference of schema findings.
const Source = "Planformaat (schemas/regioplan.schema.json)"

const agreement = "Planformaat"

type text = finding.Text

// Rules describes every kind of schema finding.
func Rules() []finding.Rule {
	r := func(id string, title, desc text, fails, passes string, fix text) finding.Rule {
		return finding.Rule{
			ID: id, Severity: finding.Error, Title: title, Description: desc,
			Source: Source, Agreement: agreement, Fails: fails, Passes: passes, Fix: fix,
		}
	}
	return []finding.Rule{
		r(RuleMissingKey,
			text{NL: "Verplichte sleutels zijn aanwezig", EN: "Required keys are present"},
			text{NL: "Het planformaat vraagt onder meer regio, inkoopjaar, deelnemers en alle zes zorgvormen.", EN: "The plan format asks for region, contracting year, participants and all six care forms, among others."},
			"regio: {code: zilverduin, naam: Zilverduin}\n", "regio: {code: zilverduin, naam: Zilverduin}\ninkoopjaar: 2026\n",
			text{NL: "Voeg de genoemde sleutel toe; de melding zegt wat erin hoort.", EN: "Add the key named; the finding says what belongs in it."}),
		r(RuleUnknownKey,
			text{NL: "Alleen bekende sleutels (vangt tikfouten)", EN: "Only known keys (catches typos)"},
			text{NL: "Een sleutel die het planformaat niet kent, is meestal een tikfout; zonder deze regel zou de bedoelde waarde stil ontbreken.", EN: "A key the plan format does not know is usually a typo; without this rule the intended value would silently be missing."},
			"    mandat: true\n", "    mandaat: true\n",
			text{NL: "Gebruik de sleutel die de melding voorstelt, of een van de toegestane sleutels.", EN: "Use the key the finding suggests, or one of the allowed keys."}),
		r(RuleType,
			text{NL: "Elke waarde heeft het juiste type", EN: "Every value has the right type"},
			text{NL: "Aantallen zijn getallen, ja/nee-velden zijn true of false, lijsten zijn lijsten.", EN: "Counts are numbers, yes/no fields are true or false, lists are lists."},
			"    mandaat: ja\n", "    mandaat: true\n",
			text{NL: "Schrijf de waarde in het type dat de melding noemt.", EN: "Write the value in the type the finding names."}),
		r(RuleEnum,
			text{NL: "Waarden uit een keuzelijst zijn toegestaan", EN: "Values from a closed list are allowed"},
			text{NL: "Waar de bronnen een gesloten lijst geven (rollen aan tafel, zorgvormen, soorten wijziging, redenen, maatregelen), kiest het plan daaruit.", EN: "Where the sources give a closed list (roles at the table, care forms, kinds of change, reasons, measures), the plan chooses from it."},
			"  - rol: zorgverzekeraar\n", "  - rol: grootste_zorgverzekeraar\n",
			text{NL: "Kies een van de waarden die de melding noemt.", EN: "Choose one of the values the finding lists."}),
		r(RuleRange,
			text{NL: "Getallen en lijsten blijven binnen hun grenzen", EN: "Numbers and lists stay within their bounds"},
			text{NL: "Aantallen zijn niet negatief, percentages liggen tussen 0 en 100, en elke lijst heeft een realistisch maximum (zo kan een vijandig plan de controle niet laten vastlopen).", EN: "Counts are not negative, percentages lie between 0 and 100, and every list has a realistic maximum (so a hostile plan cannot make the check hang)."},
			"      aantal_wachtenden: -3\n", "      aantal_wachtenden: 3\n",
			text{NL: "Corrigeer de waarde of het aantal items.", EN: "Correct the value or the number of items."}),
		r(RuleEmpty,
			text{NL: "Ingevulde tekst is niet leeg", EN: "Text that is given is not empty"},
			text{NL: "Een naam of omschrijving die er staat, is ingevuld.", EN: "A name or description that is present is filled in."},
			"    organisatie: \"\"\n", "    organisatie: GGZ Zilverduin\n",
			text{NL: "Vul de tekst in, of laat de sleutel weg als hij niet verplicht is.", EN: "Fill in the text, or leave the key out if it is not required."}),
		r(RuleFormat,
			text{NL: "Datums, e-mailadressen en codes hebben de juiste vorm", EN: "Dates, e-mail addresses and codes have the right form"},
			text{NL: "Datums zijn JJJJ-MM-DD, e-mailadressen zijn geldig, regiocodes bestaan uit kleine letters, cijfers en streepjes.", EN: "Dates are YYYY-MM-DD, e-mail addresses are valid, region codes consist of lowercase letters, digits and hyphens."},
			"    ingangsdatum: 01-01-2026\n", "    ingangsdatum: 2026-01-01\n",
			text{NL: "Schrijf de waarde in de vorm die de melding noemt.", EN: "Write the value in the form the finding names."}),
		r(RuleToFill,
			text{NL: "Alles is ingevuld", EN: "Everything is filled in"},
			text{NL: "'ggzcheck init' zet INVULLEN bij elke waarde die de regio nog moet invullen; zolang er een INVULLEN staat, voldoet het plan niet.", EN: "'ggzcheck init' writes INVULLEN for every value the region must still fill in; as long as one is left, the plan does not pass."},
			"inkoopjaar: INVULLEN\n", "inkoopjaar: 2026\n",
			text{NL: "Vervang INVULLEN door de waarde die de melding beschrijft.", EN: "Replace INVULLEN with the value the finding describes."}),
		r(RuleOther,
			text{NL: "Overige eisen van het planformaat", EN: "Other requirements of the plan format"},
			text{NL: "Vangnet voor eisen van het planformaat die geen eigen regel hebben.", EN: "Safety net for requirements of the plan format that have no rule of their own."},
			"", "",
			text{NL: "Volg de melding; zie schemas/regioplan.schema.json.", EN: "Follow the finding; see schemas/regioplan.schema.json."}),
	}
}
