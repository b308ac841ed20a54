/* strategy_step.c: the user decides (gosh step).
 *
 * A slice lasts until the goroutine's next synchronisation operation
 * (sync_slices), or until it waits or ends, so each decision is one
 * "which goroutine makes its next move?" for the interface (RtStepUi,
 * cli/step.c) to ask. What the user leaves to chance (Enter, continue)
 * and every select goes to the random strategy of the seed, so the same
 * answers under the same seed give the same run. */
#include <stdio.h>
#include "strategy.h"

typedef struct Step {
    const RtStepUi *ui;
    Strategy random;
} Step;

static int pick(void *sp, G *const *cands, int n, char *why, size_t whylen)
{
    Step *s = sp;
    int k = s->ui->choose(s->ui->ctx, cands, n);
    if (k >= 0 && k < n) {
        snprintf(why, whylen, "chosen of %d runnable", n);
        return k;
    }
    return s->random.pick(s->random.state, cands, n, why, whylen);
}

static int64_t slice(void *sp, G *g)
{
    (void)sp, (void)g;
    return STRAT_FOREVER;
}

static void slice_end(void *sp, G *g, int64_t ran, StratEnd end)
{
    (void)ran;
    Step *s = sp;
    if (s->ui->stopped)
        s->ui->stopped(s->ui->ctx, g, (int)end);
}

static int choose_case(void *sp, G *g, int n)
{
    Step *s = sp;
    return s->random.select(s->random.state, g, n);
}

static void finish(void *sp, int status)
{
    Step *s = sp;
    if (s->ui->finish)
        s->ui->finish(s->ui->ctx, status);
}

Strategy strategy_step(const RtStrategyOptions *o, uint64_t key)
{
    static Step s;
    s = (Step){.ui = o->step, .random = strategy_random(o, key)};
    return (Strategy){.name = "step", .state = &s, .pick = pick, .slice = slice, .slice_end = slice_end,
                      .select = choose_case, .ready = NULL, .sync_slices = true, .finish = finish};
}
