# METADATA
# title: J. Monitoring van maatregelen
# description: >-
#   De regionale tafels monitoren in hoeverre de plannen en voorstellen uitgevoerd worden en
#   tot de gewenste resultaten leiden; het volgende jaar laat zien of de gesignaleerde
#   tekorten en knelpunten opgelost zijn of meer actie nodig is (Gespreksleidraad §2.2,
#   §3.4, §4.3). Het plan voor een inkoopjaar meldt daarom per maatregel van het plan van
#   het vorige inkoopjaar wat ervan terechtkwam. ggzcheck zet het plan van het meest
#   recente eerdere inkoopjaar van de regio (in dezelfde boom onder het register, of op
#   --base) in input.eerdere_plannen, zoals voor afspraak A.
package ggzcheck.afspraken.monitoring

import data.ggzcheck.lib

# METADATA
# title: Het plan van het vorige inkoopjaar
# description: >-
#   Het eerdere plan met het hoogste inkoopjaar vóór dat van dit plan; bij twee met dat
#   jaar het eerste in de lijst.
vorig := input.eerdere_plannen[i] if {
	jaren := {e.inkoopjaar | some e in input.eerdere_plannen; e.inkoopjaar < input.inkoopjaar}
	count(jaren) > 0
	i := min({j | some j, e in input.eerdere_plannen; e.inkoopjaar == max(jaren)})
}

# METADATA
# title: Maatregelen van het vorige inkoopjaar
# description: De maatregelen van het plan van het vorige inkoopjaar, elk met id en index.
vorige_maatregelen := [{"id": lib.maatregel_id(lijst, i), "m": m} |
	lijst := object.get(vorig.plan, "maatregelen", [])
	some i, m in lijst
]

# METADATA
# title: Gemelde voortgang
# description: De ids van de maatregelen waarover dit plan onder 'voortgang_maatregelen' meldt.
gemeld contains s.maatregel if some s in input.voortgang_maatregelen

# METADATA
# title: Voortgezette maatregelen
# description: >-
#   De eigen ids van de maatregelen in dit plan: een maatregel van vorig jaar met dezelfde id
#   loopt door. Een afgeleide id (zorgvorm en volgnummer) zegt in een nieuw plan niets.
voortgezet contains m.id if some m in input.maatregelen

# METADATA
# title: Pad naar een onderdeel
# description: Het onderdeel van het plan als het er is, anders het plan als geheel.
sectie(naam) := sprintf("/%s", [naam]) if input[naam]

sectie(naam) := "" if not input[naam]

# METADATA
# title: Een maatregel van vorig jaar verdwijnt niet zonder status
# description: >-
#   Elke maatregel van het plan van het vorige inkoopjaar die niet (met dezelfde id) in dit
#   plan doorloopt, heeft onder 'voortgang_maatregelen' een status: uitgevoerd, deels of
#   niet. Een maatregel zonder id heet daar naar zijn zorgvorm en volgnummer
#   ('klinische-zorg-2').
# custom:
#   id: monitoring-status
#   vereist: vorig_inkoopjaar
#   severity: error
#   source: Gespreksleidraad §2.2, §3.4, §4.3
#   title_en: A measure of last year does not vanish without a status
#   afwijking_mogelijk: false
#   description_en: >-
#     Every measure of the plan of the previous contracting year that does not continue in
#     this plan (with the same id) has a status under 'voortgang_maatregelen': uitgevoerd
#     (carried out), deels (partly) or niet (not). A measure without an id is named there by
#     its care form and number ('klinische-zorg-2').
#   citaat: >-
#     Hierna monitoren de regionale tafels in hoeverre de plannen en voorstellen uitgevoerd
#     worden en tot de gewenste resultaten leidt. […] In het volgende jaar herhaalt het in
#     dit hoofdstuk beschreven proces zich, met nieuwe regionale- en landelijke gesprekken.
#     Dit geeft de regionale tafels meer informatie geeft over of de gesignaleerde tekorten
#     en knelpunten opgelost zijn of dit meer actie nodig is. (Gespreksleidraad §3.4)
#   fout: |
#     # ggzcheck voegt het plan van het vorige inkoopjaar toe als eerdere_plannen:
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#   goed: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#     voortgang_maatregelen:
#       - maatregel: liz-werving
#         status: uitgevoerd
#         resultaat: Vier LIZ-plaatsen bezet sinds 1 maart.
#         tekort_opgelost: true
#   oplossing: >-
#     Meld onder 'voortgang_maatregelen' wat er van de maatregel terechtkwam: 'maatregel' (de
#     id), 'status', 'resultaat' en 'tekort_opgelost'; of laat haar met dezelfde id doorlopen.
#   oplossing_en: >-
#     Report under 'voortgang_maatregelen' what became of the measure: 'maatregel' (its id),
#     'status', 'resultaat' and 'tekort_opgelost'; or let it continue with the same id.
overtreding contains v if {
	some vm in vorige_maatregelen
	not vm.id in gemeld
	not vm.id in voortgezet
	v := lib.bevinding(
		rego.metadata.rule(),
		sectie("voortgang_maatregelen"),
		sprintf(
			"Maatregel '%s' voor %s uit het plan voor inkoopjaar %v (%s) staat niet meer in dit plan, en het plan meldt niet wat ervan terechtkwam: '%s'. Neem haar op onder 'voortgang_maatregelen' met 'maatregel: %s', 'status' (uitgevoerd, deels of niet), 'resultaat' en 'tekort_opgelost'.",
			[vm.id, lib.zorgvorm_nl(vm.m.zorgvorm), vorig.inkoopjaar, vorig.bestand, trim_right(lib.citeer(vm.m.omschrijving), ". "), vm.id],
		),
		sprintf(
			"Measure '%s' for %s from the plan for year %v (%s) is no longer in this plan, and the plan does not report what became of it: '%s'. Add it under 'voortgang_maatregelen' with 'maatregel: %s', 'status' (uitgevoerd, deels or niet), 'resultaat' and 'tekort_opgelost'.",
			[vm.id, lib.zorgvorm_en(vm.m.zorgvorm), vorig.inkoopjaar, vorig.bestand, trim_right(lib.citeer(vm.m.omschrijving), ". "), vm.id],
		),
	)
}

