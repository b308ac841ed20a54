/* emit_conc.c: channel send and receive, and select. (go and defer share
 * deferred_call in emit_call.c.) */
#include <string.h>
#include "emit.h"

static Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->paren.x;
    return n;
}

void emit_send(FuncState *fs, Node *n)
{
    int base = fs->freereg;
    int rc = reg_alloc(fs, 1);
    expr_to(fs, n->send.chan, rc);
    int rv = reg_alloc(fs, 1);
    expr_as(fs, n->send.value, type_under(n->send.chan->type)->elem, rv);
    set_line(fs, n->pos);
    emit_abc(fs, OP_SEND, rc, rv, 0);
    reg_free_to(fs, base);
}

void emit_recv(FuncState *fs, Node *n, int r, bool with_ok)
{
    if (n == fs->select_recv) {
        /* a select case: the SELECT instruction received it */
        emit_abc(fs, OP_MOVE, r, fs->select_val, 0);
        if (with_ok)
            emit_abc(fs, OP_MOVE, r + 1, fs->select_val + 1, 0);
        return;
    }
    int base = fs->freereg;
    int rc = expr_any(fs, n->unary.x);
    set_line(fs, n->pos);
    emit_abc(fs, with_ok ? OP_RECV2 : OP_RECV, r, rc, 0);
    reg_free_to(fs, base);
}

/* The receive of a select case's communication, or NULL for a send. */
static Node *case_recv(Node *comm)
{
    Node *rhs = NULL;
    if (comm->kind == N_EXPRSTMT)
        rhs = comm->exprstmt.x;
    else if (comm->kind == N_ASSIGN)
        rhs = comm->assign.rhs.items[0];
    rhs = unparen(rhs);
    return rhs && rhs->kind == N_UNARY && rhs->op == T_ARROW ? rhs : NULL;
}

/* Channels and sent values are evaluated once, in source order; the
 * SELECT instruction picks a case and a jump table runs its body, where
 * the case's assignment takes the received value from registers. */
void emit_select(FuncState *fs, Node *n)
{
    NodeList *clauses = &n->sel.body->block.stmts;
    int nc = clauses->len;
    int base = fs->freereg;
    int ncases = 0, deflt = -1;
    for (int i = 0; i < nc; i++) {
        if (clauses->items[i]->clause.is_default)
            deflt = i;
        else
            ncases++;
    }
    if (ncases > 255) {
        emit_error(fs, n->pos, "select with more than 255 cases");
        return;
    }
    int rc = reg_alloc(fs, ncases > 0 ? 2 * ncases : 1);
    char kinds[256];
    int j = 0;
    for (int i = 0; i < nc; i++) {
        Node *cl = clauses->items[i];
        if (cl->clause.is_default)
            continue;
        Node *comm = cl->clause.comm;
        Node *recv = case_recv(comm);
        if (recv) {
            expr_to(fs, recv->unary.x, rc + 2 * j);
            kinds[j] = 'r';
        } else {
            expr_to(fs, comm->send.chan, rc + 2 * j);
            expr_as(fs, comm->send.value, type_under(comm->send.chan->type)->elem, rc + 2 * j + 1);
            kinds[j] = 's';
        }
        reg_free_to(fs, rc + 2 * ncases);
        j++;
    }
    int res = reg_alloc(fs, 3);
    set_line(fs, n->pos);
    emit_abc(fs, OP_SELECT, rc, ncases, res);
    int kidx = k_string(fs, str_new(kinds, ncases));
    emit_x(fs, (uint32_t)(deflt >= 0) | (uint32_t)kidx << 1);
    Breakable *b = push_breakable(fs, n);
    /* the jump table */
    JumpList to_body[nc > 0 ? nc : 1];
    memset(to_body, 0, sizeof to_body);
    j = 0;
    for (int i = 0; i < nc; i++) {
        if (clauses->items[i]->clause.is_default)
            continue;
        if (j <= 128) {
            emit_abc(fs, OP_EQI, res, j + 127, 1); /* B holds j biased by 127 */
        } else {
            int t = reg_alloc(fs, 1);
            emit(fs, MK_AsBx(OP_LOADI, t, j));
            emit_abc(fs, OP_EQ, res, t, 1);
            reg_free_to(fs, t + 1);
        }
        jl_add(&to_body[i], emit_jump(fs));
        j++;
    }
    if (deflt >= 0)
        jl_add(&to_body[deflt], emit_jump(fs));
    else
        jl_add(&b->breaks, emit_jump(fs));
    for (int i = 0; i < nc; i++) {
        Node *cl = clauses->items[i];
        jl_patch_here(fs, &to_body[i]);
        int cb = fs->freereg;
        Node *comm = cl->clause.comm;
        Node *recv = comm ? case_recv(comm) : NULL;
        if (recv && comm->kind == N_ASSIGN) {
            Node *saved = fs->select_recv;
            fs->select_recv = recv;
            fs->select_val = res + 1;
            emit_stmt(fs, comm);
            fs->select_recv = saved;
        }
        emit_block_stmts(fs, &cl->clause.body);
        reg_free_to(fs, cb);
        jl_add(&b->breaks, emit_jump(fs));
    }
    pop_breakable(fs, b, -1);
    reg_free_to(fs, base);
}
