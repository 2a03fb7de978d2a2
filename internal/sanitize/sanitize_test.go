package sanitize

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

func TestText(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain Dutch text stays", "Kliniek Oost – één bed, §3.1.1 ✅ (50%)", "Kliniek Oost – één bed, §3.1.1 ✅ (50%)"},
		{"empty", "", ""},
		{"newline", "a\n::error file=x,line=1::pwned", `a\n::error file=x,line=1::pwned`},
		{"carriage return", "a\r::error::x", `a\r::error::x`},
		{"tab", "a\tb", `a\tb`},
		{"NUL", "a\x00b", "a<U+0000>b"},
		{"BEL", "a\ab", "a<U+0007>b"},
		{"ESC sequence", "\x1b[31mrood\x1b[0m", "<U+001B>[31mrood<U+001B>[0m"},
		{"OSC 8 hyperlink", "\x1b]8;;http://x\x1b\\klik", "<U+001B>]8;;http://x<U+001B>\\klik"},
		{"vertical tab and form feed", "a\vb\fc", "a<U+000B>b<U+000C>c"},
		{"DEL", "a\x7fb", "a<U+007F>b"},
		{"C1 next line", "a\u0085b", "a<U+0085>b"},
		{"C1 CSI", "a\u009b31mb", "a<U+009B>31mb"},
		{"arabic letter mark", "a\u061cb", "a<U+061C>b"},
		{"left-to-right and right-to-left mark", "\u200ea\u200f", "<U+200E>a<U+200F>"},
		{"bidi embeddings and overrides", "\u202a\u202b\u202c\u202d\u202e", "<U+202A><U+202B><U+202C><U+202D><U+202E>"},
		{"bidi isolates", "\u2066\u2067\u2068\u2069", "<U+2066><U+2067><U+2068><U+2069>"},
		{"zero width space, non-joiner, joiner", "a\u200b\u200c\u200db", "a<U+200B><U+200C><U+200D>b"},
		{"word joiner and invisible operators", "a\u2060\u2062b", "a<U+2060><U+2062>b"},
		{"byte order mark", "\ufeffa", "<U+FEFF>a"},
		{"soft hyphen", "zorg\u00adkantoor", "zorg<U+00AD>kantoor"},
		{"tag characters", "a\U000E0041\U000E007Fb", "a<U+E0041><U+E007F>b"},
		{"hangul filler", "a\u3164b", "a<U+3164>b"},
		{"variation selector supplement", "a\U000E0100b", "a<U+E0100>b"},
		{"line separator", "a\u2028b", "a<U+2028>b"},
		{"paragraph separator", "a\u2029b", "a<U+2029>b"},
		{"invalid UTF-8 byte", "a\xffb", "a\uFFFDb"},
		{"truncated UTF-8 sequence", "a\xe2\x80", "a\uFFFD\uFFFD"},
		{"overlong encoding", "\xc0\xaf", "\uFFFD\uFFFD"},
		{"encoded surrogate", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"legacy workflow command", "zie ##[error]x", "zie ##<U+005B>error]x"},
		{"legacy command after more hashes", "###[x", "###<U+005B>x"},
		{"one hash is harmless", "#[x] ## [y]", "#[x] ## [y]"},
		{"modern command mid-line is harmless", "a ::error::x", "a ::error::x"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Text(c.in)
			if got != c.want {
				t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("Text(%q) is not valid UTF-8", c.in)
			}
			for _, r := range got {
				if Hidden(r) {
					t.Errorf("Text(%q) keeps %U", c.in, r)
				}
			}
			if strings.Join(Window(c.in, 0, len(c.in)), "") != got {
				t.Errorf("the pieces of %q do not add up to Text", c.in)
			}
		})
	}
}

func TestWindow(t *testing.T) {
	s := "a\t\u202e##[\xff"
	all := []string{"a", `\t`, "<U+202E>", "#", "#", "<U+005B>", "\uFFFD"}
	if n := utf8.RuneCountInString(s); n != len(all) {
		t.Fatalf("%d characters, %d pieces: a caret would be misplaced", n, len(all))
	}
	for _, c := range []struct{ from, to int }{{0, 7}, {0, 100}, {2, 3}, {5, 7}, {3, 3}, {8, 9}} {
		got := Window(s, c.from, c.to)
		want := all[min(c.from, len(all)):min(c.to, len(all))]
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Window(%d, %d) = %q, want %q", c.from, c.to, got, want)
		}
	}
}

func TestMessage(t *testing.T) {
	long := strings.Repeat("x", 3<<20)
	for _, c := range []struct {
		name string
		in   string
		lang finding.Lang
		want string
	}{
		{"short stays whole", "kort\n", finding.NL, `kort\n`},
		{"exactly the cap", strings.Repeat("é", MaxMessage), finding.NL, strings.Repeat("é", MaxMessage)},
		{"3 MB is cut, Dutch", long, finding.NL, strings.Repeat("x", MaxMessage) + " … (ingekort)"},
		{"3 MB is cut, English", long, finding.EN, strings.Repeat("x", MaxMessage) + " … (shortened)"},
		{"an escape is never split", strings.Repeat("x", MaxMessage-3) + "\u202e", finding.NL, strings.Repeat("x", MaxMessage-3) + " … (ingekort)"},
		{"escapes count toward the cap", strings.Repeat("\x1b", MaxMessage), finding.NL, strings.Repeat("<U+001B>", MaxMessage/8) + " … (ingekort)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Message(c.in, c.lang); got != c.want {
				t.Errorf("Message = %.80q… (%d characters), want %.80q… (%d)", got, utf8.RuneCountInString(got), c.want, utf8.RuneCountInString(c.want))
			}
		})
	}
}

