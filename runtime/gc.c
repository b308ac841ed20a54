/* gc.c: the glue to Boehm GC, and running out of memory.
 *
 * Every allocation the collector cannot satisfy (the heap reached
 * --max-memory, or the system refused more) reaches out_of_memory through
 * Boehm's out-of-memory hook, which never returns: GC_MALLOC and its
 * relatives therefore never give NULL to anyone, in the VM or elsewhere.
 * The collector's warnings go to a handler that drops them, and its own
 * fatal errors (ABORT) end the process as a Go fatal error would. */
#include <gc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "runtime.h"
#include "sched_internal.h"

/* Go's maxAlloc on 64-bit Linux: no single object may be larger. Bigger
 * requests are out of memory without asking the collector, whose size
 * arithmetic is not meant for sizes near 2^64. */
#define MAX_ALLOC ((size_t)1 << 48)

static uint64_t memory_limit;
/* The first thread to run out of memory reports it; any other waits here
 * while the process ends. */
static pthread_mutex_t oom_lock = PTHREAD_MUTEX_INITIALIZER;

/* Boehm's warnings ("Failed to expand heap by ...", "Out of Memory! ...",
 * "Repeated allocation of very large block") say nothing a Go programmer
 * can act on: what matters is reported by out_of_memory. */
static void GC_CALLBACK drop_warning(char *msg, GC_word arg)
{
    (void)msg;
    (void)arg;
}

_Noreturn void rt_out_of_memory(size_t size)
{
    pthread_mutex_lock(&oom_lock);
    rt_flush_stdout();
    /* Go prints the request and what is in use before its fatal error */
    fprintf(stderr, "runtime: out of memory: cannot allocate %zu-byte block (%zu in use",
            size, (size_t)GC_get_heap_size());
    if (memory_limit)
        fprintf(stderr, ", limit %llu", (unsigned long long)memory_limit);
    fprintf(stderr, ")\nfatal error: runtime: out of memory\n");
    G *g = rt_current();
    if (g && g->status == G_RUNNING)
        rt_print_goroutine(g, stderr);
    /* a program ends (still holding the lock: nothing else is reported);
     * a REPL session goes on without the goroutine, whose memory can be
     * collected once it is gone */
    if (rt_in_program()) {
        /* an in-process run ends here; the next one may report again */
        pthread_mutex_unlock(&oom_lock);
        rt_exit(2);
    }
    if (!rt_in_session() || !g)
        rt_exit(2);
    pthread_mutex_unlock(&oom_lock);
    rt_abort_goroutine(2);
}

static void *GC_CALLBACK on_oom(size_t size)
{
    rt_out_of_memory(size);
}

static bool about_memory(const char *msg)
{
    static const char *const words[] = {"memory", "Memory", "overflow", "heap", "madvise",
                                        "mmap", "allocate"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strstr(msg, words[i]))
            return true;
    return false;
}

static void put(const char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(2, s, n);
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

/* The collector gave up (ABORT). It may be in the middle of a collection,
 * with the other threads stopped wherever they were, holding whatever
 * lock they held: so no stdio and no waiting for a lock, only write(2).
 * Under memory exhaustion its fatal errors are about memory (the black
 * list, the mark stack, registering a thread). */
static void GC_CALLBACK on_abort(const char *msg)
{
    if (!msg)
        msg = "";
    rt_flush_stdout_nowait();
    put("runtime: garbage collector: ");
    put(msg);
    put(about_memory(msg) ? "\nfatal error: runtime: out of memory\n"
                          : "\nfatal error: garbage collector failed\n");
    _exit(2);
}

/* Under a limit on address space (ulimit -v) with no --max-memory: the
 * heap may grow to what is left once the threads' stacks and the
 * collector's own tables have room. Past that the collector reports out
 * of memory through on_oom; left to meet the limit itself, it crashed
 * now and then when the mmap of a table it needed was refused (one run
 * in thirty under 128 MB on a loaded machine, libgc 8.2). */
static uint64_t heap_room(uint64_t as_limit)
{
    uint64_t used = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        unsigned long long pages = 0;
        if (fscanf(f, "%llu", &pages) == 1)
            used = pages * (uint64_t)sysconf(_SC_PAGESIZE);
        fclose(f);
    }
    /* the signal, monitor and flusher threads and up to 4 Ms, 8 MB of
     * stack each, and 16 MB for the mark stack, block headers and lists */
    uint64_t reserve = (uint64_t)(3 + 4) * (8 << 20) + (16 << 20);
    uint64_t min = 4 << 20;
    if (as_limit < used + reserve + min)
        return min;
    return as_limit - used - reserve;
}

