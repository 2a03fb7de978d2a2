//go:build !unix

package safefile

import "os"

// Elsewhere there are no FIFOs to block on open; the type check still applies.
const openFlags = os.O_RDONLY
