/* load.c: a trace file into memory: its bytes, their JSON tree, and over
 * that an array of events with the fields every reader needs already
 * looked up, plus the lanes (goroutines) in the order the page shows them.
 *
 * The loader decides only whether the file is a gosh trace at all (an
 * object whose otherData.format is "gosh-trace", of a version it reads,
 * with a traceEvents array). It does not judge the events: a malformed
 * one is kept with its missing fields NaN or NULL, for trace_check to
 * report and for the summary to step over. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "internal.h"

static const struct { const char *name; TraceCat cat; } cats[] = {
    {"running", CAT_RUNNING}, {"runnable", CAT_RUNNABLE}, {"blocked", CAT_BLOCKED},
    {"line", CAT_LINE}, {"region", CAT_REGION}, {"task", CAT_TASK},
    {"go", CAT_GO}, {"end", CAT_END}, {"chan", CAT_CHAN}, {"close", CAT_CLOSE},
    {"select", CAT_SELECT}, {"send", CAT_SEND}, {"recv", CAT_RECV},
    {"lock", CAT_LOCK}, {"unlock", CAT_UNLOCK}, {"wg", CAT_WG},
    {"timer", CAT_TIMER}, {"panic", CAT_PANIC}, {"output", CAT_OUTPUT},
    {"user", CAT_USER}, {"fatal", CAT_FATAL}, {"cond", CAT_COND}, {"handoff", CAT_HANDOFF},
    {"buffer", CAT_BUFFER}, {"wake", CAT_WAKE},
};

TraceCat trace_cat(const JsonValue *cat)
{
    if (!cat || cat->type != JSON_STRING)
        return CAT_UNKNOWN;
    for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++)
        if (json_is(cat, cats[i].name))
            return cats[i].cat;
    return CAT_UNKNOWN;
}

bool trace_cat_nests(TraceCat c)
{
    return c == CAT_LINE || c == CAT_REGION || c == CAT_TASK;
}

const char *json_str(const JsonValue *obj, const char *key, int *len)
{
    const JsonValue *v = json_get(obj, key);
    if (!v || v->type != JSON_STRING) {
        *len = 0;
        return NULL;
    }
    *len = (int)v->len;
    return v->u.str;
}

static TracePhase phase(const JsonValue *ph)
{
    if (!ph || ph->type != JSON_STRING || ph->len != 1)
        return PH_OTHER;
    switch (ph->u.str[0]) {
    case 'X': return PH_COMPLETE;
    case 'i': return PH_INSTANT;
    case 'M': return PH_META;
    case 's': return PH_FLOW_START;
    case 'f': return PH_FLOW_END;
    default: return PH_OTHER;
    }
}

static int lane_order(const void *a, const void *b)
{
    const TraceLane *x = a, *y = b;
    if (x->sort_index != y->sort_index)
        return x->sort_index < y->sort_index ? -1 : 1;
    return (x->tid > y->tid) - (x->tid < y->tid);
}

static int lane_by_tid(const void *a, const void *b)
{
    const TraceLane *x = a, *y = b;
    return (x->tid > y->tid) - (x->tid < y->tid);
}

static int lane_ptr_by_tid(const void *a, const void *b)
{
    return lane_by_tid(*(const TraceLane *const *)a, *(const TraceLane *const *)b);
}

/* The goroutines: one lane per tid (other than 0, the process) named by a
 * thread_name record or seen in an event. */
static bool find_lanes(Trace *t)
{
    /* Collect every tid, sort, merge: linear-logarithmic, whatever the
     * number of goroutines. */
    TraceLane *all = malloc((t->nevents + 1) * sizeof *all);
    if (!all)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < t->nevents; i++) {
        const TraceEvent *e = &t->events[i];
        if (e->tid <= 0)
            continue;
        all[n].tid = e->tid;
        all[n].name = NULL;
        all[n].sort_index = NAN;
        if (e->ph == PH_META && json_is(e->name, "thread_name")) {
            const JsonValue *nm = json_get(e->args, "name");
            if (nm && nm->type == JSON_STRING)
                all[n].name = nm;
        } else if (e->ph == PH_META && json_is(e->name, "thread_sort_index")) {
            all[n].sort_index = json_num(e->args, "sort_index", NAN);
        }
        n++;
    }
    qsort(all, n, sizeof *all, lane_by_tid);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && all[m - 1].tid == all[i].tid) {
            if (!all[m - 1].name)
                all[m - 1].name = all[i].name;
            if (isnan(all[m - 1].sort_index))
                all[m - 1].sort_index = all[i].sort_index;
            continue;
        }
        all[m++] = all[i];
    }
    for (size_t i = 0; i < m; i++)
        if (isnan(all[i].sort_index))
            all[i].sort_index = (double)all[i].tid;
    t->lanes = all;
    t->nlanes = m;
    qsort(t->lanes, m, sizeof *t->lanes, lane_order);
    t->by_tid = malloc((m + 1) * sizeof *t->by_tid);
    if (!t->by_tid)
        return false;
    for (size_t i = 0; i < m; i++)
        t->by_tid[i] = &t->lanes[i];
    qsort(t->by_tid, m, sizeof *t->by_tid, lane_ptr_by_tid);
    return true;
}

