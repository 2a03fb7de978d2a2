package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// direct compiles a schema document as written, without inlining its
// $refs: the validator whose findings the inlined one must repeat.
func direct(t *testing.T, src []byte) *Validator {
	t.Helper()
	var raw map[string]any
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	id := raw["$id"].(string)
	if err := c.AddResource(id, bytes.NewReader(src)); err != nil {
		t.Fatal(err)
	}
	compiled, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return &Validator{compiled: compiled, raw: raw, targets: refTargets(raw)}
}

func sameFindings(t *testing.T, name string, src []byte, want, got *Validator) {
	t.Helper()
	p, _ := plan.Load(name, src, plan.DefaultLimits)
	if p == nil {
		return
	}
	w, g := want.Validate(p), got.Validate(p)
	finding.Sort(w)
	finding.Sort(g)
	if !slices.Equal(w, g) {
		t.Errorf("%s: inlined schema gives\n%v\nthe schema as written\n%v", name, g, w)
	}
}

// A recursive definition, a large one used twice and small ones used often:
// each way a $ref is inlined or kept.
const refSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://example.org/refs.schema.json",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "boom": {"$ref": "#/$defs/knoop", "description": "Een boom."},
    "links": {"$ref": "#/$defs/groot"},
    "rechts": {"$ref": "#/$defs/groot", "description": "Rechts."},
    "extra": {"$ref": "#/$defs/tekst", "minLength": 3},
    "code": {"$ref": "#/$defs/code"},
    "andere_code": {"$ref": "#code"}
  },
  "$defs": {
    "tekst": {"type": "string", "minLength": 1, "pattern": "^[a-z ]*$"},
    "code": {"$anchor": "code", "type": "string", "maxLength": 4},
    "knoop": {"type": "object", "additionalProperties": false, "required": ["naam"],
      "properties": {"naam": {"$ref": "#/$defs/tekst"}, "kinderen": {"type": "array", "maxItems": 3, "items": {"$ref": "#/$defs/knoop"}}}},
    "groot": {"description": "` + "LONG" + `", "type": "object", "additionalProperties": false, "required": ["a"],
      "properties": {"a": {"$ref": "#/$defs/tekst", "description": "De a."}, "b": {"type": "integer", "minimum": 0}}}
  }
}`

func TestInlinedSchemaExplainsAlike(t *testing.T) {
	src := []byte(strings.Replace(refSchema, "LONG", strings.Repeat("lang ", 250), 1))
	inlined, err := New(src)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := inline(inlined.raw)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := json.Marshal(doc)
	for _, want := range []string{`"$ref":"#/$defs/knoop"`, `"$ref":"#/$defs/groot"`, `"$ref":"#/$defs/tekst"`, `"$ref":"#/$defs/code"`, `"$ref":"#code"`} {
		if !bytes.Contains(text, []byte(want)) {
			t.Errorf("inlined schema lacks %s (kept: recursive, large and shared, beside a keyword, or to an anchor): %s", want, text)
		}
	}
	// Two to groot, one beside minLength, two to code, and knoop's own: in
	// boom's copy and in the definition that copy refers to.
	if bytes.Count(text, []byte(`"$ref"`)) != 7 {
		t.Errorf("want 7 $refs left, got %s", text)
	}
	plans := map[string]string{
		"fine":          "boom: {naam: a, kinderen: [{naam: b}]}\nlinks: {a: x}\n",
		"deep":          "boom: {naam: a, kinderen: [{naam: b, kinderen: [{naam: C}, {}]}]}\n",
		"shared":        "links: {a: X, b: -1, c: 1}\nrechts: {b: twee}\n",
		"types":         "boom: []\nlinks: 3\nrechts: {a: ''}\nextra: ab\n",
		"unknown key":   "boom: {naam: a, kinders: []}\nonbekend: 1\n",
		"placeholder":   "boom: {naam: INVULLEN}\n",
		"long list":     "boom: {naam: a, kinderen: [{naam: a}, {naam: a}, {naam: a}, {naam: a}]}\n",
		"anchored":      "code: abcde\nandere_code: 1\n",
		"not an object": "- a\n",
	}
	want := direct(t, src)
	for name, plan := range plans {
		sameFindings(t, name, []byte(plan), want, inlined)
	}
}

// TestInlinedPlanSchemaExplainsAlike: every test plan gets the same findings
// from the shipped schema inlined as from the schema as written.
func TestInlinedPlanSchemaExplainsAlike(t *testing.T) {
	src, err := os.ReadFile("../../schemas/regioplan.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	inlined, err := New(src)
	if err != nil {
		t.Fatal(err)
	}
	want := direct(t, src)
	var files []string
	for _, pattern := range []string{"../../testdata/*.yaml", "../../testdata/plans/*.yaml", "../../testdata/hostile/*.yaml", "../../testdata/*/*/*.yaml"} {
		more, _ := filepath.Glob(pattern)
		files = append(files, more...)
	}
	if len(files) < 50 {
		t.Fatalf("only %d test plans found", len(files))
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sameFindings(t, name, data, want, inlined)
	}
}
