// Package schema validates a plan against the JSON Schema of the plan format
// and turns every violation into a positioned finding with a plain message.
package schema

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// Validator checks plans against the compiled plan schema. It is safe for
// concurrent use.
type Validator struct {
	compiled *jsonschema.Schema
	raw      map[string]any            // the schema document, for the details messages need
	targets  map[string]map[string]any // the objects raw's $refs refer to, by $ref
}

// New compiles the schema document data once.
func New(data []byte) (*Validator, error) {
	var raw map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("schema is geen geldige JSON: %w", err)
	}
	id, _ := raw["$id"].(string)
	if id == "" {
		return nil, errors.New("schema heeft geen $id")
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	doc, err := inline(raw)
	if err != nil {
		return nil, fmt.Errorf("schema laden: %w", err)
	}
	inlined, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("schema laden: %w", err)
	}
	if err := c.AddResource(id, bytes.NewReader(inlined)); err != nil {
		return nil, fmt.Errorf("schema laden: %w", err)
	}
	compiled, err := c.Compile(id)
	if err != nil {
		return nil, fmt.Errorf("schema compileren: %w", err)
	}
	return &Validator{compiled: compiled, raw: raw, targets: refTargets(raw)}, nil
}

// Properties returns the top-level keys the schema allows, sorted.
func (v *Validator) Properties() []string { return keysOf(v.raw["properties"]) }

// Placeholder marks a value a region must still fill in, as `ggzcheck init`
// writes it.
const Placeholder = "INVULLEN"

// Validate returns the schema findings for p, in no particular order. A
// placeholder is reported as a value still to fill in, and other findings
// about the same value are left out.
func (v *Validator) Validate(p *plan.Plan) []finding.Finding {
	var todo []finding.Finding
	if hasPlaceholder(p.Value) {
		todo = v.placeholders(p, p.Value, "")
	}
	err := v.compiled.Validate(p.Value)
	if err == nil {
		return todo
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []finding.Finding{v.finding(p, RuleOther, "", p.Position(""),
			"Het plan kon niet tegen het schema worden gecontroleerd: "+err.Error(),
			"The plan could not be checked against the schema: "+err.Error())}
	}
	out := todo
	filled := map[string]bool{}
	for _, f := range todo {
		filled[f.Path] = true
	}
	seen := map[string]bool{}
	for _, leaf := range leaves(ve, nil) {
		for _, f := range v.explain(p, leaf) {
			key := f.Rule + "\x00" + f.Path + "\x00" + f.Message.NL
			if !seen[key] && !filled[f.Path] {
				seen[key] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// placeholders reports every value that is still the placeholder, with the
// schema's description of what belongs there.
func (v *Validator) placeholders(p *plan.Plan, value any, ptr string) []finding.Finding {
	var out []finding.Finding
	switch x := value.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			out = append(out, v.placeholders(p, x[k], plan.Child(ptr, k))...)
		}
	case []any:
		for i, item := range x {
			out = append(out, v.placeholders(p, item, plan.Index(ptr, i))...)
		}
	case string:
		if x == Placeholder {
			what := v.describePointer(ptr)
			out = append(out, v.finding(p, RuleToFill, ptr, p.Position(ptr),
				fmt.Sprintf("Nog in te vullen: %s%s", readable(ptr), sentence(what)),
				fmt.Sprintf("Still to fill in: %s.", readable(ptr))))
		}
	}
	return out
}

// hasPlaceholder reports whether value holds the placeholder anywhere. A
// finished plan holds none: this walk, without sorting keys or building
// pointers, spares it placeholders' work.
func hasPlaceholder(value any) bool {
	switch x := value.(type) {
	case map[string]any:
		for _, item := range x {
			if hasPlaceholder(item) {
				return true
			}
		}
	case []any:
		for _, item := range x {
			if hasPlaceholder(item) {
				return true
			}
		}
	case string:
		return x == Placeholder
	}
	return false
}

// describePointer returns the schema's description of the value at a plan
// pointer, following properties, list items and $refs.
func (v *Validator) describePointer(ptr string) string {
	node := v.raw
	desc := ""
	for _, tok := range plan.Tokens(ptr) {
		node = v.deref(node)
		var next map[string]any
		if props, ok := node["properties"].(map[string]any); ok {
			next, _ = props[tok].(map[string]any)
		}
		if next == nil {
			next, _ = node["items"].(map[string]any)
		}
		if next == nil {
			return desc
		}
		node = next
		if d, ok := next["description"].(string); ok {
			desc = d
		} else if d, ok := v.deref(next)["description"].(string); ok {
			desc = d
		} else {
			desc = ""
		}
	}
	return desc
}

func (v *Validator) deref(node map[string]any) map[string]any {
	for range 4 {
		ref, ok := node["$ref"].(string)
		if !ok || !strings.HasPrefix(ref, "#") {
			return node
		}
		m, ok := v.targets[ref]
		if !ok {
			return node
		}
		node = m
	}
	return node
}

// refTargets maps every local $ref in the schema document to the object it
// refers to: Open follows them for every value of every plan.
func refTargets(raw map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	var walk func(any)
	walk = func(node any) {
		switch x := node.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok && strings.HasPrefix(ref, "#") {
				if target, ok := plan.Lookup(raw, strings.TrimPrefix(ref, "#")); ok {
					if m, ok := target.(map[string]any); ok {
						out[ref] = m
					}
				}
			}
			for _, val := range x {
				walk(val)
			}
		case []any:
			for _, val := range x {
				walk(val)
			}
		}
	}
	walk(raw)
	return out
}

func leaves(e *jsonschema.ValidationError, acc []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return append(acc, e)
	}
	for _, c := range e.Causes {
		acc = leaves(c, acc)
	}
	return acc
}

