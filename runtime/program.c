/* program.c: running a program in-process and coming back (runtime.h,
 * "running a program in-process").
 *
 * A program normally ends the process: rt_exit flushes stdout and calls
 * _exit, from wherever the end was decided (main returning in the
 * scheduler, os.Exit in a native, a panic at the top of a goroutine, a
 * deadlock found by an idle M). rt_run_program instead runs the scheduler's
 * loop on the calling thread inside a setjmp, in deterministic mode, so
 * there is one M and no other thread runs goroutines; rt_exit then
 * longjmps back here. The C frames skipped are the scheduler's, the
 * interpreter's and perhaps a native's; none holds a global lock at the
 * points where a program ends, except that an allocation budget can run
 * out inside any allocation, and the reset re-initialises the scheduler's
 * and the timers' locks and the semaphore table anyway. Objects a
 * goroutine had locked (a channel it was parking on) are dropped with it.
 *
 * What the reset leaves: memory (the collector frees what nothing
 * references; a goroutine stays reachable only from a global cell of the
 * program, until the next run of it re-initialises the cell), the Ms and
 * Ps (reused), the compiled program, C state outside the runtime unless
 * its owner registered a hook (rt_at_program_start), open files and the
 * environment (tests/fuzz sandboxes those: stdlib_sandbox). */
#include <pthread.h>
#include <setjmp.h>
#include <string.h>
#include "runtime.h"
#include "sched_internal.h"

bool rt_alloc_counting;

static struct {
    bool active;
    pthread_t thread;
    jmp_buf *env;
    bool end_noted;
    RtEnd end;
    int status;
    int64_t steps, max_steps;
    int64_t allocated, max_alloc;
} prog;

enum { MAX_HOOKS = 16 };
static void (*hooks[MAX_HOOKS])(void);
static int nhooks;

void rt_at_program_start(void (*fn)(void))
{
    for (int i = 0; i < nhooks; i++)
        if (hooks[i] == fn)
            return;
    if (nhooks < MAX_HOOKS)
        hooks[nhooks++] = fn;
}

bool rt_in_program(void)
{
    return prog.active && pthread_equal(prog.thread, pthread_self());
}

static void reset_runtime(void)
{
    sched_reset();
    timers_reset();
    sema_reset();
}

int rt_run_program(G *main_g, const RtRunOptions *opts, RtRunResult *result)
{
    if (prog.active || sched_running())
        return -1;
    static const RtRunOptions none;
    if (!opts)
        opts = &none;
    reset_runtime();
    RtOptions ro = {.procs = 1, .seeded = true, .seed = opts->seed, .strategy = opts->strategy};
    rt_configure(&ro);
    g_number_main(main_g);
    for (int i = 0; i < nhooks; i++)
        hooks[i]();
    jmp_buf env;
    memset(&prog, 0, sizeof prog);
    prog.thread = pthread_self();
    prog.env = &env;
    prog.end = RT_END_EXIT;
    prog.max_steps = opts->max_steps > 0 ? opts->max_steps : 0;
    prog.max_alloc = opts->max_alloc > 0 ? opts->max_alloc : 0;
    prog.active = true;
    rt_alloc_counting = true;
    rt_alloc_update();
    if (setjmp(env) == 0)
        sched_run_program(main_g);
    /* program_unwind jumped here: the program has ended */
    rt_alloc_counting = false;
    rt_alloc_update();
    reset_runtime();
    prog.active = false;
    prog.env = NULL;
    if (result) {
        result->end = prog.end;
        result->status = prog.status;
        result->steps = prog.steps;
        result->allocated = prog.allocated;
    }
    return prog.status;
}

void program_note_end(RtEnd end)
{
    if (prog.active && !prog.end_noted) {
        prog.end = end;
        prog.end_noted = true;
    }
}

void program_unwind(int status)
{
    if (!rt_in_program())
        return;
    rt_alloc_counting = false;
    rt_alloc_update();
    prog.status = status;
    longjmp(*prog.env, 1);
}

_Noreturn void rt_end_program(RtEnd end, int status)
{
    program_note_end(end);
    rt_exit(status);
}

void program_add_steps(int64_t n)
{
    prog.steps += n;
}

void program_check_steps(void)
{
    if (prog.max_steps && prog.steps >= prog.max_steps) {
        program_note_end(RT_END_STEPS);
        rt_fatal_all("step budget exceeded");
    }
}

int64_t program_steps_left(void)
{
    return prog.max_steps ? prog.max_steps - prog.steps : INT64_MAX;
}

void program_charge(size_t size)
{
    prog.allocated += (int64_t)size;
    if (prog.max_alloc && (prog.allocated > prog.max_alloc || size > (size_t)prog.max_alloc)) {
        /* what the report allocates is not charged */
        rt_alloc_counting = false;
        rt_alloc_update();
        program_note_end(RT_END_ALLOC);
        rt_fatal_all("allocation budget exceeded");
    }
}
