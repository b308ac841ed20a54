/* check_goto.c: goto statements and unused labels, judged at the end of a
 * function body. The rules and words are gc's (Go 1.19,
 * cmd/compile/internal/syntax/branches.go): a goto may jump back to a label
 * of its own block or an enclosing one; a forward goto may not jump over a
 * variable declaration of the label's block, nor into a block. */
#include <gc.h>
#include <string.h>
#include "check.h"

/* A block of the walk. Blocks are GC objects, not C locals, because a
 * label's block is compared by address after the walk has left it. */
typedef struct GotoBlock {
    struct GotoBlock *parent;
    Pos start;
} GotoBlock;

typedef struct LabelDef {
    const char *name;
    Node *stmt; /* the N_LABELED statement */
    GotoBlock *block;
} LabelDef;

typedef struct GotoList {
    Node **at;
    int n, cap;
} GotoList;

typedef struct GotoWalk {
    Checker *c;
    LabelDef *labels;
    int nlabels, cap;
} GotoWalk;

static void gl_add(GotoList *l, Node *g)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        Node **a = GC_MALLOC(sizeof(Node *) * (size_t)l->cap);
        if (l->n)
            memcpy(a, l->at, sizeof(Node *) * (size_t)l->n);
        l->at = a;
    }
    l->at[l->n++] = g;
}

static bool gl_has(const GotoList *l, const Node *g)
{
    for (int i = 0; i < l->n; i++)
        if (l->at[i] == g)
            return true;
    return false;
}

static LabelDef *find_label(GotoWalk *w, const char *name)
{
    for (int i = 0; i < w->nlabels; i++)
        if (w->labels[i].name == name)
            return &w->labels[i];
    return NULL;
}

/* Records label [s] of block [b]; a duplicate keeps the first (checked
 * and reported as "already defined" by the statement checker). */
static LabelDef *declare_label(GotoWalk *w, GotoBlock *b, Node *s)
{
    const char *name = s->labeled.label->ident.name;
    LabelDef *old = find_label(w, name);
    if (old)
        return old;
    if (w->nlabels == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 8;
        LabelDef *a = GC_MALLOC(sizeof(LabelDef) * (size_t)w->cap);
        if (w->nlabels)
            memcpy(a, w->labels, sizeof(LabelDef) * (size_t)w->nlabels);
        w->labels = a;
    }
    w->labels[w->nlabels] = (LabelDef){name, s, b};
    return &w->labels[w->nlabels++];
}

/* Marks every label named [name] used (a goto names it, valid or not). */
static void mark_used(Checker *c, const char *name)
{
    for (int i = 0; i < c->nlabels; i++)
        if (c->labels[i]->labeled.label->ident.name == name)
            c->labels[i]->mode = 1;
}

/* The state of one block's walk: its forward gotos not yet resolved, and
 * the last variable declaration with the gotos that were pending then
 * (each of which jumps over it if its label comes later in the block). */
typedef struct BlockWalk {
    GotoBlock *block;
    GotoList fwd;
    GotoList over_decl;
    bool have_decl;
    Pos decl_pos;
    const char *decl_names;
} BlockWalk;

static void walk_list(GotoWalk *w, GotoBlock *parent, Pos start, Node **stmts, int n, GotoList *out);

static void inner_block(GotoWalk *w, BlockWalk *bw, Pos start, Node **stmts, int n)
{
    walk_list(w, bw->block, start, stmts, n, &bw->fwd);
}

static void record_decl(BlockWalk *bw, Pos pos, NodeList *names, int count)
{
    bw->have_decl = true;
    bw->decl_pos = pos;
    /* Go names every variable of a :=, however many */
    size_t size = 1;
    for (int i = 0; i < count && i < names->len; i++)
        size += 2 + (names->items[i]->kind == N_IDENT ? strlen(names->items[i]->ident.name) : 1);
    char *buf = GC_MALLOC_ATOMIC(size);
    size_t len = 0;
    for (int i = 0; i < count && i < names->len; i++) {
        const char *name = names->items[i]->kind == N_IDENT ? names->items[i]->ident.name : "?";
        size_t nl = strlen(name);
        if (i) {
            memcpy(buf + len, ", ", 2);
            len += 2;
        }
        memcpy(buf + len, name, nl);
        len += nl;
    }
    buf[len] = '\0';
    bw->decl_names = buf;
    bw->over_decl.n = 0;
    for (int i = 0; i < bw->fwd.n; i++)
        gl_add(&bw->over_decl, bw->fwd.at[i]);
}

/* A goto's target: label [name] if it is declared (so far) in block [b]
 * or one enclosing it, else NULL (a forward goto, or an invalid one). */
static Node *backward_target(GotoWalk *w, GotoBlock *b, const char *name)
{
    LabelDef *l = find_label(w, name);
    if (!l)
        return NULL;
    for (; b; b = b->parent)
        if (l->block == b)
            return l->stmt;
    return NULL;
}

static void walk_clauses(GotoWalk *w, BlockWalk *bw, Node *body)
{
    if (!body)
        return;
    NodeList *cl = &body->block.stmts;
    for (int i = 0; i < cl->len; i++) {
        Node *cc = cl->items[i];
        inner_block(w, bw, cc->pos, cc->clause.body.items, cc->clause.body.len);
    }
}

