/* waitfor.c: why the blocked goroutines wait, in the program's words.
 *
 * The deadlock report and --leaks print Go's goroutine dump; after it,
 * this adds the wait-for graph (design §9): for each blocked goroutine
 * the object it waits on, named as the source names it (`b`,
 * `accounts[2].mu`, `results`, made at which line), and who could end the
 * wait: the goroutine that holds a Mutex and the line that locked it
 * (sync.go's held), the goroutines that can still reach a channel, a
 * WaitGroup's counter. Cycles of goroutines that wait for each other's
 * mutexes are named last.
 *
 * "Can reach" is the collector's idea: a goroutine reaches an object when
 * a chain of pointers leads to it from its registers or its frames'
 * closures (through the code they may call, package variables too).
 * Only a goroutine that reaches a channel can ever send on it, so one
 * that none of the others reach is waited on forever. The walk is
 * bounded, so a huge heap makes it say less, never take long. */
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chan_internal.h"
#include "event.h"
#include "names.h"
#include "sched_internal.h"

enum {
    MAX_EXPLAINED = 32,     /* goroutines described one by one */
    MAX_REACH_GS = 64,      /* more goroutines than this: no reachability */
    MAX_OBJECTS = 1 << 16,  /* objects one goroutine's walk visits */
    MAX_FRAMES = 64,
};

/* sync.go's layouts, read where a goroutine waits. */
typedef struct MutexWords {
    int32_t state, holder, line;
    const char *file;
} MutexWords;
typedef struct RWMutexWords {
    MutexWords w;
    uint32_t writer_sem, reader_sem;
    int32_t reader_count, reader_wait;
} RWMutexWords;
typedef struct WaitGroupWords {
    int64_t state;
    uint32_t sema;
} WaitGroupWords;

typedef struct Waiter {
    G *g;
    RtFrameInfo at;          /* the first frame in the program's own code */
    const void *target;      /* the object whose reachers matter, or NULL */
    int64_t holder;          /* a Mutex's holder (0: none known) */
    bool reached_by_others;  /* filled by the walk */
    int64_t reachers[8];
    int nreachers;
} Waiter;

typedef struct Graph {
    Waiter w[MAX_EXPLAINED];
    int n;
    int more;                /* blocked goroutines not described */
    G *all[MAX_REACH_GS];
    int nall;
    bool too_many;           /* no reachability */
    bool one;                /* rt_explain_wait: reachability not asked */
} Graph;

/* The innermost frame in the program's own code (with [entries], a REPL
 * entry's "<entry N>" counts as such). */
static bool program_frame(const G *g, RtFrameInfo *at, bool entries)
{
    RtFrameInfo fr[MAX_FRAMES];
    int n = rt_locate(g, fr, MAX_FRAMES);
    for (int i = 0; i < n; i++)
        if (fr[i].file && (fr[i].file[0] != '<' || (entries && strncmp(fr[i].file, "<entry ", 7) == 0))) {
            *at = fr[i];
            return true;
        }
    return false;
}

/* ---- naming ---- */

static bool sync_name(const Waiter *w, char *out, size_t size)
{
    size_t len;
    const char *line = rt_source_line(w->at.file, w->at.line, &len);
    return line && name_from_sync_call(line, len, out, size);
}

/* `results`, `results (made at crawl.go:21)`, `a channel made at ...` */
static void chan_name(const Chan *c, const RtFrameInfo *at, char *out, size_t size)
{
    char name[160] = "";
    size_t len;
    const char *line = at ? rt_source_line(at->file, at->line, &len) : NULL;
    const char *file;
    int made;
    chan_origin(c, &file, &made);
    bool own = file && file[0] != '<';
    if (!(line && name_from_chan_op(line, len, name, sizeof name)) && own) {
        line = rt_source_line(file, made, &len);
        if (!(line && name_from_make_line(line, len, name, sizeof name)))
            name[0] = '\0';
    }
    if (name[0] && own)
        snprintf(out, size, "%s (made at %s:%d)", name, rt_base_name(file), made);
    else if (name[0])
        snprintf(out, size, "%s", name);
    else if (own)
        snprintf(out, size, "the channel made at %s:%d", rt_base_name(file), made);
    else
        snprintf(out, size, "a channel");
}

/* ---- reachability ---- */

typedef struct Walk {
    const void **seen;        /* open addressing, MAX_OBJECTS * 2 slots */
    const void **stack;
    int nstack, nseen;
} Walk;

/* The slot of [base] in the seen set: where it is, or the empty one
 * where it would go. */
static const void **slot_of(const Walk *wk, const void *base)
{
    size_t mask = (size_t)MAX_OBJECTS * 2 - 1;
    size_t h = ((uintptr_t)base >> 4) * 0x9E3779B97F4A7C15ull & mask;
    while (wk->seen[h] && wk->seen[h] != base)
        h = (h + 1) & mask;
    return &wk->seen[h];
}

