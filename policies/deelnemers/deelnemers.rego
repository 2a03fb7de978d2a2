# METADATA
# title: C. Gemandateerde deelnemers
# description: >-
#   Aan de regionale tafel zitten in ieder geval patiëntvertegenwoordiging, de
#   kerninstelling of kerninstellingen, de twee grootste regionale zorgverzekeraars en een
#   onafhankelijke voorzitter. Wie namens een zorgaanbieder of zorgverzekeraar
#   deelneemt, heeft mandaat: "Deelname is daarmee ook niet vrijblijvend." Het
#   initiatief komt gezamenlijk van de kerninstelling en de grootste zorgverzekeraar;
#   gemeenten en zorgkantoor sluiten bij voorkeur aan (Gespreksleidraad §3.1.1,
#   Bijlage 1, voetnoten 15-16).
package ggzcheck.afspraken.deelnemers

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Patiëntvertegenwoordiging neemt deel
# description: >-
#   De patiënten zijn vertegenwoordigd, via MIND of, als dat geen optie blijkt, via
#   de cliëntenraad van de kerninstelling.
# custom:
#   id: deelnemers-patientvertegenwoordiging
#   severity: error
#   source: Gespreksleidraad §3.1.1, voetnoot 15, Bijlage 1
#   title_en: Patients are represented
#   afwijking_mogelijk: true
#   description_en: >-
#     Patients are represented at the table, through MIND or, if that proves not to be an
#     option, through the client council of the core institution.
#   citaat: >-
#     De deelnemers aan de regionale tafels zijn vertegenwoordigers van patiënten,
#     zorgaanbieders en zorgverzekeraars. Patiëntenvertegenwoordiging loopt via MIND.
#     (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: kerninstelling
#         organisatie: GGZ Zilverduin
#         contactpersoon: {naam: Anouk de Wit}
#         mandaat: true
#   goed: |
#     deelnemers:
#       - rol: patientvertegenwoordiging
#         organisatie: MIND Kamer Cliëntenraden
#         vertegenwoordiging_via: mind
#         contactpersoon: {naam: Sanne Bos}
#   oplossing: >-
#     Voeg een deelnemer toe met 'rol: patientvertegenwoordiging', via MIND of anders via
#     de cliëntenraad van de kerninstelling.
#   oplossing_en: >-
#     Add a participant with 'rol: patientvertegenwoordiging', through MIND or else
#     through the core institution's client council.
overtreding contains v if {
	count(met_rol("patientvertegenwoordiging")) == 0
	v := lib.bevinding(
		rego.metadata.rule(),
		"/deelnemers",
		"Er neemt geen patiëntvertegenwoordiging deel. Voeg een deelnemer toe met 'rol: patientvertegenwoordiging', via MIND of anders via de cliëntenraad van de kerninstelling.",
		"No patient representation takes part. Add a participant with 'rol: patientvertegenwoordiging', through MIND or else through the client council of the core institution.",
	)
}

# METADATA
# title: Een kerninstelling neemt deel
# description: Bij de aanbieders sluit in ieder geval de kerninstelling (of sluiten de kerninstellingen) aan.
# custom:
#   id: deelnemers-kerninstelling
#   severity: error
#   source: Gespreksleidraad §3.1.1, Bijlage 1
#   title_en: A core institution takes part
#   afwijking_mogelijk: true
#   description_en: >-
#     At least one core institution of the region takes part.
#   citaat: >-
#     Bij de aanbieders sluit(en) in ieder geval de kerninstelling(en) aan, aangevuld door
#     andere aanbieders van cruciale ggz. (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: aanbieder_cruciale_ggz
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#   goed: |
#     deelnemers:
#       - rol: kerninstelling
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#         initiatiefnemer: true
#   oplossing: >-
#     Voeg de kerninstelling van de regio toe met 'rol: kerninstelling', of elk van de
#     kerninstellingen als de regio er meer heeft.
#   oplossing_en: >-
#     Add the region's core institution with 'rol: kerninstelling', or each of its core
#     institutions if it has more.
overtreding contains v if {
	count(met_rol("kerninstelling")) == 0
	v := lib.bevinding(
		rego.metadata.rule(),
		"/deelnemers",
		"Er neemt geen kerninstelling deel. Voeg de kerninstelling van de regio toe met 'rol: kerninstelling', of elk van de kerninstellingen als de regio er meer heeft.",
		"No core institution takes part. Add the region's core institution with 'rol: kerninstelling', or each of its core institutions if it has more.",
	)
}

