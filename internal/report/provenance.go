package report

import (
	"fmt"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// fact is one labelled line of a report's provenance, for people.
type fact struct {
	key   string // stable name, as in JUnit properties
	label string
	value string
}

var provenanceWords = map[finding.Lang]map[string]string{
	finding.NL: {
		"heading": "Herkomst", "tool": "ggzcheck", "policies": "afspraken en planformaat",
		"builtin": "alleen de ingebouwde afspraken", "user": "met eigen beleidsregels", "config": "instellingen",
		"default": "standaard (policies/gegevens.yaml)", "date": "peildatum", "eachYear": "1 januari van het inkoopjaar van elk plan",
		"base": "vergeleken met", "repo": "repository", "modified": "met lokale wijzigingen",
		"warning": "Let op: gecontroleerd met eigen beleidsregels naast de afspraken (%s). Dit oordeel is niet het standaardoordeel.",
	},
	finding.EN: {
		"heading": "Provenance", "tool": "ggzcheck", "policies": "agreements and plan format",
		"builtin": "the built-in agreements only", "user": "with user policies", "config": "settings",
		"default": "default (policies/gegevens.yaml)", "date": "reference date", "eachYear": "1 January of each plan's contracting year",
		"base": "compared with", "repo": "repository", "modified": "with local changes",
		"warning": "Note: checked with user policies beside the agreements (%s). This verdict is not the standard one.",
	},
}

// facts lists what produced the report, in the order people read it.
func facts(rep check.Report, lang finding.Lang) []fact {
	p := rep.Provenance
	m := provenanceWords[lang]
	tool := p.Tool.Version
	if p.Tool.Revision != "" {
		tool += " (commit " + p.Tool.Revision + ")"
	}
	if p.Tool.Modified {
		tool += ", " + m["modified"]
	}
	policies := "sha256:" + p.Policies + ", " + m["builtin"]
	if !p.Standard() {
		policies = "sha256:" + p.Policies + ", " + m["user"] + ": " + userPolicies(p.UserPolicies)
	}
	config := m["default"]
	if rep.Settings.File != "" {
		config = rep.Settings.File
	}
	date := m["eachYear"]
	if p.ReferenceDate != "" {
		date = p.ReferenceDate
	}
	out := []fact{
		{"ggzcheck.version", m["tool"], tool},
		{"ggzcheck.policies", m["policies"], policies},
		{"ggzcheck.config", m["config"], config},
		{"ggzcheck.peildatum", m["date"], date},
	}
	if p.Base != "" {
		out = append(out, fact{"ggzcheck.base", m["base"], p.Base + " (" + p.BaseCommit + ")"})
	}
	if r := p.Repository; r != nil {
		repo := r.Commit
		if r.Modified {
			repo += ", " + m["modified"]
		}
		out = append(out, fact{"ggzcheck.repository", m["repo"], repo})
	}
	for i := range out {
		out[i].value = sanitize.Text(out[i].value)
	}
	return out
}

func userPolicies(files []provenance.File) string {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Path + " (sha256:" + f.SHA256 + ")"
	}
	return strings.Join(names, ", ")
}

// userPolicyWarning is the sentence every human format puts first when user
// policies took part, or "" for a standard verdict.
func userPolicyWarning(rep check.Report, lang finding.Lang) string {
	if rep.Provenance.Standard() {
		return ""
	}
	paths := make([]string, len(rep.Provenance.UserPolicies))
	for i, f := range rep.Provenance.UserPolicies {
		paths[i] = f.Path
	}
	return sanitize.Text(fmt.Sprintf(provenanceWords[lang]["warning"], strings.Join(paths, ", ")))
}

// oneLine writes the facts as "label: value · label: value".
func oneLine(fs []fact) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.label + ": " + f.value
	}
	return strings.Join(parts, " · ")
}
