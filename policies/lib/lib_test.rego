package ggzcheck.lib_test

import data.ggzcheck.lib

# A megabyte of plan text is cut to the configured length plus "…".
test_citeer_kort_een_megabyte_in if {
	kilobyte := concat("", ["x" | some _ in numbers.range(1, 1024)])
	megabyte := concat("", [kilobyte | some _ in numbers.range(1, 1024)])
	geciteerd := lib.citeer(megabyte)
	count(geciteerd) == 81
	endswith(geciteerd, "…")
}

test_citeer_laat_korte_tekst_heel if {
	lib.citeer("Kliniek De Helm") == "Kliniek De Helm"
}

test_citeer_zet_tekst_op_een_regel if {
	lib.citeer("Eerste regel.\n  Tweede\tregel. ") == "Eerste regel. Tweede regel."
}

test_citeer_telt_letters_niet_bytes if {
	lib.citeer(concat("", ["é" | some _ in numbers.range(1, 80)])) == concat("", ["é" | some _ in numbers.range(1, 80)])
}

test_citeer_ook_getallen if {
	lib.citeer(1120) == "1120"
}

test_plaatshouders if {
	every tekst in ["n.v.t.", "N.V.T.", "nvt", "n v t", "Niet van toepassing.", "-", "—", "?", "...", "PM", "p.m.", "Pro memorie", "volgt", "Volgt nog.", "idem", "Zie boven", "TBD", "TODO", "xxx", "geen", "nee", "ok", ""] {
		lib.inhoud_ontbreekt({"veld": tekst}, "veld")
	}
}

# Placeholders together, and with a number: still nothing filled in (issue 12 follow-up).
test_plaatshouders_samen_en_met_een_nummer if {
	every tekst in ["PM (volgt)", "n.v.t. (zie boven)", "Volgt later.", "zie bijlage 3", "Zie bijlage 12.", "nog te bepalen", "n.t.b.", "N.T.B. / PM", "Zie paragraaf 3.2", "Ongewijzigd, zie vorig jaar."] {
		lib.inhoud_ontbreekt({"veld": tekst}, "veld")
		lib.naam_ontbreekt({"veld": tekst}, "veld")
	}
}

# A name or description may be short (the field's abbreviations); an explanation may not.
test_korte_naam_is_inhoud if {
	every tekst in ["LVB", "TBS", "NAH", "GHB", "65+", "ASS"] {
		not lib.naam_ontbreekt({"veld": tekst}, "veld")
		lib.inhoud_ontbreekt({"veld": tekst}, "veld")
	}
	every tekst in ["-", "?", "", "n.v.t.", "PM"] {
		lib.naam_ontbreekt({"veld": tekst}, "veld")
	}
	lib.naam_ontbreekt({}, "veld")
}

test_echte_tekst_is_geen_plaatshouder if {
	every tekst in ["Geen verslavingsarts.", "Brandveiligheid.", "Zie boven: geen verslavingsarts op de afdeling.", "Volgt uit de wachtlijst.", "Zie bijlage 3 van de notitie: geen bed vrij.", "Geen idee hoe."] {
		not lib.inhoud_ontbreekt({"veld": tekst}, "veld")
	}
}

test_ontbrekend_of_geen_tekst if {
	lib.inhoud_ontbreekt({}, "veld")
	lib.inhoud_ontbreekt({"veld": null}, "veld")
	lib.inhoud_ontbreekt({"veld": 12}, "veld")
	lib.inhoud_ontbreekt({"veld": "   "}, "veld")
}

test_gebrek_zegt_waarom if {
	lib.gebrek({}, "veld", "nl") == ""
	lib.gebrek({"veld": "n.v.t."}, "veld", "nl") == " ('n.v.t.' is een plaatshouder, geen inhoud)"
	lib.gebrek({"veld": "n.v.t."}, "veld", "en") == " ('n.v.t.' is a placeholder, not content)"
	lib.gebrek({"veld": "ja"}, "veld", "nl") == " ('ja' is te kort om iets uit te leggen: schrijf minstens 5 letters of cijfers)"
	lib.gebrek({"veld": "PM (volgt)"}, "veld", "nl") == " ('PM (volgt)' is een plaatshouder, geen inhoud)"
}

