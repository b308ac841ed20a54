/* check_expr.c: names, literals, operators, indexing and slicing, and the
 * typing of untyped constants, after go/types. */
#include <errno.h>
#include <gc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

enum { MAX_EXPR_DEPTH = 3000 };

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

/* ---- literals ---- */

static bool parse_int(const char *text, int len, Big *out)
{
    char buf[1100];
    int n = 0;
    for (int i = 0; i < len && n < (int)sizeof buf - 1; i++)
        if (text[i] != '_')
            buf[n++] = text[i];
    buf[n] = '\0';
    int base = 10;
    const char *p = buf;
    if (n > 1 && buf[0] == '0') {
        char b = buf[1];
        if (b == 'x' || b == 'X') { base = 16; p += 2; }
        else if (b == 'o' || b == 'O') { base = 8; p += 2; }
        else if (b == 'b' || b == 'B') { base = 2; p += 2; }
        else { base = 8; p += 1; }
    }
    return big_parse(out, p, base);
}

static void basic_lit(Checker *c, Node *n)
{
    char buf[512], err[128];
    n->mode = MODE_CONST;
    switch (n->lit.tok) {
    case T_INT: {
        Big v;
        if (!parse_int(n->lit.text, n->lit.len, &v)) {
            chk_error(c, n->pos, "integer constant overflow");
            invalid(n);
            return;
        }
        n->cval = cv_big(&v);
        n->type = t_untyped_int;
        return;
    }
    case T_FLOAT: {
        int len = n->lit.len < 500 ? n->lit.len : 500, k = 0;
        for (int i = 0; i < len; i++)
            if (n->lit.text[i] != '_')
                buf[k++] = n->lit.text[i];
        buf[k] = '\0';
        long double f = strtold(buf, NULL);
        if (isinf(f)) {
            chk_error(c, n->pos, "floating-point constant overflow");
            invalid(n);
            return;
        }
        n->cval = cv_float(f);
        n->type = t_untyped_float;
        return;
    }
    case T_IMAG:
        chk_error(c, n->pos, "complex numbers are not supported");
        invalid(n);
        return;
    case T_CHAR: {
        int r;
        if (!lex_char_value(n->lit.text, n->lit.len, &r, err, sizeof err)) {
            chk_error(c, n->pos, "%s", err);
            invalid(n);
            return;
        }
        n->cval = cv_int(r);
        n->type = t_untyped_rune;
        return;
    }
    default: {
        char *s;
        size_t len;
        if (n->lit.len < 2 || (n->lit.text[0] == '"' && n->lit.text[n->lit.len - 1] != '"') ||
            !lex_unquote(n->lit.text, n->lit.len, &s, &len, err, sizeof err)) {
            if (n->lit.len >= 2 && n->lit.text[n->lit.len - 1] == n->lit.text[0])
                chk_error(c, n->pos, "%s", err);
            invalid(n);
            return;
        }
        n->cval = cv_string(s, (int64_t)len);
        n->type = t_untyped_string;
        return;
    }
    }
}

/* ---- names ---- */

void chk_use(Checker *c, Symbol *s)
{
    s->used = true;
    (void)c;
}

/* Records that the function being checked refers to [s] (for captures
 * and for package initialisation order). */
static void record_ref(Checker *c, Symbol *s)
{
    if ((s->kind == SYM_VAR && s->global) || s->kind == SYM_FUNC) {
        Symbol *o = c->dep_owner;
        if (o && o != s) {
            for (int i = 0; i < o->ndeps; i++)
                if (o->deps[i] == s)
                    return;
            if (o->ndeps == o->depcap) {
                int cap = o->depcap ? o->depcap * 2 : 8;
                Symbol **d = GC_MALLOC(sizeof(Symbol *) * (size_t)cap);
                if (o->ndeps)
                    memcpy(d, o->deps, sizeof(Symbol *) * (size_t)o->ndeps);
                o->deps = d;
                o->depcap = cap;
            }
            o->deps[o->ndeps++] = s;
        }
        return;
    }
    if (s->kind == SYM_VAR && s->owner && c->func && s->owner != c->func)
        chk_record_capture(c, s);
}

/* A variable of an enclosing function used inside a literal becomes an
 * upvalue of every function between the two. */
void chk_record_capture(Checker *c, Symbol *s)
{
    s->captured = true;
    for (FuncInfo *f = c->func; f && f != s->owner; f = f->parent) {
        bool have = false;
        for (int i = 0; i < f->ncaptures; i++)
            if (f->captures[i] == s)
                have = true;
        if (have)
            continue;
        if (f->ncaptures == f->capcap) {
            int cap = f->capcap ? f->capcap * 2 : 4;
            Symbol **cs = GC_MALLOC(sizeof(Symbol *) * (size_t)cap);
            if (f->ncaptures)
                memcpy(cs, f->captures, sizeof(Symbol *) * (size_t)f->ncaptures);
            f->captures = cs;
            f->capcap = cap;
        }
        f->captures[f->ncaptures++] = s;
    }
}

