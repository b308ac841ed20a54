/* vet_lostcancel.c: go vet's lostcancel check. The cancel function that
 * context.WithCancel, WithTimeout and WithDeadline return must be used
 * (called, deferred, passed on) on every path to a return, or the
 * context's resources stay until its parent is cancelled.
 *
 * Go vet searches the function's control-flow graph; gosh follows the
 * statements' structure with one bit, "the cancel var is defined and not
 * yet used", through ifs, loops (twice round, enough for one bit),
 * switches, selects, labelled break and continue. A return (or the
 * closing brace) met with the bit set is the path vet reports. A function
 * with a goto is not judged. As vet: main.main is skipped (the program
 * ends with it), panic, os.Exit, log.Fatal, runtime.Goexit and the
 * program's own functions that never return end a path, and only
 * functions of a program that imports context are looked at. */
#include <stdlib.h>
#include <string.h>
#include "vet.h"

typedef struct Loop {
    Node *stmt;
    const char *label;
    bool is_loop;       /* continue goes to it (a for or range) */
    bool brk, cont;     /* a break / continue left it with the bit set */
    struct Loop *up;
} Loop;

/* the program's functions known to return or not (go vet's noReturn) */
typedef struct NoReturn {
    const FuncInfo *fi[64];
    signed char state[64];  /* 1 being decided (taken to return), 2 returns, 3 never returns */
    int n;
} NoReturn;

typedef struct Flow {
    NoReturn *nr;
    const Symbol *sym;
    Node *def;          /* the assignment or value spec that defines it */
    bool named_result;  /* a bare return uses it */
    bool found;
    Pos ret;
    Loop *loops;
    const char *label;  /* the label of the statement about to be walked */
} Flow;

static bool flow(Flow *f, Node *s, bool live);

static bool flow_list(Flow *f, NodeList *l, bool live)
{
    for (int i = 0; i < l->len; i++)
        live = flow(f, l->items[i], live);
    return live;
}

static bool never_returns(NoReturn *nr, const FuncInfo *fi);

/* calls after which a path goes nowhere (go vet's noReturn facts for the
 * standard library, and the program's functions that never return) */
