# Vergelijking met eerdere plannen (afspraak A). ggzcheck zet in input.eerdere_plannen de
# plannen waarmee dit plan vergeleken wordt, elk als {bestand, revisie, inkoopjaar, plan}:
# de versie van dit plan op --base, en het plan van het meest recente eerdere inkoopjaar van
# de regio (op --base, of anders in dezelfde boom onder het register). input.vorige_versie is
# de eerste daarvan, voor eigen beleidsregels. Een plan zelf kan die sleutels niet bevatten:
# het planformaat kent ze niet.
package ggzcheck.afspraken.aanbodbehoud

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Geen onaangekondigd verlies van aanbod
# description: >-
#   Vergeleken met eerdere plannen is elk verlies van aanbod aangekondigd onder
#   'wijzigingen_aanbod', met wijzigingen die samen minstens zo groot zijn als het verlies.
#   Eerdere plannen zijn de versie van dit plan op --base en het plan van het meest recente
#   eerdere inkoopjaar van de regio; elk verlies wordt eenmaal gemeld, met het plan waarmee
#   het vergeleken is. Verlies is: een zorgvorm waarvan de jaarlijkse capaciteit daalde (alle
#   capaciteitsvelden samen; een stijging in het ene veld telt niet tegen een daling in het
#   andere; een weggelaten getal telt als nul), een zorgvorm die niet meer aanwezig is, en
#   een afdeling die kromp, verdween of haar capaciteit niet meer noemt (notitie §6.2:
#   discontinuïteit op het niveau van afdelingen beoordelen). Afdelingen van dezelfde
#   aanbieder met dezelfde voorziening tellen samen: verhuizen, hernoemen, splitsen en
#   samenvoegen is geen verlies zolang de capaciteit blijft. Een afdeling die onder dezelfde
#   naam naar een andere zorgvorm ging, is daar geen verlies zolang die zorgvorm haar met
#   haar capaciteit krijgt. Een aangekondigde wijziging telt met het verschil tussen
#   capaciteit_voor en capaciteit_na; een sluiting zonder getallen met de capaciteit die de
#   gesloten afdeling had; een afbouw zonder getallen met niets; een verplaatsing met de
#   capaciteit van haar bestemming in het plan (een nieuwe afdeling van dezelfde aanbieder
#   bij de zorgvorm, of dezelfde afdeling bij een andere aanbieder), zonder bestemming met
#   niets. Een wijziging dekt een afdeling als zij die afdeling noemt, of de aanbieder als
#   die bij de zorgvorm maar één afdeling had.
# custom:
#   id: aanbod-onverklaard-verlies
#   vereist: vorige_versie
#   severity: error
#   source: Gespreksleidraad §1.3.1, §1.3.2, §2.2, §3.4; notitie §6.2
#   title_en: No unannounced loss of supply
#   afwijking_mogelijk: false
#   description_en: >-
#     Compared with earlier plans, every loss of supply is announced under
#     'wijzigingen_aanbod', by changes that together are at least as large as the loss.
#     Earlier plans are this plan's version at --base and the region's plan for the most
#     recent earlier contracting year; each loss is reported once, naming the plan it is
#     compared with. Loss is: a care form whose annual capacity went down (all capacity
#     fields together; a rise in one field does not offset a fall in another; a figure left
#     out counts as zero), a care form that is no longer present, and a department that
#     shrank, disappeared or no longer states its capacity (notitie §6.2: judge
#     discontinuity at the level of departments). Departments of the same provider with the
#     same facility count together: moving, renaming, splitting and merging is no loss as
#     long as the capacity stays. A department that went to another care form under the
#     same name is no loss as long as that form gets it with its capacity. An announced
#     change counts with the difference between capaciteit_voor and capaciteit_na; a
#     closure without figures with the capacity the closed department had; a reduction
#     without figures with nothing; a relocation with the capacity of its destination in the
#     plan (a new department of the same provider in the care form, or the same department
#     at another provider), without a destination with nothing. A change covers a department
#     when it names that department, or the provider when it had only one department in the
#     care form.
#   citaat: >-
#     Gedurende de uitwerking van de aanpak ontstaat geen gat in het huidige aanbod van
#     cruciale ggz. […] Zorgverzekeraars en zorgaanbieders bespreken vroegtijdig potentiële
#     wijzigingen in aanbod met elkaar, zodat noodzakelijke zorg behouden blijft. We verrassen
#     elkaar niet meer. (Gespreksleidraad §1.3.1, §1.3.2) — Ook problemen bij specifiek
#     aanbod (een afdeling of team) binnen de aanbieder [moeten] eerder op tafel komen.
#     (notitie §6.2)
#   fout: |
#     # ggzcheck voegt de eerdere plannen (op --base of van een vorig jaar) toe als eerdere_plannen:
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         revisie: main
#         plan:
#           zorgvormen:
#             klinische_zorg:
#               aanwezig: true
#               jaarlijkse_capaciteit: {patienten_binnen_regio: 1120, patienten_buiten_regio: 60}
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1060, patienten_buiten_regio: 20}
#     wijzigingen_aanbod:
#       - {zorgvorm: klinische_zorg, aanbieder: GGZ Zilverduin, soort: afbouw, capaciteit_voor: 320, capaciteit_na: 260}
#   goed: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         revisie: main
#         plan:
#           zorgvormen:
#             klinische_zorg:
#               aanwezig: true
#               jaarlijkse_capaciteit: {patienten_binnen_regio: 1120, patienten_buiten_regio: 60}
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1060, patienten_buiten_regio: 20}
#     wijzigingen_aanbod:
#       - {zorgvorm: klinische_zorg, aanbieder: GGZ Zilverduin, soort: afbouw, capaciteit_voor: 320, capaciteit_na: 220}
#   oplossing: >-
#     Leg elke afbouw, sluiting of verplaatsing vast onder 'wijzigingen_aanbod', met
#     'afdeling', capaciteit_voor en capaciteit_na, de reden en wanneer zij met de
#     zorgverzekeraars besproken is; of herstel het aanbod in het plan.
#   oplossing_en: >-
#     Record every reduction, closure or relocation under 'wijzigingen_aanbod', with
#     'afdeling', capaciteit_voor and capaciteit_na, its reason and when it was discussed
#     with the insurers; or restore the supply in the plan.
overtreding contains v if {
	input.eerdere_plannen # a plan without earlier plans skips the whole comparison
	some melding in onverklaard_verlies
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Onverklaard verlies
# description: >-
#   Verlies van aanbod ten opzichte van een eerder plan dat de aangekondigde wijzigingen niet
#   dekken; elk verlies eenmaal, vergeleken met het eerdere plan waartegen het meest
#   onverklaard is (bij gelijke stand het eerste van input.eerdere_plannen).
# scope: document
onverklaard_verlies contains object.remove(k, ["i", "sleutel", "open"]) if {
	some k in verlies_kandidaat
	not overtroffen(k)
}

# METADATA
# title: Overtroffen
# description: >-
#   Een ander eerder plan geeft voor hetzelfde verlies (dezelfde sleutel) een groter
#   onverklaard deel, of hetzelfde deel en staat eerder in de lijst.
# scope: document
overtroffen(k) if {
	some j in verlies_kandidaat
	j.sleutel == k.sleutel
	j.open > k.open
}

overtroffen(k) if {
	some j in verlies_kandidaat
	j.sleutel == k.sleutel
	j.open == k.open
	j.i < k.i
}

# METADATA
# title: Verlies per eerder plan
# description: >-
#   Elk verlies ten opzichte van elk eerder plan, met i (welk eerder plan), een sleutel
#   (wat verloren ging: de capaciteit of aanwezigheid van een zorgvorm, een afdeling, of
#   een groep afdelingen op zijn plek in het plan) en open (het onverklaarde deel).
# scope: document
verlies_kandidaat contains melding if {
	some i, _ in eerdere
	some vorm, nu in input.zorgvormen
	not nu.aanwezig == false
	dalingen := capaciteit_dalingen(i, vorm)
	count(dalingen) > 0
	bruto := sum([x | some d in dalingen; x := d.voor - d.na])
	herindeeld := herindeeld_uit(i, vorm)
	verlies := bruto - herindeeld
	gedekt := aangekondigd(i, vorm)
	gedekt < verlies
	melding := {
		"i": i, "sleutel": ["capaciteit", vorm], "open": verlies - gedekt,
		"pad": sprintf("/zorgvormen/%s/jaarlijkse_capaciteit/%s", [vorm, dalingen[0].veld]),
		"nl": sprintf(
			"De jaarlijkse capaciteit van %s daalde ten opzichte van %s: %s, samen %v minder%s%s. Leg de afbouw of sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit.",
			[lib.zorgvorm_nl(vorm), bron(i), lib.opsomming([daling_nl(d) | some d in dalingen], "en"), bruto, herindeling_nl(herindeeld), dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"The annual capacity of %s went down compared with %s: %s, together %v fewer%s%s. Record the reduction or closure under 'wijzigingen_aanbod', with capaciteit_voor and capaciteit_na, its reason and the discussion with the insurers; or restore the capacity.",
			[lib.zorgvorm_en(vorm), bron_en(i), lib.opsomming([daling_en(d) | some d in dalingen], "and"), bruto, herindeling_en(herindeeld), dekking(gedekt, verlies, "en")],
		),
	}
}

verlies_kandidaat contains melding if {
	some i, e in eerdere
	some vorm, nu in input.zorgvormen
	e.plan.zorgvormen[vorm].aanwezig == true
	nu.aanwezig == false
	verlies := capaciteit_totaal(e.plan.zorgvormen[vorm])
	gedekt := aangekondigd(i, vorm)
	afwezig_niet_gedekt(vorm, verlies, gedekt)
	melding := {
		"i": i, "sleutel": ["aanwezig", vorm], "open": verlies - gedekt,
		"pad": sprintf("/zorgvormen/%s/aanwezig", [vorm]),
		"nl": sprintf(
			"%s was in %s aanwezig, met %s per jaar, en is dat nu niet meer%s. Leg de sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, of herstel 'aanwezig: true'.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm)), bron(i), opnames_nl(verlies), dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"%s was present in %s, with %s a year, and no longer is%s. Record the closure under 'wijzigingen_aanbod', with capaciteit_voor and capaciteit_na, or restore 'aanwezig: true'.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), bron_en(i), opnames_en(verlies), dekking(gedekt, verlies, "en")],
		),
	}
}

