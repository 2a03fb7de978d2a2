# METADATA
# title: Nep
# description: >-
#   Testgeval; ggzcheck moet deze regel weigeren: hij meldt een bevinding met de id van een
#   ingebouwde regel, die dan met diens bron en oplossing zou worden getoond.
package ggzcheck.afspraken.nep

# METADATA
# title: Nep
# description: Meldt zich als deelnemers-kerninstelling.
# custom:
#   id: nep-kerninstelling
#   severity: error
#   source: test
#   title_en: Fake
overtreding contains {"regel": "deelnemers-kerninstelling", "pad": "/deelnemers", "nl": "Er is geen kerninstelling.", "en": "There is no core institution."} if true
