package schema

import (
	"os"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// A small schema with every keyword the explanations handle.
const testSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://example.org/test.schema.json",
  "type": "object",
  "additionalProperties": false,
  "required": ["naam", "aantal"],
  "properties": {
    "naam": {"$ref": "#/$defs/tekst", "description": "De naam."},
    "aantal": {"type": "integer", "minimum": 0, "maximum": 10},
    "soort": {"enum": ["afbouw", "sluiting"]},
    "datum": {"type": "string", "format": "date"},
    "dag": {"type": "string", "format": "date", "pattern": "^20[0-9]{2}-"},
    "email": {"type": "string", "format": "email"},
    "code": {"type": "string", "pattern": "^[a-z]+$", "description": "Kleine letters."},
    "lijst": {"type": "array", "minItems": 1, "maxItems": 2},
    "vast": {"const": "ja"},
    "uniek": {"type": "array", "uniqueItems": true}
  },
  "$defs": {"tekst": {"type": "string", "minLength": 1}}
}`

func validate(t *testing.T, src string) []finding.Finding {
	t.Helper()
	v, err := New([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	p, fs := plan.Load("p.yaml", []byte(src), plan.DefaultLimits)
	if len(fs) != 0 {
		t.Fatalf("load: %v", fs)
	}
	return v.Validate(p)
}

func TestExplanations(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		rule      string
		path      string
		line, col int
		nl, en    string
	}{
		{name: "missing", src: "naam: x\n", rule: RuleMissingKey, path: "/aantal", line: 1, col: 1, nl: "De verplichte sleutel 'aantal' ontbreekt in het plan.", en: "'aantal' is missing"},
		{name: "missing with description", src: "aantal: 1\n", rule: RuleMissingKey, path: "/naam", line: 1, col: 1, nl: "Voeg 'naam:' toe: de naam."},
		{name: "unknown", src: "naam: x\naantal: 1\nnaaam: y\n", rule: RuleUnknownKey, path: "/naaam", line: 3, col: 1, nl: "Bedoelde u 'naam'?", en: "Did you mean 'naam'?"},
		{name: "unknown without suggestion", src: "naam: x\naantal: 1\nzzzzzz: y\n", rule: RuleUnknownKey, path: "/zzzzzz", line: 3, col: 1, nl: "Toegestaan: aantal, code,"},
		{name: "type", src: "naam: x\naantal: twee\n", rule: RuleType, path: "/aantal", line: 2, col: 9, nl: "Hier hoort een geheel getal, maar er staat tekst ('twee').", en: "must be a whole number, but it is text"},
		{name: "fraction", src: "naam: x\naantal: 2.5\n", rule: RuleType, path: "/aantal", line: 2, col: 9, nl: "maar er staat een getal (2.5)"},
		{name: "yes is text", src: "naam: x\naantal: yes\n", rule: RuleType, path: "/aantal", line: 2, col: 9, nl: "tekst ('yes')"},
		{name: "enum", src: "naam: x\naantal: 1\nsoort: afbow\n", rule: RuleEnum, path: "/soort", line: 3, col: 8, nl: "'afbow' is hier geen toegestane waarde. Bedoelde u 'afbouw'? Kies uit: afbouw, sluiting."},
		{name: "const", src: "naam: x\naantal: 1\nvast: nee\n", rule: RuleEnum, path: "/vast", line: 3, col: 7, nl: "Kies uit: ja."},
		{name: "minimum", src: "naam: x\naantal: -1\n", rule: RuleRange, path: "/aantal", line: 2, col: 9, nl: "De waarde -1 is te klein: het minimum is 0.", en: "too small"},
		{name: "maximum", src: "naam: x\naantal: 11\n", rule: RuleRange, path: "/aantal", line: 2, col: 9, nl: "te groot: het maximum is 10"},
		{name: "min items", src: "naam: x\naantal: 1\nlijst: []\n", rule: RuleRange, path: "/lijst", line: 3, col: 1, nl: "minstens 1 item"},
		{name: "max items", src: "naam: x\naantal: 1\nlijst: [1, 2, 3]\n", rule: RuleRange, path: "/lijst", line: 3, col: 1, nl: "hooguit 2 item"},
		{name: "empty text", src: "naam: ''\naantal: 1\n", rule: RuleEmpty, path: "/naam", line: 1, col: 7, nl: "Deze tekst is leeg."},
		{name: "date", src: "naam: x\naantal: 1\ndatum: 31-12-2025\n", rule: RuleFormat, path: "/datum", line: 3, col: 8, nl: "'31-12-2025' is geen geldige datum. Schrijf een datum als JJJJ-MM-DD"},
		{name: "impossible date", src: "naam: x\naantal: 1\ndatum: 2025-02-30\n", rule: RuleFormat, path: "/datum", line: 3, col: 8, nl: "geen geldige datum"},
		{name: "year out of range", src: "naam: x\naantal: 1\ndag: 2726-01-01\n", rule: RuleFormat, path: "/dag", line: 3, col: 6, nl: "'2726-01-01' is geen geldige datum. Schrijf een datum als JJJJ-MM-DD, tussen 2000 en 2099"},
		{name: "malformed date and year", src: "naam: x\naantal: 1\ndag: 01-01-2026\n", rule: RuleFormat, path: "/dag", line: 3, col: 6, nl: "geen geldige datum"},
		{name: "email", src: "naam: x\naantal: 1\nemail: niet-een-adres\n", rule: RuleFormat, path: "/email", line: 3, col: 8, nl: "geen geldig e-mailadres"},
		{name: "pattern", src: "naam: x\naantal: 1\ncode: AB\n", rule: RuleFormat, path: "/code", line: 3, col: 7, nl: "'AB' heeft niet de juiste vorm. Kleine letters."},
		{name: "other keyword", src: "naam: x\naantal: 1\nuniek: [1, 1]\n", rule: RuleOther, path: "/uniek", line: 3, col: 1, nl: "Het plan voldoet hier niet aan het schema"},
		{name: "root not an object", src: "- a\n", rule: RuleType, path: "", line: 1, col: 1, nl: "Hier hoort een object met sleutels, maar er staat een lijst."},
		// Values are described by what they are, never in Go's notation, and
		// quoted no longer than a line.
		{name: "empty enum value", src: "naam: x\naantal: 1\nsoort:\n", rule: RuleEnum, path: "/soort", line: 3, col: 7, nl: "Een lege waarde is hier geen toegestane waarde.", en: "An empty value is not"},
		{name: "list as enum value", src: "naam: x\naantal: 1\nsoort: [a]\n", rule: RuleEnum, path: "/soort", line: 3, col: 1, nl: "Een lijst is hier geen", en: "A list is not"},
		{name: "object as enum value", src: "naam: x\naantal: 1\nsoort: {a: 1}\n", rule: RuleEnum, path: "/soort", line: 3, col: 1, nl: "Een object met sleutels is hier geen"},
		{name: "whole number with exponent", src: "naam: 1e3\naantal: 1\n", rule: RuleType, path: "/naam", line: 1, col: 7, nl: "Hier hoort tekst, maar er staat een geheel getal (1e3).", en: "it is a whole number (1e3)"},
		{name: "whole number with fraction", src: "naam: 2.50\naantal: 1\n", rule: RuleType, path: "/naam", line: 1, col: 7, nl: "maar er staat een getal (2.50)"},
		{name: "long text", src: "naam: x\naantal: 1\ncode: " + strings.Repeat("A", 5000) + "\n", rule: RuleFormat, path: "/code", line: 3, col: 7, nl: "'" + strings.Repeat("A", 60) + "…' heeft niet de juiste vorm."},
		{name: "long number", src: "naam: x\naantal: 1" + strings.Repeat("0", 300) + "\n", rule: RuleRange, path: "/aantal", line: 2, col: 9, nl: "De waarde 1" + strings.Repeat("0", 59) + "… is te groot"},
		{name: "long text of lines", src: "naam: |\n  a\n  b\naantal: 1\nemail: \"x\\ny\"\n", rule: RuleFormat, path: "/email", line: 5, col: 8, nl: "'x↵y' is geen geldig e-mailadres."},
		{name: "long key", src: "naam: x\naantal: 1\n" + strings.Repeat("k", 500) + ": 1\n", rule: RuleUnknownKey, path: "/" + strings.Repeat("k", 500), line: 3, col: 1, nl: "De sleutel '" + strings.Repeat("k", 60) + "…' is hier onbekend."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := validate(t, tt.src)
			if len(fs) != 1 {
				t.Fatalf("got %d findings %+v, want 1", len(fs), fs)
			}
			f := fs[0]
			if f.Rule != tt.rule || f.Path != tt.path || f.Line != tt.line || f.Column != tt.col {
				t.Errorf("got %s %q %d:%d, want %s %q %d:%d", f.Rule, f.Path, f.Line, f.Column, tt.rule, tt.path, tt.line, tt.col)
			}
			if !strings.Contains(f.Message.NL, tt.nl) || !strings.Contains(f.Message.EN, tt.en) || f.Message.EN == "" {
				t.Errorf("message %q / %q, want %q / %q", f.Message.NL, f.Message.EN, tt.nl, tt.en)
			}
		})
	}
}

// TestPlanSchemaCompiles checks the shipped schema: it rejects a typo at every
// level, which makes it useful for editors too, and bounds every list.
func TestPlanSchemaCompiles(t *testing.T) {
	src, err := os.ReadFile("../../schemas/regioplan.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := New(src)
	if err != nil {
		t.Fatal(err)
	}
	var walk func(ptr string, node any)
	walk = func(ptr string, node any) {
		m, ok := node.(map[string]any)
		if !ok {
			return
		}
		if m["type"] == "object" {
			if ap, ok := m["additionalProperties"].(bool); !ok || ap {
				t.Errorf("%s: object without additionalProperties: false", ptr)
			}
			if _, ok := m["properties"]; !ok {
				t.Errorf("%s: object without properties", ptr)
			}
		}
		// A bound on every list keeps policy evaluation bounded on hostile plans.
		if _, ok := m["maxItems"]; m["type"] == "array" && !ok {
			t.Errorf("%s: list without maxItems", ptr)
		}
		for k, c := range m {
			walk(ptr+"/"+k, c)
		}
	}
	walk("", v.raw)
}

func TestReadable(t *testing.T) {
	if got := readable("/deelnemers/0/contactpersoon"); got != "deelnemers[0].contactpersoon" {
		t.Errorf("readable = %q", got)
	}
}

func TestIsInteger(t *testing.T) {
	for n, want := range map[string]bool{
		"0": true, "12": true, "-3": true, "2.0": true, "2.50e1": true, "1e3": true, "1200e-2": true, "0e-5": true, "0.0": true,
		"2.5": false, "1e-3": false, "1210e-2": false, "-0.5": false, "1e99999999999999999999": false,
	} {
		if got := isInteger(n); got != want {
			t.Errorf("isInteger(%s) = %v, want %v", n, got, want)
		}
	}
}
