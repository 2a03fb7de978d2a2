package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/skeleton"
)

func newInit(stdio IO) *cobra.Command {
	var name, out string
	var year int
	cmd := &cobra.Command{
		Use:   "init REGIOCODE --inkoopjaar JAAR",
		Short: "Begin een nieuw regioplan: alle onderdelen, met uitleg, en INVULLEN waar de regio iets moet invullen",
		Long: `Schrijft een nieuw plan voor een regio en een inkoopjaar, standaard naar
regions/<regiocode>/<inkoopjaar>.yaml: alle zes zorgvormen en elk veld, met uitleg in het
Nederlands en de schemaregel voor editors. Op elke plek waar de regio nog iets moet invullen
staat INVULLEN; 'ggzcheck check' meldt precies die plekken. Een bestaand bestand wordt nooit
overschreven.`,
		Example: "  ggzcheck init zilverduin --inkoopjaar 2027\n  ggzcheck init noord-oost --inkoopjaar 2027 --naam \"Noord-Oost\"",
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if year == 0 {
				return usage(errors.New("geef het inkoopjaar met --inkoopjaar, bijvoorbeeld --inkoopjaar 2027"))
			}
			if out == "" {
				out = filepath.Join(DefaultPath, args[0], fmt.Sprintf("%d.yaml", year))
			}
			schemaPath, err := filepath.Rel(filepath.Dir(out), ggzcheck.SchemaPath)
			if err != nil {
				schemaPath = ggzcheck.SchemaPath
			}
			plan, err := skeleton.Plan(skeleton.Options{Code: args[0], Name: name, Year: year, SchemaPath: schemaPath})
			if err != nil {
				return usage(err)
			}
			if err := writeNew(out, plan); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			fmt.Fprintf(stdio.Stdout, "Nieuw plan: %s\nVervang elke INVULLEN en controleer het plan met: ggzcheck check %s\n", out, out)
			return nil
		},
	}
	cmd.Flags().IntVar(&year, "inkoopjaar", 0, "het inkoopjaar van het plan (verplicht)")
	cmd.Flags().StringVar(&name, "naam", "", "de naam van de regio (standaard afgeleid van de regiocode)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "waar het plan komt (standaard regions/<regiocode>/<inkoopjaar>.yaml)")
	return cmd
}

// writeNew creates name with data, and refuses when name exists: a plan is
// never overwritten.
func writeNew(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s bestaat al; ggzcheck overschrijft nooit een plan. Kies een ander --out of verwijder het bestand eerst", name)
	}
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
