/* check_lit.c: selectors (fields, methods, qualified names), composite
 * literals and function literals. */
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static void invalid(Node *n)
{
    n->mode = MODE_INVALID;
    n->type = t_invalid;
}

static bool is_exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* ---- field and method lookup (go/types lookupFieldOrMethod) ---- */

typedef enum LookKind { LOOK_NONE, LOOK_FIELD, LOOK_METHOD, LOOK_IMETHOD, LOOK_AMBIGUOUS } LookKind;

typedef struct Lookup {
    LookKind kind;
    int path[16];
    int depth;
    bool indirect;
    Method *method;
    Type *field_type;
    Type *recv;
    int imethod;
} Lookup;

typedef struct Embedded {
    Type *type;
    int path[16];
    int depth;
    bool indirect;
} Embedded;

static Type *deref(Type *t, bool *ptr)
{
    *ptr = false;
    if (t->kind == K_POINTER && !type_is_named(t)) {
        *ptr = true;
        return t->elem;
    }
    return t;
}

static void lookup(Type *T, const char *name, Lookup *out)
{
    memset(out, 0, sizeof *out);
    bool ptr;
    Type *typ = deref(T, &ptr);
    /* a pointer to an interface or to a pointer has no fields or methods */
    if (ptr && (type_under(typ)->kind == K_INTERFACE || type_under(typ)->kind == K_POINTER))
        return;
    Embedded *cur = GC_MALLOC(sizeof(Embedded));
    int ncur = 1;
    cur[0].type = typ;
    cur[0].depth = 0;
    cur[0].indirect = ptr;
    Type *seen[256];
    int nseen = 0;
    for (int level = 0; ncur > 0 && level < 16; level++) {
        Embedded *next = NULL;
        int nnext = 0, capnext = 0;
        int found = 0;
        for (int i = 0; i < ncur; i++) {
            Embedded *e = &cur[i];
            Type *t = e->type;
            bool dup = false;
            for (int s = 0; s < nseen; s++)
                if (seen[s] == t)
                    dup = true;
            if (dup)
                continue;
            if (nseen < 256)
                seen[nseen++] = t;
            if (type_is_named(t)) {
                Method *m = NULL;
                for (int j = 0; j < t->nmethods; j++)
                    if (t->methods[j].name == name && t->methods[j].depth == 0)
                        m = &t->methods[j];
                if (m) {
                    if (found++ == 0) {
                        out->kind = LOOK_METHOD;
                        memcpy(out->path, e->path, sizeof(int) * (size_t)e->depth);
                        out->depth = e->depth;
                        out->indirect = e->indirect;
                        out->method = m;
                        out->recv = t;
                    }
                    continue;
                }
            }
            Type *u = type_under(t);
            if (u->kind == K_STRUCT) {
                for (int j = 0; j < u->nfields; j++) {
                    Field *f = &u->fields[j];
                    if (f->name == name) {
                        if (found++ == 0) {
                            out->kind = LOOK_FIELD;
                            memcpy(out->path, e->path, sizeof(int) * (size_t)e->depth);
                            out->path[e->depth] = j;
                            out->depth = e->depth + 1;
                            out->indirect = e->indirect;
                            out->field_type = f->type;
                        }
                        continue;
                    }
                    if (f->embedded && e->depth < 15) {
                        bool p;
                        Type *ft = deref(f->type, &p);
                        if (nnext == capnext) {
                            capnext = capnext ? capnext * 2 : 4;
                            Embedded *nn = GC_MALLOC(sizeof(Embedded) * (size_t)capnext);
                            if (nnext)
                                memcpy(nn, next, sizeof(Embedded) * (size_t)nnext);
                            next = nn;
                        }
                        Embedded *ne = &next[nnext++];
                        ne->type = ft;
                        memcpy(ne->path, e->path, sizeof(int) * (size_t)e->depth);
                        ne->path[e->depth] = j;
                        ne->depth = e->depth + 1;
                        ne->indirect = e->indirect || p;
                    }
                }
            } else if (u->kind == K_INTERFACE) {
                for (int j = 0; j < u->nimethods; j++)
                    if (u->imethods[j].name == name) {
                        if (found++ == 0) {
                            out->kind = LOOK_IMETHOD;
                            memcpy(out->path, e->path, sizeof(int) * (size_t)e->depth);
                            out->depth = e->depth;
                            out->indirect = e->indirect;
                            out->imethod = j;
                            out->recv = t;
                            out->field_type = u->imethods[j].type;
                        }
                    }
            }
        }
        if (found == 1)
            return;
        if (found > 1) {
            out->kind = LOOK_AMBIGUOUS;
            return;
        }
        cur = next;
        ncur = nnext;
    }
    out->kind = LOOK_NONE;
}