static void ident(Checker *c, Node *n)
{
    const char *name = n->ident.name;
    if (name[0] == '_' && name[1] == '\0') {
        chk_error(c, n->pos, "cannot use _ as value");
        invalid(n);
        return;
    }
    Symbol *s = scope_lookup(c->scope, name);
    if (!s) {
        chk_error(c, n->pos, "undefined: %s", name);
        invalid(n);
        return;
    }
    n->ident.sym = s;
    chk_use(c, s);
    if (s->state != 2)
        chk_resolve(c, s);
    switch (s->kind) {
    case SYM_VAR:
        n->mode = MODE_VAR;
        n->type = s->type ? s->type : t_invalid;
        if (!s->type || s->type->kind == K_INVALID)
            n->mode = MODE_INVALID;
        record_ref(c, s);
        return;
    case SYM_CONST:
        if (s->builtin == -1) { /* iota */
            if (c->iota < 0) {
                chk_error(c, n->pos, "cannot use iota outside constant declaration");
                invalid(n);
                return;
            }
            n->mode = MODE_CONST;
            n->type = t_untyped_int;
            n->cval = cv_int(c->iota);
            return;
        }
        n->mode = s->cval ? MODE_CONST : MODE_INVALID;
        n->type = s->type ? s->type : t_invalid;
        n->cval = s->cval;
        return;
    case SYM_TYPE:
        n->mode = s->type ? MODE_TYPE : MODE_INVALID;
        n->type = s->type ? s->type : t_invalid;
        return;
    case SYM_FUNC:
        n->mode = MODE_VALUE;
        n->type = s->type ? s->type : t_invalid;
        record_ref(c, s);
        return;
    case SYM_BUILTIN:
        n->mode = MODE_BUILTIN;
        n->type = t_invalid;
        return;
    case SYM_NIL:
        n->mode = MODE_VALUE;
        n->type = t_untyped_nil;
        return;
    case SYM_PKG:
        chk_error(c, n->pos, "use of package %s without selector", name);
        invalid(n);
        return;
    default:
        invalid(n);
        return;
    }
}

/* ---- untyped values ---- */