void rt_gc_init(uint64_t limit)
{
    GC_set_all_interior_pointers(1);
    /* Under a limit on address space (ulimit -v), the collector's parallel
     * markers can crash when the memory they need for marking is refused
     * (seen with libgc 8.2: one run in four running out under 96 MB);
     * one marker runs out cleanly, through on_oom */
    struct rlimit as;
    if (!getenv("GC_MARKERS") && getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY)
        GC_set_markers_count(1);
    GC_set_warn_proc(drop_warning);
    GC_INIT();
    GC_set_warn_proc(drop_warning);
    GC_set_oom_fn(on_oom);
    GC_set_abort_func(on_abort);
    memory_limit = limit;
    if (limit)
        GC_set_max_heap_size((GC_word)limit);
    else if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY)
        GC_set_max_heap_size((GC_word)heap_room(as.rlim_cur));
    /* A small heap collects every megabyte or so: a script that streams
     * its input (allocating a little per line, keeping little) would spend
     * a third of its time marking. Reserving 32 MB up front costs address
     * space, not memory: untouched pages stay unmapped. Under a small
     * --max-memory, or a small limit on address space (ulimit -v, which
     * thread stacks count against too), reserve an eighth of it. */
    if (!getenv("GC_INITIAL_HEAP_SIZE")) {
        size_t initial = (size_t)32 << 20;
        struct rlimit as;
        if (limit && limit / 8 < initial)
            initial = (size_t)(limit / 8);
        if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY &&
            as.rlim_cur / 8 < initial)
            initial = (size_t)(as.rlim_cur / 8);
        if (initial > GC_get_heap_size())
            GC_expand_hp(initial - GC_get_heap_size());
    }
    GC_allow_register_threads();
}

/* Allocations take this path while something must see each one: an
 * in-process run's budget (rt_alloc_counting) or the race detector,
 * which forgets what it knew of the memory being handed out again
 * (rt_alloc_hook). A normal run tests one flag per allocation. */
bool rt_alloc_slow;
void (*rt_alloc_hook)(void *p, size_t size);

void rt_alloc_update(void)
{
    rt_alloc_slow = rt_alloc_counting || rt_alloc_hook;
}

static void *alloc_slow(size_t size, bool atomic)
{
    if (rt_alloc_counting)
        program_charge(size); /* an in-process run's allocation budget */
    void *p = atomic ? GC_MALLOC_ATOMIC(size ? size : 1) : GC_MALLOC(size ? size : 1);
    if (rt_alloc_hook)
        rt_alloc_hook(p, size ? size : 1);
    return p;
}

void *rt_alloc(size_t size)
{
    if (__builtin_expect(size > MAX_ALLOC, 0))
        rt_out_of_memory(size);
    if (__builtin_expect(rt_alloc_slow, 0))
        return alloc_slow(size, false);
    /* GC_MALLOC never returns NULL: on_oom does not return */
    return GC_MALLOC(size ? size : 1);
}

void *rt_alloc_atomic(size_t size)
{
    if (__builtin_expect(size > MAX_ALLOC, 0))
        rt_out_of_memory(size);
    if (__builtin_expect(rt_alloc_slow, 0))
        return alloc_slow(size, true);
    return GC_MALLOC_ATOMIC(size ? size : 1);
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
