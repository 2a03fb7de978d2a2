package ggzcheck.afspraken.aanbodbehoud_test

import data.ggzcheck.afspraken.aanbodbehoud

# The clinic of the Zilverduin example: three departments that add up to the capacity
# (1120 for patients from the region, 60 from elsewhere).
afdelingen := [
	{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm", "voorziening": "ggz-opname", "capaciteit": 780},
	{"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "voorziening": "PAAZ", "capaciteit": 320},
	{"aanbieder": "Ziekenhuis Duinrand", "afdeling": "MPU", "voorziening": "MPU", "capaciteit": 80},
]

vorm(extra) := object.union(
	{
		"aanwezig": true,
		"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120, "patienten_buiten_regio": 60},
		"onvervulde_vraag": {"aantal_wachtenden": 20, "aantal_gesloten_wachtlijsten": 0},
		"aanbod": afdelingen,
	},
	extra,
)

met_vorige(nu, eerder, rest) := object.union(
	{
		"zorgvormen": {"klinische_zorg": nu},
		"eerdere_plannen": [{"bestand": "regions/zilverduin/2026.yaml", "revisie": "main", "plan": {"zorgvormen": {"klinische_zorg": eerder}}}],
	},
	rest,
)

# The rules that compare with the previous version; the others are tested beside them.
basisregels := {"aanbod-onverklaard-verlies", "aanbod-wachtlijst-stijging"}

vergelijking(p) := {v | some v in aanbodbehoud.overtreding with input as p; v.regel in basisregels}

vergelijk(p) := {v.regel | some v in vergelijking(p)}

vergelijk_paden(p) := {v.pad | some v in vergelijking(p)}

meldingen(p) := {v.nl | some v in vergelijking(p)}

afbouw(extra) := object.union({
	"zorgvorm": "klinische_zorg", "aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm", "soort": "afbouw", "ingangsdatum": "2026-01-01",
	"redenen": ["personeel"], "borging_toegang": "Het IHT-team groeit.", "besproken_met_zorgverzekeraars": [{"organisatie": "A", "datum": "2025-03-01"}],
}, extra)

# The clinic with De Helm at another capacity, and the form's capacity to match.
helm(capaciteit) := vorm({
	"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120 - (780 - capaciteit)},
	"aanbod": [object.union(afdelingen[0], {"capaciteit": capaciteit}), afdelingen[1], afdelingen[2]],
})

test_ongewijzigd_geen_bevindingen if {
	vergelijk(met_vorige(vorm({}), vorm({}), {})) == set()
}

test_zonder_vorige_versie_geen_vergelijking if {
	vergelijk({"zorgvormen": {"klinische_zorg": vorm({})}}) == set()
}

test_lagere_capaciteit_zonder_wijziging_is_fout if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	meldingen(p) == {"De jaarlijkse capaciteit van klinische zorg daalde ten opzichte van regions/zilverduin/2026.yaml op main: voor patiënten uit de regio van 1120 naar 1000 behandelingen of opnames, samen 120 minder, zonder aangekondigde wijziging die dat dekt. Leg de afbouw of sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit."}
}

test_lagere_capaciteit_buiten_regio_is_fout if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_buiten_regio": 10}}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_buiten_regio"}
}

test_aangekondigde_afbouw_van_dezelfde_omvang_dekt if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 320, "capaciteit_na": 200})]})
	vergelijk(p) == set()
}

test_te_kleine_aangekondigde_afbouw_dekt_niet if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 320, "capaciteit_na": 300})]})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
	some m in meldingen(p)
	contains(m, "samen 120 minder; de aangekondigde wijzigingen dekken daarvan samen 20 behandelingen of opnames, dus 100 zijn niet aangekondigd.")
}

# One treatment or admission is written in the singular, also where a verb follows it.
test_een_opname_in_enkelvoud if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 320, "capaciteit_na": 201})]})
	some m in meldingen(p)
	contains(m, "dekken daarvan samen 119 behandelingen of opnames, dus 1 is niet aangekondigd.")
	nu := vorm({"aanbod": [object.union(afdelingen[0], {"capaciteit": 1}), afdelingen[1], afdelingen[2]]})
	some k in meldingen(met_vorige(nu, vorm({}), {}))
	contains(k, "van 780 naar 1 behandeling of opname, zonder")
}

