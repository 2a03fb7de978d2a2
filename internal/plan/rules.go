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

type text = finding.Text

// Rules describes every check Load performs.
func Rules() []finding.Rule {
	r := func(id string, title, desc text, fails, passes string, fix text) finding.Rule {
		return finding.Rule{
			ID: id, Severity: finding.Error, Title: title, Description: desc,
			Source: SourceYAML, Agreement: agreement, Fails: fails, Passes: passes, Fix: fix,
		}
	}
	return []finding.Rule{
		r(RuleSyntax,
			text{NL: "Het bestand is geldige YAML-tekst", EN: "The file is valid YAML text"},
			text{NL: "ggzcheck leest het plan als YAML. Inspringing met tabs, een niet gesloten aanhalingsteken of lijst, of een 'sleutel: waarde' op de verkeerde plek maakt het bestand onleesbaar. Ook een onzichtbaar teken dat YAML anders leest dan een editor het toont (een losse CR, een tweede byte-order mark) is een fout.", EN: "ggzcheck reads the plan as YAML. Indenting with tabs, an unclosed quote or list, or a 'key: value' in the wrong place makes the file unreadable. So does an invisible character that YAML reads otherwise than an editor shows it (a lone CR, a second byte-order mark)."},
			"regio:\n  code: zilverduin\n    naam: Zilverduin\n", "regio:\n  code: zilverduin\n  naam: Zilverduin\n",
			text{NL: "Herstel het bestand op de aangewezen regel zoals de melding zegt; sla het op als UTF-8-tekst.", EN: "Mend the file at the line shown, as the finding says; save it as UTF-8 text."}),
		r(RuleEmpty,
			text{NL: "Het bestand bevat een plan", EN: "The file holds a plan"},
			text{NL: "Een leeg bestand, of een bestand met alleen commentaar, is geen plan.", EN: "An empty file, or one with only comments, is not a plan."},
			"# nog in te vullen\n", "regio:\n  code: zilverduin\n  naam: Zilverduin\ninkoopjaar: 2026\n",
			text{NL: "Vul het plan in (zie regions/ voor voorbeelden) of verwijder het bestand.", EN: "Fill in the plan (see regions/ for examples) or remove the file."}),
		r(RuleMultipleDocuments,
			text{NL: "Eén plan per bestand", EN: "One plan per file"},
			text{NL: "Een bestand bevat één plan: één regio, één inkoopjaar. Een tweede YAML-document na '---' wordt niet gecontroleerd.", EN: "A file holds one plan: one region, one contracting year. A second YAML document after '---' is not checked."},
			"regio: {code: zilverduin, naam: Zilverduin}\n---\nregio: {code: lindeveld, naam: Lindeveld}\n", "regio: {code: zilverduin, naam: Zilverduin}\n",
			text{NL: "Zet elk plan in een eigen bestand, bijvoorbeeld regions/<regio>/<inkoopjaar>.yaml.", EN: "Put each plan in a file of its own, for example regions/<region>/<year>.yaml."}),
		r(RuleDuplicateKey,
			text{NL: "Elke sleutel komt één keer voor", EN: "Every key appears once"},
			text{NL: "YAML neemt bij een dubbele sleutel stil de laatste waarde; ggzcheck meldt het, zodat niemand een andere waarde leest dan bedoeld.", EN: "YAML silently takes the last value of a duplicate key; ggzcheck reports it, so that no one reads a different value than intended."},
			"inkoopjaar: 2026\ninkoopjaar: 2027\n", "inkoopjaar: 2026\n",
			text{NL: "Verwijder een van beide sleutels of voeg hun waarden samen.", EN: "Remove one of the keys or merge their values."}),
		r(RuleValue,
			text{NL: "Getallen zijn gewone decimale getallen", EN: "Numbers are plain decimal numbers"},
			text{NL: "YAML leest 010 als octaal 8, 0x1F als hexadecimaal, 1_000 als 1000 en .nan als 'geen getal'. ggzcheck weigert zulke vormen in plaats van ze stil anders te lezen dan bedoeld, en ook getallen die te groot zijn om te rekenen (zoals 1e400) of te dicht bij nul.", EN: "YAML reads 010 as octal 8, 0x1F as hexadecimal, 1_000 as 1000 and .nan as 'not a number'. ggzcheck refuses such forms rather than silently reading them otherwise than meant, and also numbers too large to compute with (such as 1e400) or too close to zero."},
			"    aantal_wachtenden: 010\n", "    aantal_wachtenden: 10\n",
			text{NL: "Schrijf getallen als decimale cijfers, zonder voorloopnul, liggend streepje of voorvoegsel; zet tekst tussen aanhalingstekens.", EN: "Write numbers as decimal digits, without a leading zero, underscore or prefix; put text in quotes."}),
		r(RuleUnsupported,
			text{NL: "Geen YAML-constructies die de inhoud verbergen", EN: "No YAML constructs that hide the content"},
			text{NL: "Tags (!!binary, !eigen), samenvoegsleutels (<<), sleutels die geen naam zijn en een alias binnen zijn eigen anker maken onzichtbaar wat er in het plan staat.", EN: "Tags (!!binary, !custom), merge keys (<<), keys that are not names and an alias inside its own anchor hide what the plan holds."},
			"contactpersoon:\n  <<: *standaard\n", "contactpersoon:\n  naam: Sanne Bos\n  email: s.bos@example.org\n",
			text{NL: "Schrijf de sleutels en waarden uit en verwijder tags.", EN: "Write the keys and values out and remove tags."}),
		r(RuleLimit,
			text{NL: "Het plan blijft binnen de grenzen van grootte en nesting", EN: "The plan stays within the size and nesting limits"},
			text{NL: "Een plan is hooguit 1 MiB, uitgevouwen hooguit 50.000 waarden en 16 MiB aan tekst en paden, en 64 niveaus diep; geen sleutel of waarde is langer dan 10.000 tekens. Na 100 meldingen over de YAML stopt het lezen. Zo kan geen bestand, ook geen 'billion laughs'-aliasbom, de controle laten vastlopen.", EN: "A plan is at most 1 MiB, at most 50,000 values and 16 MiB of text and paths once expanded, and 64 levels deep; no key or value is longer than 10,000 characters. After 100 findings about the YAML, reading stops. So no file, not even a 'billion laughs' alias bomb, can make the check hang."},
			"a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n# … en zo verder, zes niveaus diep\n", "regio:\n  code: zilverduin\n",
			text{NL: "Schrijf waarden uit in plaats van aliassen te stapelen, en controleer of dit het juiste bestand is.", EN: "Write values out instead of stacking aliases, and check that this is the right file."}),
	}
}
