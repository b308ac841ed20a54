/* runtime_pkg.c: the native half of package runtime. */
#include <string.h>
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

/* runtime.Caller(skip): the file and line of the call [skip] frames up
 * from Caller's caller. A native runs in its caller's frame, whose pc
 * was saved just past the call, so frame n-1-skip is the one wanted; the
 * hidden entry frame counts as no frame, as Go's runtime.main (a frame
 * Caller never reports as user code). The file is absolute, as Go's
 * compiler records it. */
static void caller(G *g, Value *args)
{
    int64_t skip = args[0].i;
    int32_t f = g->nframes - 1 - (int32_t)(skip < 0 ? 0 : skip);
    if (skip < 0 || f < 0 || (g->frames[f].cl->proto->flags & PF_HIDDEN)) {
        args[0].u = 0;
        args[1].p = NULL;
        args[2].i = 0;
        args[3].u = 0;
        return;
    }
    const Frame *fr = &g->frames[f];
    const Proto *p = fr->cl->proto;
    const char *file = p->file ? p->file : "???";
    String *name;
    char cwd[4096];
    if (file[0] != '/' && strchr(file, '.') && getcwd(cwd, sizeof cwd)) {
        const char *rest = file;
        while (rest[0] == '.' && rest[1] == '/')
            rest += 2;
        size_t n = strlen(cwd), m = strlen(rest);
        char *buf;
        name = str_alloc((int64_t)(n + 1 + m), &buf);
        memcpy(buf, cwd, n);
        buf[n] = '/';
        memcpy(buf + n + 1, rest, m);
    } else {
        name = str_from_cstr(file);
    }
    args[0].u = (uint64_t)(uintptr_t)fr->pc;
    args[1].p = name;
    args[2].i = vm_line_of(p, vm_frame_site(g, f));
    args[3].u = 1;
}

static const Native natives[] = {
    {"runtime", "Caller", NULL, caller, NULL},
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
