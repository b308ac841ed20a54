/* instantiate.c: generic functions and types, compiled per type argument.
 *
 * gosh has no type-parameter types. A generic declaration is collected but
 * never checked itself; each distinct list of type arguments gets an
 * instance: a fresh copy of the declaration (ast_clone) checked in a scope
 * where every type parameter is an alias of its argument, the way
 * generic.c instantiates package slices over E. The instance is then
 * ordinary typed code, as fast as a hand-written copy. Instances are cached
 * on the generic symbol, so F[int] is one function however often it is
 * named, and a generic function that calls itself finds its own instance.
 * A generic type's instance is a named type, Stack[int], with the type's
 * methods declared again on it. Bodies are checked after the signature is
 * known and the instance cached (gen_check_pending), so recursion through
 * instances terminates. */
#include <gc.h>
#include <string.h>
#include "check.h"

typedef struct PendingBody {
    FuncInfo *f;
    Scope *scope;
    int depth;              /* instances between it and the program's code */
    Symbol *generic;
    Type **targs;
    struct PendingBody *next;
} PendingBody;

/* Deeper than this, instances are taken to be an endless chain. */
enum { MAX_INSTANCE_DEPTH = 40 };

/* Instances being made right now, one inside another (a type whose
 * definition instantiates types). */
static int nesting;

void gen_declare(Symbol *s, Node *decl)
{
    Generic *g = GC_MALLOC(sizeof *g);
    g->decl = decl;
    g->tparams = decl->kind == N_FUNCDECL ? &decl->funcdecl.tparams : &decl->tspec.tparams;
    for (int i = 0; i < g->tparams->len; i++)
        g->n += g->tparams->items[i]->field.names.len;
    s->generic = g;
    s->state = 2;
}

Node *gen_tparam(const Generic *g, int i, Node **constraint)
{
    for (int j = 0; j < g->tparams->len; j++) {
        Node *grp = g->tparams->items[j];
        if (i < grp->field.names.len) {
            if (constraint)
                *constraint = grp->field.type;
            return grp->field.names.items[i];
        }
        i -= grp->field.names.len;
    }
    return NULL;
}

void gen_tparams_string(const Generic *g, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int j = 0; j < g->tparams->len && len < size; j++) {
        Node *grp = g->tparams->items[j];
        for (int k = 0; k < grp->field.names.len && len < size; k++)
            len += (size_t)snprintf(buf + len, size - len, "%s%s", j || k ? ", " : "",
                                    grp->field.names.items[k]->ident.name);
        char cs[256];
        ast_expr_string(grp->field.type, cs, sizeof cs);
        if (len < size)
            len += (size_t)snprintf(buf + len, size - len, " %s", cs);
    }
}

/* The receiver's base type expression, without '*' and parentheses. */
static Node *recv_base(Node *fd)
{
    Node *recv = fd->funcdecl.recv;
    if (!recv || recv->func.params.len != 1)
        return NULL;
    Node *t = recv->func.params.items[0]->field.type;
    while (t->kind == N_PAREN || t->kind == N_STAR)
        t = t->kind == N_PAREN ? t->paren.x : t->star.x;
    return t;
}

void gen_name_blank_tparams(Node *base)
{
    /* (List[_]) Kind(): a name no one can write, so that it can be bound */
    for (int k = 0; k <= base->index.rest.len; k++) {
        Node *id = k == 0 ? base->index.index : base->index.rest.items[k - 1];
        if (id->kind == N_IDENT && strcmp(id->ident.name, "_") == 0) {
            char buf[16];
            int len = snprintf(buf, sizeof buf, "_ %d", k);
            id->ident.name = ast_intern(buf, len);
        }
    }
}

bool gen_is_generic_recv(Node *fd)
{
    Node *b = recv_base(fd);
    return b && b->kind == N_INDEX && b->index.x->kind == N_IDENT;
}

static GenericInst *cached(Generic *g, Type **targs)
{
    for (GenericInst *in = g->insts; in; in = in->next) {
        bool same = true;
        for (int i = 0; i < g->n && same; i++)
            same = type_same(in->targs[i], targs[i]);
        if (same)
            return in;
    }
    return NULL;
}

static void bind(Scope *s, const char *name, Pos pos, Type *t)
{
    if (name[0] == '_' && name[1] == '\0')
        return;
    Symbol *p = sym_new(SYM_TYPE, name, pos);
    p->type = t;
    p->state = 2;
    p->global = true;
    scope_insert(s, p);
}

/* Go's spelling of an instance: Stack[int], Pair[string,main.Point] (as
 * reflect and %T show it). */
static const char *instance_name(const char *base, Type **targs, int n)
{
    char buf[1024];
    size_t len = (size_t)snprintf(buf, sizeof buf, "%s[", base);
    for (int i = 0; i < n && len < sizeof buf; i++) {
        char ts[512];
        Type *t = targs[i];
        if (type_is_named(t) && t->pkg)
            snprintf(ts, sizeof ts, "%s.%s", t->pkg, t->name);
        else
            chk_type_string(t, ts, sizeof ts);
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? "," : "", ts);
    }
    if (len < sizeof buf)
        snprintf(buf + len, sizeof buf - len, "]");
    return ast_intern(buf, (int)strlen(buf));
}

