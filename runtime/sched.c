/* sched.c: the scheduler.
 *
 * For now one worker runs the main goroutine to completion; the M:N
 * scheduler of design §4 replaces this file's body without changing its
 * interface. */
#include "runtime.h"

static rt_executor executor;
static rt_tracer tracer;
static __thread G *current;

void rt_init(rt_executor exec, rt_tracer trace)
{
    executor = exec;
    tracer = trace;
}

G *rt_current(void)
{
    return current;
}

int rt_run_main(G *main_g)
{
    current = main_g;
    main_g->status = G_RUNNING;
    while (main_g->status == G_RUNNING || main_g->status == G_RUNNABLE) {
        main_g->status = G_RUNNING;
        executor(main_g);
    }
    current = NULL;
    return 0;
}
