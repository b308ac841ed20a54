/* record.c: the trace recorder, a consumer of the event stream.
 *
 * Each M appends to a buffer of its own without a lock (threads outside
 * the scheduler share one more, under a mutex); positions are interned
 * per buffer and texts kept in the buffer's arena, so an event costs a
 * few stores and, for the events that need one, a look at the innermost
 * frame. When the run ends (EV_END, from rt_exit on whatever thread ends
 * it) the recorder stops taking events, waits for appends in flight, and
 * writes the file (json_out.c). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "object.h"
#include "record.h"
#include "trace.h"
#include "tracer.h"
#include "type.h"

static Recording rec;
static TracerOptions options;
static int closing;
static bool finished;
static int64_t written;         /* the events of the last trace written */
static pthread_mutex_t outside_lock = PTHREAD_MUTEX_INITIALIZER;

/* ---- memory ---- */

static void *grow(void *p, uint64_t *cap, uint64_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    uint64_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    void *q = realloc(p, c * elem);
    if (!q) {
        fputs("gosh: --trace: out of memory for the trace\n", stderr);
        exit(2);
    }
    *cap = c;
    return q;
}

static uint32_t text_add(RecBuf *b, const char *s, size_t n)
{
    uint64_t off = b->ntext;
    b->text = grow(b->text, &b->textcap, b->ntext + n + 1, 1);
    if (n)
        memcpy(b->text + off, s, n);
    b->ntext += n;
    return (uint32_t)off;
}

static uint32_t hash_pos(const char *func, const char *file, int line)
{
    uint64_t h = (uint64_t)(uintptr_t)func * 0x9e3779b97f4a7c15ull;
    h ^= (uint64_t)(uintptr_t)file + 0x632be59bd9b4e019ull + (h << 6) + (h >> 2);
    h ^= (uint64_t)line * 0xc2b2ae3d27d4eb4full;
    return (uint32_t)(h ^ (h >> 32));
}

static void rehash(RecBuf *b, uint32_t cap)
{
    free(b->hash);
    b->hash = calloc(cap, sizeof *b->hash);
    if (!b->hash) {
        fputs("gosh: --trace: out of memory for the trace\n", stderr);
        exit(2);
    }
    b->hashcap = cap;
    for (uint32_t i = 1; i < b->npos; i++) {
        uint32_t h = hash_pos(b->pos[i].func, b->pos[i].file, b->pos[i].line) & (cap - 1);
        while (b->hash[h])
            h = (h + 1) & (cap - 1);
        b->hash[h] = i;
    }
}

static uint32_t pos_intern(RecBuf *b, const RtFrameInfo *f)
{
    if (!f->file)
        return 0;
    if (b->npos == 0) {
        uint64_t cap = b->poscap;
        b->pos = grow(b->pos, &cap, 64, sizeof(Pos3));
        b->poscap = (uint32_t)cap;
        b->pos[0] = (Pos3){NULL, NULL, 0};
        b->npos = 1;
        rehash(b, 128);
    }
    uint32_t h = hash_pos(f->func, f->file, f->line) & (b->hashcap - 1);
    for (uint32_t i; (i = b->hash[h]) != 0; h = (h + 1) & (b->hashcap - 1))
        if (b->pos[i].func == f->func && b->pos[i].file == f->file && b->pos[i].line == f->line)
            return i;
    uint64_t cap = b->poscap;
    b->pos = grow(b->pos, &cap, (uint64_t)b->npos + 1, sizeof(Pos3));
    b->poscap = (uint32_t)cap;
    uint32_t i = b->npos++;
    b->pos[i] = (Pos3){f->func, f->file, f->line};
    if (b->npos * 2 > b->hashcap)
        rehash(b, b->hashcap * 2);
    else
        b->hash[h] = i;
    return i;
}