static void pending(Compiler *comp, FuncInfo *f, Scope *scope, Symbol *gs, Type **targs)
{
    PendingBody *p = GC_MALLOC(sizeof *p);
    p->f = f;
    p->scope = scope;
    p->depth = comp->checking ? comp->checking->depth + 1 : 0;
    p->generic = gs;
    p->targs = targs;
    p->next = comp->pending;
    comp->pending = p;
}

/* Every type argument must satisfy its parameter's constraint, which may
 * mention the other parameters ([S ~[]E, E any]): it is checked in the
 * instance's scope. */
static bool satisfied(Checker *c, Generic *g, Type **targs, Pos at)
{
    for (int i = 0; i < g->n; i++) {
        Node *cons = NULL;
        gen_tparam(g, i, &cons);
        char why[600];
        if (!gen_satisfies(c, targs[i], ast_clone(cons), why, sizeof why)) {
            chk_error(c, at, "%s", why);
            return false;
        }
    }
    return true;
}

static Symbol *func_instance(Checker *c, Symbol *gs, Type **targs)
{
    Generic *g = gs->generic;
    Node *fd = ast_clone(g->decl);
    char buf[512];
    snprintf(buf, sizeof buf, "%s.%s[...]", gs->pkg->name, gs->name);
    char *fname = GC_MALLOC_ATOMIC(strlen(buf) + 1);
    strcpy(fname, buf);
    FuncInfo *f = chk_new_func(c, fd, fname);
    f->body = fd->funcdecl.body;
    fd->funcdecl.info = f;
    Symbol *s = sym_new(SYM_FUNC, instance_name(gs->name, targs, g->n), gs->pos);
    s->func = f;
    s->pkg = gs->pkg;
    s->global = true;
    s->decl = fd;
    s->state = 2;
    f->sym = s;
    f->sig = chk_signature(c, fd->funcdecl.type, f, NULL);
    s->type = f->sig;
    if (gen_has_tparam(targs, g->n))
        f->unchecked = true, f->body = NULL; /* F[T] in a generic body: a signature */
    else if (!g->bad_body)
        pending(c->comp, f, c->scope, gs, targs);
    return s;
}

/* The methods of generic type [gs], declared on instance [t]: each in a
 * scope binding its receiver's own names for the type parameters. */
static void instance_methods(Checker *c, Symbol *gs, Type **targs)
{
    Package *p = gs->pkg;
    Generic *g = gs->generic;
    for (int i = 0; i < p->ngmethods; i++) {
        if (!p->gmethods[i])
            continue; /* a wrong receiver, reported by chk_methods */
        if (recv_base(p->gmethods[i])->index.x->ident.name != gs->name)
            continue;
        Node *fd = ast_clone(p->gmethods[i]);
        Node *base = recv_base(fd);
        gen_name_blank_tparams(base);
        Scope *saved = c->scope;
        Scope *ms = scope_new(p->scope, SCOPE_PACKAGE);
        int n = 1 + base->index.rest.len;
        for (int k = 0; k < n && k < g->n; k++) {
            Node *id = k == 0 ? base->index.index : base->index.rest.items[k - 1];
            if (id->kind == N_IDENT)
                bind(ms, id->ident.name, id->pos, targs[k]);
        }
        c->scope = ms;
        if (n == g->n) { /* else reported by chk_methods */
            chk_method_decl(c, fd);
            FuncInfo *f = fd->funcdecl.info;
            if (f) {
                /* Go's traces name it main.(*Stack[...]).Push */
                Node *rt = fd->funcdecl.recv->func.params.items[0]->field.type;
                while (rt->kind == N_PAREN)
                    rt = rt->paren.x;
                char buf[512];
                snprintf(buf, sizeof buf, rt->kind == N_STAR ? "%s.(*%s[...]).%s" : "%s.%s[...].%s", p->name,
                         gs->name, fd->funcdecl.name->ident.name);
                char *fname = GC_MALLOC_ATOMIC(strlen(buf) + 1);
                strcpy(fname, buf);
                f->name = fname;
                f->proto->name = fname;
            }
            if (f && gen_has_tparam(targs, g->n))
                f->unchecked = true, f->body = NULL; /* Stack[T] in a generic body */
            else if (f && fd->funcdecl.body && !gen_bad_method(p->gmethods[i]))
                pending(c->comp, f, ms, gs, targs);
        }
        c->scope = saved;
    }
}