# A department that is still there under the same provider and name (in this care form or,
# moved, in another), with less capacity, while nothing else of its provider and facility
# changed.
verlies_kandidaat contains melding if {
	some groep in afdelingsgroepen
	count(groep.leden) == 1
	some s in groep.leden
	oud := afdelingen_voor[groep.k][s]
	nieuw := afdelingen_na_van[groep.k][s]
	oud.bekend
	nieuw.bekend
	verlies := oud.capaciteit - nieuw.capaciteit
	verlies > 0
	[i, vorm] := groep.k
	gedekt := afdeling_gedekt(i, vorm, {s})
	gedekt < verlies
	melding := {
		"i": i, "sleutel": ["afdeling", vorm, s], "open": verlies - gedekt,
		"pad": pad_afdeling(nieuw),
		"nl": sprintf(
			"%s (%s) kromp ten opzichte van %s van %v naar %s%s%s. Leg de afbouw van deze afdeling vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit.",
			[lib.hoofdletter(naam_nl(oud)), lib.zorgvorm_nl(vorm), bron(i), oud.capaciteit, opnames_nl(nieuw.capaciteit), elders_nl(vorm, nieuw), dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"%s (%s) shrank compared with %s from %v to %s%s%s. Record the reduction of this department under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na, its reason and the discussion with the insurers; or restore the capacity.",
			[lib.hoofdletter(naam_en(oud)), lib.zorgvorm_en(vorm), bron_en(i), oud.capaciteit, opnames_en(nieuw.capaciteit), elders_en(vorm, nieuw), dekking(gedekt, verlies, "en")],
		),
	}
}

# A department that is still there, but without its capacity: a figure taken out hides
# whatever was lost, so the whole capacity it had counts as a loss to explain.
verlies_kandidaat contains melding if {
	some groep in afdelingsgroepen
	count(groep.leden) == 1
	some s in groep.leden
	oud := afdelingen_voor[groep.k][s]
	nieuw := afdelingen_na_van[groep.k][s]
	oud.bekend
	not nieuw.bekend
	oud.capaciteit > 0
	[i, vorm] := groep.k
	gedekt := afdeling_gedekt(i, vorm, {s})
	gedekt < oud.capaciteit
	melding := {
		"i": i, "sleutel": ["afdeling", vorm, s], "open": oud.capaciteit - gedekt,
		"pad": pad_afdeling(nieuw),
		"nl": sprintf(
			"Bij %s (%s) staat geen capaciteit meer; in %s had zij %s%s. Een weggelaten getal telt als verlies, want het kan een afbouw verbergen: vul 'capaciteit' in, of leg de afbouw of sluiting vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na.",
			[naam_nl(oud), lib.zorgvorm_nl(vorm), bron(i), opnames_nl(oud.capaciteit), dekking(gedekt, oud.capaciteit, "nl")],
		),
		"en": sprintf(
			"%s (%s) no longer states a capacity; in %s it had %s%s. A figure left out counts as a loss, as it can hide a reduction: fill in 'capaciteit', or record the reduction or closure under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na.",
			[lib.hoofdletter(naam_en(oud)), lib.zorgvorm_en(vorm), bron_en(i), opnames_en(oud.capaciteit), dekking(gedekt, oud.capaciteit, "en")],
		),
	}
}

# Departments that are gone, with nothing new or changed at the same provider and facility:
# each on its own.
verlies_kandidaat contains melding if {
	some groep in afdelingsgroepen
	count({s | some s in groep.leden; afdelingen_na_van[groep.k][s]}) == 0
	some s in groep.leden
	oud := afdelingen_voor[groep.k][s]
	[i, vorm] := groep.k
	gedekt := afdeling_gedekt(i, vorm, {s}) + verplaatst_naar(groep.k, s)
	verdwenen_niet_gedekt(groep.k, s, oud, gedekt)
	melding := {
		"i": i, "sleutel": ["afdeling", vorm, s], "open": oud.capaciteit - gedekt,
		"pad": sprintf("/zorgvormen/%s/aanbod", [vorm]),
		"nl": sprintf(
			"%s (%s) stond in %s%s en ontbreekt nu%s%s. Leg de sluiting, afbouw of verplaatsing van deze afdeling vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na; of zet de afdeling terug.%s",
			[lib.hoofdletter(naam_nl(oud)), lib.zorgvorm_nl(vorm), bron(i), capaciteit_nl(oud), opvolger_nl(groep.k, oud), dekking(gedekt, oud.capaciteit, "nl"), toelichting_nl(groep.k, s, oud)],
		),
		"en": sprintf(
			"%s (%s) was in %s%s and is missing now%s%s. Record the closure, reduction or relocation of this department under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na; or put the department back.%s",
			[lib.hoofdletter(naam_en(oud)), lib.zorgvorm_en(vorm), bron_en(i), capaciteit_en(oud), opvolger_en(groep.k, oud), dekking(gedekt, oud.capaciteit, "en"), toelichting_en(groep.k, s, oud)],
		),
	}
}

# Departments of one provider and facility that were moved, renamed, split or merged:
# their capacity counts together.
verlies_kandidaat contains melding if {
	some groep in afdelingsgroepen
	nieuw := [a | some s in groep.leden; a := afdelingen_na_van[groep.k][s]]
	count(nieuw) > 0
	count(groep.leden) > 1
	oud := [a | some s in groep.leden; a := afdelingen_voor[groep.k][s]]
	voor := sum([a.capaciteit | some a in oud])
	na := sum([a.capaciteit | some a in nieuw])
	verlies := voor - na
	verlies > 0
	[i, vorm] := groep.k
	gedekt := afdeling_gedekt(i, vorm, groep.leden)
	gedekt < verlies
	pad := sort([[a.vorm, a.eerste, pad_afdeling(a)] | some a in nieuw])[0][2]
	melding := {
		"i": i, "sleutel": ["pad", pad], "open": verlies - gedekt,
		"pad": pad,
		"nl": sprintf(
			"Bij %s veranderde het aanbod van %s met dezelfde voorziening ten opzichte van %s: %s. Samen is dat van %v naar %s%s. Verhuizen, hernoemen, splitsen of samenvoegen is geen verlies zolang de capaciteit blijft; leg de afbouw vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na; of herstel de capaciteit.",
			[lib.zorgvorm_nl(vorm), lib.citeer(groep.aanbieder), bron(i), lib.opsomming([lid_nl(groep.k, s) | some s in op_volgorde(groep.k, groep.leden)], "en"), voor, opnames_nl(na), dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"For %s the supply of %s with the same facility changed compared with %s: %s. Together that is from %v to %s%s. Moving, renaming, splitting or merging is no loss as long as the capacity stays; record the reduction under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na; or restore the capacity.",
			[lib.zorgvorm_en(vorm), lib.citeer(groep.aanbieder), bron_en(i), lib.opsomming([lid_en(groep.k, s) | some s in op_volgorde(groep.k, groep.leden)], "and"), voor, opnames_en(na), dekking(gedekt, verlies, "en")],
		),
	}
}

# METADATA
# title: Sterke stijging van de wachtlijst heeft een maatregel
# description: >-
#   Vergeleken met eerdere plannen (de versie op --base, het plan van een eerder inkoopjaar): stijgt het aantal wachtenden of
#   gesloten wachtlijsten bij een zorgvorm sterk (drempels onder 'vergelijking' in
#   policies/gegevens.yaml), dan heeft het plan een maatregel voor die zorgvorm.
# custom:
#   id: aanbod-wachtlijst-stijging
#   vereist: vorige_versie
#   severity: warning
#   source: Gespreksleidraad §3.2, §3.4
#   title_en: A sharp rise in waiting has a measure
#   afwijking_mogelijk: true
#   description_en: >-
#     Compared with earlier plans (the version at --base, the plan of an earlier contracting year): when the number of people waiting
#     or of closed waiting lists for a care form rises sharply (thresholds under
#     'vergelijking' in policies/gegevens.yaml), the plan has a measure for that form.
#   citaat: >-
#     Aangeleverde informatie over zorgvragen (zowel zoals verwacht als zoals in
#     werkelijkheid) en over wachtlijsten biedt verder inzicht in of tekorten structureel
#     zijn. (Gespreksleidraad §3.2)
#   fout: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         revisie: main
#         plan:
#           zorgvormen:
#             beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 14}}
#     zorgvormen:
#       beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 40}}
#   goed: |
#     eerdere_plannen:
#       - bestand: regions/zilverduin/2026.yaml
#         revisie: main
#         plan:
#           zorgvormen:
#             beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 14}}
#     zorgvormen:
#       beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 40}}
#     maatregelen:
#       - {zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Vier extra LIZ-plaatsen.}
#   oplossing: >-
#     Neem onder 'maatregelen' een maatregel op voor de zorgvorm, of licht de stijging toe.
#   oplossing_en: >-
#     Add a measure for the care form under 'maatregelen', or explain the rise.
overtreding contains v if {
	input.eerdere_plannen # a plan without earlier plans skips the whole comparison
	some melding in wachtlijst_stijging
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Stijgende wachtlijsten
# description: >-
#   Sterke stijgingen van wachtenden of gesloten wachtlijsten zonder maatregel voor de
#   zorgvorm; elke plek eenmaal, tegen het eerste eerdere plan waartegen zij sterk steeg.
# scope: document
wachtlijst_stijging contains object.remove(m, ["i"]) if {
	some m in wachtlijst_kandidaat
	not eerder_gemeld(m)
}

# METADATA
# title: Eerder gemeld
# description: Dezelfde stijging is al gemeld tegen een eerder plan dat eerder in de lijst staat.
# scope: document
eerder_gemeld(m) if {
	some j in wachtlijst_kandidaat
	j.pad == m.pad
	j.i < m.i
}

# METADATA
# title: Stijgende wachtlijsten per eerder plan
# description: Sterke stijgingen ten opzichte van elk eerder plan, met i (welk eerder plan).
# scope: document
wachtlijst_kandidaat contains melding if {
	some i, e in eerdere
	some vorm, nu in input.zorgvormen
	voor := e.plan.zorgvormen[vorm].onvervulde_vraag.aantal_wachtenden
	na := nu.onvervulde_vraag.aantal_wachtenden
	na - voor >= gegevens.vergelijking.wachtenden_stijging_minimaal
	na * 100 >= voor * (100 + gegevens.vergelijking.wachtenden_stijging_procent)
	not heeft_maatregel(vorm)
	melding := {
		"i": i,
		"pad": sprintf("/zorgvormen/%s/onvervulde_vraag/aantal_wachtenden", [vorm]),
		"nl": sprintf("Bij %s steeg het aantal wachtenden van %v naar %v ten opzichte van %s, maar het plan heeft geen maatregel voor %s. Neem er een op onder 'maatregelen'.", [lib.zorgvorm_nl(vorm), voor, na, bron(i), lib.zorgvorm_nl(vorm)]),
		"en": sprintf("For %s the number of people waiting rose from %v to %v compared with %s, but the plan has no measure for it. Add one under 'maatregelen'.", [lib.zorgvorm_en(vorm), voor, na, bron_en(i)]),
	}
}

wachtlijst_kandidaat contains melding if {
	some i, e in eerdere
	some vorm, nu in input.zorgvormen
	voor := e.plan.zorgvormen[vorm].onvervulde_vraag.aantal_gesloten_wachtlijsten
	na := nu.onvervulde_vraag.aantal_gesloten_wachtlijsten
	na - voor >= gegevens.vergelijking.gesloten_wachtlijsten_stijging
	not heeft_maatregel(vorm)
	melding := {
		"i": i,
		"pad": sprintf("/zorgvormen/%s/onvervulde_vraag/aantal_gesloten_wachtlijsten", [vorm]),
		"nl": sprintf("Bij %s steeg het aantal gesloten wachtlijsten van %v naar %v ten opzichte van %s, maar het plan heeft geen maatregel voor %s. Neem er een op onder 'maatregelen'.", [lib.zorgvorm_nl(vorm), voor, na, bron(i), lib.zorgvorm_nl(vorm)]),
		"en": sprintf("For %s the number of closed waiting lists rose from %v to %v compared with %s, but the plan has no measure for it. Add one under 'maatregelen'.", [lib.zorgvorm_en(vorm), voor, na, bron_en(i)]),
	}
}

# METADATA
# title: Eerdere plannen
# description: >-
#   De plannen waarmee dit plan vergeleken wordt (input.eerdere_plannen, gezet door
#   ggzcheck): de versie van dit plan op --base en het plan van het meest recente eerdere
#   inkoopjaar van de regio. Elk met bestand, inkoopjaar, plan en, als het van --base komt,
#   revisie.
eerdere := [e | some e in input.eerdere_plannen; is_object(e.plan)]

# METADATA
# title: Bron van een eerder plan
# description: Bestand en, als het van --base komt, revisie van een eerder plan, voor in meldingen.
# scope: document
bron(i) := sprintf("%s op %s", [lib.citeer(eerdere[i].bestand), lib.citeer(eerdere[i].revisie)]) if eerdere[i].revisie

bron(i) := lib.citeer(eerdere[i].bestand) if not eerdere[i].revisie

# METADATA
# title: Bron van een eerder plan (Engels)
# description: Bestand en revisie van een eerder plan, voor in Engelse meldingen.
# scope: document
bron_en(i) := sprintf("%s at %s", [lib.citeer(eerdere[i].bestand), lib.citeer(eerdere[i].revisie)]) if eerdere[i].revisie

bron_en(i) := lib.citeer(eerdere[i].bestand) if not eerdere[i].revisie

# METADATA
# title: Dalingen van de capaciteit
# description: >-
#   De capaciteitsvelden (policies/gegevens.yaml, 'capaciteitsvelden') van een zorgvorm die
#   daalden ten opzichte van eerder plan i, in de volgorde van de gegevens. Een veld dat
#   eerder een getal had en nu leeg is, telt als daling naar nul: een weggelaten getal is
#   geen "onbekend, dus goed".
capaciteit_dalingen(i, vorm) := [d |
	some c in gegevens.capaciteitsvelden
	voor := eerdere[i].plan.zorgvormen[vorm].jaarlijkse_capaciteit[c.veld]
	is_number(voor)
	nu := object.get(input.zorgvormen[vorm], ["jaarlijkse_capaciteit", c.veld], null)
	na := getal(nu)
	na < voor
	d := {"veld": c.veld, "naam": c.naam, "naam_en": c.naam_en, "voor": voor, "na": na, "ingevuld": is_number(nu)}
]

# METADATA
# title: Getal
# description: Een getal, of nul voor wat geen getal is.
# scope: document
getal(x) := x if is_number(x)

getal(x) := 0 if not is_number(x)

# METADATA
# title: Daling in een zin
# description: Een gedaald capaciteitsveld, voor in een melding; een leeg veld heet zo.
# scope: document
daling_nl(d) := sprintf("%s van %v naar %s", [d.naam, d.voor, opnames_nl(d.na)]) if d.ingevuld

daling_nl(d) := sprintf("%s van %s naar geen getal meer", [d.naam, opnames_nl(d.voor)]) if not d.ingevuld

# METADATA
# title: Daling in een zin (Engels)
# description: Een gedaald capaciteitsveld, voor in een Engelse melding.
# scope: document
daling_en(d) := sprintf("%s from %v to %s", [d.naam_en, d.voor, opnames_en(d.na)]) if d.ingevuld

daling_en(d) := sprintf("%s from %s to no figure", [d.naam_en, opnames_en(d.voor)]) if not d.ingevuld

# METADATA
# title: Heringedeeld in een zin
# description: Hoeveel van een daling afdelingen zijn die nu bij een andere zorgvorm staan, als toevoeging.
# scope: document
herindeling_nl(0) := ""

herindeling_nl(h) := sprintf(", waarvan %v in afdelingen die nu bij een andere zorgvorm staan", [h]) if h > 0

# METADATA
# title: Heringedeeld in een zin (Engels)
# description: Hoeveel van een daling afdelingen zijn die nu bij een andere zorgvorm staan, in het Engels.
# scope: document
herindeling_en(0) := ""

herindeling_en(h) := sprintf(", of which %v in departments now listed under another care form", [h]) if h > 0

# METADATA
# title: Totale capaciteit
# description: De som van de capaciteitsvelden van een zorgvorm die getallen zijn.
capaciteit_totaal(z) := sum([n |
	some c in gegevens.capaciteitsvelden
	n := object.get(z, ["jaarlijkse_capaciteit", c.veld], null)
	is_number(n)
])

# METADATA
# title: Afwezigheid niet gedekt
# description: >-
#   Een zorgvorm die niet meer aanwezig is, zonder aangekondigde vermindering, of met
#   aangekondigde verminderingen die samen kleiner zijn dan de capaciteit die zij had.
# scope: document
afwezig_niet_gedekt(_, verlies, gedekt) if gedekt < verlies

afwezig_niet_gedekt(vorm, _, _) if not vermindering_aangekondigd(vorm)

# METADATA
# title: Vermindering aangekondigd
# description: Er is een afbouw of sluiting, of een wijziging die de capaciteit verlaagt, voor de zorgvorm.
vermindering_aangekondigd(vorm) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	vermindering(w)
}

# METADATA
# title: Aangekondigd
# description: Hoeveel de aangekondigde wijzigingen voor een zorgvorm samen van de capaciteit afhalen (tegen eerder plan i).
aangekondigd(i, vorm) := sum([omvang(i, w) | some w in input.wijzigingen_aanbod; w.zorgvorm == vorm])

# METADATA
# title: Omvang van een wijziging
# scope: document
# description: >-
#   Hoeveel capaciteit een wijziging afhaalt: capaciteit_voor min capaciteit_na; bij een
#   sluiting zonder capaciteit_na alles; bij een sluiting zonder getallen de capaciteit die
#   de gesloten afdelingen in eerder plan i hadden; anders niets.
omvang(_, w) := w.capaciteit_voor - w.capaciteit_na if {
	is_number(w.capaciteit_voor)
	is_number(w.capaciteit_na)
	w.capaciteit_voor > w.capaciteit_na
}

omvang(_, w) := w.capaciteit_voor if {
	w.soort == "sluiting"
	is_number(w.capaciteit_voor)
	not is_number(object.get(w, "capaciteit_na", null))
}

omvang(i, w) := sum([a.capaciteit | some k, a in afdelingen_voor[[i, w.zorgvorm]]; k in genoemd(i, w)]) if {
	w.soort == "sluiting"
	not is_number(object.get(w, "capaciteit_voor", null))
	not is_number(object.get(w, "capaciteit_na", null))
}

omvang(_, w) := 0 if not heeft_omvang(w)

# METADATA
# title: Heeft een omvang
# description: Een wijziging die capaciteit afhaalt, met een lagere capaciteit_na of als sluiting.
# scope: document
heeft_omvang(w) if w.capaciteit_voor > w.capaciteit_na

heeft_omvang(w) if w.soort == "sluiting"

# METADATA
# title: Dekking in een zin
# description: >-
#   Wat de aangekondigde wijzigingen van een verlies dekken, als toevoeging aan een
#   melding: niets, of hoeveel er niet gedekt is. taal is "nl" of "en".
# scope: document
dekking(0, _, "nl") := ", zonder aangekondigde wijziging die dat dekt"

dekking(0, _, "en") := ", without an announced change covering it"

dekking(gedekt, verlies, "nl") := sprintf(
	"; de aangekondigde wijzigingen dekken daarvan samen %s, dus %s niet aangekondigd",
	[opnames_nl(gedekt), lib.aantal(verlies - gedekt, "is", "zijn")],
) if gedekt > 0

dekking(gedekt, verlies, "en") := sprintf(
	"; the changes announced cover %s of it together, so %s unannounced",
	[opnames_en(gedekt), lib.aantal(verlies - gedekt, "is", "are")],
) if gedekt > 0

# METADATA
# title: Vergeleken zorgvormen
# description: >-
#   Paren [i, zorgvorm] waarvan de afdelingen met eerder plan i worden vergeleken: in beide
#   aanwezig (een zorgvorm die verdween, meldt de regel over de zorgvorm).
vergeleken_vormen contains [i, vorm] if {
	some i, e in eerdere
	some vorm, nu in input.zorgvormen
	is_object(nu)
	is_object(e.plan.zorgvormen[vorm])
	not nu.aanwezig == false
}

# Whole objects rather than rules per key: each is computed once per plan, and every
# lookup in it after that is an index, not a new evaluation.

# METADATA
# title: Aanbod in een eerder plan
# description: Per [i, zorgvorm] het aanbod van eerder plan i dat vergeleken wordt.
aanbod_voor := {[i, vorm]: aanbod(z) |
	some i, e in eerdere
	some vorm, z in e.plan.zorgvormen
	gegevens.zorgvormen[vorm]
	is_object(z)
}

# METADATA
# title: Aanbod nu
# description: Per zorgvorm die aanwezig is het aanbod van dit plan dat vergeleken wordt.
aanbod_na := {vorm: aanbod(nu) |
	some vorm, nu in input.zorgvormen
	gegevens.zorgvormen[vorm]
	is_object(nu)
	not nu.aanwezig == false
}

# METADATA
# title: Aanbod van een zorgvorm
# description: >-
#   De lijst aanbod van een zorgvorm, tot zoveel items als het formaat toestaat. ggzcheck
#   houdt een eerder plan uit git aan het formaat voor het de vergelijking ingaat; deze
#   grens houdt ook een eigen invoer (een test, een eigen beleidsregel) binnen de perken,
#   want de vergelijking vergelijkt elk item met elk ander.
# scope: document
aanbod(z) := array.slice(object.get(z, "aanbod", []), 0, 200)

# METADATA
# title: Afdelingen in een eerder plan
# description: Per [i, zorgvorm] de afdelingen van eerder plan i, op hun sleutel (aanbieder en afdeling).
afdelingen_voor := {k: afdelingen(lijst) | some k, lijst in aanbod_voor}

# METADATA
# title: Afdelingen nu
# description: >-
#   Per zorgvorm die aanwezig is de afdelingen van dit plan, op hun sleutel (aanbieder en
#   afdeling), elk met de zorgvorm waar zij staat.
afdelingen_na := {vorm: {s: object.union(a, {"vorm": vorm}) | some s, a in afdelingen(lijst)} | some vorm, lijst in aanbod_na}

# METADATA
# title: Items van het aanbod
# description: >-
#   Elk item van het aanbod dat vergeleken wordt, in dit plan en in de eerdere plannen,
#   eenmaal: dezelfde afdeling staat meestal in elk plan.
aanbod_items contains b if {
	some lijst in aanbod_voor
	some b in lijst
	is_object(b)
}

aanbod_items contains b if {
	some lijst in aanbod_na
	some b in lijst
	is_object(b)
}

# METADATA
# title: Sleutels van de namen
# description: >-
#   De sleutel (naam_sleutel) van elke aanbieder en afdeling in het aanbod, op de naam als
#   tekst: eenmaal per plan berekend, niet bij elke vergelijking van twee items opnieuw.
naam_sleutels := {tekst: naam_sleutel(tekst) |
	some b in aanbod_items
	some naam in [b.aanbieder, object.get(b, "afdeling", "")]
	tekst := sprintf("%v", [naam])
}

# METADATA
# title: Voorzieningen
# description: >-
#   De voorziening (lib.voorziening) van elke gewijzigde afdeling, op haar naam als tekst;
#   eenmaal per plan berekend, en alleen waar een groep of opvolger haar nodig heeft.
voorzieningen := {tekst: lib.voorziening(tekst) | some tekst in voorziening_teksten}

# METADATA
# title: Namen van voorzieningen
# description: De voorzieningen van de gewijzigde afdelingen, zoals het plan ze noemt.
voorziening_teksten contains afdelingen_voor[k][s].voorziening_tekst if {
	some k, alle in gewijzigd
	some s in alle
}

voorziening_teksten contains afdelingen_na_van[k][s].voorziening_tekst if {
	some k, alle in gewijzigd
	some s in alle
}

# METADATA
# title: Voorziening van een afdeling
# description: De voorziening van een gewijzigde afdeling, uit voorzieningen.
# scope: document
voorziening(a) := voorzieningen[a.voorziening_tekst]

# METADATA
# title: Sleutel van een naam in het aanbod
# description: De sleutel van een aanbieder of afdeling in het aanbod, uit naam_sleutels.
# scope: document
sleutel_van(naam) := naam_sleutels[sprintf("%v", [naam])]

# METADATA
# title: Naar een andere zorgvorm
# description: >-
#   Per [i, zorgvorm] de afdelingen die in eerder plan i bij deze zorgvorm stonden en nu,
#   onder dezelfde aanbieder en afdelingsnaam, bij een andere zorgvorm staan waar zij
#   eerder niet stonden: heringedeeld. Zij tellen hier als dezelfde afdeling, zodat een
#   herindeling alleen verlies is als de andere zorgvorm haar niet met haar capaciteit
#   krijgt. Staat zij bij meer andere zorgvormen, dan telt de eerste in alfabetische volgorde.
elders := {k: {s: afdelingen_na[vormen[0]][s] |
	some s, _ in afdelingen_voor[k]
	not afdelingen_na[k[1]][s]
	vormen := sort({b |
		some b, lijst in afdelingen_na
		b != k[1]
		lijst[s]
		not afdelingen_voor[[k[0], b]][s]
	})
	count(vormen) > 0
} |
	some k in vergeleken_vormen
}

# METADATA
# title: Afdelingen nu, tegen een eerder plan
# description: De afdelingen van dit plan bij [i, zorgvorm], met de afdelingen die naar een andere zorgvorm gingen.
afdelingen_na_van := {k: object.union(afdelingen_na[k[1]], elders[k]) | some k in vergeleken_vormen}

# METADATA
# title: Heringedeeld uit een zorgvorm
# description: >-
#   Hoeveel capaciteit van een zorgvorm nu bij een andere zorgvorm staat (tegen eerder plan
#   i): per heringedeelde afdeling wat zij eerder had, maar niet meer dan zij nu heeft.
herindeeld_uit(i, vorm) := sum([min([oud.capaciteit, a.capaciteit]) |
	some s, a in elders[[i, vorm]]
	oud := afdelingen_voor[[i, vorm]][s]
	oud.bekend
	a.bekend
])

# METADATA
# title: Gewijzigde afdelingen
# description: >-
#   Per [i, zorgvorm] de sleutels van de afdelingen die verdwenen, erbij kwamen, of een
#   andere capaciteit kregen (of er geen meer noemen) ten opzichte van eerder plan i.
gewijzigd := {k: ({s | some s, _ in afdelingen_voor[k]; not ongewijzigd(k, s)} | {s | some s, _ in afdelingen_na_van[k]; not afdelingen_voor[k][s]}) |
	some k in vergeleken_vormen
}

# METADATA
# title: Ongewijzigd
# description: Een afdeling die er nog is, met dezelfde capaciteit als eerder, of eerder en nu zonder capaciteit.
# scope: document
ongewijzigd(k, s) if {
	afdelingen_voor[k][s].bekend
	afdelingen_na_van[k][s].bekend
	afdelingen_voor[k][s].capaciteit == afdelingen_na_van[k][s].capaciteit
}

ongewijzigd(k, s) if {
	afdelingen_na_van[k][s]
	not afdelingen_voor[k][s].bekend
	not afdelingen_na_van[k][s].bekend
}

# METADATA
# title: Groep van een afdeling
# description: >-
#   Aanbieder en voorziening (zoals de bronnen schrijven) van een afdeling: eerder, of als
#   zij nieuw is, nu. Binnen een groep telt de capaciteit samen, zodat verhuizen, hernoemen,
#   splitsen en samenvoegen geen verlies is zolang de capaciteit blijft.
# scope: document
groep_van(k, s) := [a.aanbieder_sleutel, voorziening(a)] if a := afdelingen_voor[k][s]

groep_van(k, s) := [a.aanbieder_sleutel, voorziening(a)] if {
	not afdelingen_voor[k][s]
	a := afdelingen_na_van[k][s]
}

# METADATA
# title: Afdelingsgroepen
# description: >-
#   Per [i, zorgvorm] de gewijzigde afdelingen van één aanbieder met één voorziening, samen:
#   k, de sleutels (leden) en de naam van de aanbieder.
afdelingsgroepen contains {"k": k, "leden": leden, "aanbieder": namen[0]} if {
	some k, alle in gewijzigd
	some g in {groep_van(k, s) | some s in alle}
	leden := {s | some s in alle; groep_van(k, s) == g}
	namen := sort([a.aanbieder | some s in leden; some a in [object.get(afdelingen_voor[k], s, null), object.get(afdelingen_na_van[k], s, null)]; a != null])
}

# METADATA
# title: Op volgorde
# description: De leden van een groep zoals het plan ze noemt, eerst die er eerder al stonden, dan de nieuwe.
# scope: document
op_volgorde(k, leden) := [x[1] | some x in sort([[plek(k, s), s] | some s in leden])]

# METADATA
# title: Plek van een afdeling
# description: Waar een afdeling in eerder plan i stond, of als zij nieuw is, waar zij nu staat, om op te ordenen.
# scope: document
plek(k, s) := [0, afdelingen_voor[k][s].eerste] if afdelingen_voor[k][s]

plek(k, s) := [1, afdelingen_na_van[k][s].eerste] if not afdelingen_voor[k][s]

# METADATA
# title: Pad van een afdeling
# description: Waar een melding over een afdeling staat, bij haar capaciteit, of bij de afdeling als die geen capaciteit noemt.
# scope: document
pad_afdeling(a) := sprintf("/zorgvormen/%s/aanbod/%d/capaciteit", [a.vorm, a.eerste]) if a.bekend

pad_afdeling(a) := sprintf("/zorgvormen/%s/aanbod/%d", [a.vorm, a.eerste]) if not a.bekend

# METADATA
# title: Andere zorgvorm in een zin
# description: Als een afdeling nu bij een andere zorgvorm staat, welke, als toevoeging aan een melding.
# scope: document
elders_nl(vorm, a) := "" if a.vorm == vorm

elders_nl(vorm, a) := sprintf(" (nu bij %s)", [lib.zorgvorm_nl(a.vorm)]) if a.vorm != vorm

# METADATA
# title: Andere zorgvorm in een zin (Engels)
# description: Als een afdeling nu bij een andere zorgvorm staat, welke, in het Engels.
# scope: document
elders_en(vorm, a) := "" if a.vorm == vorm

elders_en(vorm, a) := sprintf(" (now under %s)", [lib.zorgvorm_en(a.vorm)]) if a.vorm != vorm

# METADATA
# title: Lid van een groep in een zin
# description: Wat er met een afdeling van een groep gebeurde, voor in een melding.
# scope: document
lid_nl(k, s) := sprintf("%s van %s naar %s", [kort_nl(o), getal_nl(o), getal_nl(n)]) if {
	o := afdelingen_voor[k][s]
	n := afdelingen_na_van[k][s]
}

lid_nl(k, s) := sprintf("%s (%s) staat er niet meer in", [kort_nl(o), getal_nl(o)]) if {
	o := afdelingen_voor[k][s]
	not afdelingen_na_van[k][s]
}

lid_nl(k, s) := sprintf("%s (%s) kwam erbij", [kort_nl(n), getal_nl(n)]) if {
	not afdelingen_voor[k][s]
	n := afdelingen_na_van[k][s]
}

# METADATA
# title: Lid van een groep in een zin (Engels)
# description: Wat er met een afdeling van een groep gebeurde, voor in een Engelse melding.
# scope: document
lid_en(k, s) := sprintf("%s from %s to %s", [kort_en(o), getal_en(o), getal_en(n)]) if {
	o := afdelingen_voor[k][s]
	n := afdelingen_na_van[k][s]
}

lid_en(k, s) := sprintf("%s (%s) is no longer there", [kort_en(o), getal_en(o)]) if {
	o := afdelingen_voor[k][s]
	not afdelingen_na_van[k][s]
}

lid_en(k, s) := sprintf("%s (%s) was added", [kort_en(n), getal_en(n)]) if {
	not afdelingen_voor[k][s]
	n := afdelingen_na_van[k][s]
}

# METADATA
# title: Korte naam van een afdeling
# description: De afdeling zonder haar aanbieder, voor in een opsomming.
# scope: document
kort_nl(a) := sprintf("afdeling %s", [lib.citeer(a.afdeling)]) if a.afdeling != ""

kort_nl(a) := "het aanbod zonder afdelingsnaam" if a.afdeling == ""

# METADATA
# title: Korte naam van een afdeling (Engels)
# description: De afdeling zonder haar aanbieder, voor in een Engelse opsomming.
# scope: document
kort_en(a) := sprintf("department %s", [lib.citeer(a.afdeling)]) if a.afdeling != ""

kort_en(a) := "the supply without a department name" if a.afdeling == ""

# METADATA
# title: Capaciteit als getal
# description: De capaciteit van een afdeling, of dat zij er geen noemt.
# scope: document
getal_nl(a) := sprintf("%v", [a.capaciteit]) if a.bekend

getal_nl(a) := "geen getal" if not a.bekend

# METADATA
# title: Capaciteit als getal (Engels)
# description: De capaciteit van een afdeling, of dat zij er geen noemt, in het Engels.
# scope: document
getal_en(a) := sprintf("%v", [a.capaciteit]) if a.bekend

getal_en(a) := "no figure" if not a.bekend

# METADATA
# title: Afdelingen
# description: >-
#   De afdelingen van een lijst aanbod, op hun sleutel: aanbieder en afdeling zonder
#   hoofdletters en dubbele spaties. Staat dezelfde afdeling er meer dan eens, dan telt
#   haar capaciteit samen. eerste: de plaats van het eerste item in de lijst.
afdelingen(lijst) := {sleutel: afdeling |
	# Each item's key once; the items with the same key are then found by comparing keys.
	sleutels := [[i, s] |
		some i, b in lijst
		is_object(b)
		s := json.marshal([sleutel_van(b.aanbieder), sleutel_van(object.get(b, "afdeling", ""))])
	]
	some sleutel in {s | some [_, s] in sleutels}
	leden := [i | some [i, s] in sleutels; s == sleutel]
	eerste := lijst[leden[0]]
	capaciteiten := [c | some i in leden; c := lijst[i].capaciteit; is_number(c)]
	afdeling := {
		"eerste": leden[0],
		"aanbieder": eerste.aanbieder,
		"aanbieder_sleutel": sleutel_van(eerste.aanbieder),
		"afdeling": object.get(eerste, "afdeling", ""),
		"afdeling_sleutel": sleutel_van(object.get(eerste, "afdeling", "")),
		"voorziening_tekst": sprintf("%v", [object.get(eerste, "voorziening", "")]),
		"capaciteit": sum(capaciteiten),
		"bekend": count(capaciteiten) > 0,
	}
}

# METADATA
# title: Sleutel van een naam
# description: Een naam zonder hoofdletters en met enkele spaties, om dezelfde naam te herkennen.
naam_sleutel(naam) := regex.replace(lower(trim_space(sprintf("%v", [naam]))), `\s+`, " ")

# METADATA
# title: Verdwenen afdeling niet gedekt
# description: >-
#   Een verdwenen afdeling is niet gedekt als wat de aangekondigde wijzigingen voor haar
#   dekken kleiner is dan haar capaciteit, of, als haar capaciteit onbekend was, als er voor
#   haar geen vermindering en geen verplaatsing met een bestemming is aangekondigd.
# scope: document
verdwenen_niet_gedekt(_, _, oud, gedekt) if {
	oud.bekend
	gedekt < oud.capaciteit
}

verdwenen_niet_gedekt(k, s, oud, _) if {
	not oud.bekend
	not vermindering_genoemd(k, s)
	not verplaatst_met_bestemming(k, s)
}

# METADATA
# title: Vermindering voor een afdeling
# description: Er is een afbouw of sluiting, of een wijziging die de capaciteit verlaagt, die deze afdeling noemt.
vermindering_genoemd(k, s) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == k[1]
	vermindering(w)
	s in genoemd(k[0], w)
}

# METADATA
# title: Verplaatsing genoemd
# description: >-
#   Er is een verplaatsing aangekondigd die deze afdeling noemt en haar capaciteit niet
#   verlaagt (een verplaatsing met een lagere capaciteit_na telt als vermindering).
verplaatsing_genoemd(k, s) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == k[1]
	w.soort == "verplaatsing"
	not vermindering(w)
	s in genoemd(k[0], w)
}

