package ggzcheck.gegevens.disbalans

lange_wachttijd_weken := 1000
