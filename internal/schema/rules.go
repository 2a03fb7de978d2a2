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
)

// Source is the source reference of schema findings.
const Source = "Planformaat (schemas/regioplan.schema.json)"

const agreement = "Planformaat"

// Rules describes every kind of schema finding.
func Rules() []finding.Rule {
	r := func(id, nl, en string) finding.Rule {
		return finding.Rule{ID: id, Severity: finding.Error, Title: finding.Text{NL: nl, EN: en}, Source: Source, Agreement: agreement}
	}
	return []finding.Rule{
		r(RuleMissingKey, "Verplichte sleutels zijn aanwezig", "Required keys are present"),
		r(RuleUnknownKey, "Alleen bekende sleutels (vangt tikfouten)", "Only known keys (catches typos)"),
		r(RuleType, "Elke waarde heeft het juiste type", "Every value has the right type"),
		r(RuleEnum, "Waarden uit een keuzelijst zijn toegestaan", "Values from a closed list are allowed"),
		r(RuleRange, "Getallen en lijsten blijven binnen hun grenzen", "Numbers and lists stay within their bounds"),
		r(RuleEmpty, "Ingevulde tekst is niet leeg", "Text that is given is not empty"),
		r(RuleFormat, "Datums, e-mailadressen en codes hebben de juiste vorm", "Dates, e-mail addresses and codes have the right form"),
		r(RuleOther, "Overige eisen van het planformaat", "Other requirements of the plan format"),
	}
}
