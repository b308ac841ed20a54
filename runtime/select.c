/* select.c: select over several channels (after Go's runtime/select.go).
 *
 * The cases are polled in a random order with every channel locked (in
 * address order, so that two selects cannot deadlock each other); the
 * first ready case runs. With none ready and no default, the goroutine
 * queues a sudog on every channel and parks. The first waker claims the
 * goroutine (a CAS on g->select_done), completes its case and wakes it;
 * the goroutine then calls rt_select again, which takes its other sudogs
 * off their queues and reports the case that won. */
#include <stdlib.h>
#include "chan_internal.h"
#include "event.h"
#include "strategy.h"

/* Sorts the distinct non-nil channels of [cases] by address into [out]. */
static int lock_order(const SelectCase *cases, int n, Chan **out)
{
    int m = 0;
    for (int i = 0; i < n; i++) {
        Chan *c = cases[i].c;
        if (!c)
            continue;
        int j = m;
        while (j > 0 && (uintptr_t)out[j - 1] > (uintptr_t)c)
            j--;
        if (j > 0 && out[j - 1] == c)
            continue;
        for (int k = m; k > j; k--)
            out[k] = out[k - 1];
        out[j] = c;
        m++;
    }
    return m;
}

static void lock_all(Chan **locks, int n)
{
    for (int i = 0; i < n; i++)
        rt_lock(&locks[i]->lock);
}

static void unlock_all(Chan **locks, int n)
{
    for (int i = n - 1; i >= 0; i--)
        rt_unlock(&locks[i]->lock);
}

static void unlock_parked(void *arg)
{
    G *g = arg;
    unlock_all(g->sel_locks, g->sel_nlocks);
}

/* After the wake-up: off every other queue, and the winner's result. */
static int resume(G *g, SelectCase *cases, int n)
{
    g->select_parked = false;
    lock_all(g->sel_locks, g->sel_nlocks);
    for (int i = 0; i < n; i++) {
        Sudog *s = &g->sudogs[i];
        if (cases[i].c)
            waitq_unlink(cases[i].send ? &cases[i].c->sendq : &cases[i].c->recvq, s);
    }
    unlock_all(g->sel_locks, g->sel_nlocks);
    g->sel_locks = NULL;
    g->sel_nlocks = 0;
    int won = g->select_won;
    if (cases[won].send && !g->sudogs[won].success)
        return SELECT_CLOSED_SEND;
    return won;
}

/* A waiter that waitq_take would return: not a select already won. */
static bool has_waiter(const WaitQ *q)
{
    for (const Sudog *s = q->head; s; s = s->next)
        if (!s->is_select || __atomic_load_n(&s->g->select_done, __ATOMIC_ACQUIRE) == 0)
            return true;
    return false;
}

static bool case_ready(const SelectCase *sc)
{
    Chan *c = sc->c;
    if (!c)
        return false;
    if (sc->send)
        return c->closed || has_waiter(&c->recvq) || c->count < c->cap;
    return has_waiter(&c->sendq) || c->count > 0 || c->closed;
}

/* Deterministic mode, with every channel locked: the strategy picks which
 * ready case wins (strategy.h), which goes first in [order]. */
static void strategy_order(const SelectCase *cases, int n, int *order)
{
    int ready = 0, first = -1;
    for (int i = 0; i < n; i++)
        if (case_ready(&cases[i]) && ready++ == 0)
            first = i;
    if (ready < 2)
        return;
    int k = strat_select(rt_current(), ready);
    for (int i = 0; i < n; i++)
        if (case_ready(&cases[i]) && k-- == 0)
            first = i;
    for (int i = 0; i < n; i++)
        if (order[i] == first) {
            order[i] = order[0];
            order[0] = first;
        }
}

static int select_run(G *g, SelectCase *cases, int n, bool has_default, Value *dst, Value *ok)
{
    if (g->select_parked)
        return resume(g, cases, n);
    /* a random poll order: Go picks uniformly among ready cases */
    int order_buf[64];
    int *order = n <= 64 ? order_buf : rt_alloc_atomic(sizeof(int) * (size_t)n);
    bool seeded = rt_seeded();
    for (int i = 0; i < n; i++) {
        int j = seeded ? i : (int)(rt_rand() % (uint64_t)(i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    Chan *locks_buf[64];
    Chan **locks = n <= 64 ? locks_buf : rt_alloc(sizeof(Chan *) * (size_t)n);
    int nlocks = lock_order(cases, n, locks);
    if (!has_default)
        sudogs_reserve(g, n); /* not under the locks: see chan_send */
    lock_all(locks, nlocks);
    if (seeded)
        strategy_order(cases, n, order);
    for (int k = 0; k < n; k++) {
        int i = order[k];
        Chan *c = cases[i].c;
        if (!c)
            continue;
        if (cases[i].send) {
            if (c->closed) {
                unlock_all(locks, nlocks);
                return SELECT_CLOSED_SEND;
            }
            Sudog *r = waitq_take(&c->recvq);
            if (r || c->count < c->cap) {
                chan_send_now(g, c, r, chan_own(c, cases[i].value));
                unlock_all(locks, nlocks);
                if (r)
                    rt_ready(r->g);
                return i;
            }
        } else {
            Sudog *s = waitq_take(&c->sendq);
            if (s || c->count > 0 || c->closed) {
                chan_recv_now(g, c, s, dst, ok);
                unlock_all(locks, nlocks);
                if (s)
                    rt_ready(s->g);
                return i;
            }
        }
    }
    if (has_default) {
        unlock_all(locks, nlocks);
        return SELECT_DEFAULT;
    }
    /* wait on every channel */
    Sudog *sg = sudogs_for(g, n);
    g->select_done = 0;
    g->select_won = -1;
    for (int i = 0; i < n; i++) {
        Chan *c = cases[i].c;
        Sudog *s = &sg[i];
        s->g = g;
        s->is_select = true;
        s->case_index = i;
        if (!c)
            continue;
        if (cases[i].send) {
            s->val = chan_own(c, cases[i].value);
            waitq_push(&c->sendq, s);
        } else {
            s->dst = dst;
            s->ok = ok;
            waitq_push(&c->recvq, s);
        }
    }
    if (locks == locks_buf) {
        locks = rt_alloc(sizeof(Chan *) * (size_t)(nlocks ? nlocks : 1));
        for (int i = 0; i < nlocks; i++)
            locks[i] = locks_buf[i];
    }
    g->sel_locks = locks;
    g->sel_nlocks = nlocks;
    g->select_parked = true;
    g->wait_queue = n == 0 ? WQ_FOREVER : WQ_SELECT;
    rt_park(g, n == 0 ? "select (no cases)" : "select", unlock_parked, g);
    return SELECT_PARKED;
}

int rt_select(G *g, SelectCase *cases, int n, bool has_default, Value *dst, Value *ok)
{
    int r = select_run(g, cases, n, has_default, dst, ok);
    if (RT_EVENTS && r >= SELECT_DEFAULT)
        rt_emit_g(EV_SELECT, g, 0, NULL, r);
    return r;
}