static int untyped_rank(const Type *t)
{
    switch (t->kind) {
    case K_UNTYPED_INT: return 1;
    case K_UNTYPED_RUNE: return 2;
    case K_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

static Type *default_type(Type *t)
{
    switch (t->kind) {
    case K_UNTYPED_BOOL: return t_bool;
    case K_UNTYPED_INT: return t_int;
    case K_UNTYPED_RUNE: return t_rune;
    case K_UNTYPED_FLOAT: return t_float64;
    case K_UNTYPED_STRING: return t_string;
    default: return t;
    }
}

static void conversion_error(Checker *c, Node *n, int code, Type *target)
{
    char op[300], ts[256];
    chk_operand_string(n, op, sizeof op);
    chk_type_string(target, ts, sizeof ts);
    if (code == 2)
        chk_error(c, start_pos(n), "%s truncated to %s", op, ts);
    else if (code == 1 && n->mode == MODE_CONST && type_is_numeric(target) &&
             (n->cval->kind == CV_INT || n->cval->kind == CV_FLOAT))
        chk_error(c, start_pos(n), "%s overflows %s", op, ts);
    else
        chk_error(c, start_pos(n), "cannot convert %s to type %s", op, ts);
}

/* Sets the type of an untyped non-constant expression tree (comparison
 * results, shifts of untyped constants) once the context decides it. */
static void set_untyped_tree(Node *n, Type *t)
{
    if (!n || !type_is_untyped(n->type))
        return;
    n->type = t;
    switch (n->kind) {
    case N_PAREN:
        set_untyped_tree(n->paren.x, t);
        break;
    case N_UNARY:
        set_untyped_tree(n->unary.x, t);
        break;
    case N_BINARY:
        if (is_comparison(n->op))
            break; /* operands keep their own types */
        set_untyped_tree(n->binary.x, t);
        if (n->op != T_SHL && n->op != T_SHR)
            set_untyped_tree(n->binary.y, t);
        break;
    default:
        break;
    }
}

/* Converts an untyped [n] to [target] (go/types convertUntyped). */
bool chk_convert_untyped(Checker *c, Node *n, Type *target)
{
    if (n->mode == MODE_INVALID || !type_is_untyped(n->type) || target->kind == K_INVALID)
        return true;
    Type *tu = type_under(target);
    if (type_is_untyped(target)) {
        /* both untyped: numeric kinds widen */
        if (untyped_rank(n->type) && untyped_rank(target)) {
            if (untyped_rank(target) > untyped_rank(n->type)) {
                n->type = target;
                if (n->mode == MODE_CONST && target->kind == K_UNTYPED_FLOAT)
                    n->cval = cv_to_float(n->cval);
            }
            return true;
        }
        return type_same(n->type, target);
    }
    if (n->type == t_untyped_nil) {
        switch (tu->kind) {
        case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
        case K_INTERFACE: case K_UNSAFEPTR:
            n->type = target;
            return true;
        default:
            return false;
        }
    }
    if (tu->kind == K_INTERFACE) {
        /* untyped values become their default type inside an interface */
        if (tu->nimethods == 0 || true) {
            Type *d = default_type(n->type);
            if (n->mode == MODE_CONST) {
                ConstVal *r;
                if (cv_representable(n->cval, d, &r) != 0)
                    return false;
                n->cval = r;
            }
            set_untyped_tree(n, d);
            n->type = d;
            return true;
        }
    }
    if (n->mode == MODE_CONST) {
        ConstVal *r;
        int code = cv_representable(n->cval, tu, &r);
        if (code != 0) {
            /* a kind mismatch is reported by the caller as it sees fit */
            if (code == 3)
                return false;
            bool numeric_ok = type_is_numeric(tu) && (n->cval->kind == CV_INT || n->cval->kind == CV_FLOAT);
            if (!numeric_ok)
                return false;
            conversion_error(c, n, code, target);
            invalid(n);
            return false;
        }
        n->cval = r;
        n->type = target;
        return true;
    }
    /* non-constant untyped: bool from comparisons, numbers from shifts */
    if (n->type->kind == K_UNTYPED_BOOL) {
        if (tu->kind != K_BOOL)
            return false;
    } else if (untyped_rank(n->type)) {
        if (!type_is_numeric(tu))
            return false;
        if (!type_is_integer(tu) && (n->kind == N_BINARY && (n->op == T_SHL || n->op == T_SHR))) {
            char op[300], ts[256];
            chk_operand_string(n->binary.x, op, sizeof op);
            chk_type_string(target, ts, sizeof ts);
            chk_error(c, start_pos(n), "invalid operation: shifted operand %s (type %s) must be integer", op, ts);
            invalid(n);
            return false;
        }
    } else if (n->type->kind == K_UNTYPED_STRING) {
        if (tu->kind != K_STRING)
            return false;
    }
    set_untyped_tree(n, target);
    return true;
}

/* Gives an untyped value its default type the way an assignment does
 * (so overflows read "cannot use ... as int value in assignment"). */
void chk_default_in(Checker *c, Node *n, const char *context)
{
    if (n->mode == MODE_CONST && n->type && type_is_untyped(n->type) && n->type != t_untyped_nil) {
        chk_assign_to(c, n, default_type(n->type), context);
        return;
    }
    chk_default(c, n);
}

void chk_default(Checker *c, Node *n)
{
    if (n->mode == MODE_INVALID || !n->type || !type_is_untyped(n->type))
        return;
    if (n->type == t_untyped_nil)
        return;
    chk_convert_untyped(c, n, default_type(n->type));
}

/* ---- operators ---- */

static bool op_allowed(int op, Type *t)
{
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

static const char *op_name(int op)
{
    return tok_spelling[op];
}

static void fold_binary(Checker *c, Node *n, Node *x, Node *y)
{
    const char *err = NULL;
    bool integer = type_is_integer(type_under(x->type));
    ConstVal *v = cv_binary(n->op, x->cval, y->cval, integer, &err);
    if (!v) {
        if (err && strcmp(err, "division by zero") == 0)
            chk_error(c, y->pos, "invalid operation: division by zero");
        else
            chk_error(c, start_pos(n), "constant %s overflow", n->op == T_MUL ? "multiplication" :
                      n->op == T_ADD ? "addition" : n->op == T_SUB ? "subtraction" : "arithmetic");
        invalid(n);
        return;
    }
    n->mode = MODE_CONST;
    n->cval = v;
    n->type = x->type;
    if (x->type->kind == K_UNTYPED_FLOAT && v->kind == CV_INT)
        n->cval = cv_to_float(v);
    if (!type_is_untyped(n->type)) {
        ConstVal *r;
        int code = cv_representable(v, n->type, &r);
        if (code) {
            conversion_error(c, n, code, n->type);
            invalid(n);
            return;
        }
        n->cval = r;
    }
}

/* Gives both operands a common type where Go allows an implicit
 * conversion (matchTypes). */
static bool may_convert(Node *x, Node *y)
{
    Type *a = x->type, *b = y->type;
    if (!type_is_untyped(a) && !type_is_untyped(b))
        return false;
    bool an = type_is_numeric(type_under(a)), bn = type_is_numeric(type_under(b));
    if (an != bn)
        return false;
    bool as = type_is_string(type_under(a)), bs = type_is_string(type_under(b));
    if (as != bs)
        return false;
    bool ab = type_is_boolean(type_under(a)), bb = type_is_boolean(type_under(b));
    if (ab != bb)
        return false;
    if (a == t_untyped_nil || b == t_untyped_nil) {
        Type *o = a == t_untyped_nil ? b : a;
        switch (o->kind) {
        case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
        case K_INTERFACE: case K_UNTYPED_NIL:
            return true;
        default:
            return false;
        }
    }
    if (a->kind == K_POINTER || b->kind == K_POINTER)
        return false;
    return true;
}

static bool match_types(Checker *c, Node *x, Node *y)
{
    if (may_convert(x, y)) {
        if (!chk_convert_untyped(c, x, y->type))
            return x->mode != MODE_INVALID;
        if (x->mode == MODE_INVALID)
            return false;
        if (!chk_convert_untyped(c, y, x->type))
            return y->mode != MODE_INVALID;
        if (y->mode == MODE_INVALID)
            return false;
    }
    return true;
}

static bool has_nil(Type *t)
{
    switch (t->kind) {
    case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
    case K_INTERFACE: case K_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

static bool is_ordered(Type *t)
{
    Type *u = type_under(t);
    return type_is_integer(u) || type_is_float(u) || type_is_string(u);
}

static bool is_nil_node(Node *n)
{
    while (n->kind == N_PAREN)
        n = n->paren.x;
    return n->kind == N_IDENT && n->ident.sym && n->ident.sym->kind == SYM_NIL;
}

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

/* Why a value of type [t] cannot be compared (go/types incomparableCause). */
static void incomparable_cause(Type *t, char *buf, size_t size)
{
    Type *u = type_under(t);
    switch (u->kind) {
    case K_SLICE: case K_FUNC: case K_MAP: {
        char k[32];
        kind_string(t, k, sizeof k);
        snprintf(buf, size, "%s can only be compared to nil", k);
        return;
    }
    case K_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_is_comparable(u->fields[i].type)) {
                char ts[128];
                chk_type_string(u->fields[i].type, ts, sizeof ts);
                snprintf(buf, size, "struct containing %s cannot be compared", ts);
                return;
            }
        break;
    case K_ARRAY: {
        char ts[128];
        chk_type_string(u->elem, ts, sizeof ts);
        snprintf(buf, size, "%s cannot be compared", ts);
        return;
    }
    default:
        break;
    }
    kind_string(t, buf, size);
}

static void comparison(Checker *c, Node *n, Node *x, Node *y)
{
    char cause[256] = "";
    char xs[200], ys[200], t1[128], t2[128];
    int op = n->op;
    Node *err_op = NULL;
    char reason[8];
    if (!chk_assignable(c, x, y->type, reason, 0) && !chk_assignable(c, y, x->type, reason, 0)) {
        err_op = y;
        chk_type_string(x->type, t1, sizeof t1);
        chk_type_string(y->type, t2, sizeof t2);
        snprintf(cause, sizeof cause, "mismatched types %s and %s", t1, t2);
    } else if (op == T_EQL || op == T_NEQ) {
        bool xnil = is_nil_node(x), ynil = is_nil_node(y);
        if (xnil || ynil) {
            Type *o = xnil ? y->type : x->type;
            if ((xnil && ynil) || !has_nil(type_under(o)))
                err_op = y;
        } else if (!type_is_comparable(x->type) && type_under(x->type)->kind != K_INTERFACE) {
            err_op = x;
            incomparable_cause(x->type, cause, sizeof cause);
        } else if (!type_is_comparable(y->type) && type_under(y->type)->kind != K_INTERFACE) {
            err_op = y;
            incomparable_cause(y->type, cause, sizeof cause);
        }
    } else if (!is_ordered(x->type)) {
        err_op = x;
    } else if (!is_ordered(y->type)) {
        err_op = y;
    }
    if (err_op) {
        if (!cause[0]) {
            char k[128];
            kind_string(err_op->type, k, sizeof k);
            snprintf(cause, sizeof cause, "operator %s not defined on %s", op_name(op),
                     err_op->type == t_untyped_nil || is_nil_node(err_op) ? "nil" : k);
        }
        ast_expr_string(x, xs, sizeof xs);
        ast_expr_string(y, ys, sizeof ys);
        chk_error(c, start_pos(err_op), "invalid operation: %s %s %s (%s)", xs, op_name(op), ys, cause);
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = cv_bool(cv_compare(op, x->cval, y->cval));
    } else {
        n->mode = MODE_VALUE;
        /* operands of a non-constant comparison take their default types */
        chk_default(c, x);
        chk_default(c, y);
    }
    n->type = t_untyped_bool;
}

static void shift(Checker *c, Node *n, Node *x, Node *y)
{
    char buf[300];
    /* the count */
    if (y->mode == MODE_CONST) {
        ConstVal *iv = cv_to_int(y->cval);
        if (!iv || !(type_is_numeric(type_under(y->type)))) {
            chk_operand_string(y, buf, sizeof buf);
            chk_error(c, start_pos(y), "invalid operation: shift count %s must be integer", buf);
            invalid(n);
            return;
        }
        if (cv_sign(iv) < 0) {
            chk_operand_string(y, buf, sizeof buf);
            chk_error(c, start_pos(y), "invalid operation: negative shift count %s", buf);
            invalid(n);
            return;
        }
        if (type_is_untyped(y->type)) {
            y->cval = iv;
            y->type = t_uint;
        }
    } else {
        if (type_is_untyped(y->type))
            chk_convert_untyped(c, y, t_uint);
        if (!type_is_integer(type_under(y->type))) {
            chk_operand_string(y, buf, sizeof buf);
            chk_error(c, start_pos(y), "invalid operation: shift count %s must be integer", buf);
            invalid(n);
            return;
        }
    }
    /* the shifted operand */
    if (x->mode == MODE_CONST) {
        if (!cv_is_integral(x->cval) || !type_is_numeric(type_under(x->type)) ||
            (!type_is_untyped(x->type) && !type_is_integer(type_under(x->type)))) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid operation: shifted operand %s must be integer", buf);
            invalid(n);
            return;
        }
        if (y->mode == MODE_CONST) {
            const char *err;
            ConstVal *cnt = cv_to_int(y->cval);
            uint64_t count = cv_in_range(cnt, 0, 100000) ? (uint64_t)cv_i64(cnt) : 100000;
            ConstVal *v = cv_shift(n->op, x->cval, count, &err);
            if (!v) {
                chk_error(c, start_pos(n), "constant shift overflow");
                invalid(n);
                return;
            }
            n->mode = MODE_CONST;
            n->cval = v;
            n->type = type_is_untyped(x->type) ? t_untyped_int : x->type;
            if (x->type == t_untyped_rune)
                n->type = t_untyped_rune;
            if (!type_is_untyped(n->type)) {
                ConstVal *r;
                int code = cv_representable(v, n->type, &r);
                if (code) {
                    conversion_error(c, n, code, n->type);
                    invalid(n);
                    return;
                }
                n->cval = r;
            }
            return;
        }
        if (type_is_untyped(x->type)) {
            /* non-constant shift of an untyped constant: its type comes
             * from the context (the spec's delayed conversion) */
            x->cval = cv_to_int(x->cval);
            if (x->type == t_untyped_float)
                x->type = t_untyped_int;
            n->mode = MODE_VALUE;
            n->type = x->type;
            return;
        }
    }
    if (!type_is_integer(type_under(x->type))) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: shifted operand %s must be integer", buf);
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}

static void binary(Checker *c, Node *n)
{
    Node *x = n->binary.x, *y = n->binary.y;
    char xs[300], ys[300], t1[128], t2[128];
    chk_single(c, x);
    chk_single(c, y);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (n->op == T_SHL || n->op == T_SHR) {
        shift(c, n, x, y);
        return;
    }
    if (!match_types(c, x, y)) {
        invalid(n);
        return;
    }
    if (is_comparison(n->op)) {
        comparison(c, n, x, y);
        return;
    }
    if (!type_same(x->type, y->type)) {
        /* two untyped constants of different numeric kinds meet at the
         * larger kind */
        if (type_is_untyped(x->type) && type_is_untyped(y->type) &&
            untyped_rank(x->type) && untyped_rank(y->type)) {
            Type *t = untyped_rank(x->type) > untyped_rank(y->type) ? x->type : y->type;
            chk_convert_untyped(c, x, t);
            chk_convert_untyped(c, y, t);
        } else {
            ast_expr_string(n, xs, sizeof xs);
            chk_type_string(x->type, t1, sizeof t1);
            chk_type_string(y->type, t2, sizeof t2);
            chk_error(c, start_pos(x), "invalid operation: %s (mismatched types %s and %s)", xs, t1, t2);
            invalid(n);
            return;
        }
    }
    if (!op_allowed(n->op, x->type)) {
        chk_operand_string(x, xs, sizeof xs);
        chk_error(c, start_pos(x), "invalid operation: operator %s not defined on %s", op_name(n->op), xs);
        invalid(n);
        return;
    }
    if ((n->op == T_QUO || n->op == T_REM) && y->mode == MODE_CONST &&
        (x->mode == MODE_CONST || type_is_integer(type_under(x->type))) &&
        cv_sign(y->cval) == 0 && y->cval->kind != CV_STRING) {
        chk_error(c, start_pos(y), "invalid operation: division by zero");
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        fold_binary(c, n, x, y);
        return;
    }
    (void)ys;
    n->mode = MODE_VALUE;
    n->type = x->type;
}

static void unary(Checker *c, Node *n)
{
    Node *x = n->unary.x;
    char buf[300];
    if (n->op == T_AND) {
        /* &T{...} is allowed on composite literals */
        Node *inner = x;
        while (inner->kind == N_PAREN)
            inner = inner->paren.x;
        chk_expr(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        if (x->mode != MODE_VAR && inner->kind != N_COMPOSITE) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, n->pos, "invalid operation: cannot take address of %s", buf);
            invalid(n);
            return;
        }
        if (inner->kind == N_IDENT && inner->ident.sym)
            inner->ident.sym->addressed = true;
        n->mode = MODE_VALUE;
        n->type = type_pointer(x->type);
        return;
    }
    if (n->op == T_ARROW) {
        chk_single(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        Type *u = type_under(x->type);
        if (u->kind != K_CHAN) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, n->pos, "invalid operation: cannot receive from non-channel %s", buf);
            invalid(n);
            return;
        }
        if (u->dir == 1) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, n->pos, "invalid operation: cannot receive from send-only channel %s", buf);
            invalid(n);
            return;
        }
        n->mode = MODE_COMMAOK;
        n->type = u->elem;
        return;
    }
    chk_single(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    Type *u = type_under(x->type);
    bool ok;
    switch (n->op) {
    case T_ADD: case T_SUB: ok = type_is_numeric(u); break;
    case T_NOT: ok = type_is_boolean(u); break;
    case T_XOR: ok = type_is_integer(u); break;
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
        if (!type_is_untyped(n->type)) {
            ConstVal *r;
            int code = cv_representable(n->cval, n->type, &r);
            if (code) {
                conversion_error(c, n, code, n->type);
                invalid(n);
                return;
            }
            n->cval = r;
        }
        return;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}

/* ---- indexing and slicing ---- */

/* Checks an index and returns its constant value, or -1 when it is not
 * constant (or -2 on error). [length] bounds constant indices when >= 0. */
static int64_t check_index(Checker *c, Node *i, int64_t length, bool allow_eq)
{
    char buf[300];
    chk_single(c, i);
    if (i->mode == MODE_INVALID)
        return -2;
    if (type_is_untyped(i->type) && i->mode == MODE_CONST) {
        if (i->cval->kind != CV_INT && !(i->cval->kind == CV_FLOAT && cv_is_integral(i->cval))) {
            chk_operand_string(i, buf, sizeof buf);
            if (i->cval->kind == CV_FLOAT)
                chk_error(c, start_pos(i), "%s truncated to int", buf);
            else
                chk_error(c, start_pos(i), "cannot convert %s to int", buf);
            return -2;
        }
        chk_convert_untyped(c, i, t_int);
        if (i->mode == MODE_INVALID)
            return -2;
    } else {
        chk_default(c, i);
    }
    if (!type_is_integer(type_under(i->type))) {
        chk_operand_string(i, buf, sizeof buf);
        chk_error(c, start_pos(i), "invalid argument: index %s must be integer", buf);
        return -2;
    }
    if (i->mode != MODE_CONST)
        return -1;
    if (cv_sign(i->cval) < 0) {
        chk_operand_string(i, buf, sizeof buf);
        chk_error(c, start_pos(i), "invalid argument: index %s must not be negative", buf);
        return -2;
    }
    if (length >= 0 && (!cv_in_range(i->cval, 0, length) || (!allow_eq && cv_i64(i->cval) == length))) {
        ast_expr_string(i, buf, sizeof buf);
        chk_error(c, start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", buf,
                  (long long)(length + (allow_eq ? 1 : 0)));
        return -2;
    }
    return cv_in_range(i->cval, 0, INT64_MAX) ? cv_i64(i->cval) : INT64_MAX;
}

static void index_expr(Checker *c, Node *n)
{
    Node *x = n->index.x;
    char buf[300];
    chk_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        check_index(c, n->index.index, -1, false);
        invalid(n);
        return;
    }
    if (x->mode == MODE_TYPE) {
        chk_error(c, start_pos(x), "%s is not a generic type", "type");
        invalid(n);
        return;
    }
    Type *u = type_under(x->type);
    switch (u->kind) {
    case K_STRING: case K_UNTYPED_STRING: {
        int64_t len = x->mode == MODE_CONST ? x->cval->slen : -1;
        if (check_index(c, n->index.index, len, false) == -2) {
            invalid(n);
            return;
        }
        if (x->mode == MODE_CONST && n->index.index->mode == MODE_CONST) {
            n->mode = MODE_CONST;
            n->cval = cv_int((unsigned char)x->cval->s[cv_i64(n->index.index->cval)]);
            chk_default(c, x);
            n->mode = MODE_VALUE;
        }
        chk_default(c, x);
        n->mode = MODE_VALUE;
        n->type = t_byte;
        return;
    }
    case K_SLICE:
        if (check_index(c, n->index.index, -1, false) == -2) {
            invalid(n);
            return;
        }
        n->mode = MODE_VAR;
        n->type = u->elem;
        return;
    case K_ARRAY:
        if (check_index(c, n->index.index, u->len, false) == -2) {
            invalid(n);
            return;
        }
        n->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        n->type = u->elem;
        return;
    case K_POINTER:
        if (type_under(u->elem)->kind == K_ARRAY) {
            if (check_index(c, n->index.index, type_under(u->elem)->len, false) == -2) {
                invalid(n);
                return;
            }
            n->mode = MODE_VAR;
            n->type = type_under(u->elem)->elem;
            return;
        }
        break;
    case K_MAP: {
        Node *k = n->index.index;
        chk_single(c, k);
        if (k->mode == MODE_INVALID || !chk_assign_to(c, k, u->key, "map index")) {
            invalid(n);
            return;
        }
        n->mode = MODE_MAPINDEX;
        n->type = u->elem;
        return;
    }
    default:
        break;
    }
    chk_operand_string(x, buf, sizeof buf);
    chk_error(c, n->pos, "invalid operation: cannot index %s", buf);
    check_index(c, n->index.index, -1, false);
    invalid(n);
}

