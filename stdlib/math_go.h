/* math_go.h: package math's functions computed as Go 1.19 computes them
 * on amd64, so that a result has Go's bits, not the C library's.
 *
 * Each gm_ function follows the algorithm of Go's own function: the pure
 * Go one (FreeBSD msun and Cephes, with their constants and their order of
 * operations), or, where amd64 has assembly (Exp, Log, Hypot, Max, Min),
 * the assembly's arithmetic instruction by instruction. Exp's assembly
 * takes an FMA path when the CPU has AVX and FMA, as Go's does
 * (gm_use_fma). Private to stdlib/ (math.c, math_*.c).
 *
 * These files are compiled with -ffp-contract=off: a C compiler must not
 * fuse a*b+c where Go rounds twice. */
#ifndef GOSH_MATH_GO_H
#define GOSH_MATH_GO_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Go's bit patterns (math/bits.go). */
#define GM_UVNAN 0x7FF8000000000001ULL
#define GM_UVINF 0x7FF0000000000000ULL
#define GM_UVNEGINF 0xFFF0000000000000ULL
#define GM_SIGN 0x8000000000000000ULL
#define GM_FRAC 0x000FFFFFFFFFFFFFULL

static inline uint64_t gm_bits(double f)
{
    uint64_t u;
    memcpy(&u, &f, 8);
    return u;
}

static inline double gm_frombits(uint64_t u)
{
    double f;
    memcpy(&f, &u, 8);
    return f;
}

/* math.NaN(): 0x7FF8000000000001, which is what Go's functions return
 * where they return NaN() rather than compute one. */
static inline double gm_nan(void)
{
    return gm_frombits(GM_UVNAN);
}

static inline double gm_inf(int sign)
{
    return gm_frombits(sign >= 0 ? GM_UVINF : GM_UVNEGINF);
}

/* Go's IsNaN (f != f) and IsInf (beyond ±MaxFloat64). */
static inline bool gm_isnan(double f)
{
    return f != f;
}

static inline bool gm_isinf(double f, int sign)
{
    return (sign >= 0 && f > 0x1.fffffffffffffp1023) || (sign <= 0 && f < -0x1.fffffffffffffp1023);
}

static inline double gm_abs(double x)
{
    return gm_frombits(gm_bits(x) & ~GM_SIGN);
}

static inline double gm_copysign(double f, double sign)
{
    return gm_frombits((gm_bits(f) & ~GM_SIGN) | (gm_bits(sign) & GM_SIGN));
}

static inline bool gm_signbit(double x)
{
    return (gm_bits(x) & GM_SIGN) != 0;
}

/* Go's conversion int64(f) on amd64 (CVTTSD2SQ): truncation, and
 * 0x8000000000000000 for NaN and out-of-range values. Written without an
 * out-of-range C conversion, which would be undefined. */
static inline int64_t gm_f2i(double f)
{
    if (f >= -0x1p63 && f < 0x1p63)
        return (int64_t)f;
    return INT64_MIN;
}

/* Go's shifts: a count of 64 or more gives 0 (C leaves it undefined). */
static inline uint64_t gm_shl(uint64_t x, uint64_t n)
{
    return n >= 64 ? 0 : x << n;
}

static inline uint64_t gm_shr(uint64_t x, uint64_t n)
{
    return n >= 64 ? 0 : x >> n;
}

/* Go's int arithmetic wraps. */
static inline int64_t gm_add(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a + (uint64_t)b);
}

/* math_exp.c */
extern bool gm_use_fma, gm_has_fma;
double gm_fma(double x, double y, double z);
void gm_init_cpu(void);
double gm_exp(double x);
double gm_exp2(double x);
double gm_expm1(double x);
double gm_log(double x);
double gm_log10(double x);
double gm_log2(double x);
double gm_log1p(double x);
double gm_pow(double x, double y);
double gm_pow10(int64_t n);
double gm_cbrt(double x);
double gm_hypot(double p, double q);

/* math.c */
double gm_frexp(double f, int64_t *exp);
double gm_ldexp(double frac, int64_t exp);
double gm_modf(double f, double *frac);
double gm_mod(double x, double y);
double gm_floor(double x);

/* math_trig.c */
double gm_sin(double x);
double gm_cos(double x);
double gm_tan(double x);
void gm_sincos(double x, double *sin, double *cos);
double gm_asin(double x);
double gm_acos(double x);
double gm_atan(double x);
double gm_atan2(double y, double x);
double gm_sinh(double x);
double gm_cosh(double x);
double gm_tanh(double x);
double gm_asinh(double x);
double gm_acosh(double x);
double gm_atanh(double x);

/* math_special.c */
double gm_erf(double x);
double gm_erfc(double x);
double gm_erfinv(double x);
double gm_gamma(double x);
double gm_lgamma(double x, int64_t *sign);
double gm_j0(double x);
double gm_j1(double x);
double gm_jn(int64_t n, double x);
double gm_y0(double x);
double gm_y1(double x);
double gm_yn(int64_t n, double x);

#endif
