/* check_generic.c: the checker's side of generics: constraint
 * satisfaction, explicit instantiation (F[int], Stack[int]) and inference
 * of type arguments from a call's arguments (instantiate.c makes the
 * instances).
 *
 * Without type-parameter types, a constraint is judged on its syntax: an
 * interface's type terms (~int | string), embedded constraints such as
 * comparable, and its methods, against each type argument. Inference
 * unifies the syntax of each parameter's type with its argument's type. */
#include <gc.h>
#include <string.h>
#include "check.h"

Type *gen_comparable_type(void)
{
    static Type *t;
    if (!t) {
        Type *u = GC_MALLOC(sizeof(Type));
        *u = *t_empty_iface;
        u->canon = u;
        u->ptr_to = u->slice_of = u->next_in_bucket = NULL;
        u->flags |= TF_CONSTRAINT;
        t = type_named(NULL, "comparable");
        type_set_underlying(t, u);
    }
    return t;
}

static bool is_union(const Node *n)
{
    return (n->kind == N_BINARY && n->op == T_OR) || (n->kind == N_UNARY && n->op == T_TILDE);
}

/* A union's spelling as Go names an inline constraint: ~int|~float64. */
static size_t terms_compact(const Node *n, char *buf, size_t size)
{
    if (n->kind == N_BINARY) {
        size_t len = terms_compact(n->binary.x, buf, size);
        if (len + 1 < size) {
            buf[len++] = '|';
            buf[len] = '\0';
            len += terms_compact(n->binary.y, buf + len, size - len);
        }
        return len;
    }
    ast_expr_string(n, buf, size);
    return strlen(buf);
}

/* Whether [t] is in the type set of term list [n]. */
static bool in_terms(Checker *c, Type *t, Node *n)
{
    if (n->kind == N_BINARY)
        return in_terms(c, t, n->binary.x) || in_terms(c, t, n->binary.y);
    if (n->kind == N_UNARY) {
        Type *x = chk_type(c, n->unary.x);
        return x && type_same(type_under(t), x);
    }
    Type *x = chk_type(c, n);
    return x && type_same(t, x);
}

static bool missing_term(Checker *c, Type *t, Node *terms, const char *cname, char *why, size_t size)
{
    if (in_terms(c, t, terms))
        return false;
    char ts[256], all[400];
    chk_type_string(t, ts, sizeof ts);
    ast_expr_string(terms, all, sizeof all);
    snprintf(why, size, "%s does not implement %s (%s missing in %s)", ts, cname, ts, all);
    return true;
}

/* The interface syntax a constraint names, for its terms and embedded
 * constraints (NULL for a plain type). */
Node *gen_iface_syntax(Checker *c, Node *n)
{
    if (n->kind == N_INTERFACETYPE)
        return n;
    if (n->kind == N_IDENT) {
        Symbol *s = scope_lookup(c->scope, n->ident.name);
        if (s && s->kind == SYM_TYPE && s->decl && s->decl->kind == N_TYPESPEC &&
            s->decl->tspec.type->kind == N_INTERFACETYPE)
            return s->decl->tspec.type;
    }
    return NULL;
}

/* The type-set checks of constraint [n] (terms, comparable), named
 * [cname] in messages; methods are checked by the caller. */
