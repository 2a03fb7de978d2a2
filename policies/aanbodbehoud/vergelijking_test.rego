package ggzcheck.afspraken.aanbodbehoud_test

import data.ggzcheck.afspraken.aanbodbehoud

# The clinic of the Zilverduin example: three departments that add up to the capacity
# (1120 for patients from the region, 60 from elsewhere).
afdelingen := [
	{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm", "voorziening": "ggz-opname", "capaciteit": 780},
	{"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "voorziening": "PAAZ", "capaciteit": 320},
	{"aanbieder": "Ziekenhuis Duinrand", "afdeling": "MPU", "voorziening": "MPU", "capaciteit": 80},
]

vorm(extra) := object.union(
	{
		"aanwezig": true,
		"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120, "patienten_buiten_regio": 60},
		"onvervulde_vraag": {"aantal_wachtenden": 20, "aantal_gesloten_wachtlijsten": 0},
		"aanbod": afdelingen,
	},
	extra,
)

met_vorige(nu, eerder, rest) := object.union(
	{
		"zorgvormen": {"klinische_zorg": nu},
		"vorige_versie": {"bestand": "regions/zilverduin/2026.yaml", "revisie": "main", "plan": {"zorgvormen": {"klinische_zorg": eerder}}},
	},
	rest,
)

# The rules that compare with the previous version; the others are tested beside them.
basisregels := {"aanbod-onverklaard-verlies", "aanbod-wachtlijst-stijging"}

vergelijking(p) := {v | some v in aanbodbehoud.overtreding with input as p; v.regel in basisregels}

vergelijk(p) := {v.regel | some v in vergelijking(p)}

vergelijk_paden(p) := {v.pad | some v in vergelijking(p)}

meldingen(p) := {v.nl | some v in vergelijking(p)}

afbouw(extra) := object.union({
	"zorgvorm": "klinische_zorg", "aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm", "soort": "afbouw", "ingangsdatum": "2026-01-01",
	"redenen": ["personeel"], "borging_toegang": "Het IHT-team groeit.", "besproken_met_zorgverzekeraars": [{"organisatie": "A", "datum": "2025-03-01"}],
}, extra)

# The clinic with De Helm at another capacity, and the form's capacity to match.
helm(capaciteit) := vorm({
	"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120 - (780 - capaciteit)},
	"aanbod": [object.union(afdelingen[0], {"capaciteit": capaciteit}), afdelingen[1], afdelingen[2]],
})

test_ongewijzigd_geen_bevindingen if {
	vergelijk(met_vorige(vorm({}), vorm({}), {})) == set()
}

test_zonder_vorige_versie_geen_vergelijking if {
	vergelijk({"zorgvormen": {"klinische_zorg": vorm({})}}) == set()
}

test_lagere_capaciteit_zonder_wijziging_is_fout if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	meldingen(p) == {"De jaarlijkse capaciteit van klinische zorg daalde ten opzichte van regions/zilverduin/2026.yaml op main: voor patiënten uit de regio van 1120 naar 1000 behandelingen of opnames, samen 120 minder, zonder aangekondigde wijziging die dat dekt. Leg de afbouw of sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit."}
}

test_lagere_capaciteit_buiten_regio_is_fout if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_buiten_regio": 10}}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_buiten_regio"}
}

test_aangekondigde_afbouw_van_dezelfde_omvang_dekt if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 320, "capaciteit_na": 200})]})
	vergelijk(p) == set()
}

test_te_kleine_aangekondigde_afbouw_dekt_niet if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 320, "capaciteit_na": 300})]})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
	some m in meldingen(p)
	contains(m, "samen 120 minder; de aangekondigde wijzigingen halen er samen 20 af, dus 100 behandelingen of opnames zijn niet aangekondigd.")
}

# Issue 12, case 2: one reduction of 60 announced, while both capacity fields went down
# (60 + 40 = 100 lost). The fields are added up, not compared one by one.
test_verlies_over_beide_velden_telt_samen if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1060, "patienten_buiten_regio": 20}})
	p := met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [afbouw({"afdeling": "Elders", "capaciteit_voor": 320, "capaciteit_na": 260})]})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	contains(m, "voor patiënten uit de regio van 1120 naar 1060 behandelingen of opnames en voor patiënten van buiten de regio van 60 naar 20 behandelingen of opnames, samen 100 minder; de aangekondigde wijzigingen halen er samen 60 af, dus 40 behandelingen of opnames zijn niet aangekondigd.")
}

