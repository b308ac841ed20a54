/* vet_sleeploop.c: gosh's own hint (go vet has none): a loop that polls
 * a variable other goroutines share and sleeps between looks,
 *
 *     for !done { time.Sleep(time.Millisecond) }
 *     for { if count == n { break }; time.Sleep(d) }
 *
 * Sleeping is not synchronisation: without a lock or atomic the reads
 * race with the writes, and with them the loop still guesses how long to
 * wait. A channel or a sync.WaitGroup says when. The variable must be a
 * package variable or one a function literal captures, and the sleep a
 * statement of the loop's own body; a hint does not set the exit status. */
#include <string.h>
#include "vet.h"

/* the first shared variable [n] reads, or NULL */
typedef struct Shared {
    const Symbol *sym;
} Shared;

static void find_shared(void *ctx, Node *n)
{
    Shared *s = ctx;
    if (s->sym)
        return;
    if (n->kind == N_IDENT) {
        const Symbol *sym = n->ident.sym;
        if (sym && sym->kind == SYM_VAR && (sym->global || sym->captured))
            s->sym = sym;
        return;
    }
    if (n->kind == N_FUNCLIT)
        return;
    vet_each_child(n, find_shared, s);
}

static const Symbol *shared_in(Node *n)
{
    Shared s = {NULL};
    if (n)
        find_shared(&s, n);
    return s.sym;
}

static bool is_sleep(const Node *s)
{
    char name[200];
    return s->kind == N_EXPRSTMT && s->exprstmt.x->kind == N_CALL && vet_callee(s->exprstmt.x, name, sizeof name) &&
           strcmp(name, "time.Sleep") == 0;
}

/* `if COND { break }` (or return): the loop's exit test */
static Node *exit_test(const Node *s)
{
    if (s->kind != N_IF || s->ifs.els || s->ifs.init || s->ifs.body->block.stmts.len != 1)
        return NULL;
    const Node *b = s->ifs.body->block.stmts.items[0];
    bool leaves = (b->kind == N_BRANCH && b->op == T_BREAK && !b->branch.label) || b->kind == N_RETURN;
    return leaves ? s->ifs.cond : NULL;
}

void vet_sleep_loop(Vet *v, Node *loop)
{
    if (loop->kind != N_FOR || loop->fors.init || loop->fors.post || !loop->fors.body)
        return;
    NodeList *body = &loop->fors.body->block.stmts;
    Node *sleep = NULL;
    const Symbol *var = shared_in(loop->fors.cond);
    for (int i = 0; i < body->len; i++) {
        Node *s = body->items[i];
        if (is_sleep(s))
            sleep = sleep ? sleep : s;
        else if (!var && exit_test(s))
            var = shared_in(exit_test(s));
    }
    if (!sleep || !var)
        return;
    vet_report(v, C_SLEEPLOOP, ast_start(sleep),
               "time.Sleep in a loop used to wait for %s; use a channel or sync.WaitGroup", var->name);
}