static bool type_set_ok(Checker *c, Type *t, Node *n, const char *cname, char *why, size_t size, int depth)
{
    char ts[256];
    if (depth > 16)
        return true;
    if (is_union(n))
        return !missing_term(c, t, n, cname, why, size);
    Type *ct = chk_type(c, n);
    if (!ct)
        return true; /* reported */
    if (ct == gen_comparable_type()) {
        const TParam *tp = gen_tparam_of(t);
        if (tp ? gen_tparam_comparable(tp) : type_is_comparable(t))
            return true;
        chk_type_string(t, ts, sizeof ts);
        snprintf(why, size, "%s does not implement %s", ts, cname);
        return false;
    }
    if (type_under(ct)->kind != K_INTERFACE) {
        /* a single type term: [T int] */
        if (type_same(t, ct))
            return true;
        chk_type_string(t, ts, sizeof ts);
        char all[256];
        ast_expr_string(n, all, sizeof all);
        snprintf(why, size, "%s does not implement %s (%s missing in %s)", ts, cname, ts, all);
        return false;
    }
    Node *is = gen_iface_syntax(c, n);
    if (!is)
        return true;
    for (int i = 0; i < is->iface.methods.len; i++) {
        Node *m = is->iface.methods.items[i];
        if (m->field.names.len)
            continue;
        Node *e = ast_clone(m->field.type);
        if (is_union(e)) {
            if (missing_term(c, t, e, cname, why, size))
                return false;
        } else if (!type_set_ok(c, t, e, cname, why, size, depth + 1)) {
            return false;
        }
    }
    return true;
}

bool gen_satisfies(Checker *c, Type *t, Node *n, char *why, size_t size)
{
    char cname[256], ts[256];
    if (is_union(n))
        terms_compact(n, cname, sizeof cname);
    else
        ast_expr_string(n, cname, sizeof cname);
    const TParam *tp = gen_tparam_of(t);
    if (tp && tp->nterms) {
        /* a type parameter satisfies a type set holding each of its terms */
        for (int i = 0; i < tp->nterms; i++)
            if (!type_set_ok(c, tp->terms[i], n, cname, why, size, 0)) {
                chk_type_string(t, ts, sizeof ts);
                snprintf(why, size, "%s does not implement %s", ts, cname);
                return false;
            }
    } else if (!type_set_ok(c, t, n, cname, why, size, 0))
        return false;
    Type *ct = n->type && n->mode == MODE_TYPE ? n->type : NULL;
    if (!ct || type_under(ct)->kind != K_INTERFACE || !type_under(ct)->nimethods)
        return true;
    Type *plain = type_interface(type_under(ct)->imethods, type_under(ct)->nimethods);
    char reason[400];
    reason[0] = '\0';
    if (chk_implements(t, plain, reason, sizeof reason))
        return true;
    chk_type_string(t, ts, sizeof ts);
    snprintf(why, size, "%s does not implement %s %s", ts, cname, reason);
    return true && false;
}

/* ---- declarations ---- */

void gen_check_decl(Checker *c, Symbol *s)
{
    Generic *g = s->generic;
    for (int i = 0; i < g->n; i++) {
        Node *id = gen_tparam(g, i, NULL);
        for (int j = 0; j < i; j++) {
            Node *prev = gen_tparam(g, j, NULL);
            if (prev->ident.name == id->ident.name && strcmp(id->ident.name, "_") != 0) {
                chk_error_alt(c, id->pos, prev->pos, id->ident.name, "%s redeclared in this block", id->ident.name);
                g->cycle = true; /* no instances */
            }
        }
    }
    if (g->decl->kind == N_TYPESPEC) {
        Node *t = g->decl->tspec.type;
        while (t->kind == N_PAREN)
            t = t->paren.x;
        for (int i = 0; t->kind == N_IDENT && i < g->n; i++)
            if (gen_tparam(g, i, NULL)->ident.name == t->ident.name) {
                chk_error(c, t->pos, "cannot use a type parameter as RHS in type declaration");
                g->cycle = true;
            }
    }
}

bool gen_check_method(Checker *c, Package *p, Node *fd)
{
    Node *recv = fd->funcdecl.recv->func.params.items[0]->field.type;
    while (recv->kind == N_PAREN || recv->kind == N_STAR)
        recv = recv->kind == N_PAREN ? recv->paren.x : recv->star.x;
    Node *id = recv->index.x;
    Symbol *s = scope_lookup_local(p->scope, id->ident.name);
    if (!s) {
        chk_error(c, id->pos, "undefined: %s", id->ident.name);
        return false;
    }
    if (!s->generic || s->kind != SYM_TYPE) {
        chk_error(c, id->pos, "%s is not a generic type", id->ident.name);
        return false;
    }
    int n = 1 + recv->index.rest.len;
    if (n != s->generic->n) {
        chk_error(c, id->pos, "got %d arguments but %d type parameters", n, s->generic->n);
        return false;
    }
    for (int k = 0; k < n; k++) {
        Node *a = k == 0 ? recv->index.index : recv->index.rest.items[k - 1];
        if (a->kind != N_IDENT) {
            char buf[256];
            ast_expr_string(a, buf, sizeof buf);
            chk_error(c, start_pos(a), "receiver type parameter %s must be an identifier", buf);
            return false;
        }
    }
    return true;
}

