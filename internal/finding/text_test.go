package finding

import (
	"strings"
	"testing"
)

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

func TestShorten(t *testing.T) {
	long := strings.Repeat("a", 59) + "bc"
	for in, want := range map[string]string{
		"":                       "",
		"kort":                   "kort",
		long[:60]:                long[:60],
		long:                     long[:59] + "b…",
		strings.Repeat("é", 100): strings.Repeat("é", 60) + "…",
		"a\nb\r\nc\rd\u2028e":    "a↵b↵c↵d↵e",
	} {
		if got := Shorten(in); got != want {
			t.Errorf("Shorten(%q) = %q, want %q", in, got, want)
		}
	}
}
