/* run.c: fuzz target 4, the whole pipeline: parse, check, compile and run
 * the input in this process (vm_run_program: deterministic mode, seed 1,
 * with a step and an allocation budget), then the next input runs from a
 * clean scheduler. Package os is sandboxed (fuzz.c), stdin is empty.
 *
 * GOSH_FUZZ_STEPS (default 50000) and GOSH_FUZZ_ALLOC (bytes, default
 * 32 MB) set the budgets, GOSH_FUZZ_SEED the seed. */
#include <stdlib.h>
#include "compiler.h"
#include "fuzz.h"
#include "vm.h"

typedef struct Job {
    Source *src;
} Job;

static long long env(const char *name, long long dflt)
{
    const char *e = getenv(name);
    return e ? atoll(e) : dflt;
}

static void run(void *arg)
{
    Job *job = arg;
    static RtRunOptions opts;
    if (!opts.max_steps) {
        opts.seed = (uint64_t)env("GOSH_FUZZ_SEED", 1);
        opts.max_steps = env("GOSH_FUZZ_STEPS", 50000);
        opts.max_alloc = env("GOSH_FUZZ_ALLOC", 32ll << 20);
    }
    Diag d;
    diag_init(&d, job->src);
    Program *p = compile_program(job->src, &d);
    if (!p) {
        diag_print(&d, fuzz_out());
        return;
    }
    RtRunResult r;
    if (vm_run_program(p, &opts, &r) < 0)
        abort(); /* the scheduler was not left clean */
    if (rt_in_program())
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    fuzz_check_memory();
    Job job = {fuzz_source(data, size, "fuzz.go")};
    /* the program runs on the compiling thread, as rt_run_program runs a
     * program on the thread that calls it */
    fuzz_on_big_stack(run, &job);
    fuzz_source_free(job.src);
    return 0;
}