# Issue 12, case 2: one reduction of 60 announced, while both capacity fields went down
# (60 + 40 = 100 lost). The fields are added up, not compared one by one.
test_verlies_over_beide_velden_telt_samen if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1060, "patienten_buiten_regio": 20}})
	p := met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [afbouw({"afdeling": "Elders", "capaciteit_voor": 320, "capaciteit_na": 260})]})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	contains(m, "voor patiënten uit de regio van 1120 naar 1060 behandelingen of opnames en voor patiënten van buiten de regio van 60 naar 20 behandelingen of opnames, samen 100 minder; de aangekondigde wijzigingen dekken daarvan samen 60 behandelingen of opnames, dus 40 zijn niet aangekondigd.")
}

test_stijging_in_het_ene_veld_dekt_daling_in_het_andere_niet if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1060, "patienten_buiten_regio": 120}})
	vergelijk_paden(met_vorige(nu, vorm({}), {})) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
}

# A reduction without figures covers nothing: it does not say how much.
test_afbouw_zonder_getallen_dekt_niet if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({})]})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
}

test_afbouw_bij_andere_zorgvorm_dekt_niet if {
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000}}), vorm({}), {"wijzigingen_aanbod": [afbouw({"zorgvorm": "acute_zorg", "capaciteit_voor": 320, "capaciteit_na": 200})]})
	vergelijk(p) == {"aanbod-onverklaard-verlies"}
}

test_niet_meer_aanwezig_is_fout if {
	p := met_vorige(vorm({"aanwezig": false}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanwezig"}
	meldingen(p) == {"Klinische zorg was in regions/zilverduin/2026.yaml op main aanwezig, met 1180 behandelingen of opnames per jaar, en is dat nu niet meer, zonder aangekondigde wijziging die dat dekt. Leg de sluiting vast onder 'wijzigingen_aanbod', met capaciteit_voor en capaciteit_na, of herstel 'aanwezig: true'."}
}

test_aangekondigde_sluiting_van_alles_dekt_afwezigheid if {
	p := met_vorige(vorm({"aanwezig": false, "aanbod": []}), vorm({}), {"wijzigingen_aanbod": [afbouw({"afdeling": "Alle", "soort": "sluiting", "capaciteit_voor": 1180, "capaciteit_na": 0})]})
	vergelijk(p) == set()
}

test_sluiting_van_een_afdeling_dekt_afwezigheid_niet if {
	p := met_vorige(vorm({"aanwezig": false}), vorm({}), {"wijzigingen_aanbod": [afbouw({"soort": "sluiting"})]})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanwezig"}
	some m in meldingen(p)
	contains(m, "de aangekondigde wijzigingen dekken daarvan samen 780 behandelingen of opnames, dus 400 zijn niet aangekondigd")
}

test_afwezigheid_zonder_capaciteit_vraagt_een_aankondiging if {
	zonder := object.remove(vorm({}), ["jaarlijkse_capaciteit", "aanbod"])
	vergelijk(met_vorige(object.union(zonder, {"aanwezig": false}), zonder, {})) == {"aanbod-onverklaard-verlies"}
	vergelijk(met_vorige(object.union(zonder, {"aanwezig": false}), zonder, {"wijzigingen_aanbod": [afbouw({"soort": "sluiting"})]})) == set()
}

# Issue 12, case 1: a department halves while the form's total stays (or falls with it).
test_kleinere_afdeling_is_fout if {
	nu := vorm({"aanbod": [object.union(afdelingen[0], {"capaciteit": 390}), afdelingen[1], afdelingen[2]]})
	p := met_vorige(nu, vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/0/capaciteit"}
	meldingen(p) == {"Afdeling Kliniek De Helm van GGZ Zilverduin (klinische zorg) kromp ten opzichte van regions/zilverduin/2026.yaml op main van 780 naar 390 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt. Leg de afbouw van deze afdeling vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na, de reden en de bespreking met de zorgverzekeraars; of herstel de capaciteit."}
}

test_kleinere_afdeling_en_lager_totaal_twee_bevindingen if {
	vergelijk_paden(met_vorige(helm(660), vorm({}), {})) == {
		"/zorgvormen/klinische_zorg/aanbod/0/capaciteit",
		"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio",
	}
}

test_aangekondigde_afbouw_van_de_afdeling_dekt_beide if {
	p := met_vorige(helm(660), vorm({}), {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 780, "capaciteit_na": 660})]})
	vergelijk(p) == set()
}

