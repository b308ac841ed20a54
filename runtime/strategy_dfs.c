/* strategy_dfs.c: systematic exploration with a preemption bound, as
 * CHESS does (Musuvathi and Qadeer, "Iterative Context Bounding for
 * Systematic Testing of Multithreaded Programs", PLDI 2007).
 *
 * A run is a sequence of decisions, each with a few options:
 *
 *   pick    which runnable goroutine runs when the last one waited,
 *           yielded or ended (free), or was preempted (then the others:
 *           resuming it would be the run that did not preempt);
 *   point   at a preemption point, go on (option 0) or preempt (1,
 *           which costs one of the k preemptions);
 *   select  which of the ready cases wins (free).
 *
 * Option 0 everywhere is the run without preemptions. The search is an
 * odometer over the options: a run replays the choices of the last one up
 * to the deepest decision that has an option left within the bound, takes
 * that option, and from there on takes option 0; the program is
 * deterministic, so the decisions before it are the same ones. Each run
 * starts the program afresh (explore forks it from the compiled
 * program), so no state needs saving. The bound grows by one from 0 to k
 * (iterative context bounding): schedules with fewer preemptions, which
 * find most bugs (a lock order, a lost update), come first. A bound c
 * re-runs the schedules with fewer than c preemptions to reach the others
 * (not counted as schedules, since they were checked under a lower bound).
 *
 * Preemption points are those rt_switch_point sees: every
 * synchronisation operation (channel operations, select, go, atomics and
 * through them Mutex, RWMutex, WaitGroup, Once, Cond) and every load or
 * store of memory a script can share (vm_set_access_points), but not
 * calls and loop back-edges, and only when another goroutine could run.
 * What a goroutine does between two shared accesses touches only its own
 * memory, so preempting it there is the same, to every other goroutine,
 * as preempting it at its next shared access: the schedules left out are
 * ones the search already has (the reduction CHESS makes by preempting
 * only at synchronisation, here with data accesses too so that lost
 * updates count). Calls and back-edges are most of a run's points; with
 * them a bound of 2 would mean millions of schedules for a short loop.
 *
 * The decisions a run met go to memory the parent shares (MAP_SHARED,
 * made before the fork); the choices to replay are in the parent's
 * memory, which the child inherits. A run's first MAX_NODES decisions
 * are kept: past them every option is 0 and the search says it was not
 * exhaustive. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "strategy.h"

enum { MAX_NODES = 1 << 20 };

typedef enum NodeKind { NODE_PICK, NODE_POINT, NODE_SELECT } NodeKind;

typedef struct Node {
    int32_t options;
    int32_t chosen;
    int32_t kind;       /* NodeKind */
} Node;

/* What a run writes: shared between explore and the child running it. */
typedef struct NodeLog {
    int64_t n;          /* decisions met, kept or not */
    Node nodes[MAX_NODES];
} NodeLog;

struct RtDfs {
    int bound;          /* -preemptions k */
    int level;          /* the bound being enumerated, 0 to k */
    int32_t *prefix;    /* the choices the next run makes first */
    int64_t nprefix, capprefix;
    NodeLog *log;
    bool truncated;
};

/* ---- one run (in the child) ---- */

typedef struct Run {
    RtDfs *d;
    int64_t next;       /* decisions made so far */
    G *preempted;       /* the goroutine the last point preempted */
} Run;

/* The option decision [next] takes: the prefix's, then 0. */
static int decide(Run *r, NodeKind kind, int options)
{
    int64_t i = r->next++;
    int32_t c = i < r->d->nprefix ? r->d->prefix[i] : 0;
    if (c >= options) /* cannot happen in a deterministic program */
        c = 0;
    if (i < MAX_NODES)
        r->d->log->nodes[i] = (Node){.options = options, .chosen = c, .kind = kind};
    r->d->log->n = r->next;
    return c;
}

