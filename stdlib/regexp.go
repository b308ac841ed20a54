// Package regexp: regular expressions as Go's, over RE2 (whose syntax is
// Go's syntax): RE2 compiles and matches (stdlib/regexp.c and the C++
// shim stdlib/regexp_re2.cc); this file gives the package Go's shape,
// with the loops of FindAll, ReplaceAll, Split and Expand as Go writes
// them (so empty matches behave as Go's), and Go's error texts.
package regexp

import (
	"bytes"
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A compiled RE2 program, freed when the collector finds it unreachable.
type re2 struct {
	handle *byte
}

// compile returns the program, or nil with RE2's error code and the
// fragment it blames.
func compile1(expr string, posix, longest bool) (h *re2, code int, arg string)
func numGroups(h *re2) int
func groupName(h *re2, i int) string

// exec matches b (when not nil) or s from pos and returns ncap offsets,
// or nil for no match.
func exec(h *re2, b []byte, s string, pos int, ncap int) []int
func matches(h *re2, b []byte, s string) bool

// Regexp is the representation of a compiled regular expression. A
// Regexp is safe for concurrent use by multiple goroutines, except for
// configuration methods, such as Longest.
type Regexp struct {
	expr           string
	h              *re2
	numSubexp      int
	ncap           int
	subexpNames    []string
	prefix         string
	prefixComplete bool
	posix          bool
	longest        bool
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp object copied from re.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// Compile parses a regular expression and returns, if successful, a
// Regexp object that can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, false, false)
}

// CompilePOSIX is like Compile but restricts the regular expression to
// POSIX ERE (egrep) syntax and changes the match semantics to
// leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, true, true)
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() {
	if re.longest {
		return
	}
	h, _, _ := compile1(re.expr, re.posix, true)
	if h != nil {
		re.h = h
		re.longest = true
	}
}

// RE2's error codes, in the order of regexp_re2.h, as Go's.
var errorCodes = [...]syntax.ErrorCode{
	syntax.ErrInternalError,
	syntax.ErrInternalError,
	syntax.ErrInvalidEscape,
	syntax.ErrInvalidCharClass,
	syntax.ErrInvalidCharRange,
	syntax.ErrMissingBracket,
	syntax.ErrMissingParen,
	syntax.ErrUnexpectedParen,
	syntax.ErrTrailingBackslash,
	syntax.ErrMissingRepeatArgument,
	syntax.ErrInvalidRepeatSize,
	syntax.ErrInvalidRepeatOp,
	syntax.ErrInvalidPerlOp,
	syntax.ErrInvalidUTF8,
	syntax.ErrInvalidNamedCapture,
	syntax.ErrorCode("expression too large"),
}

func compile(expr string, posix, longest bool) (*Regexp, error) {
	if err := goRejects(expr); err != nil {
		return nil, err
	}
	h, code, arg := compile1(expr, posix, longest)
	if h == nil {
		c := syntax.ErrInternalError
		if code >= 0 && code < len(errorCodes) {
			c = errorCodes[code]
		}
		return nil, &syntax.Error{Code: c, Expr: goArg(c, expr, arg)}
	}
	re := &Regexp{expr: expr, h: h, posix: posix, longest: longest}
	re.numSubexp = numGroups(h)
	re.ncap = 2 * (1 + re.numSubexp)
	re.subexpNames = make([]string, 1+re.numSubexp)
	for i := 1; i <= re.numSubexp; i++ {
		re.subexpNames[i] = groupName(h, i)
	}
	re.prefix, re.prefixComplete = literalPrefix(expr, posix)
	return re, nil
}

// goRejects finds what Go rejects before parsing (invalid UTF-8, which
// Go reports from the bad byte on), groups nested 1000 deep
// (Go's limit on its syntax tree's height, approximated) and the syntax
// RE2 takes and Go does not: \C, any byte.
func goRejects(expr string) error {
	for s := expr; s != ""; {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			return &syntax.Error{Code: syntax.ErrInvalidUTF8, Expr: s}
		}
		s = s[size:]
	}
	depth := 0
	for i := 0; i < len(expr); {
		switch expr[i] {
		case '(':
			if depth++; depth >= 1000 {
				return &syntax.Error{Code: syntax.ErrNestingDepth, Expr: expr}
			}
			i++
		case ')':
			depth--
			i++
		default:
			i = atomEnd(expr, i)
		}
	}
	for i := 0; i+1 < len(expr); i++ {
		if expr[i] != '\\' {
			continue
		}
		switch expr[i+1] {
		case 'C':
			return &syntax.Error{Code: syntax.ErrInvalidEscape, Expr: `\C`}
		case 'Q':
			end := strings.Index(expr[i+2:], `\E`)
			if end < 0 {
				return nil
			}
			i += 2 + end + 1
		default:
			i++
		}
	}
	return nil
}