/* ---- explicit instantiation ---- */

static Symbol *generic_sym(Checker *c, const Node *x)
{
    if (x->kind != N_IDENT)
        return NULL;
    Symbol *s = scope_lookup(c->scope, x->ident.name);
    return s && s->generic ? s : NULL;
}

/* The explicit type arguments of F[A, B], checked; NULL after an error. */
static Type **type_args(Checker *c, Node *n, Symbol *g, int *count)
{
    int n_args = 1 + n->index.rest.len;
    Type **targs = GC_MALLOC(sizeof(Type *) * (size_t)(g->generic->n + n_args));
    bool ok = true;
    for (int i = 0; i < n_args; i++) {
        Node *a = i == 0 ? n->index.index : n->index.rest.items[i - 1];
        Type *t = chk_var_type(c, a);
        if (!t || (type_under(t)->flags & TF_CONSTRAINT))
            ok = false; /* reported */
        if (i < g->generic->n)
            targs[i] = t;
    }
    if (ok && n_args > g->generic->n && g->generic->decl->kind == N_TYPESPEC) {
        chk_error(c, start_pos(n->index.x), "got %d arguments but %d type parameters", n_args, g->generic->n);
        ok = false;
    } else if (ok && n_args > g->generic->n) {
        Node *extra = n->index.rest.items[g->generic->n - 1];
        chk_error(c, start_pos(extra), "got %d type arguments but want %d", n_args, g->generic->n);
        ok = false;
    }
    *count = n_args;
    return ok ? targs : NULL;
}

/* Points [n] at instance [s]: it becomes a plain name, which the emitter
 * knows, spelled as the instance (F[int]) in messages. */
static void use_instance(Checker *c, Node *n, Symbol *s, Pos pos)
{
    n->kind = N_IDENT;
    n->pos = pos;
    memset(&n->ident, 0, sizeof n->ident);
    n->ident.name = s->kind == SYM_TYPE && s->type->name ? s->type->name : s->name;
    n->ident.sym = s;
    n->info = NULL;
    s->used = true;
    if (s->kind == SYM_FUNC) {
        n->mode = MODE_VALUE;
        n->type = s->type;
        chk_record_ref(c, s);
    } else {
        n->mode = MODE_TYPE;
        n->type = s->type;
    }
}

typedef struct Partial {
    Symbol *g;
    Type **targs;
    int n;
} Partial;

bool chk_generic_index(Checker *c, Node *n)
{
    Symbol *g = generic_sym(c, n->index.x);
    if (!g)
        return false;
    n->index.x->ident.sym = g;
    chk_use(c, g);
    int count;
    Pos at = start_pos(n->index.x);
    Type **targs = type_args(c, n, g, &count);
    if (!targs) {
        n->mode = MODE_INVALID;
        n->type = t_invalid;
        return true;
    }
    if (count < g->generic->n) {
        if (g->generic->decl->kind == N_FUNCDECL && c->callee == n) {
            /* the call infers the rest */
            Partial *p = GC_MALLOC(sizeof *p);
            p->g = g;
            p->targs = targs;
            p->n = count;
            n->info = p;
            n->mode = MODE_VALUE;
            n->type = t_invalid;
            return true;
        }
        char ts[512];
        gen_tparams_string(g->generic, ts, sizeof ts);
        if (g->generic->decl->kind == N_FUNCDECL) {
            Node *id = gen_tparam(g->generic, count, NULL);
            chk_error(c, n->pos, "cannot infer %s (%s:%d:%d)", id->ident.name,
                      g->pkg->src ? g->pkg->src->name : "?", id->pos.line, id->pos.col);
        } else
            chk_error(c, start_pos(n->index.x), "got %d arguments but %d type parameters", count, g->generic->n);
        n->mode = MODE_INVALID;
        n->type = t_invalid;
        return true;
    }
    Symbol *s = gen_instance(c, g, targs, start_pos(n->index.index));
    if (!s) {
        n->mode = MODE_INVALID;
        n->type = t_invalid;
        return true;
    }
    use_instance(c, n, s, at);
    return true;
}

