package ggzcheck.afspraken.volledigheid_test

import data.ggzcheck.afspraken.volledigheid

compleet := {
	"aanwezig": true,
	"verwachte_jaarlijkse_vraag": 100,
	"werkelijke_jaarlijkse_vraag": 90,
	"landelijke_functie": false,
	"jaarlijkse_capaciteit": {"patienten_binnen_regio": 100, "patienten_buiten_regio": 5},
	"onvervulde_vraag": {"aantal_wachtenden": 0, "gemiddelde_wachttijd_weken": 0, "aantal_gesloten_wachtlijsten": 0},
	"onder_druk": {"mate": "niet"},
}

afwezig := {
	"aanwezig": false,
	"verwachte_jaarlijkse_vraag": 20,
	"werkelijke_jaarlijkse_vraag": 18,
	"opvang_bij_afwezigheid": {"regio": "buurregio", "toegankelijk_en_voldoende": true},
}

# Every test plan has all six care forms; a test replaces the ones it is about.
alle_zes := {vorm: compleet | some vorm in ["acute_zorg", "outreachende_zorg", "klinische_zorg", "beveiligde_zorg", "hoogspecialistisch_ggz", "hoogspecialistisch_ziekenhuis"]}

plan(vormen) := {"zorgvormen": object.union(object.remove(alle_zes, [k | some k, _ in vormen]), vormen)}

regels(p) := {v.regel | some v in volledigheid.overtreding with input as p}

paden(p) := {v.pad | some v in volledigheid.overtreding with input as p}

meldingen(p) := [v.nl | some v in volledigheid.overtreding with input as p]

test_complete_zorgvorm_mag if {
	regels(plan({"klinische_zorg": compleet, "beveiligde_zorg": afwezig})) == set()
}

test_ontbrekende_velden_in_een_melding if {
	p := plan({"klinische_zorg": object.remove(compleet, ["verwachte_jaarlijkse_vraag", "onvervulde_vraag"])})
	regels(p) == {"zorgvorm-gegevens"}
	paden(p) == {"/zorgvormen/klinische_zorg"}
	count(meldingen(p)) == 1
	contains(meldingen(p)[0], "de verwachte jaarlijkse vraag ('verwachte_jaarlijkse_vraag'), het aantal wachtenden")
}

test_afwezige_zorgvorm_geeft_alleen_vraag if {
	regels(plan({"beveiligde_zorg": object.remove(afwezig, ["werkelijke_jaarlijkse_vraag"])})) == {"zorgvorm-gegevens"}
}

test_druk_zonder_onderbouwing_is_fout if {
	p := plan({"klinische_zorg": object.union(compleet, {"onder_druk": {"mate": "sterk", "kwalitatief": "Bedden dicht in de zomer."}})})
	regels(p) == {"zorgvorm-druk-onderbouwd"}
	paden(p) == {"/zorgvormen/klinische_zorg/onder_druk"}
	contains(meldingen(p)[0], "het aandeel PNIL ('onder_druk.personeel.pnil_aandeel_procent'), de vacaturegraad ('onder_druk.personeel.vacaturegraad_procent') en financiële informatie ('onder_druk.financieel')")
}

test_onderbouwde_druk_mag if {
	druk := {"mate": "enigszins", "personeel": {"pnil_aandeel_procent": 10, "vacaturegraad_procent": 5}, "financieel": "Tekort.", "kwalitatief": "Zomersluiting."}
	regels(plan({"klinische_zorg": object.union(compleet, {"onder_druk": druk})})) == set()
}

test_acute_zorg_afwezig_is_fout if {
	p := plan({"acute_zorg": afwezig})
	regels(p) == {"zorgvorm-fundament"}
	paden(p) == {"/zorgvormen/acute_zorg/aanwezig"}
}

test_outreachende_zorg_met_landelijke_functie_is_fout if {
	p := plan({"outreachende_zorg": object.union(compleet, {"landelijke_functie": true})})
	regels(p) == {"zorgvorm-landelijke-functie"}
	paden(p) == {"/zorgvormen/outreachende_zorg/landelijke_functie"}
}

test_klinische_zorg_met_landelijke_functie_mag if {
	regels(plan({"klinische_zorg": object.union(compleet, {"landelijke_functie": true})})) == set()
}

test_afwezig_zonder_opvang_is_fout if {
	p := plan({"beveiligde_zorg": object.remove(afwezig, ["opvang_bij_afwezigheid"])})
	regels(p) == {"zorgvorm-afwezig-opvang"}
	paden(p) == {"/zorgvormen/beveiligde_zorg/aanwezig"}
}