// goArg is the fragment Go's error names, from RE2's.
func goArg(c syntax.ErrorCode, expr, arg string) string {
	switch c {
	case syntax.ErrMissingParen, syntax.ErrUnexpectedParen:
		return expr
	case syntax.ErrTrailingBackslash:
		return ""
	}
	return arg
}

// literalPrefix is the literal text every match must start with, and
// whether it is the whole expression, as Go computes it from its
// compiled program: captures and (?:) groups are transparent, x+ and
// x{n,} keep one or n copies of x, x{n} is n copies, alternatives give
// their common prefix. Escapes Go reads as literals (\x41, \t) end the
// prefix here.
func literalPrefix(expr string, posix bool) (string, bool) {
	return prefixOf(expr)
}

func prefixOf(s string) (string, bool) {
	alts := splitAlts(s)
	if len(alts) == 1 {
		return seqPrefix(s)
	}
	common, _ := seqPrefix(alts[0])
	for _, a := range alts[1:] {
		p, _ := seqPrefix(a)
		n := 0
		for n < len(common) && n < len(p) && common[n] == p[n] {
			n++
		}
		for n > 0 && n < len(common) && !utf8.RuneStart(common[n]) {
			n--
		}
		common = common[:n]
	}
	return common, false
}

// atomEnd is the end of the atom at s[i]: an escape, a class, a group
// or one rune.
func atomEnd(s string, i int) int {
	switch s[i] {
	case '\\':
		if i+1 < len(s) && s[i+1] == 'Q' {
			if e := strings.Index(s[i+2:], `\E`); e >= 0 {
				return i + 2 + e + 2
			}
			return len(s)
		}
		if i+1 < len(s) && (s[i+1] == 'p' || s[i+1] == 'P' || s[i+1] == 'x') && i+2 < len(s) && s[i+2] == '{' {
			if e := strings.IndexByte(s[i:], '}'); e >= 0 {
				return i + e + 1
			}
		}
		if i+1 < len(s) {
			_, n := utf8.DecodeRuneInString(s[i+1:])
			return i + 1 + n
		}
		return len(s)
	case '[':
		j := i + 1
		if j < len(s) && s[j] == '^' {
			j++
		}
		if j < len(s) && s[j] == ']' {
			j++
		}
		for j < len(s) && s[j] != ']' {
			if s[j] == '\\' {
				j++
			} else if s[j] == '[' && j+1 < len(s) && s[j+1] == ':' {
				if e := strings.Index(s[j+2:], ":]"); e >= 0 {
					j += 2 + e + 1
				}
			}
			j++
		}
		return j + 1
	case '(':
		depth := 0
		for j := i; j < len(s); {
			switch s[j] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return j + 1
				}
			case '\\', '[':
				j = atomEnd(s, j)
				continue
			}
			j++
		}
		return len(s)
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + n
}

// splitAlts splits s at its top-level |.
func splitAlts(s string) []string {
	var alts []string
	start := 0
	for i := 0; i < len(s); {
		if s[i] == '|' {
			alts = append(alts, s[start:i])
			start = i + 1
			i++
			continue
		}
		i = atomEnd(s, i)
	}
	return append(alts, s[start:])
}

// repeat reads a {n}, {n,} or {n,m} at s[i]: its bounds and end.
func repeat(s string, i int) (lo, hi, end int, ok bool) {
	e := strings.IndexByte(s[i:], '}')
	if e < 0 {
		return 0, 0, 0, false
	}
	body := s[i+1 : i+e]
	los, his, comma := strings.Cut(body, ",")
	lo, err := strconv.Atoi(los)
	if err != nil {
		return 0, 0, 0, false
	}
	hi = lo
	if comma {
		hi = -1
		if his != "" {
			if hi, err = strconv.Atoi(his); err != nil {
				return 0, 0, 0, false
			}
		}
	}
	return lo, hi, i + e + 1, true
}

