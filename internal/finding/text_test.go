package finding

import "testing"

func TestClosest(t *testing.T) {
	options := []string{"mandaat", "initiatiefnemer", "organisatie", "rol"}
	for in, want := range map[string]string{
		"mandat":           "mandaat",
		"Mandaat":          "mandaat",
		"initiatiefnemers": "initiatiefnemer",
		"organistie":       "organisatie",
		"rl":               "rol",
		"xyz":              "",
		"contactpersoon":   "",
	} {
		if got := Closest(in, options); got != want {
			t.Errorf("Closest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{"Hier": "hier", "MIND": "MIND", "": "", "É": "é"} {
		if got := LowerFirst(in); got != want {
			t.Errorf("LowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
