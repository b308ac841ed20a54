/* gen_big_trace: writes a large synthetic gosh trace, for the size and
 * speed tests of the reader, the checker and the page.
 *
 * usage: gen_big_trace EVENTS OUT.json
 *
 * The run it describes: 64 goroutines passing a token around a ring on 4
 * processors. Time is cut in 10 µs slots; in each slot one goroutine runs
 * on each processor, sends to the goroutine that runs on that processor
 * in the next slot (a hand-off: that one was blocked receiving), and
 * blocks receiving until its turn comes again. Every run also prints now
 * and then and takes a mutex. The result keeps every rule of
 * docs/trace-format.md (check_trace passes it) and has about EVENTS
 * events. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { G = 64, P = 4 };
#define SLOT 10.0

typedef struct Ev {
    double ts;
    long seq;
    char *json;
} Ev;

static Ev *evs;
static long nevs, capevs, seq;

static void emit(double ts, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#include <stdarg.h>
static void emit(double ts, const char *fmt, ...)
{
    if (nevs == capevs) {
        capevs = capevs ? capevs * 2 : 1 << 16;
        evs = realloc(evs, (size_t)capevs * sizeof *evs);
        if (!evs)
            abort();
    }
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    evs[nevs].ts = ts;
    evs[nevs].seq = seq++;
    evs[nevs].json = strdup(buf);
    nevs++;
}

static int by_time(const void *a, const void *b)
{
    const Ev *x = a, *y = b;
    if (x->ts != y->ts)
        return x->ts < y->ts ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* What each goroutine is doing since when. */
static double since[G + 1];
static int state[G + 1]; /* 0 running, 1 runnable, 2 blocked */