func seqPrefix(s string) (string, bool) {
	var buf strings.Builder
	for i := 0; i < len(s); {
		end := atomEnd(s, i)
		var text string
		whole := true
		switch c := s[i]; {
		case c == '(':
			inner := s[i+1 : end-1]
			if strings.HasPrefix(inner, "?:") {
				inner = inner[2:]
			} else if strings.HasPrefix(inner, "?P<") {
				inner = inner[strings.IndexByte(inner, '>')+1:]
			} else if strings.HasPrefix(inner, "?") {
				return buf.String(), false
			}
			text, whole = prefixOf(inner)
		case c == '\\' && end-i >= 2 && s[i+1] == 'Q':
			lit := strings.TrimSuffix(s[i+2:end], `\E`)
			if lit == "" {
				i = end
				continue
			}
			_, n := utf8.DecodeLastRuneInString(lit)
			if end < len(s) && strings.IndexByte("*+?{", s[end]) >= 0 {
				buf.WriteString(lit[:len(lit)-n])
				text = lit[len(lit)-n:]
			} else {
				text = lit
			}
		case c == '\\':
			if end-i != 2 || s[i+1] >= utf8.RuneSelf || unicode.IsLetter(rune(s[i+1])) || unicode.IsDigit(rune(s[i+1])) {
				return buf.String(), false
			}
			text = s[i+1 : end]
		case c == '[' && end <= len(s) && utf8.RuneCountInString(s[i+1:end-1]) == 1 &&
			s[i+1] != '^' && s[i+1] != '\\':
			text = s[i+1 : end-1]
		case strings.IndexByte(`.+*?[]{}^$`, c) >= 0:
			return buf.String(), false
		default:
			if r, _ := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError {
				return buf.String(), false
			}
			text = s[i:end]
		}
		i = end
		if i < len(s) {
			switch s[i] {
			case '*', '?':
				return buf.String(), false
			case '+':
				buf.WriteString(text)
				return buf.String(), false
			case '{':
				lo, hi, e, ok := repeat(s, i)
				if ok && lo == 0 && hi == 0 {
					i = e
					continue
				}
				if !ok || lo == 0 {
					return buf.String(), false
				}
				if !whole {
					buf.WriteString(text)
					return buf.String(), false
				}
				buf.WriteString(strings.Repeat(text, lo))
				if hi != lo {
					return buf.String(), false
				}
				i = e
				if i < len(s) && s[i] == '?' {
					i++
				}
				continue
			}
		}
		buf.WriteString(text)
		if !whole {
			return buf.String(), false
		}
	}
	return buf.String(), true
}

// MustCompile is like Compile but panics if the expression cannot be
// parsed.
func MustCompile(str string) *Regexp {
	regexp, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return regexp
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression
// cannot be parsed.
func MustCompilePOSIX(str string) *Regexp {
	regexp, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return regexp
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// NumSubexp returns the number of parenthesized subexpressions.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the names of the parenthesized subexpressions.
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the first subexpression with the
// given name, or -1 if there is none.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// readAll reads r's runes to the end, as UTF-8.
func readAll(r io.RuneReader) []byte {
	b := []byte{}
	for {
		c, size, err := r.ReadRune()
		if err != nil || size == 0 {
			return b
		}
		b = utf8.AppendRune(b, c)
	}
}

// doExecute is Go's: it finds the leftmost match in r, b or s (the
// first that is set), from pos, and returns ncap offsets or nil.
func (re *Regexp) doExecute(r io.RuneReader, b []byte, s string, pos int, ncap int, dstCap []int) []int {
	if r != nil {
		b = readAll(r)
	}
	a := exec(re.h, b, s, pos, ncap)
	if a == nil {
		return nil
	}
	if dstCap != nil {
		return append(dstCap, a...)
	}
	return a
}

func (re *Regexp) doMatch(r io.RuneReader, b []byte, s string) bool {
	if r != nil {
		b = readAll(r)
	}
	return matches(re.h, b, s)
}

// LiteralPrefix returns a literal string that must begin any match of
// the regular expression re. It returns the boolean true if the literal
// string comprises the entire regular expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.prefixComplete
}

// MatchReader reports whether the text returned by the RuneReader
// contains any match of the regular expression re.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.doMatch(r, nil, "")
}

