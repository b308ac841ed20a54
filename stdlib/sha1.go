// Package sha1: the SHA-1 hash (RFC 3174), over Nettle.
package sha1

import (
	state "crypto/internal/digest"
	"hash"
)

type digest struct{ state.State }

const (
	Size      = 20
	BlockSize = 64
)

// New returns a hash.Hash computing SHA-1.
func New() hash.Hash { return &digest{state.Make(state.SHA1, Size, BlockSize)} }

// Sum returns the SHA-1 of data.
func Sum(data []byte) [Size]byte {
	var out [Size]byte
	state.Sum(state.SHA1, data, out[:])
	return out
}
