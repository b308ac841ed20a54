/* summary.c: `gosh trace FILE`: what a run did, in plain text that fits
 * an 80-column terminal.
 *
 *   - a heading: the program, how it was scheduled, how long it ran, how
 *     it ended;
 *   - the goroutines: id, name, where each was created, its time running,
 *     runnable and blocked, and how it finished;
 *   - its waits: what each goroutine was blocked on, longest first;
 *   - the busiest channels (sends and receives, each hand-off counted on
 *     both sides) and the most contended mutexes (lock waits);
 *   - the end: the fatal error or panic and who was still blocked.
 *
 * Every count is a sort and a merge over the events, so a summary of
 * millions of events takes about as long as reading them. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "table.h"

enum { MAX_ROWS = 12 };

/* "12.5µs", "3.25ms", "1.20s": Go's units, three or four digits. */
static void fmt_dur(char *buf, size_t n, double us)
{
    if (us <= 0 || isnan(us))
        snprintf(buf, n, "0");
    else if (us < 1)
        snprintf(buf, n, "%.0fns", us * 1000);
    else if (us < 1000)
        snprintf(buf, n, "%.1fµs", us);
    else if (us < 1e6)
        snprintf(buf, n, "%.2fms", us / 1000);
    else
        snprintf(buf, n, "%.2fs", us / 1e6);
}

/* A JSON string as a C string in [buf] (cut to fit). */
static const char *cstr(char *buf, size_t n, const JsonValue *v, const char *dflt)
{
    if (!v || v->type != JSON_STRING)
        return dflt;
    snprintf(buf, n, "%.*s", (int)v->len, v->u.str);
    return buf;
}

static const char *arg_str(char *buf, size_t n, const TraceEvent *e, const char *key,
                           const char *dflt)
{
    return cstr(buf, n, json_get(e->args, key), dflt);
}

/* ---- per goroutine ---- */

typedef struct Lane {
    double running, runnable, blocked;
    const JsonValue *created_at;
    TraceCat last;          /* the state it was last in */
    bool ended, panicked;
} Lane;

static size_t lane_index(const Trace *t, int64_t tid)
{
    const TraceLane *l = trace_lane(t, tid);
    return l ? (size_t)(l - t->lanes) : t->nlanes;
}

/* "goroutine 7: main.worker" is shown as "main.worker". */
static const char *lane_name(char *buf, size_t n, const TraceLane *l)
{
    if (!l->name)
        return "?";
    const char *s = l->name->u.str, *colon = memchr(s, ':', l->name->len);
    int skip = colon && colon + 2 <= s + l->name->len ? (int)(colon + 2 - s) : 0;
    if (strncmp(s, "goroutine ", 10) != 0)
        skip = 0;
    snprintf(buf, n, "%.*s", (int)l->name->len - skip, s + skip);
    return buf;
}

/* ---- keyed counts: waits, channels, mutexes ---- */

typedef struct Rec {
    const char *key;   /* the wait's name, or the object's */
    uint32_t keylen;
    size_t lane;       /* waits only */
    int kind;
    double dur;
    const TraceEvent *ev;
} Rec;

typedef struct Recs {
    Rec *v;
    size_t n, cap;
} Recs;

enum { K_WAIT, K_SEND, K_RECV, K_CLOSE, K_MAKE, K_LOCK, K_LOCKWAIT };

static void add(Recs *r, const JsonValue *key, size_t lane, int kind, double dur,
                const TraceEvent *ev)
{
    if (!key || key->type != JSON_STRING)
        return;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 256;
        r->v = realloc(r->v, r->cap * sizeof *r->v);
        if (!r->v)
            abort();
    }
    r->v[r->n++] = (Rec){key->u.str, key->len, lane, kind, dur, ev};
}

static int rec_cmp(const Rec *x, const Rec *y)
{
    if (x->lane != y->lane)
        return x->lane < y->lane ? -1 : 1;
    uint32_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
    int c = memcmp(x->key, y->key, n);
    if (c)
        return c;
    return (x->keylen > y->keylen) - (x->keylen < y->keylen);
}

static int by_rec(const void *a, const void *b)
{
    return rec_cmp(a, b);
}

/* One merged key: its counts by kind and total time. */
typedef struct Group {
    const Rec *first;
    size_t count[K_LOCKWAIT + 1];
    double time;
    const TraceEvent *made;
} Group;

