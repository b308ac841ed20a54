/* const.c: Go's constant arithmetic.
 *
 * Untyped integer constants are exact within 512 bits. Untyped floats are
 * exact rationals (two big integers in lowest terms) as long as their
 * parts fit, as Go's are; each also carries its long double value, which
 * takes over when a result grows too large to keep exactly. */
#include <gc.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static ConstVal *cv_new(ConstKind k)
{
    ConstVal *c = GC_MALLOC(sizeof *c);
    c->kind = (uint8_t)k;
    return c;
}

ConstVal *cv_bool(bool b)
{
    ConstVal *c = cv_new(CV_BOOL);
    c->b = b;
    return c;
}

ConstVal *cv_int(int64_t i)
{
    ConstVal *c = cv_new(CV_INT);
    big_from_i64(&c->i, i);
    return c;
}

ConstVal *cv_big(const Big *b)
{
    ConstVal *c = cv_new(CV_INT);
    c->i = *b;
    return c;
}

int64_t cv_i64(const ConstVal *c)
{
    if (c->kind == CV_COMPLEX)
        return cv_i64(c->re);
    if (c->kind == CV_FLOAT)
        return (int64_t)c->f;
    return big_low64(&c->i);
}

bool cv_in_range(const ConstVal *c, int64_t lo, int64_t hi)
{
    if (c->kind != CV_INT || !big_fits(&c->i, 64, true))
        return false;
    int64_t v = big_low64(&c->i);
    return v >= lo && v <= hi;
}

ConstVal *cv_float(long double f)
{
    ConstVal *c = cv_new(CV_FLOAT);
    c->f = f;
    return c;
}

/* ---- exact rationals ---- */

static void big_abs(Big *r, const Big *a)
{
    if (big_is_neg(a))
        big_neg(r, a);
    else
        *r = *a;
}

static void big_gcd(Big *r, const Big *a, const Big *b)
{
    Big x, y, q, rem;
    big_abs(&x, a);
    big_abs(&y, b);
    while (!big_is_zero(&y)) {
        big_quo_rem(&q, &rem, &x, &y);
        x = y;
        y = rem;
    }
    *r = x;
}

/* The long double nearest num/den: both scaled to at most 64 significant
 * bits first, so that neither conversion overflows. */
static long double rat_to_ld(const Big *num, const Big *den)
{
    Big n = *num, d = *den;
    int shift = 0;
    int nb = big_bitlen(&n), db = big_bitlen(&d);
    if (nb > 64) {
        big_shr(&n, &n, (unsigned)(nb - 64));
        shift += nb - 64;
    }
    if (db > 64) {
        big_shr(&d, &d, (unsigned)(db - 64));
        shift -= db - 64;
    }
    return ldexpl(big_to_ld(&n) / big_to_ld(&d), shift);
}

/* A float constant num/den, reduced; an approximation alone when a part
 * is too large to keep. */
static ConstVal *cv_rat(const Big *num, const Big *den)
{
    Big g, n, d, rem;
    if (big_is_zero(den))
        return NULL;
    big_gcd(&g, num, den);
    big_quo_rem(&n, &rem, num, &g);
    big_quo_rem(&d, &rem, den, &g);
    if (big_is_neg(&d)) {
        big_neg(&n, &n);
        big_neg(&d, &d);
    }
    ConstVal *c = cv_float(rat_to_ld(&n, &d));
    if (big_bitlen(&n) <= BIG_LIMIT_BITS && big_bitlen(&d) <= BIG_LIMIT_BITS) {
        c->exact = true;
        c->num = n;
        c->den = d;
    }
    return c;
}

/* The exact value of an integer or float constant, if it has one. */
static bool as_rat(const ConstVal *c, Big *num, Big *den)
{
    if (c->kind == CV_INT) {
        *num = c->i;
        big_from_i64(den, 1);
        return true;
    }
    if (c->kind == CV_FLOAT && c->exact) {
        *num = c->num;
        *den = c->den;
        return true;
    }
    return false;
}

