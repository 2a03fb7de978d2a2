package chromium

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// ProbePrint is Probe with the page laid out for paper: Chromium emulates
// the print media type (through the DevTools protocol, as its print
// preview does), so the page's @media print rules apply, and the script
// measures what a printed copy shows.
func ProbePrint(t testing.TB, page, script string, result any) {
	t.Helper()
	browser, dir, file := prepare(t, page, script)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	// --remote-debugging-pipe: Chromium reads commands from fd 3 and
	// writes answers and events to fd 4, each a JSON object ending in NUL.
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profiel"), "--window-size=1280,1024", "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{cmdR, outW}
	if err := cmd.Start(); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	cmdR.Close()
	outW.Close()
	defer func() {
		cmdW.Close()
		cmd.Process.Kill()
		cmd.Wait()
	}()
	go func() { <-ctx.Done(); outR.Close() }()
	s := &session{w: cmdW, r: bufio.NewReader(outR)}

	target := s.call(t, "", "Target.createTarget", map[string]any{"url": "about:blank"})
	attached := s.call(t, "", "Target.attachToTarget", map[string]any{"targetId": target["targetId"], "flatten": true})
	id, _ := attached["sessionId"].(string)
	s.call(t, id, "Emulation.setEmulatedMedia", map[string]any{"media": "print"})
	s.call(t, id, "Page.enable", nil)
	s.call(t, id, "Page.navigate", map[string]any{"url": "file://" + file})
	s.await(t, id, "Page.loadEventFired")
	value := s.call(t, id, "Runtime.evaluate", map[string]any{
		"expression": `document.body.getAttribute("data-probe")`, "returnByValue": true,
	})
	probe, _ := value["result"].(map[string]any)["value"].(string)
	if probe == "" {
		t.Fatalf("the probe did not run: %v", value)
	}
	if err := json.Unmarshal([]byte(probe), result); err != nil {
		t.Fatal(err)
	}
}

// session speaks the DevTools protocol over the pipe.
type session struct {
	w    *os.File
	r    *bufio.Reader
	next int
	seen []map[string]any // events read while waiting for an answer
}

// call sends method and returns its result, or fails t.
func (s *session) call(t testing.TB, sessionID, method string, params any) map[string]any {
	t.Helper()
	s.next++
	msg := map[string]any{"id": s.next, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if sessionID != "" {
		msg["sessionId"] = sessionID
	}
	data, err := json.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Write(append(data, 0)); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	for {
		m := s.read(t, method)
		if id, ok := m["id"].(float64); ok && int(id) == s.next {
			if e, ok := m["error"]; ok {
				t.Fatalf("%s: %v", method, e)
			}
			result, _ := m["result"].(map[string]any)
			return result
		}
		s.seen = append(s.seen, m)
	}
}

// await waits for the event method in the session.
func (s *session) await(t testing.TB, sessionID, method string) {
	t.Helper()
	for _, m := range s.seen {
		if m["method"] == method && m["sessionId"] == sessionID {
			return
		}
	}
	for {
		if m := s.read(t, method); m["method"] == method && m["sessionId"] == sessionID {
			return
		}
	}
}

func (s *session) read(t testing.TB, waiting string) map[string]any {
	t.Helper()
	data, err := s.r.ReadBytes(0)
	if err != nil {
		t.Fatalf("chromium stopped answering while waiting for %s: %v", waiting, err)
	}
	var m map[string]any
	if err := json.Unmarshal(bytes.TrimSuffix(data, []byte{0}), &m); err != nil {
		t.Fatal(fmt.Errorf("%s: %w", waiting, err))
	}
	return m
}
