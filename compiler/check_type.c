/* check_type.c: type expressions, identity, assignability, conversion
 * and interface satisfaction, and how types and operands appear in Go's
 * error messages. */
#include <gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "check.h"

void chk_error(Checker *c, Pos pos, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_error(c->diag, pos, "%s", buf);
}

static void error_note(Checker *c, Pos pos, Pos at, const char *note, const char *fmt, va_list ap)
{
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    if (at.line > 0)
        diag_error(c->diag, pos, "%s\n\t%s:%d:%d: %s", buf, c->diag->src->name, at.line, at.col, note);
    else
        diag_error(c->diag, pos, "%s", buf);
}

void chk_error_note(Checker *c, Pos pos, Pos at, const char *note, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_note(c, pos, at, note, fmt, ap);
    va_end(ap);
}

void chk_error_alt(Checker *c, Pos pos, Pos alt, const char *name, const char *fmt, ...)
{
    char note[300];
    snprintf(note, sizeof note, "other declaration of %s", name);
    va_list ap;
    va_start(ap, fmt);
    error_note(c, pos, alt, note, fmt, ap);
    va_end(ap);
}

/* Where Go reports an error about an expression (syntax.StartPos): the
 * leftmost position for most nodes, but a slice expression is reported at
 * its '[', a key:value pair at its ':' and a parenthesized expression at
 * its '(', as Go 1.19 does. */
Pos start_pos(const Node *n)
{
    for (;;) {
        switch (n->kind) {
        case N_BINARY: n = n->binary.x; continue;
        case N_CALL: n = n->call.fun; continue;
        case N_INDEX: n = n->index.x; continue;
        case N_SELECTOR: n = n->selector.x; continue;
        case N_TYPEASSERT: n = n->assert.x; continue;
        case N_COMPOSITE:
            if (n->composite.type) { n = n->composite.type; continue; }
            return n->pos;
        default: return n->pos;
        }
    }
}

void chk_type_string(const Type *t, char *buf, size_t size)
{
    type_string(t, false, buf, (int)size);
}

static const char *mode_name(int mode)
{
    switch (mode) {
    case MODE_INVALID: return "invalid operand";
    case MODE_NOVALUE: return "no value";
    case MODE_BUILTIN: return "built-in";
    case MODE_TYPE: return "type";
    case MODE_CONST: return "constant";
    case MODE_VAR: return "variable";
    case MODE_MAPINDEX: return "map index expression";
    case MODE_COMMAOK: return "comma, ok expression";
    default: return "value";
    }
}

FuncInfo *chk_sig_names_of(const Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->paren.x;
    if (!n)
        return NULL;
    Symbol *s = NULL;
    if (n->kind == N_IDENT)
        s = n->ident.sym;
    else if (n->kind == N_SELECTOR && n->info && ((Selection *)n->info)->kind == SEL_QUALIFIED)
        s = ((Selection *)n->info)->sym;
    if (s && s->kind == SYM_FUNC && s->func && s->func->sig)
        return s->func;
    if (s && s->kind == SYM_VAR && s->sig_names && s->type == s->sig_names->sig)
        return s->sig_names;
    if (n->kind == N_FUNCLIT && n->funclit.info && n->funclit.info->sig)
        return n->funclit.info; /* a literal's type keeps its parameter names too */
    return NULL;
}

/* A declared function's type as Go's messages show it: with parameter
 * names (func(n int) int). */
static bool func_string(const Node *n, char *buf, size_t size)
{
    FuncInfo *f = chk_sig_names_of(n);
    if (!f)
        return false;
    bool named = false;
    for (int i = 0; i < f->nparams; i++)
        if (f->params[i]->name[0] != '_' || f->params[i]->name[1])
            named = true;
    if (!named)
        return false;
    size_t len = msg_appendf(buf, size, 0, "func(");
    Type *sig = f->sig;
    for (int i = 0; i < f->nparams && len < size; i++) {
        char ts[200];
        Type *t = f->params[i]->type;
        bool dots = (sig->flags & TF_VARIADIC) && i == f->nparams - 1;
        chk_type_string(dots ? t->elem : t, ts, sizeof ts);
        len = msg_appendf(buf, size, len, "%s%s %s%s", i ? ", " : "",
                                f->params[i]->name, dots ? "..." : "", ts);
    }
    if (len < size)
        len = msg_appendf(buf, size, len, ")");
    if (f->nresults == 1 && !f->named_results) {
        char ts[200];
        chk_type_string(f->results[0]->type, ts, sizeof ts);
        if (len < size)
            msg_appendf(buf, size, len, " %s", ts);
    } else if (f->nresults > 0 && len < size) {
        len = msg_appendf(buf, size, len, " (");
        for (int i = 0; i < f->nresults && len < size; i++) {
            char ts[200];
            chk_type_string(f->results[i]->type, ts, sizeof ts);
            if (f->named_results)
                len = msg_appendf(buf, size, len, "%s%s %s", i ? ", " : "", f->results[i]->name, ts);
            else
                len = msg_appendf(buf, size, len, "%s%s", i ? ", " : "", ts);
        }
        if (len < size)
            msg_appendf(buf, size, len, ")");
    }
    return true;
}

