package check

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/schema"
)

// The national table's answers to a region for one contracting year
// (Gespreksleidraad §3.4, §4.3) live in antwoorden/<region>/<year>.yaml in
// the directory of the region registry: regions/regios.yaml has its answers
// in regions/antwoorden/. Walking a directory skips that folder (files.go),
// so answers are never read as plans. A plan without a registry has no
// answers.

// RuleAnswersPlace is the rule about an answers file for another region or
// year than its place says.
const RuleAnswersPlace = "antwoorden-plek"

// AnswersPath returns where the answers of region code for year are, for
// the registry that applies to the plan.
func AnswersPath(registry, code string, year int) string {
	return filepath.Join(filepath.Dir(registry), ggzcheck.AnswersDir, code, strconv.Itoa(year)+".yaml")
}

// answers is one answers file as read: for the policies when it is usable,
// and for the report when it has findings.
type answers struct {
	result Result // the answers file as a result of its own; Findings empty when usable
	value  any    // the file's value, nil when absent or unusable
	absent bool
}

// answerFiles reads each answers file once per run.
type answerFiles struct {
	c      *Checker
	schema *schema.Validator
	mu     sync.Mutex
	byPath map[string]*answers
}

// answersFormat is the source of format findings in an answers file.
var answersFormat = "Antwoordformaat (" + ggzcheck.AnswersSchemaPath + ")"

var answersAreNoPlan = finding.Text{NL: "dit zijn de adviezen van de landelijke tafel, geen plan", EN: "these are the national table's answers, not a plan"}

// get returns the answers of region code for year, under registry in tree.
func (a *answerFiles) get(registry, tree, code string, year int) *answers {
	path := AnswersPath(registry, code, year)
	a.mu.Lock()
	defer a.mu.Unlock()
	if got, ok := a.byPath[path]; ok {
		return got
	}
	got := a.read(path, tree, code, year)
	a.byPath[path] = got
	return got
}

func (a *answerFiles) read(path, tree, code string, year int) *answers {
	name := displayName(path)
	got := &answers{result: Result{File: name, Skip: answersAreNoPlan}}
	in := contained(path, tree)
	data, err := a.c.read(in)
	if errors.Is(err, fs.ErrNotExist) {
		got.absent = true
		return got
	}
	if err != nil {
		f, ok := refusedFinding(name, anAnswers, err)
		if !ok {
			f = finding.Finding{Rule: RuleNotAFile, Severity: finding.Error, File: name, Line: 1, Column: 1, Source: sourceSafety,
				Message: finding.Text{NL: "Het antwoordbestand is niet te lezen: " + err.Error(), EN: "The answers file cannot be read: " + err.Error()}}
		}
		got.result.Findings = []finding.Finding{f}
		return got
	}
	got.result.Source = data
	p, fs := plan.Load(name, data, a.c.limits)
	if p != nil {
		for _, f := range a.schema.Validate(p) {
			f.Source = answersFormat
			fs = append(fs, f)
		}
		if len(fs) == 0 {
			fs = append(fs, placeOf(p, code, year)...)
		}
	}
	if len(fs) > 0 {
		finding.Sort(fs)
		got.result.Findings = bounded(fs)
		return got
	}
	got.result.Source = nil
	got.value = p.Value
	return got
}

