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