test_stijging_in_het_ene_veld_dekt_daling_in_het_andere_niet if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1060, "patienten_buiten_regio": 120}})
	vergelijk_paden(met_vorige(nu, vorm({}), {})) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
}

# A reduction without figures covers nothing: it does not say how much.
test_afbouw_zonder_getallen_dekt_niet if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({})]})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
}

test_afbouw_bij_andere_zorgvorm_dekt_niet if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"zorgvorm": "acute_zorg", "capaciteit_voor": 320, "capaciteit_na": 200})]})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
}

test_niet_meer_aanwezig_is_fout if {
	p := met_vorige(vorm({"aanwezig": false}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanwezig"}
	meldingen(p) == {"Klinische zorg was in regions/zilverduin/2026.yaml op main aanwezig, met 1180 behandelingen of opnames per jaar, en is dat nu niet meer, zonder aangekondigde wijziging die dat dekt. Leg de sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, of herstel 'aanwezig: true'."}
}

test_aangekondigde_sluiting_van_alles_dekt_afwezigheid if {
	p := met_vorige(vorm({"aanwezig": false, "aanbod": []}), vorm({}), {"wijzigingen_aanbod": [afbouw({"afdeling": "Alle", "soort": "sluiting", "capaciteit_voor": 1180, "capaciteit_na": 0})]})
	vergelijk(p) == set()
}

test_sluiting_van_een_afdeling_dekt_afwezigheid_niet if {
	p := met_vorige(vorm({"aanwezig": false}), vorm({}), {"wijzigingen_aanbod": [afbouw({"soort": "sluiting"})]})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanwezig"}
	some m in meldingen(p)
	contains(m, "de aangekondigde wijzigingen halen er samen 780 af, dus 400 behandelingen of opnames zijn niet aangekondigd")
}

test_afwezigheid_zonder_capaciteit_vraagt_een_aankondiging if {
	zonder := object.remove(vorm({}), ["jaarlijkse_capaciteit", "aanbod"])
	vergelijk(met_vorige(object.union(zonder, {"aanwezig": false}), zonder, {})) == {"aanbod-onverklaard-verlies"}
	vergelijk(met_vorige(object.union(zonder, {"aanwezig": false}), zonder, {"wijzigingen_aanbod": [afbouw({"soort": "sluiting"})]})) == set()
}

# Issue 12, case 1: a department halves while the form's total stays (or falls with it).
test_kleinere_afdeling_is_fout if {
	nu := vorm({"aanbod": [object.union(afdelingen[0], {"capaciteit": 390}), afdelingen[1], afdelingen[2]]})
	p := met_vorige(nu, vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/0/capaciteit"}
	meldingen(p) == {"Afdeling Kliniek De Helm van GGZ Zilverduin (klinische zorg) kromp ten opzichte van regions/zilverduin/2026.yaml op main van 780 naar 390 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt. Leg de afbouw van deze afdeling vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit."}
}

test_kleinere_afdeling_en_lager_totaal_twee_bevindingen if {
	vergelijk_paden(met_vorige(helm(660), vorm({}), {})) == {
		"/zorgvormen/klinische_zorg/aanbod/0/capaciteit",
		"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio",
	}
}

test_aangekondigde_afbouw_van_de_afdeling_dekt_beide if {
	p := met_vorige(helm(660), vorm({}), {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 780, "capaciteit_na": 660})]})
	vergelijk(p) == set()
}

test_afbouw_van_een_andere_afdeling_dekt_de_afdeling_niet if {
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "capaciteit_voor": 320, "capaciteit_na": 200})
	vergelijk_paden(met_vorige(helm(660), vorm({}), {"wijzigingen_aanbod": [w]})) == {"/zorgvormen/klinische_zorg/aanbod/0/capaciteit"}
}

