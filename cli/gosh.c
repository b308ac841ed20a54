/* gosh.c: the facade: the only code that sees every folder. */
#include <errno.h>
#include <gc.h>
#include <pthread.h>
#include <string.h>
#include <stdlib.h>
#include "compiler.h"
#include "gosh.h"
#include "lexer.h"
#include "names.h"
#include "parser.h"
#include "runtime.h"
#include "gostd.h"
#include "tracer.h"
#include "race.h"
#include "vm.h"

static GoshOptions options;
static int prog_argc;
static char **prog_argv;

void gosh_init(int argc, char **argv, const GoshOptions *opts)
{
    if (opts)
        options = *opts;
    rt_signals_hold();
    /* first: before gosh opens a descriptor of its own */
    if (opts && opts->sandbox && !stdlib_sandbox_start())
        exit(2);
    prog_argc = argc;
    prog_argv = argv;
    rt_gc_init(opts ? opts->max_memory : 0);
    types_init();
    vm_init();
    RtOptions rt = {0};
    if (opts) {
        rt.procs = opts->procs;
        rt.seeded = opts->seeded;
        rt.seed = (uint64_t)opts->seed;
        static RtStrategyOptions so;
        so = (RtStrategyOptions){.kind = (RtStrategyKind)opts->strategy, .depth = opts->depth,
                                 .pct_steps = opts->pct_steps, .replay = opts->replay,
                                 .record = opts->record, .program = argc > 0 ? argv[0] : NULL};
        if (opts->replay)
            so.kind = RT_STRATEGY_REPLAY;
        if (opts->step) {
            so.kind = RT_STRATEGY_STEP;
            so.step = opts->step;
            rt.seeded = true;
        }
        rt.strategy = &so;
    }
    rt_configure(&rt);
    /* under --seed a goroutine can be switched out at any load or store
     * of shared memory, as in a parallel run, not only at calls and
     * loops: so lost updates show under some seeds */
    vm_set_access_points(opts && (opts->seeded || opts->step));
    rt_report_leaks(opts && opts->leaks);
    rt_signals_init();
    if (opts) {
        RtLimits l = {.timeout_ns = opts->timeout_ns, .timeout_text = opts->timeout_text,
                      .timeout_message = opts->timeout_message,
                      .max_steps = opts->max_steps, .max_steps_text = opts->max_steps_text,
                      .max_goroutines = opts->max_goroutines,
                      .max_goroutines_text = opts->max_goroutines_text,
                      .max_output = (int64_t)opts->max_output, .max_output_text = opts->max_output_text};
        rt_limits_set(&l);
    }
    stdlib_open_all(argc, argv);
}

/* The checker and code generator recurse over the syntax tree. Nesting is
 * capped (2000 brackets, 3000 expression levels), and compiling runs on a
 * thread with a large stack so that those caps, not the C stack, decide
 * (a sanitizer build's frames are several times larger). */
static void on_big_stack(void *(*fn)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)512 << 20);
    if (pthread_create(&t, &attr, fn, arg) != 0)
        fn(arg);
    else
        pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
}

typedef struct CompileJob {
    const Source *src;
    Program *prog;
} CompileJob;

/* A line printed before compile errors (gosh test's "# NAME [NAME.test]"). */
static const char *error_header;

static void *compile_thread(void *arg)
{
    CompileJob *job = arg;
    Diag d;
    diag_init(&d, job->src);
    job->prog = compile_program(job->src, &d);
    if (!job->prog) {
        rt_flush_stdout();
        if (error_header)
            fprintf(stderr, "%s\n", error_header);
        diag_print(&d, stderr);
    }
    return NULL;
}

static Program *compile(const Source *src)
{
    compiler_set_events(options.trace_path != NULL || options.race);
    /* step mode stops at source lines (breakpoints, -stmt) */
    compiler_set_line_events((options.trace_path != NULL && options.trace_lines) || options.step);
    CompileJob job = {src, NULL};
    on_big_stack(compile_thread, &job);
    return job.prog;
}

