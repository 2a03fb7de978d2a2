// Package finding is the one result model of ggzcheck: every check produces
// findings, and every report format is a view of them.
package finding

import (
	"cmp"
	"slices"
)

// Severity says whether a finding fails the check (Error) or only warns.
type Severity string

// The two severities. An Error fails the plan; a Warning does not.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Valid reports whether s is one of the known severities.
func (s Severity) Valid() bool { return s == Error || s == Warning }

// Lang is a language that messages are written in.
type Lang string

// The languages every message exists in.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// Langs lists the supported languages, default first.
func Langs() []Lang { return []Lang{NL, EN} }

// Text is a message in both languages.
type Text struct {
	NL string `json:"nl"`
	EN string `json:"en"`
}

// In returns the text in lang, falling back to Dutch.
func (t Text) In(lang Lang) string {
	if lang == EN && t.EN != "" {
		return t.EN
	}
	return t.NL
}

// Finding is one thing a plan does wrong, with where and why.
type Finding struct {
	Rule     string   // stable rule id, e.g. "deelnemers-mandaat"
	Severity Severity // error or warning
	File     string   // path as the user gave it, with forward slashes
	Line     int      // 1-based
	Column   int      // 1-based
	Path     string   // JSON pointer into the plan, "" for the whole document
	Message  Text     // what is wrong and what to change
	Source   string   // where the agreement comes from, e.g. "Gespreksleidraad §3.1.1"
	Waiver   *Waiver  // set when the plan deviates from the rule here, with a motivation
}

// Waiver is the motivated deviation (in the plan's 'afwijkingen') that covers
// a finding: the finding is reported, but does not fail the plan.
type Waiver struct {
	Motivation string `json:"motivation"`
	Until      string `json:"until"`
	Path       string `json:"path"` // JSON pointer to the deviation in the plan
}

// Rule describes one check in the catalogue, with what `ggzcheck explain`
// shows about it.
type Rule struct {
	ID          string
	Severity    Severity
	Title       Text
	Description Text   // what the rule asks and why
	Source      string // section(s) of the sources, e.g. "Gespreksleidraad §3.1.1"
	Agreement   string // the agreement the rule belongs to, e.g. "C. Gemandateerde deelnemers"
	Quote       string // the Dutch text of the source the rule encodes
	Fails       string // a YAML fragment that breaks the rule
	Passes      string // the same fragment, mended
	Fix         Text   // how to mend a finding
	Waivable    bool   // a plan may deviate from the rule with a motivation
	Needs       Need   // what the rule needs beyond the plan itself, if anything
	// PolicyFile is the user's policy file (--policy) that declares the rule,
	// so reports can name the user policies in effect; "" for a built-in rule.
	PolicyFile string
}

// Need is what a rule needs beyond the plan itself to be evaluated; without
// it the rule is reported as skipped, never as passed.
type Need string

// The needs a rule can have.
const (
	// NeedsBase: a git revision to compare with (--base).
	NeedsBase Need = "base"
	// NeedsEarlierVersion: an earlier plan to compare with: the plan's own
	// version at --base, or the region's plan of an earlier contracting year.
	NeedsEarlierVersion Need = "vorige_versie"
	// NeedsRegistry: a region registry (regios.yaml) that applies to the plan.
	NeedsRegistry Need = "register"
	// NeedsPreviousYear: the region's plan of an earlier contracting year
	// (monitoring); the plan's own version at --base does not count.
	NeedsPreviousYear Need = "vorig_inkoopjaar"
	// NeedsAnswers: the national table's answers to the region for the
	// plan's contracting year.
	NeedsAnswers Need = "antwoorden"
)

// Valid reports whether n is empty or one of the known needs.
func (n Need) Valid() bool {
	switch n {
	case "", NeedsBase, NeedsEarlierVersion, NeedsRegistry, NeedsPreviousYear, NeedsAnswers:
		return true
	}
	return false
}

// Sort orders findings by file, position, rule, path and message, so that
// output never depends on the order in which checks ran.
func Sort(fs []Finding) {
	slices.SortFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Message.NL, b.Message.NL),
		)
	})
}

// Count returns the number of errors and warnings in fs that are not waived.
func Count(fs []Finding) (errors, warnings int) {
	for _, f := range fs {
		switch {
		case f.Waiver != nil:
		case f.Severity == Error:
			errors++
		default:
			warnings++
		}
	}
	return errors, warnings
}

// CountWaived returns the number of waived findings in fs.
func CountWaived(fs []Finding) int {
	n := 0
	for _, f := range fs {
		if f.Waiver != nil {
			n++
		}
	}
	return n
}
