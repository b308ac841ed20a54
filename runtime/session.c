/* session.c: the runtime side of a REPL session.
 *
 * In a session the scheduler's Ms all run on threads of their own and the
 * REPL's thread hands them one entry at a time as the foreground
 * goroutine, then waits for it to end. Goroutines an entry starts keep
 * running in the background between entries. Nothing ends the process
 * but the REPL: a panic or fatal error ends only the goroutine that had
 * it; when nothing can run, the foreground entry (if any) is reported as
 * deadlocked and ended; Ctrl-C ends it too (kill.c). */
#include "sched_internal.h"

static struct {
    pthread_mutex_t lock;
    pthread_cond_t changed;
    bool active;
    G *fg;                  /* the foreground entry, or NULL */
    int result;             /* how it ended, -1 while it runs */
    volatile int interrupt; /* set by the SIGINT handler */
} session = {.lock = PTHREAD_MUTEX_INITIALIZER, .changed = PTHREAD_COND_INITIALIZER};

bool rt_in_session(void)
{
    return session.active;
}

void rt_start_session(void)
{
    session.active = true;
    sched_start_background();
}

/* The foreground entry ended as [how] (under the session lock). */
static void finish(int how)
{
    session.result = how;
    session.fg = NULL;
    pthread_cond_broadcast(&session.changed);
}

void session_goroutine_ended(G *g)
{
    if (!session.active)
        return;
    pthread_mutex_lock(&session.lock);
    if (g == session.fg)
        finish(g->killed ? FG_INTERRUPTED : g->failed ? FG_PANICKED : FG_DONE);
    pthread_mutex_unlock(&session.lock);
}

static void report(G *g, void *arg)
{
    (void)arg;
    rt_print_goroutine(g, stderr);
}

bool session_deadlock(void)
{
    if (!session.active)
        return false;
    pthread_mutex_lock(&session.lock);
    G *g = session.fg;
    if (g && g->status == G_WAITING) {
        rt_flush_stdout();
        fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n");
        rt_each_g(report, NULL);
        /* ended, out of its wait: it takes nothing a later entry sends */
        finish(FG_DEADLOCK);
        rt_kill(g);
    }
    pthread_mutex_unlock(&session.lock);
    return true;
}

void rt_interrupt(void)
{
    session.interrupt = 1;
}

FgResult rt_run_foreground(G *g)
{
    pthread_mutex_lock(&session.lock);
    session.fg = g;
    session.result = -1;
    session.interrupt = 0;
    pthread_mutex_unlock(&session.lock);
    rt_go(g);
    pthread_mutex_lock(&session.lock);
    while (session.result < 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 20 * 1000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&session.changed, &session.lock, &ts);
        if (session.interrupt && session.result < 0) {
            session.interrupt = 0;
            /* it ends (session_goroutine_ended says so) at its next poll,
             * or taken out of its wait; one in a blocking call is
             * abandoned until the call returns */
            if (rt_kill(g) == RT_KILL_STUCK)
                finish(FG_INTERRUPTED);
        }
    }
    int r = session.result;
    pthread_mutex_unlock(&session.lock);
    return (FgResult)r;
}

_Noreturn void rt_abort_goroutine(int status)
{
    if (session.active && rt_current())
        sched_abort_goroutine();
    program_note_end(RT_END_PANIC);
    rt_exit(status);
}
