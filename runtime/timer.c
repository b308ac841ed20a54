/* timer.c: timers in a min-heap, sleep, and the clock (virtual in
 * deterministic mode, where it starts at the Go playground's epoch,
 * 2009-11-10 23:00:00 UTC, and only moves when every goroutine waits). */
#include <gc.h>
#include <string.h>
#include <time.h>
#include "runtime.h"
#include "sched_internal.h"
#include "timer_internal.h"

struct Timer {
    int64_t when;
    int64_t period;
    void (*fn)(Value arg, int64_t now);
    Value arg;
    int index;          /* position in the heap, -1 when not in it */
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static Timer **heap;
static int nheap, capheap;
static int64_t next_when = INT64_MAX;   /* read without the lock */
/* timers taken off the heap whose functions are still running: they may
 * yet wake a goroutine, so the program is not deadlocked */
static int firing;
static bool virtual_time;
static int64_t virtual_now;
static const int64_t playground_epoch = 1257894000LL * 1000000000LL;

int64_t rt_nanotime(void)
{
    if (virtual_time)
        return virtual_now;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t rt_walltime(void)
{
    if (virtual_time)
        return playground_epoch + virtual_now;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void timers_init(bool virt)
{
    virtual_time = virt;
    virtual_now = 0;
}

static void swap(int i, int j)
{
    Timer *t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
    heap[i]->index = i;
    heap[j]->index = j;
}

static void up(int i)
{
    while (i > 0) {
        int parent = (i - 1) / 2;
        if (heap[parent]->when <= heap[i]->when)
            break;
        swap(i, parent);
        i = parent;
    }
}

static void down(int i)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < nheap && heap[l]->when < heap[m]->when)
            m = l;
        if (r < nheap && heap[r]->when < heap[m]->when)
            m = r;
        if (m == i)
            break;
        swap(i, m);
        i = m;
    }
}

static void update_next(void)
{
    __atomic_store_n(&next_when, nheap ? heap[0]->when : INT64_MAX, __ATOMIC_RELAXED);
}

static void add_locked(Timer *t)
{
    if (nheap == capheap) {
        capheap = capheap ? capheap * 2 : 64;
        Timer **h = GC_MALLOC_UNCOLLECTABLE(sizeof(Timer *) * (size_t)capheap);
        if (nheap)
            memcpy(h, heap, sizeof(Timer *) * (size_t)nheap);
        if (heap)
            GC_FREE(heap);
        heap = h;
    }
    t->index = nheap;
    heap[nheap++] = t;
    up(t->index);
    update_next();
}

static void remove_locked(Timer *t)
{
    int i = t->index;
    if (i < 0)
        return;
    nheap--;
    if (i != nheap) {
        swap(i, nheap);
        down(i);
        up(i);
    }
    t->index = -1;
    update_next();
}

Timer *rt_timer_new(int64_t when, int64_t period, void (*fn)(Value, int64_t), Value arg)
{
    Timer *t = GC_MALLOC(sizeof *t);
    t->when = when;
    t->period = period;
    t->fn = fn;
    t->arg = arg;
    pthread_mutex_lock(&lock);
    add_locked(t);
    pthread_mutex_unlock(&lock);
    return t;
}

bool rt_timer_stop(Timer *t)
{
    pthread_mutex_lock(&lock);
    bool pending = t->index >= 0;
    remove_locked(t);
    pthread_mutex_unlock(&lock);
    return pending;
}

bool rt_timer_reset(Timer *t, int64_t when, int64_t period)
{
    pthread_mutex_lock(&lock);
    bool pending = t->index >= 0;
    remove_locked(t);
    t->when = when;
    t->period = period;
    add_locked(t);
    pthread_mutex_unlock(&lock);
    return pending;
}

bool timers_pending(void)
{
    return __atomic_load_n(&next_when, __ATOMIC_RELAXED) != INT64_MAX ||
           __atomic_load_n(&firing, __ATOMIC_SEQ_CST) > 0;
}

bool timers_due(int64_t now)
{
    return __atomic_load_n(&next_when, __ATOMIC_RELAXED) <= now;
}

int64_t timers_next_deadline(void)
{
    return __atomic_load_n(&next_when, __ATOMIC_RELAXED);
}

void timers_run(int64_t now)
{
    for (;;) {
        pthread_mutex_lock(&lock);
        if (!nheap || heap[0]->when > now) {
            pthread_mutex_unlock(&lock);
            return;
        }
        Timer *t = heap[0];
        __atomic_add_fetch(&firing, 1, __ATOMIC_SEQ_CST);
        remove_locked(t);
        if (t->period > 0) {
            /* periodic: re-arm from the time it was due, skipping missed
             * ticks as Go's tickers do */
            int64_t when = t->when + t->period;
            if (when <= now)
                when = now + t->period - (now - t->when) % t->period;
            t->when = when;
            add_locked(t);
        }
        pthread_mutex_unlock(&lock);
        t->fn(t->arg, now);
        if (__atomic_sub_fetch(&firing, 1, __ATOMIC_SEQ_CST) == 0)
            sched_recheck();
    }
}

bool timers_advance_virtual(void)
{
    pthread_mutex_lock(&lock);
    if (!nheap) {
        pthread_mutex_unlock(&lock);
        return false;
    }
    if (heap[0]->when > virtual_now)
        virtual_now = heap[0]->when;
    pthread_mutex_unlock(&lock);
    timers_run(virtual_now);
    return true;
}

void timers_pass_virtual(int64_t ns)
{
    pthread_mutex_lock(&lock);
    virtual_now += ns;
    bool due = nheap && heap[0]->when <= virtual_now;
    pthread_mutex_unlock(&lock);
    if (due)
        timers_run(virtual_now);
}

void timers_reset(void)
{
    /* after an in-process run, on its thread: nothing else holds the lock */
    pthread_mutex_init(&lock, NULL);
    for (int i = 0; i < nheap; i++) {
        heap[i]->index = -1;
        heap[i] = NULL;
    }
    nheap = 0;
    __atomic_store_n(&next_when, INT64_MAX, __ATOMIC_RELAXED);
    __atomic_store_n(&firing, 0, __ATOMIC_SEQ_CST);
    virtual_now = 0;
}

static void wake_sleeper(Value arg, int64_t now)
{
    (void)now;
    rt_ready(arg.p);
}

void rt_sleep(G *g, int64_t ns)
{
    Timer *t = GC_MALLOC(sizeof *t);
    int64_t now = rt_nanotime();
    t->when = ns > INT64_MAX - now ? INT64_MAX : now + ns;
    t->fn = wake_sleeper;
    t->arg.p = g;
    g->wait_arg = ns;
    g->sleep_timer = t;
    g->wait_queue = WQ_SLEEP;
    pthread_mutex_lock(&lock);
    add_locked(t);
    /* the timer cannot fire before the goroutine is parked: the scheduler
     * releases this lock once it is */
    rt_park(g, "sleep", rt_unlock_mutex, &lock);
}