static const Source *load(const char *path)
{
    char err[512];
    const Source *src = src_from_file(path, err, sizeof err);
    if (!src)
        fprintf(stderr, "gosh: %s\n", err);
    return src;
}

static bool race_on;

/* The detector's state for a goroutine already running is made when it
 * is first seen, with a clock of its own: what ordered it before the
 * detector started is not known, and the shadow memory holds nothing
 * from before, so only accesses from now on are compared. */
static bool start_race_detector(void)
{
    if (!race_enable()) {
        fprintf(stderr, "gosh: --race: cannot start the race detector\n");
        return false;
    }
    vm_set_race(true);
    race_on = true;
    return true;
}

/* Runs a compiled program, traced with --trace. The tracer keeps what
 * its trace will say of the run (a runtime/trace.Start may record one
 * without --trace), so the strings live as long as the run. */
static void (*start_hook)(void);

void gosh_on_start(void (*fn)(void))
{
    start_hook = fn;
}

static int run(const Source *src, Program *p)
{
    if (start_hook)
        start_hook();
    static const char *names[1], *texts[1];
    static size_t lens[1];
    names[0] = src->name;
    texts[0] = src->text;
    lens[0] = src->len;
    rt_add_source(src->name, src->text, src->len);
    TracerOptions t = {
        .path = options.trace_path,
        .program = src->name,
        .argc = prog_argc > 0 ? prog_argc - 1 : 0,
        .argv = prog_argc > 0 ? prog_argv + 1 : NULL,
        .seeded = options.seeded,
        .seed = (uint64_t)options.seed,
        .procs = options.seeded ? 1 : rt_gomaxprocs(0),
        .nsources = 1,
        .source_names = names,
        .source_texts = texts,
        .source_lens = lens,
        .limit = options.trace_limit,
        .html_path = options.trace_html,
    };
    if (options.trace_path && !tracer_start(&t))
        return 2;
    tracer_configure(&t);
    if (options.race && !start_race_detector())
        return 2;
    return vm_run(p);
}

char *gosh_trace_json_path(const char *html_path)
{
    size_t n = strlen(html_path);
    char *json = malloc(n + 6);
    if (!json)
        return NULL;
    memcpy(json, html_path, n + 1);
    if (n > 5 && strcmp(json + n - 5, ".html") == 0)
        json[n - 5] = '\0';
    strcat(json, ".json");
    return json;
}

static void vet_first(const Source *src);

int gosh_run_source(const char *name, const char *text, size_t len)
{
    const Source *src = src_from_string(name, text, len);
    vet_first(src);
    Program *p = compile(src);
    if (!p)
        return 1;
    return run(src, p);
}

int gosh_run_file(const char *path)
{
    const Source *src = load(path);
    if (!src)
        return 1;
    vet_first(src);
    Program *p = compile(src);
    if (!p)
        return 1;
    return run(src, p);
}

/* ---- a package of several files (compiler/multifile.c) ---- */

int gosh_run_files(int n, char **paths, const GoshFileOpt *fopts, const char *extra_name,
                   const char *extra_text, const char *header)
{
    error_header = header;
    const Source **files = GC_MALLOC(sizeof(Source *) * (size_t)(n + 1));
    MultiFileOpt *opts = GC_MALLOC(sizeof(MultiFileOpt) * (size_t)(n + 1));
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (!(files[k] = load(paths[i])))
            return 1;
        rt_add_source(files[k]->name, files[k]->text, files[k]->len);
        if (fopts)
            opts[k] = (MultiFileOpt){fopts[i].hide_main, fopts[i].strip_path, fopts[i].strip_name};
        k++;
    }
    if (extra_text)
        files[k++] = src_from_string(extra_name, extra_text, strlen(extra_text));
    Source *src = multifile_combine(k, files, opts);
    Program *p = compile(src);
    if (!p)
        return 1;
    multifile_remap(p, src);
    return run(src, p);
}

const char *gosh_file_package(const char *path)
{
    const Source *src = load(path);
    return src ? multifile_package(src) : NULL;
}

