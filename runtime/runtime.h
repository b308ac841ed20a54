/* runtime.h: goroutines and what they run on.
 *
 * The runtime is the bottom of the execution stack: it owns the value word,
 * the goroutine (G) with its register and frame stacks, the M:N scheduler,
 * channels, select, timers and the wait queues behind package sync. It
 * does not know bytecode: the VM registers an executor (run a G until it
 * stops) and a tracer (print a G's stack), and the runtime calls those.
 *
 * The design follows Go's runtime (proc.go, chan.go, select.go): P logical
 * processors with local run queues, a global queue, work stealing, a
 * monitor thread that preempts long-running goroutines, and a parking
 * contract in which a goroutine that waits is enqueued while its wait
 * object is locked, and the lock is released by its thread only after the
 * goroutine has left the interpreter. */
#ifndef GOSH_RUNTIME_H
#define GOSH_RUNTIME_H

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* One 8-byte slot. Every Go value fits in one: scalars directly, and
 * strings, slices, interfaces, closures and aggregates as pointers to heap
 * objects. An aligned 8-byte store is atomic, so a racing goroutine can
 * never observe half a value. */
typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Value;

struct Proto;
struct Closure;
struct Type;

/* One activation of a script function. [base] is an index into the G's
 * register stack (the stack may move when it grows). [pc] is saved here
 * while the frame is not the running one. */
typedef struct Frame {
    struct Closure *cl;
    const uint32_t *pc;
    int32_t base;
    /* With FR_RECOVERED: the offset of the instruction that panicked,
     * which the frame's remaining deferred calls report as their caller's
     * line, as Go's do. */
    int32_t panic_at;
    /* Head of this frame's deferred calls (vm/panic.c). */
    struct Defer *defers;
    /* FR_DEFER_RET / FR_DEFER_PANIC: this frame is a deferred call run by
     * a return or by a panic unwinding (what happens when it returns);
     * FR_RECOVERED: a panic in this frame was recovered, and it returns. */
    uint32_t flags;
} Frame;

enum { FR_DEFER_RET = 1, FR_DEFER_PANIC = 2, FR_RECOVERED = 4 };

/* Goroutine status. The status says who may touch the G's stacks:
 * G_RUNNING: only the thread running it; G_RUNNABLE: whoever dequeues it;
 * G_WAITING: whoever wakes it (the object it waits on holds it, under that
 * object's lock); G_DEAD: nobody. */
typedef enum GStatus {
    G_IDLE,
    G_RUNNABLE,
    G_RUNNING,
    G_WAITING,
    G_DEAD,
} GStatus;

typedef struct G {
    int64_t id;
    int status;
    /* register stack */
    Value *stack;
    int32_t stack_size;
    /* frame stack; frames[nframes-1] is the innermost */
    Frame *frames;
    int32_t nframes;
    int32_t frames_cap;
    /* What the G waits on, for the deadlock report ("chan receive"),
     * and for the event stream the object (a Chan, a mutex's address)
     * and a detail (a sleep's duration). */
    const char *wait_reason;
    const void *wait_obj;
    int64_t wait_arg;
    /* What kind of sync object a semaphore wait is on (RtWaitKind), set
     * by package sync before it waits, for the wait-for graph. */
    uint8_t wait_kind;
    /* The panic being raised (an interface value) and its chain. */
    struct Panic *panic;
    /* A panic to raise when the goroutine resumes (a send on a channel
     * that was closed while it waited). */
    const char *resume_panic;
    /* Where the goroutine was created (the go statement), for traces. */
    struct Closure *created_by;
    const uint32_t *created_pc;
    int64_t created_by_g;
    /* The race detector's state for this goroutine (race/), or NULL. */
    void *race;
    /* Scheduler links: run queues and the list of all goroutines. */
    struct G *next;
    struct G *all_next;
    struct G *all_prev;
    /* Channel waits (chan.c, select.c): the G's sudogs, one per case of
     * a select, reused from wait to wait. */
    struct Sudog *sudogs;
    int32_t nsudogs;            /* in use by the current wait */
    int32_t sudogs_cap;
    /* select: 0 while waiting; the first waker sets it to 1 (a CAS) and
     * records the case it completed */
    int32_t select_done;
    int32_t select_won;
    bool select_parked;         /* the SELECT resumes to clean up */
    /* the channels a parked select locked, in lock order */
    struct Chan **sel_locks;
    int32_t sel_nlocks;
    /* REPL sessions: an interrupted or abandoned goroutine ends when it
     * next runs; a failed one ended by a panic or fatal error */
    bool killed;
    bool failed;
    /* What holds the G while it waits (RtWaitQueue), and a sleep's timer,
     * so that rt_kill can take it back out of its wait (kill.c) */
    uint8_t wait_queue;
    struct Timer *sleep_timer;
    /* semaphores and futex-style waits (sema.c) */
    const void *wait_addr;
    struct G *wait_next;
    bool is_main;
    /* calls from native code back into the program under way (vm/call.c):
     * a switch point cannot yield inside one */
    int32_t callbacks;
    /* deterministic mode: the map whose write this goroutine was switched
     * out in the middle of (its instruction runs again to finish it) */
    void *map_writing;
    /* deterministic mode: the strategy's priority (pct; 0 until seen) */
    int64_t strat_prio;
    /* The innermost frame's pc is the next instruction to run (the G has
     * not started, or was preempted at a poll point), not the one after
     * a call or wait: tracebacks show its line, not the one before. Set
     * by the VM, cleared by the scheduler each time the G runs. */
    bool at_poll;
} G;