test_afbouw_van_een_andere_afdeling_dekt_de_afdeling_niet if {
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "capaciteit_voor": 320, "capaciteit_na": 200})
	vergelijk_paden(met_vorige(helm(660), vorm({}), {"wijzigingen_aanbod": [w]})) == {"/zorgvormen/klinische_zorg/aanbod/0/capaciteit"}
}

test_afbouw_zonder_afdeling_dekt_de_enige_afdeling_van_de_aanbieder if {
	w := object.remove(afbouw({"capaciteit_voor": 780, "capaciteit_na": 660}), ["afdeling"])
	vergelijk(met_vorige(helm(660), vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_afbouw_zonder_afdeling_dekt_geen_afdeling_van_een_aanbieder_met_meer if {
	nu := vorm({
		"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1000},
		"aanbod": [afdelingen[0], object.union(afdelingen[1], {"capaciteit": 200}), afdelingen[2]],
	})
	w := object.remove(afbouw({"aanbieder": "Ziekenhuis Duinrand", "capaciteit_voor": 320, "capaciteit_na": 200}), ["afdeling"])
	vergelijk_paden(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == {"/zorgvormen/klinische_zorg/aanbod/1/capaciteit"}
}

test_verdwenen_afdeling_is_fout if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	p := met_vorige(nu, vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	startswith(m, "Afdeling PAAZ van Ziekenhuis Duinrand (klinische zorg) stond in regions/zilverduin/2026.yaml op main met 320 behandelingen of opnames en ontbreekt nu, zonder aangekondigde wijziging die dat dekt.")
}

test_aangekondigde_sluiting_zonder_getallen_dekt_de_gesloten_afdeling if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "sluiting"})
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_sluiting_met_alleen_capaciteit_voor_dekt if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "sluiting", "capaciteit_voor": 320})
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_aangekondigde_verplaatsing_dekt_verdwenen_afdeling if {
	nu := vorm({"aanbod": [afdelingen[0], afdelingen[2], {"aanbieder": "Ziekenhuis Duinrand", "afdeling": "Psychiatrie Noord", "voorziening": "ggz-opname", "capaciteit": 320}]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "verplaatsing"})
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_sluiting_van_een_andere_afdeling_dekt_niet if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 800}, "aanbod": [afdelingen[0], afdelingen[2]]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "MPU", "soort": "sluiting", "capaciteit_voor": 320, "capaciteit_na": 0})
	vergelijk_paden(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})) == {"/zorgvormen/klinische_zorg/aanbod"}
}

test_verdwenen_afdeling_zonder_capaciteit if {
	zonder := [object.remove(a, ["capaciteit"]) | some a in afdelingen]
	p := met_vorige(vorm({"aanbod": [zonder[0], zonder[2]]}), vorm({"aanbod": zonder}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod"}
	some m in meldingen(p)
	startswith(m, "Afdeling PAAZ van Ziekenhuis Duinrand (klinische zorg) stond in regions/zilverduin/2026.yaml op main en ontbreekt nu")
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "sluiting"})
	vergelijk(met_vorige(vorm({"aanbod": [zonder[0], zonder[2]]}), vorm({"aanbod": zonder}), {"wijzigingen_aanbod": [w]})) == set()
}