/* Go's hint for a selector that is not found: the name with the case of
 * its first letter flipped, if [t] has a field or method of that name. */
static const char *other_case(Type *t, const char *name)
{
    char buf[256];
    size_t len = strlen(name);
    if (len == 0 || len >= sizeof buf)
        return NULL;
    memcpy(buf, name, len + 1);
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
    else if (buf[0] >= 'A' && buf[0] <= 'Z')
        buf[0] = (char)(buf[0] - 'A' + 'a');
    else
        return NULL;
    const char *alt = ast_intern(buf, (int)len);
    Lookup lk;
    lookup(t, alt, &lk);
    return lk.kind != LOOK_NONE && lk.kind != LOOK_AMBIGUOUS ? alt : NULL;
}

static Selection *new_selection(Node *n, SelKind kind)
{
    Selection *s = GC_MALLOC(sizeof *s);
    s->kind = (uint8_t)kind;
    n->info = s;
    return s;
}

static void qualified(Checker *c, Node *n, Symbol *ps)
{
    const char *name = n->selector.sel->ident.name;
    chk_use(c, ps);
    Symbol *s = scope_lookup_local(ps->imported->scope, name);
    if (!s || !is_exported(name)) {
        /* Go 1.19 says "undefined" of an unexported name too */
        chk_error(c, n->selector.sel->pos, "undefined: %s.%s", n->selector.x->ident.name, name);
        invalid(n);
        return;
    }
    n->selector.x->ident.sym = ps;
    n->selector.sel->ident.sym = s;
    Selection *sel = new_selection(n, SEL_QUALIFIED);
    sel->sym = s;
    if (s->pkg && s->pkg->generic && s->kind == SYM_FUNC) {
        /* typed per call by chk_generic_call */
        if (c->callee != n) {
            chk_error(c, n->pos, "cannot use generic function %s.%s without instantiation",
                      ps->imported->name, name);
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = t_invalid;
        return;
    }
    if (s->state != 2)
        chk_resolve(c, s);
    if (s->generic) {
        /* a generic function of another package: the call infers its
         * type arguments (chk_infer_call) */
        if (s->kind == SYM_FUNC && c->callee == n) {
            n->mode = MODE_VALUE;
            n->type = t_invalid;
            return;
        }
        if (s->kind == SYM_FUNC)
            chk_error(c, n->pos, "cannot use generic function %s.%s without instantiation",
                      ps->imported->name, name);
        else
            chk_error(c, n->pos, "cannot use generic type %s.%s without instantiation", ps->imported->name, name);
        invalid(n);
        return;
    }
    chk_use_func(c->comp, s);
    switch (s->kind) {
    case SYM_VAR: n->mode = MODE_VAR; break;
    case SYM_CONST: n->mode = MODE_CONST; n->cval = s->cval; break;
    case SYM_TYPE: n->mode = MODE_TYPE; break;
    default: n->mode = MODE_VALUE; break;
    }
    n->type = s->type ? s->type : t_invalid;
    if (!s->type)
        invalid(n);
}

static Type *method_expr_type(Type *recv, Type *sig)
{
    Type *params[257];
    params[0] = recv;
    for (int i = 0; i < sig->nparams && i < 256; i++)
        params[i + 1] = sig->params[i];
    return type_func(params, sig->nparams + 1, sig->results, sig->nresults,
                     (sig->flags & TF_VARIADIC) != 0);
}

/* Reports a selector x.sel that names no field or method (go/types
 * selector): silently when x's type is already invalid. */
static void not_found(Checker *c, Node *n, Node *x, Lookup *lk)
{
    char buf[800], ts[256];
    const char *name = n->selector.sel->ident.name;
    invalid(n);
    if (type_under(x->type)->kind == K_INVALID)
        return;
    ast_expr_string(n, buf, sizeof buf);
    if (lk->kind == LOOK_AMBIGUOUS) {
        chk_error(c, n->selector.sel->pos, "ambiguous selector %s", buf);
        return;
    }
    chk_type_string(x->type, ts, sizeof ts);
    Type *t = x->type;
    if (t->kind == K_POINTER && !type_is_named(t) && gen_tparam_of(t->elem)) {
        chk_error(c, n->selector.sel->pos, "%s undefined (type %s is pointer to type parameter, not type parameter)",
                  buf, ts);
        return;
    }
    if (t->kind == K_POINTER && !type_is_named(t) && type_under(t->elem)->kind == K_INTERFACE) {
        chk_error(c, n->selector.sel->pos, "%s undefined (type %s is pointer to interface, not interface)",
                  buf, ts);
        return;
    }
    const char *alt = other_case(x->type, name);
    if (alt)
        chk_error(c, n->selector.sel->pos, "%s undefined (type %s has no field or method %s, but does have %s)",
                  buf, ts, name, alt);
    else
        chk_error(c, n->selector.sel->pos, "%s undefined (type %s has no field or method %s)", buf, ts, name);
}

void chk_selector(Checker *c, Node *n)
{
    Node *x = n->selector.x;
    const char *name = n->selector.sel->ident.name;
    char buf[800], ts[256];
    if (x->kind == N_IDENT) {
        Symbol *ps = scope_lookup(c->scope, x->ident.name);
        if (!ps && !c->pkg->strict) {
            /* scripts may use standard packages without importing them,
             * by name: rand is math/rand */
            const PackageDef *def = vm_find_package_named(x->ident.name);
            Package *p = def ? pkg_load(c->comp, def->path, x->pos) : NULL;
            if (p) {
                ps = sym_new(SYM_PKG, x->ident.name, x->pos);
                ps->imported = p;
                ps->state = 2;
                scope_insert(c->pkg->scope, ps);
            }
        }
        if (ps && ps->kind == SYM_PKG) {
            qualified(c, n, ps);
            return;
        }
    }
    chk_expr_or_type(c, x);
    if (x->mode != MODE_TYPE && x->mode != MODE_BUILTIN && x->mode != MODE_NOVALUE)
        chk_single_value(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (x->mode == MODE_BUILTIN) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, n->selector.dot, "cannot select on %s", buf);
        invalid(n);
        return;
    }
    if (x->mode == MODE_NOVALUE) {
        ast_expr_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "%s (no value) used as value", buf);
        invalid(n);
        return;
    }
    Lookup lk;
    if (x->mode == MODE_TYPE) {
        lookup(x->type, name, &lk);
        if (lk.kind == LOOK_METHOD && lk.method->ptr_recv && x->type->kind != K_POINTER && !lk.indirect) {
            /* a method expression has no addressable receiver */
            chk_type_string(x->type, ts, sizeof ts);
            chk_error(c, n->selector.sel->pos, "cannot call pointer method %s on %s", name, ts);
            invalid(n);
            return;
        }
        if (lk.kind == LOOK_NONE || lk.kind == LOOK_AMBIGUOUS) {
            not_found(c, n, x, &lk);
            return;
        }
        if (lk.kind == LOOK_FIELD) {
            chk_type_string(x->type, ts, sizeof ts);
            ast_expr_string(n, buf, sizeof buf);
            chk_error(c, n->selector.sel->pos, "%s undefined (type %s has no method %s)", buf, ts, name);
            invalid(n);
            return;
        }
        Selection *sel = new_selection(n, SEL_METHOD_EXPR);
        memcpy(sel->path, lk.path, sizeof lk.path);
        sel->depth = (uint8_t)lk.depth;
        sel->recv_type = x->type;
        if (lk.kind == LOOK_METHOD) {
            sel->method = lk.method;
            n->type = method_expr_type(x->type, lk.method->type);
        } else {
            sel->imethod = lk.imethod;
            n->type = method_expr_type(x->type, lk.field_type);
        }
        n->mode = MODE_VALUE;
        return;
    }
    if (x->type == t_untyped_nil || type_is_untyped(x->type)) {
        chk_default(c, x);
    }
    lookup(x->type, name, &lk);
    if (lk.kind == LOOK_FIELD && gen_tparam_of(x->type->kind == K_POINTER && !type_is_named(x->type) ? x->type->elem : x->type))
        lk.kind = LOOK_NONE; /* Go 1.19 selects no fields through a type parameter */
    switch (lk.kind) {
    case LOOK_FIELD: {
        Selection *sel = new_selection(n, SEL_FIELD);
        memcpy(sel->path, lk.path, sizeof lk.path);
        sel->depth = (uint8_t)lk.depth;
        sel->indirect = lk.indirect;
        n->type = lk.field_type;
        n->mode = (x->mode == MODE_VAR || lk.indirect) ? MODE_VAR : MODE_VALUE;
        return;
    }
    case LOOK_METHOD: {
        Selection *sel = new_selection(n, SEL_METHOD);
        memcpy(sel->path, lk.path, sizeof lk.path);
        sel->depth = (uint8_t)lk.depth;
        sel->indirect = lk.indirect;
        sel->method = lk.method;
        sel->recv_type = lk.recv;
        /* the receiver expression after the embedded path is a pointer
         * when x is one (or the path went through one) */
        bool have_ptr = lk.indirect || (x->type->kind == K_POINTER && lk.depth == 0);
        if (lk.depth > 0) {
            /* the last embedded field's own type decides */
            Type *t = x->type->kind == K_POINTER ? x->type->elem : x->type;
            for (int i = 0; i < lk.depth; i++) {
                Field *f = &type_under(t)->fields[lk.path[i]];
                t = f->type;
                if (t->kind == K_POINTER && !type_is_named(t) && i == lk.depth - 1)
                    have_ptr = true;
                else if (i == lk.depth - 1)
                    have_ptr = false;
                if (t->kind == K_POINTER && !type_is_named(t))
                    t = t->elem;
            }
        }
        if (lk.method->ptr_recv && !have_ptr) {
            bool addressable = x->mode == MODE_VAR || lk.indirect;
            if (!addressable) {
                chk_type_string(x->type, ts, sizeof ts);
                chk_error(c, n->selector.sel->pos, "cannot call pointer method %s on %s", name, ts);
                invalid(n);
                return;
            }
            sel->addr_recv = true;
            Node *inner = x;
            while (inner->kind == N_PAREN)
                inner = inner->paren.x;
            if (inner->kind == N_IDENT && inner->ident.sym && lk.depth == 0)
                inner->ident.sym->addressed = true;
        } else if (!lk.method->ptr_recv && have_ptr) {
            sel->deref_recv = true;
        }
        n->type = lk.method->type;
        n->mode = MODE_VALUE;
        return;
    }
    case LOOK_IMETHOD: {
        Selection *sel = new_selection(n, SEL_IMETHOD);
        memcpy(sel->path, lk.path, sizeof lk.path);
        sel->depth = (uint8_t)lk.depth;
        sel->indirect = lk.indirect;
        sel->imethod = lk.imethod;
        sel->recv_type = lk.recv;
        n->type = lk.field_type;
        n->mode = MODE_VALUE;
        return;
    }
    default:
        break;
    }
    not_found(c, n, x, &lk);
}