/* The results of a call of a declared function with named results, as
 * Go's messages show them: (n int, err error). */
static bool named_results_string(const Node *n, char *buf, size_t size)
{
    if (n->kind != N_CALL || !n->type || n->type->kind != K_TUPLE)
        return false;
    FuncInfo *f = chk_sig_names_of(n->call.fun);
    if (!f || !f->named_results || f->nresults != n->type->nparams)
        return false;
    size_t len = msg_appendf(buf, size, 0, "(");
    for (int i = 0; i < f->nresults && len < size; i++) {
        char ts[200];
        chk_type_string(f->results[i]->type, ts, sizeof ts);
        len = msg_appendf(buf, size, len, "%s%s %s", i ? ", " : "", f->results[i]->name, ts);
    }
    if (len < size)
        msg_appendf(buf, size, len, ")");
    return true;
}

void chk_operand_string(const Node *n, char *buf, size_t size)
{
    char expr[512], ts[256], val[128];
    if (n->type == t_untyped_nil && n->mode != MODE_TYPE) {
        snprintf(buf, size, "nil");
        return;
    }
    ast_expr_string(n, expr, sizeof expr);
    size_t len = msg_appendf(buf, size, 0, "%s (", expr);
    bool has_type = false;
    if (n->mode != MODE_INVALID && n->mode != MODE_NOVALUE &&
        n->mode != MODE_BUILTIN && n->mode != MODE_TYPE && n->type) {
        if (type_is_untyped(n->type))
            len = msg_appendf(buf, size, len, "%s ", n->type->name);
        else
            has_type = true;
    }
    len = msg_appendf(buf, size, len, "%s", mode_name(n->mode));
    if (n->mode == MODE_CONST && n->cval) {
        cv_string_of(n->cval, val, sizeof val);
        if (strcmp(val, expr) != 0)
            len = msg_appendf(buf, size, len, " %s", val);
    }
    if (has_type) {
        if (!func_string(n, ts, sizeof ts) && !named_results_string(n, ts, sizeof ts))
            chk_type_string(n->type, ts, sizeof ts);
        len = msg_appendf(buf, size, len, " of type %s", ts);
        const TParam *tp = gen_tparam_of(n->type);
        if (tp)
            len = msg_appendf(buf, size, len, " constrained by %s", tp->cname);
    }
    msg_appendf(buf, size, len, ")");
}

/* ---- resolving type expressions ---- */

static bool is_exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* Resolves [n] to a type. [complete] (a Need) is NEED_REF for positions
 * that only need a reference (behind a pointer, slice, map, chan or func),
 * where a type still being declared may appear. */
static Type *resolve(Checker *c, Node *n, int complete);

/* resolve() for a variable's type (go/types varType): a constraint
 * interface is reported, and the type kept. */
static Type *resolve_var(Checker *c, Node *n, int complete)
{
    char ts[256];
    Type *t = resolve(c, n, complete);
    if (t && (type_under(t)->flags & TF_CONSTRAINT)) {
        chk_type_string(t, ts, sizeof ts);
        chk_error(c, start_pos(n), "cannot use type %s outside a type constraint: interface contains type constraints",
                  ts);
    }
    return t;
}

