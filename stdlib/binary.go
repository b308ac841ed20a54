// Package binary (encoding/binary): numbers to and from byte sequences,
// and varints. Read, Write and Size walk a value's type natively
// (stdlib/binary.c), as Go's package does with reflect.
package binary

import (
	"errors"
	"io"
)

// A ByteOrder reads and writes unsigned integers in one byte order.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// An AppendByteOrder appends unsigned integers in one byte order.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

type littleEndian struct{}

type bigEndian struct{}

// LittleEndian is the byte order with the least significant byte first.
var LittleEndian littleEndian

// BigEndian is the byte order with the most significant byte first.
var BigEndian bigEndian

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1] // the bounds check Go makes
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(LittleEndian.Uint32(b)) | uint64(LittleEndian.Uint32(b[4:]))<<32
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	LittleEndian.PutUint32(b, uint32(v))
	LittleEndian.PutUint32(b[4:], uint32(v>>32))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return LittleEndian.AppendUint32(LittleEndian.AppendUint32(b, uint32(v)), uint32(v>>32))
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(BigEndian.Uint32(b[4:])) | uint64(BigEndian.Uint32(b))<<32
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	BigEndian.PutUint32(b, uint32(v>>32))
	BigEndian.PutUint32(b[4:], uint32(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return BigEndian.AppendUint32(BigEndian.AppendUint32(b, uint32(v>>32)), uint32(v))
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

// isBig says which order a ByteOrder is; one of the program's own is
// asked where it puts the high byte.
func isBig(order ByteOrder) bool {
	switch order.(type) {
	case bigEndian, *bigEndian:
		return true
	case littleEndian, *littleEndian:
		return false
	}
	var probe [2]byte
	order.PutUint16(probe[:], 0x0102)
	return probe[0] == 1
}

// Size is how many bytes Write encodes v in, or -1 if v has no fixed size.
func Size(v any) int { return size(v, false) }

// Write writes the binary form of data, a fixed-size value, a slice of
// them or a pointer to one, in the given order.
func Write(w io.Writer, order ByteOrder, data any) error {
	b, ok := encode(data, isBig(order))
	if !ok {
		return errors.New("binary.Write: invalid type " + typeName(data))
	}
	_, err := w.Write(b)
	return err
}

// Read reads the binary form of data (a pointer to a fixed-size value, or
// a slice of them) in the given order, and stores it there.
func Read(r io.Reader, order ByteOrder, data any) error {
	n := size(data, true)
	if n < 0 {
		if m := basicSize(data); m > 0 {
			// Go's fast path reads a basic value's bytes before it
			// finds it cannot store them
			if _, err := io.ReadFull(r, make([]byte, m)); err != nil {
				return err
			}
		}
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return err
	}
	decode(data, isBig(order), b)
	return nil
}

func basicSize(data any) int {
	switch data.(type) {
	case bool, int8, uint8:
		return 1
	case int16, uint16:
		return 2
	case int32, uint32, float32:
		return 4
	case int64, uint64, float64:
		return 8
	}
	return 0
}

// MaxVarintLenN is the most bytes a varint of N bits takes.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint of x.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint writes the varint of x into buf and returns its length; it
// panics if buf is too small.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a varint from buf: the value and the bytes read; n == 0
// if buf is too short, n < 0 (minus the bytes read) if it overflows.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

// zigzag: small magnitudes, of either sign, make small varints
func zigzag(x int64) uint64 {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return ux
}

func unzigzag(ux uint64) int64 {
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// AppendVarint appends the zig-zag varint of x.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint writes the zig-zag varint of x into buf.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes a zig-zag varint, as Uvarint.
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	return unzigzag(ux), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint from r.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			return x, err // Go 1.19: io.EOF even after some bytes
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	return unzigzag(ux), err
}

// natives (stdlib/binary.c)
func size(data any, forRead bool) int
func encode(data any, big bool) ([]byte, bool)
func decode(data any, big bool, in []byte) bool
func typeName(data any) string
