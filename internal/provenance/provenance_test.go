package provenance

import (
	"testing"
	"testing/fstest"
)

func TestTreeChangesWithAnyFile(t *testing.T) {
	base := fstest.MapFS{
		"policies/a.rego":        {Data: []byte("package a")},
		"policies/gegevens.yaml": {Data: []byte("x: 1")},
		"schemas/plan.json":      {Data: []byte("{}")},
	}
	d0, err := Tree(base, "policies", "schemas")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Tree(base, "schemas", "policies")
	if again != d0 {
		t.Error("the digest depends on the order of the roots")
	}
	for name, change := range map[string]fstest.MapFS{
		"rule":   {"policies/a.rego": {Data: []byte("package b")}},
		"datum":  {"policies/gegevens.yaml": {Data: []byte("x: 2")}},
		"schema": {"schemas/plan.json": {Data: []byte(`{"type":"object"}`)}},
		"added":  {"policies/b.rego": {Data: []byte("package b")}},
		"moved":  {"policies/a.rego": nil, "policies/c.rego": {Data: []byte("package a")}},
	} {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		for k, v := range change {
			if v == nil {
				delete(fsys, k)
			} else {
				fsys[k] = v
			}
		}
		if d, _ := Tree(fsys, "policies", "schemas"); d == d0 {
			t.Errorf("%s: the digest did not change", name)
		}
	}
}

func TestCurrentHasAVersion(t *testing.T) {
	if Current().Version == "" {
		t.Error("no version")
	}
	old := version
	defer func() { version = old }()
	version = "v1.2.3"
	if got := Current().Version; got != "v1.2.3" {
		t.Errorf("version set at build time: %q", got)
	}
}
