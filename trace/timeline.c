/* timeline.c: the trace writer's first pass over the records, in time
 * order. It follows each goroutine's state to learn where each state
 * slice ends, moves the send or receive of a goroutine that had to wait
 * to the end of its wait (where docs/trace-format.md puts its instant),
 * and finds the arrows: which send matched which receive, which close,
 * unlock, Done or Signal let a goroutine go. The second pass (json_out.c)
 * then writes everything at its start, in time order. */
#include <stdlib.h>
#include <string.h>
#include "writer.h"

GState *gstate(W *w, int64_t id)
{
    if (id < 0)
        id = 0;
    if (id >= w->ngs) {
        int64_t n = w->ngs ? w->ngs : 64;
        while (n <= id)
            n *= 2;
        GState *g = realloc(w->gs, sizeof(GState) * (size_t)n);
        if (!g)
            return NULL;
        for (int64_t i = w->ngs; i < n; i++)
            g[i] = (GState){.deferred = -1, .wake_src = -1, .line = -1};
        w->gs = g;
        w->ngs = n;
    }
    return &w->gs[id];
}

/* A --trace-lines slice ends where the next line begins or the goroutine
 * stops running. */
static void end_line(W *w, GState *g, int64_t k)
{
    if (g->line >= 0)
        w->ends[g->line] = k;
    g->line = -1;
}

static void enter(W *w, GState *g, State s, int64_t k)
{
    end_line(w, g, k);
    if (g->state != ST_NONE)
        w->ends[g->since] = k;
    g->state = s;
    g->since = k;
    w->begins[k] = (uint8_t)s;
}

static bool add_flow(W *w, FlowCat cat, int64_t from, int64_t to, int64_t src, int64_t from_lane, int64_t to_lane)
{
    if (w->nflows == w->flowcap) {
        int64_t cap = w->flowcap ? w->flowcap * 2 : 256;
        Flow *f = realloc(w->flows, sizeof(Flow) * (size_t)cap);
        if (!f)
            return false;
        w->flows = f;
        w->flowcap = cap;
    }
    w->flows[w->nflows] = (Flow){from, to, src, from_lane, to_lane, (int32_t)(w->nflows + 1), (uint8_t)cat};
    w->nflows++;
    return true;
}

/* Record [k], an operation of a goroutine that waits: its instant moves
 * to the goroutine's wake. */
static void defer_to_wake(W *w, GState *g, int64_t k)
{
    w->next_deferred[k] = g->deferred;
    g->deferred = k;
}

/* A buffered value waiting for its receive. */
typedef struct Slot {
    const void *chan;
    int64_t slot;
    int64_t send;
} Slot;

typedef struct Last {
    const void *obj;
    int64_t rec;
} Last;

static int64_t last_of(const Last *l, int64_t n, const void *obj)
{
    for (int64_t i = n - 1; i >= 0; i--)
        if (l[i].obj == obj)
            return l[i].rec;
    return -1;
}

static void set_last(Last **l, int64_t *n, int64_t *cap, const void *obj, int64_t rec)
{
    for (int64_t i = 0; i < *n; i++)
        if ((*l)[i].obj == obj) {
            (*l)[i].rec = rec;
            return;
        }
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 32;
        *l = realloc(*l, sizeof(Last) * (size_t)*cap);
    }
    (*l)[(*n)++] = (Last){obj, rec};
}

static int64_t lane_of(Rec *r)
{
    return r->g > 0 ? r->g : 1;
}

/* The send that a hand-off receive at [k] matched: just before it. */
static int64_t matching_send(W *w, int64_t k, Rec *r)
{
    for (int64_t j = k - 1; j >= 0 && j >= k - 16; j--) {
        Rec *q = rec_at(w, j);
        if (q->kind == EV_CHAN_SEND && q->obj == r->obj && q->g == r->peer && q->peer == r->g)
            return j;
    }
    return -1;
}

static int by_from(const void *a, const void *b, void *ctx)
{
    const Flow *f = ctx;
    int64_t x = f[*(const int64_t *)a].from, y = f[*(const int64_t *)b].from;
    return (x > y) - (x < y);
}