# METADATA
# title: Een doorlopende maatregel meldt haar voortgang
# description: >-
#   Een maatregel van het plan van het vorige inkoopjaar die met dezelfde id doorloopt,
#   heeft ook een status onder 'voortgang_maatregelen': doorlopen zegt niet of zij al
#   iets opleverde.
# custom:
#   id: monitoring-lopend
#   vereist: vorig_inkoopjaar
#   severity: warning
#   source: Gespreksleidraad §3.4, §4.3
#   title_en: A continuing measure reports its progress
#   afwijking_mogelijk: true
#   description_en: >-
#     A measure of the plan of the previous contracting year that continues with the same id
#     also has a status under 'voortgang_maatregelen': continuing does not say whether it
#     achieved anything yet.
#   citaat: >-
#     Hierna monitoren de regionale tafels in hoeverre de plannen en voorstellen uitgevoerd
#     worden en tot de gewenste resultaten leidt. (Gespreksleidraad §3.4)
#   fout: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#     maatregelen:
#       - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#   goed: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#     maatregelen:
#       - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     voortgang_maatregelen:
#       - {maatregel: liz-werving, status: deels, resultaat: Twee van de vier plaatsen bezet., tekort_opgelost: false}
#   oplossing: >-
#     Meld onder 'voortgang_maatregelen' hoe ver de maatregel is, met 'status', 'resultaat'
#     en 'tekort_opgelost'.
#   oplossing_en: >-
#     Report under 'voortgang_maatregelen' how far the measure got, with 'status',
#     'resultaat' and 'tekort_opgelost'.
overtreding contains v if {
	some vm in vorige_maatregelen
	not vm.id in gemeld
	vm.id in voortgezet
	some i, m in input.maatregelen
	m.id == vm.id
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/maatregelen/%d", [i]),
		sprintf(
			"Maatregel '%s' voor %s loopt door uit het plan voor inkoopjaar %v, maar het plan meldt niet hoe ver zij is. Neem haar op onder 'voortgang_maatregelen' met 'maatregel: %s', 'status', 'resultaat' en 'tekort_opgelost'.",
			[vm.id, lib.zorgvorm_nl(m.zorgvorm), vorig.inkoopjaar, vm.id],
		),
		sprintf(
			"Measure '%s' for %s continues from the plan for year %v, but the plan does not report how far it got. Add it under 'voortgang_maatregelen' with 'maatregel: %s', 'status', 'resultaat' and 'tekort_opgelost'.",
			[vm.id, lib.zorgvorm_en(m.zorgvorm), vorig.inkoopjaar, vm.id],
		),
	)
}

