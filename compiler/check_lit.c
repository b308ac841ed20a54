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

/* Whether [t] (or what it points to) has a method or field spelled like
 * [name] but with other capitalisation, for Go's hint. */
static const char *other_case(Type *t, const char *name)
{
    bool p;
    t = deref(t, &p);
    for (int j = 0; j < t->nmethods; j++)
        if (strcasecmp(t->methods[j].name, name) == 0)
            return t->methods[j].name;
    Type *u = type_under(t);
    if (u->kind == K_STRUCT)
        for (int j = 0; j < u->nfields; j++)
            if (strcasecmp(u->fields[j].name, name) == 0)
                return u->fields[j].name;
    return NULL;
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
        if (s)
            chk_error(c, n->selector.sel->pos, "name %s not exported by package %s", name,
                      ps->imported->name);
        else
            chk_error(c, n->selector.sel->pos, "undefined: %s.%s", n->selector.x->ident.name, name);
        invalid(n);
        return;
    }
    n->selector.x->ident.sym = ps;
    n->selector.sel->ident.sym = s;
    Selection *sel = new_selection(n, SEL_QUALIFIED);
    sel->sym = s;
    if (s->state != 2)
        chk_resolve(c, s);
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

void chk_selector(Checker *c, Node *n)
{
    Node *x = n->selector.x;
    const char *name = n->selector.sel->ident.name;
    char buf[300], ts[256];
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
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "%s.%s undefined", buf, name);
        invalid(n);
        return;
    }
    Lookup lk;
    if (x->mode == MODE_TYPE) {
        lookup(x->type, name, &lk);
        if (lk.kind != LOOK_METHOD && lk.kind != LOOK_IMETHOD) {
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
            if (lk.method->ptr_recv && x->type->kind != K_POINTER && !lk.indirect) {
                chk_type_string(x->type, ts, sizeof ts);
                ast_expr_string(n, buf, sizeof buf);
                chk_error(c, n->selector.sel->pos, "invalid method expression %s (needs pointer receiver (*%s).%s)",
                          buf, ts, name);
                invalid(n);
                return;
            }
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
                chk_operand_string(x, buf, sizeof buf);
                chk_error(c, start_pos(x), "cannot call pointer method %s on %s", name,
                          type_name_of(lk.recv, false));
                (void)buf;
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
    case LOOK_AMBIGUOUS:
        ast_expr_string(n, buf, sizeof buf);
        chk_error(c, n->selector.sel->pos, "ambiguous selector %s", buf);
        invalid(n);
        return;
    default:
        break;
    }
    ast_expr_string(n, buf, sizeof buf);
    chk_type_string(x->type, ts, sizeof ts);
    Type *u = x->type;
    if (u->kind == K_POINTER && !type_is_named(u) &&
        (type_under(u->elem)->kind == K_INTERFACE || type_under(u->elem)->kind == K_POINTER)) {
        char es[256];
        chk_type_string(u->elem, es, sizeof es);
        if (type_under(u->elem)->kind == K_INTERFACE)
            chk_error(c, n->selector.sel->pos, "%s undefined (type %s is pointer to interface, not interface)", buf, ts);
        else
            chk_error(c, n->selector.sel->pos, "%s undefined (type %s has no field or method %s)", buf, ts, name);
        invalid(n);
        return;
    }
    const char *alt = other_case(x->type, name);
    if (alt)
        chk_error(c, n->selector.sel->pos, "%s undefined (type %s has no field or method %s, but does have %s)",
                  buf, ts, name, alt);
    else
        chk_error(c, n->selector.sel->pos, "%s undefined (type %s has no field or method %s)", buf, ts, name);
    invalid(n);
}

/* ---- composite literals ---- */

