/* const.c: Go's constant arithmetic.
 *
 * Untyped integer constants are exact within 128 bits; untyped floats are
 * long doubles, whose 64-bit mantissa makes sums such as 0.1 + 0.2 round
 * to the same float64 as Go's exact arithmetic does. */
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

ConstVal *cv_int(__int128 i)
{
    ConstVal *c = cv_new(CV_INT);
    c->i = i;
    return c;
}

ConstVal *cv_float(long double f)
{
    ConstVal *c = cv_new(CV_FLOAT);
    c->f = f;
    return c;
}

ConstVal *cv_string(const char *s, int64_t len)
{
    ConstVal *c = cv_new(CV_STRING);
    c->s = s;
    c->slen = len;
    return c;
}

static void int128_string(__int128 v, char *buf, size_t size)
{
    char tmp[64];
    int n = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    do {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    size_t j = 0;
    if (neg && j < size - 1)
        buf[j++] = '-';
    while (n > 0 && j < size - 1)
        buf[j++] = tmp[--n];
    buf[j] = '\0';
}

/* Shortest decimal that reads back as the same long double, in Go's
 * constant style (2.5, 1e+100). */
static void float_string(long double f, char *buf, size_t size)
{
    if (f == floorl(f) && fabsl(f) < 1e21L) {
        snprintf(buf, size, "%.0Lf", f);
        return;
    }
    for (int prec = 1; prec <= 21; prec++) {
        snprintf(buf, size, "%.*Lg", prec, f);
        if (strtold(buf, NULL) == f)
            break;
    }
    if (strchr(buf, 'e') && !strchr(buf, '.')) {
        /* Go writes 1e+100, like C */
    }
}

void cv_string_of(const ConstVal *c, char *buf, size_t size)
{
    switch (c->kind) {
    case CV_BOOL:
        snprintf(buf, size, "%s", c->b ? "true" : "false");
        break;
    case CV_INT:
        int128_string(c->i, buf, size);
        break;
    case CV_FLOAT:
        float_string(c->f, buf, size);
        break;
    case CV_STRING: {
        /* Go quotes and shortens long strings. */
        size_t j = 0;
        buf[j++] = '"';
        for (int64_t i = 0; i < c->slen && j + 8 < size; i++) {
            unsigned char ch = (unsigned char)c->s[i];
            if (i >= 70) {
                memcpy(buf + j, "...", 3);
                j += 3;
                break;
            }
            if (ch == '"' || ch == '\\') {
                buf[j++] = '\\';
                buf[j++] = (char)ch;
            } else if (ch == '\n') {
                buf[j++] = '\\';
                buf[j++] = 'n';
            } else if (ch == '\t') {
                buf[j++] = '\\';
                buf[j++] = 't';
            } else if (ch < 0x20) {
                j += (size_t)snprintf(buf + j, size - j, "\\x%02x", ch);
            } else {
                buf[j++] = (char)ch;
            }
        }
        buf[j++] = '"';
        buf[j] = '\0';
        break;
    }
    }
}

bool cv_is_integral(const ConstVal *c)
{
    if (c->kind == CV_INT)
        return true;
    if (c->kind == CV_FLOAT)
        return isfinite(c->f) && c->f == floorl(c->f) && fabsl(c->f) < 1.7e38L;
    return false;
}

ConstVal *cv_to_float(const ConstVal *c)
{
    if (c->kind == CV_FLOAT)
        return (ConstVal *)c;
    return cv_float((long double)c->i);
}

ConstVal *cv_to_int(const ConstVal *c)
{
    if (c->kind == CV_INT)
        return (ConstVal *)c;
    if (!cv_is_integral(c))
        return NULL;
    return cv_int((__int128)c->f);
}

int cv_sign(const ConstVal *c)
{
    if (c->kind == CV_INT)
        return c->i < 0 ? -1 : c->i > 0;
    if (c->kind == CV_FLOAT)
        return c->f < 0 ? -1 : c->f > 0;
    return 0;
}

static bool int_fits(__int128 v, const Type *t)
{
    switch (type_under((Type *)t)->kind) {
    case K_INT8: return v >= INT8_MIN && v <= INT8_MAX;
    case K_INT16: return v >= INT16_MIN && v <= INT16_MAX;
    case K_INT32: return v >= INT32_MIN && v <= INT32_MAX;
    case K_INT: case K_INT64: return v >= INT64_MIN && v <= INT64_MAX;
    case K_UINT8: return v >= 0 && v <= UINT8_MAX;
    case K_UINT16: return v >= 0 && v <= UINT16_MAX;
    case K_UINT32: return v >= 0 && v <= UINT32_MAX;
    case K_UINT: case K_UINT64: case K_UINTPTR:
        return v >= 0 && v <= (__int128)UINT64_MAX;
    default: return true;
    }
}

int cv_representable(const ConstVal *c, const Type *t, ConstVal **rounded)
{
    Type *u = type_under((Type *)t);
    *rounded = (ConstVal *)c;
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
        if (!int_fits(i->i, u))
            return 1;
        *rounded = i;
        return 0;
    }
    if (type_is_float(u)) {
        if (c->kind != CV_INT && c->kind != CV_FLOAT)
            return 1;
        long double f = c->kind == CV_INT ? (long double)c->i : c->f;
        if (u->kind == K_FLOAT32) {
            if (fabsl(f) > 3.40282346638528859811704183484516925440e+38L)
                return 1;
            *rounded = cv_float((long double)(float)f);
        } else if (u->kind == K_FLOAT64) {
            if (fabsl(f) > 1.797693134862315708145274237317043567981e+308L)
                return 1;
            *rounded = cv_float((long double)(double)f);
        } else {
            *rounded = cv_float(f);
        }
        return 0;
    }
    if (u->kind == K_COMPLEX64 || u->kind == K_COMPLEX128)
        return (c->kind == CV_INT || c->kind == CV_FLOAT) ? 0 : 1;
    if (type_is_string(u))
        return c->kind == CV_STRING ? 0 : 1;
    if (type_is_boolean(u))
        return c->kind == CV_BOOL ? 0 : 1;
    return 1;
}