// MatchString reports whether the string s contains any match of re.
func (re *Regexp) MatchString(s string) bool {
	return re.doMatch(nil, nil, s)
}

// Match reports whether the byte slice b contains any match of re.
func (re *Regexp) Match(b []byte) bool {
	return re.doMatch(nil, b, "")
}

// MatchReader reports whether the text returned by the RuneReader
// contains any match of the regular expression pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString reports whether the string s contains any match of the
// regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the
// regular expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}
// ReplaceAllString returns a copy of src, replacing matches of the Regexp
// with the replacement string repl. Inside repl, $ signs are interpreted as
// in Expand, so for instance $1 represents the text of the first submatch.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	n := 2
	if strings.Contains(repl, "$") {
		n = 2 * (re.numSubexp + 1)
	}
	b := re.replaceAll(nil, src, n, func(dst []byte, match []int) []byte {
		return re.expand(dst, repl, nil, src, match)
	})
	return string(b)
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of the Regexp
// with the replacement string repl. The replacement repl is substituted directly,
// without using Expand.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(nil, src, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src in which all matches of the
// Regexp have been replaced by the return value of function repl applied
// to the matched substring. The replacement returned by repl is substituted
// directly, without using Expand.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	b := re.replaceAll(nil, src, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
	return string(b)
}

func (re *Regexp) replaceAll(bsrc []byte, src string, nmatch int, repl func(dst []byte, m []int) []byte) []byte {
	lastMatchEnd := 0 // end position of the most recent match
	searchPos := 0    // position where we next look for a match
	var buf []byte
	var endPos int
	if bsrc != nil {
		endPos = len(bsrc)
	} else {
		endPos = len(src)
	}
	if nmatch > re.ncap {
		nmatch = re.ncap
	}

	var dstCap [2]int
	for searchPos <= endPos {
		a := re.doExecute(nil, bsrc, src, searchPos, nmatch, dstCap[:0])
		if len(a) == 0 {
			break // no more matches
		}

		// Copy the unmatched characters before this match.
		if bsrc != nil {
			buf = append(buf, bsrc[lastMatchEnd:a[0]]...)
		} else {
			buf = append(buf, src[lastMatchEnd:a[0]]...)
		}

		// Now insert a copy of the replacement string, but not for a
		// match of the empty string immediately after another match.
		// (Otherwise, we get double replacement for patterns that
		// match both empty and nonempty strings.)
		if a[1] > lastMatchEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastMatchEnd = a[1]

		// Advance past this match; always advance at least one character.
		var width int
		if bsrc != nil {
			_, width = utf8.DecodeRune(bsrc[searchPos:])
		} else {
			_, width = utf8.DecodeRuneInString(src[searchPos:])
		}
		if searchPos+width > a[1] {
			searchPos += width
		} else if searchPos+1 > a[1] {
			// This clause is only needed at the end of the input
			// string. In that case, DecodeRuneInString returns width=0.
			searchPos++
		} else {
			searchPos = a[1]
		}
	}

	// Copy the unmatched characters after the last match.
	if bsrc != nil {
		buf = append(buf, bsrc[lastMatchEnd:]...)
	} else {
		buf = append(buf, src[lastMatchEnd:]...)
	}

	return buf
}

// ReplaceAll returns a copy of src, replacing matches of the Regexp
// with the replacement text repl. Inside repl, $ signs are interpreted as
// in Expand, so for instance $1 represents the text of the first submatch.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	n := 2
	if bytes.IndexByte(repl, '$') >= 0 {
		n = 2 * (re.numSubexp + 1)
	}
	srepl := ""
	b := re.replaceAll(src, "", n, func(dst []byte, match []int) []byte {
		if len(srepl) != len(repl) {
			srepl = string(repl)
		}
		return re.expand(dst, srepl, src, "", match)
	})
	return b
}

