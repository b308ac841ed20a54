/* check.c: whether a trace keeps the rules of docs/trace-format.md, so
 * that the writer's tests can hold it to the contract the page relies on.
 *
 * Rules, in the order they are checked:
 *   - otherData has every documented key, of the documented type;
 *   - every event is an object with ph, pid 1, a tid, a name and (but for
 *     metadata) ts and cat; instants are thread-scoped (s "t");
 *   - each cat is one the page knows for that phase, and carries the args
 *     the format's tables give it;
 *   - every lane (tid) has a thread_name before its first other event;
 *     tid 0 holds only the process_name;
 *   - timestamps never go backwards on a lane;
 *   - state slices (running, runnable, blocked) on a lane do not overlap;
 *     line slices lie inside a running slice; region and task slices nest
 *     in each other (a region may span a wait, so not inside running);
 *   - every flow id has exactly one start and one finish, with the same
 *     cat and name, on lanes that exist, each at the ts of an instant or a
 *     slice boundary of its lane, the finish with bp "e". */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* Timestamps are microseconds with three decimals: closer than this is
 * the same moment. */
#define EPS 0.0005

typedef struct Checker {
    const Trace *t;
    size_t problems, max;
    void (*report)(const char *msg, void *arg);
    void *arg;
} Checker;

