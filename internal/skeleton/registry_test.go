package skeleton_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/skeleton"
)

const registry = `# yaml-language-server: $schema=../schemas/regios.schema.json
#
# Register van de IZA-regio's.
regios:
  - code: zilverduin
    naam: Zilverduin
    buren: [lindeveld]   # oost
  # lindeveld grenst ook aan hoogmoer
  - code: lindeveld
    naam: "Lindeveld"
    buren:
      - zilverduin
`

func TestAddRegion(t *testing.T) {
	for _, tc := range []struct {
		name, text, code, naam, want string
	}{
		{name: "after the last entry, comments kept", text: registry, code: "noord-oost", naam: "Noord-Oost",
			want: registry + "  - code: noord-oost\n    naam: Noord-Oost\n"},
		{name: "trailing comment stays last", text: registry + "\n# einde\n", code: "x", naam: "X",
			want: registry + "  - code: x\n    naam: X\n\n# einde\n"},
		{name: "no newline at the end", text: strings.TrimSuffix(registry, "\n"), code: "x", naam: "X",
			want: registry + "  - code: x\n    naam: X\n"},
		{name: "windows line ends", text: strings.ReplaceAll(registry, "\n", "\r\n"), code: "x", naam: "X",
			want: strings.ReplaceAll(registry+"  - code: x\n    naam: X\n", "\n", "\r\n")},
		{name: "items not indented, another key after", text: "regios:\n- code: a\n  naam: A\nversie: 2\n", code: "b", naam: "B",
			want: "regios:\n- code: a\n  naam: A\n- code: b\n  naam: B\nversie: 2\n"},
		{name: "a name YAML would misread is quoted", text: registry, code: "den-bosch", naam: "'s-Hertogenbosch: stad #1",
			want: registry + "  - code: den-bosch\n    naam: \"'s-Hertogenbosch: stad #1\"\n"},
		{name: "a word YAML 1.1 reads as a boolean is quoted", text: registry, code: "ja", naam: "Yes",
			want: registry + "  - code: ja\n    naam: \"Yes\"\n"},
		{name: "a line break in a name stays escaped", text: registry, code: "x", naam: "X\nregios: []",
			want: registry + "  - code: x\n    naam: \"X\\nregios: []\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := skeleton.AddRegion([]byte(tc.text), tc.code, tc.naam)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestAddRegionRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		already    bool
	}{
		{name: "already there", text: registry, already: true},
		{name: "a flow list", text: "regios: [{code: a, naam: A}]\n"},
		{name: "no list", text: "# leeg\n"},
		{name: "an empty list", text: "regios:\nversie: 1\n"},
		{name: "not YAML", text: "regios:\n  - code: [\n"},
		{name: "two documents", text: "regios:\n  - code: a\n    naam: A\n---\nregios: []\n"},
		{name: "a key written otherwise", text: "\"regios\":\n  - code: a\n    naam: A\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code := "nieuw"
			if tc.already {
				code = "lindeveld"
			}
			out, err := skeleton.AddRegion([]byte(tc.text), code, "Nieuw")
			if err == nil {
				t.Fatalf("edited:\n%s", out)
			}
			if errors.Is(err, skeleton.ErrRegistered) != tc.already {
				t.Errorf("error %v", err)
			}
		})
	}
}
