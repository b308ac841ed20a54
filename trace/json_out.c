/* json_out.c: writes a recording as the trace file of
 * docs/trace-format.md: the records are merged in time order, read once
 * by timeline.c, then written here, each event at its start (a state
 * slice with the duration the first pass found), so the file is in time
 * order. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "writer.h"

/* [a] then [b] into [buf]: the names written for every event (snprintf
 * would cost more than the rest of the event). */
static void join(char *buf, size_t size, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (na > size - 1)
        na = size - 1;
    if (nb > size - 1 - na)
        nb = size - 1 - na;
    memcpy(buf, a, na);
    memcpy(buf + na, b, nb);
    buf[na + nb] = '\0';
}

static int by_time(const void *a, const void *b)
{
    const Ref *x = a, *y = b;
    if (x->ts != y->ts)
        return x->ts < y->ts ? -1 : 1;
    if (x->buf != y->buf)
        return x->buf < y->buf ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Each buffer is in time order (one thread wrote it): the buffers are
 * merged with a heap of their heads, ties going to the lower buffer. */
static void merge_by_time(W *w)
{
    Recording *r = w->r;
    int heads[TRACE_MAX_BUFS], nheads = 0;
    int64_t next[TRACE_MAX_BUFS];
    for (int i = 0; i < r->nbufs; i++)
        if (r->bufs[i].n > 0) {
            heads[nheads++] = i;
            next[i] = 0;
        }
    Ref *out = malloc(sizeof(Ref) * (size_t)(w->n + 1));
    if (!out) {
        qsort(w->refs, (size_t)w->n, sizeof(Ref), by_time);
        return;
    }
    #define REC_AT(b, j) (&r->bufs[b].recs[r->bufs[b].wrapped ? (r->bufs[b].start + (j)) % r->bufs[b].cap : (j)])
    #define KEY_LESS(x, y) (REC_AT(x, next[x])->ts < REC_AT(y, next[y])->ts || \
                            (REC_AT(x, next[x])->ts == REC_AT(y, next[y])->ts && (x) < (y)))
    /* a binary min-heap of buffer indexes */
    for (int i = nheads / 2 - 1; i >= 0; i--)
        for (int p = i;;) {
            int c = 2 * p + 1;
            if (c >= nheads)
                break;
            if (c + 1 < nheads && KEY_LESS(heads[c + 1], heads[c]))
                c++;
            if (!KEY_LESS(heads[c], heads[p]))
                break;
            int t = heads[c]; heads[c] = heads[p]; heads[p] = t;
            p = c;
        }
    int64_t n = 0;
    while (nheads > 0) {
        int b = heads[0];
        RecBuf *rb = &r->bufs[b];
        int64_t idx = rb->wrapped ? (rb->start + next[b]) % rb->cap : next[b];
        out[n++] = (Ref){rb->recs[idx].ts, b, idx};
        if (++next[b] == rb->n)
            heads[0] = heads[--nheads];
        for (int p = 0;;) {
            int c = 2 * p + 1;
            if (c >= nheads)
                break;
            if (c + 1 < nheads && KEY_LESS(heads[c + 1], heads[c]))
                c++;
            if (!KEY_LESS(heads[c], heads[p]))
                break;
            int t = heads[c]; heads[c] = heads[p]; heads[p] = t;
            p = c;
        }
    }
    #undef KEY_LESS
    #undef REC_AT
    free(w->refs);
    w->refs = out;
}

static void event_head(W *w, const char *ph, int64_t tid, int64_t ts, const char *cat)
{
    w->nevents++;
    OLIT(w, ",\n{\"ph\":\"");
    oputs(w, ph);
    OLIT(w, "\",\"pid\":1,\"tid\":");
    oint(w, tid);
    OLIT(w, ",\"ts\":");
    put_ts(w, ts);
    OLIT(w, ",\"cat\":\"");
    oputs(w, cat);
    OLIT(w, "\",\"name\":");
}

