package diff

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ggzcheck/ggzcheck/internal/finding"
	"github.com/ggzcheck/ggzcheck/internal/sanitize/sanitizetest"
)

// hostileDiff is a diff in which every text from a plan, a file name or git
// carries the hostile set or a huge value. The plans in a diff are not
// checked against the schema, so a figure may be any text too.
func hostileDiff() Report {
	h := sanitizetest.Hostile
	rep := Report{Base: h}
	for i, file := range sanitizetest.Files {
		huge := h
		if i == 0 { // one huge value of each kind is enough, and keeps the test fast
			huge = sanitizetest.Huge
		}
		rep.Plans = append(rep.Plans, Plan{
			File: file, BaseFile: h, Region: h, Year: 2026, BaseYear: 2025, Status: Changed,
			Forms: []Form{
				{Form: "acute_zorg", Changes: []Value{{Field: "onder_druk/mate", Before: h, After: huge}}},
				{Form: h, Changes: []Value{{Field: "aanwezig", Before: true, After: nil}}},
				{Form: "::error::vorm", Changes: []Value{{Field: "aanwezig", Before: true, After: false}}},
			},
			Declared: []string{h, huge}, AgendaAdded: []string{h, huge}, AgendaRemoved: []string{h},
		})
	}
	rep.Plans = append(rep.Plans, Plan{File: sanitizetest.Files[1], Status: Deleted})
	return rep
}

// TestHostileTextInEveryFormat renders a diff full of hostile text: text and
// Markdown let no control, bidi or separator character, workflow command or
// huge value through; JSON keeps the exact values.
func TestHostileTextInEveryFormat(t *testing.T) {
	rep := hostileDiff()
	opts := Options{Forms: map[string]finding.Text{"acute_zorg": {NL: sanitizetest.Hostile, EN: sanitizetest.Hostile}}}
	for _, format := range Formats() {
		for _, lang := range finding.Langs() {
			opts.Lang = lang
			var b bytes.Buffer
			if err := Write(&b, format, rep, opts); err != nil {
				t.Fatal(err)
			}
			name := format + "/" + string(lang)
			if format == "json" {
				var got Report
				if err := json.Unmarshal(b.Bytes(), &got); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if want := strings.ToValidUTF8(rep.Plans[0].File, "\uFFFD"); got.Plans[0].File != want {
					t.Errorf("%s: the file name is not kept exactly: %q", name, got.Plans[0].File)
				}
				continue
			}
			sanitizetest.Human(t, name, b.String(), nil)
		}
	}
}