test_afbouw_zonder_afdeling_dekt_de_enige_afdeling_van_de_aanbieder if {
	w := object.remove(afbouw({"capaciteit_voor": 780, "capaciteit_na": 660}), ["afdeling"])
	vergelijk(met_vorige(helm(660), vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_afbouw_zonder_afdeling_dekt_geen_afdeling_van_een_aanbieder_met_meer if {
	nu := vorm({
		"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000},
		"aanbod": [afdelingen[0], object.union(afdelingen[1], {"capaciteit": 200}), afdelingen[2]],
	})
	w := object.remove(afbouw({"aanbieder": "Ziekenhuis Duinrand", "capaciteit_voor": 320, "capaciteit_na": 200}), ["afdeling"])
	vergelijk_paden(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == {"/zorgvormen/klinische_zorg/aanbod/1/capaciteit"}
}

test_verdwenen_afdeling_is_fout if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	p := met_vorige(nu, vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	startswith(m, "Afdeling PAAZ van Ziekenhuis Duinrand (klinische zorg) stond in regions/zilverduin/2026.yaml op main met 320 behandelingen of opnames en ontbreekt nu, zonder aangekondigde wijziging die dat dekt.")
}

test_aangekondigde_sluiting_zonder_getallen_dekt_de_gesloten_afdeling if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "sluiting"})
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_sluiting_met_alleen_capaciteit_voor_dekt if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "sluiting", "capaciteit_voor": 320})
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_aangekondigde_verplaatsing_dekt_verdwenen_afdeling if {
	nu := vorm({"aanbod": [afdelingen[0], afdelingen[2], {"aanbieder": "Ziekenhuis Duinrand", "afdeling": "Psychiatrie Noord", "voorziening": "ggz-opname", "capaciteit": 320}]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "verplaatsing"})
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_sluiting_van_een_andere_afdeling_dekt_niet if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "MPU", "soort": "sluiting", "capaciteit_voor": 320, "capaciteit_na": 0})
	vergelijk_paden(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == {"/zorgvormen/klinische_zorg/aanbod"}
}

test_verdwenen_afdeling_zonder_capaciteit if {
	zonder := [object.remove(a, ["capaciteit"]) | some a in afdelingen]
	p := met_vorige(vorm({"aanbod": [zonder[0], zonder[2]]}), vorm({"aanbod": zonder}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod"}
	some m in meldingen(p)
	startswith(m, "Afdeling PAAZ van Ziekenhuis Duinrand (klinische zorg) stond in regions/zilverduin/2026.yaml op main en ontbreekt nu")
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "sluiting"})
	vergelijk(met_vorige(vorm({"aanbod": [zonder[0], zonder[2]]}), vorm({"aanbod": zonder}), {"wijzigingen_aanbod": [w]})) == set()
}

# Moved or renamed: same provider, same facility (as the sources write it), capacity kept.
test_verhuisde_afdeling_met_gelijke_capaciteit_is_geen_verlies if {
	verhuisd := {"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek Duinwijck (nieuwbouw)", "voorziening": "GGZ-opname", "capaciteit": 780}
	vergelijk(met_vorige(vorm({"aanbod": [verhuisd, afdelingen[1], afdelingen[2]]}), vorm({}), {})) == set()
}

test_hernoemde_afdeling_met_andere_schrijfwijze_is_dezelfde if {
	hernoemd := {"aanbieder": "ggz  zilverduin", "afdeling": "kliniek de helm", "voorziening": "ggz-opname", "capaciteit": 780}
	vergelijk(met_vorige(vorm({"aanbod": [hernoemd, afdelingen[1], afdelingen[2]]}), vorm({}), {})) == set()
}

test_twee_afdelingen_samengevoegd_is_geen_verlies if {
	eerder := vorm({"aanbod": [
		{"aanbieder": "GGZ Zilverduin", "afdeling": "FACT Noord", "voorziening": "FACT", "capaciteit": 600},
		{"aanbieder": "GGZ Zilverduin", "afdeling": "FACT Zuid", "voorziening": "FACT-team", "capaciteit": 580},
	]})
	nu := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "afdeling": "FACT Noord en Zuid", "voorziening": "FACT-teams", "capaciteit": 1180}]})
	vergelijk(met_vorige(nu, eerder, {})) == set()
}

