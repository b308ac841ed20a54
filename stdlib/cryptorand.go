// Package rand (crypto/rand): random bytes from the kernel's generator
// (getrandom). Int and Prime need math/big, which gosh does not have yet.
package rand

import "io"

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