static Type *named_ref(Checker *c, Node *n, Symbol *s, int complete)
{
    char buf[800];
    if (s->generic) {
        gen_tparams_string(s->generic, buf, sizeof buf);
        if (s->kind == SYM_TYPE)
            chk_error(c, n->pos, "cannot use generic type %s[%s] without instantiation", s->name, buf);
        else
            chk_error(c, n->pos, "cannot use generic function %s without instantiation", s->name);
        return NULL;
    }
    if (s->kind != SYM_TYPE) {
        chk_use(c, s);
        if (s->kind == SYM_PKG) {
            chk_error(c, n->pos, "use of package %s not in selector", s->name);
            return NULL;
        }
        n->mode = s->kind == SYM_CONST ? MODE_CONST : MODE_VAR;
        if (s->kind == SYM_FUNC || s->kind == SYM_BUILTIN)
            n->mode = s->kind == SYM_BUILTIN ? MODE_BUILTIN : MODE_VALUE;
        if (s->state != 2)
            chk_resolve(c, s);
        n->type = s->type;
        n->cval = s->cval;
        chk_operand_string(n, buf, sizeof buf);
        chk_error(c, n->pos, "%s is not a type", buf);
        return NULL;
    }
    if (s->state == 0)
        chk_resolve(c, s);
    if (s->state == 1 && !chk_type_cycle(c, s, s->type && (s->type->flags & TF_INCOMPLETE) ? complete : NEED_REF))
        return NULL;
    if (s->broken)
        return NULL;
    return s->type;
}

/* ---- checks that wait for a type's layout ---- */

typedef enum LaterKind { LATER_MAP_KEY, LATER_EMBEDDED_PTR, LATER_SIZE } LaterKind;

typedef struct LaterCheck {
    LaterKind kind;
    Type *type;
    Pos pos;
    const Source *src;
} LaterCheck;

static void later(Checker *c, LaterKind kind, Type *t, Pos pos)
{
    Compiler *k = c->comp;
    if (k->nlater == k->latercap) {
        k->latercap = k->latercap ? k->latercap * 2 : 8;
        LaterCheck *l = GC_MALLOC(sizeof(LaterCheck) * (size_t)k->latercap);
        if (k->nlater)
            memcpy(l, k->later, sizeof(LaterCheck) * (size_t)k->nlater);
        k->later = l;
    }
    k->later[k->nlater++] = (LaterCheck){kind, t, pos, c->diag->src};
}

static void map_key_error(Checker *c, Type *k, Pos pos)
{
    char ts[256];
    chk_type_string(k, ts, sizeof ts);
    chk_error(c, pos, "invalid map key type %s", ts);
}

static void embedded_ptr_error(Checker *c, Pos pos)
{
    chk_error(c, pos, "embedded field type cannot be a pointer to an interface");
}

/* An array or struct too large for gosh's 32-bit sizes (vm/type.h); one
 * whose element or field is already too large was reported there. */
static bool too_large(const Type *t)
{
    if (t->size != TYPE_TOO_LARGE)
        return false;
    if (t->kind == K_ARRAY)
        return t->elem->size != TYPE_TOO_LARGE;
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].type->size == TYPE_TOO_LARGE)
            return false;
    return true;
}

static void size_error(Checker *c, const Type *t, Pos pos)
{
    char ts[256];
    chk_type_string(t, ts, sizeof ts);
    chk_error(c, pos, "type %s too large (gosh limits an array or struct to %u bytes)", ts,
              TYPE_SIZE_MAX);
}

void chk_check_size(Checker *c, Type *t, Pos pos)
{
    if (type_layout_waits(t))
        later(c, LATER_SIZE, t, pos);
    else if (too_large(t))
        size_error(c, t, pos);
}

void chk_settle_types(Checker *c)
{
    type_complete_layouts();
    Compiler *k = c->comp;
    int keep = 0;
    const Source *saved = c->diag->src;
    for (int i = 0; i < k->nlater; i++) {
        LaterCheck l = k->later[i];
        bool waits = l.kind == LATER_EMBEDDED_PTR ? (l.type->flags & TF_INCOMPLETE) != 0
                                                  : type_layout_waits(l.type);
        if (waits) {
            k->later[keep++] = l;
            continue;
        }
        c->diag->src = l.src;
        if (l.kind == LATER_MAP_KEY && !type_is_comparable(l.type))
            map_key_error(c, l.type, l.pos);
        else if (l.kind == LATER_EMBEDDED_PTR &&
                 (l.type->kind == K_POINTER || l.type->kind == K_INTERFACE))
            embedded_ptr_error(c, l.pos);
        else if (l.kind == LATER_SIZE && too_large(l.type))
            size_error(c, l.type, l.pos);
    }
    k->nlater = keep;
    c->diag->src = saved;
}

