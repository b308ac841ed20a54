// Package bytes: functions on byte slices that mirror package strings,
// and the Buffer and Reader types, as in Go. Searching, splitting and
// case mapping are native (stdlib/bytes.c, over the text.c that strings
// uses); what calls back into the program is written here.
package bytes

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

// MinRead is the smallest read Buffer.ReadFrom asks of a reader.
const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")

func Index(s, sep []byte) int
func LastIndex(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func LastIndexByte(s []byte, c byte) int
func IndexRune(s []byte, r rune) int
func IndexAny(s []byte, chars string) int
func LastIndexAny(s []byte, chars string) int
func Count(s, sep []byte) int
func Compare(a, b []byte) int
func Equal(a, b []byte) bool
func EqualFold(s, t []byte) bool
func Fields(s []byte) [][]byte

func split(s, sep []byte, save, n int) [][]byte
func trimBounds(s []byte, cutset string, spaces, left, right bool) (lo, hi int)
func mapCase(s []byte, which int) []byte
func replace(s, old, new []byte, n int) []byte

func Contains(b, subslice []byte) bool        { return Index(b, subslice) >= 0 }
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }
func ContainsRune(b []byte, r rune) bool      { return IndexRune(b, r) >= 0 }

func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone copies b; nil stays nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

func Split(s, sep []byte) [][]byte              { return split(s, sep, 0, -1) }
func SplitN(s, sep []byte, n int) [][]byte      { return split(s, sep, 0, n) }
func SplitAfter(s, sep []byte) [][]byte         { return split(s, sep, len(sep), -1) }
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// Join concatenates the slices with sep between them, into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if count > 0 && len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		out = append(out, b...)
	}
	return out
}

// Replace returns a copy of s with the first n (all if n < 0) old
// replaced by new.
func Replace(s, old, new []byte, n int) []byte { return replace(s, old, new, n) }
func ReplaceAll(s, old, new []byte) []byte     { return replace(s, old, new, -1) }

func ToUpper(s []byte) []byte { return mapCase(s, 0) }
func ToLower(s []byte) []byte { return mapCase(s, 1) }
func ToTitle(s []byte) []byte { return mapCase(s, 2) }

// Runes decodes s into runes, invalid bytes becoming RuneError.
func Runes(s []byte) []rune {
	return []rune(string(s))
}

// ToValidUTF8 replaces each run of invalid UTF-8 bytes with replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	bad := false
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 && s[i] >= utf8.RuneSelf {
			if !bad {
				b = append(b, replacement...)
			}
			bad = true
		} else {
			b = append(b, s[i:i+w]...)
			bad = false
		}
		i += w
	}
	return b
}

// TrimSpace cuts leading and trailing white space; nil if nothing is
// left, as in Go.
func TrimSpace(s []byte) []byte {
	lo, hi := trimBounds(s, "", true, true, true)
	if lo == hi {
		return nil
	}
	return s[lo:hi]
}

func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	lo, hi := trimBounds(s, cutset, false, true, true)
	if lo == hi {
		return nil
	}
	return s[lo:hi]
}

func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	lo, _ := trimBounds(s, cutset, false, true, false)
	if lo == len(s) {
		return nil
	}
	return s[lo:]
}

func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	_, hi := trimBounds(s, cutset, false, false, true)
	return s[:hi]
}

// ---- functions with callbacks ----

// decode is the rune at s[i] and its width, RuneError of width 1 for an
// invalid byte.
func decode(s []byte, i int) (rune, int) {
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRune(s[i:])
}

func indexFunc(s []byte, f func(rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, w := decode(s, i)
		if f(r) == want {
			return i
		}
		i += w
	}
	return -1
}

func lastIndexFunc(s []byte, f func(rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if f(r) == want {
			return i
		}
	}
	return -1
}

func IndexFunc(s []byte, f func(r rune) bool) int     { return indexFunc(s, f, true) }
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }
func ContainsFunc(b []byte, f func(rune) bool) bool   { return IndexFunc(b, f) >= 0 }

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i < 0 {
		return s[:0]
	}
	_, w := decode(s, i)
	return s[:i+w]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// FieldsFunc splits s around each run of runes for which f holds; each
// field's capacity ends with it.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	out := [][]byte{}
	start := -1
	for i := 0; i < len(s); {
		r, w := decode(s, i)
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		out = append(out, s[start:len(s):len(s)])
	}
	return out
}

// Map applies mapping to each rune of s into a new slice, dropping runes
// mapped to a negative value.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := decode(s, i)
		if m := mapping(r); m >= 0 {
			b = utf8.AppendRune(b, m)
		}
		i += w
	}
	return b
}

// Title title-cases the first letter of each word.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// isSeparator: what ends a word for Title (as in strings).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ---- Buffer ----

// A Buffer is a growable byte buffer that is read from the front and
// written at the back; its zero value is an empty buffer ready to use.
// buf[off:] is the unread part. lastRead says what the last operation
// read, so that UnreadByte and UnreadRune know what to give back.
type Buffer struct {
	buf      []byte
	off      int
	lastRead int
}

// Values of lastRead: a rune of 1 to 4 bytes, some other read, or
// nothing that can be unread.
const (
	opRead    = -1
	opInvalid = 0
)

// smallBuffer is the first allocation for a small write.
const smallBuffer = 64

func NewBuffer(buf []byte) *Buffer     { return &Buffer{buf: buf} }
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes is the unread part; it aliases the buffer until the next change.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int { return len(b.buf) - b.off }
func (b *Buffer) Cap() int { return cap(b.buf) }

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// Truncate keeps the first n unread bytes.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// grow makes room for n more bytes and returns where they go. It reuses
// the space already read when that is enough, else doubles.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if n <= cap(b.buf)-len(b.buf) {
		b.buf = b.buf[:len(b.buf)+n]
		return len(b.buf) - n
	}
	if b.buf == nil && n <= smallBuffer {
		b.buf = make([]byte, n, smallBuffer)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else if c > int(^uint(0)>>1)-c-n {
		panic(ErrTooLarge)
	} else {
		nb := make([]byte, 2*c+n)
		copy(nb, b.buf[b.off:])
		b.buf = nb
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	m := b.grow(len(p))
	return copy(b.buf[m:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	m := b.grow(len(s))
	return copy(b.buf[m:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	m := b.grow(1)
	b.buf[m] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	return b.WriteString(string(r))
}

// Read drains up to len(p) bytes; an empty buffer gives io.EOF (unless p
// is empty too).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next returns the next n unread bytes (fewer if there are not so many),
// aliasing the buffer.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	if m := b.Len(); n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = decode(b.buf, b.off)
	b.off += size
	b.lastRead = size
	return r, size, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = opInvalid
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// readSlice reads through the first delim (or to the end, with io.EOF),
// aliasing the buffer.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.readSlice(delim)
	return append([]byte(nil), s...), err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.readSlice(delim)
	return string(s), err
}

// ReadFrom appends everything r yields up to io.EOF.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic("bytes.Buffer: reader returned negative count from Read")
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo drains the buffer into w.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if size := b.Len(); size > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > size {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != size {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// ---- Reader ----

// A Reader reads from a byte slice; it implements io.Reader, ReaderAt,
// Seeker, ByteReader and RuneReader. prevRune is where the last ReadRune
// started, or -1.
type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = decode(r.s, int(r.i))
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	b := r.s[r.i:]
	m, err := w.Write(b)
	if m > len(b) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(b) && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}
