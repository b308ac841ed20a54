/* runtime_test.c: unit tests of the runtime without the VM: run queues,
 * channels, select, semaphores and timers, driven by goroutines written
 * as small C state machines.
 *
 * usage: runtime_test SCENARIO [--procs N | --seed N]
 * Each scenario runs the scheduler until its main goroutine finishes
 * (which exits the process with status 0); a failed check exits 1. */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            exit(1);                                                         \
        }                                                                    \
    } while (0)

/* A test goroutine: a step function called each time the goroutine runs,
 * with its state in the G's first register slots. */
typedef RunResult (*Step)(G *g);

typedef struct Task {
    Step step;
    int pc;             /* where the state machine resumes */
    int64_t i, n;
    Chan *in, *out;
    Value recv, ok;     /* receive targets: stay put while parked */
    void *extra;
} Task;

static Task *task_of(G *g)
{
    return g->stack[0].p;
}

static RunResult execute(G *g)
{
    /* the VM's contract: a killed goroutine ends instead of running */
    if (__atomic_load_n(&g->killed, __ATOMIC_SEQ_CST)) {
        g->status = G_DEAD;
        return RUN_DONE;
    }
    g->status = G_RUNNING;
    RunResult r = task_of(g)->step(g);
    if (r == RUN_DONE)
        g->status = G_DEAD;
    else if (r == RUN_YIELD)
        g->status = G_RUNNABLE;
    return r;
}

static void trace(G *g, FILE *out)
{
    fprintf(out, "task goroutine %lld\n", (long long)g->id);
}

static G *spawn(Step step, Task *proto)
{
    G *g = rt_new_g(4);
    Task *t = rt_alloc(sizeof *t);
    if (proto)
        *t = *proto;
    t->step = step;
    g->stack[0].p = t;
    return g;
}

static void go(Step step, Task *proto)
{
    rt_go(spawn(step, proto));
}

/* ---- run queues: many goroutines, each yielding a few times ---- */

static int64_t finished;

static RunResult yielder(G *g)
{
    Task *t = task_of(g);
    if (t->pc++ < 3)
        return RUN_YIELD;
    __atomic_add_fetch(&finished, 1, __ATOMIC_SEQ_CST);
    return RUN_DONE;
}

enum { MANY = 20000 };

static RunResult queues_main(G *g)
{
    Task *t = task_of(g);
    if (t->pc == 0) {
        t->pc = 1;
        for (int i = 0; i < MANY; i++)
            go(yielder, NULL);
    }
    /* a goroutine leaves the count just after its last step */
    if (__atomic_load_n(&finished, __ATOMIC_SEQ_CST) < MANY || rt_num_goroutines() > 1)
        return RUN_YIELD;
    CHECK(finished == MANY);
    return RUN_DONE;
}

/* ---- channels: producers and consumers over a buffered channel ---- */

static int64_t consumed_sum, consumed_count;

static RunResult producer(G *g)
{
    Task *t = task_of(g);
    while (t->i < t->n) {
        Value v = {.i = t->i + 1};
        if (t->pc == 0) {
            ChanResult r = chan_send(g, t->out, v, true);
            CHECK(r == CHAN_OK || r == CHAN_PARKED);
            t->i++;
            if (r == CHAN_PARKED)
                return RUN_PARK; /* the value is delivered by the receiver */
        }
    }
    return RUN_DONE;
}

static RunResult consumer(G *g)
{
    Task *t = task_of(g);
    for (;;) {
        if (t->pc == 1) {
            /* resumed after parking: the value was delivered */
            t->pc = 0;
            if (!t->ok.u)
                return RUN_DONE;
            __atomic_add_fetch(&consumed_sum, t->recv.i, __ATOMIC_SEQ_CST);
            __atomic_add_fetch(&consumed_count, 1, __ATOMIC_SEQ_CST);
            continue;
        }
        ChanResult r = chan_recv(g, t->in, &t->recv, &t->ok, true);
        if (r == CHAN_PARKED) {
            t->pc = 1;
            return RUN_PARK;
        }
        if (!t->ok.u)
            return RUN_DONE;
        __atomic_add_fetch(&consumed_sum, t->recv.i, __ATOMIC_SEQ_CST);
        __atomic_add_fetch(&consumed_count, 1, __ATOMIC_SEQ_CST);
    }
}

