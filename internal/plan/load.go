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
	MaxBytes    int // largest file accepted
	MaxNodes    int // values produced, counting every alias expansion
	MaxExpanded int // bytes of text and JSON pointers produced, counting every alias expansion
	MaxText     int // characters in one key or value
	MaxDepth    int // nesting of objects and lists
	MaxFindings int // findings before the loader stops reading
}

// DefaultLimits are generous for any real plan: a full plan is a few
// hundred lines, a few thousand values and about 10 KB; its longest text is
// a few paragraphs. MaxBytes, 1 MiB, and MaxNodes, 50,000 values, are some
// fifty times that, and keep the schema step of a hostile plan (an object of
// 50,000 unknown keys) near a second. MaxText, 10,000 characters, is some
// three pages of running text. MaxExpanded counts the JSON pointer of every
// value as well as its text, because the loader stores a pointer per value:
// 16 MiB holds every value with long paths, yet keeps what later steps copy
// and quote small. MaxFindings keeps a file of 800,000 duplicate keys from
// producing as many findings: past 100, one cause is repeating itself.
var DefaultLimits = Limits{MaxBytes: 1 << 20, MaxNodes: 50_000, MaxExpanded: 16 << 20, MaxText: 10_000, MaxDepth: 64, MaxFindings: 100}

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
	if pos, bad, ok := badBytes(data); ok {
		l.add(RuleSyntax, pos, bad.nl, bad.en)
		return nil, l.findings
	}
	l.lines = newLineMap(data)

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
		l.add(RuleMultipleDocuments, l.lines.position(extra.Line, extra.Column),
			"Het bestand bevat meer dan één YAML-document (gescheiden door '---'). Zet elk plan in een eigen bestand; alleen het eerste document is gecontroleerd.",
			"The file holds more than one YAML document (separated by '---'). Put each plan in a file of its own; only the first document was checked.")
	} else if !errors.Is(err, io.EOF) {
		l.syntaxError(err, data)
	}

	// About one value per line: sized up front, the map is not rehashed as
	// it grows, which was a third of the loader's allocations. The cap
	// keeps a hostile file of blank lines from reserving much.
	values := min(bytes.Count(data, []byte("\n"))+1, 8192)
	p := &Plan{File: file, places: make(map[string]place, values)}
	l.plan = p
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	p.places[""] = place{at: l.pos(root)}
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
	lines     lineMap
	plan      *Plan
	findings  []finding.Finding
	nodes     int
	expanded  int          // bytes of text and pointers produced so far
	expanding []*yaml.Node // anchors being expanded, to catch an alias inside its own anchor
	via       *yaml.Node   // the outermost alias being expanded, where a limit is crossed
	viaPtr    string       // and its pointer
	stopped   bool         // a limit was hit; stop converting
}

// pos is where n is written, as an editor shows it.
func (l *loader) pos(n *yaml.Node) Position {
	return l.lines.position(n.Line, n.Column)
}

// limit reports a limit crossed at n and stops converting. Inside an alias
// the alias is what crossed it: the anchored value is fine where it stands.
func (l *loader) limit(n *yaml.Node, ptr, nl, en string) {
	if l.via != nil {
		n, ptr = l.via, l.viaPtr
	}
	l.stopped = true
	l.addAt(RuleLimit, l.pos(n), ptr, nl, en)
}

// grow counts produced more bytes, and reports when that passes the
// limit on the expanded plan.
func (l *loader) grow(n *yaml.Node, ptr string, produced int) bool {
	l.expanded += produced
	if l.expanded <= l.lim.MaxExpanded {
		return true
	}
	l.limit(n, ptr,
		fmt.Sprintf("Het plan wordt uitgevouwen groter dan %s aan tekst en paden, meestal doordat aliassen (*) een lange tekst of een groot blok vaak herhalen. Schrijf de waarden uit in plaats van ze met aliassen te herhalen.", size(l.lim.MaxExpanded)),
		fmt.Sprintf("Expanded, the plan grows beyond %s of text and paths, usually because aliases (*) repeat a long text or a large block many times. Write the values out instead of repeating them with aliases.", size(l.lim.MaxExpanded)))
	return false
}

