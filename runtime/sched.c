/* sched.c: the M:N scheduler (after Go's runtime/proc.go).
 *
 * Vocabulary, as in Go: a G is a goroutine; an M is an OS thread that runs
 * goroutines; a P is a logical processor holding a local run queue. gosh
 * keeps one M per P for the life of the program (M i always owns P i), so
 * the P is implicit in most of what follows. Waiting never blocks an M:
 * a goroutine that waits leaves the interpreter (RUN_PARK) and its M picks
 * another. Blocking system calls go to a small pool of I/O threads
 * (rt_blocking_call) for the same reason.
 *
 * Finding work (find_runnable): the local queue's runnext slot, the local
 * queue, the global queue (checked first every 61st tick so local work
 * cannot starve it), expired timers, then stealing half of another P's
 * queue. An M that finds nothing sleeps on its condition variable until
 * rt_ready wakes it or the next timer is due. When every M sleeps, nothing
 * waits on a timer or an I/O thread, the program is deadlocked, and the
 * last M to go idle reports it as Go does.
 *
 * Preemption: the VM counts loop back-edges and calls in rt_poll->count
 * and yields when it reaches zero or when rt_poll->asked is set. The
 * monitor thread sets asked for a goroutine that has run longer than a
 * time slice (10 ms, as Go); SIGQUIT, the limits and kill set it too.
 * Other threads never write the count: the VM's next increment in a tight
 * loop (fed from its own store buffer) would overwrite what they wrote.
 *
 * Deterministic mode (--seed, --replay): one M, no monitor. The strategy
 * (strategy.h) picks the next goroutine from the whole run queue and the
 * number of points its slice lasts; synchronisation operations are points
 * too (rt_switch_point). Time is virtual: it passes by VIRTUAL_NS_PER_POLL
 * per point run, and when every goroutine waits the clock jumps to the
 * next timer. */
#include <gc.h>
#include <errno.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include "event.h"
#include "runtime.h"
#include "sched_internal.h"
#include "strategy.h"
#include "timer_internal.h"

enum { QUEUE_SIZE = 256, MAX_PROCS = 256, SLICE_NS = 10 * 1000 * 1000, VIRTUAL_NS_PER_POLL = 100 };

/* Fields that other threads read without a lock (the monitor, the fast
 * paths of wake_one and find_runnable) are accessed with relaxed atomics:
 * a stale value only delays a decision to the next look. */
#define PEEK(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define POKE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)

typedef struct P {
    int id;
    pthread_mutex_t lock;
    G *runnext;
    G *queue[QUEUE_SIZE];
    uint32_t head, tail;        /* under lock */
} P;

typedef struct M {
    int id;
    P *p;
    G *curg;
    RtPoll poll;                 /* the VM's count, and others' requests */
    int64_t poll_base;           /* poll when steps were last counted */
    int64_t slice_start;
    int64_t slice_points; /* seeded mode: the slice's length in poll points */
    uint64_t schedtick;
    uint64_t slice_tick;         /* schedtick the monitor last saw */
    /* what rt_park asked to unlock once the goroutine is off the thread */
    void (*park_unlock)(void *);
    void *park_arg;
    /* where a REPL session's fatal error abandons the goroutine */
    jmp_buf abort;
    pthread_cond_t wake;
    bool sleeping;
    bool notified;
    uint64_t rand_state;
    /* executing a goroutine's code (seq_cst: the stop for SIGQUIT's dump
     * and this M agree on whether the M may still touch a G's stacks) */
    bool in_run;
    /* deterministic mode: the goroutine whose blocking call this M is
     * making itself (its stacks stay put meanwhile) */
    G *blocking_g;
    /* the goroutine its last slice preempted, until it runs or sleeps
     * again: between two slices, SIGQUIT's dump counts it as running */
    G *preempted_g;
} M;

static struct {
    pthread_mutex_t lock;       /* global queue, idle Ms, all Gs */
    G *gq_head, *gq_tail;
    int64_t gq_len;
    int nprocs;                  /* Ms (and Ps) started */
    int active;                  /* GOMAXPROCS: Ms with a lower id run Gs */
    P *ps[MAX_PROCS];
    M *ms[MAX_PROCS];
    int nsleeping;
    G *allgs;
    int64_t ngs;
    int64_t nblocking;           /* goroutines in I/O threads */
    bool started;
} sched = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* SIGQUIT: the scheduler is stopping for good (seq_cst) */
static bool stopping;
/* the goroutines the Ms were running when it began */
static G *stopped_running[MAX_PROCS];
static int nstopped_running;

static rt_executor executor;
static rt_tracer tracer;
static __thread M *tls_m;
static RtPoll no_poll = {.count = INT64_MIN / 2};
__thread RtPoll *rt_poll = &no_poll;
static int requested_procs;
static bool seeded_mode;
/* deterministic mode: every synchronisation operation ends the slice
 * (the strategy asks: step mode) */
static bool sync_slices;
/* an in-process run (program.c) is on: count its steps */
static bool in_program;
/* deterministic mode: a number that depends on the seed alone */
static uint64_t seed_origin;

void rt_init(rt_executor exec, rt_tracer trace)
{
    executor = exec;
    tracer = trace;
}