# METADATA
# title: Bestemmingen
# description: >-
#   Waar een verdwenen afdeling heen verplaatst kan zijn: de afdelingen die nu bij dezelfde
#   zorgvorm staan en eerder niet, bij dezelfde aanbieder, of met dezelfde afdelingsnaam
#   bij een andere aanbieder. Een verplaatsing zonder bestemming in het plan dekt niets.
bestemmingen(k, oud) := [a |
	some s, a in afdelingen_na[k[1]]
	not afdelingen_voor[k][s]
	bestemming_past(oud, a)
]

# METADATA
# title: Bestemming past
# description: Een nieuwe afdeling van dezelfde aanbieder, of met dezelfde afdelingsnaam.
# scope: document
bestemming_past(oud, a) if a.aanbieder_sleutel == oud.aanbieder_sleutel

bestemming_past(oud, a) if {
	oud.afdeling_sleutel != ""
	a.afdeling_sleutel == oud.afdeling_sleutel
}

# METADATA
# title: Verplaatst met bestemming
# description: Een aangekondigde verplaatsing van deze afdeling, met een bestemming in het plan.
verplaatst_met_bestemming(k, s) if {
	verplaatsing_genoemd(k, s)
	count(bestemmingen(k, afdelingen_voor[k][s])) > 0
}