// text checks that one key or value is not longer than MaxText characters.
func (l *loader) text(n *yaml.Node, ptr string) bool {
	if len(n.Value) <= l.lim.MaxText || utf8.RuneCountInString(n.Value) <= l.lim.MaxText {
		return true
	}
	l.stopped = true
	l.addAt(RuleLimit, l.pos(n), ptr,
		fmt.Sprintf("Deze waarde is langer dan %s tekens ('%s'). De langste tekst in een regioplan is een paar alinea's: controleer of hier niet per ongeluk een heel document staat.", thousands(l.lim.MaxText, "."), finding.Shorten(n.Value)),
		fmt.Sprintf("This value is longer than %s characters ('%s'). The longest text in a regional plan is a few paragraphs: check that no whole document landed here by accident.", thousands(l.lim.MaxText, ","), finding.Shorten(n.Value)))
	return false
}

func (l *loader) add(rule string, pos Position, nl, en string) {
	l.addAt(rule, pos, "", nl, en)
}

func (l *loader) addAt(rule string, pos Position, path, nl, en string) {
	switch {
	case len(l.findings) > l.lim.MaxFindings:
		return
	case len(l.findings) == l.lim.MaxFindings:
		l.stopped = true
		rule, path = RuleLimit, ""
		nl = fmt.Sprintf("Er zijn meer dan %d meldingen over de YAML van dit plan; ggzcheck leest vanaf hier niet verder. Los eerst de meldingen hierboven op: vaak herhaalt zich één oorzaak.", l.lim.MaxFindings)
		en = fmt.Sprintf("There are more than %d findings about this plan's YAML; ggzcheck reads no further from here. Resolve the findings above first: often one cause repeats itself.", l.lim.MaxFindings)
	}
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
	l.nodes++
	if l.nodes > l.lim.MaxNodes {
		l.limit(n, ptr,
			fmt.Sprintf("Het plan wordt te groot: meer dan %d waarden, meestal doordat ankers (&) en aliassen (*) elkaar herhaald uitvouwen. Schrijf de waarden uit in plaats van aliassen te stapelen.", l.lim.MaxNodes),
			fmt.Sprintf("The plan grows too large: more than %d values, usually because anchors (&) and aliases (*) expand each other repeatedly. Write the values out instead of stacking aliases.", l.lim.MaxNodes))
		return nil, false
	}
	if depth > l.lim.MaxDepth {
		nl, en := tooDeep(l.lim.MaxDepth)
		l.limit(n, ptr, nl, en)
		return nil, false
	}
	// The pointer is stored for every value, so it counts as produced.
	if !l.grow(n, ptr, len(ptr)) {
		return nil, false
	}

	switch n.Kind {
	case yaml.AliasNode:
		for _, a := range l.expanding {
			if a == n.Alias {
				l.addAt(RuleUnsupported, l.pos(n), ptr,
					fmt.Sprintf("De alias *%s verwijst naar het anker waarin zij zelf staat; zo'n waarde is oneindig. Schrijf de waarde uit.", finding.Shorten(n.Value)),
					fmt.Sprintf("The alias *%s refers to the anchor it stands in; such a value is infinite. Write the value out.", finding.Shorten(n.Value)))
				return nil, false
			}
		}
		if l.via == nil {
			l.via, l.viaPtr = n, ptr
			defer func() { l.via = nil }()
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
			if l.stopped {
				return nil, false
			}
			cp := Index(ptr, i)
			l.plan.places[cp] = place{at: l.pos(c)}
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
	for i := 0; i+1 < len(n.Content) && !l.stopped; i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kpos := l.pos(k)
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
		if !l.text(k, ptr) {
			return nil, false
		}
		key := k.Value
		cp := Child(ptr, key)
		// A member's place is stored once per pointer: a second one is a
		// duplicate key, and the first tells where that stood.
		if first, dup := l.plan.places[cp]; dup {
			l.addAt(RuleDuplicateKey, kpos, cp,
				fmt.Sprintf("De sleutel '%s' staat hier voor de tweede keer; hij stond al op regel %d. Verwijder een van beide of voeg ze samen.", finding.Shorten(key), first.key.Line),
				fmt.Sprintf("The key '%s' appears here a second time; it was already on line %d. Remove one of them or merge them.", finding.Shorten(key), first.key.Line))
			continue
		}
		at := kpos
		if v.Kind == yaml.ScalarNode {
			at = l.pos(v)
		}
		l.plan.places[cp] = place{at: at, key: kpos}
		if val, ok := l.convert(v, cp, depth+1); ok {
			m[key] = val
		} else {
			// Keep the key so that the schema does not also report it missing.
			m[key] = nil
		}
	}
	if l.stopped {
		return nil, false
	}
	return m, true
}

// plainNumber is JSON's number grammar plus an optional '+': what YAML also
// reads as octal (010), hexadecimal (0x1F), with underscores (1_000) or as
// .5 and .inf is refused rather than silently reinterpreted.
//
// It is read by hand, not with a regular expression: every plain text in a
// plan is tested, and most are not numbers.
func plainNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = digits(s, i)
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		if i = digits(s, i+1); s[i-1] == '.' {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		start := i
		if i = digits(s, i); i == start {
			return false
		}
	}
	return i == len(s)
}

