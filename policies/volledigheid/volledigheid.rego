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
# title: Alle zes zorgvormen staan in het plan
# description: >-
#   Het plan beschrijft vraag en aanbod van alle zes zorgvormen van de cruciale ggz, ook
#   een zorgvorm die in de regio ontbreekt ('aanwezig: false', met de vraag ernaar). Een
#   zorgvorm die niet in het plan staat, is een gat in het overzicht dat de landelijke tafel
#   optelt.
# custom:
#   id: zorgvorm-alle-zes
#   severity: error
#   source: Gespreksleidraad §3.1.2, Bijlage 2 Tabel 2; notitie §4.1
#   title_en: All six care forms are in the plan
#   afwijking_mogelijk: false
#   description_en: >-
#     The plan describes demand and supply of all six care forms of crucial care, also a
#     form that is missing in the region ('aanwezig: false', with the demand for it). A
#     form that is not in the plan is a gap in the overview the national table adds up.
#   citaat: >-
#     De regionale tafels maken een zo volledig mogelijk overzicht van de vraag en het
#     aanbod in hun regio, uitgesplitst naar: bij benadering de jaarlijkse regionale vraag
#     per zorgvorm (de zes zoals in Figuur 1 genoemd). (Gespreksleidraad §3.1.2)
#   fout: |
#     zorgvormen:
#       acute_zorg: {aanwezig: true}
#       outreachende_zorg: {aanwezig: true}
#       klinische_zorg: {aanwezig: true}
#       beveiligde_zorg: {aanwezig: false}
#       hoogspecialistisch_ggz: {aanwezig: true}
#   goed: |
#     zorgvormen:
#       acute_zorg: {aanwezig: true}
#       outreachende_zorg: {aanwezig: true}
#       klinische_zorg: {aanwezig: true}
#       beveiligde_zorg: {aanwezig: false}
#       hoogspecialistisch_ggz: {aanwezig: true}
#       hoogspecialistisch_ziekenhuis: {aanwezig: false}
#   oplossing: >-
#     Voeg de ontbrekende zorgvorm toe onder 'zorgvormen', met 'aanwezig' en de gegevens van
#     Bijlage 2; ontbreekt het aanbod in de regio, met 'aanwezig: false', de vraag ernaar en
#     hoe patiënten toch geholpen worden.
#   oplossing_en: >-
#     Add the missing care form under 'zorgvormen', with 'aanwezig' and the data of Bijlage
#     2; if the region lacks the supply, with 'aanwezig: false', the demand for it and how
#     patients are served all the same.
overtreding contains v if {
	zorgvormen := object.get(input, "zorgvormen", {}) # once per plan, not per care form
	some vorm in lib.zorgvormen_op_volgorde
	not is_object(object.get(zorgvormen, vorm, null))
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s", [vorm]),
		sprintf(
			"%s ('%s') staat niet in het plan. Beschrijf alle zes zorgvormen, ook een die in de regio ontbreekt: voeg '%s:' toe onder 'zorgvormen', met 'aanwezig' en de gegevens van Bijlage 2.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm)), vorm, vorm],
		),
		sprintf(
			"%s ('%s') is not in the plan. Describe all six care forms, also one the region lacks: add '%s:' under 'zorgvormen', with 'aanwezig' and the data of Bijlage 2.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), vorm, vorm],
		),
	)
}

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
#   afwijking_mogelijk: true
#   description_en: >-
#     A present care form gives demand, national function, capacity, unmet demand and
#     pressure; an absent one at least its demand.
#   citaat: >-
#     De regionale tafels maken een zo volledig mogelijk overzicht van de vraag en het
#     aanbod in hun regio, uitgesplitst naar […] de zes zoals in Figuur 1 genoemd.
#     (Gespreksleidraad §3.1.2, Bijlage 2)
#   fout: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         werkelijke_jaarlijkse_vraag: 1240
#   goed: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         verwachte_jaarlijkse_vraag: 1150
#         werkelijke_jaarlijkse_vraag: 1240
#         landelijke_functie: false
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1300, patienten_buiten_regio: 60}
#         onvervulde_vraag: {aantal_wachtenden: 12, gemiddelde_wachttijd_weken: 3, aantal_gesloten_wachtlijsten: 0}
#         onder_druk: {mate: niet}
#   oplossing: >-
#     Vul de ontbrekende gegevens van Bijlage 2 aan, zo nodig als schatting met een
#     toelichting.
#   oplossing_en: >-
#     Add the missing data of Bijlage 2, as an estimate with an explanation if need be.
overtreding contains v if {
	velden := gegevens.bijlage2_velden # read from the data once per plan, not once per care form
	some vorm, z in input.zorgvormen
	ontbrekend := [veld |
		some veld in velden
		object.get(z, veld.pad, null) == null # cheap test first: most fields are there
		gevraagd(veld, z)
	]
	count(ontbrekend) > 0
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s", [vorm]),
		sprintf(
			"Bij %s %s %s. Bijlage 2 van de Gespreksleidraad vraagt dit voor elke zorgvorm; vul %s aan, zo nodig als schatting met een toelichting.",
			[lib.zorgvorm_nl(vorm), lib.getal(count(ontbrekend), "ontbreekt", "ontbreken"), lib.opsomming([sprintf("%s ('%s')", [veld.naam, concat(".", veld.pad)]) | some veld in ontbrekend], "en"), lib.getal(count(ontbrekend), "het", "ze")],
		),
		sprintf(
			"%s lacks %s. Bijlage 2 of the guide asks for this for every care form; add %s, as an estimate with an explanation if need be.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), lib.opsomming([sprintf("%s ('%s')", [veld.naam_en, concat(".", veld.pad)]) | some veld in ontbrekend], "and"), lib.getal(count(ontbrekend), "it", "them")],
		),
	)
}