// explain turns one leaf error into findings. The failing keyword is the last
// token of its keyword location; its schema object gives the details.
func (v *Validator) explain(p *plan.Plan, e *jsonschema.ValidationError) []finding.Finding {
	ptr := e.InstanceLocation
	keyword := e.KeywordLocation[strings.LastIndexByte(e.KeywordLocation, '/')+1:]
	node := v.schemaAt(e.AbsoluteKeywordLocation)
	value, _ := plan.Lookup(p.Value, ptr)
	pos := p.Position(ptr)

	switch keyword {
	case "required":
		obj, _ := value.(map[string]any)
		var out []finding.Finding
		for _, k := range stringList(node["required"]) {
			if _, ok := obj[k]; ok {
				continue
			}
			what := v.describe(node, k)
			out = append(out, v.finding(p, RuleMissingKey, plan.Child(ptr, k), p.KeyPosition(ptr),
				fmt.Sprintf("De verplichte sleutel '%s' ontbreekt%s. Voeg '%s:' toe%s", k, where(ptr, "nl"), k, sentence(what)),
				fmt.Sprintf("The required key '%s' is missing%s. Add '%s:'.", k, where(ptr, "en"), k)))
		}
		return out
	case "additionalProperties":
		obj, _ := value.(map[string]any)
		allowed := keysOf(node["properties"])
		var out []finding.Finding
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			if slices.Contains(allowed, k) {
				continue
			}
			nl := fmt.Sprintf("De sleutel '%s' is hier onbekend.", finding.Shorten(k))
			en := fmt.Sprintf("The key '%s' is not known here.", finding.Shorten(k))
			if s := finding.Closest(k, allowed); s != "" {
				nl += fmt.Sprintf(" Bedoelde u '%s'?", s)
				en += fmt.Sprintf(" Did you mean '%s'?", s)
			}
			nl += " Toegestaan: " + strings.Join(allowed, ", ") + "."
			en += " Allowed: " + strings.Join(allowed, ", ") + "."
			cp := plan.Child(ptr, k)
			out = append(out, v.finding(p, RuleUnknownKey, cp, p.KeyPosition(cp), nl, en))
		}
		return out
	case "type":
		want := stringList(node["type"])
		if s, ok := node["type"].(string); ok {
			want = []string{s}
		}
		var wantNL, wantEN []string
		for _, t := range want {
			wantNL = append(wantNL, typeName(t, "nl"))
			wantEN = append(wantEN, typeName(t, "en"))
		}
		got := jsonType(value)
		return []finding.Finding{v.finding(p, RuleType, ptr, pos,
			fmt.Sprintf("Hier hoort %s, maar er staat %s%s.", strings.Join(wantNL, " of "), typeName(got, "nl"), quote(value)),
			fmt.Sprintf("This must be %s, but it is %s%s.", strings.Join(wantEN, " or "), typeName(got, "en"), quote(value)))}
	case "enum", "const":
		options := node["enum"]
		if keyword == "const" {
			options = []any{node["const"]}
		}
		names := make([]string, 0)
		for _, o := range options.([]any) {
			names = append(names, fmt.Sprint(o))
		}
		nl := fmt.Sprintf("%s is hier geen toegestane waarde.", display(value, "nl"))
		en := fmt.Sprintf("%s is not an allowed value here.", display(value, "en"))
		if s, ok := value.(string); ok {
			if c := finding.Closest(s, names); c != "" {
				nl += fmt.Sprintf(" Bedoelde u '%s'?", c)
				en += fmt.Sprintf(" Did you mean '%s'?", c)
			}
		}
		return []finding.Finding{v.finding(p, RuleEnum, ptr, pos,
			nl+" Kies uit: "+strings.Join(names, ", ")+".",
			en+" Choose from: "+strings.Join(names, ", ")+".")}
	case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum":
		bound := fmt.Sprint(node[keyword])
		text := map[string][2]string{
			"minimum":          {"te klein: het minimum is ", "too small: the minimum is "},
			"exclusiveMinimum": {"te klein: het moet groter zijn dan ", "too small: it must be greater than "},
			"maximum":          {"te groot: het maximum is ", "too large: the maximum is "},
			"exclusiveMaximum": {"te groot: het moet kleiner zijn dan ", "too large: it must be less than "},
		}[keyword]
		return []finding.Finding{v.finding(p, RuleRange, ptr, pos,
			fmt.Sprintf("De waarde %s is %s%s.", display(value, "nl"), text[0], bound),
			fmt.Sprintf("The value %s is %s%s.", display(value, "en"), text[1], bound))}
	case "minItems", "maxItems":
		n := fmt.Sprint(node[keyword])
		items := n + " items"
		if n == "1" {
			items = "1 item"
		}
		if keyword == "minItems" {
			return []finding.Finding{v.finding(p, RuleRange, ptr, pos,
				fmt.Sprintf("Deze lijst moet minstens %s bevatten.", items),
				fmt.Sprintf("This list must hold at least %s.", items))}
		}
		return []finding.Finding{v.finding(p, RuleRange, ptr, pos,
			fmt.Sprintf("Deze lijst mag hooguit %s bevatten.", items),
			fmt.Sprintf("This list may hold at most %s.", items))}
	case "minLength":
		return []finding.Finding{v.finding(p, RuleEmpty, ptr, pos,
			"Deze tekst is leeg. Vul hem in, of laat de sleutel weg als hij niet verplicht is.",
			"This text is empty. Fill it in, or leave the key out if it is not required.")}
	case "format":
		switch node["format"] {
		case "date":
			return []finding.Finding{v.dateFinding(p, ptr, pos, value)}
		case "email":
			return []finding.Finding{v.finding(p, RuleFormat, ptr, pos,
				fmt.Sprintf("%s is geen geldig e-mailadres.", display(value, "nl")),
				fmt.Sprintf("%s is not a valid e-mail address.", display(value, "en")))}
		}
	case "pattern":
		if node["format"] == "date" {
			// A date outside the years the pattern allows: the same finding as a
			// malformed date, so that one wrong date gives one finding.
			return []finding.Finding{v.dateFinding(p, ptr, pos, value)}
		}
		hint := ""
		if d, ok := node["description"].(string); ok {
			hint = " " + d
		}
		return []finding.Finding{v.finding(p, RuleFormat, ptr, pos,
			fmt.Sprintf("%s heeft niet de juiste vorm.%s", display(value, "nl"), hint),
			fmt.Sprintf("%s does not have the expected form (pattern %s).", display(value, "en"), node["pattern"]))}
	}
	return []finding.Finding{v.finding(p, RuleOther, ptr, pos,
		"Het plan voldoet hier niet aan het schema: "+e.Message+".",
		"The plan does not match the schema here: "+e.Message+".")}
}

