# METADATA
# title: "A. Geen verlies van aanbod om financiële redenen"
# description: >-
#   Er verdwijnt geen aanbod van cruciale ggz om financiële redenen
#   (Gespreksleidraad §1.3.2, §2.2, §3.4). Zorgverzekeraars en zorgaanbieders
#   bespreken wijzigingen in aanbod vroegtijdig met elkaar, zodat noodzakelijke zorg
#   behouden blijft: "We verrassen elkaar niet meer" (Gespreksleidraad §1.3.1).
package ggzcheck.afspraken.aanbodbehoud

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Geen afbouw of sluiting om financiële redenen
# description: >-
#   Een afbouw of sluiting van aanbod, of een wijziging die de capaciteit verlaagt, mag
#   geen financiële reden hebben. Aanbod mag om andere redenen veranderen; het doel is
#   toegang tot zorg (notitie §6.2). De bron volgt het inkoopjaar: voor 2025 de afspraak
#   dat geen aanbod verdwijnt om financiële redenen (§1.3.2); vanaf 2026, als de werkwijze
#   van de Gespreksleidraad geldt, de afspraak dat er tijdens de uitwerking geen gat in het
#   huidige aanbod ontstaat (§2.2, §3.4).
# custom:
#   id: aanbod-financiele-reden
#   severity: error
#   source: Gespreksleidraad §1.3.2 (inkoopjaar 2025); §2.2, §3.4 (vanaf 2026)
#   title_en: No reduction or closure for financial reasons
#   afwijking_mogelijk: false
#   description_en: >-
#     A reduction or closure of supply, or a change that lowers capacity, must not have a
#     financial reason. Supply may change for other reasons; the goal is access (notitie
#     §6.2). The source follows the contracting year: for 2025 the agreement that no supply
#     disappears for financial reasons (§1.3.2); from 2026, when the guide's way of working
#     applies, the agreement that no gap arises in the current supply (§2.2, §3.4).
#   citaat: >-
#     Voor de inkoop voor 2025 spraken verzekeraars en aanbieders af dat zij de in
#     december 2023 vastgestelde zorgvormen in ieder geval voldoende aanbieden en inkopen,
#     en er geen aanbod verdwijnt vanwege financiële redenen. (Gespreksleidraad §1.3.2) —
#     Bestuurlijk spraken partijen af dat er tijdens de uitwerking van de aanpak voor de
#     inkoop vanaf 2026 geen gat ontstaat in het huidige aanbod van cruciale ggz.
#     (Gespreksleidraad §2.2, ook §3.4)
#   fout: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [financieel]
#   goed: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [personeel]
#   oplossing: >-
#     Zoek met de zorgverzekeraars een oplossing die het aanbod behoudt. Heeft de
#     wijziging een andere, niet-financiële reden, leg die dan vast onder 'redenen' en
#     licht haar toe.
#   oplossing_en: >-
#     Work out with the insurers a way to keep the supply. If the change has another, non-
#     financial reason, record that under 'redenen' and explain it.
overtreding contains v if {
	some i, w in input.wijzigingen_aanbod
	vermindering(w)
	some j, reden in w.redenen
	reden in gegevens.financiele_redenen
	afspraak := financiele_afspraak
	v := lib.bevinding_met_bron(
		rego.metadata.rule(),
		sprintf("/wijzigingen_aanbod/%d/redenen/%d", [i, j]),
		sprintf(
			"De %s noemt '%s' als reden. %s Zoek met de zorgverzekeraars een oplossing die het aanbod behoudt; heeft de wijziging een andere reden, zet die dan onder 'redenen'.",
			[wijziging_nl(w), reden, afspraak.nl],
		),
		sprintf(
			"The %s gives '%s' (financial) as a reason. %s Work out with the insurers a way to keep the supply; if the change has another reason, put that under 'redenen' instead.",
			[wijziging_en(w), reden, afspraak.en],
		),
		afspraak.bron,
	)
}

