/* vet.c: gosh vet, the concurrency mistakes students make most, found in
 * a checked program, with go vet's wording where go vet has the check.
 *
 *   loopclosure   a loop variable captured by the func literal of a go or
 *                 defer statement that ends the loop body (Go 1.19's rule:
 *                 every iteration shares the variable)
 *   copylocks     a Mutex, RWMutex, WaitGroup, Cond, Once or a struct
 *                 holding one, copied by an assignment, a declaration, a
 *                 literal, a call, a return, a parameter or a range
 *   atomic        x = atomic.AddT(&x, d)
 *   assign        x = x
 *   unusedresult  a discarded fmt.Sprintf, errors.New and the like
 *   waitgroup     wg.Add inside the goroutine it counts (go vet's check
 *                 since Go 1.25)
 *   condwait      Cond.Wait under an if rather than a for loop (gosh's
 *                 own: when Wait returns the condition may not hold)
 *
 * Findings are printed as file:line:col: message, in source order. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "compiler.h"
#include "vet.h"

void vet_report(Vet *v, int check, Pos pos, const char *fmt, ...)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 16;
        v->f = realloc(v->f, sizeof *v->f * (size_t)v->cap);
    }
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    v->f[v->n] = (Finding){check, v->n, pos, strdup(buf)};
    v->n++;
}

void vet_expr_text(const Node *n, char *buf, size_t size)
{
    ast_expr_string(n, buf, size);
}

/* ---- types ---- */

/* go/types' spelling: package path, with command-line-arguments for a
 * program's own types (as go vet FILE.go names them) */
static void type_name(const Type *t, char *buf, size_t size)
{
    if ((t->flags & TF_NAMED) && t->pkg) {
        const char *pkg = strcmp(t->pkg, "main") == 0 ? "command-line-arguments" : t->pkg;
        snprintf(buf, size, "%s.%s", pkg, t->name);
        return;
    }
    type_string(t, true, buf, (int)size);
}