# METADATA
# title: De twee grootste zorgverzekeraars nemen deel
# description: Bij de zorgverzekeraars nemen de twee grootste regionale verzekeraars deel, elk één keer.
# custom:
#   id: deelnemers-zorgverzekeraars
#   severity: error
#   source: Gespreksleidraad §3.1.1, voetnoot 16, Bijlage 1
#   title_en: The two largest insurers take part
#   afwijking_mogelijk: true
#   description_en: >-
#     The two largest regional insurers take part, each once.
#   citaat: >-
#     Bij de zorgverzekeraars nemen de twee grootste regionale verzekeraars deel.
#     (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: grootste_zorgverzekeraar
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#         initiatiefnemer: true
#   goed: |
#     deelnemers:
#       - rol: grootste_zorgverzekeraar
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#         initiatiefnemer: true
#       - rol: tweede_grootste_zorgverzekeraar
#         organisatie: Zorgverzekeraar Kustpolis
#         contactpersoon: {naam: Ilse Smit}
#         mandaat: true
#   oplossing: >-
#     Voeg de grootste en de tweede grootste zorgverzekeraar van de regio toe, elk één
#     keer.
#   oplossing_en: >-
#     Add the region's largest and second-largest insurer, each once.
overtreding contains v if {
	some melding in verzekeraars_onvolledig
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Verzekeraars onvolledig
# description: Meldingen over een ontbrekende of dubbel opgegeven grootste of tweede grootste zorgverzekeraar.
# scope: document
verzekeraars_onvolledig contains melding if {
	some rol in ["grootste_zorgverzekeraar", "tweede_grootste_zorgverzekeraar"]
	count(met_rol(rol)) == 0
	melding := {
		"pad": "/deelnemers",
		"nl": sprintf("De %s van de regio neemt niet deel. Voeg deze toe met 'rol: %s'.", [lib.rol_nl(rol), rol]),
		"en": sprintf("The region's %s does not take part. Add it with 'rol: %s'.", [lib.rol_en(rol), rol]),
	}
}

verzekeraars_onvolledig contains melding if {
	some rol in ["grootste_zorgverzekeraar", "tweede_grootste_zorgverzekeraar"]
	indices := sort(met_rol(rol))
	count(indices) > 1
	some i in array.slice(indices, 1, count(indices))
	melding := {
		"pad": sprintf("/deelnemers/%d/rol", [i]),
		"nl": sprintf(
			"Er staan %d deelnemers als %s. Er is één %s: geef de andere verzekeraar de juiste rol ('tweede_grootste_zorgverzekeraar' of 'andere_zorgverzekeraar').",
			[count(indices), lib.rol_nl(rol), lib.rol_nl(rol)],
		),
		"en": sprintf(
			"%d participants are listed as %s. There is one %s: give the other insurer its proper role ('tweede_grootste_zorgverzekeraar' or 'andere_zorgverzekeraar').",
			[count(indices), lib.rol_en(rol), lib.rol_en(rol)],
		),
	}
}

# METADATA
# title: Een onafhankelijke voorzitter
# description: >-
#   De regionale tafel heeft één onafhankelijke voorzitter, die het belang van de
#   regio gezamenlijk vertegenwoordigt en niet dat van één aanbieder of één
#   financier. De voorzitter zit dus niet ook namens een partij aan tafel.
# custom:
#   id: deelnemers-voorzitter
#   severity: error
#   source: Gespreksleidraad §3.1.1, Bijlage 1
#   title_en: An independent chair
#   afwijking_mogelijk: true
#   description_en: >-
#     The regional table has one independent chair, who represents the region as a whole
#     and not one provider or financier; the chair does not also sit at the table for a
#     party.
#   citaat: >-
#     De regionale tafels hebben tot slot elk een onafhankelijke voorzitter nodig. De
#     voorzitter vertegenwoordigt het belang van de regio gezamenlijk en niet dat van één
#     aanbieder of één financier. (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: voorzitter
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         onafhankelijk: false
#   goed: |
#     deelnemers:
#       - rol: voorzitter
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         onafhankelijk: true
#   oplossing: >-
#     Zet 'onafhankelijk: true' als de voorzitter de regio als geheel vertegenwoordigt, of
#     kies een onafhankelijke voorzitter; laat een ander namens een partij aan tafel
#     zitten.
#   oplossing_en: >-
#     Set 'onafhankelijk: true' if the chair represents the region as a whole, or choose
#     an independent chair; let someone else sit at the table for a party.
overtreding contains v if {
	some melding in voorzitter_problemen
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Problemen met de voorzitter
# description: Geen voorzitter, meer dan één, niet onafhankelijk, of ook vertegenwoordiger van een partij.
# scope: document
voorzitter_problemen contains melding if {
	count(met_rol("voorzitter")) == 0
	melding := {
		"pad": "/deelnemers",
		"nl": "De regionale tafel heeft geen voorzitter. Voeg een onafhankelijke voorzitter toe met 'rol: voorzitter' en 'onafhankelijk: true'.",
		"en": "The regional table has no chair. Add an independent chair with 'rol: voorzitter' and 'onafhankelijk: true'.",
	}
}

voorzitter_problemen contains melding if {
	indices := sort(met_rol("voorzitter"))
	count(indices) > 1
	some i in array.slice(indices, 1, count(indices))
	melding := {
		"pad": sprintf("/deelnemers/%d/rol", [i]),
		"nl": sprintf("Er staan %d voorzitters. De regionale tafel heeft één onafhankelijke voorzitter; geef de anderen hun eigen rol.", [count(indices)]),
		"en": sprintf("%d chairs are listed. The regional table has one independent chair; give the others their own role.", [count(indices)]),
	}
}

voorzitter_problemen contains melding if {
	some i in met_rol("voorzitter")
	voorzitter := input.deelnemers[i]
	not voorzitter.onafhankelijk == true
	melding := {
		"pad": sprintf("/deelnemers/%d/onafhankelijk", [i]),
		"nl": sprintf(
			"De voorzitter (%s, %s) is niet als onafhankelijk vastgelegd. De voorzitter vertegenwoordigt de regio als geheel, niet één aanbieder of één financier. Zet 'onafhankelijk: true' als dat zo is, of kies een onafhankelijke voorzitter.",
			[lib.citeer(voorzitter.contactpersoon.naam), lib.citeer(voorzitter.organisatie)],
		),
		"en": sprintf(
			"The chair (%s, %s) is not recorded as independent. The chair represents the region as a whole, not one provider or one financier. Set 'onafhankelijk: true' if that is so, or choose an independent chair.",
			[lib.citeer(voorzitter.contactpersoon.naam), lib.citeer(voorzitter.organisatie)],
		),
	}
}

voorzitter_problemen contains melding if {
	some i in met_rol("voorzitter")
	naam := normaal(input.deelnemers[i].contactpersoon.naam)
	rollen := gegevens.rollen_met_mandaat # read from the data once, not per participant
	some j, partij in input.deelnemers
	j != i
	partij.rol in rollen
	normaal(partij.contactpersoon.naam) == naam
	melding := {
		"pad": sprintf("/deelnemers/%d/contactpersoon/naam", [i]),
		"nl": sprintf(
			"De voorzitter, %s, zit ook aan tafel namens %s (%s). Een onafhankelijke voorzitter vertegenwoordigt niet één aanbieder of financier: laat een ander de organisatie vertegenwoordigen, of kies een andere voorzitter.",
			[lib.citeer(input.deelnemers[i].contactpersoon.naam), lib.citeer(partij.organisatie), lib.rol_nl(partij.rol)],
		),
		"en": sprintf(
			"The chair, %s, also sits at the table for %s (%s). An independent chair does not represent one provider or financier: let someone else represent the organisation, or choose another chair.",
			[lib.citeer(input.deelnemers[i].contactpersoon.naam), lib.citeer(partij.organisatie), lib.rol_en(partij.rol)],
		),
	}
}

# METADATA
# title: Vertegenwoordigers van aanbieders en verzekeraars hebben mandaat
# description: >-
#   Wie namens een zorgaanbieder of zorgverzekeraar deelneemt, moet mandaat hebben om
#   namens de organisatie te spreken; deelname is niet vrijblijvend.
# custom:
#   id: deelnemers-mandaat
#   severity: error
#   source: Gespreksleidraad §3.1.1
#   title_en: Provider and insurer representatives have a mandate
#   afwijking_mogelijk: false
#   description_en: >-
#     Whoever takes part for a provider or an insurer has a mandate to speak for the
#     organisation; taking part is not optional.
#   citaat: >-
#     De deelnemers namens de zorgaanbieders en zorgverzekeraars zijn medewerkers op
#     beleidsniveau en/of zorginkopers en -verkopers. Zij moeten mandaat hebben om namens
#     hun organisaties te kunnen spreken. Deelname is daarmee ook niet vrijblijvend.
#     (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: tweede_grootste_zorgverzekeraar
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: false
#   goed: |
#     deelnemers:
#       - rol: tweede_grootste_zorgverzekeraar
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#   oplossing: >-
#     Regel het mandaat en zet 'mandaat: true', of stuur iemand die het mandaat heeft.
#   oplossing_en: >-
#     Arrange the mandate and set 'mandaat: true', or send someone who has it.
overtreding contains v if {
	rollen := gegevens.rollen_met_mandaat # read from the data once, not per participant
	some i, deelnemer in input.deelnemers
	deelnemer.rol in rollen
	not deelnemer.mandaat == true
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/deelnemers/%d/mandaat", [i]),
		sprintf(
			"%s (%s) neemt deel zonder vastgelegd mandaat. Wie namens een zorgaanbieder of zorgverzekeraar aan tafel zit, moet namens de organisatie kunnen spreken: deelname is niet vrijblijvend. Regel het mandaat en zet 'mandaat: true', of stuur iemand die het heeft.",
			[lib.citeer(deelnemer.organisatie), lib.rol_nl(deelnemer.rol)],
		),
		sprintf(
			"%s (%s) takes part without a recorded mandate. Whoever sits at the table for a provider or insurer must be able to speak for the organisation: taking part is not optional. Arrange the mandate and set 'mandaat: true', or send someone who has it.",
			[lib.citeer(deelnemer.organisatie), lib.rol_en(deelnemer.rol)],
		),
	)
}

# METADATA
# title: Gezamenlijk initiatief van kerninstelling en grootste zorgverzekeraar
# description: Het initiatief voor de bijeenkomsten komt gezamenlijk van de kerninstelling en de grootste zorgverzekeraar.
# custom:
#   id: deelnemers-initiatief
#   severity: error
#   source: Gespreksleidraad §3.1.1, Bijlage 1
#   title_en: Joint initiative of core institution and largest insurer
#   afwijking_mogelijk: true
#   description_en: >-
#     The initiative for the meetings comes jointly from the core institution and the
#     largest insurer.
#   citaat: >-
#     Het initiatief voor de bijeenkomsten komt gezamenlijk van de kerninstelling en de
#     grootste zorgverzekeraar. (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: kerninstelling
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#         initiatiefnemer: false
#   goed: |
#     deelnemers:
#       - rol: kerninstelling
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#         initiatiefnemer: true
#   oplossing: >-
#     Zet 'initiatiefnemer: true' bij de kerninstelling en bij de grootste
#     zorgverzekeraar.
#   oplossing_en: >-
#     Set 'initiatiefnemer: true' on the core institution and on the largest insurer.
overtreding contains v if {
	some rol in ["kerninstelling", "grootste_zorgverzekeraar"]
	indices := met_rol(rol)
	count(indices) > 0
	count({i | some i in indices; input.deelnemers[i].initiatiefnemer == true}) == 0
	eerste := min(indices)
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/deelnemers/%d/initiatiefnemer", [eerste]),
		sprintf(
			"Het initiatief voor de regionale tafel komt gezamenlijk van de kerninstelling en de grootste zorgverzekeraar, maar %s (%s) staat niet als initiatiefnemer. Zet 'initiatiefnemer: true'.",
			[lib.citeer(input.deelnemers[eerste].organisatie), lib.rol_nl(rol)],
		),
		sprintf(
			"The initiative for the regional table comes jointly from the core institution and the largest insurer, but %s (%s) is not listed as initiator. Set 'initiatiefnemer: true'.",
			[lib.citeer(input.deelnemers[eerste].organisatie), lib.rol_en(rol)],
		),
	)
}

