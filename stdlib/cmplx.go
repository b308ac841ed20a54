// Package math/cmplx: elementary functions of complex128 arguments,
// built on package math. The methods are Go's (the Cephes formulas with
// Go's special cases), so every result has Go's bits.
package cmplx

import (
	"math"
	"math/bits"
)

// ---- classification and constructors -----------------------------------

// Inf is a complex infinity, +Inf+Infi.
func Inf() complex128 {
	return complex(math.Inf(1), math.Inf(1))
}

// NaN is a complex not-a-number, NaN+NaNi.
func NaN() complex128 {
	return complex(math.NaN(), math.NaN())
}

// IsInf reports whether either part of x is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether a part of x is NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Conj is the complex conjugate of x.
func Conj(x complex128) complex128 {
	return complex(real(x), -imag(x))
}

// ---- polar form --------------------------------------------------------

// Abs is the modulus of x.
func Abs(x complex128) float64 {
	return math.Hypot(real(x), imag(x))
}

// Phase is the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 {
	return math.Atan2(imag(x), real(x))
}

// Polar is x's modulus and argument.
func Polar(x complex128) (r, θ float64) {
	return Abs(x), Phase(x)
}

// Rect is the complex number of modulus r and argument θ.
func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

// ---- square root, exponential, logarithms, powers ----------------------

// Sqrt is the principal square root of x, with the cut along the
// negative real axis.
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		// On the real axis: the sign of the zero imaginary part picks
		// the side of the cut.
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	}
	if math.IsInf(b, 0) {
		return complex(math.Inf(1), b)
	}
	if a == 0 {
		// On the imaginary axis: sqrt(±bi) = sqrt(|b|/2) (1 ± i).
		if b > 0 {
			h := math.Sqrt(0.5 * b)
			return complex(h, h)
		}
		h := math.Sqrt(-0.5 * b)
		return complex(h, -h)
	}
	// Scale the argument away from overflow (by 1/4, undone by 2) or
	// from underflow (by 2**54, undone by 2**-27) before the hypotenuse.
	var undo float64
	if math.Abs(a) <= 4 && math.Abs(b) <= 4 {
		a *= 1.8014398509481984e16      // 2**54
		b *= 1.8014398509481984e16      // 2**54
		undo = 7.450580596923828125e-9 // 2**-27
	} else {
		a *= 0.25
		b *= 0.25
		undo = 2
	}
	m := math.Hypot(a, b)
	var re, im float64
	if a > 0 {
		// The real part is the larger: compute it, then the other from
		// b = 2*re*im.
		s := math.Sqrt(0.5*m + 0.5*a)
		im = undo * math.Abs((0.5*b)/s)
		re = undo * s
	} else {
		s := math.Sqrt(0.5*m - 0.5*a)
		re = undo * math.Abs((0.5*b)/s)
		im = undo * s
	}
	if b < 0 {
		im = -im
	}
	return complex(re, im)
}

// Exp is e**x.
func Exp(x complex128) complex128 {
	a, b := real(x), imag(x)
	if math.IsInf(a, 0) {
		if a > 0 && b == 0 {
			return x
		}
		if math.IsInf(b, 0) || math.IsNaN(b) {
			if a > 0 {
				return complex(math.Inf(1), math.NaN())
			}
			return complex(0, math.Copysign(0, b))
		}
	} else if math.IsNaN(a) && b == 0 {
		return complex(math.NaN(), b)
	}
	mag := math.Exp(a)
	sin, cos := math.Sincos(b)
	return complex(mag*cos, mag*sin)
}

// Log is the natural logarithm of x, with the cut along the negative
// real axis.
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 is the decimal logarithm of x.
func Log10(x complex128) complex128 {
	l := Log(x)
	return complex(math.Log10E*real(l), math.Log10E*imag(l))
}

