// Package base64: base64 encoding as RFC 4648 defines it, as Go's: the
// standard and URL alphabets, with or without padding, strict or not.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 alphabet with its padding choice.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '=' // standard padding character
	NoPadding  rune = -1  // no padding
)

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// NewEncoding returns a padded Encoding over the 64-byte alphabet, which
// must hold no newline and no repeated byte.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < len(encoder); i++ {
		if encoder[i] == '\n' || encoder[i] == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

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

// Strict returns a copy of the encoding that rejects non-zero trailing
// padding bits.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var StdEncoding = NewEncoding(encodeStd)
var URLEncoding = NewEncoding(encodeURL)
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode writes the encoding of src into dst (EncodedLen(len(src))
// bytes).
func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		dst[di] = enc.encode[v>>18&63]
		dst[di+1] = enc.encode[v>>12&63]
		dst[di+2] = enc.encode[v>>6&63]
		dst[di+3] = enc.encode[v&63]
		src = src[3:]
		di += 4
	}
	if len(src) == 0 {
		return
	}
	v := uint(src[0]) << 16
	if len(src) == 2 {
		v |= uint(src[1]) << 8
	}
	dst[di] = enc.encode[v>>18&63]
	dst[di+1] = enc.encode[v>>12&63]
	if len(src) == 2 {
		dst[di+2] = enc.encode[v>>6&63]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[di+2] = byte(enc.padChar)
		dst[di+3] = byte(enc.padChar)
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
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen is the most bytes n encoded bytes decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// CorruptInputError is the offset of the first bad input byte.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// isNewline: decoding skips \r and \n.
func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// quantum decodes up to four symbols of src from si into dst and returns
// where it stopped and how many bytes it wrote; padding ends the input,
// and the offsets in errors are those Go reports.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var sym [4]byte
	var err error
	nsym := 4
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			nsym = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			sym[j] = v
			continue
		}
		if isNewline(c) {
			j--
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			// "==": skip newlines to the second pad character
			for si < len(src) && isNewline(src[si]) {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && isNewline(src[si]) {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		nsym = j
		break
	}
	v := uint(sym[0])<<18 | uint(sym[1])<<12 | uint(sym[2])<<6 | uint(sym[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch nsym {
	case 4:
		dst[2] = b2
		dst[1] = b1
		dst[0] = b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, nsym - 1, err
}

// Decode writes the bytes src encodes into dst and returns how many; on
// an error, the bytes before it.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for si < len(src) {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// DecodeString returns the bytes s encodes.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

type encoder struct {
	enc  *Encoding
	w    io.Writer
	err  error
	part [3]byte // bytes of an unfinished group
	np   int
}

// NewEncoder returns a WriteCloser that encodes to w; Close writes the
// last partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.np > 0 {
		for len(p) > 0 && e.np < 3 {
			e.part[e.np] = p[0]
			e.np++
			p = p[1:]
			n++
		}
		if e.np < 3 {
			return n, nil
		}
		out := make([]byte, 4)
		e.enc.Encode(out, e.part[:])
		if _, e.err = e.w.Write(out); e.err != nil {
			return n, e.err
		}
		e.np = 0
	}
	for len(p) >= 3 {
		k := len(p) / 3 * 3
		if k > 768 {
			k = 768
		}
		out := make([]byte, k/3*4)
		e.enc.Encode(out, p[:k])
		if _, e.err = e.w.Write(out); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	n += copy(e.part[:], p)
	e.np = len(p)
	return n, nil
}

func (e *encoder) Close() error {
	if e.err == nil && e.np > 0 {
		out := make([]byte, e.enc.EncodedLen(e.np))
		e.enc.Encode(out, e.part[:e.np])
		_, e.err = e.w.Write(out)
		e.np = 0
	}
	return e.err
}

type decoder struct {
	enc  *Encoding
	r    io.Reader
	err  error // the reader's error, once seen
	derr error // a decoding error, once seen
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
			for _, c := range buf[:n] {
				if !isNewline(c) {
					d.in = append(d.in, c)
				}
			}
			d.err = err
		}
		k := len(d.in) / 4 * 4
		if d.err != nil && d.enc.padChar == NoPadding {
			k = len(d.in) // the final fragment, unpadded
		}
		if k > 0 {
			out := make([]byte, d.enc.DecodedLen(k)+3)
			n, err := d.enc.Decode(out, d.in[:k])
			d.out = out[:n]
			d.in = d.in[k:]
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