# METADATA
# title: Verplaatst naar
# description: >-
#   Hoeveel van een verdwenen afdeling een aangekondigde verplaatsing dekt: de capaciteit
#   van haar bestemmingen, tot de capaciteit die zij had; zonder verplaatsing niets.
# scope: document
verplaatst_naar(k, s) := min([afdelingen_voor[k][s].capaciteit, sum([a.capaciteit | some a in bestemmingen(k, afdelingen_voor[k][s])])]) if {
	verplaatsing_genoemd(k, s)
}

verplaatst_naar(k, s) := 0 if not verplaatsing_genoemd(k, s)

# METADATA
# title: Opvolgers
# description: >-
#   De aanbieders bij wie een verdwenen afdeling nu staat: een nieuwe afdeling bij dezelfde
#   zorgvorm met dezelfde afdelingsnaam en voorziening, bij een andere aanbieder. Dat is een
#   andere naam voor de aanbieder of een overname; ggzcheck kan die twee niet onderscheiden.
opvolgers(k, oud) := sort({a.aanbieder |
	oud.afdeling_sleutel != ""
	some s, a in afdelingen_na[k[1]]
	not afdelingen_voor[k][s]
	a.afdeling_sleutel == oud.afdeling_sleutel
	voorziening(a) == voorziening(oud)
	a.aanbieder_sleutel != oud.aanbieder_sleutel
})