# Moved or renamed: same provider, same facility (as the sources write it), capacity kept.
test_verhuisde_afdeling_met_gelijke_capaciteit_is_geen_verlies if {
	verhuisd := {"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek Duinwijck (nieuwbouw)", "voorziening": "GGZ-opname", "capaciteit": 780}
	vergelijk(met_vorige(vorm({"aanbod": [verhuisd, afdelingen[1], afdelingen[2]]}), vorm({}), {})) == set()
}

test_hernoemde_afdeling_met_andere_schrijfwijze_is_dezelfde if {
	hernoemd := {"aanbieder": "ggz  zilverduin", "afdeling": "kliniek de helm", "voorziening": "ggz-opname", "capaciteit": 780}
	vergelijk(met_vorige(vorm({"aanbod": [hernoemd, afdelingen[1], afdelingen[2]]}), vorm({}), {})) == set()
}

test_twee_afdelingen_samengevoegd_is_geen_verlies if {
	eerder := vorm({"aanbod": [
		{"aanbieder": "GGZ Zilverduin", "afdeling": "FACT Noord", "voorziening": "FACT", "capaciteit": 600},
		{"aanbieder": "GGZ Zilverduin", "afdeling": "FACT Zuid", "voorziening": "FACT-team", "capaciteit": 580},
	]})
	nu := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "afdeling": "FACT Noord en Zuid", "voorziening": "FACT-teams", "capaciteit": 1180}]})
	vergelijk(met_vorige(nu, eerder, {})) == set()
}

test_verhuisde_afdeling_met_minder_capaciteit_is_fout if {
	verhuisd := {"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek Duinwijck", "voorziening": "ggz-opname", "capaciteit": 700}
	p := met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1040}, "aanbod": [afdelingen[1], afdelingen[2], verhuisd]}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/2/capaciteit", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	startswith(m, "Bij klinische zorg veranderde het aanbod van GGZ Zilverduin met dezelfde voorziening ten opzichte van regions/zilverduin/2026.yaml op main: afdeling Kliniek De Helm (780) staat er niet meer in en afdeling Kliniek Duinwijck (700) kwam erbij. Samen is dat van 780 naar 700 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt.")
	w := afbouw({"capaciteit_voor": 780, "capaciteit_na": 700})
	vergelijk(met_vorige(vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1040}, "aanbod": [afdelingen[1], afdelingen[2], verhuisd]}), vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}

test_afdeling_bij_andere_aanbieder_is_geen_verhuizing if {
	overgenomen := {"aanbieder": "Parnassia Duin", "afdeling": "Kliniek De Helm", "voorziening": "ggz-opname", "capaciteit": 780}
	vergelijk_paden(met_vorige(vorm({"aanbod": [overgenomen, afdelingen[1], afdelingen[2]]}), vorm({}), {})) == {"/zorgvormen/klinische_zorg/aanbod"}
}

test_grotere_afdeling_mag if {
	vergelijk(met_vorige(helm(800), vorm({}), {})) == set()
}

test_lange_namen_ingekort_in_de_melding if {
	lang := concat("", ["Kliniek ", concat("", ["De Helm " | some _ in numbers.range(1, 200)])])
	eerder := vorm({"aanbod": [object.union(afdelingen[0], {"afdeling": lang}), afdelingen[1], afdelingen[2]]})
	nu := vorm({"aanbod": [object.union(afdelingen[0], {"afdeling": lang, "capaciteit": 390}), afdelingen[1], afdelingen[2]]})
	some m in meldingen(met_vorige(nu, eerder, {}))
	count(m) < 600
}

test_sterke_stijging_wachtenden_is_waarschuwing if {
	p := met_vorige(vorm({"onvervulde_vraag": {"aantal_wachtenden": 40}}), vorm({}), {})
	vergelijk(p) == {"aanbod-wachtlijst-stijging"}
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/onvervulde_vraag/aantal_wachtenden"}
}

test_kleine_stijging_wachtenden_mag if {
	vergelijk(met_vorige(vorm({"onvervulde_vraag": {"aantal_wachtenden": 25}}), vorm({}), {})) == set()
}