static void visit(Walk *wk, const void *p)
{
    const void *base = GC_base((void *)p);
    if (!base || wk->nseen >= MAX_OBJECTS)
        return;
    const void **slot = slot_of(wk, base);
    if (*slot)
        return;
    *slot = base;
    wk->nseen++;
    wk->stack[wk->nstack++] = base;
}

static bool seen(const Walk *wk, const void *p)
{
    const void *base = GC_base((void *)p);
    return base && *slot_of(wk, base);
}

/* Everything [g] can reach, into [wk]. */
static void walk_from(Walk *wk, const G *g)
{
    memset(wk->seen, 0, sizeof(void *) * (size_t)MAX_OBJECTS * 2);
    wk->nseen = wk->nstack = 0;
    int32_t live = rt_live_regs(g);
    for (int32_t i = 0; i < live; i++)
        visit(wk, g->stack[i].p);
    for (int32_t f = 0; f < g->nframes; f++) {
        visit(wk, g->frames[f].cl);
        visit(wk, g->frames[f].defers);
    }
    while (wk->nstack > 0) {
        const void *const *obj = wk->stack[--wk->nstack];
        size_t words = GC_size((void *)obj) / sizeof(void *);
        for (size_t i = 0; i < words && wk->nseen < MAX_OBJECTS; i++)
            if (obj[i])
                visit(wk, obj[i]);
    }
}

static void find_reachers(Graph *gr)
{
    Walk wk = {malloc(sizeof(void *) * (size_t)MAX_OBJECTS * 2), malloc(sizeof(void *) * MAX_OBJECTS), 0, 0};
    if (!wk.seen || !wk.stack) {
        gr->too_many = true;
        goto out;
    }
    for (int i = 0; i < gr->nall; i++) {
        /* at an exit (--leaks) others may still run: their stacks move */
        if (gr->all[i]->status != G_WAITING)
            continue;
        walk_from(&wk, gr->all[i]);
        for (int j = 0; j < gr->n; j++) {
            Waiter *w = &gr->w[j];
            if (!w->target || w->g == gr->all[i] || !seen(&wk, w->target))
                continue;
            w->reached_by_others = true;
            if (w->nreachers < (int)(sizeof w->reachers / sizeof w->reachers[0]))
                w->reachers[w->nreachers++] = gr->all[i]->id;
        }
    }
out:
    free(wk.seen);
    free(wk.stack);
}

/* ---- the graph ---- */

static void init_waiter(Waiter *w, G *g, bool entries)
{
    memset(w, 0, sizeof *w);
    w->g = g;
    if (!program_frame(g, &w->at, entries))
        w->at = (RtFrameInfo){NULL, NULL, 0};
    if (strncmp(g->wait_reason, "chan ", 5) == 0 && g->wait_obj)
        w->target = g->wait_obj;
    else if (strcmp(g->wait_reason, "semacquire") == 0 && g->wait_kind == RT_WAIT_MUTEX)
        w->holder = ((const MutexWords *)g->wait_obj)->holder;
    else if (strcmp(g->wait_reason, "semacquire") == 0 && g->wait_kind == RT_WAIT_RLOCK)
        w->holder = ((const RWMutexWords *)((const char *)g->wait_obj -
                                            offsetof(RWMutexWords, reader_sem)))->w.holder;
    else if (g->wait_kind == RT_WAIT_WAITGROUP || g->wait_kind == RT_WAIT_COND)
        w->target = g->wait_obj;
}

static void collect(G *g, void *arg)
{
    Graph *gr = arg;
    if (g->status == G_DEAD)
        return;
    if (gr->nall < MAX_REACH_GS)
        gr->all[gr->nall++] = g;
    else
        gr->too_many = true;
    if (!rt_blocked_forever(g))
        return;
    if (gr->n == MAX_EXPLAINED) {
        gr->more++;
        return;
    }
    init_waiter(&gr->w[gr->n++], g, false);
}

static const Waiter *waiter_of(const Graph *gr, int64_t id)
{
    for (int i = 0; i < gr->n; i++)
        if (gr->w[i].g->id == id)
            return &gr->w[i];
    return NULL;
}

static bool alive(int64_t id, const Graph *gr)
{
    for (int i = 0; i < gr->nall; i++)
        if (gr->all[i]->id == id)
            return true;
    return gr->too_many; /* not all were collected: assume so */
}

/* "  goroutine 6 waits at phil.go:12" */
static void print_waits(FILE *out, const Waiter *w)
{
    fprintf(out, "  goroutine %lld waits", (long long)w->g->id);
    if (w->at.file)
        fprintf(out, " at %s:%d", rt_base_name(w->at.file), w->at.line);
}

