/* strategy.c: the decision point's dispatch, the seed's streams and the
 * recorder (strategy.h).
 *
 * The scheduler calls strat_* for every choice; each goes to the
 * strategy configured for the run and, with --record, is appended to an
 * in-memory log with the goroutine's position and why it was chosen. The
 * log is written out when the program ends (strat_finish, from rt_exit),
 * so a run that panics or deadlocks leaves its schedule too. A run's
 * slice is logged when it starts (the pick) and completed when it ends
 * (how many points it ran when preempted); selects made inside the slice
 * follow its line, in the order they were made. Replay reads the lines
 * back in the same order. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "event.h"
#include "strategy.h"

typedef enum EntryKind { ENTRY_RUN, ENTRY_SELECT } EntryKind;

typedef struct Entry {
    EntryKind kind;
    int64_t g;
    int64_t value;          /* run: points when preempted, -1 otherwise; select: the case */
    int n;                  /* candidates: runnable goroutines, ready cases */
    StratEnd end;
    bool ended;
    const char *wait;       /* run: what it parked on */
    char where[96];         /* position: file:line func */
    char why[48];
} Entry;

static struct {
    Strategy s;
    const RtStrategyOptions *opts;
    uint64_t key;           /* the mixed seed */
    uint64_t seed;
    uint64_t ndata;
    const char *record;
    bool recording;         /* --record, or step mode (save) */
    char *saved[8];         /* step mode's save FILEs, rewritten at the end */
    int nsaved;
    const char *program;
    RtStrategyKind kind;
    int depth;
    int64_t pct_steps;
    int preemptions;
    Entry *log;
    int64_t nlog, caplog;
    int64_t open_run;       /* the log index of the running slice, or -1 */
    bool finished;
} st = {.open_run = -1};

uint64_t strat_mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

uint64_t strat_hash(uint64_t key, uint64_t kind, uint64_t n)
{
    return strat_mix(strat_mix(key + kind * 0x9e3779b97f4a7c15ull) + n * 0xd1b54a32d192ed03ull);
}

void strat_configure(const RtStrategyOptions *o, uint64_t seed)
{
    static const RtStrategyOptions dflt;
    if (!o)
        o = &dflt;
    free(st.log);
    for (int i = 0; i < st.nsaved; i++)
        free(st.saved[i]);
    memset(&st, 0, sizeof st);
    st.open_run = -1;
    st.opts = o;
    st.kind = o->kind;
    st.depth = o->depth;
    st.pct_steps = o->pct_steps;
    st.preemptions = o->preemptions;
    if (o->kind == RT_STRATEGY_REPLAY) {
        st.s = strategy_replay(o, &seed);
    }
    st.seed = seed;
    /* two rounds of splitmix64: nearby seeds give unrelated keys */
    st.key = strat_mix(strat_mix(seed + 0x9e3779b97f4a7c15ull) ^ 0x6a09e667f3bcc909ull);
    if (o->kind == RT_STRATEGY_PCT)
        st.s = strategy_pct(o, st.key);
    else if (o->kind == RT_STRATEGY_DFS && o->dfs)
        st.s = strategy_dfs(o);
    else if (o->kind == RT_STRATEGY_STEP)
        st.s = strategy_step(o, st.key);
    else if (o->kind != RT_STRATEGY_REPLAY)
        st.s = strategy_random(o, st.key);
    st.record = o->record;
    st.recording = o->record || o->kind == RT_STRATEGY_STEP;
    st.program = o->program;
}

bool strat_program_starts(void)
{
    /* the decision streams start again, so the standard packages' own
     * initialisation (how many points it ran, the maps it walked) does not
     * move the user program's schedule: only random and pct draw from
     * streams; a replay, dfs or step mode follows what it was given */
    if (st.kind == RT_STRATEGY_PCT)
        st.s = strategy_pct(st.opts, st.key);
    else if (st.kind != RT_STRATEGY_REPLAY && st.kind != RT_STRATEGY_DFS && st.kind != RT_STRATEGY_STEP)
        st.s = strategy_random(st.opts, st.key);
    else
        return false;
    st.ndata = 0;
    return true;
}

uint64_t strat_data_rand(void)
{
    return strat_hash(st.key, STREAM_DATA, st.ndata++);
}

uint64_t strat_seed_origin(void)
{
    return strat_hash(st.key, STREAM_ORIGIN, 0);
}

/* ---- the recorder ---- */

