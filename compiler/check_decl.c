/* check_decl.c: declarations. Package-level names are declared first and
 * resolved on first use (so order in the file does not matter, as in Go);
 * local ones are declared as their statement is checked. */
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static bool is_alias(Symbol *s);

static bool is_blank_name(const char *s)
{
    return s[0] == '_' && s[1] == '\0';
}

static Value *new_cell(void)
{
    return GC_MALLOC_UNCOLLECTABLE(sizeof(Value));
}

static void add_var(Package *p, Symbol *s)
{
    if (p->nvars == p->varcap) {
        p->varcap = p->varcap ? p->varcap * 2 : 16;
        Symbol **v = GC_MALLOC(sizeof(Symbol *) * (size_t)p->varcap);
        if (p->nvars)
            memcpy(v, p->vars, sizeof(Symbol *) * (size_t)p->nvars);
        p->vars = v;
    }
    p->vars[p->nvars++] = s;
}

/* Declares a variable; at a script's top level it becomes a package
 * variable, visible to every function. */
static Symbol *declare_var(Checker *c, Scope *into, Node *id, Type *t)
{
    Symbol *s = chk_declare(c, into, SYM_VAR, id, t);
    s->pkg = c->pkg;
    return s;
}

/* ---- constants ---- */

static bool const_value(Checker *c, Node *spec, int idx, Type *t, ConstVal **out, Type **type_out)
{
    char buf[800];
    NodeList *vals = &spec->vspec.values;
    Node *v = vals->items[idx];
    int saved = c->iota;
    c->iota = spec->vspec.iota;
    chk_expr(c, v);
    c->iota = saved;
    if (v->mode == MODE_INVALID)
        return false;
    if (v->mode != MODE_CONST) {
        chk_operand_string(v, buf, sizeof buf);
        chk_error(c, start_pos(v), "%s is not constant", buf);
        return false;
    }
    if (t) {
        Type *u = type_under(t);
        if (!(u->kind >= K_BOOL && u->kind <= K_STRING) || gen_tparam_of(t)) {
            char ts[256];
            chk_type_string(t, ts, sizeof ts);
            chk_error(c, spec->vspec.type->pos, "invalid constant type %s", ts);
            return false;
        }
        if (!chk_assign_to(c, v, t, "constant declaration"))
            return false;
    }
    *out = v->cval;
    *type_out = t ? t : v->type;
    return true;
}

void chk_const_spec(Checker *c, Node *spec, Scope *into, bool global)
{
    NodeList *names = &spec->vspec.names;
    NodeList *vals = &spec->vspec.values;
    Type *t = NULL;
    if (spec->vspec.type)
        t = chk_type(c, spec->vspec.type);
    if (vals->len == 0 && !spec->vspec.implicit) {
        chk_error(c, names->items[0]->pos, "missing init expr for %s", names->items[0]->ident.name);
    } else if (vals->len > names->len) {
        char buf[800];
        ast_expr_string(vals->items[names->len], buf, sizeof buf);
        chk_error(c, start_pos(vals->items[names->len]), "extra init expr %s", buf);
    } else if (vals->len < names->len && vals->len) {
        chk_error(c, names->items[vals->len]->pos, "missing init expr for %s",
                  names->items[vals->len]->ident.name);
    }
    for (int i = 0; i < names->len; i++) {
        Node *id = names->items[i];
        ConstVal *cv = NULL;
        Type *ct = t_invalid;
        bool ok = i < vals->len && (!spec->vspec.type || t) &&
                  const_value(c, spec, i, t, &cv, &ct);
        if (global) {
            Symbol *s = id->ident.sym;
            if (s) {
                /* a cycle met on the way left it invalid */
                bool cyclic = s->type == t_invalid;
                s->cval = ok && !cyclic ? cv : NULL;
                s->type = ok && !cyclic ? ct : t_invalid;
                s->state = 2;
            }
            continue;
        }
        Symbol *s = chk_declare(c, into, SYM_CONST, id, ok ? ct : t_invalid);
        s->cval = ok ? cv : NULL;
    }
}

/* ---- types ---- */

void chk_type_spec(Checker *c, Node *spec, Scope *into, bool global)
{
    Node *id = spec->tspec.name;
    if (!global && spec->tspec.tparams.len) {
        chk_error(c, id->pos, "gosh does not support generic types declared inside a function");
        Symbol *s = chk_declare(c, into, SYM_TYPE, id, t_invalid);
        if (s)
            s->state = 2;
        return;
    }
    Symbol *s = global ? id->ident.sym : NULL;
    if (!s) {
        s = chk_declare(c, into, SYM_TYPE, id, NULL);
        s->state = 1;
        s->decl = spec;
        chk_path_push(c, s);
    }
    if (spec->tspec.alias) {
        s->state = 1;
        Type *t = chk_type(c, spec->tspec.type);
        s->type = t && !s->broken ? t : t_invalid;
        s->state = 2;
        if (!global)
            chk_path_pop(c);
        return;
    }
    Type *named = type_named(c->pkg->name, id->ident.name);
    if (c->func) {
        /* local types are distinct per declaration */
        named->pkg = c->pkg->name;
    }
    s->type = named;
    s->state = 1;
    Type *u = chk_type(c, spec->tspec.type);
    if (!u || s->broken) {
        type_set_underlying(named, t_invalid);
        named->kind = K_INVALID;
    } else {
        type_set_underlying(named, u);
    }
    s->state = 2;
    if (!global) {
        chk_path_pop(c);
        chk_settle_types(c);
    }
}

/* ---- declaration cycles ---- */

void chk_path_push(Checker *c, Symbol *s)
{
    Compiler *k = c->comp;
    if (k->npath == k->pathcap) {
        k->pathcap = k->pathcap ? k->pathcap * 2 : 16;
        Symbol **p = GC_MALLOC(sizeof(Symbol *) * (size_t)k->pathcap);
        if (k->npath)
            memcpy(p, k->path, sizeof(Symbol *) * (size_t)k->npath);
        k->path = p;
        int *ind = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)k->pathcap);
        if (k->npath)
            memcpy(ind, k->path_ind, sizeof(int) * (size_t)k->npath);
        k->path_ind = ind;
    }
    k->path_ind[k->npath] = k->indirections;
    k->path[k->npath++] = s;
}

void chk_path_pop(Checker *c)
{
    if (c->comp->npath > 0)
        c->comp->npath--;
}

