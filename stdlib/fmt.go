// Package fmt: formatted I/O as in Go. The formatting engine is native
// (stdlib/format.c); error wrapping is written here.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

// A Formatter prints itself for every verb; State is what it prints to.
type Formatter interface {
	Format(f State, verb rune)
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// fmtState is the State a Formatter gets: the verb's flags, width and
// precision, and a buffer that becomes the printed text.
type fmtState struct {
	buf             []byte
	wid, prec       int
	hasWid, hasPrec bool
	flags           string
}

func (s *fmtState) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *fmtState) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *fmtState) Width() (int, bool)     { return s.wid, s.hasWid }
func (s *fmtState) Precision() (int, bool) { return s.prec, s.hasPrec }

func (s *fmtState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// callFormat runs a Formatter for the native printer (format.c), which
// gets this function through setFormatHook when the package starts.
func callFormat(f Formatter, verb rune, wid, prec int, hasWid, hasPrec bool, flags string) string {
	s := &fmtState{wid: wid, prec: prec, hasWid: hasWid, hasPrec: hasPrec, flags: flags}
	f.Format(s, verb)
	return string(s.buf)
}

func setFormatHook(f func(Formatter, rune, int, int, bool, bool, string) string)

func init() {
	setFormatHook(callFormat)
}

func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintln(a ...any) string
func Sprint(a ...any) string
func Sprintf(format string, a ...any) string

// The Fprint functions format as Sprint does and make one Write call.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Append formats onto b (Go 1.19's Append, Appendln and Appendf).
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats as Errorf does; it also returns the operand of the %w
// verb, if the format has one and it is an error.
func errorf(format string, a []any) (string, error)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w == nil {
		return errors.New(s)
	}
	return &wrapError{s, w}
}

// ---- scanning ----
//
// Sscan and friends read space-separated values into pointers; Sscanln
// stops at a newline; Sscanf follows a format. The stdin and io.Reader
// forms gather the text they need and scan it the same way: Scan reads
// tokens across lines, Scanln and Scanf read one line.

var errUnexpectedNewline = errors.New("unexpected newline")
var errExpectedNewline = errors.New("expected newline")
var errNoMatch = errors.New("input does not match format")

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

// scanner walks the input text.
type scanner struct {
	s string
	i int
}

// skip passes spaces (and newlines when nl); false at a newline it may
// not pass.
func (sc *scanner) skip(nl bool) bool {
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		if isSpace(c) || (nl && c == '\n') {
			sc.i++
			continue
		}
		return c != '\n'
	}
	return true
}

// quoted passes a Go string literal ("..." with escapes, or `...`).
func (sc *scanner) quoted() {
	q := sc.s[sc.i]
	if q != '"' && q != '`' {
		sc.token()
		return
	}
	sc.i++
	for sc.i < len(sc.s) && sc.s[sc.i] != q {
		if q == '"' && sc.s[sc.i] == '\\' {
			sc.i++
		}
		sc.i++
	}
	if sc.i < len(sc.s) {
		sc.i++
	}
}

func (sc *scanner) token() string {
	start := sc.i
	for sc.i < len(sc.s) && !isSpace(sc.s[sc.i]) && sc.s[sc.i] != '\n' {
		sc.i++
	}
	return sc.s[start:sc.i]
}

// scanBool reads a boolean as Go's scanner does: by its first letters
// (1, 0, t, true, f, false in any case); anything else is false.
func scanBool(tok string) (v, ok bool) {
	has := func(i int, set string) bool {
		if i >= len(tok) {
			return false
		}
		for j := 0; j < len(set); j++ {
			if tok[i] == set[j] {
				return true
			}
		}
		return false
	}
	switch {
	case has(0, "1"):
		return true, true
	case has(0, "tT"):
		return true, !has(1, "rR") || has(2, "uU") && has(3, "eE")
	case has(0, "fF"):
		return false, !has(1, "aA") || has(2, "lL") && has(3, "sS") && has(4, "eE")
	}
	return false, true
}

