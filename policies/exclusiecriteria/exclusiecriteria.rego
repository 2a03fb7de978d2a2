# METADATA
# title: B. Exclusiecriteria zijn gemotiveerd
# description: >-
#   Heeft aanbod exclusiecriteria, dan omschrijft de regio ze en voorziet ze van een
#   motivatie (Gespreksleidraad §3.1.2, Bijlage 2). Van aanbieders wordt verwacht
#   dat zij inclusiecriteria hanteren waarmee exclusie van deze patiënten in principe
#   onmogelijk is (notitie, managementsamenvatting en §4.2).
package ggzcheck.afspraken.exclusiecriteria

import data.ggzcheck.lib

# METADATA
# title: Exclusiecriterium is omschreven
# description: >-
#   Elk exclusiecriterium zegt wat het uitsluit; een plaatshouder als 'n.v.t.' of 'PM'
#   (policies/gegevens.yaml, 'plaatshouders') is geen omschrijving. Een korte omschrijving
#   mag: de afkortingen van het veld ('LVB', 'TBS') zeggen wat ze uitsluiten.
# custom:
#   id: exclusie-omschrijving
#   severity: error
#   source: Gespreksleidraad §3.1.2, Bijlage 2
#   title_en: Exclusion criterion is described
#   afwijking_mogelijk: true
#   description_en: >-
#     Every exclusion criterion says what it excludes; a placeholder such as 'n.v.t.' or
#     'PM' (policies/gegevens.yaml, 'plaatshouders') is not a description. A short
#     description is fine: the field's abbreviations ('LVB', 'TBS') say what they exclude.
#   citaat: >-
#     Indien exclusiecriteria bij dit aanbod: deze omschrijven en voorzien van motivatie.
#     (Gespreksleidraad §3.1.2)
#   fout: |
#     zorgvormen:
#       beveiligde_zorg:
#         exclusiecriteria:
#           - motivatie: De afdeling heeft geen verslavingsarts.
#   goed: |
#     zorgvormen:
#       beveiligde_zorg:
#         exclusiecriteria:
#           - omschrijving: Actueel middelengebruik.
#             motivatie: De afdeling heeft geen verslavingsarts; deze patiënten gaan naar de dubbele-diagnosekliniek.
#   oplossing: >-
#     Schrijf onder 'omschrijving' welke patiënten het criterium uitsluit.
#   oplossing_en: >-
#     Write under 'omschrijving' which patients the criterion excludes.
overtreding contains v if {
	some vorm, z in input.zorgvormen
	some k, criterium in z.exclusiecriteria
	lib.naam_ontbreekt(criterium, "omschrijving")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s/exclusiecriteria/%d/omschrijving", [vorm, k]),
		sprintf(
			"Exclusiecriterium %d bij %s heeft geen omschrijving%s. Schrijf onder 'omschrijving' welke patiënten het criterium uitsluit.",
			[k + 1, lib.zorgvorm_nl(vorm), lib.gebrek(criterium, "omschrijving", "nl")],
		),
		sprintf(
			"Exclusion criterion %d for %s has no description%s. Write under 'omschrijving' which patients the criterion excludes.",
			[k + 1, lib.zorgvorm_en(vorm), lib.gebrek(criterium, "omschrijving", "en")],
		),
	)
}