static int64_t producers_done;

static RunResult counted_producer(G *g)
{
    RunResult r = producer(g);
    if (r == RUN_DONE)
        __atomic_add_fetch(&producers_done, 1, __ATOMIC_SEQ_CST);
    return r;
}

static RunResult channels_main(G *g, int64_t cap)
{
    Task *t = task_of(g);
    enum { P = 4, C = 4, EACH = 5000 };
    if (t->pc == 0) {
        t->pc = 1;
        t->in = chan_make(NULL, cap, false, 8);
        for (int i = 0; i < P; i++)
            go(counted_producer, &(Task){.n = EACH, .out = t->in});
        for (int i = 0; i < C; i++)
            go(consumer, &(Task){.in = t->in});
    }
    if (t->pc == 1) {
        if (__atomic_load_n(&producers_done, __ATOMIC_SEQ_CST) < P)
            return RUN_YIELD;
        CHECK(chan_close(t->in) == 0);
        CHECK(chan_close(t->in) == 2);
        t->pc = 2;
    }
    if (__atomic_load_n(&consumed_count, __ATOMIC_SEQ_CST) < P * EACH)
        return RUN_YIELD;
    CHECK(consumed_count == P * EACH);
    CHECK(consumed_sum == (int64_t)P * EACH * (EACH + 1) / 2);
    return RUN_DONE;
}

static RunResult buffered_main(G *g) { return channels_main(g, 16); }
static RunResult unbuffered_main(G *g) { return channels_main(g, 0); }

/* ---- channel edge cases, without parking ---- */

static RunResult edges_main(G *g)
{
    Value v = {.i = 7}, got = {0}, ok = {0};
    /* nil channels never proceed */
    CHECK(chan_send(g, NULL, v, false) == CHAN_BLOCKED);
    CHECK(chan_recv(g, NULL, &got, &ok, false) == CHAN_BLOCKED);
    CHECK(chan_close(NULL) == 1);
    /* a buffer fills, then drains in order */
    Chan *c = chan_make(NULL, 2, false, 8);
    CHECK(chan_send(g, c, (Value){.i = 1}, false) == CHAN_OK);
    CHECK(chan_send(g, c, (Value){.i = 2}, false) == CHAN_OK);
    CHECK(chan_send(g, c, (Value){.i = 3}, false) == CHAN_BLOCKED);
    CHECK(chan_len(c) == 2 && chan_cap(c) == 2);
    CHECK(chan_recv(g, c, &got, &ok, false) == CHAN_OK && got.i == 1 && ok.u == 1);
    /* closed: the rest drains, then zero values with ok false */
    CHECK(chan_close(c) == 0);
    CHECK(chan_send(g, c, v, false) == CHAN_CLOSED);
    CHECK(chan_recv(g, c, &got, &ok, false) == CHAN_OK && got.i == 2 && ok.u == 1);
    CHECK(chan_recv(g, c, &got, &ok, false) == CHAN_OK && got.i == 0 && ok.u == 0);
    /* an unbuffered channel with nobody waiting blocks */
    Chan *u = chan_make(NULL, 0, false, 8);
    CHECK(chan_send(g, u, v, false) == CHAN_BLOCKED);
    CHECK(chan_recv(g, u, &got, &ok, false) == CHAN_BLOCKED);
    /* block values are copied: the sender's block may change afterwards */
    Chan *b = chan_make(NULL, 1, true, 16);
    int64_t *block = rt_alloc(16);
    block[0] = 11;
    block[1] = 22;
    CHECK(chan_send(g, b, (Value){.p = block}, false) == CHAN_OK);
    block[0] = 99;
    CHECK(chan_recv(g, b, &got, &ok, false) == CHAN_OK);
    CHECK(((int64_t *)got.p)[0] == 11 && ((int64_t *)got.p)[1] == 22 && got.p != block);
    return RUN_DONE;
}

/* ---- select ---- */

