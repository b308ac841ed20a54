/* test.c: gosh test: a package's files and its _test.go files compiled
 * as one program with a generated main that hands the Test and Benchmark
 * functions (and TestMain) to package testing (stdlib/testing.go), which
 * prints what go test prints. The last line, go test's own ("ok  \tNAME\t
 * 0.012s" or "FAIL\tNAME\t0.012s" then "FAIL"), is printed here as the
 * program exits. NAME is the module path (and the folder below the
 * module's root) when a go.mod is found in the folder or above it, else
 * the folder's name; "command-line-arguments" for files named one by one. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "duration.h"
#include "gosh.h"
#include "pkgdir.h"
#include "test_json.h"

static const char test_usage[] =
    "usage: gosh test [flags] [DIR | FILE.go...]\n"
    "\n"
    "Runs the Test functions of the package in DIR (default .) or of the\n"
    "named files with its _test.go files, printing what go test prints.\n"
    "  -v            print every test's name, logs and result\n"
    "  -json         print go test -json's events (test2json), one JSON\n"
    "                object per line\n"
    "  -run REGEX    only the tests (and subtests: A/B) the pattern matches\n"
    "  -count N      run each test N times\n"
    "  -list REGEX   list the tests, benchmarks and examples it matches\n"
    "  -shuffle S    run the tests and benchmarks in a random order: on,\n"
    "                off, or the seed of a run to repeat\n"
    "  -failfast     stop after the first failing test\n"
    "  -short        testing.Short() reports true\n"
    "  -bench REGEX  also run the Benchmark functions it matches\n"
    "  -benchtime T  run each benchmark for T (1s) or T times (100x)\n"
    "  -timeout D    panic when the run takes longer than D (default 10m;\n"
    "                0: never), printing every goroutine's stack\n"
    "Exit status 1 when a test fails or the package does not compile.\n";

static const char *pkg_name;
static struct timespec started;

static double elapsed(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - started.tv_sec) + (double)(now.tv_nsec - started.tv_nsec) / 1e9;
}

static bool summarised;
/* a folder or files were named: go test's "package list mode" */
static bool list_mode;
/* -json: go test leaves out its last "FAIL" */
static bool json_mode;

/* go test's lines after the test binary's output. */
static int summary(int code)
{
    summarised = true;
    if (code == 0) {
        dprintf(1, "ok  \t%s\t%.3fs\n", pkg_name, elapsed());
        return 0;
    }
    if (list_mode)
        dprintf(1, "FAIL\t%s\t%.3fs\n%s", pkg_name, elapsed(), json_mode ? "" : "FAIL\n");
    else
        dprintf(1, "exit status %d\nFAIL\t%s\t%.3fs\n", code, pkg_name, elapsed());
    return 1;
}

/* The module line of a go.mod, if [path] has one. */
static char *module_of(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    char line[1024];
    char *mod = NULL;
    while (!mod && fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        if (strncmp(s, "module", 6) != 0 || (s[6] != ' ' && s[6] != '\t'))
            continue;
        s += 7;
        while (*s == ' ' || *s == '\t')
            s++;
        s[strcspn(s, " \t\r\n")] = '\0';
        if (*s == '"') {
            s++;
            s[strcspn(s, "\"")] = '\0';
        }
        mod = strdup(s);
    }
    fclose(f);
    return mod;
}

static const char *package_name(const char *dir)
{
    if (!dir)
        return "command-line-arguments";
    char abs[PATH_MAX];
    if (!realpath(dir, abs))
        return dir;
    char probe[PATH_MAX + 8];
    size_t n = strlen(abs);
    for (;;) {
        snprintf(probe, sizeof probe, "%.*s/go.mod", (int)n, abs);
        char *mod = module_of(probe);
        if (mod) {
            if (abs[n] == '\0')
                return mod;
            char *name = malloc(strlen(mod) + strlen(abs + n) + 1);
            sprintf(name, "%s%s", mod, abs + n);
            return name;
        }
        while (n > 0 && abs[n - 1] != '/')
            n--;
        if (n <= 1)
            break;
        n--;
    }
    const char *slash = strrchr(abs, '/');
    return strdup(slash && slash[1] ? slash + 1 : abs);
}

