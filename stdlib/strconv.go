// Package strconv: conversions to and from strings, as in Go. Number
// parsing and formatting and quoting are native (stdlib/strconv.c,
// ftoa.c, quote.c); errors and unquoting are built here.
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int.
const IntSize = 64

var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion: the function, its input and
// why (ErrRange, ErrSyntax, or an error about the base or bit size).
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The outcomes the native parsers report.
const (
	parseOK = iota
	parseSyntax
	parseRange
	parseBase
	parseBitSize
)

func parseInt(s string, base int, bits int) (int64, int)
func parseUint(s string, base int, bits int) (uint64, int)
func parseFloat(s string, bits int) (float64, int)
func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string

func numError(fn, s string, base, bitSize, code int) error {
	switch code {
	case parseSyntax:
		return &NumError{fn, s, ErrSyntax}
	case parseRange:
		return &NumError{fn, s, ErrRange}
	case parseBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func Atoi(s string) (int, error) {
	n, code := parseInt(s, 10, 64)
	if code != parseOK {
		return int(n), numError("Atoi", s, 10, 64, code)
	}
	return int(n), nil
}

// ParseInt reads an integer in base 2 to 36, or with base 0 in the base
// its prefix gives (0b, 0o or 0, 0x; underscores allowed between digits),
// that fits bitSize bits. Out of range, it returns the nearest limit.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, code := parseInt(s, base, bitSize)
	if code != parseOK {
		return n, numError("ParseInt", s, base, bitSize, code)
	}
	return n, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, code := parseUint(s, base, bitSize)
	if code != parseOK {
		return n, numError("ParseUint", s, base, bitSize, code)
	}
	return n, nil
}

// ParseFloat reads Go's decimal and hexadecimal float syntax, "Inf",
// "Infinity" and "NaN", rounding to a float of bitSize (32 or 64) bits.
// Too large, it returns ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != parseOK {
		return f, numError("ParseFloat", s, 10, bitSize, code)
	}
	return f, nil
}

// ParseComplex reads N, Ni or N±Ni, each N as ParseFloat reads it, maybe
// in parentheses and with no spaces; "+" must come before an unsigned or
// NaN imaginary part. bitSize 64 rounds the parts to float32 (complex64),
// any other to float64. A part out of range is ±Inf with ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	bits := 64
	if bitSize == 64 {
		bits = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var rangeErr error
	// part reads the float at the start of s, or reports that there is none
	part := func() (float64, bool) {
		n := floatPrefix(s)
		f, code := parseFloat(s[:n], bits)
		s = s[n:]
		if code == parseRange {
			rangeErr = &NumError{"ParseComplex", orig, ErrRange}
		} else if code != parseOK {
			return 0, false
		}
		return f, true
	}
	syntax := &NumError{"ParseComplex", orig, ErrSyntax}
	re, ok := part()
	if !ok {
		return 0, syntax
	}
	if s == "" {
		return complex(re, 0), rangeErr
	}
	switch s[0] {
	case '+':
		// "+NaNi" needs the sign gone; "++" stays to be refused
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), rangeErr
		}
		return 0, syntax
	default:
		return 0, syntax
	}
	im, ok := part()
	if !ok || s != "i" {
		return 0, syntax
	}
	return complex(re, im), rangeErr
}

// floatPrefix is the length of the float at the start of s as Go's
// readFloat (or, for inf, infinity and nan, special) measures it; whether
// it is well formed is parseFloat's to say.
func floatPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if n := foldedPrefix(s[i:], "infinity"); n == 3 || n == 8 {
		return i + n
	} else if n > 3 {
		return i + 3
	}
	if i == 0 && foldedPrefix(s, "nan") == 3 {
		return 3
	}
	hex := i+2 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X')
	exp := byte('e')
	if hex {
		i += 2
		exp = 'p'
	}
	dot := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			if dot {
				break
			}
			dot = true
		} else if !(c == '_' || '0' <= c && c <= '9' || hex && 'a' <= c|0x20 && c|0x20 <= 'f') {
			break
		}
	}
	if i < len(s) && s[i]|0x20 == exp {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_') {
			i++
		}
	}
	return i
}

// foldedPrefix: how many leading bytes of s match word, ignoring case.
func foldedPrefix(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && s[n]|0x20 == word[n] {
		n++
	}
	return n
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func Itoa(i int) string {
	return formatInt(int64(i), 10)
}

func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func formatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatFloat writes f in format fmt: 'e' or 'E' (d.ddde±dd), 'f'
// (ddd.ddd), 'g' or 'G' (e for large exponents, f otherwise), 'b'
// (mantissa p exponent in binary), 'x' or 'X' (hexadecimal). prec -1
// means the fewest digits that read back as f.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	switch fmt {
	case 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X':
		return formatFloat(f, fmt, prec, bitSize)
	}
	return "%" + string(fmt)
}

// FormatComplex writes c as (a+bi), each part as FormatFloat writes it
// in format fmt with precision prec; bitSize is 64 for complex64 (parts
// of float32) or 128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	re := FormatFloat(real(c), fmt, prec, bitSize/2)
	im := FormatFloat(imag(c), fmt, prec, bitSize/2)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// ---- quoting ----

// How quoteWith escapes: runes that are not printable, everything beyond
// ASCII, or runes that are not graphic.
const (
	quotePrint = iota
	quoteASCII
	quoteGraphic
)

func quoteWith(s string, mode int) string
func quoteRuneWith(r rune, mode int) string

