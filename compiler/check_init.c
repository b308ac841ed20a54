/* check_init.c: initialization loops among package-level declarations.
 *
 * A package variable or constant may not depend on itself, directly or
 * through other variables, constants and the bodies of functions it
 * calls. go/types (initorder.go) builds the dependency graph of
 * package-level variables, constants and functions from what each
 * declaration refers to (Symbol.deps here), removes the functions by
 * connecting their callers to their callees, then takes nodes in order of
 * fewest remaining dependencies, then of declaration; a node taken while
 * it still has dependencies lies on a cycle, which is reported as Go does
 * ("initialization loop for x", then the path through the original
 * graph). The same is done here, except that a value's successors after
 * removing functions are found by a search through function nodes, which
 * stays linear per value where repeated edge copying would not. The order
 * of initialization itself is the emitter's business (emit.c). */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

typedef struct GNode {
    Symbol *sym;
    int order;          /* declaration order */
    int *succ, nsucc;   /* values this value depends on, functions removed */
    int *pred, npred, cappred;
    int ndeps;
    int stamp;          /* search marker */
    int added;          /* value_succs: already a successor in this search */
    bool done;
} GNode;

typedef struct Graph {
    Package *pkg;
    GNode *nodes;       /* every value and function, in declaration order */
    int n, cap;
    GNode **by_sym;     /* the same, sorted by symbol, for lookup */
} Graph;

static bool is_value(Symbol *s)
{
    return s->kind == SYM_VAR || s->kind == SYM_CONST;
}

static bool is_node(Symbol *s, Package *p)
{
    return s->decl && s->pkg == p && (is_value(s) || s->kind == SYM_FUNC);
}

static void add_node(Graph *g, Symbol *s)
{
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 64;
        GNode *l = GC_MALLOC(sizeof(GNode) * (size_t)g->cap);
        if (g->n)
            memcpy(l, g->nodes, sizeof(GNode) * (size_t)g->n);
        g->nodes = l;
    }
    GNode *n = &g->nodes[g->n];
    memset(n, 0, sizeof *n);
    n->sym = s;
    n->order = g->n++;
}

/* The package's values and functions in declaration order. */
static void collect(Graph *g, Package *p)
{
    NodeList *items = &p->file->file.items;
    for (int i = 0; i < items->len; i++) {
        Node *it = items->items[i];
        if (it->kind == N_DECLSTMT)
            it = it->declstmt.decl;
        if (it->kind == N_FUNCDECL && !it->funcdecl.recv) {
            Symbol *s = it->funcdecl.name->ident.sym;
            if (s && is_node(s, p))
                add_node(g, s);
        } else if (it->kind == N_GENDECL && (it->op == T_VAR || it->op == T_CONST)) {
            for (int j = 0; j < it->gen.specs.len; j++) {
                Node *spec = it->gen.specs.items[j];
                for (int k = 0; k < spec->vspec.names.len; k++) {
                    Symbol *s = spec->vspec.names.items[k]->ident.sym;
                    if (s && is_node(s, p))
                        add_node(g, s);
                }
            }
        }
    }
}

static int by_symbol(const void *a, const void *b)
{
    const GNode *x = *(GNode *const *)a, *y = *(GNode *const *)b;
    return x->sym < y->sym ? -1 : x->sym > y->sym;
}

static GNode *node_of(Graph *g, Symbol *s)
{
    int lo = 0, hi = g->n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        Symbol *m = g->by_sym[mid]->sym;
        if (m == s)
            return g->by_sym[mid];
        if (m < s)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

/* The values [v] depends on once functions are removed: those reached
 * from it through function nodes only. */
static void value_succs(Graph *g, GNode *v, int stamp, int *stack, int *out, int *nout)
{
    int sp = 0;
    v->stamp = stamp;
    stack[sp++] = (int)(v - g->nodes);
    while (sp > 0) {
        GNode *n = &g->nodes[stack[--sp]];
        for (int i = 0; i < n->sym->ndeps; i++) {
            GNode *d = node_of(g, n->sym->deps[i]);
            if (!d)
                continue;
            if (is_value(d->sym)) {
                /* a value is a successor (v itself too: a self-loop) */
                if (d->added != stamp) {
                    d->added = stamp;
                    out[(*nout)++] = (int)(d - g->nodes);
                }
                continue;
            }
            if (d->stamp == stamp)
                continue;
            d->stamp = stamp;
            stack[sp++] = (int)(d - g->nodes);
        }
    }
}

static void add_pred(GNode *n, int p)
{
    if (n->npred == n->cappred) {
        n->cappred = n->cappred ? n->cappred * 2 : 4;
        int *l = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)n->cappred);
        if (n->npred)
            memcpy(l, n->pred, sizeof(int) * (size_t)n->npred);
        n->pred = l;
    }
    n->pred[n->npred++] = p;
}