static Type *resolve_struct(Checker *c, Node *n)
{
    Field fields[256];
    Pos fpos[256];
    int nf = 0;
    for (int i = 0; i < n->strct.fields.len; i++) {
        Node *f = n->strct.fields.items[i];
        /* an embedded instance, Base[T], is named Base: before resolving,
         * which turns the node into the instance's name */
        Node *en = f->field.type->kind == N_STAR ? f->field.type->star.x : f->field.type;
        const char *iname = en->kind == N_INDEX && en->index.x->kind == N_IDENT ? en->index.x->ident.name : NULL;
        Type *ft = resolve_var(c, f->field.type, true);
        if (!ft)
            ft = t_invalid;
        const char *tag = NULL;
        if (f->field.tag) {
            char *s;
            size_t len;
            char err[64];
            if (lex_unquote(f->field.tag->lit.text, f->field.tag->lit.len, &s, &len, err, sizeof err))
                tag = s;
        }
        if (f->field.names.len == 0) {
            /* embedded: the field is named after the type */
            Node *tn = f->field.type;
            if (tn->kind == N_STAR)
                tn = tn->star.x;
            const char *name = iname                     ? iname
                               : tn->kind == N_SELECTOR ? tn->selector.sel->ident.name
                               : tn->kind == N_IDENT    ? tn->ident.name
                                                        : "?";
            Type *base = ft->kind == K_POINTER ? ft->elem : ft;
            if (ft->kind == K_POINTER && (base->flags & TF_INCOMPLETE))
                later(c, LATER_EMBEDDED_PTR, base, f->pos);
            else if (ft->kind == K_POINTER && (base->kind == K_POINTER || base->kind == K_INTERFACE))
                embedded_ptr_error(c, f->pos);
            for (int j = 0; j < nf; j++)
                if (fields[j].name == name)
                    chk_error_alt(c, f->pos, fpos[j], name, "%s redeclared", name);
            if (nf < 256) {
                fpos[nf] = f->pos;
                fields[nf++] = (Field){name, ft, 0, true, is_exported(name), tag};
            }
            continue;
        }
        for (int j = 0; j < f->field.names.len; j++) {
            Node *id = f->field.names.items[j];
            for (int k = 0; k < nf; k++)
                if (fields[k].name == id->ident.name && strcmp(id->ident.name, "_") != 0)
                    chk_error_alt(c, id->pos, fpos[k], id->ident.name, "%s redeclared", id->ident.name);
            if (nf < 256) {
                fpos[nf] = id->pos;
                fields[nf++] = (Field){id->ident.name, ft, 0, false,
                                       is_exported(id->ident.name), tag};
            }
        }
    }
    Type *t = type_struct(fields, nf);
    chk_check_size(c, t, n->pos);
    return t;
}

/* Where interface literal [n] declares method [name] (the first time). */
static Pos method_pos(Node *n, int k, const char *name)
{
    (void)k;
    for (int i = 0; i < n->iface.methods.len; i++) {
        Node *m = n->iface.methods.items[i];
        if (m->field.names.len && m->field.names.items[0]->ident.name == name)
            return m->field.names.items[0]->pos;
    }
    return (Pos){0, 0};
}

/* Resolves the terms of a type element (T1 | ~T2) for their errors. */
static void resolve_terms(Checker *c, Node *n)
{
    if (n->kind == N_BINARY && n->op == T_OR) {
        resolve_terms(c, n->binary.x);
        resolve_terms(c, n->binary.y);
    } else if (n->kind == N_UNARY && n->op == T_TILDE) {
        resolve(c, n->unary.x, false);
    } else {
        resolve(c, n, false);
    }
}

/* An interface with type terms, or embedding a non-interface type, is a
 * constraint (go/types: its type set is not a method set). gosh has no
 * generics, so such an interface is a type of its own that only
 * chk_var_type looks at: interned types are shared, so it is a copy. */
static Type *constraint_of(Type *iface)
{
    Type *t = GC_MALLOC(sizeof(Type));
    *t = *iface;
    t->canon = t;
    t->ptr_to = t->slice_of = t->next_in_bucket = NULL;
    t->flags |= TF_CONSTRAINT;
    return t;
}