static bool is_alias(Symbol *s)
{
    return s->kind == SYM_TYPE && s->decl && s->decl->kind == N_TYPESPEC && s->decl->tspec.alias;
}

static bool before(Pos a, Pos b)
{
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* Go's cycleError: the cycle is reported at the declaration that comes
 * first in the source, followed by one "refers to" line per member. */
static void cycle_error(Checker *c, Symbol **cycle, int n)
{
    int first = 0;
    for (int i = 1; i < n; i++)
        if (before(cycle[i]->pos, cycle[first]->pos))
            first = i;
    Symbol *s = cycle[first];
    const char *file = c->diag->src->name;
    size_t size = 256 + (size_t)(n + 1) * (strlen(file) + 300);
    char *msg = GC_MALLOC_ATOMIC(size);
    size_t len = msg_appendf(msg, size, 0, s->kind == SYM_TYPE ? "invalid recursive type %s"
                                                                 : "illegal cycle in declaration of %s", s->name);
    int i = first;
    for (int k = 0; k < n && len < size; k++) {
        len = msg_appendf(msg, size, len, "\n\t%s:%d:%d: %s refers to", file, cycle[i]->pos.line,
                                cycle[i]->pos.col, cycle[i]->name);
        i = (i + 1) % n;
    }
    if (len < size)
        msg_appendf(msg, size, len, "\n\t%s:%d:%d: %s", file, s->pos.line, s->pos.col, s->name);
    diag_error(c->diag, s->pos, "%s", msg);
}

void chk_value_cycle(Checker *c, Symbol *s)
{
    Compiler *k = c->comp;
    int start = k->npath - 1;
    while (start >= 0 && k->path[start] != s)
        start--;
    if (start < 0)
        return;
    for (int i = start; i < k->npath; i++)
        if (k->path[i]->kind == SYM_TYPE) {
            cycle_error(c, k->path + start, k->npath - start);
            return;
        }
}

bool chk_type_cycle(Checker *c, Symbol *s, Need need)
{
    Compiler *k = c->comp;
    if (s->broken)
        return false;
    int start = k->npath - 1;
    while (start >= 0 && k->path[start] != s)
        start--;
    if (start < 0)
        return need == NEED_REF; /* not on the path: no cycle of ours */
    Symbol **cycle = k->path + start;
    int n = k->npath - start, ndef = 0, nval = 0;
    /* behind a pointer (or slice, map, chan, func) met since [s] began,
     * [s] is not inside itself: the by-value use waits for its layout */
    bool complete = need == NEED_WHOLE ||
                    (need == NEED_LAYOUT && k->indirections == k->path_ind[start]);
    for (int i = 0; i < n; i++) {
        if (cycle[i]->kind == SYM_VAR || cycle[i]->kind == SYM_CONST)
            nval++;
        else if (cycle[i]->kind == SYM_TYPE && !is_alias(cycle[i]))
            ndef++;
    }
    /* a cycle through a defined type is fine unless the type would
     * contain itself (go/types validCycle and validType) */
    if (nval == 0 && ndef > 0 && !(complete && !is_alias(s)))
        return true;
    if (nval == 0 && ndef > 0) {
        /* a type containing itself: Go's path names the defined types
         * only (aliases are transparent) */
        Symbol **defs = GC_MALLOC(sizeof(Symbol *) * (size_t)n);
        int nd = 0;
        for (int i = 0; i < n; i++)
            if (cycle[i]->kind == SYM_TYPE && !is_alias(cycle[i]))
                defs[nd++] = cycle[i];
        cycle_error(c, defs, nd);
    } else {
        cycle_error(c, cycle, n);
    }
    s->broken = true;
    return false;
}

/* ---- variables ---- */

void chk_var_spec(Checker *c, Node *spec, Scope *into, bool global)
{
    NodeList *names = &spec->vspec.names;
    NodeList *vals = &spec->vspec.values;
    Type *t = NULL;
    char buf[800];
    if (spec->vspec.type) {
        t = chk_var_type(c, spec->vspec.type);
        if (!t)
            t = t_invalid;
    }
    Type *types[256];
    bool failed[256] = {false}; /* its value did not check: no "declared but not used" */
    int n = names->len < 256 ? names->len : 256;
    for (int i = 0; i < n; i++)
        types[i] = t ? t : t_invalid;
    if (vals->len == 1 && n > 1) {
        Node *v = vals->items[0];
        chk_expr(c, v);
        if (v->mode != MODE_INVALID) {
            int have = 1;
            Type **ts = NULL;
            if (v->type && v->type->kind == K_TUPLE) {
                have = v->type->nparams;
                ts = v->type->params;
            } else if (n == 2 && (v->mode == MODE_COMMAOK || v->mode == MODE_MAPINDEX)) {
                have = 2;
                v->mode = MODE_COMMAOK;
                static Type *pair[2];
                pair[0] = v->type;
                pair[1] = t_bool;
                ts = pair;
            }
            if (have != n) {
                if (v->kind == N_CALL) {
                    ast_expr_string(v->call.fun, buf, sizeof buf);
                    chk_error(c, start_pos(v), "assignment mismatch: %d variables but %s returns %d value%s",
                              n, buf, have, have == 1 ? "" : "s");
                } else {
                    chk_error(c, start_pos(v), "assignment mismatch: %d variables but %d value%s",
                              n, have, have == 1 ? "" : "s");
                }
            } else {
                for (int i = 0; i < n; i++) {
                    if (t) {
                        if (ts[i] != t_bool)
                            chk_assign_element(c, v, ts[i], t);
                    } else {
                        types[i] = ts[i];
                    }
                }
            }
        }
    } else if (vals->len && vals->len != n) {
        /* the counts differ (go/types arity) */
        for (int i = 0; i < vals->len; i++)
            chk_expr(c, vals->items[i]);
        if (vals->len > n) {
            ast_expr_string(vals->items[n], buf, sizeof buf);
            chk_error(c, start_pos(vals->items[n]), "extra init expr %s", buf);
            /* the names with a value still take its type (Go then reports
             * them unused); one whose value failed counts as used */
            for (int i = 0; i < n; i++) {
                Node *v = vals->items[i];
                if (v->mode == MODE_INVALID || v->mode == MODE_NOVALUE || !v->type)
                    failed[i] = true;
                else if (!t)
                    types[i] = chk_default_type(v->type);
            }
        } else {
            chk_error(c, names->items[vals->len]->pos, "missing init expr for %s",
                      names->items[vals->len]->ident.name);
        }
    } else {
        Symbol *owner = c->dep_owner;
        for (int i = 0; i < vals->len && i < n; i++) {
            Node *v = vals->items[i];
            if (global && names->items[i]->ident.sym)
                c->dep_owner = names->items[i]->ident.sym;
            chk_single(c, v);
            c->dep_owner = owner;
            if (v->mode == MODE_INVALID) {
                types[i] = t_invalid;
                continue;
            }
            if (t) {
                failed[i] = !chk_assign_to(c, v, t, "variable declaration");
                continue;
            }
            if (v->type == t_untyped_nil) {
                chk_error(c, start_pos(v), "use of untyped nil in variable declaration");
                types[i] = t_invalid;
                continue;
            }
            /* a value that fails its default type still gives the
             * variable that type (go/types initVar) */
            types[i] = chk_default_type(v->type);
            chk_default_in(c, v, "variable declaration");
        }
    }
    for (int i = 0; i < n; i++) {
        Node *id = names->items[i];
        if (global) {
            Symbol *s = id->ident.sym;
            if (s) {
                if (s->type != t_invalid) /* a cycle met on the way */
                    s->type = types[i];
                s->state = 2;
            }
            continue;
        }
        Symbol *s = declare_var(c, into, id, types[i]);
        if (!t && vals->len == n)
            s->sig_names = chk_sig_names_of(vals->items[i]);
        if (failed[i])
            s->used = true;
    }
}

void chk_decl_stmt(Checker *c, Node *decl)
{
    for (int i = 0; i < decl->gen.specs.len; i++) {
        Node *spec = decl->gen.specs.items[i];
        switch (decl->op) {
        case T_VAR: chk_var_spec(c, spec, c->scope, false); break;
        case T_CONST: chk_const_spec(c, spec, c->scope, false); break;
        case T_TYPE: chk_type_spec(c, spec, c->scope, false); break;
        default: break;
        }
    }
}

/* ---- lazy resolution of package-level names ---- */

void chk_resolve(Checker *c, Symbol *s)
{
    if (s->state == 2 || !s->decl)
        return;
    if (s->state == 1) {
        /* a cycle: one through constants and variables only is reported
         * by chk_init_cycles (Go's "initialization loop"), one through a
         * type here; either way the value's type is unknown (go/types
         * objDecl) */
        if (s->kind == SYM_VAR || s->kind == SYM_CONST) {
            chk_value_cycle(c, s);
            if (!s->type)
                s->type = t_invalid;
        }
        return;
    }
    Checker saved = *c;
    chk_path_push(c, s);
    c->pkg = s->pkg;
    c->diag->src = s->pkg->src;
    c->scope = s->pkg->scope;
    c->func = NULL;
    c->iota = -1;
    c->depth = 0;
    Node *d = s->decl;
    switch (s->kind) {
    case SYM_CONST:
        c->dep_owner = s;
        /* every name of the spec is resolved together */
        for (int i = 0; i < d->vspec.names.len; i++)
            if (d->vspec.names.items[i]->ident.sym)
                d->vspec.names.items[i]->ident.sym->state = 1;
        chk_const_spec(c, d, c->scope, true);
        break;
    case SYM_TYPE:
        s->state = 1;
        chk_type_spec(c, d, c->scope, true);
        break;
    case SYM_VAR:
        for (int i = 0; i < d->vspec.names.len; i++)
            if (d->vspec.names.items[i]->ident.sym)
                d->vspec.names.items[i]->ident.sym->state = 1;
        c->dep_owner = s;
        chk_var_spec(c, d, c->scope, true);
        /* the names of `var a, b = f()` share f()'s dependencies (with
         * one value per name, each has its own: chk_var_spec) */
        for (int i = 0; i < d->vspec.names.len && d->vspec.values.len == 1; i++) {
            Symbol *o = d->vspec.names.items[i]->ident.sym;
            if (o && o != s) {
                o->deps = s->deps;
                o->ndeps = s->ndeps;
                o->depcap = s->depcap;
            }
        }
        break;
    case SYM_FUNC: {
        s->state = 1;
        FuncInfo *f = s->func;
        f->sig = chk_signature(c, d->funcdecl.type, f, NULL);
        s->type = f->sig;
        s->state = 2;
        break;
    }
    default:
        s->state = 2;
        break;
    }
    s->state = 2;
    chk_path_pop(c);
    Diag *diag = c->diag;
    if (c->comp->npath == 0)
        chk_settle_types(c);
    *c = saved;
    c->diag = diag;
    c->diag->src = c->pkg->src;
}

/* ---- methods ---- */

/* The declaration of method [name] of [t] that came before [fd], for
 * "other declaration of" notes. */
static Node *earlier_method(Package *p, Type *t, const char *name, Node *fd)
{
    NodeList *items = &p->file->file.items;
    for (int i = 0; i < items->len && items->items[i] != fd; i++) {
        Node *it = items->items[i];
        if (it->kind != N_FUNCDECL || !it->funcdecl.recv || !it->funcdecl.info ||
            it->funcdecl.name->ident.name != name || !it->funcdecl.info->recv)
            continue;
        Type *rt = it->funcdecl.info->recv->type;
        if (rt == t || (rt->kind == K_POINTER && !type_is_named(rt) && rt->elem == t))
            return it;
    }
    return NULL;
}

/* Where struct type [t], declared in [p], declares field [name]; a zero
 * Pos if the declaration is not found. */
static Pos field_pos(Package *p, Type *t, const char *name)
{
    Pos none = {0, 0};
    for (int depth = 0; depth < 16 && type_is_named(t); depth++) {
        Symbol *s = scope_lookup_local(p->scope, ast_intern(t->name, (int)strlen(t->name)));
        if (!s || s->type != t || !s->decl || s->decl->kind != N_TYPESPEC)
            return none;
        Node *tn = s->decl->tspec.type;
        while (tn->kind == N_PAREN)
            tn = tn->paren.x;
        if (tn->kind == N_STRUCTTYPE) {
            for (int i = 0; i < tn->strct.fields.len; i++) {
                Node *f = tn->strct.fields.items[i];
                for (int j = 0; j < f->field.names.len; j++)
                    if (f->field.names.items[j]->ident.name == name)
                        return f->field.names.items[j]->pos;
                if (!f->field.names.len && f->field.type->kind != N_BAD) {
                    Node *ft = f->field.type->kind == N_STAR ? f->field.type->star.x : f->field.type;
                    Node *id = ft->kind == N_SELECTOR ? ft->selector.sel : ft;
                    if (id->kind == N_IDENT && id->ident.name == name)
                        return f->pos;
                }
            }
            return none;
        }
        if (tn->kind != N_IDENT || !tn->type)
            return none;
        t = tn->type;
    }
    return none;
}

/* Adds method [m] to local named type [t] unless one of that name exists
 * (go/types collectMethods and checkFieldUniqueness). */
static void add_method(Checker *c, Type *t, Method m, Node *fd)
{
    Pos pos = fd->funcdecl.name->pos;
    if (m.name[0] == '_' && m.name[1] == '\0')
        return;
    for (int i = 0; i < t->nmethods; i++)
        if (t->methods[i].name == m.name) {
            Node *prev = earlier_method(c->pkg, t, m.name, fd);
            if (prev)
                chk_error_alt(c, pos, prev->funcdecl.name->pos, m.name, "%s.%s redeclared in this block",
                              t->name, m.name);
            else
                chk_error(c, pos, "%s.%s redeclared in this block", t->name, m.name);
            return;
        }
    Type *u = type_under(t);
    if (u->kind == K_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (u->fields[i].name == m.name) {
                chk_error_alt(c, pos, field_pos(c->pkg, t, m.name), m.name,
                              "field and method with the same name %s", m.name);
                return;
            }
    Method *ms = GC_MALLOC_UNCOLLECTABLE(sizeof(Method) * (size_t)(t->nmethods + 1));
    if (t->nmethods)
        memcpy(ms, t->methods, sizeof(Method) * (size_t)t->nmethods);
    ms[t->nmethods] = m;
    t->methods = ms;
    t->nmethods++;
}

/* Whether methods may be declared on receiver type [rt]; reports why not
 * at [at], the receiver's name (go/types funcType's receiver checks). */
static bool valid_receiver(Checker *c, Type *rt, Pos at)
{
    char buf[800];
    Type *base = rt->kind == K_POINTER && !type_is_named(rt) ? rt->elem : rt;
    if (base->kind == K_INVALID)
        return false;
    if (type_is_named(base) && base->pkg) {
        chk_type_string(base, buf, sizeof buf);
        if (strcmp(base->pkg, c->pkg->name) != 0) {
            chk_error(c, at, "cannot define new methods on non-local type %s", buf);
            return false;
        }
        Type *u = type_under(base);
        if (u->kind == K_POINTER || u->kind == K_INTERFACE) {
            chk_error(c, at, "invalid receiver type %s (pointer or interface type)", buf);
            return false;
        }
        if (u->kind == K_UNSAFEPTR) {
            chk_error(c, at, "invalid receiver type %s (unsafe.Pointer)", buf);
            return false;
        }
        return true;
    }
    if (type_is_named(base) || (base->kind >= K_BOOL && base->kind <= K_UNSAFEPTR)) {
        chk_type_string(base, buf, sizeof buf);
        chk_error(c, at, "cannot define new methods on non-local type %s", buf);
        return false;
    }
    chk_type_string(rt, buf, sizeof buf);
    chk_error(c, at, "invalid receiver type %s", buf);
    return false;
}

static void method_decl(Checker *c, Node *fd);

void chk_method_decl(Checker *c, Node *fd)
{
    method_decl(c, fd);
}

static void method_decl(Checker *c, Node *fd)
{
    char buf[512];
    Node *recv = fd->funcdecl.recv;
    const char *mname = fd->funcdecl.name->ident.name;
    Node *rp = recv->func.params.items[0];
    Node *rid = rp->field.names.len ? rp->field.names.items[0] : NULL;
    Type *rt = chk_type(c, rp->field.type);
    bool ok = rt && valid_receiver(c, rt, rid ? rid->pos : rp->pos);
    if (!rt)
        rt = t_invalid;
    bool ptr = rt->kind == K_POINTER && !type_is_named(rt);
    Type *t = ptr ? rt->elem : rt;
    if (ok && ptr)
        snprintf(buf, sizeof buf, "%s.(*%s).%s", c->pkg->name, t->name, mname);
    else if (ok)
        snprintf(buf, sizeof buf, "%s.%s.%s", c->pkg->name, t->name, mname);
    else
        snprintf(buf, sizeof buf, "%s.%s", c->pkg->name, mname);
    char *name = GC_MALLOC_ATOMIC(strlen(buf) + 1);
    strcpy(name, buf);
    FuncInfo *f = chk_new_func(c, fd, name);
    f->body = fd->funcdecl.body;
    f->is_method = true;
    fd->funcdecl.info = f;
    Symbol *rs = sym_new(SYM_VAR, rid ? rid->ident.name : ast_intern("_", 1), rid ? rid->pos : rp->pos);
    rs->type = rt;
    rs->state = 2;
    rs->is_param = true;
    f->recv = rs;
    f->sig = chk_signature(c, fd->funcdecl.type, f, rs);
    if (!fd->funcdecl.body)
        chk_error(c, fd->funcdecl.name->pos, "missing function body");
    if (!ok)
        return;
    Method m = {mname, f->sig, f->proto->closure, ptr, 0, NULL, NULL, NULL};
    add_method(c, t, m, fd);
}

/* ---- promoted methods ---- */

typedef struct Embed {
    Type *type;       /* the embedded type, pointer removed */
    int path[16];
    int depth;
} Embed;

static bool name_in(const char **names, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (names[i] == name)
            return true;
    return false;
}

/* Adds to named struct type [t] the methods promoted from its embedded
 * fields (Go's method set rule: the shallowest depth wins; two at the same
 * depth cancel out; a field of the same name shadows them). */
static void promote(Checker *c, Package *p, Type *t)
{
    Type *u = type_under(t);
    if (u->kind != K_STRUCT)
        return;
    bool embeds = false;
    for (int i = 0; i < u->nfields; i++)
        embeds |= u->fields[i].embedded;
    if (!embeds)
        return; /* most structs: nothing to promote, nothing to allocate */
    const char **seen = GC_MALLOC(sizeof(char *) * 1024);
    int nseen = 0;
    for (int i = 0; i < t->nmethods && nseen < 1024; i++)
        seen[nseen++] = t->methods[i].name;
    for (int i = 0; i < u->nfields && nseen < 1024; i++)
        seen[nseen++] = u->fields[i].name;
    Embed *cur = GC_MALLOC(sizeof(Embed) * 64);
    int ncur = 0;
    for (int i = 0; i < u->nfields && ncur < 64; i++)
        if (u->fields[i].embedded) {
            Type *ft = u->fields[i].type;
            cur[ncur].type = ft->kind == K_POINTER && !type_is_named(ft) ? ft->elem : ft;
            cur[ncur].path[0] = i;
            cur[ncur].depth = 1;
            ncur++;
        }
    Type *visited[64];
    int nvisited = 0;
    bool added = false;
    while (ncur > 0) {
        /* candidates at this depth */
        const char *names[512];
        Method *meths[512];
        Embed *from[512];
        int counts[512], nn = 0;
        const char *fields[512];
        int nfields = 0;
        for (int e = 0; e < ncur; e++) {
            Type *et = cur[e].type;
            bool dup = false;
            for (int v = 0; v < nvisited; v++)
                if (visited[v] == et)
                    dup = true;
            if (dup)
                continue;
            if (nvisited < 64)
                visited[nvisited++] = et;
            Type *eu = type_under(et);
            int count = type_is_named(et) ? et->nmethods : 0;
            for (int m = 0; m < count; m++) {
                Method *mm = &et->methods[m];
                if (mm->depth != 0)
                    continue;
                int k;
                for (k = 0; k < nn && names[k] != mm->name; k++)
                    ;
                if (k == nn && nn < 512) {
                    names[nn] = mm->name;
                    meths[nn] = mm;
                    from[nn] = &cur[e];
                    counts[nn++] = 0;
                }
                if (k < 512)
                    counts[k]++;
            }
            if (eu->kind == K_INTERFACE) {
                for (int m = 0; m < eu->nimethods; m++) {
                    int k;
                    for (k = 0; k < nn && names[k] != eu->imethods[m].name; k++)
                        ;
                    if (k == nn && nn < 512) {
                        names[nn] = eu->imethods[m].name;
                        meths[nn] = NULL;
                        from[nn] = &cur[e];
                        counts[nn++] = 0;
                    }
                    if (k < 512)
                        counts[k]++;
                }
            }
            if (eu->kind == K_STRUCT)
                for (int f = 0; f < eu->nfields && nfields < 512; f++)
                    fields[nfields++] = eu->fields[f].name;
        }
        for (int k = 0; k < nn; k++) {
            if (name_in(seen, nseen, names[k]) || name_in(fields, nfields, names[k]))
                continue;
            if (counts[k] != 1)
                continue; /* ambiguous at this depth */
            Embed *e = from[k];
            /* does the path go through a pointer? */
            bool through_ptr = false;
            Type *walk = t;
            for (int d = 0; d < e->depth; d++) {
                Field *f = &type_under(walk)->fields[e->path[d]];
                if (f->type->kind == K_POINTER && !type_is_named(f->type)) {
                    through_ptr = true;
                    walk = f->type->elem;
                } else {
                    walk = f->type;
                }
            }
            Method pm;
            memset(&pm, 0, sizeof pm);
            pm.name = names[k];
            Type *eu = type_under(e->type);
            if (meths[k]) {
                pm.type = meths[k]->type;
                pm.ptr_recv = meths[k]->ptr_recv && !through_ptr;
                pm.target = meths[k];
            } else {
                for (int m = 0; m < eu->nimethods; m++)
                    if (eu->imethods[m].name == names[k])
                        pm.type = eu->imethods[m].type;
                pm.ptr_recv = false;
            }
            pm.owner = e->type;
            pm.depth = e->depth;
            int *path = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)e->depth);
            memcpy(path, e->path, sizeof(int) * (size_t)e->depth);
            pm.path = path;
            /* the wrapper's code is generated with the package */
            char buf[512];
            snprintf(buf, sizeof buf, "%s.%s%s.%s", t->pkg ? t->pkg : "main",
                     pm.ptr_recv ? "(*" : "", t->name, pm.name);
            if (pm.ptr_recv)
                snprintf(buf, sizeof buf, "%s.(*%s).%s", t->pkg ? t->pkg : "main", t->name, pm.name);
            char *nm = GC_MALLOC_ATOMIC(strlen(buf) + 1);
            strcpy(nm, buf);
            Proto *proto = GC_MALLOC_UNCOLLECTABLE(sizeof *proto);
            proto->name = nm;
            proto->file = p->src ? p->src->name : "?";
            proto->recover_pc = -1;
            Closure *cl = GC_MALLOC_UNCOLLECTABLE(sizeof(Closure));
            cl->proto = proto;
            proto->closure = cl;
            pm.fn = cl;
            Method *ms = GC_MALLOC_UNCOLLECTABLE(sizeof(Method) * (size_t)(t->nmethods + 1));
            if (t->nmethods)
                memcpy(ms, t->methods, sizeof(Method) * (size_t)t->nmethods);
            ms[t->nmethods] = pm;
            t->methods = ms;
            t->nmethods++;
            added = true;
            if (nseen < 1024)
                seen[nseen++] = names[k];
        }
        for (int f = 0; f < nfields && nseen < 1024; f++)
            seen[nseen++] = fields[f];
        /* next depth */
        Embed *next = GC_MALLOC(sizeof(Embed) * 64);
        int nnext = 0;
        for (int e = 0; e < ncur; e++) {
            Type *eu = type_under(cur[e].type);
            if (eu->kind != K_STRUCT || cur[e].depth >= 15)
                continue;
            for (int f = 0; f < eu->nfields && nnext < 64; f++)
                if (eu->fields[f].embedded) {
                    Type *ft = eu->fields[f].type;
                    next[nnext].type = ft->kind == K_POINTER && !type_is_named(ft) ? ft->elem : ft;
                    memcpy(next[nnext].path, cur[e].path, sizeof(int) * (size_t)cur[e].depth);
                    next[nnext].path[cur[e].depth] = f;
                    next[nnext].depth = cur[e].depth + 1;
                    nnext++;
                }
        }
        cur = next;
        ncur = nnext;
    }
    if (added) {
        if (p->npromoted == p->promotedcap) {
            p->promotedcap = p->promotedcap ? p->promotedcap * 2 : 8;
            Type **pt = GC_MALLOC(sizeof(Type *) * (size_t)p->promotedcap);
            if (p->npromoted)
                memcpy(pt, p->promoted, sizeof(Type *) * (size_t)p->npromoted);
            p->promoted = pt;
        }
        p->promoted[p->npromoted++] = t;
    }
    (void)c;
}

