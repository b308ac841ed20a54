// Package big (math/big): arbitrary-precision integers, over GMP
// (stdlib/big.c). Only Int is here; Rat and Float are not yet.
package big

import (
	"fmt"
	"strings"
)

// MaxBase is the largest base Text and SetString accept.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// A Word is one digit of a multi-precision number (Bits, SetBits).
type Word uint

// An Int is a signed integer of any size. The zero value is 0. As in Go,
// an Int must not be copied: methods take and give *Int.
type Int struct {
	h *byte // GMP's number in a collected box; nil is zero
}

// NewInt returns a new Int set to x.
func NewInt(x int64) *Int { return new(Int).SetInt64(x) }

// the natives' operations
const (
	opAdd = iota
	opSub
	opMul
	opAnd
	opOr
	opXor
	opAndNot
	opQuo
	opRem
	opDiv
	opMod
)

const (
	opSet = iota
	opNeg
	opAbs
	opNot
	opSqrt
)

func (z *Int) Add(x, y *Int) *Int    { z.h = op3(opAdd, z.h, x.h, y.h); return z }
func (z *Int) Sub(x, y *Int) *Int    { z.h = op3(opSub, z.h, x.h, y.h); return z }
func (z *Int) Mul(x, y *Int) *Int    { z.h = op3(opMul, z.h, x.h, y.h); return z }
func (z *Int) And(x, y *Int) *Int    { z.h = op3(opAnd, z.h, x.h, y.h); return z }
func (z *Int) Or(x, y *Int) *Int     { z.h = op3(opOr, z.h, x.h, y.h); return z }
func (z *Int) Xor(x, y *Int) *Int    { z.h = op3(opXor, z.h, x.h, y.h); return z }
func (z *Int) AndNot(x, y *Int) *Int { z.h = op3(opAndNot, z.h, x.h, y.h); return z }

// Quo and Rem truncate toward zero, as Go's / and %.
func (z *Int) Quo(x, y *Int) *Int { z.h = op3(opQuo, z.h, x.h, y.h); return z }
func (z *Int) Rem(x, y *Int) *Int { z.h = op3(opRem, z.h, x.h, y.h); return z }

// Div and Mod are Euclidean: the modulus is never negative.
func (z *Int) Div(x, y *Int) *Int { z.h = op3(opDiv, z.h, x.h, y.h); return z }
func (z *Int) Mod(x, y *Int) *Int { z.h = op3(opMod, z.h, x.h, y.h); return z }

// QuoRem sets z to x/y and r to x%y, truncated, and returns both.
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	z.h, r.h = quoRem(false, z.h, x.h, y.h, r.h)
	return z, r
}

// DivMod sets z to x div y and m to x mod y, Euclidean, and returns both.
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	z.h, m.h = quoRem(true, z.h, x.h, y.h, m.h)
	return z, m
}

func (z *Int) Set(x *Int) *Int { z.h = op2(opSet, z.h, x.h); return z }
func (z *Int) Neg(x *Int) *Int { z.h = op2(opNeg, z.h, x.h); return z }
func (z *Int) Abs(x *Int) *Int { z.h = op2(opAbs, z.h, x.h); return z }
func (z *Int) Not(x *Int) *Int { z.h = op2(opNot, z.h, x.h); return z }

// Sqrt sets z to the floor of the square root of x; x < 0 panics.
func (z *Int) Sqrt(x *Int) *Int { z.h = op2(opSqrt, z.h, x.h); return z }

func (z *Int) Lsh(x *Int, n uint) *Int { z.h = shift(true, z.h, x.h, n); return z }

// Rsh is an arithmetic shift: it rounds toward minus infinity.
func (z *Int) Rsh(x *Int, n uint) *Int { z.h = shift(false, z.h, x.h, n); return z }

// Cmp compares x and y: -1, 0 or +1.
func (x *Int) Cmp(y *Int) int { return cmp(x.h, y.h, false) }

// CmpAbs compares |x| and |y|.
func (x *Int) CmpAbs(y *Int) int { return cmp(x.h, y.h, true) }

// Sign is -1, 0 or +1.
func (x *Int) Sign() int { return sign(x.h) }

// BitLen is the length of |x| in bits.
func (x *Int) BitLen() int { return bitLen(x.h) }

// TrailingZeroBits is the number of consecutive low zero bits of |x|.
func (x *Int) TrailingZeroBits() uint { return trailingZeroBits(x.h) }

// Bit is bit i of x, in two's complement for negative x.
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	return bit(x.h, i)
}

// SetBit sets z to x with bit i set to b (0 or 1).
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	z.h = setBit(z.h, x.h, i, b)
	return z
}

func (z *Int) SetInt64(x int64) *Int {
	if x < 0 {
		z.h = setInt(z.h, uint64(-x), true)
	} else {
		z.h = setInt(z.h, uint64(x), false)
	}
	return z
}

func (z *Int) SetUint64(x uint64) *Int { z.h = setInt(z.h, x, false); return z }

// Int64 is x's low 64 bits as Go gives them (undefined if !IsInt64).
func (x *Int) Int64() int64 {
	w, _ := low(x.h)
	v := int64(w)
	if x.Sign() < 0 {
		v = -v
	}
	return v
}