/* The binary float nearest num/den with [prec] significant bits and
 * smallest normal exponent [emin] (53 and -1022 for float64, 24 and -126
 * for float32), ties to even, as Go rounds a constant to its type. One
 * rounding from the exact value: going through a long double first would
 * round twice and miss by an ulp now and then (177.031053). The result is
 * exact in a double; one too large is infinite (the callers check the
 * range first). */
static double rat_round(const Big *num, const Big *den, int prec, int emin)
{
    if (big_is_zero(num))
        return 0.0;
    bool neg = big_is_neg(num) != big_is_neg(den);
    Big n, d, q, r;
    big_abs(&n, num);
    big_abs(&d, den);
    /* scale so that the quotient has prec+2 or prec+3 bits */
    int s = prec + 2 - (big_bitlen(&n) - big_bitlen(&d));
    if (s >= 0)
        big_shl(&n, &n, (unsigned)s);
    else
        big_shl(&d, &d, (unsigned)-s);
    big_quo_rem(&q, &r, &n, &d);
    bool sticky = !big_is_zero(&r);
    int bl = big_bitlen(&q);
    int exp = bl - 1 - s; /* of the leading bit */
    int keep = exp < emin ? prec - (emin - exp) : prec;
    int drop = bl - keep;
    if (drop > bl + 1)
        return neg ? -0.0 : 0.0;
    Big m, low, half, one;
    big_shr(&m, &q, (unsigned)drop);
    big_from_i64(&one, 1);
    big_shl(&half, &one, (unsigned)(drop - 1));
    big_shl(&low, &m, (unsigned)drop);
    big_sub(&low, &q, &low);
    int c = big_cmp(&low, &half);
    if (c > 0 || (c == 0 && (sticky || (big_low64(&m) & 1))))
        big_add(&m, &m, &one);
    double f = ldexp((double)(uint64_t)big_low64(&m), drop - s);
    return neg ? -f : f;
}

/* [c] (an integer or float constant) as a float64, or as a float32 when
 * [single]: correctly rounded when its exact value is known. */
static double cv_to_binary(const ConstVal *c, bool single)
{
    Big num, den;
    if (as_rat(c, &num, &den))
        return single ? rat_round(&num, &den, 24, -126) : rat_round(&num, &den, 53, -1022);
    long double f = c->kind == CV_INT ? big_to_ld(&c->i) : c->f;
    return single ? (double)(float)f : (double)f;
}

/* A float constant of the exact value of [f], a finite double. */
static ConstVal *cv_of_double(double f)
{
    int e;
    double m = frexp(f, &e); /* f = m * 2**e, 0.5 <= |m| < 1 */
    Big num, den, one;
    big_from_i64(&num, (int64_t)ldexp(m, 53));
    big_from_i64(&one, 1);
    e -= 53;
    if (f == 0 || e + 53 > BIG_LIMIT_BITS || -e >= BIG_LIMIT_BITS)
        return cv_float(f); /* a part would pass the limit */
    if (e >= 0) {
        big_shl(&num, &num, (unsigned)e);
        den = one;
    } else {
        big_shl(&den, &one, (unsigned)-e);
    }
    return cv_rat(&num, &den);
}

static ConstVal *rat_op(int op, const Big *an, const Big *ad, const Big *bn, const Big *bd,
                        const char **err)
{
    Big n, d, t;
    switch (op) {
    case T_ADD: case T_SUB:
        big_mul(&n, an, bd);
        big_mul(&t, bn, ad);
        if (op == T_ADD)
            big_add(&n, &n, &t);
        else
            big_sub(&n, &n, &t);
        big_mul(&d, ad, bd);
        break;
    case T_MUL:
        big_mul(&n, an, bn);
        big_mul(&d, ad, bd);
        break;
    case T_QUO:
        if (big_is_zero(bn)) {
            *err = "division by zero";
            return NULL;
        }
        big_mul(&n, an, bd);
        big_mul(&d, ad, bn);
        break;
    default:
        *err = "invalid operation";
        return NULL;
    }
    return cv_rat(&n, &d);
}

