# METADATA
# title: H. Escalatie
# description: >-
#   Bereikt de eerste ronde geen consensus over de bespreekpunten, dan organiseert de
#   regio een extra bijeenkomst, en zo nodig een tweede. Pas als het na twee
#   aanvullende gesprekken niet lukt, kan een partij escaleren naar de subcommissie van
#   de landelijke tafel. De escalerende partij motiveert haar bezwaar zorgvuldig en
#   deelt die motivatie met de andere regionale partijen (Gespreksleidraad §5).
package ggzcheck.afspraken.escalatie

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Escalatie pas na twee extra bijeenkomsten
# description: Een partij escaleert pas als twee extra bijeenkomsten geen overeenstemming brachten.
# custom:
#   id: escalatie-extra-bijeenkomsten
#   severity: error
#   source: Gespreksleidraad §5
#   title_en: Escalation only after two extra meetings
#   afwijking_mogelijk: true
#   description_en: >-
#     A party escalates only after two extra meetings brought no agreement.
#   citaat: >-
#     Wanneer het de regio na twee aanvullende gesprekken niet lukt om tot een oplossing
#     te komen, kan een individuele partij het initiatief nemen om te escaleren.
#     (Gespreksleidraad §5)
#   fout: |
#     extra_bijeenkomsten:
#       - {datum: 2025-06-02, overeenstemming: false}
#     escalaties:
#       - partij: GGZ Zilverduin
#         datum: 2025-06-20
#         onderwerp: Bespreekpunt klinische zorg
#   goed: |
#     extra_bijeenkomsten:
#       - {datum: 2025-06-02, overeenstemming: false}
#       - {datum: 2025-06-16, overeenstemming: false}
#     escalaties:
#       - partij: GGZ Zilverduin
#         datum: 2025-06-20
#         onderwerp: Bespreekpunt klinische zorg
#   oplossing: >-
#     Organiseer eerst twee extra bijeenkomsten over het geschil en leg ze vast onder
#     'extra_bijeenkomsten'.
#   oplossing_en: >-
#     First hold two extra meetings on the dispute and record them under
#     'extra_bijeenkomsten'.
overtreding contains v if {
	some i, escalatie in input.escalaties
	eerdere := [b |
		some b in object.get(input, "extra_bijeenkomsten", [])
		b.datum <= escalatie.datum
		not b.overeenstemming == true
	]
	count(eerdere) < gegevens.escalatie.minimaal_extra_bijeenkomsten
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/escalaties/%d/datum", [i]),
		sprintf(
			"%s escaleert op %s na %s zonder overeenstemming. Escaleren kan pas als het na %s niet lukt tot een oplossing te komen; leg die onder 'extra_bijeenkomsten' vast, met 'overeenstemming: false'.",
			[lib.citeer(escalatie.partij), escalatie.datum, lib.aantal(count(eerdere), "extra bijeenkomst", "extra bijeenkomsten"), lib.aantal(gegevens.escalatie.minimaal_extra_bijeenkomsten, "aanvullend gesprek", "aanvullende gesprekken")],
		),
		sprintf(
			"%s escalates on %s after %s without agreement. Escalation is only possible after %s failed; record them under 'extra_bijeenkomsten', with 'overeenstemming: false'.",
			[lib.citeer(escalatie.partij), escalatie.datum, lib.aantal(count(eerdere), "extra meeting", "extra meetings"), lib.aantal(gegevens.escalatie.minimaal_extra_bijeenkomsten, "additional meeting", "additional meetings")],
		),
	)
}

