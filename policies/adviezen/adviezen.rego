# METADATA
# title: I. Adviezen van de landelijke tafel worden opgevolgd
# description: >-
#   De ondersteunende landelijke tafel geeft elke regio haar adviezen retour: de tekorten
#   vertaald naar de regio en antwoorden op haar bespreekpunten, met een voorstel hoe er in
#   het regioplan en de individuele contractering gevolg aan te geven. In de tweede
#   gespreksronde neemt de regionale tafel die door en spreekt één plan af (Gespreksleidraad
#   §3.4, §4.3). ggzcheck zet de adviezen voor de regio en het inkoopjaar van het plan
#   (antwoorden/<regio>/<inkoopjaar>.yaml in de map van het register, zoals regions/antwoorden/) in
#   input.antwoorden, als {bestand, regio, inkoopjaar, adviezen}. Een plan zelf kan die
#   sleutel niet bevatten: het planformaat kent hem niet.
package ggzcheck.afspraken.adviezen

import data.ggzcheck.lib

# METADATA
# title: Elk advies van de landelijke tafel is opgevolgd
# description: >-
#   Voor elk advies in het antwoordbestand van de regio en het inkoopjaar zegt het plan onder
#   'opvolging_adviezen' hoe het wordt opgevolgd: in een maatregel, in de contractering, of
#   niet.
# custom:
#   id: advies-opgevolgd
#   vereist: antwoorden
#   severity: error
#   source: Gespreksleidraad §3.4, §4.3
#   title_en: Every advice of the national table is followed up
#   afwijking_mogelijk: false
#   description_en: >-
#     For every advice in the answers file of the region and contracting year, the plan
#     states under 'opvolging_adviezen' how it is followed up: in a measure, in contracting,
#     or not.
#   citaat: >-
#     Tot slot krijgen alle regio's de adviezen retour. Dit bevat voor hun regio een vertaling
#     van de tekorten en antwoorden op de besprekpunten naar een voorstel voor hoe hier in
#     het komende jaar gevolg aan te geven in de regioplannen en de individuele
#     contractering. (Gespreksleidraad §4.3) — De regionale tafels bespreken drie onderwerpen
#     in de tweede gespreksronde: 1 Doornemen van ontvangen informatie van de ondersteunende
#     landelijke tafel. (Gespreksleidraad §3.4)
#   fout: |
#     # ggzcheck voegt de adviezen uit regions/antwoorden/zilverduin/2027.yaml toe als antwoorden:
#     antwoorden:
#       bestand: regions/antwoorden/zilverduin/2027.yaml
#       adviezen:
#         - {id: liz-plaatsen, bespreekpunt: liz-plaatsen, zorgvorm: beveiligde_zorg, voorstel: Contracteer vier extra LIZ-plaatsen.}
#     bespreekpunten:
#       - {id: liz-plaatsen, zorgvorm: beveiligde_zorg, titel: Tekort aan LIZ-plaatsen}
#   goed: |
#     antwoorden:
#       bestand: regions/antwoorden/zilverduin/2027.yaml
#       adviezen:
#         - {id: liz-plaatsen, bespreekpunt: liz-plaatsen, zorgvorm: beveiligde_zorg, voorstel: Contracteer vier extra LIZ-plaatsen.}
#     bespreekpunten:
#       - {id: liz-plaatsen, zorgvorm: beveiligde_zorg, titel: Tekort aan LIZ-plaatsen}
#     opvolging_adviezen:
#       - advies: liz-plaatsen
#         opvolging: contractering
#         toelichting: Duinzorg en Kustpolis contracteren vier extra LIZ-plaatsen bij GGZ Zilverduin.
#   oplossing: >-
#     Neem het advies op onder 'opvolging_adviezen', met 'advies' (de id), 'opvolging'
#     (maatregel, contractering of niet) en de maatregelen of de toelichting.
#   oplossing_en: >-
#     Add the advice under 'opvolging_adviezen', with 'advies' (its id), 'opvolging'
#     (maatregel, contractering or niet) and the measures or the explanation.
overtreding contains v if {
	some advies in input.antwoorden.adviezen
	not advies.id in opgevolgd
	v := lib.bevinding(
		rego.metadata.rule(),
		sectie("opvolging_adviezen"),
		sprintf(
			"De landelijke tafel gaf de regio advies '%s' over %s (%s), met het voorstel '%s'. Het plan zegt niet hoe het dat advies opvolgt. Neem het op onder 'opvolging_adviezen' met 'advies: %s' en 'opvolging': in een maatregel, in de contractering of niet, met de redenen.",
			[advies.id, lib.zorgvorm_nl(advies.zorgvorm), input.antwoorden.bestand, voorstel(advies), advies.id],
		),
		sprintf(
			"The national table gave the region advice '%s' on %s (%s), proposing '%s'. The plan does not say how it follows that advice up. Add it under 'opvolging_adviezen' with 'advies: %s' and 'opvolging': in a measure, in contracting or not, with the reasons.",
			[advies.id, lib.zorgvorm_en(advies.zorgvorm), input.antwoorden.bestand, voorstel(advies), advies.id],
		),
	)
}

