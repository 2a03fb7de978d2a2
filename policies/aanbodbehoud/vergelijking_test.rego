package ggzcheck.afspraken.aanbodbehoud_test

import data.ggzcheck.afspraken.aanbodbehoud

vorm(extra) := object.union(
	{
		"aanwezig": true,
		"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120, "patienten_buiten_regio": 60},
		"onvervulde_vraag": {"aantal_wachtenden": 20, "aantal_gesloten_wachtlijsten": 0},
		"aanbod": [
			{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm"},
			{"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ"},
		],
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

vergelijk(p) := {v.regel | some v in aanbodbehoud.overtreding with input as p}

vergelijk_paden(p) := {v.pad | some v in aanbodbehoud.overtreding with input as p}

afbouw(extra) := object.union({
	"zorgvorm": "klinische_zorg", "aanbieder": "GGZ Zilverduin", "soort": "afbouw", "ingangsdatum": "2026-01-01",
	"redenen": ["personeel"], "borging_toegang": "Het IHT-team groeit.", "besproken_met_zorgverzekeraars": [{"organisatie": "A", "datum": "2025-03-01"}],
}, extra)

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
	some v in aanbodbehoud.overtreding with input as p
	contains(v.nl, "daalde van 1120 naar 1000 ten opzichte van regions/zilverduin/2026.yaml op main")
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
}

test_afbouw_zonder_getallen_dekt if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({})]})
	vergelijk(p) == set()
}

test_afbouw_bij_andere_zorgvorm_dekt_niet if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"zorgvorm": "acute_zorg"})]})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
}

test_niet_meer_aanwezig_is_fout if {
	p := met_vorige(vorm({"aanwezig": false}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanwezig"}
}

test_aangekondigde_sluiting_dekt_afwezigheid if {
	p := met_vorige(vorm({"aanwezig": false}), vorm({}), {"wijzigingen_aanbod": [afbouw({"soort": "sluiting"})]})
	vergelijk(p) == set()
}

test_verdwenen_afdeling_is_fout if {
	p := met_vorige(vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm"}]}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod"}
	some v in aanbodbehoud.overtreding with input as p
	contains(v.nl, "Het aanbod van Ziekenhuis Duinrand, afdeling PAAZ bij klinische zorg")
}

test_aangekondigde_verplaatsing_dekt_verdwenen_afdeling if {
	nu := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm"}]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "verplaatsing"})
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_wijziging_bij_andere_afdeling_dekt_niet if {
	nu := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm"}]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "MPU", "soort": "sluiting"})
	"aanbod-onverklaard-verlies" in vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]}))
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
		{"maatregelen": [{"zorgvorm": "klinische_zorg", "soort": "regionale_afspraak", "omschrijving": "x"}]},
	)
	vergelijk(p) == set()
}
