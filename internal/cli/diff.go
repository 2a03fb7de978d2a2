package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/diff"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

func newDiff(stdio IO) *cobra.Command {
	var base, format string
	cmd := &cobra.Command{
		Use:   "diff --base REVISIE [PAD...]",
		Short: "Laat zien wat er in het aanbod veranderde ten opzichte van een git-revisie",
		Long: `Zet per regio en zorgvorm naast elkaar wat er veranderde ten opzichte van --base:
capaciteit, vraag, wachtenden, gesloten wachtlijsten en druk, voor en na; welke wijzigingen
in aanbod het plan aankondigt; en welke bespreekpunten erbij kwamen of vervielen. Zo ziet
wie een pull request beoordeelt in één oogopslag waar die over gaat.`,
		Example: "  ggzcheck diff --base origin/main\n  ggzcheck diff --base HEAD~1 --format markdown regions/zilverduin",
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := langOf(cmd)
			if err != nil {
				return err
			}
			if base == "" {
				return usage(fmt.Errorf("geef de revisie om mee te vergelijken met --base, bijvoorbeeld --base origin/main"))
			}
			if err := knownFormat(format, diff.Formats()); err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{DefaultPath}
			}
			rep, err := diff.Build(cmd.Context(), args, base)
			if err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			opts := diff.Options{Lang: l, Forms: careFormNames()}
			if err := diff.Write(stdio.Stdout, format, rep, opts); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&base, "base", "", "de git-`REVISIE` om mee te vergelijken (verplicht)")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "uitvoerformaat: "+strings.Join(diff.Formats(), ", "))
	return cmd
}

// careFormNames reads the care forms' display names from the policy data,
// where they are written once.
func careFormNames() map[string]finding.Text {
	names := map[string]finding.Text{}
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		return names
	}
	forms, _ := b.Data["zorgvormen"].(map[string]any)
	for code, v := range forms {
		m, _ := v.(map[string]any)
		nl, _ := m["naam"].(string)
		en, _ := m["naam_en"].(string)
		names[code] = finding.Text{NL: nl, EN: en}
	}
	return names
}
