/* call.c: entering the interpreter from C. */
#include <string.h>
#include "internal.h"

/* Natives that call back into script code (String methods printed by
 * fmt) recurse on the C stack; a String method that prints itself would
 * recurse forever, so the nesting is capped and reported as Go reports a
 * runaway recursion. */
enum { MAX_REENTRY = 200 };
static __thread int reentry;

bool vm_call(G *g, Closure *cl, const Value *args, int nargs, Value *results,
             int nresults)
{
    if (reentry >= MAX_REENTRY)
        vm_fatal_trace(g, "stack overflow");
    const Proto *p = cl->proto;
    int32_t base = 0;
    if (g->nframes > 0) {
        const Frame *top = &g->frames[g->nframes - 1];
        base = top->base + top->cl->proto->maxregs;
    }
    int64_t need = (int64_t)base + p->maxregs + nargs + 1;
    if (need > g->stack_size && !rt_grow_stack(g, need))
        vm_fatal_trace(g, "stack overflow");
    for (int j = 0; j < nargs; j++)
        g->stack[base + j] = args[j];
    Frame *f = rt_push_frame(g);
    if (!f)
        vm_fatal_trace(g, "stack overflow");
    f->cl = cl;
    f->base = base;
    f->pc = p->code;
    int32_t saved_floor = vm_exec_floor;
    struct Panic *before = g->panic;
    int saved_status = g->status;
    vm_exec_floor = g->nframes - 1;
    g->status = G_RUNNING;
    reentry++;
    vm_execute(g);
    reentry--;
    vm_exec_floor = saved_floor;
    if (g->panic != before)
        return false;
    if (g->status != G_RUNNING && g->status != G_DEAD)
        vm_fatal_trace(g, "goroutine blocked inside a call from native code");
    g->status = saved_status == G_DEAD ? G_RUNNING : saved_status;
    for (int j = 0; j < nresults; j++)
        results[j] = g->stack[base + j];
    return true;
}

bool vm_call_recover(G *g, Closure *cl, const Value *args, int nargs, Value *results,
                     int nresults, Value *panic_value)
{
    struct Panic *before = g->panic;
    if (vm_call(g, cl, args, nargs, results, nresults))
        return true;
    /* The callee's frames are gone (vm_unwind stopped at the floor); the
     * panics raised inside the call, newest first, chain back to [before]. */
    *panic_value = g->panic->value;
    g->panic = before;
    return false;
}

int vm_run(Program *prog)
{
    G *g = rt_new_g(1024);
    Frame *f = rt_push_frame(g);
    f->cl = prog->entry->closure;
    f->base = 0;
    f->pc = prog->entry->code;
    if (prog->entry->maxregs > g->stack_size)
        rt_grow_stack(g, prog->entry->maxregs);
    vm_exec_floor = 0;
    rt_run_main(g);
    rt_flush_stdout();
    return 0;
}

static void execute(G *g)
{
    vm_execute(g);
}

void vm_init(void)
{
    vm_init_types();
    rt_init(execute, vm_traceback);
}