// ReplaceAllLiteral returns a copy of src, replacing matches of the Regexp
// with the replacement bytes repl. The replacement repl is substituted directly,
// without using Expand.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(src, "", 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src in which all matches of the
// Regexp have been replaced by the return value of function repl applied
// to the matched byte slice. The replacement returned by repl is substituted
// directly, without using Expand.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(src, "", 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
}

// Bitmap used by func special to check whether a character needs to be escaped.
var specialBytes [16]byte

// special reports whether byte b needs to be escaped by QuoteMeta.
func special(b byte) bool {
	return b < utf8.RuneSelf && specialBytes[b%16]&(1<<(b/16)) != 0
}

func init() {
	for _, b := range []byte(`\.+*?()|[]{}^$`) {
		specialBytes[b%16] |= 1 << (b / 16)
	}
}

// QuoteMeta returns a string that escapes all regular expression metacharacters
// inside the argument text; the returned string is a regular expression matching
// the literal text.
func QuoteMeta(s string) string {
	// A byte loop is correct because all metacharacters are ASCII.
	var i int
	for i = 0; i < len(s); i++ {
		if special(s[i]) {
			break
		}
	}
	// No meta characters found, so return original string.
	if i >= len(s) {
		return s
	}

	b := make([]byte, 2*len(s)-i)
	copy(b, s[:i])
	j := i
	for ; i < len(s); i++ {
		if special(s[i]) {
			b[j] = '\\'
			j++
		}
		b[j] = s[i]
		j++
	}
	return string(b[:j])
}

// The number of capture values in the program may correspond
// to fewer capturing expressions than are in the regexp.
// For example, "(a){0}" turns into an empty program, so the
// maximum capture in the program is 0 but we need to return
// an expression for \1.  Pad appends -1s to the slice a as needed.
func (re *Regexp) pad(a []int) []int {
	if a == nil {
		// No match.
		return nil
	}
	n := (1 + re.numSubexp) * 2
	for len(a) < n {
		a = append(a, -1)
	}
	return a
}

// allMatches calls deliver at most n times
// with the location of successive matches in the input text.
// The input text is b if non-nil, otherwise s.
func (re *Regexp) allMatches(s string, b []byte, n int, ncap int, deliver func([]int)) {
	var end int
	if b == nil {
		end = len(s)
	} else {
		end = len(b)
	}

	for pos, i, prevMatchEnd := 0, 0, -1; i < n && pos <= end; {
		matches := re.doExecute(nil, b, s, pos, ncap, nil)
		if len(matches) == 0 {
			break
		}

		accept := true
		if matches[1] == pos {
			// We've found an empty match.
			if matches[0] == prevMatchEnd {
				// We don't allow an empty match right
				// after a previous match, so ignore it.
				accept = false
			}
			var width int
			if b == nil {
				_, width = utf8.DecodeRuneInString(s[pos:])
			} else {
				_, width = utf8.DecodeRune(b[pos:])
			}
			if width > 0 {
				pos += width
			} else {
				pos = end + 1
			}
		} else {
			pos = matches[1]
		}
		prevMatchEnd = matches[1]

		if accept {
			deliver(re.pad(matches))
			i++
		}
	}
}