int rt_num_cpu(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

void rt_configure(const RtOptions *opts)
{
    requested_procs = opts->procs;
    seeded_mode = opts->seeded;
    timers_init(seeded_mode);
    if (seeded_mode) {
        strat_configure(opts->strategy, opts->seed);
        seed_origin = strat_seed_origin();
        sync_slices = strat_sync_slices();
    }
}

bool rt_seeded(void)
{
    return seeded_mode;
}

uint64_t rt_seed_origin(void)
{
    return seed_origin;
}

static uint64_t xorshift(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    return x;
}

uint64_t rt_rand(void)
{
    if (seeded_mode)
        return strat_data_rand();
    M *m = tls_m;
    if (m)
        return xorshift(&m->rand_state);
    static __thread uint64_t state;
    if (!state)
        state = (uint64_t)rt_nanotime() ^ ((uint64_t)(uintptr_t)&state << 16) ^ 0x2545F4914F6CDD1Dull;
    return xorshift(&state);
}

G *rt_current(void)
{
    return tls_m ? tls_m->curg : NULL;
}

/* ---- the list of all goroutines ---- */

static void add_g(G *g)
{
    pthread_mutex_lock(&sched.lock);
    g->all_next = sched.allgs;
    g->all_prev = NULL;
    if (sched.allgs)
        sched.allgs->all_prev = g;
    sched.allgs = g;
    int64_t live = sched.ngs + 1;
    POKE(sched.ngs, live);
    pthread_mutex_unlock(&sched.lock);
    limit_goroutine_made(live);
}

static void remove_g(G *g)
{
    pthread_mutex_lock(&sched.lock);
    if (g->all_prev)
        g->all_prev->all_next = g->all_next;
    else
        sched.allgs = g->all_next;
    if (g->all_next)
        g->all_next->all_prev = g->all_prev;
    POKE(sched.ngs, sched.ngs - 1);
    pthread_mutex_unlock(&sched.lock);
}

int64_t rt_num_goroutines(void)
{
    return PEEK(sched.ngs);
}

static int by_id(const void *a, const void *b)
{
    int64_t x = (*(G *const *)a)->id, y = (*(G *const *)b)->id;
    return x < y ? -1 : x > y;
}

void rt_each_g(void (*fn)(G *g, void *arg), void *arg)
{
    /* goroutines in the order Go lists them: by id */
    pthread_mutex_lock(&sched.lock);
    int64_t n = sched.ngs;
    G **list = malloc(sizeof(G *) * (size_t)(n + 1));
    if (!list) {
        /* out of memory: in the list's order */
        for (G *g = sched.allgs; g; g = g->all_next)
            fn(g, arg);
        pthread_mutex_unlock(&sched.lock);
        return;
    }
    int64_t k = 0;
    for (G *g = sched.allgs; g && k < n; g = g->all_next)
        list[k++] = g;
    pthread_mutex_unlock(&sched.lock);
    /* a deadlock of 100,000 goroutines is reported at once, not after
     * n^2/2 comparisons */
    qsort(list, (size_t)k, sizeof *list, by_id);
    for (int64_t i = 0; i < k; i++)
        fn(list[i], arg);
    free(list);
}

/* ---- run queues ---- */

static void global_push(G *g)
{
    g->next = NULL;
    if (sched.gq_tail)
        sched.gq_tail->next = g;
    else
        sched.gq_head = g;
    sched.gq_tail = g;
    POKE(sched.gq_len, sched.gq_len + 1);
}

static G *global_pop(void)
{
    G *g = sched.gq_head;
    if (!g)
        return NULL;
    sched.gq_head = g->next;
    if (!sched.gq_head)
        sched.gq_tail = NULL;
    POKE(sched.gq_len, sched.gq_len - 1);
    g->next = NULL;
    return g;
}

/* Pushes [g] on [p]'s local queue; a full queue spills half to the global
 * queue (as Go's runqputslow). */
static void local_push(P *p, G *g, bool next)
{
    pthread_mutex_lock(&p->lock);
    if (next) {
        G *old = p->runnext;
        p->runnext = g;
        if (!old) {
            pthread_mutex_unlock(&p->lock);
            return;
        }
        g = old;
    }
    if (p->tail - p->head < QUEUE_SIZE) {
        p->queue[p->tail % QUEUE_SIZE] = g;
        p->tail++;
        pthread_mutex_unlock(&p->lock);
        return;
    }
    G *batch[QUEUE_SIZE / 2 + 1];
    int n = 0;
    while (n < QUEUE_SIZE / 2) {
        batch[n++] = p->queue[p->head % QUEUE_SIZE];
        p->head++;
    }
    batch[n++] = g;
    pthread_mutex_unlock(&p->lock);
    pthread_mutex_lock(&sched.lock);
    for (int i = 0; i < n; i++)
        global_push(batch[i]);
    pthread_mutex_unlock(&sched.lock);
}

static G *local_pop(P *p, bool random_pick)
{
    pthread_mutex_lock(&p->lock);
    G *g = NULL;
    if (random_pick) {
        /* deterministic mode: the strategy picks any queued goroutine,
         * runnext included (the last candidate) */
        uint32_t n = p->tail - p->head + (p->runnext ? 1 : 0);
        if (n) {
            G *cands[QUEUE_SIZE + 1];
            for (uint32_t j = 0; j < p->tail - p->head; j++)
                cands[j] = p->queue[(p->head + j) % QUEUE_SIZE];
            if (p->runnext)
                cands[n - 1] = p->runnext;
            uint32_t k = (uint32_t)strat_pick(cands, (int)n);
            if (p->runnext && k == n - 1) {
                g = p->runnext;
                p->runnext = NULL;
            } else {
                uint32_t at = (p->head + k) % QUEUE_SIZE;
                g = p->queue[at];
                /* close the gap: move the head element into it */
                p->queue[at] = p->queue[p->head % QUEUE_SIZE];
                p->head++;
            }
        }
    } else if (p->runnext) {
        g = p->runnext;
        p->runnext = NULL;
    } else if (p->tail != p->head) {
        g = p->queue[p->head % QUEUE_SIZE];
        p->head++;
    }
    pthread_mutex_unlock(&p->lock);
    return g;
}

/* Takes half of [victim]'s queue into [p]'s; returns one to run. */
static G *steal(P *p, P *victim)
{
    G *batch[QUEUE_SIZE / 2 + 1];
    int n = 0;
    pthread_mutex_lock(&victim->lock);
    uint32_t avail = victim->tail - victim->head;
    uint32_t take = avail - avail / 2;
    while ((uint32_t)n < take) {
        batch[n++] = victim->queue[victim->head % QUEUE_SIZE];
        victim->head++;
    }
    if (n == 0 && victim->runnext) {
        batch[n++] = victim->runnext;
        victim->runnext = NULL;
    }
    pthread_mutex_unlock(&victim->lock);
    if (n == 0)
        return NULL;
    for (int i = 1; i < n; i++)
        local_push(p, batch[i], false);
    return batch[0];
}

static bool p_has_work(P *p)
{
    pthread_mutex_lock(&p->lock);
    bool w = p->runnext || p->tail != p->head;
    pthread_mutex_unlock(&p->lock);
    return w;
}

/* Wakes one sleeping M, if any (Go's wakep). */
static void wake_one(void)
{
    if (PEEK(sched.nsleeping) == 0)
        return;
    pthread_mutex_lock(&sched.lock);
    for (int i = 0; i < sched.active; i++) {
        M *m = sched.ms[i];
        if (m && m->sleeping && !m->notified) {
            m->notified = true;
            pthread_cond_signal(&m->wake);
            break;
        }
    }
    pthread_mutex_unlock(&sched.lock);
}

int sched_current_m(void)
{
    return tls_m ? tls_m->id : -1;
}

/* Under --seed: the virtual time of slices that ended in a park or a
 * return, which the clock itself does not count (timers see only
 * preempted slices pass), so that event times still move forward. */
static int64_t event_extra;

void rt_event_advance(int64_t ns)
{
    if (seeded_mode)
        event_extra += ns;
}

int64_t sched_event_time(void)
{
    int64_t now = rt_nanotime() + event_extra;
    M *m = tls_m;
    if (seeded_mode && m && m->curg) {
        /* virtual time moves at the end of a slice by the points it ran;
         * events inside the slice are placed by the points run so far */
        int64_t left = PEEK(m->poll.count) < 0 ? -PEEK(m->poll.count) : 0;
        int64_t ran = m->slice_points - left;
        if (ran > 0)
            now += ran * VIRTUAL_NS_PER_POLL;
    }
    return now;
}

static void offer_switch(G *g);

void rt_ready(G *g)
{
    if (RT_EVENTS) {
        M *cur = tls_m;
        rt_emit_g(EV_GO_READY, cur ? cur->curg : NULL, g->id, NULL, 0);
    }
    g->status = G_RUNNABLE;
    g->wait_reason = NULL;
    g->wait_obj = NULL;
    g->wait_queue = WQ_NONE;
    M *m = tls_m;
    if (m && m->p) {
        local_push(m->p, g, !seeded_mode);
    } else {
        pthread_mutex_lock(&sched.lock);
        global_push(g);
        pthread_mutex_unlock(&sched.lock);
    }
    if (seeded_mode)
        offer_switch(g);
    wake_one();
}

void rt_go(G *g)
{
    add_g(g);
    if (RT_EVENTS) {
        /* about the child (its function and go statement), by its parent */
        M *cur = tls_m;
        Event e = {.kind = EV_GO_CREATE, .g = cur && cur->curg ? cur->curg->id : 0, .peer = g->id, .gp = g};
        rt_emit(&e);
    }
    rt_ready(g);
}

void rt_park(G *g, const char *reason, void (*unlock)(void *), void *arg)
{
    g->status = G_WAITING;
    g->wait_reason = reason;
    M *m = tls_m;
    m->park_unlock = unlock;
    m->park_arg = arg;
}

static bool main_goexited;

void rt_main_goexit(G *g)
{
    g->is_main = false;
    main_goexited = true;
}

/* Go's words when nothing can run again. */
static const char *deadlock_message(void)
{
    return main_goexited ? "no goroutines (main called runtime.Goexit) - deadlock!"
                         : "all goroutines are asleep - deadlock!";
}

static void report_g(G *g, void *arg);

/* Go's report, then the wait-for graph in the program's words */
static _Noreturn void deadlock(void)
{
    program_note_end(RT_END_DEADLOCK);
    const char *msg = deadlock_message();
    if (RT_EVENTS)
        rt_emit_text(EV_FATAL, NULL, msg, strlen(msg), 0);
    rt_flush_stdout();
    fprintf(stderr, "fatal error: %s\n", msg);
    rt_each_g(report_g, stderr);
    rt_explain_waits(stderr, true);
    rt_exit(2);
}

void rt_unlock_mutex(void *mutex)
{
    pthread_mutex_unlock(mutex);
}

void rt_yield(G *g)
{
    g->status = G_RUNNABLE;
}

static M *new_m(int id);
static int create_m_thread(pthread_t *t, void *(*fn)(void *), void *arg);
static _Noreturn void *worker(void *arg);

int rt_gomaxprocs(int n)
{
    if (!sched.started)
        return requested_procs > 0 ? requested_procs : rt_num_cpu();
    int old = sched.active;
    if (n <= 0 || seeded_mode)
        return old;
    if (n > MAX_PROCS)
        n = MAX_PROCS;
    pthread_mutex_lock(&sched.lock);
    while (sched.nprocs < n) {
        /* more processors than ever before: start their threads */
        M *m = new_m(sched.nprocs);
        pthread_t t;
        if (create_m_thread(&t, worker, m) != 0) {
            /* no memory for another thread: make do with those there are */
            n = sched.nprocs;
            break;
        }
        POKE(sched.nprocs, sched.nprocs + 1);
        pthread_detach(t);
    }
    POKE(sched.active, n);
    /* wake everyone: idle Ms find work, surplus ones stand down */
    for (int i = 0; i < sched.nprocs; i++) {
        M *m = sched.ms[i];
        if (m->sleeping) {
            m->notified = true;
            pthread_cond_signal(&m->wake);
        }
    }
    pthread_mutex_unlock(&sched.lock);
    return old;
}

/* An M above GOMAXPROCS hands its queue to the global one and sleeps
 * until the count grows again. */
static void stand_down(M *m)
{
    G *g;
    while ((g = local_pop(m->p, false))) {
        pthread_mutex_lock(&sched.lock);
        global_push(g);
        pthread_mutex_unlock(&sched.lock);
    }
    wake_one();
    pthread_mutex_lock(&sched.lock);
    m->sleeping = true;
    m->notified = false;
    POKE(sched.nsleeping, sched.nsleeping + 1);
    while (!m->notified && m->id >= sched.active)
        pthread_cond_wait(&m->wake, &sched.lock);
    m->sleeping = false;
    POKE(sched.nsleeping, sched.nsleeping - 1);
    pthread_mutex_unlock(&sched.lock);
}

/* ---- deadlock ---- */

void rt_print_goroutine(G *g, FILE *out)
{
    const char *state = g->status == G_RUNNING ? "running"
                      : g->status == G_RUNNABLE ? "runnable"
                      : g->wait_reason ? g->wait_reason : "waiting";
    fprintf(out, "\ngoroutine %lld [%s]:\n", (long long)g->id, state);
    if (tracer)
        tracer(g, out);
}

static void report_g(G *g, void *arg)
{
    rt_print_goroutine(g, arg);
}

/* After a fatal error's own goroutine: the others, as Go's throw lists
 * them (one running on another thread cannot be walked: its stacks move) */
static void report_other(G *g, void *arg)
{
    if (g == rt_current() || g->status == G_DEAD)
        return;
    if (g->status == G_RUNNING && !seeded_mode)
        fprintf(arg, "\ngoroutine %lld [running]:\n\tgoroutine running on other thread; stack unavailable\n",
                (long long)g->id);
    else
        rt_print_goroutine(g, arg);
}

void rt_print_other_goroutines(FILE *out)
{
    rt_each_g(report_other, out);
}

_Noreturn void rt_fatal_all(const char *msg)
{
    if (RT_EVENTS)
        rt_emit_text(EV_FATAL, NULL, msg, strlen(msg), 0);
    rt_flush_stdout();
    fprintf(stderr, "fatal error: %s\n", msg);
    rt_each_g(report_g, stderr);
    rt_exit(2);
}

/* Called with sched.lock held by an M about to sleep with nothing to do. */
static bool deadlocked(void)
{
    if (sched.nsleeping + 1 < sched.nprocs || sched.gq_len || sched.nblocking)
        return false;
    for (int i = 0; i < sched.nprocs; i++)
        if (p_has_work(sched.ps[i]))
            return false;
    return !timers_pending();
}

/* ---- finding work ---- */

static void run_timers_now(void)
{
    timers_run(rt_nanotime());
}

static _Noreturn void stop_here(M *m);

static G *find_runnable(M *m)
{
    for (;;) {
        P *p = m->p;
        if (__atomic_load_n(&stopping, __ATOMIC_SEQ_CST))
            stop_here(m);
        if (m->id >= PEEK(sched.active)) {
            stand_down(m);
            continue;
        }
        POKE(m->schedtick, m->schedtick + 1);
        if (timers_due(rt_nanotime()))
            run_timers_now();
        G *g = NULL;
        if (m->schedtick % 61 == 0 && PEEK(sched.gq_len)) {
            pthread_mutex_lock(&sched.lock);
            g = global_pop();
            pthread_mutex_unlock(&sched.lock);
            if (g)
                return g;
        }
        g = local_pop(p, seeded_mode);
        if (g)
            return g;
        if (PEEK(sched.gq_len)) {
            pthread_mutex_lock(&sched.lock);
            g = global_pop();
            /* take a batch for the local queue too */
            int extra = (int)(sched.gq_len / sched.nprocs);
            if (extra > QUEUE_SIZE / 2)
                extra = QUEUE_SIZE / 2;
            G *batch[QUEUE_SIZE / 2];
            int n = 0;
            while (g && n < extra) {
                G *x = global_pop();
                if (!x)
                    break;
                batch[n++] = x;
            }
            pthread_mutex_unlock(&sched.lock);
            for (int i = 0; i < n; i++)
                local_push(p, batch[i], false);
            if (g)
                return g;
        }
        if (!seeded_mode && sched.nprocs > 1) {
            int start = (int)(xorshift(&m->rand_state) % (uint64_t)sched.nprocs);
            for (int k = 0; k < sched.nprocs; k++) {
                P *victim = sched.ps[(start + k) % sched.nprocs];
                if (victim == p)
                    continue;
                g = steal(p, victim);
                if (g)
                    return g;
            }
        }
        /* Nothing to run. If no other M runs anything either, every
         * goroutine waits (a channel, a lock, a timer, input): what the
         * program printed goes out now, not when it next runs. An M that
         * merely runs out of work while others run does not flush, so a
         * producer and consumer that print per item do not cost a
         * write(2) per item (output.c's flusher bounds the delay). */
        if (rt_stdout_pending() && PEEK(sched.nsleeping) + 1 >= PEEK(sched.nprocs)) {
            rt_flush_stdout();
            continue;
        }
        /* nothing to run: sleep until woken or the next timer */
        pthread_mutex_lock(&sched.lock);
        if (sched.gq_len || p_has_work(p)) {
            pthread_mutex_unlock(&sched.lock);
            continue;
        }
        if (seeded_mode) {
            pthread_mutex_unlock(&sched.lock);
            /* virtual time: jump to the next timer, or deadlock */
            if (timers_advance_virtual())
                continue;
            if (!session_deadlock())
                deadlock();
            pthread_mutex_lock(&sched.lock);
        } else if (deadlocked()) {
            pthread_mutex_unlock(&sched.lock);
            if (!session_deadlock())
                deadlock();
            pthread_mutex_lock(&sched.lock);
            if (sched.gq_len || p_has_work(p)) {
                pthread_mutex_unlock(&sched.lock);
                continue;
            }
        }
        m->sleeping = true;
        m->notified = false;
        __atomic_store_n(&m->preempted_g, NULL, __ATOMIC_SEQ_CST);
        POKE(sched.nsleeping, sched.nsleeping + 1);
        int64_t next = timers_next_deadline();
        if (next == INT64_MAX) {
            while (!m->notified)
                pthread_cond_wait(&m->wake, &sched.lock);
        } else {
            int64_t wait = next - rt_nanotime();
            if (wait > 0) {
                struct timespec ts;
                clock_gettime(CLOCK_REALTIME, &ts);
                int64_t ns = (int64_t)ts.tv_nsec + wait;
                ts.tv_sec += (time_t)(ns / 1000000000);
                ts.tv_nsec = (long)(ns % 1000000000);
                while (!m->notified) {
                    if (pthread_cond_timedwait(&m->wake, &sched.lock, &ts) == ETIMEDOUT)
                        break;
                }
            }
        }
        m->sleeping = false;
        POKE(sched.nsleeping, sched.nsleeping - 1);
        pthread_mutex_unlock(&sched.lock);
    }
}

/* ---- running ---- */

static void start_slice(M *m, G *g)
{
    POKE(m->slice_start, rt_nanotime());
    if (seeded_mode) {
        /* the strategy's slice, in points */
        m->slice_points = strat_slice(g);
        POKE(m->poll.count, -m->slice_points);
    } else if (__builtin_expect(limit_counts_steps(), 0)) {
        /* --max-steps: the slice ends at a share of the budget left */
        POKE(m->poll.count, -limit_slice_steps(PEEK(sched.nprocs)));
    } else {
        POKE(m->poll.count, INT64_MIN / 2);
    }
    m->poll_base = PEEK(m->poll.count);
}

/* The steps [m]'s goroutine has run since they were last counted. */
static int64_t steps_run(M *m)
{
    int64_t now = PEEK(m->poll.count);
    int64_t n = now - m->poll_base;
    m->poll_base = now;
    return n;
}

void sched_stop_soon(void)
{
    /* no M takes another goroutine, and every M's ends at its next poll,
     * not only when the signal thread (slow under load) gets to it */
    __atomic_store_n(&stopping, true, __ATOMIC_SEQ_CST);
    int n = PEEK(sched.nprocs);
    for (int i = 0; i < n; i++) {
        M *m = PEEK(sched.ms[i]);
        if (m)
            POKE(m->poll.asked, 1);
    }
}

void rt_poll_rearm(void)
{
    M *m = tls_m;
    int64_t fill = -1000000;
    if (m && in_program) {
        program_add_steps(steps_run(m));
        program_check_steps();
        int64_t left = program_steps_left();
        if (left < 1000000)
            fill = left > 0 ? -left : -1;
    } else if (m && limit_counts_steps()) {
        limit_add_steps(steps_run(m));
        fill = -limit_slice_steps(PEEK(sched.nprocs));
    }
    if (m && seeded_mode && m->curg) {
        /* the slice goes on for -fill more points: its length grows by
         * as much, so the points it ran (event times, the length a
         * recorded schedule gives it) stay right */
        int64_t left = PEEK(m->poll.count) < 0 ? -PEEK(m->poll.count) : 0;
        m->slice_points = m->slice_points - left - fill;
    }
    POKE(rt_poll->count, fill);
    POKE(rt_poll->asked, 0); /* answered: native code cannot give the thread up */
    if (m)
        m->poll_base = fill;
}


/* Deterministic mode: tells the strategy how [g]'s slice ended. */
static void end_slice(M *m, G *g, RunResult r)
{
    int64_t left = PEEK(m->poll.count) < 0 ? -PEEK(m->poll.count) : 0;
    int64_t ran = m->slice_points - left;
    StratEnd end = r == RUN_DONE ? STRAT_END_DONE : r == RUN_PARK ? STRAT_END_PARK : STRAT_END_YIELD;
    if (r == RUN_YIELD && left == 0) {
        end = STRAT_END_PREEMPTED;
        ran = m->slice_points;
    }
    strat_slice_end(g, ran, end);
}

void rt_program_starts(void)
{
    if (!seeded_mode)
        return;
    if (strat_program_starts())
        rt_end_slice_soon(); /* the next slice comes from the fresh stream */
}

void rt_end_slice_soon(void)
{
    M *m = tls_m;
    if (!seeded_mode || !m || !m->curg)
        return;
    int64_t left = PEEK(m->poll.count) < 0 ? -PEEK(m->poll.count) : 0;
    if (left > 1) {
        /* the slice now ends at the next point; the steps counted for an
         * in-process run's budget stay those run */
        m->slice_points -= left - 1;
        m->poll_base += left - 1;
        POKE(m->poll.count, -1);
    }
}

/* Deterministic mode: [g] became runnable; the strategy may end the
 * running goroutine's slice at its next point. */
static void offer_switch(G *g)
{
    M *m = tls_m;
    if (!m || !m->curg || m->curg == g || !strat_ready(m->curg, g))
        return;
    rt_end_slice_soon();
}

/* Counts a point of [g]'s slice; [sync_ends] (step mode at a
 * synchronisation operation): the slice ends here, as if its points had
 * run out at this one, so a schedule file replays it by its count. */
static inline bool count_point(G *g, bool sync_ends)
{
    if (!seeded_mode)
        return false;
    M *m = tls_m;
    if (!m || m->curg != g)
        return false;
    int64_t n = PEEK(m->poll.count) + 1;
    if (n < 0 && g->callbacks == 0) {
        bool end = sync_ends;
        if (!end && strat_watches_points()) {
            int others = (int)(m->p->tail - m->p->head) + (m->p->runnext ? 1 : 0) + (int)PEEK(sched.gq_len);
            end = others > 0 && strat_point(g, others);
        }
        if (end) {
            /* the slice ends at this point, as one of the points run so
             * far would: a recorded schedule replays it so */
            m->slice_points += n;
            m->poll_base -= n;
            n = 0;
        }
    }
    POKE(m->poll.count, n);
    return n >= 0 && g->callbacks == 0;
}

bool rt_access_point(G *g)
{
    return count_point(g, false);
}

bool rt_switch_point(G *g)
{
    return count_point(g, sync_slices);
}

static void run_one(M *m, G *g)
{
    /* a request for the last slice is void; one for this slice comes
     * after curg says whose it is */
    POKE(m->poll.asked, 0);
    POKE(m->curg, g);
    g->status = G_RUNNING;
    POKE(m->schedtick, m->schedtick + 1);
    start_slice(m, g);
    m->park_unlock = NULL;
    if (RT_EVENTS)
        rt_emit_g(EV_GO_START, g, 0, NULL, 0);
    g->at_poll = false;
    RunResult r;
    if (setjmp(m->abort) == 0) {
        r = executor(g);
    } else {
        /* a fatal error in a REPL session ended just this goroutine */
        r = RUN_DONE;
        g->failed = true;
    }
    /* --max-steps: counted before another M can take the goroutine, so
     * the next slice is cut from what is really left */
    if (__builtin_expect(limit_counts_steps(), 0) && !in_program)
        limit_add_steps(steps_run(m));
    if (RT_EVENTS) {
        /* told while curg still says how far the slice got (its time);
         * a park before the wait object is unlocked, so before anyone can
         * wake the goroutine */
        if (r == RUN_PARK) {
            Event e = {.kind = EV_GO_PARK, .g = g->id, .gp = g, .obj = g->wait_obj, .a = g->wait_arg,
                       .text = g->wait_reason};
            rt_emit(&e);
        } else {
            rt_emit_g(r == RUN_DONE ? EV_GO_END : EV_GO_STOP, g, 0, NULL, 0);
        }
        if (seeded_mode && r != RUN_YIELD) {
            int64_t left = PEEK(m->poll.count) < 0 ? -PEEK(m->poll.count) : 0;
            if (m->slice_points > left)
                event_extra += (m->slice_points - left) * VIRTUAL_NS_PER_POLL;
        }
    }
    if (seeded_mode)
        end_slice(m, g, r);
    /* before curg is cleared: the dump reads curg first */
    __atomic_store_n(&m->preempted_g, r == RUN_YIELD ? g : NULL, __ATOMIC_SEQ_CST);
    __atomic_store_n(&m->in_run, false, __ATOMIC_SEQ_CST);
    __atomic_store_n(&m->curg, NULL, __ATOMIC_SEQ_CST);
    switch (r) {
    case RUN_DONE:
        g->status = G_DEAD;
        if (g->is_main) {
            if (in_program) {
                program_add_steps(steps_run(m));
                program_note_end(RT_END_RETURN);
            }
            rt_exit(0);
        }
        remove_g(g);
        session_goroutine_ended(g);
        break;
    case RUN_YIELD:
        /* a preempted goroutine goes to the global queue, as in Go */
        g->status = G_RUNNABLE;
        if (seeded_mode) {
            local_push(m->p, g, false);
            /* virtual time passes while code runs (a poll point is about a
             * loop iteration, ~100 ns), so a goroutine that never waits
             * cannot stop the clock for those that sleep */
            int64_t left = PEEK(m->poll.count) < 0 ? -PEEK(m->poll.count) : 0;
            timers_pass_virtual((m->slice_points - left) * VIRTUAL_NS_PER_POLL);
        } else {
            pthread_mutex_lock(&sched.lock);
            global_push(g);
            pthread_mutex_unlock(&sched.lock);
            wake_one();
        }
        break;
    case RUN_PARK:
        /* the goroutine is off this thread now: let wakers at it */
        if (m->park_unlock)
            m->park_unlock(m->park_arg);
        m->park_unlock = NULL;
        /* killed while it ran on to this wait (rt_kill may have seen it
         * still running): it must not stay in the wait */
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        if (__atomic_load_n(&g->killed, __ATOMIC_RELAXED))
            rt_kill(g);
        break;
    }
    if (__builtin_expect(in_program, 0)) {
        /* the goroutine is off the thread and every lock released: the
         * budget may end the program here */
        program_add_steps(steps_run(m));
        program_check_steps();
    }
}

static _Noreturn void *worker(void *arg)
{
    M *m = arg;
    tls_m = m;
    rt_poll = &m->poll;
    for (;;) {
        G *g = find_runnable(m);
        /* the handshake with sched_dump_for_signal: either it sees this M
         * running and waits, or this M sees it stopping and runs nothing */
        __atomic_store_n(&m->in_run, true, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(&stopping, __ATOMIC_SEQ_CST)) {
            /* caught between two slices (under --seed a slice ends at
             * every few poll points): the goroutine it was about to run
             * again is the one that was running, as Go's dump says */
            if (m->id < nstopped_running && !stopped_running[m->id])
                stopped_running[m->id] = g;
            __atomic_store_n(&m->in_run, false, __ATOMIC_SEQ_CST);
            local_push(m->p, g, false);
            stop_here(m);
        }
        run_one(m, g);
    }
}

/* ---- in-process runs (program.c) ---- */

_Noreturn void sched_run_program(G *main_g)
{
    /* one M and P, made once and reused by every run */
    if (!sched.ms[0])
        new_m(0);
    sched.nprocs = 1;
    sched.active = 1;
    main_g->is_main = true;
    add_g(main_g);
    main_g->status = G_RUNNABLE;
    local_push(sched.ps[0], main_g, false);
    sched.started = true;
    in_program = true;
    worker(sched.ms[0]);
}

bool sched_running(void)
{
    return sched.started;
}

void sched_reset(void)
{
    event_extra = 0;
    /* The run ended on this thread, the only one that ran goroutines: no
     * other thread can hold these locks, and a lock left held by the
     * abandoned frames is simply made anew. */
    pthread_mutex_init(&sched.lock, NULL);
    sched.gq_head = sched.gq_tail = NULL;
    sched.gq_len = 0;
    sched.nsleeping = 0;
    sched.allgs = NULL;
    sched.ngs = 0;
    sched.nblocking = 0;
    for (int i = 0; i < MAX_PROCS && sched.ms[i]; i++) {
        P *p = sched.ps[i];
        pthread_mutex_init(&p->lock, NULL);
        p->runnext = NULL;
        memset(p->queue, 0, sizeof p->queue);
        p->head = p->tail = 0;
        M *m = sched.ms[i];
        m->curg = NULL;
        m->park_unlock = NULL;
        m->park_arg = NULL;
        m->sleeping = m->notified = false;
        m->schedtick = m->slice_tick = 0;
    }
    main_goexited = false;
    sched.started = false;
    in_program = false;
    tls_m = NULL;
    rt_poll = &no_poll;
}

/* ---- stopping for SIGQUIT's dump ---- */

/* the real clock, also in deterministic mode */
static int64_t real_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static _Noreturn void stop_here(M *m)
{
    (void)m;
    /* the signal thread ends the process */
    for (;;)
        pause();
}

static bool was_running(G *g)
{
    for (int i = 0; i < nstopped_running; i++)
        if (stopped_running[i] == g)
            return true;
    return false;
}

static void dump_g(G *g, void *arg)
{
    FILE *out = arg;
    if (g->status == G_DEAD)
        return;
    if (g->status == G_RUNNING) {
        for (int i = 0; i < PEEK(sched.nprocs); i++) {
            M *m = PEEK(sched.ms[i]);
            if (m && __atomic_load_n(&m->blocking_g, __ATOMIC_SEQ_CST) == g) {
                fprintf(out, "\ngoroutine %lld [IO wait]:\n", (long long)g->id);
                if (tracer)
                    tracer(g, out);
                return;
            }
        }
        /* its M did not reach a safe point in time: its stacks move */
        fprintf(out, "\ngoroutine %lld [running]:\n"
                     "\tgoroutine running on other thread; stack unavailable\n",
                (long long)g->id);
        return;
    }
    if (was_running(g) && g->status == G_RUNNABLE) {
        /* stopped at a safe point for the dump: it was running */
        fprintf(out, "\ngoroutine %lld [running]:\n", (long long)g->id);
        if (tracer)
            tracer(g, out);
        return;
    }
    rt_print_goroutine(g, out);
}

void sched_dump_for_signal(FILE *out, int64_t timeout_ns)
{
    sched_stop_for_signal(timeout_ns);
    sched_dump_stopped(out);
}

void sched_dump_stopped(FILE *out)
{
    rt_each_g(dump_g, out);
}

void sched_stop_for_signal(int64_t timeout_ns)
{
    int n = PEEK(sched.nprocs);
    for (int i = 0; i < n; i++) {
        M *m = PEEK(sched.ms[i]);
        G *g = m ? __atomic_load_n(&m->curg, __ATOMIC_SEQ_CST) : NULL;
        if (m && !g)
            g = __atomic_load_n(&m->preempted_g, __ATOMIC_SEQ_CST);
        stopped_running[i] = g;
    }
    nstopped_running = n;
    __atomic_store_n(&stopping, true, __ATOMIC_SEQ_CST);
    /* every M stops at its next safe point: wait for those running code */
    int64_t deadline = real_ns() + timeout_ns;
    for (;;) {
        bool busy = false;
        n = PEEK(sched.nprocs);
        for (int i = 0; i < n; i++) {
            M *m = PEEK(sched.ms[i]);
            if (m && __atomic_load_n(&m->in_run, __ATOMIC_SEQ_CST)) {
                busy = true;
                POKE(m->poll.asked, 1);
            }
        }
        if (!busy || real_ns() > deadline)
            break;
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
}

/* The monitor (Go's sysmon): preempts goroutines that overrun their slice
 * and fires timers when every M is busy. */
static void *monitor(void *arg)
{
    (void)arg;
    for (;;) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
        int64_t now = rt_nanotime();
        int nprocs = PEEK(sched.nprocs);
        for (int i = 0; i < nprocs; i++) {
            M *m = PEEK(sched.ms[i]);
            if (!m || !PEEK(m->curg))
                continue;
            uint64_t tick = PEEK(m->schedtick);
            if (m->slice_tick != tick) {
                m->slice_tick = tick;
                continue;
            }
            if (now - PEEK(m->slice_start) > SLICE_NS)
                POKE(m->poll.asked, 1);
        }
        if (timers_due(now)) {
            run_timers_now();
        }
    }
    return NULL;
}

static M *new_m(int id)
{
    M *m = GC_MALLOC_UNCOLLECTABLE(sizeof *m);
    m->id = id;
    P *p = GC_MALLOC_UNCOLLECTABLE(sizeof *p);
    p->id = id;
    pthread_mutex_init(&p->lock, NULL);
    m->p = p;
    pthread_cond_init(&m->wake, NULL);
    m->rand_state = (uint64_t)rt_nanotime() * 2654435761u + (uint64_t)id * 0x9E3779B97F4A7C15ull + 1;
    POKE(sched.ps[id], p);
    POKE(sched.ms[id], m);
    return m;
}

/* Go's newosproc: a thread that cannot be created (no memory for its
 * stack) is a fatal error. */
/* An M's C stack: natives that recurse once per level of a value
 * (encoding/json, fmt of deep values) need more than the default 8 MiB
 * under the sanitizers' larger frames; only the pages used are memory. */
enum { M_STACK_SIZE = 64 << 20 };

static int create_m_thread(pthread_t *t, void *(*fn)(void *), void *arg)
{
    /* under a cap on address space (ulimit -v) a big stack's reservation
     * would count against it: the default then */
    struct rlimit as;
    if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY)
        return pthread_create(t, NULL, fn, arg);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, M_STACK_SIZE);
    int err = pthread_create(t, &attr, fn, arg);
    pthread_attr_destroy(&attr);
    if (err != 0) /* no room for a big one: the default */
        err = pthread_create(t, NULL, fn, arg);
    return err;
}

