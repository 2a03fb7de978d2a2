package check

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const ownRule = `package eigen.proef
import data.ggzcheck.lib
# METADATA
# title: Proef
# custom:
#   id: eigen-proef
#   severity: warning
#   source: test
#   title_en: Trial
overtreding contains v if {
	input.regio.code == "%s"
	v := lib.bevinding(rego.metadata.rule(), "", "proef", "trial")
}
`

// TestEnginesShareWhatIsTheSame: Checkers built with one Engines share a
// compiled policy exactly when the policies, the user's files (by content)
// and the config are the same, and a cached one gives the same verdict as
// a fresh one.
func TestEnginesShareWhatIsTheSame(t *testing.T) {
	dir := t.TempDir()
	own := filepath.Join(dir, "eigen")
	write := func(name, content string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("eigen/proef.rego", strings.Replace(ownRule, "%s", "testregio", 1))
	strict := write("streng.yaml", "disbalans:\n  lange_wachttijd_weken: 3\n")
	mild := write("mild.yaml", "disbalans:\n  lange_wachttijd_weken: 30\n")

	var engines Engines
	build := func(opts Options) *Checker {
		t.Helper()
		opts.Engines = &engines
		c, err := New(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	plain := build(Options{})
	if again := build(Options{ReferenceDate: "2026-01-01", KeepPlans: true}); again.policy != plain.policy || again.schema != plain.schema {
		t.Error("options that do not touch the policies compiled them again")
	}
	withConfig, withOther := build(Options{ConfigFile: strict}), build(Options{ConfigFile: mild})
	withOwn := build(Options{PolicyDirs: []string{own}})
	for name, c := range map[string]*Checker{"config": withConfig, "other config": withOther, "user policy": withOwn} {
		if c.policy == plain.policy {
			t.Errorf("%s: shares the standard engine", name)
		}
	}
	if withConfig.policy == withOther.policy {
		t.Error("two configs share an engine")
	}
	if build(Options{ConfigFile: strict}).policy != withConfig.policy || build(Options{PolicyDirs: []string{own}}).policy != withOwn.policy {
		t.Error("the same config or user policy compiled again")
	}
	// A broken policy is not kept: once changed, it compiles, anew.
	write("eigen/proef.rego", "package eigen.proef\novertreding contains v if {")
	if _, err := New(context.Background(), Options{PolicyDirs: []string{own}, Engines: &engines}); err == nil {
		t.Fatal("a broken user policy compiled")
	}
	write("eigen/proef.rego", strings.Replace(ownRule, "%s", "anders", 1))
	if changed := build(Options{PolicyDirs: []string{own}}); changed.policy == withOwn.policy {
		t.Error("a changed user policy file was not compiled again")
	}

	// The same verdict from a shared engine as from a fresh one, with a
	// config that makes findings.
	fresh, err := New(context.Background(), Options{ConfigFile: strict})
	if err != nil {
		t.Fatal(err)
	}
	want, err := fresh.Files(context.Background(), []string{"../../testdata/basis.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := withConfig.Files(context.Background(), []string{"../../testdata/basis.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Results, want.Results) || len(want.Results) != 1 || len(want.Results[0].Findings) == 0 {
		t.Errorf("shared engine gives %+v, fresh %+v", got.Results, want.Results)
	}
}

// TestConfigReachesTheConstants: the policy constants computed once per
// engine (internal/policy/constants.go) come from that engine's own config,
// whichever engine was built before it from the same parsed policies.
func TestConfigReachesTheConstants(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../testdata/basis.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const motivation = "motivatie: Geen verslavingsarts op de afdeling; opname bij de verslavingskliniek."
	if !strings.Contains(string(src), motivation) {
		t.Fatal("testdata/basis.yaml no longer has the motivation this test replaces")
	}
	plan := filepath.Join(dir, "plan.yaml")
	config := filepath.Join(dir, "plaatshouders.yaml")
	for name, content := range map[string]string{
		plan:   strings.Replace(string(src), motivation, "motivatie: Volgens afspraak.", 1),
		config: "plaatshouders:\n  teksten: [volgens afspraak]\n",
	} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var engines Engines
	placeholders := func(opts Options) int {
		t.Helper()
		opts.Engines = &engines
		c, err := New(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := c.Files(context.Background(), []string{plan})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range rep.Results[0].Findings {
			if f.Rule == "exclusie-motivatie" && strings.Contains(f.Message.NL, "plaatshouder") {
				n++
			}
		}
		return n
	}
	for i, tt := range []struct {
		config string
		want   int
	}{{"", 0}, {config, 1}, {"", 0}, {config, 1}} {
		if got := placeholders(Options{ConfigFile: tt.config}); got != tt.want {
			t.Errorf("check %d (config %q): %d placeholder findings, want %d", i+1, tt.config, got, tt.want)
		}
	}
}
