package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// cobra's and pflag's English, which must not show in Dutch help or errors.
var englishWords = []string{"Usage", "Flags", "Available Commands", "Global Flags", "Examples:", "help for", "unknown flag", "unknown shorthand",
	"unknown command", "requires", "accepts", "arg(s)", "[flags]", "[command]", "(default", " string", "stringArray", "flag needs", "invalid argument", "Did you mean"}

// Dutch that must not show in English help or errors. Names stay Dutch
// (--inkoopjaar, Gespreksleidraad cruciale ggz, INVULLEN), so these are
// cobra's words in Dutch and common Dutch words.
var dutchWords = []string{"Gebruik", "Opties", "Voorbeelden", "Commando's", "standaard", "hulp bij", "TEKST", "GETAL", "FORMAAT", "REVISIE", "BESTAND",
	" de ", " het ", " een ", " van ", " en als ", "onbekend", "Zie '", "Bedoelt"}

func run(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), args, IO{Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errOut.String()
}

// commands lists the path of every command, hidden ones included.
func commands() [][]string {
	var paths [][]string
	var visit func(c *cobra.Command, path []string)
	visit = func(c *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, sub := range c.Commands() {
			visit(sub, append(append([]string(nil), path...), sub.Name()))
		}
	}
	visit(newRoot(IO{}, finding.NL, finding.NL), nil)
	return paths
}

func TestHelpInEachLanguage(t *testing.T) {
	ways := []struct {
		name      string
		env       map[string]string
		flag      []string
		forbidden []string
		want      string
	}{
		{name: "Dutch by default", forbidden: englishWords, want: "Gebruik:"},
		{name: "Dutch from LANG=nl_NL", env: map[string]string{"LANG": "nl_NL.UTF-8"}, forbidden: englishWords, want: "Gebruik:"},
		{name: "--lang nl wins over LANG=en", env: map[string]string{"LANG": "en_US.UTF-8"}, flag: []string{"--lang", "nl"}, forbidden: englishWords, want: "Gebruik:"},
		{name: "English with --lang en", flag: []string{"--lang", "en"}, forbidden: dutchWords, want: "Usage:"},
		{name: "English with --lang=en", flag: []string{"--lang=en"}, forbidden: dutchWords, want: "Usage:"},
		{name: "English from LANG", env: map[string]string{"LANG": "en_GB.UTF-8"}, forbidden: dutchWords, want: "Usage:"},
		{name: "English from LC_MESSAGES", env: map[string]string{"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_US"}, forbidden: dutchWords, want: "Usage:"},
		{name: "LC_ALL wins", env: map[string]string{"LC_ALL": "nl_NL", "LANG": "en_US"}, forbidden: englishWords, want: "Gebruik:"},
	}
	for _, way := range ways {
		for _, path := range commands() {
			for _, help := range [][]string{{"--help"}, {"-h"}} {
				args := append(append(append([]string(nil), path...), help...), way.flag...)
				code, out, errOut := run(t, way.env, args...)
				if code != 0 || errOut != "" || !strings.Contains(out, way.want) {
					t.Errorf("%s: ggzcheck %s: exit %d, stderr %q, stdout without %q:\n%s", way.name, strings.Join(args, " "), code, errOut, way.want, out)
				}
				for _, w := range way.forbidden {
					if strings.Contains(out, w) {
						t.Errorf("%s: ggzcheck %s shows %q:\n%s", way.name, strings.Join(args, " "), w, out)
					}
				}
			}
		}
	}
	// 'ggzcheck help CMD' is the same as 'ggzcheck CMD --help'.
	_, viaHelp, _ := run(t, nil, "help", "check")
	_, viaFlag, _ := run(t, nil, "check", "--help")
	if viaHelp != viaFlag || viaHelp == "" {
		t.Errorf("help check differs from check --help:\n%s\n---\n%s", viaHelp, viaFlag)
	}
}

// TestEnglishCatalogue: every help text and flag has its English, and the
// catalogue holds nothing that no command uses.
func TestEnglishCatalogue(t *testing.T) {
	used := map[string]bool{}
	need := func(key, dutch string) {
		if dutch == "" {
			return
		}
		used[key] = true
		if english[key] == "" {
			t.Errorf("no English for %s (%q)", key, dutch)
		}
	}
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		key := commandKey(c)
		if strings.Contains(c.Use, " ") {
			need(key+".use", c.Use)
		}
		need(key+".short", c.Short)
		need(key+".long", c.Long)
		need(key+".example", c.Example)
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Name != "help" {
				need(key+" --"+f.Name, f.Usage)
			}
		})
		for _, sub := range c.Commands() {
			visit(sub)
		}
	}
	visit(newRoot(IO{}, finding.NL, finding.NL))
	for key := range english {
		if !used[key] {
			t.Errorf("english[%q] belongs to no command or flag", key)
		}
	}
}