void chk_promote_instance(Checker *c, Package *p, Type *t)
{
    if (p->methods_done) {
        promote(c, p, t);
        return;
    }
    if (p->ngtypes == p->gtypecap) {
        p->gtypecap = p->gtypecap ? p->gtypecap * 2 : 8;
        Type **ts = GC_MALLOC(sizeof(Type *) * (size_t)p->gtypecap);
        if (p->ngtypes)
            memcpy(ts, p->gtypes, sizeof(Type *) * (size_t)p->ngtypes);
        p->gtypes = ts;
    }
    p->gtypes[p->ngtypes++] = t;
}

void chk_methods(Checker *c, Package *p)
{
    Node *file = p->file;
    for (int i = 0; i < file->file.items.len; i++) {
        Node *it = file->file.items.items[i];
        if (it->kind == N_FUNCDECL && it->funcdecl.recv && !gen_is_generic_recv(it))
            method_decl(c, it);
    }
    /* a generic type's methods are declared with each instance; a wrong
     * receiver is reported once, here, and the method left out */
    for (int i = 0; i < p->ngmethods; i++)
        if (p->gmethods[i] && !gen_check_method(c, p, p->gmethods[i]))
            p->gmethods[i] = NULL;
    /* then the methods each named struct type gets from its embedded
     * fields (declared methods of embedded types are all known now) */
    Scope *s = p->scope;
    for (int i = 0; i < s->n; i++) {
        Symbol *sym = s->syms[i];
        if (sym->kind == SYM_TYPE && sym->decl && sym->type && type_is_named(sym->type) &&
            sym->type->pkg && strcmp(sym->type->pkg, p->name) == 0)
            promote(c, p, sym->type);
    }
    /* and the instances of generic types made so far (later ones are
     * promoted as they are made) */
    p->methods_done = true;
    for (int i = 0; i < p->ngtypes; i++)
        promote(c, p, p->gtypes[i]);
}

