/* clock.c: vector clocks and the goroutines' detector state.
 *
 * Each goroutine has a vector clock indexed by goroutine id, dense and
 * grown on demand. Only the goroutine itself changes its clock, except
 * at a hand-off on a channel, where the runtime holds the channel's lock
 * and the partner is parked: so no clock needs a lock of its own. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

void vc_set(VClock *v, uint32_t t, Clk c)
{
    if (t >= v->n) {
        uint32_t n = v->n ? v->n : 8;
        while (n <= t)
            n *= 2;
        Clk *nc = xcalloc(sizeof(Clk) * n);
        if (v->n)
            memcpy(nc, v->c, sizeof(Clk) * v->n);
        free(v->c);
        v->c = nc;
        v->n = n;
    }
    v->c[t] = c;
}

void vc_join(VClock *dst, const VClock *src)
{
    uint32_t n = src->n;
    while (n > 0 && src->c[n - 1] == 0)
        n--;
    if (n > dst->n)
        vc_set(dst, n - 1, vc_get(dst, n - 1));
    for (uint32_t i = 0; i < n; i++)
        if (src->c[i] > dst->c[i])
            dst->c[i] = src->c[i];
}

/* Goroutine ids index a two-level table: chunks of 4096 made as ids
 * grow, so lookups take no lock. */
enum { CHUNK = 4096, NCHUNKS = 4096 };
/* malloc'd at race_enable, not static: the collector scans the data
 * segment of every run, so tables there would slow normal runs too */
static RaceG ***table;
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;

void race_clock_init(void)
{
    table = xcalloc(sizeof(RaceG **) * NCHUNKS);
}

RaceG *race_g_of(uint32_t tid)
{
    RaceG **c = __atomic_load_n(&table[(tid / CHUNK) % NCHUNKS], __ATOMIC_ACQUIRE);
    return c ? __atomic_load_n(&c[tid % CHUNK], __ATOMIC_ACQUIRE) : NULL;
}

RaceG *race_g_new(uint32_t tid)
{
    RaceG *r = xcalloc(sizeof *r);
    r->tid = tid;
    vc_set(&r->vc, tid, 1);
    pthread_mutex_lock(&table_lock);
    RaceG ***slot = &table[(tid / CHUNK) % NCHUNKS];
    if (!*slot)
        __atomic_store_n(slot, xcalloc(sizeof(RaceG *) * CHUNK), __ATOMIC_RELEASE);
    __atomic_store_n(&(*slot)[tid % CHUNK], r, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&table_lock);
    return r;
}

RaceG *race_g(G *g)
{
    if (__builtin_expect(g->race != NULL, 1))
        return g->race;
    RaceG *r = race_g_of((uint32_t)g->id);
    if (!r)
        r = race_g_new((uint32_t)g->id);
    g->race = r;
    return r;
}
