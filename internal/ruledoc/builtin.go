package ruledoc

import (
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// builtinJSON is every built-in rule as the compiled policies and the Go
// stages declare it, written by `make docs` (internal/tools/catalogue). It
// lets `rules` and `explain` answer without compiling the policies; a test
// in internal/check fails when it no longer matches them.
//
//go:embed builtin.json
var builtinJSON []byte

// Builtin returns the built-in rules, in the order the checker lists them.
func Builtin() ([]finding.Rule, error) {
	var rules []finding.Rule
	if err := json.Unmarshal(builtinJSON, &rules); err != nil {
		return nil, fmt.Errorf("de ingebouwde lijst van regels is beschadigd (make docs schrijft haar opnieuw): %w", err)
	}
	return rules, nil
}

// MarshalBuiltin writes rules in the form Builtin reads.
func MarshalBuiltin(rules []finding.Rule) ([]byte, error) {
	b, err := json.MarshalIndent(rules, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
