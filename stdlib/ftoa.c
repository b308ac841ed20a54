/* ftoa.c: floating-point numbers as text, as strconv.FormatFloat writes
 * them (formats e, E, f, g, G and the shortest forms). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"

/* Decimal digits of [f] (positive, finite) and the decimal point
 * position: f = 0.d1d2d3... * 10^dp. [prec] < 0 asks for the shortest
 * digits that read back as the same float of [bits] bits. */
static int float_digits(double f, int bits, int prec, char *digits, int *dp)
{
    char tmp[64];
    if (f == 0) {
        digits[0] = '0';
        *dp = 1;
        return 1;
    }
    if (prec < 0) {
        for (int p = 1; p <= 17; p++) {
            snprintf(tmp, sizeof tmp, "%.*e", p - 1, f);
            bool same = bits == 32 ? strtof(tmp, NULL) == (float)f : strtod(tmp, NULL) == f;
            if (same)
                break;
        }
    } else {
        snprintf(tmp, sizeof tmp, "%.*e", prec > 0 ? prec - 1 : 0, f);
    }
    /* tmp is d.ddde±x */
    int nd = 0;
    const char *q = tmp;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    *dp = exp + 1;
    return nd;
}

static void put_exp(StrBuf *b, char e, int exp)
{
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%c%c%02d", e, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    sb_puts(b, tmp);
}

/* Format 'b' of a positive [f]: the binary mantissa in decimal and a
 * binary exponent, "4503599627370496p-53" for 0.5. */
static void format_binary(StrBuf *b, double f, int bits)
{
    uint64_t mant;
    int exp, mantbits;
    if (bits == 32) {
        float x = (float)f;
        uint32_t u;
        memcpy(&u, &x, sizeof u);
        mantbits = 23;
        mant = u & ((1u << 23) - 1);
        exp = (int)(u >> 23) & 0xff;
        exp = exp == 0 ? 1 - 127 : exp - 127;
        if ((u >> 23) & 0xff)
            mant |= 1u << 23;
    } else {
        uint64_t u;
        memcpy(&u, &f, sizeof u);
        mantbits = 52;
        mant = u & ((1ull << 52) - 1);
        int biased = (int)(u >> 52) & 0x7ff;
        exp = biased == 0 ? 1 - 1023 : biased - 1023;
        if (biased)
            mant |= 1ull << 52;
    }
    sb_printf(b, "%llup%+d", (unsigned long long)mant, exp - mantbits);
}

/* Format 'x' or 'X' of a positive [f]: a hexadecimal fraction with one
 * leading digit (0 or 1) and a binary exponent of at least two digits,
 * "0x1.cp+01" for 3.5. [prec] < 0 gives as many hex digits as needed. */
