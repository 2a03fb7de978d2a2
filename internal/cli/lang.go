package cli

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// envLang is the language the environment asks for: the first of LC_ALL,
// LC_MESSAGES and LANG that is set (POSIX's order) decides, English when it
// starts with "en", Dutch otherwise.
func envLang(getenv func(string) string) finding.Lang {
	if getenv == nil {
		return finding.NL
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "en") {
				return finding.EN
			}
			return finding.NL
		}
	}
	return finding.NL
}

// argsLang is the language of a --lang on the command line, if it names
// one. Help texts and cobra's errors need it before the flags are parsed.
func argsLang(args []string) (finding.Lang, bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if l := finding.Lang(v); ok && slices.Contains(finding.Langs(), l) {
			return l, true
		}
	}
	return "", false
}

// langOf is the language a command was asked for with --lang, or the
// environment's.
func langOf(cmd *cobra.Command) (finding.Lang, error) {
	s, err := cmd.Flags().GetString("lang")
	if err != nil {
		return finding.NL, nil
	}
	return parseLang(s)
}

// words are cobra's own words in help and errors, in both languages.
var words = map[finding.Lang]map[string]string{
	finding.NL: {
		"usage": "Gebruik:", "examples": "Voorbeelden:", "commands": "Commando's:", "flags": "Opties:",
		"global": "Algemene opties:", "more": "Gebruik \"%s [commando] --help\" voor meer over een commando.",
		"[flags]": "[opties]", "[command]": "[commando]", "default": "standaard", "help for": "hulp bij %s",
		"TEXT": "TEKST", "NUMBER": "GETAL", "FORMAAT": "FORMAAT", "see": "Zie '%s --help'.",
	},
	finding.EN: {
		"usage": "Usage:", "examples": "Examples:", "commands": "Commands:", "flags": "Flags:",
		"global": "Global flags:", "more": "Use \"%s [command] --help\" for more about a command.",
		"[flags]": "[flags]", "[command]": "[command]", "default": "default", "help for": "help for %s",
		"TEXT": "TEXT", "NUMBER": "NUMBER", "FORMAAT": "FORMAT", "see": "See '%s --help'.",
	},
}

// localize readies every command of the tree for lang: a help flag in that
// language, English texts from the catalogue when lang is English, and the
// language as the default of every --lang.
func localize(root *cobra.Command, lang finding.Lang, env finding.Lang) {
	w := words[lang]
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		key := commandKey(c)
		if lang == finding.EN {
			for field, text := range map[string]*string{"use": &c.Use, "short": &c.Short, "long": &c.Long, "example": &c.Example} {
				if en, ok := english[key+"."+field]; ok && *text != "" {
					*text = en
				}
			}
		}
		for _, fs := range []*pflag.FlagSet{c.PersistentFlags(), c.LocalNonPersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) {
				if en, ok := english[key+" --"+f.Name]; ok && lang == finding.EN {
					f.Usage = en
				}
			})
		}
		if f := c.LocalFlags().Lookup("lang"); f != nil {
			f.DefValue = string(env)
			_ = f.Value.Set(string(env))
		}
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, fmt.Sprintf(w["help for"], c.Name()))
		}
		for _, sub := range c.Commands() {
			visit(sub)
		}
	}
	visit(root)
}

// commandKey names a command in the catalogue: its path without the
// program's name, or the program's name for the root.
func commandKey(c *cobra.Command) string {
	if !c.HasParent() {
		return c.Name()
	}
	return strings.TrimPrefix(c.CommandPath(), c.Root().Name()+" ")
}

// writeHelp writes a command's help: its description, then its usage.
func writeHelp(w io.Writer, c *cobra.Command, lang finding.Lang) {
	text := strings.TrimRight(c.Long, " \n")
	if text == "" {
		text = c.Short
	}
	if text != "" {
		fmt.Fprintf(w, "%s\n\n", text)
	}
	writeUsage(w, c, lang)
}

// writeUsage writes what cobra's usage template writes, in lang: how to
// call the command, examples, its subcommands and its options.
func writeUsage(w io.Writer, c *cobra.Command, lang finding.Lang) {
	t := words[lang]
	fmt.Fprintln(w, t["usage"])
	if c.Runnable() {
		line := c.Use
		if c.HasParent() {
			line = c.Parent().CommandPath() + " " + c.Use
		}
		if c.HasAvailableFlags() {
			line += " " + t["[flags]"]
		}
		fmt.Fprintf(w, "  %s\n", line)
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "  %s %s\n", c.CommandPath(), t["[command]"])
	}
	if c.HasExample() {
		fmt.Fprintf(w, "\n%s\n%s\n", t["examples"], strings.TrimRight(c.Example, "\n"))
	}
	if c.HasAvailableSubCommands() {
		var subs []*cobra.Command
		width := 0
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() || s.Name() == "help" {
				subs = append(subs, s)
				width = max(width, len(s.Name()))
			}
		}
		fmt.Fprintf(w, "\n%s\n", t["commands"])
		for _, s := range subs {
			fmt.Fprintf(w, "  %-*s  %s\n", width, s.Name(), s.Short)
		}
	}
	if c.HasAvailableLocalFlags() {
		fmt.Fprintf(w, "\n%s\n%s", t["flags"], flagUsages(c.LocalFlags(), lang))
	}
	if c.HasAvailableInheritedFlags() {
		fmt.Fprintf(w, "\n%s\n%s", t["global"], flagUsages(c.InheritedFlags(), lang))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n"+t["more"]+"\n", c.CommandPath())
	}
}

// flagUsages lists flags as pflag does, with the value's name and the
// default in lang rather than pflag's English ("string", "(default ...)").
func flagUsages(fs *pflag.FlagSet, lang finding.Lang) string {
	t := words[lang]
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, usage := pflag.UnquoteUsage(f)
		switch name {
		case "string", "stringArray", "strings":
			name = t["TEXT"]
		case "int", "uint", "int64", "uint64":
			name = t["NUMBER"]
		case "FORMAAT":
			name = t["FORMAAT"]
		}
		if name != "" {
			left += " " + name
		}
		if d := f.DefValue; f.Value.Type() != "bool" && d != "" && d != "0" && d != "[]" {
			if f.Value.Type() == "string" {
				d = fmt.Sprintf("%q", d)
			}
			usage += fmt.Sprintf(" (%s %s)", t["default"], d)
		}
		rows = append(rows, row{left, usage})
		width = max(width, len(left))
	})
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s   %s\n", width, r.left, r.usage)
	}
	return b.String()
}

// flagError says in lang what pflag found wrong with the options.
func flagError(err error, lang finding.Lang) error {
	nl := lang == finding.NL
	var notExist *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		if nl {
			return fmt.Errorf("onbekende optie -%s (in -%s)", notExist.GetSpecifiedName()[:1], notExist.GetSpecifiedShortnames())
		}
		return fmt.Errorf("unknown option -%s (in -%s)", notExist.GetSpecifiedName()[:1], notExist.GetSpecifiedShortnames())
	case errors.As(err, &notExist):
		if nl {
			return fmt.Errorf("onbekende optie --%s", notExist.GetSpecifiedName())
		}
		return fmt.Errorf("unknown option --%s", notExist.GetSpecifiedName())
	case errors.As(err, &needsValue):
		if nl {
			return fmt.Errorf("de optie --%s vraagt een waarde", needsValue.GetFlag().Name)
		}
		return fmt.Errorf("the option --%s needs a value", needsValue.GetFlag().Name)
	case errors.As(err, &invalid):
		if nl {
			return fmt.Errorf("ongeldige waarde %q voor --%s: %s", invalid.GetValue(), invalid.GetFlag().Name, valueProblem(invalid, lang))
		}
		return fmt.Errorf("invalid value %q for --%s: %s", invalid.GetValue(), invalid.GetFlag().Name, valueProblem(invalid, lang))
	case errors.As(err, &syntax):
		if nl {
			return fmt.Errorf("onjuist geschreven optie %s", syntax.GetSpecifiedFlag())
		}
		return fmt.Errorf("badly written option %s", syntax.GetSpecifiedFlag())
	}
	return cobraError(err, nil, lang)
}

// valueProblem says what is wrong with a flag's value; pflag's causes come
// from strconv, in English.
func valueProblem(e *pflag.InvalidValueError, lang finding.Lang) string {
	switch e.GetFlag().Value.Type() {
	case "int", "uint", "int64", "uint64":
		return map[finding.Lang]string{finding.NL: "geen geheel getal", finding.EN: "not a whole number"}[lang]
	case "bool":
		return map[finding.Lang]string{finding.NL: "kies true of false", finding.EN: "choose true or false"}[lang]
	}
	if cause := e.Unwrap(); cause != nil {
		return cause.Error()
	}
	return ""
}

var (
	unknownCommandRe = regexp.MustCompile(`^unknown command "(.*)" for "(.*?)"`)
	argCountRe       = regexp.MustCompile(`^(?:accepts (?:at most |between \d+ and )?(\d+)|requires at least (\d+)) arg\(s\), (?:only )?received (\d+)$`)
	requiredFlagRe   = regexp.MustCompile(`^required flag\(s\) (.*) not set$`)
)

// cobraError says in lang what cobra's argument checks (ExactArgs,
// NoArgs and the like, in whatever command uses them) say in English; c is
// the command that failed, when known. Other errors pass unchanged.
func cobraError(err error, c *cobra.Command, lang finding.Lang) error {
	msg := err.Error()
	nl := lang == finding.NL
	if m := unknownCommandRe.FindStringSubmatch(msg); m != nil {
		if nl {
			return fmt.Errorf("onbekend commando %q voor %q", m[1], m[2])
		}
		return fmt.Errorf("unknown command %q for %q", m[1], m[2])
	}
	if m := argCountRe.FindStringSubmatch(msg); m != nil {
		use := ""
		if c != nil {
			use = c.CommandPath()
			if c.HasParent() {
				use = c.Parent().CommandPath() + " " + c.Use
			}
		}
		if nl {
			return fmt.Errorf("verkeerd aantal argumenten (%s gegeven); gebruik: %s", m[3], use)
		}
		return fmt.Errorf("wrong number of arguments (%s given); usage: %s", m[3], use)
	}
	if m := requiredFlagRe.FindStringSubmatch(msg); m != nil {
		if nl {
			return fmt.Errorf("geef de optie %s", m[1])
		}
		return fmt.Errorf("give the option %s", m[1])
	}
	return err
}

// unknownCommand is root's argument check: cobra's own one is in English.
func unknownCommand(lang finding.Lang) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		var msg string
		if lang == finding.NL {
			msg = fmt.Sprintf("onbekend commando %q", args[0])
		} else {
			msg = fmt.Sprintf("unknown command %q", args[0])
		}
		if s := c.SuggestionsFor(args[0]); len(s) > 0 {
			did := map[finding.Lang]string{finding.NL: "Bedoelt u", finding.EN: "Did you mean"}[lang]
			msg += fmt.Sprintf("; %s: %s?", did, strings.Join(s, ", "))
		}
		return usage(errors.New(msg))
	}
}
