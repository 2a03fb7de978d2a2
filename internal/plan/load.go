package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// Limits bound the work one plan file may cause, so that a hostile file
// cannot exhaust memory or time.
type Limits struct {
	MaxBytes int // largest file accepted
	MaxNodes int // values produced, counting every alias expansion
	MaxDepth int // nesting of objects and lists
}

// DefaultLimits are generous for any real plan (a full plan is a few
// hundred lines and a few thousand values).
var DefaultLimits = Limits{MaxBytes: 4 << 20, MaxNodes: 200_000, MaxDepth: 64}

// Load parses one plan file. It returns a nil plan when the file cannot be
// read as YAML at all or exceeds a limit; the findings then say why and where.
func Load(file string, data []byte, lim Limits) (*Plan, []finding.Finding) {
	l := &loader{file: file, lim: lim}
	if len(data) > lim.MaxBytes {
		l.add(RuleLimit, Position{1, 1},
			fmt.Sprintf("Het bestand is groter dan %s, de grens voor een plan (instelbaar met --max-grootte). Een regioplan is veel kleiner: controleer of dit het juiste bestand is.", size(lim.MaxBytes)),
			fmt.Sprintf("The file is larger than %s, the limit for a plan (set with --max-grootte). A regional plan is far smaller: check that this is the right file.", size(lim.MaxBytes)))
		return nil, l.findings
	}
	if pos, ok := badBytes(data); ok {
		l.add(RuleSyntax, pos,
			"Het bestand bevat een teken dat geen geldige UTF-8-tekst is of een stuurteken (zoals NUL). Sla het bestand op als UTF-8-tekst.",
			"The file contains a byte that is not valid UTF-8 text, or a control character (such as NUL). Save the file as UTF-8 text.")
		return nil, l.findings
	}

	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			l.add(RuleEmpty, Position{1, 1},
				"Het bestand bevat geen plan: het is leeg of bevat alleen commentaar.",
				"The file holds no plan: it is empty or contains only comments.")
		} else {
			l.syntaxError(err, data)
		}
		return nil, l.findings
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		l.add(RuleMultipleDocuments, Position{extra.Line, extra.Column},
			"Het bestand bevat meer dan één YAML-document (gescheiden door '---'). Zet elk plan in een eigen bestand; alleen het eerste document is gecontroleerd.",
			"The file holds more than one YAML document (separated by '---'). Put each plan in a file of its own; only the first document was checked.")
	} else if !errors.Is(err, io.EOF) {
		l.syntaxError(err, data)
	}

	// About one value per line: sized up front, the maps are not rehashed
	// as they grow, which was a third of the loader's allocations. The cap
	// keeps a hostile file of blank lines from reserving much.
	values := min(bytes.Count(data, []byte("\n"))+1, 8192)
	p := &Plan{File: file, positions: make(map[string]Position, values), keys: make(map[string]Position, values)}
	l.plan = p
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	p.positions[""] = Position{root.Line, root.Column}
	p.Value, _ = l.convert(root, "", 0)
	if l.stopped {
		// A truncated value would only produce confusing schema findings.
		return nil, l.findings
	}
	return p, l.findings
}

type loader struct {
	file      string
	lim       Limits
	plan      *Plan
	findings  []finding.Finding
	nodes     int
	expanding []*yaml.Node // anchors being expanded, to catch an alias inside its own anchor
	stopped   bool         // a limit was hit; stop converting
}

func (l *loader) add(rule string, pos Position, nl, en string) {
	l.addAt(rule, pos, "", nl, en)
}

func (l *loader) addAt(rule string, pos Position, path, nl, en string) {
	l.findings = append(l.findings, finding.Finding{
		Rule:     rule,
		Severity: finding.Error,
		File:     l.file,
		Line:     pos.Line,
		Column:   pos.Column,
		Path:     path,
		Message:  finding.Text{NL: nl, EN: en},
		Source:   SourceYAML,
	})
}

