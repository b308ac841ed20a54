/* interp.c: the dispatch loop.
 *
 * One function runs a goroutine's bytecode. Hot state (pc, register base,
 * constants) lives in locals and is written back to the frame only when
 * control leaves the loop or may inspect the frame (calls, panics, parks).
 * Script calls push a Frame and continue in the same loop: they never
 * recurse on the C stack, so a goroutine can be parked at any instruction
 * by saving its pc and returning. Slow paths are out-of-line helpers.
 *
 * Dispatch is computed goto where the compiler supports it, else a switch;
 * the same VM_CASE bodies serve both. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "event.h"
#include "internal.h"
#include "lexer.h"

#ifndef GOSH_COMPUTED_GOTO
#define GOSH_COMPUTED_GOTO 1
#endif

/* The instrumented loop: interp_race.c compiles this file a second time
 * with GOSH_RACE=1, as vm_execute_race, whose loads and stores of memory
 * a script can share tell the race detector (gosh --race, race/race.h)
 * and, in deterministic mode, are points where the strategy may switch
 * goroutines (after the instruction: so `counter++` from two goroutines
 * can lose an update under --seed, as in a parallel run). In the normal
 * loop the hooks are nothing. */
#ifndef GOSH_RACE
#define GOSH_RACE 0
#endif
#if GOSH_RACE
#include "race.h"
#define VM_EXECUTE vm_execute_race
#define ACCESS_POINT()                                                      \
    do {                                                                    \
        if (vm_access_points && UNLIKELY(rt_access_point(g)))               \
            switch_after = true;                                            \
    } while (0)
#define RACE_READ(addr, size) do { SAVE_PC(); if (vm_race_detect) race_read(g, (addr), (size)); ACCESS_POINT(); } while (0)
#define RACE_WRITE(addr, size) do { SAVE_PC(); if (vm_race_detect) race_write(g, (addr), (size)); ACCESS_POINT(); } while (0)
#define RACE_READ_RANGE(addr, n, esize)                                     \
    do { SAVE_PC(); if (vm_race_detect) race_read_range(g, (addr), (n), (esize)); ACCESS_POINT(); } while (0)
#define RACE_WRITE_RANGE(addr, n, esize)                                    \
    do { SAVE_PC(); if (vm_race_detect) race_write_range(g, (addr), (n), (esize)); ACCESS_POINT(); } while (0)
/* A map write's access point. When the strategy switches there, the
 * goroutine leaves in the middle of the write, holding the map's writing
 * flag, and runs the instruction again when it resumes (without a second
 * point) to finish it: so two goroutines writing one map can overlap
 * under --seed as in a parallel run, and Go's fatal error shows. */
#define MAP_WRITE_POINT(m)                                                  \
    do {                                                                    \
        if (UNLIKELY(g->map_writing == (m))) {                              \
            g->map_writing = NULL;                                          \
            map_resume_write(m);                                            \
            break;                                                          \
        }                                                                   \
        RACE_WRITE((m), 8);                                                 \
        if (UNLIKELY(switch_after)) {                                       \
            switch_after = false;                                           \
            map_suspend_write(m);                                           \
            g->map_writing = (m);                                           \
            pc--;                                                           \
            SAVE_PC();                                                      \
            g->status = G_RUNNABLE;                                         \
            g->at_poll = true;                                              \
            return;                                                         \
        }                                                                   \
    } while (0)
#else
#define VM_EXECUTE vm_execute
#define RACE_READ(addr, size) ((void)0)
#define RACE_WRITE(addr, size) ((void)0)
#define RACE_READ_RANGE(addr, n, esize) ((void)0)
#define RACE_WRITE_RANGE(addr, n, esize) ((void)0)
#define MAP_WRITE_POINT(m) ((void)0)
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#if !GOSH_RACE
__thread int32_t vm_exec_floor;

Value vm_load_mem(const void *src, const Type *t)
{
    Value v;
    v.u = 0;
    switch (t->memkind) {
    case M_I8: v.i = *(const int8_t *)src; break;
    case M_U8: v.u = *(const uint8_t *)src; break;
    case M_I16: v.i = *(const int16_t *)src; break;
    case M_U16: v.u = *(const uint16_t *)src; break;
    case M_I32: v.i = *(const int32_t *)src; break;
    case M_U32: v.u = *(const uint32_t *)src; break;
    case M_F32: v.f = *(const float *)src; break;
    case M_WORD: memcpy(&v, src, 8); break;
    case M_BLOCK:
        v.p = vm_new_block(t);
        memcpy(v.p, src, t->size);
        break;
    }
    return v;
}

void *vm_new_block(const Type *t)
{
    return rt_alloc_zeroed(t->size ? t->size : 1, type_has_ptr(t));
}
#endif

/* Converts a float to an integer the way Go on amd64 does: values out of
 * range (and NaN) give the minimum int64, never C's undefined behaviour. */
static int64_t f2i(double f)
{
    if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0))
        return INT64_MIN;
    return (int64_t)f;
}

static uint64_t f2u(double f)
{
    if (f != f)
        return 0x8000000000000000ull;
    if (f < 0)
        return (uint64_t)f2i(f);
    if (f >= 18446744073709551616.0)
        return 0x8000000000000000ull;
    return (uint64_t)f;
}

static int64_t ext(int64_t v, int width)
{
    switch (width) {
    case 0: return (int8_t)v;
    case 1: return (uint8_t)v;
    case 2: return (int16_t)v;
    case 3: return (uint16_t)v;
    case 4: return (int32_t)v;
    default: return (uint32_t)v;
    }
}

/* s[lo:hi:max] bounds, as Go checks them; returns false after raising the
 * panic. [flags] bit 0: lo given, 1: hi given, 2: max given. */
static bool slice_bounds(G *g, int64_t *lo, int64_t *hi, int64_t *max,
                         int64_t len, int64_t cap, unsigned flags, bool by_length)
{
    const char *what = by_length ? "length" : "capacity";
    if (!(flags & 1))
        *lo = 0;
    if (flags & 4) {
        if ((uint64_t)*max > (uint64_t)cap) {
            if (*max < 0)
                vm_panic_bounds(g, "slice bounds out of range [::%lld]", (long long)*max);
            else
                vm_panic_bounds(g, "slice bounds out of range [::%lld] with %s %lld",
                                 (long long)*max, what, (long long)cap);
            return false;
        }
        if ((uint64_t)*hi > (uint64_t)*max) {
            if (*hi < 0)
                vm_panic_bounds(g, "slice bounds out of range [:%lld:]", (long long)*hi);
            else
                vm_panic_bounds(g, "slice bounds out of range [:%lld:%lld]",
                                 (long long)*hi, (long long)*max);
            return false;
        }
        if ((uint64_t)*lo > (uint64_t)*hi) {
            if (*lo < 0)
                vm_panic_bounds(g, "slice bounds out of range [%lld::]", (long long)*lo);
            else
                vm_panic_bounds(g, "slice bounds out of range [%lld:%lld:]",
                                 (long long)*lo, (long long)*hi);
            return false;
        }
        return true;
    }
    *max = cap;
    if (!(flags & 2)) {
        *hi = len;
    } else if ((uint64_t)*hi > (uint64_t)cap) {
        if (*hi < 0)
            vm_panic_bounds(g, "slice bounds out of range [:%lld]", (long long)*hi);
        else
            vm_panic_bounds(g, "slice bounds out of range [:%lld] with %s %lld",
                             (long long)*hi, what, (long long)cap);
        return false;
    }
    if ((uint64_t)*lo > (uint64_t)*hi) {
        if (*lo < 0)
            vm_panic_bounds(g, "slice bounds out of range [%lld:]", (long long)*lo);
        else
            vm_panic_bounds(g, "slice bounds out of range [%lld:%lld]",
                             (long long)*lo, (long long)*hi);
        return false;
    }
    return true;
}

