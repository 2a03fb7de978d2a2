package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/national"
	"github.com/ggzcheck/ggzcheck/internal/voortgang"
)

func newVoortgang(stdio IO) *cobra.Command {
	var format string
	var year int
	formats := voortgang.Formats()
	cmd := &cobra.Command{
		Use:   "voortgang --jaar JAAR [PAD...]",
		Short: "De voortgangsrapportage voor het BO cruciale ggz",
		Long: `Maakt de voortgangsrapportage die de voorzitter van de landelijke tafel na het
contracteringsjaar aan het BO cruciale ggz levert (Gespreksleidraad §4.3), uit alle plannen en
adviezen van inkoopjaar JAAR en het plan van het vorige inkoopjaar van elke regio: per regio en
zorgvorm de cijfers toen en nu, de maatregelen van vorig jaar met hun status en resultaat, de
nieuwe maatregelen, de adviezen van de landelijke tafel met hun opvolging, en de regio's
waarvan het plan ontbreekt of niet voldoet; en per zorgvorm de landelijke vraag en capaciteit
over alle inkoopjaren met plannen. De adviezen staan in antwoorden/<regio>/<inkoopjaar>.yaml in
de map van het register van regio's (regions/antwoorden/).`,
		Example: "  ggzcheck voortgang --jaar 2027\n  ggzcheck voortgang --jaar 2027 regions/ --format html > voortgang.html",
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := langOf(cmd)
			if err != nil {
				return err
			}
			if err := knownFormat(format, formats); err != nil {
				return err
			}
			if year == 0 {
				return usage(fmt.Errorf("geef het inkoopjaar met --jaar"))
			}
			rep, err := checkKeepingPlans(cmd, stdio, args, l)
			if err != nil {
				return err
			}
			if years := national.Years(rep); !slices.Contains(years, year) {
				return usage(fmt.Errorf("geen plannen voor inkoopjaar %d; wel voor %s", year, joinInts(years)))
			}
			opts := national.Options{Lang: l, Names: careFormNames()}
			if err := voortgang.Write(stdio.Stdout, format, voortgang.Build(rep, year), opts); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&year, "jaar", 0, "het inkoopjaar van de rapportage")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "uitvoerformaat: "+strings.Join(formats, ", "))
	return cmd
}
