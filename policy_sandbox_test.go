package ggzcheck_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPolicyCannotBendTheAgreements runs the attacks shown on the landed
// tool through the CLI: a --policy that switched off an agreement, changed a
// threshold behind the reported config, or spoke as a built-in rule. Each is
// now refused at load, exit 2, at the user's file and line.
func TestPolicyCannotBendTheAgreements(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ dir, want string }{
		{"testdata/policies/aanval-maatregel", "testdata/policies/aanval-maatregel/disbalans.rego:1: package ggzcheck.afspraken.disbalans hoort bij de ingebouwde afspraken"},
		{"testdata/policies/aanval-drempel", "testdata/policies/aanval-drempel/drempel.rego:1: package ggzcheck.gegevens.disbalans hoort bij de ingebouwde afspraken"},
		{"testdata/policies/aanval-regel-id", "testdata/policies/aanval-regel-id/nep.rego:6: package ggzcheck.afspraken.nep hoort bij de ingebouwde afspraken"},
	} {
		t.Run(filepath.Base(tt.dir), func(t *testing.T) {
			r := ggzcheck(t, runOptions{}, "check", "--format", "json", "--policy", tt.dir, "testdata/plans/disbalans-plan.yaml")
			if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", r.code, r.stdout, r.stderr, tt.want)
			}
		})
	}

	// The third attack moved into the user's own namespace is refused too:
	// where the id is written out, and else when the plan is evaluated.
	dir := t.TempDir()
	for name, tt := range map[string]struct{ regel, want string }{
		"literal": {`"deelnemers-kerninstelling"`, "nep.rego:9: regel-id \"deelnemers-kerninstelling\" staat niet in de METADATA van dit package"},
		"built":   {`concat("-", ["deelnemers", "kerninstelling"])`, "package eigen.nep meldt een overtreding met regel-id \"deelnemers-kerninstelling\""},
	} {
		t.Run(name, func(t *testing.T) {
			d := filepath.Join(dir, name)
			src := "package eigen.nep\n# METADATA\n# title: t\n# custom:\n#   id: eigen-nep\n#   severity: error\n#   source: s\n#   title_en: t\n" +
				"overtreding contains {\"regel\": " + tt.regel + ", \"pad\": \"/deelnemers\", \"nl\": \"n\", \"en\": \"e\"} if true\n"
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, "nep.rego"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			r := ggzcheck(t, runOptions{}, "check", "--policy", d, "testdata/basis.yaml")
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tt.want)
			}
		})
	}
}

// TestPolicySandboxHasNoClockNorMachine checks through the CLI that builtins
// that read the clock or the machine, or differ per run, are refused at
// compile with the plain message: a JWT checked against now, an ECDSA
// signature, certificates verified against now.
func TestPolicySandboxHasNoClockNorMachine(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, call := range map[string]string{
		"io.jwt.decode_verify":                      `io.jwt.decode_verify("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2ln", {"secret": "s"})`,
		"io.jwt.encode_sign":                        `io.jwt.encode_sign({"alg": "ES256"}, {"sub": "x"}, {"kty": "EC", "crv": "P-256", "d": "x", "x": "x", "y": "x"})`,
		"crypto.x509.parse_and_verify_certificates": `crypto.x509.parse_and_verify_certificates(input.certificaten)`,
		"json.match_schema":                         `json.match_schema(input, {"$ref": "file:///etc/passwd"})`,
	} {
		t.Run(name, func(t *testing.T) {
			d := filepath.Join(dir, strings.ReplaceAll(name, ".", "-"))
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, "x.rego"), []byte("package eigen.x\n\nuitkomst := "+call+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			r := ggzcheck(t, runOptions{}, "check", "--policy", d, "testdata/basis.yaml")
			want := filepath.ToSlash(d) + "/x.rego:3: " + name + " is niet toegestaan: deze functie "
			if r.code != 2 || !strings.Contains(r.stderr, want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, want)
			}
		})
	}
}

// TestPolicyFileTooLarge checks that an oversized policy file is refused
// before it is read whole or compiled (300,000 rules once took 140 s).
func TestPolicyFileTooLarge(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("package eigen.groot\n")
	for i := 0; b.Len() <= 64<<10; i++ {
		b.WriteString("r" + strings.Repeat("x", 20) + " := 1\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "groot.rego"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r := ggzcheck(t, runOptions{}, "check", "--policy", dir, "testdata/basis.yaml")
	want := filepath.ToSlash(dir) + "/groot.rego is groter dan 64 KiB"
	if r.code != 2 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, want)
	}
}
