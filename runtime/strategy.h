/* strategy.h: the scheduler's decision point (design §9).
 *
 * In deterministic mode (--seed, --replay, gosh explore) every choice the
 * scheduler makes is asked of a strategy:
 *
 *   pick    which runnable goroutine runs next;
 *   slice   after how many points its time slice ends (a point is a loop
 *           back-edge, a call, or a synchronisation operation: a channel
 *           operation, select, go, an atomic operation, and through those
 *           every Mutex, WaitGroup, Once and Cond operation);
 *   select  which of several ready select cases wins;
 *   ready   whether a goroutine made runnable ends the running one's slice
 *           at its next point (PCT: a higher priority became runnable);
 *   sync_slices  whether every synchronisation operation ends the slice
 *           as well (step mode: one synchronisation point at a time). Such
 *           a slice counts as preempted after the points it ran, so the
 *           recorder writes "run G N" and a replay, which knows nothing of
 *           step mode, ends it at the same operation;
 *   finish  the program has ended (step mode's last word and prompt).
 *
 * Which waiter a wake-up takes is not a choice: channel and semaphore
 * queues are FIFO, as Go's are. Randomness that is not scheduling (map
 * iteration starts, math/rand's default source, NaN hashes) comes from
 * its own stream of the seed, so the schedule and the data never shift
 * each other.
 *
 * Strategies, one file each: strategy_random.c (from a seed),
 * strategy_pct.c (probabilistic concurrency testing, Burckhardt et al.
 * 2010), strategy_replay.c (a schedule file), strategy_dfs.c (every
 * schedule with at most k preemptions, depth-first, for gosh explore),
 * strategy_step.c (the user, through gosh step's RtStepUi). strategy.c
 * holds what they share: the seed's streams, the recorder (--record)
 * and the dispatch.
 *
 * A schedule file is text, one decision per line, a comment after '#':
 *
 *   seed 42                 the data stream's seed
 *   run 3 37                goroutine 3 runs; preempted after 37 points
 *   run 1 -                 goroutine 1 runs until it waits, yields or ends
 *   select 1 2              case 1 of the 2 ready cases wins
 *
 * Replaying the decisions reproduces the run byte for byte: the goroutine
 * a slice runs, how many points it runs before it is preempted (a slice
 * that ends by itself ends at the same place again), and each select. */
#ifndef GOSH_STRATEGY_H
#define GOSH_STRATEGY_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime.h"

/* A slice that is never preempted: its goroutine runs until it waits. */
#define STRAT_FOREVER ((int64_t)1 << 46)

/* How a slice ended, for the recorder and the strategies. */
typedef enum StratEnd {
    STRAT_END_PREEMPTED,    /* the slice's points ran out */
    STRAT_END_YIELD,        /* runtime.Gosched */
    STRAT_END_PARK,         /* it waits */
    STRAT_END_DONE,         /* the goroutine returned */
} StratEnd;

/* One strategy's implementation. [state] is its own. */
typedef struct Strategy {
    const char *name;
    void *state;
    /* Index into [cands] (n ≥ 1) of the goroutine to run; [why] gets a
     * few words for the schedule file ("2 of 3 runnable"). */
    int (*pick)(void *st, G *const *cands, int n, char *why, size_t whylen);
    /* The slice [g] runs now, in points (≥ 1, or STRAT_FOREVER). */
    int64_t (*slice)(void *st, G *g);
    /* [g]'s slice ended after [ran] points. */
    void (*slice_end)(void *st, G *g, int64_t ran, StratEnd end);
    /* Which of [n] ready select cases (n ≥ 2) [g] takes. */
    int (*select)(void *st, G *g, int n);
    /* [g] was created (go statement) or became runnable while [cur]
     * runs: true to end [cur]'s slice at its next point. May be NULL. */
    bool (*ready)(void *st, G *cur, G *g);
    /* [g] reached a synchronisation operation or an access to shared
     * memory (not a call or loop back-edge), with [others] goroutines
     * runnable besides it: true to preempt it here. May be NULL. */
    bool (*point)(void *st, G *g, int others);
    /* true: a slice also ends after [g]'s next synchronisation operation
     * (rt_switch_point), whatever slice() said. */
    bool sync_slices;
    /* The program ends with [status]. May be NULL. */
    void (*finish)(void *st, int status);
} Strategy;

/* The strategies. Each makes a fresh state from [o]. */
Strategy strategy_random(const RtStrategyOptions *o, uint64_t key);
Strategy strategy_pct(const RtStrategyOptions *o, uint64_t key);
/* One schedule of [o]->dfs's search. */
Strategy strategy_dfs(const RtStrategyOptions *o);
/* Asks [o]->step; what it leaves to chance goes to strategy_random. */
Strategy strategy_step(const RtStrategyOptions *o, uint64_t key);
/* Reads [o]->replay; on an unreadable or malformed file prints why and
 * exits with status 2. Sets *[seed] to the file's data seed. */
Strategy strategy_replay(const RtStrategyOptions *o, uint64_t *seed);
/* At the end of a replay: decisions left over mean the run diverged. */
void strat_replay_check_end(void *replay_state);

/* ---- what the scheduler calls (strategy.c) ---- */

/* Starts a run under [o] (NULL: random from [seed]). */
void strat_configure(const RtStrategyOptions *o, uint64_t seed);
int strat_pick(G *const *cands, int n);
int64_t strat_slice(G *g);
void strat_slice_end(G *g, int64_t ran, StratEnd end);
int strat_select(G *g, int n);
bool strat_ready(G *cur, G *g);
/* Whether the strategy watches points (Strategy.point), and asks it. */
bool strat_watches_points(void);
bool strat_point(G *g, int others);
/* Whether the run's strategy ends slices at synchronisation operations. */
bool strat_sync_slices(void);
/* Writes the decisions made so far to [path] as a schedule file, and
 * again with the rest of them when the program ends (step mode's save);
 * false, after a line on stderr, when it cannot be written. Every step
 * mode run keeps the log this needs. */
bool strat_save(const char *path);
/* The data stream: map iteration starts, NaN hashes. */
uint64_t strat_data_rand(void);
/* The user's program begins (its package's initialisation, after the
 * standard packages'): the random and pct strategies start their decision
 * streams again (true); the others go on as they were (false). */
bool strat_program_starts(void);
/* A number that depends on the seed alone (math/rand's default source). */
uint64_t strat_seed_origin(void);
/* The program ends with [status]: the recorder writes its file, a replay
 * that did not use every decision says so. */
void strat_finish(int status);

/* ---- shared by the strategies ---- */

/* splitmix64's finaliser: a bijection that mixes every bit. */
uint64_t strat_mix(uint64_t x);
/* The [n]th number of stream [kind] under [key]: counter-based, so one
 * stream's numbers do not depend on how many another has drawn. */
uint64_t strat_hash(uint64_t key, uint64_t kind, uint64_t n);
/* A replay that no longer matches the program: prints [msg] with the
 * file's line and exits with status 2. */
_Noreturn void strat_diverged(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

enum { STREAM_PICK = 1, STREAM_SLICE, STREAM_SELECT, STREAM_DATA, STREAM_ORIGIN, STREAM_PRIO, STREAM_CHANGE };

#endif