/* Sorts [r] and merges equal keys into groups (malloc'd, *n of them). */
static Group *merge(Recs *r, size_t *n)
{
    if (r->n)
        qsort(r->v, r->n, sizeof *r->v, by_rec);
    Group *g = calloc(r->n + 1, sizeof *g);
    if (!g)
        abort();
    size_t m = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (!m || rec_cmp(g[m - 1].first, &r->v[i]) != 0)
            g[m++].first = &r->v[i];
        Group *cur = &g[m - 1];
        cur->count[r->v[i].kind]++;
        cur->time += r->v[i].dur;
        if (r->v[i].kind == K_MAKE)
            cur->made = r->v[i].ev;
    }
    *n = m;
    return g;
}

static int by_wait(const void *a, const void *b)
{
    const Group *x = a, *y = b;
    if (x->first->lane != y->first->lane)
        return x->first->lane < y->first->lane ? -1 : 1;
    return (x->time < y->time) - (x->time > y->time);
}

static int by_traffic(const void *a, const void *b)
{
    const Group *x = a, *y = b;
    size_t tx = x->count[K_SEND] + x->count[K_RECV], ty = y->count[K_SEND] + y->count[K_RECV];
    if (tx != ty)
        return tx < ty ? 1 : -1;
    return rec_cmp(x->first, y->first);
}

static int by_contention(const void *a, const void *b)
{
    const Group *x = a, *y = b;
    if (x->count[K_LOCKWAIT] != y->count[K_LOCKWAIT])
        return x->count[K_LOCKWAIT] < y->count[K_LOCKWAIT] ? 1 : -1;
    if (x->time != y->time)
        return x->time < y->time ? 1 : -1;
    if (x->count[K_LOCK] != y->count[K_LOCK])
        return x->count[K_LOCK] < y->count[K_LOCK] ? 1 : -1;
    return rec_cmp(x->first, y->first);
}

static bool is_lock_wait(const TraceEvent *e)
{
    const JsonValue *r = json_get(e->args, "reason");
    return json_is(r, "sync.Mutex.Lock") || json_is(r, "sync.RWMutex.RLock") ||
           json_is(r, "sync.RWMutex.Lock");
}

/* ---- the sections ---- */

static void heading(const Trace *t, FILE *out, double span)
{
    char prog[256], dur[32], how[160];
    const JsonValue *o = t->other;
    cstr(prog, sizeof prog, json_get(o, "program"), "?");
    double seed = json_num(o, "seed", NAN), procs = json_num(o, "procs", NAN);
    char clock[32];
    cstr(clock, sizeof clock, json_get(o, "clock"), "real");
    if (!isnan(seed))
        snprintf(how, sizeof how, "--seed %.0f, %s clock", seed, clock);
    else
        snprintf(how, sizeof how, "%s clock", clock);
    if (!isnan(procs)) {
        size_t n = strlen(how);
        snprintf(how + n, sizeof how - n, ", %.0f processor%s", procs, procs == 1 ? "" : "s");
    }
    fmt_dur(dur, sizeof dur, span);
    fprintf(out, "trace of %s (%s)\n", prog, how);
    const JsonValue *exit = json_get(o, "exit");
    char reason[64];
    cstr(reason, sizeof reason, json_get(exit, "reason"), "unknown");
    fprintf(out, "%zu goroutine%s, %s, ended: %s, exit status %.0f\n", t->nlanes,
            t->nlanes == 1 ? "" : "s", dur, reason, json_num(exit, "status", 0));
    double dropped = json_num(o, "dropped", 0);
    if (dropped > 0)
        fprintf(out, "%.0f events were dropped (--trace-limit): the times count only what"
                     " was kept\n", dropped);
}

static const char *end_state(const Lane *l)
{
    if (l->ended)
        return "returned";
    if (l->panicked)
        return "panicked";
    switch (l->last) {
    case CAT_RUNNING: return "running";
    case CAT_RUNNABLE: return "runnable";
    case CAT_BLOCKED: return "blocked";
    default: return "-";
    }
}

static void goroutines(const Trace *t, const Lane *lanes, FILE *out)
{
    Table tb;
    fprintf(out, "goroutines\n");
    table_init(&tb, 7, "rllrrrl");
    table_cap(&tb, 1, 20);
    table_cap(&tb, 2, 18);
    table_row(&tb, "id", "function", "created at", "running", "runnable", "blocked", "end");
    size_t shown = t->nlanes < 4 * MAX_ROWS ? t->nlanes : 4 * MAX_ROWS;
    for (size_t i = 0; i < shown; i++) {
        char id[24], name[256], at[128], a[32], b[32], c[32];
        snprintf(id, sizeof id, "%lld", (long long)t->lanes[i].tid);
        fmt_dur(a, sizeof a, lanes[i].running);
        fmt_dur(b, sizeof b, lanes[i].runnable);
        fmt_dur(c, sizeof c, lanes[i].blocked);
        table_row(&tb, id, lane_name(name, sizeof name, &t->lanes[i]),
                  cstr(at, sizeof at, lanes[i].created_at, "-"), a, b, c,
                  end_state(&lanes[i]));
    }
    table_print(&tb, out, "  ");
    if (t->nlanes > shown)
        fprintf(out, "  ... and %zu more\n", t->nlanes - shown);
    table_free(&tb);
}

