/* event.h: the runtime's event stream (design §9).
 *
 * The runtime and the VM say what happens as it happens: goroutines made,
 * run, stopped, parked and woken; channel operations with the partner
 * they matched; locks, WaitGroups, timers, panics, and each line written
 * to stdout or stderr. Consumers (the trace writer, the race detector,
 * step mode) attach to the stream; with none attached an emit point costs
 * one predictable branch on rt_events_on.
 *
 * A consumer is called synchronously, on the thread where the event
 * happens, while the runtime still holds the lock that orders it (a
 * channel's lock for a send and the receive it matched), so consumers see
 * synchronisation in the order it took effect. A consumer must not block
 * and must not call back into the scheduler; it keeps its own per-thread
 * state if it needs speed (rt_event_m gives the M's index). */
#ifndef GOSH_EVENT_H
#define GOSH_EVENT_H

#include "runtime.h"

typedef enum EvKind {
    /* goroutines: [g] is the goroutine the event is about */
    EV_GO_CREATE,   /* g made goroutine [peer]; at: the go statement */
    EV_GO_START,    /* g starts running on processor [proc] */
    EV_GO_STOP,     /* g stops running and stays runnable (preempted, Gosched) */
    EV_GO_PARK,     /* g blocks: [text] is Go's wait reason, [obj] what it waits on */
    EV_GO_READY,    /* g (0: the runtime) makes goroutine [peer] runnable */
    EV_GO_END,      /* g returned from its function */
    /* channels: [obj] is the Chan */
    EV_CHAN_MAKE,   /* [a] the capacity */
    EV_CHAN_SEND,   /* g's send completed: [peer] the receiver it handed to (0: into the
                     * buffer, at slot [a]); [value] the value */
    EV_CHAN_RECV,   /* g's receive completed: [peer] the sender it took from (0: from the
                     * buffer, slot [a]; -1: a closed channel's zero value); [value] */
    EV_CHAN_CLOSE,
    EV_SELECT,      /* g's select chose case [a] (-1: default) */
    /* package sync and sync/atomic: [obj] is the object's address */
    EV_LOCK,        /* [a]: 0 Lock, 1 RLock, 2 an RWMutex's Lock has waited for its
                     * readers (after its 0; for the race detector) */
    EV_UNLOCK,      /* [a]: 0 Unlock, 1 RUnlock, 2 an RWMutex's Unlock begins (before
                     * it lets readers in; for the race detector) */
    EV_WG_ADD,      /* [a] the delta, [b] the counter after */
    EV_WG_WAIT,     /* Wait returned */
    EV_WAKE,        /* a Cond's Signal ([a] 0) or Broadcast ([a] 1) */
    /* time */
    EV_TIMER_FIRE,  /* a timer fired; [peer] the goroutine it readies, if any */
    /* the program */
    EV_PANIC,       /* [text] the panic's message */
    EV_RECOVER,     /* the panic being raised was recovered */
    EV_OUTPUT,      /* [a] 1 stdout or 2 stderr; [text], [len]: what was written */
    EV_LINE,        /* g begins a source line (programs compiled for --trace-lines) */
    EV_FATAL,       /* [text]: the fatal error that ends the run */
    /* runtime/trace: the program's own annotations */
    EV_SPAN,        /* a region ([b] 0) or task ([b] 1) begins ([a] 1, [text] its type) or ends
                     * ([a] 0); [obj] its id */
    EV_USER,        /* Log: [text] the category, [text2] the message */
    EV_END,         /* the run ends; [a] its exit status, [b] the signal that ends it (0: none) */
    /* sync/atomic, for the race detector: [obj] the word's address; [a] 1 before the
     * operation writes (release), 0 after it read (acquire); package sync's own atomics
     * are not told (its Mutex, WaitGroup... say what they do with EV_LOCK and the rest);
     * also time.AfterFunc's edge, on its timer */
    EV_ATOMIC,
    /* a sync.Once's function has run ([a] 1, before done is set) or Do saw it had ([a] 0);
     * [obj] the Once */
    EV_ONCE,
    EV_KIND_COUNT
} EvKind;

typedef struct Event {
    EvKind kind;
    int32_t proc;       /* the processor (M) the event happened on */
    int64_t g;          /* goroutine id (0: the runtime itself) */
    int64_t peer;       /* the other goroutine, when there is one */
    int64_t ts;         /* rt_nanotime(): virtual under --seed */
    const void *obj;    /* the object: a Chan, a mutex's address ... */
    int64_t a, b;
    Value value;        /* a value sent or received */
    const char *text;   /* a wait reason, a message, a line of output */
    size_t len;
    const char *text2;  /* EV_USER's message */
    size_t len2;
    G *gp;              /* the G itself, where there is one (positions, stacks) */
} Event;

typedef void (*EvConsumer)(const Event *e, void *ctx);

/* Non-zero while a consumer is attached: every emit point tests it. */
extern int rt_events_on;

/* Attaches a consumer (at most 4); false when there is no room. Attach
 * before the program starts, or with the world stopped (REPL). */
bool rt_events_attach(EvConsumer fn, void *ctx);
/* The same for a consumer that never reads Event.ts: while only such
 * consumers are attached, events carry no time (reading the clock was
 * an eighth of a --race run of a channel-bound program). */
bool rt_events_attach_untimed(EvConsumer fn, void *ctx);
void rt_events_detach(EvConsumer fn, void *ctx);

/* Hands [e] to every consumer, after filling its proc and ts (0 when no
 * consumer wants the time). */
void rt_emit(Event *e);

/* The cheap test before building an event. */
#define RT_EVENTS (__builtin_expect(rt_events_on, 0))

/* Common shapes. */
void rt_emit_g(EvKind kind, G *g, int64_t peer, const void *obj, int64_t a);
void rt_emit_text(EvKind kind, G *g, const char *text, size_t len, int64_t a);

/* Under --seed: events from now on are [ns] later (a source line run,
 * for --trace-lines, which virtual time does not count); the schedule
 * is not changed. No effect with a real clock. */
void rt_event_advance(int64_t ns);

/* The index of the calling thread's M, or -1 off the scheduler's threads. */
int rt_event_m(void);

/* ---- where goroutines are, for consumers ----
 *
 * The runtime does not know bytecode; the VM registers a locator that
 * turns a goroutine's frames into source positions. */

typedef struct RtFrameInfo {
    const char *func;   /* Go's name: main.worker, main.main.func1 */
    const char *file;
    int line;
} RtFrameInfo;

typedef struct RtLocator {
    /* Fills [out] with up to [max] of [g]'s frames, innermost first (the
     * innermost at the instruction it runs or waits in); returns how many. */
    int (*stack)(const G *g, RtFrameInfo *out, int max);
    /* The function [g] was started with, and its go statement (file NULL
     * for the main goroutine). */
    void (*origin)(const G *g, RtFrameInfo *fn, RtFrameInfo *go_stmt);
    /* How many of [g]'s registers its frames use (the live part of its
     * stack), for the reachability the wait-for graph needs. */
    int32_t (*live_regs)(const G *g);
} RtLocator;

void rt_set_locator(const RtLocator *loc);
int rt_locate(const G *g, RtFrameInfo *out, int max);
void rt_origin(const G *g, RtFrameInfo *fn, RtFrameInfo *go_stmt);
int32_t rt_live_regs(const G *g);

#endif
