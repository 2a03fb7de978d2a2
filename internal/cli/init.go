package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/safefile"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
	"github.com/ggzcheck/ggzcheck/internal/skeleton"
)

func newInit(stdio IO) *cobra.Command {
	var name, out string
	var year int
	nextYear := stdio.now().Year() + 1
	cmd := &cobra.Command{
		Use:   "init REGIOCODE [--inkoopjaar JAAR]",
		Short: "Begin een nieuw regioplan: alle onderdelen, met uitleg, en INVULLEN waar de regio iets moet invullen",
		Long: `Schrijft een nieuw plan voor een regio en een inkoopjaar (standaard het volgende jaar), standaard
naar regions/<regiocode>/<inkoopjaar>.yaml: alle zes zorgvormen en elk veld, met uitleg in het
Nederlands en de schemaregel voor editors. Op elke plek waar de regio nog iets moet invullen
staat INVULLEN; 'ggzcheck check' meldt precies die plekken. Een bestaand bestand wordt nooit
overschreven. Staat de regio nog niet in het register (regios.yaml naast de mappen van de
regio's), dan voegt init haar daar toe, met het commentaar en de opmaak van het register
ongemoeid; kan dat niet veilig, dan zegt init precies wat er bij moet.`,
		Example: "  ggzcheck init zilverduin\n  ggzcheck init noord-oost --inkoopjaar 2027 --naam \"Noord-Oost\"",
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			code := args[0]
			if out == "" {
				out = filepath.Join(DefaultPath, code, fmt.Sprintf("%d.yaml", year))
			}
			schemaPath, err := filepath.Rel(filepath.Dir(out), ggzcheck.SchemaPath)
			if err != nil {
				schemaPath = ggzcheck.SchemaPath
			}
			opts := skeleton.Options{Code: code, Name: name, Year: year, SchemaPath: schemaPath}
			plan, err := skeleton.Plan(opts)
			if err != nil {
				return usage(err)
			}
			if err := writeNew(out, plan); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			fmt.Fprintf(stdio.Stdout, "Nieuw plan voor inkoopjaar %d: %s\n", year, sanitize.Text(out))
			register(stdio, out, code, skeleton.RegionName(opts))
			fmt.Fprintf(stdio.Stdout, "Vervang elke INVULLEN en controleer het plan met:\n  %s check %s\n", program(stdio.Program), shellQuote(out))
			return nil
		},
	}
	cmd.Flags().IntVar(&year, "inkoopjaar", nextYear, "het inkoopjaar van het plan")
	cmd.Flags().StringVar(&name, "naam", "", "de naam van de regio (standaard afgeleid van de regiocode)")
	cmd.Flags().StringVar(&out, "out", "", "het `BESTAND` waar het plan komt (standaard regions/<regiocode>/<inkoopjaar>.yaml)")
	return cmd
}

// register adds the region to the registry that applies to the new plan,
// found as the check finds it, so that the plan's first check knows the
// region. A registry it cannot edit safely is left alone, and init says
// exactly what to add.
func register(stdio IO, planFile, code, name string) {
	collected, err := check.Collect([]string{planFile})
	if err != nil {
		return
	}
	registries := check.Registries(collected)
	if len(registries) == 0 {
		return // no registry: the check has none to know the region by
	}
	file := registries[0]
	shown := sanitize.Text(file)
	info, err := os.Lstat(file)
	var text, edited []byte
	if err == nil && !info.Mode().IsRegular() {
		err = errors.New("het is geen gewoon bestand")
	}
	if err == nil {
		// The registry is read like the check reads it: bounded.
		text, err = safefile.Read(file, int64(plan.DefaultLimits.MaxBytes))
	}
	if err == nil {
		edited, err = skeleton.AddRegion(text, code, name)
	}
	if err == nil {
		err = safefile.Replace(file, edited, info.Mode().Perm())
	}
	switch {
	case errors.Is(err, skeleton.ErrRegistered):
	case err == nil:
		fmt.Fprintf(stdio.Stdout, "Regio %s toegevoegd aan het register %s; vul daar haar buurregio's aan onder 'buren'.\n", code, shown)
	default:
		fmt.Fprintf(stdio.Stdout, "Het register %s kon ggzcheck niet veilig aanpassen (%s). Voeg de regio zelf toe aan de lijst 'regios:':\n%s",
			shown, sanitize.Text(err.Error()), sanitizeLines(skeleton.RegistryEntry(code, name, "  ")))
	}
}

// sanitizeLines is text of several lines, each shown safely.
func sanitizeLines(text string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		lines[i] = sanitize.Text(strings.TrimSuffix(l, "\n"))
		if strings.HasSuffix(l, "\n") {
			lines[i] += "\n"
		}
	}
	return strings.Join(lines, "")
}

// program is how the user started ggzcheck, for a command to copy: as
// given (bin/ggzcheck, ./ggzcheck), shell-quoted; plain "ggzcheck" when it
// was not given, is a temporary build of 'go run', or holds a character a
// terminal could act on.
func program(arg0 string) string {
	if arg0 == "" || sanitize.Text(arg0) != arg0 || strings.Contains(arg0, "go-build") {
		return "ggzcheck"
	}
	return shellQuote(arg0)
}

var shellSafe = regexp.MustCompile(`^[A-Za-z0-9_./+=:@%-]+$`)

// shellQuote writes s so that a POSIX shell reads it back as one word, and
// shows it sanitized.
func shellQuote(s string) string {
	s = sanitize.Text(s)
	if shellSafe.MatchString(s) && !strings.HasPrefix(s, "-") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// writeNew creates name with data, and refuses when name exists: a plan is
// never overwritten.
func writeNew(name string, data []byte) error {
	err := createNew(name, data)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s bestaat al; ggzcheck overschrijft nooit een plan. Kies een ander --out of verwijder het bestand eerst", name)
	}
	return err
}

// createNew creates name, and its directory, with data; an fs.ErrExist
// error when something, a link included, already has the name.
func createNew(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(name)
		return err
	}
	return f.Close()
}