# METADATA
# title: Geen financiële reden onder een ander label
# description: >-
#   Een afbouw of sluiting, of een wijziging die de capaciteit verlaagt, waarvan de
#   toelichting in woorden een financiële reden geeft ("tarief niet kostendekkend",
#   "bezuiniging", "omzetplafond bereikt"; 'financiele_woorden' in policies/gegevens.yaml)
#   terwijl onder 'redenen' geen financiële reden staat. Een waarschuwing, want een woord
#   zegt niet altijd een reden; staat 'financieel' wel onder 'redenen', dan is het een fout
#   (aanbod-financiele-reden). De bron volgt het inkoopjaar, zoals bij aanbod-financiele-reden.
# custom:
#   id: aanbod-financiele-toelichting
#   severity: warning
#   source: Gespreksleidraad §1.3.2 (inkoopjaar 2025); §2.2, §3.4 (vanaf 2026)
#   title_en: No financial reason under another label
#   afwijking_mogelijk: true
#   description_en: >-
#     A reduction or closure, or a change that lowers capacity, whose explanation gives a
#     financial reason in words ("tarief niet kostendekkend", "bezuiniging", "omzetplafond
#     bereikt"; 'financiele_woorden' in policies/gegevens.yaml) while 'redenen' lists no
#     financial reason. A warning, because a word does not always state a reason; when
#     'financieel' is listed under 'redenen' it is an error (aanbod-financiele-reden). The
#     source follows the contracting year, as for aanbod-financiele-reden.
#   citaat: >-
#     Voor de inkoop voor 2025 spraken verzekeraars en aanbieders af dat zij de in
#     december 2023 vastgestelde zorgvormen in ieder geval voldoende aanbieden en inkopen,
#     en er geen aanbod verdwijnt vanwege financiële redenen. (Gespreksleidraad §1.3.2) —
#     Bestuurlijk spraken partijen af dat er tijdens de uitwerking van de aanpak voor de
#     inkoop vanaf 2026 geen gat ontstaat in het huidige aanbod van cruciale ggz.
#     (Gespreksleidraad §2.2, ook §3.4)
#   fout: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: sluiting
#         ingangsdatum: 2026-01-01
#         redenen: [anders]
#         toelichting: Het omzetplafond is bereikt en het tarief is niet kostendekkend.
#   goed: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: sluiting
#         ingangsdatum: 2026-01-01
#         redenen: [zorgtransformatie]
#         toelichting: De patiënten krijgen intensieve thuisbehandeling in plaats van een opname.
#   oplossing: >-
#     Is de reden financieel, zoek dan met de zorgverzekeraars een oplossing die het aanbod
#     behoudt. Is zij dat niet, schrijf in 'toelichting' de werkelijke reden; zegt het woord
#     hier iets anders, leg dat dan vast onder 'afwijkingen'.
#   oplossing_en: >-
#     If the reason is financial, work out with the insurers a way to keep the supply. If it
#     is not, write the real reason in 'toelichting'; if the word means something else here,
#     record that under 'afwijkingen'.
overtreding contains v if {
	some i, w in input.wijzigingen_aanbod
	vermindering(w)
	not financiele_reden(w)
	gevonden := financiele_woorden(object.get(w, "toelichting", ""))
	count(gevonden) > 0
	geciteerd := [sprintf("'%s'", [lib.citeer(x)]) | some x in array.slice(sort(gevonden), 0, 5)] # a message never lists a whole text
	woorden_nl := lib.opsomming(geciteerd, "en")
	woorden_en := lib.opsomming(geciteerd, "and")
	afspraak := financiele_afspraak
	v := lib.bevinding_met_bron(
		rego.metadata.rule(),
		sprintf("/wijzigingen_aanbod/%d/toelichting", [i]),
		sprintf(
			"De %s noemt als %s %s, maar de toelichting spreekt van %s: een financiële reden. %s Is de reden financieel, zoek dan met de zorgverzekeraars een oplossing die het aanbod behoudt; is zij dat niet, schrijf de werkelijke reden in 'toelichting'.",
			[wijziging_nl(w), lib.getal(count(w.redenen), "reden", "redenen"), redenen_tekst(w, "en"), woorden_nl, afspraak.nl],
		),
		sprintf(
			"The %s gives %s as its %s, but its explanation speaks of %s: a financial reason. %s If the reason is financial, work out with the insurers a way to keep the supply; if it is not, write the real reason in 'toelichting'.",
			[wijziging_en(w), redenen_tekst(w, "and"), lib.getal(count(w.redenen), "reason", "reasons"), woorden_en, afspraak.en],
		),
		afspraak.bron,
	)
}

