package ggzcheck.afspraken.disbalans_test

import data.ggzcheck.afspraken.disbalans

evenwicht := {
	"aanwezig": true,
	"werkelijke_jaarlijkse_vraag": 90,
	"jaarlijkse_capaciteit": {"patienten_binnen_regio": 100},
	"onvervulde_vraag": {"gemiddelde_wachttijd_weken": 4, "aantal_gesloten_wachtlijsten": 0},
	"onder_druk": {"mate": "enigszins"},
}

plan(vorm, maatregelen) := {"zorgvormen": {"klinische_zorg": vorm}, "maatregelen": maatregelen}

regels(p) := {v.regel | some v in disbalans.overtreding with input as p}

meldingen(p) := [v.nl | some v in disbalans.overtreding with input as p]

maatregel(vorm) := {"zorgvorm": vorm, "soort": "regionale_afspraak", "omschrijving": "Afspraak met de buurregio over opnames."}

test_evenwicht_vraagt_niets if {
	regels(plan(evenwicht, [])) == set()
}

test_vraag_boven_capaciteit_zonder_plan_is_fout if {
	p := plan(object.union(evenwicht, {"werkelijke_jaarlijkse_vraag": 130}), [])
	regels(p) == {"disbalans-plan"}
	contains(meldingen(p)[0], "de werkelijke vraag (130 aanmeldingen) is groter dan de capaciteit voor patiënten uit de regio (100 behandelingen of opnames)")
}

test_lange_wachttijd_zonder_plan_is_fout if {
	regels(plan(object.union(evenwicht, {"onvervulde_vraag": {"gemiddelde_wachttijd_weken": 4.5}}), [])) == {"disbalans-plan"}
}

test_gesloten_wachtlijst_zonder_plan_is_fout if {
	regels(plan(object.union(evenwicht, {"onvervulde_vraag": {"aantal_gesloten_wachtlijsten": 1}}), [])) == {"disbalans-plan"}
}

test_sterke_druk_zonder_plan_is_fout if {
	p := plan(object.union(evenwicht, {"onder_druk": {"mate": "sterk"}}), [])
	regels(p) == {"disbalans-plan"}
	some v in disbalans.overtreding with input as p
	contains(v.en, "the supply is under heavy pressure")
}

test_alle_knelpunten_in_een_melding if {
	vorm := object.union(evenwicht, {
		"werkelijke_jaarlijkse_vraag": 130,
		"onvervulde_vraag": {"gemiddelde_wachttijd_weken": 8, "aantal_gesloten_wachtlijsten": 2},
		"onder_druk": {"mate": "sterk"},
	})
	count(meldingen(plan(vorm, []))) == 1
}

test_maatregel_voor_de_zorgvorm_volstaat if {
	regels(plan(object.union(evenwicht, {"werkelijke_jaarlijkse_vraag": 130}), [maatregel("klinische_zorg")])) == set()
}

test_maatregel_voor_een_andere_zorgvorm_volstaat_niet if {
	regels(plan(object.union(evenwicht, {"werkelijke_jaarlijkse_vraag": 130}), [maatregel("acute_zorg")])) == {"disbalans-plan"}
}

test_toelichting_volstaat if {
	vorm := object.union(evenwicht, {"werkelijke_jaarlijkse_vraag": 130, "disbalans_toelichting": "Patiënten gebruiken naar tevredenheid de kliniek net over de regiogrens."})
	regels(plan(vorm, [])) == set()
}

test_afwezige_zorgvorm_valt_onder_opvang if {
	regels(plan({"aanwezig": false, "werkelijke_jaarlijkse_vraag": 30}, [])) == set()
}

test_drempel_komt_uit_gegevens if {
	p := plan(object.union(evenwicht, {"onvervulde_vraag": {"gemiddelde_wachttijd_weken": 6}}), [])
	regels(p) == set() with data.ggzcheck.gegevens.disbalans.lange_wachttijd_weken as 8
}

paden(p) := {v.pad | some v in disbalans.overtreding with input as p}

teveel := object.union(evenwicht, {"werkelijke_jaarlijkse_vraag": 130})

test_maatregel_met_plaatshouder_telt_niet if {
	p := plan(teveel, [{"zorgvorm": "klinische_zorg", "soort": "regionale_afspraak", "omschrijving": "PM"}])
	regels(p) == {"disbalans-plan"}
	paden(p) == {"/maatregelen/0/omschrijving"}
	contains(meldingen(p)[0], " Maatregel 1 heeft geen omschrijving ('PM' is een plaatshouder, geen inhoud). Neem onder")
}

test_toelichting_met_plaatshouder_telt_niet if {
	p := plan(object.union(teveel, {"disbalans_toelichting": "n.v.t."}), [])
	regels(p) == {"disbalans-plan"}
	paden(p) == {"/zorgvormen/klinische_zorg/disbalans_toelichting"}
	contains(meldingen(p)[0], " De disbalans_toelichting legt niets uit ('n.v.t.' is een plaatshouder, geen inhoud).")
}

test_echte_maatregel_naast_plaatshouder_telt if {
	regels(plan(teveel, [{"zorgvorm": "klinische_zorg", "soort": "regionale_afspraak", "omschrijving": "volgt"}, maatregel("klinische_zorg")])) == set()
}

test_zonder_maatregel_wijst_naar_de_zorgvorm if {
	paden(plan(teveel, [])) == {"/zorgvormen/klinische_zorg"}
}

# Every number with its unit: "4 weken", not "(langer dan 4)".
test_getallen_met_hun_eenheid if {
	p := plan(object.union(evenwicht, {"onvervulde_vraag": {"gemiddelde_wachttijd_weken": 6, "aantal_gesloten_wachtlijsten": 1}}), [])
	some v in disbalans.overtreding with input as p
	contains(v.nl, "de gemiddelde wachttijd is 6 weken (langer dan 4 weken)")
	contains(v.en, "the average wait is 6 weeks (longer than 4 weeks)")
	contains(v.en, "the waiting list was closed 1 time in the past year")
}
