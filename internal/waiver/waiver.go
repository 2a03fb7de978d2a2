// Package waiver applies the motivated deviations ('afwijkingen') a plan
// lists: a finding they cover is reported as waived and does not fail the
// plan. A deviation that is not valid waives nothing and is itself an error.
package waiver

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// deviation is one entry of the plan's 'afwijkingen'.
type deviation struct {
	path       string // JSON pointer to the entry in the plan
	rule       string
	scope      string // JSON pointer the deviation covers, or ""
	careForm   string // care form the deviation covers, or ""
	motivation string
	until      string
}

// Options are what Apply judges deviations by.
type Options struct {
	// ReferenceDate (JJJJ-MM-DD) is the day a deviation must still hold;
	// "" means the first day of the plan's contracting year.
	ReferenceDate string
	// Placeholders tells a motivation from text that leaves it open.
	Placeholders Placeholders
}

// Apply marks the findings that p's valid deviations cover as waived, and
// returns them with the findings about the deviations themselves. rules is
// the catalogue.
func Apply(p *plan.Plan, fs []finding.Finding, rules map[string]finding.Rule, opts Options) []finding.Finding {
	referenceDate := opts.ReferenceDate
	if referenceDate == "" {
		referenceDate = defaultReferenceDate(p)
	}
	for _, d := range deviations(p) {
		if problem := validate(d, rules, referenceDate, opts.Placeholders); problem != nil {
			fs = append(fs, at(p, d, *problem))
			continue
		}
		used := false
		for i := range fs {
			if fs[i].Rule == d.rule && fs[i].Waiver == nil && covers(p, d, fs[i].Path) {
				fs[i].Waiver = &finding.Waiver{Motivation: strings.TrimSpace(d.motivation), Until: d.until, Path: d.path}
				used = true
			}
		}
		if !used {
			fs = append(fs, at(p, d, issue{
				rule: RuleUnused, field: "regel",
				nl: fmt.Sprintf("De afwijking van '%s' dekt geen enkele bevinding: het plan voldoet hier al aan de regel. Verwijder de afwijking, of controleer 'pad' of 'zorgvorm'.", d.rule),
				en: fmt.Sprintf("The deviation from '%s' covers no finding: the plan already meets the rule here. Remove the deviation, or check 'pad' or 'zorgvorm'.", d.rule),
			}))
		}
	}
	return fs
}

type issue struct {
	rule, field, nl, en string
}