// convert turns a node into a plain value. The boolean is false when the
// node produced no usable value (it was reported instead).
func (l *loader) convert(n *yaml.Node, ptr string, depth int) (any, bool) {
	if l.stopped {
		return nil, false
	}
	pos := Position{n.Line, n.Column}
	l.nodes++
	if l.nodes > l.lim.MaxNodes {
		l.stopped = true
		l.addAt(RuleLimit, pos, ptr,
			fmt.Sprintf("Het plan wordt te groot: meer dan %d waarden, meestal doordat ankers (&) en aliassen (*) elkaar herhaald uitvouwen. Schrijf de waarden uit in plaats van aliassen te stapelen.", l.lim.MaxNodes),
			fmt.Sprintf("The plan grows too large: more than %d values, usually because anchors (&) and aliases (*) expand each other repeatedly. Write the values out instead of stacking aliases.", l.lim.MaxNodes))
		return nil, false
	}
	if depth > l.lim.MaxDepth {
		l.stopped = true
		l.addAt(RuleLimit, pos, ptr,
			fmt.Sprintf("Het plan is dieper genest dan %d niveaus. Een regioplan heeft er hooguit een handvol: controleer de inspringing.", l.lim.MaxDepth),
			fmt.Sprintf("The plan is nested deeper than %d levels. A regional plan needs only a handful: check the indentation.", l.lim.MaxDepth))
		return nil, false
	}

	switch n.Kind {
	case yaml.AliasNode:
		for _, a := range l.expanding {
			if a == n.Alias {
				l.addAt(RuleUnsupported, pos, ptr,
					fmt.Sprintf("De alias *%s verwijst naar het anker waarin zij zelf staat; zo'n waarde is oneindig. Schrijf de waarde uit.", n.Value),
					fmt.Sprintf("The alias *%s refers to the anchor it stands in; such a value is infinite. Write the value out.", n.Value))
				return nil, false
			}
		}
		l.expanding = append(l.expanding, n.Alias)
		defer func() { l.expanding = l.expanding[:len(l.expanding)-1] }()
		return l.convert(n.Alias, ptr, depth)
	case yaml.MappingNode:
		if !l.checkTag(n, "!!map", ptr) {
			return nil, false
		}
		return l.mapping(n, ptr, depth)
	case yaml.SequenceNode:
		if !l.checkTag(n, "!!seq", ptr) {
			return nil, false
		}
		items := make([]any, 0, len(n.Content))
		for i, c := range n.Content {
			cp := Index(ptr, i)
			l.plan.positions[cp] = Position{c.Line, c.Column}
			v, _ := l.convert(c, cp, depth+1)
			items = append(items, v)
		}
		return items, true
	case yaml.ScalarNode:
		return l.scalar(n, ptr)
	}
	return nil, false
}

func (l *loader) mapping(n *yaml.Node, ptr string, depth int) (any, bool) {
	m := make(map[string]any, len(n.Content)/2)
	first := make(map[string]Position, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kpos := Position{k.Line, k.Column}
		if k.Kind != yaml.ScalarNode {
			l.addAt(RuleUnsupported, kpos, ptr,
				"Een sleutel moet een gewone naam zijn, geen lijst of object. Gebruik een naam uit het schema.",
				"A key must be a plain name, not a list or an object. Use a name from the schema.")
			continue
		}
		if k.ShortTag() == "!!merge" {
			l.addAt(RuleUnsupported, kpos, ptr,
				"Samenvoegsleutels ('<<') worden niet ondersteund: ze verbergen welke waarden een plan werkelijk bevat. Schrijf de sleutels en waarden uit.",
				"Merge keys ('<<') are not supported: they hide which values a plan really holds. Write the keys and values out.")
			continue
		}
		key := k.Value
		cp := Child(ptr, key)
		if prev, dup := first[key]; dup {
			l.addAt(RuleDuplicateKey, kpos, cp,
				fmt.Sprintf("De sleutel '%s' staat hier voor de tweede keer; hij stond al op regel %d. Verwijder een van beide of voeg ze samen.", key, prev.Line),
				fmt.Sprintf("The key '%s' appears here a second time; it was already on line %d. Remove one of them or merge them.", key, prev.Line))
			continue
		}
		first[key] = kpos
		l.plan.keys[cp] = kpos
		if v.Kind == yaml.ScalarNode {
			l.plan.positions[cp] = Position{v.Line, v.Column}
		} else {
			l.plan.positions[cp] = kpos
		}
		if val, ok := l.convert(v, cp, depth+1); ok {
			m[key] = val
		} else {
			// Keep the key so that the schema does not also report it missing.
			m[key] = nil
		}
	}
	return m, true
}

