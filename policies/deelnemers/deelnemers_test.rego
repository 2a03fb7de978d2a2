package ggzcheck.afspraken.deelnemers_test

import data.ggzcheck.afspraken.deelnemers

persoon(naam) := {"naam": naam, "email": "info@example.org"}

volledig := [
	{"rol": "patientvertegenwoordiging", "organisatie": "MIND", "contactpersoon": persoon("Sanne Bos"), "vertegenwoordiging_via": "mind"},
	{"rol": "kerninstelling", "organisatie": "GGZ Zilverduin", "contactpersoon": persoon("Anouk de Wit"), "mandaat": true, "initiatiefnemer": true},
	{"rol": "grootste_zorgverzekeraar", "organisatie": "Zorgverzekeraar Duin", "contactpersoon": persoon("Peter Kok"), "mandaat": true, "initiatiefnemer": true},
	{"rol": "tweede_grootste_zorgverzekeraar", "organisatie": "Zorgverzekeraar Kust", "contactpersoon": persoon("Ilse Smit"), "mandaat": true},
	{"rol": "gemeente", "organisatie": "Gemeente Zilverduin", "contactpersoon": persoon("Hans Mol")},
	{"rol": "zorgkantoor", "organisatie": "Zorgkantoor Duin", "contactpersoon": persoon("Eva Dam")},
	{"rol": "voorzitter", "organisatie": "IZA-regiotafel Zilverduin", "contactpersoon": persoon("Joost Vink"), "onafhankelijk": true},
]

zonder(rol) := [d | some d in volledig; d.rol != rol]

met(i, extra) := array.concat(array.concat(array.slice(volledig, 0, i), [object.union(volledig[i], extra)]), array.slice(volledig, i + 1, count(volledig)))

regels(ds) := {v.regel | some v in deelnemers.overtreding with input as {"deelnemers": ds}}

paden(ds) := {v.pad | some v in deelnemers.overtreding with input as {"deelnemers": ds}}

test_volledige_tafel_mag if {
	regels(volledig) == set()
}

test_zonder_patientvertegenwoordiging_is_fout if {
	regels(zonder("patientvertegenwoordiging")) == {"deelnemers-patientvertegenwoordiging"}
}

test_clientenraad_met_toelichting_mag if {
	regels(met(0, {"vertegenwoordiging_via": "clientenraad_kerninstelling", "toelichting": "MIND heeft hier geen regionale vertegenwoordiger."})) == set()
}

test_clientenraad_zonder_toelichting_is_waarschuwing if {
	ds := met(0, {"vertegenwoordiging_via": "clientenraad_kerninstelling"})
	regels(ds) == {"deelnemers-clientenraad"}
	paden(ds) == {"/deelnemers/0/vertegenwoordiging_via"}
}

test_overige_aanbieder_met_motivatie_mag if {
	ds := array.concat(volledig, [{"rol": "overige_aanbieder", "organisatie": "Beschermd Wonen", "contactpersoon": persoon("B"), "mandaat": true, "motivatie_deelname": "Uitstroom loopt vast op beschermd wonen."}])
	regels(ds) == set()
}

test_overige_aanbieder_zonder_motivatie_is_waarschuwing if {
	ds := array.concat(volledig, [{"rol": "overige_aanbieder", "organisatie": "Beschermd Wonen", "contactpersoon": persoon("B"), "mandaat": true}])
	regels(ds) == {"deelnemers-overige-aanbieder"}
	paden(ds) == {"/deelnemers/7/motivatie_deelname"}
}

test_overige_aanbieder_met_plaatshouder_is_waarschuwing if {
	ds := array.concat(volledig, [{"rol": "overige_aanbieder", "organisatie": "Beschermd Wonen", "contactpersoon": persoon("B"), "mandaat": true, "motivatie_deelname": "idem"}])
	regels(ds) == {"deelnemers-overige-aanbieder"}
	paden(ds) == {"/deelnemers/7/motivatie_deelname"}
}

test_clientenraad_met_plaatshouder_is_waarschuwing if {
	ds := met(0, {"vertegenwoordiging_via": "clientenraad_kerninstelling", "toelichting": "n.v.t."})
	regels(ds) == {"deelnemers-clientenraad"}
	paden(ds) == {"/deelnemers/0/toelichting"}
}

test_zonder_kerninstelling_is_fout if {
	# Zonder kerninstelling ontbreekt ook haar initiatief; dat volgt uit dezelfde fout
	# en wordt daarom niet apart gemeld.
	regels(zonder("kerninstelling")) == {"deelnemers-kerninstelling"}
}

test_zonder_tweede_verzekeraar_is_fout if {
	regels(zonder("tweede_grootste_zorgverzekeraar")) == {"deelnemers-zorgverzekeraars"}
	paden(zonder("tweede_grootste_zorgverzekeraar")) == {"/deelnemers"}
}

test_twee_grootste_verzekeraars_is_fout if {
	ds := met(3, {"rol": "grootste_zorgverzekeraar"})
	regels(ds) == {"deelnemers-zorgverzekeraars"}
	paden(ds) == {"/deelnemers/3/rol", "/deelnemers"}
}

