package check

import (
	"context"
	"reflect"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/ruledoc"
)

// TestBuiltinCatalogueMatchesPolicies: `rules` and `explain` read the
// built-in rules from a file written at build time instead of compiling the
// policies; it must say exactly what the compiled policies say.
func TestBuiltinCatalogueMatchesPolicies(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := ruledoc.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stored, c.Rules()) {
		for i := range max(len(stored), len(c.Rules())) {
			if i >= len(stored) || i >= len(c.Rules()) || !reflect.DeepEqual(stored[i], c.Rules()[i]) {
				t.Fatalf("internal/ruledoc/builtin.json is stale from rule %d on; run make docs", i)
			}
		}
	}
}
