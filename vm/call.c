/* call.c: entering the interpreter from C. */
#include <string.h>
#include "event.h"
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
    /* The call runs on a register stack of its own: the native that
     * called us holds pointers into the current one, which must not move
     * if the callee needs more room. */
    Value *saved_stack = g->stack;
    int32_t saved_size = g->stack_size;
    int32_t size = p->maxregs + nargs + 16;
    g->stack = rt_alloc(sizeof(Value) * (size_t)size);
    g->stack_size = size;
    for (int j = 0; j < nargs; j++)
        g->stack[j] = args[j];
    Frame *f = rt_push_frame(g);
    if (!f)
        vm_fatal_trace(g, "stack overflow");
    f->cl = cl;
    f->base = 0;
    f->pc = p->code;
    int32_t saved_floor = vm_exec_floor;
    struct Panic *before = g->panic;
    int saved_status = g->status;
    vm_exec_floor = g->nframes - 1;
    g->status = G_RUNNING;
    reentry++;
    g->callbacks++;
    vm_run_loop(g);
    g->callbacks--;
    reentry--;
    vm_exec_floor = saved_floor;
    Value *stack = g->stack;
    g->stack = saved_stack;
    g->stack_size = saved_size;
    if (g->panic != before)
        return false;
    if (g->status != G_RUNNING && g->status != G_DEAD)
        vm_fatal_trace(g, "a method called by the standard library (such as String) tried to "
                          "wait on a channel, lock or timer, which it cannot do");
    g->status = saved_status == G_DEAD ? G_RUNNING : saved_status;
    for (int j = 0; j < nresults; j++)
        results[j] = stack[j];
    return true;
}

G *vm_new_goroutine(Closure *fn)
{
    const Proto *p = fn->proto;
    /* goroutines start with a small stack that grows as needed */
    G *g = rt_new_g(p->maxregs + 8 > 16 ? p->maxregs + 8 : 16);
    Frame *f = rt_push_frame(g);
    f->cl = fn;
    f->base = 0;
    f->pc = p->code;
    g->at_poll = true;
    return g;
}

void vm_go(Closure *fn, const Value *args, int nargs, Closure *created_by,
           const Instr *created_pc)
{
    G *g = vm_new_goroutine(fn);
    for (int j = 0; j < nargs; j++)
        g->stack[j] = args[j];
    g->created_by = created_by;
    g->created_pc = created_pc;
    rt_go(g);
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

bool vm_race, vm_race_detect, vm_access_points;

void vm_set_race(bool on)
{
    vm_race_detect = on;
    vm_race = vm_race_detect || vm_access_points;
}

void vm_set_access_points(bool on)
{
    vm_access_points = on;
    vm_race = vm_race_detect || vm_access_points;
}

int vm_run(Program *prog)
{
    G *g = rt_new_g(prog->entry->maxregs + 16);
    Frame *f = rt_push_frame(g);
    f->cl = prog->entry->closure;
    f->base = 0;
    f->pc = prog->entry->code;
    g->at_poll = true;
    vm_exec_floor = 0;
    return rt_run_main(g);
}

int vm_run_program(Program *prog, const RtRunOptions *opts, RtRunResult *result)
{
    G *g = rt_new_g(prog->entry->maxregs + 16);
    Frame *f = rt_push_frame(g);
    f->cl = prog->entry->closure;
    f->base = 0;
    f->pc = prog->entry->code;
    /* a run that ended inside a native's call into the program left these */
    vm_exec_floor = 0;
    reentry = 0;
    vm_set_access_points(true); /* deterministic, as under --seed */
    return rt_run_program(g, opts, result);
}

/* The scheduler's executor: run [g] until it returns, yields or waits. */
static RunResult execute(G *g)
{
    if (__atomic_load_n(&g->killed, __ATOMIC_SEQ_CST)) {
        /* interrupted or abandoned at the REPL */
        g->status = G_DEAD;
        return RUN_DONE;
    }
    vm_run_loop(g);
    switch (g->status) {
    case G_DEAD: return RUN_DONE;
    case G_WAITING: return RUN_PARK;
    default: return RUN_YIELD;
    }
}

void vm_init(void)
{
    vm_init_types();
    rt_init(execute, vm_traceback);
    rt_set_locator(&vm_locator);
}
