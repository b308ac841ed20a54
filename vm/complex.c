/* complex.c: complex64 and complex128 arithmetic on boxed values
 * (object.h's Cplx). Every operation makes a new box: values are
 * immutable, so registers, fields and interfaces may share one. */
#include <math.h>
#include <string.h>
#include "object.h"

Cplx *cplx_new(double re, double im)
{
    Cplx *c = rt_alloc_atomic(sizeof *c);
    c->re = re;
    c->im = im;
    return c;
}

Cplx *cplx_add(const Cplx *a, const Cplx *b)
{
    return cplx_new(cplx_re(a) + cplx_re(b), cplx_im(a) + cplx_im(b));
}

Cplx *cplx_sub(const Cplx *a, const Cplx *b)
{
    return cplx_new(cplx_re(a) - cplx_re(b), cplx_im(a) - cplx_im(b));
}

/* The textbook product, in this order and without fused multiply-adds
 * (the file builds with -ffp-contract=off), as Go's compiler emits it. */
Cplx *cplx_mul(const Cplx *a, const Cplx *b)
{
    double ar = cplx_re(a), ai = cplx_im(a), br = cplx_re(b), bi = cplx_im(b);
    return cplx_new(ar * br - ai * bi, ar * bi + ai * br);
}

/* A signed 1 for an infinity, a signed 0 otherwise. */
static double inf_to_one(double f)
{
    return copysign(isinf(f) ? 1.0 : 0.0, f);
}

Cplx *cplx_div(const Cplx *n, const Cplx *m)
{
    double a = cplx_re(n), b = cplx_im(n), c = cplx_re(m), d = cplx_im(m);
    double e, f;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        /* C99 G.5.1: turn NaN results back into infinities and zeros */
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(INFINITY, c) * a;
            f = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = inf_to_one(a);
            b = inf_to_one(b);
            e = INFINITY * (a * c + b * d);
            f = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = inf_to_one(c);
            d = inf_to_one(d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    return cplx_new(e, f);
}

/* complex64: Go computes + and - in float32 and * and / in float64 (its
 * compiler widens, and complex64 division calls complex128div), then
 * rounds each part; a float32 sum computed in double and rounded once is
 * the float32 sum. */
static Cplx *narrowed(const Cplx *c)
{
    return cplx_new(cplx_f32(c->re), cplx_f32(c->im));
}

Cplx *cplx_add64(const Cplx *a, const Cplx *b)
{
    return cplx_new(cplx_f32(cplx_re(a) + cplx_re(b)), cplx_f32(cplx_im(a) + cplx_im(b)));
}

Cplx *cplx_sub64(const Cplx *a, const Cplx *b)
{
    return cplx_new(cplx_f32(cplx_re(a) - cplx_re(b)), cplx_f32(cplx_im(a) - cplx_im(b)));
}

Cplx *cplx_mul64(const Cplx *a, const Cplx *b)
{
    return narrowed(cplx_mul(a, b));
}

Cplx *cplx_div64(const Cplx *a, const Cplx *b)
{
    return narrowed(cplx_div(a, b));
}

Cplx *cplx_neg(const Cplx *a)
{
    return cplx_new(-cplx_re(a), -cplx_im(a));
}

Cplx *cplx_narrow(const Cplx *a)
{
    return cplx_new(cplx_f32(cplx_re(a)), cplx_f32(cplx_im(a)));
}

bool cplx_eq(const Cplx *a, const Cplx *b)
{
    return cplx_re(a) == cplx_re(b) && cplx_im(a) == cplx_im(b);
}

/* Equal values hash alike: -0 as +0; a NaN part never equals anything,
 * so such a key gets a random hash, as in Go. */
static uint64_t part_hash(double f)
{
    if (f == 0)
        return 0x1234;
    if (f != f)
        return rt_rand();
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return bits * 0x9e3779b97f4a7c15ull;
}

uint64_t cplx_hash(const Cplx *a)
{
    uint64_t h = part_hash(cplx_re(a));
    return (h ^ (h >> 29)) * 31 + part_hash(cplx_im(a));
}