# METADATA
# title: Andere financiers sluiten bij voorkeur aan
# description: >-
#   Gemeenten en het zorgkantoor sluiten bij voorkeur aan. Neemt er geen deel, dan zegt
#   het plan onder 'andere_financiers_afwezig' waarom; anders is dat een waarschuwing.
# custom:
#   id: deelnemers-andere-financiers
#   severity: warning
#   source: Gespreksleidraad §3.1.1, Bijlage 1
#   title_en: Other financiers preferably take part
#   afwijking_mogelijk: true
#   description_en: >-
#     Municipalities and the zorgkantoor preferably take part. When none takes part, the
#     plan says why under 'andere_financiers_afwezig'; otherwise that is a warning.
#   citaat: >-
#     Bij voorkeur sluiten ook andere financiers (gemeenten, zorgkantoren) aan.
#     (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: gemeente
#         organisatie: Gemeente Duinstad
#         contactpersoon: {naam: A. de Vries}
#   goed: |
#     deelnemers:
#       - rol: gemeente
#         organisatie: Gemeente Duinstad
#         contactpersoon: {naam: A. de Vries}
#     andere_financiers_afwezig:
#       zorgkantoor: >-
#         Het zorgkantoor Duinstreek krijgt de stukken en sluit aan bij de IZA-subtafel, niet
#         bij deze tafel: de Wlz-zorg staat hier niet op de agenda.
#   oplossing: >-
#     Nodig een gemeente en het zorgkantoor uit, of leg onder
#     'andere_financiers_afwezig.gemeente' of 'andere_financiers_afwezig.zorgkantoor' uit
#     waarom er geen deelneemt.
#   oplossing_en: >-
#     Invite a municipality and the zorgkantoor, or explain under
#     'andere_financiers_afwezig.gemeente' or 'andere_financiers_afwezig.zorgkantoor' why
#     none takes part.
overtreding contains v if {
	some rol in gegevens.andere_financiers
	count(met_rol(rol)) == 0
	afwezig := object.get(input, "andere_financiers_afwezig", {})
	lib.inhoud_ontbreekt(afwezig, rol)
	v := lib.bevinding(
		rego.metadata.rule(),
		pad_financier(afwezig, rol),
		sprintf(
			"Er neemt geen %s deel, en het plan zegt niet waarom%s. Andere financiers (gemeenten, zorgkantoor) sluiten bij voorkeur aan: nodig ook een %s uit, of leg onder 'andere_financiers_afwezig.%s' uit waarom er geen deelneemt.",
			[lib.rol_nl(rol), lib.gebrek(afwezig, rol, "nl"), lib.rol_nl(rol), rol],
		),
		sprintf(
			"No %s takes part, and the plan does not say why%s. Other financiers (municipalities, zorgkantoor) preferably take part: invite one, or explain under 'andere_financiers_afwezig.%s' why none takes part.",
			[lib.rol_en(rol), lib.gebrek(afwezig, rol, "en"), rol],
		),
	)
}

