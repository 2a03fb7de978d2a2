package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/national"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

func newNational(stdio IO) *cobra.Command {
	var format, answersDir string
	var year int
	var includeFailing bool
	formats := national.Formats()
	cmd := &cobra.Command{
		Use:   "national [PAD...]",
		Short: "Het landelijke overzicht voor de ondersteunende landelijke tafel",
		Long: `Telt de plannen van één inkoopjaar op tot het landelijke overzicht (Gespreksleidraad §4):
per zorgvorm de totalen van vraag, capaciteit, wachtenden en gesloten wachtlijsten; welke
regio's de zorgvorm hebben en hoe de andere hun patiënten helpen; absolute en lokale tekorten;
exclusiecriteria; de bespreekpunten per zorgvorm (de twee hoogspecialistische samen), met
buurregio's met vergelijkbare punten bij elkaar; en landelijk aanbod dat geen bespreekpunt is.
Zonder --year is het overzicht van het laatste inkoopjaar met plannen; ggzcheck zegt dat dan
(op stderr en bovenaan het overzicht). Plannen die niet voldoen, tellen niet mee en worden bovenaan genoemd (--include-failing telt
ze toch mee). Zo ziet de landelijke tafel de cijfers die de controle doorstonden.

Met --antwoorden MAP schrijft ggzcheck in plaats van het overzicht het skelet van de adviezen
aan elke regio (Gespreksleidraad §4.3): MAP/<regio>/<inkoopjaar>.yaml, met een advies per
bespreekpunt en per lokaal tekort. Gewoonlijk is MAP de map regions/antwoorden/, naast het register: daar
zoekt 'ggzcheck check' de adviezen bij het plan. Een bestaand bestand blijft staan.`,
		Example: "  ggzcheck national\n  ggzcheck national regions/ --format csv > overzicht.csv\n  ggzcheck national --year 2026 --format html > overzicht.html\n  ggzcheck national --year 2027 --antwoorden regions/antwoorden/",
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := langOf(cmd)
			if err != nil {
				return err
			}
			if err := knownFormat(format, formats); err != nil {
				return err
			}
			rep, err := checkKeepingPlans(cmd, stdio, args, l)
			if err != nil {
				return err
			}
			years := national.Years(rep)
			var others []int
			switch {
			case len(years) == 0:
				return usage(fmt.Errorf("geen leesbare plannen in %s", strings.Join(args, ", ")))
			case year == 0:
				year, others = national.Latest(years)
			case !slices.Contains(years, year):
				return usage(fmt.Errorf("geen plannen voor inkoopjaar %d; wel voor %s", year, joinInts(years)))
			}
			overview := national.Build(rep, year, includeFailing)
			overview.OtherYears = others
			if note := national.LatestNote(overview, l); note != "" {
				fmt.Fprintf(stdio.Stderr, "ggzcheck: %s\n", note) // also when the report goes to a file or a pipe
			}
			if answersDir != "" {
				return writeAnswers(stdio, answersDir, overview)
			}
			opts := national.Options{Lang: l, Names: careFormNames()}
			if err := national.Write(stdio.Stdout, format, overview, opts); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&year, "year", 0, "het inkoopjaar (standaard het laatste jaar met plannen)")
	cmd.Flags().BoolVar(&includeFailing, "include-failing", false, "tel plannen die niet voldoen toch mee (gemarkeerd)")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "uitvoerformaat: "+strings.Join(formats, ", "))
	cmd.Flags().StringVar(&answersDir, "antwoorden", "", "schrijf het skelet van de adviezen per regio in deze map (gewoonlijk regions/antwoorden/)")
	return cmd
}

// writeAnswers writes the skeleton of each region's answers under dir and
// names the files written. An existing file is the table's work: it stays.
func writeAnswers(stdio IO, dir string, o national.Overview) error {
	for _, f := range national.Answers(o) {
		path := filepath.Join(dir, f.Region.Code, fmt.Sprintf("%d.yaml", f.Year))
		err := createNew(path, f.Data)
		if errors.Is(err, fs.ErrExist) {
			fmt.Fprintf(stdio.Stdout, "bestaat al, niet overschreven: %s\n", sanitize.Path(filepath.ToSlash(path)))
			continue
		}
		if err != nil {
			return &ExitError{Code: check.ExitTool, Err: err}
		}
		fmt.Fprintf(stdio.Stdout, "geschreven: %s\n", sanitize.Path(filepath.ToSlash(path)))
	}
	return nil
}

// checkKeepingPlans checks the plans under args (default DefaultPath) and
// keeps them, for a report made from the plans themselves.
func checkKeepingPlans(cmd *cobra.Command, stdio IO, args []string, l finding.Lang) (check.Report, error) {
	if len(args) == 0 {
		args = []string{DefaultPath}
	}
	checker, err := newChecker(cmd, stdio, check.Options{KeepPlans: true}, l)
	if err != nil {
		return check.Report{}, err
	}
	rep, err := checker.Files(cmd.Context(), args)
	if err != nil {
		return check.Report{}, &ExitError{Code: check.ExitTool, Err: err}
	}
	return rep, nil
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ", ")
}

// knownFormat is the usage error of a --format outside formats, the same
// for every command that has one.
func knownFormat(format string, formats []string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	return usage(fmt.Errorf("onbekend formaat %q; kies uit: %s", format, strings.Join(formats, ", ")))
}
