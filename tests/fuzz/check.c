/* check.c: fuzz target 3, the checker: parse, type check and compile the
 * input (standard packages included, checked lazily as gosh does), print
 * the errors, run nothing. */
#include "compiler.h"
#include "fuzz.h"

typedef struct Job {
    Source *src;
} Job;

static void check(void *arg)
{
    Job *job = arg;
    Diag d;
    diag_init(&d, job->src);
    Program *p = compile_program(job->src, &d);
    if (!p)
        diag_print(&d, fuzz_out());
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    fuzz_check_memory();
    Job job = {fuzz_source(data, size, "fuzz.go")};
    /* checking recurses over the tree: a big stack, as gosh has */
    fuzz_on_big_stack(check, &job);
    fuzz_source_free(job.src);
    return 0;
}