# METADATA
# title: Pad naar de uitleg over een financier
# description: De uitleg als die er staat (een plaatshouder), anders de lijst deelnemers.
# scope: document
pad_financier(afwezig, rol) := sprintf("/andere_financiers_afwezig/%s", [rol]) if not lib.tekst_ontbreekt(afwezig, rol)

pad_financier(afwezig, rol) := "/deelnemers" if lib.tekst_ontbreekt(afwezig, rol)

# METADATA
# title: Overige aanbieders zeggen waarom ze nodig zijn
# description: >-
#   Andere dan cruciale-ggz-aanbieders nemen alleen deel als de partijen menen dat dat
#   nodig is voor een sluitend plan; het plan zegt waarom, met meer dan een plaatshouder
#   (policies/gegevens.yaml, 'plaatshouders').
# custom:
#   id: deelnemers-overige-aanbieder
#   severity: warning
#   source: Gespreksleidraad §3.1.1, Bijlage 1
#   title_en: Other providers say why they are needed
#   afwijking_mogelijk: true
#   description_en: >-
#     Providers other than those of crucial care take part only when the parties find that
#     necessary for a closing plan; the plan says why, with more than a placeholder
#     (policies/gegevens.yaml, 'plaatshouders').
#   citaat: >-
#     …en eventueel andere aanbieders wanneer de partijen menen dat dat nodig is om een
#     sluitend plan te maken. (Gespreksleidraad §3.1.1)
#   fout: |
#     deelnemers:
#       - rol: overige_aanbieder
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#   goed: |
#     deelnemers:
#       - rol: overige_aanbieder
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         mandaat: true
#         motivatie_deelname: Uitstroom uit de kliniek loopt vast op beschermd wonen.
#   oplossing: >-
#     Leg onder 'motivatie_deelname' uit waarom deze aanbieder nodig is voor een sluitend
#     plan.
#   oplossing_en: >-
#     Explain under 'motivatie_deelname' why this provider is needed for a closing plan.
overtreding contains v if {
	some i in met_rol("overige_aanbieder")
	deelnemer := input.deelnemers[i]
	lib.inhoud_ontbreekt(deelnemer, "motivatie_deelname")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/deelnemers/%d/motivatie_deelname", [i]),
		sprintf(
			"%s neemt deel als overige aanbieder, maar het plan zegt niet waarom%s. Overige aanbieders sluiten alleen aan als dat nodig is voor een sluitend plan: leg dat uit onder 'motivatie_deelname'.",
			[lib.citeer(deelnemer.organisatie), lib.gebrek(deelnemer, "motivatie_deelname", "nl")],
		),
		sprintf(
			"%s takes part as an other provider, but the plan does not say why%s. Other providers join only when needed for a closing plan: explain under 'motivatie_deelname'.",
			[lib.citeer(deelnemer.organisatie), lib.gebrek(deelnemer, "motivatie_deelname", "en")],
		),
	)
}