// Uint64 is |x|'s low 64 bits (undefined if !IsUint64).
func (x *Int) Uint64() uint64 {
	w, _ := low(x.h)
	return w
}

func (x *Int) IsInt64() bool {
	w, n := low(x.h)
	if n <= 63 {
		return true
	}
	return x.Sign() < 0 && n == 64 && w == 1<<63
}

func (x *Int) IsUint64() bool {
	_, n := low(x.h)
	return x.Sign() >= 0 && n <= 64
}

// Text is x in the base (2 to 62): lower-case letters, then upper case.
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	return text(x.h, base)
}

// Append appends x's Text(base) to buf.
func (x *Int) Append(buf []byte, base int) []byte { return append(buf, x.Text(base)...) }

func (x *Int) String() string { return x.Text(10) }

// digitValue is the value of c in a base, or a value >= base.
func digitValue(c byte, base int) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		if base <= 36 {
			return int(c-'A') + 10
		}
		return int(c-'A') + 36
	}
	return MaxBase + 1
}

// parse splits s into its sign, base and digits as Go's SetString reads
// them: base 0 takes a prefix (0b, 0o, 0x, or 0 for octal) and allows
// underscores between digits.
func parse(s string, base int) (digits string, b int, neg, ok bool) {
	if base != 0 && (base < 2 || base > MaxBase) {
		return "", 0, false, false
	}
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if base == 0 {
		base = 10
		if len(s) > 1 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				base, s, prefixed = 16, s[2:], true
			case 'b', 'B':
				base, s, prefixed = 2, s[2:], true
			case 'o', 'O':
				base, s, prefixed = 8, s[2:], true
			default:
				base, s, prefixed = 8, s[1:], true
				if s == "" {
					return "0", 8, neg, true
				}
			}
		}
		// underscores: each between two digits, or after the prefix
		if strings.IndexByte(s, '_') >= 0 {
			prev := byte('_')
			if prefixed {
				prev = '0'
			}
			var clean []byte
			for i := 0; i < len(s); i++ {
				c := s[i]
				if c == '_' {
					if prev == '_' {
						return "", 0, false, false
					}
				} else {
					clean = append(clean, c)
				}
				prev = c
			}
			if prev == '_' {
				return "", 0, false, false
			}
			s = string(clean)
		}
	}
	if s == "" {
		if prefixed && base == 8 {
			return "0", 8, neg, true
		}
		return "", 0, false, false
	}
	for i := 0; i < len(s); i++ {
		if digitValue(s[i], base) >= base {
			return "", 0, false, false
		}
	}
	if base <= 36 {
		s = strings.ToLower(s)
	}
	return s, base, neg, true
}

// SetString sets z to the value of s in the base (0: by its prefix) and
// returns z and true; on failure nil and false (z is then undefined).
func (z *Int) SetString(s string, base int) (*Int, bool) {
	digits, b, neg, ok := parse(s, base)
	if !ok {
		return nil, false
	}
	z.h = setDigits(z.h, digits, b, neg)
	return z, true
}

// Bytes is |x| in big-endian order.
func (x *Int) Bytes() []byte { return bytes(x.h) }

// SetBytes sets z to the big-endian unsigned number in buf.
func (z *Int) SetBytes(buf []byte) *Int { z.h = setBytes(z.h, buf); return z }

// FillBytes writes |x| big-endian into buf, zero-padded on the left.
func (x *Int) FillBytes(buf []byte) []byte {
	b := x.Bytes()
	if len(b) > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	for i := range buf {
		buf[i] = 0
	}
	copy(buf[len(buf)-len(b):], b)
	return buf
}

// Bits is |x| as little-endian Words.
func (x *Int) Bits() []Word {
	w := words(x.h)
	out := make([]Word, len(w))
	for i, v := range w {
		out[i] = Word(v)
	}
	return out
}

// SetBits sets z to the little-endian Words abs.
func (z *Int) SetBits(abs []Word) *Int {
	w := make([]uint, len(abs))
	for i, v := range abs {
		w[i] = uint(v)
	}
	z.h = setWords(z.h, w)
	return z
}

// Exp sets z = x**y mod |m| (x**y if m is nil or 0; 1 if then y <= 0);
// with y < 0 it uses x's inverse mod m, and returns nil if there is none.
func (z *Int) Exp(x, y, m *Int) *Int {
	var mh *byte
	if m != nil {
		mh = m.h
	}
	h, ok := exp(z.h, x.h, y.h, mh)
	if !ok {
		return nil
	}
	z.h = h
	return z
}

// GCD sets z to the greatest common divisor of a and b (never negative)
// and, when x or y is not nil, those to numbers with z = a*x + b*y.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	var xh, yh *byte
	if x != nil {
		xh = x.h
	}
	if y != nil {
		yh = y.h
	}
	zh, xh2, yh2 := gcd(z.h, xh, yh, a.h, b.h, x != nil, y != nil)
	z.h = zh
	if x != nil {
		x.h = xh2
	}
	if y != nil {
		y.h = yh2
	}
	return z
}

