/* strconv.c: the native half of package strconv: integer and float
 * parsing with Go's syntax and outcomes, integer formatting, and the
 * entry points to ftoa.c and quote.c. strconv.go turns the outcome codes
 * into *NumError values. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"
#include "natives.h"
#include "unicode_tables.h"

/* Outcomes, as strconv.go numbers them. */
enum { P_OK, P_SYNTAX, P_RANGE, P_BASE, P_BITSIZE };

static int lower(char c)
{
    return c | 0x20;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (lower(c) >= 'a' && lower(c) <= 'z')
        return lower(c) - 'a' + 10;
    return 99;
}

/* Go's rule for underscores in a number literal: each sits between two
 * digits, or between the base prefix and a digit. */
static bool underscores_ok(const char *s, int64_t n)
{
    int64_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+'))
        i++;
    char saw = '^'; /* start; '0' digit or prefix; '_'; '!' other */
    bool hex = false;
    if (n - i >= 2 && s[i] == '0' && strchr("box", lower(s[i + 1]))) {
        hex = lower(s[i + 1]) == 'x';
        i += 2;
        saw = '0';
    }
    for (; i < n; i++) {
        char c = s[i];
        if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

/* ParseUint's algorithm. Checks come in Go's order (empty input, base,
 * bit size, then digits), and the first overflow ends the scan with the
 * largest value, even if bad digits follow. */
static int parse_uint(const char *s, int64_t n, int base, int bits, uint64_t *out)
{
    const char *s0 = s;
    int64_t n0 = n;
    *out = 0;
    if (n == 0)
        return P_SYNTAX;
    bool base0 = base == 0;
    if (base0) {
        base = 10;
        if (s[0] == '0') {
            int prefix = n >= 3 ? lower(s[1]) : 0;
            base = prefix == 'b' ? 2 : prefix == 'o' ? 8 : prefix == 'x' ? 16 : 8;
            int skip = (prefix == 'b' || prefix == 'o' || prefix == 'x') ? 2 : 1;
            s += skip;
            n -= skip;
        }
    } else if (base < 2 || base > 36) {
        return P_BASE;
    }
    if (bits == 0)
        bits = 64;
    else if (bits < 0 || bits > 64)
        return P_BITSIZE;
    uint64_t max = bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    bool underscores = false;
    uint64_t v = 0;
    for (int64_t i = 0; i < n; i++) {
        if (s[i] == '_' && base0) {
            underscores = true;
            continue;
        }
        int d = digit_value(s[i]);
        if (d >= base)
            return P_SYNTAX;
        uint64_t next = v * (uint64_t)base + (uint64_t)d;
        if (v >= cutoff || next < v * (uint64_t)base || next > max) {
            *out = max;
            return P_RANGE;
        }
        v = next;
    }
    if (underscores && !underscores_ok(s0, n0))
        return P_SYNTAX;
    *out = v;
    return P_OK;
}

/* parseInt(s, base, bits) (int64, code): a sign, then ParseUint's
 * digits, clamped to [bits] bits. */
NATIVE(parse_int)
{
    (void)g;
    const char *s = str_data(ARG_STR(0));
    int64_t n = str_len(ARG_STR(0));
    int bits = (int)args[2].i;
    bool neg = false;
    if (n > 0 && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s++;
        n--;
    }
    uint64_t mag;
    int code = parse_uint(s, n, (int)args[1].i, bits, &mag);
    args[0].i = 0;
    args[1].i = code;
    if (code != P_OK && code != P_RANGE)
        return;
    uint64_t cutoff = (uint64_t)1 << ((bits == 0 ? 64 : bits) - 1);
    if (!neg && mag >= cutoff) {
        args[0].i = (int64_t)(cutoff - 1);
        args[1].i = P_RANGE;
    } else if (neg && mag > cutoff) {
        args[0].i = (int64_t)(0 - cutoff);
        args[1].i = P_RANGE;
    } else {
        args[0].i = neg ? (int64_t)(0 - mag) : (int64_t)mag;
    }
}

NATIVE(parse_uint_)
{
    (void)g;
    uint64_t v;
    int code = parse_uint(str_data(ARG_STR(0)), str_len(ARG_STR(0)), (int)args[1].i,
                          (int)args[2].i, &v);
    args[0].u = v;
    args[1].i = code;
}

/* "inf", "infinity" (either with a sign) or "nan", any case. */
static bool special_float(const char *s, int64_t n, double *f)
{
    int64_t i = (n > 0 && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    if ((n - i == 3 || n - i == 8) && strncasecmp(s + i, "infinity", (size_t)(n - i)) == 0) {
        *f = s[0] == '-' ? -INFINITY : INFINITY;
        return true;
    }
    if (n == 3 && strncasecmp(s, "nan", 3) == 0) {
        *f = NAN;
        return true;
    }
    return false;
}

static bool is_digit_in(char c, bool hex)
{
    return (c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f');
}

/* Whether [s] is a float literal as Go's ParseFloat reads one: a sign;
 * digits (hex after 0x) with at most one point and underscores; an
 * exponent, e for decimal and p, required, for hex. */
static bool float_syntax(const char *s, int64_t n)
{
    int64_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    bool hex = n - i >= 2 && s[i] == '0' && lower(s[i + 1]) == 'x';
    if (hex)
        i += 2;
    bool dot = false, digits = false, underscores = false;
    for (; i < n; i++) {
        if (s[i] == '_')
            underscores = true;
        else if (s[i] == '.' && !dot)
            dot = true;
        else if (is_digit_in(s[i], hex))
            digits = true;
        else
            break;
    }
    if (!digits)
        return false;
    if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            underscores |= s[i] == '_';
    } else if (hex) {
        return false;
    }
    return i == n && (!underscores || underscores_ok(s, n));
}

/* parseFloat(s, bits) (float64, code): the C library rounds correctly
 * once the syntax is known to be Go's. */
NATIVE(parse_float)
{
    (void)g;
    const char *s = str_data(ARG_STR(0));
    int64_t n = str_len(ARG_STR(0));
    int bits = (int)args[1].i;
    args[0].f = 0;
    args[1].i = P_SYNTAX;
    double f;
    if (special_float(s, n, &f)) {
        args[0].f = f;
        args[1].i = P_OK;
        return;
    }
    if (!float_syntax(s, n))
        return;
    char *clean = rt_alloc_atomic((size_t)n + 1);
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++)
        if (s[i] != '_')
            clean[k++] = s[i];
    clean[k] = '\0';
    f = bits == 32 ? (double)strtof(clean, NULL) : strtod(clean, NULL);
    args[0].f = f;
    args[1].i = isinf(f) ? P_RANGE : P_OK;
}

static String *format_uint(uint64_t u, int base, bool neg)
{
    char buf[72];
    int i = sizeof buf;
    do {
        buf[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (neg)
        buf[--i] = '-';
    return str_new(buf + i, (int64_t)sizeof buf - i);
}

/* formatInt(i, base), with the base already checked. */
NATIVE(format_int)
{
    (void)g;
    int64_t v = args[0].i;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    args[0].p = format_uint(u, (int)args[1].i, v < 0);
}

NATIVE(format_uint_)
{
    (void)g;
    args[0].p = format_uint(args[0].u, (int)args[1].i, false);
}

/* formatFloat(f, fmt, prec, bits), with fmt and bits already checked. */
NATIVE(format_float)
{
    (void)g;
    StrBuf b = {0};
    int bits = (int)args[3].i;
    double f = bits == 32 ? (double)(float)args[0].f : args[0].f;
    fmt_float(&b, f, (char)args[1].u, (int)args[2].i, bits);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(quote_with)
{
    (void)g;
    StrBuf b = {0};
    fmt_quote(&b, str_data(ARG_STR(0)), str_len(ARG_STR(0)), (int)args[1].i);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(quote_rune_with)
{
    (void)g;
    StrBuf b = {0};
    fmt_quote_rune(&b, (int32_t)args[0].i, (int)args[1].i);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(is_print)
{
    (void)g;
    args[0].u = uni_is_print((int32_t)args[0].i);
}

NATIVE(is_graphic)
{
    (void)g;
    args[0].u = uni_is_graphic((int32_t)args[0].i);
}

static const Native natives[] = {
    {"strconv", "parseInt", NULL, parse_int, NULL},
    {"strconv", "parseUint", NULL, parse_uint_, NULL},
    {"strconv", "parseFloat", NULL, parse_float, NULL},
    {"strconv", "formatInt", NULL, format_int, NULL},
    {"strconv", "formatUint", NULL, format_uint_, NULL},
    {"strconv", "formatFloat", NULL, format_float, NULL},
    {"strconv", "quoteWith", NULL, quote_with, NULL},
    {"strconv", "quoteRuneWith", NULL, quote_rune_with, NULL},
    {"strconv", "IsPrint", NULL, is_print, NULL},
    {"strconv", "IsGraphic", NULL, is_graphic, NULL},
};

static const PackageDef def = {"strconv", stdlib_src_strconv, natives, sizeof natives / sizeof natives[0]};

void register_strconv(void)
{
    vm_register_package(&def);
}
