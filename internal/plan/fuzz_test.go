package plan_test

import (
	"os"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/fuzzseed"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// FuzzLoad: whatever the bytes, Load ends, and either returns a plan or says
// why not, with a position.
func FuzzLoad(f *testing.F) {
	fuzzseed.AddPlans(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, fs := plan.Load("p.yaml", data, plan.DefaultLimits)
		if p == nil && len(fs) == 0 {
			t.Fatal("no plan and no finding")
		}
		for _, x := range fs {
			if x.Line < 1 || x.Column < 1 || x.Message.NL == "" || x.Message.EN == "" {
				t.Fatalf("finding without position or message: %+v", x)
			}
		}
	})
}

// FuzzPointer: any pointer resolves to a position inside the file, and
// Child and Tokens agree on escaping.
func FuzzPointer(f *testing.F) {
	src, err := os.ReadFile("../../regions/zilverduin/2026.yaml")
	if err != nil {
		f.Fatal(err)
	}
	p, _ := plan.Load("p.yaml", src, plan.DefaultLimits)
	lines := strings.Count(string(src), "\n") + 1
	for _, s := range []string{"", "/", "/deelnemers/0/mandaat", "/zorgvormen/klinische_zorg/aanbod/9", "/a~1b~0c", "~", "//x"} {
		f.Add(s, "k/~ey")
	}
	f.Fuzz(func(t *testing.T, pointer, key string) {
		pos := p.Position(pointer)
		if pos.Line < 1 || pos.Line > lines || pos.Column < 1 {
			t.Fatalf("Position(%q) = %+v outside the file", pointer, pos)
		}
		if kp := p.KeyPosition(pointer); kp.Line < 1 || kp.Line > lines {
			t.Fatalf("KeyPosition(%q) = %+v", pointer, kp)
		}
		child := plan.Child(pointer, key)
		toks := plan.Tokens(child)
		if len(toks) == 0 || toks[len(toks)-1] != key || plan.Parent(child) != pointer {
			t.Fatalf("Child(%q, %q) = %q does not round-trip: %q", pointer, key, child, toks)
		}
	})
}
