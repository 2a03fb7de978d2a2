package ggzcheck.afspraken.monitoring_test

import data.ggzcheck.afspraken.monitoring

werving := {"id": "liz-werving", "zorgvorm": "beveiligde_zorg", "soort": "individuele_contractering", "omschrijving": "Wervingsbudget voor LIZ."}

iht := {"zorgvorm": "acute_zorg", "soort": "interne_verschuiving", "omschrijving": "IHT-team groeit."}

tekort := {"aanwezig": true, "onvervulde_vraag": {"aantal_gesloten_wachtlijsten": 2}}

vorig_plan := {
	"bestand": "regions/zilverduin/2026.yaml",
	"inkoopjaar": 2026,
	"plan": {"zorgvormen": {"beveiligde_zorg": tekort, "klinische_zorg": tekort}, "maatregelen": [werving, iht]},
}

gemeld(id) := {"maatregel": id, "status": "uitgevoerd", "resultaat": "Vier plaatsen bezet.", "tekort_opgelost": true}

plan(extra) := object.union(
	{
		"inkoopjaar": 2027,
		"eerdere_plannen": [vorig_plan],
		"zorgvormen": {"beveiligde_zorg": {"aanwezig": true}},
		"voortgang_maatregelen": [gemeld("liz-werving"), gemeld("acute-zorg-1")],
	},
	extra,
)

bevindingen(p) := {[v.regel, v.pad] | some v in monitoring.overtreding with input as p}

test_alles_gemeld_mag if {
	bevindingen(plan({})) == set()
}

test_zonder_vorig_jaar_niets if {
	bevindingen(object.remove(plan({}), ["eerdere_plannen"])) == set()
	# the plan's own version at --base (same year) is no previous year
	bevindingen(plan({"eerdere_plannen": [object.union(vorig_plan, {"inkoopjaar": 2027})]})) == set()
}

test_meest_recente_jaar_telt if {
	oud := object.union(vorig_plan, {"inkoopjaar": 2025, "plan": {"maatregelen": [{"id": "oud", "zorgvorm": "acute_zorg", "soort": "interne_verschuiving", "omschrijving": "x"}]}})
	bevindingen(plan({"eerdere_plannen": [oud, vorig_plan]})) == set()
}

test_verdwenen_zonder_status if {
	p := plan({"voortgang_maatregelen": [gemeld("liz-werving")]})
	bevindingen(p) == {["monitoring-status", "/voortgang_maatregelen"]}
	some v in monitoring.overtreding with input as p
	contains(v.nl, "Maatregel 'acute-zorg-1' voor acute zorg uit het plan voor inkoopjaar 2026 (regions/zilverduin/2026.yaml)")
	bevindingen(object.remove(plan({}), ["voortgang_maatregelen"])) == {["monitoring-status", ""]}
}

test_doorlopend_zonder_status if {
	p := plan({"maatregelen": [werving], "voortgang_maatregelen": [gemeld("acute-zorg-1")]})
	bevindingen(p) == {["monitoring-lopend", "/maatregelen/0"]}
}

test_afgeleide_id_loopt_niet_door if {
	# a measure without an id in the new plan is not last year's 'acute-zorg-1'
	p := plan({"maatregelen": [iht], "voortgang_maatregelen": [gemeld("liz-werving")]})
	bevindingen(p) == {["monitoring-status", "/voortgang_maatregelen"]}
}

test_onbekende_maatregel if {
	p := plan({"voortgang_maatregelen": array.concat(plan({}).voortgang_maatregelen, [gemeld("bestaat-niet")])})
	bevindingen(p) == {["monitoring-resultaat", "/voortgang_maatregelen/2/maatregel"]}
	some v in monitoring.overtreding with input as p
	contains(v.nl, "acute-zorg-1, liz-werving")
}

test_onbekende_maatregel_vorig_plan_zonder_maatregelen if {
	p := plan({"eerdere_plannen": [object.union(vorig_plan, {"plan": {"maatregelen": []}})], "voortgang_maatregelen": [gemeld("x")]})
	some v in monitoring.overtreding with input as p
	contains(v.nl, "het had geen maatregelen")
	contains(v.en, "it had no measures")
}

test_zonder_resultaat if {
	p := plan({"voortgang_maatregelen": [
		object.remove(gemeld("liz-werving"), ["resultaat"]),
		object.remove(gemeld("acute-zorg-1"), ["tekort_opgelost"]),
	]})
	bevindingen(p) == {["monitoring-resultaat", "/voortgang_maatregelen/0/resultaat"], ["monitoring-resultaat", "/voortgang_maatregelen/1"]}
}

test_tekort_twee_jaar_zonder_nieuwe_maatregel if {
	p := plan({"zorgvormen": {"beveiligde_zorg": tekort}, "maatregelen": [werving]})
	bevindingen(p) == {["monitoring-tekort", "/zorgvormen/beveiligde_zorg"]}
	# the same description under another id is no new measure
	bevindingen(plan({"zorgvormen": {"beveiligde_zorg": tekort}, "maatregelen": [object.union(werving, {"id": "nieuw"})]})) == {["monitoring-tekort", "/zorgvormen/beveiligde_zorg"]}
}

test_tekort_twee_jaar_met_nieuwe_maatregel if {
	nieuw := {"zorgvorm": "beveiligde_zorg", "soort": "bovenregionale_afspraak", "omschrijving": "LIZ-unit met Lindeveld."}
	bevindingen(plan({"zorgvormen": {"beveiligde_zorg": tekort}, "maatregelen": [nieuw]})) == set()
}

test_tekort_alleen_dit_jaar if {
	p := plan({"zorgvormen": {"acute_zorg": tekort}})
	bevindingen(p) == set()
}
