package plan_test

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ggzcheck/ggzcheck/internal/fuzzseed"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// FuzzLoad: whatever the bytes, Load ends, and either returns a plan or says
// why not, with a position an editor can show and a message of a readable
// length. Every value of a plan has a position on a line of the file, and
// every number is one exact arithmetic can take.
func FuzzLoad(f *testing.F) {
	fuzzseed.AddPlans(f)
	f.Add([]byte("a: \"x\u2028y\"\nb: [1e400, 1e-400, 0e99999]\n"))
	f.Add([]byte("\ufeff\ufeffa: 1\r\nb: 2\r"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, fs := plan.Load("p.yaml", data, plan.DefaultLimits)
		if p == nil && len(fs) == 0 {
			t.Fatal("no plan and no finding")
		}
		lines := strings.Split(string(bytes.TrimPrefix(data, []byte("\uFEFF"))), "\n")
		for _, x := range fs {
			if x.Line < 1 || x.Column < 1 || x.Message.NL == "" || x.Message.EN == "" {
				t.Fatalf("finding without position or message: %+v", x)
			}
			if len(x.Message.NL) > 1000 || len(x.Message.EN) > 1000 {
				t.Fatalf("message of %d bytes", len(x.Message.NL))
			}
		}
		if p == nil {
			return
		}
		var walk func(ptr string, v any)
		walk = func(ptr string, v any) {
			pos := p.Position(ptr)
			if pos.Line > len(lines) || pos.Column > utf8.RuneCountInString(lines[pos.Line-1])+1 {
				t.Fatalf("Position(%q) = %d:%d is not in the file", ptr, pos.Line, pos.Column)
			}
			switch x := v.(type) {
			case map[string]any:
				for k, c := range x {
					walk(plan.Child(ptr, k), c)
				}
			case []any:
				for i, c := range x {
					walk(plan.Index(ptr, i), c)
				}
			case json.Number:
				if _, ok := new(big.Rat).SetString(string(x)); !ok {
					t.Fatalf("%s: number %.40s that big.Rat cannot read", ptr, x)
				}
			}
		}
		walk("", p.Value)
	})
}

// FuzzPointer: any pointer resolves to a position inside the file, and
// Child and Tokens agree on escaping.
func FuzzPointer(f *testing.F) {
	src, err := os.ReadFile("../../testdata/regions/zilverduin/2026.yaml")
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