/* Grows a string. */
typedef struct Text {
    char *s;
    size_t len, cap;
} Text;

static void add(Text *t, const char *fmt, const char *a, const char *b)
{
    int n = snprintf(NULL, 0, fmt, a, b);
    if (t->len + (size_t)n + 1 > t->cap) {
        t->cap = (t->len + (size_t)n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        if (!t->s) {
            fprintf(stderr, "gosh: out of memory\n");
            exit(2);
        }
    }
    snprintf(t->s + t->len, (size_t)n + 1, fmt, a, b);
    t->len += (size_t)n;
}

/* A name go test runs: [prefix] then nothing or a rune not lower case. */
static bool test_name(const char *name, size_t n, const char *prefix)
{
    size_t p = strlen(prefix);
    return n >= p && strncmp(name, prefix, p) == 0 && (n == p || !(name[p] >= 'a' && name[p] <= 'z'));
}

/* [s] as a Go string literal. */
static void add_quoted(Text *t, const char *s, size_t n)
{
    add(t, "%s%s", "\"", "");
    for (size_t i = 0; i < n; i++) {
        char c[8];
        unsigned char u = (unsigned char)s[i];
        if (u == '"' || u == '\\')
            snprintf(c, sizeof c, "\\%c", u);
        else if (u == '\n')
            snprintf(c, sizeof c, "\\n");
        else if (u < ' ' || u == 0x7f)
            snprintf(c, sizeof c, "\\x%02x", u);
        else
            snprintf(c, sizeof c, "%c", u);
        add(t, "%s%s", c, "");
    }
    add(t, "%s%s", "\"", "");
}

/* An Example's expected output: its body's last comment that starts
 * "Output:" or "Unordered output:", one "//" comment a line, read from
 * [f] up to the body's closing brace at a line's start. Returns whether
 * there is one; the text goes to [out]. */
static bool example_output(FILE *f, Text *out, bool *unordered)
{
    char line[4096];
    bool found = false, in = false;
    Text cur = {0};
    while (fgets(line, sizeof line, f) && line[0] != '}') {
        char *s = line + strspn(line, " \t");
        bool comment = strncmp(s, "//", 2) == 0;
        if (comment) {
            s += 2;
            s[strcspn(s, "\r\n")] = '\0';
            const char *t = s + strspn(s, " \t");
            bool head = strncmp(t, "Output:", 7) == 0, uhead = strncmp(t, "Unordered output:", 17) == 0;
            if (head || uhead) {
                free(cur.s);
                cur = (Text){0};
                add(&cur, "%s%s", "", "");
                add(&cur, "%s%s", t + (head ? 7 : 17), "\n");
                *unordered = uhead;
                found = in = true;
                continue;
            }
            if (in) {
                if (*s == ' ')
                    s++;
                add(&cur, "%s\n", s, "");
            }
        } else {
            in = false;
        }
    }
    if (found)
        *out = cur;
    else
        free(cur.s);
    return found;
}

/* The generated main: the Test and Benchmark functions of the test
 * files, found as gofmt writes them: "func TestX(" at a line's start. */
static char *generate_main(const PkgFiles *pf)
{
    Text tests = {0}, benches = {0}, examples = {0};
    bool test_main = false;
    add(&tests, "%s%s", "", "");
    add(&benches, "%s%s", "", "");
    add(&examples, "%s%s", "", "");
    for (int i = 0; i < pf->ntests; i++) {
        FILE *f = fopen(pf->tests[i], "r");
        if (!f)
            continue;
        char line[4096];
        while (fgets(line, sizeof line, f)) {
            if (strncmp(line, "func ", 5) != 0)
                continue;
            char *name = line + 5;
            size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
            if (name[n] != '(' && name[n] != '[')
                continue;
            name[n] = '\0';
            if (strcmp(name, "TestMain") == 0)
                test_main = true;
            else if (test_name(name, n, "Test"))
                add(&tests, "\t{\"%s\", %s},\n", name, name);
            else if (test_name(name, n, "Benchmark"))
                add(&benches, "\t{\"%s\", %s},\n", name, name);
            else if (strncmp(name, "Example", 7) == 0 && strncmp(name + n + 1, ")", 1) == 0) {
                /* an Example without an output comment is compiled, not run */
                Text want = {0};
                bool unordered = false;
                char fname[4096];
                snprintf(fname, sizeof fname, "%s", name);
                if (example_output(f, &want, &unordered)) {
                    add(&examples, "\t{\"%s\", %s, ", fname, fname);
                    add_quoted(&examples, want.s, want.len);
                    add(&examples, ", %s},\n", unordered ? "true" : "false", "");
                    free(want.s);
                }
            }
        }
        fclose(f);
    }
    Text t = {0};
    add(&t, "%s%s", "package main\n\nimport gosh_testing \"testing\"\n\n", "");
    add(&t, "var gosh_tests = []gosh_testing.InternalTest{\n%s}\n\n", tests.s, "");
    add(&t, "var gosh_benchmarks = []gosh_testing.InternalBenchmark{\n%s}\n\n", benches.s, "");
    add(&t, "var gosh_examples = []gosh_testing.InternalExample{\n%s}\n\n", examples.s, "");
    add(&t, "func main() {\n\tm := gosh_testing.MainStart(gosh_tests, gosh_benchmarks, gosh_examples)\n%s%s}\n",
        test_main ? "\tTestMain(m)\n\tgosh_testing.MainExit(m, m.ExitCode())\n"
                  : "\tgosh_testing.MainExit(m, m.Run())\n", "");
    free(tests.s);
    free(benches.s);
    free(examples.s);
    return t.s;
}

/* go test's -shuffle: on, off, or an int64 seed */
static bool shuffle_value(const char *v)
{
    if (strcmp(v, "on") == 0 || strcmp(v, "off") == 0)
        return true;
    char *end;
    errno = 0;
    (void)strtoll(v, &end, 10);
    return *v && *end == '\0' && errno == 0;
}

static _Noreturn void bad(const char *fmt, const char *arg)
{
    fprintf(stderr, "gosh test: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (run 'gosh test -h' for usage)\n");
    exit(2);
}

int test_main(int argc, char **argv, const GoshOptions *given)
{
    GoshOptions o = *given;
    const GoshOptions *opts = &o;
    /* go test's default: a hung test ends after ten minutes */
    long long timeout = 10LL * 60 * 1000000000;
    clock_gettime(CLOCK_MONOTONIC, &started);
    /* the test program's arguments, in the test binary's words */
    char **targs = calloc((size_t)argc * 2 + 8, sizeof(char *));
    int nt = 1;
    int i = 0;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (a[1] == '-')
            a++;
        const char *eq = strchr(a, '=');
        size_t klen = eq ? (size_t)(eq - a) : strlen(a);
        const char *flags_with_value[] = {"-run", "-count", "-bench", "-benchtime", "-list", "-shuffle", NULL};
        const char *flags_alone[] = {"-v", "-failfast", "-short", "-benchmem", NULL};
        bool known = false;
        if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0) {
            fputs(test_usage, stdout);
            return 0;
        }
        if (strcmp(a, "-json") == 0 || strcmp(a, "-json=true") == 0) {
            json_mode = true;
            targs[nt++] = "-test.v";
            continue;
        }
        if (strcmp(a, "-json=false") == 0)
            continue;
        if (klen == 8 && strncmp(a, "-timeout", 8) == 0) {
            const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v)
                bad("flag needs an argument: %s", a);
            timeout = parse_duration(v);
            if (timeout < 0)
                bad("invalid value for -timeout: %s", v);
            continue;
        }
        for (int k = 0; flags_alone[k]; k++)
            if (strlen(flags_alone[k]) == klen && strncmp(a, flags_alone[k], klen) == 0) {
                if (eq && strcmp(eq + 1, "true") != 0) {
                    known = true; /* -v=false */
                    break;
                }
                char *t = malloc(klen + 6);
                sprintf(t, "-test.%.*s", (int)klen - 1, a + 1);
                targs[nt++] = t;
                known = true;
            }
        for (int k = 0; !known && flags_with_value[k]; k++)
            if (strlen(flags_with_value[k]) == klen && strncmp(a, flags_with_value[k], klen) == 0) {
                const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!v)
                    bad("flag needs an argument: %s", a);
                if (strcmp(flags_with_value[k], "-count") == 0 && (atoi(v) < 1 || strspn(v, "0123456789") != strlen(v)))
                    bad("invalid value for -count: %s", v);
                if (strcmp(flags_with_value[k], "-shuffle") == 0 && !shuffle_value(v))
                    bad("invalid value for -shuffle: %s (\"on\", \"off\" or a number)", v);
                char *t = malloc(klen + 6);
                sprintf(t, "-test.%.*s", (int)klen - 1, a + 1);
                targs[nt++] = t;
                targs[nt++] = (char *)v;
                known = true;
            }
        if (!known)
            bad("flag provided but not defined: %s", argv[i]);
    }
    PkgFiles pf;
    list_mode = i < argc;
    if (list_mode)
        targs[nt++] = "-gosh.list";
    if (i >= argc || pkgdir_is_dir(argv[i])) {
        const char *dir = i < argc ? argv[i++] : ".";
        if (i < argc)
            bad("one folder at a time, not also %s", argv[i]);
        if (pkgdir_list(dir, &pf))
            return 1;
    } else {
        for (int k = i; k < argc; k++) {
            size_t n = strlen(argv[k]);
            if (n < 3 || strcmp(argv[k] + n - 3, ".go") != 0)
                bad("%s is neither a folder nor a .go file", argv[k]);
        }
        pkgdir_from_files(argc - i, argv + i, &pf);
    }
    pkg_name = package_name(pf.dir);
    char *prog = malloc(strlen(pkg_name) + 6);
    const char *slash = strrchr(pkg_name, '/');
    sprintf(prog, "%s.test", slash ? slash + 1 : pkg_name);
    targs[0] = prog;
    targs[nt++] = "-gosh.pkg";
    targs[nt++] = (char *)pkg_name;
    if (timeout > 0 && !o.timeout_ns) {
        /* go test's words (a --timeout given to gosh itself wins) */
        static char line[96], text[48];
        format_duration(timeout, text, sizeof text);
        snprintf(line, sizeof line, "panic: test timed out after %s", text);
        o.timeout_ns = timeout;
        o.timeout_text = text;
        o.timeout_message = line;
    }
    if (json_mode) {
        test_json_start(pkg_name); /* from here on, the child */
        gosh_on_start(test_json_begin);
    }
    gosh_init(nt, targs, opts);
    if (pkgdir_check(&pf))
        return 1;
    if (pf.nfiles + pf.ntests == 0) {
        char abs[PATH_MAX];
        fprintf(stderr, "no Go files in %s\n", realpath(pf.dir ? pf.dir : ".", abs) ? abs : pf.dir);
        return 1;
    }
    if (pf.ntests == 0) {
        test_json_begin();
        printf("?   \t%s\t[no test files]\n", pkg_name);
        return 0;
    }
    int n = pf.nfiles + pf.ntests;
    char **files = malloc(sizeof(char *) * (size_t)n);
    if (pf.nfiles) /* UBSan: memcpy from NULL, even of nothing */
        memcpy(files, pf.files, sizeof(char *) * (size_t)pf.nfiles);
    if (pf.ntests)
        memcpy(files + pf.nfiles, pf.tests, sizeof(char *) * (size_t)pf.ntests);
    char *runner = generate_main(&pf);
    gosh_on_exit(summary);
    char *header = malloc(strlen(pkg_name) * 2 + 16);
    sprintf(header, "# %s [%s.test]", pkg_name, pkg_name);
    GoshFileOpt *fo = calloc((size_t)n, sizeof *fo);
    for (int k = 0; k < n; k++) {
        fo[k].hide_main = strcmp(pf.pkg, "main") == 0;
        if (k >= n - pf.nexternal) {
            /* package X_test: X's import path is NAME */
            fo[k].strip_path = pkg_name;
            fo[k].strip_name = pf.pkg;
        }
    }
    int rc = gosh_run_files(n, files, fo, "_testmain.go", runner, header);
    if (!summarised) {
        /* it did not compile: go test's words, and its status */
        fflush(stdout);
        printf("FAIL\t%s [build failed]\n%s", pkg_name, list_mode && !json_mode ? "FAIL\n" : "");
        return rc ? 2 : 0;
    }
    return rc;
}