static void slice_expr(Checker *c, Node *n)
{
    Node *x = n->slice.x;
    char buf[300];
    chk_single(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    Type *u = type_under(x->type);
    int64_t length = -1;
    switch (u->kind) {
    case K_STRING: case K_UNTYPED_STRING:
        if (n->slice.three) {
            chk_error(c, n->pos, "invalid operation: 3-index slice of string");
            invalid(n);
            return;
        }
        if (x->mode == MODE_CONST)
            length = x->cval->slen;
        chk_default(c, x);
        n->type = x->type;
        if (type_is_untyped(n->type))
            n->type = t_string;
        break;
    case K_SLICE:
        n->type = x->type;
        break;
    case K_ARRAY:
        if (x->mode != MODE_VAR) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid operation: %s (slice of unaddressable value)", buf);
            invalid(n);
            return;
        }
        length = u->len;
        n->type = type_slice(u->elem);
        break;
    case K_POINTER:
        if (type_under(u->elem)->kind == K_ARRAY) {
            length = type_under(u->elem)->len;
            n->type = type_slice(type_under(u->elem)->elem);
            break;
        }
        /* fall through */
    default:
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "cannot slice %s", buf);
        invalid(n);
        return;
    }
    Node *idx[3] = {n->slice.lo, n->slice.hi, n->slice.max};
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (!idx[i])
            continue;
        vals[i] = check_index(c, idx[i], length, true);
        if (vals[i] == -2) {
            invalid(n);
            return;
        }
    }
    /* constant indices must be ordered */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                chk_error(c, idx[j]->pos, "invalid slice indices: %lld < %lld",
                          (long long)vals[j], (long long)vals[i]);
                invalid(n);
                return;
            }
    n->mode = MODE_VALUE;
}