static void start_thread(void *(*fn)(void *), void *arg)
{
    pthread_t t;
    int err = create_m_thread(&t, fn, arg);
    if (err != 0) {
        rt_flush_stdout();
        fprintf(stderr, "runtime: failed to create new OS thread (errno=%d)\n", err);
        rt_fatal("newosproc");
    }
    pthread_detach(t);
}

/* Creates the Ms and starts every thread but the calling one's. */
static void start_threads(int from)
{
    for (int i = from; i < sched.nprocs; i++)
        start_thread(worker, sched.ms[i]);
    if (!seeded_mode)
        start_thread(monitor, NULL);
}

static void create_ms(void)
{
    int procs = requested_procs;
    if (procs <= 0) {
        const char *env = getenv("GOMAXPROCS");
        procs = env ? atoi(env) : 0;
        if (procs <= 0)
            procs = rt_num_cpu();
    }
    if (seeded_mode)
        procs = 1;
    if (procs > MAX_PROCS)
        procs = MAX_PROCS;
    sched.nprocs = procs;
    sched.active = procs;
    for (int i = 0; i < procs; i++)
        new_m(i);
}

int rt_run_main(G *main_g)
{
    create_ms();
    main_g->is_main = true;
    add_g(main_g);
    main_g->status = G_RUNNABLE;
    local_push(sched.ps[0], main_g, false);
    sched.started = true;
    start_threads(1);
    worker(sched.ms[0]);
}

