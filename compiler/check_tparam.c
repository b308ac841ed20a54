/* check_tparam.c: a generic body checked once against its constraints.
 *
 * Instances (instantiate.c) check a copy of a generic declaration per
 * list of type arguments; Go checks the body once, whatever it is
 * instantiated with, and only allows what every type in each parameter's
 * type set allows. Here each type parameter becomes a named type of its
 * own, T, whose underlying type is the constraint's core type when its
 * terms share one (~int, ~[]E), else the first term's (so arithmetic and
 * order can be judged term by term), else the constraint's interface (so
 * its methods can be called and a T can be passed as any). The operations
 * whose rule differs for type parameters (==, <, constants, conversions,
 * range, index, assertions) ask gen_tparam_of. A body that fails is
 * reported here once, and its instances are not checked again. */
#include <gc.h>
#include <string.h>
#include "check.h"

static TParam **all;
static int nall, allcap;

const TParam *gen_tparam_of(const Type *t)
{
    if (!t || !type_is_named(t) || t->pkg)
        return NULL;
    for (int i = nall - 1; i >= 0; i--)
        if (all[i]->t == t)
            return all[i];
    return NULL;
}

bool gen_tparam_comparable(const TParam *tp)
{
    if (tp->comparable)
        return true;
    for (int i = 0; i < tp->nterms; i++)
        if (!type_is_comparable(tp->terms[i]))
            return false;
    return tp->nterms > 0;
}

bool gen_has_tparam(Type **targs, int n)
{
    for (int i = 0; i < n; i++) {
        Type *t = targs[i];
        for (int d = 0; t && d < 8; d++) {
            if (gen_tparam_of(t))
                return true;
            t = type_is_named(t) ? NULL : t->elem;
        }
    }
    return false;
}

static void add_term(TParam *tp, Type *t, bool tilde)
{
    Type **ts = GC_MALLOC(sizeof(Type *) * (size_t)(tp->nterms + 1));
    bool *tl = GC_MALLOC(sizeof(bool) * (size_t)(tp->nterms + 1));
    if (tp->nterms) {
        memcpy(ts, tp->terms, sizeof(Type *) * (size_t)tp->nterms);
        memcpy(tl, tp->tilde, sizeof(bool) * (size_t)tp->nterms);
    }
    ts[tp->nterms] = t;
    tl[tp->nterms] = tilde;
    tp->terms = ts;
    tp->tilde = tl;
    tp->nterms++;
}

/* Collects the terms of constraint syntax [n]: a union, a single type, an
 * interface embedding them, comparable. Only the first term list counts
 * (Go intersects several; programs seldom embed two). */
static void collect_terms(Checker *c, TParam *tp, Node *n, bool *seen, int depth)
{
    if (depth > 16)
        return;
    if (n->kind == N_PAREN) {
        collect_terms(c, tp, n->paren.x, seen, depth + 1);
        return;
    }
    if (n->kind == N_BINARY && n->op == T_OR) {
        collect_terms(c, tp, n->binary.x, seen, depth + 1);
        collect_terms(c, tp, n->binary.y, seen, depth + 1);
        *seen = true;
        return;
    }
    if (n->kind == N_UNARY && n->op == T_TILDE) {
        Type *t = chk_type(c, ast_clone(n->unary.x));
        if (t && t->kind != K_INVALID)
            add_term(tp, t, true);
        *seen = true;
        return;
    }
    if (n->kind == N_INDEX && n->index.x->kind == N_IDENT) {
        /* Setter[T]: the generic interface's terms, with its parameters
         * bound to this instance's arguments */
        Symbol *gs = scope_lookup(c->scope, n->index.x->ident.name);
        Type *it = gs && gs->generic && gs->generic->decl->kind == N_TYPESPEC ? chk_type(c, ast_clone(n)) : NULL;
        for (GenericInst *in = it ? gs->generic->insts : NULL; in; in = in->next) {
            if (!in->sym || in->sym->type != it)
                continue;
            Scope *s = scope_new(gs->pkg->scope, SCOPE_PACKAGE);
            for (int i = 0; i < gs->generic->n; i++) {
                Node *id = gen_tparam(gs->generic, i, NULL);
                Symbol *sym = sym_new(SYM_TYPE, id->ident.name, id->pos);
                sym->type = in->targs[i];
                sym->state = 2;
                sym->global = true;
                scope_insert(s, sym);
            }
            Scope *saved = c->scope;
            c->scope = s;
            collect_terms(c, tp, ast_clone(gs->generic->decl->tspec.type), seen, depth + 1);
            c->scope = saved;
            return;
        }
    }
    Node *is = gen_iface_syntax(c, n);
    if (is) {
        for (int i = 0; i < is->iface.methods.len; i++) {
            Node *m = is->iface.methods.items[i];
            if (m->field.names.len)
                continue;
            if (*seen && m->field.type->kind != N_IDENT)
                continue; /* a second term list */
            collect_terms(c, tp, m->field.type, seen, depth + 1);
        }
        return;
    }
    Type *t = chk_type(c, ast_clone(n));
    if (!t || t->kind == K_INVALID)
        return;
    if (t == gen_comparable_type()) {
        tp->comparable = true;
        return;
    }
    if (type_under(t)->kind == K_INTERFACE)
        return; /* methods only: see the interface */
    add_term(tp, t, false);
    *seen = true;
}

