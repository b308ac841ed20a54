// Package rand (math/rand): pseudo-random numbers, as in Go 1.19. The
// generator is Go's (native: stdlib/rand.c), so a seed gives Go's
// sequence; the default source starts as Seed(1), like Go 1.19's, except
// under gosh's --seed N, where it is seeded from N. The derived methods
// (Intn, Perm, Shuffle...) draw from the source exactly as Go's do, and
// NormFloat64 and ExpFloat64 use the same ziggurat, with its tables
// computed at start-up from Marsaglia and Tsang's formulas.
package rand

import "math"

// A Source yields uniformly distributed non-negative int63 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 can also yield whole 64-bit values.
type Source64 interface {
	Source
	Uint64() uint64
}

const (
	rngLen  = 607
	rngMask = 1<<63 - 1
	// a named constant: gosh's compiler misreads float64(x) / (1 << 63)
	twoTo63 = 1 << 63
)

func seedVec(vec []int64, seed int64)
func next(vec []int64) uint64
func globalNext() uint64
func globalSeed(seed int64)

// rngSource is Go's additive lagged Fibonacci generator; its state (607
// words, then two indexes) lives in vec.
type rngSource struct {
	vec []int64
}

// NewSource returns a source seeded with seed. It is not safe for
// concurrent use.
func NewSource(seed int64) Source {
	s := &rngSource{make([]int64, rngLen+2)}
	s.Seed(seed)
	return s
}

func (s *rngSource) Seed(seed int64) { seedVec(s.vec, seed) }
func (s *rngSource) Uint64() uint64  { return next(s.vec) }
func (s *rngSource) Int63() int64    { return int64(next(s.vec) & rngMask) }

// lockedSource is the default source, kept (and locked) natively.
type lockedSource struct{}

func (*lockedSource) Seed(seed int64) { globalSeed(seed) }
func (*lockedSource) Uint64() uint64  { return globalNext() }
func (*lockedSource) Int63() int64    { return int64(globalNext() & rngMask) }

// A Rand draws numbers of many kinds from a Source.
type Rand struct {
	src Source
	s64 Source64
	// what Read has drawn but not yet used
	readVal int64
	readPos int
}

func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64   { return r.src.Int63() }
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }
func (r *Rand) Int31() int32   { return int32(r.Int63() >> 32) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n is uniform in [0, n): a power of two masks; otherwise values
// from the uneven top of the range are drawn again.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is uniform in [0, n) by multiplying a 32-bit value by n and
// keeping the high half, redrawing the few values that would bias it
// (Lemire's method); Shuffle uses it.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 is uniform in [0, 1).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / twoTo63
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm is a random permutation of 0..n-1 (an inside-out shuffle).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle permutes n elements through swap (Fisher-Yates, from the end).
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with random bytes, seven from each Int63.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos, val := r.readPos, r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos, r.readVal = pos, val
	return n, nil
}

// ---- the ziggurat (Marsaglia and Tsang, 2000) ----

const (
	normR = 3.442619855899     // where the normal ziggurat's tail begins
	expR  = 7.69711747013104972 // and the exponential one's
)

// The layers of each ziggurat: k holds the integer thresholds below which
// a draw lies inside a layer's rectangle, w the scale of a draw, f the
// density at each layer's edge.
var normK, normW, normF = normalTables()
var expK, expW, expF = expTables()

func normalTables() (k []uint32, w, f []float32) {
	k, w, f = make([]uint32, 128), make([]float32, 128), make([]float32, 128)
	const m1 = 2147483648.0
	const v = 9.91256303526217e-3 // the area of each layer
	d, t := normR, normR
	q := v / math.Exp(-0.5*d*d)
	k[0] = uint32(d / q * m1)
	w[0], w[127] = float32(q/m1), float32(d/m1)
	f[0], f[127] = 1, float32(math.Exp(-0.5*d*d))
	for i := 126; i >= 1; i-- {
		d = math.Sqrt(-2 * math.Log(v/d+math.Exp(-0.5*d*d)))
		k[i+1] = uint32(d / t * m1)
		t = d
		f[i] = float32(math.Exp(-0.5 * d * d))
		w[i] = float32(d / m1)
	}
	return
}

func expTables() (k []uint32, w, f []float32) {
	k, w, f = make([]uint32, 256), make([]float32, 256), make([]float32, 256)
	const m2 = 4294967296.0
	const v = 3.949659822581572e-3
	d, t := expR, expR
	q := v / math.Exp(-d)
	k[0] = uint32(d / q * m2)
	w[0], w[255] = float32(q/m2), float32(d/m2)
	f[0], f[255] = 1, float32(math.Exp(-d))
	for i := 254; i >= 1; i-- {
		d = -math.Log(v/d + math.Exp(-d))
		k[i+1] = uint32(d / t * m2)
		t = d
		f[i] = float32(math.Exp(-d))
		w[i] = float32(d / m2)
	}
	return
}

// NormFloat64 is normally distributed with mean 0 and deviation 1.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // the sign of the result, the layer, the place in it
		i := j & 0x7F
		x := float64(j) * float64(normW[i])
		a := j
		if a < 0 {
			a = -a
		}
		if uint32(a) < normK[i] {
			return x // inside the layer's rectangle: most draws
		}
		if i == 0 {
			// the tail beyond normR
			for {
				x = -math.Log(r.Float64()) * (1.0 / normR)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normR + x
			}
			return -normR - x
		}
		if normF[i]+float32(r.Float64())*(normF[i-1]-normF[i]) < float32(math.Exp(-0.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 is exponentially distributed with rate 1.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(expW[i])
		if j < expK[i] {
			return x
		}
		if i == 0 {
			return expR - math.Log(r.Float64())
		}
		if expF[i]+float32(r.Float64())*(expF[i-1]-expF[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// ---- the default source ----

var globalRand = New(&lockedSource{})

// Seed reseeds the default source (deprecated in later Go, but the way to
// vary Go 1.19's otherwise fixed sequence).
func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64                       { return globalRand.Int63() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int31() int32                       { return globalRand.Int31() }
func Int() int                           { return globalRand.Int() }
func Int63n(n int64) int64               { return globalRand.Int63n(n) }
func Int31n(n int32) int32               { return globalRand.Int31n(n) }
func Intn(n int) int                     { return globalRand.Intn(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)   { return globalRand.Read(p) }
func NormFloat64() float64               { return globalRand.NormFloat64() }
func ExpFloat64() float64                { return globalRand.ExpFloat64() }