static void problem(Checker *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(Checker *c, const char *fmt, ...)
{
    c->problems++;
    if (c->problems > c->max)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->report(msg, c->arg);
}

static size_t index_of(const Checker *c, const TraceEvent *e)
{
    return (size_t)(e - c->t->events);
}

/* ---- otherData ---- */

static void check_other(Checker *c)
{
    const JsonValue *o = c->t->other;
    static const struct { const char *key; int type; } keys[] = {
        {"program", JSON_STRING}, {"args", JSON_ARRAY}, {"procs", JSON_NUMBER},
        {"clock", JSON_STRING}, {"sources", JSON_OBJECT}, {"exit", JSON_OBJECT},
        {"dropped", JSON_NUMBER},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const JsonValue *v = json_get(o, keys[i].key);
        if (!v || v->type != (uint32_t)keys[i].type)
            problem(c, "otherData.%s is missing or of the wrong type", keys[i].key);
    }
    const JsonValue *seed = json_get(o, "seed");
    if (!seed || (seed->type != JSON_NULL && seed->type != JSON_NUMBER))
        problem(c, "otherData.seed must be a number or null");
    const JsonValue *clock = json_get(o, "clock");
    if (clock && !json_is(clock, "virtual") && !json_is(clock, "real"))
        problem(c, "otherData.clock must be \"virtual\" or \"real\"");
    const JsonValue *srcs = json_get(o, "sources");
    if (srcs && srcs->type == JSON_OBJECT)
        for (uint32_t i = 0; i < srcs->len; i++)
            if (srcs->u.members[i].value.type != JSON_STRING)
                problem(c, "otherData.sources[\"%.*s\"] is not a string",
                        (int)srcs->u.members[i].keylen, srcs->u.members[i].key);
    const JsonValue *exit = json_get(o, "exit");
    if (exit && exit->type == JSON_OBJECT) {
        static const char *reasons[] = {"main returned", "os.Exit", "panic", "deadlock",
                                        "fatal", "signal", "trace.Stop", ":trace off"};
        const JsonValue *r = json_get(exit, "reason");
        bool known = false;
        for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
            known |= json_is(r, reasons[i]);
        if (!known)
            problem(c, "otherData.exit.reason is not one of the documented reasons");
        if (isnan(json_num(exit, "status", NAN)))
            problem(c, "otherData.exit.status is missing");
    }
}

/* ---- each event on its own ---- */

/* The args each category must carry, by phase: from the format's tables. */
static const struct {
    TracePhase ph;
    TraceCat cat;
    const char *args[5];
} shapes[] = {
    {PH_COMPLETE, CAT_RUNNING, {"proc", "from", "to"}},
    {PH_COMPLETE, CAT_RUNNABLE, {"by"}},
    {PH_COMPLETE, CAT_BLOCKED, {"reason", "at", "stack"}},
    {PH_COMPLETE, CAT_LINE, {"at"}},
    {PH_COMPLETE, CAT_REGION, {NULL}},
    {PH_COMPLETE, CAT_TASK, {NULL}},
    {PH_INSTANT, CAT_GO, {"child", "at"}},
    {PH_INSTANT, CAT_END, {NULL}},
    {PH_INSTANT, CAT_CHAN, {"object", "cap", "at"}},
    {PH_INSTANT, CAT_CLOSE, {"object", "at"}},
    {PH_INSTANT, CAT_SELECT, {"case", "at"}},
    {PH_INSTANT, CAT_SEND, {"object", "value", "at"}},
    {PH_INSTANT, CAT_RECV, {"object", "value", "at"}},
    {PH_INSTANT, CAT_LOCK, {"object", "at"}},
    {PH_INSTANT, CAT_UNLOCK, {"object", "at"}},
    {PH_INSTANT, CAT_WG, {"object", "delta", "count", "at"}},
    {PH_INSTANT, CAT_TIMER, {"at"}},
    {PH_INSTANT, CAT_PANIC, {"at"}},
    {PH_INSTANT, CAT_OUTPUT, {"text"}},
    {PH_INSTANT, CAT_USER, {"category", "message"}},
    {PH_INSTANT, CAT_FATAL, {NULL}},
    {PH_INSTANT, CAT_COND, {"object", "at"}},
    {PH_FLOW_START, CAT_HANDOFF, {"value", "object"}},
    {PH_FLOW_START, CAT_BUFFER, {NULL}},
    {PH_FLOW_START, CAT_CLOSE, {NULL}},
    {PH_FLOW_START, CAT_UNLOCK, {NULL}},
    {PH_FLOW_START, CAT_WAKE, {NULL}},
};

static void check_shape(Checker *c, const TraceEvent *e)
{
    size_t i = index_of(c, e);
    TracePhase ph = e->ph == PH_FLOW_END ? PH_FLOW_START : e->ph;
    TraceCat cat = trace_cat(e->cat);
    for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
        if (shapes[k].ph != ph || shapes[k].cat != cat)
            continue;
        if (e->ph == PH_FLOW_END)
            return;
        for (int a = 0; a < 5 && shapes[k].args[a]; a++)
            if (!json_get(e->args, shapes[k].args[a]))
                problem(c, "event %zu: a %.*s event needs args.%s", i, (int)e->cat->len,
                        e->cat->u.str, shapes[k].args[a]);
        if (cat == CAT_OUTPUT && !json_is(e->name, "stdout") && !json_is(e->name, "stderr"))
            problem(c, "event %zu: an output event's name is \"stdout\" or \"stderr\"", i);
        return;
    }
    problem(c, "event %zu: cat \"%.*s\" is not one the format defines for ph \"%.*s\"", i,
            (int)e->cat->len, e->cat->u.str, (int)json_get(e->json, "ph")->len,
            json_get(e->json, "ph")->u.str);
}

/* Whether the fields every event needs are there; false skips the event
 * in the checks that follow. */
