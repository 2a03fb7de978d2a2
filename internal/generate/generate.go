// Package generate writes realistic, varied plans for benchmarks: the
// Zilverduin example with other region codes and figures, and about one in
// five broken in one of several ways. The same seed gives the same plans.
package generate

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
)

//go:embed sjabloon.yaml
var template string

// figure is a number the generator varies: demand and waiting. Capacity
// stays as in the template, where each care form's departments add up to its
// stated capacity, as in a real plan (aanbod-afdelingen-capaciteit).
var figure = regexp.MustCompile(`(?m)^(\s+(?:verwachte_jaarlijkse_vraag|werkelijke_jaarlijkse_vraag|aantal_wachtenden): )(\d+)$`)

// breakages each break one agreement, to vary what the check finds.
var breakages = []struct{ old, new string }{
	{"redenen: [zorgtransformatie]\n    toelichting: >-", "redenen: [financieel]\n    toelichting: >-"},
	{"      email: i.smit@kustpolis.example\n    mandaat: true", "      email: i.smit@kustpolis.example\n    mandaat: false"},
	{"    onafhankelijk: true\n", "    onafhankelijk: false\n"},
	{"  - zorgvorm: beveiligde_zorg\n    titel:", "  - zorgvorm: acute_zorg\n    titel:"},
	{"inkoopjaar: 2026\n", "inkoopjaar: twintig\n"},
}

// Plan returns plan i of a set generated from seed.
func Plan(seed uint64, i int) []byte {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	code := fmt.Sprintf("regio-%05d", i)
	s := strings.ReplaceAll(template, "code: zilverduin", "code: "+code)
	s = strings.Replace(s, "  naam: Zilverduin\n", fmt.Sprintf("  naam: Regio %05d\n", i), 1)
	// Vary every figure by up to 20% either way.
	s = figure.ReplaceAllStringFunc(s, func(line string) string {
		m := figure.FindStringSubmatch(line)
		n, _ := strconv.Atoi(m[2])
		n = n * (80 + r.IntN(41)) / 100
		return m[1] + strconv.Itoa(n)
	})
	if r.IntN(5) == 0 {
		b := breakages[r.IntN(len(breakages))]
		s = strings.Replace(s, b.old, b.new, 1)
	}
	return []byte(s)
}
