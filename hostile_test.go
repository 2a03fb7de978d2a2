package ggzcheck_test

import (
	"bytes"
	"context"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/report"
	"github.com/ggzcheck/ggzcheck/internal/sanitize/sanitizetest"
	"github.com/ggzcheck/ggzcheck/internal/timebudget"
)

// hostile lists every case in testdata/hostile with the rule it must break,
// or "" when it is accepted. What a policy advisor would want for each is
// written in the file's first line and in the README.
var hostile = map[string]string{
	"alias-bom":                     "yaml-limiet",
	"alias-lange-tekst":             "yaml-limiet",
	"alias-uitvouwen":               "yaml-limiet",
	"alleen-commentaar":             "yaml-leeg",
	"binary":                        "yaml-niet-ondersteund",
	"bom":                           "",
	"datum-kort":                    "schema-vorm",
	"datum-met-tijd":                "schema-vorm",
	"datum-met-tijdzone":            "schema-vorm",
	"datum-tussen-aanhalingstekens": "",
	"diepe-nesting":                 "yaml-limiet",
	"dubbele-sleutel":               "yaml-dubbele-sleutel",
	"eigen-tag":                     "yaml-niet-ondersteund",
	"getal":                         "schema-type",
	"getal-1e400":                   "yaml-ongeldige-waarde",
	"getal-5000-cijfers":            "yaml-ongeldige-waarde",
	"getal-exponent":                "yaml-ongeldige-waarde",
	"groter-dan-int64":              "schema-bereik",
	"leeg":                          "yaml-leeg",
	"lijst":                         "schema-type",
	"losse-cr":                      "yaml-syntaxis",
	"meerdere-documenten":           "yaml-meerdere-documenten",
	"merge-sleutel":                 "yaml-niet-ondersteund",
	"nan":                           "yaml-ongeldige-waarde",
	"nul-byte":                      "yaml-syntaxis",
	"oneindig":                      "yaml-ongeldige-waarde",
	"ongeldige-utf8":                "yaml-syntaxis",
	"scheidingstekens":              "schema-type",
	"stuurtekens-in-tekst":          "zorgvorm-operationalisatie", // waived: the plan passes
	"tabs":                          "yaml-syntaxis",
	"te-groot":                      "yaml-limiet", // checked with MaxBytes 1 KiB
	"twee-bom":                      "yaml-syntaxis",
	"windows-regeleinden":           "",
	"yaml11-ja-nee":                 "schema-type",
	"yaml11-octaal":                 "yaml-ongeldige-waarde",
	"yaml11-sexagesimaal":           "schema-type",
	"yaml11-underscore":             "yaml-ongeldige-waarde",
	"zeer-diepe-nesting":            "yaml-limiet",
}

// TestHostileInput checks every odd or hostile file end to end: the expected
// finding (or none), with a position, no panic, within one second and 200 MiB
// of allocation each.
func TestHostileInput(t *testing.T) {
	files, err := filepath.Glob("testdata/hostile/*.yaml")
	if err != nil || len(files) != len(hostile) {
		t.Fatalf("%d files in testdata/hostile, %d cases in the table (%v)", len(files), len(hostile), err)
	}
	ctx := context.Background()
	normal, err := check.New(ctx, check.Options{Engines: &engines})
	if err != nil {
		t.Fatal(err)
	}
	small, err := check.New(ctx, check.Options{MaxBytes: 1 << 10, Engines: &engines})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			want, ok := hostile[name]
			if !ok {
				t.Fatalf("no expectation for %s", file)
			}
			c := normal
			if name == "te-groot" {
				c = small
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			rep, err := c.Files(ctx, []string{file})
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if limit := timebudget.Scaled(time.Second); took > limit {
				t.Errorf("took %s; the limit is %s", took, limit)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
				t.Errorf("allocated %d MiB; the limit is 200 MiB", alloc>>20)
			}
			var rules []string
			for _, f := range rep.Results[0].Findings {
				rules = append(rules, f.Rule)
				if f.Line < 1 || f.Column < 1 {
					t.Errorf("finding without position: %+v", f)
				}
			}
			slices.Sort(rules)
			rules = slices.Compact(rules)
			switch {
			case want == "" && (len(rules) > 0 || !rep.Results[0].Passed()):
				t.Errorf("must be accepted; got %v", rules)
			case want != "" && (len(rules) != 1 || rules[0] != want):
				t.Errorf("got %v, want only %s", rules, want)
			}
			var out bytes.Buffer
			if err := report.Write(&out, report.Text, rep, report.Options{Lang: finding.NL}); err != nil {
				t.Fatal(err)
			}
			golden(t, strings.TrimSuffix(file, ".yaml")+".golden", out.String())
			// No format for people lets the file's hostile content through.
			for _, f := range []report.Format{report.Text, report.GitHub, report.Markdown, report.JUnit, report.HTML} {
				out.Reset()
				if err := report.Write(&out, f, rep, report.Options{Lang: finding.NL, Verbose: true}); err != nil {
					t.Fatal(err)
				}
				sanitizetest.Human(t, string(f), out.String(), func(line string) bool { return f == report.GitHub })
			}
		})
	}
}