static bool no_return(NoReturn *nr, const Node *s)
{
    const Node *x = s->exprstmt.x;
    if (x->kind != N_CALL)
        return false;
    const Node *fn = x->call.fun;
    if (fn->kind == N_IDENT && fn->ident.sym && fn->ident.sym->kind == SYM_FUNC && fn->ident.sym->func)
        return never_returns(nr, fn->ident.sym->func);
    if (fn->kind == N_IDENT)
        return strcmp(fn->ident.name, "panic") == 0 && fn->ident.sym && fn->ident.sym->kind == SYM_BUILTIN;
    char name[200];
    if (!vet_callee(x, name, sizeof name))
        return false;
    static const char *const names[] = {"os.Exit", "runtime.Goexit", "log.Fatal", "log.Fatalf", "log.Fatalln",
                                        "log.Panic", "log.Panicf", "log.Panicln", NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

static bool simple(Flow *f, Node *s, bool live)
{
    if (!s)
        return live;
    if (s == f->def)
        return true;
    if (s->kind == N_DECLSTMT && s->declstmt.decl && s->declstmt.decl->kind == N_GENDECL) {
        NodeList *specs = &s->declstmt.decl->gen.specs;
        for (int i = 0; i < specs->len; i++)
            if (specs->items[i] == f->def)
                return true;
    }
    if (live && vet_mentions(s, f->sym))
        return false;
    if (s->kind == N_EXPRSTMT && no_return(f->nr, s))
        return false;
    return live;
}

static void found(Flow *f, Pos at)
{
    if (!f->found) {
        f->found = true;
        f->ret = at;
    }
}

static Loop *target(Flow *f, const Node *br, bool want_loop)
{
    for (Loop *l = f->loops; l; l = l->up) {
        if (br->branch.label) {
            if (l->label && strcmp(l->label, br->branch.label->ident.name) == 0)
                return l;
        } else if (l->is_loop || !want_loop) {
            return l;
        }
    }
    return NULL;
}

/* a for or range: the body from the head, then again from the head with
 * what came back round (the bit only ever clears, so twice suffices) */
static bool loop(Flow *f, Node *s, bool live)
{
    Loop l = {s, f->label, true, false, false, f->loops};
    f->label = NULL;
    Node *cond = s->kind == N_FOR ? s->fors.cond : NULL;
    if (s->kind == N_FOR)
        live = simple(f, s->fors.init, live);
    else if (live && vet_mentions(s->range.x, f->sym))
        live = false;
    bool head = live, exit = false;
    for (int pass = 0; pass < 2; pass++) {
        bool h = head;
        if (h && cond && vet_mentions(cond, f->sym))
            h = false;
        exit = exit || (s->kind == N_RANGE || cond ? h : false);
        f->loops = &l;
        bool end = flow(f, s->kind == N_FOR ? s->fors.body : s->range.body, h);
        if (s->kind == N_FOR)
            end = simple(f, s->fors.post, end);
        f->loops = l.up;
        bool back = end || l.cont;
        if (!back || head)
            break;
        head = true;
    }
    return exit || l.brk;
}

/* the clauses of a switch, type switch or select, each from [live] */
static bool clauses(Flow *f, Node *s, Node *body, bool live, bool is_select)
{
    Loop l = {s, f->label, false, false, false, f->loops};
    f->label = NULL;
    bool out = false, dflt = false, through = false;
    f->loops = &l;
    for (int i = 0; body && i < body->block.stmts.len; i++) {
        Node *cc = body->block.stmts.items[i];
        if (cc->kind != N_CASE)
            continue;
        dflt = dflt || cc->clause.is_default;
        bool in = live || through;
        for (int k = 0; in && k < cc->clause.list.len; k++)
            if (vet_mentions(cc->clause.list.items[k], f->sym))
                in = false;
        in = simple(f, cc->clause.comm, in);
        /* a fallthrough carries the bit into the next clause */
        NodeList *b = &cc->clause.body;
        through = false;
        bool ends_through = false;
        for (int k = 0; k < b->len; k++) {
            Node *st = b->items[k];
            if (st->kind == N_BRANCH && st->op == T_FALLTHROUGH) {
                through = in;
                ends_through = true;
                break;
            }
            in = flow(f, st, in);
        }
        if (!ends_through)
            out = out || in;
    }
    f->loops = l.up;
    if (!dflt && !is_select)
        out = out || live;
    return out || l.brk;
}

static bool flow(Flow *f, Node *s, bool live)
{
    if (!s)
        return live;
    switch (s->kind) {
    case N_BLOCK: return flow_list(f, &s->block.stmts, live);
    case N_LABELED:
        f->label = s->labeled.label->ident.name;
        live = flow(f, s->labeled.stmt, live);
        f->label = NULL;
        return live;
    case N_RETURN: {
        bool used = vet_mentions(s, f->sym) || (s->ret.results.len == 0 && f->named_result);
        if (live && !used)
            found(f, s->pos);
        return false;
    }
    case N_BRANCH: {
        if (s->op == T_BREAK || s->op == T_CONTINUE) {
            Loop *l = target(f, s, s->op == T_CONTINUE);
            if (l && live) {
                if (s->op == T_BREAK)
                    l->brk = true;
                else
                    l->cont = true;
            }
        }
        return false; /* fallthrough is followed by clauses() */
    }
    case N_IF: {
        live = simple(f, s->ifs.init, live);
        if (live && vet_mentions(s->ifs.cond, f->sym))
            live = false;
        bool then = flow(f, s->ifs.body, live);
        bool els = s->ifs.els ? flow(f, s->ifs.els, live) : live;
        return then || els;
    }
    case N_FOR:
    case N_RANGE: return loop(f, s, live);
    case N_SWITCH:
        live = simple(f, s->sw.init, live);
        if (live && vet_mentions(s->sw.tag, f->sym))
            live = false;
        return clauses(f, s, s->sw.body, live, false);
    case N_TYPESWITCH:
        live = simple(f, s->tsw.init, live);
        live = simple(f, s->tsw.assign, live);
        return clauses(f, s, s->tsw.body, live, false);
    case N_SELECT: return clauses(f, s, s->sel.body, live, true);
    default: return simple(f, s, live);
    }
}

/* A function never returns when no return can be reached and control
 * cannot fall off its end: the same walk, with the bit standing for
 * "control gets here" and nothing that uses it. */
static bool never_returns(NoReturn *nr, const FuncInfo *fi)
{
    if (!fi->body || fi->body->kind != N_BLOCK)
        return false;
    for (int i = 0; i < nr->n; i++)
        if (nr->fi[i] == fi)
            return nr->state[i] == 3;
    if (nr->n == 64)
        return false;
    int at = nr->n++;
    nr->fi[at] = fi;
    nr->state[at] = 1;
    static const Symbol nothing;
    Flow g = {.nr = nr, .sym = &nothing};
    bool falls_off = flow(&g, fi->body, true);
    nr->state[at] = falls_off || g.found ? 2 : 3;
    return nr->state[at] == 3;
}

/* ---- which return go vet names ----
 *
 * The walk above decides whether some return leaks; go vet names the
 * first one its depth-first search of the control-flow graph meets, which
 * follows go/cfg's order: an if's then before its else, a case's body
 * before the next case's test (default last), a loop's body before its
 * exit, and after a branch everything that follows it, each block once.
 * Continuations are frames: the rest of a statement list, a loop (its
 * body's end goes back to the head), a switch or select (break). */

enum { F_LIST, F_LOOP, F_BREAK };

typedef struct Cont {
    int kind;
    NodeList *list;     /* F_LIST: the statements left, from i */
    int i;              /* F_BREAK on a switch: the clause being run */
    Node *stmt;         /* F_LOOP, F_BREAK: the loop, switch or select */
    const char *label;
    struct Cont *up;
} Cont;

typedef struct Dfs {
    Flow *f;
    const void **seen;
    int nseen, cap;
    const char *label;  /* of the statement about to be entered */
    Pos rbrace;
} Dfs;

static bool seen(Dfs *d, const void *key)
{
    for (int i = 0; i < d->nseen; i++)
        if (d->seen[i] == key)
            return true;
    if (d->nseen == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 64;
        d->seen = realloc(d->seen, sizeof *d->seen * (size_t)d->cap);
    }
    d->seen[d->nseen++] = key;
    return false;
}

static bool uses(Dfs *d, Node *n)
{
    return n && vet_mentions(n, d->f->sym);
}

static bool d_stmt(Dfs *d, Node *s, Cont *k);
static bool d_next(Dfs *d, Cont *k);

static bool d_list(Dfs *d, NodeList *l, Cont *up)
{
    Cont f = {F_LIST, l, 0, NULL, NULL, up};
    return d_next(d, &f);
}

static bool d_head(Dfs *d, Cont *loop)
{
    Node *s = loop->stmt;
    if (seen(d, s->kind == N_FOR ? (void *)&s->fors.cond : (void *)&s->range.x))
        return false;
    Node *cond = s->kind == N_FOR ? s->fors.cond : NULL;
    if (uses(d, cond))
        return false;
    if (d_stmt(d, s->kind == N_FOR ? s->fors.body : s->range.body, loop))
        return true;
    return (s->kind == N_RANGE || cond) && d_next(d, loop->up);
}

static bool d_continue(Dfs *d, Cont *loop)
{
    Node *s = loop->stmt;
    if (s->kind == N_FOR && s->fors.post) {
        if (seen(d, &s->fors.post) || uses(d, s->fors.post))
            return false;
    }
    return d_head(d, loop);
}

static bool d_next(Dfs *d, Cont *k)
{
    if (!k) {
        /* off the end: go/cfg's implicit return at the closing brace */
        found(d->f, d->rbrace);
        return true;
    }
    switch (k->kind) {
    case F_LIST:
        if (k->i < k->list->len) {
            Cont f = *k;
            f.i++;
            return d_stmt(d, k->list->items[k->i], &f);
        }
        return d_next(d, k->up);
    case F_LOOP: return d_continue(d, k);
    default: return d_next(d, k->up);
    }
}

static Node *clause_at(Node *body, int i)
{
    return body && i < body->block.stmts.len ? body->block.stmts.items[i] : NULL;
}

static Node *clauses_of(Node *s)
{
    return s->kind == N_SWITCH ? s->sw.body : s->kind == N_TYPESWITCH ? s->tsw.body : s->sel.body;
}

/* clause [i]'s body, under the switch's break frame */
static bool d_clause(Dfs *d, Node *s, int i, Cont *k)
{
    Node *cc = clause_at(clauses_of(s), i);
    if (!cc || seen(d, cc))
        return false;
    Cont fb = {F_BREAK, NULL, i, s, k->label, k->up};
    return d_list(d, &cc->clause.body, &fb);
}

static bool d_switch(Dfs *d, Node *s, const char *label, Cont *k)
{
    Node *body = clauses_of(s);
    int dflt = -1, n = body ? body->block.stmts.len : 0;
    Cont at = {F_BREAK, NULL, 0, s, label, k};
    if (s->kind == N_SELECT)
        for (int i = 0; i < n; i++)
            if (uses(d, clause_at(body, i)->clause.comm))
                return false;
    for (int i = 0; i < n; i++) {
        Node *cc = clause_at(body, i);
        if (cc->clause.is_default) {
            dflt = i;
            continue;
        }
        for (int e = 0; e < cc->clause.list.len; e++)
            if (uses(d, cc->clause.list.items[e]))
                return false;
        if (d_clause(d, s, i, &at))
            return true;
    }
    if (dflt >= 0)
        return d_clause(d, s, dflt, &at);
    return s->kind != N_SELECT && d_next(d, k);
}

static Cont *branch_to(Cont *k, const Node *br)
{
    for (; k; k = k->up) {
        if (k->kind == F_LIST)
            continue;
        if (br->branch.label) {
            if (k->label && strcmp(k->label, br->branch.label->ident.name) == 0)
                return k;
        } else if (k->kind == F_LOOP || (br->op == T_BREAK && k->kind == F_BREAK)) {
            return k;
        }
    }
    return NULL;
}

static bool d_stmt(Dfs *d, Node *s, Cont *k)
{
    if (!s || seen(d, s))
        return false;
    /* a label belongs to the statement it labels, not to later ones */
    const char *label = d->label;
    d->label = NULL;
    switch (s->kind) {
    case N_BLOCK: return d_list(d, &s->block.stmts, k);
    case N_LABELED:
        d->label = s->labeled.label->ident.name;
        return d_stmt(d, s->labeled.stmt, k);
    case N_RETURN:
        if (uses(d, s) || (s->ret.results.len == 0 && d->f->named_result))
            return false;
        found(d->f, s->pos);
        return true;
    case N_BRANCH: {
        if (s->op == T_FALLTHROUGH) {
            for (Cont *f = k; f; f = f->up)
                if (f->kind == F_BREAK && f->stmt->kind == N_SWITCH)
                    return d_clause(d, f->stmt, f->i + 1, f);
            return false;
        }
        Cont *t = branch_to(k, s);
        if (!t)
            return false;
        if (s->op == T_BREAK)
            return d_next(d, t->up);
        return t->kind == F_LOOP && d_continue(d, t);
    }
    case N_IF:
        if (uses(d, s->ifs.init) || uses(d, s->ifs.cond))
            return false;
        if (d_stmt(d, s->ifs.body, k))
            return true;
        return s->ifs.els ? d_stmt(d, s->ifs.els, k) : d_next(d, k);
    case N_FOR:
    case N_RANGE: {
        if (s->kind == N_FOR ? uses(d, s->fors.init) : uses(d, s->range.x))
            return false;
        Cont loop = {F_LOOP, NULL, 0, s, label, k};
        return d_head(d, &loop);
    }
    case N_SWITCH:
        if (uses(d, s->sw.init) || uses(d, s->sw.tag))
            return false;
        return d_switch(d, s, label, k);
    case N_TYPESWITCH:
        if (uses(d, s->tsw.init) || uses(d, s->tsw.assign))
            return false;
        return d_switch(d, s, label, k);
    case N_SELECT: return d_switch(d, s, label, k);
    default:
        if (uses(d, s) || (s->kind == N_EXPRSTMT && no_return(d->f->nr, s)))
            return false;
        return d_next(d, k);
    }
}

static bool is_def(const Node *s, const Node *def)
{
    if (s == def)
        return true;
    if (s->kind != N_DECLSTMT || !s->declstmt.decl || s->declstmt.decl->kind != N_GENDECL)
        return false;
    NodeList *specs = &s->declstmt.decl->gen.specs;
    for (int i = 0; i < specs->len; i++)
        if (specs->items[i] == def)
            return true;
    return false;
}

/* finds the definition and searches from just after it; false when it
 * is not where a search can start (an if's or a for's init) */
static bool locate(Dfs *d, Node *s, Cont *k, bool *started);

static bool locate_list(Dfs *d, NodeList *l, Cont *up, bool *started)
{
    for (int i = 0; i < l->len; i++) {
        Cont f = {F_LIST, l, i + 1, NULL, NULL, up};
        if (is_def(l->items[i], d->f->def)) {
            *started = true;
            d_next(d, &f);
            return true;
        }
        if (locate(d, l->items[i], &f, started))
            return true;
    }
    return false;
}

static bool locate(Dfs *d, Node *s, Cont *k, bool *started)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_BLOCK: return locate_list(d, &s->block.stmts, k, started);
    case N_LABELED: return locate(d, s->labeled.stmt, k, started);
    case N_IF: return locate(d, s->ifs.body, k, started) || locate(d, s->ifs.els, k, started);
    case N_FOR:
    case N_RANGE: {
        Cont loop = {F_LOOP, NULL, 0, s, NULL, k};
        return locate(d, s->kind == N_FOR ? s->fors.body : s->range.body, &loop, started);
    }
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT: {
        Node *body = clauses_of(s);
        for (int i = 0; body && i < body->block.stmts.len; i++) {
            Cont fb = {F_BREAK, NULL, i, s, NULL, k};
            if (locate_list(d, &clause_at(body, i)->clause.body, &fb, started))
                return true;
        }
        return false;
    }
    default: return false;
    }
}