static int (*exit_hook)(int);
static int (*exit_before)(int);

static int on_exit_filter(int code)
{
    if (exit_before)
        code = exit_before(code);
    rt_flush_stdout();
    return exit_hook(code);
}

void gosh_on_exit(int (*fn)(int code))
{
    exit_hook = fn;
    exit_before = rt_exit_filter;
    rt_exit_filter = on_exit_filter;
}

typedef struct VetJob {
    const Source *src;
    FILE *out;
    int found;
} VetJob;

static void *vet_thread(void *arg)
{
    VetJob *job = arg;
    Diag d;
    diag_init(&d, job->src);
    job->found = vet_program(job->src, &d, job->out);
    if (job->found < 0)
        diag_print(&d, stderr);
    return NULL;
}

/* --vet: the findings go to stderr and the program runs anyway (a
 * student sees the warning and what the program does); a program that
 * does not compile is left to the compile that follows, which reports
 * its errors once. */
static void *vet_first_thread(void *arg)
{
    VetJob *job = arg;
    Diag d;
    diag_init(&d, job->src);
    job->found = vet_program(job->src, &d, job->out);
    return NULL;
}

static void vet_first(const Source *src)
{
    if (!options.vet)
        return;
    VetJob job = {src, stderr, 0};
    on_big_stack(vet_first_thread, &job);
    fflush(stderr);
}

int gosh_vet(int nfiles, char **files, FILE *out)
{
    int status = 0;
    for (int i = 0; i < nfiles; i++) {
        const Source *src = load(files[i]);
        if (!src) {
            status = 1;
            continue;
        }
        VetJob job = {src, out, 0};
        on_big_stack(vet_thread, &job);
        if (job.found < 0)
            status = status ? status : 1;
        else if (job.found > 0)
            status = 2; /* as go vet exits when it reports */
    }
    return status;
}

int gosh_disasm(const char *path, FILE *out)
{
    const Source *src = load(path);
    if (!src)
        return 1;
    Program *p = compile(src);
    if (!p)
        return 1;
    for (int i = 0; i < p->nfuncs; i++) {
        if (!p->funcs[i]->code)
            continue;
        vm_disasm(p->funcs[i], src, out);
        fputc('\n', out);
    }
    return 0;
}

int gosh_dump_ast(const char *path, FILE *out)
{
    const Source *src = load(path);
    if (!src)
        return 1;
    Diag d;
    diag_init(&d, src);
    Node *file = parse_file(src, &d);
    if (diag_has_errors(&d)) {
        diag_print(&d, stderr);
        return 1;
    }
    ast_dump(file, out);
    return 0;
}

/* ---- running one compiled program many times ---- */

struct GoshProgram {
    const Source *src;
    Program *prog;
};

GoshProgram *gosh_program_load(const char *path)
{
    const Source *src = load(path);
    if (!src)
        return NULL;
    Program *p = compile(src);
    if (!p)
        return NULL;
    GoshProgram *gp = GC_MALLOC_UNCOLLECTABLE(sizeof *gp);
    gp->src = src;
    gp->prog = p;
    return gp;
}

const char *gosh_program_text(const GoshProgram *p, size_t *len)
{
    *len = p->src->len;
    return p->src->text;
}

int gosh_program_run(GoshProgram *p, const GoshSchedule *s, GoshRunResult *r)
{
    static RtStrategyOptions so;
    so = (RtStrategyOptions){.kind = (RtStrategyKind)s->strategy, .depth = s->depth,
                             .pct_steps = s->pct_steps, .replay = s->replay,
                             .replay_prefix = s->replay_prefix, .record = s->record,
                             .program = p->src->name, .dfs = s->dfs, .preemptions = s->preemptions};
    RtRunOptions o = {.seed = s->seed, .strategy = &so, .max_steps = s->max_steps};
    RtRunResult rr;
    int status = vm_run_program(p->prog, &o, &rr);
    if (r) {
        r->end = (GoshEnd)rr.end;
        r->status = rr.status;
        r->steps = rr.steps;
    }
    return status;
}

