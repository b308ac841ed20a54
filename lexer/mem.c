/* mem.c: malloc that never returns NULL. */
#include <gc.h>
#include <stdlib.h>
#include <unistd.h>
#include "lexer.h"

static void *out_of_memory(size_t n)
{
    /* the runtime's hook does not return; the collector's default one
     * (before the runtime starts it) returns NULL */
    (*GC_get_oom_fn())(n);
    static const char msg[] = "fatal error: runtime: out of memory\n";
    ssize_t r = write(2, msg, sizeof msg - 1);
    (void)r;
    _exit(2);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    return p ? p : out_of_memory(n);
}

void *xcalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    return p ? p : out_of_memory(n);
}

void *xrealloc(void *old, size_t n)
{
    void *p = realloc(old, n ? n : 1);
    return p ? p : out_of_memory(n);
}