/* The return go vet's search names, in [f->ret]; false if not found. */
static bool vet_order_return(Flow *f, Node *body)
{
    Flow g = *f;
    g.found = false;
    Dfs d = {.f = &g, .rbrace = body->block.rbrace};
    bool started = false;
    locate(&d, body, NULL, &started);
    free(d.seen);
    if (!started || !g.found)
        return false;
    f->ret = g.ret;
    return true;
}

/* ---- finding the cancel vars ---- */

typedef struct Defs {
    Vet *v;
    const FuncInfo *fi;
    Node *defs[16];
    Node *ids[16];
    int n;
    bool has_goto;
} Defs;

static const char *with_cancel(const Node *x)
{
    static char name[200];
    if (!x || x->kind != N_CALL || !vet_callee(x, name, sizeof name))
        return NULL;
    if (strcmp(name, "context.WithCancel") == 0 || strcmp(name, "context.WithTimeout") == 0 ||
        strcmp(name, "context.WithDeadline") == 0)
        return name + 8;
    return NULL;
}

static void def(Defs *d, Node *stmt, Node *id, const char *fn)
{
    if (!id || id->kind != N_IDENT)
        return;
    if (strcmp(id->ident.name, "_") == 0) {
        vet_report(d->v, C_LOSTCANCEL, id->pos,
                   "the cancel function returned by context.%s should be called, not discarded, to avoid a context leak",
                   fn);
        return;
    }
    Symbol *sym = id->ident.sym;
    if (!sym || sym->global || (sym->owner && sym->owner != d->fi) || d->n == 16)
        return;
    d->defs[d->n] = stmt;
    d->ids[d->n++] = id;
}

