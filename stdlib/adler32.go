// Package adler32: the Adler-32 checksum (RFC 1950).
package adler32

import "hash"

const Size = 4

const (
	mod  = 65521
	nmax = 5552 // the most bytes before the sums must be reduced
)

// digest holds s2 in the high half and s1 in the low half, as Go's.
type digest uint32

// New returns a hash.Hash32 computing Adler-32.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset()         { *d = 1 }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Sum32() uint32  { return uint32(*d) }

func update(d digest, p []byte) digest {
	s1, s2 := uint32(d&0xffff), uint32(d>>16)
	for len(p) > 0 {
		q := p
		if len(q) > nmax {
			q = q[:nmax]
		}
		p = p[len(q):]
		for _, x := range q {
			s1 += uint32(x)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
	}
	return digest(s2<<16 | s1)
}

func (d *digest) Write(p []byte) (int, error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum returns the Adler-32 of data.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }
