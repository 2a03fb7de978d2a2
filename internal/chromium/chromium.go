// Package chromium renders an HTML page in headless Chromium for tests and
// returns what a script in the page measured: the layout a reader sees.
package chromium

import (
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ggzcheck/ggzcheck/internal/need"
)

var probed = regexp.MustCompile(`data-probe="([^"]*)"`)

// prepare finds Chromium and writes page, with script before </body>, into
// a new directory that also holds the browser's profile.
func prepare(t testing.TB, page, script string) (browser, dir, file string) {
	t.Helper()
	browser = browserPath(t)
	dir = t.TempDir()
	file = filepath.Join(dir, "pagina.html")
	if err := os.WriteFile(file, []byte(strings.Replace(page, "</body>", script+"\n</body>", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return browser, dir, file
}

// browserPath returns the installed Chromium; without it t is skipped, or
// failed in CI (see package need), and "" returned.
func browserPath(t testing.TB) string {
	t.Helper()
	return need.Program(t, "chromium", "chromium", "chromium-browser", "google-chrome")
}

// Probe adds script (a <script> that sets data-probe on <body> to a JSON
// value) to page, renders it at 1280×1024, and decodes the JSON into result.
// Without Chromium it skips t, or fails it in CI (see package need).
func Probe(t testing.TB, page, script string, result any) {
	t.Helper()
	browser, dir, file := prepare(t, page, script)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dom, err := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profiel"), "--window-size=1280,1024", "--dump-dom", "file://"+file).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := probed.FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the probe did not run; DOM:\n%.2000s", dom)
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), result); err != nil {
		t.Fatal(err)
	}
}
