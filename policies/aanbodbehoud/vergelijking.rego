# Vergelijking met de vorige versie van het plan (afspraak A). ggzcheck zet die versie, als
# 'ggzcheck check --base REVISIE' is gebruikt, in input.vorige_versie: {bestand, revisie,
# plan}. Een plan zelf kan die sleutel niet bevatten: het planformaat kent haar niet.
package ggzcheck.afspraken.aanbodbehoud

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Geen onaangekondigd verlies van aanbod
# description: >-
#   Vergeleken met de vorige versie van het plan (--base) is elk verlies van aanbod
#   aangekondigd onder 'wijzigingen_aanbod', met wijzigingen die samen minstens zo groot
#   zijn als het verlies. Verlies is: een zorgvorm waarvan de jaarlijkse capaciteit daalde
#   (alle capaciteitsvelden samen; een stijging in het ene veld telt niet tegen een daling
#   in het andere), een zorgvorm die niet meer aanwezig is, en een afdeling die kromp of
#   verdween (notitie §6.2: discontinuïteit op het niveau van afdelingen beoordelen). Een
#   afdeling telt als dezelfde bij dezelfde aanbieder en afdelingsnaam; een afdeling die
#   verhuisde of een andere naam kreeg, bij dezelfde aanbieder en met dezelfde voorziening,
#   is geen verlies zolang de capaciteit blijft. Een aangekondigde wijziging telt met het
#   verschil tussen capaciteit_voor en capaciteit_na; een sluiting zonder getallen met de
#   capaciteit die de gesloten afdeling had; een afbouw zonder getallen met niets. Een
#   wijziging dekt een afdeling als zij die afdeling noemt, of de aanbieder als die bij
#   de zorgvorm maar één afdeling had.
# custom:
#   id: aanbod-onverklaard-verlies
#   vereist: vorige_versie
#   severity: error
#   source: Gespreksleidraad §1.3.1, §1.3.2, §2.2, §3.4; notitie §6.2
#   title_en: No unannounced loss of supply
#   afwijking_mogelijk: false
#   description_en: >-
#     Compared with the plan's previous version (--base), every loss of supply is announced
#     under 'wijzigingen_aanbod', by changes that together are at least as large as the
#     loss. Loss is: a care form whose annual capacity went down (all capacity fields
#     together; a rise in one field does not offset a fall in another), a care form that
#     is no longer present, and a department that shrank or disappeared (notitie §6.2:
#     judge discontinuity at the level of departments). A department is the same at the
#     same provider under the same name; a department that moved or was renamed, at the
#     same provider and with the same facility, is no loss as long as its capacity stays.
#     An announced change counts with the difference between capaciteit_voor and
#     capaciteit_na; a closure without figures with the capacity the closed department had;
#     a reduction without figures with nothing. A change covers a department when it names
#     that department, or the provider when it had only one department in the care form.
#   citaat: >-
#     Gedurende de uitwerking van de aanpak ontstaat geen gat in het huidige aanbod van
#     cruciale ggz. […] Zorgverzekeraars en zorgaanbieders bespreken vroegtijdig potentiële
#     wijzigingen in aanbod met elkaar, zodat noodzakelijke zorg behouden blijft. We verrassen
#     elkaar niet meer. (Gespreksleidraad §1.3.1, §1.3.2) — Ook problemen bij specifiek
#     aanbod (een afdeling of team) binnen de aanbieder [moeten] eerder op tafel komen.
#     (notitie §6.2)
#   fout: |
#     # ggzcheck voegt de vorige versie (op --base) toe als vorige_versie:
#     vorige_versie:
#       bestand: regions/zilverduin/2026.yaml
#       revisie: main
#       plan:
#         zorgvormen:
#           klinische_zorg:
#             aanwezig: true
#             jaarlijkse_capaciteit: {patienten_binnen_regio: 1120, patienten_buiten_regio: 60}
#     zorgvormen:
#       klinische_zorg:
#         aanwezig: true
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1060, patienten_buiten_regio: 20}
#     wijzigingen_aanbod:
#       - {zorgvorm: klinische_zorg, aanbieder: GGZ Zilverduin, soort: afbouw, capaciteit_voor: 320, capaciteit_na: 260}
#   goed: |
#     vorige_versie:
#       bestand: regions/zilverduin/2026.yaml
#       revisie: main
#       plan:
#         zorgvormen:
#           klinische_zorg:
#             aanwezig: true
#             jaarlijkse_capaciteit: {patienten_binnen_regio: 1120, patienten_buiten_regio: 60}
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
	some melding in onverklaard_verlies
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Onverklaard verlies
# description: Verlies van aanbod ten opzichte van de vorige versie dat de aangekondigde wijzigingen niet dekken.
# scope: document
onverklaard_verlies contains melding if {
	some vorm, nu in input.zorgvormen
	not nu.aanwezig == false
	dalingen := capaciteit_dalingen(vorm)
	count(dalingen) > 0
	verlies := sum([x | some d in dalingen; x := d.voor - d.na])
	gedekt := aangekondigd(vorm)
	gedekt < verlies
	melding := {
		"pad": sprintf("/zorgvormen/%s/jaarlijkse_capaciteit/%s", [vorm, dalingen[0].veld]),
		"nl": sprintf(
			"De jaarlijkse capaciteit van %s daalde ten opzichte van %s: %s, samen %v minder%s. Leg de afbouw of sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit.",
			[lib.zorgvorm_nl(vorm), bron, lib.opsomming([sprintf("%s van %v naar %v behandelingen of opnames", [d.naam, d.voor, d.na]) | some d in dalingen], "en"), verlies, dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"The annual capacity of %s went down compared with %s: %s, together %v fewer%s. Record the reduction or closure under 'wijzigingen_aanbod', with capaciteit_voor and capaciteit_na, its reason and the discussion with the insurers; or restore the capacity.",
			[lib.zorgvorm_en(vorm), bron_en, lib.opsomming([sprintf("%s from %v to %v treatments or admissions", [d.naam_en, d.voor, d.na]) | some d in dalingen], "and"), verlies, dekking(gedekt, verlies, "en")],
		),
	}
}

onverklaard_verlies contains melding if {
	some vorm, nu in input.zorgvormen
	vorige.zorgvormen[vorm].aanwezig == true
	nu.aanwezig == false
	verlies := capaciteit_totaal(vorige.zorgvormen[vorm])
	gedekt := aangekondigd(vorm)
	afwezig_niet_gedekt(vorm, verlies, gedekt)
	melding := {
		"pad": sprintf("/zorgvormen/%s/aanwezig", [vorm]),
		"nl": sprintf(
			"%s was in %s aanwezig, met %v behandelingen of opnames per jaar, en is dat nu niet meer%s. Leg de sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, of herstel 'aanwezig: true'.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm)), bron, verlies, dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"%s was present in %s, with %v treatments or admissions a year, and no longer is%s. Record the closure under 'wijzigingen_aanbod', with capaciteit_voor and capaciteit_na, or restore 'aanwezig: true'.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), bron_en, verlies, dekking(gedekt, verlies, "en")],
		),
	}
}

