// Package crc32: the 32-bit cyclic redundancy check, with the IEEE,
// Castagnoli and Koopman polynomials (reversed bit order, as Go's).
package crc32

import "hash"

const Size = 4

const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

// Table is the 256-entry table of a polynomial.
type Table [256]uint32

// IEEETable is the table of the IEEE polynomial.
var IEEETable = simpleMakeTable(IEEE)

var castagnoliTable *Table

func simpleMakeTable(poly uint32) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		crc := uint32(i)
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

// MakeTable returns the table of poly; the tables of IEEE and Castagnoli
// are made once and shared, as Go's.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = simpleMakeTable(Castagnoli)
		}
		return castagnoliTable
	}
	return simpleMakeTable(poly)
}

// Update returns the CRC of p appended to the data whose CRC is crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	_ = tab[0] // a nil table panics here, as in Go
	return update(crc, tab, p)
}

// update is the table walk, native (stdlib/crc.c).
func update(crc uint32, tab *Table, p []byte) uint32

// Checksum returns the CRC of data under tab.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC of data under the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

// New returns a hash.Hash32 computing the CRC under tab.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE returns a hash.Hash32 computing the CRC under IEEE.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
