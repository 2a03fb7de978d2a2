package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/report"
)

// DefaultPath is where `ggzcheck check` looks when no path is given.
const DefaultPath = "regions"

func newCheck(stdio IO) *cobra.Command {
	var format, lang, configFile, referenceDate string
	var verbose bool
	formats := make([]string, 0)
	for _, f := range report.Formats() {
		formats = append(formats, string(f))
	}
	cmd := &cobra.Command{
		Use:   "check [PAD...]",
		Short: "Controleer plannen tegen het planformaat en de afspraken",
		Long: `Controleert elk plan (een bestand, of elk *.yaml- en *.yml-bestand in een map) tegen
het planformaat en de afspraken, en meldt elke bevinding met bestand, regel en kolom.
Zonder pad controleert ggzcheck de map ` + DefaultPath + `/.`,
		Example: "  ggzcheck check\n  ggzcheck check regions/zilverduin/2026.yaml --format json\n  ggzcheck check --lang en regions/\n  ggzcheck check --config strenger.yaml regions/",
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := report.ParseFormat(format)
			if err != nil {
				return usage(err)
			}
			l, err := parseLang(lang)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{DefaultPath}
			}
			if referenceDate != "" {
				if _, err := time.Parse(time.DateOnly, referenceDate); err != nil {
					return usage(fmt.Errorf("--peildatum %q is geen datum; schrijf JJJJ-MM-DD", referenceDate))
				}
			}
			checker, err := newChecker(cmd, check.Options{ConfigFile: configFile, ReferenceDate: referenceDate}, l)
			if err != nil {
				return err
			}
			rep, err := checker.Files(cmd.Context(), args)
			if err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			opts := report.Options{
				Lang:     l,
				Verbose:  verbose,
				LinkBase: githubLinkBase(stdio.Getenv),
				Color:    f == report.Text && stdio.StdoutIsTerminal && stdio.Getenv("NO_COLOR") == "",
			}
			if err := report.Write(stdio.Stdout, f, rep, opts); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			if code := rep.ExitCode(); code != check.ExitOK {
				return &ExitError{Code: code}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", string(report.Text), "uitvoerformaat: "+strings.Join(formats, ", "))
	cmd.Flags().StringVar(&lang, "lang", string(finding.NL), "taal van de meldingen: nl of en")
	cmd.Flags().StringVar(&configFile, "config", "", "YAML-bestand met drempels en datums die afwijken van policies/gegevens.yaml (zie schemas/config.schema.json)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "toon per plan ook de regels die voldoen of niet gecontroleerd zijn (text en sarif; json doet dat altijd)")
	cmd.Flags().StringVar(&referenceDate, "peildatum", "", "datum (JJJJ-MM-DD) waarop afwijkingen in het plan nog moeten gelden; standaard 1 januari van het inkoopjaar")
	return cmd
}

// githubLinkBase links Markdown and HTML reports to the files in the
// repository when running in GitHub Actions, at the commit being checked.
func githubLinkBase(getenv func(string) string) string {
	server, repo, sha := getenv("GITHUB_SERVER_URL"), getenv("GITHUB_REPOSITORY"), getenv("GITHUB_SHA")
	if server == "" || repo == "" || sha == "" {
		return ""
	}
	return server + "/" + repo + "/blob/" + sha + "/"
}
