/* check_call.c: calls, conversions and the built-in functions. */
#include <gc.h>
#include <string.h>
#include "check.h"

static void invalid(Node *n)
{
    n->mode = MODE_INVALID;
    n->type = t_invalid;
}

static CallInfo *call_info(Node *n, CallKind kind)
{
    CallInfo *ci = GC_MALLOC(sizeof *ci);
    ci->kind = (uint8_t)kind;
    n->info = ci;
    return ci;
}

static bool is_const_type(Type *t)
{
    Type *u = type_under(t);
    return u->kind >= K_BOOL && u->kind <= K_STRING;
}

static void conversion(Checker *c, Node *n, Type *t)
{
    char buf[800], ts[256];
    CallInfo *ci = call_info(n, CALL_CONVERSION);
    ci->conv = t;
    if (n->call.args.len != 1) {
        chk_type_string(t, ts, sizeof ts);
        if (n->call.args.len == 0)
            chk_error(c, n->call.rparen, "missing argument in conversion to %s", ts);
        else
            chk_error(c, start_pos(n->call.args.items[1]), "too many arguments in conversion to %s", ts);
        for (int i = 0; i < n->call.args.len; i++)
            chk_expr(c, n->call.args.items[i]);
        invalid(n);
        return;
    }
    Node *x = n->call.args.items[0];
    chk_single(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (gen_tparam_of(t) || gen_tparam_of(x->type)) {
        gen_conversion(c, n, x, t);
        return;
    }
    Type *tu = type_under(t);
    bool ok = false;
    if (x->mode == MODE_CONST && is_const_type(t)) {
        ConstVal *r;
        if (cv_representable(x->cval, tu, &r) == 0 && !(type_is_string(tu) && x->cval->kind != CV_STRING)) {
            ok = true;
            n->cval = r;
        } else if (type_is_integer(x->type) && type_is_string(tu) && x->cval->kind != CV_STRING) {
            ConstVal *iv = cv_to_int(x->cval);
            int64_t r2 = 0xFFFD;
            if (iv && cv_in_range(iv, 0, 0x10FFFF) && !cv_in_range(iv, 0xD800, 0xDFFF))
                r2 = cv_i64(iv);
            char enc[4];
            int len = utf8_encode((int)r2, enc);
            char *s = GC_MALLOC_ATOMIC(5);
            memcpy(s, enc, (size_t)len);
            s[len] = '\0';
            n->cval = cv_string(s, len);
            ok = true;
        } else if (type_is_float(x->type) && type_is_integer(tu)) {
            ok = false;
        }
        if (ok) {
            n->mode = MODE_CONST;
            n->type = t;
            /* the operand keeps a type for the emitter */
            if (type_is_untyped(x->type)) {
                if (type_is_integer(x->type) && type_is_string(tu))
                    chk_convert_untyped(c, x, t_rune);
                else if (cv_representable(x->cval, tu, &r) == 0)
                    chk_convert_untyped(c, x, t);
            }
            return;
        }
    } else if (chk_convertible(type_is_untyped(x->type) && x->type != t_untyped_nil ?
                                   type_under(x->type) : x->type, t) ||
               (x->type == t_untyped_nil && (tu->kind == K_POINTER || tu->kind == K_SLICE ||
                                             tu->kind == K_MAP || tu->kind == K_CHAN ||
                                             tu->kind == K_FUNC || tu->kind == K_INTERFACE))) {
        ok = true;
        if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
            /* e.g. []byte("x"), float64 variable targets: use default type */
            if (tu->kind == K_INTERFACE || !is_const_type(t)) {
                chk_default(c, x);
            } else {
                ConstVal *r;
                if (cv_representable(x->cval, tu, &r) == 0)
                    chk_convert_untyped(c, x, t);
                else
                    ok = false;
            }
        } else if (type_is_untyped(x->type)) {
            if (x->type == t_untyped_nil)
                x->type = t;
            else if (tu->kind == K_INTERFACE)
                chk_default(c, x);
            else if (!chk_convert_untyped(c, x, t))
                chk_default(c, x);
        }
    }
    if (!ok) {
        /* go/types rounds a constant to an integer before it checks the
         * range, and keeps the rounded value: int8(1000 + 0i) reports the
         * constant 1000 */
        if (x->mode == MODE_CONST && type_is_integer(tu) && x->cval->kind == CV_COMPLEX) {
            ConstVal *iv = cv_to_int(x->cval);
            if (iv)
                x->cval = iv;
        }
        chk_operand_string(x, buf, sizeof buf);
        chk_type_string(t, ts, sizeof ts);
        char reason[600], xt[256];
        if (tu->kind == K_INTERFACE && !type_is_untyped(x->type) &&
            !chk_implements(x->type, tu, reason, sizeof reason)) {
            /* Go adds why, as for an assignment */
            chk_type_string(x->type, xt, sizeof xt);
            chk_error(c, start_pos(x), "cannot convert %s to type %s:\n\t%s does not implement %s %s", buf, ts, xt,
                      ts, reason);
        } else {
            chk_error(c, start_pos(x), "cannot convert %s to type %s", buf, ts);
        }
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = t;
}

static void arg_count_error(Checker *c, Node *n, const char *what, int expected)
{
    char call[300];
    ast_expr_string(n, call, sizeof call);
    int found = n->call.args.len;
    if (found < expected)
        chk_error(c, start_pos(n), "invalid operation: not enough arguments for %s (expected %d, found %d)",
                  call, expected, found);
    else
        chk_error(c, start_pos(n), "invalid operation: too many arguments for %s (expected %d, found %d)",
                  call, expected, found);
    (void)what;
}

static bool nargs(Checker *c, Node *n, int min, int max)
{
    int found = n->call.args.len;
    if (found < min) {
        arg_count_error(c, n, "", min);
        return false;
    }
    if (max >= 0 && found > max) {
        arg_count_error(c, n, "", max);
        return false;
    }
    return true;
}

static void check_args(Checker *c, Node *n)
{
    for (int i = 0; i < n->call.args.len; i++) {
        Node *a = n->call.args.items[i];
        if (!a->type)
            chk_expr(c, a);
    }
}

/* A make size argument: an integer, non-negative if constant. */
static bool size_arg(Checker *c, Node *a, int64_t *value)
{
    char buf[800];
    chk_single(c, a);
    if (a->mode == MODE_INVALID)
        return false;
    *value = -1;
    if (a->mode == MODE_CONST && type_is_untyped(a->type)) {
        ConstVal *iv = cv_to_int(a->cval);
        if (!iv || !type_is_numeric(a->type)) {
            chk_operand_string(a, buf, sizeof buf);
            if (a->cval->kind == CV_FLOAT)
                chk_error(c, start_pos(a), "%s truncated to int", buf);
            else
                chk_error(c, start_pos(a), "cannot convert %s to type int", buf);
            return false;
        }
        chk_convert_untyped(c, a, t_int);
        if (a->mode == MODE_INVALID)
            return false;
    }
    if (!type_is_integer(type_under(a->type))) {
        chk_operand_string(a, buf, sizeof buf);
        chk_error(c, start_pos(a), "cannot convert %s to type int", buf);
        return false;
    }
    if (a->mode == MODE_CONST) {
        if (cv_sign(a->cval) < 0) {
            chk_operand_string(a, buf, sizeof buf);
            chk_error(c, start_pos(a), "invalid argument: index %s must not be negative", buf);
            return false;
        }
        *value = cv_in_range(a->cval, 0, INT64_MAX) ? cv_i64(a->cval) : INT64_MAX;
    }
    return true;
}

/* A type parameter as the argument of complex, real or imag: Go 1.19
 * rejects it even when every type in its set would do (go/types
 * applyTypeFunc). */
static void tparam_arg(Checker *c, Node *x, bool (*ok)(const Type *), const char *fn, const char *bad)
{
    char buf[800], ts[200];
    if (!gen_all_terms(x->type, ok)) {
        chk_type_string(x->type, ts, sizeof ts);
        snprintf(buf, sizeof buf, bad, ts);
        chk_error(c, start_pos(x), "invalid argument: %s", buf);
        return;
    }
    chk_operand_string(x, buf, sizeof buf);
    chk_error(c, start_pos(x), "%s not supported as argument to %s for go1.18 (see issue #50937)", buf, fn);
}

/* complex(x, y): go/types' rules. Untyped constant arguments become
 * untyped floats when they can, an untyped one takes the other's type, the
 * two types must be identical floats, and constants fold. */
static void builtin_complex(Checker *c, Node *n)
{
    char buf[800], t1[200], t2[200];
    if (!nargs(c, n, 2, 2)) {
        check_args(c, n);
        invalid(n);
        return;
    }
    Node *x = n->call.args.items[0], *y = n->call.args.items[1];
    chk_single(c, x);
    chk_single(c, y);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && !uy) {
        if (!chk_convert_operand(c, x, y->type)) {
            invalid(n);
            return;
        }
    } else if (uy && !ux) {
        if (!chk_convert_operand(c, y, x->type)) {
            invalid(n);
            return;
        }
    } else if (ux && uy) {
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            /* a number with no imaginary part is taken as a float */
            Node *xy[2] = {x, y};
            for (int i = 0; i < 2; i++)
                if (type_is_numeric(xy[i]->type) && cv_sign(cv_imag(xy[i]->cval)) == 0) {
                    xy[i]->type = t_untyped_float;
                    xy[i]->cval = cv_to_float(xy[i]->cval);
                }
        } else if (!chk_convert_operand(c, x, t_float64) || !chk_convert_operand(c, y, t_float64)) {
            invalid(n);
            return;
        }
    }
    if (!type_same(x->type, y->type)) {
        ast_expr_string(n, buf, sizeof buf);
        chk_type_string(x->type, t1, sizeof t1);
        chk_type_string(y->type, t2, sizeof t2);
        chk_error(c, start_pos(x), "invalid operation: %s (mismatched types %s and %s)", buf, t1, t2);
        invalid(n);
        return;
    }
    if (gen_tparam_of(x->type)) {
        tparam_arg(c, x, type_is_float, "complex", "arguments have type %s, expected floating-point");
        invalid(n);
        return;
    }
    Type *res;
    switch (type_under(x->type)->kind) {
    case K_FLOAT32: res = t_complex64; break;
    case K_FLOAT64: res = t_complex128; break;
    case K_UNTYPED_FLOAT: res = t_untyped_complex; break;
    default:
        chk_type_string(x->type, t1, sizeof t1);
        chk_error(c, start_pos(x), "invalid argument: arguments have type %s, expected floating-point", t1);
        invalid(n);
        return;
    }
    n->type = res;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = cv_complex(cv_to_float(x->cval), cv_to_float(y->cval));
    } else {
        n->mode = MODE_VALUE;
    }
}

