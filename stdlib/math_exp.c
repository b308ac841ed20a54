/* math_exp.c: exponentials, logarithms, powers, roots, as Go 1.19 computes
 * them on amd64 (see math_go.h). Exp and Log follow Go's amd64 assembly
 * (exp_amd64.s, log_amd64.s), Hypot hypot_amd64.s; the others Go's pure
 * Go code, which is FreeBSD msun's (Expm1, Log1p, Cbrt, Exp2's kernel)
 * or Go's own (Pow, Pow10, Log10, Log2). */
#include <stdlib.h>
#include "math_go.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Exp's assembly uses FMA instructions when the CPU has AVX and FMA
 * (math/exp_amd64.go: cpu.X86.HasAVX && cpu.X86.HasFMA), so Go's Exp has
 * two results on amd64; gosh takes the one Go takes on this machine. Go's
 * compiler makes math.FMA the instruction when the CPU has FMA, else calls
 * the Go code, which differs from it in a few special cases (gm_fma).
 * GODEBUG=cpu.fma=off (or cpu.avx=off, cpu.all=off) turns a feature off as
 * it does for Go (internal/cpu.processOptions). */
bool gm_use_fma, gm_has_fma;

#if defined(__x86_64__) || defined(__i386__)
static void cpu_features(bool *avx, bool *fma)
{
    unsigned a, b, c, d;
    *avx = *fma = false;
    if (!__get_cpuid(0, &a, &b, &c, &d) || a < 1)
        return;
    __cpuid(1, a, b, c, d);
    bool osxsave = (c & (1u << 27)) != 0;
    *fma = (c & (1u << 12)) != 0 && osxsave;
    if (osxsave) {
        unsigned lo, hi;
        __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        *avx = (c & (1u << 28)) != 0 && (lo & 6) == 6;
    }
}
#else
static void cpu_features(bool *avx, bool *fma)
{
    *avx = *fma = false;
}
#endif

void gm_init_cpu(void)
{
    bool has_avx, has_fma;
    cpu_features(&has_avx, &has_fma);
    bool avx = has_avx, fma = has_fma;
    const char *env = getenv("GODEBUG");
    /* Fields "cpu.NAME=on|off", comma-separated; a later one wins. "on"
     * cannot enable what the CPU lacks. */
    for (const char *p = env; p && *p;) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        static const struct {
            const char *field;
            int which; /* 1 avx, 2 fma, 3 both */
            bool on;
        } opts[] = {
            {"cpu.avx=off", 1, false}, {"cpu.fma=off", 2, false}, {"cpu.all=off", 3, false},
            {"cpu.avx=on", 1, true},   {"cpu.fma=on", 2, true},   {"cpu.all=on", 3, true},
        };
        for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++) {
            if (strlen(opts[i].field) == n && memcmp(p, opts[i].field, n) == 0) {
                if (opts[i].which & 1)
                    avx = opts[i].on && has_avx;
                if (opts[i].which & 2)
                    fma = opts[i].on && has_fma;
            }
        }
        p = end ? end + 1 : NULL;
    }
    gm_has_fma = fma;
    gm_use_fma = avx && fma;
}

/* fma.go: x*y + z rounded once, in 128-bit integer arithmetic. It gives
 * the correctly rounded result, except that it computes x*y + z unfused
 * when an operand is zero or x or y is Inf or NaN, returns z as it is
 * when z is Inf or NaN, and an exact zero takes the product's sign. */
static uint64_t nonzero(uint64_t x)
{
    return x != 0;
}

static void shl128(uint64_t u1, uint64_t u2, uint64_t n, uint64_t *r1, uint64_t *r2)
{
    *r1 = gm_shl(u1, n) | gm_shr(u2, 64 - n) | gm_shl(u2, n - 64);
    *r2 = gm_shl(u2, n);
}

static void shr128(uint64_t u1, uint64_t u2, uint64_t n, uint64_t *r1, uint64_t *r2)
{
    *r2 = gm_shr(u2, n) | gm_shl(u1, 64 - n) | gm_shr(u1, n - 64);
    *r1 = gm_shr(u1, n);
}

/* u >> n, with a sticky bit for what falls off */
static void shrcompress(uint64_t u1, uint64_t u2, uint64_t n, uint64_t *r1, uint64_t *r2)
{
    if (n == 0) {
        *r1 = u1;
        *r2 = u2;
    } else if (n == 64) {
        *r1 = 0;
        *r2 = u1 | nonzero(u2);
    } else if (n >= 128) {
        *r1 = 0;
        *r2 = nonzero(u1 | u2);
    } else if (n < 64) {
        shr128(u1, u2, n, r1, r2);
        *r2 |= nonzero(u2 & ((1ULL << n) - 1));
    } else {
        shr128(u1, u2, n, r1, r2);
        *r2 |= nonzero((u1 & ((1ULL << (n - 64)) - 1)) | u2);
    }
}