static Rec *append(RecBuf *b)
{
    if (rec.limit > 0) {
        /* a ring of the last [limit] records of this buffer */
        if (b->cap == 0) {
            b->recs = calloc((size_t)rec.limit, sizeof(Rec));
            if (!b->recs) {
                fputs("gosh: --trace-limit: out of memory for the trace\n", stderr);
                exit(2);
            }
            b->cap = rec.limit;
        }
        if (b->n < b->cap)
            return &b->recs[b->n++];
        Rec *r = &b->recs[b->start];
        b->start = (b->start + 1) % b->cap;
        b->wrapped = true;
        __atomic_add_fetch(&rec.dropped, 1, __ATOMIC_RELAXED);
        return r;
    }
    uint64_t cap = (uint64_t)b->cap;
    b->recs = grow(b->recs, &cap, (uint64_t)b->n + 1, sizeof(Rec));
    b->cap = (int64_t)cap;
    return &b->recs[b->n++];
}

/* ---- values, as %v shows them for the simple kinds ---- */

static size_t float_text(double f, char *buf, size_t size)
{
    /* the shortest form that reads back, as Go's %v */
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, f);
        if (strtod(buf, NULL) == f)
            break;
    }
    return strlen(buf);
}

/* Decimal digits of [u], with a minus sign when [neg], into [buf]. */
static size_t int_text(uint64_t u, bool neg, char *buf, size_t size)
{
    char tmp[24];
    int i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        tmp[--i] = '-';
    size_t n = sizeof tmp - (size_t)i;
    if (n >= size)
        n = size - 1;
    memcpy(buf, tmp + i, n);
    buf[n] = '\0';
    return n;
}

static size_t signed_text(int64_t v, char *buf, size_t size)
{
    return int_text(v < 0 ? (uint64_t)-(v + 1) + 1 : (uint64_t)v, v < 0, buf, size);
}

static size_t value_text(Value v, const Type *t, char *buf, size_t size)
{
    if (!t)
        return 0;
    const Type *u = type_under((Type *)t);
    switch (u->kind) {
    case K_BOOL:
        return (size_t)snprintf(buf, size, "%s", v.u & 0xff ? "true" : "false");
    case K_INT: case K_INT64: return signed_text(v.i, buf, size);
    case K_INT8: return signed_text((int8_t)v.i, buf, size);
    case K_INT16: return signed_text((int16_t)v.i, buf, size);
    case K_INT32: return signed_text((int32_t)v.i, buf, size);
    case K_UINT: case K_UINT64: case K_UINTPTR: return int_text(v.u, false, buf, size);
    case K_UINT8: return int_text((uint8_t)v.u, false, buf, size);
    case K_UINT16: return int_text((uint16_t)v.u, false, buf, size);
    case K_UINT32: return int_text((uint32_t)v.u, false, buf, size);
    case K_FLOAT64: return float_text(v.f, buf, size);
    case K_FLOAT32: {
        float f;
        uint32_t bits = (uint32_t)v.u;
        memcpy(&f, &bits, 4);
        return float_text(f, buf, size);
    }
    case K_COMPLEX64: case K_COMPLEX128: {
        /* (re+imi), as %v writes it; the box is immutable (object.h) */
        char re[40], im[40];
        float_text(cplx_re(v.p), re, sizeof re);
        float_text(cplx_im(v.p), im, sizeof im);
        return (size_t)snprintf(buf, size, "(%s%s%si)", re, im[0] == '-' ? "" : "+", im);
    }
    case K_STRING: {
        const String *s = v.p;
        size_t n = (size_t)str_len(s);
        if (n > 64)
            n = 64;
        if (n > size - 1)
            n = size - 1;
        memcpy(buf, str_data(s), n);
        buf[n] = '\0';
        return n;
    }
    default: {
        /* composite values: their type (addresses would differ between
         * runs, and a seeded trace must not) */
        char ts[128];
        type_string(t, true, ts, sizeof ts);
        bool nilable = u->kind == K_POINTER || u->kind == K_MAP || u->kind == K_CHAN ||
                       u->kind == K_FUNC || u->kind == K_SLICE || u->kind == K_INTERFACE;
        if (nilable && !v.p)
            return (size_t)snprintf(buf, size, "nil");
        return (size_t)snprintf(buf, size, "%s{…}", ts);
    }
    }
}

/* ---- the consumer ---- */

