/* sync.c: happens-before edges from the runtime's event stream.
 *
 * Each synchronising object (a channel, a mutex, a WaitGroup, a Once,
 * an atomically accessed word) has a SyncVar found by its address: the
 * clocks released into it. Events arrive on the thread where they
 * happen, under the lock that orders them (runtime/event.h); a SyncVar
 * has a lock of its own too, because readers of an RWMutex release
 * into it at the same time.
 *
 * The edges (Go's memory model):
 * - go: the parent's clock is the child's first;
 * - a send on an unbuffered channel and the receive it meets: both
 *   ways, each completes after the other began;
 * - a buffered channel's slot: the k-th send before the k-th receive
 *   completes, and the k-th receive before the (k+C)-th send
 *   completes (each acquires the slot's clock, then releases into it);
 * - close before a receive that sees the channel closed;
 * - Unlock before the next Lock or RLock; RUnlock before the next Lock
 *   only (readers do not order each other);
 * - WaitGroup Done (a negative Add) before the Wait that returns;
 * - a Once's function before every Do that finds it done;
 * - atomics: a release before each operation that writes, an acquire
 *   after each that reads (sync's own are left to the events above).
 * time.Sleep, timers and Cond's wake-ups give no edge of their own (a
 * Cond's waiter relocks its mutex, which does). */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

typedef struct SyncVar {
    const void *addr;
    struct SyncVar *next;
    pthread_mutex_t lock;
    VClock w;           /* released by Unlock, sends, Done, atomics, Once */
    VClock r;           /* released by RUnlock */
    VClock closed;      /* released by close */
    VClock *slots;      /* a buffered channel's slots */
    uint32_t nslots;
    RaceG *sender;      /* an unbuffered send, until its receive */
} SyncVar;

enum { NBUCKETS = 1 << 14 };
static SyncVar **buckets; /* malloc'd, as clock.c's table */
static pthread_mutex_t buckets_lock = PTHREAD_MUTEX_INITIALIZER;

/* SyncVars are never freed: an object the collector frees leaves its
 * clocks behind, which can only add order, never a false report. */
