/* math.c: the native half of package math, and the functions that work
 * on a float's bits (Frexp, Ldexp, Modf, Mod, Remainder, Round, ...).
 *
 * Every function gives Go 1.19's result on amd64 to the last bit,
 * computed with Go's algorithm (math_go.h; the families are in
 * math_exp.c, math_trig.c and math_special.c). The C library is used only
 * where its result is exact and Go's is the same instruction: sqrt
 * (SQRTSD, as Go's intrinsic), floor, ceil, trunc and nearbyint (ROUNDSD,
 * which quiets a signaling NaN as Go's intrinsic does) and fma (a
 * correctly rounded fused multiply-add, Go's FMA: gm_fma). */
#include "math_go.h"
#include "natives.h"

/* ---- bits ---- */

/* x * 2**52 and -52 for a subnormal x (bits.go's normalize). */
static inline double normalize(double x, int64_t *exp)
{
    if (gm_abs(x) < 0x1p-1022) {
        *exp = -52;
        return x * 0x1p52;
    }
    *exp = 0;
    return x;
}

double gm_frexp(double f, int64_t *exp)
{
    *exp = 0;
    if (f == 0 || gm_isinf(f, 0) || gm_isnan(f))
        return f;
    int64_t e;
    f = normalize(f, &e);
    uint64_t x = gm_bits(f);
    e += (int64_t)((x >> 52) & 0x7FF) - 1023 + 1;
    x &= ~(0x7FFULL << 52);
    x |= (uint64_t)(-1 + 1023) << 52;
    *exp = e;
    return gm_frombits(x);
}

double gm_ldexp(double frac, int64_t exp)
{
    if (frac == 0 || gm_isinf(frac, 0) || gm_isnan(frac))
        return frac;
    int64_t e;
    frac = normalize(frac, &e);
    exp = gm_add(exp, e);
    uint64_t x = gm_bits(frac);
    exp = gm_add(exp, (int64_t)((x >> 52) & 0x7FF) - 1023);
    if (exp < -1075)
        return gm_copysign(0, frac);
    if (exp > 1023)
        return frac < 0 ? gm_inf(-1) : gm_inf(1);
    double m = 1;
    if (exp < -1022) {
        exp += 53;
        m = 0x1p-53;
    }
    x &= ~(0x7FFULL << 52);
    x |= (uint64_t)(exp + 1023) << 52;
    return m * gm_frombits(x);
}

double gm_modf(double f, double *frac)
{
    if (f < 1) {
        if (f < 0) {
            double fr, i = gm_modf(-f, &fr);
            *frac = -fr;
            return -i;
        }
        if (f == 0) {
            *frac = f;
            return f; /* -0, -0 for -0 */
        }
        *frac = f;
        return 0;
    }
    uint64_t x = gm_bits(f);
    uint64_t e = ((x >> 52) & 0x7FF) - 1023;
    if (e < 64 - 12)
        x &= ~((1ULL << (64 - 12 - e)) - 1);
    double i = gm_frombits(x);
    *frac = f - i;
    return i;
}

/* mod.go: subtract y scaled to r's exponent until r < y (exact). */
double gm_mod(double x, double y)
{
    if (y == 0 || gm_isinf(x, 0) || gm_isnan(x) || gm_isnan(y))
        return gm_nan();
    y = gm_abs(y);
    int64_t yexp, rexp;
    double yfr = gm_frexp(y, &yexp);
    double r = x;
    if (x < 0)
        r = -x;
    while (r >= y) {
        double rfr = gm_frexp(r, &rexp);
        if (rfr < yfr)
            rexp = rexp - 1;
        r = r - gm_ldexp(y, rexp - yexp);
    }
    if (x < 0)
        r = -r;
    return r;
}

/* FreeBSD's e_remainder.c as remainder.go has it. */
static double gm_remainder(double x, double y)
{
    static const double Tiny = 4.45014771701440276618e-308, HalfMax = 0x1.fffffffffffffp+1022;
    if (gm_isnan(x) || gm_isnan(y) || gm_isinf(x, 0) || y == 0)
        return gm_nan();
    if (gm_isinf(y, 0))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (y < 0)
        y = -y;
    if (x == y)
        return sign ? -0.0 : 0.0;
    if (y <= HalfMax)
        x = gm_mod(x, y + y);
    if (y < Tiny) {
        if (x + x > y) {
            x -= y;
            if (x + x >= y)
                x -= y;
        }
    } else {
        double yHalf = 0.5 * y;
        if (x > yHalf) {
            x -= y;
            if (x >= yHalf)
                x -= y;
        }
    }
    if (sign)
        x = -x;
    return x;
}

/* Floor, Ceil, Trunc, RoundToEven are ROUNDSD in Go on a CPU with SSE4.1:
 * exact, and a signaling NaN comes back quiet. */