static RunResult select_main(G *g)
{
    Task *t = task_of(g);
    Chan *a = chan_make(NULL, 1, false, 8), *b = chan_make(NULL, 1, false, 8);
    Value got = {0}, ok = {0};
    SelectCase cases[3] = {{a, false, {0}}, {b, false, {0}}, {NULL, false, {0}}};
    /* nothing ready: the default */
    CHECK(rt_select(g, cases, 3, true, &got, &ok) == SELECT_DEFAULT);
    /* one ready case is always the one chosen */
    CHECK(chan_send(g, b, (Value){.i = 5}, false) == CHAN_OK);
    CHECK(rt_select(g, cases, 3, true, &got, &ok) == 1 && got.i == 5 && ok.u == 1);
    /* two ready cases: both get chosen over many tries */
    int hits[2] = {0, 0};
    for (int i = 0; i < 400; i++) {
        chan_send(g, a, (Value){.i = 1}, false);
        chan_send(g, b, (Value){.i = 2}, false);
        int k = rt_select(g, cases, 2, false, &got, &ok);
        CHECK(k == 0 || k == 1);
        hits[k]++;
        /* drain the other */
        CHECK(chan_recv(g, k == 0 ? b : a, &got, &ok, false) == CHAN_OK);
    }
    CHECK(hits[0] > 100 && hits[1] > 100);
    /* a send case on a closed channel is reported */
    chan_close(a);
    SelectCase send = {a, true, {.i = 1}};
    CHECK(rt_select(g, &send, 1, true, &got, &ok) == SELECT_CLOSED_SEND);
    (void)t;
    return RUN_DONE;
}

/* A select that parks, woken by a sender. */
static RunResult delayed_sender(G *g)
{
    Task *t = task_of(g);
    if (t->pc++ < 5)
        return RUN_YIELD;
    ChanResult r = chan_send(g, t->out, (Value){.i = 42}, true);
    CHECK(r == CHAN_OK || r == CHAN_PARKED);
    return r == CHAN_PARKED ? RUN_PARK : RUN_DONE;
}

static RunResult select_park_main(G *g)
{
    Task *t = task_of(g);
    Chan *quiet = t->extra;
    SelectCase cases[2] = {{quiet, false, {0}}, {t->in, false, {0}}};
    if (t->pc == 0) {
        t->pc = 1;
        t->in = chan_make(NULL, 0, false, 8);
        quiet = chan_make(NULL, 0, false, 8);
        t->extra = quiet;
        cases[0].c = quiet;
        cases[1].c = t->in;
        go(delayed_sender, &(Task){.out = t->in});
    }
    int k = rt_select(g, cases, 2, false, &t->recv, &t->ok);
    if (k == SELECT_PARKED)
        return RUN_PARK;
    CHECK(k == 1 && t->recv.i == 42 && t->ok.u == 1);
    /* the select left no waiter behind on the quiet channel */
    CHECK(chan_send(g, quiet, (Value){.i = 1}, false) == CHAN_BLOCKED);
    return RUN_DONE;
}

/* ---- semaphores ---- */

static uint32_t sema;
static int64_t in_section, max_in_section, sema_done;

