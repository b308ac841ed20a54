// Package digest (crypto/internal/digest, gosh's own): the running state
// of the crypto hashes, over Nettle's functions (stdlib/digest.c). Each
// package embeds State in its own digest type, so that %T names it as Go
// does (*sha256.digest).
package digest

// The kinds, as digest.c numbers them.
const (
	MD5 = iota
	SHA1
	SHA224
	SHA256
	SHA384
	SHA512
	SHA512_224
	SHA512_256
)

const ctxSize = 256

// State is Nettle's context in a []byte (it holds no pointers), the kind
// of hash, and its sizes.
type State struct {
	ctx       []byte
	kind      int
	size      int
	blockSize int
}

// Make returns the initial state of a hash of that kind.
func Make(kind, size, blockSize int) State {
	s := State{make([]byte, ctxSize), kind, size, blockSize}
	reset(s.ctx, kind)
	return s
}

func (s *State) Reset()         { reset(s.ctx, s.kind) }
func (s *State) Size() int      { return s.size }
func (s *State) BlockSize() int { return s.blockSize }

func (s *State) Write(p []byte) (int, error) {
	update(s.ctx, s.kind, p)
	return len(p), nil
}

// Sum appends the hash of what was written so far; the state is unchanged.
func (s *State) Sum(b []byte) []byte {
	out := make([]byte, s.size)
	final(s.ctx, s.kind, out)
	return append(b, out...)
}

// Sum writes the hash of data, of that kind, into out.
func Sum(kind int, data []byte, out []byte) { sum(kind, data, out) }

func reset(ctx []byte, kind int)
func update(ctx []byte, kind int, p []byte)
func final(ctx []byte, kind int, out []byte)
func sum(kind int, data []byte, out []byte)
