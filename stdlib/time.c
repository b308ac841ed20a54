/* time.c: the native half of package time: the clocks, sleeping, and the
 * runtime timers behind Timer, Ticker, After and AfterFunc. */
#include "event.h"
#include "natives.h"

static int64_t start_mono;

/* The monotonic reading time.Time carries: ns since start, plus one so
 * that it is never 0 (which means "none"). */
static int64_t mono_now(void)
{
    return rt_nanotime() - start_mono + 1;
}

NATIVE(now)
{
    (void)g;
    args[0].i = rt_walltime();
    args[1].i = mono_now();
}

NATIVE(sleep_)
{
    rt_sleep(g, args[0].i);
}

/* What a runtime timer does when it fires. */
typedef struct TimeTimer {
    Timer *timer;
    Chan *c;            /* send the time here (without blocking), or */
    Closure *f;         /* start f in a goroutine */
} TimeTimer;

enum { UNIX_TO_INTERNAL = 62135596800LL };

static void fire(Value arg, int64_t now)
{
    (void)now;
    TimeTimer *tt = arg.p;
    if (tt->f) {
        G *ng = vm_new_goroutine(tt->f);
        if (RT_EVENTS) {
            /* the race detector's edge from AfterFunc (or Reset) to f */
            Event e = {.kind = EV_ATOMIC, .g = ng->id, .gp = ng, .obj = tt, .a = 0};
            rt_emit(&e);
        }
        rt_go(ng);
        return;
    }
    /* a time.Time: {sec since year 1, nsec, mono, loc} */
    int64_t wall = rt_walltime();
    int64_t *block = rt_alloc(4 * sizeof(int64_t));
    int64_t sec = wall / 1000000000;
    block[0] = sec + UNIX_TO_INTERNAL;
    block[1] = wall - sec * 1000000000;
    block[2] = mono_now();
    Value v;
    v.p = block;
    chan_send(NULL, tt->c, v, false);
}

static int64_t deadline(int64_t d)
{
    int64_t now = rt_nanotime();
    if (d < 0)
        d = 0;
    return d > INT64_MAX - now ? INT64_MAX : now + d;
}

/* AfterFunc's f happens after the call that set its timer (for the race
 * detector: a release on the timer, which f's goroutine acquires). */
static void timer_release(G *g, TimeTimer *tt)
{
    Event e = {.kind = EV_ATOMIC, .g = g->id, .gp = g, .obj = tt, .a = 1};
    rt_emit(&e);
}

NATIVE(start_timer)
{
    (void)g;
    TimeTimer *tt = rt_alloc(sizeof *tt);
    tt->c = args[2].p;
    tt->f = args[3].p;
    int64_t period = args[1].i;
    Value arg;
    arg.p = tt;
    if (RT_EVENTS && tt->f)
        timer_release(g, tt);
    tt->timer = rt_timer_new(deadline(args[0].i), period > 0 ? period : 0, fire, arg);
    args[0].p = tt;
}

NATIVE(stop_timer)
{
    (void)g;
    TimeTimer *tt = args[0].p;
    args[0].u = rt_timer_stop(tt->timer);
}

NATIVE(reset_timer)
{
    (void)g;
    TimeTimer *tt = args[0].p;
    int64_t period = args[2].i;
    if (RT_EVENTS && tt->f)
        timer_release(g, tt);
    args[0].u = rt_timer_reset(tt->timer, deadline(args[1].i), period > 0 ? period : 0);
}

static const Native natives[] = {
    {"time", "now", NULL, now, NULL},
    {"time", "sleep", NULL, sleep_, NULL},
    {"time", "startTimer", NULL, start_timer, NULL},
    {"time", "stopTimer", NULL, stop_timer, NULL},
    {"time", "resetTimer", NULL, reset_timer, NULL},
};

static const PackageDef def = {"time", stdlib_src_time, natives, sizeof natives / sizeof natives[0]};

void register_time(void)
{
    start_mono = rt_nanotime();
    vm_register_package(&def);
}
