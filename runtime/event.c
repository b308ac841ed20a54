/* event.c: the event stream's consumers and the emit call (event.h). */
#include <string.h>
#include "event.h"
#include "sched_internal.h"

enum { MAX_CONSUMERS = 4 };

int rt_events_on;

static struct {
    EvConsumer fn;
    void *ctx;
    bool timed;
} consumers[MAX_CONSUMERS];
static int nconsumers, ntimed;

static bool attach(EvConsumer fn, void *ctx, bool timed)
{
    if (nconsumers == MAX_CONSUMERS)
        return false;
    consumers[nconsumers].fn = fn;
    consumers[nconsumers].ctx = ctx;
    consumers[nconsumers].timed = timed;
    nconsumers++;
    ntimed += timed;
    __atomic_store_n(&rt_events_on, 1, __ATOMIC_RELEASE);
    return true;
}

bool rt_events_attach(EvConsumer fn, void *ctx)
{
    return attach(fn, ctx, true);
}

bool rt_events_attach_untimed(EvConsumer fn, void *ctx)
{
    return attach(fn, ctx, false);
}

void rt_events_detach(EvConsumer fn, void *ctx)
{
    for (int i = 0; i < nconsumers; i++)
        if (consumers[i].fn == fn && consumers[i].ctx == ctx) {
            ntimed -= consumers[i].timed;
            memmove(&consumers[i], &consumers[i + 1], sizeof consumers[0] * (size_t)(nconsumers - i - 1));
            nconsumers--;
            break;
        }
    __atomic_store_n(&rt_events_on, nconsumers > 0, __ATOMIC_RELEASE);
}

int rt_event_m(void)
{
    return sched_current_m();
}

void rt_emit(Event *e)
{
    e->proc = sched_current_m();
    e->ts = ntimed ? sched_event_time() : 0;
    for (int i = 0; i < nconsumers; i++)
        consumers[i].fn(e, consumers[i].ctx);
}

void rt_emit_g(EvKind kind, G *g, int64_t peer, const void *obj, int64_t a)
{
    Event e = {.kind = kind, .g = g ? g->id : 0, .gp = g, .peer = peer, .obj = obj, .a = a};
    rt_emit(&e);
}

void rt_emit_text(EvKind kind, G *g, const char *text, size_t len, int64_t a)
{
    Event e = {.kind = kind, .g = g ? g->id : 0, .gp = g, .text = text, .len = len, .a = a};
    rt_emit(&e);
}

static RtLocator locator;

void rt_set_locator(const RtLocator *loc)
{
    locator = *loc;
}

int rt_locate(const G *g, RtFrameInfo *out, int max)
{
    return g && locator.stack ? locator.stack(g, out, max) : 0;
}

void rt_origin(const G *g, RtFrameInfo *fn, RtFrameInfo *go_stmt)
{
    *fn = *go_stmt = (RtFrameInfo){NULL, NULL, 0};
    if (g && locator.origin)
        locator.origin(g, fn, go_stmt);
}

int32_t rt_live_regs(const G *g)
{
    if (!locator.live_regs)
        return g->stack_size;
    int32_t n = locator.live_regs(g);
    return n < g->stack_size ? n : g->stack_size;
}