func validate(d deviation, rules map[string]finding.Rule, referenceDate string, placeholders Placeholders) *issue {
	rule, known := rules[d.rule]
	switch {
	case !known:
		ids := make([]string, 0, len(rules))
		for id := range rules {
			ids = append(ids, id)
		}
		nl := fmt.Sprintf("De afwijking noemt de regel '%s', maar die bestaat niet.", d.rule)
		en := fmt.Sprintf("The deviation names the rule '%s', which does not exist.", d.rule)
		if s := finding.Closest(d.rule, ids); s != "" {
			nl += fmt.Sprintf(" Bedoelde u '%s'?", s)
			en += fmt.Sprintf(" Did you mean '%s'?", s)
		}
		return &issue{rule: RuleUnknownRule, field: "regel", nl: nl + " Zie 'ggzcheck rules'.", en: en + " See 'ggzcheck rules'."}
	case !rule.Waivable:
		return &issue{rule: RuleNotAllowed, field: "regel",
			nl: fmt.Sprintf("Van de regel '%s' (%s) mag een plan niet afwijken: zij hoort bij de kern van de afspraken. Los de bevinding op in plaats van haar af te wijken.", d.rule, rule.Title.NL),
			en: fmt.Sprintf("A plan may not deviate from the rule '%s' (%s): it is part of the core of the agreements. Resolve the finding instead of deviating from it.", d.rule, rule.Title.EN)}
	case d.scope == "" && d.careForm == "":
		return &issue{rule: RuleScope, field: "",
			nl: fmt.Sprintf("De afwijking van '%s' zegt niet waarvoor zij geldt. Noem een 'pad' (bijvoorbeeld /zorgvormen/klinische_zorg/aanbod/0) of een 'zorgvorm'.", d.rule),
			en: fmt.Sprintf("The deviation from '%s' does not say what it covers. Name a 'pad' (for example /zorgvormen/klinische_zorg/aanbod/0) or a 'zorgvorm'.", d.rule)}
	case strings.TrimSpace(d.motivation) == "":
		return &issue{rule: RuleMotivation, field: "",
			nl: fmt.Sprintf("De afwijking van '%s' heeft geen motivatie. Afwijken mag alleen gemotiveerd: leg onder 'motivatie' uit waarom de regio hier afwijkt.", d.rule),
			en: fmt.Sprintf("The deviation from '%s' has no motivation. Deviating is only allowed with a motivation: explain under 'motivatie' why the region deviates here.", d.rule)}
	case placeholders.Match(d.motivation):
		quoted := finding.Shorten(strings.TrimSpace(d.motivation))
		return &issue{rule: RuleMotivation, field: "motivatie",
			nl: fmt.Sprintf("De afwijking van '%s' heeft als motivatie alleen '%s'; dat laat de motivatie open. Afwijken mag alleen gemotiveerd: leg uit waarom de regio hier afwijkt.", d.rule, quoted),
			en: fmt.Sprintf("The deviation from '%s' has only '%s' as its motivation, which leaves it open. Deviating is only allowed with a motivation: explain why the region deviates here.", d.rule, quoted)}
	case d.until < referenceDate:
		return &issue{rule: RuleExpired, field: "geldig_tot",
			nl: fmt.Sprintf("De afwijking van '%s' gold tot %s en is op de peildatum %s verlopen. Verleng haar met een nieuwe motivatie, of los de bevinding op.", d.rule, d.until, referenceDate),
			en: fmt.Sprintf("The deviation from '%s' held until %s and has expired on the reference date %s. Renew it with a new motivation, or resolve the finding.", d.rule, d.until, referenceDate)}
	}
	return nil
}

// covers reports whether deviation d covers a finding at pointer: the pointer
// lies at or under d's path, or under its care form, or in an item (a change,
// an agenda item, a measure) whose 'zorgvorm' is d's care form.
func covers(p *plan.Plan, d deviation, pointer string) bool {
	if d.scope != "" {
		return pointer == d.scope || strings.HasPrefix(pointer, d.scope+"/")
	}
	formPath := plan.Child("/zorgvormen", d.careForm)
	if pointer == formPath || strings.HasPrefix(pointer, formPath+"/") {
		return true
	}
	for ptr := pointer; ptr != ""; ptr = plan.Parent(ptr) {
		if v, ok := plan.Lookup(p.Value, plan.Child(ptr, "zorgvorm")); ok && v == d.careForm {
			return true
		}
	}
	return false
}

func deviations(p *plan.Plan) []deviation {
	root, _ := p.Value.(map[string]any)
	list, _ := root["afwijkingen"].([]any)
	out := make([]deviation, 0, len(list))
	for i, item := range list {
		m, _ := item.(map[string]any)
		str := func(k string) string { s, _ := m[k].(string); return s }
		out = append(out, deviation{
			path: plan.Index("/afwijkingen", i), rule: str("regel"), scope: str("pad"),
			careForm: str("zorgvorm"), motivation: str("motivatie"), until: str("geldig_tot"),
		})
	}
	return out
}

func defaultReferenceDate(p *plan.Plan) string {
	root, _ := p.Value.(map[string]any)
	year, _ := root["inkoopjaar"].(fmt.Stringer)
	if year == nil {
		return ""
	}
	n, err := strconv.Atoi(year.String())
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%04d-01-01", n)
}

func at(p *plan.Plan, d deviation, is issue) finding.Finding {
	path := d.path
	if is.field != "" {
		path = plan.Child(d.path, is.field)
	}
	pos := p.Position(path)
	rule := catalogue[is.rule]
	return finding.Finding{
		Rule: is.rule, Severity: rule.Severity, File: p.File, Line: pos.Line, Column: pos.Column,
		Path: path, Message: finding.Text{NL: is.nl, EN: is.en}, Source: rule.Source,
	}
}