static int by_to(const void *a, const void *b, void *ctx)
{
    const Flow *f = ctx;
    int64_t x = f[*(const int64_t *)a].to, y = f[*(const int64_t *)b].to;
    return (x > y) - (x < y);
}

/* Open regions and tasks by id: a span's end finds its beginning. */
typedef struct Open {
    uint64_t id;
    int64_t rec;
} Open;

bool timeline_read(W *w)
{
    Open *spans = NULL;
    int64_t nspans = 0, spancap = 0;
    Slot *slots = NULL;
    int64_t nslots = 0, slotcap = 0;
    Last *closes = NULL, *unlocks = NULL;
    int64_t ncloses = 0, closecap = 0, nunlocks = 0, unlockcap = 0;
    for (int64_t k = 0; k < w->n; k++) {
        Rec *r = rec_at(w, k);
        GState *g = gstate(w, r->g);
        if (!g)
            return false;
        switch (r->kind) {
        case EV_GO_CREATE: {
            GState *c = gstate(w, r->peer);
            c->fn_pos = r->aux;
            c->fn_buf = w->refs[k].buf;
            enter(w, c, ST_RUNNABLE, k);
            break;
        }
        case EV_GO_READY: {
            GState *p = gstate(w, r->peer);
            if (p->state == ST_RUNNABLE)
                break;
            bool was_blocked = p->state == ST_BLOCKED;
            if (was_blocked && r->g == 0 && p->sleeping)
                w->timer_wake[k] = true;
            /* instants that waited for this wake */
            w->deferred_head[k] = p->deferred;
            for (int64_t d = p->deferred; d >= 0; d = w->next_deferred[d])
                w->anchor[d] = k;
            p->deferred = -1;
            /* a Done or a Signal of the waker that this goroutine waited on */
            GState *waker = r->g > 0 ? gstate(w, r->g) : NULL;
            p = gstate(w, r->peer);
            if (was_blocked && waker && waker->wake_src >= 0 && p->parked_on &&
                rec_at(w, waker->wake_src)->obj == p->parked_on)
                add_flow(w, FLOW_WAKE, waker->wake_src, k, waker->wake_src, r->g, r->peer);
            enter(w, p, ST_RUNNABLE, k);
            p->parked_on = NULL;
            p->sleeping = false;
            break;
        }
        case EV_GO_START:
            enter(w, g, ST_RUNNING, k);
            break;
        case EV_GO_STOP:
            enter(w, g, ST_RUNNABLE, k);
            break;
        case EV_GO_PARK:
            enter(w, g, ST_BLOCKED, k);
            g->parked_on = g->waited_on = r->obj;
            g->sleeping = r->str && strcmp(r->str, "sleep") == 0;
            break;
        case EV_LINE:
            end_line(w, g, k);
            g->line = k;
            break;
        case EV_SPAN: {
            uint64_t id = (uint64_t)(uintptr_t)r->obj;
            if (r->a) {
                if (nspans == spancap) {
                    spancap = spancap ? spancap * 2 : 32;
                    spans = realloc(spans, sizeof(Open) * (size_t)spancap);
                }
                spans[nspans++] = (Open){id, k};
            } else {
                for (int64_t j = nspans - 1; j >= 0; j--)
                    if (spans[j].id == id) {
                        w->ends[spans[j].rec] = k;
                        spans[j] = spans[--nspans];
                        break;
                    }
                w->skip[k] = true; /* the slice was written at its beginning */
            }
            break;
        }
        case EV_GO_END:
            end_line(w, g, k);
            if (g->state != ST_NONE)
                w->ends[g->since] = k;
            g->state = ST_NONE;
            break;
        case EV_CHAN_SEND:
            if (r->g == 0) {
                w->skip[k] = true; /* a timer's send: no goroutine to show it on */
            } else if (g->state == ST_BLOCKED) {
                defer_to_wake(w, g, k);
            }
            if (r->peer == 0 && r->g != 0) {
                if (nslots == slotcap) {
                    slotcap = slotcap ? slotcap * 2 : 64;
                    slots = realloc(slots, sizeof(Slot) * (size_t)slotcap);
                }
                slots[nslots++] = (Slot){r->obj, r->a, k};
            }
            break;
        case EV_CHAN_RECV: {
            bool waited = g->state == ST_BLOCKED;
            if (r->peer == -1) {
                /* a closed channel's zero value: no instant; a receiver
                 * the close woke gets an arrow from the close */
                w->skip[k] = true;
                int64_t c = last_of(closes, ncloses, r->obj);
                if (waited && c >= 0 && rec_at(w, c)->g != r->g) {
                    defer_to_wake(w, g, k);
                    add_flow(w, FLOW_CLOSE, c, k, c, lane_of(rec_at(w, c)), lane_of(r));
                }
                break;
            }
            if (waited)
                defer_to_wake(w, g, k);
            if (r->peer > 0) {
                int64_t s = matching_send(w, k, r);
                if (s >= 0)
                    add_flow(w, FLOW_HANDOFF, s, k, s, r->peer, lane_of(r));
            } else {
                for (int64_t j = 0; j < nslots; j++)
                    if (slots[j].chan == r->obj && slots[j].slot == r->a) {
                        add_flow(w, FLOW_BUFFER, slots[j].send, k, slots[j].send,
                                 lane_of(rec_at(w, slots[j].send)), lane_of(r));
                        slots[j] = slots[--nslots];
                        break;
                    }
            }
            break;
        }
        case EV_CHAN_MAKE:
            /* a new channel at a collected one's address */
            for (int64_t j = 0; j < nslots; j++)
                if (slots[j].chan == r->obj)
                    slots[j--] = slots[--nslots];
            break;
        case EV_CHAN_CLOSE:
            set_last(&closes, &ncloses, &closecap, r->obj, k);
            break;
        case EV_UNLOCK:
            set_last(&unlocks, &nunlocks, &unlockcap, r->obj, k);
            break;
        case EV_LOCK: {
            /* a Lock that waited for the mutex: the last Unlock let it go */
            int64_t u = last_of(unlocks, nunlocks, r->obj);
            if (g->waited_on == r->obj && r->obj && u >= 0 && rec_at(w, u)->g != r->g)
                add_flow(w, FLOW_UNLOCK, u, k, u, lane_of(rec_at(w, u)), lane_of(r));
            g->waited_on = NULL;
            break;
        }
        case EV_WG_ADD:
            if (r->a < 0)
                g->wake_src = k;
            break;
        case EV_WAKE:
            g->wake_src = k;
            break;
        case EV_PANIC:
            break;
        case EV_RECOVER:
            for (int64_t j = k - 1; j >= 0; j--) {
                Rec *q = rec_at(w, j);
                if (q->kind == EV_PANIC && q->g == r->g) {
                    w->recovered[j] = true;
                    break;
                }
            }
            break;
        case EV_FATAL: {
            /* an unrecovered panic's message names its panic instant */
            const char *t = buf_at(w, k)->text + r->aux;
            if (r->len >= 6 && memcmp(t, "panic:", 6) == 0) {
                w->skip[k] = true;
                for (int64_t j = k - 1; j >= 0; j--) {
                    Rec *q = rec_at(w, j);
                    if (q->kind == EV_PANIC && q->g == r->g) {
                        w->panic_text[j] = k;
                        break;
                    }
                }
            }
            break;
        }
        default:
            break;
        }
    }
    free(slots);
    free(closes);
    free(unlocks);
    free(spans);
    /* an instant still waiting for a wake that never came stays where it
     * happened */
    w->by_from = malloc(sizeof(int64_t) * (size_t)(w->nflows + 1));
    w->by_to = malloc(sizeof(int64_t) * (size_t)(w->nflows + 1));
    if (!w->by_from || !w->by_to)
        return false;
    for (int64_t i = 0; i < w->nflows; i++) {
        Flow *f = &w->flows[i];
        f->from = w->anchor[f->from];
        f->to = w->anchor[f->to];
        w->by_from[i] = w->by_to[i] = i;
    }
    qsort_r(w->by_from, (size_t)w->nflows, sizeof(int64_t), by_from, w->flows);
    qsort_r(w->by_to, (size_t)w->nflows, sizeof(int64_t), by_to, w->flows);
    return true;
}