# METADATA
# title: Voorstel van een advies
# description: Het voorstel van een advies, ingekort, zonder punt aan het eind.
voorstel(advies) := trim_right(lib.citeer(advies.voorstel), ". ")

# METADATA
# title: Opgevolgde adviezen
# description: De ids van de adviezen die het plan onder 'opvolging_adviezen' noemt.
opgevolgd contains o.advies if some o in input.opvolging_adviezen

# METADATA
# title: Pad naar een onderdeel
# description: Het onderdeel van het plan als het er is, anders het plan als geheel.
sectie(naam) := sprintf("/%s", [naam]) if input[naam]

sectie(naam) := "" if not input[naam]

# METADATA
# title: Verwijzingen bij adviezen bestaan
# description: >-
#   Wat een advies of de opvolging ervan noemt, bestaat: het advies onder 'advies' staat in
#   het antwoordbestand, elke maatregel onder 'maatregelen' staat in het plan (met die id, of
#   zonder id als zorgvorm en volgnummer, 'klinische-zorg-2'), en het bespreekpunt dat een
#   advies beantwoordt staat nog in het plan (met die id, of zonder id met die titel), zodat
#   antwoord en bespreekpunt bij elkaar blijven.
# custom:
#   id: advies-verwijzing
#   vereist: antwoorden
#   severity: error
#   source: Gespreksleidraad §3.3, §3.4, §4.3
#   title_en: References in the follow-up of advice exist
#   afwijking_mogelijk: false
#   description_en: >-
#     What an advice or its follow-up names exists: the advice under 'advies' is in the
#     answers file, every measure under 'maatregelen' is in the plan (with that id, or without
#     an id as care form and number, 'klinische-zorg-2'), and the agenda item an advice
#     answers is still in the plan (with that id, or without an id with that title), so that
#     answer and agenda item stay together.
#   citaat: >-
#     Dit bevat zowel antwoorden op de ingebrachte bespreekpunten als aanvullende informatie
#     over het in hun regio aanwezige landelijke aanbod. (Gespreksleidraad §3.4)
#   fout: |
#     antwoorden:
#       bestand: regions/antwoorden/zilverduin/2027.yaml
#       adviezen:
#         - {id: liz-plaatsen, zorgvorm: beveiligde_zorg, voorstel: Maak een bovenregionale afspraak over LIZ.}
#     opvolging_adviezen:
#       - {advies: liz-plaatsen, opvolging: maatregel, maatregelen: [liz-unit]}
#   goed: |
#     antwoorden:
#       bestand: regions/antwoorden/zilverduin/2027.yaml
#       adviezen:
#         - {id: liz-plaatsen, zorgvorm: beveiligde_zorg, voorstel: Maak een bovenregionale afspraak over LIZ.}
#     maatregelen:
#       - {id: liz-unit, zorgvorm: beveiligde_zorg, soort: bovenregionale_afspraak, omschrijving: Een LIZ-unit met Lindeveld.}
#     opvolging_adviezen:
#       - {advies: liz-plaatsen, opvolging: maatregel, maatregelen: [liz-unit]}
#   oplossing: >-
#     Verwijs naar een advies uit het antwoordbestand en naar maatregelen in dit plan; geef
#     maatregelen en bespreekpunten een vaste 'id' en houd die gelijk.
#   oplossing_en: >-
#     Refer to an advice in the answers file and to measures in this plan; give measures and
#     agenda items a fixed 'id' and keep it.
overtreding contains v if {
	some m in verkeerde_verwijzing
	v := lib.bevinding(rego.metadata.rule(), m.pad, m.nl, m.en)
}

