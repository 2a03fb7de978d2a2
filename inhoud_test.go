package ggzcheck_test

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	root "github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/policy"
)

// TestPlansThatMustPass checks the plans in testdata/voldoet: each is written
// from the sources to be right where a rule could misfire (a short but real
// motivation, facility labels in the sources' own spelling), and must pass
// without any finding.
func TestPlansThatMustPass(t *testing.T) {
	t.Parallel()
	plans, err := filepath.Glob("testdata/voldoet/*.yaml")
	if err != nil || len(plans) == 0 {
		t.Fatalf("no plans in testdata/voldoet: %v", err)
	}
	for _, p := range plans {
		t.Run(filepath.Base(p), func(t *testing.T) {
			r := ggzcheck(t, runOptions{}, "check", "--format", "json", p)
			if out := decode(t, r.stdout); r.code != 0 || len(out.Findings) > 0 {
				t.Errorf("exit %d, findings %+v", r.code, out.Findings)
			}
		})
	}
}

// TestEveryAgreementTextRejectsPlaceholders puts a placeholder (alone, two
// together, a reference to an appendix a plan does not have), a blank and a
// too short text in every text field that carries an agreement
// ('inhoudsvelden' in policies/gegevens.yaml), in a plan where each is filled
// in, and expects the field's own rule, at the field. A field that names
// rather than explains ('kort_mag') takes a short name as content.
func TestEveryAgreementTextRejectsPlaceholders(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c, err := check.New(ctx, check.Options{Engines: &engines})
	if err != nil {
		t.Fatal(err)
	}
	const fixture = "testdata/voldoet/inhoudsvelden.yaml"
	src, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	b, err := policy.ReadBundle(root.Files, root.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	fields, _ := b.Data["inhoudsvelden"].([]any)
	if len(fields) == 0 {
		t.Fatal("policies/gegevens.yaml lists no 'inhoudsvelden'")
	}
	for _, f := range fields {
		entry, _ := f.(map[string]any)
		pattern, _ := entry["pad"].(string)
		rule, _ := entry["regel"].(string)
		// A field that names rather than explains may be short ('LVB'); only a
		// placeholder or a blank leaves it open.
		shortIsContent, _ := entry["kort_mag"].(bool)
		values := []any{"n.v.t.", "PM", "Zie boven.", "PM (volgt)", "zie bijlage 3", "ok", "", nil}
		if shortIsContent {
			values = []any{"n.v.t.", "PM", "Zie boven.", "PM (volgt)", "zie bijlage 3", "", nil}
		}
		p, fs := plan.Load(fixture, src, plan.DefaultLimits)
		if p == nil || len(fs) > 0 {
			t.Fatalf("%s does not load: %v", fixture, fs)
		}
		paths := expand(p.Value, plan.Tokens(pattern), "")
		if len(paths) == 0 {
			t.Errorf("%s: the fixture has no %s; fill it in", fixture, pattern)
			continue
		}
		for _, path := range paths {
			for _, value := range values {
				name := path + "=" + strconv.Quote(stringOf(value))
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					data, err := json.Marshal(set(p.Value, plan.Tokens(path), value))
					if err != nil {
						t.Fatal(err)
					}
					res, err := c.File(ctx, "plan.json", data)
					if err != nil {
						t.Fatal(err)
					}
					var got []string
					found := false
					for _, fd := range res.Findings {
						got = append(got, fd.Rule+" "+fd.Path)
						// A blank field reads as absent, so the finding may
						// point at the object that lacks it; a finding about
						// something else the field should motivate quotes it.
						blank := value == nil || value == ""
						quoted := !blank && strings.Contains(fd.Message.NL, "'"+value.(string)+"'")
						found = found || fd.Rule == rule && (fd.Path == path || blank || quoted) ||
							// A measure is named by its description, which the
							// format requires: blank, the format reports it.
							value == nil && pattern == "/maatregelen/*/omschrijving" && fd.Rule == "schema-type" && fd.Path == path
					}
					if !found {
						t.Errorf("want %s at %s; got %v", rule, path, got)
					}
				})
			}
			if shortIsContent {
				t.Run(path+"=\"LVB\"", func(t *testing.T) {
					data, err := json.Marshal(set(p.Value, plan.Tokens(path), "LVB"))
					if err != nil {
						t.Fatal(err)
					}
					res, err := c.File(ctx, "plan.json", data)
					if err != nil {
						t.Fatal(err)
					}
					for _, fd := range res.Findings {
						if fd.Rule == rule {
							t.Errorf("a short name is content, yet %s at %s: %s", fd.Rule, fd.Path, fd.Message.NL)
						}
					}
				})
			}
		}
	}
}

func stringOf(v any) string {
	if v == nil {
		return "null"
	}
	return v.(string)
}

// expand returns the JSON pointers in v that match the tokens of a pattern,
// where "*" matches every item of a list and every member of an object.
func expand(v any, tokens []string, at string) []string {
	if len(tokens) == 0 {
		return []string{at}
	}
	var out []string
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if tokens[0] == "*" || tokens[0] == k {
				out = append(out, expand(x[k], tokens[1:], plan.Child(at, k))...)
			}
		}
	case []any:
		if tokens[0] == "*" {
			for i, item := range x {
				out = append(out, expand(item, tokens[1:], plan.Index(at, i))...)
			}
		}
	}
	return out
}

// set returns a copy of v with the value at the pointer tokens replaced.
func set(v any, tokens []string, value any) any {
	if len(tokens) == 0 {
		return value
	}
	switch x := v.(type) {
	case map[string]any:
		c := maps.Clone(x)
		c[tokens[0]] = set(x[tokens[0]], tokens[1:], value)
		return c
	case []any:
		c := slices.Clone(x)
		i, _ := strconv.Atoi(tokens[0])
		c[i] = set(x[i], tokens[1:], value)
		return c
	}
	return v
}
