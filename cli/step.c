/* step.c: gosh step, the terminal side of step mode.
 *
 * The program runs in deterministic mode under the step strategy
 * (runtime/strategy_step.c), which asks choose() below at every decision:
 * after each synchronisation operation, wait or goroutine end (and with
 * -stmt after each source line begins). choose() lists the goroutines
 * and reads commands until one says who moves next.
 *
 * The listing and prompt go to stderr, commands come from stdin, read a
 * byte at a time so that a program reading stdin too gets the rest; the
 * program's stdout is only flushed before each stop, never written to.
 * At end of input the run continues to its end without stopping again.
 * Source lines are stopped at through the event stream (EV_LINE): a
 * breakpoint or -stmt ends the running slice at its next point, which a
 * schedule file's count of points replays without line events. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "event.h"
#include "gosh.h"
#include "runtime.h"
#include "step.h"
#include "strategy.h"

enum { MAX_BREAKS = 64, MAX_FRAMES = 32 };

typedef struct Breakpoint {
    char file[256];     /* base name; "" matches the program's file */
    int line;
} Breakpoint;

static struct {
    const char *path;       /* the program */
    char **lines;           /* its source, for showing lines */
    int nlines;
    bool stmt;              /* -stmt: stop at every source line */
    bool running_free;      /* c: no stops but breakpoints */
    bool input_ended;
    bool echo;              /* commands do not come from a terminal */
    Breakpoint breaks[MAX_BREAKS];
    int nbreaks;
    int hit;                /* the breakpoint just reached, 1-based; 0 none */
    int64_t hit_g;
    char last[160];         /* how the last move ended, said at the next stop */
    int64_t stops;
} ui;

static const char help[] =
    "commands:\n"
    "  N           run goroutine N to its next synchronisation point\n"
    "  Enter, n    next: the seed's random strategy picks who runs\n"
    "  c           continue to the end (or to a breakpoint)\n"
    "  b LINE      breakpoint at LINE of the program (b FILE:LINE also);\n"
    "              b alone lists them, d N deletes breakpoint N\n"
    "  g, l        list the goroutines again\n"
    "  save FILE   write the schedule so far (gosh --replay FILE PROGRAM\n"
    "              replays it); FILE gets the rest too when the run ends\n"
    "  q           quit (exit status 1)\n"
    "  h, ?        this help\n";

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void load_lines(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char buf[4096];
    int cap = 0;
    while (fgets(buf, sizeof buf, f)) {
        size_t n = strcspn(buf, "\r\n");
        buf[n] = '\0';
        if (ui.nlines == cap) {
            cap = cap ? cap * 2 : 256;
            char **grown = realloc(ui.lines, sizeof(char *) * (size_t)cap);
            if (!grown)
                break;
            ui.lines = grown;
        }
        ui.lines[ui.nlines++] = strdup(buf);
    }
    fclose(f);
}

static const char *source_line(const char *file, int line)
{
    if (!file || strcmp(base_name(file), base_name(ui.path)) != 0 || line < 1 || line > ui.nlines ||
        !ui.lines[line - 1])
        return "";
    const char *text = ui.lines[line - 1];
    while (*text == ' ' || *text == '\t')
        text++;
    return text;
}

/* The frame to show of [g]: the innermost in the program's own file (a
 * goroutine waiting in Mutex.Lock is shown at its mu.Lock() line). */
static bool where(const G *g, RtFrameInfo *out)
{
    RtFrameInfo fr[MAX_FRAMES];
    int n = rt_locate(g, fr, MAX_FRAMES);
    for (int i = 0; i < n; i++)
        if (fr[i].file && strcmp(base_name(fr[i].file), base_name(ui.path)) == 0) {
            *out = fr[i];
            return true;
        }
    if (n > 0) {
        *out = fr[0];
        return true;
    }
    /* not started: the function it will run */
    RtFrameInfo go_stmt;
    rt_origin(g, out, &go_stmt);
    return out->func != NULL;
}

static void state_of(const G *g, char *buf, size_t len)
{
    switch (g->status) {
    case G_RUNNING: snprintf(buf, len, "running"); break;
    case G_RUNNABLE: snprintf(buf, len, "runnable"); break;
    case G_WAITING: snprintf(buf, len, "waiting: %s", g->wait_reason ? g->wait_reason : "?"); break;
    default: snprintf(buf, len, "ended"); break;
    }
}

/* The line column fits the program's file:line, for lines up to 9999. */
static int pos_width(void)
{
    return (int)strlen(base_name(ui.path)) + 6;
}

