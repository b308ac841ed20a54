/* check_init.c: initialization loops among package-level declarations.
 *
 * A package variable or constant may not depend on itself, directly or
 * through other variables, constants and the bodies of functions it
 * calls. Following go/types (initorder.go), the dependency graph of
 * package-level variables, constants and functions is built from what
 * each declaration refers to (Symbol.deps), functions are removed by
 * connecting their callers to their callees, and nodes are taken in order
 * of fewest remaining dependencies, then of declaration; a node taken
 * while it still has dependencies lies on a cycle, which is reported as
 * Go does ("initialization loop for x", then the path). The order itself
 * is the emitter's business (emit.c follows the same references). */
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

typedef struct GNode {
    Symbol *sym;
    int order;                /* declaration order */
    struct GNode **succ, **pred;
    int nsucc, npred, capsucc, cappred;
    int ndeps;
    bool done, removed;
} GNode;

typedef struct Graph {
    GNode **nodes;
    int n, cap;
} Graph;

static bool has(GNode **list, int n, GNode *x)
{
    for (int i = 0; i < n; i++)
        if (list[i] == x)
            return true;
    return false;
}

static void push(GNode ***list, int *n, int *cap, GNode *x)
{
    if (has(*list, *n, x))
        return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        GNode **l = GC_MALLOC(sizeof(GNode *) * (size_t)*cap);
        if (*n)
            memcpy(l, *list, sizeof(GNode *) * (size_t)*n);
        *list = l;
    }
    (*list)[(*n)++] = x;
}

static void drop(GNode **list, int *n, GNode *x)
{
    for (int i = 0; i < *n; i++)
        if (list[i] == x) {
            list[i] = list[--*n];
            return;
        }
}

static bool is_node(Symbol *s, Package *p)
{
    return s->decl && s->pkg == p && (s->kind == SYM_VAR || s->kind == SYM_CONST || s->kind == SYM_FUNC);
}

static GNode *node_of(Graph *g, Symbol *s)
{
    for (int i = 0; i < g->n; i++)
        if (g->nodes[i]->sym == s)
            return g->nodes[i];
    return NULL;
}

static void add_node(Graph *g, Symbol *s)
{
    if (node_of(g, s))
        return;
    GNode *n = GC_MALLOC(sizeof *n);
    n->sym = s;
    n->order = g->n;
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 64;
        GNode **l = GC_MALLOC(sizeof(GNode *) * (size_t)g->cap);
        if (g->n)
            memcpy(l, g->nodes, sizeof(GNode *) * (size_t)g->n);
        g->nodes = l;
    }
    g->nodes[g->n++] = n;
}

/* The objects of the package in declaration order. */
static void collect(Graph *g, Package *p)
{
    NodeList *items = &p->file->file.items;
    for (int i = 0; i < items->len; i++) {
        Node *it = items->items[i];
        if (it->kind == N_DECLSTMT)
            it = it->declstmt.decl;
        if (it->kind == N_FUNCDECL && !it->funcdecl.recv && it->funcdecl.name->ident.sym &&
            is_node(it->funcdecl.name->ident.sym, p)) {
            add_node(g, it->funcdecl.name->ident.sym);
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

/* findPath: the objects from [from] to [to] along dependencies, reversed
 * (to first); NULL if there is no such path. */
static int find_path(Package *p, Symbol *from, Symbol *to, Symbol **seen, int *nseen, Symbol **path, int depth)
{
    for (int i = 0; i < *nseen; i++)
        if (seen[i] == from)
            return 0;
    seen[(*nseen)++] = from;
    if (depth >= 4096)
        return 0;
    for (int i = 0; i < from->ndeps; i++) {
        Symbol *d = from->deps[i];
        if (!is_node(d, p))
            continue;
        if (d == to) {
            path[0] = d;
            return 1;
        }
        int n = find_path(p, d, to, seen, nseen, path, depth + 1);
        if (n) {
            path[n] = d;
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
    size_t len = (size_t)snprintf(msg, size, "initialization loop for %s", obj->name);
    for (int i = n - 1; i >= 0 && len < size; i--) {
        len += (size_t)snprintf(msg + len, size - len, "\n\t%s:%d:%d: %s refers to", file, obj->pos.line,
                                obj->pos.col, obj->name);
        obj = cycle[i];
    }
    if (len < size)
        snprintf(msg + len, size - len, "\n\t%s:%d:%d: %s", file, obj->pos.line, obj->pos.col, obj->name);
    diag_error(c->diag, cycle[0]->pos, "%s", msg);
}

void chk_init_cycles(Checker *c, Package *p)
{
    Graph g = {0};
    collect(&g, p);
    /* the dependency graph */
    for (int i = 0; i < g.n; i++) {
        GNode *n = g.nodes[i];
        for (int j = 0; j < n->sym->ndeps; j++) {
            GNode *d = node_of(&g, n->sym->deps[j]);
            if (!d)
                continue;
            push(&n->succ, &n->nsucc, &n->capsucc, d);
            push(&d->pred, &d->npred, &d->cappred, n);
        }
    }
    /* remove functions, connecting their callers to their callees */
    for (int i = 0; i < g.n; i++) {
        GNode *n = g.nodes[i];
        if (n->sym->kind != SYM_FUNC)
            continue;
        for (int a = 0; a < n->npred; a++) {
            GNode *pr = n->pred[a];
            if (pr == n)
                continue;
            for (int b = 0; b < n->nsucc; b++) {
                GNode *su = n->succ[b];
                if (su == n)
                    continue;
                push(&pr->succ, &pr->nsucc, &pr->capsucc, su);
                push(&su->pred, &su->npred, &su->cappred, pr);
            }
            drop(pr->succ, &pr->nsucc, n);
        }
        for (int b = 0; b < n->nsucc; b++)
            drop(n->succ[b]->pred, &n->succ[b]->npred, n);
        n->removed = true;
    }
    int left = 0;
    for (int i = 0; i < g.n; i++)
        if (!g.nodes[i]->removed) {
            g.nodes[i]->ndeps = g.nodes[i]->nsucc;
            left++;
        }
    Symbol **seen = GC_MALLOC(sizeof(Symbol *) * (size_t)(g.n + 1));
    Symbol **path = GC_MALLOC(sizeof(Symbol *) * (size_t)(g.n + 1));
    for (; left > 0; left--) {
        GNode *best = NULL;
        for (int i = 0; i < g.n; i++) {
            GNode *n = g.nodes[i];
            if (n->removed || n->done)
                continue;
            if (!best || n->ndeps < best->ndeps || (n->ndeps == best->ndeps && n->order < best->order))
                best = n;
        }
        best->done = true;
        if (best->ndeps > 0) {
            int nseen = 0;
            int len = find_path(p, best->sym, best->sym, seen, &nseen, path, 0);
            if (len > 0)
                report(c, path, len);
        }
        for (int i = 0; i < best->npred; i++)
            best->pred[i]->ndeps--;
    }
}
