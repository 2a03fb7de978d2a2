# METADATA
# title: Eigen regels van een regio
# description: >-
#   Voorbeeld van eigen beleidsregels met --policy: een regio wil dat haar plan zegt wanneer
#   de tafel het vaststelde.
package eigen.vaststelling

import data.ggzcheck.lib

# METADATA
# title: Het plan zegt wanneer het is vastgesteld
# description: Het plan noemt de datum waarop de regionale tafel het vaststelde.
# custom:
#   id: eigen-vastgesteld
#   severity: warning
#   source: afspraak van de regionale tafel
#   title_en: The plan says when it was adopted
overtreding contains v if {
	not input.vastgesteld_op
	v := lib.bevinding(
		rego.metadata.rule(),
		"",
		"Het plan zegt niet wanneer de regionale tafel het vaststelde. Vul 'vastgesteld_op' in.",
		"The plan does not say when the regional table adopted it. Fill in 'vastgesteld_op'.",
	)
}
