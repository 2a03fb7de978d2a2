package cli

// english holds the English of every help text, keyed by command path
// (without the program's name; "ggzcheck" for the root) and field (use,
// short, long, example), or by command path and flag ("check --format").
// Dutch, the default, is written where the command is built; a test checks
// that every text has its English here and that nothing here is left over.
var english = map[string]string{
	"ggzcheck.short": "Checks regional plans for crucial mental-health care against the national agreements",
	"ggzcheck.long": `ggzcheck checks the regional plans for crucial mental-health care (one YAML file per
region per contracting year) against the plan format and the agreements of the
Gespreksleidraad cruciale ggz (21 June 2024) and the note for the BO cruciale ggz
(20 March 2024).

Exit codes: 0 every plan passes (warnings allowed), 1 at least one plan has an error
(or a warning, with --fail-on-warning), 2 ggzcheck could not run (wrong option,
unreadable path, broken policy).`,
	"ggzcheck --lang":    "the `LANGUAGE` of messages, reports and help: nl or en (without this option: en when LC_ALL, LC_MESSAGES or LANG starts with en, else nl)",
	"ggzcheck --version": "show the version of ggzcheck (see also 'ggzcheck version')",

	"check.use":   "check [PATH... | PATTERN... | -]",
	"check.short": "Check plans against the plan format and the agreements",
	"check.long": `Checks every plan (a file, every *.yaml and *.yml file in a directory, every plan a
quoted pattern such as 'regions/**/2026.yaml' finds, or - for a plan on standard input)
against the plan format and the agreements, and reports every finding with file, line
and column. Without a path ggzcheck checks the directory ` + DefaultPath + `/.`,
	"check.example": `  ggzcheck check
  ggzcheck check regions/zilverduin/2026.yaml -o json
  ggzcheck check 'regions/**/2027.yaml' --quiet
  cat plan.yaml | ggzcheck check - --stdin-name regions/zilverduin/2027.yaml
  ggzcheck check --lang en --fail-on-warning regions/
  ggzcheck check --config stricter.yaml regions/`,
	"check --format":          "output format: text, json, sarif, github, markdown, junit, html; repeat with --out for more reports in one run",
	"check --output":          "the same as --format (as in conftest): -o json is the format json, not a file",
	"check --out":             "write the report to this `FILE` instead of standard output (- is standard output); one --out per --format",
	"check --quiet":           "show only the plans that fail and the summary (text report); the exit code stays the same",
	"check --fail-on-warning": "exit with code 1 when there are warnings (deviations with a valid motivation do not count)",
	"check --config":          "YAML `FILE` with thresholds and dates that differ from policies/gegevens.yaml (see schemas/config.schema.json)",
	"check --verbose":         "also show per plan the rules that pass or were not checked (text and sarif; json always does)",
	"check --base":            "compare every plan with its version at this git `REVISION` (for example origin/main or HEAD~1)",
	"check --changed-only":    "with --base: check only plans that differ from the base",
	"check --policy":          "`DIRECTORY` with your own policies (Rego) beside the agreements; same requirements: METADATA, no network, clock or randomness",
	"check --max-grootte":     "`SIZE` of the largest plan file ggzcheck reads, for example 1MiB or 512KiB (up to 1GiB)",
	"check --peildatum":       "`DATE` (YYYY-MM-DD) on which deviations in the plan must still hold; by default 1 January of the contracting year",
	"check --stdin-name":      "with - as a path: the `NAME` the plan from standard input has in the report",

	"diff.use":   "diff --base REVISION [PATH...]",
	"diff.short": "Show what changed in the care on offer since a git revision",
	"diff.long": `Shows per region and form of care what changed since --base: capacity, demand, people
waiting, closed waiting lists and pressure, before and after; which changes in care on
offer the plan announces; and which discussion points were added or dropped. Whoever
reviews a pull request sees at a glance what it is about.`,
	"diff.example":  "  ggzcheck diff --base origin/main\n  ggzcheck diff --base HEAD~1 --format markdown regions/zilverduin",
	"diff --base":   "the git `REVISION` to compare with (required)",
	"diff --format": "output format: text, markdown, json",

	"national.use":   "national [PATH...]",
	"national.short": "The national overview for the supporting national table",
	"national.long": `Adds up the plans of one contracting year into the national overview (Gespreksleidraad §4):
per form of care the totals of demand, capacity, people waiting and closed waiting lists;
which regions have the form of care and how the others help their patients; absolute and
local shortages; exclusion criteria; the discussion points per form of care (the two highly
specialised ones together), with neighbouring regions with similar points together; and
national care on offer that is no discussion point. Plans that fail do not count and are
named at the top (--include-failing counts them anyway). The national table sees the
figures that passed the check.

With --antwoorden DIR ggzcheck writes, instead of the overview, the skeleton of the advice to
each region (Gespreksleidraad §4.3): DIR/<region>/<year>.yaml, with an advice per discussion
point and per local shortage. DIR is usually regions/antwoorden/, beside the registry: that is where
'ggzcheck check' looks for the advice to a plan. An existing file stays.`,
	"national.example":           "  ggzcheck national\n  ggzcheck national regions/ --format csv > overview.csv\n  ggzcheck national --year 2026 --format html > overview.html\n  ggzcheck national --year 2027 --antwoorden regions/antwoorden/",
	"national --antwoorden":      "write the skeleton of the advice per region into this directory (usually regions/antwoorden/)",
	"national --year":            "the contracting year (needed when the plans are of more years)",
	"national --include-failing": "count plans that fail anyway (marked)",
	"national --format":          "output format: text, markdown, csv, json, html",

	"voortgang.use":   "voortgang --jaar YEAR [PATH...]",
	"voortgang.short": "The progress report for the BO cruciale ggz",
	"voortgang.long": `Makes the progress report the chair of the national table delivers to the BO cruciale ggz
after the contracting year (Gespreksleidraad §4.3), from all plans and advice of contracting
year YEAR and each region's plan of the previous year: per region and form of care the figures
then and now, last year's measures with their status and result, the new measures, the
national table's advice with its follow-up, and the regions whose plan is missing or fails;
and per form of care the national demand and capacity over every contracting year with plans.
The advice is in antwoorden/<region>/<year>.yaml in the directory of the region registry (regions/antwoorden/).`,
	"voortgang.example":  "  ggzcheck voortgang --jaar 2027\n  ggzcheck voortgang --jaar 2027 regions/ --format html > progress.html",
	"voortgang --jaar":   "the contracting year of the report",
	"voortgang --format": "output format: text, json, csv, markdown, html",

	"rules.short": "Show every rule: id, severity, title and source",
	"rules.long": `Shows every rule ggzcheck checks, per agreement, with id, severity, title and source.
The list comes from the METADATA of the policies and is therefore always up to date.
--format markdown makes the page docs/rules.md.`,
	"rules --format": "output format: text, markdown, json",
	"rules --policy": "`DIRECTORY` with your own policies to show as well",

	"explain.use":      "explain RULE",
	"explain.short":    "Explain a rule: why, the source, what fails, what passes and how to fix it",
	"explain.example":  "  ggzcheck explain deelnemers-mandaat\n  ggzcheck explain --lang en disbalans-plan",
	"explain --policy": "`DIRECTORY` with your own policies",

	"init.use":   "init REGIONCODE [--inkoopjaar YEAR]",
	"init.short": "Start a new regional plan: every part, explained, and INVULLEN where the region has to fill something in",
	"init.long": `Writes a new plan for a region and a contracting year (by default next year), by default
to regions/<regioncode>/<year>.yaml: all six forms of care and every field, explained in
Dutch, with the schema line for editors. Wherever the region still has to fill something
in, it says INVULLEN; 'ggzcheck check' reports exactly those places. An existing file is
never overwritten. When the region is not yet in the registry (regios.yaml beside the
regions' folders), init adds it there, leaving the registry's comments and layout alone;
when that cannot be done safely, init says exactly what to add.`,
	"init.example":      "  ggzcheck init zilverduin\n  ggzcheck init noord-oost --inkoopjaar 2027 --naam \"Noord-Oost\"",
	"init --inkoopjaar": "the contracting year of the plan",
	"init --naam":       "the name of the region (by default derived from the region code)",
	"init --out":        "the `FILE` the plan goes to (by default regions/<regioncode>/<year>.yaml)",

	"genereer.use":    "genereer -n N --out DIRECTORY",
	"genereer.short":  "Write N varied test plans (for benchmarks)",
	"genereer --n":    "number of plans",
	"genereer --seed": "seed: the same seed gives the same plans",
	"genereer --out":  "`DIRECTORY` to write the plans in",

	"version.short": "Show the version of ggzcheck, the commit and the fingerprint of the rules",
	"version.long": `Shows which ggzcheck this is: the version, the commit it was built from, and the
SHA-256 of the built-in policies and schemas. Every report gives the same facts, so
that it can be traced with which rules a verdict was reached.`,

	"help.use":   "help [COMMAND]",
	"help.short": "Show the help for a command",
	"help.long":  "Shows the help for a command, as 'ggzcheck check --help' does.",

	"completion.short": "Make the script that completes commands, options and paths in bash, zsh, fish or PowerShell",
	"completion.long": `Writes the script with which your shell completes ggzcheck's commands, options and
paths with Tab. Load it in the current shell, or put it where your shell reads such
scripts:

  bash:        source <(ggzcheck completion bash)
               ggzcheck completion bash > /etc/bash_completion.d/ggzcheck
  zsh:         ggzcheck completion zsh > "${fpath[1]}/_ggzcheck"
  fish:        ggzcheck completion fish > ~/.config/fish/completions/ggzcheck.fish
  PowerShell:  ggzcheck completion powershell | Out-String | Invoke-Expression`,
	"completion bash.short":       "The completion script for bash (needs the package bash-completion)",
	"completion zsh.short":        "The completion script for zsh",
	"completion fish.short":       "The completion script for fish",
	"completion powershell.short": "The completion script for PowerShell",
}
