# Vergelijking met de vorige versie van het plan (afspraak A). ggzcheck zet die versie, als
# 'ggzcheck check --base REVISIE' is gebruikt, in input.vorige_versie: {bestand, revisie,
# plan}. Een plan zelf kan die sleutel niet bevatten: het planformaat kent haar niet.
package ggzcheck.afspraken.aanbodbehoud

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Geen onaangekondigd verlies van aanbod
# description: >-
#   Vergeleken met de vorige versie van het plan (--base): capaciteit die daalde, een
#   zorgvorm die niet meer aanwezig is, of een aanbieder of afdeling die verdween, is
#   aangekondigd onder 'wijzigingen_aanbod'. Een verlaging van capaciteit is gedekt door
#   aangekondigde afbouw of sluiting van minstens die omvang.
# custom:
#   id: aanbod-onverklaard-verlies
#   vereist: vorige_versie
#   severity: error
#   source: Gespreksleidraad §1.3.1, §1.3.2, §2.2, §3.4
#   title_en: No unannounced loss of supply
#   afwijking_mogelijk: false
#   description_en: >-
#     Compared with the plan's previous version (--base): capacity that went down, a care
#     form that is no longer present, or a provider or department that disappeared, is
#     announced under 'wijzigingen_aanbod'. A lower capacity is covered by an announced
#     reduction or closure of at least that size.
#   citaat: >-
#     Gedurende de uitwerking van de aanpak ontstaat geen gat in het huidige aanbod van
#     cruciale ggz. […] Zorgverzekeraars en zorgaanbieders bespreken vroegtijdig potentiële
#     wijzigingen in aanbod met elkaar, zodat noodzakelijke zorg behouden blijft. We verrassen
#     elkaar niet meer. (Gespreksleidraad §1.3.1, §1.3.2)
#   fout: |
#     # ggzcheck voegt de vorige versie (op --base) toe als vorige_versie:
#     vorige_versie:
#       bestand: regions/zilverduin/2026.yaml
#       revisie: main
#       plan:
#         zorgvormen:
#           klinische_zorg: {aanwezig: true, jaarlijkse_capaciteit: {patienten_binnen_regio: 1120}}
#     zorgvormen:
#       klinische_zorg: {aanwezig: true, jaarlijkse_capaciteit: {patienten_binnen_regio: 1000}}
#   goed: |
#     vorige_versie:
#       bestand: regions/zilverduin/2026.yaml
#       revisie: main
#       plan:
#         zorgvormen:
#           klinische_zorg: {aanwezig: true, jaarlijkse_capaciteit: {patienten_binnen_regio: 1120}}
#     zorgvormen:
#       klinische_zorg: {aanwezig: true, jaarlijkse_capaciteit: {patienten_binnen_regio: 1000}}
#     wijzigingen_aanbod:
#       - {zorgvorm: klinische_zorg, aanbieder: GGZ Zilverduin, soort: afbouw, capaciteit_voor: 320, capaciteit_na: 200}
#   oplossing: >-
#     Leg de afbouw of sluiting vast onder 'wijzigingen_aanbod', met de reden en wanneer zij
#     met de zorgverzekeraars besproken is; of herstel het aanbod in het plan.
#   oplossing_en: >-
#     Record the reduction or closure under 'wijzigingen_aanbod', with its reason and when it
#     was discussed with the insurers; or restore the supply in the plan.
overtreding contains v if {
	some melding in onverklaard_verlies
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Onverklaard verlies
# description: Verlies van aanbod ten opzichte van de vorige versie dat geen aangekondigde wijziging dekt.
# scope: document
onverklaard_verlies contains melding if {
	some vorm, nu in input.zorgvormen
	some veld in ["patienten_binnen_regio", "patienten_buiten_regio"]
	voor := vorige.zorgvormen[vorm].jaarlijkse_capaciteit[veld]
	na := nu.jaarlijkse_capaciteit[veld]
	na < voor
	not capaciteit_gedekt(vorm, voor - na)
	melding := {
		"pad": sprintf("/zorgvormen/%s/jaarlijkse_capaciteit/%s", [vorm, veld]),
		"nl": sprintf(
			"De capaciteit %s bij %s daalde van %v naar %v ten opzichte van %s, zonder aangekondigde wijziging die dat dekt. Leg de afbouw vast onder 'wijzigingen_aanbod' (met reden en bespreking met de zorgverzekeraars), of herstel de capaciteit.",
			[capaciteit_nl[veld], lib.zorgvorm_nl(vorm), voor, na, bron],
		),
		"en": sprintf(
			"The capacity %s for %s went down from %v to %v compared with %s, without an announced change covering it. Record the reduction under 'wijzigingen_aanbod' (with its reason and discussion with the insurers), or restore the capacity.",
			[capaciteit_en[veld], lib.zorgvorm_en(vorm), voor, na, bron],
		),
	}
}

onverklaard_verlies contains melding if {
	some vorm, nu in input.zorgvormen
	vorige.zorgvormen[vorm].aanwezig == true
	nu.aanwezig == false
	not vorm_afgebouwd(vorm)
	melding := {
		"pad": sprintf("/zorgvormen/%s/aanwezig", [vorm]),
		"nl": sprintf(
			"%s was in %s aanwezig en is dat nu niet meer, zonder aangekondigde sluiting. Leg de sluiting vast onder 'wijzigingen_aanbod', of herstel 'aanwezig: true'.",
			[lib.hoofdletter(lib.zorgvorm_nl(vorm)), bron],
		),
		"en": sprintf(
			"%s was present in %s and no longer is, without an announced closure. Record the closure under 'wijzigingen_aanbod', or restore 'aanwezig: true'.",
			[lib.hoofdletter(lib.zorgvorm_en(vorm)), bron],
		),
	}
}

onverklaard_verlies contains melding if {
	some vorm, oud in vorige.zorgvormen
	some eerder in oud.aanbod
	not nog_aanwezig(vorm, eerder)
	not aanbod_gewijzigd(vorm, eerder)
	melding := {
		"pad": sprintf("/zorgvormen/%s/aanbod", [vorm]),
		"nl": sprintf(
			"Het aanbod van %s%s bij %s stond in %s en ontbreekt nu, zonder aangekondigde wijziging. Leg de sluiting of verplaatsing vast onder 'wijzigingen_aanbod', of zet het aanbod terug.",
			[eerder.aanbieder, afdeling(eerder, ", afdeling "), lib.zorgvorm_nl(vorm), bron],
		),
		"en": sprintf(
			"The supply of %s%s for %s was in %s and is missing now, without an announced change. Record the closure or relocation under 'wijzigingen_aanbod', or put the supply back.",
			[eerder.aanbieder, afdeling(eerder, ", department "), lib.zorgvorm_en(vorm), bron],
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
		"en": sprintf("For %s the number of people waiting rose from %v to %v compared with %s, but the plan has no measure for it. Add one under 'maatregelen'.", [lib.zorgvorm_en(vorm), voor, na, bron]),
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
		"en": sprintf("For %s the number of closed waiting lists rose from %v to %v compared with %s, but the plan has no measure for it. Add one under 'maatregelen'.", [lib.zorgvorm_en(vorm), voor, na, bron]),
	}
}

# METADATA
# title: Vorige versie
# description: Het plan zoals het op de --base-revisie was (of dat van het vorige inkoopjaar).
vorige := input.vorige_versie.plan

# METADATA
# title: Bron van de vorige versie
# description: Bestand en revisie van de vorige versie, voor in meldingen.
bron := sprintf("%s op %s", [input.vorige_versie.bestand, input.vorige_versie.revisie])

# METADATA
# title: Capaciteit gedekt
# description: >-
#   Een daling van capaciteit is gedekt door een aangekondigde vermindering voor de zorgvorm
#   zonder getallen, of door aangekondigde verminderingen van samen minstens die omvang.
# scope: document
capaciteit_gedekt(vorm, _) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	vermindering(w)
	not is_number(object.get(w, "capaciteit_voor", null))
}

capaciteit_gedekt(vorm, daling) if {
	aangekondigd := sum([verschil |
		some w in input.wijzigingen_aanbod
		w.zorgvorm == vorm
		w.capaciteit_na < w.capaciteit_voor
		verschil := w.capaciteit_voor - w.capaciteit_na
	])
	aangekondigd >= daling
}

# METADATA
# title: Zorgvorm afgebouwd
# description: Er is een aangekondigde sluiting of afbouw voor de zorgvorm.
vorm_afgebouwd(vorm) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	w.soort in {"sluiting", "afbouw"}
}