// plainNumber is JSON's number grammar plus an optional '+': what YAML also
// reads as octal (010), hexadecimal (0x1F), with underscores (1_000) or as
// .5 and .inf is refused rather than silently reinterpreted.
var plainNumber = regexp.MustCompile(`^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)

func (l *loader) scalar(n *yaml.Node, ptr string) (any, bool) {
	pos := Position{n.Line, n.Column}
	switch tag := n.ShortTag(); tag {
	case "!!str", "!!timestamp":
		// Dates stay text: the schema checks their form, the policies compare them.
		return n.Value, true
	case "!!null":
		return nil, true
	case "!!bool":
		b, err := strconv.ParseBool(strings.ToLower(n.Value))
		if err != nil {
			return n.Value, true
		}
		return b, true
	case "!!int", "!!float":
		if plainNumber.MatchString(n.Value) {
			if f, err := strconv.ParseFloat(n.Value, 64); err == nil && !math.IsInf(f, 0) {
				return json.Number(strings.TrimPrefix(n.Value, "+")), true
			}
		}
		l.addAt(RuleValue, pos, ptr,
			fmt.Sprintf("'%s' is geen gewoon getal. Schrijf getallen als decimale cijfers zonder voorloopnul, liggend streepje of voorvoegsel, bijvoorbeeld 10 of 2.5; bedoelt u tekst, zet de waarde dan tussen aanhalingstekens.", n.Value),
			fmt.Sprintf("'%s' is not a plain number. Write numbers as decimal digits without a leading zero, underscore or prefix, for example 10 or 2.5; if you mean text, put the value in quotes.", n.Value))
		return nil, false
	default:
		l.addAt(RuleUnsupported, pos, ptr,
			fmt.Sprintf("De YAML-tag '%s' wordt niet ondersteund. Verwijder de tag en schrijf de waarde als gewone tekst, getal, ja/nee-waarde of datum.", n.Tag),
			fmt.Sprintf("The YAML tag '%s' is not supported. Remove the tag and write the value as plain text, a number, a true/false value or a date.", n.Tag))
		return nil, false
	}
}

// checkTag rejects explicit tags on collections (such as "!custom {...}").
func (l *loader) checkTag(n *yaml.Node, want, ptr string) bool {
	if n.ShortTag() == want {
		return true
	}
	l.addAt(RuleUnsupported, Position{n.Line, n.Column}, ptr,
		fmt.Sprintf("De YAML-tag '%s' wordt niet ondersteund. Verwijder de tag.", n.Tag),
		fmt.Sprintf("The YAML tag '%s' is not supported. Remove the tag.", n.Tag))
	return false
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserErrors are the messages of yaml.v3's parser (as opposed to its
// scanner). yaml.v3 reports their line 0-based, and it is the line where the
// enclosing list or block starts, not where the problem is.
var parserErrors = []string{
	"did not find expected",
	"found undefined tag handle",
	"found duplicate %",
	"found incompatible YAML document",
}

// syntaxError turns a yaml.v3 error into a positioned finding. yaml.v3 gives
// only the line, so the column is where that line's text starts.
func (l *loader) syntaxError(err error, data []byte) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if isParserError(msg) {
			line++
		}
	}
	pos := Position{line, firstColumn(data, line)}
	if strings.Contains(msg, "tab character") {
		// yaml.v3 names the line of the value before the tab; point at the tab.
		if p, ok := indentationTab(data, line); ok {
			pos = p
		}
	}
	nl, en := explainSyntax(msg)
	l.add(RuleSyntax, pos, nl, en)
}

// indentationTab finds the first tab in the indentation of a line at or after
// line.
func indentationTab(data []byte, line int) (Position, bool) {
	lines := bytes.Split(data, []byte("\n"))
	for i := max(line-1, 0); i < len(lines); i++ {
		for col, c := range lines[i] {
			if c == '\t' {
				return Position{i + 1, col + 1}, true
			}
			if c != ' ' {
				break
			}
		}
	}
	return Position{}, false
}

func isParserError(msg string) bool {
	for _, p := range parserErrors {
		if strings.HasPrefix(msg, p) && !strings.HasPrefix(msg, "did not find expected whitespace") {
			return true
		}
	}
	return false
}

// explainSyntax gives the common YAML parser messages a plain explanation.
func explainSyntax(msg string) (nl, en string) {
	hints := []struct{ match, nl, en string }{
		{"found character that cannot start any token",
			"Hier staat een teken waarmee geen waarde kan beginnen, vaak een tab. Spring in met spaties, niet met tabs; zet tekst met bijzondere tekens tussen aanhalingstekens.",
			"A character here cannot start a value, often a tab. Indent with spaces, not tabs; put text with special characters in quotes."},
		{"tab character",
			"Hier wordt met een tab ingesprongen. Spring in met spaties, niet met tabs.",
			"This line is indented with a tab. Indent with spaces, not tabs."},
		{"mapping values are not allowed in this context",
			"Hier staat een 'sleutel: waarde' waar die niet kan staan. Controleer de inspringing, en zet tekst met een dubbele punt erin tussen aanhalingstekens.",
			"A 'key: value' stands where it cannot. Check the indentation, and put text that contains a colon in quotes."},
		{"did not find expected key",
			"In het blok dat op deze regel begint, staat verderop een regel die niet goed is ingesprongen of geen 'sleutel: waarde' is.",
			"In the block that starts on this line, a later line is not indented properly or is not a 'key: value'."},
		{"did not find expected '-' indicator",
			"In de lijst die op deze regel begint, staat verderop een regel die geen nieuw lijstitem ('- ') is of verkeerd is ingesprongen.",
			"In the list that starts on this line, a later line is not a new item ('- ') or is indented wrongly."},
		{"could not find expected ':'",
			"Hier ontbreekt de dubbele punt na een sleutel. Schrijf 'sleutel: waarde'.",
			"A colon after a key is missing here. Write 'key: value'."},
		{"did not find expected ',' or ']'",
			"De lijst tussen [ ] die op deze regel begint, is niet goed afgesloten. Controleer de komma's en de sluitende ].",
			"The list in [ ] that starts on this line is not closed properly. Check the commas and the closing ]."},
		{"did not find expected ',' or '}'",
			"Het object tussen { } dat op deze regel begint, is niet goed afgesloten. Controleer de komma's en de sluitende }.",
			"The object in { } that starts on this line is not closed properly. Check the commas and the closing }."},
		{"did not find expected node content",
			"Hier ontbreekt een waarde.",
			"A value is missing here."},
		{"found unexpected end of stream",
			"Het bestand houdt midden in een waarde op, meestal door een aanhalingsteken dat niet is gesloten.",
			"The file ends in the middle of a value, usually because a quote was not closed."},
		{"found unknown escape character",
			"Tussen dubbele aanhalingstekens staat een backslash die geen geldige escape is. Gebruik enkele aanhalingstekens of schrijf \\\\.",
			"Inside double quotes there is a backslash that is not a valid escape. Use single quotes or write \\\\."},
		{"unknown anchor",
			"Een alias (*naam) verwijst naar een anker (&naam) dat niet bestaat.",
			"An alias (*name) refers to an anchor (&name) that does not exist."},
	}
	for _, h := range hints {
		if strings.Contains(msg, h.match) {
			return "Het bestand is geen geldige YAML: " + finding.LowerFirst(h.nl) + " (" + msg + ")",
				"The file is not valid YAML: " + finding.LowerFirst(h.en) + " (" + msg + ")"
		}
	}
	return "Het bestand is geen geldige YAML: " + msg + ".",
		"The file is not valid YAML: " + msg + "."
}

// badBytes finds the first byte that is invalid UTF-8 or a control character
// YAML forbids; yaml.v3 reports these without a position, or not at all.
func badBytes(data []byte) (Position, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if (r == utf8.RuneError && size <= 1) || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
			return Position{line, col}, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return Position{}, false
}

// firstColumn returns the column of the first non-blank character on line.
func firstColumn(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 1
	}
	text := lines[line-1]
	for i, c := range text {
		if c != ' ' && c != '\t' {
			return utf8.RuneCount(text[:i]) + 1
		}
	}
	return 1
}

func size(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}