static Entry *log_add(EntryKind kind, G *g, int n)
{
    if (st.nlog == st.caplog) {
        st.caplog = st.caplog ? st.caplog * 2 : 256;
        Entry *grown = realloc(st.log, sizeof(Entry) * (size_t)st.caplog);
        if (!grown) {
            fprintf(stderr, "gosh: --record: out of memory\n");
            exit(2);
        }
        st.log = grown;
    }
    Entry *e = &st.log[st.nlog++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->g = g->id;
    e->n = n;
    e->value = -1;
    RtFrameInfo fi;
    snprintf(e->where, sizeof e->where, "its start");
    if (rt_locate(g, &fi, 1) == 1 && fi.file && fi.file[0]) {
        const char *file = strrchr(fi.file, '/');
        snprintf(e->where, sizeof e->where, "%s:%d %s", file ? file + 1 : fi.file, fi.line,
                 fi.func ? fi.func : "?");
    }
    return e;
}

int strat_pick(G *const *cands, int n)
{
    char why[48] = "";
    int k = st.s.pick(st.s.state, cands, n, why, sizeof why);
    if (st.recording) {
        st.open_run = st.nlog;
        Entry *e = log_add(ENTRY_RUN, cands[k], n);
        snprintf(e->why, sizeof e->why, "%s", why);
    }
    return k;
}

int64_t strat_slice(G *g)
{
    return st.s.slice(st.s.state, g);
}

void strat_slice_end(G *g, int64_t ran, StratEnd end)
{
    st.s.slice_end(st.s.state, g, ran, end);
    if (st.recording && st.open_run >= 0) {
        Entry *e = &st.log[st.open_run];
        e->ended = true;
        e->end = end;
        if (end == STRAT_END_PREEMPTED)
            e->value = ran;
        if (end == STRAT_END_PARK)
            e->wait = g->wait_reason;
        st.open_run = -1;
    }
}

int strat_select(G *g, int n)
{
    int k = st.s.select(st.s.state, g, n);
    if (st.recording) {
        Entry *e = log_add(ENTRY_SELECT, g, n);
        e->value = k;
    }
    return k;
}

bool strat_ready(G *cur, G *g)
{
    return st.s.ready ? st.s.ready(st.s.state, cur, g) : false;
}

bool strat_watches_points(void)
{
    return st.s.point != NULL;
}

bool strat_point(G *g, int others)
{
    return st.s.point(st.s.state, g, others);
}

static const char *strategy_name(void)
{
    switch (st.kind) {
    case RT_STRATEGY_PCT: return "pct";
    case RT_STRATEGY_REPLAY: return "replay";
    case RT_STRATEGY_DFS: return "dfs";
    case RT_STRATEGY_STEP: return "step";
    default: return "random";
    }
}

static void write_entry(FILE *f, const Entry *e)
{
    char head[64];
    if (e->kind == ENTRY_SELECT) {
        snprintf(head, sizeof head, "select %lld %d", (long long)e->value, e->n);
        fprintf(f, "%-20s # g%lld at %s: case %lld of %d ready\n", head, (long long)e->g, e->where,
                (long long)e->value, e->n);
        return;
    }
    if (e->value >= 0)
        snprintf(head, sizeof head, "run %lld %lld", (long long)e->g, (long long)e->value);
    else
        snprintf(head, sizeof head, "run %lld -", (long long)e->g);
    const char *how = "the program ended";
    char buf[96];
    if (e->ended) {
        switch (e->end) {
        case STRAT_END_PREEMPTED: how = "preempted"; break;
        case STRAT_END_YIELD: how = "yielded"; break;
        case STRAT_END_DONE: how = "returned"; break;
        case STRAT_END_PARK:
            snprintf(buf, sizeof buf, "waits: %s", e->wait ? e->wait : "?");
            how = buf;
            break;
        }
    }
    fprintf(f, "%-20s # g%lld at %s; %s; %s\n", head, (long long)e->g, e->where, e->why, how);
}

/* Writes the log to [path]; [status] < 0: the program still runs. */
static bool write_schedule(const char *path, const char *flag, int status)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "gosh: %s: cannot write %s\n", flag, path);
        return false;
    }
    fprintf(f, "# gosh schedule: %lld decisions; replay with: gosh --replay FILE PROGRAM\n",
            (long long)st.nlog);
    fprintf(f, "# program %s, strategy %s", st.program ? st.program : "?", strategy_name());
    if (st.kind == RT_STRATEGY_PCT)
        fprintf(f, " (depth %d, %lld steps)", st.depth ? st.depth : 3, (long long)st.pct_steps);
    if (st.kind == RT_STRATEGY_DFS)
        fprintf(f, " (at most %d preemptions)", st.preemptions);
    if (status >= 0)
        fprintf(f, ", seed %llu, exit status %d\n", (unsigned long long)st.seed, status);
    else
        fprintf(f, ", seed %llu, saved while running\n", (unsigned long long)st.seed);
    fprintf(f, "seed %llu\n", (unsigned long long)st.seed);
    for (int64_t i = 0; i < st.nlog; i++)
        write_entry(f, &st.log[i]);
    return fclose(f) == 0;
}

bool strat_sync_slices(void)
{
    return st.s.sync_slices;
}

bool strat_save(const char *path)
{
    if (!st.recording || !write_schedule(path, "save", -1))
        return false;
    for (int i = 0; i < st.nsaved; i++)
        if (strcmp(st.saved[i], path) == 0)
            return true;
    char *copy = strdup(path);
    if (copy && st.nsaved < (int)(sizeof st.saved / sizeof st.saved[0]))
        st.saved[st.nsaved++] = copy;
    else
        free(copy);
    return true;
}

void strat_finish(int status)
{
    if (st.finished)
        return;
    st.finished = true;
    if (st.s.finish)
        st.s.finish(st.s.state, status);
    if (st.kind == RT_STRATEGY_REPLAY && st.s.state)
        strat_replay_check_end(st.s.state);
    /* a save FILE holds the whole run when the run ends */
    for (int i = 0; i < st.nsaved; i++)
        write_schedule(st.saved[i], "save", status);
    if (st.record)
        write_schedule(st.record, "--record", status);
}