# METADATA
# title: Vertegenwoordiging via de cliëntenraad is toegelicht
# description: >-
#   Patiëntvertegenwoordiging loopt via MIND; via de cliëntenraad van de kerninstelling
#   is het alternatief als MIND geen optie blijkt. Het plan zegt dan waarom, met meer dan
#   een plaatshouder (policies/gegevens.yaml, 'plaatshouders').
# custom:
#   id: deelnemers-clientenraad
#   severity: warning
#   source: Gespreksleidraad §3.1.1, voetnoot 15
#   title_en: Representation through the client council is explained
#   afwijking_mogelijk: true
#   description_en: >-
#     Patient representation runs through MIND; the core institution's client council is
#     the alternative when MIND proves not to be an option, and the plan says why, with
#     more than a placeholder (policies/gegevens.yaml, 'plaatshouders').
#   citaat: >-
#     Indien vertegenwoordiging via MIND geen optie blijkt, is vertegenwoordiging via de
#     cliëntenraad van de regionale kerninstelling een alternatief. (Gespreksleidraad
#     voetnoot 15)
#   fout: |
#     deelnemers:
#       - rol: patientvertegenwoordiging
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         vertegenwoordiging_via: clientenraad_kerninstelling
#   goed: |
#     deelnemers:
#       - rol: patientvertegenwoordiging
#         organisatie: Voorbeeld
#         contactpersoon: {naam: A. de Vries}
#         vertegenwoordiging_via: clientenraad_kerninstelling
#         toelichting: MIND heeft in deze regio (nog) geen vertegenwoordiger.
#   oplossing: >-
#     Leg onder 'toelichting' uit waarom vertegenwoordiging via MIND geen optie is.
#   oplossing_en: >-
#     Explain under 'toelichting' why representation through MIND is not an option.
overtreding contains v if {
	some i in met_rol("patientvertegenwoordiging")
	deelnemer := input.deelnemers[i]
	deelnemer.vertegenwoordiging_via == "clientenraad_kerninstelling"
	lib.inhoud_ontbreekt(deelnemer, "toelichting")
	v := lib.bevinding(
		rego.metadata.rule(),
		pad_toelichting(deelnemer, i),
		sprintf(
			"De patiënten zijn vertegenwoordigd via de cliëntenraad van de kerninstelling (%s), zonder toelichting%s. Dat is het alternatief als vertegenwoordiging via MIND geen optie blijkt: leg onder 'toelichting' uit waarom.",
			[lib.citeer(deelnemer.organisatie), lib.gebrek(deelnemer, "toelichting", "nl")],
		),
		sprintf(
			"Patients are represented through the core institution's client council (%s), without an explanation%s. That is the alternative when representation through MIND is not an option: explain why under 'toelichting'.",
			[lib.citeer(deelnemer.organisatie), lib.gebrek(deelnemer, "toelichting", "en")],
		),
	)
}

