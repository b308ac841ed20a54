/* vet_closerecv.c: gosh's own check (go vet has none): close(ch) in a
 * goroutine that receives from ch and never sends on it. Closing is the
 * sender's job, as the signal "no more values": a receiver that closes
 * makes the sender's next send panic ("send on closed channel"). Only a
 * channel named by a variable is followed, and any send on it anywhere in
 * the goroutine (nested function literals too) silences the check. */
#include <string.h>
#include "vet.h"

typedef struct Use {
    const Symbol *ch;
    bool recv, send;
    Node *closes[8];
    int ncloses;
} Use;

static const Symbol *chan_var(const Node *x)
{
    while (x && x->kind == N_PAREN)
        x = x->paren.x;
    if (!x || x->kind != N_IDENT || !x->ident.sym || !x->type || x->type->kind != K_CHAN)
        return NULL;
    return x->ident.sym;
}

/* every close(v) of a channel variable in the goroutine */
static void find_closes(void *ctx, Node *n)
{
    Use *u = ctx;
    if (n->kind == N_CALL && n->call.fun->kind == N_IDENT && strcmp(n->call.fun->ident.name, "close") == 0 &&
        n->call.fun->ident.sym && n->call.fun->ident.sym->kind == SYM_BUILTIN && n->call.args.len == 1 &&
        chan_var(n->call.args.items[0]) && u->ncloses < 8)
        u->closes[u->ncloses++] = n;
    vet_each_child(n, find_closes, u);
}

static void find_uses(void *ctx, Node *n)
{
    Use *u = ctx;
    if (n->kind == N_SEND && chan_var(n->send.chan) == u->ch)
        u->send = true;
    if (n->kind == N_UNARY && n->op == T_ARROW && chan_var(n->unary.x) == u->ch)
        u->recv = true;
    if (n->kind == N_RANGE && chan_var(n->range.x) == u->ch)
        u->recv = true;
    /* passed to a function, stored, or sent elsewhere: it may send there */
    if (n->kind == N_CALL) {
        bool is_close = n->call.fun->kind == N_IDENT && strcmp(n->call.fun->ident.name, "close") == 0;
        for (int i = 0; !is_close && i < n->call.args.len; i++)
            if (chan_var(n->call.args.items[i]) == u->ch)
                u->send = true;
    }
    if (n->kind == N_ASSIGN)
        for (int i = 0; i < n->assign.rhs.len; i++)
            if (chan_var(n->assign.rhs.items[i]) == u->ch)
                u->send = true;
    vet_each_child(n, find_uses, u);
}

void vet_close_recv(Vet *v, Node *golit)
{
    Use all = {0};
    find_closes(&all, golit->funclit.body);
    for (int i = 0; i < all.ncloses; i++) {
        Node *call = all.closes[i];
        Use u = {.ch = chan_var(call->call.args.items[0])};
        find_uses(&u, golit->funclit.body);
        if (!u.recv || u.send)
            continue;
        const char *name = u.ch->name;
        vet_report(v, C_CLOSERECV, ast_start(call),
                   "close(%s) in a goroutine that only receives from %s: the sender should close it, or its next send panics",
                   name, name);
    }
}
