package policy

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/cputime"
	"github.com/ggzcheck/ggzcheck/internal/generate"
	"github.com/ggzcheck/ggzcheck/internal/plan"
)

// BenchmarkComparison evaluates agreement A (aanbodbehoud) on plans compared
// with earlier plans, as check passes them in input.eerdere_plannen: what
// nearly every real region plan costs, as it has a previous year. Run it on
// one core, side by side with a base:
//
//	go test -run '^$' -bench Comparison -cpu 1 ./internal/policy/
func BenchmarkComparison(b *testing.B) {
	bundle, err := ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err != nil {
		b.Fatal(err)
	}
	e, err := build(context.Background(), bundle, "data.ggzcheck.afspraken.aanbodbehoud.overtreding")
	if err != nil {
		b.Fatal(err)
	}
	for _, set := range []struct {
		name  string
		plans []*plan.Plan
	}{
		{"generated", generatedComparisons(b, 40)},
		{"vergelijking", testdataComparisons(b)},
	} {
		b.Run(set.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cputime.Used()
			for b.Loop() {
				for _, p := range set.plans {
					if _, err := e.Evaluate(context.Background(), p); err != nil {
						b.Fatal(err)
					}
				}
			}
			cputime.PerPlan(b, len(set.plans), cpu)
		})
	}
}

// earlierVariants change a generated plan into an earlier version of it, so
// that each path of the comparison runs: unchanged, a department that shrank
// (with the care form's capacity), one renamed at the same provider and
// facility, one that disappeared, a care form no longer present, and a
// provider renamed (its departments gone, their successors new).
var earlierVariants = [][]string{
	nil,
	{"capaciteit: 780\n", "capaciteit: 880\n", "patienten_binnen_regio: 1120\n", "patienten_binnen_regio: 1220\n"},
	{"afdeling: PAAZ\n", "afdeling: PAAZ Duinrand\n"},
	{"        capaciteit: 180\n", "        capaciteit: 180\n      - aanbieder: GGZ Noord\n        afdeling: Herstelteam\n        voorziening: herstelteam\n        capaciteit: 120\n"},
	{"hoogspecialistisch_ziekenhuis:\n    aanwezig: false\n", "hoogspecialistisch_ziekenhuis:\n    aanwezig: true\n"},
	{"aanbieder: Ziekenhuis Duinrand (PAAZ en MPU)\n", "aanbieder: Ziekenhuis Duinrand\n"},
}

// generatedComparisons returns n generated plans that pass the schema, each
// compared with the previous year's plan (a neighbour, varied), and every
// second one also with its own version at base (varied).
func generatedComparisons(b *testing.B, n int) []*plan.Plan {
	b.Helper()
	earlierPlan := func(i, variant int) any {
		text := string(generate.Plan(1, i))
		v := earlierVariants[variant%len(earlierVariants)]
		for j := 0; j < len(v); j += 2 {
			text = strings.ReplaceAll(text, v[j], v[j+1])
		}
		p, _ := plan.Load(fmt.Sprint(i), []byte(text), plan.DefaultLimits)
		if p == nil {
			b.Fatalf("earlier plan %d, variant %d does not load", i, variant)
		}
		return p.Value
	}
	var out []*plan.Plan
	for i, p := range schemaValidPlans(b, n) {
		list := []any{map[string]any{"bestand": fmt.Sprintf("regions/buur-%d/2025.yaml", i), "inkoopjaar": 2025, "plan": earlierPlan(i+1, i)}}
		if i%2 == 1 {
			own := map[string]any{"bestand": fmt.Sprintf("regions/regio-%d/2026.yaml", i), "revisie": "main", "inkoopjaar": 2026, "plan": earlierPlan(i, i+3)}
			list = append([]any{own}, list...)
		}
		out = append(out, withEarlier(p, list))
	}
	return out
}

// testdataComparisons returns the plans of testdata/vergelijking, each
// compared with 2026.yaml there, at a base revision.
func testdataComparisons(b *testing.B) []*plan.Plan {
	b.Helper()
	dir := filepath.Join("..", "..", "testdata", "vergelijking")
	load := func(name string) *plan.Plan {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		p, _ := plan.Load(name, data, plan.DefaultLimits)
		if p == nil {
			b.Fatalf("%s does not load", name)
		}
		return p
	}
	earlier := load("2026.yaml")
	names, err := fs.Glob(os.DirFS(dir), "*.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var out []*plan.Plan
	for _, name := range names {
		if name == "2026.yaml" {
			continue
		}
		e := map[string]any{"bestand": "regions/testregio/2026.yaml", "revisie": "HEAD", "inkoopjaar": 2026, "plan": earlier.Value}
		out = append(out, withEarlier(load(name), []any{e}))
	}
	return out
}

// withEarlier adds the earlier plans to a plan's value as check does.
func withEarlier(p *plan.Plan, list []any) *plan.Plan {
	value := maps.Clone(p.Value.(map[string]any))
	value["eerdere_plannen"] = list
	value["vorige_versie"] = list[0]
	return p.WithValue(value)
}
