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
        Pos at = ast_start(d.defs[i]);
        vet_report(v, C_LOSTCANCEL, at, "the %s function is not used on all paths (possible context leak)",
                   sym->name);
        vet_report(v, C_LOSTCANCEL, f.ret, "this return statement may be reached without using the %s var defined on line %d",
                   sym->name, at.line);
    }
}