/* "goroutines 3 and 4", "goroutine 3" */
static void print_ids(FILE *out, const int64_t *ids, int n)
{
    fprintf(out, "goroutine%s ", n == 1 ? "" : "s");
    for (int i = 0; i < n; i++)
        fprintf(out, "%s%lld", i == 0 ? "" : i == n - 1 ? " and " : ", ", (long long)ids[i]);
}

static void print_reachers(FILE *out, const Graph *gr, const Waiter *w, const char *could, bool deadlock)
{
    if (gr->too_many || gr->one) {
        fprintf(out, "\n");
        return;
    }
    if (!w->reached_by_others) {
        fprintf(out, ":\n    no other goroutine can reach it, so none can ever %s\n", could);
        return;
    }
    fprintf(out, ":\n    ");
    print_ids(out, w->reachers, w->nreachers);
    fprintf(out, " could %s, but %s\n", could,
            deadlock ? (w->nreachers == 1 ? "it waits too" : "they wait too")
                     : "the program ended first");
}

static void explain_mutex(FILE *out, const Graph *gr, const Waiter *w, const MutexWords *m, const char *verb,
                          const char *type, const char *held)
{
    char name[160];
    print_waits(out, w);
    if (sync_name(w, name, sizeof name))
        fprintf(out, " to %s %s (%s)", verb, name, type);
    else
        fprintf(out, " to %s a %s", verb, type);
    if (!m->holder) {
        fprintf(out, "\n");
        return;
    }
    if (m->holder == w->g->id)
        fprintf(out, ",\n    which it %s itself", strcmp(held, "held") == 0 ? "holds" : held);
    else
        fprintf(out, ",\n    %s by goroutine %d", held, m->holder);
    if (m->file)
        fprintf(out, " since %s:%d", rt_base_name(m->file), m->line);
    if (m->holder == w->g->id)
        fprintf(out, " (a Mutex is not reentrant)");
    else if (!alive(m->holder, gr))
        fprintf(out, ", which has ended without unlocking it");
    fprintf(out, "\n");
}

static void explain(FILE *out, const Graph *gr, const Waiter *w, bool deadlock)
{
    const G *g = w->g;
    const char *why = g->wait_reason;
    char name[200];
    if (strcmp(why, "chan send") == 0 || strcmp(why, "chan receive") == 0) {
        bool send = why[5] == 's';
        chan_name(g->wait_obj, w->at.file ? &w->at : NULL, name, sizeof name);
        print_waits(out, w);
        fprintf(out, " to %s %s", send ? "send on" : "receive from", name);
        print_reachers(out, gr, w, send ? "receive from it" : "send on it or close it", deadlock);
    } else if (strstr(why, "(nil chan)")) {
        print_waits(out, w);
        fprintf(out, " to %s a nil channel, which never happens\n", why[5] == 's' ? "send on" : "receive from");
    } else if (strcmp(why, "select (no cases)") == 0) {
        print_waits(out, w);
        fprintf(out, " in a select with no cases, which never ends\n");
    } else if (strcmp(why, "select") == 0) {
        print_waits(out, w);
        fprintf(out, " in a select on");
        /* in the order they were made: the lock order is by address */
        const Chan *cs[4];
        int nc = 0;
        for (int32_t i = 0; i < g->sel_nlocks && nc < 4; i++) {
            const Chan *c = g->sel_locks[i];
            int j = nc++;
            for (; j > 0 && c->made_line < cs[j - 1]->made_line; j--)
                cs[j] = cs[j - 1];
            cs[j] = c;
        }
        int shown = 0;
        for (int i = 0; i < nc; i++) {
            const Chan *c = cs[i];
            chan_name(c, NULL, name, sizeof name);
            fprintf(out, "%s %s", shown ? "," : "", name);
            shown++;
        }
        fprintf(out, shown ? "\n" : " nothing that can become ready\n");
    } else if (g->wait_kind == RT_WAIT_MUTEX) {
        explain_mutex(out, gr, w, g->wait_obj, "lock", "sync.Mutex", "held");
    } else if (g->wait_kind == RT_WAIT_RLOCK) {
        const RWMutexWords *rw = (const void *)((const char *)g->wait_obj - offsetof(RWMutexWords, reader_sem));
        explain_mutex(out, gr, w, &rw->w, "read-lock", "sync.RWMutex", "locked for writing");
    } else if (g->wait_kind == RT_WAIT_WLOCK) {
        const RWMutexWords *rw = (const void *)((const char *)g->wait_obj - offsetof(RWMutexWords, writer_sem));
        print_waits(out, w);
        if (sync_name(w, name, sizeof name))
            fprintf(out, " to lock %s (sync.RWMutex)", name);
        else
            fprintf(out, " to lock a sync.RWMutex");
        fprintf(out, " until %d reader%s unlock%s it\n", rw->reader_wait, rw->reader_wait == 1 ? "" : "s",
                rw->reader_wait == 1 ? "s" : "");
    } else if (g->wait_kind == RT_WAIT_WAITGROUP) {
        const WaitGroupWords *wg = (const void *)((const char *)g->wait_obj - offsetof(WaitGroupWords, sema));
        int32_t count = (int32_t)(wg->state >> 32);
        print_waits(out, w);
        if (sync_name(w, name, sizeof name))
            fprintf(out, " for %s (sync.WaitGroup)", name);
        else
            fprintf(out, " for a sync.WaitGroup");
        fprintf(out, ", whose counter is %d (%d Done call%s to come)", count, count, count == 1 ? "" : "s");
        print_reachers(out, gr, w, "call Done", deadlock);
    } else if (g->wait_kind == RT_WAIT_COND) {
        print_waits(out, w);
        if (sync_name(w, name, sizeof name))
            fprintf(out, " on %s (sync.Cond)", name);
        else
            fprintf(out, " on a sync.Cond");
        print_reachers(out, gr, w, "Signal or Broadcast it", deadlock);
    } else {
        print_waits(out, w);
        fprintf(out, " (%s)\n", why);
    }
}

