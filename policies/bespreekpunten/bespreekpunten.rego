# METADATA
# title: D. Bespreekpunten vragen een voorstel
# description: >-
#   De regio brengt alleen knelpunten die zij niet zelf kan oplossen in bij de
#   ondersteunende landelijke tafel, en alleen voor de vier zorgvormen die een
#   landelijke functie kunnen hebben. Elk bespreekpunt onderbouwt het knelpunt,
#   vat de al gezette stappen samen met waarom die niet volstonden, doet een voorstel
#   of verzoek aan de landelijke tafel, en noemt contactpersonen
#   (Gespreksleidraad §3.2, §3.3, Bijlage 4 Tabel 3).
package ggzcheck.afspraken.bespreekpunten

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Bespreekpunt alleen voor een zorgvorm met mogelijk landelijke functie
# description: >-
#   Bespreekpunten zijn er alleen voor klinische, beveiligde en de twee vormen van
#   hoogspecialistische zorg; voor acute en outreachende zorg zegt Bijlage 4 "n.v.t.".
# custom:
#   id: bespreekpunt-zorgvorm
#   severity: error
#   source: Gespreksleidraad §4.1.1, Bijlage 4 Tabel 3, Figuur 1
#   title_en: Agenda item only for a care form that may have a national function
#   afwijking_mogelijk: false
#   description_en: >-
#     Agenda items exist only for clinical, secure and the two high-specialist forms; for
#     acute and outreach care Bijlage 4 says 'not applicable'.
#   citaat: >-
#     Dit is uitgesplitst over de vier clusters van zorgvormen die een landelijke functie
#     kunnen hebben. (Gespreksleidraad §4.1.1) Bijlage 4 zegt bij acute en outreachende
#     zorg: n.v.t.
#   fout: |
#     bespreekpunten:
#       - zorgvorm: acute_zorg
#         titel: Tekort aan crisisbedden
#   goed: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         redenen: Veertien patiënten wachten gemiddeld elf weken.
#         gezette_stappen: Overleg met de buurregio's.
#         waarom_niet_opgelost: De buurregio's hebben zelf een wachtlijst.
#         voorstel: Landelijke herverdeling van LIZ-capaciteit.
#         contactpersonen:
#           - {naam: Anouk de Wit, email: a.dewit@example.org}
#   oplossing: >-
#     Los een knelpunt in acute of outreachende zorg in de regio op en neem het op onder
#     'maatregelen'.
#   oplossing_en: >-
#     Solve a bottleneck in acute or outreach care within the region and record it under
#     'maatregelen'.
overtreding contains v if {
	some i, punt in input.bespreekpunten
	not gegevens.zorgvormen[punt.zorgvorm].landelijke_functie_mogelijk
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/bespreekpunten/%d/zorgvorm", [i]),
		sprintf(
			"Bespreekpunt '%s' gaat over %s. Die zorgvorm hoort bij het regionale fundament en heeft geen landelijke functie; de landelijke tafel bespreekt alleen %s. Los dit knelpunt in de regio op en neem het op onder 'maatregelen'.",
			[lib.citeer(punt.titel), lib.zorgvorm_nl(punt.zorgvorm), lib.opsomming(landelijk_nl, "en")],
		),
		sprintf(
			"Agenda item '%s' is about %s. That care form belongs to the regional foundation and has no national function; the national table only discusses %s. Solve this bottleneck in the region and put it under 'maatregelen'.",
			[lib.citeer(punt.titel), lib.zorgvorm_en(punt.zorgvorm), lib.opsomming(landelijk_en, "and")],
		),
	)
}

