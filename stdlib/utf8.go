// Package utf8 (unicode/utf8): runes and their UTF-8 encodings, as in Go.
// Decoding, counting and validating are native (stdlib/utf8.c).
package utf8

const (
	RuneError = '\uFFFD'     // stands for an invalid encoding
	RuneSelf  = 0x80         // bytes below this are runes by themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding, in bytes
)

func DecodeRune(p []byte) (rune, int)
func DecodeRuneInString(s string) (rune, int)
func DecodeLastRune(p []byte) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func RuneCount(p []byte) int
func RuneCountInString(s string) int
func Valid(p []byte) bool
func ValidString(s string) bool
func FullRune(p []byte) bool
func FullRuneInString(s string) bool

// RuneStart reports whether b can begin an encoding: it is not a
// continuation byte.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ValidRune reports whether r is a code point UTF-8 can encode (not a
// surrogate, not past MaxRune).
func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

// RuneLen is the number of bytes r's encoding takes, or -1 when r cannot
// be encoded.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes r's encoding (RuneError's for an invalid rune) into
// p, which must be long enough, and returns its length.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	s := string(r)
	_ = p[len(s)-1] // the index panic comes before any write, as in Go
	copy(p, s)
	return len(s)
}

// AppendRune appends r's encoding to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	return append(p, string(r)...)
}