# METADATA
# title: Nog aanwezig
# description: Hetzelfde aanbod (aanbieder en afdeling) staat nog in het plan.
nog_aanwezig(vorm, eerder) if {
	some nu in input.zorgvormen[vorm].aanbod
	nu.aanbieder == eerder.aanbieder
	object.get(nu, "afdeling", "") == object.get(eerder, "afdeling", "")
}

# METADATA
# title: Aanbod gewijzigd
# description: Er is een aangekondigde sluiting, afbouw of verplaatsing van dit aanbod.
aanbod_gewijzigd(vorm, eerder) if {
	some w in input.wijzigingen_aanbod
	w.zorgvorm == vorm
	w.aanbieder == eerder.aanbieder
	w.soort in {"sluiting", "afbouw", "verplaatsing"}
	object.get(w, "afdeling", object.get(eerder, "afdeling", "")) == object.get(eerder, "afdeling", "")
}

# METADATA
# title: Heeft een maatregel
# description: Het plan heeft een maatregel voor de zorgvorm.
heeft_maatregel(vorm) if {
	some m in input.maatregelen
	m.zorgvorm == vorm
}

# METADATA
# title: Capaciteit (namen)
# description: Hoe de twee capaciteitsvelden in meldingen heten.
capaciteit_nl := {"patienten_binnen_regio": "voor patiënten uit de regio", "patienten_buiten_regio": "voor patiënten van buiten de regio"}

# METADATA
# title: Capaciteit (Engelse namen)
# description: Hoe de twee capaciteitsvelden in Engelse meldingen heten.
capaciteit_en := {"patienten_binnen_regio": "for patients from the region", "patienten_buiten_regio": "for patients from outside the region"}
