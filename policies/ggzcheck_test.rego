package ggzcheck_test

import data.ggzcheck

# The entry point collects the violations of every agreement.
test_overtredingen_van_alle_afspraken if {
	plan := {
		"deelnemers": [],
		"bespreekpunten": [{"zorgvorm": "acute_zorg", "titel": "Crisisbedden"}],
	}
	overtredingen := ggzcheck.overtredingen with input as plan
	regels := {v.regel | some v in overtredingen}
	"deelnemers-kerninstelling" in regels
	"bespreekpunt-zorgvorm" in regels
	every v in overtredingen {
		is_string(v.pad)
		v.nl != ""
		v.en != ""
	}
}
