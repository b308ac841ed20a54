/* gc.c: the glue to Boehm GC. */
#include <gc.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"
#include "sched_internal.h"

void rt_out_of_memory(size_t size)
{
    rt_flush_stdout();
    fprintf(stderr, "fatal error: runtime: out of memory (allocating %zu bytes)\n", size);
    rt_exit(2);
}

void *rt_alloc(size_t size)
{
    if (__builtin_expect(rt_alloc_counting, 0))
        program_charge(size); /* an in-process run's allocation budget */
    void *p = GC_MALLOC(size ? size : 1);
    if (!p)
        rt_out_of_memory(size);
    return p;
}

void *rt_alloc_atomic(size_t size)
{
    if (__builtin_expect(rt_alloc_counting, 0))
        program_charge(size); /* an in-process run's allocation budget */
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

void rt_copy_words(void *dst, const void *src, size_t n)
{
    uint64_t *d = dst;
    const uint64_t *s = src;
    size_t words = n / 8;
    for (size_t i = 0; i < words; i++)
        __atomic_store_n(&d[i], __atomic_load_n(&s[i], __ATOMIC_RELAXED), __ATOMIC_RELAXED);
    if (n % 8)
        memcpy((char *)dst + words * 8, (const char *)src + words * 8, n % 8);
}
