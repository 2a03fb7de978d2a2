package plan

import "github.com/ggzcheck/ggzcheck/internal/finding"

// Rule ids of the findings Load produces.
const (
	RuleSyntax            = "yaml-syntaxis"
	RuleEmpty             = "yaml-leeg"
	RuleMultipleDocuments = "yaml-meerdere-documenten"
	RuleDuplicateKey      = "yaml-dubbele-sleutel"
	RuleValue             = "yaml-ongeldige-waarde"
	RuleUnsupported       = "yaml-niet-ondersteund"
	RuleLimit             = "yaml-limiet"
)

// SourceYAML is the source reference of the loader's findings.
const SourceYAML = "README, Een plan schrijven"

const agreement = "Leesbaar plan"

// Rules describes every check Load performs.
func Rules() []finding.Rule {
	r := func(id, nl, en string) finding.Rule {
		return finding.Rule{ID: id, Severity: finding.Error, Title: finding.Text{NL: nl, EN: en}, Source: SourceYAML, Agreement: agreement}
	}
	return []finding.Rule{
		r(RuleSyntax, "Het bestand is geldige YAML-tekst", "The file is valid YAML text"),
		r(RuleEmpty, "Het bestand bevat een plan", "The file holds a plan"),
		r(RuleMultipleDocuments, "Eén plan per bestand", "One plan per file"),
		r(RuleDuplicateKey, "Elke sleutel komt één keer voor", "Every key appears once"),
		r(RuleValue, "Getallen zijn gewone decimale getallen", "Numbers are plain decimal numbers"),
		r(RuleUnsupported, "Geen YAML-constructies die de inhoud verbergen", "No YAML constructs that hide the content"),
		r(RuleLimit, "Het plan blijft binnen de grenzen van grootte en nesting", "The plan stays within the size and nesting limits"),
	}
}
