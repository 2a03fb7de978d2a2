// Command benchcheck compares a fresh benchmark run with the recorded
// figures and fails when a benchmark got slower beyond noise.
//
//	go test -run '^$' -bench ... -count 5 ./internal/check/ | go run ./internal/tools/benchcheck docs/bench/baseline.txt
//
// It compares the median processor time per plan (cpu-µs/plan) of each
// benchmark present in both, or the median ns/op where a run lacks it:
// processor time does not count the waits for a busy core. The
// margin (default 25%) is well above the run-to-run spread seen on the
// 2-core reference machine (up to 8% between runs), and well below the
// slowdowns worth catching: losing the worker pool halves throughput.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

func main() {
	margin := flag.Float64("margin", 0.25, "allowed slowdown of the median, as a fraction")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "gebruik: go test -bench ... | benchcheck [-margin 0.25] baseline.txt")
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	base, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer base.Close()
	recorded, err := medians(base)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fresh, err := medians(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	lines, slower := compare(recorded, fresh, *margin)
	for _, l := range lines {
		fmt.Println(l)
	}
	if slower {
		fmt.Printf("trager dan de vastgelegde cijfers (marge %.0f%%)\n", *margin*100)
		os.Exit(1)
	}
}

// units are the figures compare uses, the first that both runs have.
var units = []string{"cpu-µs/plan", "ns/op"}

// medians reads `go test -bench` output and returns each benchmark's median
// per unit of units.
func medians(r io.Reader) (map[string]map[string]float64, error) {
	runs := map[string]map[string][]float64{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") {
			continue
		}
		for i := 2; i+1 < len(fields); i++ {
			if !slices.Contains(units, fields[i+1]) {
				continue
			}
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", sc.Text(), err)
			}
			if runs[fields[0]] == nil {
				runs[fields[0]] = map[string][]float64{}
			}
			runs[fields[0]][fields[i+1]] = append(runs[fields[0]][fields[i+1]], v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	out := make(map[string]map[string]float64, len(runs))
	for name, byUnit := range runs {
		out[name] = map[string]float64{}
		for unit, vs := range byUnit {
			slices.Sort(vs)
			out[name][unit] = vs[len(vs)/2]
		}
	}
	return out, nil
}

// compare reports every benchmark in both runs, and whether any is slower
// than recorded by more than margin.
func compare(recorded, fresh map[string]map[string]float64, margin float64) (lines []string, slower bool) {
	names := make([]string, 0, len(fresh))
	for name := range fresh {
		if _, ok := recorded[name]; ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	compared := 0
	for _, name := range names {
		i := slices.IndexFunc(units, func(u string) bool {
			_, before := recorded[name][u]
			_, after := fresh[name][u]
			return before && after
		})
		if i < 0 {
			continue
		}
		compared++
		unit := units[i]
		was, now := recorded[name][unit], fresh[name][unit]
		change := now/was - 1
		verdict := "ok"
		if change > margin {
			verdict = "TRAGER"
			slower = true
		}
		lines = append(lines, fmt.Sprintf("%-45s %14.0f -> %14.0f %-11s %+6.1f%%  %s", name, was, now, unit, change*100, verdict))
	}
	if compared == 0 {
		lines = append(lines, "geen gemeenschappelijke benchmarks: niets vergeleken")
		slower = true
	}
	return lines, slower
}