func (v *Validator) dateFinding(p *plan.Plan, ptr string, pos plan.Position, value any) finding.Finding {
	return v.finding(p, RuleFormat, ptr, pos,
		fmt.Sprintf("%s is geen geldige datum. Schrijf een datum als JJJJ-MM-DD, tussen 2000 en 2099, bijvoorbeeld 2025-03-10.", display(value, "nl")),
		fmt.Sprintf("%s is not a valid date. Write a date as YYYY-MM-DD, between 2000 and 2099, for example 2025-03-10.", display(value, "en")))
}

func (v *Validator) finding(p *plan.Plan, rule, path string, pos plan.Position, nl, en string) finding.Finding {
	return finding.Finding{
		Rule:     rule,
		Severity: finding.Error,
		File:     p.File,
		Line:     pos.Line,
		Column:   pos.Column,
		Path:     path,
		Message:  finding.Text{NL: nl, EN: en},
		Source:   Source,
	}
}

// schemaAt returns the schema object holding the keyword that
// absoluteLocation ("…#/$defs/x/properties/y/type") points at. The
// location is in the inlined document the validator checks against; its
// object is found in the original one.
func (v *Validator) schemaAt(absoluteLocation string) map[string]any {
	frag := absoluteLocation
	if i := strings.IndexByte(frag, '#'); i >= 0 {
		frag = frag[i+1:]
	}
	return v.holder(frag)
}