GoshDfs *gosh_dfs_new(int preemptions)
{
    return rt_dfs_new(preemptions);
}

bool gosh_dfs_last_is_new(const GoshDfs *d)
{
    return rt_dfs_last_is_new(d);
}

bool gosh_dfs_advance(GoshDfs *d)
{
    return rt_dfs_advance(d);
}

bool gosh_dfs_truncated(const GoshDfs *d)
{
    return rt_dfs_truncated(d);
}

void gosh_fork_prepare(void)
{
    GC_atfork_prepare();
}

void gosh_fork_parent(void)
{
    GC_atfork_parent();
}

void gosh_fork_child(void)
{
    GC_atfork_child();
    rt_output_unattended();
    rt_signals_reset_in_child();
}

/* ---- REPL sessions ---- */

struct GoshSession {
    Session *s;
    int entries;
    /* every entry's source (and :load's files), for the traces :trace
     * records: their lines name channels and fill the page's source panel */
    const char **src_names, **src_texts;
    size_t *src_lens;
    int nsrc, srccap;
    /* :trace on FILE: the JSON being recorded and the page to make of it
     * (NULL: not tracing; no page) */
    char *trace_json, *trace_html;
};

int gosh_stdlib_doc(FILE *out)
{
    return stdlib_doc(out);
}

const char *gosh_version(void)
{
    return GOSH_VERSION;
}

GoshSession *gosh_session_new(void)
{
    static bool started;
    if (!started) {
        rt_start_session();
        started = true;
    }
    GoshSession *gs = GC_MALLOC_UNCOLLECTABLE(sizeof *gs);
    /* the standard packages say what their locks and WaitGroups do, for
     * a :trace that may start at any entry (costing a native call that
     * returns at once while nothing records) */
    compiler_set_events(true);
    if (options.race && !race_on && !start_race_detector())
        return NULL;
    if (race_on)
        race_order_outside();
    Diag d;
    diag_init(&d, NULL);
    gs->s = session_new(&d);
    session_set_show(gs->s, stdlib_repl_show());
    return gs;
}

void gosh_session_reset(GoshSession *gs)
{
    Diag d;
    diag_init(&d, NULL);
    gs->s = session_new(&d);
    session_set_show(gs->s, stdlib_repl_show());
}

bool gosh_session_incomplete(const char *text, size_t len)
{
    const Source *src = src_from_string("<stdin>", text, len);
    Diag d;
    diag_init(&d, src);
    parse_file(src, &d);
    return d.incomplete;
}

bool gosh_session_syntax_error(const char *text, size_t len)
{
    const Source *src = src_from_string("<stdin>", text, len);
    Diag d;
    diag_init(&d, src);
    parse_file(src, &d);
    return d.syntax && !d.incomplete;
}

bool gosh_session_open_brackets(const char *text, size_t len)
{
    const Source *src = src_from_string("<stdin>", text, len);
    Diag d;
    diag_init(&d, src);
    Lexer lx;
    lex_init(&lx, src, &d);
    int paren = 0, brack = 0, brace = 0;
    for (Token t = lex_next(&lx); t.kind != T_EOF; t = lex_next(&lx)) {
        paren += (t.kind == T_LPAREN) - (t.kind == T_RPAREN);
        brack += (t.kind == T_LBRACK) - (t.kind == T_RBRACK);
        brace += (t.kind == T_LBRACE) - (t.kind == T_RBRACE);
    }
    return paren > 0 || brack > 0 || brace > 0;
}

typedef struct EntryJob {
    Session *s;
    const Source *src;
    Diag d;
    Proto *entry;
    Type *type;
    char cval[512];     /* :type of an untyped constant: its value */
    bool type_only;
    bool run_main;
} EntryJob;

static void *entry_thread(void *arg)
{
    EntryJob *job = arg;
    diag_init(&job->d, job->src);
    if (job->type_only)
        job->type = session_type_of(job->s, job->src, &job->d, job->cval, sizeof job->cval);
    else
        job->entry = session_compile(job->s, job->src, &job->d, job->run_main);
    return NULL;
}