# METADATA
# title: Escalatie is volledig gemotiveerd
# description: >-
#   De escalerende partij levert in ieder geval: het concrete knelpunt, de argumenten
#   van de partijen en de informatie die ze onderbouwt, de gemaakte afwegingen en waarom
#   er geen oplossing kwam, en een oplossingsrichting met de perspectieven en de
#   benodigde expertise. Een plaatshouder als 'idem' of 'zie boven' (policies/gegevens.yaml,
#   'plaatshouders') levert niets.
# custom:
#   id: escalatie-motivatie
#   severity: error
#   source: Gespreksleidraad §5
#   title_en: Escalation is fully motivated
#   afwijking_mogelijk: true
#   description_en: >-
#     The escalating party supplies at least: the concrete bottleneck, the parties'
#     arguments and the information behind them, the considerations made and why no
#     solution was reached, and a suggested solution with the perspectives and expertise
#     needed. A placeholder such as 'idem' or 'zie boven' (policies/gegevens.yaml,
#     'plaatshouders') supplies nothing.
#   citaat: >-
#     De escalerende partij is verantwoordelijk om in ieder geval de volgende informatie
#     aan te leveren: […] (Gespreksleidraad §5)
#   fout: |
#     escalaties:
#       - partij: GGZ Zilverduin
#         datum: 2025-06-20
#         onderwerp: Bespreekpunt klinische zorg
#         motivatie:
#           knelpunt: Geen consensus over het bespreekpunt.
#   goed: |
#     escalaties:
#       - partij: GGZ Zilverduin
#         datum: 2025-06-20
#         onderwerp: Bespreekpunt klinische zorg
#         motivatie:
#           knelpunt: Dertig patiënten wachten op een klinisch bed.
#           argumenten: De verzekeraar acht het regionaal oplosbaar, de kerninstelling niet.
#           onderbouwing: Wachtlijstcijfers van het eerste halfjaar.
#           afwegingen: De tafel woog herverdeling van bedden af.
#           waarom_geen_oplossing: Geen aanbieder kan de bedden bemensen.
#           oplossingsrichting: Bespreking op de landelijke tafel.
#           perspectieven: Patiënten en aanbieders zijn gehoord.
#           benodigde_expertise: Capaciteitsplanning van het landelijk netwerk.
#   oplossing: >-
#     Vul alle onderdelen van 'motivatie' in: de subcommissie beslist op basis van deze
#     informatie.
#   oplossing_en: >-
#     Fill in every part of 'motivatie': the subcommittee decides on this information.
overtreding contains v if {
	some i, escalatie in input.escalaties
	some onderdeel, namen in gegevens.escalatie_motivatie
	motivatie := object.get(escalatie, "motivatie", {})
	lib.inhoud_ontbreekt(motivatie, onderdeel)
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/escalaties/%d/motivatie/%s", [i, onderdeel]),
		sprintf(
			"De motivatie van de escalatie door %s noemt niet %s%s. Vul 'motivatie.%s' in: de subcommissie beslist op basis van deze informatie.",
			[lib.citeer(escalatie.partij), namen.naam, lib.gebrek(motivatie, onderdeel, "nl"), onderdeel],
		),
		sprintf(
			"The motivation of the escalation by %s does not give %s%s. Fill in 'motivatie.%s': the subcommittee decides on this information.",
			[lib.citeer(escalatie.partij), namen.naam_en, lib.gebrek(motivatie, onderdeel, "en"), onderdeel],
		),
	)
}

# METADATA
# title: Motivatie gedeeld met de regionale partijen
# description: De escalerende partij deelt haar motivatie ook met de andere regionale partijen.
# custom:
#   id: escalatie-gedeeld
#   severity: error
#   source: Gespreksleidraad §5
#   title_en: Motivation shared with the regional parties
#   afwijking_mogelijk: true
#   description_en: >-
#     The escalating party also shares its motivation with the other regional parties.
#   citaat: >-
#     Voorwaarde voor escalatie is dat de escalerende partij zorgvuldig haar bezwaar
#     motiveert richting de subcommissie en deze motivatie ook deelt met de andere
#     regionale partijen. (Gespreksleidraad §5)
#   fout: |
#     escalaties:
#       - partij: GGZ Zilverduin
#         datum: 2025-06-20
#         onderwerp: Bespreekpunt klinische zorg
#   goed: |
#     escalaties:
#       - partij: GGZ Zilverduin
#         datum: 2025-06-20
#         onderwerp: Bespreekpunt klinische zorg
#         gedeeld_met_regionale_partijen_op: 2025-06-20
#   oplossing: >-
#     Deel de motivatie met de andere regionale partijen en leg de datum vast onder
#     'gedeeld_met_regionale_partijen_op'.
#   oplossing_en: >-
#     Share the motivation with the other regional parties and record the date under
#     'gedeeld_met_regionale_partijen_op'.
overtreding contains v if {
	some i, escalatie in input.escalaties
	lib.tekst_ontbreekt(escalatie, "gedeeld_met_regionale_partijen_op")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/escalaties/%d", [i]),
		sprintf(
			"Het plan zegt niet dat %s de motivatie van de escalatie met de andere regionale partijen deelde. Dat is een voorwaarde voor escalatie: leg de datum vast onder 'gedeeld_met_regionale_partijen_op'.",
			[lib.citeer(escalatie.partij)],
		),
		sprintf(
			"The plan does not say that %s shared the motivation of the escalation with the other regional parties. That is a condition for escalating: record the date under 'gedeeld_met_regionale_partijen_op'.",
			[lib.citeer(escalatie.partij)],
		),
	)
}