void sched_start_background(void)
{
    create_ms();
    sched.started = true;
    start_threads(0);
}

void sched_abort_goroutine(void)
{
    longjmp(tls_m->abort, 1);
}

void sched_recheck(void)
{
    /* every M may be asleep with no deadline, having seen the program as
     * still alive: wake one, which looks for a deadlock again */
    wake_one();
}

bool sched_preempt(G *g)
{
    bool found = false;
    for (int i = 0; i < PEEK(sched.nprocs); i++) {
        M *m = PEEK(sched.ms[i]);
        if (m && PEEK(m->curg) == g) {
            POKE(m->poll.asked, 1);
            found = true;
        }
    }
    return found;
}

/* ---- blocking calls ---- */

typedef struct Job {
    void (*fn)(void *);
    void *arg;
    G *g;
    /* held by the parking M until the goroutine is off its thread */
    pthread_mutex_t gate;
} Job;

static void *blocking_thread(void *arg)
{
    Job *job = arg;
    job->fn(job->arg);
    pthread_mutex_lock(&job->gate);
    pthread_mutex_unlock(&job->gate);
    /* ready before the count drops, so no M can see a moment with
     * neither (and report a deadlock) */
    rt_ready(job->g);
    __atomic_sub_fetch(&sched.nblocking, 1, __ATOMIC_SEQ_CST);
    sched_recheck();
    return NULL;
}