// digits returns the index after the run of decimal digits at s[i:].
func digits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func (l *loader) scalar(n *yaml.Node, ptr string) (any, bool) {
	if !l.text(n, ptr) || !l.grow(n, ptr, len(n.Value)) {
		return nil, false
	}
	switch tag := n.ShortTag(); tag {
	case "!!str", "!!timestamp":
		if n.Style == 0 && plainNumber(n.Value) {
			// yaml.v3 makes text of a plain number it cannot hold in a float64.
			return l.number(n, ptr)
		}
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
		return l.number(n, ptr)
	default:
		l.addAt(RuleUnsupported, l.pos(n), ptr,
			fmt.Sprintf("De YAML-tag '%s' wordt niet ondersteund. Verwijder de tag en schrijf de waarde als gewone tekst, getal, ja/nee-waarde of datum.", finding.Shorten(n.Tag)),
			fmt.Sprintf("The YAML tag '%s' is not supported. Remove the tag and write the value as plain text, a number, a true/false value or a date.", finding.Shorten(n.Tag)))
		return nil, false
	}
}

// maxExponent bounds the exponent of a number. Any larger exponent takes a
// number beyond float64 or to zero; bounding it also keeps exact
// arithmetic on the number (the schema step uses big.Rat) cheap.
const maxExponent = 999

// number reads a plain decimal number, and reports every other form, and
// numbers no float64 holds: those are numbers, not text, but too large (or
// too close to zero) for any count or percentage in a plan.
func (l *loader) number(n *yaml.Node, ptr string) (any, bool) {
	s := n.Value
	plain := plainNumber(s)
	var f float64
	if plain {
		f, _ = strconv.ParseFloat(s, 64)
	}
	mantissa, exp, _ := strings.Cut(strings.ToLower(s), "e")
	switch {
	case !plain:
		l.addAt(RuleValue, l.pos(n), ptr,
			fmt.Sprintf("'%s' is geen gewoon getal. Schrijf getallen als decimale cijfers zonder voorloopnul, liggend streepje of voorvoegsel, bijvoorbeeld 10 of 2.5; bedoelt u tekst, zet de waarde dan tussen aanhalingstekens.", finding.Shorten(s)),
			fmt.Sprintf("'%s' is not a plain number. Write numbers as decimal digits without a leading zero, underscore or prefix, for example 10 or 2.5; if you mean text, put the value in quotes.", finding.Shorten(s)))
		return nil, false
	case math.IsInf(f, 0):
		l.addAt(RuleValue, l.pos(n), ptr,
			fmt.Sprintf("Het getal %s is te groot: ggzcheck leest getallen tot ongeveer 10^308, en een aantal of percentage in een plan is veel kleiner. Controleer de waarde; bedoelt u tekst, zet die dan tussen aanhalingstekens.", finding.Shorten(s)),
			fmt.Sprintf("The number %s is too large: ggzcheck reads numbers up to about 10^308, and a count or percentage in a plan is far smaller. Check the value; if you mean text, put it in quotes.", finding.Shorten(s)))
		return nil, false
	case f == 0 && strings.Trim(mantissa, "+-0.") != "":
		l.addAt(RuleValue, l.pos(n), ptr,
			fmt.Sprintf("Het getal %s ligt te dicht bij nul: ggzcheck leest getallen tot ongeveer 10^-308. Controleer de waarde; bedoelt u 0, schrijf dan 0.", finding.Shorten(s)),
			fmt.Sprintf("The number %s is too close to zero: ggzcheck reads numbers down to about 10^-308. Check the value; if you mean 0, write 0.", finding.Shorten(s)))
		return nil, false
	case exponent(exp) > maxExponent:
		// Only 0e99999 and the like get here, or an absurdly long mantissa
		// that brings a huge exponent back into range.
		l.addAt(RuleValue, l.pos(n), ptr,
			fmt.Sprintf("'%s' is geen gewoon getal: de exponent is te groot. Schrijf het getal zonder exponent.", finding.Shorten(s)),
			fmt.Sprintf("'%s' is not a plain number: its exponent is too large. Write the number without an exponent.", finding.Shorten(s)))
		return nil, false
	}
	return json.Number(strings.TrimPrefix(s, "+")), true
}