/* The innermost frame in the program's own code (not a standard
 * package's), where a student looks; the innermost one if none is. */
static uint32_t user_pos(RecBuf *b, const G *g)
{
    RtFrameInfo f[8];
    int n = rt_locate(g, f, 8);
    if (n == 0)
        return 0;
    for (int i = 0; i < n; i++)
        if (strncmp(f[i].file, "<stdlib>", 8) != 0)
            return pos_intern(b, &f[i]);
    return pos_intern(b, &f[0]);
}

static void record_event(RecBuf *b, const Event *e)
{
    Rec *r = append(b);
    memset(r, 0, sizeof *r);
    r->kind = (uint8_t)e->kind;
    r->proc = (int16_t)e->proc;
    r->g = (int32_t)e->g;
    r->peer = (int32_t)e->peer;
    r->ts = e->ts;
    r->obj = e->obj;
    r->a = e->a;
    RtFrameInfo f[32];
    switch (e->kind) {
    case EV_GO_CREATE: {
        RtFrameInfo fn, at;
        rt_origin(e->gp, &fn, &at);
        r->at = pos_intern(b, &at);
        r->aux = pos_intern(b, &fn);
        break;
    }
    case EV_GO_PARK: {
        r->str = e->text;
        int n = rt_locate(e->gp, f, 32);
        r->nstack = (uint8_t)n;
        uint64_t off = b->nstacks;
        b->stacks = grow(b->stacks, &b->stackcap, b->nstacks + (uint64_t)n, sizeof(uint32_t));
        for (int i = 0; i < n; i++)
            b->stacks[off + (uint64_t)i] = pos_intern(b, &f[i]);
        b->nstacks += (uint64_t)n;
        r->aux = (uint32_t)off;
        r->at = 0;
        for (int i = 0; i < n && !r->at; i++)
            if (strncmp(f[i].file, "<stdlib>", 8) != 0)
                r->at = b->stacks[off + (uint64_t)i];
        if (!r->at && n)
            r->at = b->stacks[off];
        break;
    }
    case EV_CHAN_SEND: case EV_CHAN_RECV: {
        r->at = user_pos(b, e->gp);
        char v[96];
        size_t n = e->peer == -1 ? 0 : value_text(e->value, chan_elem_type(e->obj), v, sizeof v);
        r->aux = text_add(b, v, n);
        r->len = (uint32_t)n;
        break;
    }
    case EV_OUTPUT: case EV_FATAL:
        r->aux = text_add(b, e->text, e->len);
        r->len = (uint32_t)e->len;
        r->at = user_pos(b, e->gp);
        break;
    case EV_LINE:
        if (rt_locate(e->gp, f, 1) == 1)
            r->at = pos_intern(b, f);
        break;
    case EV_SPAN:
        /* a: 1 begins, 0 ends; peer: 0 region, 1 task; the type's name */
        r->peer = (int32_t)e->b;
        r->aux = text_add(b, e->text, e->a ? e->len : 0);
        r->len = e->a ? (uint32_t)e->len : 0;
        r->at = user_pos(b, e->gp);
        break;
    case EV_USER:
        /* the category, then the message; a: the category's length */
        r->aux = text_add(b, e->text, e->len);
        text_add(b, e->text2, e->len2);
        r->len = (uint32_t)(e->len + e->len2);
        r->a = (int64_t)e->len;
        r->at = user_pos(b, e->gp);
        break;
    case EV_WG_ADD: case EV_WG_WAIT:
        r->peer = (int32_t)e->b; /* the counter after */
        r->at = user_pos(b, e->gp);
        break;
    case EV_GO_START: case EV_GO_STOP: case EV_GO_END: case EV_CHAN_MAKE: case EV_CHAN_CLOSE:
    case EV_SELECT: case EV_PANIC: case EV_RECOVER: case EV_LOCK: case EV_UNLOCK: case EV_WAKE:
        r->at = user_pos(b, e->gp);
        break;
    default:
        break;
    }
}