// Pow is x**y, with Pow(0, y) following the sign of real(y).
func Pow(x, y complex128) complex128 {
	if x == 0 { // -0 too
		if IsNaN(y) {
			return NaN()
		}
		yr, yi := real(y), imag(y)
		if yr == 0 {
			return 1
		}
		if yr > 0 {
			return 0
		}
		if yr < 0 {
			if yi == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		panic("not reached") // real(y) NaN, imag(y) infinite, as Go
	}
	m := Abs(x)
	if m == 0 {
		return complex(0, 0)
	}
	arg := Phase(x)
	mag := math.Pow(m, real(y))
	angle := real(y) * arg
	if yi := imag(y); yi != 0 {
		mag *= math.Exp(-yi * arg)
		angle += yi * math.Log(m)
	}
	sin, cos := math.Sincos(angle)
	return complex(mag*cos, mag*sin)
}

// ---- circular and hyperbolic functions ---------------------------------

// sinhcosh is sinh and cosh of t, from one exponential when |t| > 1/2.
func sinhcosh(t float64) (sh, ch float64) {
	if math.Abs(t) <= 0.5 {
		return math.Sinh(t), math.Cosh(t)
	}
	e := math.Exp(t)
	inv := 0.5 / e
	half := 0.5 * e
	return half - inv, half + inv
}

// Sin is the sine of x.
func Sin(x complex128) complex128 {
	a, b := real(x), imag(x)
	aOdd := math.IsInf(a, 0) || math.IsNaN(a)
	if b == 0 && aOdd {
		return complex(math.NaN(), b)
	}
	if math.IsInf(b, 0) {
		if a == 0 {
			return x
		}
		if aOdd {
			return complex(math.NaN(), b)
		}
	} else if a == 0 && math.IsNaN(b) {
		return x
	}
	sin, cos := math.Sincos(a)
	sh, ch := sinhcosh(b)
	return complex(sin*ch, cos*sh)
}

// Cos is the cosine of x.
func Cos(x complex128) complex128 {
	a, b := real(x), imag(x)
	aOdd := math.IsInf(a, 0) || math.IsNaN(a)
	if b == 0 && aOdd {
		return complex(math.NaN(), -b*math.Copysign(0, a))
	}
	if math.IsInf(b, 0) {
		if a == 0 {
			return complex(math.Inf(1), -a*math.Copysign(0, b))
		}
		if aOdd {
			return complex(math.Inf(1), math.NaN())
		}
	} else if a == 0 && math.IsNaN(b) {
		return complex(math.NaN(), 0)
	}
	sin, cos := math.Sincos(a)
	sh, ch := sinhcosh(b)
	return complex(cos*ch, -sin*sh)
}

// Sinh is the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	bOdd := math.IsInf(b, 0) || math.IsNaN(b)
	if a == 0 && bOdd {
		return complex(a, math.NaN())
	}
	if math.IsInf(a, 0) {
		if b == 0 {
			return complex(a, b)
		}
		if bOdd {
			return complex(a, math.NaN())
		}
	} else if b == 0 && math.IsNaN(a) {
		return complex(math.NaN(), b)
	}
	sin, cos := math.Sincos(b)
	sh, ch := sinhcosh(a)
	return complex(cos*sh, sin*ch)
}

// Cosh is the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	a, b := real(x), imag(x)
	bOdd := math.IsInf(b, 0) || math.IsNaN(b)
	if a == 0 && bOdd {
		return complex(math.NaN(), a*math.Copysign(0, b))
	}
	if math.IsInf(a, 0) {
		if b == 0 {
			return complex(math.Inf(1), b*math.Copysign(0, a))
		}
		if bOdd {
			return complex(math.Inf(1), math.NaN())
		}
	} else if b == 0 && math.IsNaN(a) {
		return complex(math.NaN(), b)
	}
	sin, cos := math.Sincos(b)
	sh, ch := sinhcosh(a)
	return complex(cos*ch, sin*sh)
}

// Tan is the tangent of x:
// (sin 2a + i sinh 2b) / (cos 2a + cosh 2b).
func Tan(x complex128) complex128 {
	a, b := real(x), imag(x)
	if math.IsInf(b, 0) {
		if math.IsInf(a, 0) || math.IsNaN(a) {
			return complex(math.Copysign(0, a), math.Copysign(1, b))
		}
		return complex(math.Copysign(0, math.Sin(2*a)), math.Copysign(1, b))
	}
	if a == 0 && math.IsNaN(b) {
		return x
	}
	den := math.Cos(2*a) + math.Cosh(2*b)
	if math.Abs(den) < 0.25 {
		// The sum cancels: take it from its Taylor series.
		den = cancelledDenominator(x)
	}
	if den == 0 {
		return Inf()
	}
	return complex(math.Sin(2*a)/den, math.Sinh(2*b)/den)
}