// describe returns the description of property key of schema object node,
// following a $ref when the property has none of its own.
func (v *Validator) describe(node map[string]any, key string) string {
	props, _ := node["properties"].(map[string]any)
	prop, _ := props[key].(map[string]any)
	for range 4 {
		if d, ok := prop["description"].(string); ok {
			return d
		}
		ref, ok := prop["$ref"].(string)
		if !ok || !strings.HasPrefix(ref, "#") {
			return ""
		}
		next, _ := plan.Lookup(v.raw, strings.TrimPrefix(ref, "#"))
		prop, _ = next.(map[string]any)
	}
	return ""
}

func where(ptr, lang string) string {
	switch {
	case ptr != "":
		return " in " + readable(ptr)
	case lang == "nl":
		return " in het plan"
	default:
		return " in the plan"
	}
}

// readable writes a JSON pointer the way a YAML reader sees it:
// /deelnemers/0/contactpersoon becomes deelnemers[0].contactpersoon.
func readable(ptr string) string {
	var b strings.Builder
	for _, t := range plan.Tokens(ptr) {
		if t != "" && strings.Trim(t, "0123456789") == "" {
			b.WriteString("[" + t + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(t)
	}
	return b.String()
}

func sentence(s string) string {
	if s == "" {
		return "."
	}
	return ": " + finding.LowerFirst(strings.TrimSuffix(s, ".")) + "."
}

func typeName(t, lang string) string {
	names := map[string][2]string{
		"string":  {"tekst", "text"},
		"integer": {"een geheel getal", "a whole number"},
		"number":  {"een getal", "a number"},
		"boolean": {"true of false", "true or false"},
		"object":  {"een object met sleutels", "an object with keys"},
		"array":   {"een lijst", "a list"},
		"null":    {"een lege waarde", "an empty value"},
	}
	n, ok := names[t]
	if !ok {
		return t
	}
	if lang == "en" {
		return n[1]
	}
	return n[0]
}

// jsonType names the JSON Schema type of a plan value. A number is an
// integer when it has no fraction once its exponent is applied, as JSON
// Schema counts it (2.0 and 1e3 are integers).
func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		if isInteger(string(x)) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// isInteger reports whether a decimal number ("-2.50e1") is whole: whether
// its digits end in at least as many zeros as it has decimal places.
func isInteger(n string) bool {
	mantissa, exp, _ := strings.Cut(strings.ToLower(strings.TrimLeft(n, "+-")), "e")
	e, err := strconv.Atoi(cmp.Or(exp, "0"))
	if err != nil {
		return false
	}
	whole, frac, _ := strings.Cut(mantissa, ".")
	digits := whole + frac
	zeros := len(digits) - len(strings.TrimRight(digits, "0"))
	return zeros == len(digits) || len(frac)-e <= zeros
}

// quote gives a scalar value in brackets, after the name of its type.
func quote(v any) string {
	switch v.(type) {
	case string, json.Number, bool:
		return " (" + display(v, "") + ")"
	}
	return ""
}

// display writes a value as a message quotes it: text in quotes and numbers
// as written, both cut to a readable length, and anything else by the name
// of its type, so that no message shows Go's notation (<nil>, map[…]).
func display(v any, lang string) string {
	switch x := v.(type) {
	case string:
		return "'" + finding.Shorten(x) + "'"
	case json.Number:
		return finding.Shorten(string(x))
	case bool:
		return strconv.FormatBool(x)
	}
	name := typeName(jsonType(v), lang)
	return strings.ToUpper(name[:1]) + name[1:]
}

func stringList(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func keysOf(v any) []string {
	m, _ := v.(map[string]any)
	return slices.Sorted(maps.Keys(m))
}