test_opvang_niet_toegankelijk_is_fout if {
	vorm := object.union(afwezig, {"opvang_bij_afwezigheid": {"regio": "buurregio", "toegankelijk_en_voldoende": false}})
	regels(plan({"beveiligde_zorg": vorm})) == {"zorgvorm-afwezig-opvang"}
}

test_afwezig_maar_landelijk_ingebracht_mag if {
	p := object.union(
		plan({"beveiligde_zorg": object.remove(afwezig, ["opvang_bij_afwezigheid"])}),
		{"bespreekpunten": [{"zorgvorm": "beveiligde_zorg", "titel": "Geen beveiligde zorg"}]},
	)
	regels(p) == set()
}

test_voorziening_uit_de_lijst_mag if {
	vorm := object.union(compleet, {"aanbod": [{"aanbieder": "A", "voorziening": "mpu"}, {"aanbieder": "B"}]})
	regels(plan({"klinische_zorg": vorm})) == set()
}

test_andere_voorziening_zonder_motivatie_is_fout if {
	vorm := object.union(compleet, {"aanbod": [{"aanbieder": "A", "voorziening": "MPU"}, {"aanbieder": "B", "voorziening": "herstelhuis"}]})
	p := plan({"klinische_zorg": vorm})
	regels(p) == {"zorgvorm-operationalisatie"}
	paden(p) == {"/zorgvormen/klinische_zorg/aanbod/1/voorziening"}
}

test_andere_voorziening_met_motivatie_mag if {
	vorm := object.union(compleet, {
		"aanbod": [{"aanbieder": "B", "voorziening": "herstelhuis"}],
		"afwijking_operationalisatie": "Het herstelhuis vervangt in deze regio een deel van de klinische opnames.",
	})
	regels(plan({"klinische_zorg": vorm})) == set()
}

test_druk_met_plaatshouder_als_onderbouwing_is_fout if {
	druk := {"mate": "sterk", "personeel": {"pnil_aandeel_procent": 10, "vacaturegraad_procent": 5}, "financieel": "p.m.", "kwalitatief": "Zomersluiting van twee bedden."}
	p := plan({"klinische_zorg": object.union(compleet, {"onder_druk": druk})})
	regels(p) == {"zorgvorm-druk-onderbouwd"}
	paden(p) == {"/zorgvormen/klinische_zorg/onder_druk/financieel"}
	contains(meldingen(p)[0], "de onderbouwing mist financiële informatie ('onder_druk.financieel') ('p.m.' is een plaatshouder, geen inhoud).")
}

test_druk_zonder_tekst_wijst_naar_onder_druk if {
	druk := {"mate": "sterk", "personeel": {"pnil_aandeel_procent": 10, "vacaturegraad_procent": 5}, "kwalitatief": "Zomersluiting van twee bedden."}
	paden(plan({"klinische_zorg": object.union(compleet, {"onder_druk": druk})})) == {"/zorgvormen/klinische_zorg/onder_druk"}
}

test_plaatshouder_als_afwijking_operationalisatie_is_fout if {
	vorm := object.union(compleet, {
		"aanbod": [{"aanbieder": "B", "voorziening": "herstelhuis"}],
		"afwijking_operationalisatie": "n.v.t.",
	})
	regels(plan({"klinische_zorg": vorm})) == {"zorgvorm-operationalisatie"}
}

test_ontbrekende_zorgvorm_is_fout if {
	p := {"zorgvormen": object.remove(alle_zes, ["beveiligde_zorg"])}
	regels(p) == {"zorgvorm-alle-zes"}
	paden(p) == {"/zorgvormen/beveiligde_zorg"}
	meldingen(p)[0] == "Beveiligde zorg ('beveiligde_zorg') staat niet in het plan. Beschrijf alle zes zorgvormen, ook een die in de regio ontbreekt: voeg 'beveiligde_zorg:' toe onder 'zorgvormen', met 'aanwezig' en de gegevens van Bijlage 2."
}

test_zonder_zorgvormen_alle_zes_gemeld if {
	count([v | some v in volledigheid.overtreding with input as {}; v.regel == "zorgvorm-alle-zes"]) == 6
}

