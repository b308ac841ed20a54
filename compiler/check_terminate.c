/* check_terminate.c: terminating statements, as the spec defines them
 * (a function with results must end in one: "missing return"). */
#include <stdbool.h>
#include "check.h"

static bool has_break(Node *n, Node *target);

static bool list_has_break(NodeList *l, Node *target)
{
    for (int i = 0; i < l->len; i++)
        if (has_break(l->items[i], target))
            return true;
    return false;
}

static bool has_break(Node *n, Node *target)
{
    if (!n)
        return false;
    switch (n->kind) {
    case N_BRANCH:
        return n->op == T_BREAK && n->branch.target == target;
    case N_BLOCK:
        return list_has_break(&n->block.stmts, target);
    case N_IF:
        return has_break(n->ifs.body, target) || has_break(n->ifs.els, target);
    case N_LABELED:
        return has_break(n->labeled.stmt, target);
    case N_CASE:
        return list_has_break(&n->clause.body, target);
    case N_SWITCH:
        return has_break(n->sw.body, target);
    case N_TYPESWITCH:
        return has_break(n->tsw.body, target);
    case N_SELECT:
        return has_break(n->sel.body, target);
    case N_FOR:
        return has_break(n->fors.body, target);
    case N_RANGE:
        return has_break(n->range.body, target);
    default:
        return false;
    }
}

static bool is_panic_call(Node *n)
{
    if (n->kind != N_EXPRSTMT)
        return false;
    Node *x = n->exprstmt.x;
    if (x->kind != N_CALL || !x->info)
        return false;
    CallInfo *ci = x->info;
    return ci->kind == CALL_BUILTIN && ci->builtin == B_PANIC;
}

static bool list_terminates(NodeList *l)
{
    for (int i = l->len - 1; i >= 0; i--) {
        Node *s = l->items[i];
        if (s->kind == N_EMPTY)
            continue;
        return chk_terminates(s);
    }
    return false;
}

static bool clauses_terminate(Node *body, bool allow_fallthrough)
{
    bool have_default = false;
    NodeList *cl = &body->block.stmts;
    for (int i = 0; i < cl->len; i++) {
        Node *c = cl->items[i];
        if (c->clause.is_default)
            have_default = true;
        NodeList *b = &c->clause.body;
        if (allow_fallthrough && b->len && b->items[b->len - 1]->kind == N_BRANCH &&
            b->items[b->len - 1]->op == T_FALLTHROUGH)
            continue;
        if (!list_terminates(b))
            return false;
    }
    return have_default;
}

bool chk_terminates(Node *n)
{
    if (!n)
        return false;
    switch (n->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return n->op == T_GOTO;
    case N_EXPRSTMT:
        return is_panic_call(n);
    case N_BLOCK:
        return list_terminates(&n->block.stmts);
    case N_IF:
        return n->ifs.els && chk_terminates(n->ifs.body) && chk_terminates(n->ifs.els);
    case N_FOR:
        return !n->fors.cond && !has_break(n->fors.body, n);
    case N_LABELED:
        return chk_terminates(n->labeled.stmt);
    case N_SWITCH:
        return !has_break(n->sw.body, n) && clauses_terminate(n->sw.body, true);
    case N_TYPESWITCH:
        return !has_break(n->tsw.body, n) && clauses_terminate(n->tsw.body, false);
    case N_SELECT: {
        if (has_break(n->sel.body, n))
            return false;
        NodeList *cl = &n->sel.body->block.stmts;
        for (int i = 0; i < cl->len; i++)
            if (!list_terminates(&cl->items[i]->clause.body))
                return false;
        return true;
    }
    default:
        return false;
    }
}