/* The constraint as Go names it in "constrained by ...". */
static const char *constraint_name(Node *n)
{
    char buf[400];
    if (n->kind == N_BINARY || n->kind == N_UNARY) {
        /* an inline union: ~int|~string */
        char parts[400];
        ast_expr_string(n, parts, sizeof parts);
        size_t k = 0;
        for (size_t i = 0; parts[i] && k + 1 < sizeof buf; i++)
            if (parts[i] != ' ')
                buf[k++] = parts[i];
        buf[k] = '\0';
    } else {
        ast_expr_string(n, buf, sizeof buf);
    }
    return ast_intern(buf, (int)strlen(buf));
}

static TParam *new_tparam(const char *name)
{
    TParam *tp = GC_MALLOC(sizeof *tp);
    tp->t = type_named(NULL, name);
    if (nall == allcap) {
        allcap = allcap ? allcap * 2 : 32;
        TParam **a = GC_MALLOC_UNCOLLECTABLE(sizeof(TParam *) * (size_t)allcap);
        if (nall)
            memcpy(a, all, sizeof(TParam *) * (size_t)nall);
        all = a;
    }
    all[nall++] = tp;
    return tp;
}

/* Gives [tp] its underlying type, from constraint [cons] checked in the
 * scope that binds every type parameter of the declaration. */
static void settle(Checker *c, TParam *tp, Node *cons)
{
    tp->cname = constraint_name(cons);
    bool seen = false;
    collect_terms(c, tp, cons, &seen, 0);
    Type *u = NULL;
    if (tp->nterms) {
        u = type_under(tp->terms[0]);
        tp->core = true;
        for (int i = 1; i < tp->nterms; i++)
            if (!type_same(type_under(tp->terms[i]), u))
                tp->core = false;
    } else {
        Type *ct = chk_type(c, ast_clone(cons));
        Type *cu = ct ? type_under(ct) : NULL;
        if (cu && cu->kind == K_INTERFACE)
            u = type_interface(cu->imethods, cu->nimethods);
        else
            u = t_empty_iface;
    }
    type_set_underlying(tp->t, u);
    if (tp->nterms && cons->kind != N_BINARY && cons->kind != N_UNARY) {
        /* interface{ ~int; String() string }: the methods are T's */
        Type *ct = chk_type(c, ast_clone(cons));
        Type *cu = ct ? type_under(ct) : NULL;
        if (cu && cu->kind == K_INTERFACE && cu->nimethods) {
            Method *ms = GC_MALLOC(sizeof(Method) * (size_t)cu->nimethods);
            for (int i = 0; i < cu->nimethods; i++)
                ms[i] = (Method){cu->imethods[i].name, cu->imethods[i].type, NULL, false, 0, NULL, NULL, NULL};
            tp->t->methods = ms;
            tp->t->nmethods = cu->nimethods;
        }
    }
}

