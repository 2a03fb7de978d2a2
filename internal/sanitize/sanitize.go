// Package sanitize makes text that ggzcheck did not write itself (plan
// values, file names, waiver motivations, policy texts, paths from git) safe
// to show to people: in a terminal, a CI log, a pull request comment, a
// spreadsheet or a browser. Every human-readable format passes such text
// through here; JSON does not, because its encoder escapes control characters
// and machines need the exact values.
package sanitize

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ggzcheck/ggzcheck/internal/finding"
)

// MaxMessage is the most characters of one message the human formats show:
// generous for any real message, but a 3 MB plan value quoted whole is cut.
const MaxMessage = 2000

// MaxValue is the most characters of a single quoted plan value, such as a
// region name or an agenda item's title, in a report that lists many.
const MaxValue = 200

// shortened marks a message cut at MaxMessage, in the report's language.
var shortened = map[finding.Lang]string{finding.NL: "… (ingekort)", finding.EN: "… (shortened)"}

// Text returns s with every character that could act on a terminal or a CI
// log, reorder or hide text, or break a line shown visibly: newline, tab and
// carriage return as \n, \t and \r, the other control characters (C0, DEL,
// C1), bidi controls, zero-width and other invisible format characters, and
// line and paragraph separators as <U+XXXX>. Invalid UTF-8 becomes U+FFFD.
// The legacy GitHub Actions command prefix "##[", which the runner obeys
// anywhere in a line, is broken up as "##<U+005B>".
func Text(s string) string {
	out, _ := clean(s, -1)
	return out
}

// Message is Text cut at MaxMessage characters, with a visible marker in
// lang when it was cut: the last line of defence against a message that
// quotes a huge value. Like Lead, it never starts a workflow command: a
// report may put a message at the start of a line.
func Message(s string, lang finding.Lang) string {
	out, cut := clean(s, MaxMessage)
	if cut {
		out += " " + shortened[lang]
	}
	return lead(out)
}

// Cut is Text shortened to at most n characters (n ≥ 1), ending in "…" when
// it was shortened.
func Cut(s string, n int) string {
	out, cut := clean(s, n)
	if cut {
		out, _ = clean(s, max(n-1, 0))
		out += "…"
	}
	return out
}

// Path is Text for a file name that may begin an output line: a relative
// name that would make that line a GitHub Actions workflow command (such as
// "::warning::x.yaml") gets "./" in front, which names the same file.
func Path(s string) string {
	out := Text(s)
	if StartsCommand(out) {
		return "./" + out
	}
	return out
}

// Lead is Text for text that may begin an output line: when it would make
// that line a GitHub Actions workflow command, its first ':' is shown as
// <U+003A>. (A file name gets Path instead, which keeps it a valid name.)
func Lead(s string) string { return lead(Text(s)) }

// lead shows the first ':' of sanitized text that would start a workflow
// command as <U+003A>.
func lead(out string) string {
	if StartsCommand(out) {
		i := strings.IndexByte(out, ':')
		return out[:i] + "<U+003A>" + out[i+1:]
	}
	return out
}

// StartsCommand reports whether a line that begins with s would be read by
// the GitHub Actions runner as a workflow command: "::" after leading white
// space (the runner trims it). Text already breaks up the legacy "##[".
func StartsCommand(s string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(s, unicode.IsSpace), "::")
}

// Cell makes a spreadsheet cell of plan text: Cut at MaxMessage, and, as
// OWASP advises against formula injection, a leading ' when the cell starts
// with =, +, -, @, tab or carriage return (also after spaces), or would
// start a workflow command when the file is printed in a CI log.
func Cell(s string) string {
	out := Cut(s, MaxMessage)
	trimmed := strings.TrimLeft(out, " ")
	if (trimmed != "" && strings.ContainsRune("=+-@\t\r", rune(trimmed[0]))) || StartsCommand(out) {
		return "'" + out
	}
	return out
}

// clean does Text, stopping before the output would exceed limit characters
// (limit < 0: no limit); it reports whether it stopped early. An escape is
// never split.
func clean(s string, limit int) (string, bool) {
	if limit < 0 && safe(s) {
		return s, false
	}
	var b strings.Builder
	n := 0
	for piece := range pieces(s) {
		width := utf8.RuneCountInString(piece)
		if limit >= 0 && n+width > limit {
			return b.String(), true
		}
		b.WriteString(piece)
		n += width
	}
	return b.String(), false
}