test_zonder_aanwezig_alleen_dat_gemeld if {
	p := plan({"klinische_zorg": object.remove(compleet, ["aanwezig", "landelijke_functie"])})
	regels(p) == {"zorgvorm-gegevens"}
	meldingen(p) == ["Bij klinische zorg ontbreekt of het aanbod in de regio aanwezig is ('aanwezig'). Bijlage 2 van de Gespreksleidraad vraagt dit voor elke zorgvorm; vul het aan, zo nodig als schatting met een toelichting."]
}

# The sources' own spellings of the listed facilities (notitie §3.2, Gespreksleidraad
# Figuur 1, §1.4, §4.1.1) need no motivation.
test_voorzieningen_zoals_de_bronnen_ze_schrijven if {
	every vorm, labels in {
		"acute_zorg": ["Crisisdienst", "crisisdiensten", "IHT-team", "HIC", "High & Intensive Care", "acute thuisbehandeling"],
		"outreachende_zorg": ["FACT-team", "FACT-teams", "fact team", "VIP-team", "IHT-team", "IHT teams", "Flexible Assertive Community Treatment"],
		"klinische_zorg": ["MPU-unit", "MPU-units", "PUK", "PUK'en", "PAAZ", "ggz opname", "opname in een ggz-instelling"],
		"beveiligde_zorg": ["beveiligde bedden niveau 2/3", "KIB", "LIZ", "ketenveldnorm/levensloopaanpak"],
		"hoogspecialistisch_ggz": ["HS-8", "HS8", "setting 8", "Setting 8 (HS-8)", "topreferente zorg"],
		"hoogspecialistisch_ziekenhuis": ["HS-8", "MPU-unit", "PUK"],
	} {
		every label in labels {
			regels(plan({vorm: object.union(compleet, {"aanbod": [{"aanbieder": "A", "voorziening": label}]})})) == set()
		}
	}
}

# The field's labels: kind words, quantities and a location after the kind word (issue 12
# follow-up); a named unit is not HS-8.
test_voorzieningen_zoals_het_veld_ze_schrijft if {
	every vorm, labels in {
		"acute_zorg": ["HIC-afdeling", "IHT (12 plaatsen)", "Crisisdienst (24 uur per week)"],
		"outreachende_zorg": ["FACT team Noord", "VIP-team Zuid"],
		"beveiligde_zorg": ["LIZ-plaatsen", "KIB (8 bedden)"],
		"hoogspecialistisch_ggz": ["HS-8 bedden", "setting 8 uit het Zpm"],
		"hoogspecialistisch_ziekenhuis": ["MPU-bedden", "MPU-afdelingen"],
	} {
		every label in labels {
			regels(plan({vorm: object.union(compleet, {"aanbod": [{"aanbieder": "A", "voorziening": label}]})})) == set()
		}
	}
	every label in ["unit 8", "Afdeling 8", "8 bedden", "HIC setting"] {
		regels(plan({"hoogspecialistisch_ggz": object.union(compleet, {"aanbod": [{"aanbieder": "A", "voorziening": label}]})})) == {"zorgvorm-operationalisatie"}
	}
}

test_voorziening_van_een_andere_zorgvorm_vraagt_motivatie if {
	regels(plan({"outreachende_zorg": object.union(compleet, {"aanbod": [{"aanbieder": "A", "voorziening": "HIC"}]})})) == {"zorgvorm-operationalisatie"}
	regels(plan({"acute_zorg": object.union(compleet, {"aanbod": [{"aanbieder": "A", "voorziening": "FACT-team"}]})})) == {"zorgvorm-operationalisatie"}
}

# Verb and pronoun agree with the number of missing data: "ontbreekt ... vul het aan" for one,
# "ontbreken ... vul ze aan" for more.
test_meerdere_ontbrekende_gegevens_in_het_meervoud if {
	p := plan({"klinische_zorg": object.remove(compleet, ["verwachte_jaarlijkse_vraag", "werkelijke_jaarlijkse_vraag"])})
	regels(p) == {"zorgvorm-gegevens"}
	meldingen(p) == ["Bij klinische zorg ontbreken de verwachte jaarlijkse vraag ('verwachte_jaarlijkse_vraag') en de werkelijke jaarlijkse vraag ('werkelijke_jaarlijkse_vraag'). Bijlage 2 van de Gespreksleidraad vraagt dit voor elke zorgvorm; vul ze aan, zo nodig als schatting met een toelichting."]
	some v in volledigheid.overtreding with input as p
	endswith(v.en, "add them, as an estimate with an explanation if need be.")
}