/* real(x) and imag(x): x is complex (an untyped numeric constant is
 * taken as an untyped complex one); of a constant, a constant. */
static void builtin_real_imag(Checker *c, Node *n, int id)
{
    char ts[200];
    if (!nargs(c, n, 1, 1)) {
        check_args(c, n);
        invalid(n);
        return;
    }
    Node *x = n->call.args.items[0];
    chk_single(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (type_is_untyped(x->type)) {
        if (x->mode == MODE_CONST) {
            if (type_is_numeric(x->type)) {
                x->type = t_untyped_complex;
                x->cval = cv_to_complex(x->cval);
            }
        } else if (!chk_convert_operand(c, x, t_complex128)) {
            invalid(n);
            return;
        }
    }
    if (gen_tparam_of(x->type)) {
        tparam_arg(c, x, type_is_complex, id == B_REAL ? "real" : "imag",
                   "argument has type %s, expected complex type");
        invalid(n);
        return;
    }
    Type *res;
    switch (type_under(x->type)->kind) {
    case K_COMPLEX64: res = t_float32; break;
    case K_COMPLEX128: res = t_float64; break;
    case K_UNTYPED_COMPLEX: res = t_untyped_float; break;
    default:
        chk_type_string(x->type, ts, sizeof ts);
        chk_error(c, start_pos(x), "invalid argument: argument has type %s, expected complex type", ts);
        invalid(n);
        return;
    }
    n->type = res;
    if (x->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        ConstVal *v = id == B_REAL ? cv_real(x->cval) : cv_imag(x->cval);
        n->cval = res == t_untyped_float ? cv_to_float(v) : v;
    } else {
        n->mode = MODE_VALUE;
    }
}

static void builtin_minmax(Checker *c, Node *n, int id)
{
    char buf[800];
    if (n->call.args.len == 0) {
        chk_error(c, n->call.rparen, "not enough arguments for %s() (expected 1, found 0)",
                  id == B_MIN ? "min" : "max");
        invalid(n);
        return;
    }
    Node *first = n->call.args.items[0];
    for (int i = 0; i < n->call.args.len; i++) {
        Node *a = n->call.args.items[i];
        chk_single(c, a);
        if (a->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        Type *u = type_under(a->type);
        if (!(type_is_integer(u) || type_is_float(u) || type_is_string(u))) {
            chk_operand_string(a, buf, sizeof buf);
            chk_error(c, start_pos(a), "invalid argument: %s cannot be ordered", buf);
            invalid(n);
            return;
        }
    }
    /* find a typed operand, if any: all others convert to it */
    Type *t = NULL;
    for (int i = 0; i < n->call.args.len; i++)
        if (!type_is_untyped(n->call.args.items[i]->type)) {
            t = n->call.args.items[i]->type;
            break;
        }
    bool all_const = true;
    for (int i = 0; i < n->call.args.len; i++) {
        Node *a = n->call.args.items[i];
        if (t) {
            if (type_is_untyped(a->type)) {
                if (!chk_assign_to(c, a, t, "argument to min")) {
                    invalid(n);
                    return;
                }
            } else if (!type_same(a->type, t)) {
                char t1[128], t2[128];
                chk_type_string(t, t1, sizeof t1);
                chk_type_string(a->type, t2, sizeof t2);
                ast_expr_string(n, buf, sizeof buf);
                chk_error(c, start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                          t1, t2, buf);
                invalid(n);
                return;
            }
        }
        if (a->mode != MODE_CONST)
            all_const = false;
    }
    if (all_const) {
        ConstVal *best = first->cval;
        Type *bt = first->type;
        for (int i = 1; i < n->call.args.len; i++) {
            Node *a = n->call.args.items[i];
            bool less = cv_compare(T_LSS, a->cval, best);
            if (id == B_MIN ? less : cv_compare(T_GTR, a->cval, best))
                best = a->cval;
            if (type_is_untyped(bt) && type_is_untyped(a->type) && a->type->kind > bt->kind)
                bt = a->type;
        }
        if (bt == t_untyped_float)
            best = cv_to_float(best);
        n->mode = MODE_CONST;
        n->cval = best;
        n->type = t ? t : bt;
        return;
    }
    if (!t) {
        /* all untyped but not all constant: cannot happen in practice */
        t = t_int;
    }
    n->mode = MODE_VALUE;
    n->type = t;
}

void chk_builtin(Checker *c, Node *n, int id)
{
    char buf[800], ts[256];
    CallInfo *ci = call_info(n, CALL_BUILTIN);
    ci->builtin = (uint8_t)id;
    NodeList *args = &n->call.args;
    if (n->call.ellipsis && id != B_APPEND) {
        ast_expr_string(n->call.fun, buf, sizeof buf);
        chk_error(c, n->pos, "invalid operation: invalid use of ... with built-in %s", buf);
        check_args(c, n);
        invalid(n);
        return;
    }
    switch (id) {
    case B_LEN: case B_CAP: {
        if (!nargs(c, n, 1, 1)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Node *x = args->items[0];
        chk_single(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        Type *u = type_under(x->type);
        if (u->kind == K_POINTER && type_under(u->elem)->kind == K_ARRAY)
            u = type_under(u->elem);
        bool ok = false;
        switch (u->kind) {
        case K_STRING: case K_UNTYPED_STRING:
            ok = id == B_LEN;
            if (ok && x->mode == MODE_CONST) {
                n->mode = MODE_CONST;
                n->cval = cv_int(x->cval->slen);
                n->type = t_int;
                chk_default(c, x);
                return;
            }
            if (ok)
                chk_default(c, x);
            break;
        case K_SLICE: case K_CHAN:
            ok = true;
            break;
        case K_ARRAY:
            ok = true;
            if (!chk_has_call_or_recv(x)) {
                n->mode = MODE_CONST;
                n->cval = cv_int(u->len);
                n->type = t_int;
                return;
            }
            break;
        case K_MAP:
            ok = id == B_LEN;
            break;
        default:
            break;
        }
        if (!ok) {
            if (u->kind == K_INVALID) { /* reported before */
                invalid(n);
                return;
            }
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid argument: %s for %s", buf, id == B_LEN ? "len" : "cap");
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = t_int;
        return;
    }
    case B_APPEND: {
        if (!nargs(c, n, 1, -1)) {
            invalid(n);
            return;
        }
        Node *s = args->items[0];
        chk_single(c, s);
        if (s->mode == MODE_INVALID) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Type *u = type_under(s->type);
        if (s->type == t_untyped_nil) {
            chk_error(c, start_pos(s), "first argument to append must be a typed slice; have untyped nil");
            check_args(c, n);
            invalid(n);
            return;
        }
        if (u->kind != K_SLICE) {
            chk_operand_string(s, buf, sizeof buf);
            chk_error(c, start_pos(s), "first argument to append must be a slice; have %s", buf);
            check_args(c, n);
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = s->type;
        if (n->call.ellipsis) {
            if (args->len != 2) {
                chk_error(c, n->pos, "can only use ... with final argument in list");
                check_args(c, n);
                invalid(n);
                return;
            }
            Node *rest = args->items[1];
            chk_single(c, rest);
            if (rest->mode == MODE_INVALID) {
                invalid(n);
                return;
            }
            /* append([]byte, string...) */
            if (type_under(u->elem)->kind == K_UINT8 && type_is_string(type_under(rest->type))) {
                chk_default(c, rest);
                return;
            }
            if (rest->type == t_untyped_nil) {
                rest->type = s->type;
                return;
            }
            chk_assign_to(c, rest, s->type, "append");
            return;
        }
        for (int i = 1; i < args->len; i++) {
            Node *a = args->items[i];
            chk_single(c, a);
            if (a->mode != MODE_INVALID)
                chk_assign_to(c, a, u->elem, "argument to append");
        }
        return;
    }
    case B_MAKE: {
        if (!nargs(c, n, 1, -1)) {
            invalid(n);
            return;
        }
        Type *t = chk_type(c, args->items[0]);
        if (!t) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Type *u = type_under(t);
        int min = 1, max = 2;
        if (u->kind == K_SLICE) {
            min = 2;
            max = 3;
        } else if (u->kind != K_MAP && u->kind != K_CHAN) {
            ast_expr_string(args->items[0], buf, sizeof buf);
            chk_error(c, start_pos(args->items[0]),
                      "invalid argument: cannot make %s; type must be slice, map, or channel", buf);
            check_args(c, n);
            invalid(n);
            return;
        }
        if (args->len < min || args->len > max) {
            ast_expr_string(n, buf, sizeof buf);
            chk_error(c, start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d",
                      buf, min, max, args->len);
            check_args(c, n);
            invalid(n);
            return;
        }
        int64_t sizes[2] = {-1, -1};
        for (int i = 1; i < args->len; i++)
            if (!size_arg(c, args->items[i], &sizes[i - 1])) {
                invalid(n);
                return;
            }
        if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
            chk_error(c, start_pos(args->items[1]), "invalid argument: length and capacity swapped");
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = t;
        return;
    }
    case B_NEW: {
        if (!nargs(c, n, 1, 1)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Type *t = chk_type(c, args->items[0]);
        if (!t) {
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = type_pointer(t);
        return;
    }
    case B_COPY: {
        if (!nargs(c, n, 2, 2)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Node *d = args->items[0], *s = args->items[1];
        chk_single(c, d);
        chk_single(c, s);
        if (d->mode == MODE_INVALID || s->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        /* a string source copies bytes (go/types: its core string) */
        Type *du = type_under(d->type), *su = type_under(s->type);
        Type *src = su->kind == K_SLICE ? su->elem : type_is_string(su) ? t_byte : NULL;
        if (du->kind != K_SLICE || !src) {
            char b2[300];
            chk_operand_string(d, buf, sizeof buf);
            chk_operand_string(s, b2, sizeof b2);
            chk_error(c, start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s", buf, b2);
            invalid(n);
            return;
        }
        if (!type_same(du->elem, src)) {
            char b2[300], t1[128], t2[128];
            chk_operand_string(d, buf, sizeof buf);
            chk_operand_string(s, b2, sizeof b2);
            chk_type_string(du->elem, t1, sizeof t1);
            chk_type_string(src, t2, sizeof t2);
            chk_error(c, start_pos(d),
                      "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                      buf, b2, t1, t2);
            invalid(n);
            return;
        }
        if (type_is_string(su))
            chk_default(c, s);
        n->mode = MODE_VALUE;
        n->type = t_int;
        return;
    }
    case B_DELETE: {
        if (!nargs(c, n, 2, 2)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Node *m = args->items[0], *k = args->items[1];
        chk_single(c, m);
        chk_single(c, k);
        if (m->mode == MODE_INVALID || k->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        Type *mu = type_under(m->type);
        if (mu->kind != K_MAP) {
            chk_operand_string(m, buf, sizeof buf);
            chk_error(c, start_pos(m), "invalid argument: %s is not a map", buf);
            invalid(n);
            return;
        }
        if (!chk_assign_to(c, k, mu->key, "argument to delete")) {
            invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = t_invalid;
        return;
    }
    case B_CLEAR: {
        if (!nargs(c, n, 1, 1)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Node *x = args->items[0];
        chk_single(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        Type *u = type_under(x->type);
        if (u->kind != K_MAP && u->kind != K_SLICE) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid argument: %s must be a map or slice", buf);
            invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = t_invalid;
        return;
    }
    case B_CLOSE: {
        if (!nargs(c, n, 1, 1)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Node *x = args->items[0];
        chk_single(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        Type *u = type_under(x->type);
        if (u->kind != K_CHAN) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid operation: cannot close non-channel %s", buf);
            invalid(n);
            return;
        }
        if (u->dir == 2) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid operation: cannot close receive-only channel %s", buf);
            invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = t_invalid;
        return;
    }
    case B_PANIC: {
        if (!nargs(c, n, 1, 1)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        Node *x = args->items[0];
        chk_single(c, x);
        if (x->mode != MODE_INVALID)
            chk_assign_to(c, x, t_empty_iface, "argument to panic");
        n->mode = MODE_NOVALUE;
        n->type = t_invalid;
        return;
    }
    case B_PRINT: case B_PRINTLN: {
        bool bad = false;
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            chk_single(c, a);
            if (a->mode == MODE_INVALID) {
                bad = true;
                continue;
            }
            if (a->type == t_untyped_nil) {
                chk_error(c, start_pos(a), "use of untyped nil in argument to built-in %s",
                          id == B_PRINT ? "print" : "println");
                continue;
            }
            chk_default(c, a);
        }
        n->mode = bad ? MODE_INVALID : MODE_NOVALUE;
        n->type = t_invalid;
        return;
    }
    case B_RECOVER:
        if (!nargs(c, n, 0, 0)) {
            check_args(c, n);
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = t_empty_iface;
        return;
    case B_MIN: case B_MAX:
        builtin_minmax(c, n, id);
        return;
    case B_COMPLEX:
        builtin_complex(c, n);
        return;
    case B_REAL: case B_IMAG:
        builtin_real_imag(c, n, id);
        return;
    default:
        ast_expr_string(n->call.fun, buf, sizeof buf);
        chk_error(c, n->pos, "unsupported built-in %s", buf);
        check_args(c, n);
        invalid(n);
        (void)ts;
        return;
    }
}

/* Go's summary of a type list in "have (...)" and "want (...)" lines
 * (go/types typesSummary): untyped numbers read "number". */
size_t chk_types_summary(Type **list, int n, bool variadic, char *buf, size_t size)
{
    size_t len = msg_appendf(buf, size, 0, "(");
    for (int i = 0; i < n && len < size; i++) {
        Type *t = list[i];
        char ts[256];
        if (!t || t->kind == K_INVALID)
            snprintf(ts, sizeof ts, "<T>");
        else if (type_is_untyped(t) && type_is_numeric(t))
            snprintf(ts, sizeof ts, "number");
        else if (type_is_untyped(t))
            snprintf(ts, sizeof ts, "%s", t->name + strlen("untyped "));
        else if (variadic && i == n - 1) {
            char es[250];
            chk_type_string(t->elem, es, sizeof es);
            snprintf(ts, sizeof ts, "...%s", es);
        } else
            chk_type_string(t, ts, sizeof ts);
        len = msg_appendf(buf, size, len, "%s%s", i ? ", " : "", ts);
    }
    if (len < size)
        len = msg_appendf(buf, size, len, ")");
    return len;
}

/* Reports a wrong number of arguments at [at], with Go's have/want lines:
 * [have] are the argument types. */
static void arg_count_mismatch(Checker *c, Pos at, bool too_many, const char *fname, Type **have, int nhave,
                               Type *sig)
{
    char h[600], w[600];
    chk_types_summary(have, nhave, false, h, sizeof h);
    chk_types_summary(sig->params, sig->nparams, (sig->flags & TF_VARIADIC) != 0, w, sizeof w);
    chk_error(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", too_many ? "too many" : "not enough",
              fname, h, w);
}

/* The types of argument nodes, for arg_count_mismatch. */
static Type **arg_types(NodeList *args)
{
    Type **ts = GC_MALLOC(sizeof(Type *) * (size_t)(args->len + 1));
    for (int i = 0; i < args->len; i++)
        ts[i] = args->items[i]->mode == MODE_INVALID ? t_invalid : args->items[i]->type;
    return ts;
}

/* Where Go reports a wrong argument count: the first extra argument, or
 * the last one, or the call itself when it has none. */
static Pos count_pos(Node *n, int nargs, int npars)
{
    NodeList *args = &n->call.args;
    if (nargs > npars)
        return start_pos(args->items[npars < args->len ? npars : args->len - 1]);
    if (args->len > 0)
        return start_pos(args->items[args->len - 1]);
    return start_pos(n);
}

/* Checks the arguments of a call of signature [sig]. */
static void call_args(Checker *c, Node *n, Type *sig, const char *fname)
{
    NodeList *args = &n->call.args;
    char context[320];
    snprintf(context, sizeof context, "argument to %s", fname);
    int np = sig->nparams;
    bool variadic = (sig->flags & TF_VARIADIC) != 0;
    /* f(g()) with a multi-value g */
    if (args->len == 1 && !n->call.ellipsis) {
        Node *a = args->items[0];
        if (!a->type) /* inference (chk_infer_call) checked it already */
            chk_expr(c, a);
        if (a->mode == MODE_INVALID)
            return;
        if (a->type && a->type->kind == K_TUPLE) {
            Type *tup = a->type;
            CallInfo *ci = n->info;
            ci->spread = true;
            bool ok = variadic ? tup->nparams >= np - 1 : tup->nparams == np;
            if (!ok) {
                arg_count_mismatch(c, start_pos(a), tup->nparams > np, fname, tup->params, tup->nparams, sig);
                return;
            }
            for (int i = 0; i < tup->nparams; i++) {
                Type *pt = variadic && i >= np - 1 ? sig->params[np - 1]->elem : sig->params[i];
                Node tmp = *a;
                tmp.type = tup->params[i];
                tmp.mode = MODE_VALUE;
                char reason[256];
                if (!chk_assignable(c, &tmp, pt, reason, sizeof reason)) {
                    char ts[128], vt[128], buf[300];
                    chk_type_string(pt, ts, sizeof ts);
                    chk_type_string(tup->params[i], vt, sizeof vt);
                    ast_expr_string(a, buf, sizeof buf);
                    chk_error(c, start_pos(a), "cannot use %s (value of type %s) as type %s in %s",
                              buf, vt, ts, context);
                    return;
                }
            }
            return;
        }
        if (a->mode == MODE_NOVALUE) {
            char buf[800];
            ast_expr_string(a, buf, sizeof buf);
            chk_error(c, start_pos(a), "%s (no value) used as value", buf);
            return;
        }
    }
    for (int i = 0; i < args->len; i++)
        if (!args->items[i]->type)
            chk_single(c, args->items[i]);
    /* an invalid argument was reported: Go checks nothing more of the
     * call (no count or type errors that would only echo it) */
    for (int i = 0; i < args->len; i++)
        if (args->items[i]->mode == MODE_INVALID)
            return;
    if (n->call.ellipsis) {
        if (!variadic) {
            chk_error(c, start_pos(n), "cannot use ... in call to non-variadic %s", fname);
            return;
        }
        if (args->len != np) {
            arg_count_mismatch(c, count_pos(n, args->len, np), args->len > np, fname, arg_types(args), args->len,
                               sig);
            return;
        }
    }
    int min = variadic ? np - 1 : np;
    if (args->len < min || (!variadic && args->len > np)) {
        arg_count_mismatch(c, count_pos(n, args->len, args->len < min ? min : np), args->len >= min, fname,
                           arg_types(args), args->len, sig);
        return;
    }
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (a->mode == MODE_INVALID)
            continue;
        if (a->mode == MODE_NOVALUE || (a->type && a->type->kind == K_TUPLE)) {
            char buf[800];
            if (a->mode == MODE_NOVALUE) {
                ast_expr_string(a, buf, sizeof buf);
                chk_error(c, start_pos(a), "%s (no value) used as value", buf);
            } else {
                chk_operand_string(a, buf, sizeof buf);
                chk_error(c, start_pos(a), "multiple-value %s in single-value context", buf);
            }
            continue;
        }
        Type *pt;
        if (variadic && i >= np - 1)
            pt = n->call.ellipsis ? sig->params[np - 1] : sig->params[np - 1]->elem;
        else
            pt = sig->params[i];
        chk_assign_to(c, a, pt, context);
    }
}

void chk_call(Checker *c, Node *n)
{
    char buf[800];
    Node *fun = n->call.fun;
    Node *saved_callee = c->callee;
    c->callee = fun;
    chk_expr_or_type(c, fun);
    c->callee = saved_callee;
    if (chk_generic_callee(fun) && !chk_infer_call(c, n)) {
        check_args(c, n);
        invalid(n);
        return;
    }
    if (fun->kind == N_SELECTOR && fun->info && fun->mode != MODE_INVALID &&
        ((Selection *)fun->info)->kind == SEL_QUALIFIED && ((Selection *)fun->info)->sym->pkg &&
        ((Selection *)fun->info)->sym->pkg->generic && !chk_generic_call(c, n)) {
        check_args(c, n);
        invalid(n);
        return;
    }
    if (fun->mode == MODE_INVALID) {
        check_args(c, n);
        invalid(n);
        return;
    }
    if (fun->mode == MODE_TYPE) {
        conversion(c, n, fun->type);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        Symbol *s = fun->kind == N_IDENT ? fun->ident.sym
                  : fun->kind == N_PAREN && fun->paren.x->kind == N_IDENT ? fun->paren.x->ident.sym : NULL;
        chk_builtin(c, n, s ? s->builtin : B_LEN);
        return;
    }
    Type *ft = type_under(fun->type);
    if (ft->kind != K_FUNC) {
        chk_operand_string(fun, buf, sizeof buf);
        chk_error(c, start_pos(fun), "invalid operation: cannot call non-function %s", buf);
        check_args(c, n);
        invalid(n);
        return;
    }
    CallKind kind = CALL_FUNC;
    if (fun->kind == N_SELECTOR && fun->info) {
        Selection *sel = fun->info;
        if (sel->kind == SEL_METHOD)
            kind = CALL_METHOD;
        else if (sel->kind == SEL_IMETHOD)
            kind = CALL_IMETHOD;
    }
    call_info(n, kind);
    ast_expr_string(fun, buf, sizeof buf);
    call_args(c, n, ft, buf);
    if (ft->nresults == 0) {
        n->mode = MODE_NOVALUE;
        n->type = t_invalid;
    } else if (ft->nresults == 1) {
        n->mode = MODE_VALUE;
        n->type = ft->results[0];
    } else {
        n->mode = MODE_VALUE;
        n->type = chk_tuple_of(ft);
    }
}
