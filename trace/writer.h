/* writer.h: what the trace writer's files share (private to trace/):
 * jsonw.c writes JSON text fast, names.c names objects from the source,
 * timeline.c reads the records once to learn what matched what, and
 * json_out.c writes the events. */
#ifndef GOSH_TRACE_WRITER_H
#define GOSH_TRACE_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "record.h"
#include "tracer.h"

/* A record, by buffer and index, in the merged (time) order. */
typedef struct Ref {
    int64_t ts;
    int32_t buf;
    int64_t i;
} Ref;

typedef enum State { ST_NONE, ST_RUNNABLE, ST_RUNNING, ST_BLOCKED } State;

/* A goroutine as the first pass follows it. */
typedef struct GState {
    State state;
    int64_t since;          /* the record that began the state */
    const void *parked_on;  /* what it waits on while blocked */
    const void *waited_on;  /* what it last waited on, until a Lock takes it */
    bool sleeping;
    int64_t deferred;       /* head of its list of instants waiting for its wake (-1) */
    int64_t wake_src;       /* its last Done or Signal, for wake flows (-1) */
    int64_t line;           /* its --trace-lines line slice still open (-1) */
    bool named;             /* its lane's metadata is written */
    uint32_t fn_pos;        /* its function, a position of buffer fn_buf */
    int32_t fn_buf;
} GState;

typedef enum FlowCat { FLOW_HANDOFF, FLOW_BUFFER, FLOW_CLOSE, FLOW_UNLOCK, FLOW_WAKE } FlowCat;

/* An arrow from the instant written at record [from] on lane [from_lane]
 * to the moment of record [to] on lane [to_lane]; [src] is the record
 * that names it (the send, the close, the unlock, the Done). */
typedef struct Flow {
    int64_t from, to, src;
    int64_t from_lane, to_lane;
    int32_t id;
    uint8_t cat;
} Flow;

/* A position's JSON text, made once (jsonw.c). */
typedef struct PosText {
    char *s;
    uint32_t len;
} PosText;

typedef struct W {
    /* output (jsonw.c) */
    int fd;
    char *out;
    size_t nout;
    bool failed;
    int64_t nevents;        /* the elements of traceEvents written so far */
    PosText *pos_text[TRACE_MAX_BUFS], *frame_text[TRACE_MAX_BUFS];
    /* the records in time order */
    Recording *r;
    Ref *refs;
    int64_t n;
    int64_t t0, end_ts;
    /* what the first pass learnt (timeline.c) */
    int64_t *ends;          /* the state slice begun at record k ends at record ends[k]
                             * (-1: at the run's end) */
    uint8_t *begins;        /* the State record k begins, on its lane (its peer's for
                             * EV_GO_CREATE and EV_GO_READY) */
    int64_t *anchor;        /* where record k's instant is written: k, or the record of
                             * its goroutine's wake (a send or receive that waited) */
    int64_t *next_deferred; /* the other instants anchored at the same wake */
    int64_t *deferred_head; /* at a wake: the first instant anchored there (-1) */
    bool *skip;             /* no instant for record k (a closed channel's receive, a
                             * timer's send, a panic's fatal error) */
    bool *timer_wake;       /* record k is a timer ending a sleep */
    int64_t *panic_text;    /* for a panic: the fatal record with its message (-1) */
    bool *recovered;
    Flow *flows;
    int64_t nflows, flowcap;
    int64_t *by_from, *by_to; /* flow indexes sorted by from and by to */
    GState *gs;
    int64_t ngs;
    /* the program's sources, in lines (names.c) */
    const TracerOptions *opts;
    const char ***lines;
    size_t **line_lens;
    int *nlines;
    /* names of objects: channels, mutexes, WaitGroups */
    const void **obj_keys;
    char **obj_names;
    int64_t nobj, objcap;
} W;

static inline Rec *rec_at(W *w, int64_t k)
{
    return &w->r->bufs[w->refs[k].buf].recs[w->refs[k].i];
}

static inline RecBuf *buf_at(W *w, int64_t k)
{
    return &w->r->bufs[w->refs[k].buf];
}

GState *gstate(W *w, int64_t id);

/* jsonw.c */
void json_out_open(W *w, int fd);
bool json_out_close(W *w);
void oraw_slow(W *w, const char *s, size_t n);
enum { OUT_SIZE = 1 << 20 };
static inline void oraw(W *w, const char *s, size_t n)
{
    if (w->nout + n <= OUT_SIZE) {
        memcpy(w->out + w->nout, s, n);
        w->nout += n;
    } else {
        oraw_slow(w, s, n);
    }
}
static inline void oputc(W *w, char c)
{
    oraw(w, &c, 1);
}
void oputs(W *w, const char *s);
void oint(W *w, int64_t v);
void oprintf(W *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* [ts] as microseconds since the run began, with three decimals. */
void put_ts(W *w, int64_t ts);
void put_us(W *w, int64_t ns);
void put_str(W *w, const char *s, size_t n);
/* [s] escaped, without the quotes (a string written in pieces). */
void put_str_body(W *w, const char *s, size_t n);
void put_cstr(W *w, const char *s);
/* "file:line" of position [p] of [b], or null. */
void put_pos(W *w, RecBuf *b, uint32_t p);
/* "func file:line" of position [p] of [b] (a stack frame), or null. */
void put_frame(W *w, RecBuf *b, uint32_t p);
#define OLIT(w, lit) oraw((w), (lit), sizeof(lit) - 1)

/* names.c */
void names_init(W *w);
void names_free(W *w);
const char *obj_name(W *w, const void *obj);
/* A channel made at record [k]: named after what the line assigns it to. */
void name_chan(W *w, int64_t k);
/* The name of [obj], a channel record [k] uses. One whose make the
 * trace does not hold (made before runtime/trace.Start or the REPL's
 * :trace on, or dropped by --trace-limit) is named at its first use,
 * from the first line among its operations' whose channel operations
 * are all on one X (`ticks <- i`, `<-done`, `range jobs`), else "chan";
 * the name holds for the whole trace. */
const char *name_chan_at(W *w, const void *obj, int64_t k);
/* A sync object named from a call of its methods at position [p]. */
const char *name_sync_at(W *w, const void *obj, RecBuf *b, uint32_t p);
/* ... or from the first frame in the program's code of a blocked
 * goroutine's stack (record [k], an EV_GO_PARK). */
const char *name_sync(W *w, int64_t k);
const char *base_name(const char *path);
/* The text of line [line] of the program's source [file] (not
 * NUL-terminated: [len] bytes), or NULL. */
const char *source_text(W *w, const char *file, int line, size_t *len);

/* timeline.c */
bool timeline_read(W *w);

#endif
