package ggzcheck.afspraken.tijdlijn_test

import data.ggzcheck.afspraken.tijdlijn

goed := {
	"inkoopjaar": 2026,
	"tijdlijn": {"voorbereidende_informatie_verspreid": "2025-02-17", "advies_landelijke_tafel_ontvangen": "2025-07-03"},
	"gespreksrondes": [
		{"ronde": 1, "bijeenkomsten": [{"datum": "2025-03-10"}, {"datum": "2025-04-22"}], "afgerond": "2025-05-20", "inbreng_landelijke_tafel": "2025-05-27"},
		{"ronde": 2, "bijeenkomsten": [{"datum": "2025-08-12"}], "afgerond": "2025-08-14"},
	],
}

ronde(i, extra) := object.union(goed.gespreksrondes[i], extra)

met_rondes(rondes) := object.union(goed, {"gespreksrondes": rondes})

regels(p) := {v.regel | some v in tijdlijn.overtreding with input as p}

paden(p) := {v.pad | some v in tijdlijn.overtreding with input as p}

test_goede_tijdlijn_mag if {
	regels(goed) == set()
}

test_voor_2026_geldt_de_tijdlijn_niet if {
	regels({"inkoopjaar": 2025}) == set()
}

test_informatie_te_laat_is_fout if {
	p := object.union(goed, {"tijdlijn": {"voorbereidende_informatie_verspreid": "2025-03-01"}})
	regels(p) == {"tijdlijn-informatie"}
	paden(p) == {"/tijdlijn/voorbereidende_informatie_verspreid"}
}

test_informatie_precies_twee_weken_vooraf_mag if {
	regels(object.union(goed, {"tijdlijn": {"voorbereidende_informatie_verspreid": "2025-02-24"}})) == set()
}

test_informatie_niet_vastgelegd_is_fout if {
	p := object.union(goed, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2025-07-03"}})
	p2 := json.patch(p, [{"op": "remove", "path": "/tijdlijn/voorbereidende_informatie_verspreid"}])
	regels(p2) == {"tijdlijn-informatie"}
	paden(p2) == {"/tijdlijn"}
}

test_een_ronde_is_te_weinig if {
	p := met_rondes([goed.gespreksrondes[0]])
	regels(p) == {"tijdlijn-rondes"}
	paden(p) == {"/gespreksrondes"}
}

test_geen_rondes_is_fout if {
	p := object.remove(goed, ["gespreksrondes"])
	regels(p) == {"tijdlijn-rondes"}
	paden(p) == {""}
}

test_eerste_ronde_na_mei_is_fout if {
	p := met_rondes([ronde(0, {"afgerond": "2025-06-03", "inbreng_landelijke_tafel": "2025-06-05"}), goed.gespreksrondes[1]])
	regels(p) == {"tijdlijn-eerste-ronde"}
	paden(p) == {"/gespreksrondes/0/afgerond", "/gespreksrondes/0/inbreng_landelijke_tafel"}
}

test_eerste_ronde_zonder_afronding_is_fout if {
	p := met_rondes([object.remove(goed.gespreksrondes[0], ["afgerond"]), goed.gespreksrondes[1]])
	regels(p) == {"tijdlijn-eerste-ronde"}
	some v in tijdlijn.overtreding with input as p
	contains(v.nl, "De afronding van de eerste ronde ontbreekt")
}

test_tweede_ronde_na_half_augustus_is_fout if {
	p := met_rondes([goed.gespreksrondes[0], ronde(1, {"bijeenkomsten": [{"datum": "2025-08-20"}], "afgerond": "2025-08-20"})])
	regels(p) == {"tijdlijn-tweede-ronde"}
	paden(p) == {"/gespreksrondes/1/afgerond"}
}

test_tweede_ronde_voor_advies_is_fout if {
	p := met_rondes([goed.gespreksrondes[0], ronde(1, {"bijeenkomsten": [{"datum": "2025-06-30"}, {"datum": "2025-08-12"}]})])
	regels(p) == {"tijdlijn-tweede-ronde"}
	paden(p) == {"/gespreksrondes/1/bijeenkomsten/0/datum"}
}

test_tweede_ronde_zonder_advies_is_fout if {
	p := object.union(goed, {"tijdlijn": {"voorbereidende_informatie_verspreid": "2025-02-17"}})
	p2 := json.patch(p, [{"op": "remove", "path": "/tijdlijn/advies_landelijke_tafel_ontvangen"}])
	regels(p2) == {"tijdlijn-tweede-ronde"}
	paden(p2) == {"/tijdlijn"}
}

test_afgerond_voor_laatste_bijeenkomst_is_fout if {
	p := met_rondes([ronde(0, {"afgerond": "2025-04-01"}), goed.gespreksrondes[1]])
	regels(p) == {"tijdlijn-volgorde"}
	paden(p) == {"/gespreksrondes/0/afgerond"}
}

test_tweede_ronde_voor_de_eerste_is_fout if {
	p := met_rondes([ronde(0, {"bijeenkomsten": [{"datum": "2025-03-10"}, {"datum": "2025-08-13"}], "afgerond": "2025-05-20"}), goed.gespreksrondes[1]])
	"tijdlijn-volgorde" in regels(p)
	"/gespreksrondes/1/bijeenkomsten" in paden(p)
}

test_inbreng_voor_eerste_bijeenkomst_is_fout if {
	p := met_rondes([ronde(0, {"inbreng_landelijke_tafel": "2025-03-01"}), goed.gespreksrondes[1]])
	regels(p) == {"tijdlijn-volgorde"}
	paden(p) == {"/gespreksrondes/0/inbreng_landelijke_tafel"}
}

test_dubbele_ronde_is_fout if {
	p := met_rondes(array.concat(goed.gespreksrondes, [ronde(1, {})]))
	regels(p) == {"tijdlijn-volgorde"}
	paden(p) == {"/gespreksrondes/2/ronde"}
}

test_termijnen_komen_uit_gegevens if {
	p := met_rondes([ronde(0, {"afgerond": "2025-06-03", "inbreng_landelijke_tafel": "2025-06-05"}), goed.gespreksrondes[1]])
	regels(p) == set() with data.ggzcheck.gegevens.tijdlijn.eerste_ronde_uiterlijk as "06-15"
}