test_meer_gesloten_wachtlijsten_is_waarschuwing if {
	p := met_vorige(vorm({"onvervulde_vraag": {"aantal_gesloten_wachtlijsten": 2}}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/onvervulde_vraag/aantal_gesloten_wachtlijsten"}
}

test_maatregel_volstaat_bij_stijging if {
	p := met_vorige(
		vorm({"onvervulde_vraag": {"aantal_wachtenden": 40, "aantal_gesloten_wachtlijsten": 2}}),
		vorm({}),
		{"maatregelen": [{"zorgvorm": "klinische_zorg", "soort": "regionale_afspraak", "omschrijving": "Vier extra bedden."}]},
	)
	vergelijk(p) == set()
}

test_maatregel_met_plaatshouder_volstaat_niet_bij_stijging if {
	p := met_vorige(
		vorm({"onvervulde_vraag": {"aantal_wachtenden": 40}}),
		vorm({}),
		{"maatregelen": [{"zorgvorm": "klinische_zorg", "soort": "regionale_afspraak", "omschrijving": "PM"}]},
	)
	vergelijk(p) == {"aanbod-wachtlijst-stijging"}
}

test_aanbieder_zonder_afdelingen if {
	eerder := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "voorziening": "ggz-opname", "capaciteit": 1180}]})
	nu := vorm({"aanbod": [{"aanbieder": "GGZ Zilverduin", "voorziening": "ggz-opname", "capaciteit": 1000}]})
	p := met_vorige(nu, eerder, {"wijzigingen_aanbod": [object.remove(afbouw({"capaciteit_voor": 1180, "capaciteit_na": 1100}), ["afdeling"])]})
	{[v.pad, v.en] | some v in vergelijking(p)} == {[
		"/zorgvormen/klinische_zorg/aanbod/0/capaciteit",
		"The supply of GGZ Zilverduin (clinical care) shrank compared with regions/zilverduin/2026.yaml at main from 1180 to 1000 treatments or admissions; the changes announced cover 80 treatments or admissions of it together, so 100 are unannounced. Record the reduction of this department under 'wijzigingen_aanbod', with 'afdeling', capaciteit_voor and capaciteit_na, its reason and the discussion with the insurers; or restore the capacity.",
	]}
	some m in meldingen(p)
	startswith(m, "Het aanbod van GGZ Zilverduin (klinische zorg) kromp")
}

# Two earlier plans: this plan's version at --base, and the region's plan of the year before
# (from the same tree, so without a revision).
met_twee(nu, basis, vorig_jaar, rest) := object.union(
	{
		"zorgvormen": {"klinische_zorg": nu},
		"eerdere_plannen": [
			{"bestand": "regions/zilverduin/2027.yaml", "revisie": "main", "inkoopjaar": 2027, "plan": {"zorgvormen": {"klinische_zorg": basis}}},
			{"bestand": "regions/zilverduin/2026.yaml", "inkoopjaar": 2026, "plan": {"zorgvormen": {"klinische_zorg": vorig_jaar}}},
		],
	},
	rest,
)

# The advisor's attack: the base already had the reduction and its declaration; the pull
# request deletes the declaration. Against the base nothing changed; against the year
# before the loss is unannounced, and that plan is named.
test_verlies_tegen_het_vorige_jaar_telt_ook if {
	gedeclareerd := {"wijzigingen_aanbod": [afbouw({"capaciteit_voor": 780, "capaciteit_na": 660})]}
	vergelijk(met_twee(helm(660), helm(660), vorm({}), gedeclareerd)) == set()
	p := met_twee(helm(660), helm(660), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/0/capaciteit", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	every m in meldingen(p) {
		contains(m, "ten opzichte van regions/zilverduin/2026.yaml")
		not contains(m, " op main")
	}
	some v in vergelijking(p)
	contains(v.en, "compared with regions/zilverduin/2026.yaml from 780 to 660")
}