typedef enum RunResult {
    RUN_DONE,     /* the goroutine returned from its function */
    RUN_YIELD,    /* preempted or Gosched: runnable again */
    RUN_PARK,     /* waiting: release the park locks, then schedule */
} RunResult;

/* Called by the scheduler to run [g] until it stops running. */
typedef RunResult (*rt_executor)(G *g);
/* Prints [g]'s stack the way Go's traceback does. */
typedef void (*rt_tracer)(G *g, FILE *out);

/* The most register and frame memory one goroutine may use. */
#define RT_STACK_LIMIT 268435456

/* ---- goroutines and scheduling (sched.c) ---- */

/* Deterministic mode's strategy (strategy.h): who decides the schedule. */
typedef enum RtStrategyKind {
    RT_STRATEGY_RANDOM,     /* from the seed (--seed N) */
    RT_STRATEGY_PCT,        /* priorities with depth-1 change points */
    RT_STRATEGY_REPLAY,     /* the decisions of a schedule file */
    RT_STRATEGY_DFS,        /* one schedule of a depth-first search (explore) */
    RT_STRATEGY_STEP,       /* the user, one synchronisation point at a time */
} RtStrategyKind;

/* gosh explore -strategy dfs: the search over every schedule with at
 * most k preemptions (strategy_dfs.c). It lives in explore's process;
 * each schedule runs in a forked child that inherits the choices to
 * make and writes the decisions it met to memory the parent shares. */
typedef struct RtDfs RtDfs;
RtDfs *rt_dfs_new(int preemptions);
/* The run just made enumerates a new schedule (not one re-run to reach
 * others): it has exactly as many preemptions as the current bound. */
bool rt_dfs_last_is_new(const RtDfs *d);
/* Moves to the next schedule; false when all within the bound are done. */
bool rt_dfs_advance(RtDfs *d);
/* Whether some run met more decisions than are kept (the search is then
 * not exhaustive). */
bool rt_dfs_truncated(const RtDfs *d);

/* Step mode's user interface (gosh step: cli/step.c), which the step
 * strategy (strategy_step.c) asks at every decision. */
typedef struct RtStepUi {
    void *ctx;
    /* Which of [cands] (n >= 1, the runnable goroutines) runs next, as an
     * index; RT_STEP_RANDOM to let the seed's random strategy choose. */
    int (*choose)(void *ctx, G *const *cands, int n);
    /* [g]'s slice ended: [how] is a StratEnd (strategy.h). May be NULL. */
    void (*stopped)(void *ctx, G *g, int how);
    /* The program ends with [status], after its output. May be NULL. */
    void (*finish)(void *ctx, int status);
} RtStepUi;
#define RT_STEP_RANDOM (-1)

