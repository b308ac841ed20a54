/* vet_closerecv.c: gosh's own check (go vet has none): close(ch) in a
 * goroutine that receives from ch and never sends on it. Closing is the
 * sender's job, as the signal "no more values": a receiver that closes
 * makes the sender's next send panic ("send on closed channel"). Only a
 * channel named by a variable is followed; the goroutine must not send on
 * it or pass it on anywhere (nested function literals too), and the
 * program must send on it elsewhere: a channel nobody sends on is a
 * signal, closed to broadcast, which is what close is for. */
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

/* a send on [ch] anywhere in the program */
typedef struct Sender {
    const Symbol *ch;
    bool found;
} Sender;

static void find_send(void *ctx, Node *n)
{
    Sender *s = ctx;
    if (s->found)
        return;
    if (n->kind == N_SEND && chan_var(n->send.chan) == s->ch)
        s->found = true;
    vet_each_child(n, find_send, s);
}

/* the variable the goroutine's parameter [p] was given, or [p] itself
 * when it is not a parameter (a captured variable) */
static const Symbol *outer_var(const Node *gocall, const Symbol *p)
{
    const FuncInfo *fi = gocall->call.fun->funclit.info;
    for (int i = 0; fi && i < fi->nparams; i++)
        if (fi->params[i] == p)
            return i < gocall->call.args.len ? chan_var(gocall->call.args.items[i]) : NULL;
    return p;
}

void vet_close_recv(Vet *v, Node *gocall)
{
    Node *golit = gocall->call.fun;
    Use all = {0};
    find_closes(&all, golit->funclit.body);
    for (int i = 0; i < all.ncloses; i++) {
        Node *call = all.closes[i];
        Use u = {.ch = chan_var(call->call.args.items[0])};
        find_uses(&u, golit->funclit.body);
        if (!u.recv || u.send)
            continue;
        Sender snd = {outer_var(gocall, u.ch), false};
        if (!snd.ch || !v->file)
            continue;
        for (int k = 0; k < v->file->file.items.len && !snd.found; k++)
            find_send(&snd, v->file->file.items.items[k]);
        if (!snd.found)
            continue;
        const char *name = u.ch->name;
        vet_report(v, C_CLOSERECV, ast_start(call),
                   "close(%s) in a goroutine that only receives from %s: the sender should close it, or its next send panics",
                   name, name);
    }
}