# The same department lost against both plans: reported once, against the plan it lost
# most to.
test_zelfde_verlies_tegen_beide_eenmaal if {
	p := met_twee(helm(600), helm(660), vorm({}), {})
	count(vergelijking(p)) == 2
	some m in meldingen(p)
	startswith(m, "Afdeling Kliniek De Helm van GGZ Zilverduin (klinische zorg) kromp ten opzichte van regions/zilverduin/2026.yaml van 780 naar 600")
}

test_gelijk_verlies_tegen_beide_gemeld_tegen_de_eerste if {
	p := met_twee(helm(600), vorm({}), vorm({}), {})
	count(vergelijking(p)) == 2
	every m in meldingen(p) {
		contains(m, "regions/zilverduin/2027.yaml op main")
	}
}

test_wachtlijst_tegen_beide_eenmaal if {
	p := met_twee(vorm({"onvervulde_vraag": {"aantal_wachtenden": 60}}), vorm({}), vorm({"onvervulde_vraag": {"aantal_wachtenden": 10}}), {})
	[v.nl | some v in vergelijking(p)] == ["Bij klinische zorg steeg het aantal wachtenden van 20 naar 60 ten opzichte van regions/zilverduin/2027.yaml op main, maar het plan heeft geen maatregel voor klinische zorg. Neem er een op onder 'maatregelen'."]
}

# Structure changes that keep the capacity of a provider's facility are no loss.
test_gesplitste_afdeling_is_geen_verlies if {
	nu := vorm({"aanbod": [
		object.union(afdelingen[0], {"capaciteit": 400}),
		{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm Zuid", "voorziening": "GGZ opname", "capaciteit": 380},
		afdelingen[1], afdelingen[2],
	]})
	vergelijk(met_vorige(nu, vorm({}), {})) == set()
}

test_gesplitste_afdeling_met_minder_capaciteit_is_fout if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1040}, "aanbod": [
		object.union(afdelingen[0], {"capaciteit": 400}),
		{"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek De Helm Zuid", "voorziening": "ggz-opname", "capaciteit": 300},
		afdelingen[1], afdelingen[2],
	]})
	p := met_vorige(nu, vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/0/capaciteit", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	contains(m, "afdeling Kliniek De Helm van 780 naar 400 en afdeling Kliniek De Helm Zuid (300) kwam erbij. Samen is dat van 780 naar 700")
}

test_samengevoegd_met_een_bestaande_afdeling_is_geen_verlies if {
	oost := {"aanbieder": "GGZ Zilverduin", "afdeling": "Kliniek Oost", "voorziening": "ggz-opname", "capaciteit": 100}
	eerder := vorm({"aanbod": [object.union(afdelingen[0], {"capaciteit": 680}), oost, afdelingen[1], afdelingen[2]]})
	vergelijk(met_vorige(vorm({}), eerder, {})) == set()
	# Kept less than both had: the merge is a loss to explain.
	p := met_vorige(helm(740), eerder, {})
	some m in meldingen(p)
	contains(m, "afdeling Kliniek De Helm van 680 naar 740 en afdeling Kliniek Oost (100) staat er niet meer in. Samen is dat van 780 naar 740")
}

# A department moved to another care form under the same name: no loss where the other
# form gets it with its capacity.
twee_vormen(klinisch, hs, eerder_klinisch, eerder_hs) := {
	"zorgvormen": {"klinische_zorg": klinisch, "hoogspecialistisch_ziekenhuis": hs},
	"eerdere_plannen": [{"bestand": "regions/zilverduin/2026.yaml", "revisie": "main", "plan": {"zorgvormen": {"klinische_zorg": eerder_klinisch, "hoogspecialistisch_ziekenhuis": eerder_hs}}}],
}

hs(aanbod, capaciteit) := {"aanwezig": true, "jaarlijkse_capaciteit": {"patienten_binnen_regio": capaciteit}, "aanbod": aanbod}

