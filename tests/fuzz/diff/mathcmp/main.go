// mathcmp runs every function of package math over pseudo-random inputs
// and prints, per block of inputs, a hash of the results' bits, so that
// gosh's output can be compared with Go's (mathcmp.sh). A program that
// runs under both: only what gosh supports.
//
// usage: mathcmp N SEED [FUNC BLOCK]
//
//	N: inputs per function (a multiple of the block size, 1000)
//	SEED: a number that picks the inputs
//	FUNC BLOCK: print each input and result of one block instead
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

const block = 1000

var state uint64

// splitmix64
func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func unit() float64 { return float64(next()>>11) / (1 << 53) }

// gen returns an input of kind k: any bits, a uniform range, a power of
// two scale, integers and half-integers, values next to multiples of
// Pi/2, or special values.
func gen(k int) float64 {
	switch k % 9 {
	case 0:
		return math.Float64frombits(next())
	case 1:
		return unit()*2 - 1
	case 2:
		return (unit()*2 - 1) * 10
	case 3:
		return (unit()*2 - 1) * 1000
	case 4:
		// random mantissa, exponent in [-60, 60]
		e := int(next()%121) - 60
		return math.Ldexp(unit()+0.5, e) * sign()
	case 5:
		return float64(int64(next()%800)-400) / 2
	case 6:
		m := float64(int64(next()%2000) - 1000)
		v := m * (math.Pi / 2)
		n := int(next() % 7)
		for i := 0; i < n; i++ {
			v = math.Nextafter(v, math.Inf(int(next()%2)*2-1))
		}
		return v
	case 7:
		specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2,
			math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, -math.MaxFloat64,
			math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
			1 << 29, 1 << 52, 1 << 53, 1 << 63, 709.782712893384, -745.1332191019411, 0.75, 33, 171.5}
		v := specials[next()%uint64(len(specials))]
		n := int(next() % 3)
		for i := 0; i < n; i++ {
			v = math.Nextafter(v, math.Inf(int(next()%2)*2-1))
		}
		return v
	default:
		// huge or tiny
		e := int(next()%2100) - 1075
		return math.Ldexp(unit()+0.5, e) * sign()
	}
}

func sign() float64 {
	if next()&1 == 0 {
		return 1
	}
	return -1
}

type f1 func(float64) float64
type f2 func(float64, float64) float64

var unary = []string{"Abs", "Acos", "Acosh", "Asin", "Asinh", "Atan", "Atanh", "Cbrt", "Ceil", "Cos", "Cosh",
	"Erf", "Erfc", "Erfcinv", "Erfinv", "Exp", "Exp2", "Expm1", "Floor", "Gamma", "J0", "J1", "Log", "Log10",
	"Log1p", "Log2", "Logb", "Round", "RoundToEven", "Sin", "Sinh", "Sqrt", "Tan", "Tanh", "Trunc", "Y0", "Y1",
	"Frexp", "Modf", "Lgamma", "Sincos", "Ilogb"}
var binary = []string{"Atan2", "Copysign", "Dim", "Hypot", "Max", "Min", "Mod", "Nextafter", "Pow", "Remainder",
	"FMA", "Ldexp", "Jn", "Yn", "Pow10", "Nextafter32"}

// Floor, Ceil, Trunc, RoundToEven and Sqrt are called directly, as Go's
// compiler replaces such calls by an instruction (ROUNDSD, SQRTSD) that
// quiets a signaling NaN; through a func value, Go's Floor, Ceil and
// Trunc return it as it is.
func fn1(name string) f1 {
	switch name {
	case "Abs":
		return math.Abs
	case "Acos":
		return math.Acos
	case "Acosh":
		return math.Acosh
	case "Asin":
		return math.Asin
	case "Asinh":
		return math.Asinh
	case "Atan":
		return math.Atan
	case "Atanh":
		return math.Atanh
	case "Cbrt":
		return math.Cbrt
	case "Ceil":
		return func(x float64) float64 { return math.Ceil(x) }
	case "Cos":
		return math.Cos
	case "Cosh":
		return math.Cosh
	case "Erf":
		return math.Erf
	case "Erfc":
		return math.Erfc
	case "Erfcinv":
		return math.Erfcinv
	case "Erfinv":
		return math.Erfinv
	case "Exp":
		return math.Exp
	case "Exp2":
		return math.Exp2
	case "Expm1":
		return math.Expm1
	case "Floor":
		return func(x float64) float64 { return math.Floor(x) }
	case "Gamma":
		return math.Gamma
	case "J0":
		return math.J0
	case "J1":
		return math.J1
	case "Log":
		return math.Log
	case "Log10":
		return math.Log10
	case "Log1p":
		return math.Log1p
	case "Log2":
		return math.Log2
	case "Logb":
		return math.Logb
	case "Round":
		return math.Round
	case "RoundToEven":
		return func(x float64) float64 { return math.RoundToEven(x) }
	case "Sin":
		return math.Sin
	case "Sinh":
		return math.Sinh
	case "Sqrt":
		return func(x float64) float64 { return math.Sqrt(x) }
	case "Tan":
		return math.Tan
	case "Tanh":
		return math.Tanh
	case "Trunc":
		return func(x float64) float64 { return math.Trunc(x) }
	case "Y0":
		return math.Y0
	case "Y1":
		return math.Y1
	case "Frexp":
		return func(x float64) float64 {
			f, e := math.Frexp(x)
			return f + float64(e)*0x1p60
		}
	case "Modf":
		return func(x float64) float64 {
			i, f := math.Modf(x)
			return math.Float64frombits(math.Float64bits(i)*31 ^ math.Float64bits(f))
		}
	case "Lgamma":
		return func(x float64) float64 {
			l, s := math.Lgamma(x)
			return math.Float64frombits(math.Float64bits(l) ^ uint64(s))
		}
	case "Sincos":
		return func(x float64) float64 {
			s, c := math.Sincos(x)
			return math.Float64frombits(math.Float64bits(s)*31 ^ math.Float64bits(c))
		}
	case "Ilogb":
		return func(x float64) float64 { return float64(math.Ilogb(x)) }
	}
	return nil
}