static void find_defs(void *ctx, Node *n)
{
    Defs *d = ctx;
    const char *fn;
    switch (n->kind) {
    case N_FUNCLIT: return; /* its own function: vet_lostcancel sees it */
    case N_BRANCH:
        if (n->op == T_GOTO)
            d->has_goto = true;
        return;
    case N_ASSIGN:
        if (n->assign.lhs.len > 1 && n->assign.rhs.len == 1 && (fn = with_cancel(n->assign.rhs.items[0])))
            def(d, n, n->assign.lhs.items[1], fn);
        break;
    case N_VALUESPEC:
        if (n->vspec.names.len > 1 && n->vspec.values.len == 1 && (fn = with_cancel(n->vspec.values.items[0])))
            def(d, n, n->vspec.names.items[1], fn);
        break;
    default: break;
    }
    vet_each_child(n, find_defs, d);
}

void vet_lostcancel(Vet *v, Node *func, Node *body, const FuncInfo *fi)
{
    if (!v->imports_context || !body)
        return;
    Defs d = {.v = v, .fi = fi};
    find_defs(&d, body);
    if (d.n == 0 || d.has_goto)
        return;
    if (func->kind == N_FUNCDECL && !func->funcdecl.recv && strcmp(func->funcdecl.name->ident.name, "main") == 0)
        return;
    NoReturn nr = {0};
    for (int i = 0; i < d.n; i++) {
        Symbol *sym = d.ids[i]->ident.sym;
        Flow f = {.nr = &nr, .sym = sym, .def = d.defs[i]};
        for (int k = 0; fi && fi->named_results && k < fi->nresults; k++)
            f.named_result = f.named_result || fi->results[k] == sym;
        if (flow(&f, body, false))
            found(&f, body->block.rbrace);
        if (!f.found)
            continue;
        vet_order_return(&f, body);
        Pos at = ast_start(d.defs[i]);
        vet_report(v, C_LOSTCANCEL, at, "the %s function is not used on all paths (possible context leak)",
                   sym->name);
        vet_report(v, C_LOSTCANCEL, f.ret, "this return statement may be reached without using the %s var defined on line %d",
                   sym->name, at.line);
    }
}
