/* g.c: goroutine objects and their stacks. */
#include <gc.h>
#include <string.h>
#include "runtime.h"
#include "sched_internal.h"

/* Go stops a goroutine whose stack passes 1 GB. gosh counts register and
 * frame memory against half that: a runaway recursion is reported sooner
 * and without first allocating gigabytes. */
enum { STACK_LIMIT_BYTES = RT_STACK_LIMIT };

static int64_t next_gid = 1;

G *rt_new_g(int32_t stack_slots)
{
    G *g = rt_alloc(sizeof *g);
    g->id = __atomic_fetch_add(&next_gid, 1, __ATOMIC_RELAXED);
    g->stack = rt_alloc(sizeof(Value) * (size_t)stack_slots);
    g->stack_size = stack_slots;
    /* goroutines start small (an idle one should cost well under 1 KiB)
     * and grow by doubling */
    g->frames_cap = 2;
    g->frames = rt_alloc(sizeof(Frame) * (size_t)g->frames_cap);
    g->status = G_RUNNABLE;
    return g;
}

static bool within_limit(const G *g, int64_t slots, int64_t frames)
{
    return slots * (int64_t)sizeof(Value) + frames * (int64_t)sizeof(Frame) <=
           STACK_LIMIT_BYTES;
}

void g_number_main(G *g)
{
    g->id = 1;
    __atomic_store_n(&next_gid, 2, __ATOMIC_RELAXED);
}

bool rt_grow_stack(G *g, int64_t need)
{
    int64_t size = g->stack_size;
    while (size < need)
        size *= 2;
    if (!within_limit(g, size, g->frames_cap)) {
        /* near the limit take all that is left at once: growing by [need]
         * each call would copy the whole stack per call */
        int64_t max = (STACK_LIMIT_BYTES - (int64_t)g->frames_cap * (int64_t)sizeof(Frame)) /
                      (int64_t)sizeof(Value);
        if (max < need)
            return false;
        size = max;
    }
    Value *s = rt_alloc(sizeof(Value) * (size_t)size);
    memcpy(s, g->stack, sizeof(Value) * (size_t)g->stack_size);
    g->stack = s;
    g->stack_size = (int32_t)size;
    return true;
}

Frame *rt_push_frame(G *g)
{
    if (g->nframes == g->frames_cap) {
        int32_t cap = g->frames_cap * 2;
        if (!within_limit(g, g->stack_size, cap))
            return NULL;
        Frame *f = rt_alloc(sizeof(Frame) * (size_t)cap);
        memcpy(f, g->frames, sizeof(Frame) * (size_t)g->nframes);
        g->frames = f;
        g->frames_cap = cap;
    }
    Frame *f = &g->frames[g->nframes++];
    f->defers = NULL;
    f->flags = 0;
    return f;
}
