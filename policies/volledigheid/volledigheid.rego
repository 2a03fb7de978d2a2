# METADATA
# title: E. Volledige informatie per zorgvorm
# description: >-
#   De regionale tafel maakt een zo volledig mogelijk overzicht van vraag en aanbod per
#   zorgvorm (Gespreksleidraad §3.1.2, Bijlage 2). Aanbod onder druk is onderbouwd met
#   personele, financiële en kwalitatieve informatie. Ontbreekt een zorgvorm, dan zegt
#   het plan hoe patiënten toch geholpen worden of brengt het dit landelijk in
#   (notitie §4, §4.1). Acute en outreachende zorg zijn het regionale fundament
#   (Gespreksleidraad §1.4, Figuur 1).
package ggzcheck.afspraken.volledigheid

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Elke zorgvorm heeft de gegevens van Bijlage 2
# description: >-
#   Een aanwezige zorgvorm geeft vraag, landelijke functie, capaciteit, onvervulde vraag
#   en druk op; een ontbrekende zorgvorm in ieder geval de vraag.
# custom:
#   id: zorgvorm-gegevens
#   severity: error
#   source: Gespreksleidraad §3.1.2, Bijlage 2 Tabel 2
#   title_en: Every care form has the data of Bijlage 2
overtreding contains v if {
	some vorm, z in input.zorgvormen
	ontbrekend := [veld |
		some veld in gegevens.bijlage2_velden
		gevraagd(veld, z)
		object.get(z, veld.pad, null) == null
	]
	count(ontbrekend) > 0
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s", [vorm]),
		sprintf(
			"Bij %s ontbreekt %s. Bijlage 2 van de Gespreksleidraad vraagt dit voor elke zorgvorm; vul het aan, zo nodig als schatting met een toelichting.",
			[lib.zorgvorm_nl(vorm), lib.opsomming([sprintf("%s ('%s')", [veld.naam, concat(".", veld.pad)]) | some veld in ontbrekend], "en")],
		),
		sprintf(
			"%s lacks %s. Bijlage 2 of the guide asks for this for every care form; add it, as an estimate with an explanation if need be.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), lib.opsomming([sprintf("%s ('%s')", [veld.naam_en, concat(".", veld.pad)]) | some veld in ontbrekend], "and")],
		),
	)
}

# METADATA
# title: Gevraagd veld
# description: Of een veld van Bijlage 2 gevraagd is bij deze zorgvorm, gezien of zij aanwezig is.
# scope: document
gevraagd(veld, z) if z.aanwezig == true

gevraagd(veld, z) if {
	z.aanwezig == false
	veld.ook_bij_afwezig
}

# METADATA
# title: Druk is onderbouwd
# description: >-
#   Staat aanbod onder druk, dan onderbouwen aanbieders dat met personele informatie
#   (aandeel PNIL, vacaturegraad), financiële informatie en kwalitatieve informatie.
# custom:
#   id: zorgvorm-druk-onderbouwd
#   severity: error
#   source: Gespreksleidraad §3.1.2
#   title_en: Pressure is substantiated
overtreding contains v if {
	some vorm, z in input.zorgvormen
	z.onder_druk.mate in gegevens.onder_druk_onderbouwen
	ontbrekend := [onderdeel |
		some onderdeel in onderbouwing
		object.get(z.onder_druk, onderdeel.pad, null) == null
	]
	count(ontbrekend) > 0
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s/onder_druk", [vorm]),
		sprintf(
			"%s staat %s onder druk, maar de onderbouwing mist %s. Druk wordt onderbouwd met personele informatie (aandeel PNIL, vacaturegraad), financiële en kwalitatieve informatie.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm)), z.onder_druk.mate, lib.opsomming([sprintf("%s ('onder_druk.%s')", [o.naam, concat(".", o.pad)]) | some o in ontbrekend], "en")],
		),
		sprintf(
			"%s is under %s pressure, but the substantiation lacks %s. Pressure is substantiated with personnel data (PNIL share, vacancy rate), financial and qualitative information.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), lib.druk_en[z.onder_druk.mate], lib.opsomming([sprintf("%s ('onder_druk.%s')", [o.naam_en, concat(".", o.pad)]) | some o in ontbrekend], "and")],
		),
	)
}

# METADATA
# title: Onderdelen van de onderbouwing
# description: Wat de onderbouwing van druk bevat (Gespreksleidraad §3.1.2).
onderbouwing := [
	{"pad": ["personeel", "pnil_aandeel_procent"], "naam": "het aandeel PNIL", "naam_en": "the PNIL share"},
	{"pad": ["personeel", "vacaturegraad_procent"], "naam": "de vacaturegraad", "naam_en": "the vacancy rate"},
	{"pad": ["financieel"], "naam": "financiële informatie", "naam_en": "financial information"},
	{"pad": ["kwalitatief"], "naam": "kwalitatieve informatie", "naam_en": "qualitative information"},
]

# METADATA
# title: Acute en outreachende zorg zijn aanwezig
# description: >-
#   Acute en outreachende zorg vormen het regionale fundament en zijn in elke regio
#   aanwezig.
# custom:
#   id: zorgvorm-fundament
#   severity: error
#   source: Gespreksleidraad §1.4, Figuur 1; notitie §3.1
#   title_en: Acute and outreach care are present
overtreding contains v if {
	some vorm, z in input.zorgvormen
	not gegevens.zorgvormen[vorm].landelijke_functie_mogelijk
	z.aanwezig == false
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s/aanwezig", [vorm]),
		sprintf(
			"%s is niet aanwezig in de regio. Acute en outreachende zorg vormen het regionale fundament en horen in elke regio aanwezig te zijn; leg vast welk aanbod er is, of maak een plan om het te organiseren.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm))],
		),
		sprintf(
			"%s is not present in the region. Acute and outreach care are the regional foundation and belong in every region; record the supply there is, or make a plan to organise it.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm))],
		),
	)
}