# METADATA
# title: Letterlijk bekende voorzieningen
# description: Per zorgvorm de voorzieningen uit de operationalisatie, zoals ze er staan, in kleine letters.
letterlijk_bekend := {vorm: {lower(x) | some x in lijst} | some vorm, lijst in gegevens.operationalisatie}

# METADATA
# title: Bekende voorzieningen
# description: >-
#   Per zorgvorm de voorzieningen uit de operationalisatie (policies/gegevens.yaml), zoals
#   lib.voorziening ze vergelijkt; eenmaal per proces berekend (internal/policy/constants.go).
bekende_voorzieningen := {vorm: {lib.voorziening(x) | some x in lijst} | some vorm, lijst in gegevens.operationalisatie}

# METADATA
# title: Gevraagd veld
# description: >-
#   Of een veld van Bijlage 2 gevraagd is bij deze zorgvorm, gezien of zij aanwezig is;
#   'aanwezig' zelf is altijd gevraagd.
# scope: document
gevraagd(veld, _) if veld.altijd

gevraagd(veld, z) if z.aanwezig == true

gevraagd(veld, z) if {
	z.aanwezig == false
	veld.ook_bij_afwezig
}

# METADATA
# title: Druk is onderbouwd
# description: >-
#   Staat aanbod onder druk, dan onderbouwen aanbieders dat met personele informatie
#   (aandeel PNIL, vacaturegraad), financiële informatie en kwalitatieve informatie; een
#   plaatshouder (policies/gegevens.yaml, 'plaatshouders') onderbouwt niets.
# custom:
#   id: zorgvorm-druk-onderbouwd
#   severity: error
#   source: Gespreksleidraad §3.1.2
#   title_en: Pressure is substantiated
#   afwijking_mogelijk: true
#   description_en: >-
#     Supply under pressure is substantiated with personnel data (PNIL share, vacancy
#     rate), financial and qualitative information; a placeholder (policies/gegevens.yaml,
#     'plaatshouders') substantiates nothing.
#   citaat: >-
#     Het thema 'in hoeverre aanbod onder druk staat' wordt benaderd als combinatie van
#     personele informatie (aandeel PNIL, vacaturegraad), financiële informatie en
#     kwalitatieve informatie. (Gespreksleidraad §3.1.2)
#   fout: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         onder_druk:
#           mate: sterk
#           kwalitatief: Bedden zijn in de zomer dicht.
#   goed: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         onder_druk:
#           mate: sterk
#           personeel: {pnil_aandeel_procent: 21, vacaturegraad_procent: 12}
#           financieel: Tekort van 0,6 miljoen euro op de klinische productie.
#           kwalitatief: Bedden zijn in de zomer dicht.
#   oplossing: >-
#     Vul onder 'onder_druk' het aandeel PNIL, de vacaturegraad, financiële en
#     kwalitatieve informatie aan.
#   oplossing_en: >-
#     Add the PNIL share, the vacancy rate, financial and qualitative information under
#     'onder_druk'.
overtreding contains v if {
	some vorm, z in input.zorgvormen
	z.onder_druk.mate in gegevens.onder_druk_onderbouwen
	druk := z.onder_druk
	# A number is missing when it is not there, a text when it has no content: two
	# lists tested directly, not a rule called for every part.
	ontbrekend := array.concat(
		[o | some o in onderbouwing_getallen; object.get(druk, o.pad, null) == null],
		[o | some o in onderbouwing_teksten; lib.inhoud_ontbreekt(druk, o.pad[0])],
	)
	count(ontbrekend) > 0
	v := lib.bevinding(
		rego.metadata.rule(),
		pad_onderbouwing(vorm, z.onder_druk, ontbrekend[0]),
		sprintf(
			"%s staat %s onder druk, maar de onderbouwing mist %s. Druk wordt onderbouwd met personele informatie (aandeel PNIL, vacaturegraad), financiële en kwalitatieve informatie.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm)), z.onder_druk.mate, lib.opsomming([sprintf("%s ('onder_druk.%s')%s", [o.naam, concat(".", o.pad), gebrek_onderbouwing(z.onder_druk, o, "nl")]) | some o in ontbrekend], "en")],
		),
		sprintf(
			"%s is under %s pressure, but the substantiation lacks %s. Pressure is substantiated with personnel data (PNIL share, vacancy rate), financial and qualitative information.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), lib.druk_en[z.onder_druk.mate], lib.opsomming([sprintf("%s ('onder_druk.%s')%s", [o.naam_en, concat(".", o.pad), gebrek_onderbouwing(z.onder_druk, o, "en")]) | some o in ontbrekend], "and")],
		),
	)
}

