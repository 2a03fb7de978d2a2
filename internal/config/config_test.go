package config_test

import (
	"os"
	"reflect"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/config"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/policy"
	"github.com/ggzcheck/ggzcheck/internal/schema"

	"github.com/ggzcheck/ggzcheck"
)

func TestMerge(t *testing.T) {
	base := map[string]any{"a": 1, "b": map[string]any{"c": 2, "d": []any{1, 2}}, "e": 5}
	over := map[string]any{"b": map[string]any{"c": 3, "d": []any{9}}, "f": 6}
	got := config.Merge(base, over)
	want := map[string]any{"a": 1, "b": map[string]any{"c": 3, "d": []any{9}}, "e": 5, "f": 6}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Merge = %v", got)
	}
	if base["b"].(map[string]any)["c"] != 2 {
		t.Error("Merge modified its input")
	}
}

// TestDefaultsMatchTheConfigSchema checks that every tunable default in
// policies/gegevens.yaml is one a config file could set.
func TestDefaultsMatchTheConfigSchema(t *testing.T) {
	src, err := os.ReadFile("../../schemas/config.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := schema.New(src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		t.Fatal(err)
	}
	_, settings, err := config.Apply(b.Data, "", v)
	if err != nil {
		t.Fatal(err)
	}
	if len(settings.Values) != len(v.Properties()) {
		t.Errorf("defaults hold %d of the %d tunables", len(settings.Values), len(v.Properties()))
	}
	p := &plan.Plan{Value: settings.Values}
	if fs := v.Validate(p); len(fs) > 0 {
		t.Errorf("the defaults do not match the config schema: %+v", fs)
	}
}
