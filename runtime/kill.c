/* kill.c: ending a goroutine from outside it (a REPL session's Ctrl-C,
 * deadlock report and :kill).
 *
 * A killed goroutine ends the next time the scheduler would run it
 * (vm/call.c's executor). One that waits must first be taken out of
 * whatever holds it, under that object's lock: left there, a later send
 * would hand it a value, a Mutex unlock would wake it instead of a live
 * waiter, and the value or the wake-up would die with it. Whoever takes
 * it out owns it and makes it runnable, so that it ends; when a waker got
 * there first, the waker makes it runnable, and it ends then. */
#include "chan_internal.h"
#include "sched_internal.h"

/* Each returns true when it took [g] out of its wait (and now owns it). */

static bool chan_withdraw(G *g, bool send)
{
    Chan *c = (Chan *)__atomic_load_n(&g->wait_obj, __ATOMIC_SEQ_CST);
    if (!c || g->nsudogs < 1)
        return false;
    rt_lock(&c->lock);
    Sudog *s = &g->sudogs[0];
    bool mine = s->queued && s->g == g && !s->is_select;
    if (mine)
        waitq_unlink(send ? &c->sendq : &c->recvq, s);
    rt_unlock(&c->lock);
    return mine;
}

static bool select_withdraw(G *g)
{
    Chan **locks = g->sel_locks;
    int n = g->sel_nlocks;
    if (!locks)
        return false;
    for (int i = 0; i < n; i++)
        rt_lock(&locks[i]->lock);
    /* claim it as a waker would: then no case can complete */
    int32_t expected = 0;
    bool mine = __atomic_compare_exchange_n(&g->select_done, &expected, 1, false, __ATOMIC_ACQ_REL,
                                            __ATOMIC_ACQUIRE);
    /* it never runs its select's clean-up: off every queue here */
    for (int i = 0; i < g->nsudogs; i++)
        if (g->sudogs[i].queued)
            waitq_unlink(g->sudogs[i].q, &g->sudogs[i]);
    for (int i = n - 1; i >= 0; i--)
        rt_unlock(&locks[i]->lock);
    return mine;
}

static bool forever_withdraw(G *g)
{
    uint8_t expected = WQ_FOREVER;
    return __atomic_compare_exchange_n(&g->wait_queue, &expected, WQ_NONE, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_ACQUIRE);
}

RtKill rt_kill(G *g)
{
    if (__atomic_load_n(&g->status, __ATOMIC_SEQ_CST) == G_DEAD)
        return RT_KILL_DEAD;
    __atomic_store_n(&g->killed, true, __ATOMIC_SEQ_CST);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    /* running: it stops at its next poll, or, if it parks first, its M
     * takes it out of that wait (sched.c) */
    if (sched_preempt(g))
        return RT_KILL_ENDS;
    int status = __atomic_load_n(&g->status, __ATOMIC_SEQ_CST);
    if (status == G_DEAD)
        return RT_KILL_DEAD;
    if (status != G_WAITING)
        return RT_KILL_ENDS;
    bool mine = false;
    switch (__atomic_load_n(&g->wait_queue, __ATOMIC_SEQ_CST)) {
    case WQ_CHAN_SEND: mine = chan_withdraw(g, true); break;
    case WQ_CHAN_RECV: mine = chan_withdraw(g, false); break;
    case WQ_SELECT: mine = select_withdraw(g); break;
    case WQ_SEMA: mine = sema_withdraw(g); break;
    case WQ_SLEEP: mine = g->sleep_timer && rt_timer_stop(g->sleep_timer); break;
    case WQ_FOREVER: mine = forever_withdraw(g); break;
    default:
        /* a blocking call (or a waker just took it): it ends when it is
         * made runnable */
        if (__atomic_load_n(&g->status, __ATOMIC_SEQ_CST) == G_WAITING &&
            __atomic_load_n(&g->wait_queue, __ATOMIC_SEQ_CST) == WQ_NONE)
            return RT_KILL_STUCK;
        return RT_KILL_ENDS;
    }
    if (mine)
        rt_ready(g);
    return RT_KILL_ENDS;
}

typedef struct Find {
    int64_t id;
    G *g;
} Find;

static void find_one(G *g, void *arg)
{
    Find *f = arg;
    if (g->id == f->id && g->status != G_DEAD)
        f->g = g;
}

G *rt_find_g(int64_t id)
{
    Find f = {id, NULL};
    rt_each_g(find_one, &f);
    return f.g;
}
