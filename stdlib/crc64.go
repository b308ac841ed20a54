// Package crc64: the 64-bit cyclic redundancy check, with the ISO and
// ECMA polynomials (reversed bit order, as Go's).
package crc64

import "hash"

const Size = 8

const (
	ISO  = 0xD800000000000000
	ECMA = 0xC96C5795D7870F42
)

// Table is the 256-entry table of a polynomial.
type Table [256]uint64

var isoTable, ecmaTable *Table

func makeTable(poly uint64) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		crc := uint64(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns the table of poly; ISO's and ECMA's are shared.
func MakeTable(poly uint64) *Table {
	switch poly {
	case ISO:
		if isoTable == nil {
			isoTable = makeTable(ISO)
		}
		return isoTable
	case ECMA:
		if ecmaTable == nil {
			ecmaTable = makeTable(ECMA)
		}
		return ecmaTable
	}
	return makeTable(poly)
}

// Update returns the CRC of p appended to the data whose CRC is crc.
func Update(crc uint64, tab *Table, p []byte) uint64 {
	_ = tab[0] // a nil table panics here, as in Go
	return update(crc, tab, p)
}

// update is the table walk, native (stdlib/crc.c).
func update(crc uint64, tab *Table, p []byte) uint64

// Checksum returns the CRC of data under tab.
func Checksum(data []byte, tab *Table) uint64 { return Update(0, tab, data) }

type digest struct {
	crc uint64
	tab *Table
}

// New returns a hash.Hash64 computing the CRC under tab.
func New(tab *Table) hash.Hash64 { return &digest{0, tab} }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum64() uint64  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>56), byte(s>>48), byte(s>>40), byte(s>>32), byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