/* Runs a compiled entry as the foreground goroutine. */
static GoshEntry run_entry(Proto *entry)
{
    G *g = vm_new_goroutine(entry->closure);
    FgResult r = rt_run_foreground(g);
    rt_flush_stdout();
    switch (r) {
    case FG_DONE:
        return GOSH_ENTRY_DONE;
    case FG_INTERRUPTED:
        fprintf(stderr, "interrupted\n");
        return GOSH_ENTRY_ERROR;
    default:
        return GOSH_ENTRY_ERROR;
    }
}

/* Keeps [src] for traces, and tells the tracer. */
static void add_source(GoshSession *gs, const Source *src)
{
    if (gs->nsrc == gs->srccap) {
        /* new arrays, so that a trace being written keeps its old ones */
        int cap = gs->srccap ? gs->srccap * 2 : 16;
        const char **names = GC_MALLOC(sizeof(char *) * (size_t)cap);
        const char **texts = GC_MALLOC(sizeof(char *) * (size_t)cap);
        size_t *lens = GC_MALLOC_ATOMIC(sizeof(size_t) * (size_t)cap);
        for (int i = 0; i < gs->nsrc; i++) {
            names[i] = gs->src_names[i];
            texts[i] = gs->src_texts[i];
            lens[i] = gs->src_lens[i];
        }
        gs->src_names = names;
        gs->src_texts = texts;
        gs->src_lens = lens;
        gs->srccap = cap;
    }
    /* the deadlock explanation's names come from the source lines */
    rt_add_source(src->name, src->text, src->len);
    gs->src_names[gs->nsrc] = src->name;
    gs->src_texts[gs->nsrc] = src->text;
    gs->src_lens[gs->nsrc] = src->len;
    gs->nsrc++;
    tracer_set_sources(gs->nsrc, gs->src_names, gs->src_texts, gs->src_lens);
}

static GoshEntry eval(GoshSession *gs, const Source *src, bool run_main)
{
    add_source(gs, src);
    EntryJob *job = GC_MALLOC_UNCOLLECTABLE(sizeof *job);
    job->s = gs->s;
    job->src = src;
    job->run_main = run_main;
    on_big_stack(entry_thread, job);
    Proto *entry = job->entry;
    if (!entry)
        diag_print_caret(&job->d, stderr);
    GC_FREE(job);
    return entry ? run_entry(entry) : GOSH_ENTRY_ERROR;
}

GoshEntry gosh_session_eval(GoshSession *gs, const char *text, size_t len)
{
    char name[64];
    snprintf(name, sizeof name, "<entry %d>", ++gs->entries);
    return eval(gs, src_from_string(name, text, len), false);
}

void gosh_session_type(GoshSession *gs, const char *expr)
{
    EntryJob *job = GC_MALLOC_UNCOLLECTABLE(sizeof *job);
    job->s = gs->s;
    job->src = src_from_string("<type>", expr, strlen(expr));
    job->type_only = true;
    on_big_stack(entry_thread, job);
    if (!job->type) {
        diag_print_caret(&job->d, stderr);
    } else {
        char buf[512];
        type_string(job->type, false, buf, sizeof buf);
        if (job->cval[0])
            printf("%s constant %s\n", buf, job->cval);
        else
            printf("%s\n", buf);
    }
    GC_FREE(job);
}

void gosh_session_disasm(GoshSession *gs, const char *name)
{
    const Proto *p = session_func(gs->s, name);
    if (!p) {
        fprintf(stderr, "no function %s in this session\n", name);
        return;
    }
    vm_disasm(p, NULL, stdout);
}

int gosh_session_load(GoshSession *gs, const char *path)
{
    const Source *src = load(path);
    if (!src)
        return 1;
    return eval(gs, src, true) == GOSH_ENTRY_DONE ? 0 : 1;
}

/* Go's header and stack, a function literal named by where it was
 * written, and why it waits in the deadlock explanation's words */
