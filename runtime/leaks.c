/* leaks.c: goroutines leaked at exit (gosh --leaks).
 *
 * When the program ends with status 0 (main returned, or os.Exit(0)),
 * every goroutine still parked on a channel, a select or a sync object
 * is leaked: in Go it would wait there until the process died. Those
 * are listed, each with its stack and the go statement that made it, as
 * a goroutine dump lists them, and the status becomes 3. A goroutine
 * asleep in time.Sleep, or waiting for input, will wake by itself and
 * is not listed. */
#include <stdio.h>
#include <string.h>
#include "sched_internal.h"

static bool report_on;

void rt_report_leaks(bool on)
{
    report_on = on;
}

/* Waits that only another goroutine can end. */
bool rt_blocked_forever(const G *g)
{
    static const char *const reasons[] = {
        "chan send", "chan receive", "chan send (nil chan)", "chan receive (nil chan)", "select",
        "select (no cases)", "semacquire", "sync.Cond.Wait",
    };
    if (g->status != G_WAITING || !g->wait_reason)
        return false;
    for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
        if (strcmp(g->wait_reason, reasons[i]) == 0)
            return true;
    return false;
}

static void count_leak(G *g, void *arg)
{
    if (rt_blocked_forever(g))
        ++*(int *)arg;
}

static void print_leak(G *g, void *arg)
{
    (void)arg;
    if (rt_blocked_forever(g))
        rt_print_goroutine(g, stderr);
}

int rt_leak_filter(int code)
{
    if (!report_on || code != 0)
        return code;
    int n = 0;
    rt_each_g(count_leak, &n);
    if (!n)
        return code;
    rt_flush_stdout();
    fprintf(stderr, "leak: %d goroutine%s still blocked when the program ended:\n", n, n == 1 ? "" : "s");
    rt_each_g(print_leak, NULL);
    rt_explain_waits(stderr, false);
    fprintf(stderr, "\nexit status 3: goroutines leaked (gosh --leaks)\n");
    return 3;
}
