/* repl_kill.c: :kill N, :kill all, and the goroutines :reset ends.
 *
 * Every goroutine in a session was started at the prompt (the REPL's own
 * thread is not one), so any of them may be ended. rt_kill does the work;
 * here we wait, briefly, to say that it is gone. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gosh.h"
#include "runtime.h"

enum { MAX_LISTED = 4096 };

typedef struct Live {
    G *gs[MAX_LISTED];
    int n;
} Live;

static void add_live(G *g, void *arg)
{
    Live *l = arg;
    if (g->status != G_DEAD && l->n < MAX_LISTED)
        l->gs[l->n++] = g;
}

/* Waits up to a second for goroutine [id] to end; false if it has not. */
static bool wait_gone(int64_t id)
{
    for (int i = 0; i < 100; i++) {
        if (!rt_find_g(id))
            return true;
        nanosleep(&(struct timespec){0, 10 * 1000000}, NULL);
    }
    return false;
}

/* Ends [g]; false (after a line on stderr) when it cannot end yet. */
static bool kill_one(G *g)
{
    int64_t id = g->id;
    RtKill k = rt_kill(g);
    if (k == RT_KILL_STUCK) {
        fprintf(stderr, ":kill: goroutine %lld is in a blocking call (I/O): it ends when the call returns\n",
                (long long)id);
        return false;
    }
    if (k == RT_KILL_ENDS && !wait_gone(id)) {
        /* a call from native code back into the program cannot stop */
        fprintf(stderr, ":kill: goroutine %lld has not stopped yet: it ends at its next safe point\n",
                (long long)id);
        return false;
    }
    return true;
}

int gosh_session_kill_all(void)
{
    Live *l = calloc(1, sizeof *l);
    if (!l)
        return 0;
    rt_each_g(add_live, l);
    int ended = 0;
    for (int i = 0; i < l->n; i++)
        ended += kill_one(l->gs[i]);
    free(l);
    return ended;
}

void gosh_session_kill(const char *arg)
{
    if (!*arg) {
        fprintf(stderr, ":kill needs a goroutine number (as :goroutines lists them) or all\n");
        return;
    }
    if (strcmp(arg, "all") == 0) {
        int n = gosh_session_kill_all();
        printf(n == 0 ? "no goroutines to end\n" : "%d goroutine%s ended\n", n, n == 1 ? "" : "s");
        return;
    }
    char *end;
    long long id = strtoll(arg, &end, 10);
    if (*end || end == arg || id <= 0) {
        fprintf(stderr, ":kill takes a goroutine number or all, not %s\n", arg);
        return;
    }
    G *g = rt_find_g(id);
    if (!g) {
        fprintf(stderr, ":kill: there is no goroutine %lld (:goroutines lists them)\n", id);
        return;
    }
    if (kill_one(g))
        printf("goroutine %lld ended\n", id);
}