void vet_type_string(const Type *t, char *buf, size_t size)
{
    switch (t->kind) {
    case K_UNTYPED_BOOL: t = t_bool; break;
    case K_UNTYPED_INT: t = t_int; break;
    case K_UNTYPED_RUNE: t = t_rune; break;
    case K_UNTYPED_FLOAT: t = t_float64; break;
    case K_UNTYPED_STRING: t = t_string; break;
    default: break;
    }
    char raw[400];
    type_string(t, true, raw, sizeof raw);
    /* main.T inside []main.T, map[string]*main.T... */
    size_t o = 0;
    for (const char *p = raw; *p && o + 1 < size; p++) {
        bool word = p == raw || !(p[-1] == '_' || p[-1] == '.' || (p[-1] >= '0' && p[-1] <= '9') ||
                                  ((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z'));
        if (word && strncmp(p, "main.", 5) == 0) {
            int w = snprintf(buf + o, size - o, "command-line-arguments.");
            o = w < 0 || (size_t)w >= size - o ? size - 1 : o + (size_t)w;
            p += 4;
            continue;
        }
        buf[o++] = *p;
    }
    buf[o] = 0;
    /* go/types spells struct{a int} and interface{} */
    for (char *p; (p = strstr(buf, "t {")) || (p = strstr(buf, "e {"));)
        memmove(p + 1, p + 2, strlen(p + 2) + 1);
    for (char *p; (p = strstr(buf, "{ ")) || (p = strstr(buf, " }"));) {
        char *space = p[0] == ' ' ? p : p + 1;
        memmove(space, space + 1, strlen(space + 1) + 1);
    }
}

static bool is_sync(const Type *t, const char *name)
{
    return t && (t->flags & TF_NAMED) && t->pkg && strcmp(t->pkg, "sync") == 0 && strcmp(t->name, name) == 0;
}

const Method *vet_method_named(const Type *t, const char *name)
{
    for (int i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0)
            return &t->methods[i];
    return NULL;
}

/* copylock's lockPath: [t] is a lock when *T has Lock and Unlock and T
 * does not; Go's WaitGroup, Cond and Pool hold a sync.noCopy, which
 * gosh's do not, so their path says so as Go's would. Appends to [buf]
 * the path "outer contains ... contains lock"; false when [t] holds no
 * lock. */
static bool lock_path(const Type *t, char *buf, size_t size, int depth)
{
    if (!t || depth > 16)
        return false;
    while (t->kind == K_ARRAY)
        t = t->elem;
    if (t->kind != K_STRUCT)
        return false;
    char me[200];
    type_name(t, me, sizeof me);
    if (is_sync(t, "WaitGroup") || is_sync(t, "Cond") || is_sync(t, "Pool")) {
        snprintf(buf, size, "%s contains sync.noCopy", me);
        return true;
    }
    const Method *l = vet_method_named(t, "Lock"), *u = vet_method_named(t, "Unlock");
    if (l && u && l->ptr_recv && u->ptr_recv) {
        snprintf(buf, size, "%s", me);
        return true;
    }
    for (int i = 0; i < t->nfields; i++) {
        char inner[400];
        if (lock_path(t->fields[i].type, inner, sizeof inner, depth + 1)) {
            snprintf(buf, size, "%s contains %s", me, inner);
            return true;
        }
    }
    return false;
}

/* copylock's lockPathRhs: a literal or a call's result is a new value */
static bool rhs_lock_path(const Node *x, char *buf, size_t size)
{
    if (x->kind == N_COMPOSITE || x->kind == N_CALL)
        return false;
    if (x->kind == N_STAR && x->star.x->kind == N_CALL)
        return false;
    if (x->mode == MODE_TYPE || x->mode == MODE_INVALID)
        return false;
    return lock_path(x->type, buf, size, 0);
}

/* ---- calls ---- */

/* "fmt.Sprintf" for a call of a package's function, else NULL */
const char *vet_callee(const Node *call, char *buf, size_t size)
{
    const Node *f = call->call.fun;
    if (f->kind != N_SELECTOR || !f->info)
        return NULL;
    const Selection *sel = f->info;
    if (sel->kind != SEL_QUALIFIED || !sel->sym || !sel->sym->pkg)
        return NULL;
    snprintf(buf, size, "%s.%s", sel->sym->pkg->path, f->selector.sel->ident.name);
    return buf;
}

/* A call of method [name] on a value of sync type [type] (or a pointer
 * to one) */
static bool sync_method_call(const Node *call, const char *type, const char *name)
{
    const Node *f = call->call.fun;
    if (f->kind != N_SELECTOR || !f->info || ((Selection *)f->info)->kind != SEL_METHOD)
        return false;
    if (strcmp(f->selector.sel->ident.name, name) != 0)
        return false;
    const Type *t = f->selector.x->type;
    if (t && t->kind == K_POINTER)
        t = t->elem;
    return is_sync(t, type);
}

static void check_call(Vet *v, Node *call)
{
    CallInfo *ci = call->info;
    if (ci && ci->kind == CALL_BUILTIN) {
        const char *name = call->call.fun->kind == N_IDENT ? call->call.fun->ident.name : "";
        if (strcmp(name, "new") == 0 || strcmp(name, "len") == 0 || strcmp(name, "cap") == 0)
            return;
    }
    if (ci && ci->kind == CALL_CONVERSION)
        return;
    char fun[200];
    vet_expr_text(call->call.fun, fun, sizeof fun);
    for (int i = 0; i < call->call.args.len; i++) {
        char path[400];
        Node *x = call->call.args.items[i];
        if (rhs_lock_path(x, path, sizeof path))
            vet_report(v, C_COPYLOCKS, ast_start(x), "call of %s copies lock value: %s", fun, path);
    }
    if (v->go_lit && sync_method_call(call, "WaitGroup", "Add"))
        vet_report(v, C_WAITGROUP, ast_start(call), "WaitGroup.Add called from inside new goroutine");
    if (sync_method_call(call, "Cond", "Wait") && v->in_for == 0)
        vet_report(v, C_CONDWAIT, ast_start(call),
               "Cond.Wait %s: the condition may not hold when Wait returns; check it in a for loop",
               v->in_if ? "under an if" : "outside a for loop");
}

static void check_unused(Vet *v, Node *stmt)
{
    Node *x = stmt->exprstmt.x;
    while (x->kind == N_PAREN)
        x = x->paren.x;
    if (x->kind != N_CALL)
        return;
    /* go vet's list (unusedresult's funcs flag, Go 1.19) */
    static const char *const funcs[] = {
        "context.WithCancel", "context.WithDeadline", "context.WithTimeout", "context.WithValue",
        "errors.New", "fmt.Errorf", "fmt.Sprint", "fmt.Sprintf", "sort.Reverse",
    };
    char name[200];
    if (!vet_callee(x, name, sizeof name))
        return;
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (strcmp(name, funcs[i]) == 0) {
            vet_report(v, C_UNUSEDRESULT, x->pos, "result of %s call not used", name);
            return;
        }
}

/* ---- statements ---- */

static bool same_expr(const Node *a, const Node *b)
{
    char x[300], y[300];
    vet_expr_text(a, x, sizeof x);
    vet_expr_text(b, y, sizeof y);
    return strcmp(x, y) == 0;
}

/* no calls or receives: evaluating it twice is evaluating it once */
static bool plain(const Node *n)
{
    switch (n->kind) {
    case N_IDENT:
    case N_BASICLIT: return true;
    case N_SELECTOR: return plain(n->selector.x);
    case N_INDEX: return plain(n->index.x) && plain(n->index.index);
    case N_PAREN: return plain(n->paren.x);
    case N_STAR: return plain(n->star.x);
    default: return false;
    }
}

static void check_assign(Vet *v, Node *as)
{
    NodeList *l = &as->assign.lhs, *r = &as->assign.rhs;
    if (l->len != r->len)
        return;
    for (int i = 0; i < r->len; i++) {
        Node *x = r->items[i], *to = l->items[i];
        char path[400], lhs[200];
        if (as->op == T_ASSIGN || as->op == T_DEFINE) {
            if (rhs_lock_path(x, path, sizeof path)) {
                vet_expr_text(to, lhs, sizeof lhs);
                vet_report(v, C_COPYLOCKS, ast_start(x), "assignment copies lock value to %s: %s", lhs, path);
            }
        }
        if (as->op != T_ASSIGN)
            continue;
        if (plain(to) && plain(x) && same_expr(to, x)) {
            char a[200];
            vet_expr_text(to, a, sizeof a);
            vet_report(v, C_ASSIGN, ast_start(as), "self-assignment of %s to %s", a, a);
        }
        /* x = atomic.AddInt64(&x, 1) */
        char name[200];
        if (x->kind == N_CALL && vet_callee(x, name, sizeof name) &&
            strncmp(name, "sync/atomic.Add", 15) == 0 && x->call.args.len == 2) {
            Node *a0 = x->call.args.items[0];
            if (a0->kind == N_UNARY && a0->op == T_AND && same_expr(a0->unary.x, to))
                vet_report(v, C_ATOMIC, ast_start(to), "direct assignment to atomic value");
        }
    }
}

static void check_vspec(Vet *v, Node *spec)
{
    for (int i = 0; i < spec->vspec.values.len && i < spec->vspec.names.len; i++) {
        char path[400];
        Node *x = spec->vspec.values.items[i];
        if (rhs_lock_path(x, path, sizeof path))
            vet_report(v, C_COPYLOCKS, ast_start(x), "variable declaration copies lock value to %s: %s",
                   spec->vspec.names.items[i]->ident.name, path);
    }
}

/* The parameters' types come from the signature: the checker resolves
 * a declaration's before its type expressions are walked. */
static void check_params(Vet *v, const char *name, Node *recv, Node *ftype, const FuncInfo *fi)
{
    char path[400];
    if (recv)
        for (int i = 0; i < recv->func.params.len; i++) {
            Node *f = recv->func.params.items[i];
            const Type *t = f->field.type ? f->field.type->type : NULL;
            if (!t && fi && fi->recv)
                t = fi->recv->type;
            if (t && lock_path(t, path, sizeof path, 0))
                vet_report(v, C_COPYLOCKS, ast_start(f->field.type), "%s passes lock by value: %s", name, path);
        }
    const Type *sig = fi ? fi->sig : NULL;
    int at = 0;
    for (int i = 0; ftype && i < ftype->func.params.len; i++) {
        Node *f = ftype->func.params.items[i];
        int names = f->field.names.len ? f->field.names.len : 1;
        const Type *t = f->field.type ? f->field.type->type : NULL;
        if (!t && sig && at < sig->nparams)
            t = sig->params[at];
        at += names;
        if (f->field.type && t && f->field.type->kind != N_ELLIPSIS && lock_path(t, path, sizeof path, 0))
            vet_report(v, C_COPYLOCKS, ast_start(f->field.type), "%s passes lock by value: %s", name, path);
    }
}

static void check_range_var(Vet *v, Node *e)
{
    if (!e || (e->kind == N_IDENT && strcmp(e->ident.name, "_") == 0))
        return;
    const Type *t = e->kind == N_IDENT && e->ident.sym ? e->ident.sym->type : e->type;
    char path[400], text[200];
    if (lock_path(t, path, sizeof path, 0)) {
        vet_expr_text(e, text, sizeof text);
        vet_report(v, C_COPYLOCKS, e->pos, "range var %s copies lock: %s", text, path);
    }
}

/* ---- loopclosure ---- */

static void find_uses(Vet *v, Node *n, Symbol **vars, int nvars);

static void walk(Vet *v, Node *n);


typedef struct UseCtx {
    Vet *v;
    Symbol **vars;
    int nvars;
} UseCtx;

static void use_child(void *ctx, Node *c)
{
    UseCtx *u = ctx;
    find_uses(u->v, c, u->vars, u->nvars);
}

static void find_uses(Vet *v, Node *n, Symbol **vars, int nvars)
{
    if (!n)
        return;
    if (n->kind == N_IDENT) {
        for (int i = 0; i < nvars; i++)
            if (n->ident.sym == vars[i] && n->mode != MODE_INVALID)
                vet_report(v, C_LOOPCLOSURE, n->pos, "loop variable %s captured by func literal", n->ident.name);
        return;
    }
    if (n->kind == N_SELECTOR) {
        /* x.f: the field name is not a use */
        find_uses(v, n->selector.x, vars, nvars);
        return;
    }
    if (n->kind == N_KEYVALUE) {
        find_uses(v, n->kv.value, vars, nvars);
        if (n->kv.key->kind != N_IDENT)
            find_uses(v, n->kv.key, vars, nvars);
        return;
    }
    UseCtx u = {v, vars, nvars};
    vet_each_child(n, use_child, &u);
}

static void check_loopclosure(Vet *v, Node *loop)
{
    Symbol *vars[2];
    int nvars = 0;
    Node *body;
    if (loop->kind == N_RANGE) {
        body = loop->range.body;
        Node *ks[2] = {loop->range.key, loop->range.value};
        for (int i = 0; i < 2; i++)
            if (ks[i] && ks[i]->kind == N_IDENT && ks[i]->ident.sym)
                vars[nvars++] = ks[i]->ident.sym;
    } else {
        body = loop->fors.body;
        Node *post = loop->fors.post;
        if (post && post->kind == N_INCDEC && post->incdec.x->kind == N_IDENT && post->incdec.x->ident.sym)
            vars[nvars++] = post->incdec.x->ident.sym;
        else if (post && post->kind == N_ASSIGN)
            for (int i = 0; i < post->assign.lhs.len && nvars < 2; i++) {
                Node *l = post->assign.lhs.items[i];
                if (l->kind == N_IDENT && l->ident.sym)
                    vars[nvars++] = l->ident.sym;
            }
    }
    if (!nvars || !body || body->block.stmts.len == 0)
        return;
    Node *last = body->block.stmts.items[body->block.stmts.len - 1];
    Node *call = last->kind == N_GO ? last->gostmt.call : last->kind == N_DEFER ? last->gostmt.call : NULL;
    if (!call || call->kind != N_CALL || call->call.fun->kind != N_FUNCLIT)
        return;
    find_uses(v, call->call.fun->funclit.body, vars, nvars);
}

/* ---- the walk ---- */

static void list_each(NodeList *l, void (*fn)(void *ctx, Node *c), void *ctx)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i])
            fn(ctx, l->items[i]);
}

