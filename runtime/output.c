/* output.c: buffered stdout that keeps Go's order and loses nothing.
 *
 * fmt writes go through one 64 KiB buffer, written out with write(2):
 * - before anything goes to stderr (println, panics, fatal errors), so
 *   output that both streams share appears in the order it was written;
 * - before a goroutine reads stdin, and at exit;
 * - at each newline when stdout is a terminal;
 * - when the program waits: the scheduler flushes when the last M with
 *   work goes idle (sched.c, find_runnable);
 * - at the latest FLUSH_DELAY after it was written, by the flusher thread
 *   below, even while goroutines keep running;
 * - on SIGINT, SIGTERM, SIGHUP and SIGQUIT, before the process dies
 *   (signal.c calls rt_output_flush_for_signal).
 * Most writes are a memcpy: a program that prints a line per channel
 * operation does one write(2) per full buffer or per FLUSH_DELAY, not one
 * per line.
 *
 * The flusher is a plain thread (it touches no GC memory) started at the
 * first buffered write. It sleeps on a condition variable while the
 * buffer is empty; a write that makes the buffer non-empty wakes it, it
 * waits FLUSH_DELAY for more output to gather, and flushes. */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "event.h"
#include "runtime.h"
#include "strategy.h"
#include "sched_internal.h"

enum { FLUSH_DELAY_NS = 5 * 1000 * 1000 };

static char buf[1 << 16];
/* written under out_lock; read without it by rt_stdout_pending */
static size_t used;
static int line_buffered = -1;
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;

#define SET_USED(v) __atomic_store_n(&used, (v), __ATOMIC_RELAXED)

/* The flusher thread (under out_lock). */
static struct {
    bool started;
    bool idle;              /* waiting for the buffer to fill */
    pthread_cond_t wake;
} flusher = {.wake = PTHREAD_COND_INITIALIZER};

/* While the REPL edits a line, output is held here and shown by the
 * REPL's thread (above the line being edited); [notify] is poked. */
static struct {
    bool on;
    int notify;
    char *data;
    size_t len, cap;
} held;

static void hold(const char *p, size_t n)
{
    if (held.len + n > held.cap) {
        size_t cap = (held.len + n) * 2;
        char *d = realloc(held.data, cap);
        if (!d)
            return;
        held.data = d;
        held.cap = cap;
    }
    memcpy(held.data + held.len, p, n);
    held.len += n;
    char c = 1;
    if (write(held.notify, &c, 1) < 0) {
        /* a full pipe already says there is output */
    }
}

static void write_all(int fd, const char *p, size_t n)
{
    if (held.on && n > 0) {
        hold(p, n);
        return;
    }
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return; /* a closed pipe: drop output, as Go would die quietly */
        p += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void)
{
    if (used) {
        write_all(1, buf, used);
        SET_USED(0);
    }
}

void rt_output_unattended(void)
{
    pthread_mutex_lock(&out_lock);
    flusher.started = true; /* and never idle: no thread is woken or made */
    pthread_mutex_unlock(&out_lock);
}

static void *flusher_thread(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&out_lock);
    for (;;) {
        while (!used) {
            flusher.idle = true;
            pthread_cond_wait(&flusher.wake, &out_lock);
        }
        flusher.idle = false;
        pthread_mutex_unlock(&out_lock);
        /* let more output gather, then write what is there */
        struct timespec ts = {0, FLUSH_DELAY_NS};
        while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
        }
        pthread_mutex_lock(&out_lock);
        flush_locked();
    }
    return NULL;
}

/* The buffer was empty and is not any more (under out_lock). */
static void became_pending(void)
{
    if (flusher.idle) {
        flusher.idle = false;
        pthread_cond_signal(&flusher.wake);
    } else if (!flusher.started) {
        flusher.started = true;
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attr, 64 * 1024);
        if (pthread_create(&t, &attr, flusher_thread, NULL) != 0)
            flusher.started = false; /* try again at the next write */
        pthread_attr_destroy(&attr);
    }
}

bool rt_stdout_pending(void)
{
    return __atomic_load_n(&used, __ATOMIC_RELAXED) != 0;
}

