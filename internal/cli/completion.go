package cli

import (
	"github.com/spf13/cobra"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// newCompletion writes the shell completion scripts. It replaces cobra's
// completion command, which is hidden here before and English.
func newCompletion(stdio IO, lang finding.Lang) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "completion",
		Short: "Maak het script dat commando's, opties en paden aanvult in bash, zsh, fish of PowerShell",
		Long: `Schrijft het script waarmee uw shell commando's, opties en paden van ggzcheck aanvult
met Tab. Laad het in de huidige shell, of zet het op de plek waar uw shell zulke scripts
leest:

  bash:        source <(ggzcheck completion bash)
               ggzcheck completion bash > /etc/bash_completion.d/ggzcheck
  zsh:         ggzcheck completion zsh > "${fpath[1]}/_ggzcheck"
  fish:        ggzcheck completion fish > ~/.config/fish/completions/ggzcheck.fish
  PowerShell:  ggzcheck completion powershell | Out-String | Invoke-Expression`,
		// Without a shell it shows its help; cobra would show the help for
		// an unknown shell too.
		Args: cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownCommand(lang)(c, args)
			}
			return c.Help()
		},
	}
	shells := []struct {
		name, short string
		write       func(root *cobra.Command) error
	}{
		{"bash", "Het aanvulscript voor bash (vraagt het pakket bash-completion)", func(r *cobra.Command) error { return r.GenBashCompletionV2(stdio.Stdout, true) }},
		{"zsh", "Het aanvulscript voor zsh", func(r *cobra.Command) error { return r.GenZshCompletion(stdio.Stdout) }},
		{"fish", "Het aanvulscript voor fish", func(r *cobra.Command) error { return r.GenFishCompletion(stdio.Stdout, true) }},
		{"powershell", "Het aanvulscript voor PowerShell", func(r *cobra.Command) error { return r.GenPowerShellCompletionWithDesc(stdio.Stdout) }},
	}
	for _, sh := range shells {
		cmd.AddCommand(&cobra.Command{
			Use:   sh.name,
			Short: sh.short,
			Args:  cobra.NoArgs,
			RunE: func(c *cobra.Command, _ []string) error {
				if err := sh.write(c.Root()); err != nil {
					return &ExitError{Code: check.ExitTool, Err: err}
				}
				return nil
			},
		})
	}
	return cmd
}
