/* explore.c: `gosh explore`, running a program under many schedules.
 *
 * The program is compiled once. Each schedule then runs in a child made
 * by fork() from the compiled program, before any scheduler thread has
 * started (the parent never runs the program itself): the child starts
 * from exactly the state a fresh `gosh --seed N` has after compiling, so
 * whatever the program does to the process (package variables, files,
 * os.Exit, a crash) cannot leak into the next schedule, and `-j` children
 * run side by side. The collector is told about the fork (Boehm's
 * GC_atfork_prepare/parent/child); the child runs the program in-process
 * (vm_run_program: deterministic mode, with a step budget) with stdout
 * and stderr on two memfd files the parent reads when the child has
 * exited, and reports how the run ended through a shared page. On a
 * failure the schedule is run once more with --record to write its file;
 * the run is deterministic, so the recording is of the same run (the
 * parent checks that it printed the same bytes). -strategy dfs runs one
 * child at a time (explore_dfs): which schedule comes next depends on the
 * decisions the last one met (runtime/strategy_dfs.c). */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include "explore.h"
#include "gosh.h"

enum { MAX_JOBS = 64, MAX_OUTCOMES = 256 };

typedef struct Flags {
    int strategy;           /* RtStrategyKind: 0 random, 1 pct, 3 dfs */
    int depth;
    int preemptions;        /* dfs's bound */
    long long n;            /* schedules; 0: no limit (with -time) */
    double seconds;         /* -time; 0: none */
    int jobs;
    bool all, diff, quiet, no_shrink, leaks;
    const char *expect_path;
    const char *out_path;
    unsigned long long seed;
    long long max_steps;
} Flags;

typedef struct Run {
    long long index;        /* schedule number, from 0 */
    GoshRunResult r;
    char *out, *err;
    size_t outlen, errlen;
} Run;

typedef struct Outcome {
    uint64_t hash;
    bool failure;
    char what[160];         /* one line: ok, panic: ..., output differs */
    long long count;
    long long first;        /* schedule index */
} Outcome;

typedef struct Slot {
    pid_t pid;
    long long index;
    int outfd, errfd;
    GoshRunResult *shared;
} Slot;

enum { STRATEGY_PCT = 1, STRATEGY_DFS = 3 };

static Flags fl = {.depth = 3, .preemptions = 2, .jobs = 0, .seed = 1, .max_steps = 20000000};
static GoshProgram *prog;
static const char *prog_path;
static char *expected;
static size_t expected_len;
static long long pct_steps;
static Outcome outcomes[MAX_OUTCOMES];
static int noutcomes;
static char *first_out;
static size_t first_outlen;
static bool have_first;
static GoshDfs *dfs;
static long long dfs_reruns;

static const char usage[] =
    "usage: gosh explore [flags] prog.go [args...]\n"
    "\n"
    "Runs the program under many schedules (deterministic mode) and stops at the\n"
    "first failure: an unrecovered panic, a deadlock, a non-zero exit, output that\n"
    "differs from -expect FILE or from the file's // Output: block, or with -diff\n"
    "output that differs between schedules. It writes the failing schedule to a\n"
    "file and prints the command that replays it.\n"
    "\n"
    "flags:\n"
    "  -strategy S   random (default), pct, or dfs: every schedule with at most\n"
    "                -preemptions preemptions, depth-first, fewest first (one at\n"
    "                a time); when none fails it says all of them pass\n"
    "  -depth d      pct's bug depth: d-1 priority change points (default 3)\n"
    "  -preemptions k  dfs's bound (default 2); a preemption point is a\n"
    "                synchronisation operation or a shared-memory access\n"
    "  -n N          run N schedules (default 1000, or no limit with -time)\n"
    "  -time D       stop after D (10s, 500ms, 2m)\n"
    "  -j J          J schedules at a time (default: the CPU count)\n"
    "  -all          do not stop at a failure: collect every distinct outcome\n"
    "  -diff         output that differs from the first schedule's is a failure\n"
    "  -leaks        a goroutine still blocked at the end is a failure (--leaks)\n"
    "  -expect FILE  output that differs from FILE is a failure\n"
    "  -o FILE       write the failing schedule to FILE (default: the program's\n"
    "                name with .sched)\n"
    "  -seed S       the first schedule's seed (default 1; schedule i has S+i)\n"
    "  -steps N      a schedule that runs N steps ends as a failure (default 20000000)\n"
    "  -noshrink     write the failing schedule as found, without shrinking it\n"
    "                (fewest preemptions, then fewest decisions)\n"
    "  -q            no progress line\n";