test_naar_andere_zorgvorm_is_geen_verlies if {
	klinisch := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1040}, "aanbod": [afdelingen[0], afdelingen[1]]})
	vergelijk(twee_vormen(klinisch, hs([afdelingen[2]], 80), vorm({}), hs([], 0))) == set()
}

test_naar_andere_zorgvorm_met_minder_is_verlies if {
	klinisch := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1040}, "aanbod": [afdelingen[0], afdelingen[1]]})
	p := twee_vormen(klinisch, hs([object.union(afdelingen[2], {"capaciteit": 50})], 50), vorm({}), hs([], 0))
	vergelijk_paden(p) == {"/zorgvormen/hoogspecialistisch_ziekenhuis/aanbod/0/capaciteit", "/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_binnen_regio"}
	some m in meldingen(p)
	contains(m, "kromp ten opzichte van regions/zilverduin/2026.yaml op main van 80 naar 50 behandelingen of opnames (nu bij hoogspecialistische zorg vanuit ziekenhuizen)")
	some n in meldingen(p)
	contains(n, "samen 80 minder, waarvan 50 in afdelingen die nu bij een andere zorgvorm staan, zonder")
	some v in vergelijking(p)
	contains(v.en, "(now under ")
	some w in vergelijking(p)
	contains(w.en, ", of which 50 in departments now listed under another care form")
}

# A figure left out hides the loss: it counts as the whole capacity gone.
test_weggelaten_capaciteit_is_verlies if {
	nu := vorm({"aanbod": [object.remove(afdelingen[0], ["capaciteit"]), afdelingen[1], afdelingen[2]]})
	p := met_vorige(nu, vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/0"}
	meldingen(p) == {"Bij afdeling Kliniek De Helm van GGZ Zilverduin (klinische zorg) staat geen capaciteit meer; in regions/zilverduin/2026.yaml op main had zij 780 behandelingen of opnames, zonder aangekondigde wijziging die dat dekt. Een weggelaten getal telt als verlies, want het kan een afbouw verbergen: vul 'capaciteit' in, of leg de afbouw of sluiting vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na."}
	some v in vergelijking(p)
	startswith(v.en, "Department Kliniek De Helm of GGZ Zilverduin (clinical care) no longer states a capacity")
	vergelijk(met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [afbouw({"soort": "sluiting", "capaciteit_voor": 780, "capaciteit_na": 0})]})) == set()
}

test_weggelaten_capaciteit_van_een_zorgvorm_is_verlies if {
	nu := object.union(vorm({}), {"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120}})
	p := met_vorige(json.remove(nu, ["jaarlijkse_capaciteit/patienten_buiten_regio"]), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/jaarlijkse_capaciteit/patienten_buiten_regio"}
	some m in meldingen(p)
	contains(m, "voor patiënten van buiten de regio van 60 behandelingen of opnames naar geen getal meer, samen 60 minder")
	some v in vergelijking(p)
	contains(v.en, "from 60 treatments or admissions to no figure")
}

test_groep_met_weggelaten_capaciteit if {
	nu := vorm({"aanbod": [
		object.remove(afdelingen[0], ["capaciteit"]),
		{"aanbieder": "GGZ Zilverduin", "voorziening": "ggz-opname", "capaciteit": 300},
		afdelingen[1], afdelingen[2],
	]})
	p := met_vorige(nu, vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod/0"}
	some m in meldingen(p)
	contains(m, "afdeling Kliniek De Helm van 780 naar geen getal en het aanbod zonder afdelingsnaam (300) kwam erbij. Samen is dat van 780 naar 300")
	some v in vergelijking(p)
	contains(v.en, "department Kliniek De Helm from 780 to no figure and the supply without a department name (300) was added")
}

# A relocation counts only with a destination that is in the plan.
test_verplaatsing_naar_nergens_dekt_niet if {
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1120}, "aanbod": [afdelingen[0], afdelingen[2]]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "verplaatsing"})
	p := met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod"}
	some m in meldingen(p)
	endswith(m, "De aangekondigde verplaatsing heeft geen bestemming in het plan: geen nieuwe afdeling van dezelfde aanbieder bij deze zorgvorm, en geen afdeling met dezelfde naam bij een andere aanbieder. Een verplaatsing naar nergens dekt geen verlies.")
	some v in vergelijking(p)
	endswith(v.en, "A relocation to nowhere covers no loss.")
}

test_verplaatsing_naar_een_kleinere_bestemming_dekt_deels if {
	noord := {"aanbieder": "Ziekenhuis Duinrand", "afdeling": "Psychiatrie Noord", "voorziening": "ggz-opname", "capaciteit": 300}
	nu := vorm({"jaarlijkse_capaciteit": {"patienten_binnen_regio": 1100}, "aanbod": [afdelingen[0], afdelingen[2], noord]})
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "verplaatsing"})
	p := met_vorige(nu, vorm({}), {"wijzigingen_aanbod": [w]})
	some m in meldingen(p)
	contains(m, "Afdeling PAAZ van Ziekenhuis Duinrand (klinische zorg) stond in regions/zilverduin/2026.yaml op main met 320 behandelingen of opnames en ontbreekt nu; de aangekondigde wijzigingen dekken daarvan samen 300 behandelingen of opnames, dus 20 zijn niet aangekondigd.")
}