# METADATA
# title: Waarom de onderbouwing geen inhoud heeft
# description: De plaatshouder in een tekst van de onderbouwing, voor in de melding.
# scope: document
gebrek_onderbouwing(druk, onderdeel, taal) := lib.gebrek(druk, onderdeel.pad[0], taal) if onderdeel.tekst

gebrek_onderbouwing(_, onderdeel, _) := "" if not onderdeel.tekst

# METADATA
# title: Pad van de melding over de onderbouwing
# description: Het eerste ontbrekende onderdeel als het er staat (een plaatshouder), anders 'onder_druk'.
# scope: document
pad_onderbouwing(vorm, druk, onderdeel) := sprintf("/zorgvormen/%s/onder_druk/%s", [vorm, onderdeel.pad[0]]) if {
	onderdeel.tekst
	not lib.tekst_ontbreekt(druk, onderdeel.pad[0])
}

pad_onderbouwing(vorm, druk, onderdeel) := sprintf("/zorgvormen/%s/onder_druk", [vorm]) if {
	onderdeel.tekst
	lib.tekst_ontbreekt(druk, onderdeel.pad[0])
}

pad_onderbouwing(vorm, _, onderdeel) := sprintf("/zorgvormen/%s/onder_druk", [vorm]) if not onderdeel.tekst

# METADATA
# title: Onderdelen van de onderbouwing
# description: Wat de onderbouwing van druk bevat (Gespreksleidraad §3.1.2).
onderbouwing := [
	{"pad": ["personeel", "pnil_aandeel_procent"], "naam": "het aandeel PNIL", "naam_en": "the PNIL share", "tekst": false},
	{"pad": ["personeel", "vacaturegraad_procent"], "naam": "de vacaturegraad", "naam_en": "the vacancy rate", "tekst": false},
	{"pad": ["financieel"], "naam": "financiële informatie", "naam_en": "financial information", "tekst": true},
	{"pad": ["kwalitatief"], "naam": "kwalitatieve informatie", "naam_en": "qualitative information", "tekst": true},
]