/* ---- the package as a whole ---- */

static void declare_global(Checker *c, Package *p, SymKind kind, Node *id, Node *decl, int index)
{
    const char *name = id->ident.name;
    /* init, and main in package main, may only be functions */
    if (kind != SYM_FUNC && (strcmp(name, "init") == 0 ||
                             (p->strict && strcmp(name, "main") == 0 && strcmp(p->name, "main") == 0))) {
        chk_error(c, id->pos, "cannot declare %s - must be func", name);
        return;
    }
    Symbol *s = sym_new(kind, name, id->pos);
    s->decl = decl;
    s->decl_index = index;
    s->pkg = p;
    s->global = true;
    id->ident.sym = s;
    if (kind == SYM_VAR) {
        s->cell = new_cell();
        add_var(p, s);
    }
    if (is_blank_name(name))
        return;
    Symbol *old = scope_lookup_local(p->scope, name);
    if (old) {
        chk_error_alt(c, id->pos, old->pos, name, "%s redeclared in this block", name);
        return;
    }
    scope_insert(p->scope, s);
}

static void collect(Checker *c, Package *p)
{
    Node *file = p->file;
    for (int i = 0; i < file->file.items.len; i++) {
        Node *it = file->file.items.items[i];
        if (it->kind == N_DECLSTMT)
            it = it->declstmt.decl;
        if (it->kind == N_FUNCDECL) {
            if (it->funcdecl.recv && gen_is_generic_recv(it)) {
                /* declared on each instance of its type (instantiate.c) */
                if (p->ngmethods == p->gmethodcap) {
                    p->gmethodcap = p->gmethodcap ? p->gmethodcap * 2 : 8;
                    Node **ms = GC_MALLOC(sizeof(Node *) * (size_t)p->gmethodcap);
                    if (p->ngmethods)
                        memcpy(ms, p->gmethods, sizeof(Node *) * (size_t)p->ngmethods);
                    p->gmethods = ms;
                }
                p->gmethods[p->ngmethods++] = it;
                continue;
            }
            if (it->funcdecl.recv)
                continue;
            Node *id = it->funcdecl.name;
            if (it->funcdecl.tparams.len) {
                declare_global(c, p, SYM_FUNC, id, it, 0);
                if (id->ident.sym) {
                    gen_declare(id->ident.sym, it);
                    gen_check_decl(c, id->ident.sym);
                }
                if (strcmp(id->ident.name, "main") == 0 || strcmp(id->ident.name, "init") == 0)
                    chk_error(c, id->pos, "func %s must have no type parameters", id->ident.name);
                continue;
            }
            const char *name = id->ident.name;
            char buf[512];
            snprintf(buf, sizeof buf, "%s.%s", p->name, name);
            if (strcmp(name, "init") == 0) {
                snprintf(buf, sizeof buf, "%s.init.%d", p->name, p->ninits);
                char *n2 = GC_MALLOC_ATOMIC(strlen(buf) + 1);
                strcpy(n2, buf);
                FuncInfo *f = chk_new_func(c, it, n2);
                f->body = it->funcdecl.body;
                it->funcdecl.info = f;
                Symbol *s = sym_new(SYM_FUNC, name, id->pos);
                s->func = f;
                s->decl = it;
                s->pkg = p;
                f->sym = s;
                if (it->funcdecl.type->func.params.len || it->funcdecl.type->func.results.len)
                    chk_error(c, id->pos, "func init must have no arguments and no return values");
                if (p->ninits == p->initcap) {
                    p->initcap = p->initcap ? p->initcap * 2 : 4;
                    Symbol **ns = GC_MALLOC(sizeof(Symbol *) * (size_t)p->initcap);
                    if (p->ninits)
                        memcpy(ns, p->inits, sizeof(Symbol *) * (size_t)p->ninits);
                    p->inits = ns;
                }
                p->inits[p->ninits++] = s;
                continue;
            }
            char *n2 = GC_MALLOC_ATOMIC(strlen(buf) + 1);
            strcpy(n2, buf);
            FuncInfo *f = chk_new_func(c, it, n2);
            f->body = it->funcdecl.body;
            it->funcdecl.info = f;
            declare_global(c, p, SYM_FUNC, id, it, 0);
            Symbol *s = id->ident.sym;
            s->func = f;
            f->sym = s;
            if (!it->funcdecl.body) {
                const PackageDef *def = vm_find_package(p->path);
                const Native *nat = def ? vm_find_native(def, name) : NULL;
                if (nat)
                    s->native = (Native *)nat;
                else
                    chk_error(c, id->pos, "missing function body");
            }
            if (strcmp(name, "main") == 0 && strcmp(p->name, "main") == 0) {
                p->main = s;
                if (it->funcdecl.type->func.params.len || it->funcdecl.type->func.results.len)
                    chk_error(c, id->pos, "func main must have no arguments and no return values");
            }
            continue;
        }
        if (it->kind == N_GENDECL) {
            for (int j = 0; j < it->gen.specs.len; j++) {
                Node *spec = it->gen.specs.items[j];
                if (it->op == T_TYPE) {
                    declare_global(c, p, SYM_TYPE, spec->tspec.name, spec, 0);
                    if (spec->tspec.tparams.len && spec->tspec.name->ident.sym) {
                        gen_declare(spec->tspec.name->ident.sym, spec);
                        gen_check_decl(c, spec->tspec.name->ident.sym);
                    }
                    continue;
                }
                SymKind kind = it->op == T_CONST ? SYM_CONST : SYM_VAR;
                for (int k = 0; k < spec->vspec.names.len; k++)
                    declare_global(c, p, kind, spec->vspec.names.items[k], spec, k);
            }
            continue;
        }
        /* a script's top-level statement */
        if (p->nstmts % 16 == 0) {
            Node **ns = GC_MALLOC(sizeof(Node *) * (size_t)(p->nstmts + 16));
            if (p->nstmts)
                memcpy(ns, p->stmts, sizeof(Node *) * (size_t)p->nstmts);
            p->stmts = ns;
        }
        p->stmts[p->nstmts++] = it;
    }
}