static void name_lane(W *w, int64_t id, const char *func)
{
    GState *g = gstate(w, id);
    if (!g || g->named)
        return;
    g->named = true;
    w->nevents += 2;
    char name[300];
    snprintf(name, sizeof name, "goroutine %lld: %s", (long long)id, func ? func : "?");
    oprintf(w, ",\n{\"ph\":\"M\",\"pid\":1,\"tid\":%lld,\"name\":\"thread_name\",\"args\":{\"name\":",
            (long long)id);
    put_cstr(w, name);
    oputs(w, "}}");
    oprintf(w, ",\n{\"ph\":\"M\",\"pid\":1,\"tid\":%lld,\"name\":\"thread_sort_index\","
                  "\"args\":{\"sort_index\":%lld}}",
            (long long)id, (long long)id);
}

static void ensure_lane(W *w, int64_t id)
{
    GState *g = gstate(w, id);
    if (!g || g->named)
        return;
    const char *func = id == 1 ? "main.main" : g->fn_pos ? w->r->bufs[g->fn_buf].pos[g->fn_pos].func : NULL;
    name_lane(w, id, func);
}

static void put_dur(W *w, int64_t d)
{
    OLIT(w, ",\"dur\":");
    put_us(w, d);
}

/* Opens the state slice that record [k] begins on lane [tid]; the caller
 * writes the args, then slice_end. */
static bool slice_start(W *w, int64_t k, int64_t tid, const char *cat, const char *name)
{
    int64_t e = w->ends[k];
    int64_t ts = rec_at(w, k)->ts;
    int64_t end = e < 0 ? w->end_ts : rec_at(w, e)->ts;
    ensure_lane(w, tid);
    event_head(w, "X", tid, ts, cat);
    put_cstr(w, name);
    put_dur(w, end - ts);
    oputs(w, ",\"args\":{");
    return e < 0;
}

static void slice_end(W *w, bool open)
{
    if (open)
        oputs(w, ",\"unfinished\":true");
    oputs(w, "}}");
}

static void arg_pos(W *w, const char *key, RecBuf *b, uint32_t p, bool comma)
{
    if (comma)
        oputc(w, ',');
    oputc(w, '"');
    oputs(w, key);
    OLIT(w, "\":");
    put_pos(w, b, p);
}

static void instant_start(W *w, int64_t tid, int64_t ts, const char *cat, const char *name)
{
    ensure_lane(w, tid);
    event_head(w, "i", tid, ts, cat);
    put_cstr(w, name);
    oputs(w, ",\"s\":\"t\",\"args\":{");
}


static void put_object(W *w, const char *name, bool comma)
{
    oputs(w, comma ? ",\"object\":" : "\"object\":");
    put_cstr(w, name);
}

/* One end of a flow. */
static void flow_end(W *w, const char *ph, int32_t id, int64_t tid, int64_t ts, const char *cat,
                     const char *name, const char *object, const char *value, size_t vlen)
{
    ensure_lane(w, tid);
    event_head(w, ph, tid, ts, cat);
    put_cstr(w, name);
    OLIT(w, ",\"id\":");
    oint(w, id);
    if (ph[0] == 'f')
        oputs(w, ",\"bp\":\"e\"");
    if (object) {
        oputs(w, ",\"args\":{");
        put_object(w, object, false);
        if (value) {
            oputs(w, ",\"value\":");
            put_str(w, value, vlen);
        }
        oputc(w, '}');
    }
    oputc(w, '}');
}

static void write_runnable(W *w, int64_t k, int64_t tid, int64_t by)
{
    bool open = slice_start(w, k, tid, "runnable", "runnable");
    OLIT(w, "\"by\":");
    oint(w, by > 0 ? by : 0);
    slice_end(w, open);
}

static void write_running(W *w, int64_t k, Rec *r, RecBuf *b)
{
    bool open = slice_start(w, k, r->g, "running", "running");
    OLIT(w, "\"proc\":");
    oint(w, r->proc < 0 ? 0 : r->proc);
    arg_pos(w, "from", b, r->at, true);
    if (open)
        OLIT(w, ",\"to\":null");
    else
        arg_pos(w, "to", buf_at(w, w->ends[k]), rec_at(w, w->ends[k])->at, true);
    slice_end(w, open);
}

