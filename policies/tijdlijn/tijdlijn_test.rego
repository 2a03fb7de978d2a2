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

# The days before the first meeting (10 March 2025), as a sentence: before, on the day, after;
# one day in the singular.
test_informatie_dagen_in_een_zin if {
	every datum, deel in {
		"2025-03-01": ["is 9 dagen voor de eerste bijeenkomst", "was distributed 9 days before the first meeting"],
		"2025-03-09": ["is 1 dag voor de eerste bijeenkomst", "was distributed 1 day before the first meeting"],
		"2025-03-10": ["is op de dag van de eerste bijeenkomst", "was distributed on the day of the first meeting"],
		"2025-03-11": ["is pas 1 dag na de eerste bijeenkomst", "was distributed only 1 day after the first meeting"],
		"2025-03-14": ["is pas 4 dagen na de eerste bijeenkomst", "was distributed only 4 days after the first meeting"],
	} {
		some v in tijdlijn.overtreding with input as object.union(goed, {"tijdlijn": {"voorbereidende_informatie_verspreid": datum}})
		v.regel == "tijdlijn-informatie"
		contains(v.nl, deel[0])
		contains(v.en, deel[1])
		contains(v.nl, "afgesproken is uiterlijk 14 dagen vooraf")
	}
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

jaarplan(jaar, extra) := object.union({"inkoopjaar": jaar}, extra)

jaarfouten(p) := {[v.regel, v.pad] | some v in tijdlijn.overtreding with input as p; v.regel == "tijdlijn-jaar"}

# A plan for 2027 whose every date is still in 2025 (copied from last year). The discussion
# with the insurer (2025-03-18) is in 2025, a year of the purchasing cycle for 2027, but before
# it started: that is tijdlijn-indicatie, not a year off.
test_datums_een_jaar_ernaast_zijn_fout if {
	p := jaarplan(2027, {
		"vastgesteld_op": "2025-08-14",
		"tijdlijn": {"voorbereidende_informatie_verspreid": "2025-02-17", "advies_landelijke_tafel_ontvangen": "2025-07-03"},
		"gespreksrondes": [{"ronde": 1, "bijeenkomsten": [{"datum": "2025-03-10"}], "afgerond": "2025-05-20", "inbreng_landelijke_tafel": "2025-05-27"}],
		"extra_bijeenkomsten": [{"datum": "2025-06-02"}],
		"escalaties": [{"partij": "A", "datum": "2025-06-20", "gedeeld_met_regionale_partijen_op": "2025-06-21"}],
		"wijzigingen_aanbod": [{"ingangsdatum": "2026-01-01", "besproken_met_zorgverzekeraars": [{"datum": "2025-03-18"}]}],
		"maatregelen": [{"gereed_op": "2025-12-31"}],
		"afwijkingen": [{"geldig_tot": "2025-12-31"}],
	})
	jaarfouten(p) == {
		["tijdlijn-jaar", "/vastgesteld_op"],
		["tijdlijn-jaar", "/tijdlijn/voorbereidende_informatie_verspreid"],
		["tijdlijn-jaar", "/tijdlijn/advies_landelijke_tafel_ontvangen"],
		["tijdlijn-jaar", "/gespreksrondes/0/bijeenkomsten/0/datum"],
		["tijdlijn-jaar", "/gespreksrondes/0/afgerond"],
		["tijdlijn-jaar", "/gespreksrondes/0/inbreng_landelijke_tafel"],
		["tijdlijn-jaar", "/extra_bijeenkomsten/0/datum"],
		["tijdlijn-jaar", "/escalaties/0/datum"],
		["tijdlijn-jaar", "/escalaties/0/gedeeld_met_regionale_partijen_op"],
		["tijdlijn-jaar", "/wijzigingen_aanbod/0/ingangsdatum"],
		["tijdlijn-jaar", "/maatregelen/0/gereed_op"],
	}
}

test_datums_in_hun_venster_mogen if {
	p := jaarplan(2027, {
		"vastgesteld_op": "2026-08-14",
		"tijdlijn": {"voorbereidende_informatie_verspreid": "2026-01-05", "advies_landelijke_tafel_ontvangen": "2026-06-15"},
		"gespreksrondes": [{"ronde": 2, "bijeenkomsten": [{"datum": "2026-12-31"}]}],
		"wijzigingen_aanbod": [
			{"ingangsdatum": "2027-01-01", "besproken_met_zorgverzekeraars": [{"datum": "2025-11-01"}]},
			{"ingangsdatum": "2027-12-31", "besproken_met_zorgverzekeraars": [{"datum": "2027-06-30"}]},
		],
		"maatregelen": [{"gereed_op": "2026-01-01"}, {"gereed_op": "2030-01-01"}],
	})
	jaarfouten(p) == set()
}

test_grenzen_van_de_vensters if {
	jaarfouten(jaarplan(2027, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2025-12-31"}})) == {["tijdlijn-jaar", "/tijdlijn/advies_landelijke_tafel_ontvangen"]}
	jaarfouten(jaarplan(2027, {"wijzigingen_aanbod": [{"ingangsdatum": "2028-01-01"}]})) == {["tijdlijn-jaar", "/wijzigingen_aanbod/0/ingangsdatum"]}
	jaarfouten(jaarplan(2027, {"wijzigingen_aanbod": [{"besproken_met_zorgverzekeraars": [{"datum": "2024-12-31"}]}]})) == {["tijdlijn-jaar", "/wijzigingen_aanbod/0/besproken_met_zorgverzekeraars/0/datum"]}
	jaarfouten(jaarplan(2027, {"gespreksrondes": [{"ronde": 1, "bijeenkomsten": [{"datum": "2027-01-01"}]}]})) == {["tijdlijn-jaar", "/gespreksrondes/0/bijeenkomsten/0/datum"]}
}

indicaties(p) := {[v.regel, v.pad] | some v in tijdlijn.overtreding with input as p; v.regel == "tijdlijn-indicatie"}

# Inside the right year but outside the period the guide indicates (§2.2): a warning,
# never also a year error; a date a year off is only the year error.
test_buiten_de_indicatie_is_waarschuwing if {
	p := jaarplan(2027, {
		"vastgesteld_op": "2026-06-30",
		"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2026-06-14"},
		"gespreksrondes": [{"ronde": 1, "bijeenkomsten": [{"datum": "2026-01-31"}]}],
		"extra_bijeenkomsten": [{"datum": "2026-01-20"}],
		"wijzigingen_aanbod": [{"ingangsdatum": "2027-01-01", "besproken_met_zorgverzekeraars": [{"datum": "2025-10-31"}]}],
	})
	indicaties(p) == {
		["tijdlijn-indicatie", "/vastgesteld_op"],
		["tijdlijn-indicatie", "/tijdlijn/advies_landelijke_tafel_ontvangen"],
		["tijdlijn-indicatie", "/gespreksrondes/0/bijeenkomsten/0/datum"],
		["tijdlijn-indicatie", "/extra_bijeenkomsten/0/datum"],
		["tijdlijn-indicatie", "/wijzigingen_aanbod/0/besproken_met_zorgverzekeraars/0/datum"],
	}
	jaarfouten(p) == set()
}

test_grenzen_van_de_indicatie if {
	indicaties(jaarplan(2027, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2026-06-15"}})) == set()
	indicaties(jaarplan(2027, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2026-07-15"}})) == set()
	indicaties(jaarplan(2027, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2026-07-16"}})) == {["tijdlijn-indicatie", "/tijdlijn/advies_landelijke_tafel_ontvangen"]}
	indicaties(jaarplan(2027, {"vastgesteld_op": "2026-07-01"})) == set()
	indicaties(jaarplan(2027, {"vastgesteld_op": "2026-11-15"})) == set()
	indicaties(jaarplan(2027, {"vastgesteld_op": "2026-11-16"})) == {["tijdlijn-indicatie", "/vastgesteld_op"]}
	indicaties(jaarplan(2027, {"gespreksrondes": [{"ronde": 1, "bijeenkomsten": [{"datum": "2026-02-01"}]}]})) == set()
	indicaties(jaarplan(2027, {"wijzigingen_aanbod": [{"besproken_met_zorgverzekeraars": [{"datum": "2025-11-01"}]}]})) == set()
}

test_een_jaar_ernaast_is_geen_indicatie if {
	p := jaarplan(2027, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2025-06-10"}, "vastgesteld_op": "2027-01-10"})
	indicaties(p) == set()
	jaarfouten(p) == {["tijdlijn-jaar", "/tijdlijn/advies_landelijke_tafel_ontvangen"], ["tijdlijn-jaar", "/vastgesteld_op"]}
}

# The guide's timeline is the way of working from 2026 (§2.2); a 2025 plan has no indication.
test_indicatie_geldt_vanaf_2026 if {
	indicaties(jaarplan(2025, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2024-06-10"}})) == set()
	indicaties(jaarplan(2026, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2025-06-10"}})) != set()
}

test_melding_noemt_de_indicatie if {
	some v in tijdlijn.overtreding with input as jaarplan(2026, {"tijdlijn": {"advies_landelijke_tafel_ontvangen": "2025-06-10"}})
	v.regel == "tijdlijn-indicatie"
	v.nl == "Het advies van de landelijke tafel (2025-06-10) ligt buiten de periode die de Gespreksleidraad aangeeft, van 2025-06-15 tot en met 2025-07-15: de landelijke tafel komt in de derde week van juni 2025 bijeen en deelt begin juli haar adviezen met de regionale tafels (Gespreksleidraad §2.2). Dat is een indicatie, geen grens; controleer de datum, en leg een bewuste afwijking vast onder 'afwijkingen'."
	v.en == "The national table's advice (2025-06-10) is outside the period the guide indicates, from 2025-06-15 to 2025-07-15 inclusive: the national table meets in the third week of June 2025 and shares its advice with the regional tables in early July (Gespreksleidraad §2.2). That is an indication, not a limit; check the date, and record a deliberate deviation under 'afwijkingen'."
	some w in tijdlijn.overtreding with input as jaarplan(2026, {"gespreksrondes": [{"ronde": 1, "bijeenkomsten": [{"datum": "2025-01-20"}]}]})
	w.regel == "tijdlijn-indicatie"
	contains(w.nl, "(2025-01-20) ligt buiten de periode die de Gespreksleidraad aangeeft, vanaf 2025-02-01: voor inkoopjaar 2026 plannen de regionale tafels vanaf januari")
	contains(w.en, "is outside the period the guide indicates, from 2025-02-01 on: for contracting year 2026 the regional")
}

test_melding_noemt_het_venster if {
	some v in tijdlijn.overtreding with input as jaarplan(2027, {"gespreksrondes": [{"ronde": 1, "bijeenkomsten": [{"datum": "2025-03-10"}]}]})
	v.regel == "tijdlijn-jaar"
	v.nl == "De bijeenkomst (2025-03-10) ligt niet tussen 2026-01-01 en 2026-12-31: de regionale tafels praten over inkoopjaar 2027 in 2026, vanaf januari (Gespreksleidraad §2.2). Controleer het jaar; dit plan is voor inkoopjaar 2027."
	v.en == "The meeting (2025-03-10) is not between 2026-01-01 and 2026-12-31: the regional tables discuss contracting year 2027 in 2026, from January (Gespreksleidraad §2.2). Check the year; this plan is for contracting year 2027."
}

test_melding_zonder_bovengrens if {
	some v in tijdlijn.overtreding with input as jaarplan(2027, {"maatregelen": [{"gereed_op": "2025-12-31"}]})
	startswith(v.nl, "De datum waarop de maatregel gereed is (2025-12-31) ligt voor 2026-01-01: ")
	startswith(v.en, "The date the measure is to be ready (2025-12-31) is before 2026-01-01: ")
}

test_vorige_versie_telt_niet_mee if {
	jaarfouten(jaarplan(2027, {"vorige_versie": {"plan": {"vastgesteld_op": "2025-08-14"}}})) == set()
}

test_zonder_inkoopjaar_geen_venster if {
	jaarfouten({"vastgesteld_op": "2025-08-14"}) == set()
}

# Singular and plural written out, never "gespreksronde(s)".
test_een_ronde_in_enkelvoud if {
	some v in tijdlijn.overtreding with input as met_rondes([ronde(0, {})])
	v.regel == "tijdlijn-rondes"
	v.nl == "Het plan noemt 1 gespreksronde; elke regio organiseert minimaal 2 gespreksrondes, met daartussen de ondersteunende landelijke tafel. Leg onder 'gespreksrondes' elke ronde vast met haar bijeenkomsten."
	v.en == "The plan lists 1 round; every region holds at least 2 rounds, with the supporting national table in between. Record each round with its meetings under 'gespreksrondes'."
}

test_eerste_ronde_in_het_engels if {
	p := met_rondes([ronde(0, {"afgerond": "2025-06-10", "inbreng_landelijke_tafel": "2025-06-12"}), ronde(1, {})])
	{v.en | some v in tijdlijn.overtreding with input as p} == {
		"The first round closes on 2025-06-10; the agreement is 2025-05-31 at the latest, so that the national table can meet in June. Plan this earlier, or record a deliberate deviation under 'afwijkingen'.",
		"The input reaches the national table on 2025-06-12; the agreement is 2025-05-31 at the latest, so that the national table can meet in June. Plan this earlier, or record a deliberate deviation under 'afwijkingen'.",
	}
	q := met_rondes([object.remove(ronde(0, {}), ["afgerond"]), object.remove(ronde(1, {}), ["afgerond"])])
	{v.en | some v in tijdlijn.overtreding with input as q} == {
		"The plan does not say when the first round closes; the agreement is 2025-05-31 at the latest, so that the national table can meet in June. Record the date under 'afgerond' of round 1.",
		"The plan does not say when the second round closes; the agreement is 2025-08-15 at the latest, so that the plan can land in contracting (August to mid-November). Record the date under 'afgerond' of round 2.",
	}
}

# Every explanation names the year with an indexed verb: sprintf then leaves out the years
# it does not use instead of appending "%!(EXTRA ...)".
test_elke_uitleg_zonder_restanten if {
	every _, venster in data.ggzcheck.gegevens.datumvensters.vensters {
		every tekst in [venster.uitleg, venster.uitleg_en, object.get(venster, ["indicatie", "uitleg"], "%[1]d"), object.get(venster, ["indicatie", "uitleg_en"], "%[1]d")] {
			not contains(sprintf(tekst, [2027, 2026, 2025]), "%!")
		}
	}
}

# A missing milestone names the field to fill in, in Dutch too.
test_ontbrekende_mijlpaal_noemt_het_veld if {
	q := met_rondes([object.remove(ronde(0, {}), ["inbreng_landelijke_tafel"]), ronde(1, {})])
	some v in tijdlijn.overtreding with input as q
	v.nl == "De inbreng bij de landelijke tafel van de eerste ronde ontbreekt; afgesproken is uiterlijk 2025-05-31, zodat de landelijke tafel in juni kan bijeenkomen. Leg de datum vast onder 'inbreng_landelijke_tafel' bij ronde 1."
}

# Only the dates before a first day or after a last day of their path are checked further:
# exactly those outside the window or its indication.
test_te_toetsen_zijn_de_datums_buiten_venster_of_indicatie if {
	every jaar in [2027, 2025, 999, 10001] {
		te_toetsen_zelfde_als_venster_en_indicatie with input as {"inkoopjaar": jaar}
	}
}

# The dates on and around every bound of every window and indication, for the plan's year.
te_toetsen_zelfde_als_venster_en_indicatie if {
	grenzen := {g | some x in [tijdlijn.venstergrenzen, tijdlijn.indicatiegrenzen]; some w in x; some g in [w.van, w.tot]; g != ""}
	count(grenzen) > 0
	vast := {"2024-10-31", "2025-01-01", "2025-12-31", "2026-01-31", "2026-06-14", "2026-07-16", "2026-11-16", "2027-12-31", "2028-01-01", "2030-01-01"}
	net_erna := {concat("", [g, "x"]) | some g in grenzen}
	net_ervoor := {substring(g, 0, count(g) - 1) | some g in grenzen}
	datums := union({grenzen, vast, net_erna, net_ervoor})
	every paden in tijdlijn.vensterpaden {
		every p in paden {
			{d | some d in datums; buiten_een(p.venster, d)} == {d | some d in datums; tijdlijn.buiten_een_grens(d, p, tijdlijn.grensdatums)}
		}
	}
}

buiten_een(naam, datum) if {
	some grenzen in [tijdlijn.venstergrenzen[naam], object.get(tijdlijn.indicatiegrenzen, naam, tijdlijn.venstergrenzen[naam])]
	tijdlijn.buiten(datum, grenzen)
}
