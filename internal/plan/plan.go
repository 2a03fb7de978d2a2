// Package plan reads a regional plan from YAML into plain values, keeping the
// line and column of every key and item so that any JSON pointer can be
// mapped back to the place in the file a user must change.
package plan

import (
	"strconv"
	"strings"
)

// Position is a 1-based line and column in a plan file.
type Position struct {
	Line   int
	Column int
}

// Plan is a parsed plan: its value and where each part of it is written.
type Plan struct {
	File  string
	Value any // map[string]any, []any, string, json.Number, bool or nil

	// places maps a JSON pointer to where its value and key are written.
	places map[string]place
}

// place is where a value is written: at is where a finding about it should
// point, the value for scalars, the key for nested objects and lists; key is
// where an object member's key is written, and zero for anything else.
type place struct {
	at, key Position
}

// WithValue returns a copy of p that evaluates as v but keeps p's positions:
// the policies get a plan's earlier version beside it this way.
func (p *Plan) WithValue(v any) *Plan {
	c := *p
	c.Value = v
	return &c
}

// Position returns where the value at pointer is written. A pointer to
// something the plan does not contain resolves to its nearest ancestor that
// it does contain, so a "missing field" finding points at the object that
// lacks it.
func (p *Plan) Position(pointer string) Position {
	for {
		if pl, ok := p.places[pointer]; ok {
			return pl.at
		}
		if pointer == "" {
			return Position{Line: 1, Column: 1}
		}
		pointer = Parent(pointer)
	}
}

// KeyPosition returns where the key of the object member at pointer is
// written, falling back to Position when pointer is not an object member.
func (p *Plan) KeyPosition(pointer string) Position {
	if pl, ok := p.places[pointer]; ok && pl.key.Line > 0 {
		return pl.key
	}
	return p.Position(pointer)
}

// Parent returns the JSON pointer one level up; the parent of "" is "".
func Parent(pointer string) string {
	i := strings.LastIndexByte(pointer, '/')
	if i < 0 {
		return ""
	}
	return pointer[:i]
}

// Child returns the JSON pointer to member key (or index) of pointer,
// escaping '~' and '/' as RFC 6901 requires.
func Child(pointer, key string) string {
	if strings.ContainsAny(key, "~/") {
		key = strings.NewReplacer("~", "~0", "/", "~1").Replace(key)
	}
	return pointer + "/" + key
}

// Index returns the JSON pointer to item i of the list at pointer.
func Index(pointer string, i int) string {
	return pointer + "/" + strconv.Itoa(i)
}

// Tokens splits a JSON pointer into its unescaped reference tokens.
func Tokens(pointer string) []string {
	if pointer == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	for i, p := range parts {
		if strings.Contains(p, "~") {
			parts[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(p)
		}
	}
	return parts
}

// Lookup returns the value at pointer, and whether it exists.
func Lookup(v any, pointer string) (any, bool) {
	for _, tok := range Tokens(pointer) {
		switch c := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = c[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}
