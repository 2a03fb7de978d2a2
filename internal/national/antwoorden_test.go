package national

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/ggzcheck/ggzcheck/internal/sanitize/sanitizetest"
)

// TestAgendaID derives the ids that policies/lib/ids_test.rego expects of
// bespreekpunt_id: the skeleton and the rules must agree.
func TestAgendaID(t *testing.T) {
	for _, tt := range []struct {
		item map[string]any
		id   string
		own  bool
	}{
		{item: map[string]any{"id": "liz", "titel": "Tekort aan LIZ-plaatsen"}, id: "liz", own: true},
		{item: map[string]any{"titel": "  Tekort aan LIZ-plaatsen (14 wachtenden)!"}, id: "tekort-aan-liz-plaatsen-14-wachtenden"},
		{item: map[string]any{"titel": "Crisisbedden één regio"}, id: "crisisbedden-n-regio"},
		{item: map[string]any{"id": "../x", "titel": "Bedden"}, id: "bedden"},
		{item: map[string]any{"titel": "€€€"}, id: ""},
	} {
		id, own := AgendaID(tt.item)
		if id != tt.id || own != tt.own {
			t.Errorf("AgendaID(%v) = %q, %v; want %q, %v", tt.item, id, own, tt.id, tt.own)
		}
	}
}

func TestAnswersSkeleton(t *testing.T) {
	zd := Region{Code: "zilverduin", Name: "Zilverduin", File: "regions/zilverduin/2027.yaml"}
	hm := Region{Code: "hoogmoer", Name: "Hoogmoer", File: "regions/hoogmoer/2027.yaml"}
	o := Overview{
		Year: 2027, Included: []Region{zd, hm},
		Forms: []Form{{Form: "beveiligde_zorg", LocalShortage: []Region{hm}}},
		Agenda: []Topic{{Topic: "beveiligde_zorg", Items: []AgendaItem{
			{Region: zd, ID: "liz", OwnID: true, Form: "beveiligde_zorg", Title: "LIZ"},
			{Region: zd, ID: "liz", Form: "beveiligde_zorg", Title: "LIZ\n# injected: true"},
		}}},
	}
	files := Answers(o)
	if len(files) != 2 {
		t.Fatalf("got %d files, want 2", len(files))
	}
	want := []struct {
		code    string
		ids     []string
		derived bool
	}{
		{code: "zilverduin", ids: []string{"liz", "liz-2"}, derived: true},
		{code: "hoogmoer", ids: []string{"beveiligde-zorg-tekort"}},
	}
	for i, f := range files {
		var v struct {
			Regio      string
			Inkoopjaar int
			Adviezen   []map[string]any
		}
		if err := yaml.Unmarshal(f.Data, &v); err != nil {
			t.Fatalf("%s: %v\n%s", f.Region.Code, err, f.Data)
		}
		if v.Regio != want[i].code || v.Inkoopjaar != 2027 {
			t.Errorf("file %d: regio %q, inkoopjaar %d", i, v.Regio, v.Inkoopjaar)
		}
		var ids []string
		for _, a := range v.Adviezen {
			ids = append(ids, a["id"].(string))
			if a["voorstel"] != nil {
				t.Errorf("%s: the proposal is the table's to write, got %v", f.Region.Code, a["voorstel"])
			}
		}
		if strings.Join(ids, ",") != strings.Join(want[i].ids, ",") {
			t.Errorf("%s: ids %v, want %v", f.Region.Code, ids, want[i].ids)
		}
		if got := strings.Contains(string(f.Data), "Vraag de regio 'id: liz'"); got != want[i].derived {
			t.Errorf("%s: asks for the id: %v, want %v", f.Region.Code, got, want[i].derived)
		}
		if strings.Contains(string(f.Data), "\n# injected") {
			t.Errorf("a title broke out of its comment:\n%s", f.Data)
		}
	}
}

// TestAnswersFromHostilePlans: whatever the plans say, every file is YAML
// and is named by a valid region code.
func TestAnswersFromHostilePlans(t *testing.T) {
	o := hostileOverview()
	o.Included = append(o.Included, Region{Code: "../../etc", Name: sanitizetest.Hostile})
	for _, f := range Answers(o) {
		if !validID.MatchString(f.Region.Code) {
			t.Errorf("a file for region %q", f.Region.Code)
		}
		var v any
		if err := yaml.Unmarshal(f.Data, &v); err != nil {
			t.Errorf("%s: %v\n%s", f.Region.Code, err, f.Data)
		}
	}
}
