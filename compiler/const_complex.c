/* const_complex.c: complex constants, exact as Go's are: a pair of
 * integer or float constants (const.c), so (1+2i)*(3-4i) is 11 + 2i
 * exactly and a quotient is the exact rational pair. */
#include <gc.h>
#include <string.h>
#include "check.h"

ConstVal *cv_complex(ConstVal *re, ConstVal *im)
{
    ConstVal *c = GC_MALLOC(sizeof *c);
    c->kind = CV_COMPLEX;
    c->re = re;
    c->im = im;
    return c;
}

ConstVal *cv_imag_literal(const char *text)
{
    /* an all-decimal integer part is decimal even with a leading 0
     * (the spec keeps 0123i as 123i) */
    bool hex = text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    bool prefixed = text[0] == '0' && strchr("xXoObB", text[1]) && text[1];
    bool decimal_int = !prefixed && strpbrk(text, ".eE") == NULL;
    ConstVal *part;
    if (decimal_int) {
        Big b;
        const char *p = text;
        while (p[0] == '0' && p[1])
            p++;
        part = big_parse(&b, p, 10) ? cv_big(&b) : cv_float_literal(text);
    } else if (prefixed && !hex) {
        Big b;
        int base = text[1] == 'o' || text[1] == 'O' ? 8 : 2;
        part = big_parse(&b, text + 2, base) ? cv_big(&b) : cv_int(0);
    } else if (hex && !strpbrk(text, ".pP")) {
        Big b;
        part = big_parse(&b, text + 2, 16) ? cv_big(&b) : cv_int(0);
    } else {
        part = cv_float_literal(text);
    }
    return cv_complex(cv_int(0), part);
}

ConstVal *cv_to_complex(const ConstVal *c)
{
    if (c->kind == CV_COMPLEX)
        return (ConstVal *)c;
    return cv_complex((ConstVal *)c, cv_int(0));
}

ConstVal *cv_real(const ConstVal *c)
{
    return c->kind == CV_COMPLEX ? c->re : (ConstVal *)c;
}

ConstVal *cv_imag(const ConstVal *c)
{
    return c->kind == CV_COMPLEX ? c->im : cv_int(0);
}

/* Part arithmetic: never integer division (parts are exact rationals). */
static ConstVal *part(int op, const ConstVal *x, const ConstVal *y, const char **err)
{
    if (!x || !y)
        return NULL;
    return cv_binary(op, x, y, false, err);
}

ConstVal *cv_complex_binary(int op, const ConstVal *x, const ConstVal *y, const char **err)
{
    const ConstVal *a = cv_real(x), *b = cv_imag(x), *c = cv_real(y), *d = cv_imag(y);
    ConstVal *re = NULL, *im = NULL;
    *err = NULL;
    switch (op) {
    case T_ADD: case T_SUB:
        re = part(op, a, c, err);
        im = part(op, b, d, err);
        break;
    case T_MUL:
        re = part(T_SUB, part(T_MUL, a, c, err), part(T_MUL, b, d, err), err);
        im = part(T_ADD, part(T_MUL, a, d, err), part(T_MUL, b, c, err), err);
        break;
    case T_QUO: {
        /* (ac + bd)/(cc + dd) + (bc - ad)/(cc + dd) i */
        ConstVal *den = part(T_ADD, part(T_MUL, c, c, err), part(T_MUL, d, d, err), err);
        if (!den)
            return NULL;
        if (cv_sign(den) == 0) {
            *err = "division by zero";
            return NULL;
        }
        re = part(T_QUO, part(T_ADD, part(T_MUL, a, c, err), part(T_MUL, b, d, err), err), den, err);
        im = part(T_QUO, part(T_SUB, part(T_MUL, b, c, err), part(T_MUL, a, d, err), err), den, err);
        break;
    }
    default:
        *err = "invalid operation";
        return NULL;
    }
    if (!re || !im) {
        if (!*err)
            *err = "constant overflow";
        return NULL;
    }
    return cv_complex(re, im);
}

int cv_complex_representable(const ConstVal *c, const Type *u, ConstVal **rounded)
{
    *rounded = (ConstVal *)c;
    if (u->kind == K_UNTYPED_COMPLEX) {
        *rounded = cv_to_complex(c);
        return 0;
    }
    if (u->kind == K_COMPLEX64 || u->kind == K_COMPLEX128) {
        if (c->kind != CV_INT && c->kind != CV_FLOAT && c->kind != CV_COMPLEX)
            return 1;
        Type *pt = u->kind == K_COMPLEX64 ? t_float32 : t_float64;
        ConstVal *re, *im;
        if (cv_representable(cv_real(c), pt, &re) || cv_representable(cv_imag(c), pt, &im))
            return 1;
        *rounded = cv_complex(re, im);
        return 0;
    }
    /* a complex constant in a float or integer type: its imaginary part
     * must be 0; Go calls a failure in an integer type truncation and in
     * a float type overflow (go/types representation) */
    bool integer = type_is_integer(u);
    if (cv_sign(c->im) != 0)
        return integer ? 2 : 1;
    int code = cv_representable(c->re, u, rounded);
    return code && integer ? 2 : code;
}

Value cv_complex_value(const ConstVal *c, const Type *u)
{
    Type *pt = u->kind == K_COMPLEX64 ? t_float32 : t_float64;
    Value v;
    v.p = cplx_new(cv_to_value(cv_real(c), pt).f, cv_to_value(cv_imag(c), pt).f);
    return v;
}