void rt_flush_stdout(void)
{
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

void rt_flush_stdout_nowait(void)
{
    if (pthread_mutex_trylock(&out_lock) == 0) {
        flush_locked();
        pthread_mutex_unlock(&out_lock);
    }
}

/* What the program writes, for the event stream (under out_lock, so in
 * the order it reaches the file). */
static void emit_output(int fd, const char *p, size_t n)
{
    rt_emit_text(EV_OUTPUT, rt_current(), p, n, fd);
}

void rt_write_stdout(const char *p, size_t n)
{
    if (n == 0)
        return;
    pthread_mutex_lock(&out_lock);
    size_t want = n;
    n = limit_output(n);
    if (n == 0 && want) {
        pthread_mutex_unlock(&out_lock);
        return;
    }
    if (RT_EVENTS)
        emit_output(1, p, n);
    if (line_buffered < 0)
        line_buffered = isatty(1);
    if (used + n > sizeof buf) {
        flush_locked();
        if (n > sizeof buf) {
            write_all(1, p, n);
            pthread_mutex_unlock(&out_lock);
            return;
        }
    }
    bool was_empty = used == 0;
    memcpy(buf + used, p, n);
    SET_USED(used + n);
    if (line_buffered && memchr(p, '\n', n))
        flush_locked();
    else if (was_empty)
        became_pending();
    pthread_mutex_unlock(&out_lock);
}

void rt_write_stderr(const char *p, size_t n)
{
    pthread_mutex_lock(&out_lock);
    size_t want = n;
    n = limit_output(n);
    if (n == 0 && want) {
        pthread_mutex_unlock(&out_lock);
        return;
    }
    if (RT_EVENTS)
        emit_output(2, p, n);
    flush_locked();
    write_all(2, p, n);
    pthread_mutex_unlock(&out_lock);
}

void rt_write_stderr_raw(const char *p, size_t n)
{
    pthread_mutex_lock(&out_lock);
    flush_locked();
    write_all(2, p, n);
    pthread_mutex_unlock(&out_lock);
}

/* Writes [p, p+n) to [fd] giving up at [deadline] (CLOCK_MONOTONIC ns):
 * a reader that stopped reading must not keep a dying process alive. A
 * pipe that polls writable takes PIPE_BUF bytes without blocking. */
static bool write_until(int fd, const char *p, size_t n, int64_t deadline)
{
    while (n > 0) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        int64_t left = deadline - ((int64_t)now.tv_sec * 1000000000 + now.tv_nsec);
        if (left <= 0)
            return false;
        struct pollfd pf = {.fd = fd, .events = POLLOUT};
        int r = poll(&pf, 1, (int)(left / 1000000) + 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0 || (pf.revents & (POLLERR | POLLNVAL)))
            return false;
        ssize_t w = write(fd, p, n < PIPE_BUF ? n : PIPE_BUF);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

bool rt_output_flush_for_signal(int64_t timeout_ns)
{
    struct timespec now, until;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t deadline = (int64_t)now.tv_sec * 1000000000 + now.tv_nsec + timeout_ns;
    clock_gettime(CLOCK_REALTIME, &until);
    int64_t ns = until.tv_nsec + timeout_ns;
    until.tv_sec += (time_t)(ns / 1000000000);
    until.tv_nsec = (long)(ns % 1000000000);
    /* a writer blocked on a full pipe holds the lock: wait a while, then
     * die without what it had not written */
    if (pthread_mutex_timedlock(&out_lock, &until) != 0)
        return false;
    bool ok = true;
    /* what the REPL held at its prompt comes first: it was written first */
    if (held.len) {
        ok = write_until(1, held.data, held.len, deadline);
        held.len = 0;
    }
    if (ok && used)
        ok = write_until(1, buf, used, deadline);
    SET_USED(0);
    pthread_mutex_unlock(&out_lock);
    return ok;
}

int (*rt_exit_filter)(int code);

enum { MAX_EXIT_HOOKS = 8 };
static void (*exit_hooks[MAX_EXIT_HOOKS])(void);
static int nexit_hooks;

void rt_at_exit(void (*fn)(void))
{
    if (nexit_hooks < MAX_EXIT_HOOKS)
        exit_hooks[nexit_hooks++] = fn;
}

void rt_run_exit_hooks(void)
{
    for (int i = 0; i < nexit_hooks; i++)
        exit_hooks[i]();
}

_Noreturn void rt_exit(int code)
{
    code = rt_leak_filter(code);
    if (rt_exit_filter)
        code = rt_exit_filter(code);
    if (RT_EVENTS)
        rt_emit_g(EV_END, rt_current(), 0, NULL, code);
    /* a signal being handled decides how the process ends */
    rt_signal_wait_if_dying();
    rt_flush_stdout();
    if (rt_seeded())
        strat_finish(code); /* --record writes its file, a replay checks it used every decision */
    fflush(stderr);
    program_unwind(code); /* an in-process run returns to rt_run_program */
    rt_run_exit_hooks();
    _exit(code);
}

_Noreturn void rt_fatal(const char *msg)
{
    if (RT_EVENTS)
        rt_emit_text(EV_FATAL, rt_current(), msg, strlen(msg), 0);
    rt_flush_stdout();
    fprintf(stderr, "fatal error: %s\n", msg);
    rt_abort_goroutine(2);
}

void rt_output_hold(int notify_fd)
{
    pthread_mutex_lock(&out_lock);
    flush_locked();
    held.notify = notify_fd;
    held.on = true;
    pthread_mutex_unlock(&out_lock);
}

void rt_output_release(void)
{
    pthread_mutex_lock(&out_lock);
    held.on = false;
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

size_t rt_output_take(char *dst, size_t cap)
{
    pthread_mutex_lock(&out_lock);
    flush_locked();
    size_t n = held.len < cap ? held.len : cap;
    memcpy(dst, held.data, n);
    memmove(held.data, held.data + n, held.len - n);
    held.len -= n;
    pthread_mutex_unlock(&out_lock);
    return n;
}