static void resolve_all(Checker *c, Package *p, SymKind kind)
{
    Scope *s = p->scope;
    /* types before aliases, as go/types does: an alias's type is then
     * usually known before it is needed */
    if (kind == SYM_TYPE)
        for (int i = 0; i < s->n; i++)
            if (s->syms[i]->kind == kind && s->syms[i]->state != 2 && !is_alias(s->syms[i]))
                chk_resolve(c, s->syms[i]);
    for (int i = 0; i < s->n; i++)
        if (s->syms[i]->kind == kind && s->syms[i]->state != 2)
            chk_resolve(c, s->syms[i]);
    if (kind == SYM_VAR)
        for (int i = 0; i < p->nvars; i++)
            if (p->vars[i]->state != 2)
                chk_resolve(c, p->vars[i]);
}

static void checker_init(Checker *c, Compiler *comp, Package *p)
{
    memset(c, 0, sizeof *c);
    c->comp = comp;
    c->diag = comp->diag;
    c->pkg = p;
    c->scope = p->scope;
    c->iota = -1;
}

static void check_bodies(Checker *c, Package *p)
{
    Node *file = p->file;
    for (int i = 0; i < file->file.items.len; i++) {
        Node *it = file->file.items.items[i];
        if (it->kind != N_FUNCDECL || !it->funcdecl.info)
            continue;
        FuncInfo *f = it->funcdecl.info;
        if (!f->sig) {
            /* init functions */
            f->sig = chk_signature(c, it->funcdecl.type, f, NULL);
        }
        if (p->lazy && !f->used && f->body && !f->is_method && f->sym && f->sym->kind == SYM_FUNC &&
            strcmp(f->sym->name, "init") != 0) {
            f->unchecked = true; /* until chk_use_func */
            continue;
        }
        c->dep_owner = f->sym;
        if (f->body)
            chk_func_body(c, f);
        c->dep_owner = NULL;
    }
}