static void star(Checker *c, Node *n)
{
    Node *x = n->star.x;
    char buf[300];
    chk_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (x->mode == MODE_TYPE) {
        n->mode = MODE_TYPE;
        n->type = type_pointer(x->type);
        return;
    }
    if (x->type == t_untyped_nil) {
        chk_error(c, start_pos(x), "invalid operation: cannot indirect nil");
        invalid(n);
        return;
    }
    Type *u = type_under(x->type);
    if (u->kind != K_POINTER) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: cannot indirect %s", buf);
        invalid(n);
        return;
    }
    n->mode = MODE_VAR;
    n->type = u->elem;
}

static void type_assert(Checker *c, Node *n)
{
    Node *x = n->assert.x;
    char buf[300], ts[256], reason[512];
    chk_single(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (!n->assert.type) {
        chk_error(c, n->pos, "invalid syntax tree: use of .(type) outside type switch");
        invalid(n);
        return;
    }
    if (type_under(x->type)->kind != K_INTERFACE) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: %s is not an interface", buf);
        invalid(n);
        return;
    }
    Type *t = chk_type(c, n->assert.type);
    if (!t) {
        invalid(n);
        return;
    }
    if (t->kind != K_INTERFACE && !chk_implements(t, type_under(x->type), reason, sizeof reason)) {
        ast_expr_string(n, buf, sizeof buf);
        chk_type_string(t, ts, sizeof ts);
        char xt[256];
        chk_type_string(x->type, xt, sizeof xt);
        chk_error(c, n->assert.type->pos, "impossible type assertion: %s\n\t%s does not implement %s %s",
                  buf, ts, xt, reason);
        invalid(n);
        return;
    }
    n->mode = MODE_COMMAOK;
    n->type = t;
}