static int pick(void *sp, G *const *cands, int n, char *why, size_t whylen)
{
    Run *r = sp;
    G *skip = r->preempted;
    r->preempted = NULL;
    int skipped = -1;
    for (int i = 0; skip && i < n; i++)
        if (cands[i] == skip)
            skipped = i;
    int options = skipped >= 0 ? n - 1 : n;
    if (options <= 1) {
        snprintf(why, whylen, "%s", skipped >= 0 && n > 1 ? "dfs: the only other runnable" : "only runnable");
        return skipped >= 0 && n > 1 ? 1 - skipped : 0;
    }
    int k = decide(r, NODE_PICK, options);
    snprintf(why, whylen, "dfs: %d of %d %s", k + 1, options, skipped >= 0 ? "others" : "runnable");
    return skipped >= 0 && k >= skipped ? k + 1 : k;
}

static int64_t slice(void *sp, G *g)
{
    (void)sp, (void)g;
    return STRAT_FOREVER; /* preemptions come from point() */
}

static void slice_end(void *sp, G *g, int64_t ran, StratEnd end)
{
    (void)sp, (void)g, (void)ran, (void)end;
}

static int choose_case(void *sp, G *g, int n)
{
    (void)g;
    return decide(sp, NODE_SELECT, n);
}

static bool point(void *sp, G *g, int others)
{
    (void)others;
    Run *r = sp;
    if (!decide(r, NODE_POINT, 2))
        return false;
    r->preempted = g;
    return true;
}

Strategy strategy_dfs(const RtStrategyOptions *o)
{
    static Run r;
    r = (Run){.d = o->dfs};
    r.d->log->n = 0;
    return (Strategy){.name = "dfs", .state = &r, .pick = pick, .slice = slice, .slice_end = slice_end,
                      .select = choose_case, .ready = NULL, .point = point};
}

/* ---- the search (in explore's process) ---- */

RtDfs *rt_dfs_new(int preemptions)
{
    RtDfs *d = calloc(1, sizeof *d);
    d->bound = preemptions;
    d->log = mmap(NULL, sizeof(NodeLog), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (d->log == MAP_FAILED) {
        perror("gosh explore: mmap");
        exit(2);
    }
    return d;
}

static int64_t kept(const RtDfs *d)
{
    return d->log->n < MAX_NODES ? d->log->n : MAX_NODES;
}

bool rt_dfs_last_is_new(const RtDfs *d)
{
    int preemptions = 0;
    for (int64_t i = 0; i < kept(d); i++)
        preemptions += d->log->nodes[i].kind == NODE_POINT && d->log->nodes[i].chosen;
    return preemptions == d->level;
}

bool rt_dfs_advance(RtDfs *d)
{
    const Node *nodes = d->log->nodes;
    int64_t n = kept(d);
    if (d->log->n > MAX_NODES)
        d->truncated = true;
    int used = 0; /* preemptions before node i */
    for (int64_t i = 0; i < n; i++)
        used += nodes[i].kind == NODE_POINT && nodes[i].chosen;
    /* the deepest decision with an option left within the bound */
    for (int64_t i = n - 1; i >= 0; i--) {
        const Node *x = &nodes[i];
        if (x->kind == NODE_POINT && x->chosen)
            used--;
        bool more = x->kind == NODE_POINT ? !x->chosen && used + 1 <= d->level : x->chosen + 1 < x->options;
        if (!more)
            continue;
        if (i + 1 > d->capprefix) {
            d->capprefix = (i + 1) * 2;
            d->prefix = realloc(d->prefix, sizeof(int32_t) * (size_t)d->capprefix);
        }
        for (int64_t j = 0; j < i; j++)
            d->prefix[j] = nodes[j].chosen;
        d->prefix[i] = x->chosen + 1;
        d->nprefix = i + 1;
        return true;
    }
    /* every schedule within this bound is done: one more preemption */
    if (d->level == d->bound)
        return false;
    d->level++;
    d->nprefix = 0;
    return true;
}

bool rt_dfs_truncated(const RtDfs *d)
{
    return d->truncated;
}
