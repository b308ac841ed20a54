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
        ConstVal *v = cv_float_literal(buf);
        if (isinf(v->f)) {
            chk_error(c, n->pos, "floating-point constant overflow");
            invalid(n);
            return;
        }
        n->cval = v;
        n->type = t_untyped_float;
        return;
    }
    case T_IMAG: {
        int len = n->lit.len < 500 ? n->lit.len : 500, k = 0;
        for (int i = 0; i < len - 1; i++) /* without the i */
            if (n->lit.text[i] != '_')
                buf[k++] = n->lit.text[i];
        buf[k] = '\0';
        ConstVal *v = cv_imag_literal(buf);
        if (v->im->kind == CV_FLOAT && isinf(v->im->f)) {
            chk_error(c, n->pos, "floating-point constant overflow");
            invalid(n);
            return;
        }
        n->cval = v;
        n->type = t_untyped_complex;
        return;
    }
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
    chk_use_func(c->comp, s);
    if ((s->kind == SYM_VAR && s->global) || s->kind == SYM_FUNC || (s->kind == SYM_CONST && s->decl)) {
        Symbol *o = c->dep_owner;
        if (o) {
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

void chk_record_ref(Checker *c, Symbol *s)
{
    record_ref(c, s);
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
        chk_error(c, n->pos, "cannot use _ as value or type");
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
    if (s->generic) {
        if (s->kind == SYM_FUNC && c->callee == n) {
            n->mode = MODE_VALUE; /* the call infers its type arguments */
            n->type = t_invalid;
            return;
        }
        char ts[512];
        gen_tparams_string(s->generic, ts, sizeof ts);
        if (s->kind == SYM_FUNC)
            chk_error(c, n->pos, "cannot use generic function %s without instantiation", name);
        else
            chk_error(c, n->pos, "cannot use generic type %s[%s] without instantiation", name, ts);
        invalid(n);
        return;
    }
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
        record_ref(c, s);
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
        chk_error(c, n->pos, "use of package %s not in selector", name);
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
    case K_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

Type *chk_default_type(Type *t)
{
    switch (t->kind) {
    case K_UNTYPED_BOOL: return t_bool;
    case K_UNTYPED_INT: return t_int;
    case K_UNTYPED_RUNE: return t_rune;
    case K_UNTYPED_FLOAT: return t_float64;
    case K_UNTYPED_COMPLEX: return t_complex128;
    case K_UNTYPED_STRING: return t_string;
    default: return t;
    }
}

/* Reports that constant or untyped [n] does not convert to [target]
 * (go/types invalidConversion): [code] 2 is a truncated float, 1 an
 * overflow; Go names the target's underlying type. */
void chk_invalid_conversion(Checker *c, Node *n, int code, Type *target)
{
    char op[800], ts[256];
    chk_operand_string(n, op, sizeof op);
    chk_type_string(target, ts, sizeof ts);
    bool numeric = n->mode == MODE_CONST && n->cval && type_is_numeric(type_under(target)) &&
                   type_is_numeric(type_under(n->type));
    if (code == 2 && numeric)
        chk_error(c, start_pos(n), "%s truncated to %s", op, ts);
    else if (code == 1 && numeric)
        chk_error(c, start_pos(n), "%s overflows %s", op, ts);
    else
        chk_error(c, start_pos(n), "cannot convert %s to %s", op, ts);
}

/* Gives an untyped expression tree (comparison results, non-constant
 * shifts of untyped constants, and the constants inside them) the type
 * its context decides, as go/types updateExprType does: the left operand
 * of such a shift must then be an integer ([shift] is the shift it is the
 * left operand of), and each constant in the tree must be representable
 * in [t]. Each parenthesis level is checked on its own, so Go 1.19
 * reports an overflow once per level. Returns false after an error. */
static bool update_untyped(Checker *c, Node *n, Type *t, Node *shift)
{
    if (!n || n->mode == MODE_INVALID || !type_is_untyped(n->type))
        return true;
    bool ok = true;
    bool constant = n->mode == MODE_CONST;
    switch (n->kind) {
    case N_PAREN:
        ok = update_untyped(c, n->paren.x, t, NULL);
        break;
    case N_UNARY:
        if (!constant)
            ok = update_untyped(c, n->unary.x, t, NULL);
        break;
    case N_BINARY:
        if (constant || is_comparison(n->op))
            break; /* operands keep their own types */
        if (n->op == T_SHL || n->op == T_SHR) {
            ok = update_untyped(c, n->binary.x, t, n);
        } else {
            ok = update_untyped(c, n->binary.x, t, NULL);
            ok = update_untyped(c, n->binary.y, t, NULL) && ok;
        }
        break;
    default:
        break;
    }
    if (shift && !type_is_integer(type_under(t))) {
        char op[800], ts[256];
        ast_expr_string(shift, op, sizeof op);
        chk_type_string(t, ts, sizeof ts);
        chk_error(c, start_pos(n), "invalid operation: %s (shift of type %s)", op, ts);
        invalid(n);
        return false;
    }
    if (constant && n->cval) {
        ConstVal *r;
        int code = cv_representable(n->cval, type_under(t), &r);
        if (code != 0) {
            chk_invalid_conversion(c, n, code, t);
            invalid(n);
            return false;
        }
        n->cval = r;
    }
    n->type = t;
    return ok;
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
                if (n->mode == MODE_CONST && target->kind == K_UNTYPED_COMPLEX)
                    n->cval = cv_to_complex(n->cval);
            }
            return true;
        }
        return type_same(n->type, target);
    }
    if (gen_tparam_of(target))
        return gen_convert_untyped(n, target);
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
            Type *d = chk_default_type(n->type);
            if (n->mode == MODE_CONST) {
                ConstVal *r;
                if (cv_representable(n->cval, d, &r) != 0)
                    return false;
                n->cval = r;
                for (Node *p = n; p->kind == N_PAREN; p = p->paren.x) {
                    p->paren.x->cval = r;
                    p->paren.x->type = d;
                }
            }
            if (!update_untyped(c, n, d, NULL)) {
                invalid(n);
                return false;
            }
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
            bool numeric_ok = type_is_numeric(tu) && (n->cval->kind == CV_INT || n->cval->kind == CV_FLOAT ||
                                                      n->cval->kind == CV_COMPLEX);
            if (!numeric_ok)
                return false;
            chk_invalid_conversion(c, n, code, tu);
            invalid(n);
            return false;
        }
        n->cval = r;
        n->type = target;
        /* the code generator may look through parentheses: the constant
         * inside them is converted too */
        for (Node *p = n; p->kind == N_PAREN; p = p->paren.x) {
            p->paren.x->cval = r;
            p->paren.x->type = target;
        }
        return true;
    }
    /* non-constant untyped: bool from comparisons, numbers from shifts */
    if (n->type->kind == K_UNTYPED_BOOL) {
        if (tu->kind != K_BOOL)
            return false;
    } else if (untyped_rank(n->type)) {
        if (!type_is_numeric(tu))
            return false;
    } else if (n->type->kind == K_UNTYPED_STRING) {
        if (tu->kind != K_STRING)
            return false;
    }
    if (!update_untyped(c, n, target, NULL)) {
        invalid(n);
        return false;
    }
    return true;
}

