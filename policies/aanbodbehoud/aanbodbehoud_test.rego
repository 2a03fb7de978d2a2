package ggzcheck.afspraken.aanbodbehoud_test

import data.ggzcheck.afspraken.aanbodbehoud

wijziging(extra) := object.union(
	{
		"zorgvorm": "klinische_zorg",
		"aanbieder": "GGZ Zilverduin",
		"afdeling": "Kliniek De Helm",
		"soort": "afbouw",
		"capaciteit_voor": 40,
		"capaciteit_na": 30,
		"ingangsdatum": "2026-01-01",
		"redenen": ["personeel"],
		"borging_toegang": "Patiënten gaan naar de kliniek van de buurregio.",
		"besproken_met_zorgverzekeraars": [{"organisatie": "Zorgverzekeraar Duin", "datum": "2025-03-01"}],
	},
	extra,
)

regels(plan) := {v.regel | some v in aanbodbehoud.overtreding with input as plan}

paden(plan) := {v.pad | some v in aanbodbehoud.overtreding with input as plan}

test_personeel_als_reden_mag if {
	regels({"wijzigingen_aanbod": [wijziging({})]}) == set()
}

test_financiele_afbouw_is_fout if {
	plan := {"wijzigingen_aanbod": [wijziging({"redenen": ["personeel", "financieel"]})]}
	regels(plan) == {"aanbod-financiele-reden"}
	paden(plan) == {"/wijzigingen_aanbod/0/redenen/1"}
}

test_financiele_sluiting_is_fout if {
	regels({"wijzigingen_aanbod": [wijziging({"soort": "sluiting", "redenen": ["financieel"]})]}) == {"aanbod-financiele-reden"}
}

test_lagere_capaciteit_telt_als_afbouw if {
	w := wijziging({"soort": "verplaatsing", "capaciteit_voor": 20, "capaciteit_na": 12, "redenen": ["financieel"]})
	regels({"wijzigingen_aanbod": [w]}) == {"aanbod-financiele-reden"}
}

test_financiele_uitbreiding_mag if {
	w := wijziging({"soort": "uitbreiding", "capaciteit_voor": 20, "capaciteit_na": 30, "redenen": ["financieel"]})
	regels({"wijzigingen_aanbod": [w]}) == set()
}

test_niet_besproken_is_fout if {
	w := object.remove(wijziging({}), ["besproken_met_zorgverzekeraars"])
	plan := {"wijzigingen_aanbod": [w]}
	regels(plan) == {"aanbod-niet-besproken"}
	paden(plan) == {"/wijzigingen_aanbod/0"}
}

test_lege_besprekingen_is_fout if {
	regels({"wijzigingen_aanbod": [wijziging({"besproken_met_zorgverzekeraars": []})]}) == {"aanbod-niet-besproken"}
}

test_besproken_na_ingang_is_fout if {
	w := wijziging({"besproken_met_zorgverzekeraars": [
		{"organisatie": "A", "datum": "2026-02-01"},
		{"organisatie": "B", "datum": "2026-01-01"},
	]})
	plan := {"wijzigingen_aanbod": [w]}
	regels(plan) == {"aanbod-niet-besproken"}
	paden(plan) == {"/wijzigingen_aanbod/0/besproken_met_zorgverzekeraars/1/datum"}
}

test_vroegste_bespreking_telt if {
	w := wijziging({"besproken_met_zorgverzekeraars": [
		{"organisatie": "A", "datum": "2026-02-01"},
		{"organisatie": "B", "datum": "2025-06-01"},
	]})
	regels({"wijzigingen_aanbod": [w]}) == set()
}

test_kort_voor_ingang_is_waarschuwing if {
	w := wijziging({"besproken_met_zorgverzekeraars": [{"organisatie": "A", "datum": "2025-12-01"}]})
	plan := {"wijzigingen_aanbod": [w]}
	regels(plan) == {"aanbod-laat-besproken"}
	some v in aanbodbehoud.overtreding with input as plan
	contains(v.nl, "31 dagen")
}

