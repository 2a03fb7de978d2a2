package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
)

// digest identifies the policies and data a run uses, built-in and the
// user's alike (see Engine.Digest).
func (b *Bundle) digest() (string, error) {
	var lines []string
	for _, src := range b.sources {
		lines = append(lines, sha256Hex(src))
	}
	for _, f := range b.user {
		lines = append(lines, f.SHA256)
	}
	slices.Sort(lines)
	// encoding/json writes map keys in sorted order: equal data, equal bytes.
	data, err := json.Marshal(b.Data)
	if err != nil {
		return "", fmt.Errorf("beleidsgegevens: %w", err)
	}
	h := sha256.New()
	for _, l := range lines {
		fmt.Fprintln(h, l)
	}
	fmt.Fprintln(h, "gegevens", sha256Hex(data))
	return hex.EncodeToString(h.Sum(nil)), nil
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