# METADATA
# title: Voortgang noemt een maatregel van vorig jaar, met resultaat
# description: >-
#   Elke melding onder 'voortgang_maatregelen' noemt een maatregel van het plan van het
#   vorige inkoopjaar, zegt wat zij opleverde ('resultaat', geen plaatshouder) en of het
#   tekort waarvoor zij was, is opgelost ('tekort_opgelost').
# custom:
#   id: monitoring-resultaat
#   vereist: vorig_inkoopjaar
#   severity: error
#   source: Gespreksleidraad §3.4, §4.3
#   title_en: Progress names a measure of last year, with its result
#   afwijking_mogelijk: true
#   description_en: >-
#     Every entry under 'voortgang_maatregelen' names a measure of the plan of the previous
#     contracting year, says what it achieved ('resultaat', no placeholder) and whether the
#     shortage it addressed is solved ('tekort_opgelost').
#   citaat: >-
#     Dit geeft de regionale tafels meer informatie geeft over of de gesignaleerde tekorten
#     en knelpunten opgelost zijn of dit meer actie nodig is. (Gespreksleidraad §3.4)
#   fout: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#     voortgang_maatregelen:
#       - {maatregel: liz-werving, status: uitgevoerd}
#   goed: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#     voortgang_maatregelen:
#       - {maatregel: liz-werving, status: uitgevoerd, resultaat: Vier LIZ-plaatsen bezet sinds 1 maart., tekort_opgelost: true}
#   oplossing: >-
#     Verwijs naar de id van een maatregel van vorig jaar en vul 'resultaat' en
#     'tekort_opgelost' in.
#   oplossing_en: >-
#     Refer to the id of a measure of last year and fill in 'resultaat' and
#     'tekort_opgelost'.
overtreding contains v if {
	some m in zonder_resultaat
	v := lib.bevinding(rego.metadata.rule(), m.pad, m.nl, m.en)
}

# METADATA
# title: Voortgang zonder resultaat
# description: >-
#   Elke melding onder 'voortgang_maatregelen' die een onbekende maatregel noemt, geen
#   resultaat geeft of niet zegt of het tekort is opgelost, met pad en melding.
zonder_resultaat contains melding if {
	vorig
	ids := {vm.id | some vm in vorige_maatregelen}
	some i, s in input.voortgang_maatregelen
	not s.maatregel in ids
	melding := {
		"pad": sprintf("/voortgang_maatregelen/%d/maatregel", [i]),
		"nl": sprintf(
			"Het plan voor inkoopjaar %v (%s) heeft geen maatregel '%s'. Verwijs naar een maatregel van dat plan: %s.",
			[vorig.inkoopjaar, vorig.bestand, s.maatregel, ids_tekst(ids, "nl")],
		),
		"en": sprintf(
			"The plan for year %v (%s) has no measure '%s'. Refer to a measure of that plan: %s.",
			[vorig.inkoopjaar, vorig.bestand, s.maatregel, ids_tekst(ids, "en")],
		),
	}
}

zonder_resultaat contains melding if {
	vorig
	some i, s in input.voortgang_maatregelen
	lib.inhoud_ontbreekt(s, "resultaat")
	melding := {
		"pad": sprintf("/voortgang_maatregelen/%d/resultaat", [i]),
		"nl": sprintf(
			"De voortgang van maatregel '%s' zegt niet wat zij opleverde%s. Beschrijf onder 'resultaat' wat de maatregel bereikte, of waarom zij (deels) niet is uitgevoerd.",
			[s.maatregel, lib.gebrek(s, "resultaat", "nl")],
		),
		"en": sprintf(
			"The progress of measure '%s' does not say what it achieved%s. Describe under 'resultaat' what the measure achieved, or why it was (partly) not carried out.",
			[s.maatregel, lib.gebrek(s, "resultaat", "en")],
		),
	}
}

zonder_resultaat contains melding if {
	vorig
	some i, s in input.voortgang_maatregelen
	not is_boolean(object.get(s, "tekort_opgelost", null))
	melding := {
		"pad": sprintf("/voortgang_maatregelen/%d", [i]),
		"nl": sprintf("De voortgang van maatregel '%s' zegt niet of het tekort is opgelost. Vul 'tekort_opgelost' in: true of false.", [s.maatregel]),
		"en": sprintf("The progress of measure '%s' does not say whether the shortage is solved. Fill in 'tekort_opgelost': true or false.", [s.maatregel]),
	}
}

# METADATA
# title: Ids als tekst
# description: De ids van de maatregelen van vorig jaar, of dat het plan er geen had.
ids_tekst(ids, _) := concat(", ", sort(ids)) if count(ids) > 0

ids_tekst(ids, taal) := {"nl": "het had geen maatregelen", "en": "it had no measures"}[taal] if count(ids) == 0

