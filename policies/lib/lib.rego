# METADATA
# title: Hulpfuncties
# description: Gedeelde hulpfuncties voor de regels van alle afspraken.
package ggzcheck.lib

import data.ggzcheck.gegevens

# METADATA
# title: Bevinding
# description: >-
#   Maakt een bevinding: de regel-id uit de METADATA van de regel die haar meldt,
#   het JSON-pad naar de plek in het plan, en de melding in het Nederlands en Engels.
bevinding(meta, pad, nl, en) := {"regel": meta.custom.id, "pad": pad, "nl": nl, "en": en}

# METADATA
# title: Tekst ontbreekt
# description: Waar als de sleutel ontbreekt, geen tekst is, of alleen witruimte bevat.
# scope: document
tekst_ontbreekt(obj, sleutel) if {
	# object.get, not obj[sleutel]: a missing key must count as missing text.
	not is_string(object.get(obj, sleutel, null))
}

tekst_ontbreekt(obj, sleutel) if {
	waarde := object.get(obj, sleutel, null)
	is_string(waarde)
	trim_space(waarde) == ""
}

# METADATA
# title: Naam van een zorgvorm
# description: De Nederlandse naam van een zorgvorm, voor in meldingen.
zorgvorm_nl(vorm) := gegevens.zorgvormen[vorm].naam

# METADATA
# title: Naam van een zorgvorm (Engels)
# description: De Engelse naam van een zorgvorm, voor in meldingen.
zorgvorm_en(vorm) := gegevens.zorgvormen[vorm].naam_en

# METADATA
# title: Naam van een rol
# description: De Nederlandse naam van een rol aan tafel, voor in meldingen.
rol_nl(rol) := gegevens.rollen[rol].naam

# METADATA
# title: Naam van een rol (Engels)
# description: De Engelse naam van een rol aan tafel, voor in meldingen.
rol_en(rol) := gegevens.rollen[rol].naam_en

# METADATA
# title: Opsomming
# description: Somt teksten op als "a, b en c"; het voegwoord is "en" of "and".
# scope: document
opsomming(teksten, _) := teksten[0] if count(teksten) == 1

opsomming(teksten, voegwoord) := sprintf("%s %s %s", [
	concat(", ", array.slice(teksten, 0, count(teksten) - 1)),
	voegwoord,
	teksten[count(teksten) - 1],
]) if count(teksten) > 1

# METADATA
# title: Zorgvormen in volgorde
# description: De codes van de zorgvormen in de volgorde van de bronnen.
zorgvormen_op_volgorde := [vorm |
	some nr in sort([z.volgorde | some z in gegevens.zorgvormen])
	some vorm, z in gegevens.zorgvormen
	z.volgorde == nr
]

# METADATA
# title: Hoofdletter
# description: De tekst met een hoofdletter aan het begin, voor een naam aan het begin van een zin.
hoofdletter(tekst) := concat("", [upper(substring(tekst, 0, 1)), substring(tekst, 1, -1)])

# METADATA
# title: Dagen tussen twee datums
# description: Het aantal dagen van datum a tot datum b (JJJJ-MM-DD).
dagen_tussen(a, b) := round((time.parse_ns("2006-01-02", b) - time.parse_ns("2006-01-02", a)) / 86400000000000)