test_aanlooptijd_komt_uit_gegevens if {
	w := wijziging({"besproken_met_zorgverzekeraars": [{"organisatie": "A", "datum": "2025-12-01"}]})
	regels({"wijzigingen_aanbod": [w]}) == set() with data.ggzcheck.gegevens.minimale_aanlooptijd_dagen as 30
}

test_precies_de_aanlooptijd_mag if {
	# 2025-10-03 is 90 dagen voor 2026-01-01.
	w := wijziging({"besproken_met_zorgverzekeraars": [{"organisatie": "A", "datum": "2025-10-03"}]})
	regels({"wijzigingen_aanbod": [w]}) == set()
}

test_geen_wijzigingen_geen_bevindingen if {
	regels({}) == set()
}

test_melding_noemt_aanbieder_en_afdeling if {
	plan := {"wijzigingen_aanbod": [wijziging({"redenen": ["financieel"]})]}
	some v in aanbodbehoud.overtreding with input as plan
	contains(v.nl, "afbouw bij GGZ Zilverduin, afdeling Kliniek De Helm (klinische zorg)")
	contains(v.en, "reduction at GGZ Zilverduin, department Kliniek De Helm (clinical care)")
}

test_afbouw_zonder_borging_toegang_is_fout if {
	plan := {"wijzigingen_aanbod": [object.remove(wijziging({}), ["borging_toegang"])]}
	regels(plan) == {"aanbod-borging-toegang"}
	paden(plan) == {"/wijzigingen_aanbod/0/borging_toegang"}
}

test_afbouw_met_plaatshouder_als_borging_is_fout if {
	plan := {"wijzigingen_aanbod": [wijziging({"borging_toegang": "n.v.t."})]}
	regels(plan) == {"aanbod-borging-toegang"}
	paden(plan) == {"/wijzigingen_aanbod/0/borging_toegang"}
	some v in aanbodbehoud.overtreding with input as plan
	contains(v.nl, "toegang tot zorg houden ('n.v.t.' is een plaatshouder, geen inhoud).")
}

test_uitbreiding_zonder_borging_toegang_mag if {
	w := object.remove(wijziging({"soort": "uitbreiding", "capaciteit_voor": 20, "capaciteit_na": 30}), ["borging_toegang"])
	regels({"wijzigingen_aanbod": [w]}) == set()
}

test_melding_zonder_afdeling if {
	plan := {"wijzigingen_aanbod": [object.remove(wijziging({"redenen": ["financieel"]}), ["afdeling"])]}
	some v in aanbodbehoud.overtreding with input as plan
	contains(v.nl, "De afbouw bij GGZ Zilverduin (klinische zorg) noemt")
}

klinisch(aanbod) := {"zorgvormen": {"klinische_zorg": {
	"aanwezig": true,
	"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120, "patienten_buiten_regio": 60},
	"aanbod": aanbod,
}}}

afdeling(naam, capaciteit) := {"aanbieder": "GGZ Zilverduin", "afdeling": naam, "voorziening": "ggz-opname", "capaciteit": capaciteit}

test_afdelingen_die_optellen_mogen if {
	regels(klinisch([afdeling("Kliniek De Helm", 780), afdeling("PAAZ", 400)])) == set()
}

test_afdelingen_die_niet_optellen_is_waarschuwing if {
	p := klinisch([afdeling("Kliniek De Helm", 390), afdeling("PAAZ", 400)])
	regels(p) == {"aanbod-afdelingen-capaciteit"}
	paden(p) == {"/zorgvormen/klinische_zorg/aanbod"}
	some v in aanbodbehoud.overtreding with input as p
	v.nl == "De afdelingen van klinische zorg tellen op tot 790 behandelingen of opnames, maar de jaarlijkse capaciteit is 1180 behandelingen of opnames (1120 voor patiënten uit de regio en 60 voor patiënten van buiten de regio): een verschil van 390 behandelingen of opnames. Controleer de capaciteit per afdeling ('aanbod[].capaciteit') en de jaarlijkse capaciteit ('jaarlijkse_capaciteit'); alleen als ze kloppen, valt een afdeling op die krimpt of verdwijnt."
}

