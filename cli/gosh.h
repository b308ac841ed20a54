/* gosh.h: the one facade over every folder, used by main and the REPL. */
#ifndef GOSH_GOSH_H
#define GOSH_GOSH_H

#include <stdbool.h>
#include <stdio.h>

typedef struct GoshOptions {
    int procs;          /* 0: the number of CPUs */
    long long seed;
    bool seeded;
    bool dump_ast;
    /* --max-memory: the most bytes the heap may hold; 0: no limit */
    unsigned long long max_memory;
    /* --trace FILE: write the run's trace there (docs/trace-format.md),
     * keeping the last trace_limit events when that is not 0 */
    const char *trace_path;
    long long trace_limit;
    /* --trace-html FILE: also the timeline page (the JSON goes to
     * trace_path, or FILE with .json for .html when none is given) */
    const char *trace_html;
    /* --trace-lines: a slice per source line executed */
    bool trace_lines;
    /* deterministic mode's strategy: --strategy random|pct, --depth,
     * --pct-steps, --replay FILE (implies deterministic mode), --record
     * FILE (writes the decisions made) */
    int strategy;           /* RtStrategyKind */
    int depth;
    long long pct_steps;
    const char *replay;
    const char *record;
    /* --race: the data-race detector (race/race.h) */
    bool race;
    /* --leaks: goroutines still blocked at exit are listed, status 3 */
    bool leaks;
    /* --vet: gosh vet's findings on stderr before the program runs */
    bool vet;
    /* grading limits (runtime.h's RtLimits): --timeout D, --max-steps N,
     * --max-goroutines N, --max-output SIZE, each 0 when off, with the
     * values as written, for the message that ends the program */
    long long timeout_ns;
    const char *timeout_text;
    const char *timeout_message;    /* gosh test -timeout: Go's panic line */
    long long max_steps;
    const char *max_steps_text;
    long long max_goroutines;
    const char *max_goroutines_text;
    unsigned long long max_output;
    const char *max_output_text;
    /* --sandbox: file writes only inside a fresh temporary folder, no
     * os/exec, no network, no environment changes, no signals sent */
    bool sandbox;
    /* gosh step: the user chooses each move (runtime.h's RtStepUi);
     * implies deterministic mode and source-line events */
    const struct RtStepUi *step;
} GoshOptions;

/* Sets up the garbage collector, runtime and standard library; [argv] is
 * what os.Args will hold (the script's path first). */
void gosh_init(int argc, char **argv, const GoshOptions *opts);
/* Compiles and runs a file (or source text named [name]); returns the
 * process exit status: 0, 1 for compile errors, 2 for panics, or what
 * os.Exit asked for. */
int gosh_run_file(const char *path);
int gosh_run_source(const char *name, const char *text, size_t len);
/* A package of several files, run as one program (gosh run DIR, gosh
 * test): [paths] in order, then, when [extra_text] is not NULL, a file of
 * that text named [extra_name] (gosh test's generated main). [opts] (or
 * NULL), one per path: hide_main renames the file's identifiers main (the
 * generated main stands in for the package's); strip_path, for an
 * external test file, is the import path of the package under test,
 * dropped, its name strip_name's selectors dropped too. Errors name each
 * file, after the line [header] when it is not NULL. */
typedef struct GoshFileOpt {
    bool hide_main;
    const char *strip_path, *strip_name;
} GoshFileOpt;
int gosh_run_files(int n, char **paths, const GoshFileOpt *opts, const char *extra_name,
                   const char *extra_text, const char *header);
/* The package clause's name in the file at [path]; NULL when it cannot
 * be read (after a line on stderr) or has none. */
const char *gosh_file_package(const char *path);
/* [fn] decides the exit status of the program being run, after its
 * output is flushed; what it writes goes to fd 1 after the program's. */
void gosh_on_exit(int (*fn)(int code));
/* [fn] runs once the program compiled, just before it starts. */
void gosh_on_start(void (*fn)(void));
/* The JSON trace beside a timeline page: run.html -> run.json (malloc'd;
 * NULL when out of memory). */
char *gosh_trace_json_path(const char *html_path);
/* Prints the bytecode of every function of the program in [path]. */
/* gosh vet FILES: the findings on [out]; 0 when there are none, 2 when
 * there are, as go vet exits, 1 when a file does not compile. */
int gosh_vet(int nfiles, char **files, FILE *out);
int gosh_disasm(const char *path, FILE *out);
int gosh_dump_ast(const char *path, FILE *out);

/* ---- running one compiled program many times (gosh explore) ---- */

typedef struct GoshProgram GoshProgram;
/* Loads and compiles [path] (errors to stderr); NULL when it does not
 * compile. */
GoshProgram *gosh_program_load(const char *path);
/* The source text of a loaded program. */
const char *gosh_program_text(const GoshProgram *p, size_t *len);