# METADATA
# title: Verkeerde verwijzingen
# description: >-
#   Elke verwijzing bij een advies die niet bestaat (een onbekend advies, een onbekende
#   maatregel, een bespreekpunt dat niet meer in het plan staat), met pad en melding.
verkeerde_verwijzing contains melding if {
	input.antwoorden
	some i, o in input.opvolging_adviezen
	not o.advies in {a.id | some a in input.antwoorden.adviezen}
	melding := {
		"pad": sprintf("/opvolging_adviezen/%d/advies", [i]),
		"nl": sprintf(
			"Advies '%s' staat niet in %s. Verwijs naar de id van een advies van de landelijke tafel aan de regio: %s.",
			[o.advies, input.antwoorden.bestand, adviezen_tekst("nl")],
		),
		"en": sprintf(
			"Advice '%s' is not in %s. Refer to the id of an advice of the national table to the region: %s.",
			[o.advies, input.antwoorden.bestand, adviezen_tekst("en")],
		),
	}
}

verkeerde_verwijzing contains melding if {
	input.antwoorden
	some i, o in input.opvolging_adviezen
	some j, id in o.maatregelen
	not id in lib.maatregel_ids(object.get(input, "maatregelen", []))
	melding := {
		"pad": sprintf("/opvolging_adviezen/%d/maatregelen/%d", [i, j]),
		"nl": sprintf(
			"De opvolging van advies '%s' noemt maatregel '%s', maar dit plan heeft geen maatregel met die id. Geef de maatregel onder 'maatregelen' de 'id: %s', of corrigeer de verwijzing.",
			[o.advies, id, id],
		),
		"en": sprintf(
			"The follow-up of advice '%s' names measure '%s', but this plan has no measure with that id. Give the measure under 'maatregelen' the 'id: %s', or correct the reference.",
			[o.advies, id, id],
		),
	}
}

verkeerde_verwijzing contains melding if {
	some advies in input.antwoorden.adviezen
	punt := advies.bespreekpunt
	not punt in {lib.bespreekpunt_id(p) | some p in object.get(input, "bespreekpunten", [])}
	melding := {
		"pad": sectie("bespreekpunten"),
		"nl": sprintf(
			"Advies '%s' (%s) beantwoordt bespreekpunt '%s', maar dit plan heeft geen bespreekpunt met die id. Laat het bespreekpunt staan en geef het 'id: %s', zodat antwoord en bespreekpunt bij elkaar blijven.",
			[advies.id, input.antwoorden.bestand, punt, punt],
		),
		"en": sprintf(
			"Advice '%s' (%s) answers agenda item '%s', but this plan has no agenda item with that id. Keep the agenda item and give it 'id: %s', so that answer and agenda item stay together.",
			[advies.id, input.antwoorden.bestand, punt, punt],
		),
	}
}

# METADATA
# title: Adviezen als tekst
# description: De ids van de adviezen in het antwoordbestand, of 'geen' als het er geen heeft.
adviezen_tekst(_) := concat(", ", sort([a.id | some a in input.antwoorden.adviezen])) if count(input.antwoorden.adviezen) > 0

adviezen_tekst(taal) := {"nl": "het bestand heeft geen adviezen", "en": "the file has no advice"}[taal] if count(input.antwoorden.adviezen) == 0

