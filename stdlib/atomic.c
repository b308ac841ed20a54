/* atomic.c: the native half of package sync/atomic. Results are widened
 * back to a register word the way the VM holds each type (sign-extended
 * for signed types, zero-extended for unsigned). */
#include <string.h>
#include "event.h"
#include "natives.h"

static bool nil_addr(G *g, const Value *args)
{
    if (args[0].p)
        return false;
    vm_panic_runtime(g, "invalid memory address or nil pointer dereference");
    return true;
}

#define SEQ __ATOMIC_SEQ_CST

/* Every atomic operation is a point where deterministic mode may switch
 * goroutines (runtime/strategy.h), after the operation and after the
 * event that tells of it (so the race detector's acquire is the one the
 * operation made): a Load and the Store that follows it can be
 * interleaved, as on real processors. Mutex, WaitGroup, Once and Cond are
 * written on these, so their operations are switch points too. */
static void point(G *g)
{
    if (rt_switch_point(g))
        rt_yield(g);
}

/* The event stream hears of every atomic operation (the race detector
 * orders goroutines by them, as Go's memory model does): a release
 * before the operation writes, an acquire after it read. Package sync's
 * own atomics are not told, since its types report what they do with
 * their own events (readers of an RWMutex do not order each other). */
static void atomic_event(G *g, const void *addr, int release)
{
    const char *fn = g->nframes ? g->frames[g->nframes - 1].cl->proto->name : "";
    if (strncmp(fn, "sync.", 5) == 0)
        return; /* package sync's own: no consumer wants them */
    Event e = {.kind = EV_ATOMIC, .g = g->id, .gp = g, .obj = addr, .a = release};
    rt_emit(&e);
}
/* Runs [op] between the events the race detector needs: a release
 * before an operation that writes, an acquire after one that reads. */
__attribute__((noinline)) static void with_events(G *g, Value *args, NativeFn op, bool release,
                                                  bool acquire)
{
    void *addr = args[0].p;
    if (addr && release)
        atomic_event(g, addr, 1);
    op(g, args);
    if (addr && acquire)
        atomic_event(g, addr, 0);
}

/* A native that tells the event stream, when it listens, of operation
 * op_NAME: a normal run pays one predictable branch. */