test_verhuisde_afdeling_met_minder_capaciteit_is_fout if {
	verhuisd := {"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek Duinwijck", "voorziening": "ggz-opname", "capaciteit": 700}
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1040}, "aanbod": [afdelingen[1], afdelingen[2], verhuisd]}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/2/capaciteit", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	startswith(m, "Bij klinische zorg staat afdeling Kliniek De Helm van GGZ Zilverduin niet meer in het plan en kwam afdeling Kliniek Duinwijck van GGZ Zilverduin erbij, bij dezelfde aanbieder en met dezelfde voorziening: verhuisd of hernoemd, maar met minder capaciteit dan in regions/zilverduin/2026.yaml op main, van 780 naar 700 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt.")
	w := afbouw({"capaciteit_voor": 780, "capaciteit_na": 700})
	vergelijk(met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1040}, "aanbod": [afdelingen[1], afdelingen[2], verhuisd]}), vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_afdeling_bij_andere_aanbieder_is_geen_verhuizing if {
	overgenomen := {"aanbieder": "Parnassia Duin", "afdeling": "Kliniek De Helm", "voorziening": "ggz-opname", "capaciteit": 780}
	vergelijk_paden(met_vorige(vorm({"aanbod": [overgenomen, afdelingen[1], afdelingen[2]]}), vorm({}), {})) == {"/zorgvormen/klinische_zorg/aanbod"}
}

test_grotere_afdeling_mag if {
	vergelijk(met_vorige(helm(800), vorm({}), {})) == set()
}

test_lange_namen_ingekort_in_de_melding if {
	lang := concat("", ["Kliniek ", concat("", ["De Helm " | some _ in numbers.range(1, 200)])])
	eerder := vorm({"aanbod": [object.union(afdelingen[0], {"afdeling": lang}), afdelingen[1], afdelingen[2]]})
	nu := vorm({"aanbod": [object.union(afdelingen[0], {"afdeling": lang, "capaciteit": 390}), afdelingen[1], afdelingen[2]]})
	some m in meldingen(met_vorige(nu, eerder, {}))
	count(m) < 600
}

test_sterke_stijging_wachtenden_is_waarschuwing if {
	p := met_vorige(vorm({"onvervulde_vraag": {"aantal_wachtenden": 40}}), vorm({}), {})
	vergelijk(p) == {"aanbod-wachtlijst-stijging"}
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/onvervulde_vraag/aantal_wachtenden"}
}

test_kleine_stijging_wachtenden_mag if {
	vergelijk(met_vorige(vorm({"onvervulde_vraag": {"aantal_wachtenden": 25}}), vorm({}), {})) == set()
}

test_meer_gesloten_wachtlijsten_is_waarschuwing if {
	p := met_vorige(vorm({"onvervulde_vraag": {"aantal_gesloten_wachtlijsten": 2}}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/onvervulde_vraag/aantal_gesloten_wachtlijsten"}
}

test_maatregel_volstaat_bij_stijging if {
	p := met_vorige(
		vorm({"onvervulde_vraag": {"aantal_wachtenden": 40, "aantal_gesloten_wachtlijsten": 2}}),
		vorm({}),
		{"maatregelen": [{"zorgvorm": "klinische_zorg", "soort": "regionale_afspraak", "omschrijving": "Vier extra bedden."}]},
	)
	vergelijk(p) == set()
}

test_maatregel_met_plaatshouder_volstaat_niet_bij_stijging if {
	p := met_vorige(
		vorm({"onvervulde_vraag": {"aantal_wachtenden": 40}}),
		vorm({}),
		{"maatregelen": [{"zorgvorm": "klinische_zorg", "soort": "regionale_afspraak", "omschrijving": "PM"}]},
	)
	vergelijk(p) == {"aanbod-wachtlijst-stijging"}
}

test_aanbieder_zonder_afdelingen if {
	eerder := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "voorziening": "ggz-opname", "capaciteit": 1180}]})
	nu := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "voorziening": "ggz-opname", "capaciteit": 1000}]})
	p := met_vorige(nu, eerder, {"wijzigingen_aanbod": [object.remove(afbouw({"capaciteit_voor": 1180, "capaciteit_na": 1100}), ["afdeling"])]})
	{[v.pad, v.en] | some v in vergelijking(p)} == {[
		"/zorgvormen/klinische_zorg/aanbod/0/capaciteit",
		"The supply of GGZ Zilverduin (clinical care) shrank compared with regions/zilverduin/2026.yaml at main from 1180 to 1000 treatments or admissions; the changes announced take off 80 together, so 100 treatments or admissions are unannounced. Record the reduction of this department under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na, its reason and the discussion with the insurers; or restore the capacity.",
	]}
	some m in meldingen(p)
	startswith(m, "Het aanbod van GGZ Zilverduin (klinische zorg) kromp")
}
