package golden

import "testing"

// TestStableIgnoresLocalChanges: a golden file is the same from a clean and
// from a modified working tree, in every form a report writes the commit.
func TestStableIgnoresLocalChanges(t *testing.T) {
	const commit = "0123456789abcdef0123456789abcdef01234567"
	for _, tt := range []struct{ clean, modified string }{
		{"repository: " + commit + "\n", "repository: " + commit + ", met lokale wijzigingen\n"},
		{"repository: " + commit + "\n", "repository: " + commit + ", with local changes\n"},
		{"repository," + commit + "\n", `repository,"` + commit + `, met lokale wijzigingen"` + "\n"},
		{`{"commit": "` + commit + `", "modified": false}`, `{"commit": "` + commit + `", "modified": true}`},
	} {
		if a, b := Stable(tt.clean), Stable(tt.modified); a != b {
			t.Errorf("clean %q, modified %q", a, b)
		}
	}
}
