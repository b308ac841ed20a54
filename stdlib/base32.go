// Package base32: base32 encoding as RFC 4648 defines it, as Go's: the
// standard and the extended hex alphabets, with or without padding.
package base32

import (
	"io"
	"strconv"
)

// An Encoding is a radix 32 alphabet with its padding choice.
type Encoding struct {
	encode    [32]byte
	decodeMap [256]byte
	padChar   rune
}

const (
	StdPadding rune = '=' // standard padding character
	NoPadding  rune = -1  // no padding
)

// NewEncoding returns a padded Encoding over the 32-byte alphabet.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 32 {
		panic("encoding alphabet is not 32-bytes long")
	}
	e := new(Encoding)
	copy(e.encode[:], encoder)
	e.padChar = StdPadding
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// StdEncoding is RFC 4648's standard alphabet.
var StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

// HexEncoding is RFC 4648's extended hex alphabet.
var HexEncoding = NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUV")

// WithPadding returns a copy of the encoding with the given padding
// character, or NoPadding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for i := 0; i < len(enc.encode); i++ {
		if rune(enc.encode[i]) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// symbolsFor is how many symbols encode the last k (1 to 4) bytes.
var symbolsFor = [5]int{0, 2, 4, 5, 7}

// Encode writes the encoding of src into dst (EncodedLen(len(src))
// bytes).
func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for len(src) > 0 {
		var group [5]byte
		k := copy(group[:], src)
		src = src[k:]
		// 40 bits, high first, as eight 5-bit symbols
		v := uint64(group[0])<<32 | uint64(group[1])<<24 | uint64(group[2])<<16 | uint64(group[3])<<8 | uint64(group[4])
		n := 8
		if k < 5 {
			n = symbolsFor[k]
		}
		for i := 0; i < n; i++ {
			dst[di+i] = enc.encode[v>>(35-5*uint(i))&31]
		}
		if n < 8 && enc.padChar != NoPadding {
			for i := n; i < 8; i++ {
				dst[di+i] = byte(enc.padChar)
			}
			n = 8
		}
		di += n
	}
}

// EncodeToString returns the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 4) / 5
	}
	return (n + 4) / 5 * 8
}

// DecodedLen is the most bytes n encoded bytes decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 5 / 8
	}
	return n / 8 * 5
}

// CorruptInputError is the offset of the first bad input byte (counted
// without the newlines, which decoding skips).
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base32 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func withoutNewlines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for _, c := range src {
		if c != '\n' && c != '\r' {
			out = append(out, c)
		}
	}
	return out
}

// bytesFor is how many bytes a final group of k symbols decodes to; 1, 3
// and 6 symbols cannot end a group (RFC 4648 section 6).
var bytesFor = [9]int{0, 0, 1, 0, 2, 3, 0, 4, 5}

// decode decodes src (no newlines) into dst; it says how many bytes it
// wrote and whether padding ended the input.
func (enc *Encoding) decode(dst, src []byte) (n int, end bool, err error) {
	si := 0
	for si < len(src) && !end {
		var sym [8]byte
		got := 0
		for got < 8 {
			if si == len(src) {
				if enc.padChar != NoPadding {
					return n, false, CorruptInputError(si - got) // padding missing
				}
				end = true
				break
			}
			c := src[si]
			si++
			after := len(src) - si
			if rune(c) == enc.padChar && got >= 2 && after < 8 {
				if after+got < 7 {
					return n, false, CorruptInputError(len(src)) // too little padding
				}
				for k := 0; k < 7-got; k++ {
					if after > k && src[si+k] != byte(enc.padChar) {
						return n, false, CorruptInputError(si + k - 1)
					}
				}
				end = true
				if got == 1 || got == 3 || got == 6 {
					return n, false, CorruptInputError(si - 1)
				}
				break
			}
			v := enc.decodeMap[c]
			if v == 0xff {
				return n, false, CorruptInputError(si - 1)
			}
			sym[got] = v
			got++
		}
		var v uint64
		for i := 0; i < 8; i++ {
			v = v<<5 | uint64(sym[i])
		}
		k := bytesFor[got]
		for i := 0; i < k; i++ {
			dst[n+i] = byte(v >> (32 - 8*uint(i)))
		}
		n += k
	}
	return n, end, nil
}

// Decode writes the bytes src encodes into dst and returns how many;
// newlines in src are skipped.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	n, _, err = enc.decode(dst, withoutNewlines(src))
	return n, err
}

// DecodeString returns the bytes s encodes.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	src := withoutNewlines([]byte(s))
	buf := make([]byte, len(src))
	n, _, err := enc.decode(buf, src)
	return buf[:n], err
}

type encoder struct {
	enc  *Encoding
	w    io.Writer
	err  error
	part [5]byte // bytes of an unfinished group
	np   int
}

// NewEncoder returns a WriteCloser that encodes to w; Close writes the
// last partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) emit(p []byte) {
	out := make([]byte, e.enc.EncodedLen(len(p)))
	e.enc.Encode(out, p)
	_, e.err = e.w.Write(out)
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	for len(p) > 0 {
		if e.np == 0 && len(p) >= 5 {
			k := len(p) / 5 * 5
			if k > 1000 {
				k = 1000
			}
			if e.emit(p[:k]); e.err != nil {
				return n, e.err
			}
			n += k
			p = p[k:]
			continue
		}
		c := copy(e.part[e.np:], p)
		e.np += c
		n += c
		p = p[c:]
		if e.np == 5 {
			e.np = 0
			if e.emit(e.part[:]); e.err != nil {
				return n, e.err
			}
		}
	}
	return n, nil
}

func (e *encoder) Close() error {
	if e.err == nil && e.np > 0 {
		e.emit(e.part[:e.np])
		e.np = 0
	}
	return e.err
}

type decoder struct {
	enc  *Encoding
	r    io.Reader
	err  error // the reader's error, once seen
	derr error // a decoding error, once seen
	end  bool  // padding seen: more input is an error
	in   []byte
	out  []byte
}

// NewDecoder returns a Reader of the bytes r encodes; newlines in the
// input are skipped.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: r}
}

func (d *decoder) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.derr != nil {
			return 0, d.derr
		}
		if d.err != nil && len(d.in) == 0 {
			return 0, d.err
		}
		if d.err == nil {
			buf := make([]byte, 1024)
			n, err := d.r.Read(buf)
			d.in = append(d.in, withoutNewlines(buf[:n])...)
			d.err = err
		}
		k := len(d.in) / 8 * 8
		if d.err != nil && d.enc.padChar == NoPadding {
			k = len(d.in) // the final fragment, unpadded
		}
		if k > 0 {
			if d.end {
				d.derr = CorruptInputError(0)
				continue
			}
			out := make([]byte, len(d.in[:k]))
			n, end, err := d.enc.decode(out, d.in[:k])
			d.out = out[:n]
			d.in = d.in[k:]
			d.end = end
			d.derr = err
		}
		if d.err != nil && len(d.in) > 0 {
			// a padded encoding's incomplete last group
			d.in = nil
			if d.err == io.EOF {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}