# METADATA
# title: Getallen van de onderbouwing
# description: De onderdelen van de onderbouwing die een getal zijn, in volgorde.
onderbouwing_getallen := [o | some o in onderbouwing; o.tekst == false]

# METADATA
# title: Teksten van de onderbouwing
# description: >-
#   De onderdelen van de onderbouwing die een tekst zijn, in volgorde; een tekst zonder
#   inhoud (leeg of een plaatshouder, policies/gegevens.yaml 'plaatshouders') ontbreekt.
onderbouwing_teksten := [o | some o in onderbouwing; o.tekst == true]

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
#   afwijking_mogelijk: false
#   description_en: >-
#     Acute and outreach care are the regional foundation and are present in every region.
#   citaat: >-
#     De regionale cruciale ggz (acute zorg en outreachende zorg) vormt hierbij het
#     aanwezige fundament voor hun directe omgeving. (Gespreksleidraad §1.4)
#   fout: |
#     zorgvormen:
#       acute_zorg:
#         aanwezig: false
#   goed: |
#     zorgvormen:
#       acute_zorg:
#         aanwezig: true
#   oplossing: >-
#     Leg vast welk acuut en outreachend aanbod de regio heeft, of maak een plan om het te
#     organiseren.
#   oplossing_en: >-
#     Record the acute and outreach supply the region has, or make a plan to organise it.
overtreding contains v if {
	some vorm, z in input.zorgvormen
	z.aanwezig == false # cheap test first: most care forms are present
	not gegevens.zorgvormen[vorm].landelijke_functie_mogelijk
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
#   afwijking_mogelijk: true
#   description_en: >-
#     Only clinical, secure and high-specialist care can have a national function; acute
#     and outreach care are regional.
#   citaat: >-
#     De beveiligde, klinische en hoogspecialistische zorg (vanuit ggz en vanuit
#     ziekenhuis) heeft in een deel van de gevallen een landelijke rol in de cruciale ggz.
#     (Gespreksleidraad §1.4)
#   fout: |
#     zorgvormen:
#       outreachende_zorg:
#         aanwezig: true
#         landelijke_functie: true
#   goed: |
#     zorgvormen:
#       outreachende_zorg:
#         aanwezig: true
#         landelijke_functie: false
#   oplossing: >-
#     Zet 'landelijke_functie: false' bij acute en outreachende zorg.
#   oplossing_en: >-
#     Set 'landelijke_functie: false' for acute and outreach care.
overtreding contains v if {
	some vorm, z in input.zorgvormen
	z.landelijke_functie == true # cheap test first
	not gegevens.zorgvormen[vorm].landelijke_functie_mogelijk
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
#   afwijking_mogelijk: true
#   description_en: >-
#     When a care form is missing in the region, the plan says where patients can go and
#     that this supply is accessible and sufficient, or raises the gap as an agenda item
#     for the national table.
#   citaat: >-
#     Welk aanbod ontbreekt er in de regio? Is dit aanbod alsnog geborgd voor patiënten
#     uit onze regio doordat in een naburige regio wél aanwezig en voldoende toegankelijk
#     is? (notitie §4.1)
#   fout: |
#     zorgvormen:
#       hoogspecialistisch_ziekenhuis:
#         aanwezig: false
#   goed: |
#     zorgvormen:
#       hoogspecialistisch_ziekenhuis:
#         aanwezig: false
#         opvang_bij_afwezigheid:
#           regio: lindeveld
#           toegankelijk_en_voldoende: true
#           toelichting: PUK van het UMC Lindeveld, 35 minuten reistijd.
#   oplossing: >-
#     Leg onder 'opvang_bij_afwezigheid' vast in welke regio patiënten terechtkunnen en of
#     dat toegankelijk en voldoende is, of breng het ontbreken in als bespreekpunt.
#   oplossing_en: >-
#     Record under 'opvang_bij_afwezigheid' in which region patients can go and whether
#     that is accessible and sufficient, or raise the gap as an agenda item.
overtreding contains v if {
	some vorm, z in input.zorgvormen
	z.aanwezig == false # cheap test first: most care forms are present
	gegevens.zorgvormen[vorm].landelijke_functie_mogelijk
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
#   §3.2), dan motiveert de regio die afwijking. Vergeleken zoals de bronnen schrijven: zonder
#   hoofdletters, streepjes en spaties, zonder de soortwoorden van de bronnen (team, unit,
#   setting, afdeling, bedden, plaatsen), zonder een aantal tussen haakjes ('IHT (12
#   plaatsen)'), en met de synoniemen van notitie §3.2 en Gespreksleidraad Figuur 1
#   ('FACT-team', 'HS-8', 'MPU-bedden', 'PUK'en'; policies/gegevens.yaml, 'voorzieningen').
#   'Unit 8' en 'afdeling 8' zijn units met een nummer, geen setting 8 (HS-8).
# custom:
#   id: zorgvorm-operationalisatie
#   severity: error
#   source: notitie §3.2
#   title_en: A deviation from the operationalisation is motivated
#   afwijking_mogelijk: true
#   description_en: >-
#     When the supply names a facility that is not on the care form's list (notitie §3.2),
#     the region motivates that deviation. Compared as the sources write them: regardless of
#     case, hyphens and spaces, without the sources' kind words (team, unit, setting,
#     afdeling, bedden, plaatsen), without a quantity in parentheses ('IHT (12 plaatsen)'),
#     and with the synonyms of notitie §3.2 and Gespreksleidraad Figure 1 ('FACT-team', 'HS-8',
#     'MPU-bedden', "PUK'en"; policies/gegevens.yaml, 'voorzieningen'). 'Unit 8' and
#     'afdeling 8' are numbered units, not setting 8 (HS-8).
#   citaat: >-
#     Deze lijsten vormen een vertrekpunt voor de regionale gesprekken. Wanneer er in
#     IZA-regio's vanwege lokale kenmerken reden is om hiervan af te wijken, is dit
#     gemotiveerd mogelijk. (notitie §3.2)
#   fout: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         aanbod:
#           - {aanbieder: GGZ Zilverduin, voorziening: herstelhuis}
#   goed: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         aanbod:
#           - {aanbieder: GGZ Zilverduin, voorziening: herstelhuis}
#         afwijking_operationalisatie: Het herstelhuis vervangt in deze regio een deel van de klinische opnames.
#   oplossing: >-
#     Leg onder 'afwijking_operationalisatie' bij de zorgvorm uit waarom dit aanbod erbij
#     hoort, of kies een voorziening uit de lijst (policies/gegevens.yaml,
#     'operationalisatie').
#   oplossing_en: >-
#     Explain under the care form's 'afwijking_operationalisatie' why this supply belongs,
#     or choose a facility from the list (policies/gegevens.yaml, 'operationalisatie').
overtreding contains v if {
	some vorm, z in input.zorgvormen
	some k, aanbod in z.aanbod
	is_string(aanbod.voorziening)
	not letterlijk_bekend[vorm][lower(aanbod.voorziening)] # cheap test first: most labels are as listed
	not lib.tekst_ontbreekt(aanbod, "voorziening")
	not lib.voorziening(aanbod.voorziening) in bekende_voorzieningen[vorm]
	lib.inhoud_ontbreekt(z, "afwijking_operationalisatie")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s/aanbod/%d/voorziening", [vorm, k]),
		sprintf(
			"De voorziening '%s' staat niet in de operationalisatie van %s (%s). Afwijken mag als de regio het motiveert%s: leg onder 'afwijking_operationalisatie' bij %s uit waarom dit aanbod erbij hoort, of kies een voorziening uit de lijst.",
			[lib.citeer(aanbod.voorziening), lib.zorgvorm_nl(vorm), concat(", ", gegevens.operationalisatie[vorm]), lib.gebrek(z, "afwijking_operationalisatie", "nl"), lib.zorgvorm_nl(vorm)],
		),
		sprintf(
			"The facility '%s' is not in the operationalisation of %s (%s). A region may deviate when it says why%s: explain under 'afwijking_operationalisatie' of %s why this supply belongs, or choose a facility from the list.",
			[lib.citeer(aanbod.voorziening), lib.zorgvorm_en(vorm), concat(", ", gegevens.operationalisatie[vorm]), lib.gebrek(z, "afwijking_operationalisatie", "en"), lib.zorgvorm_en(vorm)],
		),
	)
}