static RunResult sema_worker(G *g)
{
    Task *t = task_of(g);
    if (t->pc == 0) {
        t->pc = 1;
        if (rt_semacquire(g, &sema, "semacquire"))
            return RUN_PARK; /* handed the unit when woken */
    }
    if (t->pc == 1) {
        int64_t now = __atomic_add_fetch(&in_section, 1, __ATOMIC_SEQ_CST);
        int64_t m = __atomic_load_n(&max_in_section, __ATOMIC_SEQ_CST);
        while (now > m && !__atomic_compare_exchange_n(&max_in_section, &m, now, false,
                                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            ;
        t->pc = 2;
        return RUN_YIELD;
    }
    __atomic_sub_fetch(&in_section, 1, __ATOMIC_SEQ_CST);
    rt_semrelease(&sema);
    __atomic_add_fetch(&sema_done, 1, __ATOMIC_SEQ_CST);
    return RUN_DONE;
}

static RunResult sema_main(G *g)
{
    Task *t = task_of(g);
    if (t->pc == 0) {
        t->pc = 1;
        sema = 3;
        for (int i = 0; i < 200; i++)
            go(sema_worker, NULL);
    }
    if (__atomic_load_n(&sema_done, __ATOMIC_SEQ_CST) < 200)
        return RUN_YIELD;
    CHECK(max_in_section <= 3 && max_in_section >= 1);
    CHECK(sema == 3);
    return RUN_DONE;
}

/* ---- timers: sleepers wake in deadline order ---- */

static int64_t wake_order[3];
static int64_t nwoken;
static int64_t timers_start;
/* a sleeper that began after its deadline (a machine loaded past 100 ms
 * of delay): its place in the order says nothing about the timers */
static int nlate;
static int early_wake; /* a sleeper woke before its deadline */

/* Sleeps until timers_start + n * 10 ms: deadlines 100 ms apart and
 * counted from one start, so a loaded machine that starts a sleeper late
 * does not reorder them. */
static RunResult sleeper(G *g)
{
    Task *t = task_of(g);
    if (t->pc == 0) {
        t->pc = 1;
        int64_t left = timers_start + t->n * 10000000 - rt_nanotime();
        if (left <= 0)
            __atomic_add_fetch(&nlate, 1, __ATOMIC_SEQ_CST);
        rt_sleep(g, left > 0 ? left : 0);
        return RUN_PARK;
    }
    if (rt_nanotime() < timers_start + t->n * 10000000)
        __atomic_store_n(&early_wake, 1, __ATOMIC_SEQ_CST);
    int64_t k = __atomic_fetch_add(&nwoken, 1, __ATOMIC_SEQ_CST);
    wake_order[k] = t->n;
    return RUN_DONE;
}

static int64_t fired[4];
static int nfired;

static void on_timer(Value arg, int64_t now)
{
    (void)now;
    fired[nfired++] = arg.i;
}

static RunResult timers_main(G *g)
{
    Task *t = task_of(g);
    if (t->pc == 0) {
        t->pc = 1;
        t->i = timers_start = rt_nanotime();
        go(sleeper, &(Task){.n = 30});
        go(sleeper, &(Task){.n = 10});
        go(sleeper, &(Task){.n = 20});
        /* a stopped timer never fires; a reset one moves */
        int64_t now = rt_nanotime();
        Timer *x = rt_timer_new(now + 5000000, 0, on_timer, (Value){.i = 1});
        Timer *y = rt_timer_new(now + 1000000, 0, on_timer, (Value){.i = 2});
        rt_timer_new(now + 3000000, 0, on_timer, (Value){.i = 3});
        CHECK(rt_timer_stop(x));
        CHECK(!rt_timer_stop(x));
        CHECK(rt_timer_reset(y, now + 4000000, 0));
        rt_sleep(g, 400 * 1000000);
        return RUN_PARK;
    }
    /* the last sleeper may still be on its way on a loaded machine */
    if (__atomic_load_n(&nwoken, __ATOMIC_SEQ_CST) < 3 && rt_nanotime() - t->i < 10000000000LL) {
        rt_sleep(g, 10 * 1000000);
        return RUN_PARK;
    }
    CHECK(__atomic_load_n(&nwoken, __ATOMIC_SEQ_CST) == 3);
    CHECK(!__atomic_load_n(&early_wake, __ATOMIC_SEQ_CST));
    if (__atomic_load_n(&nlate, __ATOMIC_SEQ_CST) == 0)
        CHECK(wake_order[0] == 10 && wake_order[1] == 20 && wake_order[2] == 30);
    CHECK(nfired == 2 && fired[0] == 3 && fired[1] == 2);
    CHECK(rt_nanotime() - t->i >= 400 * 1000000);
    return RUN_DONE;
}

/* ---- rt_kill: a killed waiter is out of its wait and takes nothing ---- */

static Chan *kill_c, *kill_a, *kill_b;
static uint32_t kill_sema;
static int64_t ghost_ran;
static G *victims[5];

static RunResult victim(G *g)
{
    Task *t = task_of(g);
    if (t->pc++ > 0) {
        __atomic_add_fetch(&ghost_ran, 1, __ATOMIC_SEQ_CST);
        return RUN_DONE;
    }
    switch (t->n) {
    case 0:
        return chan_recv(g, kill_c, &t->recv, &t->ok, true) == CHAN_PARKED ? RUN_PARK : RUN_DONE;
    case 1:
        return rt_semacquire(g, &kill_sema, "semacquire") ? RUN_PARK : RUN_DONE;
    case 2: {
        SelectCase cases[2];
        memset(cases, 0, sizeof cases);
        cases[0].c = kill_a;
        cases[1].c = kill_b;
        return rt_select(g, cases, 2, false, &t->recv, &t->ok) == SELECT_PARKED ? RUN_PARK : RUN_DONE;
    }
    case 3:
        rt_sleep(g, 50 * 1000000);
        return RUN_PARK;
    default:
        return chan_recv(g, NULL, &t->recv, &t->ok, true) == CHAN_PARKED ? RUN_PARK : RUN_DONE;
    }
}

static bool all_in(int status)
{
    for (int i = 0; i < 5; i++)
        if (__atomic_load_n(&victims[i]->status, __ATOMIC_SEQ_CST) != status)
            return false;
    return true;
}

static RunResult kill_main(G *g)
{
    Task *t = task_of(g);
    switch (t->pc) {
    case 0:
        kill_c = chan_make(NULL, 1, false, 8);
        kill_a = chan_make(NULL, 1, false, 8);
        kill_b = chan_make(NULL, 1, false, 8);
        for (int i = 0; i < 5; i++) {
            victims[i] = spawn(victim, &(Task){.n = i});
            rt_go(victims[i]);
        }
        t->pc = 1;
        return RUN_YIELD;
    case 1:
        if (!all_in(G_WAITING))
            return RUN_YIELD;
        for (int i = 0; i < 5; i++)
            CHECK(rt_kill(victims[i]) == RT_KILL_ENDS);
        /* what they waited for stays for others */
        CHECK(chan_send(g, kill_c, (Value){.i = 7}, false) == CHAN_OK);
        CHECK(chan_len(kill_c) == 1);
        CHECK(chan_send(g, kill_a, (Value){.i = 1}, false) == CHAN_OK);
        CHECK(chan_send(g, kill_b, (Value){.i = 2}, false) == CHAN_OK);
        CHECK(chan_len(kill_a) == 1 && chan_len(kill_b) == 1);
        rt_semrelease(&kill_sema);
        CHECK(__atomic_load_n(&kill_sema, __ATOMIC_SEQ_CST) == 1);
        t->pc = 2;
        t->i = rt_nanotime();
        return RUN_YIELD;
    case 2:
        if (!all_in(G_DEAD)) {
            CHECK(rt_nanotime() - t->i < 10000000000LL);
            return RUN_YIELD;
        }
        CHECK(rt_kill(victims[0]) == RT_KILL_DEAD);
        t->pc = 3;
        /* past the sleeper's deadline: its timer was stopped */
        rt_sleep(g, 100 * 1000000);
        return RUN_PARK;
    default:
        CHECK(__atomic_load_n(&ghost_ran, __ATOMIC_SEQ_CST) == 0);
        CHECK(chan_len(kill_c) == 1 && chan_len(kill_a) == 1 && chan_len(kill_b) == 1);
        return RUN_DONE;
    }
}

static const struct {
    const char *name;
    Step main;
} scenarios[] = {
    {"kill", kill_main},
    {"queues", queues_main},
    {"buffered", buffered_main},
    {"unbuffered", unbuffered_main},
    {"edges", edges_main},
    {"select", select_main},
    {"select_park", select_park_main},
    {"sema", sema_main},
    {"timers", timers_main},
};

int main(int argc, char **argv)
{
    GC_INIT();
    GC_allow_register_threads();
    if (argc < 2) {
        fprintf(stderr, "usage: runtime_test SCENARIO [--procs N | --seed N]\n");
        return 2;
    }
    RtOptions opts = {0};
    if (argc >= 4 && strcmp(argv[2], "--procs") == 0)
        opts.procs = atoi(argv[3]);
    if (argc >= 4 && strcmp(argv[2], "--seed") == 0) {
        opts.seeded = true;
        opts.seed = (uint64_t)atoll(argv[3]);
    }
    rt_init(execute, trace);
    rt_configure(&opts);
    for (size_t i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++)
        if (strcmp(argv[1], scenarios[i].name) == 0)
            return rt_run_main(spawn(scenarios[i].main, NULL));
    fprintf(stderr, "runtime_test: no scenario %s\n", argv[1]);
    return 2;
}