static void index_panic(G *g, int64_t i, int64_t len)
{
    if (i < 0)
        vm_panic_bounds(g, "index out of range [%lld]", (long long)i);
    else
        vm_panic_bounds(g, "index out of range [%lld] with length %lld",
                        (long long)i, (long long)len);
}

static Value make_slice(G *g, const Type *elem, int64_t len, int64_t cap)
{
    Value v;
    v.p = NULL;
    /* Go's limits: no array past maxAlloc (2^48 bytes on 64-bit Linux);
     * one below it that the heap cannot hold runs out of memory instead.
     * Zero-size elements need no memory, so any length will do. */
    uint64_t max = elem->size ? (uint64_t)(1ull << 48) / elem->size : (uint64_t)INT64_MAX;
    if (len < 0 || (uint64_t)len > max) {
        vm_panic_runtime(g, "makeslice: len out of range");
        return v;
    }
    if (cap < len || (uint64_t)cap > max) {
        vm_panic_runtime(g, "makeslice: cap out of range");
        return v;
    }
    v.p = slice_make(elem, len, cap);
    return v;
}

static Value bytes_to_string(const Slice *s)
{
    Value v;
    v.p = s ? str_new(s->data, s->len) : NULL;
    return v;
}

static Value string_to_bytes(const String *s)
{
    Value v;
    int64_t n = str_len(s);
    Slice *r = slice_make(t_uint8, n, slice_heap_cap(n, 1));
    if (n)
        memcpy(r->data, s->data, (size_t)n);
    v.p = r;
    return v;
}

static Value string_to_runes(const String *s)
{
    Value v;
    const unsigned char *p = (const unsigned char *)str_data(s);
    int64_t n = str_len(s), count = 0;
    for (int64_t i = 0; i < n;) {
        int r, k = utf8_decode(p + i, (size_t)(n - i), &r);
        i += k > 0 ? k : 1;
        count++;
    }
    Slice *out = slice_make(t_int32, count, slice_heap_cap(count, 4));
    int32_t *d = (int32_t *)out->data;
    for (int64_t i = 0, j = 0; i < n; j++) {
        int r, k = utf8_decode(p + i, (size_t)(n - i), &r);
        if (k <= 0) {
            r = 0xFFFD;
            k = 1;
        }
        d[j] = r;
        i += k;
    }
    v.p = out;
    return v;
}

static Value runes_to_string(const Slice *s)
{
    Value v;
    int64_t n = s ? s->len : 0, size = 0;
    const int32_t *d = n ? (const int32_t *)s->data : NULL;
    char tmp[4];
    for (int64_t i = 0; i < n; i++)
        size += utf8_encode(d[i], tmp);
    char *out;
    String *str = str_alloc(size, &out);
    for (int64_t i = 0; i < n; i++)
        out += utf8_encode(d[i], out);
    v.p = size ? str : NULL;
    return v;
}


/* Makes room for a call: registers up to [need] and one more frame. */
static void grow_for_call(G *g, int64_t need)
{
    if (need > g->stack_size && !rt_grow_stack(g, need))
        vm_fatal_trace(g, "stack overflow");
    if (g->nframes == g->frames_cap) {
        if (!rt_push_frame(g))
            vm_fatal_trace(g, "stack overflow");
        g->nframes--;
    }
}

static Value copy_block(Value v, const Type *t)
{
    Value r;
    r.p = vm_new_block(t);
    memcpy(r.p, v.p, t->size);
    return r;
}

/* Go's TypeAssertionError text. */
static void assert_panic(G *g, const Iface *it, const Type *want, const Type *iface)
{
    char have[256], w[256], src[256];
    type_string(want, true, w, sizeof w);
    if (iface)
        type_string(iface, true, src, sizeof src);
    else
        snprintf(src, sizeof src, "interface {}");
    char msg[1024];
    if (!it) {
        snprintf(msg, sizeof msg, "interface conversion: %s is nil, not %s",
                 want->kind == K_INTERFACE ? "interface" : src, w);
    } else if (want->kind == K_INTERFACE) {
        type_string(it->type, true, have, sizeof have);
        const char *missing = vm_missing_method(it->type, want);
        snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %s", have, w,
                 missing ? missing : "?");
    } else {
        type_string(it->type, true, have, sizeof have);
        snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s", src, have, w);
    }
    vm_panic_assertion(g, msg);
}

/* A value method reached through a nil pointer held in an interface. */
static void nil_value_receiver(G *g, const Type *ptr, const char *method)
{
    char recv[256], elem[256], msg[600];
    type_string(ptr->elem, true, recv, sizeof recv);
    type_string(ptr->elem, false, elem, sizeof elem);
    snprintf(msg, sizeof msg, "value method %s.%s called using nil *%s pointer", recv, method, elem);
    vm_panic_plain(g, msg);
}

static Closure *new_closure(const Proto *p, const Value *R, const Closure *encl)
{
    Closure *c = rt_alloc(sizeof(Closure) + sizeof(Value) * p->nupvals);
    c->proto = p;
    for (int j = 0; j < p->nupvals; j++) {
        UpvalDesc d = p->upvals[j];
        c->up[j] = d.from_reg ? R[d.index] : encl->up[d.index];
    }
    return c;
}