/* Empties the recording, for the next trace Start makes. */
static void reset_recording(void)
{
    for (int i = 0; i < TRACE_MAX_BUFS; i++) {
        RecBuf *b = &rec.bufs[i];
        free(b->recs);
        free(b->text);
        free(b->stacks);
        free(b->pos);
        free(b->hash);
        memset(b, 0, sizeof *b);
    }
    rec.dropped = 0;
}

/* Stops taking events and writes the file. */
static bool finish(int status, int sig, bool stopped)
{
    if (finished)
        return false;
    finished = true;
    __atomic_store_n(&closing, 1, __ATOMIC_SEQ_CST);
    for (int i = 0; i < rec.nbufs; i++)
        while (__atomic_load_n(&rec.bufs[i].busy, __ATOMIC_SEQ_CST))
            ;
    options.signal = sig;
    options.stopped = stopped;
    written = trace_write_json(&rec, &options, status, rt_nanotime());
    if (written < 0) {
        fprintf(stderr, "gosh: --trace: cannot write %s\n", options.path);
        return false;
    }
    char err[512];
    if (options.html_path && trace_html_from_file(options.path, options.html_path, err, sizeof err) != 0)
        fprintf(stderr, "gosh: --trace-html: %s\n", err);
    return true;
}

static void consume(const Event *e, void *ctx)
{
    (void)ctx;
    if (e->kind == EV_ATOMIC || e->kind == EV_ONCE || ((e->kind == EV_LOCK || e->kind == EV_UNLOCK) && e->a == 2))
        return; /* the race detector's: a trace shows what sync did, not its atomics */
    if (e->kind == EV_END) {
        finish((int)e->a, (int)e->b, false);
        return;
    }
    int idx = e->proc + 1;
    if (idx < 0 || idx >= TRACE_MAX_BUFS)
        idx = 0;
    RecBuf *b = &rec.bufs[idx];
    bool outside = idx == 0;
    if (outside)
        pthread_mutex_lock(&outside_lock);
    __atomic_store_n(&b->busy, 1, __ATOMIC_SEQ_CST);
    if (!__atomic_load_n(&closing, __ATOMIC_SEQ_CST))
        record_event(b, e);
    __atomic_store_n(&b->busy, 0, __ATOMIC_SEQ_CST);
    if (outside)
        pthread_mutex_unlock(&outside_lock);
}

static TracerOptions configured;
static bool attached;

void tracer_configure(const TracerOptions *opts)
{
    configured = *opts;
}

static bool attach(void)
{
    rec.nbufs = TRACE_MAX_BUFS;
    rec.limit = options.limit;
    finished = false;
    __atomic_store_n(&closing, 0, __ATOMIC_SEQ_CST);
    if (!rt_events_attach(consume, NULL))
        return false;
    attached = true;
    return true;
}

bool tracer_start(const TracerOptions *opts)
{
    if (tracer_recording())
        return false;
    reset_recording();
    options = *opts;
    configured = *opts;
    FILE *f = fopen(opts->path, "w");
    if (!f) {
        fprintf(stderr, "gosh: --trace: cannot create %s\n", opts->path);
        return false;
    }
    fclose(f);
    return attach();
}

bool tracer_recording(void)
{
    return attached && !finished;
}

const char *tracer_start_temp(void)
{
    static char path[64];
    if (tracer_recording())
        return NULL;
    const char *dir = getenv("TMPDIR");
    snprintf(path, sizeof path, "%.40s/gosh-trace-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    close(fd);
    reset_recording();
    options = configured;
    options.path = path;
    options.html_path = NULL;
    options.limit = 0;
    return attach() ? path : NULL;
}

const char *tracer_stop(int64_t *events)
{
    if (!tracer_recording())
        return NULL;
    bool ok = finish(0, 0, true);
    rt_events_detach(consume, NULL);
    attached = false;
    if (events)
        *events = written;
    return ok ? options.path : NULL;
}

void tracer_set_sources(int n, const char **names, const char **texts, size_t *lens)
{
    TracerOptions *both[2] = {&configured, &options};
    for (int i = 0; i < 2; i++) {
        both[i]->source_names = names;
        both[i]->source_texts = texts;
        both[i]->source_lens = lens;
        both[i]->nsources = n;
    }
}