void chk_use_func(Compiler *comp, Symbol *s)
{
    FuncInfo *f = s->kind == SYM_FUNC ? s->func : NULL;
    if (!f)
        return;
    f->used = true; /* a reference before check_bodies: checked there */
    if (!f->unchecked || !f->body)
        return; /* no body: an instance over type parameters */
    f->unchecked = false;
    Package *p = f->pkg;
    Checker c;
    checker_init(&c, comp, p);
    const Source *saved = comp->diag->src;
    comp->diag->src = p->src;
    c.dep_owner = f->sym;
    chk_func_body(&c, f);
    comp->diag->src = saved;
    if (p->emitted) {
        if (comp->nlate == comp->latecap) {
            int cap = comp->latecap ? comp->latecap * 2 : 8;
            FuncInfo **l = GC_MALLOC(sizeof(FuncInfo *) * (size_t)cap);
            if (comp->nlate)
                memcpy(l, comp->late, sizeof(FuncInfo *) * (size_t)comp->nlate);
            comp->late = l;
            comp->latecap = cap;
        }
        comp->late[comp->nlate++] = f;
    }
}

/* fmt.Println("hi") at the prompt prints hi, not also its byte count and
 * nil error: the results of fmt's printing functions are not shown. */
static bool is_print_call(const Node *x)
{
    if (x->kind != N_CALL || x->call.fun->kind != N_SELECTOR)
        return false;
    const Selection *sel = x->call.fun->info;
    const Symbol *f = sel ? sel->sym : NULL;
    if (!f || f->kind != SYM_FUNC || !f->pkg || strcmp(f->pkg->path, "fmt") != 0)
        return false;
    return strncmp(f->name, "Print", 5) == 0 || strncmp(f->name, "Fprint", 6) == 0;
}