# A department that is still there under the same provider and name, with less capacity.
onverklaard_verlies contains melding if {
	some vorm in vergeleken_vormen
	some sleutel, oud in afdelingen_voor[vorm]
	nieuw := afdelingen_na[vorm][sleutel]
	oud.bekend
	nieuw.bekend
	verlies := oud.capaciteit - nieuw.capaciteit
	verlies > 0
	gedekt := afdeling_gedekt(vorm, {sleutel})
	gedekt < verlies
	melding := {
		"pad": sprintf("/zorgvormen/%s/aanbod/%d/capaciteit", [vorm, nieuw.eerste]),
		"nl": sprintf(
			"%s (%s) kromp ten opzichte van %s van %v naar %v behandelingen of opnames%s. Leg de afbouw van deze afdeling vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit.",
			[lib.hoofdletter(naam_nl(oud)), lib.zorgvorm_nl(vorm), bron, oud.capaciteit, nieuw.capaciteit, dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"%s (%s) shrank compared with %s from %v to %v treatments or admissions%s. Record the reduction of this department under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na, its reason and the discussion with the insurers; or restore the capacity.",
			[lib.hoofdletter(naam_en(oud)), lib.zorgvorm_en(vorm), bron_en, oud.capaciteit, nieuw.capaciteit, dekking(gedekt, verlies, "en")],
		),
	}
}

# A department that is gone, with no new department of the same provider and facility.
onverklaard_verlies contains melding if {
	some vorm in vergeleken_vormen
	some sleutel in verdwenen[vorm]
	oud := afdelingen_voor[vorm][sleutel]
	count(vervangers(vorm, oud)) == 0
	not verplaatsing_aangekondigd(vorm, sleutel)
	gedekt := afdeling_gedekt(vorm, {sleutel})
	verdwenen_niet_gedekt(vorm, sleutel, oud, gedekt)
	melding := {
		"pad": sprintf("/zorgvormen/%s/aanbod", [vorm]),
		"nl": sprintf(
			"%s (%s) stond in %s%s en ontbreekt nu%s. Leg de sluiting, afbouw of verplaatsing van deze afdeling vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na; of zet de afdeling terug. Een afdeling die verhuisde of een andere naam kreeg, bij dezelfde aanbieder en met dezelfde voorziening en capaciteit, telt niet als verlies.",
			[lib.hoofdletter(naam_nl(oud)), lib.zorgvorm_nl(vorm), bron, capaciteit_nl(oud), dekking(gedekt, oud.capaciteit, "nl")],
		),
		"en": sprintf(
			"%s (%s) was in %s%s and is missing now%s. Record the closure, reduction or relocation of this department under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na; or put the department back. A department that moved or was renamed, at the same provider and with the same facility and capacity, does not count as a loss.",
			[lib.hoofdletter(naam_en(oud)), lib.zorgvorm_en(vorm), bron_en, capaciteit_en(oud), dekking(gedekt, oud.capaciteit, "en")],
		),
	}
}

# Departments that moved or were renamed (same provider and facility), with less capacity
# in total than they had.
onverklaard_verlies contains melding if {
	some vorm in vergeleken_vormen
	some groep in verhuisgroepen(vorm)
	oud := [afdelingen_voor[vorm][k] | some k in groep.oud]
	nieuw := [afdelingen_na[vorm][k] | some k in groep.nieuw]
	voor := sum([a.capaciteit | some a in oud])
	na := sum([a.capaciteit | some a in nieuw])
	verlies := voor - na
	verlies > 0
	gedekt := afdeling_gedekt(vorm, groep.oud | groep.nieuw)
	gedekt < verlies
	eerste := min({a.eerste | some a in nieuw})
	melding := {
		"pad": sprintf("/zorgvormen/%s/aanbod/%d/capaciteit", [vorm, eerste]),
		"nl": sprintf(
			"Bij %s staat %s niet meer in het plan en kwam %s erbij, bij dezelfde aanbieder en met dezelfde voorziening: verhuisd of hernoemd, maar met minder capaciteit dan in %s, van %v naar %v behandelingen of opnames%s. Leg de afbouw vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na; of herstel de capaciteit.",
			[lib.zorgvorm_nl(vorm), lib.opsomming(sort([naam_nl(a) | some a in oud]), "en"), lib.opsomming(sort([naam_nl(a) | some a in nieuw]), "en"), bron, voor, na, dekking(gedekt, verlies, "nl")],
		),
		"en": sprintf(
			"For %s, %s is no longer in the plan and %s was added, at the same provider and with the same facility: moved or renamed, but with less capacity than in %s, from %v to %v treatments or admissions%s. Record the reduction under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na; or restore the capacity.",
			[lib.zorgvorm_en(vorm), lib.opsomming(sort([naam_en(a) | some a in oud]), "and"), lib.opsomming(sort([naam_en(a) | some a in nieuw]), "and"), bron_en, voor, na, dekking(gedekt, verlies, "en")],
		),
	}
}

# METADATA
# title: Sterke stijging van de wachtlijst heeft een maatregel
# description: >-
#   Vergeleken met de vorige versie van het plan (--base): stijgt het aantal wachtenden of
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
#     Compared with the plan's previous version (--base): when the number of people waiting
#     or of closed waiting lists for a care form rises sharply (thresholds under
#     'vergelijking' in policies/gegevens.yaml), the plan has a measure for that form.
#   citaat: >-
#     Aangeleverde informatie over zorgvragen (zowel zoals verwacht als zoals in
#     werkelijkheid) en over wachtlijsten biedt verder inzicht in of tekorten structureel
#     zijn. (Gespreksleidraad §3.2)
#   fout: |
#     vorige_versie:
#       bestand: regions/zilverduin/2026.yaml
#       revisie: main
#       plan:
#         zorgvormen:
#           beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 14}}
#     zorgvormen:
#       beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 40}}
#   goed: |
#     vorige_versie:
#       bestand: regions/zilverduin/2026.yaml
#       revisie: main
#       plan:
#         zorgvormen:
#           beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 14}}
#     zorgvormen:
#       beveiligde_zorg: {onvervulde_vraag: {aantal_wachtenden: 40}}
#     maatregelen:
#       - {zorgvorm: beveiligde_zorg, soort: individuele_contractering, omschrijving: Vier extra LIZ-plaatsen.}
#   oplossing: >-
#     Neem onder 'maatregelen' een maatregel op voor de zorgvorm, of licht de stijging toe.
#   oplossing_en: >-
#     Add a measure for the care form under 'maatregelen', or explain the rise.
overtreding contains v if {
	some melding in wachtlijst_stijging
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Stijgende wachtlijsten
# description: Sterke stijgingen van wachtenden of gesloten wachtlijsten zonder maatregel voor de zorgvorm.
# scope: document
wachtlijst_stijging contains melding if {
	some vorm, nu in input.zorgvormen
	voor := vorige.zorgvormen[vorm].onvervulde_vraag.aantal_wachtenden
	na := nu.onvervulde_vraag.aantal_wachtenden
	na - voor >= gegevens.vergelijking.wachtenden_stijging_minimaal
	na * 100 >= voor * (100 + gegevens.vergelijking.wachtenden_stijging_procent)
	not heeft_maatregel(vorm)
	melding := {
		"pad": sprintf("/zorgvormen/%s/onvervulde_vraag/aantal_wachtenden", [vorm]),
		"nl": sprintf("Bij %s steeg het aantal wachtenden van %v naar %v ten opzichte van %s, maar het plan heeft geen maatregel voor %s. Neem er een op onder 'maatregelen'.", [lib.zorgvorm_nl(vorm), voor, na, bron, lib.zorgvorm_nl(vorm)]),
		"en": sprintf("For %s the number of people waiting rose from %v to %v compared with %s, but the plan has no measure for it. Add one under 'maatregelen'.", [lib.zorgvorm_en(vorm), voor, na, bron_en]),
	}
}

wachtlijst_stijging contains melding if {
	some vorm, nu in input.zorgvormen
	voor := vorige.zorgvormen[vorm].onvervulde_vraag.aantal_gesloten_wachtlijsten
	na := nu.onvervulde_vraag.aantal_gesloten_wachtlijsten
	na - voor >= gegevens.vergelijking.gesloten_wachtlijsten_stijging
	not heeft_maatregel(vorm)
	melding := {
		"pad": sprintf("/zorgvormen/%s/onvervulde_vraag/aantal_gesloten_wachtlijsten", [vorm]),
		"nl": sprintf("Bij %s steeg het aantal gesloten wachtlijsten van %v naar %v ten opzichte van %s, maar het plan heeft geen maatregel voor %s. Neem er een op onder 'maatregelen'.", [lib.zorgvorm_nl(vorm), voor, na, bron, lib.zorgvorm_nl(vorm)]),
		"en": sprintf("For %s the number of closed waiting lists rose from %v to %v compared with %s, but the plan has no measure for it. Add one under 'maatregelen'.", [lib.zorgvorm_en(vorm), voor, na, bron_en]),
	}
}


# METADATA
# title: Vorige versie
# description: Het plan zoals het op de --base-revisie was (of dat van het vorige inkoopjaar).
vorige := input.vorige_versie.plan

# METADATA
# title: Bron van de vorige versie
# description: Bestand en revisie van de vorige versie, voor in meldingen.
bron := sprintf("%s op %s", [lib.citeer(input.vorige_versie.bestand), lib.citeer(input.vorige_versie.revisie)])

# METADATA
# title: Bron van de vorige versie (Engels)
# description: Bestand en revisie van de vorige versie, voor in Engelse meldingen.
bron_en := sprintf("%s at %s", [lib.citeer(input.vorige_versie.bestand), lib.citeer(input.vorige_versie.revisie)])

# METADATA
# title: Dalingen van de capaciteit
# description: >-
#   De capaciteitsvelden (policies/gegevens.yaml, 'capaciteitsvelden') van een zorgvorm die
#   daalden ten opzichte van de vorige versie, in de volgorde van de gegevens.
capaciteit_dalingen(vorm) := [d |
	some c in gegevens.capaciteitsvelden
	voor := vorige.zorgvormen[vorm].jaarlijkse_capaciteit[c.veld]
	na := input.zorgvormen[vorm].jaarlijkse_capaciteit[c.veld]
	is_number(voor)
	is_number(na)
	na < voor
	d := {"veld": c.veld, "naam": c.naam, "naam_en": c.naam_en, "voor": voor, "na": na}
]

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
# description: Hoeveel de aangekondigde wijzigingen voor een zorgvorm samen van de capaciteit afhalen.
aangekondigd(vorm) := sum([omvang(w) | some w in input.wijzigingen_aanbod; w.zorgvorm == vorm])

# METADATA
# title: Omvang van een wijziging
# scope: document
# description: >-
#   Hoeveel capaciteit een wijziging afhaalt: capaciteit_voor min capaciteit_na; bij een
#   sluiting zonder capaciteit_na alles; bij een sluiting zonder getallen de capaciteit die
#   de gesloten afdelingen in de vorige versie hadden; anders niets.
omvang(w) := w.capaciteit_voor - w.capaciteit_na if {
	is_number(w.capaciteit_voor)
	is_number(w.capaciteit_na)
	w.capaciteit_voor > w.capaciteit_na
}

omvang(w) := w.capaciteit_voor if {
	w.soort == "sluiting"
	is_number(w.capaciteit_voor)
	not is_number(object.get(w, "capaciteit_na", null))
}

omvang(w) := sum([a.capaciteit | some k, a in afdelingen_voor[w.zorgvorm]; k in genoemd(w)]) if {
	w.soort == "sluiting"
	not is_number(object.get(w, "capaciteit_voor", null))
	not is_number(object.get(w, "capaciteit_na", null))
}

omvang(w) := 0 if not heeft_omvang(w)

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
	"; de aangekondigde wijzigingen halen er samen %v af, dus %v behandelingen of opnames zijn niet aangekondigd",
	[gedekt, verlies - gedekt],
) if gedekt > 0

dekking(gedekt, verlies, "en") := sprintf(
	"; the changes announced take off %v together, so %v treatments or admissions are unannounced",
	[gedekt, verlies - gedekt],
) if gedekt > 0

# METADATA
# title: Vergeleken zorgvormen
# description: >-
#   De zorgvormen waarvan de afdelingen met de vorige versie worden vergeleken: in beide
#   versies aanwezig (een zorgvorm die verdween, meldt de regel over de zorgvorm).
vergeleken_vormen contains vorm if {
	some vorm, nu in input.zorgvormen
	is_object(vorige.zorgvormen[vorm])
	not nu.aanwezig == false
}

# METADATA
# title: Afdelingen in de vorige versie
# description: Per zorgvorm de afdelingen van de vorige versie, op hun sleutel (aanbieder en afdeling).
afdelingen_voor[vorm] := afdelingen(object.get(vorige.zorgvormen[vorm], "aanbod", [])) if {
	some vorm, z in vorige.zorgvormen
	gegevens.zorgvormen[vorm]
	is_object(z)
}

# METADATA
# title: Afdelingen nu
# description: Per zorgvorm de afdelingen van dit plan, op hun sleutel (aanbieder en afdeling).
afdelingen_na[vorm] := afdelingen(object.get(input.zorgvormen[vorm], "aanbod", [])) if {
	some vorm in vergeleken_vormen
}

# METADATA
# title: Afdelingen
# description: >-
#   De afdelingen van een lijst aanbod, op hun sleutel: aanbieder en afdeling zonder
#   hoofdletters en dubbele spaties. Staat dezelfde afdeling er meer dan eens, dan telt
#   haar capaciteit samen. eerste: de plaats van het eerste item in de lijst.
afdelingen(alle) := {sleutel: afdeling |
	# The previous version comes from git and was not checked against the format: take
	# no more items than the format allows ('maxItems' of 'aanbod'), so that a hostile
	# list cannot make this quadratic comparison run away.
	lijst := array.slice(alle, 0, 200)
	some a in lijst
	is_object(a)
	sleutel := afdeling_sleutel(a)
	leden := [[i, b] | some i, b in lijst; is_object(b); afdeling_sleutel(b) == sleutel]
	capaciteiten := [c | some lid in leden; c := lid[1].capaciteit; is_number(c)]
	afdeling := {
		"eerste": leden[0][0],
		"aanbieder": leden[0][1].aanbieder,
		"aanbieder_sleutel": naam_sleutel(leden[0][1].aanbieder),
		"afdeling": object.get(leden[0][1], "afdeling", ""),
		"afdeling_sleutel": naam_sleutel(object.get(leden[0][1], "afdeling", "")),
		"voorziening": lib.voorziening(object.get(leden[0][1], "voorziening", "")),
		"capaciteit": sum(capaciteiten),
		"bekend": count(capaciteiten) > 0,
	}
}

# METADATA
# title: Sleutel van een afdeling
# description: Aanbieder en afdeling, zonder hoofdletters en dubbele spaties, als één tekst.
afdeling_sleutel(a) := json.marshal([naam_sleutel(a.aanbieder), naam_sleutel(object.get(a, "afdeling", ""))])

# METADATA
# title: Sleutel van een naam
# description: Een naam zonder hoofdletters en met enkele spaties, om dezelfde naam te herkennen.
naam_sleutel(naam) := regex.replace(lower(trim_space(sprintf("%v", [naam]))), `\s+`, " ")

# METADATA
# title: Verdwenen afdelingen
# description: Per zorgvorm de sleutels van afdelingen die in de vorige versie stonden en nu niet.
verdwenen[vorm] := {k | some k, _ in afdelingen_voor[vorm]; not afdelingen_na[vorm][k]} if {
	some vorm in vergeleken_vormen
}

# METADATA
# title: Nieuwe afdelingen
# description: Per zorgvorm de sleutels van afdelingen die nu in het plan staan en in de vorige versie niet.
nieuw[vorm] := {k | some k, _ in afdelingen_na[vorm]; not afdelingen_voor[vorm][k]} if {
	some vorm in vergeleken_vormen
}

# METADATA
# title: Vervangers
# description: >-
#   De nieuwe afdelingen van dezelfde aanbieder met dezelfde voorziening als een verdwenen
#   afdeling: daar is zij heen verhuisd of zo heet zij nu.
vervangers(vorm, oud) := {k |
	some k in nieuw[vorm]
	a := afdelingen_na[vorm][k]
	a.aanbieder_sleutel == oud.aanbieder_sleutel
	a.voorziening == oud.voorziening
}

# METADATA
# title: Verhuisgroepen
# description: >-
#   Verdwenen en nieuwe afdelingen van dezelfde aanbieder met dezelfde voorziening, samen:
#   hun capaciteit wordt als geheel vergeleken, zodat een verhuizing of nieuwe naam bij gelijke
#   capaciteit geen verlies is.
verhuisgroepen(vorm) := {groep |
	some k in verdwenen[vorm]
	oud := afdelingen_voor[vorm][k]
	nieuwe := vervangers(vorm, oud)
	count(nieuwe) > 0
	groep := {
		"oud": {j |
			some j in verdwenen[vorm]
			afdelingen_voor[vorm][j].aanbieder_sleutel == oud.aanbieder_sleutel
			afdelingen_voor[vorm][j].voorziening == oud.voorziening
		},
		"nieuw": nieuwe,
	}
}

# METADATA
# title: Verdwenen afdeling niet gedekt
# description: >-
#   Een verdwenen afdeling is niet gedekt als de aangekondigde wijzigingen voor haar samen
#   kleiner zijn dan haar capaciteit, of, als haar capaciteit onbekend was, als er voor haar
#   geen vermindering is aangekondigd.
# scope: document
verdwenen_niet_gedekt(_, _, oud, gedekt) if {
	oud.bekend
	gedekt < oud.capaciteit
}

verdwenen_niet_gedekt(vorm, sleutel, oud, _) if {
	not oud.bekend
	not vermindering_genoemd(vorm, sleutel)
}

# METADATA
# title: Vermindering voor een afdeling
# description: Er is een afbouw of sluiting, of een wijziging die de capaciteit verlaagt, die deze afdeling noemt.
vermindering_genoemd(vorm, sleutel) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	vermindering(w)
	sleutel in genoemd(w)
}