# METADATA
# title: Pad naar de toelichting
# description: >-
#   Waar een melding over een ontbrekende toelichting naar wijst: de toelichting als die
#   er staat (een plaatshouder), anders de keuze voor de cliëntenraad.
# scope: document
pad_toelichting(deelnemer, i) := sprintf("/deelnemers/%d/toelichting", [i]) if not lib.tekst_ontbreekt(deelnemer, "toelichting")

pad_toelichting(deelnemer, i) := sprintf("/deelnemers/%d/vertegenwoordiging_via", [i]) if lib.tekst_ontbreekt(deelnemer, "toelichting")

# METADATA
# title: Deelnemers per rol
# description: >-
#   Per rol de indices van de deelnemers met die rol. Een regel, geen functie, zodat
#   OPA dit één keer per plan berekent en niet in elke lus opnieuw.
deelnemers_per_rol[rol] contains i if {
	some i, deelnemer in input.deelnemers
	rol := deelnemer.rol
}

# METADATA
# title: Deelnemers met een rol
# description: De indices van de deelnemers met de gegeven rol.
met_rol(rol) := object.get(deelnemers_per_rol, rol, set())

# METADATA
# title: Genormaliseerde naam
# description: Een naam zonder hoofdletters en overtollige witruimte, om dezelfde persoon te herkennen.
normaal(naam) := regex.replace(lower(trim_space(naam)), `\s+`, " ")