static void sleep_name(int64_t ns, char *name, size_t size)
{
    if (ns && ns % 1000000000 == 0)
        snprintf(name, size, "sleep %llds", (long long)(ns / 1000000000));
    else if (ns && ns % 1000000 == 0)
        snprintf(name, size, "sleep %lldms", (long long)(ns / 1000000));
    else if (ns && ns % 1000 == 0)
        snprintf(name, size, "sleep %lldµs", (long long)(ns / 1000));
    else
        snprintf(name, size, "sleep %lldns", (long long)ns);
}

/* Go 1.19 says "semacquire" for a Mutex or WaitGroup wait; the trace
 * says which, from the sync frame on the stack (sync.(*Mutex).Lock). */
static const char *better_reason(RecBuf *b, Rec *r, const char *reason, char *buf, size_t size)
{
    if (strcmp(reason, "semacquire") != 0)
        return reason;
    for (int i = r->nstack - 1; i >= 0; i--) {
        const char *f = b->pos[b->stacks[r->aux + (uint32_t)i]].func;
        if (!f || strncmp(f, "sync.(*", 7) != 0)
            continue;
        const char *close = strchr(f + 7, ')');
        if (!close || close[1] != '.')
            continue;
        snprintf(buf, size, "sync.%.*s.%s", (int)(close - (f + 7)), f + 7, close + 2);
        /* lockSlow is Lock's slow path */
        char *slow = strstr(buf, "lockSlow");
        if (slow)
            strcpy(slow, "Lock");
        return buf;
    }
    return reason;
}

static void write_blocked(W *w, int64_t k, Rec *r, RecBuf *b)
{
    char rbuf[200];
    const char *reason = better_reason(b, r, r->str ? r->str : "wait", rbuf, sizeof rbuf);
    const char *object = NULL;
    char name[400];
    if (r->obj)
        object = strncmp(reason, "chan ", 5) == 0 ? name_chan_at(w, r->obj, k) : name_sync(w, k);
    if (strcmp(reason, "sleep") == 0)
        sleep_name(r->a, name, sizeof name);
    else if (object) {
        char on[300];
        join(on, sizeof on, reason, " on ");
        join(name, sizeof name, on, object);
    } else
        snprintf(name, sizeof name, "%s", reason);
    bool open = slice_start(w, k, r->g, "blocked", name);
    oputs(w, "\"reason\":");
    put_cstr(w, reason);
    if (object)
        put_object(w, object, true);
    arg_pos(w, "at", b, r->at, true);
    oputs(w, ",\"stack\":[");
    for (int i = 0; i < r->nstack; i++) {
        if (i)
            oputc(w, ',');
        put_frame(w, b, b->stacks[r->aux + (uint32_t)i]);
    }
    oputc(w, ']');
    slice_end(w, open);
}

/* Output: each complete line is an instant; a partial line waits. */
typedef struct Pending {
    char *data;
    size_t len, cap;
} Pending;

static void output(W *w, Pending *p, int fd, int64_t lane, int64_t ts, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\n') {
            if (p->len == p->cap) {
                p->cap = p->cap ? p->cap * 2 : 256;
                p->data = realloc(p->data, p->cap);
            }
            p->data[p->len++] = s[i];
            continue;
        }
        instant_start(w, lane, ts, "output", fd == 2 ? "stderr" : "stdout");
        oputs(w, "\"text\":");
        put_str(w, p->data ? p->data : "", p->len);
        oputs(w, "}}");
        p->len = 0;
    }
}

static const char *flow_cat(const Flow *f)
{
    static const char *const cats[] = {"handoff", "buffer", "close", "unlock", "wake"};
    return cats[f->cat];
}

/* "send on jobs", "close jobs", "unlock mu", "wg.Done()": what names a
 * flow, from its source record. */