# METADATA
# title: Exclusiecriterium is gemotiveerd
# description: >-
#   Elk exclusiecriterium heeft een motivatie die uitlegt waarom het nodig is; een
#   motivatie die alleen de omschrijving herhaalt, een plaatshouder als 'n.v.t.' of 'PM'
#   (policies/gegevens.yaml, 'plaatshouders') of een leeg veld telt niet.
# custom:
#   id: exclusie-motivatie
#   severity: error
#   source: Gespreksleidraad §3.1.2, Bijlage 2; notitie §4.2
#   title_en: Exclusion criterion is motivated
#   afwijking_mogelijk: true
#   description_en: >-
#     Every exclusion criterion has a motivation that explains why it is needed; a
#     motivation that only repeats the description, a placeholder such as 'n.v.t.' or 'PM'
#     (policies/gegevens.yaml, 'plaatshouders') or a blank field does not count.
#   citaat: >-
#     Indien exclusiecriteria bij dit aanbod: deze omschrijven en voorzien van motivatie.
#     (Gespreksleidraad §3.1.2) — Daarnaast wordt van de gezamenlijke aanbieders in de
#     regio verwacht aanbod met passende inclusiecriteria te hanteren, waarmee exclusie
#     van deze groep patiënten in principe onmogelijk is. (notitie, samenvatting)
#   fout: |
#     zorgvormen:
#       beveiligde_zorg:
#         exclusiecriteria:
#           - omschrijving: Actueel middelengebruik.
#             motivatie: n.v.t.
#   goed: |
#     zorgvormen:
#       beveiligde_zorg:
#         exclusiecriteria:
#           - omschrijving: Actueel middelengebruik.
#             motivatie: De afdeling heeft geen verslavingsarts; deze patiënten gaan naar de dubbele-diagnosekliniek.
#   oplossing: >-
#     Leg onder 'motivatie' uit waarom het criterium nodig is en waar uitgesloten
#     patiënten wel terechtkunnen, of laat het criterium vallen.
#   oplossing_en: >-
#     Explain under 'motivatie' why the criterion is needed and where excluded patients
#     can go instead, or drop the criterion.
overtreding contains v if {
	some melding in zonder_motivatie
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Zonder motivatie
# description: Exclusiecriteria zonder motivatie, of met een motivatie die de omschrijving herhaalt.
# scope: document
zonder_motivatie contains melding if {
	some vorm, z in input.zorgvormen
	some k, criterium in z.exclusiecriteria
	lib.inhoud_ontbreekt(criterium, "motivatie")
	melding := {
		"pad": sprintf("/zorgvormen/%s/exclusiecriteria/%d/motivatie", [vorm, k]),
		"nl": sprintf(
			"Het exclusiecriterium %s bij %s heeft geen motivatie%s. Leg onder 'motivatie' uit waarom het criterium nodig is, of laat het vallen: exclusie van patiënten met een cruciale-ggz-vraag hoort in principe onmogelijk te zijn.",
			[label(criterium, k), lib.zorgvorm_nl(vorm), lib.gebrek(criterium, "motivatie", "nl")],
		),
		"en": sprintf(
			"The exclusion criterion %s for %s has no motivation%s. Explain under 'motivatie' why it is needed, or drop it: excluding patients who need crucial care should in principle be impossible.",
			[label(criterium, k), lib.zorgvorm_en(vorm), lib.gebrek(criterium, "motivatie", "en")],
		),
	}
}

zonder_motivatie contains melding if {
	some vorm, z in input.zorgvormen
	some k, criterium in z.exclusiecriteria
	not lib.inhoud_ontbreekt(criterium, "motivatie")
	normaal(criterium.motivatie) == normaal(criterium.omschrijving)
	melding := {
		"pad": sprintf("/zorgvormen/%s/exclusiecriteria/%d/motivatie", [vorm, k]),
		"nl": sprintf(
			"De motivatie van het exclusiecriterium %s bij %s herhaalt alleen de omschrijving. Leg uit waarom het criterium nodig is.",
			[label(criterium, k), lib.zorgvorm_nl(vorm)],
		),
		"en": sprintf(
			"The motivation of the exclusion criterion %s for %s only repeats its description. Explain why the criterion is needed.",
			[label(criterium, k), lib.zorgvorm_en(vorm)],
		),
	}
}

# METADATA
# title: Label van een criterium
# description: De omschrijving tussen aanhalingstekens (ingekort), of het volgnummer als die ontbreekt.
# scope: document
label(criterium, _) := sprintf("'%s'", [lib.citeer(criterium.omschrijving)]) if {
	not lib.naam_ontbreekt(criterium, "omschrijving")
}

label(criterium, k) := sprintf("nr. %d", [k + 1]) if {
	lib.naam_ontbreekt(criterium, "omschrijving")
}

# METADATA
# title: Genormaliseerde tekst
# description: Tekst zonder hoofdletters, witruimte aan de randen en slotpunt, om herhaling te herkennen.
normaal(tekst) := trim_right(lower(trim_space(tekst)), ".")
