/* vet_unreachable.c: go vet's unreachable check. Statements are walked
 * in order with one bit, "control can get here"; a statement met while
 * the bit is clear is reported (once: the bit is set again after it).
 * The rules are go vet 1.19's (passes/unreachable): return, panic, goto,
 * break, continue and fallthrough end the flow; a for without condition
 * or break, a select or a switch with default whose clauses all end it,
 * end it too; a label that a goto names starts it again. Calls such as
 * os.Exit are not counted, as vet does not. */
#include <string.h>
#include "vet.h"

typedef struct Dead {
    Vet *v;
    bool reachable;
    /* statements some break leaves, and labels: few per function */
    Node *broken[64];
    int nbroken;
    const char *gotos[32];
    int ngotos;
    const char *label_names[32];
    Node *label_stmts[32];
    int nlabels;
    Node *target;       /* what a plain break leaves */
} Dead;

static bool has_break(Dead *d, Node *s)
{
    for (int i = 0; i < d->nbroken; i++)
        if (d->broken[i] == s)
            return true;
    return false;
}

static bool has_goto(Dead *d, const char *name)
{
    for (int i = 0; i < d->ngotos; i++)
        if (strcmp(d->gotos[i], name) == 0)
            return true;
    return false;
}

static void find_labels(Dead *d, Node *s);

static void labels_in(Dead *d, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        find_labels(d, l->items[i]);
}

static void labels_of_target(Dead *d, Node *s, Node *body)
{
    Node *outer = d->target;
    d->target = s;
    find_labels(d, body);
    d->target = outer;
}

static void find_labels(Dead *d, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_BLOCK: labels_in(d, &s->block.stmts); break;
    case N_BRANCH:
        if (s->op == T_GOTO && s->branch.label && d->ngotos < 32) {
            d->gotos[d->ngotos++] = s->branch.label->ident.name;
        } else if (s->op == T_BREAK) {
            Node *t = d->target;
            if (s->branch.label) {
                t = NULL;
                for (int i = 0; i < d->nlabels; i++)
                    if (strcmp(d->label_names[i], s->branch.label->ident.name) == 0)
                        t = d->label_stmts[i];
            }
            if (t && d->nbroken < 64)
                d->broken[d->nbroken++] = t;
        }
        break;
    case N_IF:
        find_labels(d, s->ifs.body);
        find_labels(d, s->ifs.els);
        break;
    case N_LABELED:
        if (d->nlabels < 32) {
            d->label_names[d->nlabels] = s->labeled.label->ident.name;
            d->label_stmts[d->nlabels++] = s->labeled.stmt;
        }
        find_labels(d, s->labeled.stmt);
        break;
    case N_FOR: labels_of_target(d, s, s->fors.body); break;
    case N_RANGE: labels_of_target(d, s, s->range.body); break;
    case N_SELECT: labels_of_target(d, s, s->sel.body); break;
    case N_SWITCH: labels_of_target(d, s, s->sw.body); break;
    case N_TYPESWITCH: labels_of_target(d, s, s->tsw.body); break;
    case N_CASE: labels_in(d, &s->clause.body); break;
    default: break;
    }
}

static void find_dead(Dead *d, Node *s);

static void dead_in(Dead *d, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        find_dead(d, l->items[i]);
}

static bool is_panic(const Node *s)
{
    const Node *x = s->exprstmt.x;
    if (x->kind != N_CALL || x->call.fun->kind != N_IDENT)
        return false;
    const Node *f = x->call.fun;
    return strcmp(f->ident.name, "panic") == 0 && f->ident.sym && f->ident.sym->kind == SYM_BUILTIN;
}

/* the clauses of a switch, type switch or select: whether one of them
 * ends with control reachable, and whether one is the default */
static bool clauses(Dead *d, Node *body, bool *has_default)
{
    bool any = false;
    *has_default = false;
    for (int i = 0; body && i < body->block.stmts.len; i++) {
        Node *cc = body->block.stmts.items[i];
        if (cc->kind != N_CASE)
            continue;
        if (cc->clause.is_default)
            *has_default = true;
        d->reachable = true;
        dead_in(d, &cc->clause.body);
        any = any || d->reachable;
    }
    return any;
}

static void find_dead(Dead *d, Node *s)
{
    if (!s)
        return;
    if (s->kind == N_LABELED && has_goto(d, s->labeled.label->ident.name))
        d->reachable = true;
    if (!d->reachable && s->kind != N_EMPTY) {
        vet_report(d->v, C_UNREACHABLE, ast_start(s), "unreachable code");
        d->reachable = true;
    }
    bool dflt;
    switch (s->kind) {
    case N_BLOCK: dead_in(d, &s->block.stmts); break;
    case N_BRANCH: d->reachable = false; break;
    case N_EXPRSTMT:
        if (is_panic(s))
            d->reachable = false;
        break;
    case N_FOR:
        find_dead(d, s->fors.body);
        d->reachable = s->fors.cond || has_break(d, s);
        break;
    case N_IF:
        find_dead(d, s->ifs.body);
        if (s->ifs.els) {
            bool r = d->reachable;
            d->reachable = true;
            find_dead(d, s->ifs.els);
            d->reachable = d->reachable || r;
        } else {
            d->reachable = true;
        }
        break;
    case N_LABELED: find_dead(d, s->labeled.stmt); break;
    case N_RANGE:
        find_dead(d, s->range.body);
        d->reachable = true;
        break;
    case N_RETURN: d->reachable = false; break;
    case N_SELECT: {
        bool any = clauses(d, s->sel.body, &dflt);
        d->reachable = any || has_break(d, s);
        break;
    }
    case N_SWITCH:
    case N_TYPESWITCH: {
        bool any = clauses(d, s->kind == N_SWITCH ? s->sw.body : s->tsw.body, &dflt);
        d->reachable = any || has_break(d, s) || !dflt;
        break;
    }
    default: break;
    }
}

void vet_unreachable(Vet *v, Node *body)
{
    Dead d = {.v = v};
    find_labels(&d, body);
    d.reachable = true;
    find_dead(&d, body);
}
