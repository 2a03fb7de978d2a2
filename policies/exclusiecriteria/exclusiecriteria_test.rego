package ggzcheck.afspraken.exclusiecriteria_test

import data.ggzcheck.afspraken.exclusiecriteria

plan(criteria) := {"zorgvormen": {"beveiligde_zorg": {"aanwezig": true, "exclusiecriteria": criteria}}}

regels(p) := {v.regel | some v in exclusiecriteria.overtreding with input as p}

paden(p) := {v.pad | some v in exclusiecriteria.overtreding with input as p}

test_gemotiveerd_criterium_mag if {
	regels(plan([{"omschrijving": "Actueel middelengebruik", "motivatie": "De afdeling heeft geen verslavingsarts; patiënten gaan naar de dubbele-diagnosekliniek."}])) == set()
}

test_zonder_motivatie_is_fout if {
	p := plan([{"omschrijving": "Actueel middelengebruik"}])
	regels(p) == {"exclusie-motivatie"}
	paden(p) == {"/zorgvormen/beveiligde_zorg/exclusiecriteria/0"}
}

test_lege_motivatie_is_fout if {
	regels(plan([{"omschrijving": "Actueel middelengebruik", "motivatie": "   "}])) == {"exclusie-motivatie"}
}

test_herhaalde_omschrijving_is_fout if {
	p := plan([{"omschrijving": "Actueel middelengebruik", "motivatie": "actueel middelengebruik."}])
	regels(p) == {"exclusie-motivatie"}
	paden(p) == {"/zorgvormen/beveiligde_zorg/exclusiecriteria/0/motivatie"}
}

test_zonder_omschrijving_is_fout if {
	p := plan([{"motivatie": "Geen verslavingsarts."}])
	regels(p) == {"exclusie-omschrijving"}
}

test_leeg_criterium_geeft_beide if {
	regels(plan([{}])) == {"exclusie-omschrijving", "exclusie-motivatie"}
}

test_tweede_criterium_heeft_eigen_pad if {
	p := plan([
		{"omschrijving": "A", "motivatie": "Omdat B."},
		{"omschrijving": "C"},
	])
	paden(p) == {"/zorgvormen/beveiligde_zorg/exclusiecriteria/1"}
}

test_geen_criteria_geen_bevindingen if {
	regels({"zorgvormen": {"acute_zorg": {"aanwezig": true}}}) == set()
}
