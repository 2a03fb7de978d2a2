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
#   waarom het geen probleem voor de toegankelijkheid is. Een maatregel of toelichting die
#   alleen een plaatshouder is ('PM', 'volgt'; policies/gegevens.yaml, 'plaatshouders'),
#   telt niet.
# custom:
#   id: disbalans-plan
#   severity: error
#   source: Gespreksleidraad §3.2, §3.4
#   title_en: Imbalance has a measure or an explanation
#   afwijking_mogelijk: true
#   description_en: >-
#     A care form with an imbalance (demand above capacity, a long wait, a closed waiting
#     list or heavy pressure) has a measure in the plan, or an explanation why it is not
#     an access problem. A measure or explanation that is only a placeholder ('PM',
#     'volgt'; policies/gegevens.yaml, 'plaatshouders') does not count.
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
	some vorm, z in input.zorgvormen
	not heeft_maatregel(vorm)

	# For this care form alone, once it has no measure: the bottlenecks, with their
	# messages, are the costly test.
	lib.knelpunten[vorm]
	lib.inhoud_ontbreekt(z, "disbalans_toelichting")
	v := lib.bevinding(
		rego.metadata.rule(),
		pad(vorm, z),
		sprintf(
			"Bij %s zijn vraag en aanbod uit balans: %s.%s Neem onder 'maatregelen' een maatregel voor %s op (regionale of bovenregionale afspraak, interne verschuiving, aanpassing van exclusiecriteria of aandacht in de contractering), of leg onder 'disbalans_toelichting' uit waarom dit geen probleem voor de toegankelijkheid is.",
			[lib.zorgvorm_nl(vorm), lib.knelpunten_tekst(vorm, "nl"), zonder_inhoud(vorm, z, "nl"), lib.zorgvorm_nl(vorm)],
		),
		sprintf(
			"%s shows an imbalance between demand and supply: %s.%s Add a measure for it under 'maatregelen' (a regional or supra-regional agreement, an internal shift, a change to exclusion criteria or attention in contracting), or explain under 'disbalans_toelichting' why this is not an access problem.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), lib.knelpunten_tekst(vorm, "en"), zonder_inhoud(vorm, z, "en")],
		),
	)
}

# METADATA
# title: Heeft een maatregel
# description: >-
#   Het regionale plan heeft minstens één maatregel voor deze zorgvorm met een
#   omschrijving die meer is dan een plaatshouder (policies/gegevens.yaml, 'plaatshouders').
heeft_maatregel(vorm) if {
	some maatregel in input.maatregelen
	maatregel.zorgvorm == vorm
	not lib.inhoud_ontbreekt(maatregel, "omschrijving")
}

# METADATA
# title: Maatregelen zonder inhoud
# description: De indices van de maatregelen voor een zorgvorm waarvan de omschrijving een plaatshouder is.
lege_maatregelen(vorm) := sort([i |
	some i, maatregel in input.maatregelen
	maatregel.zorgvorm == vorm
	lib.inhoud_ontbreekt(maatregel, "omschrijving")
])

# METADATA
# title: Pad van de melding
# description: >-
#   De eerste maatregel zonder inhoud als die er is, anders de toelichting als die een
#   plaatshouder is, anders de zorgvorm.
# scope: document
pad(vorm, _) := sprintf("/maatregelen/%d/omschrijving", [lege_maatregelen(vorm)[0]]) if count(lege_maatregelen(vorm)) > 0

pad(vorm, z) := sprintf("/zorgvormen/%s/disbalans_toelichting", [vorm]) if {
	count(lege_maatregelen(vorm)) == 0
	not lib.tekst_ontbreekt(z, "disbalans_toelichting")
}

pad(vorm, z) := sprintf("/zorgvormen/%s", [vorm]) if {
	count(lege_maatregelen(vorm)) == 0
	lib.tekst_ontbreekt(z, "disbalans_toelichting")
}

# METADATA
# title: Wat er zonder inhoud staat
# description: >-
#   Een zin over een maatregel of toelichting die er wel staat maar alleen een
#   plaatshouder is; leeg als die er niet is. taal is "nl" of "en".
# scope: document
zonder_inhoud(vorm, _, taal) := sprintf(zonder_inhoud_teksten[taal].maatregel, [i + 1, lib.gebrek(input.maatregelen[i], "omschrijving", taal)]) if {
	i := lege_maatregelen(vorm)[0]
}

zonder_inhoud(vorm, z, taal) := sprintf(zonder_inhoud_teksten[taal].toelichting, [lib.gebrek(z, "disbalans_toelichting", taal)]) if {
	count(lege_maatregelen(vorm)) == 0
	not lib.tekst_ontbreekt(z, "disbalans_toelichting")
}

zonder_inhoud(vorm, z, _) := "" if {
	count(lege_maatregelen(vorm)) == 0
	lib.tekst_ontbreekt(z, "disbalans_toelichting")
}

# METADATA
# title: Zinnen over een plaatshouder
# description: De zinnen van 'zonder_inhoud' per taal.
zonder_inhoud_teksten := {
	"nl": {
		"maatregel": " Maatregel %d heeft geen omschrijving%s.",
		"toelichting": " De disbalans_toelichting legt niets uit%s.",
	},
	"en": {
		"maatregel": " Measure %d has no description%s.",
		"toelichting": " The disbalans_toelichting explains nothing%s.",
	},
}
