/* internal.h: declarations shared by the files of vm/ only. */
#ifndef GOSH_VM_INTERNAL_H
#define GOSH_VM_INTERNAL_H

#include "vm.h"

/* A deferred call: the function and its arguments, evaluated when the
 * defer statement ran. */
typedef struct Defer {
    struct Defer *next;
    Closure *fn;
    int32_t nargs;
    Value args[];
} Defer;

/* A panic in flight (Go's _panic). */
typedef struct Panic {
    Value value;            /* an interface word */
    struct Panic *link;     /* the panic this one interrupted */
    bool recovered;
    bool goexit;            /* runtime.Goexit: runs defers, never recovered */
    /* The frame whose deferred calls run next. Frames are not popped
     * while a panic unwinds (deferred calls run on top of them, as in Go),
     * so an unrecovered panic's traceback shows where it happened. */
    int32_t level;
} Panic;

/* Runs [g] until it returns from its frame at depth [floor] (or parks,
 * yields, or dies). */
void vm_execute(G *g);
/* The same loop with every load and store of shareable memory told to
 * the race detector (vm_race_detect) and, in deterministic mode, a point
 * where the strategy may switch (vm_access_points) (interp_race.c);
 * vm_race selects it, set when either is on. */
void vm_execute_race(G *g);
extern bool vm_race, vm_race_detect, vm_access_points;
static inline void vm_run_loop(G *g)
{
    if (__builtin_expect(vm_race, 0))
        vm_execute_race(g);
    else
        vm_execute(g);
}
/* Pushes the frame of deferred call [d] on top of [g]'s stack, marked
 * [flags]. False (with a panic raised) when the function is nil. */
bool vm_start_deferred(G *g, Defer *d, uint32_t flags);
/* Called with g->panic set: unwinds frames. Returns true when a deferred
 * call recovered and execution resumes in g's top frame; otherwise prints
 * the panic and ends the process. */
bool vm_unwind(G *g);
/* Prints [g]'s stack as Go's traceback does. */
void vm_traceback(G *g, FILE *out);
/* Positions of goroutines for the event stream (runtime/event.h). */
extern const struct RtLocator vm_locator;

/* Stores [v] into memory of kind [mk] at [dst]. */
static inline void vm_store_mem(void *dst, Value v, const Type *t)
{
    switch (t->memkind) {
    case M_I8: case M_U8: *(uint8_t *)dst = (uint8_t)v.u; break;
    case M_I16: case M_U16: *(uint16_t *)dst = (uint16_t)v.u; break;
    case M_I32: case M_U32: *(uint32_t *)dst = (uint32_t)v.u; break;
    case M_F32: *(float *)dst = (float)v.f; break;
    case M_WORD: memcpy(dst, &v, 8); break;
    case M_BLOCK: memcpy(dst, v.p, t->size); break;
    }
}

/* Loads a value of type [t] from memory; aggregates are copied into a new
 * block so the result is independent of the source. */
Value vm_load_mem(const void *src, const Type *t);
void *vm_new_block(const Type *t);


void vm_init_types(void);

/* The floor of the current vm_execute activation (nested vm_call). */
extern __thread int32_t vm_exec_floor;

#endif
