/* sema.c: the waits behind package sync (after Go's runtime/sema.go).
 *
 * Goroutines wait on an address: a hash table of buckets, each a lock and
 * a FIFO list of waiting goroutines (linked through g->wait_next). Two
 * kinds of wait share it:
 *   - futex-style (rt_wait32/64, rt_wake): park while *addr still holds
 *     the value the caller saw; the caller re-checks after waking. Mutex,
 *     WaitGroup and Cond are built on these in sync.go.
 *   - counting semaphores with hand-off (rt_semacquire/release), which
 *     RWMutex uses as Go's does. */
#include <string.h>
#include "lock.h"
#include "runtime.h"
#include "sched_internal.h"

enum { NBUCKETS = 251 };

typedef struct Bucket {
    RtLock lock; /* all zero: free */
    G *head, *tail;
} Bucket;

static Bucket table[NBUCKETS];

static Bucket *bucket_of(const void *addr)
{
    return &table[((uintptr_t)addr >> 3) % NBUCKETS];
}

static void enqueue(Bucket *b, G *g, const void *addr)
{
    g->wait_addr = addr;
    g->wait_obj = addr;
    g->wait_next = NULL;
    if (b->tail)
        b->tail->wait_next = g;
    else
        b->head = g;
    b->tail = g;
}

/* Takes the first goroutine waiting on [addr] off [b]'s list. */
static G *dequeue(Bucket *b, const void *addr)
{
    G *prev = NULL;
    for (G *g = b->head; g; prev = g, g = g->wait_next) {
        if (g->wait_addr != addr)
            continue;
        if (prev)
            prev->wait_next = g->wait_next;
        else
            b->head = g->wait_next;
        if (b->tail == g)
            b->tail = prev;
        g->wait_next = NULL;
        g->wait_addr = NULL;
        return g;
    }
    return NULL;
}

bool rt_wait32(G *g, const int32_t *addr, int32_t val, const char *reason)
{
    Bucket *b = bucket_of(addr);
    rt_lock(&b->lock);
    if (__atomic_load_n(addr, __ATOMIC_SEQ_CST) != val) {
        rt_unlock(&b->lock);
        return false;
    }
    enqueue(b, g, addr);
    g->wait_queue = WQ_SEMA;
    rt_park(g, reason, rt_unlock_lock, &b->lock);
    return true;
}

int rt_wake(const void *addr, int n)
{
    Bucket *b = bucket_of(addr);
    G *list = NULL, **tail = &list;
    int woken = 0;
    rt_lock(&b->lock);
    while (n < 0 || woken < n) {
        G *g = dequeue(b, addr);
        if (!g)
            break;
        *tail = g;
        tail = &g->wait_next;
        woken++;
    }
    rt_unlock(&b->lock);
    while (list) {
        G *next = list->wait_next;
        list->wait_next = NULL;
        rt_ready(list);
        list = next;
    }
    return woken;
}

static bool try_acquire(uint32_t *addr)
{
    uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
    while (v > 0) {
        if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return true;
    }
    return false;
}

bool rt_semacquire(G *g, uint32_t *addr, const char *reason)
{
    if (try_acquire(addr))
        return false;
    Bucket *b = bucket_of(addr);
    rt_lock(&b->lock);
    if (try_acquire(addr)) {
        rt_unlock(&b->lock);
        return false;
    }
    /* the releaser hands its unit straight to us */
    enqueue(b, g, addr);
    g->wait_queue = WQ_SEMA;
    rt_park(g, reason, rt_unlock_lock, &b->lock);
    return true;
}

void rt_semrelease(uint32_t *addr)
{
    Bucket *b = bucket_of(addr);
    rt_lock(&b->lock);
    G *g = dequeue(b, addr);
    if (!g)
        __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    rt_unlock(&b->lock);
    if (g)
        rt_ready(g);
}

bool sema_withdraw(G *g)
{
    const void *addr = __atomic_load_n(&g->wait_addr, __ATOMIC_SEQ_CST);
    if (!addr)
        return false;
    Bucket *b = bucket_of(addr);
    rt_lock(&b->lock);
    G *prev = NULL, *w = b->head;
    while (w && w != g) {
        prev = w;
        w = w->wait_next;
    }
    if (w) {
        if (prev)
            prev->wait_next = g->wait_next;
        else
            b->head = g->wait_next;
        if (b->tail == g)
            b->tail = prev;
        g->wait_next = NULL;
        g->wait_addr = NULL;
    }
    rt_unlock(&b->lock);
    return w != NULL;
}

void sema_reset(void)
{
    /* all zero: every bucket free and empty (after an in-process run) */
    memset(table, 0, sizeof table);
}
