package policy

import (
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
)

// forbidden lists builtins that reach outside the plan (network, runtime,
// environment) or give a different answer on each run (clock, randomness).
// A verdict that gates a merge must depend on the plan alone.
var forbidden = []string{
	"http.send",
	"net.lookup_ip_addr",
	"opa.runtime",
	"time.now_ns",
	"rand.intn",
	"uuid.rfc4122",
}

// Capabilities returns OPA's capabilities for this version less the forbidden
// builtins, so a policy that calls one fails to compile.
func Capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	c.Builtins = slices.DeleteFunc(slices.Clone(c.Builtins), func(b *ast.Builtin) bool {
		return slices.Contains(forbidden, b.Name)
	})
	c.AllowNet = []string{}
	return c
}