static Type *resolve_interface(Checker *c, Node *n)
{
    IMethod ms[256];
    int nm = 0;
    bool constraint = false;
    for (int i = 0; i < n->iface.methods.len; i++) {
        Node *m = n->iface.methods.items[i];
        if (m->field.names.len) {
            Node *id = m->field.names.items[0];
            c->comp->indirections++;
            Type *sig = chk_signature(c, m->field.type, NULL, NULL);
            c->comp->indirections--;
            bool dup = false;
            for (int k = 0; k < nm && !dup; k++)
                if (ms[k].name == id->ident.name) {
                    dup = true;
                    chk_error_alt(c, id->pos, method_pos(n, k, ms[k].name), id->ident.name,
                                  "duplicate method %s", id->ident.name);
                }
            if (!dup && nm < 256)
                ms[nm++] = (IMethod){id->ident.name, sig};
            continue;
        }
        Node *tn = m->field.type;
        if ((tn->kind == N_BINARY && tn->op == T_OR) || (tn->kind == N_UNARY && tn->op == T_TILDE)) {
            resolve_terms(c, tn);
            constraint = true;
            continue;
        }
        /* its methods are copied now: it must be finished */
        Type *e = resolve(c, tn, NEED_WHOLE);
        if (!e)
            continue;
        if (e->kind != K_INTERFACE || (e->flags & TF_CONSTRAINT)) {
            constraint = true;
            if (e->kind != K_INTERFACE)
                continue;
        }
        for (int j = 0; j < e->nimethods; j++) {
            bool dup = false;
            for (int k = 0; k < nm; k++)
                if (ms[k].name == e->imethods[j].name) {
                    dup = true;
                    if (!type_same(ms[k].type, e->imethods[j].type))
                        chk_error(c, m->pos, "duplicate method %s", ms[k].name);
                }
            if (!dup && nm < 256)
                ms[nm++] = e->imethods[j];
        }
    }
    Type *t = type_interface(ms, nm);
    return constraint ? constraint_of(t) : t;
}

/* An array length that is a name must name a constant; Go says so
 * before evaluating it (go/types arrayLength). */
static bool array_length_name(Checker *c, Node *len)
{
    if (len->kind != N_IDENT)
        return true;
    Symbol *s = scope_lookup(c->scope, len->ident.name);
    if (!s) {
        chk_error(c, len->pos, "undeclared name %s for array length", len->ident.name);
        return false;
    }
    if (s->kind != SYM_CONST) {
        chk_error(c, len->pos, "invalid array length %s", len->ident.name);
        return false;
    }
    return true;
}