test_verschil_van_een_opname_in_enkelvoud if {
	some v in aanbodbehoud.overtreding with input as klinisch([afdeling("Kliniek De Helm", 779), afdeling("PAAZ", 400)])
	contains(v.nl, "een verschil van 1 behandeling of opname.")
	contains(v.en, "a difference of 1 treatment or admission.")
}

test_een_dag_voor_ingang_in_enkelvoud if {
	w := wijziging({"besproken_met_zorgverzekeraars": [{"organisatie": "A", "datum": "2025-12-31"}]})
	some v in aanbodbehoud.overtreding with input as {"wijzigingen_aanbod": [w]}
	contains(v.nl, "is 1 dag voor de ingangsdatum (2026-01-01)")
	contains(v.nl, "ggzcheck rekent daarvoor minstens 90 dagen")
	contains(v.en, "1 day before it takes effect")
}

test_afdelingen_boven_de_capaciteit_is_waarschuwing if {
	regels(klinisch([afdeling("Kliniek De Helm", 900), afdeling("PAAZ", 400)])) == {"aanbod-afdelingen-capaciteit"}
}

test_afdeling_zonder_capaciteit_telt_niet_op if {
	regels(klinisch([afdeling("Kliniek De Helm", 780), object.remove(afdeling("PAAZ", 0), ["capaciteit"])])) == set()
}

