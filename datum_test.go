package ggzcheck_test

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	root "github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

// TestEveryDateHasAWindow keeps the date windows of tijdlijn-jaar in step with
// the plan format: every date field the schema has is listed under
// 'datumvensters.velden' in policies/gegevens.yaml (with a window, or with
// none on purpose), and nothing else is. Adding a date field to the schema
// without deciding its window fails here.
func TestEveryDateHasAWindow(t *testing.T) {
	t.Parallel()
	src := mustRead(t, "schemas/regioplan.schema.json")
	var s map[string]any
	if err := json.Unmarshal([]byte(src), &s); err != nil {
		t.Fatal(err)
	}
	dates := map[string]bool{}
	datePaths(s, s, "", dates, 0)
	if len(dates) < 10 {
		t.Fatalf("found only %d date fields in the schema: %v", len(dates), dates)
	}
	b, err := policy.ReadBundle(root.Files, root.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	windows, _ := b.Data["datumvensters"].(map[string]any)
	fields, _ := windows["velden"].([]any)
	kinds, _ := windows["vensters"].(map[string]any)
	listed := map[string]bool{}
	for _, f := range fields {
		m, _ := f.(map[string]any)
		path, _ := m["pad"].(string)
		listed[path] = true
		if strings.Count(path, "*") > 2 {
			t.Errorf("%s: tijdlijn-jaar reads paths with at most two lists (*)", path)
		}
		if kind, ok := m["venster"].(string); ok && kinds[kind] == nil {
			t.Errorf("%s: unknown window %q", path, kind)
		}
	}
	for _, p := range slices.Sorted(maps.Keys(dates)) {
		if !listed[p] {
			t.Errorf("the date field %s has no entry under 'datumvensters.velden' in policies/gegevens.yaml", p)
		}
	}
	for _, p := range slices.Sorted(maps.Keys(listed)) {
		if !dates[p] {
			t.Errorf("'datumvensters.velden' lists %s, which is not a date field of the schema", p)
		}
	}
}

// datePaths collects the pointer patterns (with * for list items) of every
// value in the schema node that is a date.
func datePaths(schema, node map[string]any, at string, out map[string]bool, depth int) {
	if depth > 20 {
		return
	}
	if ref, ok := node["$ref"].(string); ok {
		if ref == "#/$defs/datum" {
			out[at] = true
			return
		}
		target := schema
		for _, tok := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			target, _ = target[tok].(map[string]any)
		}
		datePaths(schema, target, at, out, depth+1)
	}
	if node["format"] == "date" {
		out[at] = true
	}
	props, _ := node["properties"].(map[string]any)
	for k, child := range props {
		if c, ok := child.(map[string]any); ok {
			datePaths(schema, c, at+"/"+k, out, depth+1)
		}
	}
	if items, ok := node["items"].(map[string]any); ok {
		datePaths(schema, items, at+"/*", out, depth+1)
	}
}

// TestCapacityFieldsMatchTheFormat keeps 'capaciteitsvelden' in
// policies/gegevens.yaml equal to the fields of 'jaarlijkse_capaciteit' in the
// plan format: a care form's loss adds up every one of them.
func TestCapacityFieldsMatchTheFormat(t *testing.T) {
	t.Parallel()
	var s struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Properties map[string]any `json:"properties"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal([]byte(mustRead(t, "schemas/regioplan.schema.json")), &s); err != nil {
		t.Fatal(err)
	}
	format := slices.Sorted(maps.Keys(s.Defs["zorgvorm"].Properties["jaarlijkse_capaciteit"].Properties))
	b, err := policy.ReadBundle(root.Files, root.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	fields, _ := b.Data["capaciteitsvelden"].([]any)
	for _, f := range fields {
		m, _ := f.(map[string]any)
		v, _ := m["veld"].(string)
		listed = append(listed, v)
	}
	slices.Sort(listed)
	if len(format) == 0 || !slices.Equal(format, listed) {
		t.Errorf("the format has capacity fields %v, 'capaciteitsvelden' lists %v", format, listed)
	}
}