/* ---- inference ---- */

static int tparam_index(Generic *g, const Node *n)
{
    if (n->kind != N_IDENT)
        return -1;
    for (int i = 0; i < g->n; i++)
        if (gen_tparam(g, i, NULL)->ident.name == n->ident.name)
            return i;
    return -1;
}

/* Unifies parameter type syntax [p] with argument type [t], binding type
 * parameters in [targs]; false on a mismatch of a bound parameter. */
static bool unify(Checker *c, Generic *g, Node *p, Type *t, Type **targs, int depth)
{
    if (!t || depth > 64)
        return true;
    int i = tparam_index(g, p);
    if (i >= 0) {
        if (!targs[i]) {
            targs[i] = t;
            return true;
        }
        return type_same(targs[i], t) || type_same(type_under(targs[i]), type_under(t)) ||
               (!type_is_named(t) && type_same(type_under(targs[i]), t));
    }
    Type *u = type_under(t);
    switch (p->kind) {
    case N_PAREN:
        return unify(c, g, p->paren.x, t, targs, depth + 1);
    case N_STAR:
        return u->kind != K_POINTER || unify(c, g, p->star.x, u->elem, targs, depth + 1);
    case N_ELLIPSIS:
        /* f(xs...): the slice's elements are the parameter's */
        return u->kind != K_SLICE || unify(c, g, p->ellipsis.elem, u->elem, targs, depth + 1);
    case N_ARRAYTYPE:
        if (u->kind != K_SLICE && u->kind != K_ARRAY)
            return true;
        return unify(c, g, p->array.elem, u->elem, targs, depth + 1);
    case N_MAPTYPE:
        if (u->kind != K_MAP)
            return true;
        return unify(c, g, p->map.key, u->key, targs, depth + 1) &&
               unify(c, g, p->map.value, u->elem, targs, depth + 1);
    case N_CHANTYPE:
        return u->kind != K_CHAN || unify(c, g, p->chan.value, u->elem, targs, depth + 1);
    case N_FUNCTYPE: {
        if (u->kind != K_FUNC)
            return true;
        int k = 0;
        for (int j = 0; j < p->func.params.len; j++) {
            Node *f = p->func.params.items[j];
            int names = f->field.names.len ? f->field.names.len : 1;
            for (int m = 0; m < names; m++, k++)
                if (k < u->nparams && !unify(c, g, f->field.type, u->params[k], targs, depth + 1))
                    return false;
        }
        k = 0;
        for (int j = 0; j < p->func.results.len; j++) {
            Node *f = p->func.results.items[j];
            int names = f->field.names.len ? f->field.names.len : 1;
            for (int m = 0; m < names; m++, k++)
                if (k < u->nresults && !unify(c, g, f->field.type, u->results[k], targs, depth + 1))
                    return false;
        }
        return true;
    }
    case N_INDEX: {
        /* Stack[T] against an instance of Stack */
        Symbol *gs = generic_sym(c, p->index.x);
        if (!gs)
            return true;
        for (GenericInst *in = gs->generic->insts; in; in = in->next) {
            if (!in->sym || !type_same(in->sym->type, t))
                continue;
            for (int j = 0; j <= p->index.rest.len && j < gs->generic->n; j++) {
                Node *a = j == 0 ? p->index.index : p->index.rest.items[j - 1];
                if (!unify(c, g, a, in->targs[j], targs, depth + 1))
                    return false;
            }
        }
        return true;
    }
    default:
        return true;
    }
}