test_zonder_afdelingen_of_capaciteit_geen_optelling if {
	regels(klinisch([])) == set()
	regels({"zorgvormen": {"klinische_zorg": {"aanwezig": true, "jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120}, "aanbod": [afdeling("Kliniek De Helm", 10)]}}}) == set()
}

# The source and quote follow the contracting year: the 2025 agreement (§1.3.2) only
# for 2025; from 2026 the agreement of §2.2 and §3.4.
test_bron_van_de_financiele_afspraak_volgt_het_inkoopjaar if {
	w := wijziging({"redenen": ["financieel"]})
	some v2025 in aanbodbehoud.overtreding with input as {"inkoopjaar": 2025, "wijzigingen_aanbod": [w]}
	v2025.bron == "Gespreksleidraad §1.3.2"
	contains(v2025.nl, "Voor de inkoop voor 2025 spraken verzekeraars en aanbieders af")
	some v2027 in aanbodbehoud.overtreding with input as {"inkoopjaar": 2027, "wijzigingen_aanbod": [w]}
	v2027.bron == "Gespreksleidraad §2.2, §3.4"
	contains(v2027.nl, "Bestuurlijk spraken partijen af dat er tijdens de uitwerking van de aanpak voor de inkoop vanaf inkoopjaar 2026 geen gat ontstaat in het huidige aanbod van cruciale ggz (Gespreksleidraad §2.2, §3.4)")
	not contains(v2027.nl, "§1.3.2")
}

# A financial reason in words, under another label (issue 12): a warning that quotes the
# words as the plan writes them, at the explanation.
test_financiele_woorden_onder_ander_label_is_waarschuwing if {
	every toelichting in [
		"Het tarief is niet kostendekkend.",
		"Bezuinigingen bij de instelling.",
		"Het budgetplafond van de verzekeraar is bereikt.",
		"Omzetplafond bereikt.",
		"Exploitatietekort van de kliniek.",
		"De bedrijfsvoering is niet rendabel.",
		"Het NZa-tarief dekt de kosten niet.",
		"De afdeling is verlieslatend.",
		"Door de FINANCIËLE situatie.",
	] {
		plan := {"wijzigingen_aanbod": [wijziging({"redenen": ["anders"], "toelichting": toelichting})]}
		regels(plan) == {"aanbod-financiele-toelichting"}
		paden(plan) == {"/wijzigingen_aanbod/0/toelichting"}
	}
}

test_financiele_woorden_worden_geciteerd if {
	w := wijziging({"redenen": ["personeel", "anders"], "toelichting": "Omzetplafond bereikt; de bezuinigingsopdracht en het tarief."})
	some v in aanbodbehoud.overtreding with input as {"inkoopjaar": 2025, "wijzigingen_aanbod": [w]}
	v.regel == "aanbod-financiele-toelichting"
	v.nl == "De afbouw bij GGZ Zilverduin, afdeling Kliniek De Helm (klinische zorg) noemt als redenen 'personeel' en 'anders', maar de toelichting spreekt van 'bezuinigingsopdracht', 'omzetplafond' en 'tarief': een financiële reden. Voor de inkoop voor 2025 spraken verzekeraars en aanbieders af dat er geen aanbod van cruciale ggz verdwijnt vanwege financiële redenen (Gespreksleidraad §1.3.2). Is de reden financieel, zoek dan met de zorgverzekeraars een oplossing die het aanbod behoudt; is zij dat niet, schrijf de werkelijke reden in 'toelichting'."
	v.bron == "Gespreksleidraad §1.3.2"
	startswith(v.en, "The reduction at GGZ Zilverduin, department Kliniek De Helm (clinical care) gives 'personeel' and 'anders' as its reasons, but its explanation speaks of 'bezuinigingsopdracht', 'omzetplafond' and 'tarief': a financial reason.")
	some v2 in aanbodbehoud.overtreding with input as {"inkoopjaar": 2027, "wijzigingen_aanbod": [wijziging({"redenen": ["anders"], "toelichting": "Niet rendabel."})]}
	v2.bron == "Gespreksleidraad §2.2, §3.4"
	contains(v2.nl, "noemt als reden 'anders', maar de toelichting spreekt van 'rendabel':")
	contains(v2.en, "gives 'anders' as its reason,")
}

# A financial category is an error already (aanbod-financiele-reden): no second finding.
# An expansion may be financed; words that only resemble the list are no reason.
test_financiele_woorden_niet_dubbel_en_niet_te_ruim if {
	regels({"wijzigingen_aanbod": [wijziging({"redenen": ["financieel"], "toelichting": "Bezuiniging."})]}) == {"aanbod-financiele-reden"}
	regels({"wijzigingen_aanbod": [wijziging({"soort": "uitbreiding", "capaciteit_voor": 20, "capaciteit_na": 30, "toelichting": "Extra budget van de verzekeraar."})]}) == set()
	every toelichting in [
		"Personeelstekort: te weinig psychiaters.",
		"Het geldt voor de nachtdienst.",
		"We omzetten de bedden naar thuisbehandeling.",
		"Het plafond van het gebouw lekt.",
		"Vacaturegraad 18 procent.",
	] {
		regels({"wijzigingen_aanbod": [wijziging({"toelichting": toelichting})]}) == set()
	}
}

test_financiele_woorden_komen_uit_gegevens if {
	w := wijziging({"redenen": ["anders"], "toelichting": "De kas is leeg."})
	regels({"wijzigingen_aanbod": [w]}) == set()
	regels({"wijzigingen_aanbod": [w]}) == {"aanbod-financiele-toelichting"} with data.ggzcheck.gegevens.financiele_woorden as ["kas is leeg"]
}

# The terms are searched as written: a character that means something in a pattern ('.')
# is only a word boundary, never "any character".
test_financiele_woorden_letterlijk_gezocht if {
	woorden := ["kas.leeg", "geld (op)"]
	regels({"wijzigingen_aanbod": [wijziging({"redenen": ["anders"], "toelichting": "De kas-leeg."})]}) == {"aanbod-financiele-toelichting"} with data.ggzcheck.gegevens.financiele_woorden as woorden
	regels({"wijzigingen_aanbod": [wijziging({"redenen": ["anders"], "toelichting": "De kasxleeg, geldop."})]}) == set() with data.ggzcheck.gegevens.financiele_woorden as woorden
}

# A hostile explanation full of financial words is quoted by its first five words only.
test_financiele_woorden_begrensd_geciteerd if {
	tekst := concat(" ", [sprintf("tarief%d", [n]) | some n in numbers.range(1, 500)])
	some v in aanbodbehoud.overtreding with input as {"wijzigingen_aanbod": [wijziging({"redenen": ["anders"], "toelichting": tekst})]}
	v.regel == "aanbod-financiele-toelichting"
	contains(v.nl, "spreekt van 'tarief1', 'tarief10', 'tarief100', 'tarief101' en 'tarief102': een financiële reden.")
}