static inline double quiet(double x)
{
    return gm_frombits(gm_bits(x) | 0x0008000000000000ULL);
}

double gm_floor(double x)
{
    return gm_isnan(x) ? quiet(x) : floor(x);
}

static double gm_round(double x)
{
    uint64_t bits = gm_bits(x);
    uint64_t e = (bits >> 52) & 0x7FF;
    if (e < 1023) {
        bits &= GM_SIGN;
        if (e == 1023 - 1)
            bits |= 0x3FF0000000000000ULL;
    } else if (e < 1023 + 52) {
        e -= 1023;
        bits += (1ULL << 51) >> e;
        bits &= ~(GM_FRAC >> e);
    }
    return gm_frombits(bits);
}

static double gm_ilogb_(double x)
{
    int64_t e;
    x = normalize(x, &e);
    return (double)((int64_t)((gm_bits(x) >> 52) & 0x7FF) - 1023 + e);
}

/* ---- natives ---- */

#define UNARY(name, expr)                                                   \
    static void name(G *g, Value *args)                                     \
    {                                                                       \
        (void)g;                                                            \
        double x = args[0].f;                                               \
        args[0].f = (expr);                                                 \
    }
#define BINARY(name, expr)                                                  \
    static void name(G *g, Value *args)                                     \
    {                                                                       \
        (void)g;                                                            \
        double x = args[0].f, y = args[1].f;                                \
        args[0].f = (expr);                                                 \
    }

UNARY(m_abs, gm_abs(x))
UNARY(m_acos, gm_acos(x))
UNARY(m_acosh, gm_acosh(x))
UNARY(m_asin, gm_asin(x))
UNARY(m_asinh, gm_asinh(x))
UNARY(m_atan, gm_atan(x))
BINARY(m_atan2, gm_atan2(x, y))
UNARY(m_atanh, gm_atanh(x))
UNARY(m_cbrt, gm_cbrt(x))
UNARY(m_ceil, gm_isnan(x) ? quiet(x) : ceil(x))
BINARY(m_copysign, gm_copysign(x, y))
UNARY(m_cos, gm_cos(x))
UNARY(m_cosh, gm_cosh(x))
UNARY(m_erf, gm_erf(x))
UNARY(m_erfc, gm_erfc(x))
UNARY(m_erfinv, gm_erfinv(x))
UNARY(m_erfcinv, gm_erfinv(1 - x))
UNARY(m_exp, gm_exp(x))
UNARY(m_exp2, gm_exp2(x))
UNARY(m_expm1, gm_expm1(x))
UNARY(m_floor, gm_floor(x))
UNARY(m_gamma, gm_gamma(x))
BINARY(m_hypot, gm_hypot(x, y))
UNARY(m_j0, gm_j0(x))
UNARY(m_j1, gm_j1(x))
UNARY(m_log, gm_log(x))
UNARY(m_log10, gm_log10(x))
UNARY(m_log1p, gm_log1p(x))
UNARY(m_log2, gm_log2(x))
UNARY(m_sin, gm_sin(x))
UNARY(m_sinh, gm_sinh(x))
UNARY(m_sqrt, sqrt(x))
UNARY(m_tan, gm_tan(x))
UNARY(m_tanh, gm_tanh(x))
UNARY(m_trunc, gm_isnan(x) ? quiet(x) : trunc(x))
UNARY(m_round, gm_round(x))
UNARY(m_round_even, gm_isnan(x) ? quiet(x) : nearbyint(x))
UNARY(m_y0, gm_y0(x))
UNARY(m_y1, gm_y1(x))
BINARY(m_mod, gm_mod(x, y))
BINARY(m_pow, gm_pow(x, y))
BINARY(m_remainder, gm_remainder(x, y))

/* dim.go: x-y or 0; NaN when x-y is. */
NATIVE(m_dim)
{
    (void)g;
    double v = args[0].f - args[1].f;
    args[0].f = v <= 0 ? 0 : v;
}

/* dim_amd64.s: +Inf wins, then NaN, then +0 over -0, else MAXSD. */
NATIVE(m_max)
{
    (void)g;
    uint64_t bx = args[0].u, by = args[1].u;
    if (bx == GM_UVINF || by == GM_UVINF)
        args[0].u = GM_UVINF;
    else if ((bx & ~GM_SIGN) > GM_UVINF || (by & ~GM_SIGN) > GM_UVINF)
        args[0].u = GM_UVNAN;
    else if (((bx | by) & ~GM_SIGN) == 0)
        args[0].u = bx == GM_SIGN ? by : bx;
    else
        args[0].f = args[0].f > args[1].f ? args[0].f : args[1].f;
}

