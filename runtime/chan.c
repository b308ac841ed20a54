/* chan.c: channels (after Go's runtime/chan.go).
 *
 * A channel is a lock, a ring buffer and two FIFO queues of waiting
 * goroutines. A send that finds a receiver waiting hands the value
 * straight to it (writing into the receiver's register) and wakes it; a
 * receive that finds a sender waiting takes its value (for a full buffer:
 * the head of the buffer, and the sender's value moves to the tail).
 * Otherwise the buffer is used, or the goroutine parks on the queue with
 * the channel still locked, and the scheduler unlocks it once the
 * goroutine is off its thread. close wakes every waiter: receivers get
 * the zero value, senders panic. */
#include <string.h>
#include "chan_internal.h"
#include "event.h"

/* Blocks of zero size (struct{}) all share this one. */
static uint64_t zero_size_block;

Chan *chan_make(const struct Type *elem, int64_t cap, bool elem_is_block, uint32_t elem_size)
{
    Chan *c = rt_alloc(sizeof *c);
    c->elem = elem;
    c->cap = cap;
    c->block = elem_is_block;
    c->elem_size = elem_size;
    c->ring = elem_is_block && elem_size == 0 && cap > 0 ? 1 : cap;
    if (c->ring > 0)
        c->buf = rt_alloc(sizeof(Value) * (size_t)c->ring);
    if (RT_EVENTS)
        rt_emit_g(EV_CHAN_MAKE, rt_current(), 0, c, cap);
    return c;
}

int64_t chan_len(const Chan *c)
{
    return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0;
}

const struct Type *chan_elem_type(const Chan *c)
{
    return c->elem;
}

void chan_made_at(Chan *c, const char *file, int line)
{
    c->made_file = file;
    c->made_line = line;
}

void chan_origin(const Chan *c, const char **file, int *line)
{
    *file = c->made_file;
    *line = c->made_line;
}

int64_t chan_cap(const Chan *c)
{
    return c ? c->cap : 0;
}

/* ---- wait queues ---- */

void waitq_push(WaitQ *q, Sudog *s)
{
    s->next = NULL;
    s->prev = q->tail;
    if (q->tail)
        q->tail->next = s;
    else
        q->head = s;
    q->tail = s;
    s->queued = true;
    s->q = q;
}

void waitq_unlink(WaitQ *q, Sudog *s)
{
    if (!s->queued)
        return;
    if (s->prev)
        s->prev->next = s->next;
    else
        q->head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    else
        q->tail = s->prev;
    s->next = s->prev = NULL;
    s->queued = false;
}