func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func Quote(s string) string            { return quoteWith(s, quotePrint) }
func QuoteToASCII(s string) string     { return quoteWith(s, quoteASCII) }
func QuoteToGraphic(s string) string   { return quoteWith(s, quoteGraphic) }
func QuoteRune(r rune) string          { return quoteRuneWith(r, quotePrint) }
func QuoteRuneToASCII(r rune) string   { return quoteRuneWith(r, quoteASCII) }
func QuoteRuneToGraphic(r rune) string { return quoteRuneWith(r, quoteGraphic) }
func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// CanBackquote reports whether s can be a raw string literal unchanged:
// valid UTF-8 with no control characters but tab, no backquote and no
// byte order mark.
func CanBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case w > 1:
			if r == '\ufeff' {
				return false
			}
		case r == utf8.RuneError, r == '`', r == 0x7f, r < ' ' && r != '\t':
			return false
		}
	}
	return true
}

// ---- unquoting ----

// UnquoteChar decodes the first character or escape sequence of s, a
// literal quoted with quote (a bare quote is an error; 0 allows none).
// multibyte says whether value needs more than one byte in UTF-8.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	c, rest := s[1], s[2:]
	switch c {
	case 'a':
		return '\a', false, rest, nil
	case 'b':
		return '\b', false, rest, nil
	case 'f':
		return '\f', false, rest, nil
	case 'n':
		return '\n', false, rest, nil
	case 'r':
		return '\r', false, rest, nil
	case 't':
		return '\t', false, rest, nil
	case 'v':
		return '\v', false, rest, nil
	case '\\':
		return '\\', false, rest, nil
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(c), false, rest, nil
	case 'x', 'u', 'U':
		return unquoteHex(c, rest)
	case '0', '1', '2', '3', '4', '5', '6', '7':
		return unquoteOctal(c, rest)
	}
	return 0, false, "", ErrSyntax
}

// unquoteHex reads the digits of \xHH, \uHHHH or \UHHHHHHHH. A \x escape
// is one byte, which need not be UTF-8; the others must be valid runes.
func unquoteHex(kind byte, s string) (rune, bool, string, error) {
	n := 2
	if kind == 'u' {
		n = 4
	} else if kind == 'U' {
		n = 8
	}
	if len(s) < n {
		return 0, false, "", ErrSyntax
	}
	var v rune
	for i := 0; i < n; i++ {
		d := hexDigit(s[i])
		if d < 0 {
			return 0, false, "", ErrSyntax
		}
		v = v<<4 | d
	}
	if kind == 'x' {
		return v, false, s[n:], nil
	}
	if !utf8.ValidRune(v) {
		return 0, false, "", ErrSyntax
	}
	return v, true, s[n:], nil
}

func hexDigit(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// unquoteOctal reads \ooo: exactly three octal digits, at most 255.
func unquoteOctal(first byte, s string) (rune, bool, string, error) {
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	v := rune(first - '0')
	for i := 0; i < 2; i++ {
		if s[i] < '0' || s[i] > '7' {
			return 0, false, "", ErrSyntax
		}
		v = v<<3 | rune(s[i]-'0')
	}
	if v > 255 {
		return 0, false, "", ErrSyntax
	}
	return v, false, s[2:], nil
}

// Unquote interprets s as a Go string, rune or raw string literal and
// returns its value.
func Unquote(s string) (string, error) {
	out, rest, err := unquote(s, true)
	if len(rest) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted literal at the start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// unquote reads the literal at the start of in and returns its value
// (or, without unescape, its source text) and what follows it.
func unquote(in string, unescape bool) (out, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := index(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // just past the closing quote
	switch quote {
	case '`':
		return unquoteRaw(in, end, unescape)
	case '"', '\'':
		if out, ok := plainQuoted(in[:end], unescape); ok {
			return out, in[end:], nil
		}
		return unquoteEscaped(in, unescape)
	}
	return "", in, ErrSyntax
}

// unquoteRaw: a raw string's value drops its carriage returns.
func unquoteRaw(in string, end int, unescape bool) (string, string, error) {
	if !unescape {
		return in[:end], in[end:], nil
	}
	if index(in[:end], '\r') < 0 {
		return in[1 : end-1], in[end:], nil
	}
	var b []byte
	for i := 1; i < end-1; i++ {
		if in[i] != '\r' {
			b = append(b, in[i])
		}
	}
	return string(b), in[end:], nil
}

// plainQuoted handles a quoted literal [lit] without escapes or
// newlines: a string of valid UTF-8, or a rune literal of one rune.
func plainQuoted(lit string, unescape bool) (string, bool) {
	if index(lit, '\\') >= 0 || index(lit, '\n') >= 0 {
		return "", false
	}
	body := lit[1 : len(lit)-1]
	if lit[0] == '"' {
		if !utf8.ValidString(body) {
			return "", false
		}
	} else {
		r, n := utf8.DecodeRuneInString(body)
		if n != len(body) || r == utf8.RuneError && n == 1 {
			return "", false
		}
	}
	if unescape {
		return body, true
	}
	return lit, true
}

// unquoteEscaped decodes a quoted literal character by character; a rune
// literal holds exactly one character.
func unquoteEscaped(in string, unescape bool) (string, string, error) {
	quote := in[0]
	s := in[1:]
	var b []byte
	for len(s) > 0 && s[0] != quote {
		r, multibyte, tail, err := UnquoteChar(s, quote)
		if s[0] == '\n' || err != nil {
			return "", in, ErrSyntax
		}
		s = tail
		if r < utf8.RuneSelf || !multibyte {
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, r)
		}
		if quote == '\'' {
			break
		}
	}
	if len(s) == 0 || s[0] != quote {
		return "", in, ErrSyntax
	}
	s = s[1:]
	if !unescape {
		return in[:len(in)-len(s)], s, nil
	}
	return string(b), s, nil
}

func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