// store parses tok for the value [arg] points to (verb is 'v' unless a
// format said otherwise).
func store(tok string, arg any, verb byte) error {
	base := 0
	switch verb {
	case 'd':
		base = 10
	case 'x', 'X':
		base = 16
	case 'o':
		base = 8
	case 'b':
		base = 2
	}
	// Go parses the digits as 64 bits (a *strconv.NumError past that),
	// then checks that the value fits the target.
	integer := func(bits int) (int64, error) {
		v, err := strconv.ParseInt(tok, base, 64)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok && e.Err == strconv.ErrRange {
				return 0, err
			}
			return 0, errors.New("expected integer")
		}
		if x := v << (64 - bits) >> (64 - bits); x != v {
			return 0, errors.New("integer overflow on token " + tok)
		}
		return v, nil
	}
	unsigned := func(bits int) (uint64, error) {
		v, err := strconv.ParseUint(tok, base, 64)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok && e.Err == strconv.ErrRange {
				return 0, err
			}
			return 0, errors.New("expected integer")
		}
		if x := v << (64 - bits) >> (64 - bits); x != v {
			return 0, errors.New("unsigned integer overflow on token " + tok)
		}
		return v, nil
	}
	// Go's float token is the longest prefix that can start a number: for
	// a word it is empty, and ParseFloat says so.
	float := func(bits int) (float64, error) {
		t := tok
		if len(t) > 0 {
			c := t[0]
			if !(c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9' || c == 'i' || c == 'I' || c == 'n' || c == 'N') {
				t = ""
			}
		}
		return strconv.ParseFloat(t, bits)
	}
	// a failed scan leaves its target as it was
	var err error
	switch p := arg.(type) {
	case *string:
		*p = tok
	case *[]byte:
		*p = []byte(tok)
	case *bool:
		if v, ok := scanBool(tok); ok {
			*p = v
		} else {
			err = errors.New("syntax error scanning boolean")
		}
	case *int:
		var v int64
		if v, err = integer(64); err == nil {
			*p = int(v)
		}
	case *int8:
		var v int64
		if v, err = integer(8); err == nil {
			*p = int8(v)
		}
	case *int16:
		var v int64
		if v, err = integer(16); err == nil {
			*p = int16(v)
		}
	case *int32:
		if verb == 'c' {
			*p = []rune(tok)[0]
			break
		}
		var v int64
		if v, err = integer(32); err == nil {
			*p = int32(v)
		}
	case *int64:
		var v int64
		if v, err = integer(64); err == nil {
			*p = v
		}
	case *uint:
		var v uint64
		if v, err = unsigned(64); err == nil {
			*p = uint(v)
		}
	case *uint8:
		var v uint64
		if v, err = unsigned(8); err == nil {
			*p = uint8(v)
		}
	case *uint16:
		var v uint64
		if v, err = unsigned(16); err == nil {
			*p = uint16(v)
		}
	case *uint32:
		var v uint64
		if v, err = unsigned(32); err == nil {
			*p = uint32(v)
		}
	case *uint64:
		var v uint64
		if v, err = unsigned(64); err == nil {
			*p = v
		}
	case *uintptr:
		var v uint64
		if v, err = unsigned(64); err == nil {
			*p = uintptr(v)
		}
	case *float64:
		var v float64
		if v, err = float(64); err == nil {
			*p = v
		}
	case *float32:
		var v float64
		if v, err = float(32); err == nil {
			*p = float32(v)
		}
	default:
		return errors.New("can't scan type: " + Sprintf("%T", arg))
	}
	return err
}

func scanValues(text string, a []any, nlIsSpace bool) (n int, err error) {
	sc := &scanner{s: text}
	for _, arg := range a {
		if !sc.skip(nlIsSpace) {
			return n, errUnexpectedNewline
		}
		if sc.i >= len(sc.s) {
			return n, io.EOF
		}
		if err := store(sc.token(), arg, 'v'); err != nil {
			return n, err
		}
		n++
	}
	if !nlIsSpace {
		for sc.i < len(sc.s) && isSpace(sc.s[sc.i]) {
			sc.i++
		}
		if sc.i < len(sc.s) && sc.s[sc.i] != '\n' {
			return n, errExpectedNewline
		}
	}
	return n, nil
}

func Sscan(str string, a ...any) (n int, err error)   { return scanValues(str, a, true) }
func Sscanln(str string, a ...any) (n int, err error) { return scanValues(str, a, false) }

