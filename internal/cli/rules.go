package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/ruledoc"
)

func newRules(stdio IO) *cobra.Command {
	var format string
	var names, policyDirs []string
	for _, f := range ruledoc.Formats() {
		names = append(names, string(f))
	}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Toon alle regels: id, ernst, titel en bron",
		Long: `Toont elke regel die ggzcheck controleert, per afspraak, met id, ernst, titel en bron.
De lijst komt uit de METADATA van de beleidsregels en is dus altijd actueel.
--format markdown maakt de pagina docs/rules.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := knownFormat(format, names); err != nil {
				return err
			}
			l, err := langOf(cmd)
			if err != nil {
				return err
			}
			rules, err := rulesOf(cmd, stdio, policyDirs, l)
			if err != nil {
				return err
			}
			return ruledoc.WriteList(stdio.Stdout, ruledoc.Format(format), rules, l)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", string(ruledoc.Text), "uitvoerformaat: "+strings.Join(names, ", "))
	cmd.Flags().StringArrayVar(&policyDirs, "policy", nil, "`MAP` met eigen beleidsregels om mee te tonen")
	return cmd
}

func newExplain(stdio IO) *cobra.Command {
	var policyDirs []string
	cmd := &cobra.Command{
		Use:     "explain REGEL",
		Short:   "Leg een regel uit: waarom, de bron, wat faalt, wat voldoet en hoe u het oplost",
		Example: "  ggzcheck explain deelnemers-mandaat\n  ggzcheck explain --lang en disbalans-plan",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := langOf(cmd)
			if err != nil {
				return err
			}
			rules, err := rulesOf(cmd, stdio, policyDirs, l)
			if err != nil {
				return err
			}
			rule, err := ruledoc.Find(rules, args[0])
			if err != nil {
				return usage(err)
			}
			if err := ruledoc.WriteExplain(stdio.Stdout, rule, l); err != nil {
				return err
			}
			// A user's rule (--policy) says where it comes from: it is not one
			// of the agreements.
			if rule.PolicyFile != "" {
				from := map[finding.Lang]string{finding.NL: "Eigen beleidsregel uit", finding.EN: "User policy from"}[l]
				_, err = fmt.Fprintf(stdio.Stdout, "\n%s %s\n", from, rule.PolicyFile)
			}
			return err
		},
	}
	cmd.Flags().StringArrayVar(&policyDirs, "policy", nil, "`MAP` met eigen beleidsregels")
	return cmd
}

// rulesOf lists the rules in effect: the built-in ones from the catalogue
// written at build time, so that listing and explaining them never compiles
// the policies; with user policies, as the compiled set declares them.
func rulesOf(cmd *cobra.Command, stdio IO, policyDirs []string, l finding.Lang) ([]finding.Rule, error) {
	if len(policyDirs) == 0 {
		return ruledoc.Builtin()
	}
	checker, err := newChecker(cmd, stdio, check.Options{PolicyDirs: policyDirs}, l)
	if err != nil {
		return nil, err
	}
	return checker.Rules(), nil
}