static void walk_block_node(GotoWalk *w, BlockWalk *bw, Node *blk)
{
    if (blk && blk->kind == N_BLOCK)
        inner_block(w, bw, blk->pos, blk->block.stmts.items, blk->block.stmts.len);
}

/* Walks the statements of one block starting at [start] and appends its
 * unresolved (forward) gotos to [out]. */
static void walk_list(GotoWalk *w, GotoBlock *parent, Pos start, Node **stmts, int n, GotoList *out)
{
    Checker *c = w->c;
    BlockWalk bw;
    memset(&bw, 0, sizeof bw);
    bw.block = GC_MALLOC(sizeof(GotoBlock));
    bw.block->parent = parent;
    bw.block->start = start;
    for (int i = 0; i < n; i++) {
        Node *s = stmts[i];
        while (s && s->kind == N_LABELED) {
            const char *name = s->labeled.label->ident.name;
            if (!(name[0] == '_' && name[1] == '\0')) {
                declare_label(w, bw.block, s);
                /* resolve the forward gotos to it */
                int kept = 0;
                for (int j = 0; j < bw.fwd.n; j++) {
                    Node *g = bw.fwd.at[j];
                    if (g->branch.label->ident.name != name) {
                        bw.fwd.at[kept++] = g;
                        continue;
                    }
                    g->branch.target = s;
                    mark_used(c, name);
                    if (bw.have_decl && gl_has(&bw.over_decl, g))
                        chk_error(c, g->branch.label->pos, "goto %s jumps over declaration of %s at %s:%d:%d",
                                  name, bw.decl_names, c->diag->src->name, bw.decl_pos.line,
                                  bw.decl_pos.col);
                }
                bw.fwd.n = kept;
            }
            s = s->labeled.stmt;
        }
        if (!s)
            continue;
        switch (s->kind) {
        case N_DECLSTMT: {
            Node *d = s->declstmt.decl;
            /* the first variable of the declaration names it */
            if (d->op == T_VAR && d->gen.specs.len && d->gen.specs.items[0]->vspec.names.len) {
                Node *name = d->gen.specs.items[0]->vspec.names.items[0];
                record_decl(&bw, name->pos, &d->gen.specs.items[0]->vspec.names, 1);
            }
            break;
        }
        case N_ASSIGN:
            if (s->op == T_DEFINE)
                record_decl(&bw, s->pos, &s->assign.lhs, s->assign.lhs.len);
            break;
        case N_BRANCH:
            if (s->op == T_GOTO && s->branch.label) {
                const char *name = s->branch.label->ident.name;
                Node *t = backward_target(w, bw.block, name);
                if (t) {
                    mark_used(c, name);
                    s->branch.target = t;
                } else {
                    gl_add(&bw.fwd, s);
                }
            }
            break;
        case N_BLOCK:
            walk_block_node(w, &bw, s);
            break;
        case N_IF:
            walk_block_node(w, &bw, s->ifs.body);
            if (s->ifs.els) {
                Node *els = s->ifs.els;
                inner_block(w, &bw, els->pos, &s->ifs.els, 1);
            }
            break;
        case N_FOR:
            walk_block_node(w, &bw, s->fors.body);
            break;
        case N_RANGE:
            walk_block_node(w, &bw, s->range.body);
            break;
        case N_SWITCH:
            walk_clauses(w, &bw, s->sw.body);
            break;
        case N_TYPESWITCH:
            walk_clauses(w, &bw, s->tsw.body);
            break;
        case N_SELECT:
            walk_clauses(w, &bw, s->sel.body);
            break;
        default:
            break;
        }
    }
    for (int i = 0; i < bw.fwd.n; i++)
        gl_add(out, bw.fwd.at[i]);
}

void chk_end_labels(Checker *c, Node **stmts, int n, Pos start)
{
    GotoWalk w = {c, NULL, 0, 0};
    GotoList fwd = {0};
    walk_list(&w, NULL, start, stmts, n, &fwd);
    /* gotos left unresolved name no label, or one inside a block they
     * are not in */
    for (int i = 0; i < fwd.n; i++) {
        Node *g = fwd.at[i];
        const char *name = g->branch.label->ident.name;
        LabelDef *l = find_label(&w, name);
        if (l) {
            mark_used(c, name);
            chk_error(c, g->branch.label->pos, "goto %s jumps into block starting at %s:%d:%d", name,
                      c->diag->src->name, l->block->start.line, l->block->start.col);
        } else {
            chk_error(c, g->branch.label->pos, "label %s not defined", name);
        }
    }
    for (int i = 0; i < c->nlabels; i++) {
        Node *l = c->labels[i];
        const char *name = l->labeled.label->ident.name;
        bool duplicate = false;
        for (int j = 0; j < i; j++)
            if (c->labels[j]->labeled.label->ident.name == name)
                duplicate = true;
        /* gotos, break and continue mark a label used; a duplicate is
         * reported as such, not as unused */
        if (l->mode != 1 && !duplicate)
            chk_error(c, l->labeled.label->pos, "label %s defined and not used", name);
    }
}