// TestErrorsInEachLanguage: mistakes in how ggzcheck is called, caught by
// cobra and pflag, are told in the chosen language, with exit code 2.
func TestErrorsInEachLanguage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		nl, en string
	}{
		{"unknown command", []string{"chek"}, `onbekend commando "chek"; Bedoelt u: check?`, `unknown command "chek"; Did you mean: check?`},
		{"unknown help topic", []string{"help", "nee"}, `onbekend commando "nee"`, `unknown command "nee"`},
		{"unknown shell", []string{"completion", "tcsh"}, `onbekend commando "tcsh"`, `unknown command "tcsh"`},
		{"argument to a command without", []string{"rules", "extra"}, `onbekend commando "extra" voor "ggzcheck rules"`, `unknown command "extra" for "ggzcheck rules"`},
		{"unknown flag", []string{"check", "--formaat", "json"}, "onbekende optie --formaat", "unknown option --formaat"},
		{"unknown shorthand", []string{"check", "-x"}, "onbekende optie -x", "unknown option -x"},
		{"flag without value", []string{"check", "--max-grootte"}, "de optie --max-grootte vraagt een waarde", "the option --max-grootte needs a value"},
		{"not a number", []string{"genereer", "-n", "veel"}, `ongeldige waarde "veel" voor --n: geen geheel getal`, `invalid value "veel" for --n: not a whole number`},
		{"bad syntax", []string{"check", "---x"}, "onjuist geschreven optie ---x", "badly written option ---x"},
		{"too few arguments", []string{"explain"}, "verkeerd aantal argumenten (0 gegeven); gebruik: ggzcheck explain REGEL", "wrong number of arguments (0 given); usage: ggzcheck explain RULE"},
		{"too many arguments", []string{"explain", "a", "b"}, "verkeerd aantal argumenten (2 gegeven)", "wrong number of arguments (2 given)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, lang := range []struct {
				env       map[string]string
				want, see string
				forbidden []string
			}{
				{nil, tt.nl, "Zie 'ggzcheck", englishWords},
				{map[string]string{"LANG": "en_US.UTF-8"}, tt.en, "See 'ggzcheck", dutchWords},
			} {
				code, out, errOut := run(t, lang.env, tt.args...)
				if code != 2 || out != "" {
					t.Errorf("ggzcheck %s: exit %d, stdout %q; want 2 and nothing", strings.Join(tt.args, " "), code, out)
				}
				if !strings.Contains(errOut, lang.want) || !strings.Contains(errOut, lang.see) {
					t.Errorf("ggzcheck %s: stderr %q, want %q and %q", strings.Join(tt.args, " "), errOut, lang.want, lang.see)
				}
				for _, w := range lang.forbidden {
					if strings.Contains(errOut, w) {
						t.Errorf("ggzcheck %s: stderr shows %q: %q", strings.Join(tt.args, " "), w, errOut)
					}
				}
			}
		})
	}
}

func TestLanguageChoice(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want finding.Lang
	}{
		{"nothing set", nil, nil, finding.NL},
		{"LANG English", nil, map[string]string{"LANG": "en_US.UTF-8"}, finding.EN},
		{"LANG plain en", nil, map[string]string{"LANG": "en"}, finding.EN},
		{"LANG Dutch", nil, map[string]string{"LANG": "nl_BE.UTF-8"}, finding.NL},
		{"LANG C", nil, map[string]string{"LANG": "C.UTF-8"}, finding.NL},
		{"LC_ALL before LANG", nil, map[string]string{"LC_ALL": "en_US", "LANG": "nl_NL"}, finding.EN},
		{"LC_MESSAGES before LANG", nil, map[string]string{"LC_MESSAGES": "nl_NL", "LANG": "en_US"}, finding.NL},
		{"--lang wins", []string{"check", "--lang", "nl"}, map[string]string{"LANG": "en_US"}, finding.NL},
		{"--lang= wins", []string{"--lang=en"}, nil, finding.EN},
		{"an unknown --lang is left to the flag", []string{"--lang", "de"}, map[string]string{"LANG": "en_US"}, finding.EN},
		{"after -- is no flag", []string{"check", "--", "--lang", "en"}, nil, finding.NL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := argsLang(tt.args)
			if !ok {
				got = envLang(func(k string) string { return tt.env[k] })
			}
			if got != tt.want {
				t.Errorf("language %s, want %s", got, tt.want)
			}
		})
	}
}
