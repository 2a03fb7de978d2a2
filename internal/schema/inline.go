package schema

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// inline returns a copy of the schema document in which local $refs that
// stand alone (beside annotations only) are replaced by a copy of their
// target. The validator then checks a referenced definition as part of the
// schema that uses it, instead of in a validation of its own per value: for
// each $ref, jsonschema v5 again records the value's members, extends its
// scope and merges the results. A large definition used more than once
// stays a $ref, and so does a reference to a definition it stands inside:
// every copy is compiled on its own, and a recursive schema must stay
// finite. Definitions nothing refers to any more are left out of the copy.
// Explanations read the original document (holder follows the $refs the
// validator no longer sees), so every message stays as it was.
func inline(root map[string]any) (map[string]any, error) {
	in := inliner{root: root, uses: map[string]int{}, large: map[string]bool{}, named: map[string]bool{}}
	in.count(root)
	for ref := range in.uses {
		target, _ := plan.Lookup(root, strings.TrimPrefix(ref, "#"))
		text, err := json.Marshal(target)
		if err != nil {
			return nil, err
		}
		in.large[ref] = len(text) > maxCopied
		in.named[ref] = bytes.Contains(text, []byte(`"$id"`)) || bytes.Contains(text, []byte(`"$anchor"`)) || bytes.Contains(text, []byte(`"$dynamicAnchor"`))
	}
	out := map[string]any{}
	for k, val := range root {
		if k != "$defs" {
			out[k] = in.node(val, nil)
		}
	}
	// Keep the definitions still referred to, and those they refer to.
	defs, _ := root["$defs"].(map[string]any)
	kept := map[string]any{}
	for todo := in.kept(out); len(todo) > 0; {
		name := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if _, done := kept[name]; done || defs[name] == nil {
			continue
		}
		kept[name] = in.node(defs[name], []string{"#/$defs/" + name})
		todo = append(todo, in.kept(kept[name])...)
	}
	if len(kept) > 0 {
		out["$defs"] = kept
	}
	return out, nil
}

// maxCopied is the size, in bytes of JSON, up to which a definition used
// more than once is copied into every place that uses it. The plan schema's
// small definitions (a text, a date, a number) are used most; its largest
// shared one, a care form, is four times this and used six times.
const maxCopied = 1024

type inliner struct {
	root  map[string]any
	uses  map[string]int  // $ref to how often the document uses it
	large map[string]bool // $ref to whether its target is larger than maxCopied
	// named tells the $refs whose targets hold an $id or anchor: two copies
	// of those would name two schemas alike.
	named map[string]bool
}

func (in *inliner) count(node any) {
	switch x := node.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok && strings.HasPrefix(ref, "#") {
			in.uses[ref]++
		}
		for k, val := range x {
			if !instanceKeywords[k] {
				in.count(val)
			}
		}
	case []any:
		for _, val := range x {
			in.count(val)
		}
	}
}

// node copies a schema, inlining its $refs; expanding holds the $refs whose
// targets are being copied.
func (in *inliner) node(node any, expanding []string) any {
	switch x := node.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok && in.copies(x, ref, expanding) {
			target, _ := plan.Lookup(in.root, strings.TrimPrefix(ref, "#"))
			return in.node(target, append(expanding, ref))
		}
		out := make(map[string]any, len(x))
		for k, val := range x {
			if instanceKeywords[k] {
				out[k] = val // a value, not a schema: copied as is
				continue
			}
			out[k] = in.node(val, expanding)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, val := range x {
			out[i] = in.node(val, expanding)
		}
		return out
	}
	return node
}

// copies reports whether the $ref in schema object x is replaced by its target.
func (in *inliner) copies(x map[string]any, ref string, expanding []string) bool {
	if !strings.HasPrefix(ref, "#") || !onlyAnnotations(x) || slices.Contains(expanding, ref) {
		return false
	}
	if in.named[ref] || in.large[ref] && in.uses[ref] > 1 {
		return false
	}
	target, _ := plan.Lookup(in.root, strings.TrimPrefix(ref, "#"))
	_, ok := target.(map[string]any)
	return ok
}

// kept returns the names of the definitions that node still refers to.
func (in *inliner) kept(node any) []string {
	var names []string
	switch x := node.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok {
			if name, ok := strings.CutPrefix(ref, "#/$defs/"); ok {
				names = append(names, name)
			}
		}
		for k, val := range x {
			if !instanceKeywords[k] {
				names = append(names, in.kept(val)...)
			}
		}
	case []any:
		for _, val := range x {
			names = append(names, in.kept(val)...)
		}
	}
	return names
}

// instanceKeywords hold plan values rather than schemas: a "$ref" in them is
// data.
var instanceKeywords = map[string]bool{"enum": true, "const": true, "default": true, "examples": true}

// onlyAnnotations reports whether a schema object holding a $ref has no
// other keyword that validates: replacing it by its target then checks the
// same.
func onlyAnnotations(x map[string]any) bool {
	for k := range x {
		switch k {
		case "$ref", "description", "title", "$comment":
		default:
			return false
		}
	}
	return true
}

// holder returns the object of the original schema document that holds
// the keyword at pointer, following a $ref wherever the pointer goes on
// into what inline put in the $ref's place.
func (v *Validator) holder(pointer string) map[string]any {
	var node any = v.raw
	in := v.raw
	for _, tok := range plan.Tokens(pointer) {
		switch x := node.(type) {
		case map[string]any:
			next, ok := x[tok]
			for range 4 {
				if ok {
					break
				}
				ref, isRef := x["$ref"].(string)
				if !isRef || !strings.HasPrefix(ref, "#") {
					break
				}
				target, _ := plan.Lookup(v.raw, strings.TrimPrefix(ref, "#"))
				if x, isRef = target.(map[string]any); !isRef {
					break
				}
				next, ok = x[tok]
			}
			if !ok {
				return nil
			}
			node, in = next, x
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			node, in = x[i], nil
		default:
			return nil
		}
	}
	return in
}