static int32_t lz128(uint64_t u1, uint64_t u2)
{
    if (u1)
        return __builtin_clzll(u1);
    return 64 + (u2 ? __builtin_clzll(u2) : 64);
}

static void split(uint64_t b, uint32_t *sign, int32_t *exp, uint64_t *mantissa)
{
    *sign = (uint32_t)(b >> 63);
    *exp = (int32_t)(b >> 52) & 0x7FF;
    *mantissa = b & GM_FRAC;
    if (*exp == 0) {
        uint64_t shift = (uint64_t)(__builtin_clzll(*mantissa) - 11);
        *mantissa <<= shift;
        *exp = 1 - (int32_t)shift;
    } else {
        *mantissa |= 1ULL << 52;
    }
}

static double fma_go(double x, double y, double z)
{
    uint64_t bx = gm_bits(x), by = gm_bits(y), bz = gm_bits(z);
    if (x == 0.0 || y == 0.0 || z == 0.0 || (bx & GM_UVINF) == GM_UVINF || (by & GM_UVINF) == GM_UVINF)
        return x * y + z;
    if ((bz & GM_UVINF) == GM_UVINF)
        return z;
    uint32_t xs, ys, zs;
    int32_t xe, ye, ze;
    uint64_t xm, ym, zm;
    split(bx, &xs, &xe, &xm);
    split(by, &ys, &ye, &ym);
    split(bz, &zs, &ze, &zm);

    int32_t pe = xe + ye - 1023 + 1;
    unsigned __int128 prod = (unsigned __int128)(xm << 10) * (ym << 11);
    uint64_t pm1 = (uint64_t)(prod >> 64), pm2 = (uint64_t)prod;
    uint64_t zm1 = zm << 10, zm2 = 0;
    uint32_t ps = xs ^ ys;

    /* normalize to bit 62 */
    uint64_t is62zero = (~pm1 >> 62) & 1;
    shl128(pm1, pm2, is62zero, &pm1, &pm2);
    pe -= (int32_t)is62zero;

    if (pe < ze || (pe == ze && pm1 < zm1)) {
        uint32_t ts = ps;
        int32_t te = pe;
        uint64_t t1 = pm1, t2 = pm2;
        ps = zs, pe = ze, pm1 = zm1, pm2 = zm2;
        zs = ts, ze = te, zm1 = t1, zm2 = t2;
    }
    shrcompress(zm1, zm2, (uint64_t)(pe - ze), &zm1, &zm2);

    uint64_t m, c;
    if (ps == zs) {
        uint64_t s2 = pm2 + zm2;
        c = s2 < pm2;
        pm2 = s2;
        pm1 = pm1 + zm1 + c;
        pe -= (int32_t)(~pm1 >> 63);
        shrcompress(pm1, pm2, 64 + (pm1 >> 63), &pm1, &m);
    } else {
        c = pm2 < zm2;
        pm2 = pm2 - zm2;
        pm1 = pm1 - zm1 - c;
        int32_t nz = lz128(pm1, pm2);
        pe -= nz;
        shl128(pm1, pm2, (uint64_t)(int64_t)(nz - 1), &m, &pm2);
        m |= nonzero(pm2);
    }

    if (pe > 1022 + 1023 || (pe == 1022 + 1023 && ((m + (1ULL << 9)) >> 63) == 1))
        return gm_frombits((uint64_t)ps << 63 | GM_UVINF);
    if (pe < 0) {
        uint64_t n = (uint64_t)(-(int64_t)pe);
        m = gm_shr(m, n) | nonzero(m & (gm_shl(1, n) - 1));
        pe = 0;
    }
    uint64_t tie = ((m & ((1ULL << 10) - 1)) ^ (1ULL << 9)) == 0 ? 1 : 0; /* round to even */
    m = ((m + (1ULL << 9)) >> 10) & ~tie;
    pe &= -(int32_t)nonzero(m);
    return gm_frombits(((uint64_t)ps << 63) + ((uint64_t)pe << 52) + m);
}

/* math.FMA: Go's compiler makes it the instruction when the CPU has FMA
 * (C's fma, correctly rounded), else calls fma.go. */