# METADATA
# title: Een tekort van twee jaar krijgt een nieuwe maatregel
# description: >-
#   Is een zorgvorm in dit plan en in het plan van het vorige inkoopjaar uit balans (vraag
#   boven capaciteit, lange wachttijd, gesloten wachtlijst of sterke druk, zoals bij afspraak
#   G), dan heeft dit plan een nieuwe maatregel voor die zorgvorm: een met een id of
#   omschrijving die vorig jaar niet voorkwam. De maatregelen van vorig jaar losten het
#   tekort niet op.
# custom:
#   id: monitoring-tekort
#   vereist: vorig_inkoopjaar
#   severity: warning
#   source: Gespreksleidraad §2.2, §3.4, §4.3
#   title_en: A shortage of two years gets a new measure
#   afwijking_mogelijk: true
#   description_en: >-
#     When a care form is out of balance in this plan and in the plan of the previous
#     contracting year (demand above capacity, a long wait, a closed waiting list or heavy
#     pressure, as in agreement G), this plan has a new measure for that form: one whose id
#     or description did not appear last year. Last year's measures did not solve the
#     shortage.
#   citaat: >-
#     Dit geeft de regionale tafels meer informatie geeft over of de gesignaleerde tekorten
#     en knelpunten opgelost zijn of dit meer actie nodig is. (Gespreksleidraad §3.4)
#   fout: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           zorgvormen:
#             beveiligde_zorg: {aanwezig: true, onvervulde_vraag: {aantal_gesloten_wachtlijsten: 2}}
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#     zorgvormen:
#       beveiligde_zorg: {aanwezig: true, onvervulde_vraag: {aantal_gesloten_wachtlijsten: 1}}
#     maatregelen:
#       - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#   goed: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         inkoopjaar: 2026
#         plan:
#           zorgvormen:
#             beveiligde_zorg: {aanwezig: true, onvervulde_vraag: {aantal_gesloten_wachtlijsten: 2}}
#           maatregelen:
#             - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#     inkoopjaar: 2027
#     zorgvormen:
#       beveiligde_zorg: {aanwezig: true, onvervulde_vraag: {aantal_gesloten_wachtlijsten: 1}}
#     maatregelen:
#       - {id: liz-werving, zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Wervingsbudget voor LIZ.}
#       - {id: liz-unit, zorgvorm: beveiligde_zorg, soort: bovenregionale_afspraak, omschrijving: Bovenregionale LIZ-unit met Lindeveld.}
#   oplossing: >-
#     Neem een nieuwe maatregel voor de zorgvorm op, of breng het tekort als bespreekpunt in
#     bij de landelijke tafel en leg onder 'disbalans_toelichting' uit waarom er geen nieuwe
#     maatregel is.
#   oplossing_en: >-
#     Add a new measure for the care form, or bring the shortage to the national table as an
#     agenda item and explain under 'disbalans_toelichting' why there is no new measure.
overtreding contains v if {
	vorige := vorige_knelpunten
	some vorm, _ in lib.knelpunten
	vorige[vorm]
	not nieuwe_maatregel(vorm)
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/zorgvormen/%s", [vorm]),
		sprintf(
			"Bij %s waren vraag en aanbod al uit balans in het plan voor inkoopjaar %v (%s), en nu nog: %s. Dit plan heeft geen nieuwe maatregel voor %s; de maatregelen van vorig jaar losten het tekort niet op. Neem een nieuwe maatregel op, of breng het tekort in bij de landelijke tafel.",
			[lib.zorgvorm_nl(vorm), vorig.inkoopjaar, vorig.bestand, lib.knelpunten_tekst(vorm, "nl"), lib.zorgvorm_nl(vorm)],
		),
		sprintf(
			"%s was already out of balance in the plan for year %v (%s), and still is: %s. This plan has no new measure for it; last year's measures did not solve the shortage. Add a new measure, or bring the shortage to the national table.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), vorig.inkoopjaar, vorig.bestand, lib.knelpunten_tekst(vorm, "en")],
		),
	)
}

# METADATA
# title: Knelpunten van vorig jaar
# description: De knelpunten per zorgvorm in het plan van het vorige inkoopjaar.
vorige_knelpunten := k if {
	p := vorig.plan
	k := lib.knelpunten with input as p
}

# METADATA
# title: Nieuwe maatregel
# description: >-
#   Dit plan heeft voor de zorgvorm een maatregel met inhoud waarvan id en omschrijving in
#   het plan van vorig jaar niet voorkwamen.
nieuwe_maatregel(vorm) if {
	oud_id := {vm.id | some vm in vorige_maatregelen}
	oud_tekst := {lib.een_regel(vm.m.omschrijving) | some vm in vorige_maatregelen}
	some m in input.maatregelen
	m.zorgvorm == vorm
	not lib.inhoud_ontbreekt(m, "omschrijving")
	not object.get(m, "id", null) in oud_id
	not lib.een_regel(m.omschrijving) in oud_tekst
}