/* A scope binding the type parameters named [ids] (constraints [cons]). */
static Scope *tparam_scope(Checker *c, Package *p, Node **ids, Node **cons, int n)
{
    Scope *s = scope_new(p->scope, SCOPE_PACKAGE);
    TParam **tps = GC_MALLOC(sizeof(TParam *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        tps[i] = new_tparam(ids[i]->ident.name);
        if (strcmp(ids[i]->ident.name, "_") == 0)
            continue; /* [_ any] */
        Symbol *sym = sym_new(SYM_TYPE, ids[i]->ident.name, ids[i]->pos);
        sym->type = tps[i]->t;
        sym->state = 2;
        sym->global = true;
        scope_insert(s, sym);
    }
    Scope *saved = c->scope;
    c->scope = s;
    for (int i = 0; i < n; i++)
        settle(c, tps[i], cons[i]);
    c->scope = saved;
    return s;
}

static void check_one(Checker *outer, Package *p, Generic *g, Node *decl, Node **ids, int n)
{
    Node **cons = GC_MALLOC(sizeof(Node *) * (size_t)(n + 1));
    for (int i = 0; i < n && i < g->n; i++)
        gen_tparam(g, i, &cons[i]);
    for (int i = g->n; i < n; i++)
        cons[i] = NULL;
    Checker c;
    memset(&c, 0, sizeof c);
    c.comp = outer->comp;
    c.diag = outer->diag;
    c.pkg = p;
    c.iota = -1;
    int before = c.diag->count;
    c.scope = tparam_scope(&c, p, ids, cons, n);
    Node *fd = ast_clone(decl);
    FuncInfo *f = chk_new_func(&c, fd, "generic");
    f->body = fd->funcdecl.body;
    f->unchecked = true; /* never emitted: instances are */
    fd->funcdecl.info = f;
    Symbol *rs = NULL;
    if (fd->funcdecl.recv) {
        Node *rp = fd->funcdecl.recv->func.params.items[0];
        Node *rid = rp->field.names.len ? rp->field.names.items[0] : NULL;
        Type *rt = chk_type(&c, rp->field.type);
        rs = sym_new(SYM_VAR, rid ? rid->ident.name : ast_intern("_", 1), rid ? rid->pos : rp->pos);
        rs->type = rt ? rt : t_invalid;
        rs->state = 2;
        rs->is_param = true;
        f->recv = rs;
        f->is_method = true;
    }
    f->sig = chk_signature(&c, fd->funcdecl.type, f, rs);
    if (f->body)
        chk_func_body(&c, f);
    if (c.diag->count > before || c.diag->overflow)
        g->bad_body = true;
}

/* Methods of generic types whose generic check failed. */
static Node **bad;
static int nbad, badcap;

static void mark_bad(Node *fd)
{
    if (nbad == badcap) {
        badcap = badcap ? badcap * 2 : 8;
        Node **b = GC_MALLOC_UNCOLLECTABLE(sizeof(Node *) * (size_t)badcap);
        if (nbad)
            memcpy(b, bad, sizeof(Node *) * (size_t)nbad);
        bad = b;
    }
    bad[nbad++] = fd;
}

bool gen_bad_method(const Node *fd)
{
    for (int i = 0; i < nbad; i++)
        if (bad[i] == fd)
            return true;
    return false;
}

void gen_check_generic_bodies(Checker *c, Package *p)
{
    Node *file = p->file;
    for (int i = 0; i < file->file.items.len; i++) {
        Node *it = file->file.items.items[i];
        if (it->kind != N_FUNCDECL || it->funcdecl.recv || !it->funcdecl.tparams.len)
            continue;
        Symbol *s = scope_lookup_local(p->scope, it->funcdecl.name->ident.name);
        if (!s || !s->generic || s->generic->decl != it || s->generic->cycle)
            continue;
        Node **ids = GC_MALLOC(sizeof(Node *) * (size_t)(s->generic->n + 1));
        for (int k = 0; k < s->generic->n; k++)
            ids[k] = gen_tparam(s->generic, k, NULL);
        check_one(c, p, s->generic, it, ids, s->generic->n);
    }
    for (int i = 0; i < p->ngmethods; i++) {
        Node *fd = p->gmethods[i];
        if (!fd)
            continue; /* a wrong receiver, reported */
        fd = ast_clone(fd);
        Node *b = fd->funcdecl.recv->func.params.items[0]->field.type;
        while (b->kind == N_PAREN || b->kind == N_STAR)
            b = b->kind == N_PAREN ? b->paren.x : b->star.x;
        gen_name_blank_tparams(b);
        Symbol *s = scope_lookup_local(p->scope, b->index.x->ident.name);
        if (!s || !s->generic || s->generic->cycle)
            continue;
        int n = 1 + b->index.rest.len;
        Node **ids = GC_MALLOC(sizeof(Node *) * (size_t)(n + 1));
        for (int k = 0; k < n; k++)
            ids[k] = k == 0 ? b->index.index : b->index.rest.items[k - 1];
        /* a method's failure must not stop the type's other uses */
        Generic mine = *s->generic;
        mine.bad_body = false;
        check_one(c, p, &mine, fd, ids, n);
        if (mine.bad_body)
            mark_bad(p->gmethods[i]);
    }
}

/* ---- the rules type parameters change ---- */

bool gen_all_terms(Type *t, bool (*pred)(const Type *))
{
    const TParam *tp = gen_tparam_of(t);
    if (!tp)
        return pred(type_under(t));
    for (int i = 0; i < tp->nterms; i++)
        if (!pred(type_under(tp->terms[i])))
            return false;
    return tp->nterms > 0;
}

static bool nilable(const Type *u)
{
    switch (u->kind) {
    case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
    case K_INTERFACE: case K_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

/* Whether untyped [n] converts to every type in [tp]'s type set (Go's
 * implicitTypeAndValue on a type parameter); says nothing. */
static bool untyped_fits(Node *n, const TParam *tp)
{
    if (!tp->nterms)
        return false;
    for (int i = 0; i < tp->nterms; i++) {
        Type *u = type_under(tp->terms[i]);
        bool ok;
        if (n->type == t_untyped_nil)
            ok = nilable(u);
        else if (n->type->kind == K_UNTYPED_BOOL)
            ok = type_is_boolean(u);
        else if (n->type->kind == K_UNTYPED_STRING)
            ok = type_is_string(u);
        else if (n->mode == MODE_CONST && n->cval) {
            ConstVal *r;
            ok = type_is_numeric(u) && cv_representable(n->cval, u, &r) == 0;
        } else
            ok = type_is_numeric(u);
        if (!ok)
            return false;
    }
    return true;
}

bool gen_convert_untyped(Node *n, Type *target)
{
    const TParam *tp = gen_tparam_of(target);
    if (!untyped_fits(n, tp))
        return false;
    for (Node *p = n;; p = p->paren.x) {
        p->type = target;
        if (p->kind != N_PAREN)
            break;
    }
    return true;
}

bool gen_assignable(Node *n, Type *t)
{
    const TParam *tp = gen_tparam_of(t);
    Type *v = n->type;
    if (type_same(v, t))
        return true;
    if (type_is_untyped(v))
        return untyped_fits(n, tp);
    /* an unnamed V assignable to every type in the set: []int to ~[]int */
    if (type_is_named(v) || (v->kind >= K_BOOL && v->kind <= K_UNSAFEPTR) || !tp->nterms)
        return false;
    for (int i = 0; i < tp->nterms; i++)
        if (!type_same(type_under(tp->terms[i]), type_under(v)))
            return false;
    return true;
}

/* The types a conversion operand or target stands for: a type
 * parameter's terms, or the type itself. */
static int term_list(Type *t, Type **one, Type ***list)
{
    const TParam *tp = gen_tparam_of(t);
    if (!tp) {
        *one = t;
        *list = one;
        return 1;
    }
    *list = tp->terms;
    return tp->nterms;
}

bool gen_convertible(Type *from, Type *to, char *why, size_t size)
{
    why[0] = '\0';
    if (type_same(from, to))
        return true;
    Type *a1, *b1, **as, **bs;
    int na = term_list(from, &a1, &as), nb = term_list(to, &b1, &bs);
    if (!na || !nb)
        return false;
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (!chk_convertible(as[i], bs[j])) {
                char f[256], t[256], p[256];
                chk_type_string(as[i], f, sizeof f);
                chk_type_string(bs[j], t, sizeof t);
                if (gen_tparam_of(from) && gen_tparam_of(to))
                    snprintf(why, size, "cannot convert %s (in %s) to %s (in %s)", f,
                             (chk_type_string(from, p, sizeof p), p), t, to->name);
                else if (gen_tparam_of(from))
                    snprintf(why, size, "cannot convert %s (in %s) to %s", f, from->name, t);
                else
                    snprintf(why, size, "cannot convert %s to %s (in %s)", f, t, to->name);
                return false;
            }
    return true;
}

/* T(x) where T or x's type is a type parameter (go/types convertibleTo):
 * assignable, or convertible term by term; a constant becomes a value. */
void gen_conversion(Checker *c, Node *n, Node *x, Type *t)
{
    char buf[800], ts[256], why[600];
    chk_type_string(t, ts, sizeof ts);
    const TParam *tp = gen_tparam_of(t);
    if (x->mode == MODE_CONST && type_is_untyped(x->type) && tp && !tp->nterms) {
        char expr[400];
        ast_expr_string(x, expr, sizeof expr);
        chk_error(c, start_pos(x), "cannot convert %s (%s value) to type %s:\n\t%s does not contain specific types",
                  expr, x->type->name, ts, ts);
        n->mode = MODE_INVALID;
        n->type = t_invalid;
        return;
    }
    if (x->mode == MODE_CONST && type_is_untyped(x->type) && tp) {
        for (int i = 0; i < tp->nterms; i++) {
            Type *u = type_under(tp->terms[i]);
            ConstVal *r;
            bool ok = type_is_numeric(u) ? type_is_numeric(x->type) && cv_representable(x->cval, u, &r) == 0
                                         : chk_convertible(chk_default_type(x->type), tp->terms[i]);
            if (!ok) {
                char expr[400], us[256];
                ast_expr_string(x, expr, sizeof expr);
                chk_operand_string(x, buf, sizeof buf);
                chk_type_string(tp->terms[i], us, sizeof us);
                chk_error(c, start_pos(x), "cannot convert %s (%s value) to type %s:\n\tcannot convert %s to %s (in %s)",
                          expr, x->type->name, ts, buf, us, ts);
                n->mode = MODE_INVALID;
                n->type = t_invalid;
                return;
            }
        }
        if (tp->nterms) {
            x->type = chk_default_type(x->type);
            n->mode = MODE_VALUE;
            n->type = t;
            return;
        }
    }
    if (type_is_untyped(x->type) && x->type != t_untyped_nil)
        chk_default(c, x);
    why[0] = '\0';
    if ((x->type != t_untyped_nil || tp) && (chk_assignable(c, x, t, NULL, 0) || gen_convertible(x->type, t, why, sizeof why))) {
        n->mode = MODE_VALUE;
        n->type = t;
        return;
    }
    chk_operand_string(x, buf, sizeof buf);
    if (why[0])
        chk_error(c, start_pos(x), "cannot convert %s to type %s:\n\t%s", buf, ts, why);
    else
        chk_error(c, start_pos(x), "cannot convert %s to type %s", buf, ts);
    n->mode = MODE_INVALID;
    n->type = t_invalid;
}

/* The element type indexing a value of type [u] gives, with [key] set
 * for a map; NULL if it cannot be indexed. */
static Type *index_elem(Type *u, Type **key)
{
    *key = NULL;
    switch (u->kind) {
    case K_STRING: return t_byte;
    case K_SLICE: case K_ARRAY: return u->elem;
    case K_POINTER: return type_under(u->elem)->kind == K_ARRAY ? type_under(u->elem)->elem : NULL;
    case K_MAP: *key = u->key; return u->elem;
    default: return NULL;
    }
}

bool gen_indexable(const TParam *tp)
{
    if (tp->core)
        return true;
    Type *elem = NULL, *key = NULL;
    for (int i = 0; i < tp->nterms; i++) {
        Type *k, *e = index_elem(type_under(tp->terms[i]), &k);
        if (!e || (i && (!type_same(e, elem) || (k == NULL) != (key == NULL) || (k && !type_same(k, key)))))
            return false;
        elem = e, key = k;
    }
    return tp->nterms > 0;
}