// exponent returns the size of a number's exponent ("-12" is 12), or more
// than maxExponent when it has too many digits to say.
func exponent(e string) int {
	digits := strings.TrimLeft(strings.TrimLeft(e, "+-"), "0")
	if len(digits) > 3 {
		return maxExponent + 1
	}
	x, _ := strconv.Atoi("0" + digits)
	return x
}

// checkTag rejects explicit tags on collections (such as "!custom {...}").
func (l *loader) checkTag(n *yaml.Node, want, ptr string) bool {
	if n.ShortTag() == want {
		return true
	}
	l.addAt(RuleUnsupported, l.pos(n), ptr,
		fmt.Sprintf("De YAML-tag '%s' wordt niet ondersteund. Verwijder de tag.", finding.Shorten(n.Tag)),
		fmt.Sprintf("The YAML tag '%s' is not supported. Remove the tag.", finding.Shorten(n.Tag)))
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
	pos := firstText(data, l.lines.position(line, 1))
	if strings.HasPrefix(msg, "exceeded max depth") {
		// yaml.v3's own limit, far past ours: the same finding, on the line
		// where the nesting passed it.
		nl, en := tooDeep(l.lim.MaxDepth)
		l.add(RuleLimit, pos, nl, en)
		return
	}
	if strings.Contains(msg, "tab character") {
		// yaml.v3 names the line of the value before the tab; point at the tab.
		if p, ok := indentationTab(data, pos.Line); ok {
			pos = p
		}
	}
	if name, ok := strings.CutPrefix(msg, "unknown anchor '"); ok {
		// yaml.v3 finds this after parsing, without a position: point at the
		// first use of the alias, and quote no more of its name than needed.
		name = strings.TrimSuffix(name, "' referenced")
		if p, ok := aliasUse(data, name); ok {
			pos = p
		}
		msg = "unknown anchor '" + finding.Shorten(name) + "' referenced"
	}
	nl, en := explainSyntax(msg)
	if p, ok := l.separatorAt(data, pos); ok {
		pos = p
		nl = "Het bestand is geen geldige YAML: hier staat een onzichtbaar scheidingsteken (U+2028, U+2029 of U+0085, vaak meegekopieerd uit een tekstverwerker), dat YAML als een nieuwe regel leest; zonder die tekens is het bestand in orde. Verwijder het, of zet de tekst tussen aanhalingstekens. (" + msg + ")"
		en = "The file is not valid YAML: an invisible separator stands here (U+2028, U+2029 or U+0085, often copied along from a word processor), which YAML reads as a new line; without those characters the file is fine. Remove it, or put the text in quotes. (" + msg + ")"
	}
	l.add(RuleSyntax, pos, nl, en)
}

// separatorAt decides whether the separators NEL, LS and PS made the file
// invalid, where an editor shows no line end at all: they did if the file
// parses with spaces in their place. It then returns the position of the
// last separator before pos (yaml.v3 often reports an error a line later
// than its cause), or else of the first.
func (l *loader) separatorAt(data []byte, pos Position) (Position, bool) {
	if len(l.lines.breaks) == 0 {
		return Position{}, false
	}
	spaced := strings.NewReplacer("\u0085", " ", "\u2028", " ", "\u2029", " ").Replace(string(data))
	dec := yaml.NewDecoder(strings.NewReader(spaced))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Position{}, false
		}
	}
	at := l.lines.breaks[0].at
	for _, b := range l.lines.breaks {
		if b.at.Line > pos.Line || b.at.Line == pos.Line && b.at.Column-1 > pos.Column {
			break
		}
		at = b.at
	}
	return Position{at.Line, at.Column - 1}, true
}

func tooDeep(depth int) (nl, en string) {
	return fmt.Sprintf("Het plan is dieper genest dan %d niveaus. Een regioplan heeft er hooguit een handvol: controleer de inspringing.", depth),
		fmt.Sprintf("The plan is nested deeper than %d levels. A regional plan needs only a handful: check the indentation.", depth)
}

