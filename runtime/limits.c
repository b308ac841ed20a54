/* limits.c: the grading limits (runtime.h, "grading limits"): how long a
 * program may run, how many steps it may take, how many goroutines it may
 * have at once, how much it may print.
 *
 * Each limit is checked where the runtime already looks: time by a thread
 * of its own that sleeps until the deadline; steps where the scheduler
 * counts them at the end of each slice (in ordinary mode a slice is then
 * cut at a share of the budget, so one M cannot run far past it);
 * goroutines when one is made; output as it is written, which stops at
 * the limit to the byte. A limit that is passed ends the program as a
 * SIGQUIT does (signal.c): every M stops at its next safe point, the
 * output so far is flushed, and "fatal error: ... limit exceeded" is
 * followed by every goroutine's stack, exit status 2. Until then every
 * M is asked to yield at its next poll point, and so on at every later
 * check, so no runaway loop runs on while the signal thread (slow to get
 * a processor under load) stops the world. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "runtime.h"
#include "sched_internal.h"

static RtLimits limits;
/* steps counted so far (ordinary runs: every M adds its slices) */
static int64_t steps;
static int64_t output_written;
/* a limit has been passed (atomic): the program is ending */
static int exceeded;
static char message[256];

/* Ends the program with [fmt]'s message (the first limit passed wins). */
static void limit_exceeded(const char *fmt, const char *flag_value)
{
    sched_stop_soon(); /* no goroutine goes further than its next poll */
    int expected = 0;
    if (!__atomic_compare_exchange_n(&exceeded, &expected, 1, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST))
        return;
    snprintf(message, sizeof message, fmt, flag_value);
    signal_end_program(message);
}

bool rt_limit_exceeded(void)
{
    return __atomic_load_n(&exceeded, __ATOMIC_SEQ_CST);
}

static void *timeout_thread(void *arg)
{
    (void)arg;
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    int64_t ns = until.tv_nsec + limits.timeout_ns % 1000000000;
    until.tv_sec += limits.timeout_ns / 1000000000 + ns / 1000000000;
    until.tv_nsec = ns % 1000000000;
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == EINTR)
        ;
    if (limits.timeout_message)
        limit_exceeded("%s", limits.timeout_message);
    else
        limit_exceeded("fatal error: time limit exceeded (--timeout %s)", limits.timeout_text);
    return NULL;
}

void rt_limits_set(const RtLimits *l)
{
    limits = *l;
    if (limits.timeout_ns > 0) {
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        /* no thread, no deadline: say so rather than run unbounded */
        if (pthread_create(&t, &attr, timeout_thread, NULL) != 0)
            rt_fatal("cannot start the --timeout thread");
        pthread_attr_destroy(&attr);
    }
}

bool limit_counts_steps(void)
{
    return limits.max_steps > 0;
}

int64_t limit_slice_steps(int nprocs)
{
    /* a share of what is left, so that the Ms together pass the budget by
     * little: at most a few thousand steps each time */
    int64_t left = limits.max_steps - __atomic_load_n(&steps, __ATOMIC_RELAXED);
    int64_t share = left / (4 * (nprocs > 0 ? nprocs : 1));
    if (share > 50000)
        share = 50000;
    return share < 100 ? 100 : share;
}

void limit_add_steps(int64_t n)
{
    if (n <= 0)
        return;
    int64_t total = __atomic_add_fetch(&steps, n, __ATOMIC_RELAXED);
    if (total > limits.max_steps)
        limit_exceeded("fatal error: step limit exceeded (--max-steps %s)", limits.max_steps_text);
}

void limit_goroutine_made(int64_t live)
{
    if (limits.max_goroutines > 0 && live > limits.max_goroutines)
        limit_exceeded("fatal error: goroutine limit exceeded (--max-goroutines %s)", limits.max_goroutines_text);
}

size_t limit_output(size_t n)
{
    if (limits.max_output <= 0)
        return n;
    /* under the output lock: no two writers race here */
    int64_t left = limits.max_output - output_written;
    if (left < 0)
        left = 0;
    size_t allowed = (int64_t)n > left ? (size_t)left : n;
    output_written += (int64_t)allowed;
    if (allowed < n)
        limit_exceeded("fatal error: output limit exceeded (--max-output %s)", limits.max_output_text);
    return allowed;
}
