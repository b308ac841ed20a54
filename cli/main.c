/* main.c: the command line. Thin: parse flags, call gosh.h, exit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "explore.h"
#include "duration.h"
#include "gosh.h"
#include "pkgdir.h"
#include "repl.h"
#include "step.h"
#include "trace.h"

#ifndef GOSH_VERSION
#define GOSH_VERSION "0.1.0"
#endif

static const char vet_usage[] =
    "usage: gosh vet FILE...\n"
    "\n"
    "Checks each program and reports, as FILE:LINE:COL: message (go vet's\n"
    "words where go vet has the check):\n"
    "  loopclosure   a loop variable captured by the func literal of a go or\n"
    "                defer statement that ends the loop body\n"
    "  copylocks     a Mutex, RWMutex, WaitGroup, Cond, Once or a struct holding\n"
    "                one, copied by value (assigned, passed, returned, ranged over)\n"
    "  atomic        x = atomic.AddInt64(&x, 1)\n"
    "  assign        self-assignment x = x\n"
    "  unusedresult  a discarded fmt.Sprintf, errors.New, fmt.Errorf...\n"
    "  printf        Printf verbs that do not fit their arguments, wrong argument\n"
    "                counts, a Println given a format\n"
    "  lostcancel    a context's cancel function not called on every path\n"
    "  unreachable   code after return, panic, an endless loop...\n"
    "  waitgroup     wg.Add called inside the goroutine it counts\n"
    "  condwait      Cond.Wait not directly in a for loop (gosh's own)\n"
    "  closerecv     a goroutine closes a channel it only receives from (gosh's own)\n"
    "  sleeploop     time.Sleep in a loop polling a shared variable (gosh's own;\n"
    "                a hint, which does not set the exit status)\n"
    "Exit status 2 when something was reported (as go vet), 1 when a file did\n"
    "not compile. gosh --vet FILE prints the same to stderr, then runs FILE.\n";

static const char usage[] =
    "usage: gosh [options] FILE [args...]    run a Go program or script\n"
    "       gosh [options] -e CODE [args...] run CODE\n"
    "       gosh [options] -                 run the script on standard input\n"
    "       gosh run DIR|FILE.go... [args]   run the package main of a folder or files\n"
    "       gosh test [-v] [-run RE] [DIR]   run a package's tests (gosh test -h)\n"
    "       gosh vet FILE...                 report concurrency mistakes and copied locks\n"
    "       gosh disasm FILE                 show the bytecode of every function\n"
    "       gosh explore [flags] FILE [args...] run FILE under many schedules\n"
    "                                        (gosh explore -h for its flags)\n"
    "       gosh step [flags] FILE [args...] run FILE one synchronisation point at a\n"
    "                                        time, choosing who moves (gosh step -h)\n"
    "       gosh trace FILE.json [-o OUT.html] summarise a trace, or write its timeline\n"
    "       gosh                             (no arguments) start the REPL\n"
    "\n"
    "options:\n"
    "  --procs N     run goroutines on N processors (default: the CPU count)\n"
    "  --seed N      deterministic mode: one thread, scheduling from seed N\n"
    "  --strategy S  deterministic mode's strategy: random (default) or pct\n"
    "  --depth d     pct: the bug depth (d-1 priority change points, default 3)\n"
    "  --pct-steps K pct: the steps a run is expected to take (default 1000)\n"
    "  --record FILE deterministic mode: write the schedule's decisions to FILE\n"
    "  --replay FILE run the schedule in FILE (written by --record or explore)\n"
    "  --max-memory SIZE\n"
    "                cap the heap at SIZE bytes (suffix K, M, G or T: 512M, 2G);\n"
    "                past it the program ends with \"fatal error: runtime: out of\n"
    "                memory\" (default: $GOSH_MAX_MEMORY, else no cap)\n"
    "  --timeout D   end the program after D of wall-clock time (10s, 500ms, 2m)\n"
    "  --max-steps N end it after N steps (loop iterations and calls)\n"
    "  --max-goroutines N\n"
    "                end it when more than N goroutines are alive at once\n"
    "  --max-output SIZE\n"
    "                end it when it has written more than SIZE bytes to stdout\n"
    "                and stderr together (suffix K, M or G); what it wrote up to\n"
    "                the limit is kept\n"
    "                (each limit: \"fatal error: ... limit exceeded\", every\n"
    "                goroutine's stack, exit status 2; docs/grading.md)\n"
    "  --sandbox     writes only inside a fresh temporary folder (os.TempDir,\n"
    "                removed at exit), no os/exec, no environment changes, no\n"
    "                signals sent: for running code nobody has read\n"
    "  --race        report data races: two goroutines touching the same memory,\n"
    "                at least one writing, with nothing ordering them (Go's\n"
    "                -race report; exit status 66 when any was found)\n"
    "  --leaks       at the end, list the goroutines still blocked on a channel,\n"
    "                select or lock, with their stacks (exit status 3 if any)\n"
    "  --vet         first print what gosh vet finds (to stderr), then run\n"
    "  --trace FILE  write what the run did to FILE, a trace that Perfetto's UI\n"
    "                and chrome://tracing open (docs/trace-format.md)\n"
    "  --trace-limit N\n"
    "                keep only the last N events of the trace\n"
    "  --trace-lines also a slice per source line the program runs, for\n"
    "                step-by-step lessons (with --trace or --trace-html)\n"
    "  --trace-html FILE\n"
    "                write the run's timeline page to FILE (open it in a browser;\n"
    "                the trace itself goes beside it, FILE with .json)\n"
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

/* A size for --max-memory: decimal digits with an optional K, M, G or T
 * (powers of 1024, either case, optionally followed by B or iB: 512M,
 * 512MB, 512MiB), or B for bytes. 0 when it is not one, or is 0. */