# METADATA
# title: Landelijke functie alleen waar mogelijk
# description: >-
#   Alleen klinische, beveiligde en hoogspecialistische zorg kunnen een landelijke
#   functie hebben; acute en outreachende zorg zijn regionaal.
# custom:
#   id: zorgvorm-landelijke-functie
#   severity: error
#   source: Gespreksleidraad §1.4, §4.1.1, Figuur 1
#   title_en: A national function only where possible
overtreding contains v if {
	some vorm, z in input.zorgvormen
	not gegevens.zorgvormen[vorm].landelijke_functie_mogelijk
	z.landelijke_functie == true
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s/landelijke_functie", [vorm]),
		sprintf(
			"%s staat als zorgvorm met landelijke functie, maar alleen klinische, beveiligde en hoogspecialistische zorg kunnen die hebben. Zet 'landelijke_functie: false'.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm))],
		),
		sprintf(
			"%s is marked as having a national function, but only clinical, secure and high-specialist care can have one. Set 'landelijke_functie: false'.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm))],
		),
	)
}

# METADATA
# title: Ontbrekend aanbod is opgevangen of landelijk ingebracht
# description: >-
#   Ontbreekt een zorgvorm in de regio, dan zegt het plan waar patiënten terechtkunnen
#   en dat dit aanbod toegankelijk en voldoende is, of brengt de regio het in als
#   bespreekpunt voor de landelijke tafel.
# custom:
#   id: zorgvorm-afwezig-opvang
#   severity: error
#   source: notitie §4, §4.1; Gespreksleidraad §4.1.1
#   title_en: Missing supply is covered or raised nationally
overtreding contains v if {
	some vorm, z in input.zorgvormen
	gegevens.zorgvormen[vorm].landelijke_functie_mogelijk
	z.aanwezig == false
	not opgevangen(z)
	not landelijk_ingebracht(vorm)
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s/aanwezig", [vorm]),
		sprintf(
			"%s ontbreekt in de regio, maar het plan zegt niet hoe patiënten toch geholpen worden. Leg onder 'opvang_bij_afwezigheid' vast in welke regio zij terechtkunnen en of dat aanbod toegankelijk en voldoende is ('toegankelijk_en_voldoende: true'), of breng het ontbreken in als bespreekpunt voor de landelijke tafel.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm))],
		),
		sprintf(
			"%s is missing in the region, but the plan does not say how patients are served. Record under 'opvang_bij_afwezigheid' in which region they can go and whether that supply is accessible and sufficient ('toegankelijk_en_voldoende: true'), or raise the gap as an agenda item for the national table.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm))],
		),
	)
}

# METADATA
# title: Opgevangen
# description: Patiënten kunnen terecht in een andere regio waar het aanbod toegankelijk en voldoende is.
opgevangen(z) if {
	z.opvang_bij_afwezigheid.toegankelijk_en_voldoende == true
	not lib.tekst_ontbreekt(z.opvang_bij_afwezigheid, "regio")
}

# METADATA
# title: Landelijk ingebracht
# description: Er is een bespreekpunt voor de landelijke tafel over deze zorgvorm.
landelijk_ingebracht(vorm) if {
	some punt in input.bespreekpunten
	punt.zorgvorm == vorm
}

# METADATA
# title: Afwijking van de operationalisatie is gemotiveerd
# description: >-
#   Noemt het aanbod een voorziening die niet op de lijst van de zorgvorm staat (notitie
#   §3.2), dan motiveert de regio die afwijking.
# custom:
#   id: zorgvorm-operationalisatie
#   severity: error
#   source: notitie §3.2
#   title_en: A deviation from the operationalisation is motivated
overtreding contains v if {
	some vorm, z in input.zorgvormen
	some k, aanbod in z.aanbod
	not lib.tekst_ontbreekt(aanbod, "voorziening")
	not lower(aanbod.voorziening) in {lower(x) | some x in gegevens.operationalisatie[vorm]}
	lib.tekst_ontbreekt(z, "afwijking_operationalisatie")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s/aanbod/%d/voorziening", [vorm, k]),
		sprintf(
			"De voorziening '%s' staat niet in de operationalisatie van %s (%s). Afwijken mag als de regio het motiveert: leg onder 'afwijking_operationalisatie' bij %s uit waarom dit aanbod erbij hoort, of kies een voorziening uit de lijst.",
			[aanbod.voorziening, lib.zorgvorm_nl(vorm), concat(", ", gegevens.operationalisatie[vorm]), lib.zorgvorm_nl(vorm)],
		),
		sprintf(
			"The facility '%s' is not in the operationalisation of %s (%s). A region may deviate when it says why: explain under 'afwijking_operationalisatie' of %s why this supply belongs, or choose a facility from the list.",
			[aanbod.voorziening, lib.zorgvorm_en(vorm), concat(", ", gegevens.operationalisatie[vorm]), lib.zorgvorm_en(vorm)],
		),
	)
}