// Find returns a slice holding the text of the leftmost match in b of the regular expression.
// A return value of nil indicates no match.
func (re *Regexp) Find(b []byte) []byte {
	var dstCap [2]int
	a := re.doExecute(nil, b, "", 0, 2, dstCap[:0])
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns a two-element slice of integers defining the location of
// the leftmost match in b of the regular expression. The match itself is at
// b[loc[0]:loc[1]].
// A return value of nil indicates no match.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := re.doExecute(nil, b, "", 0, 2, nil)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns a string holding the text of the leftmost match in s of the regular
// expression. If there is no match, the return value is an empty string,
// but it will also be empty if the regular expression successfully matches
// an empty string. Use FindStringIndex or FindStringSubmatch if it is
// necessary to distinguish these cases.
func (re *Regexp) FindString(s string) string {
	var dstCap [2]int
	a := re.doExecute(nil, nil, s, 0, 2, dstCap[:0])
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns a two-element slice of integers defining the
// location of the leftmost match in s of the regular expression. The match
// itself is at s[loc[0]:loc[1]].
// A return value of nil indicates no match.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := re.doExecute(nil, nil, s, 0, 2, nil)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns a two-element slice of integers defining the
// location of the leftmost match of the regular expression in text read from
// the RuneReader. The match text was found in the input stream at
// byte offset loc[0] through loc[1]-1.
// A return value of nil indicates no match.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	a := re.doExecute(r, nil, "", 0, 2, nil)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns a slice of slices holding the text of the leftmost
// match of the regular expression in b and the matches, if any, of its
// subexpressions, as defined by the 'Submatch' descriptions in the package
// comment.
// A return value of nil indicates no match.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	var dstCap [4]int
	a := re.doExecute(nil, b, "", 0, re.ncap, dstCap[:0])
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// Expand appends template to dst and returns the result; during the
// append, Expand replaces variables in the template with corresponding
// matches drawn from src. The match slice should have been returned by
// FindSubmatchIndex.
//
// In the template, a variable is denoted by a substring of the form
// $name or ${name}, where name is a non-empty sequence of letters,
// digits, and underscores. A purely numeric name like $1 refers to
// the submatch with the corresponding index; other names refer to
// capturing parentheses named with the (?P<name>...) syntax. A
// reference to an out of range or unmatched index or a name that is not
// present in the regular expression is replaced with an empty slice.
//
// In the $name form, name is taken to be as long as possible: $1x is
// equivalent to ${1x}, not ${1}x, and, $10 is equivalent to ${10}, not ${1}0.
//
// To insert a literal $ in the output, use $$ in the template.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", match)
}

// ExpandString is like Expand but the template and source are strings.
// It appends to and returns a byte slice in order to give the calling
// code control over allocation.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, match []int) []byte {
	for len(template) > 0 {
		before, after, ok := strings.Cut(template, "$")
		if !ok {
			break
		}
		dst = append(dst, before...)
		template = after
		if template != "" && template[0] == '$' {
			// Treat $$ as $.
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// Malformed; treat $ as raw text.
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				if bsrc != nil {
					dst = append(dst, bsrc[match[2*num]:match[2*num+1]]...)
				} else {
					dst = append(dst, src[match[2*num]:match[2*num+1]]...)
				}
			}
		} else {
			for i, namei := range re.subexpNames {
				if name == namei && 2*i+1 < len(match) && match[2*i] >= 0 {
					if bsrc != nil {
						dst = append(dst, bsrc[match[2*i]:match[2*i+1]]...)
					} else {
						dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					}
					break
				}
			}
		}
	}
	dst = append(dst, template...)
	return dst
}

// extract returns the name from a leading "name" or "{name}" in str.
// (The $ has already been removed by the caller.)
// If it is a number, extract returns num set to that number; otherwise num = -1.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		rune, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(rune) && !unicode.IsDigit(rune) && rune != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		// empty name is not okay
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			// missing closing brace
			return
		}
		i++
	}

	// Parse number.
	num = 0
	for i := 0; i < len(name); i++ {
		if name[i] < '0' || '9' < name[i] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[i]) - '0'
	}
	// Disallow leading zeros.
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}

	rest = str[i:]
	ok = true
	return
}

// FindSubmatchIndex returns a slice holding the index pairs identifying the
// leftmost match of the regular expression in b and the matches, if any, of
// its subexpressions, as defined by the 'Submatch' and 'Index' descriptions
// in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.pad(re.doExecute(nil, b, "", 0, re.ncap, nil))
}

// FindStringSubmatch returns a slice of strings holding the text of the
// leftmost match of the regular expression in s and the matches, if any, of
// its subexpressions, as defined by the 'Submatch' description in the
// package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindStringSubmatch(s string) []string {
	var dstCap [4]int
	a := re.doExecute(nil, nil, s, 0, re.ncap, dstCap[:0])
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns a slice holding the index pairs
// identifying the leftmost match of the regular expression in s and the
// matches, if any, of its subexpressions, as defined by the 'Submatch' and
// 'Index' descriptions in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.pad(re.doExecute(nil, nil, s, 0, re.ncap, nil))
}

