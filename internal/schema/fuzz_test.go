package schema

import (
	"os"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/fuzzseed"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// FuzzValidate: any plan that loads gets schema findings with positions and
// messages in both languages, and never a panic in the explanation.
func FuzzValidate(f *testing.F) {
	fuzzseed.AddPlans(f)
	src, err := os.ReadFile("../../schemas/regioplan.schema.json")
	if err != nil {
		f.Fatal(err)
	}
	v, err := New(src)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, _ := plan.Load("p.yaml", data, plan.DefaultLimits)
		if p == nil {
			return
		}
		for _, x := range v.Validate(p) {
			if x.Line < 1 || x.Column < 1 || x.Message.NL == "" || x.Message.EN == "" || x.Rule == "" {
				t.Fatalf("incomplete finding %+v", x)
			}
		}
	})
}