// Cot is the cotangent of x:
// (sin 2a - i sinh 2b) / (cosh 2b - cos 2a).
func Cot(x complex128) complex128 {
	a, b := real(x), imag(x)
	den := math.Cosh(2*b) - math.Cos(2*a)
	if math.Abs(den) < 0.25 {
		den = cancelledDenominator(x)
	}
	if den == 0 {
		return Inf()
	}
	return complex(math.Sin(2*a)/den, -math.Sinh(2*b)/den)
}

// Tanh is the hyperbolic tangent of x:
// (sinh 2a + i sin 2b) / (cosh 2a + cos 2b).
func Tanh(x complex128) complex128 {
	a, b := real(x), imag(x)
	if math.IsInf(a, 0) {
		if math.IsInf(b, 0) || math.IsNaN(b) {
			return complex(math.Copysign(1, a), math.Copysign(0, b))
		}
		return complex(math.Copysign(1, a), math.Copysign(0, math.Sin(2*b)))
	}
	if b == 0 && math.IsNaN(a) {
		return x
	}
	den := math.Cosh(2*a) + math.Cos(2*b)
	if den == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*a)/den, math.Sin(2*b)/den)
}

// cancelledDenominator is cosh(2b) - cos(2a) for x = a+bi, summed as
// the series sum over n >= 1 of (v**n - (-1)**n u**n) / (2n)!, with
// u = (2a reduced mod Pi)**2 and v = (2b)**2, until a term no longer
// changes the sum.
func cancelledDenominator(x complex128) float64 {
	const eps = 1.0 / (1 << 53)
	u := reduceModPi(math.Abs(2 * real(x)))
	u *= u
	v := math.Abs(2 * imag(x))
	v *= v
	upow, vpow := 1.0, 1.0 // u**n, v**n
	fact := 1.0            // (2n)!
	k := 0.0
	sum := 0.0
	for {
		// an odd power: + v**n + u**n
		k++
		fact *= k
		k++
		fact *= k
		upow *= u
		vpow *= v
		term := (vpow + upow) / fact
		sum += term
		// an even power: + v**n - u**n
		k++
		fact *= k
		k++
		fact *= k
		upow *= u
		vpow *= v
		term = (vpow - upow) / fact
		sum += term
		if !(math.Abs(term/sum) > eps) {
			break
		}
	}
	return sum
}

// invPi holds the binary digits of 1/Pi, 64 to a word, starting at the
// first fractional bit: 1/Pi = 0x0.517cc1b727220a94fe13...
var invPi = [...]uint64{
	0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e,
	0x7f0ef58e5894d39f, 0x74411afa975da242, 0x74ce38135a2fbf20,
	0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d, 0x8ffc4bffef02cc07,
	0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84,
	0x2b0198237e3db5d5,
}

// invPiWord is word i of 1/Pi's digits, where word 0 is the integer part
// (zero).
func invPiWord(i uint) uint64 {
	if i == 0 {
		return 0
	}
	return invPi[i-1]
}

// invPiWindow is the 64 bits of 1/Pi's digits that start at bit
// 64*word+shift (bit 0 being the units bit's word).
func invPiWindow(word, shift uint) uint64 {
	w := invPiWord(word) << shift
	if shift != 0 {
		w |= invPiWord(word+1) >> (64 - shift)
	}
	return w
}