typedef struct RtStrategyOptions {
    RtStrategyKind kind;
    int depth;              /* pct: the bug depth d (default 3) */
    int64_t pct_steps;      /* pct: the points a run is expected to take */
    const char *replay;     /* replay: the schedule file */
    /* replay: where the program leaves the file (a goroutine it names is
     * not runnable, or the file ends), go on without preempting, oldest
     * runnable first, instead of stopping (explore's shrinking) */
    bool replay_prefix;
    const char *record;     /* write the decisions made to this file */
    const char *program;    /* for the recorded file's header */
    RtDfs *dfs;             /* dfs: the search this run is one schedule of */
    int preemptions;        /* dfs: the bound, for the recorded file's header */
    const RtStepUi *step;   /* step: who chooses */
} RtStrategyOptions;

typedef struct RtOptions {
    int procs;          /* 0: the number of CPUs (or GOMAXPROCS) */
    bool seeded;        /* deterministic mode */
    uint64_t seed;
    const RtStrategyOptions *strategy;  /* NULL: random from the seed */
} RtOptions;

void rt_init(rt_executor exec, rt_tracer trace);
void rt_configure(const RtOptions *opts);
G *rt_new_g(int32_t stack_slots);
/* Grows [g]'s register stack to at least [need] slots; false when that
 * would pass the stack limit (Go's "goroutine stack exceeds"). */
bool rt_grow_stack(G *g, int64_t need);
Frame *rt_push_frame(G *g);
/* Runs the main goroutine (and every other) until main returns; returns
 * the exit status. */
int rt_run_main(G *main_g);
G *rt_current(void);
/* Makes a new goroutine runnable. */
void rt_go(G *g);
/* Makes a waiting goroutine runnable (any thread). */
void rt_ready(G *g);
/* Marks [g] waiting; the VM then returns from the goroutine. Whoever
 * parks holds the lock of the object [g] waits on, so no waker can see
 * [g] before it is off this thread: the scheduler calls [unlock](arg)
 * once it is. */
void rt_park(G *g, const char *reason, void (*unlock)(void *arg), void *arg);
/* An unlock function for rt_park that unlocks a pthread mutex. */
void rt_unlock_mutex(void *mutex);
/* Output is read only when the program has ended (a child of gosh
 * explore): no flusher thread, stdout is written when its buffer fills
 * and at exit. */
void rt_output_unattended(void);
/* Makes the running goroutine yield its processor (runtime.Gosched). */
void rt_yield(G *g);
/* A synchronisation operation [g] just did (an atomic, a channel
 * operation) is a point where deterministic mode may switch goroutines:
 * true when the slice has ended and [g] must yield now (a native then
 * calls rt_yield; the caller decides). Under a strategy that asks for it
 * (step mode) every one ends the slice. No effect otherwise. */
bool rt_switch_point(G *g);
/* The same for a load or store of shared memory (the VM's access points
 * under --seed), which never ends a step mode's slice by itself. */
bool rt_access_point(G *g);
/* Deterministic mode: the running goroutine's slice ends at its next
 * point (step mode stopping at a source line). No effect otherwise. */
void rt_end_slice_soon(void);
/* The main goroutine called runtime.Goexit: the program goes on until the
 * other goroutines are done, then ends as Go does (a deadlock report). */
void rt_main_goexit(G *g);
int64_t rt_num_goroutines(void);
int rt_gomaxprocs(int n);
int rt_num_cpu(void);
bool rt_seeded(void);
/* Deterministic mode: a number that depends on --seed N alone, not on
 * what ran before (math/rand seeds its default source from it). */
uint64_t rt_seed_origin(void);
/* A deterministic random number in deterministic mode, a fast
 * thread-local one otherwise. */
uint64_t rt_rand(void);
/* The preemption counter the VM increments at loop back-edges and calls,
 * and the flag other threads set to ask for the processor: the running
 * goroutine should yield when the count reaches zero or it is asked. Only
 * the M's own thread writes the count (sched.c says why). */
typedef struct RtPoll {
    int64_t count;
    int32_t asked;
} RtPoll;
extern __thread RtPoll *rt_poll;
/* A blocking system call (a read of stdin or a file) runs [fn](arg) on an
 * I/O thread while [g] waits, so the processor goes on running other
 * goroutines; [fn] writes its results through pointers in [arg] (into the
 * goroutine's registers, which do not move while it waits). Returns true
 * when [g] parked (the VM returns RUN_PARK), false when the call already
 * ran synchronously (deterministic mode). */