# METADATA
# title: Opvolger in een zin
# description: Bij wie een verdwenen afdeling nu staat, als toevoeging aan een melding.
# scope: document
opvolger_nl(k, oud) := "" if count(opvolgers(k, oud)) == 0

opvolger_nl(k, oud) := sprintf(" bij %s; dezelfde afdeling, met dezelfde voorziening, staat nu bij %s", [lib.citeer(oud.aanbieder), lib.opsomming([lib.citeer(a) | some a in opvolgers(k, oud)], "en")]) if {
	count(opvolgers(k, oud)) > 0
}

# METADATA
# title: Opvolger in een zin (Engels)
# description: Bij wie een verdwenen afdeling nu staat, in het Engels.
# scope: document
opvolger_en(k, oud) := "" if count(opvolgers(k, oud)) == 0

opvolger_en(k, oud) := sprintf(" at %s; the same department, with the same facility, is now at %s", [lib.citeer(oud.aanbieder), lib.opsomming([lib.citeer(a) | some a in opvolgers(k, oud)], "and")]) if {
	count(opvolgers(k, oud)) > 0
}

# METADATA
# title: Toelichting bij een verdwenen afdeling
# description: >-
#   De laatste zin van de melding over een verdwenen afdeling: hoe een nieuwe aanbieder
#   vast te leggen, dat een verplaatsing een bestemming vraagt, of wat geen verlies is.
# scope: document
toelichting_nl(k, _, oud) := sprintf(" Kreeg de aanbieder een andere naam of nam een andere aanbieder de afdeling over, leg dat dan vast als verplaatsing bij %s met 'afdeling: %s'; de afdeling bij de nieuwe aanbieder is dan haar bestemming.", [lib.citeer(oud.aanbieder), lib.citeer(oud.afdeling)]) if {
	count(opvolgers(k, oud)) > 0
}