bool rt_blocking_call(G *g, void (*fn)(void *arg), void *arg)
{
    if (seeded_mode || !sched.started) {
        M *m = tls_m;
        if (!m) {
            fn(arg);
            return false;
        }
        /* the call runs on this M; while it waits, [g]'s stacks stay put,
         * so SIGQUIT's dump need not wait for it (and it must not run on
         * once the dump has begun) */
        __atomic_store_n(&m->blocking_g, g, __ATOMIC_SEQ_CST);
        __atomic_store_n(&m->in_run, false, __ATOMIC_SEQ_CST);
        fn(arg);
        __atomic_store_n(&m->in_run, true, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(&stopping, __ATOMIC_SEQ_CST))
            stop_here(m);
        __atomic_store_n(&m->blocking_g, NULL, __ATOMIC_SEQ_CST);
        return false;
    }
    Job *job = GC_MALLOC(sizeof *job);
    job->fn = fn;
    job->arg = arg;
    job->g = g;
    __atomic_add_fetch(&sched.nblocking, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_init(&job->gate, NULL);
    pthread_mutex_lock(&job->gate);
    pthread_t t;
    if (pthread_create(&t, NULL, blocking_thread, job) != 0) {
        __atomic_sub_fetch(&sched.nblocking, 1, __ATOMIC_SEQ_CST);
        pthread_mutex_unlock(&job->gate);
        fn(arg);
        return false;
    }
    g->wait_queue = WQ_NONE;
    rt_park(g, "IO wait", rt_unlock_mutex, &job->gate);
    pthread_detach(t);
    return true;
}
