# METADATA
# title: F. Tijdlijn
# description: >-
#   Voor inkoopjaar J praat de regionale tafel in jaar J-1 in minimaal twee
#   gespreksrondes. De voorzitter verspreidt de voorbereidende informatie uiterlijk twee
#   weken voor de eerste bijeenkomst. Eind mei is de eerste ronde afgerond en de inbreng
#   bij de landelijke tafel aangeleverd; de landelijke tafel adviseert begin juli; medio
#   augustus is de tweede ronde afgerond (Gespreksleidraad §2.1, §2.2, §3, §3.1.2).
#   De datums staan in policies/gegevens.yaml onder 'tijdlijn'.
package ggzcheck.afspraken.tijdlijn

import data.ggzcheck.gegevens
import data.ggzcheck.lib

# METADATA
# title: Voorbereidende informatie op tijd verspreid
# description: De voorbereidende informatie is uiterlijk twee weken voor de eerste bijeenkomst verspreid.
# custom:
#   id: tijdlijn-informatie
#   severity: error
#   source: Gespreksleidraad §3.1.2
#   title_en: Preparatory information distributed in time
#   afwijking_mogelijk: true
#   description_en: >-
#     The preparatory information was distributed at least two weeks before the first
#     meeting.
#   citaat: >-
#     De voorzitter […] verzamelt en aggregereert [sic] de gevraagde voorbereidende informatie […]
#     en verspreidt deze uiterlijk twee weken voor de eerste bijeenkomst naar de
#     deelnemers. (Gespreksleidraad §3.1.2)
#   fout: |
#     inkoopjaar: 2026
#     tijdlijn:
#       voorbereidende_informatie_verspreid: 2025-03-03
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#   goed: |
#     inkoopjaar: 2026
#     tijdlijn:
#       voorbereidende_informatie_verspreid: 2025-02-17
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#   oplossing: >-
#     Verspreid de informatie uiterlijk twee weken voor de eerste bijeenkomst en leg de
#     datum vast onder 'tijdlijn.voorbereidende_informatie_verspreid'.
#   oplossing_en: >-
#     Distribute the information at least two weeks before the first meeting and record
#     the date under 'tijdlijn.voorbereidende_informatie_verspreid'.
overtreding contains v if {
	some melding in informatie_te_laat
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Informatie te laat
# description: Geen datum van verspreiding, of minder dagen voor de eerste bijeenkomst dan afgesproken.
# scope: document
informatie_te_laat contains melding if {
	geldt
	eerste := eerste_bijeenkomst
	lib.tekst_ontbreekt(object.get(input, "tijdlijn", {}), "voorbereidende_informatie_verspreid")
	melding := {
		"pad": "/tijdlijn",
		"nl": sprintf("Het plan zegt niet wanneer de voorbereidende informatie is verspreid. Leg onder 'tijdlijn.voorbereidende_informatie_verspreid' vast wanneer de voorzitter haar stuurde: uiterlijk %s voor de eerste bijeenkomst (%s).", [lib.aantal(dagen_vooraf, "dag", "dagen"), eerste]),
		"en": sprintf("The plan does not say when the preparatory information was distributed. Record under 'tijdlijn.voorbereidende_informatie_verspreid' when the chair sent it: at least %s before the first meeting (%s).", [lib.aantal(dagen_vooraf, "day", "days"), eerste]),
	}
}

informatie_te_laat contains melding if {
	geldt
	eerste := eerste_bijeenkomst
	verspreid := input.tijdlijn.voorbereidende_informatie_verspreid
	dagen := lib.dagen_tussen(verspreid, eerste)
	dagen < dagen_vooraf
	melding := {
		"pad": "/tijdlijn/voorbereidende_informatie_verspreid",
		"nl": sprintf("De voorbereidende informatie is %s de eerste bijeenkomst (%s) verspreid; afgesproken is uiterlijk %s vooraf, zodat deelnemers zich kunnen voorbereiden.", [moment_nl(dagen), eerste, lib.aantal(dagen_vooraf, "dag", "dagen")]),
		"en": sprintf("The preparatory information was distributed %s the first meeting (%s); the agreement is at least %s ahead, so that participants can prepare.", [moment_en(dagen), eerste, lib.aantal(dagen_vooraf, "day", "days")]),
	}
}

# METADATA
# title: Moment ten opzichte van de eerste bijeenkomst
# description: Hoeveel dagen ervoor, op de dag zelf, of hoeveel dagen erna, als deel van een zin.
# scope: document
moment_nl(dagen) := sprintf("%s voor", [lib.aantal(dagen, "dag", "dagen")]) if dagen > 0

moment_nl(0) := "op de dag van"

moment_nl(dagen) := sprintf("pas %s na", [lib.aantal(0 - dagen, "dag", "dagen")]) if dagen < 0

# METADATA
# title: Moment ten opzichte van de eerste bijeenkomst (Engels)
# description: Hoeveel dagen ervoor, op de dag zelf, of hoeveel dagen erna, als deel van een Engelse zin.
# scope: document
moment_en(dagen) := sprintf("%s before", [lib.aantal(dagen, "day", "days")]) if dagen > 0

moment_en(0) := "on the day of"

moment_en(dagen) := sprintf("only %s after", [lib.aantal(0 - dagen, "day", "days")]) if dagen < 0

# METADATA
# title: Minstens twee gespreksrondes
# description: De regio organiseert minimaal twee gespreksrondes, met daartussen de landelijke tafel.
# custom:
#   id: tijdlijn-rondes
#   severity: error
#   source: Gespreksleidraad §2.1, §3
#   title_en: At least two rounds
#   afwijking_mogelijk: true
#   description_en: >-
#     The region holds at least two rounds, with the national table in between.
#   citaat: >-
#     Elke regio organiseert een serie van minimaal twee gespreksrondes met daartussen
#     uitwerking en een bijeenkomst van de landelijke tafel. (Gespreksleidraad §2.1)
#   fout: |
#     inkoopjaar: 2026
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#   goed: |
#     inkoopjaar: 2026
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#       - ronde: 2
#         bijeenkomsten:
#           - datum: 2025-08-12
#   oplossing: >-
#     Leg onder 'gespreksrondes' elke ronde vast met haar bijeenkomsten; organiseer er
#     minstens twee.
#   oplossing_en: >-
#     Record every round with its meetings under 'gespreksrondes'; hold at least two.
overtreding contains v if {
	geldt
	aantal := count({r.ronde | some r in object.get(input, "gespreksrondes", [])})
	aantal < gegevens.tijdlijn.minimaal_aantal_rondes
	v := lib.bevinding(
		rego.metadata.rule(),
		pad_rondes,
		sprintf("Het plan noemt %s; elke regio organiseert minimaal %s, met daartussen de ondersteunende landelijke tafel. Leg onder 'gespreksrondes' elke ronde vast met haar bijeenkomsten.", [lib.aantal(aantal, "gespreksronde", "gespreksrondes"), lib.aantal(gegevens.tijdlijn.minimaal_aantal_rondes, "gespreksronde", "gespreksrondes")]),
		sprintf("The plan lists %s; every region holds at least %s, with the supporting national table in between. Record each round with its meetings under 'gespreksrondes'.", [lib.aantal(aantal, "round", "rounds"), lib.aantal(gegevens.tijdlijn.minimaal_aantal_rondes, "round", "rounds")]),
	)
}

# METADATA
# title: Eerste ronde eind mei afgerond en ingebracht
# description: De eerste ronde is eind mei van het jaar voor het inkoopjaar afgerond, en de inbreng is dan bij de landelijke tafel.
# custom:
#   id: tijdlijn-eerste-ronde
#   severity: error
#   source: Gespreksleidraad §2.2
#   title_en: First round closed and input delivered by the end of May
#   afwijking_mogelijk: true
#   description_en: >-
#     The first round is closed by the end of May of the year before the contracting year,
#     and the input has then been delivered to the national table.
#   citaat: >-
#     Eind mei ronden de regionale tafels de eerste gespreksronde af en leveren zij hun
#     inbreng aan bij de landelijke tafel. (Gespreksleidraad §2.2)
#   fout: |
#     inkoopjaar: 2026
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#         afgerond: 2025-06-10
#         inbreng_landelijke_tafel: 2025-06-12
#   goed: |
#     inkoopjaar: 2026
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#         afgerond: 2025-05-20
#         inbreng_landelijke_tafel: 2025-05-27
#   oplossing: >-
#     Rond de eerste ronde eind mei af en lever de inbreng dan aan; leg beide datums vast
#     onder 'afgerond' en 'inbreng_landelijke_tafel' bij ronde 1.
#   oplossing_en: >-
#     Close the first round by the end of May and deliver the input by then; record both
#     dates under 'afgerond' and 'inbreng_landelijke_tafel' of round 1.
overtreding contains v if {
	some melding in eerste_ronde_te_laat
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Eerste ronde te laat
# description: Afronding of inbreng van de eerste ronde ontbreekt of ligt na de uiterste datum.
# scope: document
eerste_ronde_te_laat contains melding if {
	geldt
	some i, ronde in input.gespreksrondes
	ronde.ronde == 1
	some veld in ["afgerond", "inbreng_landelijke_tafel"]
	datum := object.get(ronde, veld, "")
	niet_op_tijd(datum, uiterlijk(gegevens.tijdlijn.eerste_ronde_uiterlijk))
	melding := {
		"pad": sprintf("/gespreksrondes/%d/%s", [i, veld]),
		"nl": sprintf("%s van de eerste ronde %s; afgesproken is uiterlijk %s, zodat de landelijke tafel in juni kan bijeenkomen.%s", [eerste_ronde_nl[veld], datum_nl(datum), uiterlijk(gegevens.tijdlijn.eerste_ronde_uiterlijk), herstel(veld, datum, 1, "nl")]),
		"en": sprintf("%s; the agreement is %s at the latest, so that the national table can meet in June.%s", [zin_en(eerste_ronde_en[veld], datum), uiterlijk(gegevens.tijdlijn.eerste_ronde_uiterlijk), herstel(veld, datum, 1, "en")]),
	}
}

# METADATA
# title: Herstel van een mijlpaal
# description: >-
#   Wat de regio aan een ontbrekende of te late datum van een ronde doet, als slot van een
#   melding: de datum vastleggen in het veld van de ronde, of eerder plannen of bewust afwijken.
# scope: document
herstel(veld, "", ronde, "nl") := sprintf(" Leg de datum vast onder '%s' bij ronde %d.", [veld, ronde])

herstel(veld, "", ronde, "en") := sprintf(" Record the date under '%s' of round %d.", [veld, ronde])

herstel(_, datum, _, "nl") := " Plan dit eerder, of leg een bewuste afwijking vast onder 'afwijkingen'." if datum != ""

herstel(_, datum, _, "en") := " Plan this earlier, or record a deliberate deviation under 'afwijkingen'." if datum != ""

# METADATA
# title: Onderdelen van de eerste ronde
# description: Hoe afronding en inbreng van de eerste ronde in meldingen heten.
eerste_ronde_nl := {"afgerond": "De afronding", "inbreng_landelijke_tafel": "De inbreng bij de landelijke tafel"}

# METADATA
# title: Onderdelen van de eerste ronde (Engels)
# description: Hoe afronding en inbreng van de eerste ronde in Engelse meldingen heten, met en zonder datum.
eerste_ronde_en := {
	"afgerond": {"datum": "The first round closes on %s", "leeg": "The plan does not say when the first round closes"},
	"inbreng_landelijke_tafel": {"datum": "The input reaches the national table on %s", "leeg": "The plan does not say when the input reaches the national table"},
}

# METADATA
# title: Tweede ronde na het advies en medio augustus afgerond
# description: >-
#   De tweede ronde bespreekt het advies van de landelijke tafel (begin juli): haar
#   bijeenkomsten liggen na dat advies, en zij is medio augustus afgerond.
# custom:
#   id: tijdlijn-tweede-ronde
#   severity: error
#   source: Gespreksleidraad §2.2, §3.4
#   title_en: Second round after the national advice and closed by mid-August
#   afwijking_mogelijk: true
#   description_en: >-
#     The second round discusses the national table's advice (early July): its meetings
#     come after that advice, and it closes by mid-August.
#   citaat: >-
#     Begin juli deelt de landelijke tafel de adviezen met de regionale tafels. Medio
#     augustus ronden de regionale tafels de tweede gespreksronde af. (Gespreksleidraad
#     §2.2)
#   fout: |
#     inkoopjaar: 2026
#     tijdlijn:
#       advies_landelijke_tafel_ontvangen: 2025-07-03
#     gespreksrondes:
#       - ronde: 2
#         bijeenkomsten:
#           - datum: 2025-06-30
#         afgerond: 2025-08-29
#   goed: |
#     inkoopjaar: 2026
#     tijdlijn:
#       advies_landelijke_tafel_ontvangen: 2025-07-03
#     gespreksrondes:
#       - ronde: 2
#         bijeenkomsten:
#           - datum: 2025-08-12
#         afgerond: 2025-08-14
#   oplossing: >-
#     Plan de tweede ronde na het advies van de landelijke tafel, rond haar medio augustus
#     af ('afgerond' bij ronde 2), en leg de datum van het advies vast onder
#     'tijdlijn.advies_landelijke_tafel_ontvangen'.
#   oplossing_en: >-
#     Hold the second round after the national table's advice, close it by mid-August
#     ('afgerond' of round 2), and record the date of the advice under
#     'tijdlijn.advies_landelijke_tafel_ontvangen'.
overtreding contains v if {
	some melding in tweede_ronde_te_laat
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Tweede ronde niet op tijd
# description: Afronding ontbreekt of is te laat, het advies ontbreekt, of een bijeenkomst ligt voor het advies.
# scope: document
tweede_ronde_te_laat contains melding if {
	geldt
	some i, ronde in input.gespreksrondes
	ronde.ronde == 2
	datum := object.get(ronde, "afgerond", "")
	niet_op_tijd(datum, uiterlijk(gegevens.tijdlijn.tweede_ronde_uiterlijk))
	melding := {
		"pad": sprintf("/gespreksrondes/%d/afgerond", [i]),
		"nl": sprintf("De afronding van de tweede ronde %s; afgesproken is uiterlijk %s, zodat het plan in de contractering (augustus tot medio november) kan landen.%s", [datum_nl(datum), uiterlijk(gegevens.tijdlijn.tweede_ronde_uiterlijk), herstel("afgerond", datum, 2, "nl")]),
		"en": sprintf("%s; the agreement is %s at the latest, so that the plan can land in contracting (August to mid-November).%s", [zin_en(tweede_ronde_en, datum), uiterlijk(gegevens.tijdlijn.tweede_ronde_uiterlijk), herstel("afgerond", datum, 2, "en")]),
	}
}

tweede_ronde_te_laat contains melding if {
	geldt
	some ronde in input.gespreksrondes
	ronde.ronde == 2
	lib.tekst_ontbreekt(object.get(input, "tijdlijn", {}), "advies_landelijke_tafel_ontvangen")
	melding := {
		"pad": "/tijdlijn",
		"nl": "Het plan zegt niet wanneer het advies van de landelijke tafel binnenkwam. De tweede ronde bespreekt dat advies: leg de datum vast onder 'tijdlijn.advies_landelijke_tafel_ontvangen'.",
		"en": "The plan does not say when the national table's advice arrived. The second round discusses that advice: record the date under 'tijdlijn.advies_landelijke_tafel_ontvangen'.",
	}
}

tweede_ronde_te_laat contains melding if {
	geldt
	advies := input.tijdlijn.advies_landelijke_tafel_ontvangen
	some i, ronde in input.gespreksrondes
	ronde.ronde == 2
	some j, bijeenkomst in ronde.bijeenkomsten
	bijeenkomst.datum < advies
	melding := {
		"pad": sprintf("/gespreksrondes/%d/bijeenkomsten/%d/datum", [i, j]),
		"nl": sprintf("De bijeenkomst van de tweede ronde op %s ligt voor het advies van de landelijke tafel (%s). De tweede ronde bespreekt dat advies; plan haar erna.", [bijeenkomst.datum, advies]),
		"en": sprintf("The second-round meeting on %s is before the national table's advice (%s). The second round discusses that advice; hold it afterwards.", [bijeenkomst.datum, advies]),
	}
}

# METADATA
# title: Datums kloppen met elkaar
# description: >-
#   Een ronde is afgerond na haar laatste bijeenkomst; elke ronde begint na de vorige;
#   de inbreng bij de landelijke tafel volgt op de eerste bijeenkomst.
# custom:
#   id: tijdlijn-volgorde
#   severity: error
#   source: Gespreksleidraad §2.2, §3
#   title_en: Dates are consistent with each other
#   afwijking_mogelijk: true
#   description_en: >-
#     A round closes after its last meeting; each round starts after the previous one; the
#     input to the national table follows the first meeting; every round appears once.
#   citaat: >-
#     Elke regio organiseert een serie van minimaal twee gespreksrondes met daartussen
#     uitwerking en een bijeenkomst van de landelijke tafel. (Gespreksleidraad §2.1)
#   fout: |
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#           - datum: 2025-04-22
#         afgerond: 2025-04-15
#   goed: |
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#           - datum: 2025-04-22
#         afgerond: 2025-05-20
#   oplossing: >-
#     Controleer de datums en rondenummers: zet elke bijeenkomst onder de juiste ronde.
#   oplossing_en: >-
#     Check the dates and round numbers: put every meeting under the right round.
overtreding contains v if {
	some melding in volgorde_fout
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Volgordefouten
# description: Datums die elkaar tegenspreken.
# scope: document
volgorde_fout contains melding if {
	some i, ronde in input.gespreksrondes
	laatste := max({b.datum | some b in ronde.bijeenkomsten})
	ronde.afgerond < laatste
	melding := {
		"pad": sprintf("/gespreksrondes/%d/afgerond", [i]),
		"nl": sprintf("Ronde %d is afgerond op %s, voor haar laatste bijeenkomst op %s. Controleer de datums.", [ronde.ronde, ronde.afgerond, laatste]),
		"en": sprintf("Round %d closed on %s, before its last meeting on %s. Check the dates.", [ronde.ronde, ronde.afgerond, laatste]),
	}
}

volgorde_fout contains melding if {
	some i, ronde in input.gespreksrondes
	some vorige in input.gespreksrondes
	vorige.ronde < ronde.ronde
	eerste := min({b.datum | some b in ronde.bijeenkomsten})
	laatste_vorige := max({b.datum | some b in vorige.bijeenkomsten})
	eerste < laatste_vorige
	melding := {
		"pad": sprintf("/gespreksrondes/%d/bijeenkomsten", [i]),
		"nl": sprintf("Ronde %d begint op %s, voor de laatste bijeenkomst van ronde %d op %s. Controleer de rondenummers en datums.", [ronde.ronde, eerste, vorige.ronde, laatste_vorige]),
		"en": sprintf("Round %d starts on %s, before round %d's last meeting on %s. Check the round numbers and dates.", [ronde.ronde, eerste, vorige.ronde, laatste_vorige]),
	}
}

volgorde_fout contains melding if {
	some i, ronde in input.gespreksrondes
	eerste := min({b.datum | some b in ronde.bijeenkomsten})
	ronde.inbreng_landelijke_tafel < eerste
	melding := {
		"pad": sprintf("/gespreksrondes/%d/inbreng_landelijke_tafel", [i]),
		"nl": sprintf("De inbreng bij de landelijke tafel (%s) ligt voor de eerste bijeenkomst van de ronde (%s). Controleer de datums.", [ronde.inbreng_landelijke_tafel, eerste]),
		"en": sprintf("The input to the national table (%s) is before the round's first meeting (%s). Check the dates.", [ronde.inbreng_landelijke_tafel, eerste]),
	}
}

volgorde_fout contains melding if {
	some i, ronde in input.gespreksrondes
	count({j | some j, r in input.gespreksrondes; r.ronde == ronde.ronde}) > 1
	i > min({j | some j, r in input.gespreksrondes; r.ronde == ronde.ronde})
	melding := {
		"pad": sprintf("/gespreksrondes/%d/ronde", [i]),
		"nl": sprintf("Ronde %d staat meer dan eens in het plan. Zet alle bijeenkomsten van een ronde onder één ronde.", [ronde.ronde]),
		"en": sprintf("Round %d appears more than once. Put all meetings of a round under one round.", [ronde.ronde]),
	}
}

# METADATA
# title: Elke datum hoort bij het inkoopjaar
# description: >-
#   De gesprekken voor inkoopjaar J vinden plaats in J-1; een wijziging in aanbod gaat in J
#   in. Elke datum in het plan ligt in de jaren van haar soort (policies/gegevens.yaml,
#   'datumvensters'): de rondes, bijeenkomsten, het advies van de landelijke tafel, de
#   escalaties en de vaststelling in J-1, een ingangsdatum in J, een bespreking met de
#   zorgverzekeraar in de inkoopcyclus (J-2 tot en met J), een maatregel vanaf J-1. Een
#   datum een jaar ernaast, of van voor de voorbereiding, is een fout. Binnen die jaren
#   geeft de Gespreksleidraad een indicatie, geen grens: zie tijdlijn-indicatie.
# custom:
#   id: tijdlijn-jaar
#   severity: error
#   source: Gespreksleidraad §2.2
#   title_en: Every date belongs to the contracting year
#   afwijking_mogelijk: false
#   description_en: >-
#     The conversations for contracting year J take place in J-1; a change in supply takes
#     effect in J. Every date in the plan lies in the years of its kind
#     (policies/gegevens.yaml, 'datumvensters'): the rounds, meetings, the national table's
#     advice, escalations and adoption in J-1, an effective date in J, a discussion with an
#     insurer in the purchasing cycle (J-2 to J), a measure from J-1. A date a year off, or
#     from before the preparation, is an error. Within those years the guide gives an
#     indication, not a limit: see tijdlijn-indicatie.
#   citaat: >-
#     Vanaf januari starten regionale tafels en de landelijke tafel met de organisatie […].
#     Eind mei ronden de regionale tafels de eerste gespreksronde af […]. Medio augustus
#     ronden de regionale tafels de tweede gespreksronde af. (Gespreksleidraad §2.2)
#   fout: |
#     inkoopjaar: 2027
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2025-03-10
#   goed: |
#     inkoopjaar: 2027
#     gespreksrondes:
#       - ronde: 1
#         bijeenkomsten:
#           - datum: 2026-03-10
#   oplossing: >-
#     Controleer het jaar van de datum: de gesprekken voor inkoopjaar J zijn in J-1, een
#     wijziging gaat in J in. Is het plan van vorig jaar overgenomen, werk dan alle datums bij.
#   oplossing_en: >-
#     Check the year of the date: the conversations for contracting year J are in J-1, a
#     change takes effect in J. If the plan was copied from last year, update every date.
overtreding contains v if {
	some melding in datum_buiten_venster
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Datum binnen de indicatie van de Gespreksleidraad
# description: >-
#   Binnen het juiste jaar geeft de Gespreksleidraad voor sommige datums een periode aan
#   (policies/gegevens.yaml, 'indicatie' onder 'datumvensters'): bijeenkomsten vanaf
#   februari, als de jaaragenda er is; het advies van de landelijke tafel na haar heidag in
#   de derde week van juni en begin juli; de vaststelling van het plan na dat advies en
#   voor het eind van de contractering medio november; een bespreking met de
#   zorgverzekeraar vanaf november J-2, als de inkoop voor J begint. Die periodes zijn een
#   indicatie en kunnen per regio verschillen: een datum erbuiten is een waarschuwing, waarvan
#   de regio gemotiveerd mag afwijken. Een datum in het verkeerde jaar is tijdlijn-jaar.
# custom:
#   id: tijdlijn-indicatie
#   severity: warning
#   source: Gespreksleidraad §2.2
#   title_en: Date within the guide's indication
#   afwijking_mogelijk: true
#   description_en: >-
#     Within the right year the guide indicates a period for some dates
#     (policies/gegevens.yaml, 'indicatie' under 'datumvensters'): meetings from February,
#     once the annual agenda is there; the national table's advice after its away day in the
#     third week of June and in early July; the adoption of the plan after that advice and
#     before contracting closes in mid-November; a discussion with an insurer from November
#     J-2, when purchasing for J starts. Those periods are an indication and may differ per
#     region: a date outside one is a warning the region may deviate from with a motivation.
#     A date in the wrong year is tijdlijn-jaar.
#   citaat: >-
#     Wanneer de gesprekken aan de regionale tafels precies plaatsvinden (en hoeveel dat er
#     precies zijn), kan verschillen per regio. […] In de derde week van juni vindt de
#     heidag van de landelijke tafel plaats. Begin juli deelt de landelijke tafel de
#     adviezen met de regionale tafels. […] Tot slot geven we een indicatie wanneer bepaalde
#     uitwerking, organisatie en evaluatie idealiter plaatsvindt om de mijlpalen te halen
#     […]. (Gespreksleidraad §2.2)
#   fout: |
#     inkoopjaar: 2026
#     tijdlijn:
#       advies_landelijke_tafel_ontvangen: 2025-06-10
#   goed: |
#     inkoopjaar: 2026
#     tijdlijn:
#       advies_landelijke_tafel_ontvangen: 2025-07-03
#   oplossing: >-
#     Controleer de datum. Klopt zij, en week de regio bewust af van de indicatie, leg dat
#     dan vast onder 'afwijkingen' met deze regel, het pad van de datum en de reden.
#   oplossing_en: >-
#     Check the date. If it is right and the region knowingly departed from the indication,
#     record that under 'afwijkingen' with this rule, the date's path and the reason.
overtreding contains v if {
	some melding in datum_buiten_indicatie
	v := lib.bevinding(rego.metadata.rule(), melding.pad, melding.nl, melding.en)
}

# METADATA
# title: Datums buiten de indicatie
# description: Elke datum in het juiste jaar die buiten de indicatie van haar veld ligt, voor de plannen waarvoor de tijdlijn geldt.
datum_buiten_indicatie contains melding if {
	geldt
	jaar := input.inkoopjaar
	some [pad, datum, nummer] in te_toetsen_datums
	veld := gegevens.datumvensters.velden[nummer]
	not buiten(datum, venstergrenzen[veld.venster]) # a year off is tijdlijn-jaar's
	grenzen := indicatiegrenzen[veld.venster]
	buiten(datum, grenzen)
	indicatie := gegevens.datumvensters.vensters[veld.venster].indicatie
	melding := {
		"pad": concat("", [sprintf("/%v", [d]) | some d in pad]),
		"nl": sprintf(
			"%s (%s) ligt buiten de periode die de Gespreksleidraad aangeeft, %s: %s. Dat is een indicatie, geen grens; controleer de datum, en leg een bewuste afwijking vast onder 'afwijkingen'.",
			[lib.hoofdletter(veld.naam), datum, periode_nl(grenzen), sprintf(indicatie.uitleg, [jaar, jaar - 1, jaar - 2])],
		),
		"en": sprintf(
			"%s (%s) is outside the period the guide indicates, %s: %s. That is an indication, not a limit; check the date, and record a deliberate deviation under 'afwijkingen'.",
			[lib.hoofdletter(veld.naam_en), datum, periode_en(grenzen), sprintf(indicatie.uitleg_en, [jaar, jaar - 1, jaar - 2])],
		),
	}
}

# METADATA
# title: Indicatiegrenzen
# description: Per soort venster met een indicatie de eerste en laatste dag daarvan voor het inkoopjaar van het plan; eenmaal per plan berekend.
indicatiegrenzen := {naam: venster_van(venster.indicatie, input.inkoopjaar) |
	is_number(input.inkoopjaar)
	some naam, venster in gegevens.datumvensters.vensters
	venster.indicatie
}

# METADATA
# title: Een periode in een zin
# description: Een indicatie als 'van ... tot en met ...' of 'vanaf ...'.
# scope: document
periode_nl(grenzen) := sprintf("van %s tot en met %s", [grenzen.van, grenzen.tot]) if grenzen.tot != ""

periode_nl(grenzen) := sprintf("vanaf %s", [grenzen.van]) if grenzen.tot == ""

# METADATA
# title: Een periode in een zin (Engels)
# description: Een indicatie als Engelse zin.
# scope: document
periode_en(grenzen) := sprintf("from %s to %s inclusive", [grenzen.van, grenzen.tot]) if grenzen.tot != ""

periode_en(grenzen) := sprintf("from %s on", [grenzen.van]) if grenzen.tot == ""

# METADATA
# title: Datums buiten hun venster
# description: Elke datum in het plan (de vorige versie niet) die buiten het venster van haar veld ligt.
datum_buiten_venster contains melding if {
	jaar := input.inkoopjaar
	is_number(jaar)
	some [pad, datum, nummer] in te_toetsen_datums
	veld := gegevens.datumvensters.velden[nummer]
	grenzen := venstergrenzen[veld.venster]
	buiten(datum, grenzen)
	venster := gegevens.datumvensters.vensters[veld.venster]
	uitleg_nl := sprintf(venster.uitleg, [jaar, jaar - 1, jaar - 2])
	uitleg_en := sprintf(venster.uitleg_en, [jaar, jaar - 1, jaar - 2])
	melding := {
		"pad": concat("", [sprintf("/%v", [d]) | some d in pad]),
		"nl": sprintf(
			"%s (%s) %s: %s. Controleer het jaar; dit plan is voor inkoopjaar %d.",
			[lib.hoofdletter(veld.naam), datum, grenzen_nl(grenzen), uitleg_nl, jaar],
		),
		"en": sprintf(
			"%s (%s) %s: %s. Check the year; this plan is for contracting year %d.",
			[lib.hoofdletter(veld.naam_en), datum, grenzen_en(grenzen), uitleg_en, jaar],
		),
	}
}

# METADATA
# title: Te toetsen datums
# description: >-
#   Elke datum op een pad uit 'datumvensters.velden' die voor een eerste dag of na een
#   laatste dag van haar venster of de indicatie ervan ligt, als [pad, datum, nummer van
#   het veld]: alleen die toetsen tijdlijn-jaar en tijdlijn-indicatie nader, en de meeste
#   datums kosten zo een paar vergelijkingen. Een * in het pad staat voor elk item van een
#   lijst; een pad heeft er hooguit twee (een test bewaakt dat), zodat alleen de
#   datumvelden zelf worden gelezen en niet het hele plan.
te_toetsen_datums contains [p.delen[0], datum, p.veld] if {
	some p in vensterpaden[1]
	grenzen := grensdatums # one lookup of the rule per path, not per date
	datum := object.get(input, p.delen[0], null)
	is_string(datum)
	buiten_een_grens(datum, p, grenzen)
}

te_toetsen_datums contains [pad, datum, p.veld] if {
	some p in vensterpaden[2]
	grenzen := grensdatums # one lookup of the rule per path, not per date
	some i, item in object.get(input, p.delen[0], [])
	datum := object.get(item, p.delen[1], null)
	is_string(datum)
	buiten_een_grens(datum, p, grenzen)
	pad := array.concat(array.concat(p.delen[0], [i]), p.delen[1])
}

te_toetsen_datums contains [pad, datum, p.veld] if {
	some p in vensterpaden[3]
	grenzen := grensdatums # one lookup of the rule per path, not per date
	some i, item in object.get(input, p.delen[0], [])
	some j, binnen in object.get(item, p.delen[1], [])
	datum := object.get(binnen, p.delen[2], null)
	is_string(datum)
	buiten_een_grens(datum, p, grenzen)
	pad := array.concat(array.concat(array.concat(array.concat(p.delen[0], [i]), p.delen[1]), [j]), p.delen[2])
}

# METADATA
# title: Buiten een grens
# description: Een datum voor een van de eerste dagen of na een van de laatste dagen van een pad met een venster, met de grensdatums van het plan.
# scope: document
buiten_een_grens(datum, pad, grenzen) if {
	some dag in pad.van
	datum < grenzen[dag]
}

buiten_een_grens(datum, pad, grenzen) if {
	some dag in pad.tot
	datum > grenzen[dag]
}

# METADATA
# title: Paden met een venster
# description: >-
#   De datumvelden waarvoor een venster geldt, met hun nummer, hun venster, hun pad in
#   delen tussen de *'en, en de eerste en laatste dagen van hun venster en de indicatie
#   ervan als [jaar ten opzichte van het inkoopjaar, dag]; naar het aantal delen, en
#   eenmaal per proces berekend (internal/policy/constants.go).
vensterpaden[count(delen)] contains {"veld": i, "venster": veld.venster, "delen": delen, "van": van, "tot": tot} if {
	some i, veld in gegevens.datumvensters.velden
	venster := gegevens.datumvensters.vensters[veld.venster]
	delen := [split(deel, "/") | some deel in split(trim_prefix(veld.pad, "/"), "/*/")]
	grenzen := {venster, object.get(venster, "indicatie", venster)}
	van := {[g.van.jaar, g.van.dag] | some g in grenzen}
	tot := {[g.tot.jaar, g.tot.dag] | some g in grenzen; g.tot}
}

# METADATA
# title: Grensdatums
# description: >-
#   Elke eerste en laatste dag uit 'vensterpaden' als datum (JJJJ-MM-DD) in het inkoopjaar
#   van het plan, zoals in venster_van; eenmaal per plan berekend.
grensdatums := {dag: sprintf("%04d-%s", [input.inkoopjaar + dag[0], dag[1]]) |
	is_number(input.inkoopjaar)
	some dag in grensdagen
}

# METADATA
# title: Grensdagen
# description: >-
#   Elke eerste en laatste dag uit 'vensterpaden', als [jaar ten opzichte van het
#   inkoopjaar, dag]; eenmaal per proces berekend (internal/policy/constants.go).
grensdagen := {dag | some paden in vensterpaden; some p in paden; some dag in union({p.van, p.tot})}

# METADATA
# title: Venstergrenzen
# description: Per soort venster de eerste en laatste dag voor het inkoopjaar van het plan; eenmaal per plan berekend.
venstergrenzen := {naam: venster_van(venster, input.inkoopjaar) |
	is_number(input.inkoopjaar)
	some naam, venster in gegevens.datumvensters.vensters
}

# METADATA
# title: Grenzen van een venster
# description: De eerste en laatste dag van een venster voor een inkoopjaar, als JJJJ-MM-DD; "" als er geen laatste dag is.
venster_van(venster, jaar) := {
	"van": sprintf("%04d-%s", [jaar + venster.van.jaar, venster.van.dag]),
	"tot": tot(venster, jaar),
}

# METADATA
# title: Laatste dag van een venster
# description: De laatste dag van een venster, of "" zonder bovengrens.
# scope: document
tot(venster, jaar) := sprintf("%04d-%s", [jaar + venster.tot.jaar, venster.tot.dag]) if venster.tot

tot(venster, _) := "" if not venster.tot

# METADATA
# title: Buiten het venster
# description: Een datum voor de eerste of na de laatste dag van het venster.
# scope: document
buiten(datum, grenzen) if datum < grenzen.van

buiten(datum, grenzen) if {
	grenzen.tot != ""
	datum > grenzen.tot
}

# METADATA
# title: Het venster in een zin
# description: Waar een datum buiten ligt, in een zin.
# scope: document
grenzen_nl(grenzen) := sprintf("ligt niet tussen %s en %s", [grenzen.van, grenzen.tot]) if grenzen.tot != ""

grenzen_nl(grenzen) := sprintf("ligt voor %s", [grenzen.van]) if grenzen.tot == ""

# METADATA
# title: Het venster in een zin (Engels)
# description: Waar een datum buiten ligt, in een Engelse zin.
# scope: document
grenzen_en(grenzen) := sprintf("is not between %s and %s", [grenzen.van, grenzen.tot]) if grenzen.tot != ""

grenzen_en(grenzen) := sprintf("is before %s", [grenzen.van]) if grenzen.tot == ""

# METADATA
# title: De tijdlijn geldt
# description: De tijdlijn geldt vanaf het inkoopjaar waarin de werkwijze is ingegaan (2026).
geldt if input.inkoopjaar >= gegevens.tijdlijn.vanaf_inkoopjaar

# METADATA
# title: Eerste bijeenkomst
# description: De datum van de vroegste bijeenkomst in alle gespreksrondes.
eerste_bijeenkomst := min({b.datum | some r in input.gespreksrondes; some b in r.bijeenkomsten})

# METADATA
# title: Dagen vooraf
# description: Hoeveel dagen voor de eerste bijeenkomst de informatie verspreid moet zijn.
dagen_vooraf := gegevens.tijdlijn.dagen_informatie_voor_eerste_bijeenkomst

# METADATA
# title: Uiterste datum
# description: Een datum (MM-DD) in het jaar voor het inkoopjaar, als JJJJ-MM-DD.
uiterlijk(maand_dag) := sprintf("%d-%s", [input.inkoopjaar - 1, maand_dag])

# METADATA
# title: Niet op tijd
# description: Een datum die ontbreekt ("") of na de uiterste datum ligt.
# scope: document
niet_op_tijd(datum, _) if datum == ""

niet_op_tijd(datum, grens) if datum > grens

# METADATA
# title: Pad naar de rondes
# description: Waar een melding over de rondes naar wijst.
# scope: document
pad_rondes := "/gespreksrondes" if input.gespreksrondes

pad_rondes := "" if not input.gespreksrondes

# METADATA
# title: Datum in een zin
# description: Een datum als 'is op ... en dus te laat', of 'ontbreekt'.
# scope: document
datum_nl(datum) := sprintf("is op %s", [datum]) if datum != ""

datum_nl("") := "ontbreekt"

# METADATA
# title: Datum in een zin (Engels)
# description: >-
#   Een Engelse zin over een datum van een ronde: de zin met de datum, of de zin die zegt
#   dat het plan haar niet noemt.
# scope: document
zin_en(teksten, datum) := sprintf(teksten.datum, [datum]) if datum != ""

zin_en(teksten, "") := teksten.leeg

# METADATA
# title: De tweede ronde (Engels)
# description: Hoe de afronding van de tweede ronde in Engelse meldingen heet, met en zonder datum.
tweede_ronde_en := {"datum": "The second round closes on %s", "leeg": "The plan does not say when the second round closes"}
