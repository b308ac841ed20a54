/* internal.h: what the files of trace/ share and no other folder sees. */
#ifndef GOSH_TRACE_INTERNAL_H
#define GOSH_TRACE_INTERNAL_H

#include "trace.h"

/* The categories (`cat`) docs/trace-format.md defines. Flows reuse
 * CAT_CLOSE and CAT_UNLOCK for their close and unlock arrows. */
typedef enum TraceCat {
    CAT_UNKNOWN,
    CAT_RUNNING, CAT_RUNNABLE, CAT_BLOCKED, CAT_LINE, CAT_REGION, CAT_TASK,
    CAT_GO, CAT_END, CAT_CHAN, CAT_CLOSE, CAT_SELECT, CAT_SEND, CAT_RECV,
    CAT_LOCK, CAT_UNLOCK, CAT_WG, CAT_TIMER, CAT_PANIC, CAT_OUTPUT, CAT_USER,
    CAT_FATAL, CAT_COND, CAT_HANDOFF, CAT_BUFFER, CAT_WAKE
} TraceCat;

TraceCat trace_cat(const JsonValue *cat);
/* Whether a slice of this category nests inside `running` rather than
 * being one of a lane's states. */
bool trace_cat_nests(TraceCat c);

/* A string member of [obj] as (pointer, length), or (NULL, 0). */
const char *json_str(const JsonValue *obj, const char *key, int *len);

#endif