#define TOLD(name, release, acquire)                                            \
    static void name(G *g, Value *args)                                       \
    {                                                                          \
        bool valid = args[0].p != NULL;                                        \
        if (RT_EVENTS)                                                         \
            with_events(g, args, op_##name, release, acquire);                 \
        else                                                                   \
            op_##name(g, args);                                                \
        if (valid)                                                             \
            point(g);                                                          \
    }

/* One family of functions per integer type: [C] is the C type, [W] the
 * register field the value is widened through. */
#define ATOMIC_FAMILY(T, C, W)                                                  \
    static inline void op_add_##T(G *g, Value *args)                          \
    {                                                                          \
        if (nil_addr(g, args))                                                 \
            return;                                                            \
        args[0].W = __atomic_add_fetch((C *)args[0].p, (C)args[1].W, SEQ);    \
    }                                                                          \
    static inline void op_load_##T(G *g, Value *args)                         \
    {                                                                          \
        if (nil_addr(g, args))                                                 \
            return;                                                            \
        args[0].W = __atomic_load_n((C *)args[0].p, SEQ);                      \
    }                                                                          \
    static inline void op_store_##T(G *g, Value *args)                        \
    {                                                                          \
        if (nil_addr(g, args))                                                 \
            return;                                                            \
        __atomic_store_n((C *)args[0].p, (C)args[1].W, SEQ);                   \
    }                                                                          \
    static inline void op_swap_##T(G *g, Value *args)                         \
    {                                                                          \
        if (nil_addr(g, args))                                                 \
            return;                                                            \
        args[0].W = __atomic_exchange_n((C *)args[0].p, (C)args[1].W, SEQ);   \
    }                                                                          \
    static inline void op_cas_##T(G *g, Value *args)                          \
    {                                                                          \
        if (nil_addr(g, args))                                                 \
            return;                                                            \
        C old = (C)args[1].W;                                                  \
        args[0].u = __atomic_compare_exchange_n((C *)args[0].p, &old,         \
                                                (C)args[2].W, false, SEQ, SEQ);\
    }                                                                          \
    TOLD(add_##T, true, true)                                                  \
    TOLD(load_##T, false, true)                                                \
    TOLD(store_##T, true, false)                                               \
    TOLD(swap_##T, true, true)                                                 \
    TOLD(cas_##T, true, true)

ATOMIC_FAMILY(int32, int32_t, i)
ATOMIC_FAMILY(int64, int64_t, i)
ATOMIC_FAMILY(uint32, uint32_t, u)
ATOMIC_FAMILY(uint64, uint64_t, u)

#define RELEASE() do { if (RT_EVENTS) atomic_event(g, args[0].p, 1); } while (0)
#define ACQUIRE(addr) do { if (RT_EVENTS) atomic_event(g, (addr), 0); } while (0)

/* atomic.Value: the interface word is swapped whole; Go insists on one
 * concrete type for every store. */
static bool value_check(G *g, Value *args, const Iface *nv)
{
    if (nil_addr(g, args))
        return false;
    if (!nv) {
        vm_panic_plain(g, "sync/atomic: store of nil value into Value");
        return false;
    }
    const Iface *cur = __atomic_load_n((Iface **)args[0].p, SEQ);
    if (cur && cur->type != nv->type) {
        vm_panic_plain(g, "sync/atomic: store of inconsistently typed value into Value");
        return false;
    }
    return true;
}

static void value_load(G *g, Value *args)
{
    if (nil_addr(g, args))
        return;
    void *a_ = args[0].p;
    args[0].p = __atomic_load_n((Iface **)a_, SEQ);
    ACQUIRE(a_);
    point(g);
}

static void value_store(G *g, Value *args)
{
    if (value_check(g, args, args[1].p)) {
        RELEASE();
        __atomic_store_n((Iface **)args[0].p, (Iface *)args[1].p, SEQ);
        point(g);
    }
}

static void value_swap(G *g, Value *args)
{
    if (value_check(g, args, args[1].p)) {
        void *a_ = args[0].p;
        RELEASE();
        args[0].p = __atomic_exchange_n((Iface **)a_, (Iface *)args[1].p, SEQ);
        ACQUIRE(a_);
        point(g);
    }
}

static void value_cas(G *g, Value *args)
{
    const Iface *old = args[1].p, *nv = args[2].p;
    if (!value_check(g, args, nv))
        return;
    if (old && old->type != nv->type) {
        vm_panic_plain(g, "sync/atomic: compare and swap of inconsistently typed values");
        return;
    }
    Iface **addr = args[0].p;
    RELEASE();
    for (;;) {
        Iface *cur = __atomic_load_n(addr, SEQ);
        /* Go compares the held value with old by == */
        bool same = cur == old || (cur && old && cur->type == old->type &&
                                   vm_equal((Value){.p = cur}, (Value){.p = (void *)old}, t_empty_iface));
        if (!same) {
            args[0].u = 0;
            point(g);
            return;
        }
        if (__atomic_compare_exchange_n(addr, &cur, (Iface *)nv, false, SEQ, SEQ)) {
            ACQUIRE(addr);
            args[0].u = 1;
            point(g);
            return;
        }
    }
}

#define FAMILY_ENTRIES(T, N)                                                    \
    {"sync/atomic", "Add" N, NULL, add_##T, NULL},                            \
    {"sync/atomic", "Load" N, NULL, load_##T, NULL},                          \
    {"sync/atomic", "Store" N, NULL, store_##T, NULL},                        \
    {"sync/atomic", "Swap" N, NULL, swap_##T, NULL},                          \
    {"sync/atomic", "CompareAndSwap" N, NULL, cas_##T, NULL}

static const Native natives[] = {
    FAMILY_ENTRIES(int32, "Int32"),
    FAMILY_ENTRIES(int64, "Int64"),
    FAMILY_ENTRIES(uint32, "Uint32"),
    FAMILY_ENTRIES(uint64, "Uint64"),
    FAMILY_ENTRIES(uint64, "Uintptr"),
    {"sync/atomic", "valueLoad", NULL, value_load, NULL},
    {"sync/atomic", "valueStore", NULL, value_store, NULL},
    {"sync/atomic", "valueSwap", NULL, value_swap, NULL},
    {"sync/atomic", "valueCompareAndSwap", NULL, value_cas, NULL},
};

static const PackageDef def = {"sync/atomic", stdlib_src_atomic, natives,
                               sizeof natives / sizeof natives[0]};

void register_atomic(void)
{
    vm_register_package(&def);
}