static void waits(const Trace *t, Recs *r, FILE *out)
{
    size_t n;
    Group *g = merge(r, &n);
    qsort(g, n, sizeof *g, by_wait);
    fprintf(out, "\nwaits (what each goroutine was blocked on, longest first)\n");
    if (n == 0)
        fprintf(out, "  none: no goroutine was ever blocked\n");
    Table tb;
    table_init(&tb, 4, "rlrr");
    table_cap(&tb, 1, 50);
    if (n)
        table_row(&tb, "id", "blocked on", "times", "total");
    size_t shown = 0;
    for (size_t i = 0; i < n && shown < 2 * MAX_ROWS; i++, shown++) {
        char id[24], what[256], cnt[24], d[32];
        snprintf(id, sizeof id, "%lld", (long long)t->lanes[g[i].first->lane].tid);
        snprintf(what, sizeof what, "%.*s", (int)g[i].first->keylen, g[i].first->key);
        snprintf(cnt, sizeof cnt, "%zu", g[i].count[K_WAIT]);
        fmt_dur(d, sizeof d, g[i].time);
        table_row(&tb, id, what, cnt, d);
    }
    table_print(&tb, out, "  ");
    if (n > shown)
        fprintf(out, "  ... and %zu more\n", n - shown);
    table_free(&tb);
    free(g);
}

static void channels(Recs *r, FILE *out)
{
    size_t n;
    Group *g = merge(r, &n);
    qsort(g, n, sizeof *g, by_traffic);
    fprintf(out, "\nbusiest channels\n");
    if (n == 0) {
        fprintf(out, "  none\n");
        free(g);
        return;
    }
    Table tb;
    table_init(&tb, 6, "llrrrr");
    table_cap(&tb, 0, 24);
    table_cap(&tb, 1, 20);
    table_row(&tb, "channel", "made at", "cap", "sends", "receives", "closed");
    size_t i = 0;
    for (; i < n && i < MAX_ROWS; i++) {
        char name[256], at[128], cap[24], s[24], rv[24];
        snprintf(name, sizeof name, "%.*s", (int)g[i].first->keylen, g[i].first->key);
        const char *made = g[i].made ? arg_str(at, sizeof at, g[i].made, "at", "-") : "-";
        double c = g[i].made ? json_num(g[i].made->args, "cap", NAN) : NAN;
        if (isnan(c))
            snprintf(cap, sizeof cap, "-");
        else
            snprintf(cap, sizeof cap, "%.0f", c);
        snprintf(s, sizeof s, "%zu", g[i].count[K_SEND]);
        snprintf(rv, sizeof rv, "%zu", g[i].count[K_RECV]);
        table_row(&tb, name, made, cap, s, rv, g[i].count[K_CLOSE] ? "yes" : "no");
    }
    table_print(&tb, out, "  ");
    if (n > i)
        fprintf(out, "  ... and %zu more\n", n - i);
    table_free(&tb);
    free(g);
}

static void mutexes(Recs *r, FILE *out)
{
    size_t n;
    Group *g = merge(r, &n);
    qsort(g, n, sizeof *g, by_contention);
    fprintf(out, "\nmost contended mutexes\n");
    if (n == 0) {
        fprintf(out, "  none\n");
        free(g);
        return;
    }
    Table tb;
    table_init(&tb, 4, "lrrr");
    table_cap(&tb, 0, 40);
    table_row(&tb, "mutex", "locks", "lock waits", "waited");
    size_t i = 0;
    for (; i < n && i < MAX_ROWS; i++) {
        char name[256], locks[24], w[24], d[32];
        snprintf(name, sizeof name, "%.*s", (int)g[i].first->keylen, g[i].first->key);
        snprintf(locks, sizeof locks, "%zu", g[i].count[K_LOCK]);
        snprintf(w, sizeof w, "%zu", g[i].count[K_LOCKWAIT]);
        fmt_dur(d, sizeof d, g[i].time);
        table_row(&tb, name, locks, w, d);
    }
    table_print(&tb, out, "  ");
    if (n > i)
        fprintf(out, "  ... and %zu more\n", n - i);
    table_free(&tb);
    free(g);
}

