package ggzcheck.lib_test

import data.ggzcheck.lib

test_bespreekpunt_id_eigen if {
	lib.bespreekpunt_id({"id": "liz", "titel": "Tekort aan LIZ-plaatsen"}) == "liz"
}

test_bespreekpunt_id_uit_titel if {
	lib.bespreekpunt_id({"titel": "  Tekort aan LIZ-plaatsen (14 wachtenden)!"}) == "tekort-aan-liz-plaatsen-14-wachtenden"
	lib.bespreekpunt_id({"titel": "Crisisbedden één regio"}) == "crisisbedden-n-regio"
}

test_maatregel_id if {
	m := [
		{"zorgvorm": "klinische_zorg"},
		{"zorgvorm": "acute_zorg", "id": "iht-kust"},
		{"zorgvorm": "klinische_zorg", "id": "bedden"},
		{"zorgvorm": "klinische_zorg"},
	]
	[lib.maatregel_id(m, i) | some i, _ in m] == ["klinische-zorg-1", "iht-kust", "bedden", "klinische-zorg-3"]
	lib.maatregel_ids(m) == {"klinische-zorg-1", "iht-kust", "bedden", "klinische-zorg-3"}
}
