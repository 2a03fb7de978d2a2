package check

import (
	"errors"
	"fmt"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/safefile"
)

// Rule ids of the findings about a plan file itself, before its contents.
const (
	RuleLink        = "bestand-koppeling"
	RuleNotAFile    = "bestand-soort"
	sourceSafety    = "README, Veiligheid"
	agreementPlanRd = "Leesbaar plan"
)

// fileRules describes the checks on plan files themselves.
func fileRules() []finding.Rule {
	return []finding.Rule{
		{
			ID: RuleLink, Severity: finding.Error, Source: sourceSafety, Agreement: agreementPlanRd,
			Title: finding.Text{NL: "Een plan verwijst niet naar een bestand buiten de repository", EN: "A plan does not link to a file outside the repository"},
			Description: finding.Text{
				NL: "Een plan mag een symbolische koppeling zijn naar een ander bestand in de gecontroleerde map (de repository), niet naar een bestand daarbuiten: zo'n koppeling in een pull request zou ggzcheck /etc/passwd of de omgeving van de CI-run laten lezen en citeren. ggzcheck leest zo'n bestand niet.",
				EN: "A plan may be a symbolic link to another file in the checked tree (the repository), not to a file outside it: such a link in a pull request would make ggzcheck read and quote /etc/passwd or the CI run's environment. ggzcheck does not read such a file.",
			},
			Fails:  "# regions/zilverduin/2026.yaml -> /etc/passwd\n",
			Passes: "# regions/zilverduin/2026.yaml is een gewoon bestand\n",
			Fix:    finding.Text{NL: "Zet het bestand zelf (het plan of het antwoordbestand) in de repository in plaats van een koppeling.", EN: "Put the file itself (the plan or the answers file) in the repository instead of a link."},
		},
		{
			ID: RuleNotAFile, Severity: finding.Error, Source: sourceSafety, Agreement: agreementPlanRd,
			Title: finding.Text{NL: "Een plan is een gewoon bestand", EN: "A plan is a regular file"},
			Description: finding.Text{
				NL: "ggzcheck leest alleen gewone bestanden: een named pipe, apparaat of socket met een .yaml-naam zou de controle laten wachten of eindeloos laten lezen.",
				EN: "ggzcheck reads only regular files: a named pipe, device or socket with a .yaml name would make the check wait or read forever.",
			},
			Fails:  "# regions/zilverduin/2026.yaml is een named pipe (mkfifo)\n",
			Passes: "# regions/zilverduin/2026.yaml is een gewoon bestand\n",
			Fix:    finding.Text{NL: "Vervang het door een gewoon YAML-bestand.", EN: "Replace it with a regular YAML file."},
		},
	}
}

// fileKind names what a refused file is meant to be, in both languages: a
// plan, the region registry or an answers file.
type fileKind struct{ nl, en, anEN string }

var (
	aPlan     = fileKind{nl: "plan", en: "plan", anEN: "A plan"}
	aRegistry = fileKind{nl: "register", en: "registry", anEN: "A registry"}
	anAnswers = fileKind{nl: "antwoordbestand", en: "answers file", anEN: "An answers file"}
)

// refusedFinding is the finding for a file that is not read, or false when
// err is not about the file's kind or link (then the run cannot go on).
func refusedFinding(name string, kind fileKind, err error) (finding.Finding, bool) {
	f := finding.Finding{Severity: finding.Error, File: name, Line: 1, Column: 1, Source: sourceSafety}
	var link *LinkError
	var notRegular *safefile.NotRegularError
	switch {
	case errors.As(err, &link) && link.Err != nil:
		f.Rule = RuleLink
		f.Message = finding.Text{
			NL: fmt.Sprintf("Dit %s is een symbolische koppeling naar '%s', en dat bestaat niet. Zet het %s zelf hier neer.", kind.nl, link.Target, kind.nl),
			EN: fmt.Sprintf("This %s is a symbolic link to '%s', which does not exist. Put the %s itself here.", kind.en, link.Target, kind.en),
		}
	case errors.As(err, &link):
		f.Rule = RuleLink
		f.Message = finding.Text{
			NL: fmt.Sprintf("Dit %s is een symbolische koppeling naar '%s', buiten de gecontroleerde map; ggzcheck leest het daarom niet. Zet het %s zelf hier neer.", kind.nl, link.Target, kind.nl),
			EN: fmt.Sprintf("This %s is a symbolic link to '%s', outside the checked tree; ggzcheck therefore does not read it. Put the %s itself here.", kind.en, link.Target, kind.en),
		}
	case errors.As(err, &notRegular):
		nl, en := safefile.Kind(notRegular.Mode)
		f.Rule = RuleNotAFile
		f.Message = finding.Text{
			NL: fmt.Sprintf("Dit is geen gewoon bestand maar %s; ggzcheck leest het niet. Een %s is een gewoon YAML-bestand.", nl, kind.nl),
			EN: fmt.Sprintf("This is not a regular file but %s; ggzcheck does not read it. %s is a regular YAML file.", en, kind.anEN),
		}
	default:
		return finding.Finding{}, false
	}
	return f, true
}
