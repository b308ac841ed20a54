/* check_ops.c: unary and binary operators, comparisons and shifts, and
 * constant folding with Go's overflow rules.
 *
 * The order of the checks, the operand an error is reported at and the
 * words of each message follow go/types as Go 1.19 has them (expr.go:
 * unary, binary, comparison, shift, overflow), because which error a
 * program gets first is part of what the user sees. */
#include <stdio.h>
#include <string.h>
#include "check.h"

static void invalid(Node *n)
{
    n->mode = MODE_INVALID;
    n->type = t_invalid;
}

static bool is_comparison(int op)
{
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ ||
           op == T_GTR || op == T_GEQ;
}

static const char *op_name(int op)
{
    return tok_spelling[op];
}

/* Whether [n] is the value nil, even once converted to a typed nil
 * (types2's nilvalue mode). */
static bool is_nil(const Node *n)
{
    while (n->kind == N_PAREN)
        n = n->paren.x;
    if (n->kind == N_IDENT && n->ident.sym && n->ident.sym->kind == SYM_NIL)
        return true;
    return n->mode != MODE_TYPE && n->type == t_untyped_nil;
}

/* ---- constant overflow ---- */

/* The operation a constant overflow message names (go/types opName):
 * "constant addition overflow", or just "constant overflow". */
static const char *overflow_name(const Node *n)
{
    if (n->kind == N_UNARY)
        return n->op == T_XOR ? "bitwise complement " : "";
    if (n->kind != N_BINARY)
        return "";
    switch (n->op) {
    case T_ADD: return "addition ";
    case T_SUB: return "subtraction ";
    case T_XOR: return "bitwise XOR ";
    case T_MUL: return "multiplication ";
    case T_SHL: return "shift ";
    default: return "";
    }
}

/* Where Go reports an overflow: at the operator of an operation. */
static Pos op_pos(const Node *n)
{
    return n->kind == N_BINARY || n->kind == N_UNARY ? n->pos : start_pos(n);
}

/* A typed constant result must be representable in its type; an untyped
 * integer may not grow past 512 bits (go/types overflow). */
static void overflow(Checker *c, Node *n)
{
    if (!type_is_untyped(n->type)) {
        ConstVal *r;
        int code = cv_representable(n->cval, n->type, &r);
        if (code) {
            chk_invalid_conversion(c, n, code, type_under(n->type));
            invalid(n);
            return;
        }
        n->cval = r;
        return;
    }
    if (n->cval->kind == CV_INT && big_bitlen(&n->cval->i) > BIG_LIMIT_BITS) {
        chk_error(c, op_pos(n), "constant %soverflow", overflow_name(n));
        invalid(n);
    }
}

static void fold_binary(Checker *c, Node *n, Node *x, Node *y)
{
    const char *err = NULL;
    bool integer = type_is_integer(type_under(x->type));
    ConstVal *v = cv_binary(n->op, x->cval, y->cval, integer, &err);
    if (!v) {
        /* only an integer result past the limit gets here */
        chk_error(c, op_pos(n), "constant %soverflow", overflow_name(n));
        invalid(n);
        return;
    }
    n->mode = MODE_CONST;
    n->cval = v;
    n->type = x->type;
    if (x->type->kind == K_UNTYPED_FLOAT && v->kind == CV_INT)
        n->cval = cv_to_float(v);
    overflow(c, n);
}

/* ---- implicit conversion of operands ---- */

