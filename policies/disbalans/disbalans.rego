# METADATA
# title: G. Disbalans krijgt een plan
# description: >-
#   Bij disbalans tussen vraag en aanbod kijkt de regionale tafel of dit een probleem
#   voor de toegankelijkheid is. Is het dat, dan komt er een plan: regionale of
#   bovenregionale afspraken, interne verschuivingen, gemotiveerde aanpassingen van
#   exclusiecriteria of aandacht in de individuele contractering. Is het dat niet,
#   bijvoorbeeld omdat patiënten naar tevredenheid aanbod net buiten de regio gebruiken
#   of zorg op afstand krijgen, dan licht de regio dat toe (Gespreksleidraad §3.2, §3.4).
package ggzcheck.afspraken.disbalans

import data.ggzcheck.lib

# METADATA
# title: Disbalans heeft een maatregel of toelichting
# description: >-
#   Een zorgvorm met disbalans (vraag boven capaciteit, lange wachttijd, gesloten
#   wachtlijst of sterke druk) heeft een maatregel in het plan, of een toelichting
#   waarom het geen probleem voor de toegankelijkheid is.
# custom:
#   id: disbalans-plan
#   severity: error
#   source: Gespreksleidraad §3.2, §3.4
#   title_en: Imbalance has a measure or an explanation
#   afwijking_mogelijk: true
#   description_en: >-
#     A care form with an imbalance (demand above capacity, a long wait, a closed waiting
#     list or heavy pressure) has a measure in the plan, or an explanation why it is not
#     an access problem.
#   citaat: >-
#     Bij disbalans tussen vraag en aanbod binnen de cruciale ggz, kijkt de regionale
#     tafel of dit als probleem voor toegankelijkheid ervaren wordt. Dit hoeft niet per
#     definitie zo te zijn. (Gespreksleidraad §3.2)
#   fout: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         werkelijke_jaarlijkse_vraag: 1240
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1120}
#   goed: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         werkelijke_jaarlijkse_vraag: 1240
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1120}
#     maatregelen:
#       - zorgvorm: klinische_zorg
#         soort: interne_verschuiving
#         omschrijving: Acht bedden gaan over naar intensieve thuisbehandeling.
#   oplossing: >-
#     Neem onder 'maatregelen' een maatregel op voor de zorgvorm, of leg onder
#     'disbalans_toelichting' uit waarom de disbalans geen probleem voor de
#     toegankelijkheid is.
#   oplossing_en: >-
#     Add a measure for the care form under 'maatregelen', or explain under
#     'disbalans_toelichting' why the imbalance is not an access problem.
overtreding contains v if {
	some vorm, _ in lib.knelpunten
	not heeft_maatregel(vorm)
	lib.tekst_ontbreekt(input.zorgvormen[vorm], "disbalans_toelichting")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s", [vorm]),
		sprintf(
			"Bij %s is vraag en aanbod uit balans: %s. Neem onder 'maatregelen' een maatregel voor %s op (regionale of bovenregionale afspraak, interne verschuiving, aanpassing van exclusiecriteria of aandacht in de contractering), of leg onder 'disbalans_toelichting' uit waarom dit geen probleem voor de toegankelijkheid is.",
			[lib.zorgvorm_nl(vorm), lib.knelpunten_tekst(vorm, "nl"), lib.zorgvorm_nl(vorm)],
		),
		sprintf(
			"%s shows an imbalance between demand and supply: %s. Add a measure for it under 'maatregelen' (a regional or supra-regional agreement, an internal shift, a change to exclusion criteria or attention in contracting), or explain under 'disbalans_toelichting' why this is not an access problem.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), lib.knelpunten_tekst(vorm, "en")],
		),
	)
}

# METADATA
# title: Heeft een maatregel
# description: Het regionale plan heeft minstens één maatregel voor deze zorgvorm.
heeft_maatregel(vorm) if {
	some maatregel in input.maatregelen
	maatregel.zorgvorm == vorm
}
