package ggzcheck.afspraken.bespreekpunten_test

import data.ggzcheck.afspraken.bespreekpunten

punt(extra) := object.union(
	{
		"zorgvorm": "beveiligde_zorg",
		"titel": "Tekort aan LIZ-bedden",
		"redenen": "Wachtlijst van 14 patiënten.",
		"gezette_stappen": "Overleg met buurregio's.",
		"waarom_niet_opgelost": "Buurregio's hebben zelf een tekort.",
		"voorstel": "Landelijke verdeling van LIZ-capaciteit.",
		"contactpersonen": [{"naam": "Mira Veen", "email": "m.veen@example.org"}],
	},
	extra,
)

regels(punten) := {v.regel | some v in bespreekpunten.overtreding with input as {"bespreekpunten": punten}}

paden(punten) := {v.pad | some v in bespreekpunten.overtreding with input as {"bespreekpunten": punten}}

test_volledig_punt_mag if {
	regels([punt({})]) == set()
}

test_alle_vier_landelijke_vormen_mogen if {
	every vorm in ["klinische_zorg", "beveiligde_zorg", "hoogspecialistisch_ggz", "hoogspecialistisch_ziekenhuis"] {
		regels([punt({"zorgvorm": vorm})]) == set()
	}
}

test_acute_zorg_is_fout if {
	regels([punt({"zorgvorm": "acute_zorg"})]) == {"bespreekpunt-zorgvorm"}
	paden([punt({"zorgvorm": "acute_zorg"})]) == {"/bespreekpunten/0/zorgvorm"}
}

test_outreachende_zorg_is_fout if {
	regels([punt({"zorgvorm": "outreachende_zorg"})]) == {"bespreekpunt-zorgvorm"}
}

test_zonder_redenen_is_fout if {
	regels([object.remove(punt({}), ["redenen"])]) == {"bespreekpunt-redenen"}
}

test_lege_redenen_is_fout if {
	regels([punt({"redenen": "\n"})]) == {"bespreekpunt-redenen"}
}

test_zonder_stappen_is_fout if {
	regels([object.remove(punt({}), ["gezette_stappen"])]) == {"bespreekpunt-stappen"}
	paden([object.remove(punt({}), ["gezette_stappen"])]) == {"/bespreekpunten/0/gezette_stappen"}
}

test_zonder_waarom_is_fout if {
	paden([object.remove(punt({}), ["waarom_niet_opgelost"])]) == {"/bespreekpunten/0/waarom_niet_opgelost"}
}

test_zonder_voorstel_is_fout if {
	regels([object.remove(punt({}), ["voorstel"])]) == {"bespreekpunt-voorstel"}
}

test_zonder_contactpersonen_is_fout if {
	regels([object.remove(punt({}), ["contactpersonen"])]) == {"bespreekpunt-contactpersonen"}
	regels([punt({"contactpersonen": []})]) == {"bespreekpunt-contactpersonen"}
}

test_contactpersoon_zonder_gegevens_is_fout if {
	p := punt({"contactpersonen": [{"naam": "A", "telefoon": "+31 6 1234 5678"}, {"naam": "B"}]})
	paden([p]) == {"/bespreekpunten/0/contactpersonen/1"}
}

test_melding_noemt_de_landelijke_vormen if {
	some v in bespreekpunten.overtreding with input as {"bespreekpunten": [punt({"zorgvorm": "acute_zorg"})]}
	contains(v.nl, "klinische zorg, beveiligde zorg, hoogspecialistische zorg vanuit de ggz en hoogspecialistische zorg vanuit ziekenhuizen")
	contains(v.en, "clinical care, secure care, high-specialist care from mental-health institutions and high-specialist care from hospitals")
}

zorgvormen(beveiligd) := {"beveiligde_zorg": beveiligd}

regels_met(punten, vormen) := {v.regel | some v in bespreekpunten.overtreding with input as {"bespreekpunten": punten, "zorgvormen": vormen}}

rustig := {
	"aanwezig": true,
	"werkelijke_jaarlijkse_vraag": 90,
	"jaarlijkse_capaciteit": {"patienten_binnen_regio": 100},
	"onvervulde_vraag": {"gemiddelde_wachttijd_weken": 2, "aantal_gesloten_wachtlijsten": 0},
	"onder_druk": {"mate": "niet"},
}

test_bespreekpunt_zonder_knelpunt_is_waarschuwing if {
	regels_met([punt({})], zorgvormen(rustig)) == {"bespreekpunt-zonder-knelpunt"}
}

test_bespreekpunt_met_knelpunt_mag if {
	regels_met([punt({})], zorgvormen(object.union(rustig, {"werkelijke_jaarlijkse_vraag": 120}))) == set()
	regels_met([punt({})], zorgvormen(object.union(rustig, {"onder_druk": {"mate": "enigszins"}}))) == set()
}

test_bespreekpunt_over_afwezige_zorgvorm_mag if {
	regels_met([punt({})], zorgvormen({"aanwezig": false})) == set()
}

# A placeholder in any field the agreement asks for is reported under that field's rule.
test_plaatshouders_zijn_geen_inhoud if {
	every veld, regel in {"redenen": "bespreekpunt-redenen", "gezette_stappen": "bespreekpunt-stappen", "waarom_niet_opgelost": "bespreekpunt-stappen", "voorstel": "bespreekpunt-voorstel"} {
		every tekst in ["n.v.t.", "PM", "volgt", "-", "zie boven"] {
			p := [punt({veld: tekst})]
			regels(p) == {regel}
			paden(p) == {sprintf("/bespreekpunten/0/%s", [veld])}
		}
	}
}

test_plaatshouder_genoemd if {
	some v in bespreekpunten.overtreding with input as {"bespreekpunten": [punt({"voorstel": "PM"})]}
	v.nl == "Bespreekpunt 'Tekort aan LIZ-bedden' heeft geen voorstel ('PM' is een plaatshouder, geen inhoud). Schrijf onder 'voorstel' welke oplossingsrichting de regio voorstelt of wat zij de landelijke tafel vraagt."
}