// reduceModPi is t less the nearest multiple of Pi, for t >= 0: by a
// three-part Cody-Waite subtraction below 2**30, and above by
// multiplying t's mantissa by the digits of 1/Pi that give the
// fractional part of t/Pi (Payne and Hanek).
func reduceModPi(t float64) float64 {
	if math.Abs(t) < 1<<30 {
		// Pi = p1 + p2 + p3, p1 and p2 with trailing zero bits so that
		// n*p1 and n*p2 are exact.
		const (
			p1 = 3.141592502593994      // 0x400921fb40000000
			p2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			p3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		n := float64(int64(t/math.Pi + 0.5))
		return ((t - n*p1) - n*p2) - n*p3
	}
	// t = mant * 2**e, mant a 53-bit integer.
	b := math.Float64bits(t)
	e := int(b>>52&0x7ff) - 1023 - 52
	mant := b&(1<<52-1) | 1<<52
	// The bits of 1/Pi from position e on (counting the units bit of
	// 1/Pi as position 0) give frac(t/Pi) when multiplied by mant;
	// the integer part the earlier bits give is a multiple of Pi's
	// period and drops out.
	pos := uint(e + 64)
	w0 := invPiWindow(pos/64, pos%64)
	w1 := invPiWindow(pos/64+1, pos%64)
	w2 := invPiWindow(pos/64+2, pos%64)
	// The 128-bit fraction hi:lo of mant*(w0:w1:w2)/2**192, truncated.
	carryIn, _ := bits.Mul64(w2, mant)
	midHi, midLo := bits.Mul64(w1, mant)
	lo, c := bits.Add64(midLo, carryIn, 0)
	hi, _ := bits.Add64(w0*mant, midHi, c)
	// Normalize hi:lo into a float64 in [0, 1), truncating.
	lead := uint(bits.LeadingZeros64(hi)) + 1
	exp := uint64(1023 - lead)
	frac := (hi<<lead | lo>>(64-lead)) >> 12
	f := math.Float64frombits(exp<<52 | frac)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}

// ---- inverse functions -------------------------------------------------

// Asin is the inverse sine of x: -i log(ix + sqrt(1 - x*x)).
func Asin(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 && math.Abs(a) <= 1 {
		return complex(math.Asin(a), b)
	}
	if a == 0 && math.Abs(b) <= 1 {
		return complex(a, math.Asinh(b))
	}
	if math.IsNaN(b) {
		if a == 0 {
			return complex(a, math.NaN())
		}
		if math.IsInf(a, 0) {
			return complex(math.NaN(), a)
		}
		return NaN()
	}
	if math.IsInf(b, 0) {
		if math.IsNaN(a) {
			return x
		}
		if math.IsInf(a, 0) {
			return complex(math.Copysign(math.Pi/4, a), b)
		}
		return complex(math.Copysign(0, a), b)
	}
	if math.IsInf(a, 0) {
		return complex(math.Copysign(math.Pi/2, a), math.Copysign(a, b))
	}
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	l := Log(complex(-b, a) + root)
	return complex(imag(l), -real(l))
}

// Acos is the inverse cosine of x: Pi/2 - Asin(x).
func Acos(x complex128) complex128 {
	s := Asin(x)
	return complex(math.Pi/2-real(s), -imag(s))
}

// Asinh is the inverse hyperbolic sine of x: log(x + sqrt(1 + x*x)).
func Asinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 && math.Abs(a) <= 1 {
		return complex(math.Asinh(a), b)
	}
	if a == 0 && math.Abs(b) <= 1 {
		return complex(a, math.Asin(b))
	}
	if math.IsInf(a, 0) {
		if math.IsInf(b, 0) {
			return complex(a, math.Copysign(math.Pi/4, b))
		}
		if math.IsNaN(b) {
			return x
		}
		return complex(a, math.Copysign(0, b))
	}
	if math.IsNaN(a) {
		if b == 0 {
			return x
		}
		if math.IsInf(b, 0) {
			return complex(b, a)
		}
		return NaN()
	}
	if math.IsInf(b, 0) {
		return complex(math.Copysign(b, a), math.Copysign(math.Pi/2, b))
	}
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acosh is the inverse hyperbolic cosine of x: ±i Acos(x), the sign
// making the real part non-negative.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	c := Acos(x)
	if imag(c) <= 0 { // false for a NaN, which takes the other sign
		return complex(-imag(c), real(c))
	}
	return complex(imag(c), -real(c))
}

// Atan is the inverse tangent of x:
// real part atan2(2a, 1 - a*a - b*b)/2 reduced to (-Pi/2, Pi/2],
// imaginary part log((a*a + (b+1)**2) / (a*a + (b-1)**2))/4.
func Atan(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		return complex(math.Atan(a), b)
	}
	if a == 0 && math.Abs(b) <= 1 {
		return complex(a, math.Atanh(b))
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		if math.IsNaN(a) {
			return complex(math.NaN(), math.Copysign(0, b))
		}
		return complex(math.Copysign(math.Pi/2, a), math.Copysign(0, b))
	}
	if math.IsNaN(a) || math.IsNaN(b) {
		return NaN()
	}
	aa := a * a
	den := 1 - aa - b*b
	if den == 0 {
		return NaN()
	}
	re := reduceModPi(0.5 * math.Atan2(2*a, den))
	below := b - 1
	lower := aa + below*below
	if lower == 0 {
		return NaN()
	}
	above := b + 1
	ratio := (aa + above*above) / lower
	return complex(re, 0.25*math.Log(ratio))
}

// Atanh is the inverse hyperbolic tangent of x: -i Atan(ix).
func Atanh(x complex128) complex128 {
	t := Atan(complex(-imag(x), real(x)))
	return complex(imag(t), -real(t))
}
