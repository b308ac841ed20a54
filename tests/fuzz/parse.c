/* parse.c: fuzz target 2, the parser (parser/): scan and parse the input
 * to a syntax tree, print the diagnostics, and dump the tree. */
#include "fuzz.h"
#include "parser.h"

typedef struct Job {
    Source *src;
} Job;

static void parse(void *arg)
{
    Job *job = arg;
    Diag d;
    diag_init(&d, job->src);
    Node *file = parse_file(job->src, &d);
    diag_print(&d, fuzz_out());
    if (file && !diag_has_errors(&d))
        ast_dump(file, fuzz_out());
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    Job job = {fuzz_source(data, size, "fuzz.go")};
    /* the dump recurses over the tree: a big stack, as gosh has */
    fuzz_on_big_stack(parse, &job);
    fuzz_source_free(job.src);
    return 0;
}
