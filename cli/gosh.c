/* gosh.c: the facade: the only code that sees every folder. */
#include <gc.h>
#include <pthread.h>
#include <string.h>
#include "compiler.h"
#include "gosh.h"
#include "lexer.h"
#include "parser.h"
#include "runtime.h"
#include "gostd.h"
#include "vm.h"

void gosh_init(int argc, char **argv, const GoshOptions *opts)
{
    GC_set_all_interior_pointers(1);
    GC_INIT();
    GC_allow_register_threads();
    types_init();
    vm_init();
    RtOptions rt = {0};
    if (opts) {
        rt.procs = opts->procs;
        rt.seeded = opts->seeded;
        rt.seed = (uint64_t)opts->seed;
    }
    rt_configure(&rt);
    stdlib_open_all(argc, argv);
}

typedef struct CompileJob {
    const Source *src;
    Program *prog;
} CompileJob;

static void *compile_thread(void *arg)
{
    CompileJob *job = arg;
    Diag d;
    diag_init(&d, job->src);
    job->prog = compile_program(job->src, &d);
    if (!job->prog) {
        rt_flush_stdout();
        diag_print(&d, stderr);
    }
    return NULL;
}

/* The checker and code generator recurse over the syntax tree. Nesting is
 * capped (2000 brackets, 3000 expression levels), and the compile runs on
 * a thread with a large stack so that those caps, not the C stack, decide
 * (a sanitizer build's frames are several times larger). */
static Program *compile(const Source *src)
{
    CompileJob job = {src, NULL};
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)512 << 20);
    if (pthread_create(&t, &attr, compile_thread, &job) != 0) {
        compile_thread(&job);
    } else {
        pthread_join(t, NULL);
    }
    pthread_attr_destroy(&attr);
    return job.prog;
}

static const Source *load(const char *path)
{
    char err[512];
    const Source *src = src_from_file(path, err, sizeof err);
    if (!src)
        fprintf(stderr, "gosh: %s\n", err);
    return src;
}

int gosh_run_source(const char *name, const char *text, size_t len)
{
    const Source *src = src_from_string(name, text, len);
    Program *p = compile(src);
    if (!p)
        return 1;
    return vm_run(p);
}

int gosh_run_file(const char *path)
{
    const Source *src = load(path);
    if (!src)
        return 1;
    Program *p = compile(src);
    if (!p)
        return 1;
    return vm_run(p);
}

int gosh_disasm(const char *path, FILE *out)
{
    const Source *src = load(path);
    if (!src)
        return 1;
    Program *p = compile(src);
    if (!p)
        return 1;
    for (int i = 0; i < p->nfuncs; i++) {
        if (!p->funcs[i]->code)
            continue;
        vm_disasm(p->funcs[i], src, out);
        fputc('\n', out);
    }
    return 0;
}

int gosh_dump_ast(const char *path, FILE *out)
{
    const Source *src = load(path);
    if (!src)
        return 1;
    Diag d;
    diag_init(&d, src);
    Node *file = parse_file(src, &d);
    if (diag_has_errors(&d)) {
        diag_print(&d, stderr);
        return 1;
    }
    ast_dump(file, out);
    return 0;
}
