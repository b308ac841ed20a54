// Package hex: hexadecimal encoding and decoding, as Go's (lower-case
// output; either case accepted).
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength reports an odd number of hexadecimal digits.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is a byte that is not a hexadecimal digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen is the length of an encoding of n bytes.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen is the length of a decoding of x digits.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the 2*len(src) digits of src into dst.
func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = digits[b>>4]
		dst[2*i+1] = digits[b&0x0f]
	}
	return len(src) * 2
}

// value is the digit's value, or 0xff if c is not a hexadecimal digit.
func value(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode writes the bytes of the digits in src into dst and returns how
// many; the first bad byte is an InvalidByteError, checked before an odd
// length is ErrLength.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, lo := value(src[2*n]), value(src[2*n+1])
		if hi == 0xff {
			return n, InvalidByteError(src[2*n])
		}
		if lo == 0xff {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 == 1 {
		if last := src[len(src)-1]; value(last) == 0xff {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// EncodeToString returns the digits of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodeString returns the bytes the digits of s stand for (those before
// an error, with the error).
func DecodeString(s string) ([]byte, error) {
	b := []byte(s)
	n, err := Decode(b, b)
	return b[:n], err
}

// Dump returns a hex dump of data as `hexdump -C` prints it.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

const chunk = 512 // bytes encoded per Write of an encoder

type encoder struct {
	w   io.Writer
	err error
	out [2 * chunk]byte
}

// NewEncoder returns a Writer that writes the hex digits of what it is
// given to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk {
			k = chunk
		}
		m := Encode(e.out[:], p[:k])
		var written int
		written, e.err = e.w.Write(e.out[:m])
		n += written / 2
		p = p[k:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // digits read and not yet decoded
	buf [2 * chunk]byte
}

// NewDecoder returns a Reader of the bytes whose digits r holds.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.buf[:], d.in)
		var got int
		got, d.err = d.r.Read(d.buf[kept:])
		d.in = d.buf[:kept+got]
		if d.err == io.EOF && len(d.in)%2 == 1 {
			if last := d.in[len(d.in)-1]; value(last) == 0xff {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, nil
}

// Dumper returns a WriteCloser that writes a hex dump of what it is
// given to w; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w      io.Writer
	text   [18]byte // the line's characters between bars
	used   int      // bytes on the current line
	offset uint     // bytes dumped
	closed bool
}

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

// cell is the text after the column-th byte of a line: a space, two
// after the eighth, and the opening bar after the sixteenth.
func cell(column int) string {
	switch column {
	case 7:
		return "  "
	case 15:
		return "  |"
	}
	return " "
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if h.used == 0 {
			o := h.offset
			head := []byte{byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o)}
			if _, err = h.w.Write([]byte(EncodeToString(head) + "  ")); err != nil {
				return
			}
		}
		if _, err = h.w.Write([]byte(string([]byte{digits[b>>4], digits[b&0x0f]}) + cell(h.used))); err != nil {
			return
		}
		n++
		h.text[h.used] = printable(b)
		h.used++
		h.offset++
		if h.used == 16 {
			h.text[16] = '|'
			h.text[17] = '\n'
			if _, err = h.w.Write(h.text[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	k := h.used
	for ; h.used < 16; h.used++ {
		if _, err = h.w.Write([]byte("  " + cell(h.used))); err != nil {
			return
		}
	}
	h.text[k] = '|'
	h.text[k+1] = '\n'
	_, err = h.w.Write(h.text[:k+2])
	return
}
