package check_test

import (
	"context"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/fuzzseed"
)

// FuzzFile runs the whole check of one file on arbitrary bytes. Whatever the
// input, it must not panic, must not fail as a tool, and must never pass a
// file it could not evaluate. `make test` runs the seeds; `go test -fuzz
// FuzzFile ./internal/check/` searches further.
func FuzzFile(f *testing.F) {
	fuzzseed.AddPlans(f)
	c, err := check.New(context.Background(), check.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := c.File(context.Background(), "plan.yaml", data)
		if err != nil {
			t.Fatalf("tool error: %v", err)
		}
		if !res.PoliciesEvaluated && res.Passed() {
			t.Fatalf("passed without evaluating the policies: %+v", res.Findings)
		}
		for _, fd := range res.Findings {
			if fd.Line < 1 || fd.Column < 1 || fd.Message.NL == "" || fd.Message.EN == "" {
				t.Fatalf("finding without position or message: %+v", fd)
			}
		}
	})
}
