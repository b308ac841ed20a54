/* main.c: the command line. Thin: parse flags, call gosh.h, exit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gosh.h"
#include "repl.h"

#ifndef GOSH_VERSION
#define GOSH_VERSION "0.1.0"
#endif

static const char usage[] =
    "usage: gosh [options] FILE [args...]    run a Go program or script\n"
    "       gosh [options] -e CODE [args...] run CODE\n"
    "       gosh [options] -                 run the script on standard input\n"
    "       gosh disasm FILE                 show the bytecode of every function\n"
    "       gosh                             (no arguments) start the REPL\n"
    "\n"
    "options:\n"
    "  --procs N     run goroutines on N processors (default: the CPU count)\n"
    "  --seed N      deterministic mode: one thread, scheduling from seed N\n"
    "  --dump-ast    print the syntax tree instead of running\n"
    "  --version     print the version\n"
    "  --help        print this help\n";

static _Noreturn void bad_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "gosh: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (run 'gosh --help' for usage)\n");
    exit(2);
}

static long long number_arg(const char *opt, const char *val)
{
    if (!val)
        bad_usage("%s needs a number", opt);
    char *end;
    long long n = strtoll(val, &end, 10);
    if (*val == '\0' || *end != '\0')
        bad_usage("%s needs a number", opt);
    return n;
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    GoshOptions opts = {0};
    int i = 1;
    const char *code = NULL;
    bool disasm = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(a, "--version") == 0) {
            printf("gosh %s\n", GOSH_VERSION);
            return 0;
        }
        if (strcmp(a, "--procs") == 0) {
            long long n = number_arg(a, i + 1 < argc ? argv[i + 1] : NULL);
            if (n < 1 || n > 1024)
                bad_usage("--procs must be between 1 and 1024, not %s", argv[i + 1]);
            opts.procs = (int)n;
            i++;
            continue;
        }
        if (strncmp(a, "--procs=", 8) == 0) {
            long long n = number_arg("--procs", a + 8);
            if (n < 1 || n > 1024)
                bad_usage("--procs must be between 1 and 1024, not %s", a + 8);
            opts.procs = (int)n;
            continue;
        }
        if (strcmp(a, "--seed") == 0) {
            opts.seed = number_arg(a, i + 1 < argc ? argv[i + 1] : NULL);
            opts.seeded = true;
            i++;
            continue;
        }
        if (strncmp(a, "--seed=", 7) == 0) {
            opts.seed = number_arg("--seed", a + 7);
            opts.seeded = true;
            continue;
        }
        if (strcmp(a, "--stdlib-doc") == 0) {
            gosh_init(argc, argv, &opts);
            return gosh_stdlib_doc(stdout);
        }
        if (strcmp(a, "--dump-ast") == 0) {
            opts.dump_ast = true;
            continue;
        }
        if (strcmp(a, "-e") == 0) {
            if (i + 1 >= argc)
                bad_usage("%s needs the code to run", a);
            code = argv[++i];
            i++;
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] == '-' && a[1] != '\0')
            bad_usage("unknown option %s", a);
        break;
    }
    if (!code && i < argc && strcmp(argv[i], "disasm") == 0 && !opts.dump_ast) {
        if (i + 1 >= argc)
            bad_usage("%s needs a FILE", "disasm");
        disasm = true;
        i++;
    }
    if (code) {
        /* os.Args: "-e" stands for the program, then its arguments */
        argv[i - 1] = "-e";
        gosh_init(argc - (i - 1), argv + i - 1, &opts);
        return gosh_run_source("-e", code, strlen(code));
    }
    if (i >= argc || strcmp(argv[i], "-") == 0) {
        if (i >= argc && isatty(0) && isatty(1)) {
            static char *repl_argv[] = {"gosh", NULL};
            gosh_init(1, repl_argv, &opts);
            return repl_run();
        }
        size_t len;
        char *text = read_all(stdin, &len);
        if (i >= argc) {
            static char *stdin_argv[] = {"-", NULL};
            gosh_init(1, stdin_argv, &opts);
        } else {
            gosh_init(argc - i, argv + i, &opts);
        }
        int rc = gosh_run_source("<stdin>", text, len);
        free(text);
        return rc;
    }
    gosh_init(argc - i, argv + i, &opts);
    if (disasm)
        return gosh_disasm(argv[i], stdout);
    if (opts.dump_ast)
        return gosh_dump_ast(argv[i], stdout);
    return gosh_run_file(argv[i]);
}
