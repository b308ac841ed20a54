/* emit_conc.c: go, defer, channels and select. The checker rejects these
 * until the concurrency runtime lands, so reaching here is a bug. */
#include "emit.h"

void emit_select(FuncState *fs, Node *n)
{
    emit_error(fs, n->pos, "select is not supported yet");
}

void emit_send(FuncState *fs, Node *n)
{
    emit_error(fs, n->pos, "channel send is not supported yet");
}

void emit_recv(FuncState *fs, Node *n, int r, bool with_ok)
{
    (void)r;
    (void)with_ok;
    emit_error(fs, n->pos, "channel receive is not supported yet");
}
