package schema

import (
	"reflect"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/plan"
)

const openSchema = `{
  "$id": "https://example.org/open.schema.json",
  "type": "object",
  "required": ["regio"],
  "properties": {
    "regio": {"type": "string"},
    "lijst": {"type": "array", "items": {"$ref": "#/$defs/item"}}
  },
  "$defs": {"item": {"type": "object", "required": ["naam"], "properties": {"naam": {"type": "string"}, "motivatie": {"type": "string"}}}}
}`

func TestOpenDropsFieldsLeftOpen(t *testing.T) {
	v, err := New([]byte(openSchema))
	if err != nil {
		t.Fatal(err)
	}
	p, fs := plan.Load("p.yaml", []byte("regio:\nlijst:\n  - naam:\n    motivatie:\n  - naam: b\n    motivatie: m\nonbekend:\n"), plan.DefaultLimits)
	if len(fs) > 0 {
		t.Fatal(fs)
	}
	got := v.Open(p.Value)
	// An open optional field is dropped, also under a $ref in a list; a
	// required one stays for the format to report, and so does a key the
	// schema does not know.
	want := map[string]any{
		"regio":    nil,
		"lijst":    []any{map[string]any{"naam": nil}, map[string]any{"naam": "b", "motivatie": "m"}},
		"onbekend": nil,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Open = %#v", got)
	}
	if _, ok := p.Value.(map[string]any)["lijst"].([]any)[0].(map[string]any)["motivatie"]; !ok {
		t.Error("Open modified its input")
	}
	if errs := v.Validate(p.WithValue(got)); len(errs) != 2 {
		t.Errorf("want the two required fields left open reported, got %v", errs)
	}
}

// TestWithout: a broken member goes, and so does a list with a broken item
// (a null left in its place would break the rules that read the items).
func TestWithout(t *testing.T) {
	value := map[string]any{"a": map[string]any{"b": 1, "c": 2}, "l": []any{"x", "y", "z"},
		"m": []any{map[string]any{"k": []any{1, 2}}, "w"}, "n": []any{"v"}}
	got := Without(value, []string{"/a/b", "/l/1", "/bestaat/niet", "/l/9", "/n/5", "/m/0/k/1", ""})
	want := map[string]any{"a": map[string]any{"c": 2}, "m": []any{map[string]any{}, "w"}, "n": []any{"v"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Without = %#v", got)
	}
	if len(value["a"].(map[string]any)) != 2 || value["l"].([]any)[1] != "y" {
		t.Error("Without modified its input")
	}
}