#define ONE(x) do { if (x) fn(ctx, (x)); } while (0)

/* Calls [fn] on each child of [n] that holds code (not type expressions'
 * parts, which cannot copy or capture anything). */
void vet_each_child(Node *n, void (*fn)(void *ctx, Node *c), void *ctx)
{
    switch (n->kind) {
    case N_COMPOSITE: list_each(&n->composite.elts, fn, ctx); break;
    case N_FUNCLIT: ONE(n->funclit.body); break;
    case N_PAREN: ONE(n->paren.x); break;
    case N_SELECTOR: ONE(n->selector.x); break;
    case N_INDEX: ONE(n->index.x); ONE(n->index.index); break;
    case N_SLICE: ONE(n->slice.x); ONE(n->slice.lo); ONE(n->slice.hi); ONE(n->slice.max); break;
    case N_TYPEASSERT: ONE(n->assert.x); break;
    case N_CALL: ONE(n->call.fun); list_each(&n->call.args, fn, ctx); break;
    case N_STAR: ONE(n->star.x); break;
    case N_UNARY: ONE(n->unary.x); break;
    case N_BINARY: ONE(n->binary.x); ONE(n->binary.y); break;
    case N_KEYVALUE: ONE(n->kv.key); ONE(n->kv.value); break;
    case N_DECLSTMT: ONE(n->declstmt.decl); break;
    case N_LABELED: ONE(n->labeled.stmt); break;
    case N_EXPRSTMT: ONE(n->exprstmt.x); break;
    case N_SEND: ONE(n->send.chan); ONE(n->send.value); break;
    case N_INCDEC: ONE(n->incdec.x); break;
    case N_ASSIGN: list_each(&n->assign.lhs, fn, ctx); list_each(&n->assign.rhs, fn, ctx); break;
    case N_GO:
    case N_DEFER: ONE(n->gostmt.call); break;
    case N_RETURN: list_each(&n->ret.results, fn, ctx); break;
    case N_BLOCK: list_each(&n->block.stmts, fn, ctx); break;
    case N_IF: ONE(n->ifs.init); ONE(n->ifs.cond); ONE(n->ifs.body); ONE(n->ifs.els); break;
    case N_CASE:
        list_each(&n->clause.list, fn, ctx);
        ONE(n->clause.comm);
        list_each(&n->clause.body, fn, ctx);
        break;
    case N_SWITCH: ONE(n->sw.init); ONE(n->sw.tag); ONE(n->sw.body); break;
    case N_TYPESWITCH: ONE(n->tsw.init); ONE(n->tsw.assign); ONE(n->tsw.body); break;
    case N_SELECT: ONE(n->sel.body); break;
    case N_FOR: ONE(n->fors.init); ONE(n->fors.cond); ONE(n->fors.post); ONE(n->fors.body); break;
    case N_RANGE: ONE(n->range.key); ONE(n->range.value); ONE(n->range.x); ONE(n->range.body); break;
    case N_VALUESPEC: list_each(&n->vspec.values, fn, ctx); break;
    case N_GENDECL: list_each(&n->gen.specs, fn, ctx); break;
    case N_FUNCDECL: ONE(n->funcdecl.body); break;
    default: break;
    }
}