/* ---- the dispatcher ---- */

static void check(Checker *c, Node *n)
{
    if (++c->depth > MAX_EXPR_DEPTH) {
        if (c->depth == MAX_EXPR_DEPTH + 1)
            chk_error(c, n->pos, "expression too deeply nested");
        invalid(n);
        c->depth--;
        return;
    }
    n->cval = NULL;
    switch (n->kind) {
    case N_BASICLIT:
        basic_lit(c, n);
        break;
    case N_IDENT:
        ident(c, n);
        break;
    case N_PAREN:
        check(c, n->paren.x);
        n->mode = n->paren.x->mode;
        n->type = n->paren.x->type;
        n->cval = n->paren.x->cval;
        n->info = n->paren.x->info;
        break;
    case N_FUNCLIT:
        chk_funclit(c, n);
        break;
    case N_COMPOSITE:
        chk_composite(c, n, NULL);
        break;
    case N_SELECTOR:
        chk_selector(c, n);
        break;
    case N_INDEX:
        index_expr(c, n);
        break;
    case N_SLICE:
        slice_expr(c, n);
        break;
    case N_TYPEASSERT:
        type_assert(c, n);
        break;
    case N_CALL:
        chk_call(c, n);
        break;
    case N_STAR:
        star(c, n);
        break;
    case N_UNARY:
        unary(c, n);
        break;
    case N_BINARY:
        binary(c, n);
        break;
    case N_KEYVALUE:
        chk_error(c, n->pos, "unexpected key:value expression");
        invalid(n);
        break;
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE: {
        Type *t = chk_type(c, n);
        if (!t)
            invalid(n);
        break;
    }
    default:
        chk_error(c, n->pos, "unexpected %s in expression", ast_kind_name(n->kind));
        invalid(n);
        break;
    }
    c->depth--;
}

