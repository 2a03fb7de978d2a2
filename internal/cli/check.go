package cli

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/report"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// DefaultPath is where `ggzcheck check` looks when no path is given.
const DefaultPath = "regions"

func newCheck(stdio IO) *cobra.Command {
	var outs, policyDirs []string
	var configFile, referenceDate, maxSize, base, stdinName string
	var verbose, changedOnly, quiet, failOnWarning bool
	formats := &formatList{names: []string{string(report.Text)}}
	names := make([]string, 0)
	for _, f := range report.Formats() {
		names = append(names, string(f))
	}
	cmd := &cobra.Command{
		Use:   "check [PAD... | PATROON... | -]",
		Short: "Controleer plannen tegen het planformaat en de afspraken",
		Long: `Controleert elk plan (een bestand, elk *.yaml- en *.yml-bestand in een map, elk plan dat
een patroon tussen aanhalingstekens vindt, zoals 'regions/**/2026.yaml', of - voor een plan
van de standaardinvoer) tegen het planformaat en de afspraken, en meldt elke bevinding met
bestand, regel en kolom. Zonder pad controleert ggzcheck de map ` + DefaultPath + `/.`,
		Example: `  ggzcheck check
  ggzcheck check regions/zilverduin/2026.yaml -o json
  ggzcheck check 'regions/**/2027.yaml' --quiet
  cat plan.yaml | ggzcheck check - --stdin-name regions/zilverduin/2027.yaml
  ggzcheck check --lang en --fail-on-warning regions/
  ggzcheck check --config strenger.yaml regions/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			outputs, err := parseOutputs(formats.names, outs)
			if err != nil {
				return usage(err)
			}
			if quiet && !slices.ContainsFunc(outputs, func(o report.Output) bool { return o.Format == report.Text }) {
				return usage(fmt.Errorf("--quiet geldt voor het tekstrapport (--format text); de andere formaten zijn voor programma's en blijven volledig"))
			}
			if quiet && verbose {
				return usage(fmt.Errorf("--quiet en --verbose gaan niet samen; kies er één"))
			}
			l, err := langOf(cmd)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{DefaultPath}
			}
			if err := checkStdin(args, stdinName, base, cmd.Flags().Changed("stdin-name"), stdio); err != nil {
				return usage(err)
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
			checker, err := newChecker(cmd, stdio, check.Options{
				ConfigFile: configFile, ReferenceDate: referenceDate, MaxBytes: maxBytes, PolicyDirs: policyDirs, Base: base, ChangedOnly: changedOnly,
				Stdin: stdinOf(stdio), StdinName: stdinName,
			}, l)
			if err != nil {
				return err
			}
			rep, err := checker.Files(cmd.Context(), args)
			if err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			opts := report.Options{
				Lang:    l,
				Verbose: verbose,
				Quiet:   quiet,
				Color:   colour(outputs, stdio),
			}
			opts.LinkBase, opts.RunURL = report.GitHubLinks(stdio.Getenv)
			opts.Dir, opts.Root = report.Workspace()
			opts.Generated = report.GeneratedAt(stdio.Getenv, stdio.now())
			if err := report.WriteAll(stdio.Stdout, outputs, rep, opts); err != nil {
				return &ExitError{Code: check.ExitTool, Err: err}
			}
			if code := rep.ExitCode(); code != check.ExitOK {
				return &ExitError{Code: code}
			}
			if s := rep.Summary(); failOnWarning && s.Warnings > 0 {
				return &ExitError{Code: check.ExitFindings, Err: fmt.Errorf("%s, en --fail-on-warning telt een waarschuwing als fout", pluralNL(s.Warnings, "waarschuwing", "waarschuwingen"))}
			}
			return nil
		},
	}
	cmd.Flags().VarP(formats, "format", "f", "uitvoerformaat: "+strings.Join(names, ", ")+"; herhaal met --out voor meer rapporten in één run")
	cmd.Flags().VarP(formats, "output", "o", "hetzelfde als --format (zoals in conftest): -o json is het formaat json, geen bestand")
	cmd.Flags().StringArrayVar(&outs, "out", nil, "schrijf het rapport naar dit `BESTAND` in plaats van naar de uitvoer (- is de uitvoer); één --out per --format")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "toon alleen de plannen die niet voldoen en de samenvatting (tekstrapport); de exitcode blijft gelijk")
	cmd.Flags().BoolVar(&failOnWarning, "fail-on-warning", false, "eindig met exitcode 1 als er waarschuwingen zijn (afwijkingen met een geldige motivering tellen niet)")
	cmd.Flags().StringVar(&configFile, "config", "", "`BESTAND` (YAML) met drempels en datums die afwijken van policies/gegevens.yaml (zie schemas/config.schema.json)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "toon per plan ook de regels die voldoen of niet gecontroleerd zijn (text, sarif; markdown wordt dan het volledige overzicht zonder lengtegrens; json doet dat altijd)")
	cmd.Flags().StringVar(&base, "base", "", "vergelijk elk plan met zijn versie op deze git-`REVISIE` (bijvoorbeeld origin/main of HEAD~1)")
	cmd.Flags().BoolVar(&changedOnly, "changed-only", false, "met --base: controleer alleen plannen die verschillen van de base")
	cmd.Flags().StringArrayVar(&policyDirs, "policy", nil, "`MAP` met eigen beleidsregels (Rego) naast de afspraken; zelfde eisen: METADATA, geen netwerk, klok of toeval")
	cmd.Flags().StringVar(&maxSize, "max-grootte", "1MiB", "`GROOTTE` van het grootste planbestand dat ggzcheck leest, bijvoorbeeld 1MiB of 512KiB (tot en met 1GiB)")
	cmd.Flags().StringVar(&stdinName, "stdin-name", check.DefaultStdinName, "met - als pad: de `NAAM` waaronder het plan van de standaardinvoer in het rapport staat")
	cmd.Flags().StringVar(&referenceDate, "peildatum", "", "`DATUM` (JJJJ-MM-DD) waarop afwijkingen in het plan nog moeten gelden; standaard 1 januari van het inkoopjaar")
	return cmd
}

// maxStdinName is the longest --stdin-name: longer than any path a plan
// has, short enough for every report.
const maxStdinName = 255

// checkStdin refuses what cannot work with - (standard input) as a path: it
// named twice, together with --base (the plan has no place in git), from a
// terminal (nothing is piped in, and the check would wait), or a
// --stdin-name that is empty, long, or holds characters a report would
// have to hide (control, bidi and zero-width characters, and the like).
func checkStdin(args []string, name, base string, named bool, stdio IO) error {
	n := 0
	for _, a := range args {
		if a == check.StdinPath {
			n++
		}
	}
	switch {
	case n == 0 && named:
		return fmt.Errorf("--stdin-name hoort bij - als pad (het plan van de standaardinvoer); geef - mee, bijvoorbeeld: cat plan.yaml | ggzcheck check - --stdin-name %s", check.DefaultStdinName)
	case n == 0:
		return nil
	case n > 1:
		return fmt.Errorf("- (de standaardinvoer) staat er %d keer; één plan komt van de standaardinvoer", n)
	case base != "":
		return fmt.Errorf("--base vergelijkt plannen met hun versie in git, en een plan van de standaardinvoer staat niet in git; geef het bestand zelf")
	case stdio.StdinIsTerminal:
		return fmt.Errorf("- leest een plan van de standaardinvoer, maar daar komt niets binnen; stuur het plan erheen, bijvoorbeeld: cat plan.yaml | ggzcheck check -")
	case name == "" || name == check.StdinPath:
		return fmt.Errorf("--stdin-name is leeg of -; geef een naam, bijvoorbeeld %s", check.DefaultStdinName)
	case len(name) > maxStdinName:
		return fmt.Errorf("--stdin-name is %d bytes lang; hooguit %d", len(name), maxStdinName)
	case !utf8.ValidString(name) || strings.ContainsFunc(name, sanitize.Hidden):
		return fmt.Errorf("--stdin-name %q bevat tekens die een rapport niet toont (stuurtekens, onzichtbare of richting-tekens); gebruik zichtbare tekens", name)
	}
	return nil
}

// stdinOf is where - is read from; without a Stdin, nothing.
func stdinOf(stdio IO) io.Reader {
	if stdio.Stdin == nil {
		return strings.NewReader("")
	}
	return stdio.Stdin
}

// formatList is the value of --format and its alias --output (-o). Both
// flags share it, so every format keeps its place on the command line and
// pairs with the right --out; the first one given replaces the default.
type formatList struct {
	names []string
	set   bool
}

func (l *formatList) String() string { return strings.Join(l.names, ",") }

func (l *formatList) Set(v string) error {
	if !l.set {
		l.names, l.set = nil, true
	}
	l.names = append(l.names, v)
	return nil
}

func (l *formatList) Type() string { return "FORMAAT" }

// pluralNL writes a count with its noun, singular or plural.
func pluralNL(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
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
		if err != nil && strings.ContainsAny(name, "./\\") {
			// -o once named the file; a path is never a format.
			return nil, fmt.Errorf("%w. -o is het formaat (zoals in conftest); schrijf naar een bestand met --out %s", err, name)
		}
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
	files := slices.DeleteFunc(slices.Clone(paths), func(p string) bool { return p == check.StdinPath })
	collected, err := check.Collect(files)
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