/* ---- composite literals ---- */

/* Checks one element value against type [t]; with no [t] (an unknown
 * field, say) the value is checked only for its own errors. */
static void element(Checker *c, Node *v, Type *t, const char *context)
{
    if (!t) {
        if (v->kind != N_COMPOSITE || v->composite.type)
            chk_expr(c, v);
        return;
    }
    if (v->kind == N_COMPOSITE && !v->composite.type) {
        chk_composite(c, v, t);
        if (v->mode != MODE_INVALID)
            chk_assign_to(c, v, t, context);
        return;
    }
    chk_single(c, v);
    if (v->mode != MODE_INVALID)
        chk_assign_to(c, v, t, context);
}

/* Checks the elements of a struct literal (go/types, Go 1.19): either
 * all keyed by field name or none, each value assignable to its field. */
/* [base] is the type Go names in messages: the literal's type, or for an
 * elided type the underlying type of the element type (go/types base). */
static void struct_lit(Checker *c, Node *n, Type *t, Type *base)
{
    Type *u = type_under(t);
    NodeList *elts = &n->composite.elts;
    char ts[256], buf[300], tn[256];
    chk_type_string(base, ts, sizeof ts);
    chk_type_string(t, tn, sizeof tn);
    if (elts->len == 0)
        return;
    if (elts->items[0]->kind == N_KEYVALUE) {
        bool *seen = GC_MALLOC_ATOMIC((size_t)u->nfields + 1);
        memset(seen, 0, (size_t)u->nfields + 1);
        for (int i = 0; i < elts->len; i++) {
            Node *kv = elts->items[i];
            if (kv->kind != N_KEYVALUE) {
                chk_error(c, start_pos(kv), "mixture of field:value and value elements in struct literal");
                continue;
            }
            Node *key = kv->kv.key;
            int idx = -1;
            if (key->kind == N_IDENT)
                for (int j = 0; j < u->nfields; j++)
                    if (u->fields[j].name == key->ident.name &&
                        (u->fields[j].exported || !t->pkg || !c->pkg->name ||
                         strcmp(t->pkg, c->pkg->name) == 0))
                        idx = j;
            /* the value is checked first, so that its own errors are
             * reported even when the key is wrong */
            Type *ft = idx >= 0 ? u->fields[idx].type : NULL;
            element(c, kv->kv.value, ft, "struct literal");
            if (key->kind != N_IDENT) {
                ast_expr_string(key, buf, sizeof buf);
                chk_error(c, kv->pos, "invalid field name %s in struct literal", buf);
                continue;
            }
            if (idx < 0) {
                chk_error(c, key->pos, "unknown field '%s' in struct literal of type %s", key->ident.name, ts);
                continue;
            }
            key->info = (void *)(intptr_t)(idx + 1);
            if (seen[idx]) {
                chk_error(c, kv->pos, "duplicate field name %s in struct literal", key->ident.name);
                continue;
            }
            seen[idx] = true;
        }
        return;
    }
    for (int i = 0; i < elts->len; i++) {
        Node *v = elts->items[i];
        if (v->kind == N_KEYVALUE) {
            chk_error(c, v->pos, "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (i >= u->nfields) {
            element(c, v, NULL, "struct literal");
            chk_error(c, start_pos(v), "too many values in %s{…}", ts);
            return;
        }
        Field *f = &u->fields[i];
        if (!f->exported && t->pkg && c->pkg->name && strcmp(t->pkg, c->pkg->name) != 0) {
            element(c, v, NULL, "struct literal");
            chk_error(c, start_pos(v), "implicit assignment to unexported field %s in %s literal",
                      f->name, tn);
            continue;
        }
        element(c, v, f->type, "struct literal");
    }
    if (elts->len < u->nfields)
        chk_error(c, n->composite.rbrace, "too few values in %s{…}", ts);
}

/* Checks the elements of an array or slice literal against [elem] and
 * their indices against [length] when it is known (>= 0); returns the
 * literal's length (go/types indexedElts). */
static int64_t array_lit(Checker *c, Node *n, Type *elem, int64_t length)
{
    NodeList *elts = &n->composite.elts;
    int64_t index = 0, max = 0;
    char buf[800];
    int64_t *used = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)(elts->len + 1));
    int nused = 0;
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        Node *v = e;
        bool valid = false;
        if (e->kind == N_KEYVALUE) {
            int64_t k = chk_index_value(c, e->kv.key, length);
            if (k >= 0) {
                index = k;
                valid = true;
            } else if (k == -1) {
                ast_expr_string(e->kv.key, buf, sizeof buf);
                chk_error(c, e->pos, "index %s must be integer constant", buf);
            }
            v = e->kv.value;
        } else if (length >= 0 && index >= length) {
            chk_error(c, start_pos(e), "index %lld is out of bounds (>= %lld)", (long long)index,
                      (long long)length);
        } else {
            valid = true;
        }
        if (valid) {
            bool dup = false;
            for (int j = 0; j < nused && !dup; j++)
                dup = used[j] == index;
            if (dup)
                chk_error(c, start_pos(e), "duplicate index %lld in array or slice literal", (long long)index);
            else
                used[nused++] = index;
        }
        index++;
        if (index > max)
            max = index;
        element(c, v, elem, "array or slice literal");
    }
    return max;
}

