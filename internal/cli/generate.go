package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/generate"
)

// newGenerate is a developer command, hidden from help: it writes N plans for
// benchmarks (make bench).
func newGenerate(stdio IO) *cobra.Command {
	var n int
	var seed uint64
	var out string
	cmd := &cobra.Command{
		Use:    "genereer -n N --out MAP",
		Short:  "Schrijf N gevarieerde testplannen (voor benchmarks)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			if n <= 0 || out == "" {
				return usage(fmt.Errorf("geef -n en --out"))
			}
			for i := range n {
				name := filepath.Join(out, fmt.Sprintf("regio-%05d", i), "2026.yaml")
				if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
					return &ExitError{Code: check.ExitTool, Err: err}
				}
				if err := os.WriteFile(name, generate.Plan(seed, i), 0o644); err != nil {
					return &ExitError{Code: check.ExitTool, Err: err}
				}
			}
			fmt.Fprintf(stdio.Stdout, "%d plannen geschreven in %s\n", n, out)
			return nil
		},
	}
	cmd.Flags().IntVarP(&n, "n", "n", 0, "aantal plannen")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "zaad: hetzelfde zaad geeft dezelfde plannen")
	cmd.Flags().StringVar(&out, "out", "", "`MAP` om de plannen in te schrijven")
	return cmd
}