static ConstVal *int_op(int op, __int128 x, __int128 y, const char **err)
{
    __int128 r;
    switch (op) {
    case T_ADD:
        if (__builtin_add_overflow(x, y, &r)) goto overflow;
        return cv_int(r);
    case T_SUB:
        if (__builtin_sub_overflow(x, y, &r)) goto overflow;
        return cv_int(r);
    case T_MUL:
        if (__builtin_mul_overflow(x, y, &r)) goto overflow;
        return cv_int(r);
    case T_QUO:
        if (y == 0) { *err = "division by zero"; return NULL; }
        return cv_int(x / y);
    case T_REM:
        if (y == 0) { *err = "division by zero"; return NULL; }
        return cv_int(x % y);
    case T_AND: return cv_int(x & y);
    case T_OR: return cv_int(x | y);
    case T_XOR: return cv_int(x ^ y);
    case T_AND_NOT: return cv_int(x & ~y);
    default:
        *err = "invalid operation";
        return NULL;
    }
overflow:
    *err = "constant overflow";
    return NULL;
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
    if (x->kind == CV_INT && y->kind == CV_INT && (integer || op != T_QUO))
        return int_op(op, x->i, y->i, err);
    if (integer) {
        ConstVal *a = cv_to_int(x), *b = cv_to_int(y);
        if (a && b)
            return int_op(op, a->i, b->i, err);
    }
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
        if (x->kind == CV_INT)
            return cv_int(-x->i);
        return cv_float(-x->f);
    case T_NOT:
        return cv_bool(!x->b);
    case T_XOR: {
        /* ^x: for unsigned types, flip within the type's width. */
        Type *u = type_under((Type *)t);
        if (type_is_unsigned(u)) {
            int bits = type_bits(u);
            unsigned __int128 mask = bits == 64 ? (unsigned __int128)UINT64_MAX
                                                : (((unsigned __int128)1 << bits) - 1);
            return cv_int((__int128)(~(unsigned __int128)x->i & mask));
        }
        return cv_int(~x->i);
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
    if (op == T_SHR)
        return cv_int(count >= 127 ? (i->i < 0 ? -1 : 0) : i->i >> count);
    if (i->i == 0)
        return cv_int(0);
    if (count >= 126) {
        *err = "constant shift overflow";
        return NULL;
    }
    __int128 r = i->i << count;
    if ((r >> count) != i->i) {
        *err = "constant shift overflow";
        return NULL;
    }
    return cv_int(r);
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
    } else if (x->kind == CV_INT && y->kind == CV_INT) {
        c = x->i < y->i ? -1 : x->i > y->i;
    } else {
        long double a = cv_to_float(x)->f, b = cv_to_float(y)->f;
        c = a < b ? -1 : a > b;
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
    switch (c->kind) {
    case CV_BOOL:
        v.u = c->b;
        break;
    case CV_STRING:
        v.p = str_new(c->s, c->slen);
        break;
    case CV_INT:
        if (type_is_float(u))
            v.f = u->kind == K_FLOAT32 ? (double)(float)c->i : (double)c->i;
        else
            v.i = (int64_t)(uint64_t)(unsigned __int128)c->i;
        break;
    case CV_FLOAT:
        if (type_is_integer(u))
            v.i = (int64_t)(uint64_t)(unsigned __int128)(__int128)c->f;
        else
            v.f = u->kind == K_FLOAT32 ? (double)(float)c->f : (double)c->f;
        break;
    }
    return v;
}