// Window returns how the characters from up to to (0-based, to exclusive) of
// s are shown by Text, one piece per character as utf8.RuneCountInString
// counts them, so that a caret can be put under one. It reads s only as far
// as to, and keeps only the window: a plan line may be megabytes long.
func Window(s string, from, to int) []string {
	var out []string
	i := 0
	for piece := range pieces(s) {
		if i >= to {
			break
		}
		if i >= from {
			out = append(out, piece)
		}
		i++
	}
	return out
}

// pieces yields how each character of s is shown: itself, or visibly escaped.
func pieces(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		hashes := 0 // '#' characters just before
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			piece := show(r)
			if r == '[' && hashes >= 2 {
				piece = "<U+005B>"
			}
			if r == '#' {
				hashes++
			} else {
				hashes = 0
			}
			if !yield(piece) {
				return
			}
		}
	}
}

// safe reports whether s is printable ASCII without "##[", the common case
// that needs no copy.
func safe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return !strings.Contains(s, "##[")
}

// show returns how r is shown: itself, or visibly escaped.
func show(r rune) string {
	switch r {
	case '\n':
		return `\n`
	case '\t':
		return `\t`
	case '\r':
		return `\r`
	}
	if Hidden(r) {
		return fmt.Sprintf("<U+%04X>", r)
	}
	return string(r) // utf8.RuneError from an invalid byte is U+FFFD itself
}

// Hidden reports whether r acts on a terminal or log, reorders or hides text,
// or breaks a line, instead of showing as a character: control characters
// (C0, DEL, C1 including U+0085), format characters (bidi controls such as
// U+202E and U+2066, zero-width U+200B-U+200D, U+2060, U+FEFF, tag
// characters), line and paragraph separators, and the other default-ignorable
// characters (Hangul fillers, variation selectors) that render as nothing.
func Hidden(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp,
		unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector)
}

// JSON makes encoded JSON safe to print in a terminal or CI log without
// changing a single value: every Hidden character from DEL up is written as
// a \uXXXX escape (encoding/json escapes those below), and "##[" as "##\u005b". Both can only stand inside JSON
// strings (JSON's own syntax is plain ASCII without '#'), where the escapes
// mean the same character to any JSON reader. Machines get the exact value;
// the log shows no raw bidi override and the runner sees no command.
func JSON(encoded []byte) []byte {
	if !bytes.Contains(encoded, []byte("##[")) && !hasHidden(encoded) {
		return encoded
	}
	var b bytes.Buffer
	b.Grow(len(encoded) + 64)
	hashes := 0
	for i := 0; i < len(encoded); {
		r, size := utf8.DecodeRune(encoded[i:])
		switch {
		case r == '[' && hashes >= 2:
			b.WriteString(`\u005b`)
		case r >= 0x7f && r != utf8.RuneError && Hidden(r):
			// Below 0x7f, the encoder has already escaped what is in a
			// string; the newlines and spaces left are JSON's own.
			for _, u := range utf16.Encode([]rune{r}) {
				fmt.Fprintf(&b, `\u%04x`, u)
			}
		default:
			b.Write(encoded[i : i+size])
		}
		if r == '#' {
			hashes++
		} else {
			hashes = 0
		}
		i += size
	}
	return b.Bytes()
}

func hasHidden(encoded []byte) bool {
	for i := 0; i < len(encoded); {
		r, size := utf8.DecodeRune(encoded[i:])
		if r >= 0x7f && r != utf8.RuneError && Hidden(r) {
			return true
		}
		i += size
	}
	return false
}

// WriteJSON writes v as indented JSON (HTML characters as they are), made
// safe for logs by JSON: what every JSON report of ggzcheck uses.
func WriteJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(JSON(b.Bytes()))
	return err
}

// markdownEscaper turns what Markdown or HTML would read as markup into
// itself, and breaks up @mentions the way Renovate does (a zero-width space
// after the @), so a report posted as a pull-request comment pings nobody.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "#", `\#`, "|", `\|`, "!", `\!`, "~", `\~`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "@", "@&#8203;",
)

// Markdown is Text made safe as Markdown text (in a paragraph, a list item,
// a table cell or link text): a plan can neither restyle, break nor inject
// into a report, nor mention anyone in it.
func Markdown(s string) string { return markdownEscaper.Replace(Text(s)) }