static void pow10_big(Big *r, int e)
{
    Big ten;
    big_from_i64(r, 1);
    big_from_i64(&ten, 10);
    for (int i = 0; i < e; i++)
        big_mul(r, r, &ten);
}

ConstVal *cv_float_literal(const char *text)
{
    long double f = strtold(text, NULL);
    /* decimal literals are read exactly: digits as an integer, times a
     * power of ten (hex literals keep the long double, which is exact for
     * their usual lengths) */
    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        return cv_float(f);
    char digits[600];
    int nd = 0, exp = 0;
    bool seen_dot = false;
    const char *p = text;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.') {
            seen_dot = true;
            continue;
        }
        if (nd < (int)sizeof digits - 1)
            digits[nd++] = *p;
        if (seen_dot)
            exp--;
    }
    digits[nd] = '\0';
    if (*p == 'e' || *p == 'E')
        exp += atoi(p + 1);
    Big m, scale;
    if (nd > 150 || exp > 150 || exp < -150 || !big_parse(&m, digits, 10))
        return cv_float(f);
    pow10_big(&scale, exp < 0 ? -exp : exp);
    Big one;
    big_from_i64(&one, 1);
    if (exp >= 0) {
        big_mul(&m, &m, &scale);
        return cv_rat(&m, &one);
    }
    return cv_rat(&m, &scale);
}

ConstVal *cv_string(const char *s, int64_t len)
{
    ConstVal *c = cv_new(CV_STRING);
    c->s = s;
    c->slen = len;
    return c;
}

/* Shortest decimal that reads back as the same long double, in Go's
 * constant style (2.5, 1e+100). */
/* A float constant as go/constant's String writes it: %.6g of its
 * float64 value, or, out of float64's range, an approximate %.6g mantissa
 * with a decimal exponent. */