static unsigned long long parse_size(const char *s)
{
    if (!s || *s < '0' || *s > '9')
        return 0;
    unsigned long long n = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        if (n > (~0ull - 9) / 10)
            return 0;
        n = n * 10 + (unsigned long long)(*s - '0');
    }
    int shift = 0;
    switch (*s) {
    case 'k': case 'K': shift = 10; break;
    case 'm': case 'M': shift = 20; break;
    case 'g': case 'G': shift = 30; break;
    case 't': case 'T': shift = 40; break;
    }
    if (shift) {
        s++;
        if (*s == 'i' && s[1] == 'B')
            s++;
    }
    if (*s == 'B')
        s++;
    if (*s != '\0' || n > (~0ull >> shift))
        return 0;
    return n << shift;
}

static unsigned long long size_arg(const char *opt, const char *val)
{
    if (!val)
        bad_usage("%s needs a size such as 512M, 2G or 1500K", opt);
    unsigned long long n = parse_size(val);
    if (n == 0) {
        fprintf(stderr, "gosh: %s must be a positive size such as 512M, 2G or 1500K, not %s"
                        " (run 'gosh --help' for usage)\n", opt, val);
        exit(2);
    }
    return n;
}

static long long duration_arg(const char *opt, const char *val)
{
    long long ns = parse_duration(val);
    if (ns <= 0) {
        fprintf(stderr, "gosh: %s must be a positive duration such as 10s, 500ms or 2m, not %s"
                        " (run 'gosh --help' for usage)\n", opt, val ? val : "nothing");
        exit(2);
    }
    return ns;
}

/* Whether [a] is the option [name], as "--name VALUE" (the next
 * argument, consumed: *i moves past it) or "--name=VALUE"; [*v] is the
 * value, NULL when none follows. */
static bool option_value(const char *a, const char *name, int argc, char **argv, int *i,
                         const char **v)
{
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0 || (a[n] != '\0' && a[n] != '='))
        return false;
    *v = a[n] == '=' ? a + n + 1 : (*i + 1 < argc ? argv[++*i] : NULL);
    return true;
}

