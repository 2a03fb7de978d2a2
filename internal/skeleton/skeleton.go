// Package skeleton writes the plan a region starts from: every section and
// field of the plan format, with Dutch comments, and the placeholder INVULLEN
// for every value the region must fill in.
package skeleton

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"text/template"
)

//go:embed regioplan.yaml.tmpl
var source string

var tmpl = template.Must(template.New("regioplan").Parse(source))

var regionCode = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// careForms are the six care forms, in the order of the sources.
var careForms = []string{
	"acute_zorg", "outreachende_zorg", "klinische_zorg",
	"beveiligde_zorg", "hoogspecialistisch_ggz", "hoogspecialistisch_ziekenhuis",
}

// Options describe the plan to start.
type Options struct {
	Code       string // region code, e.g. "zilverduin"
	Name       string // region name; derived from the code when empty
	Year       int    // contracting year
	SchemaPath string // path from the plan's folder to the plan schema
}

// RegionName is the region's name: as given, or made from its code
// ("noord-oost" gives "Noord oost").
func RegionName(o Options) string {
	if o.Name != "" || o.Code == "" {
		return o.Name
	}
	return strings.ToUpper(o.Code[:1]) + strings.ReplaceAll(o.Code[1:], "-", " ")
}

// Plan returns the skeleton plan.
func Plan(o Options) ([]byte, error) {
	if !regionCode.MatchString(o.Code) {
		return nil, fmt.Errorf("regiocode %q: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld 'zilverduin'", o.Code)
	}
	if o.Year < 2025 || o.Year > 2100 {
		return nil, fmt.Errorf("inkoopjaar %d: kies een jaar van 2025 tot en met 2100", o.Year)
	}
	o.Name = RegionName(o)
	var b strings.Builder
	err := tmpl.Execute(&b, map[string]any{
		"Code": o.Code, "Naam": o.Name, "NaamYAML": strconv.Quote(o.Name),
		"Jaar": o.Year, "VorigJaar": o.Year - 1,
		"SchemaPath": filepath.ToSlash(o.SchemaPath), "Zorgvormen": careForms,
	})
	return []byte(b.String()), err
}