test_verplaatsing_van_een_afdeling_zonder_capaciteit if {
	zonder := [object.remove(a, ["capaciteit"]) | some a in afdelingen]
	noord := {"aanbieder": "Ziekenhuis Duinrand", "afdeling": "Psychiatrie Noord", "voorziening": "ggz-opname"}
	w := afbouw({"aanbieder": "Ziekenhuis Duinrand", "afdeling": "PAAZ", "soort": "verplaatsing"})
	vergelijk(met_vorige(vorm({"aanbod": [zonder[0], zonder[2], noord]}), vorm({"aanbod": zonder}), {"wijzigingen_aanbod": [w]})) == set()
	vergelijk(met_vorige(vorm({"aanbod": [zonder[0], zonder[2]]}), vorm({"aanbod": zonder}), {"wijzigingen_aanbod": [w]})) == {"aanbod-onverklaard-verlies"}
}

# A provider under another name: a clear message, and a relocation to the new provider covers it.
test_andere_aanbieder_met_dezelfde_afdeling if {
	overgenomen := object.union(afdelingen[0], {"aanbieder": "Zilverduin GGZ Groep"})
	p := met_vorige(vorm({"aanbod": [overgenomen, afdelingen[1], afdelingen[2]]}), vorm({}), {})
	vergelijk_paden(p) == {"/zorgvormen/klinische_zorg/aanbod"}
	meldingen(p) == {"Afdeling Kliniek De Helm van GGZ Zilverduin (klinische zorg) stond in regions/zilverduin/2026.yaml op main met 780 behandelingen of opnames en ontbreekt nu bij GGZ Zilverduin; dezelfde afdeling, met dezelfde voorziening, staat nu bij Zilverduin GGZ Groep, zonder aangekondigde wijziging die dat dekt. Leg de sluiting, afbouw of verplaatsing van deze afdeling vast onder 'wijzigingen_aanbod', met 'afdeling', capaciteit_voor en capaciteit_na; of zet de afdeling terug. Kreeg de aanbieder een andere naam of nam een andere aanbieder de afdeling over, leg dat dan vast als verplaatsing bij GGZ Zilverduin met 'afdeling: Kliniek De Helm'; de afdeling bij de nieuwe aanbieder is dan haar bestemming."}
	some v in vergelijking(p)
	contains(v.en, "is missing now at GGZ Zilverduin; the same department, with the same facility, is now at Zilverduin GGZ Groep, without")
	contains(v.en, "If the provider was renamed or another provider took the department over, record that as a relocation at GGZ Zilverduin with 'afdeling: Kliniek De Helm'")
	w := afbouw({"soort": "verplaatsing"})
	vergelijk(met_vorige(vorm({"aanbod": [overgenomen, afdelingen[1], afdelingen[2]]}), vorm({}), {"wijzigingen_aanbod": [w]})) == set()
}