// The integer argument of Ldexp, Jn, Yn, Pow10 comes from y.
func toInt(y float64) int {
	if math.IsNaN(y) || math.IsInf(y, 0) {
		return int(next()%4000) - 2000
	}
	if math.Abs(y) < 1e6 {
		return int(y)
	}
	return int(math.Mod(y, 3000))
}

func fn2(name string) f2 {
	switch name {
	case "Atan2":
		return math.Atan2
	case "Copysign":
		return math.Copysign
	case "Dim":
		return math.Dim
	case "Hypot":
		return math.Hypot
	case "Max":
		return math.Max
	case "Min":
		return math.Min
	case "Mod":
		return math.Mod
	case "Nextafter":
		return math.Nextafter
	case "Pow":
		return math.Pow
	case "Remainder":
		return math.Remainder
	case "FMA":
		return func(x, y float64) float64 {
			if next()%4 == 0 {
				return math.FMA(x, y, -(x * y)) // cancellation, exact zeros
			}
			return math.FMA(x, y, gen(int(next()%9)))
		}
	case "Ldexp":
		return func(x, y float64) float64 { return math.Ldexp(x, toInt(y)) }
	case "Jn":
		return func(x, y float64) float64 { return math.Jn(toInt(y)%60, x) }
	case "Yn":
		return func(x, y float64) float64 { return math.Yn(toInt(y)%60, x) }
	case "Pow10":
		return func(x, y float64) float64 { return math.Pow10(toInt(y) % 400) }
	case "Nextafter32":
		return func(x, y float64) float64 {
			return float64(math.Nextafter32(float32(x), float32(y)))
		}
	}
	return nil
}

var seedArg uint64

func seed(name string) {
	state = 1469598103934665603 ^ seedArg
	for i := 0; i < len(name); i++ {
		state = (state ^ uint64(name[i])) * 1099511628211
	}
}

func run(name string, n int, detail int) {
	seed(name)
	f := fn1(name)
	g := fn2(name)
	h := uint64(0)
	for i := 0; i < n; i++ {
		x := gen(i)
		var r, y float64
		if g != nil {
			// the second argument: same kinds, or a small integer, or
			// a half-integer, so that Pow's integer paths are hit
			switch next() % 4 {
			case 0:
				y = float64(int64(next()%64) - 32)
			case 1:
				y = float64(int64(next()%64)-32) + 0.5
			default:
				y = gen(int(next() % 9))
			}
			r = g(x, y)
		} else {
			r = f(x)
		}
		b := math.Float64bits(r)
		if i/block == detail {
			fmt.Printf("%s %d %x %x -> %x %v\n", name, i, math.Float64bits(x), math.Float64bits(y), b, r)
		}
		h = (h ^ b) * 1099511628211
		if (i+1)%block == 0 {
			if detail < 0 {
				fmt.Printf("%s %d %x\n", name, i/block, h)
			}
			h = 0
		}
	}
}

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	s, _ := strconv.Atoi(os.Args[2])
	seedArg = uint64(s) * 0x9e3779b97f4a7c15
	if len(os.Args) > 4 {
		b, _ := strconv.Atoi(os.Args[4])
		run(os.Args[3], n, b)
		return
	}
	for _, name := range unary {
		run(name, n, -1)
	}
	for _, name := range binary {
		run(name, n, -1)
	}
}
