/* math.c: the native half of package math. */
#include <math.h>
#include <string.h>
#include "natives.h"

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

UNARY(m_abs, fabs(x))
UNARY(m_acos, acos(x))
UNARY(m_acosh, acosh(x))
UNARY(m_asin, asin(x))
UNARY(m_asinh, asinh(x))
UNARY(m_atan, atan(x))
BINARY(m_atan2, atan2(x, y))
UNARY(m_atanh, atanh(x))
UNARY(m_cbrt, cbrt(x))
UNARY(m_ceil, ceil(x))
BINARY(m_copysign, copysign(x, y))
UNARY(m_cos, cos(x))
UNARY(m_cosh, cosh(x))
BINARY(m_dim, (x - y <= 0 || isnan(x - y)) ? (isnan(x - y) ? x - y : 0) : x - y)
UNARY(m_erf, erf(x))
UNARY(m_erfc, erfc(x))
UNARY(m_exp, exp(x))
UNARY(m_exp2, exp2(x))
UNARY(m_expm1, expm1(x))
UNARY(m_floor, floor(x))
UNARY(m_gamma, tgamma(x))
BINARY(m_hypot, hypot(x, y))
UNARY(m_log, log(x))
UNARY(m_log10, log10(x))
UNARY(m_log1p, log1p(x))
UNARY(m_log2, log2(x))
UNARY(m_sin, sin(x))
UNARY(m_sinh, sinh(x))
UNARY(m_sqrt, sqrt(x))
UNARY(m_tan, tan(x))
UNARY(m_tanh, tanh(x))
UNARY(m_trunc, trunc(x))
UNARY(m_round, round(x))
UNARY(m_round_even, nearbyint(x))
BINARY(m_mod, fmod(x, y))
BINARY(m_remainder, remainder(x, y))
BINARY(m_nextafter, nextafter(x, y))

/* Go's Pow differs from C's only in corner cases C already matches. */
BINARY(m_pow, pow(x, y))

/* Go's Max/Min: NaN wins, and +0 beats -0 for Max (-0 for Min). */
static void m_max(G *g, Value *args)
{
    (void)g;
    double x = args[0].f, y = args[1].f;
    if (isinf(x) && x > 0) args[0].f = x;
    else if (isinf(y) && y > 0) args[0].f = y;
    else if (isnan(x) || isnan(y)) args[0].f = NAN;
    else if (x == 0 && x == y) args[0].f = signbit(x) ? y : x;
    else args[0].f = x > y ? x : y;
}

static void m_min(G *g, Value *args)
{
    (void)g;
    double x = args[0].f, y = args[1].f;
    if (isinf(x) && x < 0) args[0].f = x;
    else if (isinf(y) && y < 0) args[0].f = y;
    else if (isnan(x) || isnan(y)) args[0].f = NAN;
    else if (x == 0 && x == y) args[0].f = signbit(x) ? x : y;
    else args[0].f = x < y ? x : y;
}

static void m_inf(G *g, Value *args)
{
    (void)g;
    args[0].f = args[0].i >= 0 ? INFINITY : -INFINITY;
}

static void m_isinf(G *g, Value *args)
{
    (void)g;
    double f = args[0].f;
    int64_t sign = args[1].i;
    args[0].u = (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
}

static void m_isnan(G *g, Value *args)
{
    (void)g;
    args[0].u = isnan(args[0].f);
}

static void m_nan(G *g, Value *args)
{
    (void)g;
    args[0].f = NAN;
}

static void m_signbit(G *g, Value *args)
{
    (void)g;
    args[0].u = signbit(args[0].f) != 0;
}

static void m_modf(G *g, Value *args)
{
    (void)g;
    double ip;
    double frac = modf(args[0].f, &ip);
    args[0].f = ip;
    args[1].f = frac;
}

static void m_f64bits(G *g, Value *args)
{
    (void)g;
    (void)args; /* a float64's bits are its word */
}

static void m_f32bits(G *g, Value *args)
{
    (void)g;
    float f = (float)args[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    args[0].u = u;
}

static void m_f32frombits(G *g, Value *args)
{
    (void)g;
    uint32_t u = (uint32_t)args[0].u;
    float f;
    memcpy(&f, &u, 4);
    args[0].f = f;
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
    {"math", "Exp", NULL, m_exp, NULL},
    {"math", "Exp2", NULL, m_exp2, NULL},
    {"math", "Expm1", NULL, m_expm1, NULL},
    {"math", "Floor", NULL, m_floor, NULL},
    {"math", "Gamma", NULL, m_gamma, NULL},
    {"math", "Hypot", NULL, m_hypot, NULL},
    {"math", "Log", NULL, m_log, NULL},
    {"math", "Log10", NULL, m_log10, NULL},
    {"math", "Log1p", NULL, m_log1p, NULL},
    {"math", "Log2", NULL, m_log2, NULL},
    {"math", "Max", NULL, m_max, NULL},
    {"math", "Min", NULL, m_min, NULL},
    {"math", "Mod", NULL, m_mod, NULL},
    {"math", "Pow", NULL, m_pow, NULL},
    {"math", "Remainder", NULL, m_remainder, NULL},
    {"math", "Round", NULL, m_round, NULL},
    {"math", "RoundToEven", NULL, m_round_even, NULL},
    {"math", "Sin", NULL, m_sin, NULL},
    {"math", "Sinh", NULL, m_sinh, NULL},
    {"math", "Sqrt", NULL, m_sqrt, NULL},
    {"math", "Tan", NULL, m_tan, NULL},
    {"math", "Tanh", NULL, m_tanh, NULL},
    {"math", "Trunc", NULL, m_trunc, NULL},
    {"math", "Inf", NULL, m_inf, NULL},
    {"math", "IsInf", NULL, m_isinf, NULL},
    {"math", "IsNaN", NULL, m_isnan, NULL},
    {"math", "NaN", NULL, m_nan, NULL},
    {"math", "Signbit", NULL, m_signbit, NULL},
    {"math", "Modf", NULL, m_modf, NULL},
    {"math", "Float64bits", NULL, m_f64bits, NULL},
    {"math", "Float64frombits", NULL, m_f64bits, NULL},
    {"math", "Float32bits", NULL, m_f32bits, NULL},
    {"math", "Float32frombits", NULL, m_f32frombits, NULL},
    {"math", "Nextafter", NULL, m_nextafter, NULL},
};

static const PackageDef def = {"math", stdlib_src_math, natives, sizeof natives / sizeof natives[0]};

void register_math(void)
{
    vm_register_package(&def);
}
