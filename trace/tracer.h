/* tracer.h: gosh --trace: records the runtime's event stream and writes
 * it as the trace file of docs/trace-format.md. */
#ifndef GOSH_TRACER_H
#define GOSH_TRACER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct TracerOptions {
    const char *path;           /* the JSON file to write */
    const char *program;        /* the script's path as given */
    int argc;                   /* the program's arguments */
    char **argv;
    bool seeded;
    uint64_t seed;
    int procs;
    /* the program's source files (not the standard packages) */
    int nsources;
    const char **source_names;
    const char **source_texts;
    size_t *source_lens;
    /* keep only the last [limit] events (0: all) */
    int64_t limit;
    /* after the JSON, also write the page (gosh --trace-html) */
    const char *html_path;
    /* the exit reason of a trace stopped while the run goes on: NULL
     * for runtime/trace.Stop's "trace.Stop" (the REPL's ":trace off") */
    const char *stop_reason;
    /* set by the recorder: the signal that ended the run (0: none), or
     * whether tracer_stop ended the trace */
    int signal;
    bool stopped;
} TracerOptions;

/* Sets what a trace of this run will say of it (the program, its
 * sources ...), before the run; [opts]' strings must outlive the run. */
void tracer_configure(const TracerOptions *opts);
/* Attaches the recorder to the event stream (gosh --trace, the REPL's
 * :trace on); the file is written when the run ends (however it ends:
 * rt_exit emits EV_END) or at tracer_stop. False if a trace is already
 * recording, the stream has no room, or the file cannot be created (then
 * a message is printed). */
bool tracer_start(const TracerOptions *opts);
/* runtime/trace.Start: records into a new temporary file; its path, or
 * NULL when a trace is already recording or none can start. */
const char *tracer_start_temp(void);
/* runtime/trace.Stop, the REPL's :trace off: writes the trace being
 * recorded and detaches; the file's path (runtime/trace reads and
 * removes its temporary file), or NULL. [events], unless NULL, gets the
 * number of events the file holds. */
const char *tracer_stop(int64_t *events);
/* The program's sources from now on, for the trace being recorded and
 * those runtime/trace.Start begins (the REPL adds each entry's); the
 * arrays must outlive the trace. */
void tracer_set_sources(int n, const char **names, const char **texts, size_t *lens);
/* Whether a trace is being recorded. */
bool tracer_recording(void);

#endif
