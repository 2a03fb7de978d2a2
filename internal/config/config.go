// Package config reads a --config file: values that override the tunable
// part of the policy data (policies/gegevens.yaml) for one run. The file is
// validated against its own schema, with positioned findings like a plan.
package config

import (
	"encoding/json"
	"fmt"
	"maps"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/safefile"
	"github.com/ggzcheck/ggzcheck/internal/schema"
)

// Settings are the effective tunable values of a run, echoed in reports so
// that a finding can be reproduced.
type Settings struct {
	File   string         `json:"file,omitempty"` // the --config file, if any
	Values map[string]any `json:"values"`         // every tunable value in effect
}

// Error is a config file that cannot be used; it ends the run with exit 2.
type Error struct {
	File     string
	Findings []finding.Finding
	Err      error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("instellingen %s: %v", e.File, e.Err)
	}
	if len(e.Findings) == 1 {
		return fmt.Sprintf("instellingen %s: 1 fout", e.File)
	}
	return fmt.Sprintf("instellingen %s: %d fouten", e.File, len(e.Findings))
}

// MaxBytes bounds a config file: it holds a handful of numbers and dates.
const MaxBytes = 1 << 20

// Apply returns data with the overrides of file merged in, and the settings
// in effect. An empty file name applies nothing. The validator checks the
// file against the config schema, whose top-level keys are the tunables.
func Apply(data map[string]any, file string, v *schema.Validator) (map[string]any, Settings, error) {
	merged := data
	if file != "" {
		src, err := safefile.Read(file, MaxBytes)
		if err != nil {
			return nil, Settings{}, &Error{File: file, Err: err}
		}
		p, fs := plan.Load(file, src, plan.DefaultLimits)
		if p != nil {
			fs = append(fs, v.Validate(p)...)
		}
		if len(fs) > 0 {
			finding.Sort(fs)
			return nil, Settings{}, &Error{File: file, Findings: fs}
		}
		overrides, _ := p.Value.(map[string]any)
		merged = Merge(data, overrides)
	}
	merged, err := normalise(merged)
	if err != nil {
		return nil, Settings{}, err
	}
	values := map[string]any{}
	for _, k := range v.Properties() {
		if val, ok := merged[k]; ok {
			values[k] = val
		}
	}
	return merged, Settings{File: file, Values: values}, nil
}

// Merge returns base with over laid on top: objects merge key by key, any
// other value (lists included) replaces the base value. Neither is modified.
func Merge(base, over map[string]any) map[string]any {
	out := maps.Clone(base)
	for k, v := range over {
		bm, baseIsMap := out[k].(map[string]any)
		om, overIsMap := v.(map[string]any)
		if baseIsMap && overIsMap {
			out[k] = Merge(bm, om)
		} else {
			out[k] = v
		}
	}
	return out
}

// normalise gives every value the JSON types OPA's store expects.
func normalise(v map[string]any) (map[string]any, error) {
	js, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	return out, json.Unmarshal(js, &out)
}