/* Gives an untyped value its default type the way an assignment does
 * (so overflows read "cannot use ... as int value in assignment"). */
void chk_default_in(Checker *c, Node *n, const char *context)
{
    if (n->mode == MODE_CONST && n->type && type_is_untyped(n->type) && n->type != t_untyped_nil) {
        chk_assign_to(c, n, chk_default_type(n->type), context);
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
    chk_convert_untyped(c, n, chk_default_type(n->type));
}

/* ---- indexing and slicing ---- */

/* Checks an index and returns its constant value, or -1 when it is not
 * constant (or -2 on error). [length] bounds constant indices when >= 0. */
static int64_t check_index(Checker *c, Node *i, int64_t length, bool allow_eq)
{
    char buf[800];
    chk_single(c, i);
    if (i->mode == MODE_INVALID)
        return -2;
    /* an untyped index is given type int (go/types isValidIndex) */
    if (!chk_convert_operand(c, i, t_int))
        return -2;
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
    if (!cv_in_range(i->cval, 0, INT64_MAX)) {
        chk_operand_string(i, buf, sizeof buf);
        chk_error(c, start_pos(i), "invalid argument: index %s overflows int", buf);
        return -2;
    }
    if (length >= 0 && (!cv_in_range(i->cval, 0, length) || (!allow_eq && cv_i64(i->cval) == length))) {
        cv_string_of(i->cval, buf, sizeof buf);
        chk_error(c, start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", buf,
                  (long long)(length + (allow_eq ? 1 : 0)));
        return -2;
    }
    return cv_i64(i->cval);
}

int64_t chk_index_value(Checker *c, Node *i, int64_t length)
{
    return check_index(c, i, length, false);
}

static void index_expr(Checker *c, Node *n)
{
    Node *x = n->index.x;
    char buf[800];
    if (chk_generic_index(c, n))
        return;
    if (n->index.rest.len) {
        chk_expr_or_type(c, x);
        if (x->mode != MODE_INVALID) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "invalid operation: %s is not a generic function", buf);
        }
        invalid(n);
        return;
    }
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
    if (gen_tparam_of(x->type) && !gen_indexable(gen_tparam_of(x->type)))
        u = t_invalid; /* cannot index */
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
    char buf[800];
    chk_single(c, x);
    /* a 3-index slice missing an index was reported by the parser */
    if (x->mode == MODE_INVALID || (n->slice.three && (!n->slice.hi || !n->slice.max))) {
        invalid(n);
        return;
    }
    Type *u = type_under(x->type);
    int64_t length = -1;
    switch (u->kind) {
    case K_STRING: case K_UNTYPED_STRING:
        if (n->slice.three) {
            chk_error(c, start_pos(n->slice.max), "invalid operation: 3-index slice of string");
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
        chk_error(c, start_pos(x), "invalid operation: cannot slice %s", buf);
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
    char buf[800];
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
    char buf[800], ts[256], reason[512];
    if (!n->assert.type) {
        chk_error(c, start_pos(n), "invalid AST: use of .(type) outside type switch");
        invalid(n);
        return;
    }
    chk_single(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (gen_tparam_of(x->type)) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: cannot use type assertion on type parameter value %s", buf);
        invalid(n);
        return;
    }
    if (type_under(x->type)->kind != K_INTERFACE) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "invalid operation: %s is not an interface", buf);
        invalid(n);
        return;
    }
    Type *t = chk_var_type(c, n->assert.type);
    if (!t) {
        invalid(n);
        return;
    }
    if (t->kind != K_INTERFACE && !chk_implements(t, type_under(x->type), reason, sizeof reason)) {
        /* reported, but the assertion keeps its type (go/types) */
        ast_expr_string(n, buf, sizeof buf);
        chk_type_string(t, ts, sizeof ts);
        char xt[256];
        chk_type_string(x->type, xt, sizeof xt);
        chk_error(c, start_pos(n), "impossible type assertion: %s\n\t%s does not implement %s %s",
                  buf, ts, xt, reason);
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
        chk_unary(c, n);
        break;
    case N_BINARY:
        chk_binary(c, n);
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
    char buf[800];
    check(c, n);
    if (n->mode == MODE_TYPE) {
        chk_operand_string(n, buf, sizeof buf);
        chk_error(c, start_pos(n), "%s is not an expression", buf);
        invalid(n);
    } else if (n->mode == MODE_BUILTIN) {
        chk_operand_string(n, buf, sizeof buf);
        chk_error(c, start_pos(n), "%s must be called", buf);
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
    char buf[800];
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
    char buf[800], ts[256], reason[512];
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
        if (n->mode == MODE_CONST && t->kind != K_INTERFACE && !gen_tparam_of(t)) {
            ConstVal *r;
            code = cv_representable(n->cval, t, &r);
            if (code) {
                chk_operand_string(n, buf, sizeof buf);
                chk_type_string(t, ts, sizeof ts);
                bool numeric = type_is_numeric(type_under(t)) &&
                               (n->cval->kind == CV_INT || n->cval->kind == CV_FLOAT ||
                                n->cval->kind == CV_COMPLEX);
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

/* Whether checked expression [n] holds a function call (not a conversion
 * or a builtin with a constant result) or a channel receive: the spec's
 * test for len and cap of an array being constant, and for a range over
 * an array not evaluating its expression. */
bool chk_has_call_or_recv(Node *n)
{
    if (!n)
        return false;
    switch (n->kind) {
    case N_CALL:
        if (n->mode == MODE_CONST)
            return false;
        if (n->call.fun->mode != MODE_TYPE)
            return true;
        for (int i = 0; i < n->call.args.len; i++)
            if (chk_has_call_or_recv(n->call.args.items[i]))
                return true;
        return false;
    case N_UNARY: return n->op == T_ARROW || chk_has_call_or_recv(n->unary.x);
    case N_PAREN: return chk_has_call_or_recv(n->paren.x);
    case N_SELECTOR: return chk_has_call_or_recv(n->selector.x);
    case N_INDEX: return chk_has_call_or_recv(n->index.x) || chk_has_call_or_recv(n->index.index);
    case N_SLICE:
        return chk_has_call_or_recv(n->slice.x) || chk_has_call_or_recv(n->slice.lo) ||
               chk_has_call_or_recv(n->slice.hi) || chk_has_call_or_recv(n->slice.max);
    case N_STAR: return chk_has_call_or_recv(n->star.x);
    case N_TYPEASSERT: return chk_has_call_or_recv(n->assert.x);
    case N_BINARY: return chk_has_call_or_recv(n->binary.x) || chk_has_call_or_recv(n->binary.y);
    case N_KEYVALUE: return chk_has_call_or_recv(n->kv.key) || chk_has_call_or_recv(n->kv.value);
    case N_COMPOSITE:
        for (int i = 0; i < n->composite.elts.len; i++)
            if (chk_has_call_or_recv(n->composite.elts.items[i]))
                return true;
        return false;
    default:
        return false;
    }
}