static Symbol *type_instance(Checker *c, Symbol *gs, Type **targs, GenericInst *in)
{
    Generic *g = gs->generic;
    Node *spec = ast_clone(g->decl);
    const char *name = instance_name(gs->name, targs, g->n);
    /* messages about the declaration (a cycle) name it as Go does: Bad */
    Symbol *s = sym_new(SYM_TYPE, gs->name, gs->pos);
    s->pkg = gs->pkg;
    s->global = true;
    s->decl = spec;
    Type *named = type_named(gs->pkg->name, name);
    s->type = named;
    s->state = 1;
    in->sym = s;
    chk_path_push(c, s);
    Type *u = chk_type(c, spec->tspec.type);
    if (!u || s->broken) {
        type_set_underlying(named, t_invalid);
        named->kind = K_INVALID;
    } else {
        type_set_underlying(named, u);
    }
    s->state = 2;
    chk_path_pop(c);
    if (c->comp->npath == 0)
        chk_settle_types(c);
    if (named->kind != K_INVALID) {
        instance_methods(c, gs, targs);
        chk_promote_instance(c, gs->pkg, named);
    }
    return s;
}

/* Go's "instantiation cycle": the parameter whose argument grows, shown
 * relative to the instance that asked for it (T instantiated as []T). */
static void cycle_error(Checker *c, Symbol *gs, Type **targs, Pos at)
{
    Generic *g = gs->generic;
    PendingBody *cur = c->comp->checking;
    int k = 0;
    char was[1024], now[1024], rel[1024];
    now[0] = was[0] = '\0';
    for (int i = 0; i < g->n; i++) {
        chk_type_string(targs[i], now, sizeof now);
        if (cur && cur->generic == gs) {
            chk_type_string(cur->targs[i], was, sizeof was);
            if (strcmp(was, now) != 0) {
                k = i;
                break;
            }
        }
    }
    chk_type_string(targs[k], now, sizeof now);
    const char *name = gen_tparam(g, k, NULL)->ident.name;
    char *hit = cur && cur->generic == gs && was[0] ? strstr(now, was) : NULL;
    if (hit)
        snprintf(rel, sizeof rel, "%.*s%s%s", (int)(hit - now), now, name, hit + strlen(was));
    else
        snprintf(rel, sizeof rel, "%s", now);
    char note[1200];
    snprintf(note, sizeof note, "%s instantiated as %s", name, rel);
    g->cycle = true;
    chk_error_note(c, gen_tparam(g, k, NULL)->pos, at, note, "instantiation cycle:");
}

Symbol *gen_instance(Checker *c, Symbol *gs, Type **targs, Pos at)
{
    Generic *g = gs->generic;
    for (int i = 0; i < g->n; i++)
        if (!targs[i] || (targs[i]->kind == K_INVALID && !gen_tparam_of(targs[i])))
            return NULL; /* a type parameter is unsettled while its constraint is made */
    GenericInst *in = cached(g, targs);
    if (in) {
        /* Bad[T] holding a Bad[T] by value while it is being made */
        if (in->sym && in->sym->state == 1 && !chk_type_cycle(c, in->sym, NEED_LAYOUT))
            return NULL;
        return in->sym;
    }
    if (g->cycle)
        return NULL;
    PendingBody *cur = c->comp->checking;
    if (nesting >= MAX_INSTANCE_DEPTH || (cur && cur->depth >= MAX_INSTANCE_DEPTH)) {
        cycle_error(c, gs, targs, at);
        return NULL;
    }
    Checker saved = *c;
    Diag *diag = c->diag;
    const Source *src = diag->src;
    c->pkg = gs->pkg;
    diag->src = gs->pkg->src;
    c->func = NULL;
    c->iota = -1;
    c->callee = NULL;
    c->scope = scope_new(gs->pkg->scope, SCOPE_PACKAGE);
    for (int i = 0; i < g->n; i++) {
        Node *id = gen_tparam(g, i, NULL);
        bind(c->scope, id->ident.name, id->pos, targs[i]);
    }
    diag->src = src;
    bool ok = satisfied(c, g, targs, at);
    diag->src = gs->pkg->src;
    Symbol *s = NULL;
    nesting++;
    if (ok) {
        in = GC_MALLOC(sizeof *in);
        in->targs = GC_MALLOC(sizeof(Type *) * (size_t)g->n);
        memcpy(in->targs, targs, sizeof(Type *) * (size_t)g->n);
        in->next = g->insts;
        g->insts = in;
        if (g->decl->kind == N_FUNCDECL) {
            s = func_instance(c, gs, targs);
            in->sym = s;
        } else {
            s = type_instance(c, gs, targs, in);
        }
    }
    nesting--;
    Checker done = *c;
    *c = saved;
    c->comp = done.comp;
    diag->src = src;
    return s;
}

void gen_check_pending(Compiler *comp)
{
    while (comp->pending) {
        PendingBody *p = comp->pending;
        comp->pending = p->next;
        FuncInfo *f = p->f;
        Checker c;
        memset(&c, 0, sizeof c);
        c.comp = comp;
        c.diag = comp->diag;
        c.pkg = f->pkg;
        c.scope = p->scope;
        c.iota = -1;
        c.dep_owner = f->sym;
        const Source *saved = comp->diag->src;
        comp->diag->src = f->pkg->src;
        PendingBody *outer = comp->checking;
        comp->checking = p;
        chk_func_body(&c, f);
        comp->checking = outer;
        comp->diag->src = saved;
        if (f->pkg->emitted) {
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
}