static void list_one(G *g, void *arg)
{
    (void)arg;
    if (g->status == G_DEAD)
        return;
    char state[64], pos[300] = "?";
    state_of(g, state, sizeof state);
    RtFrameInfo fi = {0};
    const char *text = "";
    if (where(g, &fi)) {
        snprintf(pos, sizeof pos, "%s:%d", base_name(fi.file ? fi.file : "?"), fi.line);
        text = source_line(fi.file, fi.line);
    }
    fprintf(stderr, "  %3lld  %-22s %-18s %-*s %s\n", (long long)g->id, state, fi.func ? fi.func : "?", pos_width(), pos,
            text);
}

static void list_all(G *const *cands, int n)
{
    fprintf(stderr, "  %3s  %-22s %-18s %-*s %s\n", "id", "state", "function", pos_width(), "line", "source");
    rt_each_g(list_one, NULL);
    fprintf(stderr, "runnable:");
    for (int i = 0; i < n; i++)
        fprintf(stderr, " %lld", (long long)cands[i]->id);
    fprintf(stderr, "\n");
}

/* Reads one line of input into [buf]; false at end of input. */
static bool read_command(char *buf, size_t cap)
{
    size_t n = 0;
    for (;;) {
        char c;
        ssize_t r = read(0, &c, 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            if (n == 0)
                return false;
            break;
        }
        if (c == '\n')
            break;
        if (n + 1 < cap)
            buf[n++] = c;
    }
    buf[n] = '\0';
    /* trim both ends */
    while (n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    size_t lead = strspn(buf, " \t");
    memmove(buf, buf + lead, n - lead + 1);
    if (ui.echo)
        fprintf(stderr, "%s\n", buf);
    return true;
}

/* What a goroutine asked for by number is doing, for "cannot run". */
typedef struct Look {
    int64_t id;
    bool found;
    char state[64];
} Look;

static void look_one(G *g, void *arg)
{
    Look *look = arg;
    if (g->id != look->id || g->status == G_DEAD)
        return;
    look->found = true;
    state_of(g, look->state, sizeof look->state);
}

static void say_why_not(int64_t id)
{
    Look look = {.id = id};
    rt_each_g(look_one, &look);
    if (!look.found)
        fprintf(stderr, "there is no goroutine %lld (it has ended, or never started)\n", (long long)id);
    else if (strncmp(look.state, "waiting", 7) == 0)
        fprintf(stderr, "goroutine %lld cannot run: it waits (%s)\n", (long long)id, look.state + 9);
    else
        fprintf(stderr, "goroutine %lld cannot run now (%s)\n", (long long)id, look.state);
}

static bool parse_number(const char *s, long long *out)
{
    char *end;
    if (!*s)
        return false;
    errno = 0;
    *out = strtoll(s, &end, 10);
    return *end == '\0' && errno == 0;
}

/* b FILE:LINE or b LINE (b alone lists them). */
static void add_breakpoint(const char *arg)
{
    if (!*arg) {
        if (ui.nbreaks == 0)
            fprintf(stderr, "no breakpoints\n");
        for (int i = 0; i < ui.nbreaks; i++)
            if (ui.breaks[i].line)
                fprintf(stderr, "breakpoint %d at %s:%d\n", i + 1,
                        ui.breaks[i].file[0] ? ui.breaks[i].file : base_name(ui.path), ui.breaks[i].line);
        return;
    }
    Breakpoint b = {.line = 0};
    const char *colon = strrchr(arg, ':');
    const char *num = colon ? colon + 1 : arg;
    long long line;
    if (!parse_number(num, &line) || line < 1) {
        fprintf(stderr, "b needs a line: b LINE or b FILE:LINE, not '%s'\n", arg);
        return;
    }
    if (colon) {
        size_t n = (size_t)(colon - arg);
        if (n == 0 || n >= sizeof b.file) {
            fprintf(stderr, "b needs a line: b LINE or b FILE:LINE, not '%s'\n", arg);
            return;
        }
        memcpy(b.file, arg, n);
        b.file[n] = '\0';
        memmove(b.file, base_name(b.file), strlen(base_name(b.file)) + 1);
        if (strcmp(b.file, base_name(ui.path)) == 0)
            b.file[0] = '\0';
    }
    if (!b.file[0] && line > ui.nlines) {
        fprintf(stderr, "%s has %d lines: no line %lld\n", base_name(ui.path), ui.nlines, line);
        return;
    }
    if (ui.nbreaks == MAX_BREAKS) {
        fprintf(stderr, "no room for more than %d breakpoints\n", MAX_BREAKS);
        return;
    }
    b.line = (int)line;
    ui.breaks[ui.nbreaks++] = b;
    const char *file = b.file[0] ? b.file : base_name(ui.path);
    fprintf(stderr, "breakpoint %d at %s:%d  %s\n", ui.nbreaks, file, b.line,
            b.file[0] ? "" : source_line(ui.path, b.line));
}

static void delete_breakpoint(const char *arg)
{
    long long k;
    if (!parse_number(arg, &k) || k < 1 || k > ui.nbreaks || !ui.breaks[k - 1].line) {
        fprintf(stderr, "d needs a breakpoint's number (b lists them), not '%s'\n", arg);
        return;
    }
    ui.breaks[k - 1].line = 0; /* numbers stay those the user was told */
    fprintf(stderr, "breakpoint %lld deleted\n", k);
}

static void save(const char *arg)
{
    if (!*arg) {
        fprintf(stderr, "save needs a FILE to write\n");
        return;
    }
    if (strat_save(arg))
        fprintf(stderr, "schedule saved to %s; replay it with: gosh --replay %s %s\n", arg, arg, ui.path);
}

static _Noreturn void quit(void)
{
    fprintf(stderr, "quit\n");
    ui.input_ended = true; /* no last prompt */
    rt_exit(1);
}

/* A stop: says how the last move ended and what hit, lists the
 * goroutines, and reads commands until one names who runs next. */
static int choose(void *ctx, G *const *cands, int n)
{
    (void)ctx;
    if (ui.input_ended || (ui.running_free && !ui.hit))
        return RT_STEP_RANDOM;
    /* nothing to choose before main starts: the first stop is at its
     * first synchronisation point (or line, with -stmt) */
    if (ui.stops == 0 && n == 1 && cands[0]->is_main && rt_locate(cands[0], &(RtFrameInfo){0}, 1) == 0)
        return 0;
    rt_flush_stdout();
    ui.stops++;
    if (ui.last[0])
        fprintf(stderr, "%s\n", ui.last);
    ui.last[0] = '\0';
    if (ui.hit) {
        Breakpoint *b = &ui.breaks[ui.hit - 1];
        fprintf(stderr, "breakpoint %d: goroutine %lld at %s:%d\n", ui.hit, (long long)ui.hit_g,
                b->file[0] ? b->file : base_name(ui.path), b->line);
        ui.hit = 0;
        ui.running_free = false;
    }
    list_all(cands, n);
    char cmd[1024];
    for (;;) {
        fprintf(stderr, "step %lld> ", (long long)ui.stops);
        fflush(stderr);
        if (!read_command(cmd, sizeof cmd)) {
            fprintf(stderr, "\n(end of input: running to the end)\n");
            ui.input_ended = true;
            return RT_STEP_RANDOM;
        }
        long long id;
        if (cmd[0] == '\0' || strcmp(cmd, "n") == 0)
            return RT_STEP_RANDOM;
        if (parse_number(cmd, &id)) {
            for (int i = 0; i < n; i++)
                if (cands[i]->id == id)
                    return i;
            say_why_not(id);
        } else if (strcmp(cmd, "c") == 0) {
            ui.running_free = true;
            return RT_STEP_RANDOM;
        } else if (strcmp(cmd, "b") == 0 || strncmp(cmd, "b ", 2) == 0) {
            add_breakpoint(cmd[1] ? cmd + 2 + strspn(cmd + 2, " ") : "");
        } else if (strncmp(cmd, "d ", 2) == 0) {
            delete_breakpoint(cmd + 2 + strspn(cmd + 2, " "));
        } else if (strcmp(cmd, "g") == 0 || strcmp(cmd, "l") == 0) {
            list_all(cands, n);
        } else if (strcmp(cmd, "save") == 0 || strncmp(cmd, "save ", 5) == 0) {
            save(cmd[4] ? cmd + 5 + strspn(cmd + 5, " ") : "");
        } else if (strcmp(cmd, "q") == 0) {
            quit();
        } else if (strcmp(cmd, "h") == 0 || strcmp(cmd, "?") == 0) {
            fputs(help, stderr);
        } else {
            fprintf(stderr, "unknown command '%s' (h for help)\n", cmd);
        }
    }
}

static void stopped(void *ctx, G *g, int how)
{
    (void)ctx;
    if (ui.input_ended || ui.running_free)
        return;
    RtFrameInfo fi;
    switch ((StratEnd)how) {
    case STRAT_END_PARK:
        snprintf(ui.last, sizeof ui.last, "goroutine %lld ran and waits: %s", (long long)g->id,
                 g->wait_reason ? g->wait_reason : "?");
        break;
    case STRAT_END_DONE:
        snprintf(ui.last, sizeof ui.last, "goroutine %lld ran and ended", (long long)g->id);
        break;
    case STRAT_END_YIELD:
        snprintf(ui.last, sizeof ui.last, "goroutine %lld ran and yielded", (long long)g->id);
        break;
    case STRAT_END_PREEMPTED:
        if (where(g, &fi) && fi.file)
            snprintf(ui.last, sizeof ui.last, "goroutine %lld ran to %s:%d", (long long)g->id, base_name(fi.file),
                     fi.line);
        else
            snprintf(ui.last, sizeof ui.last, "goroutine %lld ran", (long long)g->id);
        break;
    }
}

/* The program has ended: its status, and a last prompt for save. */
static void finish(void *ctx, int status)
{
    (void)ctx;
    fprintf(stderr, "the program ended: exit status %d\n", status);
    if (ui.input_ended)
        return;
    char cmd[1024];
    for (;;) {
        fprintf(stderr, "step (ended; save FILE, or Enter to leave)> ");
        fflush(stderr);
        if (!read_command(cmd, sizeof cmd) || cmd[0] == '\0' || strcmp(cmd, "q") == 0)
            return;
        if (strcmp(cmd, "save") == 0 || strncmp(cmd, "save ", 5) == 0)
            save(cmd[4] ? cmd + 5 + strspn(cmd + 5, " ") : "");
        else if (strcmp(cmd, "h") == 0 || strcmp(cmd, "?") == 0)
            fprintf(stderr, "save FILE writes the whole run's schedule; Enter or q leaves\n");
        else
            fprintf(stderr, "the program has ended: save FILE, or Enter to leave\n");
    }
}

static bool breakpoint_at(const RtFrameInfo *fi)
{
    for (int i = 0; i < ui.nbreaks; i++) {
        const Breakpoint *b = &ui.breaks[i];
        if (b->line == fi->line && fi->file &&
            strcmp(base_name(fi->file), b->file[0] ? b->file : base_name(ui.path)) == 0) {
            ui.hit = i + 1;
            return true;
        }
    }
    return false;
}

/* A source line begins: with -stmt, or at a breakpoint, the slice ends
 * at the line's first point. */
static void on_event(const Event *e, void *ctx)
{
    (void)ctx;
    if (e->kind != EV_LINE || ui.input_ended || !e->gp)
        return;
    bool stop_stmt = ui.stmt && !ui.running_free;
    if (!stop_stmt && ui.nbreaks == 0)
        return;
    RtFrameInfo fi;
    if (rt_locate(e->gp, &fi, 1) != 1)
        return;
    if (breakpoint_at(&fi)) {
        ui.hit_g = e->g;
        rt_end_slice_soon();
    } else if (stop_stmt) {
        rt_end_slice_soon();
    }
}

static const char usage[] =
    "usage: gosh step [flags] FILE [args...]\n"
    "\n"
    "Runs FILE in deterministic mode one synchronisation point at a time\n"
    "(a channel send, receive or close, select, Mutex, RWMutex, WaitGroup\n"
    "or Cond operation, a go statement, time.Sleep, a goroutine's end). At\n"
    "each stop every goroutine is listed with its state and source line,\n"
    "and you choose which runs next. The listing and prompt go to stderr,\n"
    "commands come from stdin; at end of input the run goes on to its end.\n"
    "\n"
    "flags:\n"
    "  -seed S   the seed of the random choices (Enter, n, c, select cases;\n"
    "            default 1)\n"
    "  -stmt     also stop at every source line of the program\n"
    "  -h        this help\n"
    "\n";

int step_main(int argc, char **argv)
{
    long long seed = 1;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0')
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-')
            a++; /* --seed as -seed */
        if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0) {
            fputs(usage, stdout);
            fputs(help, stdout);
            return 0;
        } else if (strcmp(a, "-stmt") == 0) {
            ui.stmt = true;
        } else if (strcmp(a, "-seed") == 0 || strncmp(a, "-seed=", 6) == 0) {
            const char *v = a[5] == '=' ? a + 6 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v || !parse_number(v, &seed)) {
                fprintf(stderr, "gosh step: -seed needs a number (gosh step -h for help)\n");
                return 2;
            }
        } else {
            fprintf(stderr, "gosh step: unknown flag %s (gosh step -h for help)\n", argv[i]);
            return 2;
        }
    }
    if (i >= argc) {
        fprintf(stderr, "gosh step: no program to run (gosh step -h for help)\n");
        return 2;
    }
    ui.path = argv[i];
    ui.echo = !isatty(0);
    load_lines(ui.path);
    static const RtStepUi step_ui = {.choose = choose, .stopped = stopped, .finish = finish};
    GoshOptions opts = {.seeded = true, .seed = seed, .step = &step_ui};
    gosh_init(argc - i, argv + i, &opts);
    rt_events_attach(on_event, NULL);
    return gosh_run_file(ui.path);
}
