// Package md5: the MD5 hash (RFC 1321), over Nettle. Broken for
// security; fine as a checksum.
package md5

import (
	state "crypto/internal/digest"
	"hash"
)

type digest struct{ state.State }

const (
	Size      = 16
	BlockSize = 64
)

// New returns a hash.Hash computing MD5.
func New() hash.Hash { return &digest{state.Make(state.MD5, Size, BlockSize)} }

// Sum returns the MD5 of data.
func Sum(data []byte) [Size]byte {
	var out [Size]byte
	state.Sum(state.MD5, data, out[:])
	return out
}