static Type *resolve(Checker *c, Node *n, int complete)
{
    char buf[800];
    switch (n->kind) {
    case N_IDENT: {
        Symbol *s = scope_lookup(c->scope, n->ident.name);
        if (!s) {
            chk_error(c, n->pos, "undefined: %s", n->ident.name);
            return NULL;
        }
        n->ident.sym = s;
        return named_ref(c, n, s, complete);
    }
    case N_SELECTOR: {
        Node *x = n->selector.x;
        if (x->kind == N_IDENT) {
            Symbol *ps = scope_lookup(c->scope, x->ident.name);
            if (ps && ps->kind == SYM_PKG) {
                chk_use(c, ps);
                const char *name = n->selector.sel->ident.name;
                Symbol *s = scope_lookup_local(ps->imported->scope, name);
                if (!s || !is_exported(name)) {
                    /* Go 1.19 says "undefined" of an unexported name too */
                    chk_error(c, n->selector.sel->pos, "undefined: %s.%s", x->ident.name, name);
                    return NULL;
                }
                n->selector.sel->ident.sym = s;
                return named_ref(c, n, s, complete);
            }
        }
        chk_expr_or_type(c, n);
        if (n->mode == MODE_TYPE)
            return n->type;
        if (n->mode != MODE_INVALID) {
            chk_operand_string(n, buf, sizeof buf);
            chk_error(c, start_pos(n), "%s is not a type", buf);
        }
        return NULL;
    }
    case N_PAREN:
        return resolve(c, n->paren.x, complete);
    case N_STAR: {
        c->comp->indirections++;
        Type *e = resolve_var(c, n->star.x, false);
        c->comp->indirections--;
        return e ? type_pointer(e) : NULL;
    }
    case N_ARRAYTYPE: {
        if (!n->array.len) {
            c->comp->indirections++;
            Type *e = resolve_var(c, n->array.elem, false);
            c->comp->indirections--;
            return e ? type_slice(e) : NULL;
        }
        if (n->array.len->kind == N_ELLIPSIS) {
            chk_error(c, n->pos,
                      "invalid use of [...] array (outside a composite literal)");
            return NULL;
        }
        Node *len = n->array.len;
        if (!array_length_name(c, len)) {
            resolve(c, n->array.elem, complete);
            return NULL;
        }
        chk_expr(c, len);
        Type *e = resolve_var(c, n->array.elem, complete);
        if (len->mode == MODE_INVALID || !e)
            return NULL;
        if (len->mode != MODE_CONST) {
            chk_operand_string(len, buf, sizeof buf);
            chk_error(c, start_pos(len), "array length %s must be constant", buf);
            return NULL;
        }
        ConstVal *iv = cv_to_int(len->cval);
        if (!iv || !(type_is_untyped(len->type) ? type_is_numeric(len->type) : type_is_integer(len->type)) ||
            !cv_in_range(iv, INT64_MIN, INT64_MAX)) {
            chk_operand_string(len, buf, sizeof buf);
            chk_error(c, start_pos(len), "array length %s must be integer", buf);
            return NULL;
        }
        /* Go allows any non-negative int; gosh caps arrays at 2^40 elements */
        if (!cv_in_range(iv, 0, 1LL << 40)) {
            chk_operand_string(len, buf, sizeof buf);
            chk_error(c, start_pos(len), "invalid array length %s", buf);
            return NULL;
        }
        Type *t = type_array(e, cv_i64(iv));
        chk_check_size(c, t, n->pos);
        return t;
    }
    case N_MAPTYPE: {
        c->comp->indirections++;
        Type *k = resolve_var(c, n->map.key, false);
        Type *v = resolve_var(c, n->map.value, false);
        c->comp->indirections--;
        if (!k || !v)
            return NULL;
        if (type_layout_waits(k)) {
            later(c, LATER_MAP_KEY, k, n->map.key->pos);
        } else if (gen_tparam_of(k) && !gen_tparam_comparable(gen_tparam_of(k))) {
            char ts[256];
            chk_type_string(k, ts, sizeof ts);
            chk_error(c, n->map.key->pos, "invalid map key type %s (missing comparable constraint)", ts);
        } else if (!type_is_comparable(k)) {
            map_key_error(c, k, n->map.key->pos);
            return NULL;
        }
        return type_map(k, v);
    }
    case N_CHANTYPE: {
        c->comp->indirections++;
        Type *e = resolve_var(c, n->chan.value, false);
        c->comp->indirections--;
        return e ? type_chan(e, n->chan.dir) : NULL;
    }
    case N_FUNCTYPE: {
        c->comp->indirections++;
        Type *t = chk_signature(c, n, NULL, NULL);
        c->comp->indirections--;
        return t;
    }
    case N_STRUCTTYPE:
        return resolve_struct(c, n);
    case N_INTERFACETYPE:
        return resolve_interface(c, n);
    case N_ELLIPSIS:
        chk_error(c, n->pos, "invalid use of ...");
        return NULL;
    default:
        /* Go names the expression, not the operand, here */
        chk_expr_or_type(c, n);
        if (n->mode == MODE_TYPE)
            return n->type; /* <-chan T, which the parser reads as a receive */
        if (n->mode != MODE_INVALID) {
            ast_expr_string(n, buf, sizeof buf);
            chk_error(c, start_pos(n), "%s is not a type", buf);
        }
        return NULL;
    }
}

/* A type used for a variable, field, parameter or element (go/types
 * varType): constraint interfaces are not allowed there. */
Type *chk_var_type(Checker *c, Node *n)
{
    Type *t = resolve_var(c, n, true);
    if (t) {
        n->mode = MODE_TYPE;
        n->type = t;
    } else {
        n->mode = MODE_INVALID;
    }
    return t;
}

Type *chk_type(Checker *c, Node *n)
{
    Type *t = resolve(c, n, true);
    if (t) {
        n->mode = MODE_TYPE;
        n->type = t;
    } else {
        n->mode = MODE_INVALID;
    }
    return t;
}

/* Builds a function type from a FuncType node; declares parameters and
 * results into [f] when given. */
