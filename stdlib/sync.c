/* sync.c: the native half of package sync: waiting on the runtime's
 * address-keyed queues (runtime/sema.c). A native that parks the
 * goroutine returns; the VM then leaves the goroutine and resumes it
 * after the call once it is woken. Go 1.19 names these waits
 * "semacquire" in a deadlock report, and Cond's "sync.Cond.Wait". */
#include "event.h"
#include "natives.h"

NATIVE(wait32)
{
    g->wait_kind = RT_WAIT_MUTEX;
    rt_wait32(g, args[0].p, (int32_t)args[1].i, "semacquire");
}

NATIVE(cond_wait)
{
    g->wait_kind = RT_WAIT_COND;
    rt_wait32(g, args[0].p, (int32_t)args[1].i, "sync.Cond.Wait");
}

/* A Mutex's holder: the goroutine, and the line of the program (not of
 * package sync) that locked it. The layout is sync.go's Mutex. */
typedef struct MutexWords {
    int32_t state, holder, line;
    const char *file;
} MutexWords;

NATIVE(held)
{
    MutexWords *m = args[0].p;
    m->holder = (int32_t)g->id;
    for (int32_t f = g->nframes - 1; f >= 0; f--) {
        const Proto *p = g->frames[f].cl->proto;
        if (p->file[0] != '<' || f == 0) {
            m->line = vm_line_of(p, vm_frame_site(g, f));
            m->file = p->file;
            return;
        }
    }
}

NATIVE(wake)
{
    (void)g;
    rt_wake(args[0].p, (int)args[1].i);
}

NATIVE(semacquire)
{
    g->wait_kind = (uint8_t)args[1].i;
    rt_semacquire(g, args[0].p, "semacquire");
}

NATIVE(semrelease)
{
    (void)g;
    rt_semrelease(args[0].p);
}

NATIVE(fatal)
{
    char msg[256];
    snprintf(msg, sizeof msg, "%.*s", (int)str_len(ARG_STR(0)), str_data(ARG_STR(0)));
    vm_fatal_trace(g, msg);
}

NATIVE(can_spin)
{
    (void)g;
    args[0].u = !rt_seeded() && rt_gomaxprocs(0) > 1;
}

/* The events below are compiled in for gosh --trace and for every REPL
 * session (whose :trace may start at any entry), so each tests whether
 * anything records first. */
NATIVE(lock_event)
{
    int kind = (int)args[1].i;
    if (!RT_EVENTS)
        return;
    if (kind >= 4) /* for the race detector: RWMutex's own edges */
        rt_emit_g(kind == 4 ? EV_LOCK : EV_UNLOCK, g, 0, args[0].p, 2);
    else
        rt_emit_g(kind >= 2 ? EV_UNLOCK : EV_LOCK, g, 0, args[0].p, kind & 1);
}

NATIVE(wg_event)
{
    if (!RT_EVENTS)
        return;
    Event e = {.kind = args[3].u & 1 ? EV_WG_WAIT : EV_WG_ADD, .g = g->id, .gp = g, .obj = args[0].p,
               .a = args[1].i, .b = args[2].i};
    rt_emit(&e);
}

NATIVE(cond_event)
{
    if (RT_EVENTS)
        rt_emit_g(EV_WAKE, g, 0, args[0].p, (int64_t)(args[1].u & 1));
}

NATIVE(once_event)
{
    if (RT_EVENTS)
        rt_emit_g(EV_ONCE, g, 0, args[0].p, (int64_t)(args[1].u & 1));
}

static const Native natives[] = {
    {"sync", "onceEvent", NULL, once_event, NULL},
    {"sync", "condEvent", NULL, cond_event, NULL},
    {"sync", "lockEvent", NULL, lock_event, NULL},
    {"sync", "wgEvent", NULL, wg_event, NULL},
    {"sync", "wait32", NULL, wait32, NULL},
    {"sync", "held", NULL, held, NULL},
    {"sync", "condWait", NULL, cond_wait, NULL},
    {"sync", "wake32", NULL, wake, NULL},
    {"sync", "semacquire", NULL, semacquire, NULL},
    {"sync", "semrelease", NULL, semrelease, NULL},
    {"sync", "fatal", NULL, fatal, NULL},
    {"sync", "canSpin", NULL, can_spin, NULL},
};

static const PackageDef def = {"sync", stdlib_src_sync, natives, sizeof natives / sizeof natives[0]};

void register_sync(void)
{
    vm_register_package(&def);
}