/* findPath: the objects on a dependency path from [from] back to [to],
 * reversed (to first); 0 if there is none. [seen] marks with [stamp]. */
static int find_path(Graph *g, GNode *from, GNode *to, int stamp, Symbol **path, int depth)
{
    if (from->stamp == stamp || depth >= 4096)
        return 0;
    from->stamp = stamp;
    for (int i = 0; i < from->sym->ndeps; i++) {
        GNode *d = node_of(g, from->sym->deps[i]);
        if (!d)
            continue;
        if (d == to) {
            path[0] = d->sym;
            return 1;
        }
        int n = find_path(g, d, to, stamp, path, depth + 1);
        if (n) {
            path[n] = d->sym;
            return n + 1;
        }
    }
    return 0;
}

static void report(Checker *c, Symbol **cycle, int n)
{
    const char *file = c->diag->src->name;
    Symbol *obj = cycle[0];
    size_t size = 256 + (size_t)(n + 2) * (strlen(file) + 300);
    char *msg = GC_MALLOC_ATOMIC(size);
    size_t len = msg_appendf(msg, size, 0, "initialization loop for %s", obj->name);
    /* Go's order: cycle[0], then cycle[n-1] down to cycle[1], then
     * cycle[0] again */
    for (int i = n - 1; i >= 0 && len < size; i--) {
        len = msg_appendf(msg, size, len, "\n\t%s:%d:%d: %s refers to", file, obj->pos.line,
                                obj->pos.col, obj->name);
        obj = cycle[i];
    }
    if (len < size)
        msg_appendf(msg, size, len, "\n\t%s:%d:%d: %s", file, obj->pos.line, obj->pos.col, obj->name);
    diag_error(c->diag, cycle[0]->pos, "%s", msg);
}

void chk_init_cycles(Checker *c, Package *p)
{
    Graph g = {0};
    g.pkg = p;
    collect(&g, p);
    if (g.n == 0)
        return;
    g.by_sym = GC_MALLOC(sizeof(GNode *) * (size_t)g.n);
    for (int i = 0; i < g.n; i++)
        g.by_sym[i] = &g.nodes[i];
    qsort(g.by_sym, (size_t)g.n, sizeof(GNode *), by_symbol);
    int *stack = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(g.n + 1));
    int *buf = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(g.n + 1));
    int stamp = 0, left = 0;
    for (int i = 0; i < g.n; i++) {
        GNode *v = &g.nodes[i];
        if (!is_value(v->sym))
            continue;
        int nout = 0;
        value_succs(&g, v, ++stamp, stack, buf, &nout);
        v->succ = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(nout + 1));
        memcpy(v->succ, buf, sizeof(int) * (size_t)nout);
        v->nsucc = v->ndeps = nout;
        left++;
    }
    for (int i = 0; i < g.n; i++)
        for (int k = 0; k < g.nodes[i].nsucc; k++)
            add_pred(&g.nodes[g.nodes[i].succ[k]], i);
    Symbol **path = GC_MALLOC(sizeof(Symbol *) * (size_t)(g.n + 1));
    for (; left > 0; left--) {
        GNode *best = NULL;
        for (int i = 0; i < g.n; i++) {
            GNode *n = &g.nodes[i];
            if (!is_value(n->sym) || n->done)
                continue;
            if (!best || n->ndeps < best->ndeps || (n->ndeps == best->ndeps && n->order < best->order))
                best = n;
        }
        best->done = true;
        if (best->ndeps > 0) {
            int len = find_path(&g, best, best, ++stamp, path, 0);
            if (len > 0)
                report(c, path, len);
        }
        for (int i = 0; i < best->npred; i++)
            g.nodes[best->pred[i]].ndeps--;
    }
}
