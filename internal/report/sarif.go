package report

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"path/filepath"
	"strings"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/sanitize"
)

// RulesURL is where each rule's documentation lives; a rule's helpUri is
// this page with the rule id as anchor.
const RulesURL = "https://github.com/ggzcheck/ggzcheck/blob/main/docs/rules.md"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	// OriginalURIBaseIDs says what %SRCROOT% stands for.
	OriginalURIBaseIDs map[string]sarifBase `json:"originalUriBaseIds"`
	Artifacts          []sarifArtifactEx    `json:"artifacts,omitempty"`
	Results            []sarifResult        `json:"results"`
}

// sarifArtifactEx is a file the run read, with its digest.
type sarifArtifactEx struct {
	Location sarifArtifact     `json:"location"`
	Hashes   map[string]string `json:"hashes"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifText      `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool           `json:"executionSuccessful"`
	Properties          map[string]any `json:"properties"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Kind                string             `json:"kind"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          map[string]any     `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

// sarifBase is a base URI: where it is when known (ending in /), and what it
// is.
type sarifBase struct {
	URI         string    `json:"uri,omitempty"`
	Description sarifText `json:"description"`
}

// srcRoot is the base of every artifact URI in the repository.
const srcRoot = "%SRCROOT%"

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

// writeSARIF writes SARIF 2.1.0 for GitHub code scanning: the catalogue as
// the driver's rules, and a result per finding. A waived finding is a result
// with an in-source suppression carrying its motivation. With Verbose, every
// rule that passed or was skipped for a plan is a result too (kind "pass" or
// "notApplicable"), for reviewers who audit compliance. The texts GitHub shows
// to people (messages, justifications, rule descriptions) are sanitized like
// the other human formats; ids, paths and fingerprints stay exact.
func writeSARIF(w io.Writer, rep check.Report, opts Options) error {
	index := map[string]int{}
	driver := sarifDriver{Name: "ggzcheck", Version: rep.Provenance.Tool.Version, InformationURI: "https://github.com/ggzcheck/ggzcheck", Rules: []sarifRule{}}
	for i, r := range rep.Rules {
		index[r.ID] = i
		properties := map[string]any{"tags": []string{"ggzcheck", sanitize.Text(r.Agreement)}, "source": sanitize.Text(r.Source)}
		if r.PolicyFile != "" {
			properties["policy_file"] = r.PolicyFile // a user's rule, not an agreement
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   r.ID,
			Name:                 ruleName(r.ID),
			ShortDescription:     sarifText{Text: sanitize.Text(r.Title.In(opts.Lang))},
			FullDescription:      sarifText{Text: sanitize.Text(r.Description.In(opts.Lang))},
			Help:                 sarifText{Text: sanitize.Text(r.Fix.In(opts.Lang)), Markdown: helpMarkdown(r, opts.Lang)},
			HelpURI:              RulesURL + "#" + r.ID,
			DefaultConfiguration: sarifConfig{Level: level(r.Severity)},
			Properties:           properties,
		})
	}
	// What produced the verdicts: reviewers can tell a standard run from
	// one with user policies, another version or other settings.
	invocation := sarifInvocation{ExecutionSuccessful: true, Properties: map[string]any{
		"provenance": rep.Provenance, "config": rep.Settings, "standard": rep.Provenance.Standard(),
	}}
	if warning := userPolicyWarning(rep, opts.Lang); warning != "" {
		invocation.Properties["warning"] = warning
	}
	// %SRCROOT% is the repository root; its absolute place is only given
	// when it is on the web (GitHub, at the commit checked): a local path
	// would differ per machine, and code scanning resolves it itself.
	base := sarifBase{URI: opts.LinkBase, Description: sarifText{Text: map[finding.Lang]string{
		finding.NL: "De hoofdmap van de git-repository met de plannen.",
		finding.EN: "The root of the git repository holding the plans.",
	}[opts.Lang]}}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Invocations: []sarifInvocation{invocation}, Results: []sarifResult{},
		OriginalURIBaseIDs: map[string]sarifBase{srcRoot: base}}
	artifact := func(file string) sarifArtifact { return artifactIn(file, opts) }
	for _, res := range rep.Results {
		if res.SHA256 != "" {
			run.Artifacts = append(run.Artifacts, sarifArtifactEx{Location: artifact(res.File), Hashes: map[string]string{"sha-256": res.SHA256}})
		}
	}
	for _, res := range rep.Results {
		for _, f := range res.Findings {
			result := sarifResult{
				RuleID: f.Rule, RuleIndex: index[f.Rule], Kind: "fail", Level: level(f.Severity),
				Message: sarifText{Text: sanitize.Message(f.Message.In(opts.Lang), opts.Lang)},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
					ArtifactLocation: artifact(f.File),
					Region:           &sarifRegion{StartLine: f.Line, StartColumn: f.Column},
				}}},
				PartialFingerprints: map[string]string{"ggzcheck/v1": fingerprint(f.Rule, f.File, f.Path)},
			}
			if f.Path != "" {
				result.Properties = map[string]any{"path": f.Path}
			}
			if f.Waiver != nil {
				result.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: sanitize.Message(f.Waiver.Motivation, opts.Lang)}}
			}
			run.Results = append(run.Results, result)
		}
		if !opts.Verbose {
			continue
		}
		for _, o := range res.Outcomes(rep.Rules) {
			kind := map[check.Outcome]string{check.Pass: "pass", check.Skipped: "notApplicable"}[o.Outcome]
			if kind == "" {
				continue
			}
			run.Results = append(run.Results, sarifResult{
				RuleID: o.Rule.ID, RuleIndex: index[o.Rule.ID], Kind: kind, Level: "none",
				Message:             sarifText{Text: sanitize.Text(withReason(o.Rule.Title.In(opts.Lang), o, opts.Lang))},
				Locations:           []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(res.File)}}},
				PartialFingerprints: map[string]string{"ggzcheck/v1": fingerprint(o.Rule.ID, res.File, string(o.Outcome))},
			})
		}
	}
	return sanitize.WriteJSON(w, sarifLog{
		Schema:  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}

func level(s finding.Severity) string {
	if s == finding.Warning {
		return "warning"
	}
	return "error"
}

// ruleName turns "deelnemers-mandaat" into "DeelnemersMandaat", the
// PascalCase name SARIF viewers show.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// helpMarkdown is a rule's help: description, quote, fix and the mended
// example. Each text is sanitized; only the example keeps its line breaks,
// line by line.
func helpMarkdown(r finding.Rule, lang finding.Lang) string {
	var b strings.Builder
	b.WriteString(sanitize.Text(r.Description.In(lang)) + "\n\n")
	if r.Quote != "" {
		b.WriteString("> " + sanitize.Text(r.Quote) + "\n\n")
	}
	b.WriteString("**" + map[finding.Lang]string{finding.NL: "Oplossing", finding.EN: "Fix"}[lang] + ":** " + sanitize.Text(r.Fix.In(lang)) + "\n")
	if r.Fails != "" {
		example := strings.Split(strings.TrimRight(r.Passes, "\n"), "\n")
		for i, line := range example {
			example[i] = sanitize.Text(line)
		}
		b.WriteString("\n```yaml\n" + strings.Join(example, "\n") + "\n```\n")
	}
	return b.String()
}

// artifactIn names a file as SARIF wants: relative to the repository root
// (%SRCROOT%), wherever ggzcheck ran from and however the file was named;
// a file outside the repository as a file URI; and relative as named when
// the repository is not known. The name is percent-encoded like a Markdown
// link, ':' included, so that a file named "::warning::x.yaml" or
// "javascript:x.yaml" stays a valid relative reference and never reads as
// a URI scheme.
func artifactIn(file string, opts Options) sarifArtifact {
	abs := file
	if !filepath.IsAbs(file) && opts.Dir != "" {
		abs = filepath.Join(opts.Dir, file)
	}
	if opts.Root != "" && filepath.IsAbs(abs) {
		if rel, err := filepath.Rel(opts.Root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return sarifArtifact{URI: escapePath(filepath.ToSlash(rel)), URIBaseID: srcRoot}
		}
	}
	if filepath.IsAbs(abs) && (opts.Root != "" || filepath.IsAbs(file)) {
		uri := escapePath(filepath.ToSlash(abs))
		if !strings.HasPrefix(uri, "/") {
			uri = "/" + uri // C:/x on Windows
		}
		return sarifArtifact{URI: "file://" + uri}
	}
	return sarifArtifact{URI: escapePath(filepath.ToSlash(filepath.Clean(file))), URIBaseID: srcRoot}
}

// fingerprint identifies a finding across runs by rule, file and place in
// the plan, so that an alert survives lines being added above it.
func fingerprint(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:16])
}
