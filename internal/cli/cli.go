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

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/config"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// IO is everything the commands read from and write to, so that the whole
// CLI runs in-process in tests.
type IO struct {
	Stdout           io.Writer
	Stderr           io.Writer
	Getenv           func(string) string
	StdoutIsTerminal bool
	// Engines, when set, keeps the compiled policies between runs in one
	// process (the tests); nil compiles them for each run.
	Engines *check.Engines
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

// Run executes ggzcheck with args and returns its exit code.
func Run(ctx context.Context, args []string, stdio IO) int {
	root := newRoot(stdio)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return check.ExitOK
	}
	var exit *ExitError
	if !errors.As(err, &exit) {
		// Cobra's own errors (unknown command or flag) are usage errors too.
		exit = &ExitError{Code: check.ExitTool, Err: err}
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
			fmt.Fprintln(stdio.Stderr, "Zie 'ggzcheck --help'.")
		}
	}
	return exit.Code
}

func newRoot(stdio IO) *cobra.Command {
	root := &cobra.Command{
		Use:   "ggzcheck",
		Short: "Controleert regioplannen cruciale ggz tegen de landelijke afspraken",
		Long: `ggzcheck controleert de regioplannen cruciale ggz (één YAML-bestand per regio per
inkoopjaar) tegen het planformaat en de afspraken uit de Gespreksleidraad cruciale
ggz (21 juni 2024) en de notitie voor het BO cruciale ggz (20 maart 2024).

Exitcodes: 0 alle plannen voldoen (waarschuwingen mogen), 1 minstens één plan heeft
een fout, 2 ggzcheck kon niet draaien (verkeerde optie, onleesbaar pad, kapotte
beleidsregel).`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdio.Stdout)
	root.SetErr(stdio.Stderr)
	root.CompletionOptions.HiddenDefaultCmd = true
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usage(err) })
	root.AddCommand(newCheck(stdio), newDiff(stdio), newNational(stdio), newRules(stdio), newExplain(stdio), newInit(stdio), newGenerate(stdio), newVersion(stdio))
	// --version prints what the version command prints; cobra's own
	// version flag would be English and show less.
	root.Flags().BoolP("version", "V", false, "toon de versie van ggzcheck (zie ook 'ggzcheck version')")
	root.RunE = func(cmd *cobra.Command, _ []string) error {
		if v, _ := cmd.Flags().GetBool("version"); v {
			return writeVersion(stdio.Stdout)
		}
		return cmd.Help()
	}
	return root
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