static void float_string(long double f, char *buf, size_t size)
{
    double d = (double)f;
    if (!isinf(d) && ((f == 0) == (d == 0))) {
        snprintf(buf, size, "%.6g", d);
        return;
    }
    int exp2;
    long double mant = frexpl(f, &exp2); /* 0.5 <= |mant| < 1 */
    double m = (double)mant;
    double dexp = (double)exp2 * (M_LN2 / M_LN10);
    long long e = (long long)dexp;
    m *= pow(10, dexp - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    snprintf(buf, size, "%.6ge%+lld", m, e);
}

void cv_string_of(const ConstVal *c, char *buf, size_t size)
{
    switch (c->kind) {
    case CV_BOOL:
        snprintf(buf, size, "%s", c->b ? "true" : "false");
        break;
    case CV_INT:
        big_to_string(&c->i, buf, (int)size);
        break;
    case CV_FLOAT:
        float_string(c->f, buf, size);
        break;
    case CV_COMPLEX: {
        /* go/constant: "(re + imi)", a negative part as "+ -2i" */
        char re[128], im[128];
        cv_string_of(c->re, re, sizeof re);
        cv_string_of(c->im, im, sizeof im);
        snprintf(buf, size, "(%s + %si)", re, im);
        break;
    }
    case CV_STRING: {
        /* Go quotes the string, then shortens a quoted form of more than
         * 72 runes to its first 69 and "..." (go/constant) */
        char q[400];
        size_t j = 0;
        q[j++] = '"';
        for (int64_t i = 0; i < c->slen && j + 8 < sizeof q; i++) {
            unsigned char ch = (unsigned char)c->s[i];
            if (ch == '"' || ch == '\\') {
                q[j++] = '\\';
                q[j++] = (char)ch;
            } else if (ch == '\n') {
                q[j++] = '\\';
                q[j++] = 'n';
            } else if (ch == '\t') {
                q[j++] = '\\';
                q[j++] = 't';
            } else if (ch < 0x20) {
                j += (size_t)snprintf(q + j, sizeof q - j, "\\x%02x", ch);
            } else {
                q[j++] = (char)ch;
            }
        }
        q[j++] = '"';
        size_t runes = 0, cut = j;
        for (size_t k = 0; k < j; k++)
            if (((unsigned char)q[k] & 0xC0) != 0x80 && ++runes == 70)
                cut = k;
        if (runes > 72)
            snprintf(buf, size, "%.*s...", (int)cut, q);
        else
            snprintf(buf, size, "%.*s", (int)j, q);
        break;
    }
    }
}

bool cv_is_integral(const ConstVal *c)
{
    if (c->kind == CV_COMPLEX)
        return cv_sign(c->im) == 0 && cv_is_integral(c->re);
    if (c->kind == CV_INT)
        return true;
    if (c->kind == CV_FLOAT && c->exact) {
        Big one;
        big_from_i64(&one, 1);
        return big_cmp(&c->den, &one) == 0;
    }
    if (c->kind == CV_FLOAT)
        return isfinite(c->f) && c->f == floorl(c->f) && fabsl(c->f) < ldexpl(1.0L, BIG_LIMIT_BITS);
    return false;
}

ConstVal *cv_to_float(const ConstVal *c)
{
    if (c->kind == CV_COMPLEX)
        return cv_to_float(c->re);
    if (c->kind == CV_FLOAT)
        return (ConstVal *)c;
    Big one;
    big_from_i64(&one, 1);
    return cv_rat(&c->i, &one);
}

ConstVal *cv_to_int(const ConstVal *c)
{
    if (c->kind == CV_INT)
        return (ConstVal *)c;
    Big b;
    if (!cv_is_integral(c))
        return NULL;
    if (c->kind == CV_COMPLEX)
        return cv_to_int(c->re);
    if (c->exact)
        return cv_big(&c->num);
    if (!big_from_ld(&b, c->f))
        return NULL;
    return cv_big(&b);
}

int cv_sign(const ConstVal *c)
{
    /* a complex constant: only whether it is zero */
    if (c->kind == CV_COMPLEX)
        return cv_sign(c->re) != 0 || cv_sign(c->im) != 0;
    if (c->kind == CV_INT)
        return big_sign(&c->i);
    if (c->kind == CV_FLOAT)
        return c->exact ? big_sign(&c->num) : c->f < 0 ? -1 : c->f > 0;
    return 0;
}

static bool int_fits(const Big *v, const Type *t)
{
    Type *u = type_under((Type *)t);
    switch (u->kind) {
    case K_INT8: case K_INT16: case K_INT32: case K_INT: case K_INT64:
        return big_fits(v, type_bits(u), true);
    case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT: case K_UINT64: case K_UINTPTR:
        return big_fits(v, type_bits(u), false);
    default:
        return big_bitlen(v) <= BIG_LIMIT_BITS;
    }
}

int cv_representable(const ConstVal *c, const Type *t, ConstVal **rounded)
{
    Type *u = type_under((Type *)t);
    *rounded = (ConstVal *)c;
    if (type_is_complex(u) || (c->kind == CV_COMPLEX && (type_is_integer(u) || type_is_float(u))))
        return cv_complex_representable(c, u, rounded);
    if (type_is_integer(u)) {
        if (c->kind == CV_FLOAT && !cv_is_integral(c))
            return 2;
        ConstVal *i = cv_to_int(c);
        if (!i || (c->kind != CV_INT && c->kind != CV_FLOAT))
            return 1;
        if (u->kind == K_UNTYPED_INT || u->kind == K_UNTYPED_RUNE) {
            *rounded = i;
            return 0;
        }
        /* Go names the failure by the constant's kind, not its value: a
         * float that does not fit an integer type is "truncated" even
         * when it is a whole number (go/types representation) */
        if (!int_fits(&i->i, u))
            return c->kind == CV_FLOAT ? 2 : 1;
        *rounded = i;
        return 0;
    }
    if (type_is_float(u)) {
        if (c->kind != CV_INT && c->kind != CV_FLOAT)
            return 1;
        long double f = c->kind == CV_INT ? big_to_ld(&c->i) : c->f;
        if (u->kind == K_FLOAT32) {
            if (fabsl(f) > 3.40282346638528859811704183484516925440e+38L)
                return 1;
            *rounded = cv_of_double(cv_to_binary(c, true));
        } else if (u->kind == K_FLOAT64) {
            if (fabsl(f) > 1.797693134862315708145274237317043567981e+308L)
                return 1;
            *rounded = cv_of_double(cv_to_binary(c, false));
        } else {
            *rounded = cv_float(f);
        }
        return 0;
    }
    if (type_is_string(u))
        return c->kind == CV_STRING ? 0 : 1;
    if (type_is_boolean(u))
        return c->kind == CV_BOOL ? 0 : 1;
    return 1;
}

static ConstVal *int_op(int op, const Big *x, const Big *y, const char **err)
{
    Big r, rem;
    switch (op) {
    case T_ADD: big_add(&r, x, y); break;
    case T_SUB: big_sub(&r, x, y); break;
    case T_MUL: big_mul(&r, x, y); break;
    case T_QUO:
        if (!big_quo_rem(&r, &rem, x, y)) { *err = "division by zero"; return NULL; }
        break;
    case T_REM:
        if (!big_quo_rem(&rem, &r, x, y)) { *err = "division by zero"; return NULL; }
        break;
    case T_AND: big_and(&r, x, y); break;
    case T_OR: big_or(&r, x, y); break;
    case T_XOR: big_xor(&r, x, y); break;
    case T_AND_NOT: {
        Big ny;
        big_not(&ny, y);
        big_and(&r, x, &ny);
        break;
    }
    default:
        *err = "invalid operation";
        return NULL;
    }
    if (big_bitlen(&r) > BIG_LIMIT_BITS) {
        *err = "constant overflow";
        return NULL;
    }
    return cv_big(&r);
}

ConstVal *cv_binary(int op, const ConstVal *x, const ConstVal *y, bool integer,
                    const char **err)
{
    *err = NULL;
    if (x->kind == CV_STRING && y->kind == CV_STRING && op == T_ADD) {
        char *s = GC_MALLOC_ATOMIC((size_t)(x->slen + y->slen + 1));
        memcpy(s, x->s, (size_t)x->slen);
        memcpy(s + x->slen, y->s, (size_t)y->slen);
        s[x->slen + y->slen] = '\0';
        return cv_string(s, x->slen + y->slen);
    }
    if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
        if (op == T_LAND) return cv_bool(x->b && y->b);
        if (op == T_LOR) return cv_bool(x->b || y->b);
    }
    if (x->kind == CV_COMPLEX || y->kind == CV_COMPLEX)
        return cv_complex_binary(op, x, y, err);
    if (x->kind == CV_INT && y->kind == CV_INT && (integer || op != T_QUO))
        return int_op(op, &x->i, &y->i, err);
    if (integer) {
        ConstVal *a = cv_to_int(x), *b = cv_to_int(y);
        if (a && b)
            return int_op(op, &a->i, &b->i, err);
    }
    Big an, ad, bn, bd;
    if (as_rat(x, &an, &ad) && as_rat(y, &bn, &bd))
        return rat_op(op, &an, &ad, &bn, &bd, err);
    long double a = cv_to_float(x)->f, b = cv_to_float(y)->f;
    switch (op) {
    case T_ADD: return cv_float(a + b);
    case T_SUB: return cv_float(a - b);
    case T_MUL: return cv_float(a * b);
    case T_QUO:
        if (b == 0) { *err = "division by zero"; return NULL; }
        return cv_float(a / b);
    default:
        *err = "invalid operation";
        return NULL;
    }
}

