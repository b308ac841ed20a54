// Package sha512: SHA-384, SHA-512, SHA-512/224 and SHA-512/256
// (FIPS 180-4), over Nettle.
package sha512

import (
	state "crypto/internal/digest"
	"hash"
)

type digest struct{ state.State }

const (
	Size      = 64
	Size224   = 28
	Size256   = 32
	Size384   = 48
	BlockSize = 128
)

// New returns a hash.Hash computing SHA-512.
func New() hash.Hash { return &digest{state.Make(state.SHA512, Size, BlockSize)} }

// New384 returns a hash.Hash computing SHA-384.
func New384() hash.Hash { return &digest{state.Make(state.SHA384, Size384, BlockSize)} }

// New512_224 returns a hash.Hash computing SHA-512/224.
func New512_224() hash.Hash { return &digest{state.Make(state.SHA512_224, Size224, BlockSize)} }

// New512_256 returns a hash.Hash computing SHA-512/256.
func New512_256() hash.Hash { return &digest{state.Make(state.SHA512_256, Size256, BlockSize)} }

// Sum512 returns the SHA-512 of data.
func Sum512(data []byte) [Size]byte {
	var out [Size]byte
	state.Sum(state.SHA512, data, out[:])
	return out
}

// Sum384 returns the SHA-384 of data.
func Sum384(data []byte) [Size384]byte {
	var out [Size384]byte
	state.Sum(state.SHA384, data, out[:])
	return out
}

// Sum512_224 returns the SHA-512/224 of data.
func Sum512_224(data []byte) [Size224]byte {
	var out [Size224]byte
	state.Sum(state.SHA512_224, data, out[:])
	return out
}

// Sum512_256 returns the SHA-512/256 of data.
func Sum512_256(data []byte) [Size256]byte {
	var out [Size256]byte
	state.Sum(state.SHA512_256, data, out[:])
	return out
}