# METADATA
# title: Financiële reden gekozen
# description: Een wijziging die onder 'redenen' een financiële reden noemt.
financiele_reden(w) if {
	some reden in w.redenen
	reden in gegevens.financiele_redenen
}

# METADATA
# title: Redenen in een zin
# description: De gekozen redenen tussen aanhalingstekens, zoals ze in het plan staan, met het voegwoord van de taal.
redenen_tekst(w, voegwoord) := lib.opsomming([sprintf("'%s'", [lib.citeer(r)]) | some r in w.redenen], voegwoord)

# METADATA
# title: Financiële woorden in een tekst
# description: >-
#   De woorden uit 'financiele_woorden' (policies/gegevens.yaml) die een tekst gebruikt, zoals
#   de tekst ze schrijft: zonder hoofdletters en leestekens, tot het eind van het woord
#   ('bezuinig' in 'Bezuinigingen.' wordt 'bezuinigingen'). Vergeleken als begin van een
#   woord, zodat 'tarief' niet in 'personeelstarief' maar wel in 'NZa-tarief' gevonden wordt.
# scope: document
financiele_woorden(tekst) := {gevonden |
	is_string(tekst)
	t := concat("", [" ", lib.woorden(tekst), " "])
	regex.match(financiele_patroon, t) # one search skips a text without any of the terms
	some woord in financiele_zoektermen
	some i in indexof_n(t, woord)
	na := substring(t, i + count(woord), -1)
	gevonden := trim_space(concat("", [woord, substring(na, 0, indexof(na, " "))]))
}

# METADATA
# title: Financiële zoektermen
# description: De woorden uit 'financiele_woorden' met een spatie ervoor, als begin van een woord; eenmaal per proces berekend (internal/policy/constants.go).
financiele_zoektermen := {concat("", [" ", lib.woorden(w)]) | some w in gegevens.financiele_woorden}

# METADATA
# title: Patroon van de financiële zoektermen
# description: >-
#   De zoektermen als één patroon: een tekst past erop als hij minstens één zoekterm bevat.
#   Een zoekterm heeft alleen letters, cijfers en spaties, dus geen tekens die in een patroon
#   iets betekenen; eenmaal per proces berekend (internal/policy/constants.go).
financiele_patroon := concat("|", financiele_zoektermen)

# METADATA
# title: De afspraak over financiële redenen
# description: >-
#   De afspraak die voor het inkoopjaar van het plan geldt, met haar bron: voor 2025 §1.3.2,
#   vanaf het jaar waarin de werkwijze van de Gespreksleidraad geldt (tijdlijn.vanaf_inkoopjaar
#   in policies/gegevens.yaml) §2.2 en §3.4.
# scope: document
financiele_afspraak := {
	"bron": "Gespreksleidraad §1.3.2",
	"nl": "Voor de inkoop voor 2025 spraken verzekeraars en aanbieders af dat er geen aanbod van cruciale ggz verdwijnt vanwege financiële redenen (Gespreksleidraad §1.3.2).",
	"en": "For purchasing in 2025, insurers and providers agreed that no supply of crucial mental-health care disappears for financial reasons (Gespreksleidraad §1.3.2).",
} if jaar < gegevens.tijdlijn.vanaf_inkoopjaar

