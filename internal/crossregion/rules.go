package crossregion

import "github.com/ggzcheck/ggzcheck/internal/finding"

// Rule ids of the cross-region checks.
const (
	RuleRegistry          = "regio-register"
	RuleDuplicatePlan     = "regio-dubbel-plan"
	RuleUnknownRegion     = "regio-onbekend"
	RuleUnknownNeighbour  = "regio-buur-onbekend"
	RuleInconsistentOffer = "regio-aanbod-ongelijk"
)

const agreement = "Samenhang tussen regio's"

type text = finding.Text

// Rules describes the cross-region checks.
func Rules() []finding.Rule {
	r := func(id string, sev finding.Severity, source string, title, desc text, fails, passes string, fix text) finding.Rule {
		return finding.Rule{ID: id, Severity: sev, Source: source, Agreement: agreement, Title: title, Description: desc, Fails: fails, Passes: passes, Fix: fix, Needs: finding.NeedsRegistry}
	}
	return []finding.Rule{
		r(RuleRegistry, finding.Error, "Register van regio's (regions/regios.yaml)",
			text{NL: "Het register van regio's klopt", EN: "The region registry is correct"},
			text{NL: "Elke regio staat één keer in regions/regios.yaml, en elke buurregio die het register noemt, staat er zelf ook in.", EN: "Every region is in regions/regios.yaml once, and every neighbour the registry names is in it too."},
			"regios:\n  - {code: zilverduin, naam: Zilverduin, buren: [lindevelt]}\n", "regios:\n  - {code: zilverduin, naam: Zilverduin, buren: [lindeveld]}\n  - {code: lindeveld, naam: Lindeveld, buren: [zilverduin]}\n",
			text{NL: "Corrigeer de code of voeg de regio toe aan het register.", EN: "Correct the code or add the region to the registry."}),
		r(RuleDuplicatePlan, finding.Error, "Gespreksleidraad §3.4",
			text{NL: "Eén plan per regio per inkoopjaar", EN: "One plan per region per contracting year"},
			text{NL: "De regionale tafel spreekt één plan af; twee plannen van dezelfde regio voor hetzelfde inkoopjaar spreken elkaar tegen.", EN: "The regional table agrees on one plan; two plans of the same region for the same year contradict each other."},
			"# regions/zilverduin/2026.yaml en regions/zilverduin/2026-concept.yaml\n# hebben allebei regio.code: zilverduin en inkoopjaar: 2026\n", "# alleen regions/zilverduin/2026.yaml\n",
			text{NL: "Voeg de plannen samen tot één plan.", EN: "Merge the plans into one."}),
		r(RuleUnknownRegion, finding.Error, "Register van regio's (regions/regios.yaml)",
			text{NL: "De regio staat in het register", EN: "The region is in the registry"},
			text{NL: "De regiocode van een plan staat in het register van regio's, zodat plannen en regio's één op één bij elkaar horen.", EN: "A plan's region code is in the region registry, so that plans and regions match one to one."},
			"regio:\n  code: zilverdiun\n", "regio:\n  code: zilverduin\n",
			text{NL: "Gebruik de code uit regions/regios.yaml, of voeg de regio daar toe.", EN: "Use the code from regions/regios.yaml, or add the region there."}),
		r(RuleUnknownNeighbour, finding.Error, "notitie §4.1",
			text{NL: "De opvangregio bestaat", EN: "The covering region exists"},
			text{NL: "Waar een plan zegt dat patiënten in een andere regio terechtkunnen, bestaat die regio in het register.", EN: "Where a plan says patients can go to another region, that region exists in the registry."},
			"    opvang_bij_afwezigheid: {regio: lindevelt, toegankelijk_en_voldoende: true}\n", "    opvang_bij_afwezigheid: {regio: lindeveld, toegankelijk_en_voldoende: true}\n",
			text{NL: "Gebruik de code van de regio uit regions/regios.yaml.", EN: "Use the region's code from regions/regios.yaml."}),
		r(RuleInconsistentOffer, finding.Warning, "Gespreksleidraad §3.3, §4.1.1",
			text{NL: "Hetzelfde aanbod staat in elk plan gelijk beschreven", EN: "The same supply is described alike in every plan"},
			text{NL: "Aanbod met een landelijke functie neemt deel in de regio waar het gevestigd is, maar andere regio's noemen het ook. Staat hetzelfde aanbod (aanbieder, afdeling, zorgvorm) in meer plannen van één inkoopjaar, dan met dezelfde voorziening en capaciteit, zodat de landelijke tafel het niet verschillend telt.", EN: "Supply with a national function takes part in the region where it is located, but other regions mention it too. When the same supply (provider, department, care form) is in several plans of one contracting year, it has the same facility and capacity, so that the national table does not count it differently."},
			"# Zilverduin: {aanbieder: UMC Lindeveld, afdeling: MPU, voorziening: MPU, capaciteit: 140}\n# Lindeveld:  {aanbieder: UMC Lindeveld, afdeling: MPU, voorziening: MPU, capaciteit: 120}\n",
			"# in beide plannen: {aanbieder: UMC Lindeveld, afdeling: MPU, voorziening: MPU, capaciteit: 140}\n",
			text{NL: "Stem de beschrijving af met de andere regio en maak haar gelijk.", EN: "Agree the description with the other region and make it the same."}),
	}
}

var catalogue = func() map[string]finding.Rule {
	m := map[string]finding.Rule{}
	for _, r := range Rules() {
		m[r.ID] = r
	}
	return m
}()
