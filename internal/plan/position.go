package plan

import (
	"bytes"
	"slices"
	"unicode/utf8"
)

var bom = []byte("\uFEFF")

// lineMap turns yaml.v3's line and column into the ones an editor shows.
// VS Code, vim and the report's excerpt end a line only at LF (a CRLF is an
// LF with a CR before it), and count a column per character (code point),
// a tab as one. yaml.v3 counts columns the same way, but also ends a line
// at NEL (U+0085), LS (U+2028) and PS (U+2029): after one of those its line
// numbers run ahead and its columns start again. A lone CR, which yaml.v3
// also takes as a line end, is refused before parsing (see badBytes).
type lineMap struct {
	// breaks lists, in file order, every yaml.v3 line that starts after a
	// NEL, LS or PS, with the editor position of its first character.
	// Files without those characters, nearly all, need no table at all.
	breaks []lineBreak
	// end is the position just after the file's last character. yaml.v3
	// places an empty value at the next token, which can be past the end.
	end Position
}

type lineBreak struct {
	yamlLine int
	at       Position
}

func newLineMap(data []byte) lineMap {
	m := lineMap{end: offsetPosition(data, len(data))}
	if !bytes.ContainsRune(data, '\u0085') && !bytes.ContainsRune(data, '\u2028') && !bytes.ContainsRune(data, '\u2029') {
		return m
	}
	line, col, yamlLine := 1, 1, 1
	data = bytes.TrimPrefix(data, bom) // yaml.v3 and editors skip it alike
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		i += size
		switch r {
		case '\n':
			line, col, yamlLine = line+1, 1, yamlLine+1
		case '\u0085', '\u2028', '\u2029':
			col, yamlLine = col+1, yamlLine+1
			m.breaks = append(m.breaks, lineBreak{yamlLine, Position{line, col}})
		default:
			col++
		}
	}
	return m
}

// position returns the editor position of yaml.v3's 1-based line and
// column, at most the end of the file.
func (m lineMap) position(line, column int) Position {
	var p Position
	i, found := slices.BinarySearchFunc(m.breaks, line, func(b lineBreak, line int) int { return b.yamlLine - line })
	switch {
	case found:
		b := m.breaks[i]
		p = Position{b.at.Line, b.at.Column + column - 1}
	case i == 0:
		p = Position{line, column}
	default:
		// Only LFs lie between the last break before line and line itself.
		b := m.breaks[i-1]
		p = Position{b.at.Line + line - b.yamlLine, column}
	}
	if p.Line > m.end.Line || p.Line == m.end.Line && p.Column > m.end.Column {
		return m.end
	}
	return p
}

// offsetPosition returns the editor position of byte offset in data.
func offsetPosition(data []byte, offset int) Position {
	start := len(data) - len(bytes.TrimPrefix(data, bom))
	offset = max(offset, start)
	before := data[start:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return Position{line, utf8.RuneCount(before[lineStart:]) + 1}
}

// editorLine returns line n (1-based) as an editor shows it: without its
// line end, and for the first line without the byte-order mark.
func editorLine(data []byte, n int) []byte {
	data = bytes.TrimPrefix(data, bom)
	for ; n > 1; n-- {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return nil
		}
		data = data[i+1:]
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	return bytes.TrimSuffix(data, []byte("\r"))
}

// firstText moves pos, the start of one of yaml.v3's lines, past the blanks
// it starts with, to where that line's text begins.
func firstText(data []byte, pos Position) Position {
	col := 1
	for _, r := range string(editorLine(data, pos.Line)) {
		if col >= pos.Column && r != ' ' && r != '\t' {
			return Position{pos.Line, col}
		}
		col++
	}
	return pos
}