static void element(Checker *c, Node *v, Type *t, const char *context)
{
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

static void struct_lit(Checker *c, Node *n, Type *t)
{
    Type *u = type_under(t);
    NodeList *elts = &n->composite.elts;
    char ts[256], buf[300];
    chk_type_string(t, ts, sizeof ts);
    if (elts->len == 0)
        return;
    bool keyed = elts->items[0]->kind == N_KEYVALUE;
    if (keyed) {
        bool seen[256] = {false};
        for (int i = 0; i < elts->len; i++) {
            Node *kv = elts->items[i];
            if (kv->kind != N_KEYVALUE) {
                chk_error(c, start_pos(kv), "mixture of field:value and value elements in struct literal");
                chk_expr(c, kv);
                continue;
            }
            Node *key = kv->kv.key;
            if (key->kind != N_IDENT) {
                ast_expr_string(key, buf, sizeof buf);
                chk_error(c, start_pos(key), "invalid field name %s in struct literal", buf);
                chk_expr(c, kv->kv.value);
                continue;
            }
            int idx = -1;
            for (int j = 0; j < u->nfields; j++)
                if (u->fields[j].name == key->ident.name)
                    idx = j;
            if (idx < 0) {
                chk_error(c, key->pos, "unknown field %s in struct literal of type %s", key->ident.name, ts);
                if (kv->kv.value->kind != N_COMPOSITE || kv->kv.value->composite.type)
                    chk_expr(c, kv->kv.value);
                continue;
            }
            if (idx < 256 && seen[idx]) {
                chk_error(c, key->pos, "duplicate field name %s in struct literal", key->ident.name);
                continue;
            }
            if (idx < 256)
                seen[idx] = true;
            key->info = (void *)(intptr_t)(idx + 1);
            if (t->pkg && c->pkg->name && strcmp(t->pkg, c->pkg->name) != 0 &&
                !u->fields[idx].exported) {
                chk_error(c, key->pos, "unknown field %s in struct literal of type %s", key->ident.name, ts);
                continue;
            }
            element(c, kv->kv.value, u->fields[idx].type, "struct literal");
        }
        return;
    }
    for (int i = 0; i < elts->len; i++) {
        Node *v = elts->items[i];
        if (v->kind == N_KEYVALUE) {
            chk_error(c, start_pos(v), "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (i >= u->nfields) {
            chk_error(c, start_pos(v), "too many values in struct literal of type %s", ts);
            for (int j = i; j < elts->len; j++)
                if (elts->items[j]->kind != N_COMPOSITE || elts->items[j]->composite.type)
                    chk_expr(c, elts->items[j]);
            return;
        }
        element(c, v, u->fields[i].type, "struct literal");
    }
    if (elts->len < u->nfields)
        chk_error(c, n->composite.rbrace, "too few values in struct literal of type %s", ts);
}

/* Checks array/slice elements; returns the literal's length. */
static int64_t array_lit(Checker *c, Node *n, Type *elem, int64_t max)
{
    NodeList *elts = &n->composite.elts;
    int64_t index = 0, length = 0;
    char buf[300];
    int64_t *used = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)(elts->len + 1));
    int nused = 0;
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        Node *v = e;
        if (e->kind == N_KEYVALUE) {
            Node *k = e->kv.key;
            chk_expr(c, k);
            if (k->mode == MODE_CONST && cv_to_int(k->cval) && type_is_numeric(k->type)) {
                if (type_is_untyped(k->type))
                    chk_convert_untyped(c, k, t_int);
                ConstVal *kc = cv_to_int(k->cval);
                int64_t kv = cv_in_range(kc, INT64_MIN, INT64_MAX) ? cv_i64(kc) : -1;
                if (kv < 0) {
                    chk_operand_string(k, buf, sizeof buf);
                    chk_error(c, start_pos(k), "invalid argument: index %s must not be negative", buf);
                } else {
                    index = kv;
                }
            } else if (k->mode != MODE_INVALID) {
                chk_operand_string(k, buf, sizeof buf);
                chk_error(c, start_pos(k), "index %s must be integer constant", buf);
            }
            v = e->kv.value;
        }
        if (max >= 0 && index >= max) {
            chk_error(c, start_pos(v), "index %lld out of bounds [0:%lld]", (long long)index, (long long)max);
            max = -2;
        }
        for (int j = 0; j < nused; j++)
            if (used[j] == index) {
                chk_error(c, start_pos(e), "duplicate index %lld in array or slice literal", (long long)index);
                break;
            }
        used[nused++] = index;
        element(c, v, elem, "array or slice literal");
        index++;
        if (index > length)
            length = index;
    }
    return length;
}

static void map_lit(Checker *c, Node *n, Type *t)
{
    Type *u = type_under(t);
    NodeList *elts = &n->composite.elts;
    char buf[300];
    ConstVal **keys = GC_MALLOC(sizeof(ConstVal *) * (size_t)(elts->len + 1));
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
                if (keys[j]->kind == k->cval->kind && cv_compare(T_EQL, keys[j], k->cval)) {
                    ast_expr_string(k, buf, sizeof buf);
                    chk_error(c, start_pos(k), "duplicate key %s in map literal", buf);
                    break;
                }
            keys[nkeys++] = k->cval;
        }
        element(c, e->kv.value, u->elem, "map literal");
    }
}

void chk_composite(Checker *c, Node *n, Type *hint)
{
    Type *t;
    bool ptr = false;
    char ts[256];
    if (n->composite.type) {
        Node *tn = n->composite.type;
        if (tn->kind == N_ARRAYTYPE && tn->array.len && tn->array.len->kind == N_ELLIPSIS) {
            Type *elem = chk_type(c, tn->array.elem);
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
            tn->type = n->type;
            tn->mode = MODE_TYPE;
            return;
        }
        t = chk_type(c, tn);
    } else {
        t = hint;
        if (!t) {
            chk_error(c, n->pos, "invalid composite literal type: missing type");
            invalid(n);
            return;
        }
        if (t->kind == K_POINTER && !type_is_named(t)) {
            t = t->elem;
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
        struct_lit(c, n, t);
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
        chk_error(c, n->pos, "invalid composite literal type %s", ts);
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