const TraceLane *trace_lane(const Trace *t, int64_t tid)
{
    size_t lo = 0, hi = t->nlanes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->by_tid[mid]->tid < tid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < t->nlanes && t->by_tid[lo]->tid == tid ? t->by_tid[lo] : NULL;
}

static Trace *not_trace(Trace *t, char *err, size_t errlen, const char *name, const char *why)
{
    snprintf(err, errlen, "%s is not a gosh trace: %s", name, why);
    trace_free(t);
    return NULL;
}

Trace *trace_load_buffer(const char *text, size_t len, const char *name,
                         char *err, size_t errlen)
{
    Trace *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errlen, "out of memory reading %s", name);
        return NULL;
    }
    char jerr[200];
    t->doc = json_parse(text, len, jerr, sizeof jerr);
    if (!t->doc) {
        if (strstr(jerr, "out of memory"))
            snprintf(err, errlen, "out of memory reading %s", name);
        else
            snprintf(err, errlen, "%s is not JSON: %s", name, jerr);
        trace_free(t);
        return NULL;
    }
    const JsonValue *root = json_root(t->doc);
    if (root->type != JSON_OBJECT)
        return not_trace(t, err, errlen, name, "it is not a JSON object");
    t->other = json_get(root, "otherData");
    if (!json_is(json_get(t->other, "format"), "gosh-trace"))
        return not_trace(t, err, errlen, name, "otherData.format is not \"gosh-trace\"");
    double version = json_num(t->other, "version", NAN);
    if (version != 1) {
        if (isnan(version))
            return not_trace(t, err, errlen, name, "otherData.version is missing");
        snprintf(err, errlen, "%s is a gosh trace of version %g; this gosh reads version 1",
                 name, version);
        trace_free(t);
        return NULL;
    }
    const JsonValue *evs = json_get(root, "traceEvents");
    if (!evs || evs->type != JSON_ARRAY)
        return not_trace(t, err, errlen, name, "it has no traceEvents array");
    t->nevents = evs->len;
    t->events = calloc(evs->len + 1, sizeof *t->events);
    if (!t->events) {
        snprintf(err, errlen, "out of memory reading %s", name);
        trace_free(t);
        return NULL;
    }
    for (uint32_t i = 0; i < evs->len; i++) {
        const JsonValue *ev = &evs->u.items[i];
        TraceEvent *e = &t->events[i];
        e->json = ev;
        e->ph = phase(json_get(ev, "ph"));
        e->ts = json_num(ev, "ts", NAN);
        e->dur = json_num(ev, "dur", NAN);
        e->id = json_num(ev, "id", NAN);
        double tid = json_num(ev, "tid", NAN);
        e->tid = isnan(tid) || tid < 0 || tid != floor(tid) || tid > 9e15 ? -1 : (int64_t)tid;
        e->name = json_get(ev, "name");
        e->cat = json_get(ev, "cat");
        e->args = json_get(ev, "args");
        if (e->args && e->args->type != JSON_OBJECT)
            e->args = NULL;
    }
    if (!find_lanes(t)) {
        snprintf(err, errlen, "out of memory reading %s", name);
        trace_free(t);
        return NULL;
    }
    return t;
}

Trace *trace_load_file(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "open %s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    size_t cap = 1 << 16;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        cap = (size_t)st.st_size + 1;
    char *buf = malloc(cap);
    size_t n = 0;
    for (;;) {
        if (!buf) {
            fclose(f);
            snprintf(err, errlen, "out of memory reading %s", path);
            return NULL;
        }
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *more = realloc(buf, cap * 2);
        if (!more)
            free(buf);
        buf = more;
        cap *= 2;
    }
    if (ferror(f)) {
        snprintf(err, errlen, "read %s: %s", path, strerror(errno));
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    Trace *t = trace_load_buffer(buf, n, path, err, errlen);
    if (!t) {
        free(buf);
        return NULL;
    }
    t->text = buf;
    t->textlen = n;
    return t;
}

void trace_free(Trace *t)
{
    if (!t)
        return;
    json_free(t->doc);
    free(t->events);
    free(t->lanes);
    free(t->by_tid);
    free(t->text);
    free(t);
}
