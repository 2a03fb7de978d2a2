package ggzcheck.afspraken.disbalans

heeft_maatregel(_) if true
