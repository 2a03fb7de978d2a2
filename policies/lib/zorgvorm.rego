# Hulpfuncties over zorgvormen: knelpunten per zorgvorm, gedeeld door de afspraken over
# disbalans (G) en bespreekpunten (D). De METADATA van het package staat in lib.rego.
package ggzcheck.lib

import data.ggzcheck.gegevens

# METADATA
# title: Knelpunten per zorgvorm
# description: >-
#   Per aanwezige zorgvorm de tekenen van disbalans tussen vraag en aanbod: vraag boven
#   de capaciteit voor de eigen regio, een lange wachttijd, een gesloten wachtlijst, of
#   aanbod dat sterk onder druk staat (Gespreksleidraad §3.2). Elke melding in het
#   Nederlands en Engels.
# scope: document
knelpunten[vorm] contains melding if {
	some vorm, z in input.zorgvormen
	z.aanwezig == true
	vraag := z.werkelijke_jaarlijkse_vraag
	capaciteit := z.jaarlijkse_capaciteit.patienten_binnen_regio
	vraag > capaciteit
	melding := {
		"nl": sprintf("de werkelijke vraag (%s) is groter dan de capaciteit voor patiënten uit de regio (%s)", [aantal(vraag, "aanmelding", "aanmeldingen"), aantal(capaciteit, "behandeling of opname", "behandelingen of opnames")]),
		"en": sprintf("actual demand (%s) exceeds the capacity for patients from the region (%s)", [aantal(vraag, "registration", "registrations"), aantal(capaciteit, "treatment or admission", "treatments or admissions")]),
	}
}

knelpunten[vorm] contains melding if {
	some vorm, z in input.zorgvormen
	z.aanwezig == true
	weken := z.onvervulde_vraag.gemiddelde_wachttijd_weken
	weken > gegevens.disbalans.lange_wachttijd_weken
	melding := {
		"nl": sprintf("de gemiddelde wachttijd is %s (langer dan %s)", [aantal(weken, "week", "weken"), aantal(gegevens.disbalans.lange_wachttijd_weken, "week", "weken")]),
		"en": sprintf("the average wait is %s (longer than %s)", [aantal(weken, "week", "weeks"), aantal(gegevens.disbalans.lange_wachttijd_weken, "week", "weeks")]),
	}
}

knelpunten[vorm] contains melding if {
	some vorm, z in input.zorgvormen
	z.aanwezig == true
	keer := z.onvervulde_vraag.aantal_gesloten_wachtlijsten
	keer > 0
	melding := {
		"nl": sprintf("de wachtlijst was het afgelopen jaar %v keer gesloten", [keer]),
		"en": sprintf("the waiting list was closed %s in the past year", [aantal(keer, "time", "times")]),
	}
}

knelpunten[vorm] contains melding if {
	some vorm, z in input.zorgvormen
	z.aanwezig == true
	z.onder_druk.mate in gegevens.disbalans.drukniveaus
	melding := {
		"nl": sprintf("het aanbod staat %s onder druk", [z.onder_druk.mate]),
		"en": sprintf("the supply is under %s pressure", [druk_en[z.onder_druk.mate]]),
	}
}

# METADATA
# title: Mate van druk (Engels)
# description: De Engelse woorden voor de mate van druk.
druk_en := {"niet": "no", "enigszins": "some", "sterk": "heavy"}

# METADATA
# title: Knelpunten als tekst
# description: De knelpunten van een zorgvorm als één zin, in vaste volgorde.
knelpunten_tekst(vorm, taal) := opsomming(sort([m[taal] | some m in knelpunten[vorm]]), voegwoord[taal])

# METADATA
# title: Voegwoord
# description: Het voegwoord van een opsomming per taal.
voegwoord := {"nl": "en", "en": "and"}