/* dim_amd64.s: -Inf wins, then NaN, then -0 over +0, else MINSD. */
NATIVE(m_min)
{
    (void)g;
    uint64_t bx = args[0].u, by = args[1].u;
    if (bx == GM_UVNEGINF || by == GM_UVNEGINF)
        args[0].u = GM_UVNEGINF;
    else if ((bx & ~GM_SIGN) > GM_UVINF || (by & ~GM_SIGN) > GM_UVINF)
        args[0].u = GM_UVNAN;
    else if (((bx | by) & ~GM_SIGN) == 0)
        args[0].u = bx == GM_SIGN ? bx : by;
    else
        args[0].f = args[0].f < args[1].f ? args[0].f : args[1].f;
}

NATIVE(m_fma)
{
    (void)g;
    args[0].f = gm_fma(args[0].f, args[1].f, args[2].f);
}

NATIVE(m_inf)
{
    (void)g;
    args[0].f = gm_inf(args[0].i >= 0 ? 1 : -1);
}

NATIVE(m_isinf)
{
    (void)g;
    double f = args[0].f;
    int64_t sign = args[1].i;
    args[0].u = (sign >= 0 && f > 0x1.fffffffffffffp1023) || (sign <= 0 && f < -0x1.fffffffffffffp1023);
}

NATIVE(m_isnan)
{
    (void)g;
    args[0].u = gm_isnan(args[0].f);
}

NATIVE(m_nan)
{
    (void)g;
    args[0].f = gm_nan();
}

NATIVE(m_signbit)
{
    (void)g;
    args[0].u = gm_signbit(args[0].f);
}

NATIVE(m_modf)
{
    (void)g;
    double frac;
    args[0].f = gm_modf(args[0].f, &frac);
    args[1].f = frac;
}

NATIVE(m_frexp)
{
    (void)g;
    int64_t exp;
    args[0].f = gm_frexp(args[0].f, &exp);
    args[1].i = exp;
}

NATIVE(m_ldexp)
{
    (void)g;
    args[0].f = gm_ldexp(args[0].f, args[1].i);
}

NATIVE(m_lgamma)
{
    (void)g;
    int64_t sign;
    args[0].f = gm_lgamma(args[0].f, &sign);
    args[1].i = sign;
}

NATIVE(m_sincos)
{
    (void)g;
    double s, c;
    gm_sincos(args[0].f, &s, &c);
    args[0].f = s;
    args[1].f = c;
}

NATIVE(m_jn)
{
    (void)g;
    args[0].f = gm_jn(args[0].i, args[1].f);
}

NATIVE(m_yn)
{
    (void)g;
    args[0].f = gm_yn(args[0].i, args[1].f);
}

NATIVE(m_pow10)
{
    (void)g;
    args[0].f = gm_pow10(args[0].i);
}

/* logb.go */
NATIVE(m_logb)
{
    (void)g;
    double x = args[0].f;
    if (x == 0)
        args[0].f = gm_inf(-1);
    else if (gm_isinf(x, 0))
        args[0].f = gm_inf(1);
    else if (!gm_isnan(x))
        args[0].f = gm_ilogb_(x);
}

NATIVE(m_ilogb)
{
    (void)g;
    double x = args[0].f;
    if (x == 0)
        args[0].i = INT32_MIN;
    else if (gm_isnan(x) || gm_isinf(x, 0))
        args[0].i = INT32_MAX;
    else
        args[0].i = (int64_t)gm_ilogb_(x);
}

/* nextafter.go */
NATIVE(m_nextafter)
{
    (void)g;
    double x = args[0].f, y = args[1].f;
    if (gm_isnan(x) || gm_isnan(y))
        args[0].f = gm_nan();
    else if (x == y)
        args[0].f = x;
    else if (x == 0)
        args[0].f = gm_copysign(gm_frombits(1), y);
    else if ((y > x) == (x > 0))
        args[0].u = gm_bits(x) + 1;
    else
        args[0].u = gm_bits(x) - 1;
}

static inline uint32_t f32bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static inline float f32frombits(uint32_t u)
{
    float f;
    memcpy(&f, &u, 4);
    return f;
}

/* A float32 lives in its register as the float64 of the same value. */
NATIVE(m_nextafter32)
{
    (void)g;
    float x = (float)args[0].f, y = (float)args[1].f, r;
    if (gm_isnan(x) || gm_isnan(y))
        r = (float)gm_nan();
    else if (x == y)
        r = x;
    else if (x == 0)
        r = (float)gm_copysign((double)f32frombits(1), (double)y);
    else if ((y > x) == (x > 0))
        r = f32frombits(f32bits(x) + 1);
    else
        r = f32frombits(f32bits(x) - 1);
    args[0].f = r;
}

NATIVE(m_f64bits)
{
    (void)g;
    (void)args; /* a float64's bits are its word */
}