/* A generic function named through its package (cmp.Compare). */
static Symbol *qualified_generic(const Node *fun)
{
    if (fun->kind != N_SELECTOR || !fun->info || fun->mode == MODE_INVALID)
        return NULL;
    const Selection *sel = fun->info;
    return sel->kind == SEL_QUALIFIED && sel->sym && sel->sym->generic && sel->sym->kind == SYM_FUNC
               ? sel->sym : NULL;
}

bool chk_generic_callee(const Node *fun)
{
    if (fun->kind == N_IDENT)
        return fun->ident.sym && fun->ident.sym->generic && fun->mode != MODE_INVALID;
    if (qualified_generic(fun))
        return true;
    return fun->kind == N_INDEX && fun->info && fun->mode == MODE_VALUE && fun->index.x->kind == N_IDENT &&
           fun->index.x->ident.sym && fun->index.x->ident.sym->generic;
}

/* The parameter type syntax of argument [i] of [fd], or NULL. */
static Node *param_syntax(Node *fd, int i)
{
    NodeList *ps = &fd->funcdecl.type->func.params;
    Node *last = NULL;
    for (int j = 0; j < ps->len; j++) {
        Node *f = ps->items[j];
        int names = f->field.names.len ? f->field.names.len : 1;
        if (i < names)
            return f->field.type;
        i -= names;
        last = f->field.type;
    }
    return last && last->kind == N_ELLIPSIS ? last : NULL;
}

/* Go counts a generic call's arguments before inferring anything, and
 * shows the parameters as declared: want (T, ...U). */
static bool arg_count_ok(Checker *c, Node *call, Symbol *g, Node *fd)
{
    NodeList *ps = &fd->funcdecl.type->func.params;
    NodeList *args = &call->call.args;
    int np = 0;
    bool variadic = false;
    for (int j = 0; j < ps->len; j++) {
        Node *f = ps->items[j];
        np += f->field.names.len ? f->field.names.len : 1;
        variadic = f->field.type->kind == N_ELLIPSIS;
    }
    int na = args->len;
    if (na == 1 && args->items[0]->type && args->items[0]->type->kind == K_TUPLE)
        na = args->items[0]->type->nparams;
    int min = variadic ? np - 1 : np;
    if (na >= min && (variadic || na <= np))
        return true;
    char have[600], want[600], name[300];
    Type **ts = GC_MALLOC(sizeof(Type *) * (size_t)(args->len + 1));
    for (int i = 0; i < args->len; i++)
        ts[i] = args->items[i]->type;
    if (args->len == 1 && ts[0] && ts[0]->kind == K_TUPLE)
        chk_types_summary(ts[0]->params, ts[0]->nparams, false, have, sizeof have);
    else
        chk_types_summary(ts, args->len, false, have, sizeof have);
    size_t len = (size_t)snprintf(want, sizeof want, "(");
    for (int j = 0, k = 0; j < ps->len && len < sizeof want; j++) {
        Node *f = ps->items[j];
        char t[256];
        ast_expr_string(f->field.type, t, sizeof t);
        int names = f->field.names.len ? f->field.names.len : 1;
        for (int m = 0; m < names && len < sizeof want; m++, k++)
            len += (size_t)snprintf(want + len, sizeof want - len, "%s%s", k ? ", " : "", t);
    }
    if (len < sizeof want)
        snprintf(want + len, sizeof want - len, ")");
    ast_expr_string(call->call.fun, name, sizeof name);
    Pos at;
    if (na > np)
        at = start_pos(args->items[np < args->len ? np : args->len - 1]);
    else
        at = args->len ? start_pos(args->items[args->len - 1]) : start_pos(call);
    (void)g;
    chk_error(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", na > np ? "too many" : "not enough",
              name, have, want);
    return false;
}

/* A parameter whose constraint has a core type ([S ~[]E]) tells the
 * others: E from S, before untyped constants take default types (Go's
 * constraint type inference). */