/* Goroutines that wait for each other's mutexes, each cycle once, from
 * its smallest id. */
static void print_cycles(FILE *out, const Graph *gr)
{
    for (int i = 0; i < gr->n; i++) {
        const Waiter *start = &gr->w[i];
        int64_t path[MAX_EXPLAINED + 1];
        int len = 0;
        const Waiter *w = start;
        while (w && w->holder && len <= MAX_EXPLAINED) {
            path[len++] = w->g->id;
            if (w->holder == start->g->id)
                break;
            w = waiter_of(gr, w->holder);
        }
        if (!w || w->holder != start->g->id || len < 2)
            continue;
        bool smallest = true;
        for (int k = 1; k < len; k++)
            smallest &= path[k] > path[0];
        if (!smallest)
            continue;
        fprintf(out, "  cycle: goroutine");
        for (int k = 0; k < len; k++)
            fprintf(out, " %lld ->", (long long)path[k]);
        fprintf(out, " %lld: each waits for a mutex the next one holds\n", (long long)path[0]);
    }
}

static void collect_alive(G *g, void *arg)
{
    Graph *gr = arg;
    if (g->status == G_DEAD)
        return;
    if (gr->nall < MAX_REACH_GS)
        gr->all[gr->nall++] = g;
    else
        gr->too_many = true;
}

void rt_explain_wait(G *g, FILE *out)
{
    if (g->status != G_WAITING || !g->wait_reason)
        return;
    Graph *gr = calloc(1, sizeof *gr);
    if (!gr)
        return;
    /* one goroutine, not the graph: who could reach it is not asked,
     * whether a Mutex's holder is alive is */
    gr->one = true;
    rt_each_g(collect_alive, gr);
    init_waiter(&gr->w[0], g, true);
    gr->n = 1;
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (f) {
        explain(f, gr, &gr->w[0], false);
        fclose(f);
        while (len && text[len - 1] == '\n')
            len--;
        /* "  goroutine 6 waits at ...": the listing has said which */
        char head[64];
        int hl = snprintf(head, sizeof head, "  goroutine %lld waits", (long long)g->id);
        if (hl > 0 && (size_t)hl <= len && strncmp(text, head, (size_t)hl) == 0)
            fprintf(out, "  waits%.*s", (int)(len - (size_t)hl), text + hl);
        else
            fprintf(out, "%.*s", (int)len, text);
        free(text);
        const char *why = g->wait_reason;
        if (strcmp(why, "chan send") == 0 || strcmp(why, "chan receive") == 0) {
            const Chan *c = g->wait_obj;
            int64_t n = chan_len(c), cap = chan_cap(c);
            if (cap == 0)
                fprintf(out, " (unbuffered)");
            else
                fprintf(out, ", which holds %lld of %lld value%s", (long long)n, (long long)cap,
                        cap == 1 ? "" : "s");
        }
        fprintf(out, "\n");
    }
    free(gr);
}

void rt_explain_waits(FILE *out, bool deadlock)
{
    Graph *gr = calloc(1, sizeof *gr);
    if (!gr)
        return;
    rt_each_g(collect, gr);
    if (gr->n == 0) {
        free(gr);
        return;
    }
    if (!gr->too_many)
        find_reachers(gr);
    fprintf(out, "\n%s (gosh):\n", deadlock ? "why every goroutine waits" : "why they wait");
    for (int i = 0; i < gr->n; i++)
        explain(out, gr, &gr->w[i], deadlock);
    if (gr->more)
        fprintf(out, "  ... and %d more goroutine%s\n", gr->more, gr->more == 1 ? "" : "s");
    print_cycles(out, gr);
    free(gr);
}