void VM_EXECUTE(G *g)
{
#if GOSH_COMPUTED_GOTO
    static const void *const labels[OP_COUNT] = {
#define OP(name, fmt, flags, doc) &&L_##name,
#include "opcodes.def"
#undef OP
    };
#define VM_CASE(name) L_##name:
#define VM_NEXT() do { TAKE_SWITCH(); i = *pc++; goto *labels[GET_OP(i)]; } while (0)
#define VM_LOOP VM_NEXT();
#define VM_END
#else
#define VM_CASE(name) case OP_##name:
#define VM_NEXT() goto dispatch
#define VM_LOOP dispatch: TAKE_SWITCH(); i = *pc++; switch (GET_OP(i)) {
#define VM_END default: abort(); }
#endif
#if GOSH_RACE
    /* an access point chose to switch: done once the instruction is */
    bool switch_after = false;
#define TAKE_SWITCH()                                                       \
    do {                                                                    \
        if (UNLIKELY(switch_after)) {                                       \
            SAVE_PC();                                                      \
            g->status = G_RUNNABLE;                                         \
            g->at_poll = true;                                              \
            return;                                                         \
        }                                                                   \
    } while (0)
#else
#define TAKE_SWITCH() ((void)0)
#endif

    Frame *fr;
    Closure *cl;
    Closure *callee;
    Value *k;
    const Instr *pc;
    Value *R;
    Instr i;

#define LOAD_FRAME()                                                        \
    do {                                                                    \
        fr = &g->frames[g->nframes - 1];                                    \
        cl = fr->cl;                                                        \
        k = cl->proto->k;                                                   \
        pc = fr->pc;                                                        \
        R = g->stack + fr->base;                                            \
    } while (0)
#define SAVE_PC() (fr->pc = pc)
#define A GET_A(i)
#define B GET_B(i)
#define C GET_C(i)
#define RA R[GET_A(i)]
#define RB R[GET_B(i)]
#define RC R[GET_C(i)]
/* A test either takes the JMP that follows it or steps over it. */
#define TEST_JUMP(cond)                                                     \
    do {                                                                    \
        if ((cond) == (int)C) {                                             \
            int32_t off_ = GET_sJ(*pc);                                     \
            pc += off_ + 1;                                                 \
            if (off_ < 0)                                                   \
                POLL();                                                     \
        } else {                                                            \
            pc++;                                                           \
        }                                                                   \
        VM_NEXT();                                                          \
    } while (0)
/* Preemption: the scheduler sets poll->asked to ask for the processor
 * back (deterministic mode counts down a random budget). A call
 * from native code cannot give up its thread, so it runs on (the counter
 * re-armed by the runtime, which counts the steps of an in-process run). */
#define POLL()                                                              \
    do {                                                                    \
        int64_t n_ = __atomic_load_n(&poll->count, __ATOMIC_RELAXED) + 1;   \
        __atomic_store_n(&poll->count, n_, __ATOMIC_RELAXED);               \
        if (UNLIKELY((n_ >= 0) | __atomic_load_n(&poll->asked, __ATOMIC_RELAXED))) { \
            if (vm_exec_floor == 0) {                                       \
                SAVE_PC();                                                  \
                g->status = G_RUNNABLE;                                     \
                g->at_poll = true;                                          \
                return;                                                     \
            }                                                               \
            rt_poll_rearm();                                                \
        }                                                                   \
    } while (0)
/* A synchronisation operation just done (a channel operation that did
 * not wait, select, close, go) is a point where deterministic mode may
 * switch goroutines (runtime/strategy.h): the goroutine then yields after
 * it, its results written. */
#define SWITCH_POINT()                                                      \
    do {                                                                    \
        if (UNLIKELY(rt_switch_point(g))) {                                 \
            SAVE_PC();                                                      \
            g->status = G_RUNNABLE;                                         \
            g->at_poll = true;                                              \
            return;                                                         \
        }                                                                   \
    } while (0)
#define THROW()                                                             \
    do {                                                                    \
        goto panicking;                                                     \
    } while (0)
#define RUNTIME_ERROR(...)                                                  \
    do {                                                                    \
        SAVE_PC();                                                          \
        vm_panic_runtime(g, __VA_ARGS__);                                   \
        THROW();                                                            \
    } while (0)

    RtPoll *poll = rt_poll;
    LOAD_FRAME();
    if (UNLIKELY(g->select_parked)) {
        pc -= 2; /* a woken select finishes in its SELECT instruction */
        VM_NEXT();
    }
    if (UNLIKELY(g->resume_panic != NULL)) {
        /* a send whose channel was closed while it waited */
        const char *msg = g->resume_panic;
        g->resume_panic = NULL;
        vm_panic_plain(g, msg);
        THROW();
    }
    VM_LOOP

    VM_CASE(NOP) VM_NEXT();
    VM_CASE(MOVE) RA = RB; VM_NEXT();
    VM_CASE(LOADK) RA = k[GET_Bx(i)]; VM_NEXT();
    VM_CASE(LOADI) RA.i = GET_sBx(i); VM_NEXT();
    VM_CASE(LOADZ) memset(&RA, 0, sizeof(Value) * (B + 1)); VM_NEXT();
    VM_CASE(GETG) RACE_READ(k[GET_Bx(i)].p, 8); RA = *(Value *)k[GET_Bx(i)].p; VM_NEXT();
    VM_CASE(SETG) RACE_WRITE(k[GET_Bx(i)].p, 8); *(Value *)k[GET_Bx(i)].p = RA; VM_NEXT();
    VM_CASE(NEWBOX) {
        /* an instruction that allocates saves its pc first: running out
         * of memory reports the goroutine's stack (rt_out_of_memory) */
        SAVE_PC();
        Value *box = rt_alloc(sizeof(Value));
        *box = RB;
        RA.p = box;
        VM_NEXT();
    }
    VM_CASE(LOADBOX) RACE_READ(RB.p, 8); RA = *(Value *)RB.p; VM_NEXT();
    VM_CASE(STOREBOX) RACE_WRITE(RA.p, 8); *(Value *)RA.p = RB; VM_NEXT();
    VM_CASE(GETUP) RA = cl->up[B]; VM_NEXT();
    VM_CASE(LOADUP) RACE_READ(cl->up[B].p, 8); RA = *(Value *)cl->up[B].p; VM_NEXT();
    VM_CASE(STOREUP) RACE_WRITE(cl->up[A].p, 8); *(Value *)cl->up[A].p = RB; VM_NEXT();
    VM_CASE(CLOSURE) {
        const Proto *p = k[GET_Bx(i)].p;
        SAVE_PC();
        RA.p = p->nupvals ? new_closure(p, R, cl) : p->closure;
        VM_NEXT();
    }

    VM_CASE(ADD) RA.u = RB.u + RC.u; VM_NEXT();
    VM_CASE(SUB) RA.u = RB.u - RC.u; VM_NEXT();
    VM_CASE(MUL) RA.u = RB.u * RC.u; VM_NEXT();
    VM_CASE(DIV) {
        int64_t d = RC.i;
        if (UNLIKELY(d == 0))
            RUNTIME_ERROR("integer divide by zero");
        RA.i = d == -1 ? (int64_t)(0 - RB.u) : RB.i / d;
        VM_NEXT();
    }
    VM_CASE(REM) {
        int64_t d = RC.i;
        if (UNLIKELY(d == 0))
            RUNTIME_ERROR("integer divide by zero");
        RA.i = d == -1 ? 0 : RB.i % d;
        VM_NEXT();
    }
    VM_CASE(DIVU) {
        if (UNLIKELY(RC.u == 0))
            RUNTIME_ERROR("integer divide by zero");
        RA.u = RB.u / RC.u;
        VM_NEXT();
    }
    VM_CASE(REMU) {
        if (UNLIKELY(RC.u == 0))
            RUNTIME_ERROR("integer divide by zero");
        RA.u = RB.u % RC.u;
        VM_NEXT();
    }
    VM_CASE(AND) RA.u = RB.u & RC.u; VM_NEXT();
    VM_CASE(OR) RA.u = RB.u | RC.u; VM_NEXT();
    VM_CASE(XOR) RA.u = RB.u ^ RC.u; VM_NEXT();
    VM_CASE(ANDNOT) RA.u = RB.u & ~RC.u; VM_NEXT();
    VM_CASE(SHL) RA.u = RC.u >= 64 ? 0 : RB.u << RC.u; VM_NEXT();
    VM_CASE(SHR) RA.i = RC.u >= 64 ? (RB.i < 0 ? -1 : 0) : RB.i >> RC.u; VM_NEXT();
    VM_CASE(SHRU) RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u; VM_NEXT();
    VM_CASE(SHCHK) {
        if (UNLIKELY(RA.i < 0))
            RUNTIME_ERROR("negative shift amount");
        VM_NEXT();
    }
    VM_CASE(ADDI) RA.u = RB.u + (uint64_t)(int64_t)GET_sC(i); VM_NEXT();
    VM_CASE(NEG) RA.u = 0 - RB.u; VM_NEXT();
    VM_CASE(BNOT) RA.u = ~RB.u; VM_NEXT();
    VM_CASE(NOT) RA.u = !RB.u; VM_NEXT();
    VM_CASE(EXT) RA.i = ext(RB.i, C); VM_NEXT();
    VM_CASE(FADD) RA.f = RB.f + RC.f; VM_NEXT();
    VM_CASE(FSUB) RA.f = RB.f - RC.f; VM_NEXT();
    VM_CASE(FMUL) RA.f = RB.f * RC.f; VM_NEXT();
    VM_CASE(FDIV) RA.f = RB.f / RC.f; VM_NEXT();
    VM_CASE(FNEG) RA.f = -RB.f; VM_NEXT();
    VM_CASE(F32) RA.f = (double)(float)RB.f; VM_NEXT();
    VM_CASE(I2F) RA.f = (double)RB.i; VM_NEXT();
    VM_CASE(U2F) RA.f = (double)RB.u; VM_NEXT();
    VM_CASE(F2I) RA.i = f2i(RB.f); VM_NEXT();
    VM_CASE(F2U) RA.u = f2u(RB.f); VM_NEXT();
    VM_CASE(CADD) SAVE_PC(); RA.p = cplx_add(RB.p, RC.p); VM_NEXT();
    VM_CASE(CSUB) SAVE_PC(); RA.p = cplx_sub(RB.p, RC.p); VM_NEXT();
    VM_CASE(CMUL) SAVE_PC(); RA.p = cplx_mul(RB.p, RC.p); VM_NEXT();
    VM_CASE(CDIV) SAVE_PC(); RA.p = cplx_div(RB.p, RC.p); VM_NEXT();
    VM_CASE(CADD64) SAVE_PC(); RA.p = cplx_add64(RB.p, RC.p); VM_NEXT();
    VM_CASE(CSUB64) SAVE_PC(); RA.p = cplx_sub64(RB.p, RC.p); VM_NEXT();
    VM_CASE(CMUL64) SAVE_PC(); RA.p = cplx_mul64(RB.p, RC.p); VM_NEXT();
    VM_CASE(CDIV64) SAVE_PC(); RA.p = cplx_div64(RB.p, RC.p); VM_NEXT();
    VM_CASE(CNEG) SAVE_PC(); RA.p = cplx_neg(RB.p); VM_NEXT();
    VM_CASE(C64) SAVE_PC(); RA.p = cplx_narrow(RB.p); VM_NEXT();
    VM_CASE(CMAKE) SAVE_PC(); RA.p = cplx_new(RB.f, RC.f); VM_NEXT();
    VM_CASE(CREAL) RA.f = cplx_re(RB.p); VM_NEXT();
    VM_CASE(CIMAG) RA.f = cplx_im(RB.p); VM_NEXT();

    VM_CASE(EQ) TEST_JUMP(RA.u == RB.u);
    VM_CASE(LT) TEST_JUMP(RA.i < RB.i);
    VM_CASE(LE) TEST_JUMP(RA.i <= RB.i);
    VM_CASE(LTU) TEST_JUMP(RA.u < RB.u);
    VM_CASE(LEU) TEST_JUMP(RA.u <= RB.u);
    VM_CASE(EQI) TEST_JUMP(RA.i == GET_sB(i));
    VM_CASE(LTI) TEST_JUMP(RA.i < GET_sB(i));
    VM_CASE(GTI) TEST_JUMP(RA.i > GET_sB(i));
    VM_CASE(FEQ) TEST_JUMP(RA.f == RB.f);
    VM_CASE(FLT) TEST_JUMP(RA.f < RB.f);
    VM_CASE(FLE) TEST_JUMP(RA.f <= RB.f);
    VM_CASE(CEQ) TEST_JUMP(cplx_eq(RA.p, RB.p));
    VM_CASE(SEQ) TEST_JUMP(str_eq(RA.p, RB.p));
    VM_CASE(SLT) TEST_JUMP(str_cmp(RA.p, RB.p) < 0);
    VM_CASE(SLE) TEST_JUMP(str_cmp(RA.p, RB.p) <= 0);
    VM_CASE(XEQ) {
        const Type *t = k[*pc++].p, *bad;
        bool eq = vm_equal_checked(RA, RB, t, &bad);
        if (UNLIKELY(bad != NULL)) {
            char name[256];
            type_string(bad, true, name, sizeof name);
            RUNTIME_ERROR("comparing uncomparable type %s", name);
        }
        TEST_JUMP(eq);
    }
    VM_CASE(TEST) TEST_JUMP(RA.u != 0);
    VM_CASE(JMP) {
        int32_t off = GET_sJ(i);
        pc += off;
        if (off < 0)
            POLL();
        VM_NEXT();
    }

    VM_CASE(CALL) {
        callee = RB.p;
        if (UNLIKELY(!callee))
            RUNTIME_ERROR("invalid memory address or nil pointer dereference");
        int32_t nbase;
    call:
        SAVE_PC();
        nbase = fr->base + (int32_t)A;
        {
            const Proto *np = callee->proto;
            if (UNLIKELY(nbase + np->maxregs > g->stack_size || g->nframes == g->frames_cap))
                grow_for_call(g, (int64_t)nbase + np->maxregs);
            fr = &g->frames[g->nframes++];
            fr->cl = callee;
            fr->base = nbase;
            fr->defers = NULL;
            fr->flags = 0;
            cl = callee;
            k = np->k;
            pc = np->code;
            R = g->stack + nbase;
        }
        POLL();
        VM_NEXT();
    VM_CASE(CALLK)
        callee = k[GET_Bx(i)].p;
        goto call;
    }
    VM_CASE(CALLN) {
        const Native *n = k[GET_Bx(i)].p;
        /* a deferred call may be running with a recovered panic still
         * current: a native raised one only if g->panic changed */
        struct Panic *before = g->panic;
        SAVE_PC();
        n->fn(g, &RA);
        /* A native that called back into script code may have grown
         * the stack and the frame array. */
        fr = &g->frames[g->nframes - 1];
        R = g->stack + fr->base;
        if (UNLIKELY(g->panic != before))
            THROW();
        if (UNLIKELY(g->status != G_RUNNING))
            return;
        VM_NEXT();
    }
    VM_CASE(RET) {
        if (UNLIKELY(fr->defers != NULL)) {
            /* run the next deferred call; this RET runs again after it */
            Defer *d = fr->defers;
            fr->defers = d->next;
            fr->pc = pc - 1;
            if (!vm_start_deferred(g, d, FR_DEFER_RET))
                THROW();
            LOAD_FRAME();
            VM_NEXT();
        }
        int a = A, n = B;
        for (int j = 0; j < n; j++)
            R[j] = R[a + j];
        uint32_t flags = fr->flags;
        g->nframes--;
        if (UNLIKELY(g->nframes <= vm_exec_floor)) {
            if (g->nframes == 0)
                g->status = G_DEAD;
            return;
        }
        LOAD_FRAME();
        if (UNLIKELY(flags & FR_DEFER_PANIC))
            goto panicking; /* a deferred call of a panic returned */
        VM_NEXT();
    }
    VM_CASE(RUNDEFERS) {
        if (fr->defers) {
            Defer *d = fr->defers;
            fr->defers = d->next;
            fr->pc = pc - 1; /* come back here when it returns */
            if (!vm_start_deferred(g, d, FR_DEFER_RET))
                THROW();
            LOAD_FRAME();
        }
        VM_NEXT();
    }
    VM_CASE(DEFER) {
        int n = C;
        SAVE_PC();
        Defer *d = rt_alloc(sizeof(Defer) + sizeof(Value) * (size_t)n);
        d->fn = RB.p;
        d->nargs = n;
        for (int j = 0; j < n; j++)
            d->args[j] = R[A + j];
        d->next = fr->defers;
        fr->defers = d;
        VM_NEXT();
    }
    VM_CASE(RECOVER) {
        /* recover works only in a function the panic itself deferred */
        Panic *p = g->panic;
        if (p && !p->recovered && !p->goexit && (fr->flags & FR_DEFER_PANIC)) {
            p->recovered = true;
            if (RT_EVENTS)
                rt_emit_g(EV_RECOVER, g, 0, NULL, 0);
            RA = p->value;
        } else {
            RA.p = NULL;
        }
        VM_NEXT();
    }

    VM_CASE(CONCAT) SAVE_PC(); RA.p = str_concat(RB.p, RC.p); VM_NEXT();
    VM_CASE(SLEN) RA.i = str_len(RB.p); VM_NEXT();
    VM_CASE(SINDEX) {
        String *s = RB.p;
        int64_t idx = RC.i, len = str_len(s);
        if (UNLIKELY((uint64_t)idx >= (uint64_t)len)) {
            SAVE_PC();
            index_panic(g, idx, len);
            THROW();
        }
        RA.u = (uint8_t)s->data[idx];
        VM_NEXT();
    }
    VM_CASE(SSLICE) {
        unsigned flags = *pc++;
        String *s = RB.p;
        int64_t len = str_len(s);
        int64_t lo = R[C].i, hi = R[C + 1].i, max = 0;
        SAVE_PC();
        if (!slice_bounds(g, &lo, &hi, &max, len, len, flags & 3, true))
            THROW();
        RA.p = s ? str_sub(s, lo, hi) : NULL;
        VM_NEXT();
    }
    VM_CASE(SNEXT) {
        String *s = RB.p;
        int64_t off = RA.i, n = str_len(s);
        if (off >= n) {
            pc += GET_sJ(*pc) + 1;
            VM_NEXT();
        }
        unsigned char c = (unsigned char)s->data[off];
        int r = c, size = 1;
        if (c >= 0x80) {
            size = utf8_decode((const unsigned char *)s->data + off, (size_t)(n - off), &r);
            if (size <= 0) {
                r = 0xFFFD;
                size = 1;
            }
        }
        R[A + 1].i = off;
        R[A + 2].i = r;
        RA.i = off + size;
        pc++;
        VM_NEXT();
    }
    VM_CASE(STR2BYTES) SAVE_PC(); RA = string_to_bytes(RB.p); VM_NEXT();
    VM_CASE(BYTES2STR) SAVE_PC(); RA = bytes_to_string(RB.p); VM_NEXT();
    VM_CASE(STR2RUNES) SAVE_PC(); RA = string_to_runes(RB.p); VM_NEXT();
    VM_CASE(RUNES2STR) SAVE_PC(); RA = runes_to_string(RB.p); VM_NEXT();
    VM_CASE(RUNE2STR) SAVE_PC(); RA.p = str_from_rune(RB.i); VM_NEXT();

    VM_CASE(MAKESLICE) {
        const Type *elem = k[*pc++].p;
        SAVE_PC();
        struct Panic *before = g->panic;
        Value v = make_slice(g, elem, RB.i, RC.i);
        if (UNLIKELY(g->panic != before))
            THROW();
        RA = v;
        VM_NEXT();
    }
    VM_CASE(LEN) RA.i = RB.p ? ((Slice *)RB.p)->len : 0; VM_NEXT();
    VM_CASE(CAP) RA.i = RB.p ? ((Slice *)RB.p)->cap : 0; VM_NEXT();

#define LOAD_ELEM(ctype, field)                                             \
    do {                                                                    \
        Slice *s = RB.p;                                                    \
        int64_t idx = RC.i, len = s ? s->len : 0;                           \
        if (UNLIKELY((uint64_t)idx >= (uint64_t)len)) {                     \
            SAVE_PC();                                                      \
            index_panic(g, idx, len);                                       \
            THROW();                                                        \
        }                                                                   \
        RACE_READ(&((ctype *)s->data)[idx], sizeof(ctype));                 \
        RA.field = ((ctype *)s->data)[idx];                                 \
        VM_NEXT();                                                          \
    } while (0)
#define STORE_ELEM(ctype, value)                                            \
    do {                                                                    \
        Slice *s = RA.p;                                                    \
        int64_t idx = RB.i, len = s ? s->len : 0;                           \
        if (UNLIKELY((uint64_t)idx >= (uint64_t)len)) {                     \
            SAVE_PC();                                                      \
            index_panic(g, idx, len);                                       \
            THROW();                                                        \
        }                                                                   \
        RACE_WRITE(&((ctype *)s->data)[idx], sizeof(ctype));                \
        ((ctype *)s->data)[idx] = (value);                                  \
        VM_NEXT();                                                          \
    } while (0)
    VM_CASE(LDI8) LOAD_ELEM(int8_t, i);
    VM_CASE(LDU8) LOAD_ELEM(uint8_t, u);
    VM_CASE(LDI16) LOAD_ELEM(int16_t, i);
    VM_CASE(LDU16) LOAD_ELEM(uint16_t, u);
    VM_CASE(LDI32) LOAD_ELEM(int32_t, i);
    VM_CASE(LDU32) LOAD_ELEM(uint32_t, u);
    VM_CASE(LDF32) LOAD_ELEM(float, f);
    VM_CASE(LDW) LOAD_ELEM(uint64_t, u);
    VM_CASE(STI8) STORE_ELEM(uint8_t, (uint8_t)RC.u);
    VM_CASE(STI16) STORE_ELEM(uint16_t, (uint16_t)RC.u);
    VM_CASE(STI32) STORE_ELEM(uint32_t, (uint32_t)RC.u);
    VM_CASE(STF32) STORE_ELEM(float, (float)RC.f);
    VM_CASE(STW) STORE_ELEM(uint64_t, RC.u);
    VM_CASE(SLICE) {
        unsigned x = *pc++;
        unsigned esize = x >> 8;
        Slice *s = RB.p;
        Slice arr;
        if (x & 8) {
            /* slicing an array: a header over its block */
            const Type *at = k[x >> 8].p;
            esize = at->elem->size;
            arr.data = RB.p;
            arr.len = arr.cap = at->len;
            s = &arr;
        }
        int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
        int64_t lo = R[C].i, hi = R[C + 1].i, max = R[C + 2].i;
        SAVE_PC();
        /* Go words an array's bound as its length */
        if (!slice_bounds(g, &lo, &hi, &max, len, cap, x & 7, (x & 8) != 0))
            THROW();
        if (!s) {
            RA.p = NULL;
        } else {
            /* a nil array pointer ranged over for its indexes only is
             * sliced without a nil check: no arithmetic on NULL */
            char *data = s->data ? s->data + (size_t)lo * esize : NULL;
            RA.p = slice_header(data, hi - lo, max - lo);
        }
        VM_NEXT();
    }
    VM_CASE(APPEND) {
        const Type *elem = k[*pc++].p;
        SAVE_PC();
        char tmp[8];
        const void *src = &RC;
        if (elem->memkind != M_WORD && elem->memkind != M_BLOCK) {
            vm_store_mem(tmp, RC, elem);
            src = tmp;
        } else if (elem->memkind == M_BLOCK) {
            src = RC.p;
        }
        /* only a slice of zero-size elements can be this long */
        if (UNLIKELY(RB.p && ((Slice *)RB.p)->len == INT64_MAX))
            RUNTIME_ERROR("growslice: cap out of range");
#if GOSH_RACE
        if (RB.p) {
            /* into the shared array when it has room, else a copy of it */
            Slice *s0 = RB.p;
            if (s0->len < s0->cap)
                RACE_WRITE_RANGE(s0->data + (size_t)s0->len * elem->size, elem->size, elem->size);
            else
                RACE_READ_RANGE(s0->data, (size_t)s0->len * elem->size, elem->size);
        }
#endif
        RA.p = slice_append(RB.p, elem, src);
        VM_NEXT();
    }
    VM_CASE(APPENDV) {
        const Type *elem = k[*pc++].p;
        SAVE_PC();
        Slice *t = RC.p;
        if (UNLIKELY(t && RB.p && t->len > INT64_MAX - ((Slice *)RB.p)->len))
            RUNTIME_ERROR("growslice: cap out of range");
#if GOSH_RACE
        if (t && t->len) {
            Slice *s0 = RB.p;
            RACE_READ_RANGE(t->data, (size_t)t->len * elem->size, elem->size);
            if (s0 && s0->cap - s0->len >= t->len)
                RACE_WRITE_RANGE(s0->data + (size_t)s0->len * elem->size,
                                 (size_t)t->len * elem->size, elem->size);
            else if (s0)
                RACE_READ_RANGE(s0->data, (size_t)s0->len * elem->size, elem->size);
        }
#endif
        RA.p = t ? slice_append_slice(RB.p, elem, t->data, t->len) : RB.p;
        VM_NEXT();
    }
    VM_CASE(APPENDS) {
        SAVE_PC();
        String *t = RC.p;
        RA.p = slice_append_slice(RB.p, t_uint8, str_data(t), str_len(t));
        VM_NEXT();
    }
    VM_CASE(COPY) {
        unsigned esize = *pc++;
        Slice *d = RB.p, *s = RC.p;
        int64_t n = d ? d->len : 0;
        if (!s || s->len < n)
            n = s ? s->len : 0;
        if (n) {
            RACE_READ_RANGE(s->data, (size_t)n * esize, esize);
            RACE_WRITE_RANGE(d->data, (size_t)n * esize, esize);
            memmove(d->data, s->data, (size_t)n * esize);
        }
        RA.i = n;
        VM_NEXT();
    }
    VM_CASE(COPYS) {
        Slice *d = RB.p;
        String *s = RC.p;
        int64_t n = d ? d->len : 0;
        if (str_len(s) < n)
            n = str_len(s);
        if (n) {
            RACE_WRITE_RANGE(d->data, (size_t)n, 1);
            memmove(d->data, s->data, (size_t)n);
        }
        RA.i = n;
        VM_NEXT();
    }
    VM_CASE(SCLEAR) {
        unsigned esize = *pc++;
        Slice *s = RA.p;
        if (s && s->len) {
            RACE_WRITE_RANGE(s->data, (size_t)s->len * esize, esize);
            memset(s->data, 0, (size_t)s->len * esize);
        }
        VM_NEXT();
    }

    VM_CASE(MAKEMAP) {
        const Type *t = k[*pc++].p;
        SAVE_PC();
        RA.p = map_new(t, RB.i);
        VM_NEXT();
    }
    VM_CASE(MAPGET) {
        Value v;
        if (RB.p)
            RACE_READ(RB.p, 8);
        if (!map_get(RB.p, RC, &v))
            v.u = 0;
        RA = v;
        VM_NEXT();
    }
    VM_CASE(MAPGET2) {
        Value v;
        if (RB.p)
            RACE_READ(RB.p, 8);
        bool ok = map_get(RB.p, RC, &v);
        if (!ok)
            v.u = 0;
        RA = v;
        R[A + 1].u = ok;
        VM_NEXT();
    }
    VM_CASE(MAPSET) {
        Map *m = RA.p;
        SAVE_PC();
        if (UNLIKELY(!m)) {
            vm_panic_plain(g, "assignment to entry in nil map");
            THROW();
        }
        const Type *kt = map_type(m)->key;
        if (UNLIKELY(kt->kind == K_INTERFACE)) {
            const Type *bad = vm_unhashable(kt, RB);
            if (bad) {
                char name[256];
                type_string(bad, true, name, sizeof name);
                RUNTIME_ERROR("hash of unhashable type %s", name);
            }
        }
        MAP_WRITE_POINT(m);
        map_set(m, RB, RC);
        VM_NEXT();
    }
    VM_CASE(MAPDEL) {
        if (RA.p)
            MAP_WRITE_POINT((Map *)RA.p);
        map_delete(RA.p, RB);
        VM_NEXT();
    }
    VM_CASE(MAPLEN) RA.i = map_len(RB.p); VM_NEXT();
    VM_CASE(MAPCLEAR) {
        if (RA.p)
            RACE_WRITE(RA.p, 8);
        map_clear(RA.p);
        VM_NEXT();
    }
    VM_CASE(MAPITER) {
        SAVE_PC();
        if (RB.p)
            RACE_READ(RB.p, 8);
        /* Go randomises where iteration starts; --seed makes it repeat */
        RA.p = map_iter(RB.p, rt_rand() >> 1);
        VM_NEXT();
    }
    VM_CASE(MAPNEXT) {
        Value key, val;
        if (!map_next(RA.p, &key, &val)) {
            pc += GET_sJ(*pc) + 1;
            VM_NEXT();
        }
        R[A + 1] = key;
        R[A + 2] = val;
        pc++;
        VM_NEXT();
    }

    VM_CASE(NEWBLK) {
        const Type *t = k[*pc++].p;
        SAVE_PC();
        RA.p = vm_new_block(t);
        VM_NEXT();
    }
    VM_CASE(COPYBLK) {
        const Type *t = k[*pc++].p;
        SAVE_PC();
        RACE_READ_RANGE(RB.p, t->size, 8);
        void *b = vm_new_block(t);
        memcpy(b, RB.p, t->size);
        RA.p = b;
        VM_NEXT();
    }
    VM_CASE(MOVEBLK) {
        const Type *t = k[*pc++].p;
        if (RA.p != RB.p) {
            RACE_READ_RANGE(RB.p, t->size, 8);
            RACE_WRITE_RANGE(RA.p, t->size, 8);
            memmove(RA.p, RB.p, t->size);
        }
        VM_NEXT();
    }
    VM_CASE(ADDP) {
        uint32_t off = *pc++;
        if (UNLIKELY(!RB.p))
            RUNTIME_ERROR("invalid memory address or nil pointer dereference");
        RA.p = (char *)RB.p + off;
        VM_NEXT();
    }
#define LOAD_FIELD(ctype, field)                                            \
    do {                                                                    \
        char *p_ = RB.p;                                                    \
        if (UNLIKELY(!p_))                                                  \
            RUNTIME_ERROR("invalid memory address or nil pointer dereference"); \
        RACE_READ(p_ + C, sizeof(ctype));                                   \
        RA.field = *(ctype *)(p_ + C);                                      \
        VM_NEXT();                                                          \
    } while (0)
#define STORE_FIELD(ctype, value)                                           \
    do {                                                                    \
        char *p_ = RA.p;                                                    \
        if (UNLIKELY(!p_))                                                  \
            RUNTIME_ERROR("invalid memory address or nil pointer dereference"); \
        RACE_WRITE(p_ + B, sizeof(ctype));                                  \
        *(ctype *)(p_ + B) = (value);                                       \
        VM_NEXT();                                                          \
    } while (0)
    VM_CASE(LDFI8) LOAD_FIELD(int8_t, i);
    VM_CASE(LDFU8) LOAD_FIELD(uint8_t, u);
    VM_CASE(LDFI16) LOAD_FIELD(int16_t, i);
    VM_CASE(LDFU16) LOAD_FIELD(uint16_t, u);
    VM_CASE(LDFI32) LOAD_FIELD(int32_t, i);
    VM_CASE(LDFU32) LOAD_FIELD(uint32_t, u);
    VM_CASE(LDFF32) LOAD_FIELD(float, f);
    VM_CASE(LDFW) LOAD_FIELD(uint64_t, u);
    VM_CASE(STFI8) STORE_FIELD(uint8_t, (uint8_t)RC.u);
    VM_CASE(STFI16) STORE_FIELD(uint16_t, (uint16_t)RC.u);
    VM_CASE(STFI32) STORE_FIELD(uint32_t, (uint32_t)RC.u);
    VM_CASE(STFF32) STORE_FIELD(float, (float)RC.f);
    VM_CASE(STFW) STORE_FIELD(uint64_t, RC.u);
    VM_CASE(EADDR) {
        const Type *at = k[*pc++].p;
        int64_t idx = RC.i;
        if (UNLIKELY((uint64_t)idx >= (uint64_t)at->len)) {
            SAVE_PC();
            index_panic(g, idx, at->len);
            THROW();
        }
        if (UNLIKELY(!RB.p))
            RUNTIME_ERROR("invalid memory address or nil pointer dereference");
        RA.p = (char *)RB.p + (size_t)idx * at->elem->size;
        VM_NEXT();
    }
    VM_CASE(SEADDR) {
        uint32_t esize = *pc++;
        Slice *s = RB.p;
        int64_t idx = RC.i, len = s ? s->len : 0;
        if (UNLIKELY((uint64_t)idx >= (uint64_t)len)) {
            SAVE_PC();
            index_panic(g, idx, len);
            THROW();
        }
        RA.p = s->data + (size_t)idx * esize;
        VM_NEXT();
    }
    VM_CASE(NILCHK) {
        if (UNLIKELY(!RA.p))
            RUNTIME_ERROR("invalid memory address or nil pointer dereference");
        VM_NEXT();
    }
    VM_CASE(ASSERT) {
        uint32_t x = *pc++;
        const Type *t = k[x & 0xffff].p;
        Iface *it = RB.p;
        if (UNLIKELY(!it || it->type != t)) {
            SAVE_PC();
            assert_panic(g, it, t, x >> 16 ? k[x >> 16].p : NULL);
            THROW();
        }
        SAVE_PC();
        RA = t->memkind == M_BLOCK ? copy_block(it->word, t) : it->word;
        VM_NEXT();
    }
    VM_CASE(ASSERT2) {
        const Type *t = k[*pc++ & 0xffff].p;
        SAVE_PC();
        Iface *it = RB.p;
        bool ok = it && it->type == t;
        if (ok)
            RA = t->memkind == M_BLOCK ? copy_block(it->word, t) : it->word;
        else if (t->memkind == M_BLOCK)
            RA.p = vm_new_block(t);
        else
            RA.u = 0;
        R[A + 1].u = ok;
        VM_NEXT();
    }
    VM_CASE(ASSERTI) {
        uint32_t x = *pc++;
        const Type *t = k[x & 0xffff].p;
        Iface *it = RB.p;
        if (UNLIKELY(!it || !vm_implements(it->type, t))) {
            SAVE_PC();
            assert_panic(g, it, t, x >> 16 ? k[x >> 16].p : NULL);
            THROW();
        }
        RA = RB;
        VM_NEXT();
    }
    VM_CASE(ASSERTI2) {
        const Type *t = k[*pc++ & 0xffff].p;
        Iface *it = RB.p;
        bool ok = it && vm_implements(it->type, t);
        RA.p = ok ? it : NULL;
        R[A + 1].u = ok;
        VM_NEXT();
    }
    VM_CASE(TYPEIS) {
        const Type *t = k[*pc++].p;
        Iface *it = RA.p;
        TEST_JUMP(t ? (it && it->type == t) : it == NULL);
    }
    VM_CASE(IMPLS) {
        const Type *t = k[*pc++].p;
        Iface *it = RA.p;
        TEST_JUMP(it && vm_implements(it->type, t));
    }
    VM_CASE(CALLI) {
        const char *name = k[*pc++].p;
        SAVE_PC();
        Iface *it = RB.p;
        if (UNLIKELY(!it))
            RUNTIME_ERROR("invalid memory address or nil pointer dereference");
        Value recv;
        callee = vm_find_dispatch(it, name, &recv);
        if (UNLIKELY(!callee)) {
            SAVE_PC();
            nil_value_receiver(g, it->type, name);
            THROW();
        }
        RA = recv;
        goto call;
    }
    VM_CASE(BIND) {
        const Proto *p = k[*pc++].p;
        SAVE_PC();
        Closure *c2 = rt_alloc(sizeof(Closure) + sizeof(Value));
        c2->proto = p;
        c2->up[0] = RB;
        RA.p = c2;
        VM_NEXT();
    }
    VM_CASE(PRINT) {
        SAVE_PC();
        vm_print_args(&RA, B, C != 0);
        VM_NEXT();
    }
    VM_CASE(BOX) {
        const Type *t = k[*pc++].p;
        SAVE_PC();
        Value v = RB;
        if (t->memkind == M_BLOCK) {
            RACE_READ_RANGE(v.p, t->size, 8);
            void *copy = vm_new_block(t);
            memcpy(copy, v.p, t->size);
            v.p = copy;
        }
        RA.p = iface_box(t, v);
        VM_NEXT();
    }
    VM_CASE(MAKECHAN) {
        const Type *t = type_under((Type *)k[*pc++].p);
        SAVE_PC();
        int64_t size = RB.i;
        const Type *e = t->elem;
        /* Go's check: the buffer may not pass maxAlloc (2^48 bytes) less
         * the channel's header; one below that may still run out of memory */
        if (UNLIKELY(size < 0 ||
                     (e->size && (uint64_t)size > ((1ull << 48) - 96) / e->size))) {
            /* a plainError in Go: no "runtime error: " before it */
            vm_panic_plain(g, "makechan: size out of range");
            THROW();
        }
        RA.p = chan_make(e, size, e->memkind == M_BLOCK, (uint32_t)e->size);
        chan_made_at(RA.p, cl->proto->file, vm_line_of(cl->proto, pc - 1));
        VM_NEXT();
    }
    VM_CASE(SEND) {
        SAVE_PC();
        ChanResult r = chan_send(g, RA.p, RB, true);
        if (r == CHAN_PARKED)
            return;
        if (UNLIKELY(r == CHAN_CLOSED)) {
            vm_panic_plain(g, "send on closed channel");
            THROW();
        }
        SWITCH_POINT();
        VM_NEXT();
    }
    VM_CASE(RECV) {
        SAVE_PC();
        if (chan_recv(g, RB.p, &RA, NULL, true) == CHAN_PARKED)
            return;
        SWITCH_POINT();
        VM_NEXT();
    }
    VM_CASE(RECV2) {
        SAVE_PC();
        if (chan_recv(g, RB.p, &RA, &R[A + 1], true) == CHAN_PARKED)
            return;
        SWITCH_POINT();
        VM_NEXT();
    }
    VM_CASE(CLOSE) {
        SAVE_PC();
        int r = chan_close(RA.p);
        if (UNLIKELY(r != 0)) {
            vm_panic_plain(g, r == 1 ? "close of nil channel" : "close of closed channel");
            THROW();
        }
        SWITCH_POINT();
        VM_NEXT();
    }
    VM_CASE(CHLEN) RA.i = chan_len(RB.p); VM_NEXT();
    VM_CASE(CHCAP) RA.i = chan_cap(RB.p); VM_NEXT();
    VM_CASE(SELECT) {
        /* cases in R[A..A+2B): channel, value to send; the extra word:
         * bit 0 a default case, the rest a string constant naming each
         * case 'r' (receive) or 's' (send); R[C] := the case chosen (-1
         * for default), R[C+1], R[C+2] := the value and ok received */
        uint32_t x = *pc++;
        int n = B;
        const String *kinds = k[x >> 1].p;
        SelectCase cases[n > 0 ? n : 1];
        for (int j = 0; j < n; j++) {
            cases[j].c = R[A + 2 * j].p;
            cases[j].send = str_data(kinds)[j] == 's';
            cases[j].value = R[A + 2 * j + 1];
        }
        SAVE_PC();
        int r = rt_select(g, cases, n, x & 1, &R[C + 1], &R[C + 2]);
        if (r == SELECT_PARKED)
            return; /* the SELECT runs again when woken (see vm_execute) */
        if (UNLIKELY(r == SELECT_CLOSED_SEND)) {
            vm_panic_plain(g, "send on closed channel");
            THROW();
        }
        R[C].i = r;
        SWITCH_POINT();
        VM_NEXT();
    }
    VM_CASE(LINE) {
        if (RT_EVENTS) {
            SAVE_PC();
            rt_emit_g(EV_LINE, g, 0, NULL, 0);
            rt_event_advance(100); /* a line takes time to see, even in virtual time */
        }
        VM_NEXT();
    }
    VM_CASE(GO) {
        SAVE_PC();
        if (UNLIKELY(!RB.p))
            vm_fatal_trace(g, "go of nil func value");
        vm_go(RB.p, &RA, C, cl, pc);
        SWITCH_POINT();
        VM_NEXT();
    }
    VM_CASE(PANIC) {
        SAVE_PC();
        vm_panic_value(g, RA);
        THROW();
    }
    VM_CASE(PANICX) {
        SAVE_PC();
        vm_fatal_trace(g, "missing return");
    }

    VM_END

panicking:
    if (vm_unwind(g)) {
        LOAD_FRAME();
        VM_NEXT();
    }
    return;
}
