package policy

import (
	"maps"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// A verdict that gates a merge must depend on the plan and the policies
// alone. The sandbox is OPA's own builtin table less every builtin that
// reaches outside (network, files, environment) or answers differently per
// run (clock, randomness), decided in three ways, most specific first:
//
//  1. denied: builtins excluded by hand, each with its reason: those that
//     read the clock or the machine though OPA does not mark them
//     nondeterministic, and some it does mark, to say more precisely why.
//  2. deniedGroups: whole families, by OPA's category or by the first part
//     of the name, so that a builtin OPA adds to such a family later is
//     excluded too.
//  3. OPA's own Nondeterministic flag.
//
// TestBuiltinVerdicts compares the verdict on every builtin with a committed
// list, so a new OPA version cannot widen the sandbox unnoticed. Each reason
// completes the sentence "deze functie ...", the message a policy author sees
// (explainCompileErrors).
var denied = map[string]string{
	"time.now_ns":          "leest de klok",
	"uuid.rfc4122":         "maakt een willekeurige uuid (toeval)",
	"net.lookup_ip_addr":   "vraagt een adres op in de DNS (netwerk)",
	"io.jwt.decode_verify": "vergelijkt de geldigheid van het token (exp, nbf) met de klok",
	// Go's x509 verification takes the current time unless told otherwise.
	"crypto.x509.parse_and_verify_certificates":              "controleert de geldigheid van certificaten tegen de klok",
	"crypto.x509.parse_and_verify_certificates_with_options": "controleert de geldigheid van certificaten tegen de klok",
	// A $ref in the schema is followed: file:// reads any file on the machine
	// (a FIFO or /dev/zero too), http(s):// fetches it from the network.
	"json.match_schema":  "volgt $ref in een schema naar bestanden op de machine of op het netwerk",
	"json.verify_schema": "volgt $ref in een schema naar bestanden op de machine of op het netwerk",
	// Each takes [ns, tz]: "Local" reads TZ, other names the machine's zone
	// database, so the same plan could pass on one runner and fail on another.
	"time.date":     tzReason,
	"time.clock":    tzReason,
	"time.weekday":  tzReason,
	"time.format":   tzReason,
	"time.add_date": tzReason,
	"time.diff":     tzReason,
}

const tzReason = "rekent in een tijdzone: 'Local' leest de omgeving (TZ), andere namen de tijdzonegegevens van de machine"

// deniedGroups excludes families of builtins: a key with a dot at the end is
// a name prefix, any other key is one of OPA's categories.
var deniedGroups = map[string]string{
	"http.":         "bereikt het netwerk",
	"opa.":          "leest de omgeving van het proces",
	"rand.":         "gebruikt toeval",
	"tokensign":     "ondertekent tokens; ES- en PS-handtekeningen gebruiken toeval",
	"providers.aws": "ondertekent verzoeken aan AWS, iets voor het netwerk",
}

// nondeterministic is the reason for a builtin excluded only by OPA's flag.
const nondeterministic = "kan per run een ander antwoord geven (OPA markeert haar als niet-deterministisch)"

// conditions are checked on each call of an allowed builtin (see checkCalls).
var conditions = map[string]string{
	"time.parse_ns": "alleen met een vaste opmaak zonder tijdzone-afkorting (MST): die leest de omgeving (TZ)",
}

// verdict is the sandbox's decision on one builtin.
type verdict struct {
	name   string
	reason string // why it is excluded; "" when allowed
}

// judge decides on one builtin of OPA's table.
func judge(b *ast.Builtin) verdict {
	if r, ok := denied[b.Name]; ok {
		return verdict{b.Name, r}
	}
	for _, group := range slices.Sorted(maps.Keys(deniedGroups)) {
		prefix, isPrefix := strings.CutSuffix(group, ".")
		if isPrefix && strings.HasPrefix(b.Name, prefix+".") || !isPrefix && slices.Contains(b.Categories, group) {
			return verdict{b.Name, deniedGroups[group]}
		}
	}
	if b.Nondeterministic {
		return verdict{b.Name, nondeterministic}
	}
	return verdict{b.Name, ""}
}

// verdicts judges every builtin of this OPA version, by name.
func verdicts() []verdict {
	all := ast.CapabilitiesForThisVersion().Builtins
	out := make([]verdict, 0, len(all))
	for _, b := range all {
		out = append(out, judge(b))
	}
	slices.SortFunc(out, func(a, b verdict) int { return strings.Compare(a.name, b.name) })
	return out
}

// excluded maps each excluded builtin to the reason, for error messages.
func excluded() map[string]string {
	out := map[string]string{}
	for _, v := range verdicts() {
		if v.reason != "" {
			out[v.name] = v.reason
		}
	}
	return out
}

// Capabilities returns OPA's capabilities for this version less the excluded
// builtins, so a policy that calls one fails to compile, and with no network
// access for any builtin that would still ask.
func Capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	c.Builtins = slices.DeleteFunc(slices.Clone(c.Builtins), func(b *ast.Builtin) bool {
		return judge(b).reason != ""
	})
	c.AllowNet = []string{}
	return c
}