bool rt_blocking_call(G *g, void (*fn)(void *arg), void *arg);
/* os/signal (signal.c): deliver [sig] to the program (RT_SIG_NOTIFY),
 * ignore it, or give it back its usual action; false for a signal that
 * cannot be caught. rt_signal_recv blocks until a signal the program
 * asked for arrives and returns its number (run it in rt_blocking_call). */
enum { RT_SIG_NOTIFY, RT_SIG_IGNORE, RT_SIG_RESET };
bool rt_signal_notify(int sig, int how);
int rt_signal_recv(void);
/* The program's own code begins (its package's initialisation, once the
 * standard packages are initialised): under --seed the schedule is drawn
 * afresh from here, so it does not depend on how much work the standard
 * packages' initialisation did. */
void rt_program_starts(void);
/* For deadlock reports and :goroutines: calls [fn] for every goroutine. */
void rt_each_g(void (*fn)(G *g, void *arg), void *arg);

/* ---- time (timer.c) ---- */

int64_t rt_nanotime(void);      /* monotonic; virtual in deterministic mode */
int64_t rt_walltime(void);      /* ns since the Unix epoch (+ virtual offset) */
/* Parks [g] for [ns] nanoseconds (the VM returns RUN_PARK after). */
void rt_sleep(G *g, int64_t ns);

typedef struct Timer Timer;
/* A timer calls [fn](arg, now) at [when] and then every [period] ns when
 * period > 0. It runs on a scheduler thread: it must not block. */
Timer *rt_timer_new(int64_t when, int64_t period, void (*fn)(Value arg, int64_t now), Value arg);
/* Stops a timer; true if it had not fired (or was periodic). */
bool rt_timer_stop(Timer *t);
/* Stops and re-arms; true if it was still pending. */
bool rt_timer_reset(Timer *t, int64_t when, int64_t period);

/* ---- channels (chan.c) and select (select.c) ---- */

typedef struct Chan Chan;
Chan *chan_make(const struct Type *elem, int64_t cap, bool elem_is_block, uint32_t elem_size);
int64_t chan_len(const Chan *c);
int64_t chan_cap(const Chan *c);
/* The element type given to chan_make. */
const struct Type *chan_elem_type(const Chan *c);
/* Where the program made [c] (the deadlock report names it so). */
void chan_made_at(Chan *c, const char *file, int line);
void chan_origin(const Chan *c, const char **file, int *line);

typedef enum ChanResult {
    CHAN_OK,        /* done */
    CHAN_PARKED,    /* the goroutine waits; the VM returns RUN_PARK */
    CHAN_CLOSED,    /* send on a closed channel: panic */
    CHAN_BLOCKED,   /* non-blocking attempt would block */
} ChanResult;

/* Sends [v]. [block] false for select's default and timers. */
ChanResult chan_send(G *g, Chan *c, Value v, bool block);
/* Receives into *dst and *ok (ok may be NULL). While parked, [dst] and
 * [ok] must stay valid: they point into the goroutine's registers, which
 * do not move while it waits. A send on a channel that is closed while
 * the sender waits sets g->resume_panic. */
ChanResult chan_recv(G *g, Chan *c, Value *dst, Value *ok, bool block);
/* 0 ok, 1 nil channel, 2 already closed. */
int chan_close(Chan *c);

typedef struct SelectCase {
    Chan *c;            /* NULL: a nil channel, never ready */
    bool send;
    Value value;        /* for a send */
} SelectCase;

enum { SELECT_DEFAULT = -1, SELECT_PARKED = -2, SELECT_CLOSED_SEND = -3 };

/* Runs a select over [n] cases: returns the index of the case that ran
 * (its received value and ok written through [dst] and [ok]),
 * SELECT_DEFAULT, SELECT_CLOSED_SEND (the chosen send found its channel
 * closed: the VM panics), or SELECT_PARKED. A parked select's winner
 * completes one case and wakes the goroutine, which must call rt_select
 * again with the same cases: that call takes the goroutine off the other
 * channels and returns the case that won. */
int rt_select(G *g, SelectCase *cases, int n, bool has_default, Value *dst, Value *ok);