static void flow_name(W *w, const Flow *f, char *name, size_t size, const char **object)
{
    Rec *r = rec_at(w, f->src);
    RecBuf *b = buf_at(w, f->src);
    const char *obj;
    switch ((FlowCat)f->cat) {
    case FLOW_HANDOFF: case FLOW_BUFFER:
        *object = obj = name_chan_at(w, r->obj, f->src);
        join(name, size, "send on ", obj);
        break;
    case FLOW_CLOSE:
        *object = obj = name_chan_at(w, r->obj, f->src);
        snprintf(name, size, "close %s", obj);
        break;
    case FLOW_UNLOCK:
        obj = name_sync_at(w, r->obj, b, r->at);
        *object = obj ? obj : "mutex";
        snprintf(name, size, "%s %s", r->a ? "runlock" : "unlock", *object);
        break;
    default:
        obj = name_sync_at(w, r->obj, b, r->at);
        *object = obj ? obj : r->kind == EV_WAKE ? "cond" : "wg";
        if (r->kind == EV_WAKE)
            snprintf(name, size, "%s.%s()", *object, r->a ? "Broadcast" : "Signal");
        else
            snprintf(name, size, "%s.Done()", *object);
        break;
    }
}

/* The flows that start or finish at record [k]. */
static void write_flows(W *w, int64_t k, int64_t *next_from, int64_t *next_to)
{
    int64_t ts = rec_at(w, k)->ts;
    char name[400];
    const char *object;
    while (*next_from < w->nflows && w->flows[w->by_from[*next_from]].from == k) {
        Flow *f = &w->flows[w->by_from[(*next_from)++]];
        flow_name(w, f, name, sizeof name, &object);
        Rec *src = rec_at(w, f->src);
        bool value = f->cat == FLOW_HANDOFF || f->cat == FLOW_BUFFER;
        flow_end(w, "s", f->id, f->from_lane, ts, flow_cat(f), name, object,
                 value ? buf_at(w, f->src)->text + src->aux : NULL, value ? src->len : 0);
    }
    while (*next_to < w->nflows && w->flows[w->by_to[*next_to]].to == k) {
        Flow *f = &w->flows[w->by_to[(*next_to)++]];
        flow_name(w, f, name, sizeof name, &object);
        flow_end(w, "f", f->id, f->to_lane, ts, flow_cat(f), name, NULL, NULL, 0);
    }
}

/* A send or receive instant of record [j], written at time [ts]. */
static void write_chan_op(W *w, int64_t j, int64_t ts)
{
    Rec *r = rec_at(w, j);
    RecBuf *b = buf_at(w, j);
    const char *obj = name_chan_at(w, r->obj, j);
    char name[400];
    bool send = r->kind == EV_CHAN_SEND;
    join(name, sizeof name, send ? "send on " : "receive on ", obj);
    instant_start(w, r->g, ts, send ? "send" : "recv", name);
    put_object(w, obj, false);
    OLIT(w, ",\"value\":");
    put_str(w, b->text + r->aux, r->len);
    arg_pos(w, "at", b, r->at, true);
    OLIT(w, "}}");
}

/* A --trace-lines slice, named by the line's text. */
static void write_line(W *w, int64_t k, Rec *r, RecBuf *b)
{
    char name[200] = "line";
    size_t len;
    const char *text = r->at ? source_text(w, b->pos[r->at].file, b->pos[r->at].line, &len) : NULL;
    if (text) {
        while (len && (*text == ' ' || *text == '\t')) {
            text++;
            len--;
        }
        while (len && (text[len - 1] == ' ' || text[len - 1] == '\t' || text[len - 1] == '\r'))
            len--;
        if (len > sizeof name - 1)
            len = sizeof name - 1;
        if (len) {
            memcpy(name, text, len);
            name[len] = '\0';
        }
    }
    bool open = slice_start(w, k, r->g, "line", name);
    arg_pos(w, "at", b, r->at, false);
    slice_end(w, open);
}

static void write_simple(W *w, int64_t lane, int64_t ts, const char *cat, const char *name, RecBuf *b,
                         uint32_t at)
{
    instant_start(w, lane, ts, cat, name);
    arg_pos(w, "at", b, at, false);
    OLIT(w, "}}");
}

