/* testing.c: package testing's one native, the name of a function on the
 * calling goroutine's stack, which T.Helper needs to skip helpers' frames
 * (runtime.Caller gives only their file and line). */
#include "natives.h"

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

static const Native natives[] = {
    {"testing", "frameFunc", NULL, frame_func, NULL},
};

static const PackageDef def = {"testing", stdlib_src_testing, natives, sizeof natives / sizeof natives[0]};

void register_testing(void)
{
    vm_register_package(&def);
}