ConstVal *cv_unary(int op, const ConstVal *x, const Type *t)
{
    switch (op) {
    case T_ADD:
        return (ConstVal *)x;
    case T_SUB:
        if (x->kind == CV_COMPLEX)
            return cv_complex(cv_unary(T_SUB, x->re, t), cv_unary(T_SUB, x->im, t));
        if (x->kind == CV_INT) {
            Big r;
            big_neg(&r, &x->i);
            return cv_big(&r);
        }
        if (x->exact) {
            Big n;
            big_neg(&n, &x->num);
            return cv_rat(&n, &x->den);
        }
        /* constants are exact: there is no negative zero */
        return cv_float(x->f == 0 ? 0 : -x->f);
    case T_NOT:
        return cv_bool(!x->b);
    case T_XOR: {
        /* ^x: for unsigned types, flip within the type's width. */
        Type *u = type_under((Type *)t);
        Big r;
        big_not(&r, &x->i);
        if (type_is_unsigned(u)) {
            Big mask, one;
            big_from_u64(&one, 1);
            big_shl(&mask, &one, (unsigned)type_bits(u));
            big_sub(&mask, &mask, &one);
            big_and(&r, &r, &mask);
        }
        return cv_big(&r);
    }
    default:
        return (ConstVal *)x;
    }
}

