/* bigint.c: 1024-bit two's complement integers for constants. */
#include <math.h>
#include <string.h>
#include "bigint.h"

void big_from_u64(Big *r, uint64_t v)
{
    memset(r, 0, sizeof *r);
    r->w[0] = v;
}

void big_from_i64(Big *r, int64_t v)
{
    memset(r, v < 0 ? 0xff : 0, sizeof *r);
    r->w[0] = (uint64_t)v;
}

bool big_is_neg(const Big *a)
{
    return (a->w[BIG_WORDS - 1] >> 63) != 0;
}

bool big_is_zero(const Big *a)
{
    for (int i = 0; i < BIG_WORDS; i++)
        if (a->w[i])
            return false;
    return true;
}

int big_sign(const Big *a)
{
    return big_is_neg(a) ? -1 : big_is_zero(a) ? 0 : 1;
}

int big_cmp(const Big *a, const Big *b)
{
    bool na = big_is_neg(a), nb = big_is_neg(b);
    if (na != nb)
        return na ? -1 : 1;
    for (int i = BIG_WORDS - 1; i >= 0; i--)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

void big_add(Big *r, const Big *a, const Big *b)
{
    unsigned __int128 carry = 0;
    for (int i = 0; i < BIG_WORDS; i++) {
        carry += (unsigned __int128)a->w[i] + b->w[i];
        r->w[i] = (uint64_t)carry;
        carry >>= 64;
    }
}

void big_not(Big *r, const Big *a)
{
    for (int i = 0; i < BIG_WORDS; i++)
        r->w[i] = ~a->w[i];
}

void big_neg(Big *r, const Big *a)
{
    Big one, t;
    big_not(&t, a);
    big_from_u64(&one, 1);
    big_add(r, &t, &one);
}

void big_sub(Big *r, const Big *a, const Big *b)
{
    Big nb;
    big_neg(&nb, b);
    big_add(r, a, &nb);
}

static void abs_of(Big *r, const Big *a)
{
    if (big_is_neg(a))
        big_neg(r, a);
    else
        *r = *a;
}

void big_mul(Big *r, const Big *a, const Big *b)
{
    /* schoolbook on magnitudes, then the sign */
    Big x, y, out;
    abs_of(&x, a);
    abs_of(&y, b);
    memset(&out, 0, sizeof out);
    for (int i = 0; i < BIG_WORDS; i++) {
        if (!x.w[i])
            continue;
        unsigned __int128 carry = 0;
        for (int j = 0; i + j < BIG_WORDS; j++) {
            carry += (unsigned __int128)x.w[i] * y.w[j] + out.w[i + j];
            out.w[i + j] = (uint64_t)carry;
            carry >>= 64;
        }
    }
    if (big_is_neg(a) != big_is_neg(b))
        big_neg(r, &out);
    else
        *r = out;
}

int big_bitlen(const Big *a)
{
    Big x;
    abs_of(&x, a);
    for (int i = BIG_WORDS - 1; i >= 0; i--)
        if (x.w[i])
            return i * 64 + 64 - __builtin_clzll(x.w[i]);
    return 0;
}

void big_shl(Big *r, const Big *a, unsigned n)
{
    Big out;
    memset(&out, 0, sizeof out);
    unsigned words = n / 64, bits = n % 64;
    for (int i = BIG_WORDS - 1; i >= 0; i--) {
        int src = i - (int)words;
        if (src < 0)
            break;
        uint64_t v = a->w[src] << bits;
        if (bits && src > 0)
            v |= a->w[src - 1] >> (64 - bits);
        out.w[i] = v;
    }
    *r = out;
}

void big_shr(Big *r, const Big *a, unsigned n)
{
    Big out;
    bool neg = big_is_neg(a);
    memset(&out, neg ? 0xff : 0, sizeof out);
    if (n >= BIG_WORDS * 64) {
        *r = out;
        return;
    }
    unsigned words = n / 64, bits = n % 64;
    for (int i = 0; i < BIG_WORDS; i++) {
        int src = i + (int)words;
        if (src >= BIG_WORDS)
            break;
        uint64_t hi = src + 1 < BIG_WORDS ? a->w[src + 1] : (neg ? ~0ull : 0);
        uint64_t v = a->w[src] >> bits;
        if (bits)
            v |= hi << (64 - bits);
        out.w[i] = v;
    }
    *r = out;
}

static bool bit(const Big *a, int i)
{
    return (a->w[i / 64] >> (i % 64)) & 1;
}

bool big_quo_rem(Big *q, Big *rem, const Big *a, const Big *b)
{
    if (big_is_zero(b))
        return false;
    Big x, y, quo, r;
    abs_of(&x, a);
    abs_of(&y, b);
    memset(&quo, 0, sizeof quo);
    memset(&r, 0, sizeof r);
    for (int i = big_bitlen(&x) - 1; i >= 0; i--) {
        big_shl(&r, &r, 1);
        r.w[0] |= bit(&x, i);
        if (big_cmp(&r, &y) >= 0) {
            big_sub(&r, &r, &y);
            quo.w[i / 64] |= 1ull << (i % 64);
        }
    }
    if (big_is_neg(a) != big_is_neg(b))
        big_neg(q, &quo);
    else
        *q = quo;
    if (big_is_neg(a))
        big_neg(rem, &r);
    else
        *rem = r;
    return true;
}

void big_and(Big *r, const Big *a, const Big *b)
{
    for (int i = 0; i < BIG_WORDS; i++)
        r->w[i] = a->w[i] & b->w[i];
}

void big_or(Big *r, const Big *a, const Big *b)
{
    for (int i = 0; i < BIG_WORDS; i++)
        r->w[i] = a->w[i] | b->w[i];
}

void big_xor(Big *r, const Big *a, const Big *b)
{
    for (int i = 0; i < BIG_WORDS; i++)
        r->w[i] = a->w[i] ^ b->w[i];
}

bool big_fits(const Big *a, int bits, bool is_signed)
{
    if (is_signed) {
        /* all bits from bits-1 up equal the sign */
        Big t;
        big_shr(&t, a, (unsigned)bits - 1);
        Big zero, minus1;
        big_from_i64(&zero, 0);
        big_from_i64(&minus1, -1);
        return big_cmp(&t, &zero) == 0 || big_cmp(&t, &minus1) == 0;
    }
    if (big_is_neg(a))
        return false;
    return big_bitlen(a) <= bits;
}

int64_t big_low64(const Big *a)
{
    return (int64_t)a->w[0];
}

long double big_to_ld(const Big *a)
{
    Big x;
    abs_of(&x, a);
    long double f = 0;
    for (int i = BIG_WORDS - 1; i >= 0; i--)
        f = f * 18446744073709551616.0L + (long double)x.w[i];
    return big_is_neg(a) ? -f : f;
}

bool big_from_ld(Big *r, long double f)
{
    if (!isfinite(f) || fabsl(f) >= ldexpl(1.0L, BIG_LIMIT_BITS))
        return false;
    bool neg = f < 0;
    long double m = neg ? -f : f;
    memset(r, 0, sizeof *r);
    for (int i = BIG_WORDS - 1; i >= 0; i--) {
        long double unit = ldexpl(1.0L, 64 * i);
        if (m >= unit) {
            long double d = floorl(m / unit);
            r->w[i] = (uint64_t)d;
            m -= d * unit;
        }
    }
    if (neg)
        big_neg(r, r);
    return true;
}

void big_to_string(const Big *a, char *buf, int size)
{
    char tmp[400];
    int n = 0;
    Big x, ten, q, rem;
    abs_of(&x, a);
    big_from_u64(&ten, 10);
    do {
        big_quo_rem(&q, &rem, &x, &ten);
        tmp[n++] = (char)('0' + rem.w[0]);
        x = q;
    } while (!big_is_zero(&x) && n < (int)sizeof tmp - 1);
    int j = 0;
    if (big_is_neg(a) && j < size - 1)
        buf[j++] = '-';
    while (n > 0 && j < size - 1)
        buf[j++] = tmp[--n];
    buf[j] = '\0';
}

bool big_parse(Big *r, const char *digits, int base)
{
    Big b, d;
    big_from_u64(r, 0);
    big_from_u64(&b, (uint64_t)base);
    for (const char *p = digits; *p; p++) {
        int v = *p >= '0' && *p <= '9' ? *p - '0'
              : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10
              : *p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : 99;
        if (v >= base)
            return false;
        big_mul(r, r, &b);
        big_from_u64(&d, (uint64_t)v);
        big_add(r, r, &d);
        if (big_bitlen(r) > BIG_LIMIT_BITS)
            return false;
    }
    return true;
}