// indentationTab finds the first tab in the indentation of a line at or after
// line.
func indentationTab(data []byte, line int) (Position, bool) {
	data = bytes.TrimPrefix(data, bom)
	for n := 1; len(data) > 0; n++ {
		text := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			text, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if n < line {
			continue
		}
		for col, c := range text {
			if c == '\t' {
				return Position{n, col + 1}, true
			}
			if c != ' ' {
				break
			}
		}
	}
	return Position{}, false
}

// aliasUse finds the first "*name" in data that stands as an alias: with
// nothing of a longer name before or after it, and not in a comment. It
// reads data once: whether a candidate is in a comment is kept up to date as
// the search moves on, so a line of half a million aliases costs no more than
// its length.
func aliasUse(data []byte, name string) (Position, bool) {
	alias := []byte("*" + name)
	scanned, comment := 0, false // data[:scanned] is read; comment: a comment began on that line
	for from := 0; ; {
		i := bytes.Index(data[from:], alias)
		if i < 0 {
			return Position{}, false
		}
		start, end := from+i, from+i+len(alias)
		for ; scanned < start; scanned++ {
			switch c := data[scanned]; {
			case c == '\n':
				comment = false
			case c == '#' && (scanned == 0 || data[scanned-1] == '\n' || data[scanned-1] == ' '):
				comment = true
			}
		}
		before := start == 0 || strings.IndexByte(" \t\n[{,-:", data[start-1]) >= 0
		after := end == len(data) || strings.IndexByte(" \t\r\n]},", data[end]) >= 0
		if before && after && !comment {
			return offsetPosition(data, start), true
		}
		from = start + 1
	}
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

// badChar is a kind of character a plan may not contain, with why.
type badChar struct{ nl, en string }

var (
	notText = badChar{
		"Het bestand bevat een teken dat geen geldige UTF-8-tekst is of een stuurteken (zoals NUL). Sla het bestand op als UTF-8-tekst.",
		"The file contains a byte that is not valid UTF-8 text, or a control character (such as NUL). Save the file as UTF-8 text."}
	loneCR = badChar{
		"Hier staat een los regeleinde-teken (CR, zoals in oude Mac-bestanden). De ene editor toont daar een nieuwe regel, de andere niet, en YAML leest er wel een nieuwe regel: wat u ziet is dan niet wat er gecontroleerd wordt. Sla het bestand op met gewone regeleinden (LF of CRLF).",
		"A lone line-end character (CR, as in old Mac files) stands here. One editor shows a new line there, another does not, and YAML reads a new line: what you see is then not what is checked. Save the file with ordinary line ends (LF or CRLF)."}
	strayBOM = badChar{
		"Hier staat een onzichtbaar teken U+FEFF (byte-order mark). Eén aan het begin van het bestand is in orde; elders verandert het ongezien een sleutel of de inspringing. Verwijder het teken.",
		"An invisible character U+FEFF (byte-order mark) stands here. One at the start of the file is fine; anywhere else it changes a key or the indentation unseen. Remove the character."}
)

// badBytes finds the first character a plan may not hold: invalid UTF-8,
// a character YAML does not allow (controls, U+FFFE, U+FFFF), a lone CR or
// a byte-order mark after the start. yaml.v3 reports the first ones without
// a position, and reads the others differently from an editor.
func badBytes(data []byte) (Position, badChar, bool) {
	start := len(data) - len(bytes.TrimPrefix(data, bom))
	line, col := 1, 1
	for i := start; i < len(data); {
		// Printable ASCII and line ends, nearly every byte of a plan, are fine.
		switch c := data[i]; {
		case c >= 0x20 && c < 0x7f || c == '\t':
			i, col = i+1, col+1
			continue
		case c == '\n':
			i, line, col = i+1, line+1, 1
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		var bad *badChar
		switch {
		case r == utf8.RuneError && size <= 1, r < 0x20 && r != '\t' && r != '\n' && r != '\r',
			r >= 0x7f && r <= 0x9f && r != 0x85, r == 0xfffe, r == 0xffff:
			bad = &notText
		case r == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			bad = &loneCR
		case r == 0xfeff:
			bad = &strayBOM
		}
		if bad != nil {
			return Position{line, col}, *bad, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else if r != '\r' {
			col++
		}
		i += size
	}
	return Position{}, badChar{}, false
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

// thousands writes n with sep between groups of three digits, as Dutch
// (10.000) and English (10,000) write numbers.
func thousands(n int, sep string) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}
