// Package hash: the interfaces every hash function implements.
package hash

import "io"

// Hash is a running hash: Write adds to it (and never fails), Sum appends
// the hash of what was written so far to b without changing the state.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose value is also a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose value is also a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}
