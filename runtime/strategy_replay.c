/* strategy_replay.c: the decisions of a schedule file (--replay FILE).
 *
 * The file is read whole when the run starts. Each pick must find the
 * goroutine its line names runnable, each select the same number of ready
 * cases; anything else means the program is not the one recorded (or its
 * input differs), and the replay stops with the file's line and what was
 * expected, rather than running on under a schedule that means nothing. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "strategy.h"

typedef struct Decision {
    bool is_select;
    int64_t a, b;       /* run: goroutine, points (-1: until it stops); select: case, ready */
    int line;
} Decision;

typedef struct Replay {
    const char *path;
    Decision *d;
    int64_t n, next;
    int64_t cur;        /* the decision of the running slice, -1: past the file */
    bool prefix;        /* past the file's end or a mismatch: go on, oldest first */
    bool off;           /* the run has left the file (prefix mode) */
} Replay;

static Replay rp;

_Noreturn void strat_diverged(const char *fmt, ...)
{
    rt_flush_stdout();
    int64_t i = rp.next < rp.n ? rp.next : rp.n - 1;
    if (rp.n && i >= 0)
        fprintf(stderr, "gosh: replay of %s diverged at line %d (decision %lld of %lld): ", rp.path,
                rp.d[i].line, (long long)i + 1, (long long)rp.n);
    else
        fprintf(stderr, "gosh: replay of %s diverged: ", rp.path);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
    fflush(stderr);
    _exit(2);
}

static _Noreturn void bad_file(int line, const char *what)
{
    fprintf(stderr, "gosh: %s:%d: %s\n", rp.path, line, what);
    exit(2);
}

static void add(Decision d)
{
    static int64_t cap;
    if (rp.n == cap) {
        cap = cap ? cap * 2 : 256;
        rp.d = realloc(rp.d, sizeof(Decision) * (size_t)cap);
        if (!rp.d)
            bad_file(d.line, "out of memory");
    }
    rp.d[rp.n++] = d;
}

static void parse(FILE *f, uint64_t *seed)
{
    char buf[1024];
    int line = 0;
    bool have_seed = false;
    while (fgets(buf, sizeof buf, f)) {
        line++;
        char *hash = strchr(buf, '#');
        if (hash)
            *hash = '\0';
        char word[16], b[32];
        long long x, y;
        if (sscanf(buf, " %15s", word) != 1)
            continue;
        if (strcmp(word, "seed") == 0) {
            unsigned long long s;
            if (sscanf(buf, " seed %llu", &s) != 1)
                bad_file(line, "seed needs a number");
            *seed = s;
            have_seed = true;
        } else if (strcmp(word, "run") == 0) {
            if (sscanf(buf, " run %lld %31s", &x, b) != 2)
                bad_file(line, "expected: run GOROUTINE POINTS|-");
            y = strcmp(b, "-") == 0 ? -1 : atoll(b);
            if (x < 1 || (y < 1 && strcmp(b, "-") != 0))
                bad_file(line, "expected: run GOROUTINE POINTS|-");
            add((Decision){false, x, y, line});
        } else if (strcmp(word, "select") == 0) {
            if (sscanf(buf, " select %lld %lld", &x, &y) != 2 || x < 0 || y < 2 || x >= y)
                bad_file(line, "expected: select CASE READY");
            add((Decision){true, x, y, line});
        } else {
            bad_file(line, "not a schedule line (seed, run or select)");
        }
    }
    if (!have_seed)
        bad_file(line, "no seed line: not a schedule file");
}

static const Decision *next(bool is_select)
{
    if (rp.prefix && (rp.off || rp.next >= rp.n || rp.d[rp.next].is_select != is_select)) {
        rp.off = true;
        return NULL;
    }
    if (rp.next >= rp.n)
        strat_diverged("the program goes on past the schedule's last decision");
    const Decision *d = &rp.d[rp.next];
    if (d->is_select != is_select)
        strat_diverged("the schedule has a %s here, the program makes a %s", d->is_select ? "select" : "run",
                       is_select ? "select" : "run");
    rp.next++;
    return d;
}

static int pick(void *sp, G *const *cands, int n, char *why, size_t whylen)
{
    (void)sp;
    int64_t at = rp.next;
    const Decision *d = next(false);
    rp.cur = at;
    if (!d) {
        rp.cur = -1;
        snprintf(why, whylen, "oldest of %d runnable", n);
        return 0;
    }
    for (int i = 0; i < n; i++)
        if (cands[i]->id == d->a) {
            snprintf(why, whylen, "replayed, %d runnable", n);
            return i;
        }
    if (rp.prefix) {
        rp.off = true;
        rp.cur = -1;
        snprintf(why, whylen, "oldest of %d runnable", n);
        return 0;
    }
    rp.next = at;
    char list[256] = "";
    size_t len = 0;
    for (int i = 0; i < n && len < sizeof list - 24; i++)
        len += (size_t)snprintf(list + len, sizeof list - len, " %lld", (long long)cands[i]->id);
    strat_diverged("goroutine %lld is not runnable (runnable:%s)", (long long)d->a, list);
}

static int64_t slice(void *sp, G *g)
{
    (void)sp, (void)g;
    if (rp.cur < 0)
        return STRAT_FOREVER;
    int64_t pts = rp.d[rp.cur].b;
    return pts < 0 ? STRAT_FOREVER : pts;
}

static void slice_end(void *sp, G *g, int64_t ran, StratEnd end)
{
    (void)sp, (void)g;
    if (rp.cur < 0)
        return;
    const Decision *d = &rp.d[rp.cur];
    if (end == STRAT_END_PREEMPTED && d->b != ran)
        strat_diverged("goroutine %lld was preempted after %lld points, not %lld", (long long)d->a,
                       (long long)ran, (long long)d->b);
}

static int choose_case(void *sp, G *g, int n)
{
    (void)sp, (void)g;
    const Decision *d = next(true);
    if (!d)
        return 0;
    if (d->b != n && rp.prefix) {
        rp.off = true;
        return 0;
    }
    if (d->b != n)
        strat_diverged("a select has %d ready cases, the schedule says %lld", n, (long long)d->b);
    return (int)d->a;
}

void strat_replay_check_end(void *state)
{
    (void)state;
    /* the last slice may be cut short by the program's end: fine */
    if (rp.next < rp.n && !rp.prefix)
        fprintf(stderr, "gosh: replay of %s: the program ended with %lld of its %lld decisions unused\n", rp.path,
                (long long)(rp.n - rp.next), (long long)rp.n);
}

Strategy strategy_replay(const RtStrategyOptions *o, uint64_t *seed)
{
    free(rp.d);
    rp = (Replay){.path = o->replay, .prefix = o->replay_prefix};
    FILE *f = fopen(o->replay, "r");
    if (!f) {
        fprintf(stderr, "gosh: --replay: cannot read %s\n", o->replay);
        exit(2);
    }
    parse(f, seed);
    fclose(f);
    return (Strategy){.name = "replay", .state = &rp, .pick = pick, .slice = slice,
                      .slice_end = slice_end, .select = choose_case, .ready = NULL};
}