static bool check_fields(Checker *c, const TraceEvent *e)
{
    size_t i = index_of(c, e);
    if (e->json->type != JSON_OBJECT) {
        problem(c, "event %zu is not an object", i);
        return false;
    }
    const JsonValue *ph = json_get(e->json, "ph");
    if (!ph || ph->type != JSON_STRING) {
        problem(c, "event %zu has no ph", i);
        return false;
    }
    if (e->ph == PH_OTHER) {
        problem(c, "event %zu: ph \"%.*s\" is not one gosh writes (X, i, M, s, f)", i,
                (int)ph->len, ph->u.str);
        return false;
    }
    if (json_num(e->json, "pid", NAN) != 1)
        problem(c, "event %zu: pid is not 1", i);
    if (e->tid < 0) {
        problem(c, "event %zu has no tid (a goroutine id)", i);
        return false;
    }
    if (!e->name || e->name->type != JSON_STRING) {
        problem(c, "event %zu has no name", i);
        return false;
    }
    if (e->ph == PH_META) {
        if (e->tid == 0 ? !json_is(e->name, "process_name")
                        : !json_is(e->name, "thread_name") && !json_is(e->name, "thread_sort_index"))
            problem(c, "event %zu: metadata \"%.*s\" on tid %lld is not one gosh writes", i,
                    (int)e->name->len, e->name->u.str, (long long)e->tid);
        if (!e->args)
            problem(c, "event %zu: metadata without args", i);
        return true;
    }
    if (e->tid == 0) {
        problem(c, "event %zu is on tid 0, which holds only the process_name", i);
        return false;
    }
    if (isnan(e->ts) || e->ts < 0) {
        problem(c, "event %zu has no ts", i);
        return false;
    }
    if (!e->cat || e->cat->type != JSON_STRING) {
        problem(c, "event %zu has no cat", i);
        return false;
    }
    if (e->ph == PH_COMPLETE && (isnan(e->dur) || e->dur < 0)) {
        problem(c, "event %zu: a slice needs a dur of zero or more", i);
        return false;
    }
    if (e->ph == PH_INSTANT && !json_is(json_get(e->json, "s"), "t"))
        problem(c, "event %zu: an instant needs s \"t\"", i);
    if ((e->ph == PH_FLOW_START || e->ph == PH_FLOW_END) && isnan(e->id)) {
        problem(c, "event %zu: a flow event needs a numeric id", i);
        return false;
    }
    if (e->ph == PH_FLOW_END && !json_is(json_get(e->json, "bp"), "e"))
        problem(c, "event %zu: a flow finish needs bp \"e\"", i);
    check_shape(c, e);
    return true;
}

/* ---- lanes ---- */

/* A slice of a lane, for the nesting checks. */
typedef struct Span {
    int64_t tid;
    double from, to;
    size_t event;
} Span;

/* By lane, then start, the longer first: an enclosing slice comes before
 * what it encloses even when both start at one moment. */
static int by_span(const void *a, const void *b)
{
    const Span *x = a, *y = b;
    if (x->tid != y->tid)
        return x->tid < y->tid ? -1 : 1;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->to != y->to)
        return x->to > y->to ? -1 : 1;
    return (x->event > y->event) - (x->event < y->event);
}

typedef struct Spans {
    Span *v;
    size_t n, cap;
} Spans;

static void push_span(Spans *s, const TraceEvent *e, size_t i)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            abort();
    }
    s->v[s->n++] = (Span){e->tid, e->ts, e->ts + e->dur, i};
}

/* Lines lie inside the running slice of their lane that starts last at
 * or before them. */
static void check_lines(Checker *c, Spans *running, Spans *lines)
{
    if (running->n)
        qsort(running->v, running->n, sizeof(Span), by_span);
    for (size_t i = 0; i < lines->n; i++) {
        const Span *l = &lines->v[i];
        size_t lo = 0, hi = running->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            const Span *r = &running->v[mid];
            if (r->tid < l->tid || (r->tid == l->tid && r->from <= l->from + EPS))
                lo = mid + 1;
            else
                hi = mid;
        }
        const Span *r = lo ? &running->v[lo - 1] : NULL;
        if (!r || r->tid != l->tid || l->to > r->to + EPS)
            problem(c, "event %zu: line slice at %.3f is not inside a running slice of"
                       " goroutine %lld", l->event, l->from, (long long)l->tid);
    }
}

/* Regions and tasks of a lane nest in each other: each either ends before
 * the next begins or holds it whole. */
