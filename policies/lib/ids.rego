# Vaste ids van bespreekpunten en maatregelen, waarmee de adviezen van de landelijke tafel
# (afspraak I) en de monitoring (afspraak J) ernaar verwijzen. De METADATA van het package
# staat in lib.rego.
package ggzcheck.lib

# METADATA
# title: Id van een bespreekpunt
# description: >-
#   De id van het bespreekpunt; zonder id de titel in kleine letters, met elke reeks andere
#   tekens dan a-z en 0-9 als één streepje ('Tekort aan LIZ-plaatsen' wordt
#   'tekort-aan-liz-plaatsen'). 'ggzcheck national --antwoorden' schrijft dezelfde ids.
# scope: document
bespreekpunt_id(punt) := punt.id

bespreekpunt_id(punt) := trim(regex.replace(lower(punt.titel), `[^a-z0-9]+`, "-"), "-") if not punt.id

# METADATA
# title: Id van een maatregel
# description: >-
#   De id van maatregel i; zonder id de zorgvorm met streepjes en het volgnummer van de
#   maatregel bij die zorgvorm ('klinische-zorg-2'). Dat volgnummer is vast in het plan van
#   een voorbij inkoopjaar; in een plan dat nog verandert, houdt alleen een eigen id stand.
# scope: document
maatregel_id(maatregelen, i) := maatregelen[i].id

maatregel_id(maatregelen, i) := sprintf("%s-%d", [replace(m.zorgvorm, "_", "-"), n]) if {
	m := maatregelen[i]
	not m.id
	n := count([j | some j, x in maatregelen; j <= i; x.zorgvorm == m.zorgvorm])
}

# METADATA
# title: Ids van maatregelen
# description: De ids van alle maatregelen, eigen of afgeleid (zie maatregel_id).
maatregel_ids(maatregelen) := {maatregel_id(maatregelen, i) | some i, _ in maatregelen}
