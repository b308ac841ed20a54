/* rand.c: the native half of package math/rand: Go 1.19's generator (an
 * additive lagged Fibonacci generator, seeded through a Park-Miller
 * generator and the build-time table of tools/gen_rand.c), for sources
 * the program makes and for the locked default source. */
#include <pthread.h>
#include "natives.h"

enum { LEN = 607, TAP = 273, INT32_MAX_ = 2147483647 };

/* The table mixed into every seed (generated: rand_mix.c). */
extern const uint64_t rand_mix[LEN];

/* A source's state: LEN words, then the tap and feed indexes. */
typedef struct RandState {
    uint64_t vec[LEN];
    int64_t tap, feed;
} RandState;

static int32_t park_miller(int32_t x)
{
    return (int32_t)(((int64_t)x * 48271) % INT32_MAX_);
}

static void seed_state(RandState *s, int64_t seed)
{
    s->tap = 0;
    s->feed = LEN - TAP;
    seed %= INT32_MAX_;
    if (seed < 0)
        seed += INT32_MAX_;
    if (seed == 0)
        seed = 89482311;
    int32_t x = (int32_t)seed;
    for (int i = -20; i < LEN; i++) {
        x = park_miller(x);
        if (i < 0)
            continue;
        uint64_t u = (uint64_t)x << 40;
        x = park_miller(x);
        u ^= (uint64_t)x << 20;
        x = park_miller(x);
        u ^= (uint64_t)x;
        s->vec[i] = u ^ rand_mix[i];
    }
}

/* One step. The indexes are read once and wrapped before use, so even a
 * racy caller (a Rand shared without a lock) stays inside the state. */
static uint64_t next(RandState *s)
{
    int64_t tap = s->tap - 1, feed = s->feed - 1;
    if (tap < 0 || tap >= LEN)
        tap = LEN - 1;
    if (feed < 0 || feed >= LEN)
        feed = LEN - 1;
    s->tap = tap;
    s->feed = feed;
    uint64_t x = s->vec[feed] + s->vec[tap];
    s->vec[feed] = x;
    return x;
}

/* The state of a source lives in a []int64 of LEN + 2 words that
 * rand.go allocates; anything shorter is treated as unseeded. */
static RandState *state_of(Value v)
{
    Slice *s = v.p;
    return s && s->len >= LEN + 2 ? (RandState *)s->data : NULL;
}

NATIVE(seed_vec)
{
    (void)g;
    RandState *s = state_of(args[0]);
    if (s)
        seed_state(s, args[1].i);
}

NATIVE(next_)
{
    (void)g;
    RandState *s = state_of(args[0]);
    args[0].u = s ? next(s) : 0;
}

/* The default source, behind a lock as Go's is. It starts as Seed(1), as
 * in Go 1.19, or, in deterministic mode (--seed N), from N alone (not
 * from the scheduler's generator, whose state depends on what ran). */
static RandState global;
static bool global_ready;
static pthread_mutex_t global_lock = PTHREAD_MUTEX_INITIALIZER;

static void ready_global(void)
{
    if (!global_ready) {
        seed_state(&global, rt_seeded() ? (int64_t)(rt_seed_origin() >> 1) : 1);
        global_ready = true;
    }
}

NATIVE(global_next)
{
    (void)g;
    pthread_mutex_lock(&global_lock);
    ready_global();
    args[0].u = next(&global);
    pthread_mutex_unlock(&global_lock);
}

NATIVE(global_seed)
{
    (void)g;
    pthread_mutex_lock(&global_lock);
    seed_state(&global, args[0].i);
    global_ready = true;
    pthread_mutex_unlock(&global_lock);
}

static const Native natives[] = {
    {"math/rand", "seedVec", NULL, seed_vec, NULL},
    {"math/rand", "next", NULL, next_, NULL},
    {"math/rand", "globalNext", NULL, global_next, NULL},
    {"math/rand", "globalSeed", NULL, global_seed, NULL},
};

static const PackageDef def = {"math/rand", stdlib_src_rand, natives,
                               sizeof natives / sizeof natives[0]};

/* Each in-process run starts the default source afresh, as a new process
 * would (the same seed gives the same numbers every run). */
static void reset_global(void)
{
    pthread_mutex_lock(&global_lock);
    global_ready = false;
    pthread_mutex_unlock(&global_lock);
}

void register_rand(void)
{
    vm_register_package(&def);
    rt_at_program_start(reset_global);
}
