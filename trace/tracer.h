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
    /* set by the recorder: the signal that ended the run (0: none) */
    int signal;
} TracerOptions;

/* Attaches the recorder to the event stream; the file is written when the
 * run ends (however it ends: rt_exit emits EV_END). False if the stream
 * has no room or the file cannot be created (a message is printed). */
bool tracer_start(const TracerOptions *opts);
/* Writes the file now if the run ended without EV_END (an in-process run
 * the caller finished); returns false on a write error. */
bool tracer_finish(int status);

#endif
