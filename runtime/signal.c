/* signal.c: SIGINT, SIGTERM, SIGHUP and SIGQUIT end the program without
 * losing what it printed.
 *
 * The handler does only async-signal-safe work: it notes the signal and
 * writes its number to a pipe. A dedicated signal thread reads the pipe
 * and does the rest as ordinary code, taking locks as any thread may:
 * it flushes buffered stdout (output.c; bounded, so a reader that stopped
 * reading cannot keep the process alive), then
 * - SIGINT, SIGTERM, SIGHUP: restores the default action and raises the
 *   signal again, so the process dies by it (a shell sees 128+signo), as
 *   a Go program does;
 * - SIGQUIT: prints "SIGQUIT: quit" and every goroutine's stack (after
 *   stopping the scheduler's Ms at their next safe point) and exits with
 *   status 2, as Go does.
 * A second signal while the first is being handled kills at once (the
 * default action), so a stuck flush can always be cut short.
 *
 * A signal the program asked for with os/signal.Notify does none of that:
 * the handler writes it to a second pipe, which the package's watcher
 * goroutine reads in a blocking call (rt_signal_recv) and passes on to the
 * channels (os/signal's Go code). While the watcher waits, the program is
 * never deadlocked: a signal may still come, as in Go.
 *
 * Only the signal thread takes asynchronous signals: every other thread
 * (the Ms, which inherit the main thread's mask) blocks them, so a signal
 * never lands in the middle of bytecode, where a sanitizer's runtime
 * would hold it until the thread next calls into libc, which a spinning
 * goroutine never does. Children (os/exec, the explorer's forks) get back
 * the mask gosh started with.
 *
 * As Go does, a SIGINT or SIGHUP that was ignored when gosh started (a
 * background job of a non-interactive shell, nohup) stays ignored. The
 * REPL installs its own SIGINT handler after this one (Ctrl-C stops the
 * running entry), which replaces ours for SIGINT alone. */
#include <gc.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "event.h"
#include "runtime.h"
#include "sched_internal.h"

/* how long a dying process waits for a blocked stdout, and for the Ms to
 * reach a safe point before SIGQUIT's dump */
enum { FLUSH_TIMEOUT_NS = 1000 * 1000 * 1000, STOP_TIMEOUT_NS = 1000 * 1000 * 1000 };

static int pipe_fds[2] = {-1, -1};
/* os/signal: the signals the program has asked for, and their pipe */
enum { NSIG_MAX = 65 };
static int wanted[NSIG_MAX];
static int notify_fds[2] = {-1, -1};
static pthread_mutex_t notify_lock = PTHREAD_MUTEX_INITIALIZER;
/* the signal being handled, 0 while none is (atomic: set by the handler) */
static int dying;
static pthread_t signal_tid;
/* the mask gosh started with, which children get back */
static sigset_t start_mask;

static bool catchable(int sig);

/* The process-directed signals a program may see, which only the signal
 * thread takes. Not the ones the kernel sends to the thread that caused
 * them (SIGPIPE, SIGXFSZ, the faults), which must reach that thread. */
static void async_signals(sigset_t *set)
{
    sigemptyset(set);
    for (int sig = 1; sig < 32; sig++)
        if (catchable(sig) && sig != SIGPIPE && sig != SIGXFSZ)
            sigaddset(set, sig);
}

