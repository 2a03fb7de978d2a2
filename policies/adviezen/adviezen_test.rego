package ggzcheck.afspraken.adviezen_test

import data.ggzcheck.afspraken.adviezen

antwoorden(adviezen) := {"bestand": "regions/antwoorden/zilverduin/2027.yaml", "regio": "zilverduin", "inkoopjaar": 2027, "adviezen": adviezen}

liz := {"id": "liz-plaatsen", "bespreekpunt": "tekort-aan-liz-plaatsen", "zorgvorm": "beveiligde_zorg", "voorstel": "Contracteer vier extra LIZ-plaatsen."}

tekort := {"id": "klinisch-tekort", "zorgvorm": "klinische_zorg", "tekort": "Veertig opnames te weinig.", "voorstel": "Maak een bovenregionale afspraak."}

plan(extra) := object.union(
	{
		"antwoorden": antwoorden([liz, tekort]),
		"bespreekpunten": [{"zorgvorm": "beveiligde_zorg", "titel": "Tekort aan LIZ-plaatsen"}],
		"maatregelen": [
			{"zorgvorm": "klinische_zorg", "soort": "bovenregionale_afspraak", "omschrijving": "Afspraak met Lindeveld."},
			{"id": "liz-werving", "zorgvorm": "beveiligde_zorg", "soort": "individuele_contractering", "omschrijving": "Wervingsbudget."},
		],
		"opvolging_adviezen": [
			{"advies": "liz-plaatsen", "opvolging": "contractering", "toelichting": "Duinzorg contracteert vier extra LIZ-plaatsen."},
			{"advies": "klinisch-tekort", "opvolging": "maatregel", "maatregelen": ["klinische-zorg-1"]},
		],
	},
	extra,
)

bevindingen(p) := {[v.regel, v.pad] | some v in adviezen.overtreding with input as p}

test_alles_opgevolgd_mag if {
	bevindingen(plan({})) == set()
}

test_zonder_antwoorden_niets if {
	bevindingen(object.remove(plan({}), ["antwoorden"])) == set()
}

test_advies_niet_opgevolgd if {
	bevindingen(plan({"opvolging_adviezen": [{"advies": "liz-plaatsen", "opvolging": "contractering", "toelichting": "Duinzorg contracteert vier extra LIZ-plaatsen."}]})) == {["advies-opgevolgd", "/opvolging_adviezen"]}
	bevindingen(object.remove(plan({}), ["opvolging_adviezen"])) == {["advies-opgevolgd", ""]}
}

test_melding_noemt_advies_en_voorstel if {
	some v in adviezen.overtreding with input as object.remove(plan({}), ["opvolging_adviezen"])
	v.regel == "advies-opgevolgd"
	contains(v.nl, "advies 'liz-plaatsen' over beveiligde zorg (regions/antwoorden/zilverduin/2027.yaml), met het voorstel 'Contracteer vier extra LIZ-plaatsen'. Het plan")
	contains(v.en, "proposing 'Contracteer vier extra LIZ-plaatsen'. The plan")
}

test_onbekend_advies if {
	p := plan({"opvolging_adviezen": array.concat(plan({}).opvolging_adviezen, [{"advies": "bestaat-niet", "opvolging": "niet", "toelichting": "Geen ruimte in de regio."}])})
	bevindingen(p) == {["advies-verwijzing", "/opvolging_adviezen/2/advies"]}
	some v in adviezen.overtreding with input as p
	contains(v.nl, "klinisch-tekort, liz-plaatsen")
}

test_onbekend_advies_in_leeg_bestand if {
	p := plan({"antwoorden": antwoorden([]), "opvolging_adviezen": [{"advies": "x", "opvolging": "niet", "toelichting": "Geen ruimte in de regio."}]})
	some v in adviezen.overtreding with input as p
	contains(v.nl, "het bestand heeft geen adviezen")
	contains(v.en, "the file has no advice")
}

test_onbekende_maatregel if {
	p := plan({"opvolging_adviezen": [
		plan({}).opvolging_adviezen[0],
		{"advies": "klinisch-tekort", "opvolging": "maatregel", "maatregelen": ["klinische-zorg-1", "klinische-zorg-2", "liz-werving"]},
	]})
	bevindingen(p) == {["advies-verwijzing", "/opvolging_adviezen/1/maatregelen/1"]}
}

test_bespreekpunt_verdwenen if {
	bevindingen(plan({"bespreekpunten": [{"zorgvorm": "beveiligde_zorg", "titel": "LIZ"}]})) == {["advies-verwijzing", "/bespreekpunten"]}
	bevindingen(object.remove(plan({}), ["bespreekpunten"])) == {["advies-verwijzing", ""]}
}

test_bespreekpunt_met_id if {
	bevindingen(plan({"bespreekpunten": [{"id": "tekort-aan-liz-plaatsen", "zorgvorm": "beveiligde_zorg", "titel": "LIZ"}]})) == set()
}

test_niet_zonder_reden if {
	p := plan({"opvolging_adviezen": [
		{"advies": "liz-plaatsen", "opvolging": "niet", "toelichting": "PM"},
		{"advies": "klinisch-tekort", "opvolging": "contractering"},
	]})
	bevindingen(p) == {["advies-reden", "/opvolging_adviezen/0/toelichting"], ["advies-reden", "/opvolging_adviezen/1/toelichting"]}
}

test_maatregel_zonder_maatregelen if {
	p := plan({"opvolging_adviezen": [
		plan({}).opvolging_adviezen[0],
		{"advies": "klinisch-tekort", "opvolging": "maatregel"},
	]})
	bevindingen(p) == {["advies-reden", "/opvolging_adviezen/1"]}
}