# METADATA
# title: Opvolging van een advies is onderbouwd
# description: >-
#   Een advies dat in een maatregel wordt opgevolgd, noemt die maatregel; een advies dat in
#   de contractering wordt opgevolgd, zegt hoe; een advies dat niet wordt opgevolgd, zegt
#   waarom. Zo verdwijnt een voorstel van de landelijke tafel niet stilzwijgend. Een
#   plaatshouder (policies/gegevens.yaml, 'plaatshouders') is geen toelichting.
# custom:
#   id: advies-reden
#   vereist: antwoorden
#   severity: error
#   source: Gespreksleidraad §3.4, §4.3
#   title_en: The follow-up of an advice is substantiated
#   afwijking_mogelijk: true
#   description_en: >-
#     An advice followed up in a measure names that measure; an advice followed up in
#     contracting says how; an advice that is not followed up says why. So a proposal of the
#     national table is not silently dropped. A placeholder (policies/gegevens.yaml,
#     'plaatshouders') is no explanation.
#   citaat: >-
#     Dit bevat voor hun regio een vertaling van de tekorten en antwoorden op de
#     besprekpunten naar een voorstel voor hoe hier in het komende jaar gevolg aan te geven
#     in de regioplannen en de individuele contractering. (Gespreksleidraad §4.3)
#   fout: |
#     antwoorden:
#       bestand: regions/antwoorden/zilverduin/2027.yaml
#       adviezen:
#         - {id: liz-plaatsen, zorgvorm: beveiligde_zorg, voorstel: Maak een bovenregionale afspraak over LIZ.}
#     opvolging_adviezen:
#       - {advies: liz-plaatsen, opvolging: niet}
#   goed: |
#     antwoorden:
#       bestand: regions/antwoorden/zilverduin/2027.yaml
#       adviezen:
#         - {id: liz-plaatsen, zorgvorm: beveiligde_zorg, voorstel: Maak een bovenregionale afspraak over LIZ.}
#     opvolging_adviezen:
#       - advies: liz-plaatsen
#         opvolging: niet
#         toelichting: Lindeveld en Hoogmoer hebben geen ruimte; de vier extra plaatsen komen er via de contractering.
#   oplossing: >-
#     Noem onder 'maatregelen' de ids van de maatregelen die het advies opvolgen, of leg onder
#     'toelichting' uit hoe de contractering het opvolgt of waarom de regio het niet opvolgt.
#   oplossing_en: >-
#     List under 'maatregelen' the ids of the measures that follow the advice up, or explain
#     under 'toelichting' how contracting follows it up or why the region does not.
overtreding contains v if {
	some m in zonder_onderbouwing
	v := lib.bevinding(rego.metadata.rule(), m.pad, m.nl, m.en)
}

# METADATA
# title: Opvolging zonder onderbouwing
# description: >-
#   Elke opvolging zonder de maatregel, de toelichting over de contractering of de reden om
#   niet op te volgen die erbij hoort, met pad en melding.
zonder_onderbouwing contains melding if {
	input.antwoorden
	some i, o in input.opvolging_adviezen
	o.opvolging in {"niet", "contractering"}
	lib.inhoud_ontbreekt(o, "toelichting")
	melding := {
		"pad": sprintf("/opvolging_adviezen/%d/toelichting", [i]),
		"nl": sprintf(reden_nl[o.opvolging], [o.advies, lib.gebrek(o, "toelichting", "nl")]),
		"en": sprintf(reden_en[o.opvolging], [o.advies, lib.gebrek(o, "toelichting", "en")]),
	}
}

zonder_onderbouwing contains melding if {
	input.antwoorden
	some i, o in input.opvolging_adviezen
	o.opvolging == "maatregel"
	count(object.get(o, "maatregelen", [])) == 0
	melding := {
		"pad": sprintf("/opvolging_adviezen/%d", [i]),
		"nl": sprintf("Advies '%s' wordt opgevolgd in een maatregel, maar de opvolging noemt geen maatregel. Zet onder 'maatregelen' de id van elke maatregel in dit plan die het advies uitvoert.", [o.advies]),
		"en": sprintf("Advice '%s' is followed up in a measure, but the follow-up names no measure. List under 'maatregelen' the id of every measure in this plan that carries the advice out.", [o.advies]),
	}
}

# METADATA
# title: Meldingen over de toelichting
# description: Wat er per soort opvolging gemeld wordt als de toelichting ontbreekt.
reden_nl := {
	"niet": "Het plan volgt advies '%s' niet op, maar zegt niet waarom%s. Leg onder 'toelichting' uit waarom de regio het voorstel van de landelijke tafel niet overneemt: een voorstel verdwijnt niet stilzwijgend.",
	"contractering": "Het plan volgt advies '%s' op in de contractering, maar zegt niet hoe%s. Beschrijf onder 'toelichting' welke afspraken in de individuele contractering het voorstel uitvoeren.",
}

# METADATA
# title: Meldingen over de toelichting (Engels)
# description: De Engelse meldingen per soort opvolging als de toelichting ontbreekt.
reden_en := {
	"niet": "The plan does not follow advice '%s' up, but does not say why%s. Explain under 'toelichting' why the region does not take over the national table's proposal: a proposal is not dropped silently.",
	"contractering": "The plan follows advice '%s' up in contracting, but does not say how%s. Describe under 'toelichting' which agreements in individual contracting carry the proposal out.",
}
