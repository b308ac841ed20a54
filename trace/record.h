/* record.h: the recorder's memory, shared by record.c (which fills it
 * from the event stream) and json_out.c (which writes it). Private to
 * trace/. */
#ifndef GOSH_TRACE_RECORD_H
#define GOSH_TRACE_RECORD_H

#include <stdbool.h>
#include <stdint.h>
#include "event.h"

/* One event, compactly: positions and texts are indexes into the
 * buffer's own tables, so recording takes no lock. */
typedef struct Rec {
    uint8_t kind;       /* EvKind */
    uint8_t nstack;     /* EV_GO_PARK: frames at [aux] in the stack table */
    int16_t proc;
    int32_t g, peer;    /* EV_WG_ADD, EV_WG_WAIT: peer is the counter after */
    uint32_t at;        /* position (0: none) */
    uint32_t aux;       /* a text's offset, a stack's offset, or (EV_GO_CREATE) the
                         * child's function as a position */
    uint32_t len;       /* the text's length */
    int64_t ts;
    const void *obj;
    int64_t a;
    const char *str;    /* a static string: EV_GO_PARK's wait reason */
} Rec;

typedef struct Pos3 {
    const char *func, *file;
    int line;
} Pos3;

/* Everything one thread recorded. */
typedef struct RecBuf {
    int busy;           /* appending now (the finisher waits for 0) */
    Rec *recs;
    int64_t n, cap;
    int64_t start;      /* with a limit: the ring's oldest record */
    bool wrapped;
    char *text;
    uint64_t ntext, textcap;
    uint32_t *stacks;
    uint64_t nstacks, stackcap;
    Pos3 *pos;          /* pos[0] is "none" */
    uint32_t npos, poscap;
    uint32_t *hash;     /* open addressing over pos, by (func, file, line) */
    uint32_t hashcap;
} RecBuf;

/* The buffers of one trace: one per M, and one (locked) for threads
 * outside the scheduler. */
enum { TRACE_MAX_BUFS = 257 };

typedef struct Recording {
    RecBuf bufs[TRACE_MAX_BUFS];
    int nbufs;
    int64_t limit;
    int64_t dropped;
} Recording;

/* Writes [r] as JSON (docs/trace-format.md) to [opts]' path; returns
 * the number of events written (traceEvents' length), or -1 on error. */
struct TracerOptions;
int64_t trace_write_json(Recording *r, const struct TracerOptions *opts, int status, int64_t end_ts);

#endif