typedef struct Mention {
    const Symbol *sym;
    bool found;
} Mention;

static void mention_child(void *ctx, Node *c)
{
    Mention *m = ctx;
    if (m->found)
        return;
    if (c->kind == N_IDENT) {
        m->found = c->ident.sym == m->sym;
        return;
    }
    if (c->kind == N_SELECTOR) {
        mention_child(m, c->selector.x);
        return;
    }
    vet_each_child(c, mention_child, m);
}

bool vet_mentions(Node *n, const Symbol *sym)
{
    Mention m = {sym, false};
    if (n)
        mention_child(&m, n);
    return m.found;
}

static void walk_child(void *ctx, Node *c)
{
    walk(ctx, c);
}

static void walk(Vet *v, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_FUNCDECL: {
        check_params(v, n->funcdecl.name->ident.name, n->funcdecl.recv, n->funcdecl.type, n->funcdecl.info);
        int for_was = v->in_for, if_was = v->in_if;
        Node *go_was = v->go_lit;
        Node *method_was = v->method;
        v->in_for = v->in_if = 0;
        v->go_lit = NULL;
        v->method = n->funcdecl.recv ? n : NULL;
        if (n->funcdecl.body) {
            vet_unreachable(v, n->funcdecl.body);
            vet_lostcancel(v, n, n->funcdecl.body, n->funcdecl.info);
        }
        walk(v, n->funcdecl.body);
        v->in_for = for_was, v->in_if = if_was, v->go_lit = go_was, v->method = method_was;
        return;
    }
    case N_FUNCLIT: {
        check_params(v, "func", NULL, n->funclit.type, n->funclit.info);
        int for_was = v->in_for, if_was = v->in_if;
        v->in_for = v->in_if = 0;
        vet_unreachable(v, n->funclit.body);
        vet_lostcancel(v, n, n->funclit.body, n->funclit.info);
        walk(v, n->funclit.body);
        v->in_for = for_was, v->in_if = if_was;
        return;
    }
    case N_GO: {
        Node *call = n->gostmt.call;
        if (call && call->kind == N_CALL && call->call.fun->kind == N_FUNCLIT) {
            Node *go_was = v->go_lit;
            v->go_lit = call->call.fun;
            vet_close_recv(v, call);
            walk(v, call->call.fun);
            v->go_lit = go_was;
            list_each(&call->call.args, walk_child, v);
            return;
        }
        break;
    }
    case N_CALL:
        check_call(v, n);
        vet_printf_call(v, n);
        break;
    case N_ASSIGN: check_assign(v, n); break;
    case N_EXPRSTMT: check_unused(v, n); break;
    case N_GENDECL:
        if (n->op == T_VAR)
            for (int i = 0; i < n->gen.specs.len; i++)
                check_vspec(v, n->gen.specs.items[i]);
        break;
    case N_COMPOSITE:
        for (int i = 0; i < n->composite.elts.len; i++) {
            Node *x = n->composite.elts.items[i];
            if (x->kind == N_KEYVALUE)
                x = x->kv.value;
            char path[400], text[200];
            if (rhs_lock_path(x, path, sizeof path)) {
                vet_expr_text(x, text, sizeof text);
                vet_report(v, C_COPYLOCKS, ast_start(x), "literal copies lock value from %s: %s", text, path);
            }
        }
        break;
    case N_RETURN:
        for (int i = 0; i < n->ret.results.len; i++) {
            char path[400];
            Node *x = n->ret.results.items[i];
            if (rhs_lock_path(x, path, sizeof path))
                vet_report(v, C_COPYLOCKS, ast_start(x), "return copies lock value: %s", path);
        }
        break;
    case N_RANGE:
        check_range_var(v, n->range.key);
        check_range_var(v, n->range.value);
        /* fall through */
    case N_FOR: {
        check_loopclosure(v, n);
        vet_sleep_loop(v, n);
        v->in_for++;
        int if_was = v->in_if;
        v->in_if = 0;
        vet_each_child(n, walk_child, v);
        v->in_if = if_was;
        v->in_for--;
        return;
    }
    case N_IF:
        v->in_if++;
        vet_each_child(n, walk_child, v);
        v->in_if--;
        return;
    default: break;
    }
    vet_each_child(n, walk_child, v);
}