static void set_default(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static void on_signal(int sig)
{
    int saved = errno;
    if (sig > 0 && sig < NSIG_MAX && __atomic_load_n(&wanted[sig], __ATOMIC_SEQ_CST)) {
        unsigned char c = (unsigned char)sig;
        if (write(notify_fds[1], &c, 1) < 0) {
            /* the pipe is full: the watcher is far behind; Go drops too */
        }
        errno = saved;
        return;
    }
    int expected = 0;
    if (!__atomic_compare_exchange_n(&dying, &expected, sig, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST)) {
        /* a second signal: its default action, once this handler returns
         * (the signal is blocked while its handler runs) */
        set_default(sig);
        raise(sig);
        errno = saved;
        return;
    }
    unsigned char c = (unsigned char)sig;
    if (write(pipe_fds[1], &c, 1) < 0) {
        /* cannot happen: the pipe is empty until the first signal */
    }
    errno = saved;
}

/* dying's value while a limit ends the program (no signal has it) */
enum { END_BY_LIMIT = NSIG_MAX };
static const char *end_message;
static pid_t signal_pid;

/* A grading limit was passed (limits.c): the program ends as a SIGQUIT
 * ends it, with [msg] as the first line. Every M stops before anything is
 * printed, so what the program wrote before the stop comes first. */
static _Noreturn void end_by_limit(void)
{
    if (RT_EVENTS) {
        Event e = {.kind = EV_END, .a = 2};
        rt_emit(&e);
    }
    sched_stop_for_signal(STOP_TIMEOUT_NS);
    rt_output_flush_for_signal(FLUSH_TIMEOUT_NS);
    fprintf(stderr, "%s\n", end_message);
    sched_dump_stopped(stderr);
    fflush(stderr);
    /* gosh test's summary line ("exit status 2", FAIL) */
    int code = rt_exit_filter ? rt_exit_filter(2) : 2;
    rt_run_exit_hooks();
    _exit(code);
}

void signal_end_program(const char *msg)
{
    if (pipe_fds[0] < 0 || getpid() != signal_pid) {
        /* no signal thread in this process (a fork): end from here */
        rt_flush_stdout_nowait();
        fprintf(stderr, "%s\n", msg);
        _exit(2);
    }
    end_message = msg;
    int expected = 0;
    if (!__atomic_compare_exchange_n(&dying, &expected, END_BY_LIMIT, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST))
        return; /* a signal is ending the process already */
    unsigned char c = 0;
    if (write(pipe_fds[1], &c, 1) < 0) {
        /* cannot happen: the pipe is empty until the first end */
    }
}

static _Noreturn void die_by(int sig)
{
    if (sig == 0)
        end_by_limit();
    if (RT_EVENTS) {
        /* the trace is written before the process dies */
        Event e = {.kind = EV_END, .a = sig == SIGQUIT ? 2 : 128 + sig, .b = sig};
        rt_emit(&e);
    }
    rt_output_flush_for_signal(FLUSH_TIMEOUT_NS);
    if (sig == SIGQUIT) {
        fprintf(stderr, "SIGQUIT: quit\n");
        sched_dump_for_signal(stderr, STOP_TIMEOUT_NS);
        fflush(stderr);
        rt_run_exit_hooks();
        _exit(2);
    }
    fflush(stderr);
    rt_run_exit_hooks();
    set_default(sig);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig); /* not reached: the default action ends the process */
}

static void *signal_thread(void *arg)
{
    (void)arg;
    sigset_t set;
    async_signals(&set);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    for (;;) {
        /* waiting in poll, not read: a sanitizer's runtime delivers a
         * signal at once only to a thread blocked in a call it knows
         * blocks */
        struct pollfd pfd = {.fd = pipe_fds[0], .events = POLLIN};
        if (poll(&pfd, 1, -1) < 0 && errno != EINTR)
            return NULL;
        if (!(pfd.revents & (POLLIN | POLLHUP)))
            continue;
        unsigned char c;
        ssize_t n = read(pipe_fds[0], &c, 1);
        if (n == 1)
            die_by(c);
        if (n == 0 || (n < 0 && errno != EINTR))
            return NULL;
    }
}

void rt_signals_hold(void)
{
    static bool held;
    if (held)
        return;
    held = true;
    pthread_sigmask(SIG_SETMASK, NULL, &start_mask);
    sigset_t set;
    async_signals(&set);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
}

