// Command catalogue writes internal/ruledoc/builtin.json: every built-in
// rule as the compiled policies declare it, so that `ggzcheck rules` and
// `explain` need not compile them. Run by `make docs`.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/ruledoc"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "gebruik: catalogue BESTAND")
		os.Exit(2)
	}
	c, err := check.New(context.Background(), check.Options{})
	if err == nil {
		var b []byte
		if b, err = ruledoc.MarshalBuiltin(c.Rules()); err == nil {
			err = os.WriteFile(os.Args[1], b, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "catalogue:", err)
		os.Exit(1)
	}
}