/* ---- waits for package sync (sema.c) ---- */

/* The sync object behind a semaphore wait (G.wait_kind; its wait_obj is
 * the word waited on): the deadlock report reads their fields. */
typedef enum RtWaitKind {
    RT_WAIT_OTHER,
    RT_WAIT_MUTEX,      /* &Mutex.state */
    RT_WAIT_RLOCK,      /* &RWMutex.readerSem: a writer holds or waits */
    RT_WAIT_WLOCK,      /* &RWMutex.writerSem: readers to leave */
    RT_WAIT_WAITGROUP,  /* &WaitGroup.sema */
    RT_WAIT_COND,       /* &Cond.seq */
} RtWaitKind;

/* Futex-style waits keyed by address: park [g] if *addr still equals
 * [val] (checked under the wait queue's lock); true when it parked. */
bool rt_wait32(G *g, const int32_t *addr, int32_t val, const char *reason);
/* Wakes up to [n] goroutines waiting on [addr] (all when n < 0). */
int rt_wake(const void *addr, int n);
/* Counting semaphores with hand-off, as Go's runtime_Semacquire. */
bool rt_semacquire(G *g, uint32_t *addr, const char *reason);
void rt_semrelease(uint32_t *addr);

/* ---- REPL sessions (session.c) ---- */

/* Starts the scheduler's threads with no main goroutine: the REPL runs
 * each entry as the foreground goroutine from its own thread. */
void rt_start_session(void);
bool rt_in_session(void);
typedef enum FgResult { FG_DONE, FG_PANICKED, FG_INTERRUPTED, FG_DEADLOCK } FgResult;
/* Runs [g] in the foreground and waits until it ends, is interrupted, or
 * can never run again. */
FgResult rt_run_foreground(G *g);
/* From a SIGINT handler: stop the foreground entry. */
void rt_interrupt(void);
/* What holds a waiting goroutine (g->wait_queue), set where it parks. */
typedef enum RtWaitQueue {
    WQ_NONE,        /* nothing rt_kill can take it out of (I/O) */
    WQ_CHAN_SEND,   /* the sendq of the Chan in wait_obj */
    WQ_CHAN_RECV,   /* the recvq of the Chan in wait_obj */
    WQ_SELECT,      /* the queues of every channel of its select */
    WQ_SEMA,        /* sema.c's list for wait_addr */
    WQ_SLEEP,       /* sleep_timer */
    WQ_FOREVER,     /* nothing: a nil channel, select {} */
} RtWaitQueue;
typedef enum RtKill {
    RT_KILL_ENDS,   /* it ends at once, or when it next runs */
    RT_KILL_STUCK,  /* in a blocking call: it ends when that returns */
    RT_KILL_DEAD,   /* it had ended already */
} RtKill;
/* Ends [g] (a REPL's interrupted entry, :kill): a running one stops at
 * its next poll; a waiting one is taken out of its wait queue first, so
 * that it consumes nothing it waited for. Any thread. */
RtKill rt_kill(G *g);
/* One line on why waiting [g] waits, in the deadlock explanation's
 * words (the REPL's :goroutines); nothing when it does not wait. */
void rt_explain_wait(G *g, FILE *out);
/* The goroutine with [id], or NULL. */
G *rt_find_g(int64_t id);
/* After a fatal error or unrecovered panic has been printed: ends the
 * process with [status], or in a session just the running goroutine. */
_Noreturn void rt_abort_goroutine(int status);
/* Every goroutine but the running one, as a fatal error lists them. */
void rt_print_other_goroutines(FILE *out);
/* "goroutine N [reason]:" and the stack. */
void rt_print_goroutine(G *g, FILE *out);

/* ---- running a program in-process (program.c) ----
 *
 * rt_run_program runs a main goroutine and everything it starts on the
 * calling thread, in deterministic mode (one M, no monitor, virtual time,
 * every choice from the seed), and returns to the caller when the program
 * ends, however it ends: main returns, os.Exit, an unrecovered panic, a
 * fatal error, a deadlock, or a budget runs out. Whatever would have
 * ended the process (rt_exit) unwinds to rt_run_program instead, and the
 * scheduler is reset: the goroutines are dropped, the run queues, timers
 * and semaphore wait queues emptied, goroutine numbering and virtual time
 * start again, stdout is flushed. So one process can run programs (or one
 * program under many seeds) one after another, each from a clean start.
 * The fuzzer (tests/fuzz/) runs every input this way. */