Type *chk_signature(Checker *c, Node *ft, FuncInfo *f, Symbol *recv)
{
    Type *params[256], *results[256];
    int np = 0, nr = 0;
    bool variadic = false;
    Symbol *psyms[256], *rsyms[256];
    int nps = 0, nrs = 0;
    (void)recv;
    for (int i = 0; i < ft->func.params.len; i++) {
        Node *p = ft->func.params.items[i];
        Node *tn = p->field.type;
        Type *t;
        if (tn->kind == N_ELLIPSIS) {
            if (i != ft->func.params.len - 1 || p->field.names.len > 1) {
                chk_error(c, tn->pos, "can only use ... with final parameter in list");
                resolve(c, tn->ellipsis.elem, false);
                t = t_invalid;
            } else {
                Type *e = resolve_var(c, tn->ellipsis.elem, false);
                t = type_slice(e ? e : t_invalid);
                variadic = true;
            }
        } else {
            t = resolve_var(c, tn, false);
            if (!t)
                t = t_invalid;
        }
        int names = p->field.names.len ? p->field.names.len : 1;
        for (int j = 0; j < names && np < 256; j++) {
            params[np++] = t;
            if (f && nps < 256) {
                Node *id = p->field.names.len ? p->field.names.items[j] : NULL;
                Symbol *s = sym_new(SYM_VAR, id ? id->ident.name : ast_intern("_", 1),
                                    id ? id->pos : p->pos);
                s->type = t;
                s->state = 2;
                s->is_param = true;
                psyms[nps++] = s;
            }
        }
    }
    for (int i = 0; i < ft->func.results.len; i++) {
        Node *p = ft->func.results.items[i];
        Type *t = resolve_var(c, p->field.type, false);
        if (!t)
            t = t_invalid;
        int names = p->field.names.len ? p->field.names.len : 1;
        for (int j = 0; j < names && nr < 256; j++) {
            results[nr++] = t;
            if (f && nrs < 256) {
                Node *id = p->field.names.len ? p->field.names.items[j] : NULL;
                Symbol *s = sym_new(SYM_VAR, id ? id->ident.name : ast_intern("_", 1),
                                    id ? id->pos : p->pos);
                s->type = t;
                s->state = 2;
                /* a return statement assigns every result */
                s->mutated = true;
                rsyms[nrs++] = s;
                if (id)
                    f->named_results = true;
            }
        }
    }
    if (f) {
        f->params = GC_MALLOC(sizeof(Symbol *) * (size_t)(nps + 1));
        memcpy(f->params, psyms, sizeof(Symbol *) * (size_t)nps);
        f->nparams = nps;
        f->results = GC_MALLOC(sizeof(Symbol *) * (size_t)(nrs + 1));
        memcpy(f->results, rsyms, sizeof(Symbol *) * (size_t)nrs);
        f->nresults = nrs;
    }
    return type_func(params, np, results, nr, variadic);
}

Type *chk_tuple_of(Type *sig)
{
    return type_tuple(sig->results, sig->nresults);
}

/* ---- identity, assignability, convertibility ---- */

bool chk_identical(Type *a, Type *b)
{
    return a == b;
}

/* Go's "name + signature" of a method in have/want lines. */
static void method_string(const char *name, Type *sig, char *buf, size_t size)
{
    char ts[400];
    type_string(sig, false, ts, sizeof ts);
    snprintf(buf, size, "%s%s", name, ts + 4); /* drop "func" */
}

static void have_want(char *reason, size_t rlen, const char *what, const char *hname, Type *have,
                      const char *wname, Type *want)
{
    char h[500], w[500];
    method_string(hname, have, h, sizeof h);
    method_string(wname, want, w, sizeof w);
    snprintf(reason, rlen, "(%s)\n\t\thave %s\n\t\twant %s", what, h, w);
}

/* A method of [t] whose name equals [name] but for case, for Go's
 * "have area(), want Area()" hint. */
static Method *method_fold(Type *t, const char *name)
{
    if (t->kind == K_POINTER && !type_is_named(t))
        t = t->elem;
    for (int i = 0; i < t->nmethods; i++)
        if (strcasecmp(t->methods[i].name, name) == 0)
            return &t->methods[i];
    return NULL;
}

/* Whether type [t] has every method of interface [iface]; on failure
 * [reason] says why in Go 1.19's words (go/types missingMethod and
 * missingMethodReason, with the compiler's wording "missing M method"). */