double gm_fma(double x, double y, double z)
{
    if (!gm_has_fma)
        return fma_go(x, y, z);
    return fma(x, y, z);
}

/* CVTSD2SL: to int32, rounding to nearest even; 0x80000000 when the
 * value does not fit. */
static inline int32_t cvtsd2sl(double v)
{
#if defined(__SSE2__)
    return _mm_cvtsd_si32(_mm_set_sd(v));
#else
    double r = nearbyint(v);
    if (r >= -2147483648.0 && r <= 2147483647.0)
        return (int32_t)r;
    return INT32_MIN;
#endif
}

/* exp_amd64.s: Shibata's method (sleef). The argument is reduced by
 * x - k*ln2 in two parts, divided by 16, a Taylor series gives e^r - 1,
 * which is squared back four times as y(y+2), then scaled by 2^k. */
double gm_exp(double x)
{
    static const double LOG2E = 1.4426950408889634073599246810018920;
    static const double LN2U = 0.69314718055966295651160180568695068359375;
    static const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    static const double Overflow = 7.09782712893384e+02;
    static const double c[] = {
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    };
    uint64_t bx = gm_bits(x);
    if ((bx & ~GM_SIGN) >= GM_UVINF) {
        if (bx == GM_UVNEGINF)
            return 0;
        return x; /* NaN or +Inf */
    }
    if (x > Overflow)
        return gm_inf(1);
    int32_t k = cvtsd2sl(LOG2E * x);
    double fk = (double)k;
    double r, p;
    if (gm_use_fma) {
        r = fma(-fk, LN2U, x);
        r = fma(-fk, LN2L, r);
        r *= 0.0625;
        p = fma(c[8], r, c[7]);
        p = fma(p, r, c[6]);
        p = fma(p, r, c[5]);
        p = fma(p, r, c[4]);
        p = fma(p, r, c[3]);
        p = fma(p, r, c[0]);
        p = fma(p, r, c[1]);
        r = r * p;
        for (int i = 0; i < 3; i++)
            r = r * (r + c[2]);
        r = fma(r, r + c[2], c[1]);
    } else {
        r = x - fk * LN2U;
        r = r - fk * LN2L;
        r *= 0.0625;
        p = c[8] * r + c[7];
        p = p * r + c[6];
        p = p * r + c[5];
        p = p * r + c[4];
        p = p * r + c[3];
        p = p * r + c[0];
        p = p * r + c[1];
        r = r * p;
        for (int i = 0; i < 4; i++)
            r = r * (c[2] + r);
        r = r + c[1];
    }
    /* r * 2**k, the biased exponent in a 32-bit register */
    int32_t e = k + 0x3FF;
    if (e <= 0) {
        if (e < -52)
            return 0;
        e += 0x3FE;
        r = r * gm_frombits((uint64_t)(uint32_t)e << 52);
        e = 1;
    } else if (e >= 0x7FF) {
        return gm_inf(1);
    }
    return r * gm_frombits((uint64_t)(uint32_t)e << 52);
}

/* exp.go's expmulti: e**r with r = hi - lo, then scaled by 2**k. */
static double expmulti(double hi, double lo, int64_t k)
{
    static const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                        P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                        P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return gm_ldexp(y, k);
}

double gm_exp2(double x)
{
    static const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    static const double Overflow = 1.0239999999999999e+03, Underflow = -1.0740e+03;
    if (gm_isnan(x) || gm_isinf(x, 1))
        return x;
    if (gm_isinf(x, -1))
        return 0;
    if (x > Overflow)
        return gm_inf(1);
    if (x < Underflow)
        return 0;
    int64_t k = 0;
    if (x > 0)
        k = gm_f2i(x + 0.5);
    else if (x < 0)
        k = gm_f2i(x - 0.5);
    double t = x - (double)k;
    double hi = t * Ln2Hi;
    double lo = -t * Ln2Lo;
    return expmulti(hi, lo, k);
}

