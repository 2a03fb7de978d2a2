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
# title: Bevinding met eigen bron
# description: >-
#   Een bevinding met de bron die voor dit plan geldt in plaats van die uit de METADATA:
#   voor een afspraak die per inkoopjaar in een andere paragraaf staat.
bevinding_met_bron(meta, pad, nl, en, bron) := object.union(bevinding(meta, pad, nl, en), {"bron": bron})

# METADATA
# title: Tekst ontbreekt
# description: Waar als de sleutel ontbreekt, geen tekst is, of alleen witruimte bevat.
# scope: document
tekst_ontbreekt(obj, sleutel) if {
	# object.get, not obj[sleutel]: a missing key must count as missing text.
	not is_string(object.get(obj, sleutel, null))
}

tekst_ontbreekt(obj, sleutel) if {
	tekst := obj[sleutel]
	is_string(tekst)
	trim_space(tekst) == ""
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

# METADATA
# title: Citaat uit het plan
# description: >-
#   Een waarde uit het plan zoals een melding haar citeert: op één regel, en ingekort tot
#   'citaat_max_tekens' tekens (policies/gegevens.yaml) plus "…". Elke waarde uit het plan
#   in een melding gaat hierdoor, zodat een melding nooit een heel document herhaalt.
# scope: document
citeer(waarde) := tekst if {
	tekst := een_regel(waarde)
	count(tekst) <= gegevens.citaat_max_tekens
}

citeer(waarde) := concat("", [substring(tekst, 0, gegevens.citaat_max_tekens), "…"]) if {
	tekst := een_regel(waarde)
	count(tekst) > gegevens.citaat_max_tekens
}

# METADATA
# title: Op één regel
# description: Een waarde als tekst, met alle witruimte (ook regeleinden) als één spatie.
een_regel(waarde) := trim_space(regex.replace(sprintf("%v", [waarde]), `\s+`, " "))

# The two bodies of tekst_ontbreekt written out, not called: every agreement asks this
# of many texts that are there, and each call of a rule costs more than its tests.

# METADATA
# title: Geen inhoud
# description: >-
#   Waar als een tekstveld dat een afspraak draagt (een motivatie, toelichting, reden,
#   stap of voorstel) geen inhoud heeft: het ontbreekt, is leeg, is een plaatshouder zoals
#   'n.v.t.' of 'PM (volgt)', of is korter dan 'plaatshouders.minimaal_tekens' letters en
#   cijfers (policies/gegevens.yaml).
# scope: document
inhoud_ontbreekt(obj, sleutel) if not is_string(object.get(obj, sleutel, null))

inhoud_ontbreekt(obj, sleutel) if {
	tekst := obj[sleutel]
	is_string(tekst)
	trim_space(tekst) == ""
}

inhoud_ontbreekt(obj, sleutel) if plaatshouder(obj[sleutel])

# As inhoud_ontbreekt: the bodies of tekst_ontbreekt written out.

# METADATA
# title: Geen naam of omschrijving
# description: >-
#   Waar als een veld dat iets noemt in plaats van uitlegt (de omschrijving van een
#   exclusiecriterium) ontbreekt, leeg is of alleen een plaatshouder bevat. Een korte naam
#   is wel een naam: de afkortingen van het veld ('LVB', 'TBS', 'NAH') halen het minimum
#   voor een uitleg niet, maar zeggen wat ze uitsluiten.
# scope: document
naam_ontbreekt(obj, sleutel) if not is_string(object.get(obj, sleutel, null))

naam_ontbreekt(obj, sleutel) if {
	tekst := obj[sleutel]
	is_string(tekst)
	trim_space(tekst) == ""
}

naam_ontbreekt(obj, sleutel) if opvulling(obj[sleutel])

# METADATA
# title: Plaatshouder
# description: >-
#   Tekst die een veld openlaat in plaats van het in te vullen: alleen 'plaatshouders.teksten'
#   (ook samen, zoals 'PM (volgt)' of 'n.v.t. (zie boven)', en met een nummer, zoals 'zie
#   bijlage 3'), of te kort. Vergeleken op alleen de letters en cijfers, zonder hoofdletters,
#   dus 'N.v.t.', 'nvt' en 'n v t' zijn hetzelfde.
# scope: document
plaatshouder(tekst) if {
	is_string(tekst)
	count(tekst) <= plaatshouder_max_tekens # cheap test first: a real explanation is longer
	kern_zonder_inhoud(kern(tekst))
}

# METADATA
# title: Kern zonder inhoud
# description: Een kern (letters en cijfers) van opvulling, of korter dan 'plaatshouders.minimaal_tekens'.
# scope: document
kern_zonder_inhoud(k) if kern_opvulling(k)

kern_zonder_inhoud(k) if count(k) < gegevens.plaatshouders.minimaal_tekens

# METADATA
# title: Opvulling
# description: >-
#   Tekst die uit niets anders bestaat dan plaatshouders uit de lijst, eventueel met getallen:
#   'n.v.t.', 'PM (volgt)', 'zie bijlage 3', '-'. Een plan heeft geen bijlagen, dus een verwijzing
#   ernaar zegt niets.
# scope: document
opvulling(tekst) if {
	is_string(tekst)
	count(tekst) <= plaatshouder_max_tekens # cheap test first: a real explanation is longer
	kern_opvulling(kern(tekst))
}

# METADATA
# title: Kern van opvulling
# description: Een kern (letters en cijfers) die leeg is of alleen uit plaatshouders en getallen bestaat.
# scope: document
kern_opvulling("")

kern_opvulling(k) if regex.match(plaatshouder_patroon, k)

# METADATA
# title: Te kort
# description: Tekst met minder letters en cijfers dan 'plaatshouders.minimaal_tekens', te kort om iets uit te leggen.
# scope: document
te_kort(tekst) if {
	is_string(tekst)
	count(tekst) <= plaatshouder_max_tekens
	count(kern(tekst)) < gegevens.plaatshouders.minimaal_tekens
}

# METADATA
# title: Langste plaatshouder
# description: >-
#   Hoe lang een tekst hooguit is om een plaatshouder te kunnen zijn: twee keer de langste
#   plaatshouder of het minimum, plus ruimte voor spaties en leestekens ('n. v. t.').
plaatshouder_max_tekens := (2 * max(array.concat([gegevens.plaatshouders.minimaal_tekens], [count(p) | some p in gegevens.plaatshouders.teksten]))) + 10

# METADATA
# title: Kern van een tekst
# description: Alleen de letters en cijfers van een tekst, in kleine letters.
kern(tekst) := regex.replace(lower(tekst), `[^\pL\pN]+`, "")

# METADATA
# title: Patroon van de plaatshouders
# description: >-
#   Een kern die alleen uit kernen van plaatshouders en getallen bestaat, achter elkaar, met
#   minstens één plaatshouder (een getal alleen is een naam als '65+'); eenmaal per proces berekend (internal/policy/constants.go). Een kern heeft alleen letters en cijfers, dus geen tekens die
#   in een patroon iets betekenen.
plaatshouder_patroon := concat("", ["^[0-9]*(?:(?:", concat("|", sort({k | some k in plaatshouder_kernen; k != ""})), ")[0-9]*)+$"])

# METADATA
# title: Kernen van de plaatshouders
# description: De plaatshouders uit policies/gegevens.yaml, als kern; met plaatshouder_patroon eenmaal per proces berekend.
plaatshouder_kernen := {kern(p) | some p in gegevens.plaatshouders.teksten}

# METADATA
# title: Waarom een veld geen inhoud heeft
# description: >-
#   Een toevoeging aan een melding over een veld zonder inhoud: niets als het veld
#   ontbreekt of leeg is, anders welke plaatshouder of te korte tekst er staat. taal is
#   "nl" of "en".
# scope: document
gebrek(obj, sleutel, _) := "" if tekst_ontbreekt(obj, sleutel)

gebrek(obj, sleutel, taal) := sprintf(gebrek_teksten[taal].plaatshouder, [citeer(obj[sleutel])]) if {
	not tekst_ontbreekt(obj, sleutel)
	opvulling(obj[sleutel])
}

gebrek(obj, sleutel, taal) := sprintf(gebrek_teksten[taal].kort, [citeer(obj[sleutel]), gegevens.plaatshouders.minimaal_tekens]) if {
	not tekst_ontbreekt(obj, sleutel)
	not opvulling(obj[sleutel])
	te_kort(obj[sleutel])
}

# METADATA
# title: Teksten over een veld zonder inhoud
# description: De toevoegingen van 'gebrek' per taal.
gebrek_teksten := {
	"nl": {
		"plaatshouder": " ('%s' is een plaatshouder, geen inhoud)",
		"kort": " ('%s' is te kort om iets uit te leggen: schrijf minstens %d letters of cijfers)",
	},
	"en": {
		"plaatshouder": " ('%s' is a placeholder, not content)",
		"kort": " ('%s' is too short to explain anything: write at least %d letters or digits)",
	},
}

# METADATA
# title: Woordenlijst
# description: >-
#   De woorden van een tekst in kleine letters, zonder leestekens: 'NZa-tarief!' wordt
#   de woorden 'nza' en 'tarief'.
woordenlijst(tekst) := [w | some w in regex.split(`[^\pL\pN]+`, lower(tekst)); w != ""]

# One regex.replace instead of a split and a comprehension: this runs for every term
# and every text that is searched for financial words.

# METADATA
# title: Woorden
# description: >-
#   De woorden van een tekst zoals 'woordenlijst' ze geeft, als één tekst met één spatie
#   ertussen: 'NZa-tarief!' wordt 'nza tarief'.
woorden(tekst) := trim_space(regex.replace(lower(tekst), `[^\pL\pN]+`, " "))

# METADATA
# title: Sleutel van een voorziening
# description: >-
#   Een voorziening zoals ggzcheck haar vergelijkt (policies/gegevens.yaml, 'voorzieningen'):
#   kleine letters, zonder leestekens en spaties, zonder een aantal tussen haakjes ('(12
#   plaatsen)'), zonder de soortwoorden van de bronnen ('FACT-team', 'MPU-units',
#   'MPU-bedden', 'HIC-afdeling'), en met een synoniem vervangen door de voorziening waar het
#   voor staat. Staat er na het soortwoord nog een naam ('FACT team Noord'), dan telt de
#   voorziening ervoor. Een soortwoord met alleen een getal ('unit 8', 'afdeling 8') blijft
#   heel: het getal is dan de naam van die unit, geen voorziening; alleen 'setting 8' is HS-8.
voorziening(naam) := object.get(synoniem_van, k, k) if {
	k := gekozen_sleutel(naam)
}

# METADATA
# title: Gekozen sleutel
# description: >-
#   De sleutel van de hele naam als die een bekende voorziening is, anders die van het deel
#   voor het eerste soortwoord als dat er een is ('FACT team Noord'), anders die van de hele naam.
# scope: document
gekozen_sleutel(naam) := k if {
	k := sleutel(naam)
	k in bekende_sleutels
} else := k if {
	k := sleutel_voor_soortwoord(naam)
	k in bekende_sleutels
} else := sleutel(naam)

# METADATA
# title: Sleutel van een naam
# description: >-
#   De woorden van een naam aaneen, zonder aantallen tussen haakjes en zonder soortwoorden;
#   blijft er dan geen letter over ('unit 8'), dan alle woorden ('unit8').
# scope: document
sleutel(naam) := k if {
	alle := naamwoorden(naam)
	k := concat("", [w | some w in alle; not w in gegevens.voorzieningen.weglaten])
	regex.match(`\pL`, k)
} else := concat("", naamwoorden(naam))

# METADATA
# title: Sleutel voor het soortwoord
# description: De woorden voor het eerste soortwoord aaneen, als dat soortwoord niet het eerste woord is.
sleutel_voor_soortwoord(naam) := concat("", array.slice(alle, 0, i)) if {
	alle := naamwoorden(naam)
	i := min({j | some j, w in alle; w in gegevens.voorzieningen.weglaten})
	i > 0
}

# METADATA
# title: Woorden van een naam
# description: De woorden van een naam, zonder de aantallen tussen haakjes ('(12 plaatsen)').
naamwoorden(naam) := woordenlijst(strings.replace_n({g: " " | some g in aantallen_tussen_haakjes(lower(sprintf("%v", [naam])))}, lower(sprintf("%v", [naam]))))

# METADATA
# title: Aantallen tussen haakjes
# description: >-
#   Elk stuk tussen haakjes dat alleen getallen en eenheden ('voorzieningen.eenheden') bevat,
#   met minstens één getal: '(12 plaatsen)', '(2 teams, 30 fte)'; niet '(HS-8)'.
aantallen_tussen_haakjes(tekst) := {g |
	some g in regex.find_n(`\([^()]*\)`, tekst, -1)
	woorden := woordenlijst(g)
	some w in woorden
	regex.match(`^[0-9]+$`, w)
	every x in woorden {
		eenheid_of_getal(x)
	}
}

# METADATA
# title: Eenheid of getal
# description: Een woord dat in een aantal mag staan.
# scope: document
eenheid_of_getal(w) if regex.match(`^[0-9]+$`, w)

eenheid_of_getal(w) if w in gegevens.voorzieningen.eenheden

# METADATA
# title: Bekende sleutels
# description: De sleutels van alle voorzieningen uit de operationalisatie en van hun synoniemen; eenmaal per proces berekend (internal/policy/constants.go).
bekende_sleutels := {sleutel(x) | some lijst in gegevens.operationalisatie; some x in lijst} | {k | some k, _ in synoniem_van}

# METADATA
# title: Synoniemen
# description: Van elk synoniem (als sleutel) naar de voorziening waar het voor staat; eenmaal per proces berekend (internal/policy/constants.go).
synoniem_van := {sleutel(synoniem): sleutel(naam) |
	some naam, synoniemen in gegevens.voorzieningen.synoniemen
	some synoniem in synoniemen
}

# METADATA
# title: Aantal met zijn woord
# description: >-
#   Een aantal met het woord erbij in enkelvoud of meervoud, uitgeschreven: "1 gespreksronde",
#   "2 gespreksrondes"; nooit "gespreksronde(s)".
# scope: document
aantal(1, enkelvoud, _) := sprintf("1 %s", [enkelvoud])

aantal(n, _, meervoud) := sprintf("%v %s", [n, meervoud]) if n != 1

# METADATA
# title: Enkelvoud of meervoud
# description: >-
#   Het woord dat bij een aantal hoort, zonder het aantal: een werkwoord of voornaamwoord
#   dat met het onderwerp overeenkomt ("ontbreekt" bij 1, "ontbreken" bij meer).
# scope: document
getal(1, enkelvoud, _) := enkelvoud

getal(n, _, meervoud) := meervoud if n != 1