static void slice(int g, double from, double to, const char *what)
{
    if (strcmp(what, "running") == 0)
        emit(from, "{\"ph\":\"X\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f,\"name\":\"running\","
                   "\"cat\":\"running\",\"args\":{\"proc\":%d,\"from\":\"ring.gosh:6\",\"to\":\"ring.gosh:9\"}}",
             g, from, to - from, (g - 1) % P);
    else if (strcmp(what, "runnable") == 0)
        emit(from, "{\"ph\":\"X\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f,\"name\":\"runnable\","
                   "\"cat\":\"runnable\",\"args\":{\"by\":%d}}",
             g, from, to - from, (g - 1 + G - P) % G + 1);
    else
        emit(from, "{\"ph\":\"X\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f,\"name\":\"chan receive on ring[%d]\","
                   "\"cat\":\"blocked\",\"args\":{\"reason\":\"chan receive\",\"object\":\"ring[%d]\",\"at\":\"ring.gosh:6\","
                   "\"stack\":[\"main.main.func1 ring.gosh:6\"]%s}}",
             g, from, to - from, g - 1, g - 1, strcmp(what, "unfinished") == 0 ? ",\"unfinished\":true" : "");
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gen_big_trace EVENTS OUT.json\n");
        return 2;
    }
    long want = atol(argv[1]);
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        return 1;
    }
    /* about 9 events per run, P runs per slot */
    long slots = (long)(want / (P * 9.04)) + 1;
    long flow = 0, runs = 0;
    for (int g = 1; g <= G; g++) {
        int idx = g - 1;
        state[g] = idx < P ? 0 : 2;
        since[g] = 0;
    }
    for (long k = 0; k < slots; k++) {
        double t = k * SLOT;
        for (int p = 0; p < P; p++) {
            int idx = (int)((k * P + p) % G), g = idx + 1;
            int next = (idx + P) % G + 1;
            /* g runs now: it was runnable (or, at the start, running) */
            if (state[g] == 1)
                slice(g, since[g], t, "runnable");
            double send = t + 0.4 * SLOT, stop = t + 0.8 * SLOT;
            emit(t + 0.1 * SLOT, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"name\":\"lock mu\","
                                 "\"cat\":\"lock\",\"args\":{\"object\":\"mu\",\"at\":\"ring.gosh:7\"}}", g, t + 0.1 * SLOT);
            emit(t + 0.2 * SLOT, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"name\":\"unlock mu\","
                                 "\"cat\":\"unlock\",\"args\":{\"object\":\"mu\",\"at\":\"ring.gosh:8\"}}", g, t + 0.2 * SLOT);
            if (runs % 25 == 0)
                emit(t + 0.3 * SLOT, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"name\":\"stdout\","
                                     "\"cat\":\"output\",\"args\":{\"text\":\"run %ld on goroutine %d\"}}",
                     g, t + 0.3 * SLOT, runs, g);
            /* the hand-off to the next in the ring, which was blocked */
            flow++;
            emit(send, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"name\":\"send on ring[%d]\","
                       "\"cat\":\"send\",\"args\":{\"object\":\"ring[%d]\",\"value\":\"%ld\",\"at\":\"ring.gosh:9\"}}",
                 g, send, next - 1, next - 1, runs);
            emit(send, "{\"ph\":\"s\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"id\":%ld,\"name\":\"send on ring[%d]\","
                       "\"cat\":\"handoff\",\"args\":{\"object\":\"ring[%d]\",\"value\":\"%ld\"}}",
                 g, send, flow, next - 1, next - 1, runs);
            if (state[next] == 2) {
                slice(next, since[next], send, "blocked");
                state[next] = 1;
                since[next] = send;
            }
            emit(send, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"name\":\"receive on ring[%d]\","
                       "\"cat\":\"recv\",\"args\":{\"object\":\"ring[%d]\",\"value\":\"%ld\",\"at\":\"ring.gosh:6\"}}",
                 next, send, next - 1, next - 1, runs);
            emit(send, "{\"ph\":\"f\",\"bp\":\"e\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"id\":%ld,\"name\":\"send on ring[%d]\","
                       "\"cat\":\"handoff\"}", next, send, flow, next - 1);
            slice(g, t, stop, "running");
            state[g] = 2;
            since[g] = stop;
            runs++;
        }
    }
    double end = slots * SLOT;
    for (int g = 1; g <= G; g++) {
        if (g == 1)
            continue;
        slice(g, since[g], end, state[g] == 2 ? "unfinished" : "runnable");
    }
    /* main (goroutine 1) ends the run when its last slice is over */
    slice(1, since[1], end - 0.1, state[1] == 2 ? "blocked" : "runnable");
    slice(1, end - 0.1, end, "running");
    emit(end, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":1,\"ts\":%.3f,\"name\":\"end\",\"cat\":\"end\",\"args\":{}}", end);
    qsort(evs, (size_t)nevs, sizeof *evs, by_time);

    fprintf(out, "{\"displayTimeUnit\":\"ns\",\n\"otherData\":{\"format\":\"gosh-trace\",\"version\":1,"
                 "\"program\":\"ring.gosh\",\"args\":[],\"seed\":7,\"procs\":%d,\"clock\":\"virtual\","
                 "\"sources\":{\"ring.gosh\":\"ring := make([]chan int, %d)\\nvar mu sync.Mutex\\n"
                 "for i := range ring {\\n\\tring[i] = make(chan int)\\n\\tgo func() {\\n"
                 "\\t\\tfor n := range ring[i] {\\n\\t\\t\\tmu.Lock()\\n\\t\\t\\tmu.Unlock()\\n"
                 "\\t\\t\\tring[(i+%d)%%%d] <- n + 1\\n\\t\\t}\\n\\t}()\\n}\\n\"},"
                 "\"exit\":{\"status\":0,\"reason\":\"main returned\"},\"dropped\":0},\n\"traceEvents\":[\n",
            P, G, P, G);
    fprintf(out, "{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":\"gosh ring.gosh\"}}");
    for (int g = 1; g <= G; g++)
        fprintf(out, ",\n{\"ph\":\"M\",\"pid\":1,\"tid\":%d,\"name\":\"thread_name\",\"args\":{\"name\":\"goroutine %d: %s\"}}"
                     ",\n{\"ph\":\"M\",\"pid\":1,\"tid\":%d,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":%d}}",
                g, g, g == 1 ? "main.main" : "main.main.func1", g, g);
    for (long i = 0; i < nevs; i++) {
        fprintf(out, ",\n%s", evs[i].json);
        free(evs[i].json);
    }
    fprintf(out, "\n]}\n");
    free(evs);
    return fclose(out) == 0 ? 0 : 1;
}