static void format_hex(StrBuf *b, double f, char verb, int prec)
{
    /* the leading 1 sits at bit 60 of [mant]; f = mant/2^60 * 2^exp */
    uint64_t mant = 0;
    int exp = 0;
    if (f != 0) {
        int e;
        double m = frexp(f, &e);
        mant = (uint64_t)ldexp(m, 61);
        exp = e - 1;
    }
    if (prec >= 0 && prec < 15) {
        /* round to [prec] hex digits, half to even */
        unsigned shift = (unsigned)prec * 4;
        uint64_t rest = (mant << shift) & ((1ull << 60) - 1);
        uint64_t half = 1ull << 59;
        mant >>= 60 - shift;
        if (rest > half || (rest == half && (mant & 1)))
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ull << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    sb_putc(b, '0');
    sb_putc(b, verb);
    sb_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant) {
        sb_putc(b, '.');
        for (; mant; mant <<= 4)
            sb_putc(b, hex[(mant >> 60) & 15]);
    } else if (prec > 0) {
        sb_putc(b, '.');
        for (int i = 0; i < prec; i++, mant <<= 4)
            sb_putc(b, hex[(mant >> 60) & 15]);
    }
    sb_printf(b, "%c%c%02d", verb == 'X' ? 'P' : 'p', exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* strconv.FormatFloat: verbs e E f g G b x X, [prec] -1 for the shortest
 * form that reads back as the same float of [bits] bits. */
void fmt_float(StrBuf *b, double f, char verb, int prec, int bits)
{
    char tmp[512];
    if (isinf(f)) {
        sb_puts(b, f > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (f != f) {
        sb_puts(b, "NaN");
        return;
    }
    if (signbit(f)) {
        sb_putc(b, '-');
        f = -f;
    }
    if (verb == 'b') {
        format_binary(b, f, bits);
        return;
    }
    if (verb == 'x' || verb == 'X') {
        format_hex(b, f, verb, prec);
        return;
    }
    if (prec >= 0 && verb != 'g' && verb != 'G') {
        const char *cf = verb == 'f' || verb == 'F' ? "%.*f" : verb == 'E' ? "%.*E" : "%.*e";
        int need = snprintf(tmp, sizeof tmp, cf, prec, f);
        if (need >= (int)sizeof tmp) {
            /* a long precision: the C library prints the exact digits */
            char *big = rt_alloc_atomic((size_t)need + 1);
            snprintf(big, (size_t)need + 1, cf, prec, f);
            sb_puts(b, big);
        } else {
            sb_puts(b, tmp);
        }
        return;
    }
    char digits[64];
    int dp;
    if ((verb == 'g' || verb == 'G') && prec == 0)
        prec = 1;
    if ((verb == 'g' || verb == 'G') && prec > 17) {
        /* more digits than a float64 holds: the C library's %g, which
         * keeps no trailing zeros either */
        char *big = rt_alloc_atomic((size_t)prec + 32);
        snprintf(big, (size_t)prec + 32, verb == 'G' ? "%.*G" : "%.*g", prec, f);
        sb_puts(b, big);
        return;
    }
    int nd = float_digits(f, bits, (verb == 'g' || verb == 'G') ? prec : -1, digits, &dp);
    if (verb == 'g' || verb == 'G') {
        int eprec = prec;
        bool shortest = prec < 0;
        if (eprec > nd && nd >= dp)
            eprec = nd;
        if (shortest)
            eprec = 6;
        int exp = dp - 1;
        if (exp < -4 || exp >= eprec) {
            /* %e with the digits we have */
            sb_putc(b, digits[0]);
            if (nd > 1) {
                sb_putc(b, '.');
                sb_put(b, digits + 1, (size_t)(nd - 1));
            }
            put_exp(b, verb == 'G' ? 'E' : 'e', exp);
            return;
        }
        /* %f with the digits we have */
        if (dp <= 0) {
            sb_puts(b, "0.");
            for (int i = 0; i < -dp; i++)
                sb_putc(b, '0');
            sb_put(b, digits, (size_t)nd);
        } else if (dp >= nd) {
            sb_put(b, digits, (size_t)nd);
            for (int i = nd; i < dp; i++)
                sb_putc(b, '0');
        } else {
            sb_put(b, digits, (size_t)dp);
            sb_putc(b, '.');
            sb_put(b, digits + dp, (size_t)(nd - dp));
        }
        return;
    }
    if (verb == 'e' || verb == 'E') {
        sb_putc(b, digits[0]);
        if (nd > 1) {
            sb_putc(b, '.');
            sb_put(b, digits + 1, (size_t)(nd - 1));
        }
        put_exp(b, verb == 'E' ? 'E' : 'e', dp - 1);
        return;
    }
    /* 'f' shortest */
    if (dp <= 0) {
        sb_puts(b, "0");
        if (nd > 0 && !(nd == 1 && digits[0] == '0')) {
            sb_putc(b, '.');
            for (int i = 0; i < -dp; i++)
                sb_putc(b, '0');
            sb_put(b, digits, (size_t)nd);
        }
    } else if (dp >= nd) {
        sb_put(b, digits, (size_t)nd);
        for (int i = nd; i < dp; i++)
            sb_putc(b, '0');
    } else {
        sb_put(b, digits, (size_t)dp);
        sb_putc(b, '.');
        sb_put(b, digits + dp, (size_t)(nd - dp));
    }
}