/* FreeBSD's s_expm1.c as expm1.go has it. */
double gm_expm1(double x)
{
    static const double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01,
                        Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01,
                        Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                        InvLn2 = 1.44269504088896338700e+00, Tiny = 0x1p-54;
    static const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                        Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                        Q5 = -2.01099218183624371326e-07;
    if (gm_isinf(x, 1) || gm_isnan(x))
        return x;
    if (gm_isinf(x, -1))
        return -1;
    double absx = x;
    bool sign = false;
    if (x < 0) {
        absx = -absx;
        sign = true;
    }
    if (absx >= Ln2X56) {
        if (sign)
            return -1;
        if (absx >= Othreshold)
            return gm_inf(1);
    }
    double c = 0;
    int64_t k = 0;
    if (absx > Ln2Half) {
        double hi, lo;
        if (absx < Ln2HalfX3) {
            if (!sign) {
                hi = x - Ln2Hi;
                lo = Ln2Lo;
                k = 1;
            } else {
                hi = x + Ln2Hi;
                lo = -Ln2Lo;
                k = -1;
            }
        } else {
            if (!sign)
                k = gm_f2i(InvLn2 * x + 0.5);
            else
                k = gm_f2i(InvLn2 * x - 0.5);
            double t = (double)k;
            hi = x - t * Ln2Hi;
            lo = t * Ln2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < Tiny) {
        return x;
    } else {
        k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0)
        return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25)
            return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        y = gm_frombits(gm_bits(y) + ((uint64_t)k << 52));
        return y - 1;
    }
    if (k < 20) {
        double t2 = gm_frombits(0x3ff0000000000000ULL - (0x20000000000000ULL >> k));
        double y = t2 - (e - x);
        return gm_frombits(gm_bits(y) + ((uint64_t)k << 52));
    }
    t = gm_frombits((uint64_t)(0x3ff - k) << 52);
    double y = x - (e + t);
    y++;
    return gm_frombits(gm_bits(y) + ((uint64_t)k << 52));
}

/* log_amd64.s: FreeBSD's e_log.c in assembly. Its frexp does not
 * normalize subnormals (their fraction is read as if the number were
 * normal, with exponent -1022), and the test for f1 < Sqrt2/2 is
 * "not HSqrt2 < f1", so f1 == Sqrt2/2 is halved too. */
