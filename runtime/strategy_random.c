/* strategy_random.c: schedules drawn from a seed (--seed N).
 *
 * Every decision is a counter-based hash of the mixed seed (strat_hash):
 * the k-th pick is hash(key, PICK, k), the k-th slice hash(key, SLICE, k),
 * so a program that makes one more select does not shift the picks that
 * follow it, and seeds 1, 2, 3 give unrelated schedules.
 *
 * Slices are log-uniform: a scale of 1, 2, 4 ... 512 points, then a length
 * up to it. Short slices are as likely as long ones by order of magnitude,
 * so a preemption between two neighbouring operations (an atomic Load and
 * the Store after it) happens often enough to be found in a few hundred
 * schedules, while long slices still let loops run to the end of a phase. */
#include <stdio.h>
#include "strategy.h"

typedef struct Random {
    uint64_t key;
    uint64_t npick, nslice, nselect;
} Random;

static int pick(void *sp, G *const *cands, int n, char *why, size_t whylen)
{
    (void)cands;
    Random *r = sp;
    if (n == 1) {
        snprintf(why, whylen, "only runnable");
        return 0;
    }
    int k = (int)(strat_hash(r->key, STREAM_PICK, r->npick++) % (uint64_t)n);
    snprintf(why, whylen, "random of %d runnable", n);
    return k;
}

static int64_t slice(void *sp, G *g)
{
    (void)g;
    Random *r = sp;
    uint64_t h = strat_hash(r->key, STREAM_SLICE, r->nslice++);
    int scale = (int)(h % 10);              /* up to 2^9 = 512 points */
    return 1 + (int64_t)((h >> 8) % ((uint64_t)1 << scale));
}

static void slice_end(void *sp, G *g, int64_t ran, StratEnd end)
{
    (void)sp, (void)g, (void)ran, (void)end;
}

static int choose_case(void *sp, G *g, int n)
{
    (void)g;
    Random *r = sp;
    return (int)(strat_hash(r->key, STREAM_SELECT, r->nselect++) % (uint64_t)n);
}

Strategy strategy_random(const RtStrategyOptions *o, uint64_t key)
{
    (void)o;
    static Random r;
    r = (Random){.key = key};
    return (Strategy){.name = "random", .state = &r, .pick = pick, .slice = slice,
                      .slice_end = slice_end, .select = choose_case, .ready = NULL};
}