static void write_record(W *w, int64_t k, Pending *out)
{
    Rec *r = rec_at(w, k);
    RecBuf *b = buf_at(w, k);
    int64_t lane = r->g > 0 ? r->g : 1;
    char name[700];
    switch (r->kind) {
    case EV_GO_CREATE:
        /* a goroutine the runtime itself made (main's, a REPL entry's)
         * has its go on its own lane */
        if (r->g <= 0)
            lane = r->peer;
        ensure_lane(w, lane);
        name_lane(w, r->peer, r->aux ? b->pos[r->aux].func : NULL);
        snprintf(name, sizeof name, "go %s", r->aux ? b->pos[r->aux].func : "?");
        instant_start(w, lane, r->ts, "go", name);
        OLIT(w, "\"child\":");
        oint(w, r->peer);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        write_runnable(w, k, r->peer, r->g);
        break;
    case EV_GO_READY:
        if (w->begins[k] != ST_RUNNABLE)
            break;
        /* the instants of the wait's end come before the runnable slice */
        for (int64_t d = w->deferred_head[k]; d >= 0; d = w->next_deferred[d])
            if (!w->skip[d])
                write_chan_op(w, d, r->ts);
        if (w->timer_wake[k]) {
            Rec *p = NULL;
            int64_t since = -1;
            /* the sleep's position: where the sleeper blocked */
            for (int64_t j = k - 1; j >= 0; j--) {
                Rec *q = rec_at(w, j);
                if (q->kind == EV_GO_PARK && q->g == r->peer) {
                    p = q;
                    since = j;
                    break;
                }
            }
            write_simple(w, r->peer, r->ts, "timer", "timer fired", since >= 0 ? buf_at(w, since) : b,
                         p ? p->at : 0);
        }
        write_runnable(w, k, r->peer, r->g);
        break;
    case EV_GO_START:
        write_running(w, k, r, b);
        break;
    case EV_GO_STOP:
        write_runnable(w, k, r->g, 0);
        break;
    case EV_GO_PARK:
        write_blocked(w, k, r, b);
        break;
    case EV_GO_END:
        write_simple(w, lane, r->ts, "end", "end", b, r->at);
        break;
    case EV_LINE:
        write_line(w, k, r, b);
        break;
    case EV_SPAN: {
        if (w->skip[k])
            break; /* an end */
        char type[300];
        size_t n = r->len < sizeof type - 1 ? r->len : sizeof type - 1;
        memcpy(type, b->text + r->aux, n);
        type[n] = '\0';
        bool open = slice_start(w, k, lane, r->peer ? "task" : "region", type);
        arg_pos(w, "at", b, r->at, false);
        slice_end(w, open);
        break;
    }
    case EV_USER: {
        const char *t = b->text + r->aux;
        size_t nc = (size_t)r->a, nm = r->len - nc;
        char msg[600];
        size_t n = nm < sizeof msg - 1 ? nm : sizeof msg - 1;
        memcpy(msg, t + nc, n);
        msg[n] = '\0';
        instant_start(w, lane, r->ts, "user", msg);
        OLIT(w, "\"category\":");
        put_str(w, t, nc);
        OLIT(w, ",\"message\":");
        put_str(w, t + nc, nm);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        break;
    }
    case EV_CHAN_MAKE:
        name_chan(w, k);
        snprintf(name, sizeof name, "make chan %s", obj_name(w, r->obj));
        instant_start(w, lane, r->ts, "chan", name);
        put_object(w, obj_name(w, r->obj), false);
        OLIT(w, ",\"cap\":");
        oint(w, r->a);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        break;
    case EV_CHAN_CLOSE:
        snprintf(name, sizeof name, "close %s", name_chan_at(w, r->obj, k));
        instant_start(w, lane, r->ts, "close", name);
        put_object(w, obj_name(w, r->obj), false);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        break;
    case EV_CHAN_SEND: case EV_CHAN_RECV:
        if (!w->skip[k] && w->anchor[k] == k)
            write_chan_op(w, k, r->ts);
        break;
    case EV_SELECT:
        snprintf(name, sizeof name, r->a < 0 ? "select: default" : "select: case %lld", (long long)r->a);
        instant_start(w, lane, r->ts, "select", name);
        OLIT(w, "\"case\":");
        oint(w, r->a);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        break;
    case EV_LOCK: case EV_UNLOCK: {
        const char *obj = name_sync_at(w, r->obj, b, r->at);
        const char *verb = r->kind == EV_LOCK ? (r->a ? "rlock" : "lock") : (r->a ? "runlock" : "unlock");
        snprintf(name, sizeof name, "%s %s", verb, obj ? obj : "mutex");
        instant_start(w, lane, r->ts, r->kind == EV_LOCK ? "lock" : "unlock", name);
        put_object(w, obj ? obj : "mutex", false);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        break;
    }
    case EV_WG_ADD: case EV_WG_WAIT: {
        if (r->kind == EV_WG_WAIT)
            break; /* Wait returning is the end of its blocked slice */
        const char *obj = name_sync_at(w, r->obj, b, r->at);
        if (r->a == -1)
            snprintf(name, sizeof name, "%s.Done()", obj ? obj : "wg");
        else
            snprintf(name, sizeof name, "%s.Add(%lld)", obj ? obj : "wg", (long long)r->a);
        instant_start(w, lane, r->ts, "wg", name);
        put_object(w, obj ? obj : "wg", false);
        OLIT(w, ",\"delta\":");
        oint(w, r->a);
        OLIT(w, ",\"count\":");
        oint(w, r->peer);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        break;
    }
    case EV_WAKE: {
        const char *obj = name_sync_at(w, r->obj, b, r->at);
        snprintf(name, sizeof name, "%s.%s()", obj ? obj : "cond", r->a ? "Broadcast" : "Signal");
        instant_start(w, lane, r->ts, "cond", name);
        put_object(w, obj ? obj : "cond", false);
        arg_pos(w, "at", b, r->at, true);
        OLIT(w, "}}");
        break;
    }
    case EV_PANIC: {
        int64_t f = w->panic_text[k];
        if (f >= 0) {
            Rec *q = rec_at(w, f);
            snprintf(name, sizeof name, "%.*s", (int)(q->len < 600 ? q->len : 600), buf_at(w, f)->text + q->aux);
        } else if (r->len) {
            snprintf(name, sizeof name, "panic: %.*s", (int)(r->len < 600 ? r->len : 600), b->text + r->aux);
        } else {
            snprintf(name, sizeof name, "panic");
        }
        instant_start(w, lane, r->ts, "panic", name);
        arg_pos(w, "at", b, r->at, false);
        OLIT(w, ",\"recovered\":");
        oputs(w, w->recovered[k] ? "true" : "false");
        OLIT(w, "}}");
        break;
    }
    case EV_OUTPUT: {
        int fd = r->a == 2 ? 2 : 1;
        output(w, &out[fd], fd, lane, r->ts, b->text + r->aux, r->len);
        break;
    }
    case EV_FATAL:
        if (w->skip[k])
            break; /* a panic's message: its panic instant says it */
        snprintf(name, sizeof name, "fatal error: %.*s", (int)(r->len < 600 ? r->len : 600), b->text + r->aux);
        write_simple(w, lane, r->ts, "fatal", name, b, r->at);
        break;
    default:
        break;
    }
}