// FindReaderSubmatchIndex returns a slice holding the index pairs
// identifying the leftmost match of the regular expression of text read by
// the RuneReader, and the matches, if any, of its subexpressions, as defined
// by the 'Submatch' and 'Index' descriptions in the package comment. A
// return value of nil indicates no match.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.pad(re.doExecute(r, nil, "", 0, re.ncap, nil))
}

const startSize = 10 // The size at which to start a slice in the 'All' routines.

// FindAll is the 'All' version of Find; it returns a slice of all successive
// matches of the expression, as defined by the 'All' description in the
// package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]byte
	re.allMatches("", b, n, 2, func(match []int) {
		if result == nil {
			result = make([][]byte, 0, startSize)
		}
		result = append(result, b[match[0]:match[1]:match[1]])
	})
	return result
}

// FindAllIndex is the 'All' version of FindIndex; it returns a slice of all
// successive matches of the expression, as defined by the 'All' description
// in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]int
	re.allMatches("", b, n, 2, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match[0:2])
	})
	return result
}

// FindAllString is the 'All' version of FindString; it returns a slice of all
// successive matches of the expression, as defined by the 'All' description
// in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAllString(s string, n int) []string {
	if n < 0 {
		n = len(s) + 1
	}
	var result []string
	re.allMatches(s, nil, n, 2, func(match []int) {
		if result == nil {
			result = make([]string, 0, startSize)
		}
		result = append(result, s[match[0]:match[1]])
	})
	return result
}

// FindAllStringIndex is the 'All' version of FindStringIndex; it returns a
// slice of all successive matches of the expression, as defined by the 'All'
// description in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, nil, n, 2, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match[0:2])
	})
	return result
}

// FindAllSubmatch is the 'All' version of FindSubmatch; it returns a slice
// of all successive matches of the expression, as defined by the 'All'
// description in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][][]byte
	re.allMatches("", b, n, re.ncap, func(match []int) {
		if result == nil {
			result = make([][][]byte, 0, startSize)
		}
		slice := make([][]byte, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = b[match[2*j]:match[2*j+1]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

// FindAllSubmatchIndex is the 'All' version of FindSubmatchIndex; it returns
// a slice of all successive matches of the expression, as defined by the
// 'All' description in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]int
	re.allMatches("", b, n, re.ncap, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match)
	})
	return result
}

// FindAllStringSubmatch is the 'All' version of FindStringSubmatch; it
// returns a slice of all successive matches of the expression, as defined by
// the 'All' description in the package comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]string
	re.allMatches(s, nil, n, re.ncap, func(match []int) {
		if result == nil {
			result = make([][]string, 0, startSize)
		}
		slice := make([]string, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = s[match[2*j]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

// FindAllStringSubmatchIndex is the 'All' version of
// FindStringSubmatchIndex; it returns a slice of all successive matches of
// the expression, as defined by the 'All' description in the package
// comment.
// A return value of nil indicates no match.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, nil, n, re.ncap, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match)
	})
	return result
}

// Split slices s into substrings separated by the expression and returns a slice of
// the substrings between those expression matches.
//
// The slice returned by this method consists of all the substrings of s
// not contained in the slice returned by FindAllString. When called on an expression
// that contains no metacharacters, it is equivalent to strings.SplitN.
//
// Example:
//
//	s := regexp.MustCompile("a*").Split("abaabaccadaaae", 5)
//	// s: ["", "b", "b", "c", "cadaaae"]
//
// The count determines the number of substrings to return:
//
//	n > 0: at most n substrings; the last substring will be the unsplit remainder.
//	n == 0: the result is nil (zero substrings)
//	n < 0: all substrings
func (re *Regexp) Split(s string, n int) []string {

	if n == 0 {
		return nil
	}

	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}

	matches := re.FindAllStringIndex(s, n)
	strings := make([]string, 0, len(matches))

	beg := 0
	end := 0
	for _, match := range matches {
		if n > 0 && len(strings) >= n-1 {
			break
		}

		end = match[0]
		if match[1] != 0 {
			strings = append(strings, s[beg:end])
		}
		beg = match[1]
	}

	if end != len(s) {
		strings = append(strings, s[beg:])
	}

	return strings
}