void rt_signals_init(void)
{
    if (pipe_fds[0] >= 0)
        return;
    /* a signal from here on waits for the signal thread, which finds it
     * pending: the handlers are in place before that thread unblocks */
    rt_signals_hold();
    if (pipe(pipe_fds) != 0) {
        pthread_sigmask(SIG_SETMASK, &start_mask, NULL);
        return;
    }
    for (int i = 0; i < 2; i++)
        fcntl(pipe_fds[i], F_SETFD, FD_CLOEXEC);
    fcntl(pipe_fds[1], F_SETFL, O_NONBLOCK);
    signal_pid = getpid();
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction old[4];
    bool set_here[4] = {false};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        if (sigaction(sigs[i], NULL, &old[i]) == 0 && old[i].sa_handler == SIG_IGN &&
            (sigs[i] == SIGINT || sigs[i] == SIGHUP))
            continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        set_here[i] = sigaction(sigs[i], &sa, NULL) == 0;
    }
    /* threads this one starts from here on are born blocking them */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int err = pthread_create(&signal_tid, &attr, signal_thread, NULL);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        /* no thread to take them: the default actions stay */
        for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
            if (set_here[i])
                sigaction(sigs[i], &old[i], NULL);
        pipe_fds[0] = -1;
        pthread_sigmask(SIG_SETMASK, &start_mask, NULL);
    }
}

const sigset_t *rt_signals_start_mask(void)
{
    return &start_mask;
}

void rt_signals_reset_in_child(void)
{
    if (pipe_fds[0] >= 0)
        pthread_sigmask(SIG_SETMASK, &start_mask, NULL);
}

void rt_signal_wait_if_dying(void)
{
    if (!__atomic_load_n(&dying, __ATOMIC_SEQ_CST) || pthread_equal(pthread_self(), signal_tid))
        return;
    /* the signal thread ends the process */
    for (;;)
        pause();
}

/* ---- os/signal ---- */

static void install(int sig, void (*handler)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, NULL);
}

/* Whether gosh's own handler stands for [sig] when no one asks for it. */
static bool ours(int sig)
{
    return sig == SIGINT || sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT;
}

/* Signals a program may not take: those that cannot be caught, the
 * faults the runtime must see (as Go relays no synchronous signal), and
 * the collector's own, which stop and restart threads for marking. */
static bool catchable(int sig)
{
    switch (sig) {
    case SIGKILL: case SIGSTOP: case SIGSEGV: case SIGBUS: case SIGFPE: case SIGILL:
    case SIGTRAP: case SIGABRT: case SIGPROF: case SIGSYS:
        return false;
    }
    return sig != GC_get_suspend_signal() && sig != GC_get_thr_restart_signal();
}

bool rt_signal_notify(int sig, int how)
{
    if (sig <= 0 || sig >= NSIG_MAX || !catchable(sig))
        return false;
    pthread_mutex_lock(&notify_lock);
    if (notify_fds[0] < 0 && pipe(notify_fds) == 0) {
        for (int i = 0; i < 2; i++)
            fcntl(notify_fds[i], F_SETFD, FD_CLOEXEC);
        fcntl(notify_fds[1], F_SETFL, O_NONBLOCK);
    }
    switch (how) {
    case RT_SIG_NOTIFY:
        __atomic_store_n(&wanted[sig], 1, __ATOMIC_SEQ_CST);
        install(sig, on_signal);
        break;
    case RT_SIG_IGNORE:
        __atomic_store_n(&wanted[sig], 0, __ATOMIC_SEQ_CST);
        install(sig, SIG_IGN);
        break;
    default: /* RT_SIG_RESET: what it did before the program asked */
        __atomic_store_n(&wanted[sig], 0, __ATOMIC_SEQ_CST);
        install(sig, ours(sig) ? on_signal : SIG_DFL);
        break;
    }
    pthread_mutex_unlock(&notify_lock);
    return true;
}

int rt_signal_recv(void)
{
    for (;;) {
        unsigned char c;
        ssize_t n = read(notify_fds[0], &c, 1);
        if (n == 1)
            return c;
        if (n == 0 || (n < 0 && errno != EINTR))
            return 0;
    }
}