financiele_afspraak := {
	"bron": "Gespreksleidraad §2.2, §3.4",
	"nl": sprintf("Bestuurlijk spraken partijen af dat er tijdens de uitwerking van de aanpak voor de inkoop vanaf inkoopjaar %d geen gat ontstaat in het huidige aanbod van cruciale ggz (Gespreksleidraad §2.2, §3.4); dat aanbod verdwijnt dus ook niet om financiële redenen.", [gegevens.tijdlijn.vanaf_inkoopjaar]),
	"en": sprintf("The parties agreed that no gap arises in the current supply of crucial mental-health care while the approach for purchasing from contracting year %d on is worked out (Gespreksleidraad §2.2, §3.4); so that supply does not disappear for financial reasons either.", [gegevens.tijdlijn.vanaf_inkoopjaar]),
} if jaar >= gegevens.tijdlijn.vanaf_inkoopjaar

# METADATA
# title: Inkoopjaar
# description: Het inkoopjaar van het plan; zonder (geldig) inkoopjaar het eerste jaar van de werkwijze van de Gespreksleidraad.
# scope: document
jaar := input.inkoopjaar if is_number(input.inkoopjaar)

jaar := gegevens.tijdlijn.vanaf_inkoopjaar if not is_number(object.get(input, "inkoopjaar", null))

# METADATA
# title: Afbouw of sluiting zegt hoe de toegang geborgd blijft
# description: >-
#   Het doel is toegankelijkheid van cruciale ggz, niet het in stand houden van een
#   bepaalde functie (notitie §6.2). Een wijziging die aanbod vermindert, zegt daarom
#   hoe patiënten daarna toegang tot zorg houden; een plaatshouder als 'n.v.t.' (zie
#   'plaatshouders' in policies/gegevens.yaml) zegt dat niet.
# custom:
#   id: aanbod-borging-toegang
#   severity: error
#   source: notitie §6.2; Gespreksleidraad §1.3.2
#   title_en: A reduction or closure says how access stays guaranteed
#   afwijking_mogelijk: true
#   description_en: >-
#     The goal is access to crucial care, not keeping a particular function. A change that
#     reduces supply therefore says how patients keep access to care afterwards; a
#     placeholder such as 'n.v.t.' (see 'plaatshouders' in policies/gegevens.yaml) does not.
#   citaat: >-
#     Een belangrijke kanttekening is dat het gezamenlijk vastgestelde doel om het borgen
#     van toegankelijkheid van cruciale ggz gaat – regionaal en landelijk – en niet
#     noodzakelijkerwijs over het in stand houden van specifieke bijzondere functies in
#     een regio. (notitie §6.2)
#   fout: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [zorgtransformatie]
#   goed: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [zorgtransformatie]
#         borging_toegang: Het IHT-team groeit met 60 behandelingen per jaar.
#   oplossing: >-
#     Leg onder 'borging_toegang' vast waar en hoe de patiënten na de afbouw of sluiting
#     geholpen worden.
#   oplossing_en: >-
#     Record under 'borging_toegang' where and how patients will be served after the
#     reduction or closure.
overtreding contains v if {
	some i, w in input.wijzigingen_aanbod
	vermindering(w)
	lib.inhoud_ontbreekt(w, "borging_toegang")
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/wijzigingen_aanbod/%d/borging_toegang", [i]),
		sprintf(
			"De %s zegt niet hoe patiënten daarna toegang tot zorg houden%s. Leg onder 'borging_toegang' vast waar en hoe zij geholpen worden: het doel is toegankelijkheid, niet het behoud van een bepaalde functie.",
			[wijziging_nl(w), lib.gebrek(w, "borging_toegang", "nl")],
		),
		sprintf(
			"The %s does not say how patients keep access to care afterwards%s. Record under 'borging_toegang' where and how they will be served: the goal is access, not keeping a particular function.",
			[wijziging_en(w), lib.gebrek(w, "borging_toegang", "en")],
		),
	)
}