# METADATA
# title: Bespreekpunt noemt de redenen
# description: >-
#   Een bespreekpunt onderbouwt aard en omvang van het knelpunt; een plaatshouder als
#   'n.v.t.' of 'PM' (policies/gegevens.yaml, 'plaatshouders') onderbouwt niets.
# custom:
#   id: bespreekpunt-redenen
#   severity: error
#   source: Gespreksleidraad §3.2, §3.3, Bijlage 4 Tabel 3
#   title_en: Agenda item states its reasons
#   afwijking_mogelijk: true
#   description_en: >-
#     An agenda item substantiates the nature and size of the bottleneck; a placeholder
#     such as 'n.v.t.' or 'PM' (policies/gegevens.yaml, 'plaatshouders') substantiates
#     nothing.
#   citaat: >-
#     Inbrengen van bespreekpunten vraagt onderbouwing van aard en omvang van het
#     knelpunt, reeds gezette stappen en een voorstel aan de ondersteunende landelijke
#     tafel. (Gespreksleidraad §3.2)
#   fout: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         voorstel: Landelijke herverdeling.
#   goed: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         redenen: Veertien patiënten wachten gemiddeld elf weken.
#         gezette_stappen: Overleg met de buurregio's.
#         waarom_niet_opgelost: De buurregio's hebben zelf een wachtlijst.
#         voorstel: Landelijke herverdeling van LIZ-capaciteit.
#         contactpersonen:
#           - {naam: Anouk de Wit, email: a.dewit@example.org}
#   oplossing: >-
#     Beschrijf onder 'redenen' de aard en omvang van het knelpunt en waarom de landelijke
#     tafel het moet bespreken.
#   oplossing_en: >-
#     Describe under 'redenen' the nature and size of the bottleneck and why the national
#     table must discuss it.
overtreding contains v if {
	some i, punt in input.bespreekpunten
	lib.inhoud_ontbreekt(punt, "redenen")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/bespreekpunten/%d/redenen", [i]),
		sprintf(
			"Bespreekpunt '%s' noemt geen redenen%s. Beschrijf onder 'redenen' de aard en omvang van het knelpunt en waarom de landelijke tafel het moet bespreken.",
			[lib.citeer(punt.titel), lib.gebrek(punt, "redenen", "nl")],
		),
		sprintf(
			"Agenda item '%s' gives no reasons%s. Describe under 'redenen' the nature and size of the bottleneck and why the national table must discuss it.",
			[lib.citeer(punt.titel), lib.gebrek(punt, "redenen", "en")],
		),
	)
}

# METADATA
# title: Bespreekpunt vat de gezette stappen samen
# description: >-
#   Een bespreekpunt vat samen welke stappen de regionale partijen al zetten, en
#   waarom die niet tot een oplossing leidden; een plaatshouder (policies/gegevens.yaml,
#   'plaatshouders') is geen samenvatting.
# custom:
#   id: bespreekpunt-stappen
#   severity: error
#   source: Gespreksleidraad §3.2, Bijlage 4 Tabel 3
#   title_en: Agenda item summarises the steps already taken
#   afwijking_mogelijk: true
#   description_en: >-
#     An agenda item summarises which steps the regional parties already took, and why
#     they did not lead to a solution; a placeholder (policies/gegevens.yaml,
#     'plaatshouders') is no summary.
#   citaat: >-
#     Samenvatting reeds gezette stappen om met regionale partijen tot oplossing te komen
#     en duiding waarom het niet gelukt is om oplossing te bereiken. (Gespreksleidraad
#     Bijlage 4, Tabel 3)
#   fout: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         redenen: Veertien patiënten wachten.
#   goed: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         redenen: Veertien patiënten wachten gemiddeld elf weken.
#         gezette_stappen: Overleg met de buurregio's.
#         waarom_niet_opgelost: De buurregio's hebben zelf een wachtlijst.
#         voorstel: Landelijke herverdeling van LIZ-capaciteit.
#         contactpersonen:
#           - {naam: Anouk de Wit, email: a.dewit@example.org}
#   oplossing: >-
#     Vat onder 'gezette_stappen' samen wat de regio al deed, en leg onder
#     'waarom_niet_opgelost' uit waarom dat niet volstond.
#   oplossing_en: >-
#     Summarise under 'gezette_stappen' what the region already did, and explain under
#     'waarom_niet_opgelost' why that was not enough.
overtreding contains v if {
	some i, punt in input.bespreekpunten
	some veld in ["gezette_stappen", "waarom_niet_opgelost"]
	lib.inhoud_ontbreekt(punt, veld)
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/bespreekpunten/%d/%s", [i, veld]),
		sprintf(stappen_nl[veld], [lib.citeer(punt.titel), lib.gebrek(punt, veld, "nl")]),
		sprintf(stappen_en[veld], [lib.citeer(punt.titel), lib.gebrek(punt, veld, "en")]),
	)
}

