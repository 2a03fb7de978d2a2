package generate

import (
	"bytes"
	"strings"
	"testing"
)

func TestPlanIsDeterministicAndVaried(t *testing.T) {
	if !bytes.Equal(Plan(1, 7), Plan(1, 7)) {
		t.Error("the same seed and index give different plans")
	}
	if bytes.Equal(Plan(1, 7), Plan(1, 8)) || bytes.Equal(Plan(1, 7), Plan(2, 7)) {
		t.Error("plans do not vary")
	}
	if !strings.Contains(string(Plan(1, 7)), "code: regio-00007") {
		t.Error("region code")
	}
	for _, b := range breakages {
		if strings.Count(template, b.old) != 1 {
			t.Errorf("breakage %q does not match the template once", b.old)
		}
	}
}
