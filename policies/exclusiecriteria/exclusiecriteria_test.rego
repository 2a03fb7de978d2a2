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
	paden(p) == {"/zorgvormen/beveiligde_zorg/exclusiecriteria/0/motivatie"}
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
		{"omschrijving": "Actueel middelengebruik", "motivatie": "Geen verslavingsarts."},
		{"omschrijving": "Agressie in de afgelopen maand"},
	])
	paden(p) == {"/zorgvormen/beveiligde_zorg/exclusiecriteria/1/motivatie"}
}

test_geen_criteria_geen_bevindingen if {
	regels({"zorgvormen": {"acute_zorg": {"aanwezig": true}}}) == set()
}

# A placeholder is how documents leave a field open: it is not a motivation.
test_plaatshouder_is_geen_motivatie if {
	every motivatie in ["n.v.t.", "N.V.T", "nvt", "-", "?", "PM", "p.m.", "idem", "zie boven", "TBD", "xxx", "Volgt.", "geen", "Niet van toepassing."] {
		p := plan([{"omschrijving": "Actueel middelengebruik", "motivatie": motivatie}])
		regels(p) == {"exclusie-motivatie"}
		paden(p) == {"/zorgvormen/beveiligde_zorg/exclusiecriteria/0/motivatie"}
	}
}

test_plaatshouder_genoemd_in_de_melding if {
	some v in exclusiecriteria.overtreding with input as plan([{"omschrijving": "Actueel middelengebruik", "motivatie": "n.v.t."}])
	contains(v.nl, "heeft geen motivatie ('n.v.t.' is een plaatshouder, geen inhoud)")
	contains(v.en, "has no motivation ('n.v.t.' is a placeholder, not content)")
}

test_te_korte_motivatie_genoemd_in_de_melding if {
	some v in exclusiecriteria.overtreding with input as plan([{"omschrijving": "Actueel middelengebruik", "motivatie": "ok"}])
	contains(v.nl, "('ok' is te kort om iets uit te leggen: schrijf minstens 5 letters of cijfers)")
}

# Short but real: a motivation need not be long to explain something.
test_korte_echte_motivatie_mag if {
	every motivatie in ["Geen verslavingsarts.", "Geen bed vrij.", "Brandveiligheid."] {
		regels(plan([{"omschrijving": "Actueel middelengebruik", "motivatie": motivatie}])) == set()
	}
}

test_plaatshouder_is_geen_omschrijving if {
	p := plan([{"omschrijving": "PM", "motivatie": "De afdeling heeft geen verslavingsarts."}])
	regels(p) == {"exclusie-omschrijving"}
	paden(p) == {"/zorgvormen/beveiligde_zorg/exclusiecriteria/0/omschrijving"}
}

test_lange_omschrijving_ingekort_in_de_melding if {
	lang := concat("", ["Actueel middelengebruik ", concat("", ["ook " | some _ in numbers.range(1, 1000)])])
	some v in exclusiecriteria.overtreding with input as plan([{"omschrijving": lang}])
	v.regel == "exclusie-motivatie"
	count(v.nl) < 400
	contains(v.nl, "…'")
}

# A description names what is excluded, so the field's abbreviations are descriptions; the
# minimum length is for motivations (issue 12 follow-up). A placeholder is no description.
test_korte_omschrijving_mag if {
	every omschrijving in ["LVB", "TBS", "NAH"] {
		regels(plan([{"omschrijving": omschrijving, "motivatie": "De afdeling heeft geen gedragsdeskundige voor deze groep."}])) == set()
	}
	regels(plan([{"omschrijving": "PM (volgt)", "motivatie": "De afdeling heeft geen gedragsdeskundige voor deze groep."}])) == {"exclusie-omschrijving"}
	regels(plan([{"omschrijving": "LVB", "motivatie": "LVB"}])) == {"exclusie-motivatie"}
}