test_getal_enkelvoud_en_meervoud if {
	lib.getal(1, "ontbreekt", "ontbreken") == "ontbreekt"
	lib.getal(2, "ontbreekt", "ontbreken") == "ontbreken"
	lib.getal(0, "it", "them") == "them"
}

test_aantal_enkelvoud_en_meervoud if {
	lib.aantal(0, "gespreksronde", "gespreksrondes") == "0 gespreksrondes"
	lib.aantal(1, "gespreksronde", "gespreksrondes") == "1 gespreksronde"
	lib.aantal(2, "extra meeting", "extra meetings") == "2 extra meetings"
}

# Facility labels as the sources and the field write them: the kind words of the sources
# (team, unit, afdeling, bedden, plaatsen, setting), a quantity in parentheses, and a name after
# the kind word are left out (issue 12 follow-up).
test_voorziening_zonder_soortwoord_en_aantal if {
	every label, sleutel in {
		"HIC-afdeling": "hic",
		"Afdeling HIC": "hic",
		"FACT team Noord": "fact",
		"FACT-team Zuid-Oost 2": "fact",
		"IHT (12 plaatsen)": "iht",
		"IHT-team (2 teams, 30 fte)": "iht",
		"PAAZ (20 bedden)": "paaz",
		"HS-8 bedden": "8hs8",
		"HS8": "8hs8",
		"setting 8": "8hs8",
		"Setting-8": "8hs8",
		"setting 8 uit het Zpm": "8hs8",
		"MPU-bedden": "mpu",
		"MPU-afdelingen": "mpu",
		"LIZ-plaatsen": "liz",
		"beveiligde bedden niveau 2/3": "beveiligdeniveau2",
		"topklinische afdelingen": "8hs8",
		"Topreferente/ topklinische afdeling": "8hs8",
	} {
		lib.voorziening(label) == sleutel
	}
}

# A kind word with only a number is a named unit, not setting 8; a number in parentheses
# that is not a quantity stays.
test_voorziening_getal_is_geen_hs8 if {
	every label, sleutel in {
		"unit 8": "unit8",
		"Afdeling 8": "afdeling8",
		"8 bedden": "8bedden",
		"team (8)": "team",
		"IHT (HS-8)": "ihths8",
		"Herstelhuis (12 kamers)": "herstelhuis12kamers",
	} {
		lib.voorziening(label) == sleutel
	}
}

# Missing, not text, empty or only whitespace (also a non-breaking space and a tab) is
# missing text; text with one letter is not.
test_tekst_ontbreekt_per_soort_waarde if {
	lib.tekst_ontbreekt({}, "reden")
	lib.tekst_ontbreekt({"reden": null}, "reden")
	lib.tekst_ontbreekt({"reden": 12}, "reden")
	lib.tekst_ontbreekt({"reden": ["tekst"]}, "reden")
	lib.tekst_ontbreekt({"reden": ""}, "reden")
	lib.tekst_ontbreekt({"reden": " \t\n\u00a0"}, "reden")
	not lib.tekst_ontbreekt({"reden": "x"}, "reden")
	not lib.tekst_ontbreekt({"reden": "  Te weinig personeel. "}, "reden")
}

# 'woorden' is 'woordenlijst' joined by one space, for every kind of separator and edge.
test_woorden_gelijk_aan_woordenlijst if {
	every tekst in [
		"NZa-tarief!",
		"  Bezuinigingen.  Tarief\t\tverlaging ",
		"...",
		"",
		"één café, 12 bedden (HS-8)",
		"Tarief\nBudget\u00a0Kosten",
	] {
		lib.woorden(tekst) == concat(" ", lib.woordenlijst(tekst))
	}
	lib.woorden("NZa-tarief!") == "nza tarief"
}