/* At the REPL an expression statement that has a value shows it (a call's
 * results, a receive, any expression): checks the expression and marks
 * the statement. False leaves the statement to chk_stmt. */
static bool repl_show(Checker *c, Node *s)
{
    Node *x = s->exprstmt.x;
    while (x->kind == N_PAREN)
        x = x->paren.x;
    if (x->kind == N_FUNCLIT)
        return false;
    chk_expr(c, x);
    if (x->mode == MODE_INVALID || x->mode == MODE_NOVALUE || is_print_call(x))
        return true;
    if (x->mode == MODE_TYPE || x->mode == MODE_BUILTIN) {
        char buf[256];
        ast_expr_string(x, buf, sizeof buf);
        chk_error(c, x->pos, "%s is not an expression", buf);
        return true;
    }
    if ((!x->type || x->type->kind != K_TUPLE) && !c->pkg->type_query)
        chk_default(c, x);
    s->mode = MODE_VALUE;
    return true;
}

static void check_script(Checker *c, Package *p)
{
    if (!p->nstmts)
        return;
    FuncInfo *f = chk_new_func(c, NULL, p->main ? "main.script" : "main.main");
    f->line = p->nstmts ? p->stmts[0]->pos.line : 1;
    f->proto->line = f->line;
    f->sig = type_func(NULL, 0, NULL, 0, false);
    p->script = f;
    c->func = f;
    c->scope = p->scope;
    c->iota = -1;
    Symbol owner;
    memset(&owner, 0, sizeof owner);
    c->dep_owner = NULL;
    for (int i = 0; i < p->nstmts; i++) {
        Node *s = p->stmts[i];
        if (s->kind == N_RETURN) {
            chk_error(c, s->pos, "return outside function");
            continue;
        }
        if (p->show && s->kind == N_EXPRSTMT && repl_show(c, s))
            continue;
        chk_stmt(c, s);
    }
    chk_end_labels(c, p->stmts, p->nstmts, p->nstmts ? p->stmts[0]->pos : (Pos){1, 1});
    chk_end_unused(c);
    c->func = NULL;
}