toelichting_nl(k, s, oud) := " De aangekondigde verplaatsing heeft geen bestemming in het plan: geen nieuwe afdeling van dezelfde aanbieder bij deze zorgvorm, en geen afdeling met dezelfde naam bij een andere aanbieder. Een verplaatsing naar nergens dekt geen verlies." if {
	count(opvolgers(k, oud)) == 0
	verplaatsing_zonder_bestemming(k, s)
}

toelichting_nl(k, s, oud) := " Een afdeling die verhuisde, een andere naam kreeg, of werd gesplitst of samengevoegd, bij dezelfde aanbieder en met dezelfde voorziening en capaciteit, telt niet als verlies." if {
	count(opvolgers(k, oud)) == 0
	not verplaatsing_zonder_bestemming(k, s)
}

# METADATA
# title: Toelichting bij een verdwenen afdeling (Engels)
# description: De laatste zin van de melding over een verdwenen afdeling, in het Engels.
# scope: document
toelichting_en(k, _, oud) := sprintf(" If the provider was renamed or another provider took the department over, record that as a relocation at %s with 'afdeling: %s'; the department at the new provider is then its destination.", [lib.citeer(oud.aanbieder), lib.citeer(oud.afdeling)]) if {
	count(opvolgers(k, oud)) > 0
}

