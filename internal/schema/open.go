package schema

import (
	"maps"
	"slices"
	"strconv"

	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// Open returns value with every field left open dropped: a member whose
// value is YAML null ('motivatie:' with nothing after it) where the schema
// does not require the member. That is how people leave a field open, so it
// reads as absent: an agreement that asks for the field reports it under its
// own rule, instead of the plan failing the format on an empty value. value
// itself is not modified.
func (v *Validator) Open(value any) any {
	opened, _ := v.open(value, v.raw)
	return opened
}

// open returns value with its open fields dropped, and whether it dropped
// any; an unchanged part is returned as is, not copied.
func (v *Validator) open(value any, node map[string]any) (any, bool) {
	node = v.deref(node)
	switch x := value.(type) {
	case map[string]any:
		required, _ := node["required"].([]any)
		props, _ := node["properties"].(map[string]any)
		var out map[string]any
		// In any order: each member is dropped or replaced on its own.
		for k, val := range x {
			child, known := props[k].(map[string]any)
			if val == nil && known && !slices.Contains(required, any(k)) {
				if out == nil {
					out = maps.Clone(x)
				}
				delete(out, k)
				continue
			}
			if opened, changed := v.open(val, child); changed {
				if out == nil {
					out = maps.Clone(x)
				}
				out[k] = opened
			}
		}
		if out == nil {
			return x, false
		}
		return out, true
	case []any:
		items, _ := node["items"].(map[string]any)
		var out []any
		for i, item := range x {
			if opened, changed := v.open(item, items); changed {
				if out == nil {
					out = slices.Clone(x)
				}
				out[i] = opened
			}
		}
		if out == nil {
			return x, false
		}
		return out, true
	}
	return value, false
}

// Without returns value with the parts at pointers taken out, so that the
// agreements can be evaluated on the rest of a plan that breaks the format:
// an object member is removed, and so is a list with a broken item (taking
// the item out would shift the positions of the items after it, and leaving
// a null in its place would break every rule that reads the list's items).
// A broken value reads as absent; the agreements say nothing about a part
// that holds one (check.notAround). value itself is not modified.
func Without(value any, pointers []string) any {
	for _, p := range pointers {
		if p != "" {
			value, _ = without(value, plan.Tokens(p))
		}
	}
	return value
}

// without returns value with the part at tokens taken out, and whether value
// itself must go (it is a list, and the part is one of its items).
func without(value any, tokens []string) (any, bool) {
	switch x := value.(type) {
	case map[string]any:
		child, ok := x[tokens[0]]
		if !ok {
			return x, false
		}
		out := maps.Clone(x)
		if len(tokens) == 1 {
			delete(out, tokens[0])
		} else if rest, gone := without(child, tokens[1:]); gone {
			delete(out, tokens[0])
		} else {
			out[tokens[0]] = rest
		}
		return out, false
	case []any:
		i, err := strconv.Atoi(tokens[0])
		if err != nil || i < 0 || i >= len(x) {
			return x, false
		}
		if len(tokens) == 1 {
			return nil, true
		}
		rest, gone := without(x[i], tokens[1:])
		if gone {
			return nil, true
		}
		out := slices.Clone(x)
		out[i] = rest
		return out, false
	}
	return value, false
}