static long long count_arg(const char *opt, const char *val)
{
    long long n = number_arg(opt, val);
    if (n < 1)
        bad_usage("%s must be a positive number", opt);
    return n;
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *more = realloc(buf, cap *= 2);
            if (!more)
                free(buf);
            buf = more;
        }
    }
    if (!buf) {
        fprintf(stderr, "fatal error: runtime: out of memory\n");
        exit(2);
    }
    *len = n;
    return buf;
}

/* The main thread runs the main goroutine's M: let its C stack grow as
 * far as the other Ms' (runtime/sched.c's M_STACK_SIZE), for natives that
 * recurse once per level of a value. The kernel reads the limit as the
 * stack grows, so raising it here is enough. */
static void raise_stack_limit(void)
{
    struct rlimit rl;
    const rlim_t want = (rlim_t)64 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= want)
        return;
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= want ? want : rl.rlim_max;
    setrlimit(RLIMIT_STACK, &rl);
}

int main(int argc, char **argv)
{
    raise_stack_limit();
    GoshOptions opts = {0};
    int i = 1;
    const char *code = NULL;
    bool disasm = false;
    if (argc > 1 && strcmp(argv[1], "explore") == 0)
        return explore_main(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "step") == 0)
        return step_main(argc - 1, argv + 1);
    /* gosh run [OPTIONS] FILES|DIR: the run options may follow "run" */
    bool run_cmd = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!run_cmd && strcmp(a, "run") == 0 && i + 1 < argc && argv[i + 1][0] == '-' && argv[i + 1][1]) {
            run_cmd = true;
            continue;
        }
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
        if (strcmp(a, "--strategy") == 0 || strncmp(a, "--strategy=", 11) == 0) {
            const char *v = a[10] == '=' ? a + 11 : (i + 1 < argc ? argv[++i] : NULL);
            if (v && strcmp(v, "random") == 0)
                opts.strategy = 0;
            else if (v && strcmp(v, "pct") == 0)
                opts.strategy = 1;
            else
                bad_usage("--strategy must be random or pct, not %s", v ? v : "nothing");
            opts.seeded = true;
            continue;
        }
        if (strcmp(a, "--depth") == 0 || strncmp(a, "--depth=", 8) == 0) {
            const char *v = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            long long n = number_arg("--depth", v);
            if (n < 1 || n > 32)
                bad_usage("--depth must be between 1 and 32, not %s", v);
            opts.depth = (int)n;
            continue;
        }
        if (strcmp(a, "--pct-steps") == 0 || strncmp(a, "--pct-steps=", 12) == 0) {
            const char *v = a[11] == '=' ? a + 12 : (i + 1 < argc ? argv[++i] : NULL);
            long long n = number_arg("--pct-steps", v);
            if (n < 1)
                bad_usage("--pct-steps must be a positive number, not %s", v);
            opts.pct_steps = n;
            continue;
        }
        if (strcmp(a, "--replay") == 0 || strncmp(a, "--replay=", 9) == 0 ||
            strcmp(a, "--record") == 0 || strncmp(a, "--record=", 9) == 0) {
            bool rec = a[3] == 'e' && a[4] == 'c';
            const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v || !*v)
                bad_usage(rec ? "%s needs a FILE to write" : "%s needs a schedule FILE", rec ? "--record" : "--replay");
            if (rec)
                opts.record = v;
            else
                opts.replay = v;
            opts.seeded = true;
            continue;
        }
        if (strcmp(a, "--max-memory") == 0) {
            opts.max_memory = size_arg(a, i + 1 < argc ? argv[i + 1] : NULL);
            i++;
            continue;
        }
        if (strncmp(a, "--max-memory=", 13) == 0) {
            opts.max_memory = size_arg("--max-memory", a + 13);
            continue;
        }
        const char *v;
        if (option_value(a, "--timeout", argc, argv, &i, &v)) {
            opts.timeout_ns = duration_arg("--timeout", v);
            opts.timeout_text = v;
            continue;
        }
        if (option_value(a, "--max-steps", argc, argv, &i, &v)) {
            opts.max_steps = count_arg("--max-steps", v);
            opts.max_steps_text = v;
            continue;
        }
        if (option_value(a, "--max-goroutines", argc, argv, &i, &v)) {
            opts.max_goroutines = count_arg("--max-goroutines", v);
            opts.max_goroutines_text = v;
            continue;
        }
        if (option_value(a, "--max-output", argc, argv, &i, &v)) {
            opts.max_output = size_arg("--max-output", v);
            opts.max_output_text = v;
            continue;
        }
        if (strcmp(a, "--sandbox") == 0) {
            opts.sandbox = true;
            continue;
        }
        if (strcmp(a, "--trace") == 0 || strncmp(a, "--trace=", 8) == 0) {
            const char *v = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v || !*v)
                bad_usage("%s needs a FILE to write", "--trace");
            opts.trace_path = v;
            continue;
        }
        if (strcmp(a, "--race") == 0) {
            opts.race = true;
            continue;
        }
        if (strcmp(a, "--leaks") == 0) {
            opts.leaks = true;
            continue;
        }
        if (strcmp(a, "--vet") == 0) {
            opts.vet = true;
            continue;
        }
        if (strcmp(a, "--trace-lines") == 0) {
            opts.trace_lines = true;
            continue;
        }
        if (strcmp(a, "--trace-html") == 0 || strncmp(a, "--trace-html=", 13) == 0) {
            const char *v = a[12] == '=' ? a + 13 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v || !*v)
                bad_usage("%s needs a FILE to write", "--trace-html");
            opts.trace_html = v;
            continue;
        }
        if (strcmp(a, "--trace-limit") == 0 || strncmp(a, "--trace-limit=", 14) == 0) {
            const char *v = a[13] == '=' ? a + 14 : (i + 1 < argc ? argv[++i] : NULL);
            long long n = number_arg("--trace-limit", v);
            if (n < 1)
                bad_usage("--trace-limit must be a positive number of events, not %s", v);
            opts.trace_limit = n;
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
    if (opts.trace_html && !opts.trace_path) {
        /* the page's trace goes beside it: run.html -> run.json */
        opts.trace_path = gosh_trace_json_path(opts.trace_html);
        if (!opts.trace_path)
            return 2;
    }
    if (opts.trace_lines && !opts.trace_path && !opts.trace_html)
        bad_usage("%s needs --trace FILE or --trace-html FILE", "--trace-lines");
    const char *env_limit = getenv("GOSH_MAX_MEMORY");
    if (!opts.max_memory && env_limit && *env_limit)
        opts.max_memory = size_arg("GOSH_MAX_MEMORY", env_limit);
    if (!code && i < argc && strcmp(argv[i], "trace") == 0 && !opts.dump_ast)
        return trace_main(argc - i, argv + i);
    if (!code && i < argc && strcmp(argv[i], "vet") == 0 && !opts.dump_ast) {
        if (i + 1 >= argc)
            bad_usage("%s needs a FILE", "vet");
        if (strcmp(argv[i + 1], "-h") == 0 || strcmp(argv[i + 1], "--help") == 0) {
            fputs(vet_usage, stdout);
            return 0;
        }
        for (int k = i + 1; k < argc; k++)
            if (argv[k][0] == '-' && argv[k][1])
                bad_usage("gosh vet has no flag %s: it takes FILEs", argv[k]);
        gosh_init(1, argv + i + 1, &opts);
        return gosh_vet(argc - i - 1, argv + i + 1, stdout);
    }
    /* a package of several files: gosh run DIR|FILES, gosh DIR, gosh test */
    if (!code && i < argc && strcmp(argv[i], "test") == 0 && !opts.dump_ast)
        return test_main(argc - i - 1, argv + i + 1, &opts);
    if (!code && run_cmd && !opts.dump_ast)
        return runpkg_main(argc - i, argv + i, &opts);
    if (!code && i < argc && strcmp(argv[i], "run") == 0 && !opts.dump_ast)
        return runpkg_main(argc - i - 1, argv + i + 1, &opts);
    if (!code && i < argc && pkgdir_is_dir(argv[i]) && !opts.dump_ast)
        return runpkg_main(argc - i, argv + i, &opts);
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