NATIVE(m_f32bits)
{
    (void)g;
    args[0].u = f32bits((float)args[0].f);
}

NATIVE(m_f32frombits)
{
    (void)g;
    args[0].f = f32frombits((uint32_t)args[0].u);
}

static const Native natives[] = {
    {"math", "Abs", NULL, m_abs, NULL},
    {"math", "Acos", NULL, m_acos, NULL},
    {"math", "Acosh", NULL, m_acosh, NULL},
    {"math", "Asin", NULL, m_asin, NULL},
    {"math", "Asinh", NULL, m_asinh, NULL},
    {"math", "Atan", NULL, m_atan, NULL},
    {"math", "Atan2", NULL, m_atan2, NULL},
    {"math", "Atanh", NULL, m_atanh, NULL},
    {"math", "Cbrt", NULL, m_cbrt, NULL},
    {"math", "Ceil", NULL, m_ceil, NULL},
    {"math", "Copysign", NULL, m_copysign, NULL},
    {"math", "Cos", NULL, m_cos, NULL},
    {"math", "Cosh", NULL, m_cosh, NULL},
    {"math", "Dim", NULL, m_dim, NULL},
    {"math", "Erf", NULL, m_erf, NULL},
    {"math", "Erfc", NULL, m_erfc, NULL},
    {"math", "Erfcinv", NULL, m_erfcinv, NULL},
    {"math", "Erfinv", NULL, m_erfinv, NULL},
    {"math", "Exp", NULL, m_exp, NULL},
    {"math", "Exp2", NULL, m_exp2, NULL},
    {"math", "Expm1", NULL, m_expm1, NULL},
    {"math", "FMA", NULL, m_fma, NULL},
    {"math", "Float32bits", NULL, m_f32bits, NULL},
    {"math", "Float32frombits", NULL, m_f32frombits, NULL},
    {"math", "Float64bits", NULL, m_f64bits, NULL},
    {"math", "Float64frombits", NULL, m_f64bits, NULL},
    {"math", "Floor", NULL, m_floor, NULL},
    {"math", "Frexp", NULL, m_frexp, NULL},
    {"math", "Gamma", NULL, m_gamma, NULL},
    {"math", "Hypot", NULL, m_hypot, NULL},
    {"math", "Ilogb", NULL, m_ilogb, NULL},
    {"math", "Inf", NULL, m_inf, NULL},
    {"math", "IsInf", NULL, m_isinf, NULL},
    {"math", "IsNaN", NULL, m_isnan, NULL},
    {"math", "J0", NULL, m_j0, NULL},
    {"math", "J1", NULL, m_j1, NULL},
    {"math", "Jn", NULL, m_jn, NULL},
    {"math", "Ldexp", NULL, m_ldexp, NULL},
    {"math", "Lgamma", NULL, m_lgamma, NULL},
    {"math", "Log", NULL, m_log, NULL},
    {"math", "Log10", NULL, m_log10, NULL},
    {"math", "Log1p", NULL, m_log1p, NULL},
    {"math", "Log2", NULL, m_log2, NULL},
    {"math", "Logb", NULL, m_logb, NULL},
    {"math", "Max", NULL, m_max, NULL},
    {"math", "Min", NULL, m_min, NULL},
    {"math", "Mod", NULL, m_mod, NULL},
    {"math", "Modf", NULL, m_modf, NULL},
    {"math", "NaN", NULL, m_nan, NULL},
    {"math", "Nextafter", NULL, m_nextafter, NULL},
    {"math", "Nextafter32", NULL, m_nextafter32, NULL},
    {"math", "Pow", NULL, m_pow, NULL},
    {"math", "Pow10", NULL, m_pow10, NULL},
    {"math", "Remainder", NULL, m_remainder, NULL},
    {"math", "Round", NULL, m_round, NULL},
    {"math", "RoundToEven", NULL, m_round_even, NULL},
    {"math", "Signbit", NULL, m_signbit, NULL},
    {"math", "Sin", NULL, m_sin, NULL},
    {"math", "Sincos", NULL, m_sincos, NULL},
    {"math", "Sinh", NULL, m_sinh, NULL},
    {"math", "Sqrt", NULL, m_sqrt, NULL},
    {"math", "Tan", NULL, m_tan, NULL},
    {"math", "Tanh", NULL, m_tanh, NULL},
    {"math", "Trunc", NULL, m_trunc, NULL},
    {"math", "Y0", NULL, m_y0, NULL},
    {"math", "Y1", NULL, m_y1, NULL},
    {"math", "Yn", NULL, m_yn, NULL},
};

static const PackageDef def = {"math", stdlib_src_math, natives, sizeof natives / sizeof natives[0]};

void register_math(void)
{
    gm_init_cpu();
    vm_register_package(&def);
}
