/* runtime_pkg.c: the native half of package runtime. */
#include <unistd.h>
#include <gc.h>
#include "natives.h"

static void num_cpu(G *g, Value *args)
{
    (void)g;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    args[0].i = n > 0 ? n : 1;
}

static void goarch(G *g, Value *args)
{
    (void)g;
#if defined(__x86_64__)
    const char *arch = "amd64";
#elif defined(__aarch64__)
    const char *arch = "arm64";
#elif defined(__i386__)
    const char *arch = "386";
#elif defined(__arm__)
    const char *arch = "arm";
#elif defined(__riscv) && __riscv_xlen == 64
    const char *arch = "riscv64";
#else
    const char *arch = "unknown";
#endif
    args[0].p = str_from_cstr(arch);
}

static void gc(G *g, Value *args)
{
    (void)g;
    (void)args;
    GC_gcollect();
}

static void gomaxprocs(G *g, Value *args)
{
    (void)g;
    args[0].i = rt_gomaxprocs((int)args[0].i);
}

static void num_goroutine(G *g, Value *args)
{
    (void)g;
    args[0].i = rt_num_goroutines();
}

static void gosched(G *g, Value *args)
{
    (void)args;
    rt_yield(g);
}

static void goexit(G *g, Value *args)
{
    (void)args;
    vm_goexit(g);
}

static const Native natives[] = {
    {"runtime", "NumCPU", NULL, num_cpu, NULL},
    {"runtime", "goarch", NULL, goarch, NULL},
    {"runtime", "GC", NULL, gc, NULL},
    {"runtime", "GOMAXPROCS", NULL, gomaxprocs, NULL},
    {"runtime", "NumGoroutine", NULL, num_goroutine, NULL},
    {"runtime", "Gosched", NULL, gosched, NULL},
    {"runtime", "Goexit", NULL, goexit, NULL},
};

static const PackageDef def = {"runtime", stdlib_src_runtime, natives, sizeof natives / sizeof natives[0]};

void register_runtime(void)
{
    vm_register_package(&def);
}
