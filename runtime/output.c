/* output.c: buffered stdout that keeps Go's order.
 *
 * fmt writes go through one buffer; it is flushed before anything goes to
 * stderr (println, panics, fatal errors), before a goroutine reads stdin,
 * at exit, and at each newline when stdout is a terminal. So output that
 * both streams share appears in the order the program wrote it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "event.h"
#include "runtime.h"
#include "sched_internal.h"

static char buf[1 << 16];
static size_t used;
static int line_buffered = -1;
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;

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
        if (w <= 0)
            return; /* a closed pipe: drop output, as Go would die quietly */
        p += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void)
{
    write_all(1, buf, used);
    used = 0;
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
    pthread_mutex_lock(&out_lock);
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
    memcpy(buf + used, p, n);
    used += n;
    if (line_buffered && memchr(p, '\n', n))
        flush_locked();
    pthread_mutex_unlock(&out_lock);
}

void rt_write_stderr(const char *p, size_t n)
{
    pthread_mutex_lock(&out_lock);
    if (RT_EVENTS)
        emit_output(2, p, n);
    flush_locked();
    write_all(2, p, n);
    pthread_mutex_unlock(&out_lock);
}

_Noreturn void rt_exit(int code)
{
    if (RT_EVENTS)
        rt_emit_g(EV_END, rt_current(), 0, NULL, code);
    rt_flush_stdout();
    fflush(stderr);
    program_unwind(code); /* an in-process run returns to rt_run_program */
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
