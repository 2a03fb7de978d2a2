package ggzcheck.afspraken.escalatie_test

import data.ggzcheck.afspraken.escalatie

motivatie := {
	"knelpunt": "Geen consensus over het bespreekpunt klinische zorg.",
	"argumenten": "De verzekeraar vindt het regionaal oplosbaar; de kerninstelling niet.",
	"onderbouwing": "Wachtlijstcijfers 2024.",
	"afwegingen": "De tafel woog regionale herverdeling af.",
	"waarom_geen_oplossing": "Geen partij kan de bedden leveren.",
	"oplossingsrichting": "Bespreking op de landelijke tafel.",
	"perspectieven": "Patiënten en aanbieders zijn gehoord.",
	"benodigde_expertise": "Capaciteitsplanning van het landelijk netwerk.",
}

esc(extra) := object.union({
	"partij": "GGZ Zilverduin",
	"datum": "2025-06-20",
	"onderwerp": "Bespreekpunt klinische zorg",
	"motivatie": motivatie,
	"gedeeld_met_regionale_partijen_op": "2025-06-20",
}, extra)

extra := [
	{"datum": "2025-06-02", "overeenstemming": false},
	{"datum": "2025-06-16"},
]

regels(p) := {v.regel | some v in escalatie.overtreding with input as p}

paden(p) := {v.pad | some v in escalatie.overtreding with input as p}

test_volledige_escalatie_mag if {
	regels({"escalaties": [esc({})], "extra_bijeenkomsten": extra}) == set()
}

test_geen_escalatie_geen_bevindingen if {
	regels({"extra_bijeenkomsten": extra}) == set()
}

test_na_een_extra_bijeenkomst_is_fout if {
	p := {"escalaties": [esc({})], "extra_bijeenkomsten": [extra[0]]}
	regels(p) == {"escalatie-extra-bijeenkomsten"}
	paden(p) == {"/escalaties/0/datum"}
}

test_bijeenkomst_met_overeenstemming_telt_niet if {
	p := {"escalaties": [esc({})], "extra_bijeenkomsten": [extra[0], {"datum": "2025-06-16", "overeenstemming": true}]}
	regels(p) == {"escalatie-extra-bijeenkomsten"}
}

test_bijeenkomst_na_escalatie_telt_niet if {
	p := {"escalaties": [esc({})], "extra_bijeenkomsten": [extra[0], {"datum": "2025-06-30"}]}
	regels(p) == {"escalatie-extra-bijeenkomsten"}
}

test_onvolledige_motivatie_is_fout if {
	# object.union merges nested objects, so replace the motivation via object.remove.
	onvolledig := object.union(object.remove(esc({}), ["motivatie"]), {"motivatie": object.remove(motivatie, ["perspectieven", "afwegingen"])})
	p := {"escalaties": [onvolledig], "extra_bijeenkomsten": extra}
	regels(p) == {"escalatie-motivatie"}
	paden(p) == {"/escalaties/0/motivatie/perspectieven", "/escalaties/0/motivatie/afwegingen"}
}

test_zonder_motivatie_mist_alles if {
	p := {"escalaties": [object.remove(esc({}), ["motivatie"])], "extra_bijeenkomsten": extra}
	count(paden(p)) == 8
}

test_niet_gedeeld_is_fout if {
	p := {"escalaties": [object.remove(esc({}), ["gedeeld_met_regionale_partijen_op"])], "extra_bijeenkomsten": extra}
	regels(p) == {"escalatie-gedeeld"}
	paden(p) == {"/escalaties/0"}
}

test_plaatshouder_in_de_motivatie_is_fout if {
	p := {"escalaties": [esc({"motivatie": object.union(motivatie, {"perspectieven": "zie boven"})})], "extra_bijeenkomsten": extra}
	{[v.regel, v.pad] | some v in escalatie.overtreding with input as p} == {["escalatie-motivatie", "/escalaties/0/motivatie/perspectieven"]}
	some v in escalatie.overtreding with input as p
	contains(v.nl, "noemt niet hoe die oplossing rekening houdt met de verschillende perspectieven ('zie boven' is een plaatshouder, geen inhoud).")
}

test_een_extra_bijeenkomst_in_enkelvoud if {
	p := {"escalaties": [esc({})], "extra_bijeenkomsten": [extra[0]]}
	some v in escalatie.overtreding with input as p
	v.regel == "escalatie-extra-bijeenkomsten"
	v.nl == "GGZ Zilverduin escaleert op 2025-06-20 na 1 extra bijeenkomst zonder overeenstemming. Escaleren kan pas als het na 2 aanvullende gesprekken niet lukt tot een oplossing te komen; leg die onder 'extra_bijeenkomsten' vast, met 'overeenstemming: false'."
	v.en == "GGZ Zilverduin escalates on 2025-06-20 after 1 extra meeting without agreement. Escalation is only possible after 2 additional meetings failed; record them under 'extra_bijeenkomsten', with 'overeenstemming: false'."
}
