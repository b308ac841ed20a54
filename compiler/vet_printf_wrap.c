/* vet_printf_wrap.c: go vet's printf wrappers. A function of the program
 * whose last parameters are `format string, args ...interface{}` (or just
 * `args ...interface{}`) and that passes them on, `fmt.Printf(format,
 * args...)`, is Printf-like itself, and calls of it are checked as calls
 * of Printf are. Wrappers of wrappers count too (found by repeating the
 * scan until nothing changes). A wrapper that assigns to its format or
 * args, or takes their address, is not one; one that forgets the ... is
 * reported, as go vet does. A method may be a wrapper too, promoted
 * through an embedded field or not. */
#include <stdlib.h>
#include <string.h>
#include "vet.h"
#include "vet_printf.h"

typedef struct Wrapper {
    Node *decl;
    const FuncInfo *fi;
    const Symbol *format, *args;
    int kind;           /* K_NONE until it is seen to forward */
    bool failed;
} Wrapper;

struct Wrappers {
    Wrapper *w;
    int n;
};

static bool empty_iface_slice(const Type *t)
{
    return t && t->kind == K_SLICE && t->elem && t->elem->kind == K_INTERFACE && t->elem->nimethods == 0;
}

static bool is_sym(const Node *x, const Symbol *sym)
{
    return sym && x && x->kind == N_IDENT && x->ident.sym == sym;
}

static const Type *base(const Type *t)
{
    return t && t->kind == K_POINTER && !(t->flags & TF_NAMED) ? t->elem : t;
}

static bool calls(const Wrapper *w, const Node *f)
{
    const Node *d = w->decl;
    if (!d->funcdecl.recv) {
        const Symbol *sym = f->kind == N_IDENT ? f->ident.sym : NULL;
        return sym && sym->kind == SYM_FUNC && sym->func == w->fi;
    }
    if (f->kind != N_SELECTOR || !f->info || !w->fi->recv)
        return false;
    const Selection *sel = f->info;
    if (sel->kind != SEL_METHOD || !sel->method)
        return false;
    /* a promoted method's receiver is the embedded field's type */
    const Type *on = sel->recv_type ? sel->recv_type : f->selector.x->type;
    return strcmp(sel->method->name, d->funcdecl.name->ident.name) == 0 && on && base(on) == base(w->fi->recv->type);
}

static const Wrapper *wrapper_of(const Vet *v, const Node *call)
{
    for (int i = 0; v->wrappers && i < v->wrappers->n; i++) {
        const Wrapper *w = &v->wrappers->w[i];
        if (!w->failed && calls(w, call->call.fun))
            return w;
    }
    return NULL;
}

int vet_wrapper_kind(const Vet *v, const Node *call, char *name, size_t size, int *first)
{
    const Wrapper *w = wrapper_of(v, call);
    if (!w || w->kind == K_NONE)
        return K_NONE;
    const char *fn = w->decl->funcdecl.name->ident.name;
    if (w->fi->recv) {
        char t[300];
        const Type *rt = w->fi->recv->type;
        vet_type_string(base(rt), t, sizeof t);
        snprintf(name, size, "(%s%s).%s", rt != base(rt) ? "*" : "", t, fn);
    } else {
        snprintf(name, size, "command-line-arguments.%s", fn);
    }
    *first = w->fi->sig->nparams - (w->kind == K_PRINT ? 1 : 2);
    return w->kind;
}

typedef struct Scan {
    Vet *v;
    Wrapper *w;
    bool report;        /* the last pass: report forgotten ... */
    bool changed;
} Scan;

/* checkPrintfFwd: [call] passes the wrapper's args on to a function of
 * kind [kind] taking [nparams] parameters */
static void forward(Scan *s, Node *call, int kind, int nparams)
{
    NodeList *a = &call->call.args;
    bool matched = kind == K_PRINT || (a->len >= 2 && is_sym(a->items[a->len - 2], s->w->format));
    if (!matched)
        return;
    if (!call->call.ellipsis) {
        if (a->len <= nparams && s->report)
            vet_report(s->v, C_PRINTF, ast_start(call), "missing ... in args forwarded to %s-like function",
                       kind == K_PRINT ? "print" : "printf");
        return;
    }
    if (s->w->kind == K_NONE) {
        s->w->kind = kind;
        s->changed = true;
    }
}

static void scan(void *ctx, Node *n)
{
    Scan *s = ctx;
    Wrapper *w = s->w;
    if (w->failed)
        return;
    if (n->kind == N_ASSIGN)
        for (int i = 0; i < n->assign.lhs.len; i++)
            if (is_sym(n->assign.lhs.items[i], w->format) || is_sym(n->assign.lhs.items[i], w->args)) {
                w->failed = true;
                return;
            }
    if (n->kind == N_UNARY && n->op == T_AND && (is_sym(n->unary.x, w->format) || is_sym(n->unary.x, w->args))) {
        w->failed = true;
        return;
    }
    if (n->kind == N_CALL && n->call.args.len && is_sym(n->call.args.items[n->call.args.len - 1], w->args)) {
        char name[200];
        int first;
        int kind = vet_print_kind(s->v, n, name, sizeof name, &first);
        const Type *ft = n->call.fun->type;
        if (kind != K_NONE && ft && ft->kind == K_FUNC)
            forward(s, n, kind, ft->nparams);
    }
    vet_each_child(n, scan, s);
}

void vet_printf_wrappers(Vet *v, Node *file)
{
    Wrappers *ws = calloc(1, sizeof *ws);
    for (int i = 0; i < file->file.items.len; i++) {
        Node *d = file->file.items.items[i];
        if (d->kind != N_FUNCDECL || !d->funcdecl.body || !d->funcdecl.info)
            continue;
        const FuncInfo *fi = d->funcdecl.info;
        const Type *sig = fi->sig;
        if (!sig || !(sig->flags & TF_VARIADIC) || fi->nparams != sig->nparams || sig->nparams < 1 ||
            !empty_iface_slice(sig->params[sig->nparams - 1]))
            continue;
        ws->w = realloc(ws->w, sizeof *ws->w * (size_t)(ws->n + 1));
        Wrapper *w = &ws->w[ws->n++];
        *w = (Wrapper){d, fi, NULL, fi->params[sig->nparams - 1], K_NONE, false};
        if (sig->nparams >= 2 && sig->params[sig->nparams - 2] == t_string)
            w->format = fi->params[sig->nparams - 2];
    }
    v->wrappers = ws;
    /* until no wrapper learns its kind; then once more to report */
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < ws->n; i++) {
            Scan s = {v, &ws->w[i], false, false};
            ws->w[i].failed = false;
            scan(&s, ws->w[i].decl->funcdecl.body);
            changed |= s.changed;
        }
    }
    for (int i = 0; i < ws->n; i++) {
        Scan s = {v, &ws->w[i], true, false};
        scan(&s, ws->w[i].decl->funcdecl.body);
    }
}

void vet_printf_done(Vet *v)
{
    if (v->wrappers)
        free(v->wrappers->w);
    free(v->wrappers);
    v->wrappers = NULL;
}