static void check_regions(Checker *c, Spans *regions)
{
    if (regions->n)
        qsort(regions->v, regions->n, sizeof(Span), by_span);
    double *open = malloc((regions->n + 1) * sizeof *open);
    if (!open)
        abort();
    size_t depth = 0;
    for (size_t i = 0; i < regions->n; i++) {
        const Span *r = &regions->v[i];
        if (i && regions->v[i - 1].tid != r->tid)
            depth = 0;
        while (depth && open[depth - 1] <= r->from + EPS)
            depth--;
        if (depth && r->to > open[depth - 1] + EPS)
            problem(c, "event %zu: a region or task slice at %.3f overlaps the one it starts"
                       " in on goroutine %lld", r->event, r->from, (long long)r->tid);
        open[depth++] = r->to;
    }
    free(open);
}

static void check_lanes(Checker *c, const bool *ok)
{
    const Trace *t = c->t;
    /* per lane: the last ts, the end of the last state slice, whether it
     * was named before its first event, and whether that was said */
    double *last_ts = malloc((t->nlanes + 1) * sizeof *last_ts);
    double *state_end = malloc((t->nlanes + 1) * sizeof *state_end);
    char *named = calloc(t->nlanes + 1, 2);
    if (!last_ts || !state_end || !named)
        abort();
    for (size_t i = 0; i < t->nlanes; i++)
        last_ts[i] = state_end[i] = -INFINITY;
    Spans running = {0}, lines = {0}, regions = {0};
    for (size_t i = 0; i < t->nevents; i++) {
        const TraceEvent *e = &t->events[i];
        if (!ok[i] || e->tid == 0)
            continue;
        size_t l = (size_t)(trace_lane(t, e->tid) - t->lanes);
        if (e->ph == PH_META) {
            if (json_is(e->name, "thread_name"))
                named[2 * l] = 1;
            continue;
        }
        if (!named[2 * l] && !named[2 * l + 1]) {
            named[2 * l + 1] = 1;
            problem(c, "event %zu: goroutine %lld has no thread_name before its first event",
                    i, (long long)e->tid);
        }
        if (e->ts < last_ts[l] - EPS)
            problem(c, "event %zu: ts %.3f goes backwards on goroutine %lld (after %.3f)", i,
                    e->ts, (long long)e->tid, last_ts[l]);
        if (e->ts > last_ts[l])
            last_ts[l] = e->ts;
        if (e->ph != PH_COMPLETE)
            continue;
        TraceCat cat = trace_cat(e->cat);
        if (cat == CAT_RUNNING || cat == CAT_RUNNABLE || cat == CAT_BLOCKED) {
            if (e->ts < state_end[l] - EPS)
                problem(c, "event %zu: %.*s slice at %.3f overlaps the state slice before it"
                           " (which ends at %.3f) on goroutine %lld",
                        i, (int)e->cat->len, e->cat->u.str, e->ts, state_end[l],
                        (long long)e->tid);
            state_end[l] = e->ts + e->dur;
            if (cat == CAT_RUNNING)
                push_span(&running, e, i);
        } else if (cat == CAT_LINE) {
            push_span(&lines, e, i);
        } else if (cat == CAT_REGION || cat == CAT_TASK) {
            push_span(&regions, e, i);
        }
    }
    check_lines(c, &running, &lines);
    check_regions(c, &regions);
    free(running.v);
    free(lines.v);
    free(regions.v);
    free(last_ts);
    free(state_end);
    free(named);
}

/* ---- flows ---- */

typedef struct End {
    double id;
    size_t event;
} End;

static int by_id(const void *a, const void *b)
{
    const End *x = a, *y = b;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return (x->event > y->event) - (x->event < y->event);
}

/* A moment of a lane: an instant, or either boundary of a slice. */
typedef struct Moment {
    int64_t tid;
    double ts;
} Moment;

static int by_moment(const void *a, const void *b)
{
    const Moment *x = a, *y = b;
    if (x->tid != y->tid)
        return x->tid < y->tid ? -1 : 1;
    return (x->ts > y->ts) - (x->ts < y->ts);
}