func Sscanf(str string, format string, a ...any) (n int, err error) {
	sc := &scanner{s: str}
	arg := 0
	for f := 0; f < len(format); f++ {
		c := format[f]
		if c != '%' {
			if isSpace(c) {
				for sc.i < len(sc.s) && isSpace(sc.s[sc.i]) {
					sc.i++
				}
				continue
			}
			if sc.i >= len(sc.s) {
				return n, io.ErrUnexpectedEOF
			}
			if sc.s[sc.i] != c {
				return n, errNoMatch
			}
			sc.i++
			continue
		}
		f++
		width := 0
		for f < len(format) && format[f] >= '0' && format[f] <= '9' {
			width = width*10 + int(format[f]-'0')
			f++
		}
		if f >= len(format) {
			return n, errors.New("too few operands for format '%'")
		}
		verb := format[f]
		if verb == '%' {
			sc.skip(false)
			if sc.i >= len(sc.s) || sc.s[sc.i] != '%' {
				return n, errors.New("missing literal %")
			}
			sc.i++
			continue
		}
		if arg >= len(a) {
			return n, errors.New("too few operands for format '%" + string(verb) + "'")
		}
		var tok string
		if verb == 'c' {
			if sc.i >= len(sc.s) {
				return n, io.ErrUnexpectedEOF
			}
			r := []rune(sc.s[sc.i:])[0]
			tok = string(r)
			sc.i += len(tok)
		} else {
			if !sc.skip(false) {
				return n, errUnexpectedNewline
			}
			if sc.i >= len(sc.s) {
				return n, io.EOF
			}
			start := sc.i
			if verb == 'q' {
				sc.quoted()
			} else {
				for sc.i < len(sc.s) && !isSpace(sc.s[sc.i]) && sc.s[sc.i] != '\n' &&
					(width == 0 || sc.i-start < width) && fits(verb, sc.s[sc.i], sc.i == start) {
					sc.i++
				}
			}
			tok = sc.s[start:sc.i]
			if tok == "" {
				if verb == 'd' || verb == 'x' || verb == 'o' || verb == 'b' {
					return n, errors.New("expected integer")
				}
				return n, errNoMatch
			}
		}
		if verb == 'q' {
			u, err := strconv.Unquote(tok)
			if err != nil {
				return n, err
			}
			tok = u
		}
		if err := store(tok, a[arg], verb); err != nil {
			return n, err
		}
		arg++
		n++
	}
	if arg < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

// fits says whether c can continue a token for verb (numbers stop at the
// first character that cannot be part of one, so "%d:%d" reads "1:2").
func fits(verb byte, c byte, first bool) bool {
	digit := c >= '0' && c <= '9'
	switch verb {
	case 'd':
		return digit || (first && (c == '+' || c == '-'))
	case 'x', 'X':
		return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || (first && (c == '+' || c == '-'))
	case 'o':
		return (c >= '0' && c <= '7') || (first && (c == '+' || c == '-'))
	case 'b':
		return c == '0' || c == '1' || (first && (c == '+' || c == '-'))
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return digit || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' || c == '_'
	}
	return true
}

// readLine reads up to and including a newline, a byte at a time so that
// nothing past the line is taken from [r].
func readLine(r io.Reader) (string, error) {
	var line []byte
	b := make([]byte, 1)
	for {
		k, err := r.Read(b)
		if k == 1 {
			line = append(line, b[0])
			if b[0] == '\n' {
				return string(line), nil
			}
		}
		if err != nil {
			if len(line) > 0 && err == io.EOF {
				return string(line), nil
			}
			return string(line), err
		}
	}
}

// readTokens reads whitespace-separated tokens (newlines count as space)
// until it has [count] of them.
func readTokens(r io.Reader, count int) (string, error) {
	var text []byte
	b := make([]byte, 1)
	tokens, inToken := 0, false
	for tokens < count {
		k, err := r.Read(b)
		if k == 1 {
			c := b[0]
			space := isSpace(c) || c == '\n'
			if space && inToken {
				tokens++
				inToken = false
				if tokens == count {
					// the space that ended the last token stays unread
					// where the reader can take it back, as in Go
					if u, ok := r.(io.ByteScanner); ok {
						u.UnreadByte()
					}
					break
				}
			}
			if !space {
				inToken = true
			}
			text = append(text, c)
		}
		if err != nil {
			if err == io.EOF {
				break
			}
			return string(text), err
		}
	}
	return string(text), nil
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	text, err := readTokens(r, len(a))
	if err != nil {
		return 0, err
	}
	return Sscan(text, a...)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	line, err := readLine(r)
	if err != nil && line == "" {
		return 0, err
	}
	return Sscanln(line, a...)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	line, err := readLine(r)
	if err != nil && line == "" {
		return 0, err
	}
	if len(line) > 0 && line[len(line)-1] == '\n' && (len(format) == 0 || format[len(format)-1] != '\n') {
		line = line[:len(line)-1]
	}
	return Sscanf(line, format, a...)
}

func Scan(a ...any) (n int, err error)                 { return Fscan(os.Stdin, a...) }
func Scanln(a ...any) (n int, err error)               { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