Sudog *waitq_take(WaitQ *q)
{
    for (;;) {
        Sudog *s = q->head;
        if (!s)
            return NULL;
        waitq_unlink(q, s);
        if (s->is_select) {
            int32_t expected = 0;
            if (!__atomic_compare_exchange_n(&s->g->select_done, &expected, 1, false,
                                             __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
                continue; /* another case of that select already won */
            s->g->select_won = s->case_index;
        }
        return s;
    }
}

void sudogs_reserve(G *g, int n)
{
    if (g->sudogs_cap < n) {
        int cap = n < 1 ? 1 : n;
        g->sudogs = rt_alloc(sizeof(Sudog) * (size_t)cap);
        g->sudogs_cap = cap;
    }
}

Sudog *sudogs_for(G *g, int n)
{
    sudogs_reserve(g, n);
    if (n > 0)
        memset(g->sudogs, 0, sizeof(Sudog) * (size_t)n);
    g->nsudogs = n;
    return g->sudogs;
}

/* ---- values ---- */

Value chan_own(const Chan *c, Value v)
{
    if (!c->block)
        return v;
    Value copy;
    if (c->elem_size == 0) {
        copy.p = &zero_size_block;
        return copy;
    }
    copy.p = rt_alloc(c->elem_size);
    rt_copy_words(copy.p, v.p, c->elem_size);
    return copy;
}

Value chan_zero(const Chan *c)
{
    Value z;
    z.u = 0;
    if (c->block)
        z.p = c->elem_size ? rt_alloc(c->elem_size) : (void *)&zero_size_block;
    return z;
}

/* A send or receive that completed, told under the channel's lock: [g]
 * did it, with partner [peer] (0: the buffer's [slot]; -1: a closed
 * channel). */
static void emit_op(EvKind kind, G *g, Chan *c, int64_t peer, int64_t slot, Value v)
{
    /* a timer sends with no goroutine (time.After) */
    Event e = {.kind = kind, .g = g ? g->id : 0, .gp = g, .peer = peer, .obj = c, .a = slot, .value = v};
    rt_emit(&e);
}

void chan_send_now(G *g, Chan *c, Sudog *receiver, Value v)
{
    if (RT_EVENTS) {
        if (receiver) {
            emit_op(EV_CHAN_SEND, g, c, receiver->g->id, 0, v);
            emit_op(EV_CHAN_RECV, receiver->g, c, g ? g->id : 0, 0, v);
        } else {
            emit_op(EV_CHAN_SEND, g, c, 0, c->sendx, v);
        }
    }
    if (receiver) {
        if (receiver->dst)
            *receiver->dst = v;
        if (receiver->ok)
            receiver->ok->u = 1;
        receiver->success = true;
        return;
    }
    c->buf[c->sendx] = v;
    if (++c->sendx == c->ring)
        c->sendx = 0;
    __atomic_store_n(&c->count, c->count + 1, __ATOMIC_RELAXED);
}

void chan_recv_now(G *g, Chan *c, Sudog *sender, Value *dst, Value *ok)
{
    if (RT_EVENTS) {
        if (sender && c->cap == 0) {
            emit_op(EV_CHAN_SEND, sender->g, c, g->id, 0, sender->val);
            emit_op(EV_CHAN_RECV, g, c, sender->g->id, 0, sender->val);
        } else if (sender) {
            /* the sender's value joins the tail in the slot freed */
            emit_op(EV_CHAN_RECV, g, c, 0, c->recvx, c->buf[c->recvx]);
            emit_op(EV_CHAN_SEND, sender->g, c, 0, c->recvx, sender->val);
        } else if (c->count > 0) {
            emit_op(EV_CHAN_RECV, g, c, 0, c->recvx, c->buf[c->recvx]);
        } else {
            emit_op(EV_CHAN_RECV, g, c, -1, 0, (Value){.u = 0});
        }
    }
    Value v;
    if (sender && c->cap == 0) {
        v = sender->val;
    } else if (sender) {
        /* a full buffer: take its head, the sender's value joins the tail */
        v = c->buf[c->recvx];
        c->buf[c->recvx] = sender->val;
        if (++c->recvx == c->ring)
            c->recvx = 0;
        c->sendx = c->recvx;
    } else if (c->count > 0) {
        v = c->buf[c->recvx];
        c->buf[c->recvx].u = 0; /* let the collector have it */
        if (++c->recvx == c->ring)
            c->recvx = 0;
        __atomic_store_n(&c->count, c->count - 1, __ATOMIC_RELAXED);
    } else {
        /* closed and drained */
        if (dst)
            *dst = chan_zero(c);
        if (ok)
            ok->u = 0;
        return;
    }
    if (sender)
        sender->success = true;
    if (dst)
        *dst = v;
    if (ok)
        ok->u = 1;
}

/* ---- send, receive, close ---- */

static ChanResult park_forever(G *g, bool block, const char *reason)
{
    if (!block)
        return CHAN_BLOCKED;
    g->wait_queue = WQ_FOREVER;
    rt_park(g, reason, NULL, NULL);
    return CHAN_PARKED;
}

ChanResult chan_send(G *g, Chan *c, Value v, bool block)
{
    if (!c)
        return park_forever(g, block, "chan send (nil chan)");
    /* allocate before taking the lock: running out of memory in a REPL
     * session ends the goroutine wherever it is (rt_out_of_memory), and
     * must not leave the channel locked */
    v = chan_own(c, v);
    if (block)
        sudogs_reserve(g, 1);
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        return CHAN_CLOSED;
    }
    Sudog *r = waitq_take(&c->recvq);
    if (r || c->count < c->cap) {
        chan_send_now(g, c, r, v);
        rt_unlock(&c->lock);
        if (r)
            rt_ready(r->g);
        return CHAN_OK;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return CHAN_BLOCKED;
    }
    Sudog *s = sudogs_for(g, 1);
    s->g = g;
    s->val = v;
    waitq_push(&c->sendq, s);
    g->wait_obj = c;
    g->wait_queue = WQ_CHAN_SEND;
    rt_park(g, "chan send", rt_unlock_lock, &c->lock);
    return CHAN_PARKED;
}

ChanResult chan_recv(G *g, Chan *c, Value *dst, Value *ok, bool block)
{
    if (!c)
        return park_forever(g, block, "chan receive (nil chan)");
    if (block)
        sudogs_reserve(g, 1);
    rt_lock(&c->lock);
    Sudog *s = waitq_take(&c->sendq);
    if (s || c->count > 0 || c->closed) {
        chan_recv_now(g, c, s, dst, ok);
        rt_unlock(&c->lock);
        if (s)
            rt_ready(s->g);
        return CHAN_OK;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return CHAN_BLOCKED;
    }
    s = sudogs_for(g, 1);
    s->g = g;
    s->dst = dst;
    s->ok = ok;
    waitq_push(&c->recvq, s);
    g->wait_obj = c;
    g->wait_queue = WQ_CHAN_RECV;
    rt_park(g, "chan receive", rt_unlock_lock, &c->lock);
    return CHAN_PARKED;
}

int chan_close(Chan *c)
{
    if (!c)
        return 1;
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        return 2;
    }
    c->closed = true;
    if (RT_EVENTS)
        rt_emit_g(EV_CHAN_CLOSE, rt_current(), 0, c, 0);
    /* collect the waiters, then wake them with the lock released */
    G *wake = NULL;
    Sudog *s;
    while ((s = waitq_take(&c->recvq))) {
        if (RT_EVENTS)
            emit_op(EV_CHAN_RECV, s->g, c, -1, 0, (Value){.u = 0});
        if (s->dst)
            *s->dst = chan_zero(c);
        if (s->ok)
            s->ok->u = 0;
        s->success = false;
        s->g->wait_next = wake;
        wake = s->g;
    }
    while ((s = waitq_take(&c->sendq))) {
        s->success = false;
        if (!s->is_select)
            s->g->resume_panic = "send on closed channel";
        s->g->wait_next = wake;
        wake = s->g;
    }
    rt_unlock(&c->lock);
    while (wake) {
        G *next = wake->wait_next;
        wake->wait_next = NULL;
        rt_ready(wake);
        wake = next;
    }
    return 0;
}