ConstVal *cv_shift(int op, const ConstVal *x, uint64_t count, const char **err)
{
    *err = NULL;
    ConstVal *i = cv_to_int(x);
    if (!i) {
        *err = "truncated";
        return NULL;
    }
    Big r;
    if (op == T_SHR) {
        big_shr(&r, &i->i, count > 2000 ? 2000 : (unsigned)count);
        return cv_big(&r);
    }
    if (big_is_zero(&i->i))
        return cv_int(0);
    if (count > BIG_LIMIT_BITS || big_bitlen(&i->i) + (int)count > BIG_LIMIT_BITS) {
        *err = "constant shift overflow";
        return NULL;
    }
    big_shl(&r, &i->i, (unsigned)count);
    return cv_big(&r);
}

bool cv_compare(int op, const ConstVal *x, const ConstVal *y)
{
    int c;
    if (x->kind == CV_STRING) {
        int64_t n = x->slen < y->slen ? x->slen : y->slen;
        c = memcmp(x->s, y->s, (size_t)n);
        if (c == 0)
            c = x->slen < y->slen ? -1 : x->slen > y->slen;
    } else if (x->kind == CV_BOOL) {
        c = x->b == y->b ? 0 : 1;
    } else if (x->kind == CV_COMPLEX || y->kind == CV_COMPLEX) {
        /* only == and != get here */
        c = cv_compare(T_EQL, cv_real(x), cv_real(y)) && cv_compare(T_EQL, cv_imag(x), cv_imag(y)) ? 0 : 1;
    } else if (x->kind == CV_INT && y->kind == CV_INT) {
        c = big_cmp(&x->i, &y->i);
    } else {
        Big an, ad, bn, bd;
        if (as_rat(x, &an, &ad) && as_rat(y, &bn, &bd)) {
            Big l, r;
            big_mul(&l, &an, &bd);
            big_mul(&r, &bn, &ad);
            c = big_cmp(&l, &r);
        } else {
            long double a = cv_to_float(x)->f, b = cv_to_float(y)->f;
            c = a < b ? -1 : a > b;
        }
    }
    switch (op) {
    case T_EQL: return c == 0;
    case T_NEQ: return c != 0;
    case T_LSS: return c < 0;
    case T_LEQ: return c <= 0;
    case T_GTR: return c > 0;
    case T_GEQ: return c >= 0;
    default: return false;
    }
}

Value cv_to_value(const ConstVal *c, const Type *t)
{
    Value v;
    v.u = 0;
    Type *u = type_under((Type *)t);
    if (type_is_complex(u))
        return cv_complex_value(c, u);
    if (c->kind == CV_COMPLEX)
        c = c->re; /* representable: the imaginary part is 0 */
    switch (c->kind) {
    case CV_BOOL:
        v.u = c->b;
        break;
    case CV_STRING:
        v.p = str_new(c->s, c->slen);
        break;
    case CV_INT:
        if (type_is_float(u))
            v.f = cv_to_binary(c, u->kind == K_FLOAT32);
        else
            v.i = big_low64(&c->i);
        break;
    case CV_FLOAT:
        if (type_is_integer(u)) {
            Big b;
            v.i = big_from_ld(&b, c->f) ? big_low64(&b) : 0;
        }
        else
            v.f = cv_to_binary(c, u->kind == K_FLOAT32);
        break;
    }
    return v;
}