// ModInverse sets z to the inverse of g modulo n and returns it, or nil
// if there is none; n == 0 panics.
func (z *Int) ModInverse(g, n *Int) *Int {
	h, ok := modInverse(z.h, g.h, n.h)
	if !ok {
		return nil
	}
	z.h = h
	return z
}

// ProbablyPrime reports whether x is probably prime, after n
// Miller-Rabin rounds and a Baillie-PSW test (100% accurate below 2**64).
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	return probablyPrime(x.h, n)
}

// Jacobi is the Jacobi symbol (x/y); y must be odd.
func Jacobi(x, y *Int) int {
	if y.Bit(0) == 0 {
		panic(fmt.Sprintf("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %s", y.String()))
	}
	return jacobi(x.h, y.h)
}

// MulRange sets z to the product of the integers in [a, b].
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	case b < 0:
		// all negative: the product of the magnitudes, its sign by count
		z.h = mulRange(z.h, -b, -a)
		if (b-a)&1 == 0 {
			z.Neg(z)
		}
		return z
	}
	z.h = mulRange(z.h, a, b)
	return z
}

// Binomial sets z to the binomial coefficient n over k.
func (z *Int) Binomial(n, k int64) *Int {
	if n/2 < k && k <= n {
		k = n - k // the smaller of the two
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// Format prints x for fmt's verbs b, o, O, d, s, v, x and X, with the
// flags +, space, #, 0 and -, a width and a precision (the least number
// of digits).
func (x *Int) Format(s fmt.State, ch rune) {
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
		base = 10
	case 'x', 'X':
		base = 16
	default:
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	switch {
	case isNeg(x.h):
		sign = "-"
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b':
			prefix = "0b"
		case 'o':
			prefix = "0"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}
	digits := text(x.h, base)
	if digits[0] == '-' {
		digits = digits[1:]
	}
	if ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	zeros := 0
	prec, hasPrec := s.Precision()
	if hasPrec {
		if len(digits) < prec {
			zeros = prec - len(digits)
		} else if digits == "0" && prec == 0 {
			return // %.0d of zero prints nothing
		}
	}
	left, right := 0, 0
	n := len(sign) + len(prefix) + zeros + len(digits)
	if width, ok := s.Width(); ok && n < width {
		pad := width - n
		switch {
		case s.Flag('-'):
			right = pad
		case s.Flag('0') && !hasPrec:
			zeros = pad
		default:
			left = pad
		}
	}
	fmt.Fprint(s, strings.Repeat(" ", left)+sign+prefix+strings.Repeat("0", zeros)+digits+strings.Repeat(" ", right))
}

// MarshalText is x's decimal text ("<nil>" for nil).
func (x *Int) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return []byte(x.String()), nil
}

// UnmarshalText sets z from text in any base SetString reads with 0.
func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text), 0); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Int", text)
	}
	return nil
}

// MarshalJSON is x as a JSON number ("null" for nil).
func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return []byte(x.String()), nil
}

// UnmarshalJSON sets z from a JSON number; null leaves it unchanged.
func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}

const gobVersion byte = 1

// GobEncode is x in Go's gob form: a version and sign byte, then Bytes.
func (x *Int) GobEncode() ([]byte, error) {
	if x == nil {
		return nil, nil
	}
	b := gobVersion << 1
	if x.Sign() < 0 {
		b |= 1
	}
	return append([]byte{b}, x.Bytes()...), nil
}

// GobDecode sets z from GobEncode's form.
func (z *Int) GobDecode(buf []byte) error {
	if len(buf) == 0 {
		*z = Int{}
		return nil
	}
	if buf[0]>>1 != gobVersion {
		return fmt.Errorf("Int.GobDecode: encoding version %d not supported", buf[0]>>1)
	}
	z.SetBytes(buf[1:])
	if buf[0]&1 != 0 {
		z.Neg(z)
	}
	return nil
}

// natives (stdlib/big.c)
func op3(op int, z, x, y *byte) *byte
func quoRem(euclid bool, z, x, y, r *byte) (*byte, *byte)
func op2(op int, z, x *byte) *byte
func shift(left bool, z, x *byte, n uint) *byte
func cmp(x, y *byte, abs bool) int
func sign(x *byte) int
func isNeg(x *byte) bool
func bitLen(x *byte) int
func trailingZeroBits(x *byte) uint
func bit(x *byte, i int) uint
func setBit(z, x *byte, i int, b uint) *byte
func setInt(z *byte, v uint64, neg bool) *byte
func low(x *byte) (uint64, int)
func text(x *byte, base int) string
func setDigits(z *byte, digits string, base int, neg bool) *byte
func bytes(x *byte) []byte
func setBytes(z *byte, b []byte) *byte
func words(x *byte) []uint
func setWords(z *byte, w []uint) *byte
func exp(z, x, y, m *byte) (*byte, bool)
func gcd(z, x, y, a, b *byte, wantX, wantY bool) (*byte, *byte, *byte)
func modInverse(z, g, n *byte) (*byte, bool)
func probablyPrime(x *byte, n int) bool
func jacobi(x, y *byte) int
func mulRange(z *byte, a, b int64) *byte