double gm_log(double x)
{
    static const double HSqrt2 = 7.07106781186547524401e-01;
    static const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    static const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                        L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                        L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                        L7 = 1.479819860511658591e-01;
    uint64_t bx = gm_bits(x);
    if ((bx & ~GM_SIGN) == 0)
        return gm_inf(-1);
    if ((int64_t)bx < 0)
        return gm_nan();
    if (bx >= GM_UVINF)
        return x; /* +Inf or NaN */
    double f1 = gm_frombits((bx & GM_FRAC) | 0x3FE0000000000000ULL);
    double k = (double)((int32_t)((bx >> 52) & 0x7FF) - 0x3FE);
    if (!(HSqrt2 < f1)) {
        k = k - 1.0;
        f1 = f1 * 2.0;
    }
    double f = f1 - 1.0;
    double s = f / (2.0 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * Ln2Hi - ((hfsq - (s * (R + hfsq) + Ln2Lo * k)) - f);
}

double gm_log10(double x)
{
    return gm_log(x) * 0x1.bcb7b1526e50ep-2; /* 1/Ln10 */
}

double gm_log2(double x)
{
    int64_t exp;
    double frac = gm_frexp(x, &exp);
    if (frac == 0.5)
        return (double)(exp - 1);
    return gm_log(frac) * 0x1.71547652b82fep+0 /* 1/Ln2 */ + (double)exp;
}

/* FreeBSD's s_log1p.c as log1p.go has it. */
double gm_log1p(double x)
{
    static const double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01,
                        Small = 0x1p-29, Tiny = 0x1p-54, Two53 = 0x1p53,
                        Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                        Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01,
                        Lp3 = 2.857142874366239149e-01, Lp4 = 2.222219843214978396e-01,
                        Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                        Lp7 = 1.479819860511658591e-01;
    if (x < -1 || gm_isnan(x))
        return gm_nan();
    if (x == -1)
        return gm_inf(-1);
    if (gm_isinf(x, 1))
        return gm_inf(1);
    double absx = gm_abs(x);
    double f = 0;
    uint64_t iu = 0;
    int64_t k = 1;
    if (absx < Sqrt2M1) {
        if (absx < Small) {
            if (absx < Tiny)
                return x;
            return x - x * x * 0.5;
        }
        if (x > Sqrt2HalfM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    double c = 0;
    if (k != 0) {
        double u;
        if (absx < Two53) {
            u = 1.0 + x;
            iu = gm_bits(u);
            k = (int64_t)((iu >> 52) - 1023);
            if (k > 0)
                c = 1.0 - (u - x);
            else
                c = x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = gm_bits(u);
            k = (int64_t)((iu >> 52) - 1023);
            c = 0;
        }
        iu &= 0x000fffffffffffffULL;
        if (iu < 0x0006a09e667f3bcdULL) {
            u = gm_frombits(iu | 0x3ff0000000000000ULL);
        } else {
            k++;
            u = gm_frombits(iu | 0x3fe0000000000000ULL);
            iu = (0x0010000000000000ULL - iu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    double s, R, z;
    double dk = (double)k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0)
                return 0;
            c += dk * Ln2Lo;
            return dk * Ln2Hi + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0)
            return f - R;
        return dk * Ln2Hi - ((R - (dk * Ln2Lo + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0)
        return f - (hfsq - s * (hfsq + R));
    return dk * Ln2Hi - ((hfsq - (s * (hfsq + R) + (dk * Ln2Lo + c))) - f);
}

/* pow.go: the integer part of y by repeated squaring on Frexp's fraction
 * and exponent, the fractional part by Exp(yf*Log(x)). */
static bool is_odd_int(double x)
{
    double xf;
    double xi = gm_modf(x, &xf);
    return xf == 0 && (gm_f2i(xi) & 1) == 1;
}

double gm_pow(double x, double y)
{
    if (y == 0 || x == 1)
        return 1;
    if (y == 1)
        return x;
    if (gm_isnan(x) || gm_isnan(y))
        return gm_nan();
    if (x == 0) {
        if (y < 0) {
            if (is_odd_int(y))
                return gm_copysign(gm_inf(1), x);
            return gm_inf(1);
        }
        if (y > 0) {
            if (is_odd_int(y))
                return x;
            return 0;
        }
    } else if (gm_isinf(y, 0)) {
        if (x == -1)
            return 1;
        if ((gm_abs(x) < 1) == gm_isinf(y, 1))
            return 0;
        return gm_inf(1);
    } else if (gm_isinf(x, 0)) {
        if (gm_isinf(x, -1))
            return gm_pow(1 / x, -y); /* Pow(-0, -y) */
        if (y < 0)
            return 0;
        if (y > 0)
            return gm_inf(1);
    } else if (y == 0.5) {
        return sqrt(x);
    } else if (y == -0.5) {
        return 1 / sqrt(x);
    }

    double yf;
    double yi = gm_modf(gm_abs(y), &yf);
    if (yf != 0 && x < 0)
        return gm_nan();
    if (yi >= 0x1p63) {
        if (x == -1)
            return 1;
        if ((gm_abs(x) < 1) == (y > 0))
            return 0;
        return gm_inf(1);
    }

    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = gm_exp(yf * gm_log(x));
    }

    int64_t xe;
    double x1 = gm_frexp(x, &xe);
    for (int64_t i = gm_f2i(yi); i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe = (int64_t)((uint64_t)xe << 1);
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }

    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return gm_ldexp(a1, ae);
}

double gm_pow10(int64_t n)
{
    static const double tab[] = {
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    };
    static const double postab32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
    static const double negtab32[] = {1e-00, 1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                      1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
    if (0 <= n && n <= 308)
        return postab32[n / 32] * tab[n % 32];
    if (-323 <= n && n <= 0)
        return negtab32[-n / 32] / tab[-n % 32];
    if (n > 0)
        return gm_inf(1);
    return 0;
}

/* FreeBSD's s_cbrt.c as cbrt.go has it. */
double gm_cbrt(double x)
{
    static const uint64_t B1 = 715094163, B2 = 696219795;
    static const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                        E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                        G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || gm_isnan(x) || gm_isinf(x, 0))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double t = gm_frombits(gm_bits(x) / 3 + (B1 << 32));
    if (x < SmallestNormal) {
        t = 0x1p54;
        t *= x;
        t = gm_frombits(gm_bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = gm_frombits((gm_bits(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    if (sign)
        t = -t;
    return t;
}

/* hypot_amd64.s: max * sqrt(1 + (min/max)**2). */
double gm_hypot(double p, double q)
{
    uint64_t bp = gm_bits(p) & ~GM_SIGN, bq = gm_bits(q) & ~GM_SIGN;
    if (bp >= GM_UVINF || bq >= GM_UVINF) {
        if (bp == GM_UVINF || bq == GM_UVINF)
            return gm_inf(1);
        return gm_nan();
    }
    if ((bp | bq) == 0)
        return 0;
    double a = gm_frombits(bp), b = gm_frombits(bq);
    double hi = a > b ? a : b; /* MAXSD */
    double lo = b < a ? b : a; /* MINSD */
    lo = lo / hi;
    lo = lo * lo;
    lo = lo + 1.0;
    return hi * sqrt(lo);
}