# METADATA
# title: Wijziging besproken met de zorgverzekeraar voordat zij ingaat
# description: >-
#   Elke wijziging in aanbod is met minstens één zorgverzekeraar besproken, en wel
#   vóór de ingangsdatum.
# custom:
#   id: aanbod-niet-besproken
#   severity: error
#   source: Gespreksleidraad §1.3.1; notitie §6.2
#   title_en: Change discussed with the insurer before it takes effect
#   afwijking_mogelijk: false
#   description_en: >-
#     Every change in supply has been discussed with at least one insurer, before it takes
#     effect.
#   citaat: >-
#     Zorgverzekeraars en zorgaanbieders bespreken vroegtijdig potentiële wijzigingen in
#     aanbod met elkaar, zodat noodzakelijke zorg behouden blijft. We verrassen elkaar
#     niet meer. (Gespreksleidraad §1.3.1)
#   fout: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [zorgtransformatie]
#         borging_toegang: Het IHT-team groeit.
#         besproken_met_zorgverzekeraars:
#           - organisatie: Zorgverzekeraar Duinzorg
#             datum: 2026-02-01
#   goed: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [zorgtransformatie]
#         borging_toegang: Het IHT-team groeit.
#         besproken_met_zorgverzekeraars:
#           - organisatie: Zorgverzekeraar Duinzorg
#             datum: 2025-03-18
#   oplossing: >-
#     Bespreek de wijziging met de zorgverzekeraars voordat zij ingaat, en leg onder
#     'besproken_met_zorgverzekeraars' vast met wie en wanneer. Kan dat niet meer,
#     verschuif dan de ingangsdatum.
#   oplossing_en: >-
#     Discuss the change with the insurers before it takes effect and record with whom and
#     when under 'besproken_met_zorgverzekeraars'. If that is no longer possible, move the
#     effective date.
overtreding contains v if {
	some melding in niet_besproken
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Niet of te laat besproken
# description: Wijzigingen die niet, of pas op of na hun ingangsdatum, met een zorgverzekeraar zijn besproken.
# scope: document
niet_besproken contains melding if {
	some i, w in input.wijzigingen_aanbod
	count(object.get(w, "besproken_met_zorgverzekeraars", [])) == 0
	melding := {
		"pad": sprintf("/wijzigingen_aanbod/%d", [i]),
		"nl": sprintf(
			"De %s, die ingaat op %s, is niet met een zorgverzekeraar besproken. Bespreek elke wijziging in aanbod vroegtijdig met de zorgverzekeraars en leg onder 'besproken_met_zorgverzekeraars' vast met wie en wanneer.",
			[wijziging_nl(w), w.ingangsdatum],
		),
		"en": sprintf(
			"The %s, effective %s, has not been discussed with an insurer. Discuss every change in supply early with the insurers and record with whom and when under 'besproken_met_zorgverzekeraars'.",
			[wijziging_en(w), w.ingangsdatum],
		),
	}
}

niet_besproken contains melding if {
	some i, w in input.wijzigingen_aanbod
	[j, eerste] := eerste_bespreking(w)
	eerste >= w.ingangsdatum
	melding := {
		"pad": sprintf("/wijzigingen_aanbod/%d/besproken_met_zorgverzekeraars/%d/datum", [i, j]),
		"nl": sprintf(
			"De %s gaat in op %s, maar is pas op %s met een zorgverzekeraar besproken. Een wijziging moet besproken zijn voordat zij ingaat: verschuif de ingangsdatum of leg een eerdere bespreking vast.",
			[wijziging_nl(w), w.ingangsdatum, eerste],
		),
		"en": sprintf(
			"The %s takes effect on %s but was first discussed with an insurer on %s. A change must be discussed before it takes effect: move the effective date or record an earlier discussion.",
			[wijziging_en(w), w.ingangsdatum, eerste],
		),
	}
}

# METADATA
# title: Wijziging tijdig besproken
# description: >-
#   Een wijziging in aanbod is ruim voor de ingangsdatum met de zorgverzekeraar
#   besproken: minstens 'minimale_aanlooptijd_dagen' dagen (policies/gegevens.yaml).
# custom:
#   id: aanbod-laat-besproken
#   severity: warning
#   source: Gespreksleidraad §1.3.1
#   title_en: Change discussed in good time
#   afwijking_mogelijk: true
#   description_en: >-
#     A change in supply is discussed with the insurer well ahead of the effective date:
#     at least 'minimale_aanlooptijd_dagen' days (policies/gegevens.yaml, default 90).
#   citaat: >-
#     Zorgverzekeraars en zorgaanbieders bespreken vroegtijdig potentiële wijzigingen in
#     aanbod met elkaar, zodat noodzakelijke zorg behouden blijft. We verrassen elkaar
#     niet meer. (Gespreksleidraad §1.3.1)
#   fout: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [zorgtransformatie]
#         borging_toegang: Het IHT-team groeit.
#         besproken_met_zorgverzekeraars:
#           - organisatie: Zorgverzekeraar Duinzorg
#             datum: 2025-11-20
#   goed: |
#     wijzigingen_aanbod:
#       - zorgvorm: klinische_zorg
#         aanbieder: GGZ Zilverduin
#         soort: afbouw
#         capaciteit_voor: 40
#         capaciteit_na: 30
#         ingangsdatum: 2026-01-01
#         redenen: [zorgtransformatie]
#         borging_toegang: Het IHT-team groeit.
#         besproken_met_zorgverzekeraars:
#           - organisatie: Zorgverzekeraar Duinzorg
#             datum: 2025-03-18
#   oplossing: >-
#     Bespreek wijzigingen eerder, zodat partijen nog kunnen bijsturen; of verschuif de
#     ingangsdatum.
#   oplossing_en: >-
#     Discuss changes sooner, so that the parties can still act; or move the effective
#     date.
overtreding contains v if {
	some i, w in input.wijzigingen_aanbod
	[j, eerste] := eerste_bespreking(w)
	eerste < w.ingangsdatum
	dagen := lib.dagen_tussen(eerste, w.ingangsdatum)
	dagen < gegevens.minimale_aanlooptijd_dagen
	v := lib.bevinding(
		rego.metadata.rule(),
		sprintf("/wijzigingen_aanbod/%d/besproken_met_zorgverzekeraars/%d/datum", [i, j]),
		sprintf(
			"De %s is %s voor de ingangsdatum (%s) voor het eerst met een zorgverzekeraar besproken. De afspraak is dat wijzigingen vroegtijdig besproken worden (Gespreksleidraad §1.3.1); ggzcheck rekent daarvoor minstens %s. Bespreek wijzigingen eerder, zodat partijen nog kunnen bijsturen, of verschuif de ingangsdatum.",
			[wijziging_nl(w), lib.aantal(dagen, "dag", "dagen"), w.ingangsdatum, lib.aantal(gegevens.minimale_aanlooptijd_dagen, "dag", "dagen")],
		),
		sprintf(
			"The %s was first discussed with an insurer %s before it takes effect (%s). The agreement is to discuss changes early (Gespreksleidraad §1.3.1); ggzcheck counts at least %s for that. Discuss changes sooner, so that the parties can still act, or move the effective date.",
			[wijziging_en(w), lib.aantal(dagen, "day", "days"), w.ingangsdatum, lib.aantal(gegevens.minimale_aanlooptijd_dagen, "day", "days")],
		),
	)
}

# METADATA
# title: De afdelingen tellen op tot de capaciteit
# description: >-
#   Geeft het plan het aanbod van een zorgvorm per afdeling, elk met haar capaciteit, dan
#   tellen die op tot de jaarlijkse capaciteit van de zorgvorm (alle capaciteitsvelden
#   samen). Alleen dan valt in de vergelijking met de vorige versie een afdeling op die
#   krimpt of verdwijnt (notitie §6.2: discontinuïteit op het niveau van afdelingen
#   beoordelen). Anders een waarschuwing die het verschil noemt.
# custom:
#   id: aanbod-afdelingen-capaciteit
#   severity: warning
#   source: Gespreksleidraad §3.1.2, Bijlage 2; notitie §6.2
#   title_en: The departments add up to the capacity
#   afwijking_mogelijk: true
#   description_en: >-
#     When the plan gives a care form's supply per department, each with its capacity, those
#     add up to the form's annual capacity (all capacity fields together). Only then does a
#     department that shrinks or disappears show in the comparison with the previous version
#     (notitie §6.2: judge discontinuity at the level of departments). Otherwise a warning
#     that names the difference.
#   citaat: >-
#     Het borgen van toegankelijke zorg voor deze patiënten betekent onder andere dat we voor
#     deze zorg discontinuïteit op het niveau van onderdelen/afdelingen moeten beoordelen, en
#     niet alleen op het niveau van een gehele zorgaanbieder. (notitie, samenvatting)
#   fout: |
#     zorgvormen:
#       acute_zorg:
#         aanwezig: true
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1290, patienten_buiten_regio: 20}
#         aanbod:
#           - {aanbieder: Moerland GGZ, afdeling: Crisisdienst Hoogmoer, voorziening: crisisdienst, capaciteit: 655}
#   goed: |
#     zorgvormen:
#       acute_zorg:
#         aanwezig: true
#         jaarlijkse_capaciteit: {patienten_binnen_regio: 1290, patienten_buiten_regio: 20}
#         aanbod:
#           - {aanbieder: Moerland GGZ, afdeling: Crisisdienst Hoogmoer, voorziening: crisisdienst, capaciteit: 1310}
#   oplossing: >-
#     Controleer de capaciteit per afdeling ('aanbod[].capaciteit') en de jaarlijkse
#     capaciteit van de zorgvorm ('jaarlijkse_capaciteit'): samen horen ze gelijk te zijn.
#   oplossing_en: >-
#     Check each department's capacity ('aanbod[].capaciteit') and the care form's annual
#     capacity ('jaarlijkse_capaciteit'): together they should be equal.
overtreding contains v if {
	some melding in afdelingen_kloppen_niet
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Afdelingen kloppen niet
# description: Zorgvormen waarvan de afdelingen, elk met een capaciteit, niet optellen tot de jaarlijkse capaciteit.
# scope: document
afdelingen_kloppen_niet contains melding if {
	some vorm, z in input.zorgvormen
	z.aanwezig == true
	count(z.aanbod) > 0
	capaciteiten := [c | some a in z.aanbod; c := a.capaciteit; is_number(c)]
	count(capaciteiten) == count(z.aanbod)
	jaarlijks := object.get(z, "jaarlijkse_capaciteit", {})
	getallen := [n | some veld in capaciteit_sleutels; n := jaarlijks[veld]; is_number(n)]
	count(getallen) == count(capaciteit_sleutels)
	afdelingen := sum(capaciteiten)
	totaal := sum(getallen)
	afdelingen != totaal

	# Only for the message, once the totals differ.
	velden := [{"naam": c.naam, "naam_en": c.naam_en, "n": jaarlijks[c.veld]} | some c in gegevens.capaciteitsvelden]
	melding := {
		"pad": sprintf("/zorgvormen/%s/aanbod", [vorm]),
		"nl": sprintf(
			"De afdelingen van %s tellen op tot %s, maar de jaarlijkse capaciteit is %s (%s): een verschil van %s. Controleer de capaciteit per afdeling ('aanbod[].capaciteit') en de jaarlijkse capaciteit ('jaarlijkse_capaciteit'); alleen als ze kloppen, valt een afdeling op die krimpt of verdwijnt.",
			[lib.zorgvorm_nl(vorm), opnames_nl(afdelingen), opnames_nl(totaal), lib.opsomming([sprintf("%d %s", [v.n, v.naam]) | some v in velden], "en"), opnames_nl(abs(afdelingen - totaal))],
		),
		"en": sprintf(
			"The departments of %s add up to %s, but the annual capacity is %s (%s): a difference of %s. Check each department's capacity ('aanbod[].capaciteit') and the annual capacity ('jaarlijkse_capaciteit'); only when they agree does a department that shrinks or disappears show.",
			[lib.zorgvorm_en(vorm), opnames_en(afdelingen), opnames_en(totaal), lib.opsomming([sprintf("%d %s", [v.n, v.naam_en]) | some v in velden], "and"), opnames_en(abs(afdelingen - totaal))],
		),
	}
}

# METADATA
# title: Sleutels van de capaciteitsvelden
# description: De sleutels van de capaciteitsvelden (policies/gegevens.yaml); eenmaal per proces berekend (internal/policy/constants.go).
capaciteit_sleutels := [c.veld | some c in gegevens.capaciteitsvelden]

# METADATA
# title: Behandelingen of opnames
# description: Een capaciteit met haar eenheid, in enkelvoud of meervoud.
opnames_nl(n) := lib.aantal(n, "behandeling of opname", "behandelingen of opnames")

# METADATA
# title: Behandelingen of opnames (Engels)
# description: Een capaciteit met haar eenheid, in enkelvoud of meervoud, in het Engels.
opnames_en(n) := lib.aantal(n, "treatment or admission", "treatments or admissions")

# METADATA
# title: Vermindering
# description: Een wijziging die aanbod vermindert, naar haar soort of naar haar capaciteit.
# scope: document
default vermindering(_) := false # a value, unlike undefined, OPA remembers per plan: three rules ask it per change

vermindering(w) if gegevens.wijzigingen[w.soort].vermindering

vermindering(w) if w.capaciteit_na < w.capaciteit_voor

# METADATA
# title: Eerste bespreking
# description: De index en datum van de vroegste bespreking met een zorgverzekeraar.
eerste_bespreking(w) := [j, eerste] if {
	besprekingen := w.besproken_met_zorgverzekeraars
	eerste := min({b.datum | some b in besprekingen})
	j := min({k | some k, b in besprekingen; b.datum == eerste})
}

# METADATA
# title: Beschrijving van een wijziging
# description: Soort, aanbieder, afdeling en zorgvorm van een wijziging, voor in meldingen.
wijziging_nl(w) := sprintf("%s bij %s%s (%s)", [
	gegevens.wijzigingen[w.soort].naam,
	lib.citeer(w.aanbieder), afdeling(w, ", afdeling "),
	lib.zorgvorm_nl(w.zorgvorm),
])

# METADATA
# title: Beschrijving van een wijziging (Engels)
# description: Soort, aanbieder, afdeling en zorgvorm van een wijziging, voor in Engelse meldingen.
wijziging_en(w) := sprintf("%s at %s%s (%s)", [
	gegevens.wijzigingen[w.soort].naam_en,
	lib.citeer(w.aanbieder), afdeling(w, ", department "),
	lib.zorgvorm_en(w.zorgvorm),
])

# METADATA
# title: Afdeling
# description: De afdeling van een wijziging met een voorvoegsel, of niets als er geen afdeling is.
# scope: document
afdeling(w, voorvoegsel) := concat("", [voorvoegsel, lib.citeer(w.afdeling)]) if w.afdeling

afdeling(w, _) := "" if not w.afdeling