/* How an in-process run ended. */
typedef enum RtEnd {
    RT_END_RETURN,      /* main returned: status 0 */
    RT_END_EXIT,        /* os.Exit (status is its code), or the runtime gave up (out of memory) */
    RT_END_PANIC,       /* an unrecovered panic, or a fatal error in one goroutine
                         * (stack exhausted, concurrent map writes): status 2 */
    RT_END_DEADLOCK,    /* no goroutine could ever run again: status 2 */
    RT_END_STEPS,       /* "fatal error: step budget exceeded": status 2 */
    RT_END_ALLOC,       /* "fatal error: allocation budget exceeded": status 2 */
} RtEnd;

typedef struct RtRunOptions {
    uint64_t seed;      /* the deterministic schedule, as --seed N */
    const RtStrategyOptions *strategy;  /* NULL: random from the seed */
    /* Steps are the VM's preemption points, loop back-edges and calls:
     * any unbounded computation passes one. 0: no limit. Counted where
     * the scheduler already looks (at the end of each time slice), so the
     * program may run up to one slice (500 steps) past the budget. */
    int64_t max_steps;
    /* Bytes allocated through rt_alloc (everything the program makes:
     * strings, slices, maps, goroutine stacks), live or not. 0: no limit. */
    int64_t max_alloc;
} RtRunOptions;

typedef struct RtRunResult {
    RtEnd end;
    int status;         /* the exit status the process would have had */
    int64_t steps;      /* steps run */
    int64_t allocated;  /* bytes allocated */
} RtRunResult;

/* Runs [main_g] (made by the VM: vm_run_program) until the program ends;
 * returns its exit status and fills [result] (may be NULL). Returns -1
 * without running when the scheduler is already running a program the
 * ordinary way (rt_run_main) or a REPL session, or from inside a run. */
int rt_run_program(G *main_g, const RtRunOptions *opts, RtRunResult *result);
/* Ends the program (what its output says has been printed): in an
 * in-process run, back to rt_run_program; otherwise the process exits
 * with [status]. rt_exit is rt_end_program(RT_END_EXIT, code). */
_Noreturn void rt_end_program(RtEnd end, int status);
/* Whether the calling thread is running a program in-process. */
bool rt_in_program(void);
/* Registers [fn] to run before each in-process run, for state outside the
 * runtime that a program may have changed (math/rand's default source). */
void rt_at_program_start(void (*fn)(void));
/* The VM's preemption counter reached zero inside a call made by native
 * code, which cannot give up its thread: re-arms the counter (counting
 * the steps against an in-process run's budget, which may end it). */
void rt_poll_rearm(void);

/* ---- process-wide ---- */

/* Writes out buffered stdout (output.c). */
void rt_flush_stdout(void);
/* Flushes unless another thread holds the output lock (for a fatal error
 * raised while the collector has stopped the other threads). */
void rt_flush_stdout_nowait(void);
/* Whether stdout holds output not yet written (a racy peek). */
bool rt_stdout_pending(void);
/* From the signal thread: flushes stdout (and what the REPL held),
 * giving up after [timeout_ns] if stdout does not take it; false then. */
bool rt_output_flush_for_signal(int64_t timeout_ns);

/* Signals (signal.c): SIGINT, SIGTERM, SIGHUP and SIGQUIT flush stdout,
 * then end the process as Go's do (by the signal; SIGQUIT prints every
 * goroutine's stack and exits 2). Call once, after GC_INIT, before the
 * program runs. */
void rt_signals_init(void);
/* Blocks those signals in the calling thread until rt_signals_init: one
 * that comes earlier (while a sandbox's folder is made) waits for the
 * signal thread instead of ending the process before its exit hooks. Call
 * first, in the main thread, before any other thread starts. */
void rt_signals_hold(void);
/* The signal mask gosh started with, for a child process (posix_spawn's
 * attribute), and setting it back in a child of fork(). */
