// Package rand (crypto/rand): random bytes from the kernel's generator
// (getrandom), and random big integers and primes built from them.
package rand

import (
	"errors"
	"io"
	"math/big"
)

type reader struct{}

// Reader is the kernel's cryptographically secure generator.
var Reader io.Reader = &reader{}

func (r *reader) Read(b []byte) (int, error) {
	fill(b)
	return len(b), nil
}

// Read fills b with random bytes; it never fails.
func Read(b []byte) (int, error) { return io.ReadFull(Reader, b) }

func fill(b []byte)

// Int returns a uniform random value in [0, max); max <= 0 panics.
func Int(rand io.Reader, max *big.Int) (n *big.Int, err error) {
	if max.Sign() <= 0 {
		panic("crypto/rand: argument to Int is <= 0")
	}
	n = new(big.Int).Sub(max, big.NewInt(1))
	bits := n.BitLen()
	if bits == 0 {
		return n, nil // max == 1
	}
	k := (bits + 7) / 8
	top := uint(bits % 8)
	if top == 0 {
		top = 8
	}
	b := make([]byte, k)
	for {
		// draw bits bits until the number is below max
		if _, err = io.ReadFull(rand, b); err != nil {
			return nil, err
		}
		b[0] &= uint8(int(1<<top) - 1)
		n.SetBytes(b)
		if n.Cmp(max) < 0 {
			return n, nil
		}
	}
}

// Prime returns a number of the given bit length that is prime with high
// probability; bits < 2 is an error.
func Prime(rand io.Reader, bits int) (*big.Int, error) {
	if bits < 2 {
		return nil, errors.New("crypto/rand: prime size must be at least 2-bit")
	}
	b := uint(bits % 8)
	if b == 0 {
		b = 8
	}
	bytes := make([]byte, (bits+7)/8)
	p := new(big.Int)
	for {
		if _, err := io.ReadFull(rand, bytes); err != nil {
			return nil, err
		}
		// clear the bits above the length, set the top two (so a
		// product of two has twice the length) and make it odd
		bytes[0] &= uint8(int(1<<b) - 1)
		if b >= 2 {
			bytes[0] |= 3 << (b - 2)
		} else {
			bytes[0] |= 1
			if len(bytes) > 1 {
				bytes[1] |= 0x80
			}
		}
		bytes[len(bytes)-1] |= 1
		p.SetBytes(bytes)
		if p.ProbablyPrime(20) {
			return p, nil
		}
	}
}
