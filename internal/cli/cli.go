// Package cli holds ggzcheck's cobra commands. Commands stay thin: they parse
// flags, call the check and report packages, and return an error carrying the
// exit code. Only main calls os.Exit.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/config"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// IO is everything the commands read from and write to, so that the whole
// CLI runs in-process in tests.
type IO struct {
	Stdin            io.Reader // read for the path -; nil reads as empty
	Stdout           io.Writer
	Stderr           io.Writer
	Getenv           func(string) string
	StdinIsTerminal  bool
	StdoutIsTerminal bool
	// Now is the clock, for the date on a report and the year init
	// proposes; nil is the system clock.
	Now func() time.Time
	// Program is how ggzcheck was started (os.Args[0] as given), for the
	// commands a hint proposes; empty reads as "ggzcheck".
	Program string
	// Engines, when set, keeps the compiled policies between runs in one
	// process (the tests); nil compiles them for each run.
	Engines *check.Engines
}

func (s IO) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// ExitError ends a command with Code. A nil Err prints nothing: the report
// already said what went wrong.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

// usage marks err as a mistake in how ggzcheck was called.
func usage(err error) error { return &ExitError{Code: check.ExitTool, Err: err} }

// Run executes ggzcheck with args and returns its exit code. Help, usage
// and cobra's errors are in the language of --lang, else of the environment
// (LC_ALL, LC_MESSAGES, LANG), else Dutch.
func Run(ctx context.Context, args []string, stdio IO) int {
	env := envLang(stdio.Getenv)
	lang, ok := argsLang(args)
	if !ok {
		lang = env
	}
	root := newRoot(stdio, lang, env)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return check.ExitOK
	}
	var exit *ExitError
	if !errors.As(err, &exit) {
		// Cobra's own errors (a wrong number of arguments) are usage errors too.
		exit = &ExitError{Code: check.ExitTool, Err: cobraError(err, cmd, lang)}
	}
	if cmd == nil {
		cmd = root
	}
	if exit.Err != nil {
		// An error can quote a file name or config value from a pull
		// request; stderr ends up in the same CI log as the report.
		lines := strings.Split(exit.Err.Error(), "\n")
		for i, l := range lines {
			lines[i] = sanitize.Lead(l)
		}
		fmt.Fprintf(stdio.Stderr, "ggzcheck: %s\n", strings.Join(lines, "\n"))
		if exit.Code == check.ExitTool {
			fmt.Fprintf(stdio.Stderr, words[lang]["see"]+"\n", cmd.CommandPath())
		}
	}
	return exit.Code
}

func newRoot(stdio IO, lang, env finding.Lang) *cobra.Command {
	root := &cobra.Command{
		Use:   "ggzcheck",
		Short: "Controleert regioplannen cruciale ggz tegen de landelijke afspraken",
		Long: `ggzcheck controleert de regioplannen cruciale ggz (één YAML-bestand per regio per
inkoopjaar) tegen het planformaat en de afspraken uit de Gespreksleidraad cruciale
ggz (21 juni 2024) en de notitie voor het BO cruciale ggz (20 maart 2024).

Exitcodes: 0 alle plannen voldoen (waarschuwingen mogen), 1 minstens één plan heeft
een fout (of een waarschuwing, met --fail-on-warning), 2 ggzcheck kon niet draaien
(verkeerde optie, onleesbaar pad, kapotte beleidsregel).`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          unknownCommand(lang),
		// cobra suggests nothing through SuggestionsFor until this is set.
		SuggestionsMinimumDistance: 2,
	}
	root.SetOut(stdio.Stdout)
	root.SetErr(stdio.Stderr)
	// cobra's completion command is in English; ggzcheck has its own.
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usage(flagError(err, lang)) })
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { writeHelp(c.OutOrStdout(), c, lang) })
	root.SetUsageFunc(func(c *cobra.Command) error { writeUsage(c.OutOrStderr(), c, lang); return nil })
	root.SetHelpCommand(newHelp(lang))
	root.AddCommand(newCheck(stdio), newDiff(stdio), newNational(stdio), newVoortgang(stdio), newRules(stdio), newExplain(stdio), newInit(stdio), newGenerate(stdio), newVersion(stdio), newCompletion(stdio, lang))
	root.PersistentFlags().String("lang", string(env), "de `TAAL` van meldingen, rapporten en hulpteksten: nl of en (zonder deze optie: en als LC_ALL, LC_MESSAGES of LANG met en begint, anders nl)")
	// --version prints what the version command prints; cobra's own
	// version flag would be English and show less.
	root.Flags().BoolP("version", "V", false, "toon de versie van ggzcheck (zie ook 'ggzcheck version')")
	root.RunE = func(cmd *cobra.Command, _ []string) error {
		if v, _ := cmd.Flags().GetBool("version"); v {
			return writeVersion(stdio.Stdout)
		}
		return cmd.Help()
	}
	root.InitDefaultHelpCmd() // adds the help command now, so that it is localized too
	localize(root, lang, env)
	return root
}

// newHelp replaces cobra's help command, whose texts are English.
func newHelp(lang finding.Lang) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMANDO]",
		Short: "Toon de hulp bij een commando",
		Long:  "Toont de hulp bij een commando, zoals 'ggzcheck check --help' dat doet.",
		RunE: func(c *cobra.Command, args []string) error {
			target, rest, err := c.Root().Find(args)
			if err != nil || target == nil || len(rest) > 0 && target == c.Root() {
				return unknownCommand(lang)(c.Root(), args)
			}
			return target.Help()
		},
	}
}

func parseLang(s string) (finding.Lang, error) {
	l := finding.Lang(s)
	if !slices.Contains(finding.Langs(), l) {
		return "", usage(fmt.Errorf("onbekende taal %q; kies nl of en", s))
	}
	return l, nil
}

func newChecker(cmd *cobra.Command, stdio IO, opts check.Options, lang finding.Lang) (*check.Checker, error) {
	opts.Engines = stdio.Engines
	c, err := check.New(cmd.Context(), opts)
	var cfg *config.Error
	switch {
	case errors.As(err, &cfg) && len(cfg.Findings) > 0:
		lines := make([]string, 0, len(cfg.Findings))
		for _, f := range cfg.Findings {
			lines = append(lines, fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Column, f.Message.In(lang)))
		}
		return nil, usage(fmt.Errorf("het instellingenbestand is niet bruikbaar:\n%s", strings.Join(lines, "\n")))
	case errors.As(err, &cfg):
		return nil, usage(cfg)
	case err != nil:
		return nil, &ExitError{Code: check.ExitTool, Err: fmt.Errorf("beleidsregels of schema laden: %w", err)}
	}
	return c, nil
}