bool chk_implements(Type *t, Type *iface, char *reason, size_t rlen)
{
    char what[300];
    if (reason)
        reason[0] = '\0';
    if (t->kind == K_INTERFACE) {
        for (int i = 0; i < iface->nimethods; i++) {
            IMethod *m = &iface->imethods[i];
            IMethod *f = NULL;
            for (int j = 0; j < t->nimethods; j++)
                if (t->imethods[j].name == m->name)
                    f = &t->imethods[j];
            if (f && type_same(f->type, m->type))
                continue;
            if (reason && f) {
                snprintf(what, sizeof what, "wrong type for %s method", m->name);
                have_want(reason, rlen, what, f->name, f->type, m->name, m->type);
            } else if (reason) {
                snprintf(reason, rlen, "(missing %s method)", m->name);
            }
            return false;
        }
        return true;
    }
    for (int i = 0; i < iface->nimethods; i++) {
        IMethod *m = &iface->imethods[i];
        Method *tm = type_find_method(t, m->name);
        if (tm && type_same(tm->type, m->type) && !(tm->ptr_recv && t->kind != K_POINTER))
            continue;
        if (!reason)
            return false;
        if (!tm) {
            Method *alt = method_fold(t, m->name);
            if (alt) {
                snprintf(what, sizeof what, "missing %s method", m->name);
                have_want(reason, rlen, what, alt->name, alt->type, m->name, m->type);
            } else if (t->kind == K_POINTER && !type_is_named(t) && type_under(t->elem)->kind == K_INTERFACE) {
                char ts[256];
                type_string(t, false, ts, sizeof ts);
                snprintf(reason, rlen, "(type %s is pointer to interface, not interface)", ts);
            } else {
                snprintf(reason, rlen, "(missing %s method)", m->name);
            }
        } else if (!type_same(tm->type, m->type)) {
            snprintf(what, sizeof what, "wrong type for %s method", m->name);
            have_want(reason, rlen, what, tm->name, tm->type, m->name, m->type);
        } else {
            /* a method with a pointer receiver is not in T's method set */
            snprintf(reason, rlen, "(%s method has pointer receiver)", m->name);
        }
        return false;
    }
    return true;
}

/* A named type as the spec means it: a defined type or a predeclared
 * one (int32 is named, so a Color of underlying int32 is not assignable
 * to it). */
static bool spec_named(const Type *t)
{
    return type_is_named(t) || (t->kind >= K_BOOL && t->kind <= K_UNSAFEPTR);
}

/* Go's assignability rules for a value of type [v] (non-constant) to
 * [t]. */
static bool assignable_type(Type *v, Type *t, char *reason, size_t rlen)
{
    if (type_same(v, t))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    /* identical underlying types and at least one is not named */
    if (type_same(vu, tu) && (!spec_named(v) || !spec_named(t)) &&
        v->kind != K_INVALID)
        return true;
    if (t->kind == K_INTERFACE && !(t->flags & TF_INCOMPLETE))
        return chk_implements(v, t, reason, rlen);
    /* bidirectional channel to directional channel of same element */
    if (v->kind == K_CHAN && t->kind == K_CHAN && v->dir == 0 && type_same(vu->elem, tu->elem) &&
        (!type_is_named(v) || !type_is_named(t)))
        return true;
    return false;
}

bool chk_assignable(Checker *c, Node *n, Type *t, char *reason, size_t rlen)
{
    (void)c;
    if (reason)
        reason[0] = '\0';
    Type *v = n->type;
    if (!v || v->kind == K_INVALID || t->kind == K_INVALID || type_same(v, t))
        return true;
    if (gen_tparam_of(t))
        return gen_assignable(n, t);
    if (v == t_untyped_nil) {
        switch (t->kind) {
        case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
        case K_INTERFACE: case K_UNSAFEPTR:
            return true;
        default:
            return false;
        }
    }
    return assignable_type(v, t, reason, rlen);
}

bool chk_convertible(Type *from, Type *to)
{
    if (type_same(from, to))
        return true;
    Type *fu = type_under(from), *tu = type_under(to);
    if (type_same(fu, tu))
        return true;
    if (from->kind == K_POINTER && to->kind == K_POINTER && !type_is_named(from) &&
        !type_is_named(to) && type_same(type_under(from->elem), type_under(to->elem)))
        return true;
    /* integers and floats convert to each other, complex types only to
     * complex types */
    if (type_is_numeric(fu) && type_is_numeric(tu) && type_is_complex(fu) == type_is_complex(tu))
        return true;
    if (type_is_string(tu)) {
        if (type_is_integer(fu))
            return true;
        if (fu->kind == K_SLICE && (type_under(fu->elem)->kind == K_UINT8 ||
                                    type_under(fu->elem)->kind == K_INT32))
            return true;
    }
    if (type_is_string(fu) && tu->kind == K_SLICE &&
        (type_under(tu->elem)->kind == K_UINT8 || type_under(tu->elem)->kind == K_INT32))
        return true;
    if (tu->kind == K_INTERFACE && chk_implements(from, tu, NULL, 0))
        return true;
    if (fu->kind == K_CHAN && tu->kind == K_CHAN && type_same(fu->elem, tu->elem) && fu->dir == 0)
        return true;
    return false;
}
