# METADATA
# title: Een beleidsregel die het netwerk op wil
# description: Testgeval; ggzcheck moet deze regel weigeren, want http.send bereikt iets buiten het plan.
package eigen.netwerk

# METADATA
# title: Vraag een register op
# description: Haalt een lijst van een server; dat mag niet.
# custom:
#   id: eigen-netwerk-register
#   severity: error
#   source: test
#   title_en: Ask a registry
overtreding contains v if {
	antwoord := http.send({"method": "GET", "url": "http://127.0.0.1:1/register"})
	antwoord.status_code != 200
	v := {"regel": "eigen-netwerk-register", "pad": "", "nl": "x", "en": "x"}
}
