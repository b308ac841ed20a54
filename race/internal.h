/* internal.h: declarations shared by the files of race/ only. */
#ifndef GOSH_RACE_INTERNAL_H
#define GOSH_RACE_INTERNAL_H

#include <pthread.h>
#include <stdint.h>
#include "event.h"
#include "race.h"
#include "vm.h"

/* ---- clock.c: vector clocks ----
 * A goroutine is a thread of FastTrack, its id the index; clocks are
 * dense arrays grown on demand (a missing entry is 0). */
typedef uint32_t Clk;
typedef struct VClock {
    Clk *c;
    uint32_t n;
} VClock;

static inline Clk vc_get(const VClock *v, uint32_t t)
{
    return t < v->n ? v->c[t] : 0;
}
void vc_set(VClock *v, uint32_t t, Clk c);
void vc_join(VClock *dst, const VClock *src);

/* An epoch c@t: goroutine t at its clock c. */
typedef uint64_t Epoch;
#define EPOCH(t, c) (((uint64_t)(t) << 32) | (uint32_t)(c))
#define EP_TID(e) ((uint32_t)((e) >> 32))
#define EP_CLK(e) ((Clk)(e))

/* A goroutine's detector state (G.race). */
typedef struct RaceG {
    uint32_t tid;
    VClock vc;
    RtFrameInfo created;    /* the go statement (file NULL: main) */
    bool finished;
    bool outside;           /* made outside any goroutine (race_order_outside) */
} RaceG;

/* The state of [g], made on first use (the main goroutine's, and those
 * the runtime starts). */
RaceG *race_g(G *g);
/* The state of goroutine [tid], or NULL if it never synchronised or
 * touched shadowed memory. */
RaceG *race_g_of(uint32_t tid);
RaceG *race_g_new(uint32_t tid);

/* After a release the goroutine's own clock moves on, so what it does
 * next is not covered by what it released. */
static inline void race_tick(RaceG *r)
{
    vc_set(&r->vc, r->tid, vc_get(&r->vc, r->tid) + 1);
}
static inline Epoch race_epoch(const RaceG *r)
{
    return EPOCH(r->tid, vc_get(&r->vc, r->tid));
}

/* ---- sync.c: edges from the event stream ---- */
void race_consume(const Event *e, void *ctx);

/* ---- shadow.c ---- */
void race_alloc_hook(void *p, size_t size);
bool race_shadow_init(void);
void race_clock_init(void);
void race_sync_init(void);

/* ---- report.c ---- */
/* Where an access was made: a function and the instruction word just
 * past it; [called]: inside the function called there. */
typedef struct Site {
    const Proto *proto;
    const Instr *pc;
    bool called;
} Site;
/* ---- site.c: the same as a number, as shadow memory keeps it ---- */
typedef uint32_t SiteId;
#define SITE_CALLED_BIT 0x80000000u
SiteId race_site_id(const Proto *p, const Instr *pc, bool in_call);
Site race_site_of(SiteId id);
/* Reports a race (once per pair of source lines): the current access by
 * [g] ([write] or a read) at [addr] against the earlier one [prev] of
 * goroutine [ptid] ([pwrite]). */
void race_report(G *g, const void *addr, bool write, Epoch prev, SiteId psite, bool pwrite);
int race_exit_filter(int code);
/* Where [g] is, in the program's own code (shadow.c). */
SiteId race_site(G *g);

#endif
