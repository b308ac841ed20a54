/* program_test.c: in-process runs (rt_run_program, vm_run_program).
 *
 * usage: program_test SCENARIO
 * Each scenario compiles small programs, runs them in this process one
 * after another and checks how each ended, what it printed, and that the
 * next run starts clean. A failed check exits 1. */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "compiler.h"
#include "gostd.h"
#include "vm.h"

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            exit(1);                                                         \
        }                                                                    \
    } while (0)

static Program *compile(const char *text)
{
    Diag d;
    const Source *src = src_from_string("prog.go", text, strlen(text));
    diag_init(&d, src);
    Program *p = compile_program(src, &d);
    if (!p) {
        diag_print(&d, stderr);
        fprintf(stderr, "does not compile:\n%s\n", text);
        exit(1);
    }
    return p;
}

/* What one run printed on each stream. */
typedef struct Run {
    RtRunResult r;
    int status;
    char out[8192], err[8192];
} Run;

static void slurp(FILE *f, char *buf, size_t cap)
{
    fflush(f);
    rewind(f);
    size_t n = fread(buf, 1, cap - 1, f);
    buf[n] = '\0';
    fclose(f);
}

static Run *run_prog(Program *p, uint64_t seed, int64_t max_steps, int64_t max_alloc)
{
    static Run run;
    memset(&run, 0, sizeof run);
    FILE *out = tmpfile(), *err = tmpfile();
    CHECK(out && err);
    fflush(stdout);
    fflush(stderr);
    int saved1 = dup(1), saved2 = dup(2);
    dup2(fileno(out), 1);
    dup2(fileno(err), 2);
    RtRunOptions o = {.seed = seed, .max_steps = max_steps, .max_alloc = max_alloc};
    run.status = vm_run_program(p, &o, &run.r);
    fflush(stderr);
    dup2(saved1, 1);
    dup2(saved2, 2);
    close(saved1);
    close(saved2);
    slurp(out, run.out, sizeof run.out);
    slurp(err, run.err, sizeof run.err);
    CHECK(!rt_in_program());
    return &run;
}

static Run *run_src(const char *text, int64_t max_steps, int64_t max_alloc)
{
    return run_prog(compile(text), 1, max_steps, max_alloc);
}

static void show(const Run *r)
{
    fprintf(stderr, "end %d status %d steps %lld alloc %lld\nstdout:\n%s\nstderr:\n%s\n",
            (int)r->r.end, r->status, (long long)r->r.steps, (long long)r->r.allocated,
            r->out, r->err);
}

#define EXPECT_END(run, END, STATUS)                                         \
    do {                                                                     \
        if ((run)->r.end != (END) || (run)->status != (STATUS) ||            \
            (run)->r.status != (STATUS))                                     \
            show(run);                                                       \
        CHECK((run)->r.end == (END));                                        \
        CHECK((run)->status == (STATUS));                                    \
    } while (0)

static const char *count_goroutines =
    "package main\nimport (\"fmt\"; \"runtime\"; \"time\")\n"
    "func main() { fmt.Println(runtime.NumGoroutine(), time.Now().Unix()) }\n";