/* How one deterministic run is scheduled: the strategy (RtStrategyKind:
 * 0 random, 1 pct, 2 replay), its seed and parameters, and the budget. */
typedef struct GoshSchedule {
    int strategy;
    unsigned long long seed;
    int depth;
    long long pct_steps;
    const char *replay;
    bool replay_prefix;     /* past the file's decisions: no preemption, oldest first */
    const char *record;
    long long max_steps;
    struct RtDfs *dfs;      /* dfs: the search this run is one schedule of */
    int preemptions;        /* dfs: its bound */
} GoshSchedule;

/* gosh explore -strategy dfs: every schedule with at most [preemptions]
 * preemptions, one run each (runtime/strategy_dfs.c). last_is_new: the
 * run just made is a schedule not checked before; advance: on to the
 * next, false when none is left; truncated: some run met more decisions
 * than the search keeps, so it was not exhaustive. */
typedef struct RtDfs GoshDfs;
GoshDfs *gosh_dfs_new(int preemptions);
bool gosh_dfs_last_is_new(const GoshDfs *d);
bool gosh_dfs_advance(GoshDfs *d);
bool gosh_dfs_truncated(const GoshDfs *d);

typedef enum GoshEnd {
    GOSH_END_RETURN, GOSH_END_EXIT, GOSH_END_PANIC, GOSH_END_DEADLOCK, GOSH_END_STEPS, GOSH_END_ALLOC,
} GoshEnd;

typedef struct GoshRunResult {
    GoshEnd end;
    int status;
    long long steps;
} GoshRunResult;

/* Runs [p] once in this process, in deterministic mode under [s], on the
 * calling thread (the scheduler's one M); output goes to fds 1 and 2. */
int gosh_program_run(GoshProgram *p, const GoshSchedule *s, GoshRunResult *r);
/* Around fork(): the collector's handlers (Boehm's GC_atfork_*), so a
 * child can allocate and collect. */
void gosh_fork_prepare(void);
void gosh_fork_parent(void);
void gosh_fork_child(void);
const char *gosh_version(void);
/* Prints docs/stdlib.md (gosh --stdlib-doc). */
int gosh_stdlib_doc(FILE *out);

/* ---- the REPL's session ---- */

typedef struct GoshSession GoshSession;
typedef enum GoshEntry { GOSH_ENTRY_DONE, GOSH_ENTRY_ERROR } GoshEntry;
/* Starts a session (the first starts the scheduler's threads). */
GoshSession *gosh_session_new(void);
/* Forgets every declaration (:reset ends the goroutines first). */
void gosh_session_reset(GoshSession *s);
/* :kill ARG (a goroutine's number, or all), with what it did on stdout
 * or why not on stderr (repl_kill.c). */
void gosh_session_kill(const char *arg);
/* Ends every goroutine; returns how many ended. */
int gosh_session_kill_all(void);
/* Whether [text] stops in the middle of a construct (more lines needed). */
bool gosh_session_incomplete(const char *text, size_t len);
/* Whether [text] has a syntax error (not merely more lines to come). */
bool gosh_session_syntax_error(const char *text, size_t len);
/* Whether some kind of bracket in [text] is opened more often than it
 * is closed (the rest of a broken entry is still being typed). */
bool gosh_session_open_brackets(const char *text, size_t len);
/* Compiles and runs one entry, printing values, errors or a panic. */
GoshEntry gosh_session_eval(GoshSession *s, const char *text, size_t len);
/* :type, :disasm, :load, :goroutines. */
void gosh_session_type(GoshSession *s, const char *expr);
void gosh_session_disasm(GoshSession *s, const char *name);
int gosh_session_load(GoshSession *s, const char *path);
void gosh_session_goroutines(void);
/* :doc NAME: a standard package's names, or one name's signature and
 * what it does. */
void gosh_session_doc(GoshSession *s, const char *name);
/* :trace on FILE: records what the entries from now on run into FILE,
 * the trace of docs/trace-format.md (FILE.html: the timeline page, with
 * the JSON beside it as --trace-html writes it). :trace off writes it
 * and says how many events it holds. Each returns false after one line
 * on stderr (no file, cannot create it, already on, not on). */
bool gosh_session_trace_on(GoshSession *s, const char *path);
bool gosh_session_trace_off(GoshSession *s);
/* The file :trace on named, or NULL when tracing is off. */
const char *gosh_session_trace_file(GoshSession *s);
/* :race on: the race detector watches the entries from now on, for the
 * rest of the session (turning it off would leave its shadow memory
 * stale), reporting each race as --race does; false after one line on
 * stderr (on already, cannot start). gosh_session_races: -1 while off,
 * else the races reported so far. */
bool gosh_session_race_on(GoshSession *s);
int gosh_session_races(GoshSession *s);
/* Names completing [prefix] (tab completion). */
void gosh_session_complete(GoshSession *s, const char *prefix,
                           void (*fn)(const char *name, void *arg), void *arg);

#endif