func TestCut(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Testregio", 200, "Testregio"},
		{"Testregio", 9, "Testregio"},
		{"Testregio", 5, "Test…"},
		{"één\ntwee", 5, "één…"},
		{"één\n", 5, `één\n`},
		{"a\u202eb", 4, "a…"},
		{"abc", 1, "…"},
	} {
		if got := Cut(c.in, c.n); got != c.want {
			t.Errorf("Cut(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestPath(t *testing.T) {
	for in, want := range map[string]string{
		"regions/zilverduin/2026.yaml": "regions/zilverduin/2026.yaml",
		"/tmp/plan.yaml":               "/tmp/plan.yaml",
		"::warning::x.yaml":            "./::warning::x.yaml",
		" ::error::x.yaml":             "./ ::error::x.yaml",
		"\u00a0::error::x.yaml":        "./\u00a0::error::x.yaml",
		"a\n::error::x.yaml":           `a\n::error::x.yaml`,
		"\n::error::x.yaml":            `\n::error::x.yaml`,
		"a:b.yaml":                     "a:b.yaml",
		"##[error]x.yaml":              "##<U+005B>error]x.yaml",
	} {
		if got := Path(in); got != want {
			t.Errorf("Path(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLead(t *testing.T) {
	for in, want := range map[string]string{
		"acute zorg":       "acute zorg",
		"::error::x":       "<U+003A>:error::x",
		"  ::error::x":     "  <U+003A>:error::x",
		"a::error::x":      "a::error::x",
		"\n::error::x":     `\n::error::x`,
		"\u2028::error::x": "<U+2028>::error::x",
	} {
		if got := Lead(in); got != want {
			t.Errorf("Lead(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"Testregio":           "Testregio",
		"=HYPERLINK(\"x\")":   "'=HYPERLINK(\"x\")",
		"+31 20 123":          "'+31 20 123",
		"-2+3":                "'-2+3",
		"@SUM(A1)":            "'@SUM(A1)",
		"  =1+1":              "'  =1+1",
		"\t=1+1":              `\t=1+1`, // the tab is shown, so no longer a formula
		"::error::x":          "'::error::x",
		"a = b":               "a = b",
		"één\n=1+1":           `één\n=1+1`,
		"":                    "",
		"ziekenhuis-afdeling": "ziekenhuis-afdeling",
	} {
		if got := Cell(in); got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Cell(strings.Repeat("x", 5000)); utf8.RuneCountInString(got) != MaxMessage {
		t.Errorf("a long cell has %d characters, want %d", utf8.RuneCountInString(got), MaxMessage)
	}
}

// TestJSONKeepsValuesAndHidesCommands: the escaped JSON reads back to the
// very same values, and holds no raw hidden character or "##[".
func TestJSONKeepsValuesAndHidesCommands(t *testing.T) {
	value := map[string]any{
		"bericht":          "a\u202eb\u2066c\u200bd\u2028e\U000E0041f ##[error]x ###[y ok é € 😀",
		"##[sleutel\u202e": []any{"\x1b[31m\a", 1.5},
	}
	var b strings.Builder
	if err := WriteJSON(&b, value); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, r := range out {
		if Hidden(r) && r != '\n' {
			t.Errorf("raw %U in %s", r, out)
		}
	}
	if strings.Contains(out, "##[") {
		t.Errorf("##[ in %s", out)
	}
	var back map[string]any
	if err := json.Unmarshal([]byte(out), &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, value) {
		t.Errorf("read back %q, want %q", back, value)
	}
	if plain := []byte(`{"a": "b"}`); string(JSON(plain)) != string(plain) {
		t.Error("plain JSON changed")
	}
}

// TestMarkdown: plan text in a Markdown report restyles, links, injects and
// mentions nothing.
func TestMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"gewone tekst":                  "gewone tekst",
		"**vet** _schuin_ `code`":       `\*\*vet\*\* \_schuin\_ \` + "`code\\`",
		"[klik](javascript:x) ![b](u)":  `\[klik\](javascript:x) \!\[b\](u)`,
		"<img src=x onerror=alert(1)>":  "&lt;img src=x onerror=alert(1)&gt;",
		"a | b # c ~d~ & \\":            `a \| b \# c \~d\~ &amp; \\`,
		"cc @github/security en @alice": "cc @&#8203;github/security en @&#8203;alice",
		"regel\n::error::x":             `regel\\n::error::x`, // shows as \n
	} {
		if got := Markdown(in); got != want {
			t.Errorf("Markdown(%q) = %q, want %q", in, got, want)
		}
	}
}
