/* testing.c: package testing's natives: the name of a function on the
 * calling goroutine's stack, which T.Helper needs to skip helpers' frames
 * (runtime.Caller gives only their file and line), and the capture of
 * standard output an Example's check needs. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "natives.h"
#include "runtime.h"

/* frameFunc(skip): the Go name of the function [skip] frames up from
 * frameFunc's caller, "" past the top (counted as runtime.Caller does). */
static void frame_func(G *g, Value *args)
{
    int64_t skip = args[0].i;
    int32_t f = g->nframes - 1 - (int32_t)(skip < 0 ? 0 : skip);
    if (skip < 0 || f < 0 || (g->frames[f].cl->proto->flags & PF_HIDDEN)) {
        args[0].p = str_from_cstr("");
        return;
    }
    const char *name = g->frames[f].cl->proto->name;
    args[0].p = str_from_cstr(name ? name : "");
}

/* captureStart: what the program writes to standard output is held from
 * now on (the REPL's rt_output_hold, its notifications going nowhere);
 * captureStop returns it and lets output through again. */
static void capture_start(G *g, Value *args)
{
    (void)g;
    (void)args;
    static int devnull = -1;
    if (devnull < 0)
        devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    rt_output_hold(devnull);
}

static void capture_stop(G *g, Value *args)
{
    (void)g;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        size_t n = buf ? rt_output_take(buf + len, cap - len) : 0;
        len += n;
        if (!buf || len < cap)
            break;
        char *more = realloc(buf, cap *= 2);
        if (!more)
            break;
        buf = more;
    }
    rt_output_release();
    char *data;
    String *s = str_alloc((int64_t)len, &data);
    if (len)
        memcpy(data, buf, len);
    free(buf);
    args[0].p = s;
}

static const Native natives[] = {
    {"testing", "frameFunc", NULL, frame_func, NULL},
    {"testing", "captureStart", NULL, capture_start, NULL},
    {"testing", "captureStop", NULL, capture_stop, NULL},
};

static const PackageDef def = {"testing", stdlib_src_testing, natives, sizeof natives / sizeof natives[0]};

void register_testing(void)
{
    vm_register_package(&def);
}