/* go vet prints each analyzer's findings in the order it made them:
 * printf, unreachable and lostcancel report function by function as
 * go/ast's preorder meets them (a func literal after the function it is
 * in), which is the order gosh's walk finds them in; the older checks
 * were written to be sorted by position, which is their order in go vet */
static bool in_walk_order(int check)
{
    return check == C_PRINTF || check == C_UNREACHABLE || check == C_LOSTCANCEL;
}

static int by_pos(const void *a, const void *b)
{
    const Finding *x = a, *y = b;
    if (x->check != y->check)
        return x->check - y->check;
    if (!in_walk_order(x->check)) {
        if (x->pos.line != y->pos.line)
            return x->pos.line - y->pos.line;
        if (x->pos.col != y->pos.col)
            return x->pos.col - y->pos.col;
    }
    return x->seq - y->seq;
}

/* the hints: printed, but not findings for the exit status */
static bool is_hint(int check)
{
    return check == C_SLEEPLOOP;
}

int vet_checked(Node *file, const Source *src, FILE *out)
{
    Vet v = {0};
    /* a script imports implicitly: any package it names */
    v.imports_context = !file->file.package;
    for (int i = 0; i < file->file.imports.len; i++) {
        Node *imp = file->file.imports.items[i];
        if (imp->kind == N_IMPORT && imp->import.path && imp->import.path->lit.len == 9 &&
            strncmp(imp->import.path->lit.text, "\"context\"", 9) == 0)
            v.imports_context = true;
    }
    v.file = file;
    vet_printf_wrappers(&v, file);
    for (int i = 0; i < file->file.items.len; i++)
        walk(&v, file->file.items.items[i]);
    vet_printf_done(&v);
    if (v.n > 1)
        qsort(v.f, (size_t)v.n, sizeof *v.f, by_pos);
    int found = 0;
    for (int i = 0; i < v.n; i++) {
        fprintf(out, "%s:%d:%d: %s\n", src->name, v.f[i].pos.line, v.f[i].pos.col, v.f[i].msg);
        found += !is_hint(v.f[i].check);
        free(v.f[i].msg);
    }
    free(v.f);
    return found;
}

int vet_program(const Source *src, Diag *diag, FILE *out)
{
    diag->src = src;
    Node *file = parse_file(src, diag);
    if (diag->syntax || diag_has_errors(diag))
        return -1;
    Compiler *c = compiler_new(diag);
    Package *main = pkg_new(c, "main", file, src);
    c->main = main;
    pkg_check(c, main);
    diag->src = src;
    if (diag_has_errors(diag))
        return -1;
    return vet_checked(file, src, out);
}
