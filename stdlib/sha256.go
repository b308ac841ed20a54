// Package sha256: SHA-224 and SHA-256 (FIPS 180-4), over Nettle.
package sha256

import (
	state "crypto/internal/digest"
	"hash"
)

type digest struct{ state.State }

const (
	Size      = 32
	Size224   = 28
	BlockSize = 64
)

// New returns a hash.Hash computing SHA-256.
func New() hash.Hash { return &digest{state.Make(state.SHA256, Size, BlockSize)} }

// New224 returns a hash.Hash computing SHA-224.
func New224() hash.Hash { return &digest{state.Make(state.SHA224, Size224, BlockSize)} }

// Sum256 returns the SHA-256 of data.
func Sum256(data []byte) [Size]byte {
	var out [Size]byte
	state.Sum(state.SHA256, data, out[:])
	return out
}

// Sum224 returns the SHA-224 of data.
func Sum224(data []byte) [Size224]byte {
	var out [Size224]byte
	state.Sum(state.SHA224, data, out[:])
	return out
}