const sigset_t *rt_signals_start_mask(void);
void rt_signals_reset_in_child(void);
/* Called on the way out (rt_exit): while a signal is being handled, the
 * signal thread ends the process and this one waits for it. */
void rt_signal_wait_if_dying(void);

_Noreturn void rt_exit(int code);
_Noreturn void rt_fatal(const char *msg);
/* Go's "fatal error: ..." with every goroutine's stack, exit status 2. */
_Noreturn void rt_fatal_all(const char *msg);

/* Memory. All heap objects come from Boehm GC; [atomic] memory holds no
 * pointers and is not scanned. rt_alloc zeroes. None returns NULL: an
 * allocation that cannot be satisfied ends in rt_out_of_memory, and so
 * does a bare GC_MALLOC (gc.c installs the collector's out-of-memory
 * hook). */
void *rt_alloc(size_t size);
void *rt_alloc_atomic(size_t size);
void *rt_alloc_zeroed(size_t size, bool has_pointers);
/* Called with each new object while set (the race detector); set before
 * the program starts. rt_alloc_update makes the allocator see a change. */
extern void (*rt_alloc_hook)(void *p, size_t size);
extern bool rt_alloc_slow;
void rt_alloc_update(void);
/* While set, rt_exit passes the program's exit status through it (the
 * race detector's "Found N data race(s)" and status 66). */
extern int (*rt_exit_filter)(int code);
/* gosh --leaks (runtime/leaks.c): at an exit with status 0, goroutines
 * still blocked on a channel, select or sync object are listed on stderr
 * and the status becomes 3. rt_exit applies it before rt_exit_filter. */
void rt_report_leaks(bool on);
int rt_leak_filter(int code);
/* Go's "fatal error: runtime: out of memory" with the running goroutine's
 * stack, exit status 2 (in a REPL session: the goroutine ends). */
_Noreturn void rt_out_of_memory(size_t size);
/* Starts the collector (GC_INIT) with gosh's handlers for its warnings,
 * out-of-memory and fatal errors; [limit] > 0 caps the heap at that many
 * bytes (--max-memory). */
void rt_gc_init(uint64_t limit);
/* ---- grading limits (limits.c) ----
 * For running code nobody has read: past a limit the program ends with
 * "fatal error: ... limit exceeded (--flag VALUE)" and every goroutine's
 * stack, exit status 2. Each *_text is the value as the user wrote it,
 * for that message. Set before the program starts. */
typedef struct RtLimits {
    int64_t timeout_ns;         /* wall-clock time from now; 0: none */
    const char *timeout_text;
    /* the first line instead of "fatal error: time limit exceeded"
     * (gosh test -timeout: "panic: test timed out after 2s") */
    const char *timeout_message;
    int64_t max_steps;          /* steps: loop back-edges and calls */
    const char *max_steps_text;
    int64_t max_goroutines;     /* alive at once, main's included */
    const char *max_goroutines_text;
    int64_t max_output;         /* bytes written to stdout and stderr together */
    const char *max_output_text;
} RtLimits;
void rt_limits_set(const RtLimits *limits);
/* [fn] runs when the process ends (rt_exit, a signal or a limit ending
 * it; not an in-process run): gosh --sandbox removes its folder. */
void rt_at_exit(void (*fn)(void));
void rt_run_exit_hooks(void);
/* A limit has been passed: the program is ending. */
bool rt_limit_exceeded(void);

/* Copies [n] bytes of 8-byte words one whole word at a time, so racing
 * readers never see a torn pointer. */
void rt_copy_words(void *dst, const void *src, size_t n);

/* Buffered standard output shared by fmt and print (output.c). */
void rt_write_stdout(const char *p, size_t n);
void rt_write_stderr(const char *p, size_t n);
/* rt_write_stderr without telling the event stream: what C code writes
 * to stderr (panics, fatal errors) in a REPL session goes through it, so
 * that it is held while the prompt is up (cli/repl.c). */
void rt_write_stderr_raw(const char *p, size_t n);
/* The REPL at its prompt: output is held (and [notify_fd] poked) until
 * the REPL's thread takes it with rt_output_take, so that it can show it
 * above the line being edited. */
void rt_output_hold(int notify_fd);
void rt_output_release(void);
size_t rt_output_take(char *dst, size_t cap);

#endif