/* Every import must be used (Go 1.19's compiler words it "imported and
 * not used: \"path\"", adding "as name" for a renamed import). */
/* import . "path": the package's exported names join the file scope
 * (made on the first dot import), each marking the import used when it is
 * looked up. */
static void dot_import(Checker *c, Package *p, Package *ip, Node *imp)
{
    Scope *file = p->scope->parent;
    if (!file || file->kind != SCOPE_FILE) {
        file = scope_new(p->scope->parent, SCOPE_FILE);
        p->scope->parent = file;
    }
    Symbol *ps = sym_new(SYM_PKG, ast_intern(".", 1), imp->import.name->pos);
    ps->imported = ip;
    ps->state = 2;
    ps->decl = imp;
    if (p->ndots == p->dotcap) {
        p->dotcap = p->dotcap ? p->dotcap * 2 : 4;
        Symbol **d = GC_MALLOC(sizeof(Symbol *) * (size_t)p->dotcap);
        if (p->ndots)
            memcpy(d, p->dots, sizeof(Symbol *) * (size_t)p->ndots);
        p->dots = d;
    }
    p->dots[p->ndots++] = ps;
    Scope *from = ip->scope;
    for (int i = 0; i < from->n; i++) {
        Symbol *s = from->syms[i];
        if (s->kind == SYM_PKG || !(s->name[0] >= 'A' && s->name[0] <= 'Z'))
            continue;
        if (scope_lookup_local(file, s->name)) {
            chk_error(c, imp->pos, "%s redeclared in this block", s->name);
            continue;
        }
        scope_insert_via(file, s, ps);
    }
}

/* A package-level name may not also come from a dot import. */
static void dot_conflicts(Checker *c, Package *p)
{
    Scope *file = p->scope->parent;
    if (!file || file->kind != SCOPE_FILE)
        return;
    for (int i = 0; i < file->n; i++) {
        Symbol *own = scope_lookup_local(p->scope, file->syms[i]->name);
        if (!own || own->kind == SYM_PKG)
            continue;
        Package *ip = file->via[i]->imported;
        chk_error(c, own->pos, "%s already declared through dot-import of package %s (\"%s\")", own->name,
                  ip->name, ip->path);
    }
}

static void unused_imports(Checker *c, Package *p)
{
    if (p->repl || p->lazy || !unused_is_error(c))
        return; /* imports at the prompt are for later entries too */
    for (int i = 0; i < p->ndots; i++)
        if (!p->dots[i]->used)
            chk_error(c, p->dots[i]->pos, "imported and not used: \"%s\"", p->dots[i]->imported->path);
    Scope *s = p->scope;
    for (int i = 0; i < s->n; i++) {
        Symbol *ps = s->syms[i];
        if (ps->kind != SYM_PKG || ps->used || !ps->decl || ps->decl->kind != N_IMPORT)
            continue;
        const char *path = ps->imported->path;
        const char *elem = strrchr(path, '/');
        elem = elem ? elem + 1 : path;
        if (strcmp(ps->name, elem) == 0)
            chk_error(c, ps->pos, "imported and not used: \"%s\"", path);
        else
            chk_error(c, ps->pos, "imported and not used: \"%s\" as %s", path, ps->name);
    }
}

void pkg_collect(Compiler *comp, Package *p)
{
    Checker c;
    checker_init(&c, comp, p);
    collect(&c, p);
    p->checked = true;
}

void pkg_check(Compiler *comp, Package *p)
{
    if (p->checked || p->checking)
        return;
    p->checking = true;
    Checker c;
    checker_init(&c, comp, p);
    const Source *saved_src = comp->diag->src;
    comp->diag->src = p->src;
    /* imports */
    Node *file = p->file;
    for (int i = 0; i < file->file.imports.len; i++) {
        Node *imp = file->file.imports.items[i];
        Node *path = imp->import.path;
        char *s;
        size_t len;
        char err[64];
        if (!lex_unquote(path->lit.text, path->lit.len, &s, &len, err, sizeof err))
            continue;
        Package *ip = pkg_load(comp, s, path->pos);
        comp->diag->src = p->src;
        if (!ip) {
            chk_error(&c, path->pos, "package %s is not in std", s);
            continue;
        }
        const char *name = imp->import.name ? imp->import.name->ident.name : ast_intern(ip->name, (int)strlen(ip->name));
        if (is_blank_name(name))
            continue;
        if (name[0] == '.' && name[1] == '\0') {
            dot_import(&c, p, ip, imp);
            continue;
        }
        Symbol *ps = sym_new(SYM_PKG, name, imp->import.name ? imp->import.name->pos : imp->pos);
        ps->imported = ip;
        ps->state = 2;
        ps->decl = imp;
        Symbol *old = scope_lookup_local(p->scope, name);
        if (old) {
            chk_error_alt(&c, imp->pos, old->pos, name, "%s redeclared in this block", name);
            continue;
        }
        scope_insert(p->scope, ps);
    }
    collect(&c, p);
    dot_conflicts(&c, p);
    resolve_all(&c, p, SYM_TYPE);
    chk_methods(&c, p);
    resolve_all(&c, p, SYM_CONST);
    resolve_all(&c, p, SYM_FUNC);
    resolve_all(&c, p, SYM_VAR);
    check_script(&c, p);
    check_bodies(&c, p);
    gen_check_generic_bodies(&c, p);
    gen_check_pending(comp);
    chk_init_cycles(&c, p);
    unused_imports(&c, p);
    comp->diag->src = saved_src;
    p->checking = false;
    p->checked = true;
}