static SyncVar *sync_var(const void *addr)
{
    size_t b = (size_t)(((uintptr_t)addr * 0x9E3779B97F4A7C15ull) >> 50) % NBUCKETS;
    for (SyncVar *s = __atomic_load_n(&buckets[b], __ATOMIC_ACQUIRE); s; s = s->next)
        if (s->addr == addr)
            return s;
    pthread_mutex_lock(&buckets_lock);
    SyncVar *s;
    for (s = buckets[b]; s; s = s->next)
        if (s->addr == addr)
            break;
    if (!s) {
        s = xcalloc(sizeof *s);
        s->addr = addr;
        pthread_mutex_init(&s->lock, NULL);
        s->next = buckets[b];
        __atomic_store_n(&buckets[b], s, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&buckets_lock);
    return s;
}

void race_sync_init(void)
{
    buckets = xcalloc(sizeof(SyncVar *) * NBUCKETS);
}

static void release(RaceG *r, VClock *into)
{
    vc_join(into, &r->vc);
    race_tick(r);
}

static VClock *slot(SyncVar *s, int64_t i)
{
    if ((uint64_t)i >= s->nslots) {
        uint32_t n = (uint32_t)i + 1;
        VClock *ns = xcalloc(sizeof(VClock) * n);
        if (s->nslots)
            memcpy(ns, s->slots, sizeof(VClock) * s->nslots);
        free(s->slots);
        s->slots = ns;
        s->nslots = n;
    }
    return &s->slots[i];
}

static void chan_event(const Event *e, RaceG *r)
{
    SyncVar *s = sync_var(e->obj);
    pthread_mutex_lock(&s->lock);
    if (e->kind == EV_CHAN_CLOSE) {
        release(r, &s->closed);
    } else if (e->kind == EV_CHAN_RECV && e->peer == -1) {
        vc_join(&r->vc, &s->closed);
    } else if (e->peer > 0) {
        /* a hand-off: the send's event comes first, then the receive's */
        if (e->kind == EV_CHAN_SEND) {
            s->sender = r;
        } else if (s->sender) {
            RaceG *snd = s->sender;
            s->sender = NULL;
            vc_join(&r->vc, &snd->vc);
            vc_join(&snd->vc, &r->vc);
            race_tick(r);
            race_tick(snd);
        }
    } else {
        VClock *sl = slot(s, e->a);
        vc_join(&r->vc, sl);
        release(r, sl);
    }
    pthread_mutex_unlock(&s->lock);
}

static void sync_event(const Event *e, RaceG *r)
{
    SyncVar *s = sync_var(e->obj);
    pthread_mutex_lock(&s->lock);
    switch (e->kind) {
    case EV_LOCK:
        vc_join(&r->vc, &s->w);
        if (e->a != 1) /* Lock, and an RWMutex's Lock once its readers left */
            vc_join(&r->vc, &s->r);
        break;
    case EV_UNLOCK: /* 2: an RWMutex's Unlock, before it lets readers in */
        release(r, e->a == 1 ? &s->r : &s->w);
        break;
    case EV_WG_ADD:
        if (e->a < 0)
            release(r, &s->w);
        break;
    case EV_WG_WAIT:
        vc_join(&r->vc, &s->w);
        break;
    case EV_ONCE:
    case EV_ATOMIC:
        if (e->a)
            release(r, &s->w);
        else
            vc_join(&r->vc, &s->w);
        break;
    default:
        break;
    }
    pthread_mutex_unlock(&s->lock);
}

/* race_order_outside: the clock the last goroutine made outside left */
static bool order_outside;
static VClock outside;
static pthread_mutex_t outside_lock = PTHREAD_MUTEX_INITIALIZER;

void race_order_outside(void)
{
    order_outside = true;
}

static void go_create(const Event *e)
{
    G *child = e->gp;
    RaceG *parent = e->g ? race_g_of((uint32_t)e->g) : NULL;
    if (e->g && !parent)
        parent = race_g_new((uint32_t)e->g);
    RaceG *c = race_g_of((uint32_t)e->peer);
    if (!c)
        c = race_g_new((uint32_t)e->peer);
    if (parent) {
        vc_join(&c->vc, &parent->vc);
        race_tick(parent);
    } else if (order_outside) {
        c->outside = true;
        pthread_mutex_lock(&outside_lock);
        vc_join(&c->vc, &outside);
        pthread_mutex_unlock(&outside_lock);
    }
    RtFrameInfo fn;
    rt_origin(child, &fn, &c->created);
    child->race = c;
}

void race_consume(const Event *e, void *ctx)
{
    (void)ctx;
    switch (e->kind) {
    case EV_GO_CREATE:
        go_create(e);
        return;
    case EV_GO_END:
        if (e->gp) {
            /* its clock is never read again: what others learnt of it is
             * in their clocks, and shadow memory holds epochs */
            RaceG *r = race_g(e->gp);
            if (r->outside) {
                pthread_mutex_lock(&outside_lock);
                vc_join(&outside, &r->vc);
                pthread_mutex_unlock(&outside_lock);
            }
            r->finished = true;
            free(r->vc.c);
            r->vc.c = NULL;
            r->vc.n = 0;
        }
        return;
    case EV_ATOMIC:
    case EV_CHAN_SEND: case EV_CHAN_RECV: case EV_CHAN_CLOSE:
    case EV_LOCK: case EV_UNLOCK: case EV_WG_ADD: case EV_WG_WAIT: case EV_ONCE:
        break;
    default:
        return;
    }
    G *g = e->gp;
    if (!g)
        return; /* a timer's send: no goroutine to order */
    RaceG *r = race_g(g);
    if (e->kind == EV_CHAN_SEND || e->kind == EV_CHAN_RECV || e->kind == EV_CHAN_CLOSE)
        chan_event(e, r);
    else
        sync_event(e, r);
}