# METADATA
# title: Verplaatsing aangekondigd
# description: >-
#   Er is een verplaatsing aangekondigd die deze afdeling noemt en haar capaciteit niet
#   verlaagt: de afdeling is verhuisd, ook als zij nu anders heet of een andere voorziening
#   noemt. Een verplaatsing met een lagere capaciteit_na telt als vermindering.
verplaatsing_aangekondigd(vorm, sleutel) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	w.soort == "verplaatsing"
	not vermindering(w)
	sleutel in genoemd(w)
}

# METADATA
# title: Gedekt voor afdelingen
# description: Hoeveel de aangekondigde wijzigingen die een van deze afdelingen noemen, samen afhalen.
afdeling_gedekt(vorm, sleutels) := sum([omvang(w) |
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	count(genoemd(w) & sleutels) > 0
])

# METADATA
# title: Genoemde afdelingen
# description: >-
#   De sleutels van de afdelingen (in de vorige versie en nu) die een wijziging noemt: de
#   afdeling met haar aanbieder en afdelingsnaam; zonder afdelingsnaam de enige afdeling
#   van die aanbieder bij de zorgvorm. Een wijziging zonder afdeling bij een aanbieder met
#   meer afdelingen noemt er geen: zeg welke afdeling het is (notitie §6.2).
# scope: document
genoemd(w) := {k |
	some lijst in [object.get(afdelingen_voor, w.zorgvorm, {}), object.get(afdelingen_na, w.zorgvorm, {})]
	some k, a in lijst
	a.aanbieder_sleutel == naam_sleutel(w.aanbieder)
	a.afdeling_sleutel == naam_sleutel(w.afdeling)
} if w.afdeling

genoemd(w) := {k |
	some lijst in [object.get(afdelingen_voor, w.zorgvorm, {}), object.get(afdelingen_na, w.zorgvorm, {})]
	van_aanbieder := {j | some j, a in lijst; a.aanbieder_sleutel == naam_sleutel(w.aanbieder)}
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
capaciteit_nl(a) := sprintf(" met %v behandelingen of opnames", [a.capaciteit]) if a.bekend

capaciteit_nl(a) := "" if not a.bekend

# METADATA
# title: Capaciteit van een verdwenen afdeling (Engels)
# description: De capaciteit die een verdwenen afdeling had, in een Engelse zin.
# scope: document
capaciteit_en(a) := sprintf(" with %v treatments or admissions", [a.capaciteit]) if a.bekend

capaciteit_en(a) := "" if not a.bekend

# METADATA
# title: Heeft een maatregel
# description: Het plan heeft een maatregel voor de zorgvorm, met meer dan een plaatshouder als omschrijving.
heeft_maatregel(vorm) if {
	some m in input.maatregelen
	m.zorgvorm == vorm
	not lib.inhoud_ontbreekt(m, "omschrijving")
}