// placeOf reports an answers file whose region or year is not the one its
// place says: the plan of that place would otherwise be held to another
// region's advice.
func placeOf(p *plan.Plan, code string, year int) []finding.Finding {
	var out []finding.Finding
	if c, _ := plan.Lookup(p.Value, "/regio"); c != code {
		out = append(out, placeFinding(p, "/regio",
			fmt.Sprintf("Dit antwoordbestand staat bij regio '%s', maar noemt regio '%v'. Zet het in %s/%v/ of corrigeer 'regio'.", code, c, ggzcheck.AnswersDir, c),
			fmt.Sprintf("This answers file is filed under region '%s', but names region '%v'. Move it to %s/%v/ or correct 'regio'.", code, c, ggzcheck.AnswersDir, c)))
	}
	if y, _ := plan.Lookup(p.Value, "/inkoopjaar"); fmt.Sprint(y) != strconv.Itoa(year) {
		out = append(out, placeFinding(p, "/inkoopjaar",
			fmt.Sprintf("Dit antwoordbestand heet %d.yaml, maar noemt inkoopjaar %v. De bestandsnaam is het inkoopjaar van het plan dat de adviezen opvolgt.", year, y),
			fmt.Sprintf("This answers file is named %d.yaml, but names contracting year %v. The file name is the contracting year of the plan that follows the advice up.", year, y)))
	}
	return out
}

func placeFinding(p *plan.Plan, ptr, nl, en string) finding.Finding {
	pos := p.Position(ptr)
	return finding.Finding{Rule: RuleAnswersPlace, Severity: finding.Error, File: p.File, Line: pos.Line, Column: pos.Column,
		Path: ptr, Message: finding.Text{NL: nl, EN: en}, Source: "Gespreksleidraad §4.3"}
}

// input is how the policies get the answers: the file's name and its value.
func (a *answers) input() map[string]any {
	m := map[string]any{"bestand": a.result.File}
	for k, v := range a.value.(map[string]any) {
		m[k] = v
	}
	return m
}

// reason says why a plan's rules that need the answers could not use them.
func (a *answers) reason() finding.Text {
	if a.absent {
		return finding.Text{
			NL: "geen adviezen van de landelijke tafel voor deze regio en dit inkoopjaar (" + a.result.File + ")",
			EN: "no answers of the national table for this region and contracting year (" + a.result.File + ")",
		}
	}
	return finding.Text{
		NL: "het antwoordbestand " + a.result.File + " is niet te gebruiken; zie de bevindingen daar",
		EN: "the answers file " + a.result.File + " cannot be used; see its findings",
	}
}

// agreementAdvice is the agreement the answers files belong to.
const agreementAdvice = "I. Adviezen van de landelijke tafel worden opgevolgd"

// answerRules describes the checks on answers files beyond their schema.
func answerRules() []finding.Rule {
	return []finding.Rule{{
		ID: RuleAnswersPlace, Severity: finding.Error, Source: "Gespreksleidraad §4.3", Agreement: agreementAdvice, Needs: finding.NeedsAnswers,
		Title: finding.Text{NL: "Een antwoordbestand staat bij zijn regio en inkoopjaar", EN: "An answers file is filed under its region and contracting year"},
		Description: finding.Text{
			NL: "De adviezen van de landelijke tafel aan een regio staan in antwoorden/<regio>/<inkoopjaar>.yaml in de map van het register van regio's (regions/antwoorden/ bij regions/regios.yaml), en noemen dezelfde regio en hetzelfde inkoopjaar: daaraan koppelt ggzcheck ze aan het plan dat ze opvolgt.",
			EN: "The national table's answers to a region are in antwoorden/<region>/<year>.yaml in the directory of the region registry (regions/antwoorden/ beside regions/regios.yaml), and name the same region and contracting year: that is how ggzcheck links them to the plan that follows them up.",
		},
		Quote:  "De belangrijkste stap hierin is de genoemde uitsplitsing van de resultaten naar de regio's. […] Tot slot krijgen alle regio's de adviezen retour. (Gespreksleidraad §4.3)",
		Fails:  "# regions/antwoorden/zilverduin/2027.yaml\nregio: lindeveld\ninkoopjaar: 2027\n",
		Passes: "# regions/antwoorden/zilverduin/2027.yaml\nregio: zilverduin\ninkoopjaar: 2027\n",
		Fix:    finding.Text{NL: "Zet het bestand bij de regio en het inkoopjaar die het noemt.", EN: "File it under the region and contracting year it names."},
	}}
}