/* The fatal error or the panics, and what was still blocked. */
static void ending(const Trace *t, FILE *out)
{
    fprintf(out, "\nend of the run\n");
    const JsonValue *exit = json_get(t->other, "exit");
    char reason[64];
    cstr(reason, sizeof reason, json_get(exit, "reason"), "unknown");
    fprintf(out, "  %s, exit status %.0f\n", reason, json_num(exit, "status", 0));
    for (size_t i = 0; i < t->nevents; i++) {
        const TraceEvent *e = &t->events[i];
        TraceCat cat = trace_cat(e->cat);
        char name[512], at[128];
        if (e->ph == PH_INSTANT && cat == CAT_FATAL) {
            fprintf(out, "  %s\n", cstr(name, sizeof name, e->name, "fatal error"));
        } else if (e->ph == PH_INSTANT && cat == CAT_PANIC) {
            const JsonValue *rec = json_get(e->args, "recovered");
            fprintf(out, "  goroutine %lld panicked at %s%s:\n    %s\n", (long long)e->tid,
                    arg_str(at, sizeof at, e, "at", "?"),
                    rec && rec->type == JSON_TRUE ? " (and recovered)" : "",
                    cstr(name, sizeof name, e->name, "panic"));
        }
    }
    for (size_t i = 0; i < t->nevents; i++) {
        const TraceEvent *e = &t->events[i];
        const JsonValue *u = json_get(e->args, "unfinished");
        if (e->ph != PH_COMPLETE || trace_cat(e->cat) != CAT_BLOCKED || !u || u->type != JSON_TRUE)
            continue;
        char name[256], at[128];
        fprintf(out, "  goroutine %lld still blocked: %s at %s\n", (long long)e->tid,
                cstr(name, sizeof name, e->name, "?"), arg_str(at, sizeof at, e, "at", "?"));
    }
}

void trace_summary(const Trace *t, FILE *out)
{
    Lane *lanes = calloc(t->nlanes + 1, sizeof *lanes);
    if (!lanes)
        abort();
    Recs waitr = {0}, chanr = {0}, mutr = {0};
    double last = 0;
    for (size_t i = 0; i < t->nevents; i++) {
        const TraceEvent *e = &t->events[i];
        if (e->ph == PH_META || isnan(e->ts))
            continue;
        double end = e->ph == PH_COMPLETE && !isnan(e->dur) ? e->ts + e->dur : e->ts;
        last = end > last ? end : last;
        size_t li = lane_index(t, e->tid);
        Lane *l = li < t->nlanes ? &lanes[li] : NULL;
        TraceCat cat = trace_cat(e->cat);
        const JsonValue *obj = json_get(e->args, "object");
        double dur = isnan(e->dur) ? 0 : e->dur;
        if (e->ph == PH_COMPLETE && l) {
            if (cat == CAT_RUNNING || cat == CAT_RUNNABLE || cat == CAT_BLOCKED)
                l->last = cat;
            if (cat == CAT_RUNNING)
                l->running += dur;
            else if (cat == CAT_RUNNABLE)
                l->runnable += dur;
            else if (cat == CAT_BLOCKED) {
                l->blocked += dur;
                add(&waitr, e->name, li, K_WAIT, dur, e);
                if (is_lock_wait(e))
                    add(&mutr, obj, 0, K_LOCKWAIT, dur, e);
            }
        } else if (e->ph == PH_INSTANT) {
            if (cat == CAT_GO) {
                size_t ci = lane_index(t, (int64_t)json_num(e->args, "child", -1));
                if (ci < t->nlanes)
                    lanes[ci].created_at = json_get(e->args, "at");
            } else if (cat == CAT_END && l) {
                l->ended = true;
            } else if (cat == CAT_PANIC && l) {
                const JsonValue *rec = json_get(e->args, "recovered");
                l->panicked = !rec || rec->type != JSON_TRUE;
            } else if (cat == CAT_CHAN) {
                add(&chanr, obj, 0, K_MAKE, 0, e);
            } else if (cat == CAT_SEND) {
                add(&chanr, obj, 0, K_SEND, 0, e);
            } else if (cat == CAT_RECV) {
                add(&chanr, obj, 0, K_RECV, 0, e);
            } else if (cat == CAT_CLOSE) {
                add(&chanr, obj, 0, K_CLOSE, 0, e);
            } else if (cat == CAT_LOCK) {
                add(&mutr, obj, 0, K_LOCK, 0, e);
            }
        }
    }
    heading(t, out, last > 0 ? last : 0);
    fprintf(out, "\n");
    goroutines(t, lanes, out);
    waits(t, &waitr, out);
    channels(&chanr, out);
    mutexes(&mutr, out);
    ending(t, out);
    free(waitr.v);
    free(chanr.v);
    free(mutr.v);
    free(lanes);
}