static void map_lit(Checker *c, Node *n, Type *t)
{
    Type *u = type_under(t);
    NodeList *elts = &n->composite.elts;
    char buf[800];
    ConstVal **keys = GC_MALLOC(sizeof(ConstVal *) * (size_t)(elts->len + 1));
    /* the keys' types: under an interface key type, constants of two
     * types never collide (any(1i) and any(complex64(1i))) */
    Type **ktypes = GC_MALLOC(sizeof(Type *) * (size_t)(elts->len + 1));
    int nkeys = 0;
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        if (e->kind != N_KEYVALUE) {
            chk_error(c, start_pos(e), "missing key in map literal");
            if (e->kind != N_COMPOSITE || e->composite.type)
                chk_expr(c, e);
            continue;
        }
        element(c, e->kv.key, u->key, "map literal");
        Node *k = e->kv.key;
        if (k->mode == MODE_CONST && k->cval) {
            for (int j = 0; j < nkeys; j++)
                if (keys[j]->kind == k->cval->kind && type_same(ktypes[j], k->type) &&
                    cv_compare(T_EQL, keys[j], k->cval)) {
                    ast_expr_string(k, buf, sizeof buf);
                    chk_error(c, start_pos(k), "duplicate key %s in map literal", buf);
                    break;
                }
            ktypes[nkeys] = k->type;
            keys[nkeys++] = k->cval;
        }
        element(c, e->kv.value, u->elem, "map literal");
    }
}

