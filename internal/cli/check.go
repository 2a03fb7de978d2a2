package cli

import (
	"fmt"
	"strconv"
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
	var formats, outs, policyDirs []string
	var lang, configFile, referenceDate, maxSize, base string
	var verbose, changedOnly bool
	names := make([]string, 0)
	for _, f := range report.Formats() {
		names = append(names, string(f))
	}
	cmd := &cobra.Command{
		Use:   "check [PAD...]",
		Short: "Controleer plannen tegen het planformaat en de afspraken",
		Long: `Controleert elk plan (een bestand, of elk *.yaml- en *.yml-bestand in een map) tegen
het planformaat en de afspraken, en meldt elke bevinding met bestand, regel en kolom.
Zonder pad controleert ggzcheck de map ` + DefaultPath + `/.`,
		Example: "  ggzcheck check\n  ggzcheck check regions/zilverduin/2026.yaml --format json\n  ggzcheck check --lang en regions/\n  ggzcheck check --config strenger.yaml regions/",
		RunE: func(cmd *cobra.Command, args []string) error {
			outputs, err := parseOutputs(formats, outs)
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
			if cmd.Flags().Changed("base") && base == "" {
				return usage(fmt.Errorf("--base is leeg; geef een git-revisie, bijvoorbeeld origin/main of HEAD~1"))
			}
			if changedOnly && base == "" {
				return usage(fmt.Errorf("--changed-only werkt alleen samen met --base"))
			}
			maxBytes, err := parseSize(maxSize)
			if err != nil {
				return usage(err)
			}
			if err := report.CheckTargets(outputs, inputs(args, configFile, policyDirs)); err != nil {
				return usage(err)
			}
			checker, err := newChecker(cmd, stdio, check.Options{ConfigFile: configFile, ReferenceDate: referenceDate, MaxBytes: maxBytes, PolicyDirs: policyDirs, Base: base, ChangedOnly: changedOnly}, l)
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
				Color:    colour(outputs, stdio),
			}
			if err := report.WriteAll(stdio.Stdout, outputs, rep, opts); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			if code := rep.ExitCode(); code != check.ExitOK {
				return &ExitError{Code: code}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVarP(&formats, "format", "f", []string{string(report.Text)}, "uitvoerformaat: "+strings.Join(names, ", ")+"; herhaal met --out voor meer rapporten in één run")
	cmd.Flags().StringArrayVarP(&outs, "out", "o", nil, "schrijf het rapport naar dit bestand in plaats van naar de uitvoer (- is de uitvoer); één --out per --format")
	cmd.Flags().StringVar(&lang, "lang", string(finding.NL), "taal van de meldingen: nl of en")
	cmd.Flags().StringVar(&configFile, "config", "", "YAML-bestand met drempels en datums die afwijken van policies/gegevens.yaml (zie schemas/config.schema.json)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "toon per plan ook de regels die voldoen of niet gecontroleerd zijn (text en sarif; json doet dat altijd)")
	cmd.Flags().StringVar(&base, "base", "", "vergelijk elk plan met zijn versie op deze git-revisie (bijvoorbeeld origin/main of HEAD~1)")
	cmd.Flags().BoolVar(&changedOnly, "changed-only", false, "met --base: controleer alleen plannen die verschillen van de base")
	cmd.Flags().StringArrayVar(&policyDirs, "policy", nil, "map met eigen beleidsregels (Rego) naast de afspraken; zelfde eisen: METADATA, geen netwerk, klok of toeval")
	cmd.Flags().StringVar(&maxSize, "max-grootte", "1MiB", "grootste planbestand dat ggzcheck leest, bijvoorbeeld 1MiB of 512KiB (tot en met 1GiB)")
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

// parseOutputs pairs each --format with its --out, in order. Without --out,
// a single format goes to standard output.
func parseOutputs(formats, outs []string) ([]report.Output, error) {
	if len(outs) > 0 && len(outs) != len(formats) {
		return nil, fmt.Errorf("%d keer --format en %d keer --out: geef bij elk formaat een --out (- voor de uitvoer)", len(formats), len(outs))
	}
	if len(outs) == 0 && len(formats) > 1 {
		return nil, fmt.Errorf("meer dan één --format vraagt een --out per formaat (- voor de uitvoer)")
	}
	outputs := make([]report.Output, 0, len(formats))
	toStdout := 0
	for i, name := range formats {
		f, err := report.ParseFormat(name)
		if err != nil {
			return nil, err
		}
		o := report.Output{Format: f}
		if i < len(outs) {
			o.File = outs[i]
		}
		if o.ToStdout() {
			toStdout++
		}
		outputs = append(outputs, o)
	}
	if toStdout > 1 {
		return nil, fmt.Errorf("hooguit één rapport kan naar de uitvoer (-)")
	}
	return outputs, nil
}

// inputs lists everything a run reads, so that no --out can replace it:
// the plans (as named and as resolved), their registries, the config file
// and the policy directories. Paths that cannot be collected are reported
// when the plans are read.
func inputs(paths []string, configFile string, policyDirs []string) []string {
	out := append([]string{configFile}, policyDirs...)
	collected, err := check.Collect(paths)
	if err != nil {
		return out
	}
	for _, in := range collected {
		out = append(out, in.Name, in.Path)
	}
	return append(out, check.Registries(collected)...)
}

// colour is on for a text report to a terminal, unless NO_COLOR is set.
func colour(outputs []report.Output, stdio IO) bool {
	for _, o := range outputs {
		if o.Format == report.Text && o.ToStdout() {
			return stdio.StdoutIsTerminal && stdio.Getenv("NO_COLOR") == ""
		}
	}
	return false
}

// maxSize is the largest --max-grootte: far above any plan, and still a
// size one process may read and parse.
const maxSize = 1 << 30

// parseSize reads a size such as "4MiB", "512 KiB", "1GiB" or "1000000"
// (bytes), up to and including 1 GiB; the unit's case does not matter.
func parseSize(s string) (int, error) {
	units := []struct {
		suffix string
		factor int
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"b", 1}, {"", 1}}
	lower := strings.ToLower(strings.TrimSpace(s))
	for _, u := range units {
		if digits, ok := strings.CutSuffix(lower, u.suffix); ok {
			n, err := strconv.Atoi(strings.TrimSpace(digits))
			if err != nil || n <= 0 || n > maxSize/u.factor {
				break
			}
			return n * u.factor, nil
		}
	}
	return 0, fmt.Errorf("--max-grootte %q: geef een grootte van 1 byte tot en met 1 GiB, zoals 4MiB, 512KiB, 1GiB of 100000", s)
}