static void core_inference(Checker *c, Generic *gen, Type **targs)
{
    for (int round = 0; round < gen->n; round++)
        for (int i = 0; i < gen->n; i++) {
            Node *cons;
            gen_tparam(gen, i, &cons);
            if (!targs[i] || !cons)
                continue;
            Node *core = cons->kind == N_UNARY && cons->op == T_TILDE ? cons->unary.x : NULL;
            if (core)
                unify(c, gen, core, type_under(targs[i]), targs, 0);
        }
}

bool chk_infer_call(Checker *c, Node *call)
{
    Node *fun = call->call.fun;
    Symbol *g;
    Generic *gen;
    Type **targs;
    if (fun->kind == N_IDENT || fun->kind == N_SELECTOR) {
        g = fun->kind == N_IDENT ? fun->ident.sym : qualified_generic(fun);
        gen = g->generic;
        targs = GC_MALLOC(sizeof(Type *) * (size_t)(gen->n + 1));
    } else {
        Partial *p = fun->info;
        g = p->g;
        gen = g->generic;
        targs = p->targs;
    }
    Node *fd = gen->decl;
    NodeList *args = &call->call.args;
    for (int i = 0; i < args->len; i++) {
        chk_expr(c, args->items[i]);
        if (args->items[i]->mode == MODE_INVALID)
            return false;
    }
    if (!arg_count_ok(c, call, g, fd))
        return false;
    /* typed arguments first, then untyped constants take their default
     * types for parameters still unknown (Go's two passes) */
    if (args->len == 1 && args->items[0]->type && args->items[0]->type->kind == K_TUPLE) {
        /* F(g()): each of g's results is an argument */
        Type *tt = args->items[0]->type;
        for (int k = 0; k < tt->nparams; k++) {
            Node *ps = param_syntax(fd, k);
            if (ps && ps->kind == N_ELLIPSIS)
                ps = ps->ellipsis.elem;
            if (ps && !unify(c, gen, ps, tt->params[k], targs, 0))
                break; /* the call reports the mismatch */
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            core_inference(c, gen, targs);
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            Node *ps = param_syntax(fd, i);
            if (!ps || !a->type || a->type->kind == K_TUPLE)
                continue;
            if (ps->kind == N_ELLIPSIS && !call->call.ellipsis)
                ps = ps->ellipsis.elem;
            bool untyped = type_is_untyped(a->type);
            if (untyped != (pass == 1))
                continue;
            Type *at = a->type;
            if (untyped) {
                int k = tparam_index(gen, ps);
                if (k < 0 || targs[k] || at->kind == K_UNTYPED_NIL)
                    continue;
                at = chk_default_type(at);
            }
            Type *saved[64];
            int n = gen->n < 64 ? gen->n : 64;
            memcpy(saved, targs, sizeof(Type *) * (size_t)n);
            if (!unify(c, gen, ps, at, targs, 0)) {
                char ts[256], es[400], bs[256];
                chk_type_string(at, ts, sizeof ts);
                ast_expr_string(a, es, sizeof es);
                int k = tparam_index(gen, ps);
                if (k >= 0 && saved[k]) {
                    chk_type_string(saved[k], bs, sizeof bs);
                    chk_error(c, start_pos(a), "type %s of %s does not match inferred type %s for %s", ts, es, bs,
                              gen_tparam(gen, k, NULL)->ident.name);
                } else {
                    char pts[256];
                    ast_expr_string(ps, pts, sizeof pts);
                    chk_error(c, start_pos(a), "type %s of %s does not match %s", ts, es, pts);
                }
                return false;
            }
        }
    }
    core_inference(c, gen, targs);
    for (int i = 0; i < gen->n; i++)
        if (!targs[i]) {
            Node *id = gen_tparam(gen, i, NULL);
            chk_error(c, call->pos, "cannot infer %s (%s:%d:%d)", id->ident.name,
                      g->pkg->src ? g->pkg->src->name : "?", id->pos.line, id->pos.col);
            return false;
        }
    Symbol *s = gen_instance(c, g, targs, call->pos);
    if (!s)
        return false;
    use_instance(c, fun, s, start_pos(fun));
    return true;
}
