package cli

import (
	"fmt"
	"io"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/provenance"
)

func newVersion(stdio IO) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Toon de versie van ggzcheck, de commit en de vingerafdruk van de regels",
		Long: `Toont welke ggzcheck dit is: de versie, de commit waaruit hij gebouwd is, de SHA-256
van de ingebouwde beleidsregels en schema's, en de versies van OPA en Go. Elk rapport vermeldt dezelfde gegevens,
zodat na te gaan is met welke regels een oordeel tot stand kwam.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeVersion(stdio.Stdout)
		},
	}
}

// writeVersion prints what `ggzcheck version` and `--version` print. It reads
// the embedded files, but compiles nothing.
func writeVersion(w io.Writer) error {
	tool := provenance.Current()
	digest, err := check.PolicyDigest()
	if err != nil {
		return &ExitError{Code: check.ExitTool, Err: err}
	}
	fmt.Fprintf(w, "ggzcheck %s\n", tool.Version)
	if tool.Revision != "" {
		modified := ""
		if tool.Modified {
			modified = " (met lokale wijzigingen)"
		}
		fmt.Fprintf(w, "commit:          %s%s\n", tool.Revision, modified)
	}
	fmt.Fprintf(w, "beleidsregels:   sha256:%s\n", digest)
	fmt.Fprintf(w, "opa:             %s\n", provenance.OPAVersion())
	fmt.Fprintf(w, "go:              %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}