static void write_events(W *w)
{
    Pending out[3] = {{0}};
    int64_t next_from = 0, next_to = 0;
    for (int64_t k = 0; k < w->n; k++) {
        write_record(w, k, out);
        write_flows(w, k, &next_from, &next_to);
    }
    for (int fd = 1; fd <= 2; fd++) {
        if (out[fd].len)
            output(w, &out[fd], fd, 1, w->end_ts, "\n", 1);
        free(out[fd].data);
    }
}

/* ---- the file ---- */

static const char *end_reason(W *w, int status)
{
    if (w->opts->signal)
        return "signal";
    if (w->opts->stopped)
        return w->opts->stop_reason ? w->opts->stop_reason : "trace.Stop";
    for (int64_t k = w->n - 1; k >= 0; k--) {
        Rec *r = rec_at(w, k);
        if (r->kind != EV_FATAL)
            continue;
        const char *t = buf_at(w, k)->text + r->aux;
        if (r->len >= 6 && memcmp(t, "panic:", 6) == 0)
            return "panic";
        if (memmem(t, r->len, "deadlock", 8))
            return "deadlock";
        return "fatal";
    }
    return status == 0 ? "main returned" : "os.Exit";
}

static void write_header(W *w, int status)
{
    const TracerOptions *o = w->opts;
    oputs(w, "{\"displayTimeUnit\":\"ns\",\n\"otherData\":{\"format\":\"gosh-trace\",\"version\":1,\"program\":");
    put_cstr(w, o->program);
    oputs(w, ",\"args\":[");
    for (int i = 0; i < o->argc; i++) {
        if (i)
            oputc(w, ',');
        put_cstr(w, o->argv[i]);
    }
    oputs(w, "],\"seed\":");
    if (o->seeded)
        oprintf(w, "%llu", (unsigned long long)o->seed);
    else
        oputs(w, "null");
    oprintf(w, ",\"procs\":%d,\"clock\":\"%s\",\"sources\":{", o->procs, o->seeded ? "virtual" : "real");
    for (int i = 0; i < o->nsources; i++) {
        if (i)
            oputc(w, ',');
        put_cstr(w, o->source_names[i]);
        oputc(w, ':');
        put_str(w, o->source_texts[i], o->source_lens[i]);
    }
    oprintf(w, "},\"exit\":{\"status\":%d,\"reason\":\"%s\"},\"dropped\":%lld},\n\"traceEvents\":[\n", status,
            end_reason(w, status), (long long)w->r->dropped);
    w->nevents++;
    oputs(w, "{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":");
    char name[600];
    snprintf(name, sizeof name, "gosh %s", o->program ? o->program : "");
    put_cstr(w, name);
    oputs(w, "}}");
}

/* Frees what the passes over the records allocated: a long session (the
 * REPL's :trace, runtime/trace's Start and Stop) writes many traces. */
static void w_free(W *w)
{
    free(w->refs);
    free(w->ends);
    free(w->begins);
    free(w->anchor);
    free(w->next_deferred);
    free(w->deferred_head);
    free(w->skip);
    free(w->timer_wake);
    free(w->panic_text);
    free(w->recovered);
    free(w->flows);
    free(w->by_from);
    free(w->by_to);
    free(w->gs);
    if (w->lines)
        names_free(w);
}

/* Writes the file; false when it cannot. */
static bool write_file(W *w, int status, int64_t end_ts)
{
    Recording *r = w->r;
    for (int i = 0; i < r->nbufs; i++)
        w->n += r->bufs[i].n;
    size_t n1 = (size_t)w->n + 1;
    w->refs = malloc(sizeof(Ref) * n1);
    w->ends = malloc(sizeof(int64_t) * n1);
    w->begins = calloc(n1, 1);
    w->anchor = malloc(sizeof(int64_t) * n1);
    w->next_deferred = malloc(sizeof(int64_t) * n1);
    w->deferred_head = malloc(sizeof(int64_t) * n1);
    w->skip = calloc(n1, sizeof(bool));
    w->timer_wake = calloc(n1, sizeof(bool));
    w->panic_text = malloc(sizeof(int64_t) * n1);
    w->recovered = calloc(n1, sizeof(bool));
    if (!w->refs || !w->ends || !w->begins || !w->anchor || !w->next_deferred || !w->deferred_head ||
        !w->skip || !w->timer_wake || !w->panic_text || !w->recovered)
        return false;
    int64_t n = 0;
    for (int i = 0; i < r->nbufs; i++) {
        RecBuf *b = &r->bufs[i];
        for (int64_t j = 0; j < b->n; j++) {
            int64_t idx = b->wrapped ? (b->start + j) % b->cap : j;
            w->refs[n++] = (Ref){b->recs[idx].ts, i, idx};
        }
    }
    merge_by_time(w);
    for (int64_t k = 0; k < w->n; k++) {
        w->ends[k] = w->next_deferred[k] = w->deferred_head[k] = w->panic_text[k] = -1;
        w->anchor[k] = k;
    }
    w->t0 = w->n ? w->refs[0].ts : end_ts;
    w->end_ts = w->n && end_ts < w->refs[w->n - 1].ts ? w->refs[w->n - 1].ts : end_ts;
    names_init(w);
    if (!timeline_read(w))
        return false;
    int fd = open(w->opts->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    json_out_open(w, fd);
    write_header(w, status);
    write_events(w);
    OLIT(w, "\n]}\n");
    return json_out_close(w);
}

int64_t trace_write_json(Recording *r, const TracerOptions *opts, int status, int64_t end_ts)
{
    W w = {0};
    w.r = r;
    w.opts = opts;
    bool ok = write_file(&w, status, end_ts);
    w_free(&w);
    return ok ? w.nevents : -1;
}
