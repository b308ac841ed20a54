/* gc.c: the glue to Boehm GC. */
#include <gc.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

void rt_out_of_memory(size_t size)
{
    rt_flush_stdout();
    fprintf(stderr, "fatal error: runtime: out of memory (allocating %zu bytes)\n", size);
    rt_exit(2);
}

void *rt_alloc(size_t size)
{
    void *p = GC_MALLOC(size ? size : 1);
    if (!p)
        rt_out_of_memory(size);
    return p;
}

void *rt_alloc_atomic(size_t size)
{
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (!p)
        rt_out_of_memory(size);
    return p;
}

void *rt_alloc_zeroed(size_t size, bool has_pointers)
{
    if (has_pointers)
        return rt_alloc(size);
    void *p = rt_alloc_atomic(size);
    memset(p, 0, size);
    return p;
}