toelichting_en(k, s, oud) := " The relocation announced has no destination in the plan: no new department of the same provider in this care form, and no department of the same name at another provider. A relocation to nowhere covers no loss." if {
	count(opvolgers(k, oud)) == 0
	verplaatsing_zonder_bestemming(k, s)
}

toelichting_en(k, s, oud) := " A department that moved, was renamed, split or merged, at the same provider and with the same facility and capacity, does not count as a loss." if {
	count(opvolgers(k, oud)) == 0
	not verplaatsing_zonder_bestemming(k, s)
}

# METADATA
# title: Verplaatsing zonder bestemming
# description: Een aangekondigde verplaatsing van deze afdeling zonder bestemming in het plan.
verplaatsing_zonder_bestemming(k, s) if {
	verplaatsing_genoemd(k, s)
	not verplaatst_met_bestemming(k, s)
}

# METADATA
# title: Gedekt voor afdelingen
# description: Hoeveel de aangekondigde wijzigingen die een van deze afdelingen noemen, samen afhalen (tegen eerder plan i).
afdeling_gedekt(i, vorm, sleutels) := sum([omvang(i, w) |
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	count(genoemd(i, w) & sleutels) > 0
])

# METADATA
# title: Genoemde afdelingen
# description: >-
#   De sleutels van de afdelingen (in eerder plan i en nu) die een wijziging noemt: de
#   afdeling met haar aanbieder en afdelingsnaam; zonder afdelingsnaam de enige afdeling
#   van die aanbieder bij de zorgvorm. Een wijziging zonder afdeling bij een aanbieder met
#   meer afdelingen noemt er geen: zeg welke afdeling het is (notitie §6.2).
# scope: document
genoemd(i, w) := {k |
	# The change's keys once, before the loop over the departments.
	aanbieder := naam_sleutel(w.aanbieder)
	afdeling := naam_sleutel(w.afdeling)
	some lijst in [afdelingen_voor[[i, w.zorgvorm]], object.get(afdelingen_na, w.zorgvorm, {})]
	some k, a in lijst
	a.aanbieder_sleutel == aanbieder
	a.afdeling_sleutel == afdeling
} if w.afdeling

