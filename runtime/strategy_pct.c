/* strategy_pct.c: probabilistic concurrency testing (Burckhardt, Kothari,
 * Musuvathi, Nagarakatte: "A Randomized Scheduler with Probabilistic
 * Guarantees of Finding Bugs", ASPLOS 2010).
 *
 * Every goroutine gets a random priority when it is first seen, above d;
 * the highest-priority runnable goroutine always runs. d-1 change points
 * are drawn uniformly from the k points a run is expected to take
 * (--pct-steps, which explore measures on a first run); when the running
 * goroutine reaches the i-th, its priority drops to d-i, below every
 * initial one. A goroutine made runnable with a higher priority than the
 * running one takes over at the running one's next point. A bug of depth
 * d (d ordering constraints) is then found with probability at least
 * 1/(n k^(d-1)) per run, for n goroutines. */
#include <stdio.h>
#include <stdlib.h>
#include "strategy.h"

enum { MAX_DEPTH = 32 };

typedef struct Pct {
    uint64_t key;
    int depth;
    int64_t change[MAX_DEPTH];  /* change points, ascending */
    int nchange, next;          /* next: the first not yet reached */
    int64_t done;               /* points run so far */
} Pct;

static int64_t prio(Pct *p, G *g)
{
    if (g->strat_prio == 0) /* distinct with overwhelming odds; ties go to the older */
        g->strat_prio = p->depth + 1 + (int64_t)(strat_hash(p->key, STREAM_PRIO, (uint64_t)g->id) >> 2);
    return g->strat_prio;
}

static int pick(void *sp, G *const *cands, int n, char *why, size_t whylen)
{
    Pct *p = sp;
    int best = 0;
    for (int i = 1; i < n; i++) {
        int64_t a = prio(p, cands[i]), b = prio(p, cands[best]);
        if (a > b || (a == b && cands[i]->id < cands[best]->id))
            best = i;
    }
    int64_t top = prio(p, cands[best]);
    if (n == 1)
        snprintf(why, whylen, "only runnable");
    else if (top <= p->depth)
        snprintf(why, whylen, "lowered %lld, highest of %d", (long long)top, n);
    else
        snprintf(why, whylen, "highest priority of %d", n);
    return best;
}

static int64_t slice(void *sp, G *g)
{
    (void)g;
    Pct *p = sp;
    while (p->next < p->nchange && p->change[p->next] <= p->done)
        p->next++;
    if (p->next == p->nchange)
        return STRAT_FOREVER;
    return p->change[p->next] - p->done;
}

static void slice_end(void *sp, G *g, int64_t ran, StratEnd end)
{
    Pct *p = sp;
    p->done += ran;
    if (end == STRAT_END_PREEMPTED && p->next < p->nchange && p->change[p->next] == p->done) {
        p->next++;
        g->strat_prio = p->next; /* the i-th change point: priority i, below every other */
    }
}

static int choose_case(void *sp, G *g, int n)
{
    Pct *p = sp;
    return (int)(strat_hash(p->key, STREAM_SELECT, (uint64_t)p->done * 64 + (uint64_t)g->id) % (uint64_t)n);
}

static bool ready(void *sp, G *cur, G *g)
{
    Pct *p = sp;
    return prio(p, g) > prio(p, cur);
}

static int cmp64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

Strategy strategy_pct(const RtStrategyOptions *o, uint64_t key)
{
    static Pct p;
    p = (Pct){.key = key, .depth = o->depth > 0 ? o->depth : 3};
    if (p.depth > MAX_DEPTH)
        p.depth = MAX_DEPTH;
    int64_t k = o->pct_steps > 0 ? o->pct_steps : 1000;
    p.nchange = p.depth - 1;
    for (int i = 0; i < p.nchange; i++)
        p.change[i] = 1 + (int64_t)(strat_hash(key, STREAM_CHANGE, (uint64_t)i) % (uint64_t)k);
    qsort(p.change, (size_t)p.nchange, sizeof p.change[0], cmp64);
    return (Strategy){.name = "pct", .state = &p, .pick = pick, .slice = slice,
                      .slice_end = slice_end, .select = choose_case, .ready = ready};
}