static void print_g(G *g, void *arg)
{
    int *n = arg;
    if (g->status == G_DEAD)
        return;
    const char *state = g->status == G_RUNNING ? "running"
                      : g->status == G_RUNNABLE ? "runnable"
                      : g->wait_reason ? g->wait_reason : "waiting";
    printf("\ngoroutine %lld [%s]:\n", (long long)g->id, state);
    rt_explain_wait(g, stdout);
    vm_traceback_named(g, stdout);
    ++*n;
}

void gosh_session_goroutines(void)
{
    int n = 0;
    rt_each_g(print_g, &n);
    if (n == 0)
        printf("no goroutines\n");
    fflush(stdout);
}

void gosh_session_doc(GoshSession *gs, const char *name)
{
    session_doc(gs->s, name, stdout);
}

void gosh_session_complete(GoshSession *gs, const char *prefix,
                           void (*fn)(const char *name, void *arg), void *arg)
{
    session_names(gs->s, prefix, fn, arg);
}

/* ---- :trace ---- */

/* Whether [path] can be written; one line on stderr when not. */
static bool creatable(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, ":trace on: cannot create %s: %s\n", path, strerror(errno));
        return false;
    }
    fclose(f);
    return true;
}

static char *gc_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = GC_MALLOC_ATOMIC(n);
    memcpy(copy, s, n);
    return copy;
}

bool gosh_session_trace_on(GoshSession *gs, const char *path)
{
    if (gs->trace_json) {
        fprintf(stderr, ":trace on: already tracing to %s (:trace off first)\n",
                gs->trace_html ? gs->trace_html : gs->trace_json);
        return false;
    }
    if (tracer_recording()) {
        fprintf(stderr, ":trace on: runtime/trace.Start is recording a trace already\n");
        return false;
    }
    size_t n = strlen(path);
    bool page = n > 5 && strcmp(path + n - 5, ".html") == 0;
    char *json = page ? gosh_trace_json_path(path) : NULL;
    if (page && !json)
        return false;
    char *json_gc = gc_strdup(page ? json : path);
    free(json);
    if (!creatable(json_gc) || (page && !creatable(path)))
        return false;
    TracerOptions t = {
        .path = json_gc,
        .program = "REPL",
        .seeded = options.seeded,
        .seed = (uint64_t)options.seed,
        .procs = options.seeded ? 1 : rt_gomaxprocs(0),
        .nsources = gs->nsrc,
        .source_names = gs->src_names,
        .source_texts = gs->src_texts,
        .source_lens = gs->src_lens,
        .html_path = page ? gc_strdup(path) : NULL,
        .stop_reason = ":trace off",
    };
    if (!tracer_start(&t))
        return false;
    gs->trace_json = json_gc;
    gs->trace_html = (char *)t.html_path;
    return true;
}

bool gosh_session_trace_off(GoshSession *gs)
{
    if (!gs->trace_json) {
        fprintf(stderr, ":trace off: tracing is not on\n");
        return false;
    }
    int64_t events = 0;
    const char *path = tracer_stop(&events);
    const char *json = gs->trace_json, *html = gs->trace_html;
    gs->trace_json = gs->trace_html = NULL;
    if (!path)
        return false; /* the tracer said why */
    const char *plural = events == 1 ? "" : "s";
    if (html)
        printf("trace: %lld event%s written to %s, its timeline page to %s\n", (long long)events, plural,
               json, html);
    else
        printf("trace: %lld event%s written to %s\n", (long long)events, plural, json);
    return true;
}

bool gosh_session_race_on(GoshSession *gs)
{
    (void)gs;
    if (race_on) {
        fprintf(stderr, ":race on: the race detector is on already (for the rest of the session)\n");
        return false;
    }
    if (!start_race_detector())
        return false;
    race_order_outside();
    return true;
}

int gosh_session_races(GoshSession *gs)
{
    (void)gs;
    return race_on ? race_count() : -1;
}

const char *gosh_session_trace_file(GoshSession *gs)
{
    return gs->trace_html ? gs->trace_html : gs->trace_json;
}
