/* runtime.h: goroutines and what they run on.
 *
 * The runtime is the bottom of the execution stack: it owns the value word,
 * the goroutine (G) with its register and frame stacks, and the scheduler
 * that runs goroutines. It does not know bytecode: the VM registers an
 * executor (run a G until it stops) and a tracer (print a G's stack), and
 * the runtime calls those. */
#ifndef GOSH_RUNTIME_H
#define GOSH_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* One 8-byte slot. Every Go value fits in one: scalars directly, and
 * strings, slices, interfaces, closures and aggregates as pointers to heap
 * objects. An aligned 8-byte store is atomic, so a racing goroutine can
 * never observe half a value. */
typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Value;

struct Proto;
struct Closure;

/* One activation of a script function. [base] is an index into the G's
 * register stack (the stack may move when it grows). [pc] is saved here
 * while the frame is not the running one. */
typedef struct Frame {
    struct Closure *cl;
    const uint32_t *pc;
    int32_t base;
    /* Head of this frame's deferred calls (vm/panic.c). */
    struct Defer *defers;
    /* FR_DEFER_RET / FR_DEFER_PANIC: this frame is a deferred call run by
     * a return or by a panic unwinding (what happens when it returns). */
    uint32_t flags;
} Frame;

enum { FR_DEFER_RET = 1, FR_DEFER_PANIC = 2 };

/* Goroutine status. The status says who may touch the G's stacks:
 * G_RUNNING: only the worker running it; G_RUNNABLE: whoever dequeues it;
 * G_WAITING: whoever wakes it (the object it waits on holds it);
 * G_DEAD: nobody. */
typedef enum GStatus {
    G_IDLE,
    G_RUNNABLE,
    G_RUNNING,
    G_WAITING,
    G_DEAD,
} GStatus;

typedef struct G {
    int64_t id;
    int status;
    /* register stack */
    Value *stack;
    int32_t stack_size;
    /* frame stack; frames[nframes-1] is the innermost */
    Frame *frames;
    int32_t nframes;
    int32_t frames_cap;
    /* What the G waits on, for the deadlock report ("chan receive"). */
    const char *wait_reason;
    /* The panic being raised (an interface value) and its chain. */
    struct Panic *panic;
    /* Where the goroutine was created (the go statement), for traces. */
    struct Closure *created_by;
    const uint32_t *created_pc;
    int64_t created_by_g;
    /* Scheduler links. */
    struct G *next;
    /* Result slot for natives that finish after parking (recv values). */
    Value park_result[2];
    void *waiting_on;
} G;

/* Called by the scheduler to run [g] until it stops running. */
typedef void (*rt_executor)(G *g);
/* Prints [g]'s stack the way Go's traceback does. */
typedef void (*rt_tracer)(G *g, FILE *out);

/* The most register and frame memory one goroutine may use. */
#define RT_STACK_LIMIT 268435456

void rt_init(rt_executor exec, rt_tracer trace);
G *rt_new_g(int32_t stack_slots);
/* Grows [g]'s register stack to at least [need] slots; false when that
 * would pass the stack limit (Go's "goroutine stack exceeds"). */
bool rt_grow_stack(G *g, int64_t need);
Frame *rt_push_frame(G *g);
/* Runs the main goroutine until the program ends; returns the exit code. */
int rt_run_main(G *main_g);
G *rt_current(void);

/* Process-wide state used by panics and exit. */
void rt_flush_stdout(void);
_Noreturn void rt_exit(int code);
_Noreturn void rt_fatal(const char *msg);

/* Memory. All heap objects come from Boehm GC; [atomic] memory holds no
 * pointers and is not scanned. rt_alloc zeroes. */
void *rt_alloc(size_t size);
void *rt_alloc_atomic(size_t size);
void *rt_alloc_zeroed(size_t size, bool has_pointers);
void rt_out_of_memory(size_t size);

/* Buffered standard output shared by fmt and print (runtime/output.c). */
void rt_write_stdout(const char *p, size_t n);
void rt_write_stderr(const char *p, size_t n);

#endif
