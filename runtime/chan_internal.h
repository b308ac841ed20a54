/* chan_internal.h: channels as chan.c and select.c share them. Private to
 * runtime/. */
#ifndef GOSH_CHAN_INTERNAL_H
#define GOSH_CHAN_INTERNAL_H

#include "lock.h"
#include "runtime.h"

/* A goroutine waiting on one channel (Go's sudog). A select has one per
 * case; all live in the G's sudog array. */
typedef struct Sudog {
    G *g;
    struct Sudog *next, *prev;
    bool queued;            /* on its channel's queue (under its lock) */
    struct WaitQ *q;        /* that queue, while queued */
    bool is_select;
    bool success;           /* false: woken by close */
    int32_t case_index;
    Value *dst, *ok;        /* where a receive delivers */
    Value val;              /* what a send delivers */
} Sudog;

typedef struct WaitQ WaitQ;
struct WaitQ {
    Sudog *head, *tail;
};

struct Chan {
    RtLock lock;
    int64_t cap, count, sendx, recvx;
    /* slots in buf: cap, or 1 when the elements have size 0 (all of them
     * the same value, so a channel of any capacity needs no memory, as in
     * Go) */
    int64_t ring;
    Value *buf;
    bool closed;
    bool block;             /* elements are aggregates held as blocks */
    const struct Type *elem; /* for the event stream's consumers */
    uint32_t elem_size;
    WaitQ recvq, sendq;
    const char *made_file;  /* where make made it, for reports */
    int32_t made_line;
};

void waitq_push(WaitQ *q, Sudog *s);
void waitq_unlink(WaitQ *q, Sudog *s);
/* The first waiter that may still be woken: a select's sudog whose
 * goroutine another case already won is dropped. */
Sudog *waitq_take(WaitQ *q);
/* The value a channel stores for [v]: its own copy of a block. */
Value chan_own(const Chan *c, Value v);
Value chan_zero(const Chan *c);
/* With the lock held and a partner or buffer space known: [g] completes
 * a send or a receive now. */
void chan_send_now(G *g, Chan *c, Sudog *receiver, Value v);
void chan_recv_now(G *g, Chan *c, Sudog *sender, Value *dst, Value *ok);
/* The G's sudog array with room for [n]. */
Sudog *sudogs_for(G *g, int n);
/* Makes room for [n] sudogs without clearing them (before taking a lock,
 * so that sudogs_for under it does not allocate). */
void sudogs_reserve(G *g, int n);

#endif