void chk_composite(Checker *c, Node *n, Type *hint)
{
    Type *t, *base;
    bool ptr = false;
    char ts[256];
    if (n->composite.type) {
        Node *tn = n->composite.type;
        if (tn->kind == N_ARRAYTYPE && tn->array.len && tn->array.len->kind == N_ELLIPSIS) {
            Type *elem = chk_var_type(c, tn->array.elem);
            if (!elem) {
                for (int i = 0; i < n->composite.elts.len; i++) {
                    Node *e = n->composite.elts.items[i];
                    if (e->kind != N_KEYVALUE && (e->kind != N_COMPOSITE || e->composite.type))
                        chk_expr(c, e);
                }
                invalid(n);
                return;
            }
            int64_t len = array_lit(c, n, elem, -1);
            n->mode = MODE_VALUE;
            n->type = type_array(elem, len);
            chk_check_size(c, n->type, tn->pos);
            tn->type = n->type;
            tn->mode = MODE_TYPE;
            return;
        }
        t = chk_type(c, tn);
        base = t;
    } else {
        t = hint;
        if (!t) {
            chk_error(c, n->pos, "invalid composite literal type: missing type");
            invalid(n);
            return;
        }
        base = type_under(t);
        if (t->kind == K_POINTER && !type_is_named(t)) {
            t = t->elem;
            base = t;
            ptr = true;
        }
    }
    if (!t) {
        for (int i = 0; i < n->composite.elts.len; i++) {
            Node *e = n->composite.elts.items[i];
            Node *v = e->kind == N_KEYVALUE ? e->kv.value : e;
            if (v->kind != N_COMPOSITE || v->composite.type)
                chk_expr(c, v);
        }
        invalid(n);
        return;
    }
    Type *u = type_under(t);
    switch (u->kind) {
    case K_STRUCT:
        struct_lit(c, n, t, base);
        break;
    case K_ARRAY:
        array_lit(c, n, u->elem, u->len);
        break;
    case K_SLICE:
        n->info = (void *)(intptr_t)(array_lit(c, n, u->elem, -1) + 1);
        break;
    case K_MAP:
        map_lit(c, n, t);
        break;
    default:
        chk_type_string(t, ts, sizeof ts);
        chk_error(c, start_pos(n), "invalid composite literal type %s", ts);
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = ptr ? type_pointer(t) : t;
}

/* ---- function literals ---- */

FuncInfo *chk_new_func(Checker *c, Node *node, const char *name)
{
    FuncInfo *f = GC_MALLOC(sizeof *f);
    f->parent = c->func;
    f->pkg = c->pkg;
    f->name = name;
    f->node = node;
    f->line = node ? node->pos.line : 0;
    Package *p = c->pkg;
    if (p->nfuncs == p->funccap) {
        int cap = p->funccap ? p->funccap * 2 : 16;
        FuncInfo **fs = GC_MALLOC(sizeof(FuncInfo *) * (size_t)cap);
        if (p->nfuncs)
            memcpy(fs, p->funcs, sizeof(FuncInfo *) * (size_t)p->nfuncs);
        p->funcs = fs;
        p->funccap = cap;
    }
    p->funcs[p->nfuncs++] = f;
    /* the prototype and its shared closure exist from the start, so that
     * method tables and constants can point at them before code exists */
    Proto *proto = GC_MALLOC_UNCOLLECTABLE(sizeof *proto);
    proto->name = name;
    proto->file = p->src ? p->src->name : "?";
    proto->line = f->line;
    Closure *cl = GC_MALLOC_UNCOLLECTABLE(sizeof(Closure));
    cl->proto = proto;
    proto->closure = cl;
    f->proto = proto;
    return f;
}

void chk_funclit(Checker *c, Node *n)
{
    char name[512];
    FuncInfo *outer = c->func;
    if (outer) {
        FuncInfo *root = outer;
        int k = ++outer->nlits;
        /* Go numbers literals of a function func1, func2; literals inside
         * a literal take the parent's name plus .1, .2 */
        if (outer->node && outer->node->kind == N_FUNCLIT)
            snprintf(name, sizeof name, "%s.%d", outer->name, k);
        else
            snprintf(name, sizeof name, "%s.func%d", root->name, k);
    } else {
        snprintf(name, sizeof name, "%s.glob..func%d", c->pkg->name, ++c->pkg->nlits_init);
    }
    char *copy = GC_MALLOC_ATOMIC(strlen(name) + 1);
    strcpy(copy, name);
    FuncInfo *f = chk_new_func(c, n, copy);
    f->body = n->funclit.body;
    f->sig = chk_signature(c, n->funclit.type, f, NULL);
    n->funclit.info = f;
    n->mode = MODE_VALUE;
    n->type = f->sig;
    chk_func_body(c, f);
}