# METADATA
# title: Meldingen over stappen
# description: Wat er per ontbrekend veld over de gezette stappen gemeld wordt.
stappen_nl := {
	"gezette_stappen": "Bespreekpunt '%s' vat niet samen welke stappen de regio al zette%s. Beschrijf onder 'gezette_stappen' wat de regionale partijen al deden om het knelpunt op te lossen.",
	"waarom_niet_opgelost": "Bespreekpunt '%s' zegt niet waarom de gezette stappen het knelpunt niet oplosten%s. Leg dat uit onder 'waarom_niet_opgelost': de landelijke tafel helpt alleen bij wat de regio niet zelf kan oplossen.",
}

# METADATA
# title: Meldingen over stappen (Engels)
# description: De Engelse meldingen per ontbrekend veld over de gezette stappen.
stappen_en := {
	"gezette_stappen": "Agenda item '%s' does not summarise the steps the region already took%s. Describe under 'gezette_stappen' what the regional parties did to solve the bottleneck.",
	"waarom_niet_opgelost": "Agenda item '%s' does not say why the steps taken did not solve the bottleneck%s. Explain under 'waarom_niet_opgelost': the national table only helps with what the region cannot solve itself.",
}

# METADATA
# title: Bespreekpunt doet een voorstel
# description: >-
#   Een bespreekpunt bevat een voorstel voor een oplossingsrichting en/of een verzoek aan
#   de landelijke tafel; een plaatshouder als 'volgt' of 'PM' (policies/gegevens.yaml,
#   'plaatshouders') is geen voorstel.
# custom:
#   id: bespreekpunt-voorstel
#   severity: error
#   source: Gespreksleidraad §3.2, §3.3, Bijlage 4 Tabel 3
#   title_en: Agenda item makes a proposal
#   afwijking_mogelijk: true
#   description_en: >-
#     An agenda item contains a proposed solution and/or a request to the national table; a
#     placeholder such as 'volgt' or 'PM' (policies/gegevens.yaml, 'plaatshouders') is no
#     proposal.
#   citaat: >-
#     Een voorstel of verzoek aan de landelijke tafel bij dit bespreekpunt.
#     (Gespreksleidraad §3.2)
#   fout: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         redenen: Veertien patiënten wachten.
#   goed: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         redenen: Veertien patiënten wachten gemiddeld elf weken.
#         gezette_stappen: Overleg met de buurregio's.
#         waarom_niet_opgelost: De buurregio's hebben zelf een wachtlijst.
#         voorstel: Landelijke herverdeling van LIZ-capaciteit.
#         contactpersonen:
#           - {naam: Anouk de Wit, email: a.dewit@example.org}
#   oplossing: >-
#     Schrijf onder 'voorstel' welke oplossingsrichting de regio voorstelt of wat zij de
#     landelijke tafel vraagt.
#   oplossing_en: >-
#     Write under 'voorstel' which solution the region proposes or what it asks of the
#     national table.
overtreding contains v if {
	some i, punt in input.bespreekpunten
	lib.inhoud_ontbreekt(punt, "voorstel")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/bespreekpunten/%d/voorstel", [i]),
		sprintf(
			"Bespreekpunt '%s' heeft geen voorstel%s. Schrijf onder 'voorstel' welke oplossingsrichting de regio voorstelt of wat zij de landelijke tafel vraagt.",
			[lib.citeer(punt.titel), lib.gebrek(punt, "voorstel", "nl")],
		),
		sprintf(
			"Agenda item '%s' has no proposal%s. Write under 'voorstel' which solution the region proposes or what it asks of the national table.",
			[lib.citeer(punt.titel), lib.gebrek(punt, "voorstel", "en")],
		),
	)
}

