# METADATA
# title: ggzcheck
# description: >-
#   Het ingangspunt van ggzcheck: verzamelt de overtredingen van alle afspraken.
#   Elke afspraak staat in een eigen map onder policies/ en meldt haar
#   overtredingen in de regel 'overtreding' van haar package.
package ggzcheck

# METADATA
# title: Alle overtredingen
# description: De overtredingen van alle afspraken samen; dit is wat ggzcheck evalueert.
# entrypoint: true
overtredingen contains v if {
	some v in data.ggzcheck.afspraken[_].overtreding
}