static bool nil_under(const Type *u)
{
    switch (u->kind) {
    case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
    case K_INTERFACE: case K_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

static bool has_nil(Type *t)
{
    if (gen_tparam_of(t))
        return gen_all_terms(t, nil_under);
    switch (type_under(t)->kind) {
    case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
    case K_INTERFACE: case K_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

/* Whether the operands of a binary operation may be converted to each
 * other's type (go/types canMix). */
static bool can_mix(Node *x, Node *y)
{
    if ((type_under(x->type)->kind == K_INTERFACE && !gen_tparam_of(x->type)) ||
        (type_under(y->type)->kind == K_INTERFACE && !gen_tparam_of(y->type)))
        return true;
    if (type_is_boolean(type_under(x->type)) != type_is_boolean(type_under(y->type)))
        return false;
    if (type_is_string(type_under(x->type)) != type_is_string(type_under(y->type)))
        return false;
    if (is_nil(x) && !has_nil(y->type))
        return false;
    if (is_nil(y) && !has_nil(x->type))
        return false;
    return true;
}

/* Converts an untyped operand [x] to [target], or reports Go's "cannot
 * convert" (go/types convertUntyped). An untyped value converts to an
 * interface only if the interface is empty. */
bool chk_convert_operand(Checker *c, Node *x, Type *target)
{
    if (x->mode == MODE_INVALID || !type_is_untyped(x->type) || target->kind == K_INVALID)
        return true;
    Type *tu = type_under(target);
    bool ok = tu->kind == K_INTERFACE && tu->nimethods > 0 && !is_nil(x)
                  ? false
                  : chk_convert_untyped(c, x, target);
    if (x->mode == MODE_INVALID)
        return false; /* reported (overflow, truncation) */
    if (!ok) {
        chk_invalid_conversion(c, x, 0, type_is_untyped(target) || gen_tparam_of(target) ? target : tu);
        invalid(x);
        return false;
    }
    return true;
}

/* ---- comparisons ---- */

static bool ordered_under(const Type *u)
{
    return type_is_integer(u) || type_is_float(u) || type_is_string(u);
}

static bool is_ordered(Type *t)
{
    return gen_all_terms(t, ordered_under);
}

/* Go's name for a kind of type in messages (go/types kindString). */
static void kind_string(Type *t, char *buf, size_t size)
{
    switch (type_under(t)->kind) {
    case K_ARRAY: snprintf(buf, size, "array"); return;
    case K_SLICE: snprintf(buf, size, "slice"); return;
    case K_STRUCT: snprintf(buf, size, "struct"); return;
    case K_POINTER: snprintf(buf, size, "pointer"); return;
    case K_FUNC: snprintf(buf, size, "func"); return;
    case K_INTERFACE: snprintf(buf, size, "interface"); return;
    case K_MAP: snprintf(buf, size, "map"); return;
    case K_CHAN: snprintf(buf, size, "chan"); return;
    default: chk_type_string(t, buf, size); return;
    }
}

/* Whether == is defined on [t] (go/types Comparable: interfaces are,
 * and so are structs and arrays of them). */
static bool comparable(Type *t)
{
    const TParam *tp = gen_tparam_of(t);
    if (tp)
        return gen_tparam_comparable(tp);
    return t->kind != K_UNTYPED_NIL && (type_is_comparable(t) || type_under(t)->kind == K_INTERFACE);
}

/* Why a value of type [t] cannot be compared (go/types
 * incomparableCause). */
static void incomparable_cause(Type *t, char *buf, size_t size)
{
    Type *u = type_under(t);
    char k[32], ts[256];
    buf[0] = '\0';
    if (gen_tparam_of(t)) {
        snprintf(buf, size, "incomparable types in type set");
        return;
    }
    switch (u->kind) {
    case K_SLICE: case K_FUNC: case K_MAP:
        kind_string(t, k, sizeof k);
        snprintf(buf, size, "%s can only be compared to nil", k);
        return;
    case K_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!comparable(u->fields[i].type)) {
                chk_type_string(u->fields[i].type, ts, sizeof ts);
                snprintf(buf, size, "struct containing %s cannot be compared", ts);
                return;
            }
        return;
    case K_ARRAY:
        chk_type_string(u, ts, sizeof ts);
        snprintf(buf, size, "%s cannot be compared", ts);
        return;
    default:
        return;
    }
}

/* Checks [x op y] for a comparison (go/types comparison); with
 * [switch_case], x is a case value and y the switch tag. */
bool chk_comparison(Checker *c, Node *x, Node *y, int op, bool switch_case)
{
    char cause[512] = "", xs[256], ys[256], t1[200], t2[200];
    Node *err_op = x;
    if (switch_case)
        op = T_EQL;
    if (!chk_assignable(c, x, y->type, NULL, 0) && !chk_assignable(c, y, x->type, NULL, 0)) {
        err_op = y;
        chk_type_string(x->type, t1, sizeof t1);
        chk_type_string(y->type, t2, sizeof t2);
        snprintf(cause, sizeof cause, "mismatched types %s and %s", t1, t2);
    } else if (op == T_EQL || op == T_NEQ) {
        if (is_nil(x) || is_nil(y)) {
            /* only nil == nil gets here */
            if (!has_nil(is_nil(x) ? y->type : x->type))
                err_op = y;
            else
                err_op = NULL;
        } else if (!comparable(x->type)) {
            incomparable_cause(x->type, cause, sizeof cause);
        } else if (!comparable(y->type)) {
            err_op = y;
            incomparable_cause(y->type, cause, sizeof cause);
        } else {
            err_op = NULL;
        }
    } else if (!is_ordered(x->type)) {
        err_op = x;
    } else if (!is_ordered(y->type)) {
        err_op = y;
    } else {
        err_op = NULL;
    }
    if (!err_op)
        return true;
    if (!cause[0] && (gen_tparam_of(x->type) || gen_tparam_of(y->type))) {
        char ts[200];
        if (!gen_tparam_of(x->type))
            err_op = y;
        chk_type_string(err_op->type, ts, sizeof ts);
        snprintf(cause, sizeof cause, "type parameter %s is not comparable with %s", ts, op_name(op));
    }
    if (!cause[0]) {
        char k[200];
        kind_string(err_op->type, k, sizeof k);
        snprintf(cause, sizeof cause, "operator %s not defined on %s", op_name(op), k);
    }
    ast_expr_string(x, xs, sizeof xs);
    ast_expr_string(y, ys, sizeof ys);
    if (switch_case)
        chk_error(c, start_pos(x), "invalid case %s in switch on %s (%s)", xs, ys, cause);
    else
        chk_error(c, start_pos(err_op), "invalid operation: %s %s %s (%s)", xs, op_name(op), ys, cause);
    return false;
}

static void comparison(Checker *c, Node *n, Node *x, Node *y)
{
    if (!chk_comparison(c, x, y, n->op, false)) {
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = cv_bool(cv_compare(n->op, x->cval, y->cval));
    } else {
        n->mode = MODE_VALUE;
        /* operands of a non-constant comparison take their default types */
        chk_default(c, x);
        chk_default(c, y);
    }
    n->type = t_untyped_bool;
}

/* ---- shifts ---- */

/* Go evaluates constant shifts by at most this many bits (enough to
 * express the smallest float64). */
enum { SHIFT_BOUND = 1023 - 1 + 52 };

static void shift(Checker *c, Node *n, Node *x, Node *y)
{
    char buf[800];
    /* the shifted operand must be an integer, or an untyped constant
     * representable as one */
    ConstVal *xval = x->mode == MODE_CONST ? cv_to_int(x->cval) : NULL;
    bool x_ok = gen_all_terms(x->type, type_is_integer) ||
                (type_is_untyped(x->type) && xval && type_is_numeric(x->type));
    if (!x_ok) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: shifted operand %s must be integer", buf);
        invalid(n);
        return;
    }
    /* the count: an integer, or an untyped constant representable as a
     * uint (checked, but left untyped, as Go does) */
    if (y->mode == MODE_CONST) {
        ConstVal *yval = cv_to_int(y->cval);
        if (yval && (y->cval->kind == CV_INT || y->cval->kind == CV_FLOAT) && cv_sign(yval) < 0) {
            chk_operand_string(y, buf, sizeof buf);
            chk_error(c, start_pos(y), "invalid operation: negative shift count %s", buf);
            invalid(n);
            return;
        }
        if (type_is_untyped(y->type)) {
            ConstVal *r;
            int code = cv_representable(y->cval, t_uint, &r);
            if (code) {
                chk_invalid_conversion(c, y, code, t_uint);
                invalid(n);
                return;
            }
        } else if (!type_is_integer(type_under(y->type))) {
            chk_operand_string(y, buf, sizeof buf);
            chk_error(c, start_pos(y), "invalid operation: shift count %s must be integer", buf);
            invalid(n);
            return;
        }
    } else if (type_is_untyped(y->type)) {
        if (!chk_convert_operand(c, y, t_uint)) {
            invalid(n);
            return;
        }
    } else if (!type_is_integer(type_under(y->type))) {
        chk_operand_string(y, buf, sizeof buf);
        chk_error(c, start_pos(y), "invalid operation: shift count %s must be integer", buf);
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST) {
        if (y->mode == MODE_CONST) {
            ConstVal *cnt = cv_to_int(y->cval);
            if (!cv_in_range(cnt, 0, SHIFT_BOUND)) {
                chk_operand_string(y, buf, sizeof buf);
                chk_error(c, start_pos(y), "invalid operation: invalid shift count %s", buf);
                invalid(n);
                return;
            }
            const char *err;
            ConstVal *v = cv_shift(n->op, xval, (uint64_t)cv_i64(cnt), &err);
            n->type = type_is_integer(x->type) ? x->type : t_untyped_int;
            if (!v) {
                chk_error(c, op_pos(n), "constant shift overflow");
                invalid(n);
                return;
            }
            n->mode = MODE_CONST;
            n->cval = v;
            overflow(c, n);
            if (n->mode != MODE_INVALID && type_is_untyped(y->type)) {
                y->cval = cnt;
                y->type = t_uint;
            }
            return;
        }
        if (type_is_untyped(x->type)) {
            /* a non-constant shift of an untyped constant: its type comes
             * from the context (the spec's delayed conversion) */
            x->cval = xval;
            n->mode = MODE_VALUE;
            n->type = x->type;
            return;
        }
    }
    if (!gen_all_terms(x->type, type_is_integer)) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: shifted operand %s must be integer", buf);
        invalid(n);
        return;
    }
    if (y->mode == MODE_CONST && type_is_untyped(y->type)) {
        y->cval = cv_to_int(y->cval);
        y->type = t_uint;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}

/* ---- binary operators ---- */

/* Whether [op] is defined on operands of type [t] (go/types
 * binaryOpPredicates). */
static bool binary_op_allowed(int op, Type *t)
{
    const TParam *tp = gen_tparam_of(t);
    if (tp) {
        for (int i = 0; i < tp->nterms; i++)
            if (!binary_op_allowed(op, tp->terms[i]))
                return false;
        return tp->nterms > 0;
    }
    Type *u = type_under(t);
    switch (op) {
    case T_ADD:
        return type_is_numeric(u) || type_is_string(u);
    case T_SUB: case T_MUL: case T_QUO:
        return type_is_numeric(u);
    case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
        return type_is_integer(u);
    case T_LAND: case T_LOR:
        return type_is_boolean(u);
    default:
        return false;
    }
}

void chk_binary(Checker *c, Node *n)
{
    chk_single(c, n->binary.x);
    chk_single(c, n->binary.y);
    chk_binary_operands(c, n);
}

void chk_binary_operands(Checker *c, Node *n)
{
    Node *x = n->binary.x, *y = n->binary.y;
    char buf[800], t1[200], t2[200];
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (n->op == T_SHL || n->op == T_SHR) {
        shift(c, n, x, y);
        return;
    }
    if (can_mix(x, y)) {
        if (!chk_convert_operand(c, x, y->type) || !chk_convert_operand(c, y, x->type)) {
            invalid(n);
            return;
        }
    }
    if (is_comparison(n->op)) {
        comparison(c, n, x, y);
        return;
    }
    if (!type_same(x->type, y->type)) {
        if (x->type->kind != K_INVALID && y->type->kind != K_INVALID) {
            ast_expr_string(n, buf, sizeof buf);
            chk_type_string(x->type, t1, sizeof t1);
            chk_type_string(y->type, t2, sizeof t2);
            chk_error(c, start_pos(x), "invalid operation: %s (mismatched types %s and %s)", buf, t1, t2);
        }
        invalid(n);
        return;
    }
    if (!binary_op_allowed(n->op, x->type)) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: operator %s not defined on %s", op_name(n->op), buf);
        invalid(n);
        return;
    }
    if ((n->op == T_QUO || n->op == T_REM) && y->mode == MODE_CONST &&
        (x->mode == MODE_CONST || type_is_integer(type_under(x->type))) &&
        y->cval->kind != CV_STRING && y->cval->kind != CV_BOOL && cv_sign(y->cval) == 0) {
        chk_error(c, start_pos(y), "invalid operation: division by zero");
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        fold_binary(c, n, x, y);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}

/* ---- unary operators ---- */

void chk_unary(Checker *c, Node *n)
{
    Node *x = n->unary.x;
    char buf[800];
    if (n->op == T_AND) {
        /* &T{...} is allowed on composite literals; Go's parser drops the
         * parentheses of &(x), so messages show and point at x itself */
        Node *inner = x;
        while (inner->kind == N_PAREN)
            inner = inner->paren.x;
        chk_single(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        if (x->mode != MODE_VAR && inner->kind != N_COMPOSITE) {
            chk_operand_string(inner, buf, sizeof buf);
            chk_error(c, start_pos(inner), "invalid operation: cannot take address of %s", buf);
            invalid(n);
            return;
        }
        if (inner->kind == N_IDENT && inner->ident.sym)
            inner->ident.sym->addressed = true;
        n->mode = MODE_VALUE;
        n->type = type_pointer(x->type);
        return;
    }
    chk_single(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (n->op == T_ARROW) {
        Type *u = type_under(x->type);
        if (u->kind != K_CHAN) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid operation: cannot receive from non-channel %s", buf);
            invalid(n);
            return;
        }
        if (u->dir == 1) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid operation: cannot receive from send-only channel %s", buf);
            invalid(n);
            return;
        }
        n->mode = MODE_COMMAOK;
        n->type = u->elem;
        return;
    }
    if (n->op == T_TILDE) {
        chk_error(c, n->pos, "cannot use ~ outside of interface or type constraint");
        invalid(n);
        return;
    }
    bool ok;
    switch (n->op) {
    case T_ADD: case T_SUB: ok = gen_all_terms(x->type, type_is_numeric); break;
    case T_NOT: ok = gen_all_terms(x->type, type_is_boolean); break;
    case T_XOR: ok = gen_all_terms(x->type, type_is_integer); break;
    default: ok = false; break;
    }
    if (!ok) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: operator %s not defined on %s", op_name(n->op), buf);
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST) {
        if (n->op == T_XOR && type_is_untyped(x->type) && x->cval->kind != CV_INT) {
            ConstVal *iv = cv_to_int(x->cval);
            if (iv)
                x->cval = iv;
        }
        n->mode = MODE_CONST;
        n->cval = cv_unary(n->op, x->cval, x->type);
        n->type = x->type;
        overflow(c, n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}