genoemd(i, w) := {k |
	aanbieder := naam_sleutel(w.aanbieder)
	some lijst in [afdelingen_voor[[i, w.zorgvorm]], object.get(afdelingen_na, w.zorgvorm, {})]
	van_aanbieder := {j | some j, a in lijst; a.aanbieder_sleutel == aanbieder}
	count(van_aanbieder) == 1
	some k in van_aanbieder
} if not w.afdeling

# METADATA
# title: Naam van een afdeling
# description: Afdeling en aanbieder voor in een melding, of alleen de aanbieder als er geen afdeling is.
# scope: document
naam_nl(a) := sprintf("afdeling %s van %s", [lib.citeer(a.afdeling), lib.citeer(a.aanbieder)]) if a.afdeling != ""

naam_nl(a) := sprintf("het aanbod van %s", [lib.citeer(a.aanbieder)]) if a.afdeling == ""

# METADATA
# title: Naam van een afdeling (Engels)
# description: Afdeling en aanbieder voor in een Engelse melding.
# scope: document
naam_en(a) := sprintf("department %s of %s", [lib.citeer(a.afdeling), lib.citeer(a.aanbieder)]) if a.afdeling != ""

naam_en(a) := sprintf("the supply of %s", [lib.citeer(a.aanbieder)]) if a.afdeling == ""

# METADATA
# title: Capaciteit van een verdwenen afdeling
# description: De capaciteit die een verdwenen afdeling had, in een zin, als die bekend is.
# scope: document
capaciteit_nl(a) := concat("", [" met ", opnames_nl(a.capaciteit)]) if a.bekend

capaciteit_nl(a) := "" if not a.bekend

# METADATA
# title: Capaciteit van een verdwenen afdeling (Engels)
# description: De capaciteit die een verdwenen afdeling had, in een Engelse zin.
# scope: document
capaciteit_en(a) := concat("", [" with ", opnames_en(a.capaciteit)]) if a.bekend

capaciteit_en(a) := "" if not a.bekend

# METADATA
# title: Heeft een maatregel
# description: Het plan heeft een maatregel voor de zorgvorm, met meer dan een plaatshouder als omschrijving.
heeft_maatregel(vorm) if {
	some m in input.maatregelen
	m.zorgvorm == vorm
	not lib.inhoud_ontbreekt(m, "omschrijving")
}