test_zonder_voorzitter_is_fout if {
	regels(zonder("voorzitter")) == {"deelnemers-voorzitter"}
}

test_voorzitter_niet_onafhankelijk_is_fout if {
	regels(met(6, {"onafhankelijk": false})) == {"deelnemers-voorzitter"}
	paden(met(6, {"onafhankelijk": false})) == {"/deelnemers/6/onafhankelijk"}
	regels(array.concat(zonder("voorzitter"), [object.remove(volledig[6], ["onafhankelijk"])])) == {"deelnemers-voorzitter"}
}

test_voorzitter_die_ook_partij_vertegenwoordigt_is_fout if {
	ds := met(6, {"contactpersoon": persoon("  anouk  de wit ")})
	regels(ds) == {"deelnemers-voorzitter"}
	paden(ds) == {"/deelnemers/6/contactpersoon/naam"}
}

test_twee_voorzitters_is_fout if {
	ds := array.concat(volledig, [volledig[6]])
	paden(ds) == {"/deelnemers/7/rol"}
}

test_zonder_mandaat_is_fout if {
	regels(met(3, {"mandaat": false})) == {"deelnemers-mandaat"}
	paden(met(3, {"mandaat": false})) == {"/deelnemers/3/mandaat"}
}

test_mandaat_niet_vastgelegd_is_fout if {
	ds := array.concat(volledig, [{"rol": "aanbieder_cruciale_ggz", "organisatie": "Kliniek Noord", "contactpersoon": persoon("X")}])
	paden(ds) == {"/deelnemers/7/mandaat"}
}

test_andere_verzekeraar_zonder_mandaat_is_fout if {
	ds := array.concat(volledig, [{"rol": "andere_zorgverzekeraar", "organisatie": "Zorgverzekeraar Polder", "contactpersoon": persoon("Z"), "mandaat": false}])
	regels(ds) == {"deelnemers-mandaat"}
}

test_mandaat_niet_gevraagd_van_patienten_financiers_en_voorzitter if {
	{d.rol | some d in volledig; not d.mandaat} == {"patientvertegenwoordiging", "gemeente", "zorgkantoor", "voorzitter"}
	regels(volledig) == set()
}

test_initiatief_zonder_kerninstelling_is_fout if {
	regels(met(1, {"initiatiefnemer": false})) == {"deelnemers-initiatief"}
	paden(met(1, {"initiatiefnemer": false})) == {"/deelnemers/1/initiatiefnemer"}
}

test_initiatief_zonder_grootste_verzekeraar_is_fout if {
	ds := array.concat(zonder("grootste_zorgverzekeraar"), [object.remove(volledig[2], ["initiatiefnemer"])])
	regels(ds) == {"deelnemers-initiatief"}
}

test_een_van_twee_kerninstellingen_als_initiatiefnemer_volstaat if {
	ds := array.concat(volledig, [{"rol": "kerninstelling", "organisatie": "Parnassia Duin", "contactpersoon": persoon("Y"), "mandaat": true}])
	regels(ds) == set()
}

test_zonder_gemeente_is_waarschuwing if {
	regels(zonder("gemeente")) == {"deelnemers-andere-financiers"}
	count({v | some v in deelnemers.overtreding with input as {"deelnemers": zonder("gemeente")}}) == 1
}

test_zonder_beide_financiers_twee_waarschuwingen if {
	ds := [d | some d in volledig; not d.rol in {"gemeente", "zorgkantoor"}]
	count({v | some v in deelnemers.overtreding with input as {"deelnemers": ds}}) == 2
}

plan_met(ds, afwezig) := {"deelnemers": ds, "andere_financiers_afwezig": afwezig}

test_afwezige_financier_met_uitleg_mag if {
	p := plan_met(zonder("zorgkantoor"), {"zorgkantoor": "Het zorgkantoor sluit aan bij de IZA-subtafel; de Wlz staat hier niet op de agenda."})
	{v.regel | some v in deelnemers.overtreding with input as p} == set()
}

test_afwezige_financier_met_plaatshouder_is_waarschuwing if {
	p := plan_met(zonder("zorgkantoor"), {"zorgkantoor": "n.v.t."})
	{[v.regel, v.pad] | some v in deelnemers.overtreding with input as p} == {["deelnemers-andere-financiers", "/andere_financiers_afwezig/zorgkantoor"]}
}

test_uitleg_voor_de_ene_financier_dekt_de_andere_niet if {
	p := plan_met([d | some d in volledig; not d.rol in {"gemeente", "zorgkantoor"}], {"zorgkantoor": "Het zorgkantoor sluit aan bij de IZA-subtafel."})
	{v.pad | some v in deelnemers.overtreding with input as p} == {"/deelnemers"}
}

test_melding_noemt_het_veld_voor_de_uitleg if {
	some v in deelnemers.overtreding with input as {"deelnemers": zonder("gemeente")}
	v.nl == "Er neemt geen gemeente deel, en het plan zegt niet waarom. Andere financiers (gemeenten, zorgkantoor) sluiten bij voorkeur aan: nodig ook een gemeente uit, of leg onder 'andere_financiers_afwezig.gemeente' uit waarom er geen deelneemt."
}