void chk_expr_or_type(Checker *c, Node *n)
{
    check(c, n);
}

void chk_expr(Checker *c, Node *n)
{
    char buf[300];
    check(c, n);
    if (n->mode == MODE_TYPE) {
        chk_operand_string(n, buf, sizeof buf);
        chk_error(c, start_pos(n), "%s is not an expression", buf);
        invalid(n);
    } else if (n->mode == MODE_BUILTIN) {
        ast_expr_string(n, buf, sizeof buf);
        chk_error(c, start_pos(n), "%s (built-in function %s) must be called", buf, buf);
        invalid(n);
    }
}

void chk_single(Checker *c, Node *n)
{
    chk_expr(c, n);
    chk_single_value(c, n);
}

void chk_single_value(Checker *c, Node *n)
{
    char buf[300];
    if (n->mode == MODE_NOVALUE) {
        ast_expr_string(n, buf, sizeof buf);
        chk_error(c, start_pos(n), "%s (no value) used as value", buf);
        invalid(n);
    } else if (n->mode != MODE_INVALID && n->type && n->type->kind == K_TUPLE) {
        chk_operand_string(n, buf, sizeof buf);
        chk_error(c, start_pos(n), "multiple-value %s in single-value context", buf);
        invalid(n);
    }
}

bool chk_assign_to(Checker *c, Node *n, Type *t, const char *context)
{
    char buf[300], ts[256], reason[512];
    if (n->mode == MODE_INVALID || !t || t->kind == K_INVALID)
        return false;
    if (type_is_untyped(n->type)) {
        if (n->type == t_untyped_nil && !has_nil(type_under(t)) && t->kind != K_INTERFACE) {
            chk_type_string(t, ts, sizeof ts);
            chk_error(c, start_pos(n), "cannot use nil as %s value in %s", ts, context);
            return false;
        }
        Type *target = t;
        int code = 0;
        if (n->mode == MODE_CONST && t->kind != K_INTERFACE) {
            ConstVal *r;
            code = cv_representable(n->cval, t, &r);
            if (code) {
                chk_operand_string(n, buf, sizeof buf);
                chk_type_string(t, ts, sizeof ts);
                bool numeric = type_is_numeric(type_under(t)) &&
                               (n->cval->kind == CV_INT || n->cval->kind == CV_FLOAT);
                chk_error(c, start_pos(n), "cannot use %s as %s value in %s%s", buf, ts, context,
                          !numeric ? "" : code == 2 ? " (truncated)" : " (overflows)");
                return false;
            }
        }
        if (!chk_convert_untyped(c, n, target)) {
            if (n->mode == MODE_INVALID)
                return false;
            chk_operand_string(n, buf, sizeof buf);
            chk_type_string(t, ts, sizeof ts);
            chk_error(c, start_pos(n), "cannot use %s as %s value in %s", buf, ts, context);
            return false;
        }
    }
    if (!chk_assignable(c, n, t, reason, sizeof reason)) {
        chk_operand_string(n, buf, sizeof buf);
        chk_type_string(t, ts, sizeof ts);
        if (reason[0]) {
            char vt[256];
            chk_type_string(n->type, vt, sizeof vt);
            chk_error(c, start_pos(n), "cannot use %s as type %s in %s:\n\t%s does not implement %s %s",
                      buf, ts, context, vt, ts, reason);
        } else {
            chk_error(c, start_pos(n), "cannot use %s as type %s in %s", buf, ts, context);
        }
        return false;
    }
    return true;
}
