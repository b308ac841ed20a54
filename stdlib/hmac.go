// Package hmac (crypto/hmac): keyed-hash message authentication codes
// (RFC 2104) over any hash.Hash.
package hmac

import (
	"crypto/subtle"
	"hash"
)

type hmac struct {
	opad, ipad []byte
	outer      hash.Hash
	inner      hash.Hash
}

// New returns an HMAC of the hash h makes, keyed with key.
func New(h func() hash.Hash, key []byte) hash.Hash {
	m := &hmac{outer: h(), inner: h()}
	if m.outer == m.inner {
		panic("crypto/hmac: hash generation function does not produce unique values")
	}
	block := m.inner.BlockSize()
	if len(key) > block {
		// a long key is hashed first
		m.outer.Write(key)
		key = m.outer.Sum(nil)
	}
	m.ipad = make([]byte, block)
	m.opad = make([]byte, block)
	copy(m.ipad, key)
	copy(m.opad, key)
	for i := range m.ipad {
		m.ipad[i] ^= 0x36
		m.opad[i] ^= 0x5c
	}
	m.inner.Reset()
	m.inner.Write(m.ipad)
	return m
}

func (m *hmac) Write(p []byte) (int, error) { return m.inner.Write(p) }
func (m *hmac) Size() int                   { return m.outer.Size() }
func (m *hmac) BlockSize() int              { return m.inner.BlockSize() }

// Sum appends the MAC of what was written so far; writing may go on.
func (m *hmac) Sum(in []byte) []byte {
	inner := m.inner.Sum(nil)
	m.outer.Reset()
	m.outer.Write(m.opad)
	m.outer.Write(inner)
	return m.outer.Sum(in)
}

func (m *hmac) Reset() {
	m.inner.Reset()
	m.inner.Write(m.ipad)
}

// Equal compares two MACs in time that does not depend on their contents.
func Equal(mac1, mac2 []byte) bool {
	return subtle.ConstantTimeCompare(mac1, mac2) == 1
}