static bool at_moment(const Moment *m, size_t n, int64_t tid, double ts)
{
    Moment key = {tid, ts - EPS};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (by_moment(&m[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && m[lo].tid == tid && m[lo].ts <= ts + EPS;
}

static void check_flow_pair(Checker *c, const TraceEvent *s, const TraceEvent *f)
{
    if (s->cat->len != f->cat->len || memcmp(s->cat->u.str, f->cat->u.str, s->cat->len) != 0)
        problem(c, "flow %.0f: its start (event %zu) and finish (event %zu) differ in cat",
                s->id, index_of(c, s), index_of(c, f));
    if (s->name->len != f->name->len || memcmp(s->name->u.str, f->name->u.str, s->name->len) != 0)
        problem(c, "flow %.0f: its start (event %zu) and finish (event %zu) differ in name",
                s->id, index_of(c, s), index_of(c, f));
}

static void check_flows(Checker *c, const bool *ok)
{
    const Trace *t = c->t;
    End *ends = malloc((t->nevents + 1) * sizeof *ends);
    Moment *moments = malloc((2 * t->nevents + 1) * sizeof *moments);
    if (!ends || !moments)
        abort();
    size_t n = 0, nm = 0;
    for (size_t i = 0; i < t->nevents; i++) {
        const TraceEvent *e = &t->events[i];
        if (!ok[i] || e->ph == PH_META)
            continue;
        if (e->ph == PH_FLOW_START || e->ph == PH_FLOW_END) {
            ends[n++] = (End){e->id, i};
            continue;
        }
        moments[nm++] = (Moment){e->tid, e->ts};
        if (e->ph == PH_COMPLETE)
            moments[nm++] = (Moment){e->tid, e->ts + e->dur};
    }
    qsort(ends, n, sizeof *ends, by_id);
    qsort(moments, nm, sizeof *moments, by_moment);
    for (size_t i = 0; i < n; i++) {
        const TraceEvent *e = &t->events[ends[i].event];
        if (!trace_lane(t, e->tid) || !trace_lane(t, e->tid)->name)
            problem(c, "event %zu: flow %.0f is on goroutine %lld, which has no lane", ends[i].event,
                    e->id, (long long)e->tid);
        else if (!at_moment(moments, nm, e->tid, e->ts))
            problem(c, "event %zu: flow %.0f's %s at %.3f is at no instant or slice boundary of"
                       " goroutine %lld", ends[i].event, e->id,
                    e->ph == PH_FLOW_START ? "start" : "finish", e->ts, (long long)e->tid);
    }
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && ends[j].id == ends[i].id)
            j++;
        const TraceEvent *s = NULL, *f = NULL;
        size_t starts = 0, finishes = 0;
        for (size_t k = i; k < j; k++) {
            const TraceEvent *e = &t->events[ends[k].event];
            if (e->ph == PH_FLOW_START) {
                starts++;
                s = s ? s : e;
            } else {
                finishes++;
                f = f ? f : e;
            }
        }
        if (starts != 1 || finishes != 1)
            problem(c, "flow %.0f has %zu start%s and %zu finish%s (one of each expected)",
                    ends[i].id, starts, starts == 1 ? "" : "s", finishes,
                    finishes == 1 ? "" : "es");
        else
            check_flow_pair(c, s, f);
        i = j;
    }
    free(ends);
    free(moments);
}

size_t trace_check(const Trace *t, size_t max,
                   void (*report)(const char *msg, void *arg), void *arg)
{
    Checker c = {t, 0, max, report, arg};
    check_other(&c);
    bool *ok = malloc(t->nevents + 1);
    if (!ok)
        abort();
    for (size_t i = 0; i < t->nevents; i++)
        ok[i] = check_fields(&c, &t->events[i]);
    check_lanes(&c, ok);
    check_flows(&c, ok);
    free(ok);
    return c.problems;
}
