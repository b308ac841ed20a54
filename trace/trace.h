/* trace.h: reading a gosh trace file (docs/trace-format.md) and what is
 * made of it: the checks, the text summary and the timeline page.
 *
 * This folder stands apart from the interpreter: it needs only the C
 * library, never the collector, so a trace of a few hundred MB is held in
 * plain malloc'd memory that nothing scans. `gosh trace` (trace_main) is
 * its command line; the run that writes a trace calls trace_html_write to
 * turn the JSON into the page (`gosh --trace-html`).
 *
 * Every function that can fail takes [err] and [errlen]: on failure it
 * writes one line (no newline, no "gosh: " prefix) there and returns
 * NULL or a nonzero status, and prints nothing itself. */
#ifndef GOSH_TRACE_H
#define GOSH_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- JSON values (json.c) ----
 *
 * A parsed document is a tree of 16-byte values in one arena. Strings are
 * (pointer, length) and are not NUL-terminated: a string without escapes
 * points into the text parsed, one with escapes into the arena. */
typedef enum JsonType {
    JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT
} JsonType;

typedef struct JsonMember JsonMember;
typedef struct JsonValue {
    uint32_t type;   /* a JsonType */
    uint32_t len;    /* bytes of a string, items of an array, members of an object */
    union {
        double num;
        const char *str;
        struct JsonValue *items;
        JsonMember *members;
    } u;
} JsonValue;

struct JsonMember {
    const char *key;
    uint32_t keylen;
    JsonValue value;
};

typedef struct JsonDoc JsonDoc;

/* Parses [len] bytes of [text], which must stay alive and unchanged as
 * long as the document. NULL on a syntax error, with "line L, column C:
 * what" in [err]. */
JsonDoc *json_parse(const char *text, size_t len, char *err, size_t errlen);
void json_free(JsonDoc *doc);
JsonValue *json_root(JsonDoc *doc);
/* The member [key] of an object (the first, if the key repeats), or NULL
 * when [obj] is NULL, not an object, or has no such member. */
JsonValue *json_get(const JsonValue *obj, const char *key);
/* Whether [v] is a string equal to [s]. */
bool json_is(const JsonValue *v, const char *s);
/* A number member, or [dflt] when it is absent or not a number. */
double json_num(const JsonValue *obj, const char *key, double dflt);

/* ---- a trace in memory (load.c) ---- */

/* The phases gosh writes (the Trace Event Format's `ph`). */
typedef enum TracePhase {
    PH_OTHER, PH_COMPLETE /* X */, PH_INSTANT /* i */, PH_META /* M */,
    PH_FLOW_START /* s */, PH_FLOW_END /* f */
} TracePhase;

/* One element of traceEvents. [name], [cat] and [args] are NULL when the
 * event lacks them; numbers it lacks are NaN ([tid] is then -1). */
typedef struct TraceEvent {
    double ts, dur, id;
    int64_t tid;
    TracePhase ph;
    const JsonValue *name, *cat, *args;
    const JsonValue *json;   /* the whole event */
} TraceEvent;

/* A goroutine: a lane of the timeline, named by its thread_name. */
typedef struct TraceLane {
    int64_t tid;
    const JsonValue *name;   /* "goroutine 7: main.worker", or NULL */
    double sort_index;       /* thread_sort_index, else the tid */
} TraceLane;

typedef struct Trace {
    JsonDoc *doc;
    char *text;              /* the file's bytes, when the trace owns them */
    size_t textlen;
    const JsonValue *other;  /* otherData */
    TraceEvent *events;
    size_t nevents;
    TraceLane *lanes;        /* in sort order */
    size_t nlanes;
    const TraceLane **by_tid; /* the lanes by goroutine id, for trace_lane */
} Trace;

/* Reads a trace file. NULL on failure: "open F: No such file or
 * directory", "F is not JSON: line 3, column 5: ...", "F is not a gosh
 * trace: ...". */
Trace *trace_load_file(const char *path, char *err, size_t errlen);
/* The same for a trace already in memory; [text] must outlive the trace.
 * [name] stands for it in messages. */
Trace *trace_load_buffer(const char *text, size_t len, const char *name,
                         char *err, size_t errlen);
void trace_free(Trace *t);
/* The lane of goroutine [tid], or NULL. */
const TraceLane *trace_lane(const Trace *t, int64_t tid);

/* ---- what is made of it ---- */

/* check.c: every rule of docs/trace-format.md's "What checks a trace".
 * Calls [report] once per broken rule (at most [max] times; a message
 * names the event by its index in traceEvents) and returns how many
 * problems it found. */
size_t trace_check(const Trace *t, size_t max,
                   void (*report)(const char *msg, void *arg), void *arg);

/* summary.c: the text summary `gosh trace FILE` prints. */
void trace_summary(const Trace *t, FILE *out);

/* html.c: the self-contained timeline page for [json] ([len] bytes of a
 * gosh trace, which is checked to be one first) written to [html_path];
 * [name] stands for the JSON in messages and the page's title. Returns 0,
 * or 2 with the reason in [err]. This is what `gosh --trace-html` calls
 * after the run. */
int trace_html_write(const char *json, size_t len, const char *name,
                     const char *html_path, char *err, size_t errlen);
/* The same from a trace file. */
int trace_html_from_file(const char *json_path, const char *html_path,
                         char *err, size_t errlen);

/* cli.c: `gosh trace [-o OUT.html] FILE.json`, with argv[0] "trace".
 * Returns the exit status: 0, or 2 after one line on stderr. */
int trace_main(int argc, char **argv);

#endif