static _Noreturn void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "gosh explore: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (run 'gosh explore -h' for usage)\n");
    exit(2);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double parse_duration(const char *s)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0)
        die("-time needs a duration such as 10s, 500ms or 2m, not %s", s);
    if (strcmp(end, "ms") == 0)
        return v / 1000;
    if (strcmp(end, "s") == 0 || *end == '\0')
        return v;
    if (strcmp(end, "m") == 0)
        return v * 60;
    if (strcmp(end, "h") == 0)
        return v * 3600;
    die("-time needs a duration such as 10s, 500ms or 2m, not %s", s);
}

static long long parse_count(const char *flag, const char *v)
{
    if (!v)
        die("%s needs a number", flag);
    char *end;
    long long n = strtoll(v, &end, 10);
    if (*v == '\0' || *end != '\0' || n < 0)
        die("%s needs a number", flag);
    return n;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, r;
    char *buf = malloc(cap);
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The // Output: block of the program's source, as the test runner reads it. */
static char *output_block(const char *text, size_t *len)
{
    const char *p = strstr(text, "\n// Output:");
    if (!p && strncmp(text, "// Output:", 10) == 0)
        p = text - 1;
    if (!p)
        return NULL;
    p = strchr(p + 1, '\n');
    size_t cap = 1024, n = 0;
    char *out = malloc(cap);
    while (p && p[1] == '/' && p[2] == '/') {
        const char *line = p + 3;
        const char *nl = strchr(line, '\n');
        size_t l = nl ? (size_t)(nl - line) : strlen(line);
        if (*line == ' ') {
            line++;
            l--;
        }
        if (l > 0 && line[l - 1] == '\r')
            l--;
        while (n + l + 2 > cap)
            out = realloc(out, cap *= 2);
        memcpy(out + n, line, l);
        n += l;
        out[n++] = '\n';
        p = nl;
    }
    out[n] = '\0';
    *len = n;
    return out;
}

static uint64_t hash_bytes(uint64_t h, const void *data, size_t n)
{
    const unsigned char *s = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ull;
    return h;
}

static GoshSchedule schedule_of(long long index)
{
    /* dfs: one data seed for every run, so a run that replays another's
     * choices meets the same decisions */
    unsigned long long seed = fl.seed + (fl.strategy == STRATEGY_DFS ? 0 : (unsigned long long)index);
    return (GoshSchedule){.strategy = fl.strategy, .seed = seed,
                          .depth = fl.depth, .pct_steps = pct_steps, .max_steps = fl.max_steps,
                          .dfs = dfs, .preemptions = fl.preemptions};
}

static char *slurp_fd(int fd, size_t *len)
{
    off_t size = lseek(fd, 0, SEEK_END);
    char *buf = malloc((size_t)size + 1);
    size_t n = 0;
    while (n < (size_t)size) {
        ssize_t r = pread(fd, buf + n, (size_t)size - n, (off_t)n);
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Starts schedule [s] (number [index]) in a child on [slot]. */
static void start_schedule(Slot *slot, long long index, const GoshSchedule *sched)
{
    if (ftruncate(slot->outfd, 0) != 0 || ftruncate(slot->errfd, 0) != 0)
        die("%s", "cannot reset a memfd");
    fflush(stdout);
    fflush(stderr);
    gosh_fork_prepare();
    pid_t pid = fork();
    if (pid < 0) {
        gosh_fork_parent();
        die("fork: %s", strerror(errno));
    }
    if (pid == 0) {
        gosh_fork_child();
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        signal(SIGQUIT, SIG_DFL);
        int null = open("/dev/null", O_RDONLY);
        if (null >= 0)
            dup2(null, 0);
        lseek(slot->outfd, 0, SEEK_SET);
        lseek(slot->errfd, 0, SEEK_SET);
        dup2(slot->outfd, 1);
        dup2(slot->errfd, 2);
        GoshSchedule s = *sched;
        GoshRunResult r;
        int status = gosh_program_run(prog, &s, &r);
        *slot->shared = r;
        _exit(status < 0 ? 125 : status);
    }
    gosh_fork_parent();
    slot->pid = pid;
    slot->index = index;
}

/* Starts schedule number [index] on [slot], recording it to [record]. */
static void start(Slot *slot, long long index, const char *record)
{
    GoshSchedule s = schedule_of(index);
    s.record = record;
    start_schedule(slot, index, &s);
}

/* Waits for [slot]'s child; fills [run]. */
static void finish(Slot *slot, int wstatus, Run *run)
{
    run->index = slot->index;
    run->r = *slot->shared;
    if (WIFSIGNALED(wstatus)) {
        run->r.end = GOSH_END_EXIT;
        run->r.status = 128 + WTERMSIG(wstatus);
    } else if (WEXITSTATUS(wstatus) == 125) {
        run->r.status = 125;
    }
    run->out = slurp_fd(slot->outfd, &run->outlen);
    run->err = slurp_fd(slot->errfd, &run->errlen);
    slot->pid = 0;
    memset(slot->shared, 0, sizeof *slot->shared);
}

static void first_line(const char *s, char *dst, size_t cap)
{
    /* the first line that says what happened: panic:, fatal error: */
    const char *p = s;
    const char *hit = NULL;
    while (p && *p) {
        if (strncmp(p, "panic: ", 7) == 0 || strncmp(p, "fatal error: ", 13) == 0) {
            hit = p;
            break;
        }
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    if (!hit)
        hit = s;
    size_t n = strcspn(hit, "\n");
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, hit, n);
    dst[n] = '\0';
}

/* What [run] did, in one line, and whether that is a failure. */
static bool describe(const Run *run, char *what, size_t cap)
{
    bool failure = false;
    char line[120];
    first_line(run->err, line, sizeof line);
    switch (run->r.end) {
    case GOSH_END_PANIC:
    case GOSH_END_DEADLOCK:
    case GOSH_END_STEPS:
    case GOSH_END_ALLOC:
        snprintf(what, cap, "%s", line);
        failure = true;
        break;
    default:
        if (run->r.status != 0) {
            snprintf(what, cap, "exit status %d%s%s", run->r.status, *line ? ": " : "", line);
            failure = true;
        } else {
            snprintf(what, cap, "ok");
        }
    }
    if (!failure && expected && (run->outlen != expected_len || memcmp(run->out, expected, expected_len) != 0)) {
        snprintf(what, cap, "output differs from %s", fl.expect_path ? fl.expect_path : "// Output:");
        failure = true;
    }
    if (have_first && !failure && fl.diff &&
        (run->outlen != first_outlen || memcmp(run->out, first_out, first_outlen) != 0)) {
        snprintf(what, cap, "output differs from the first schedule's");
        failure = true;
    }
    return failure;
}

/* Classifies [run]: its outcome (added to the table) and whether it failed. */
static Outcome *classify(Run *run)
{
    char what[160];
    bool failure = describe(run, what, sizeof what);
    if (!have_first) {
        first_out = malloc(run->outlen + 1);
        memcpy(first_out, run->out, run->outlen);
        first_outlen = run->outlen;
        have_first = true;
    }
    uint64_t h = hash_bytes(0xcbf29ce484222325ull, what, strlen(what));
    h = hash_bytes(h, run->out, run->outlen);
    h = hash_bytes(h, &run->r.status, sizeof run->r.status);
    for (int i = 0; i < noutcomes; i++)
        if (outcomes[i].hash == h) {
            outcomes[i].count++;
            if (run->index < outcomes[i].first)
                outcomes[i].first = run->index;
            return &outcomes[i];
        }
    if (noutcomes == MAX_OUTCOMES)
        return &outcomes[MAX_OUTCOMES - 1];
    Outcome *o = &outcomes[noutcomes++];
    o->hash = h;
    o->failure = failure;
    snprintf(o->what, sizeof o->what, "%s", what);
    /* distinct outputs that are not failures: name them by their first line */
    if (!failure && noutcomes > 1) {
        char l[60];
        size_t n = strcspn(run->out, "\n");
        if (n >= sizeof l)
            n = sizeof l - 1;
        memcpy(l, run->out, n);
        l[n] = '\0';
        snprintf(o->what, sizeof o->what, "ok, output \"%s\"%s", l, run->out[n] ? "..." : "");
    }
    o->count = 1;
    o->first = run->index;
    return o;
}

static const char *strategy_flags(char *buf, size_t cap, long long index)
{
    if (fl.strategy == STRATEGY_DFS)
        snprintf(buf, cap, "explore -strategy dfs -preemptions %d, schedule %lld", fl.preemptions, index + 1);
    else if (fl.strategy == STRATEGY_PCT)
        snprintf(buf, cap, "--strategy pct --depth %d --pct-steps %lld --seed %llu", fl.depth, pct_steps,
                 fl.seed + (unsigned long long)index);
    else
        snprintf(buf, cap, "--seed %llu", fl.seed + (unsigned long long)index);
    return buf;
}

static char *default_out(void)
{
    const char *base = prog_path;
    size_t n = strlen(base);
    char *out = malloc(n + 8);
    memcpy(out, base, n + 1);
    char *dot = strrchr(out, '.');
    char *slash = strrchr(out, '/');
    if (dot && (!slash || dot > slash))
        *dot = '\0';
    strcat(out, ".sched");
    return out;
}

/* ---- shrinking ----
 *
 * A schedule's preemptions are its "run G N" lines (the others run until
 * they wait). Shrinking takes the last preemption away: the file up to
 * that line, the line run to the end of its slice, and after it the
 * program goes on without preemptions, oldest runnable goroutine first
 * (replay_prefix). When the run still fails the same way, its recording
 * is the new schedule; otherwise the one before it is tried. Each success
 * removes at least one preemption, and every decision after it that only
 * the old schedule needed. */

typedef struct Sched {
    char **lines;
    int n;
} Sched;

static Sched sched_read(const char *path)
{
    Sched sc = {0};
    size_t len;
    char *text = read_file(path, &len);
    if (!text)
        return sc;
    int cap = 256;
    sc.lines = malloc(sizeof(char *) * (size_t)cap);
    for (char *p = text; *p;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        if (sc.n == cap)
            sc.lines = realloc(sc.lines, sizeof(char *) * (size_t)(cap *= 2));
        sc.lines[sc.n++] = strdup(p);
        if (!nl)
            break;
        p = nl + 1;
    }
    free(text);
    return sc;
}

static void sched_free(Sched *sc)
{
    for (int i = 0; i < sc->n; i++)
        free(sc->lines[i]);
    free(sc->lines);
    *sc = (Sched){0};
}

static bool is_preemption(const char *line)
{
    long long g, k;
    return sscanf(line, "run %lld %lld", &g, &k) == 2;
}

static int count_kind(const Sched *sc, bool preemptions)
{
    int n = 0;
    for (int i = 0; i < sc->n; i++)
        if (preemptions ? is_preemption(sc->lines[i])
                        : strncmp(sc->lines[i], "run ", 4) == 0 || strncmp(sc->lines[i], "select ", 7) == 0)
            n++;
    return n;
}

/* Writes [sc]'s lines before [upto], then line [upto] run to its end. */
static bool sched_write_cut(const Sched *sc, int upto, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    for (int i = 0; i < upto; i++)
        fprintf(f, "%s\n", sc->lines[i]);
    long long g;
    if (sscanf(sc->lines[upto], "run %lld", &g) == 1)
        fprintf(f, "run %lld -\n", g);
    fclose(f);
    return true;
}

/* Runs [replay] (prefix mode) in a child, recording to [record]. */
static void run_replay(Slot *slot, const char *replay, const char *record, Run *out)
{
    GoshSchedule s = schedule_of(0);
    s.strategy = 2;
    s.replay = replay;
    s.replay_prefix = true;
    s.record = record;
    start_schedule(slot, -1, &s);
    int ws;
    waitpid(slot->pid, &ws, 0);
    finish(slot, ws, out);
}

static void shrink(Slot *slot, const char *path, const char *want)
{
    char cut[4096], rec[4096];
    snprintf(cut, sizeof cut, "%s.cut", path);
    snprintf(rec, sizeof rec, "%s.try", path);
    Sched sc = sched_read(path);
    int pre0 = count_kind(&sc, true), dec0 = count_kind(&sc, false);
    int tries = 0;
    int from = sc.n - 1;
    while (tries < 2000) {
        int i = from;
        while (i >= 0 && !is_preemption(sc.lines[i]))
            i--;
        if (i < 0)
            break;
        tries++;
        if (!sched_write_cut(&sc, i, cut))
            break;
        Run r;
        run_replay(slot, cut, rec, &r);
        char what[160];
        bool failed = describe(&r, what, sizeof what);
        free(r.out);
        free(r.err);
        if (failed && strcmp(what, want) == 0) {
            rename(rec, path);
            sched_free(&sc);
            sc = sched_read(path);
            from = sc.n - 1;
        } else {
            from = i - 1;
        }
    }
    unlink(cut);
    unlink(rec);
    int pre1 = count_kind(&sc, true), dec1 = count_kind(&sc, false);
    sched_free(&sc);
    printf("shrunk in %d tries: %d preemptions and %d decisions, from %d and %d\n", tries, pre1, dec1, pre0, dec0);
}

static void report_failure(const Run *run, const Outcome *o, Slot *slot, double elapsed, long long done)
{
    printf("explore: schedule %lld failed after %lld schedules (%.2fs): %s\n", run->index + 1, done, elapsed,
           o->what);
    if (run->errlen) {
        /* the failure as the program printed it, first lines */
        const char *p = run->err;
        for (int i = 0; i < 12 && p && *p; i++) {
            const char *nl = strchr(p, '\n');
            printf("    %.*s\n", (int)(nl ? nl - p : (long)strlen(p)), p);
            p = nl ? nl + 1 : NULL;
        }
        if (p && *p)
            printf("    ...\n");
    }
    const char *out = fl.out_path ? fl.out_path : default_out();
    start(slot, run->index, out);
    int ws;
    waitpid(slot->pid, &ws, 0);
    Run again;
    finish(slot, ws, &again);
    if (again.outlen != run->outlen || memcmp(again.out, run->out, run->outlen) != 0 ||
        again.r.status != run->r.status)
        printf("explore: warning: the recorded run differs from the one explored\n");
    char flags[160];
    if (!fl.no_shrink)
        shrink(slot, out, o->what);
    printf("schedule written to %s (found with %s); replay it with:\n    gosh %s--replay %s %s\n", out,
           strategy_flags(flags, sizeof flags, run->index), fl.leaks ? "--leaks " : "", out, prog_path);
}

static void print_table(long long done, double elapsed)
{
    printf("%lld schedules, %s", done, fl.strategy == STRATEGY_DFS ? "dfs" : fl.strategy == STRATEGY_PCT ? "pct" : "random");
    if (fl.strategy == STRATEGY_PCT)
        printf(" (depth %d, %lld steps)", fl.depth, pct_steps);
    if (fl.strategy == STRATEGY_DFS)
        printf(" (at most %d preemption%s, %lld re-run to reach them)", fl.preemptions, fl.preemptions == 1 ? "" : "s",
               dfs_reruns);
    printf(", %.2fs, %.0f schedules/s\n", elapsed, elapsed > 0 ? (double)done / elapsed : 0.0);
    printf("%10s  %-10s %s\n", "schedules", "first", "outcome");
    for (int i = 0; i < noutcomes; i++) {
        char flags[160];
        printf("%10lld  #%-9lld %s%s  [%s]\n", outcomes[i].count, outcomes[i].first + 1,
               outcomes[i].failure ? "FAIL " : "", outcomes[i].what,
               strategy_flags(flags, sizeof flags, outcomes[i].first));
    }
}

/* -strategy dfs: one schedule at a time, since each follows from the
 * decisions the one before met (runtime/strategy_dfs.c). */
static int explore_dfs(Slot *slot, bool tty, double t0)
{
    dfs = gosh_dfs_new(fl.preemptions);
    long long done = 0, failures = 0;
    double last_progress = t0;
    bool exhausted = false;
    int status = 0;
    for (;;) {
        if ((fl.n && done >= fl.n) || (fl.seconds && now_s() - t0 >= fl.seconds))
            break;
        start(slot, done, NULL);
        int ws;
        waitpid(slot->pid, &ws, 0);
        Run run;
        finish(slot, ws, &run);
        slot->pid = 0;
        bool stop = false;
        if (gosh_dfs_last_is_new(dfs)) {
            done++;
            Outcome *o = classify(&run);
            if (o->failure) {
                failures++;
                if (!fl.all) {
                    if (tty)
                        fprintf(stderr, "\r\033[K");
                    report_failure(&run, o, slot, now_s() - t0, done);
                    status = 1;
                    stop = true;
                }
            }
        } else {
            dfs_reruns++;
        }
        free(run.out);
        free(run.err);
        if (stop)
            break;
        if (tty && now_s() - last_progress > 0.2) {
            last_progress = now_s();
            fprintf(stderr, "\r\033[K%lld schedules (%lld re-run), %d outcomes, %lld failures", done, dfs_reruns,
                    noutcomes, failures);
        }
        if (!gosh_dfs_advance(dfs)) {
            exhausted = true;
            break;
        }
    }
    if (tty)
        fprintf(stderr, "\r\033[K");
    double elapsed = now_s() - t0;
    if (exhausted && failures == 0 && !gosh_dfs_truncated(dfs))
        printf("explore: all %lld schedules with at most %d preemption%s pass\n", done, fl.preemptions,
               fl.preemptions == 1 ? "" : "s");
    else if (exhausted && failures == 0)
        printf("explore: no failure in %lld schedules with at most %d preemptions (not exhaustive: some "
               "runs made more decisions than the search keeps)\n", done, fl.preemptions);
    else if (status == 0 && failures == 0)
        printf("explore: no failure in %lld schedules (the search within %d preemptions was cut short)\n", done,
               fl.preemptions);
    else if (exhausted && fl.all)
        printf("explore: all %lld schedules with at most %d preemptions explored\n", done, fl.preemptions);
    print_table(done, elapsed);
    if (failures && fl.all)
        status = 1;
    return status;
}

static int parse_flags(int argc, char **argv)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (a[0] != '-' || a[1] == '\0')
            break;
        if (a[1] == '-' && a[2] != '\0')
            a++; /* --flag as -flag */
        if (strcmp(a, "--") == 0 || strcmp(a, "-") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0) {
            fputs(usage, stdout);
            exit(0);
        } else if (strcmp(a, "-strategy") == 0) {
            if (v && strcmp(v, "random") == 0)
                fl.strategy = 0;
            else if (v && strcmp(v, "pct") == 0)
                fl.strategy = STRATEGY_PCT;
            else if (v && strcmp(v, "dfs") == 0)
                fl.strategy = STRATEGY_DFS;
            else
                die("-strategy must be random, pct or dfs, not %s", v ? v : "nothing");
            i++;
        } else if (strcmp(a, "-depth") == 0) {
            fl.depth = (int)parse_count(a, v);
            if (fl.depth < 1 || fl.depth > 32)
                die("-depth must be between 1 and 32, not %s", v);
            i++;
        } else if (strcmp(a, "-preemptions") == 0) {
            fl.preemptions = (int)parse_count(a, v);
            i++;
        } else if (strcmp(a, "-n") == 0) {
            fl.n = parse_count(a, v);
            i++;
        } else if (strcmp(a, "-time") == 0) {
            if (!v)
                die("%s needs a duration", a);
            fl.seconds = parse_duration(v);
            i++;
        } else if (strcmp(a, "-j") == 0) {
            fl.jobs = (int)parse_count(a, v);
            if (fl.jobs < 1 || fl.jobs > MAX_JOBS)
                die("-j must be between 1 and 64, not %s", v);
            i++;
        } else if (strcmp(a, "-seed") == 0) {
            fl.seed = (unsigned long long)parse_count(a, v);
            i++;
        } else if (strcmp(a, "-steps") == 0) {
            fl.max_steps = parse_count(a, v);
            i++;
        } else if (strcmp(a, "-expect") == 0) {
            if (!v)
                die("%s needs a FILE", a);
            fl.expect_path = v;
            i++;
        } else if (strcmp(a, "-o") == 0) {
            if (!v)
                die("%s needs a FILE", a);
            fl.out_path = v;
            i++;
        } else if (strcmp(a, "-all") == 0) {
            fl.all = true;
        } else if (strcmp(a, "-diff") == 0) {
            fl.diff = true;
        } else if (strcmp(a, "-leaks") == 0) {
            fl.leaks = true;
        } else if (strcmp(a, "-noshrink") == 0) {
            fl.no_shrink = true;
        } else if (strcmp(a, "-q") == 0) {
            fl.quiet = true;
        } else {
            die("unknown flag %s", argv[i]);
        }
    }
    if (i >= argc)
        die("%s", "needs a program to explore");
    return i;
}

int explore_main(int argc, char **argv)
{
    int i = parse_flags(argc, argv);
    prog_path = argv[i];
    if (!fl.n && !fl.seconds)
        fl.n = 1000;
    if (!fl.jobs) {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        fl.jobs = c > 0 ? (int)(c < MAX_JOBS ? c : MAX_JOBS) : 1;
    }
    GoshOptions opts = {.seeded = true, .seed = (long long)fl.seed, .leaks = fl.leaks};
    gosh_init(argc - i, argv + i, &opts);
    prog = gosh_program_load(prog_path);
    if (!prog)
        return 1;
    if (fl.expect_path) {
        expected = read_file(fl.expect_path, &expected_len);
        if (!expected)
            die("cannot read %s", fl.expect_path);
    } else {
        size_t len;
        expected = output_block(gosh_program_text(prog, &len), &expected_len);
    }
    Slot slots[MAX_JOBS];
    GoshRunResult *shared = mmap(NULL, sizeof(GoshRunResult) * MAX_JOBS, PROT_READ | PROT_WRITE,
                                 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED)
        die("mmap: %s", strerror(errno));
    for (int j = 0; j < fl.jobs; j++) {
        slots[j] = (Slot){.outfd = memfd_create("gosh-explore-out", 0), .errfd = memfd_create("gosh-explore-err", 0),
                          .shared = &shared[j]};
        if (slots[j].outfd < 0 || slots[j].errfd < 0)
            die("memfd_create: %s", strerror(errno));
    }
    bool tty = isatty(2) && !fl.quiet;
    double t0 = now_s(), last_progress = t0;
    long long next = 0, done = 0, failures = 0;
    int running = 0;
    bool stop = false;
    if (fl.strategy == STRATEGY_DFS)
        return explore_dfs(&slots[0], tty, t0);
    if (fl.strategy == STRATEGY_PCT) {
        /* PCT needs the length of a run: measure one (random strategy) */
        int save = fl.strategy;
        fl.strategy = 0;
        pct_steps = 1000;
        start(&slots[0], 0, NULL);
        int ws;
        waitpid(slots[0].pid, &ws, 0);
        Run r;
        finish(&slots[0], ws, &r);
        pct_steps = r.r.steps > 0 ? r.r.steps : 1;
        free(r.out);
        free(r.err);
        fl.strategy = save;
    }
    int status = 0;
    while (!stop || running) {
        while (!stop && running < fl.jobs && (!fl.n || next < fl.n) &&
               (!fl.seconds || now_s() - t0 < fl.seconds)) {
            for (int j = 0; j < fl.jobs; j++)
                if (!slots[j].pid) {
                    start(&slots[j], next++, NULL);
                    running++;
                    break;
                }
        }
        if (!running)
            break;
        int ws;
        pid_t pid = waitpid(-1, &ws, 0);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        Slot *slot = NULL;
        for (int j = 0; j < fl.jobs; j++)
            if (slots[j].pid == pid)
                slot = &slots[j];
        if (!slot)
            continue;
        running--;
        Run run;
        finish(slot, ws, &run);
        done++;
        Outcome *o = classify(&run);
        if (o->failure) {
            failures++;
            if (!fl.all && !stop) {
                stop = true;
                /* let the others finish, then report this one */
                while (running) {
                    pid_t p = waitpid(-1, &ws, 0);
                    for (int j = 0; j < fl.jobs; j++)
                        if (slots[j].pid == p) {
                            Run other;
                            finish(&slots[j], ws, &other);
                            done++;
                            if (classify(&other)->failure)
                                failures++;
                            free(other.out);
                            free(other.err);
                            running--;
                        }
                }
                if (tty)
                    fprintf(stderr, "\r\033[K");
                report_failure(&run, o, slot, now_s() - t0, done);
                status = 1;
            }
        }
        free(run.out);
        free(run.err);
        if (tty && now_s() - last_progress > 0.2) {
            last_progress = now_s();
            double el = last_progress - t0;
            fprintf(stderr, "\r\033[K%lld schedules, %d outcomes, %lld failures, %.0f/s", done, noutcomes, failures,
                    el > 0 ? (double)done / el : 0.0);
        }
        if ((fl.n && next >= fl.n) || (fl.seconds && now_s() - t0 >= fl.seconds))
            stop = true;
    }
    if (tty)
        fprintf(stderr, "\r\033[K");
    double elapsed = now_s() - t0;
    if (status == 0 && failures == 0)
        printf("explore: no failure in %lld schedules\n", done);
    print_table(done, elapsed);
    if (failures && fl.all)
        status = 1;
    return status;
}