# METADATA
# title: Bespreekpunt noemt bereikbare contactpersonen
# description: Een bespreekpunt noemt minstens één contactpersoon, elk met een e-mailadres of telefoonnummer.
# custom:
#   id: bespreekpunt-contactpersonen
#   severity: error
#   source: Gespreksleidraad Bijlage 4 Tabel 3
#   title_en: Agenda item names reachable contact persons
#   afwijking_mogelijk: true
#   description_en: >-
#     An agenda item names at least one contact person, each with an e-mail address or
#     phone number.
#   citaat: >-
#     Contactpersonen en -gegevens regionale tafel voor dit bespreekpunt.
#     (Gespreksleidraad Bijlage 4, Tabel 3)
#   fout: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         contactpersonen:
#           - {naam: Anouk de Wit}
#   goed: |
#     bespreekpunten:
#       - zorgvorm: beveiligde_zorg
#         titel: Tekort aan LIZ-plaatsen
#         redenen: Veertien patiënten wachten gemiddeld elf weken.
#         gezette_stappen: Overleg met de buurregio's.
#         waarom_niet_opgelost: De buurregio's hebben zelf een wachtlijst.
#         voorstel: Landelijke herverdeling van LIZ-capaciteit.
#         contactpersonen:
#           - {naam: Anouk de Wit, email: a.dewit@example.org}
#   oplossing: >-
#     Voeg onder 'contactpersonen' minstens één persoon toe met 'email' of 'telefoon'.
#   oplossing_en: >-
#     Add at least one person under 'contactpersonen' with an 'email' or 'telefoon'.
overtreding contains v if {
	some melding in zonder_contact
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Zonder contact
# description: Bespreekpunten zonder contactpersoon, of met een contactpersoon zonder contactgegevens.
# scope: document
zonder_contact contains melding if {
	some i, punt in input.bespreekpunten
	count(object.get(punt, "contactpersonen", [])) == 0
	melding := {
		"pad": sprintf("/bespreekpunten/%d", [i]),
		"nl": sprintf(
			"Bespreekpunt '%s' noemt geen contactpersoon. Voeg onder 'contactpersonen' toe wie de landelijke tafel over dit punt kan benaderen, met e-mailadres of telefoonnummer.",
			[lib.citeer(punt.titel)],
		),
		"en": sprintf(
			"Agenda item '%s' names no contact person. Add under 'contactpersonen' whom the national table can approach about it, with an e-mail address or phone number.",
			[lib.citeer(punt.titel)],
		),
	}
}

zonder_contact contains melding if {
	some i, punt in input.bespreekpunten
	some k, persoon in punt.contactpersonen
	lib.tekst_ontbreekt(persoon, "email")
	lib.tekst_ontbreekt(persoon, "telefoon")
	melding := {
		"pad": sprintf("/bespreekpunten/%d/contactpersonen/%d", [i, k]),
		"nl": sprintf(
			"Contactpersoon %s bij bespreekpunt '%s' heeft geen contactgegevens. Voeg een 'email' of 'telefoon' toe.",
			[lib.citeer(persoon.naam), lib.citeer(punt.titel)],
		),
		"en": sprintf(
			"Contact person %s for agenda item '%s' has no contact details. Add an 'email' or 'telefoon'.",
			[lib.citeer(persoon.naam), lib.citeer(punt.titel)],
		),
	}
}

# METADATA
# title: Bespreekpunt over een zorgvorm met een knelpunt
# description: >-
#   De landelijke tafel is er alleen voor knelpunten die de regio niet zelf kan
#   oplossen. Toont het plan voor de zorgvorm van een bespreekpunt geen knelpunt (geen
#   disbalans, niet onder druk, aanwezig), dan is het bespreekpunt niet onderbouwd.
# custom:
#   id: bespreekpunt-zonder-knelpunt
#   severity: warning
#   source: Gespreksleidraad §3.2, §4.1.1
#   title_en: Agenda item about a care form with a bottleneck
#   afwijking_mogelijk: true
#   description_en: >-
#     The national table is only for bottlenecks the region cannot solve itself. If the
#     plan shows no bottleneck for the care form of an agenda item (no imbalance, no
#     pressure, present), the item is not substantiated.
#   citaat: >-
#     Alleen wanneer de knelpunten niet regionaal op te lossen zijn, brengt de regionale
#     tafel deze in als specifieke bespreekpunten voor de landelijke tafel.
#     (Gespreksleidraad §3.2)
#   fout: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         werkelijke_jaarlijkse_vraag: 900
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1000}
#         onder_druk: {mate: niet}
#     bespreekpunten:
#       - zorgvorm: klinische_zorg
#         titel: Tekort aan bedden
#   goed: |
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         werkelijke_jaarlijkse_vraag: 1200
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1000}
#         onder_druk: {mate: sterk}
#     bespreekpunten:
#       - zorgvorm: klinische_zorg
#         titel: Tekort aan bedden
#   oplossing: >-
#     Onderbouw het knelpunt met de cijfers bij de zorgvorm (vraag, capaciteit, wachttijd,
#     druk), of laat het bespreekpunt vallen.
#   oplossing_en: >-
#     Support the bottleneck with the care form's figures (demand, capacity, waiting time,
#     pressure), or drop the item.
overtreding contains v if {
	some i, punt in input.bespreekpunten
	gegevens.zorgvormen[punt.zorgvorm].landelijke_functie_mogelijk
	z := input.zorgvormen[punt.zorgvorm]
	z.aanwezig == true
	not z.onder_druk.mate in {"enigszins", "sterk"}

	# Last, and for this care form alone: the bottlenecks are the costly test.
	not lib.knelpunten[punt.zorgvorm]
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/bespreekpunten/%d/zorgvorm", [i]),
		sprintf(
			"Bespreekpunt '%s' gaat over %s, maar het plan toont daar geen knelpunt: de vraag past binnen de capaciteit, er is geen lange wachttijd of gesloten wachtlijst en het aanbod staat niet onder druk. Onderbouw het knelpunt met de cijfers bij de zorgvorm, of laat het bespreekpunt vallen.",
			[lib.citeer(punt.titel), lib.zorgvorm_nl(punt.zorgvorm)],
		),
		sprintf(
			"Agenda item '%s' is about %s, but the plan shows no bottleneck there: demand fits the capacity, there is no long wait or closed waiting list and the supply is not under pressure. Support the bottleneck with the figures of the care form, or drop the item.",
			[lib.citeer(punt.titel), lib.zorgvorm_en(punt.zorgvorm)],
		),
	)
}

# METADATA
# title: Zorgvormen met mogelijk landelijke functie
# description: De namen van de zorgvormen die een bespreekpunt kunnen zijn, in de volgorde van de gegevens.
landelijk_nl := [lib.zorgvorm_nl(vorm) | some vorm in landelijke_vormen]

# METADATA
# title: Zorgvormen met mogelijk landelijke functie (Engels)
# description: De Engelse namen van de zorgvormen die een bespreekpunt kunnen zijn.
landelijk_en := [lib.zorgvorm_en(vorm) | some vorm in landelijke_vormen]

# METADATA
# title: Codes van zorgvormen met mogelijk landelijke functie
# description: In de volgorde van de bronnen, zodat meldingen altijd hetzelfde zijn.
landelijke_vormen := [vorm | some vorm in lib.zorgvormen_op_volgorde; gegevens.zorgvormen[vorm].landelijke_functie_mogelijk]