/* Every way a program ends comes back here, and the next run is clean. */
static void ends(void)
{
    Run *r = run_src("package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\") }\n", 0, 0);
    EXPECT_END(r, RT_END_RETURN, 0);
    CHECK(strcmp(r->out, "hi\n") == 0);

    r = run_src("package main\nimport (\"fmt\"; \"os\")\n"
                "func main() { fmt.Print(\"unflushed\"); os.Exit(3) }\n", 0, 0);
    EXPECT_END(r, RT_END_EXIT, 3);
    CHECK(strcmp(r->out, "unflushed") == 0);

    r = run_src("package main\nfunc main() { defer println(\"deferred\"); panic(\"boom\") }\n", 0, 0);
    EXPECT_END(r, RT_END_PANIC, 2);
    CHECK(strstr(r->err, "deferred\npanic: boom\n\ngoroutine 1 [running]:\n") == r->err);

    r = run_src("package main\nfunc main() { ch := make(chan int); ch <- 1 }\n", 0, 0);
    EXPECT_END(r, RT_END_DEADLOCK, 2);
    CHECK(strstr(r->err, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\n"));

    r = run_src("package main\nimport \"runtime\"\nfunc main() { go func() { select {} }(); runtime.Goexit() }\n",
                0, 0);
    EXPECT_END(r, RT_END_DEADLOCK, 2);
    CHECK(strstr(r->err, "no goroutines (main called runtime.Goexit) - deadlock!"));

    r = run_src("package main\nfunc f(n int) int { return f(n+1) + 1 }\nfunc main() { f(0) }\n", 0, 0);
    EXPECT_END(r, RT_END_PANIC, 2);
    CHECK(strstr(r->err, "goroutine stack exceeds"));

    r = run_src("package main\nfunc main() { go func() { var m map[int]int; m[1] = 1 }(); select {} }\n", 0, 0);
    EXPECT_END(r, RT_END_PANIC, 2);
    CHECK(strstr(r->err, "goroutine 2 [running]:"));

    r = run_src(count_goroutines, 0, 0);
    EXPECT_END(r, RT_END_RETURN, 0);
    CHECK(strcmp(r->out, "1 1257894000\n") == 0);
}

/* A program that ends with goroutines blocked everywhere: on channels, in
 * select, on a mutex, a WaitGroup, sleeping and running. */
static void leftovers(void)
{
    const char *busy =
        "package main\nimport (\"fmt\"; \"sync\"; \"time\")\n"
        "func main() {\n"
        "  var mu sync.Mutex; var wg sync.WaitGroup; ch := make(chan int)\n"
        "  mu.Lock(); wg.Add(1)\n"
        "  for i := 0; i < 20; i++ {\n"
        "    go func() { <-ch }()\n"
        "    go func() { ch <- 1; ch <- 2 }()\n"
        "    go func() { select { case <-ch: case <-time.After(time.Hour): } }()\n"
        "    go func() { mu.Lock() }()\n"
        "    go func() { wg.Wait() }()\n"
        "    go func() { time.Sleep(time.Duration(i) * time.Minute) }()\n"
        "    go func() { for { } }()\n"
        "  }\n"
        "  t := time.NewTicker(time.Millisecond); _ = t\n"
        "  time.AfterFunc(time.Second, func() { panic(\"fired in a later run\") })\n"
        "  for i := 0; i < 1000; i++ { }\n"
        "  fmt.Println(\"done\")\n"
        "}\n";
    Program *p = compile(busy);
    for (int i = 0; i < 3; i++) {
        Run *r = run_prog(p, (uint64_t)i, 0, 0);
        EXPECT_END(r, RT_END_RETURN, 0);
        CHECK(strcmp(r->out, "done\n") == 0);
        r = run_src(count_goroutines, 0, 0);
        EXPECT_END(r, RT_END_RETURN, 0);
        CHECK(strcmp(r->out, "1 1257894000\n") == 0);
    }
    /* ended in the middle of everything by the step budget */
    const char *spin =
        "package main\nimport (\"sync\"; \"time\")\n"
        "func main() {\n"
        "  var mu sync.Mutex; ch := make(chan int, 1)\n"
        "  for i := 0; i < 50; i++ {\n"
        "    go func() { for { mu.Lock(); ch <- 1; <-ch; mu.Unlock() } }()\n"
        "    go func() { for { time.Sleep(time.Microsecond) } }()\n"
        "  }\n"
        "  select {}\n"
        "}\n";
    p = compile(spin);
    for (int i = 0; i < 5; i++) {
        Run *r = run_prog(p, (uint64_t)i, 20000, 0);
        EXPECT_END(r, RT_END_STEPS, 2);
        r = run_src(count_goroutines, 0, 0);
        EXPECT_END(r, RT_END_RETURN, 0);
        CHECK(strcmp(r->out, "1 1257894000\n") == 0);
    }
}

static void steps(void)
{
    Run *r = run_src("package main\nfunc main() { for { } }\n", 10000, 0);
    EXPECT_END(r, RT_END_STEPS, 2);
    CHECK(strstr(r->err, "fatal error: step budget exceeded\n\ngoroutine 1 [running]:\n") == r->err ||
          strstr(r->err, "fatal error: step budget exceeded\n\ngoroutine 1 [runnable]:\n") == r->err);
    CHECK(r->r.steps >= 10000 && r->r.steps <= 10000 + 500);

    /* recursion counts too (calls are steps) */
    r = run_src("package main\nfunc f(n int) int { if n == 0 { return 0 }; return f(n-1) + f(n-1) }\n"
                "func main() { f(100) }\n", 50000, 0);
    EXPECT_END(r, RT_END_STEPS, 2);

    /* inside a method that fmt calls: the native cannot yield, the
     * budget still holds */
    r = run_src("package main\nimport \"fmt\"\ntype T int\n"
                "func (T) String() string { for { } }\n"
                "func main() { fmt.Println(T(1)) }\n", 100000, 0);
    EXPECT_END(r, RT_END_STEPS, 2);
    CHECK(r->r.steps >= 100000 && r->r.steps <= 100000 + 500);

    /* a program within its budget is not disturbed; steps are reported */
    r = run_src("package main\nimport \"fmt\"\n"
                "func main() { s := 0; for i := 0; i < 1000; i++ { s += i }; fmt.Println(s) }\n",
                100000, 0);
    EXPECT_END(r, RT_END_RETURN, 0);
    CHECK(strcmp(r->out, "499500\n") == 0);
    CHECK(r->r.steps >= 1000 && r->r.steps < 2000);
}

static void alloc(void)
{
    Run *r = run_src("package main\nfunc main() { var s [][]byte\n"
                     "for { s = append(s, make([]byte, 1<<20)) } }\n", 0, 64 << 20);
    EXPECT_END(r, RT_END_ALLOC, 2);
    CHECK(strstr(r->err, "fatal error: allocation budget exceeded\n") == r->err);
    CHECK(r->r.allocated > (64 << 20) && r->r.allocated < (64 << 20) + (4 << 20));

    /* one huge request is refused before it is made */
    r = run_src("package main\nimport \"fmt\"\nfunc main() { b := make([]byte, 1<<40); fmt.Println(len(b)) }\n",
                0, 64 << 20);
    EXPECT_END(r, RT_END_ALLOC, 2);
    CHECK(r->r.allocated > (int64_t)1 << 40);

    /* goroutines and strings count */
    r = run_src("package main\nfunc main() { for { go func() { select {} }() } }\n", 0, 16 << 20);
    EXPECT_END(r, RT_END_ALLOC, 2);
    r = run_src("package main\nfunc main() { s := \"x\"; for { s += s } }\n", 0, 16 << 20);
    EXPECT_END(r, RT_END_ALLOC, 2);

    r = run_src(count_goroutines, 0, 0);
    EXPECT_END(r, RT_END_RETURN, 0);
    CHECK(strcmp(r->out, "1 1257894000\n") == 0);
}

/* The same program and seed print the same thing every time, however
 * many runs came before; package variables start again from their
 * initialisers. */
static void repeat(void)
{
    const char *racy =
        "package main\nimport (\"fmt\"; \"math/rand\"; \"sync\"; \"time\")\n"
        "var count int\nvar seen = map[int]bool{}\n"
        "func main() {\n"
        "  count++; seen[len(seen)] = true\n"
        "  var wg sync.WaitGroup; ch := make(chan int, 3)\n"
        "  for i := 0; i < 8; i++ {\n"
        "    wg.Add(1)\n"
        "    go func() { defer wg.Done(); for j := 0; j < 50; j++ { ch <- i; <-ch }; fmt.Print(i, \" \") }()\n"
        "  }\n"
        "  wg.Wait()\n"
        "  go func() { time.Sleep(time.Second) }()\n"
        "  fmt.Println(count, len(seen), rand.Intn(1000), rand.Intn(1000), time.Now().UnixNano())\n"
        "}\n";
    Program *p = compile(racy);
    char first[3][8192];
    for (int seed = 0; seed < 3; seed++) {
        Run *r = run_prog(p, (uint64_t)seed, 0, 0);
        EXPECT_END(r, RT_END_RETURN, 0);
        strcpy(first[seed], r->out);
        CHECK(strstr(r->out, " 1 1 "));
    }
    int differ = 0;
    for (int k = 0; k < 20; k++) {
        int seed = k % 3;
        Run *r = run_prog(p, (uint64_t)seed, 0, 0);
        EXPECT_END(r, RT_END_RETURN, 0);
        if (strcmp(r->out, first[seed]) != 0) {
            fprintf(stderr, "seed %d printed\n%s\nthen\n%s\n", seed, first[seed], r->out);
            CHECK(0);
        }
        /* an unrelated program in between changes nothing */
        run_src("package main\nimport \"math/rand\"\nfunc main() { rand.Seed(99); go func() { select {} }() }\n",
                0, 0);
    }
    for (int s = 1; s < 3; s++)
        differ += strcmp(first[0], first[s]) != 0;
    CHECK(differ > 0);
}

/* Many short runs: nothing accumulates in the scheduler. */
static void many(void)
{
    Program *p = compile("package main\nimport \"fmt\"\n"
                         "func main() { ch := make(chan int); go func() { ch <- 1 }(); go func() { select {} }(); fmt.Println(<-ch) }\n");
    for (int i = 0; i < 2000; i++) {
        Run *r = run_prog(p, (uint64_t)i, 0, 0);
        EXPECT_END(r, RT_END_RETURN, 0);
        CHECK(strcmp(r->out, "1\n") == 0);
    }
}

static void sandbox(void)
{
    stdlib_sandbox(true);
    Run *r = run_src(
        "package main\nimport (\"fmt\"; \"os\")\n"
        "func main() {\n"
        "  _, err := os.Create(\"sandbox_must_not_exist\"); fmt.Println(err)\n"
        "  fmt.Println(os.Remove(\"/\"), os.Mkdir(\"sandbox_dir\", 0777), os.Setenv(\"X\", \"1\"))\n"
        "  _, err = os.NewFile(5, \"five\").Write([]byte(\"x\")); fmt.Println(err)\n"
        "  fmt.Println(os.Stdout.Close())\n"
        "}\n", 0, 0);
    stdlib_sandbox(false);
    EXPECT_END(r, RT_END_RETURN, 0);
    const char *want = "open sandbox_must_not_exist: operation not permitted\n"
                       "remove /: operation not permitted mkdir sandbox_dir: operation not permitted "
                       "setenv: operation not permitted\n"
                       "write five: bad file descriptor\n"
                       "<nil>\n";
    if (strcmp(r->out, want) != 0)
        show(r);
    CHECK(strcmp(r->out, want) == 0);
    CHECK(access("sandbox_must_not_exist", F_OK) != 0);
    CHECK(write(1, "", 0) == 0); /* still open */
}

int main(int argc, char **argv)
{
    GC_set_all_interior_pointers(1);
    GC_INIT();
    GC_allow_register_threads();
    types_init();
    vm_init();
    char *args[] = {"prog.go", NULL};
    stdlib_open_all(1, args);
    const char *s = argc > 1 ? argv[1] : "";
    if (strcmp(s, "ends") == 0)
        ends();
    else if (strcmp(s, "leftovers") == 0)
        leftovers();
    else if (strcmp(s, "steps") == 0)
        steps();
    else if (strcmp(s, "alloc") == 0)
        alloc();
    else if (strcmp(s, "repeat") == 0)
        repeat();
    else if (strcmp(s, "many") == 0)
        many();
    else if (strcmp(s, "sandbox") == 0)
        sandbox();
    else {
        fprintf(stderr, "usage: program_test ends|leftovers|steps|alloc|repeat|many|sandbox\n");
        return 2;
    }
    /* a normal run still works after in-process ones: not checked here,
     * the process ends */
    return 0;
}
