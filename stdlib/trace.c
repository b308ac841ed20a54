/* trace.c: the native half of runtime/trace: tasks, regions and logs as
 * events of the runtime's stream, and Start/Stop through the recorder of
 * gosh --trace (trace/tracer.h). */
#include <stdlib.h>
#include <string.h>
#include "event.h"
#include "natives.h"
#include "tracer.h"

static uint64_t next_span;

NATIVE(is_enabled)
{
    (void)g;
    args[0].u = tracer_recording();
}

NATIVE(begin_span)
{
    uint64_t id = __atomic_add_fetch(&next_span, 1, __ATOMIC_RELAXED);
    if (RT_EVENTS) {
        Event e = {.kind = EV_SPAN, .g = g->id, .gp = g, .a = 1, .b = args[0].i, .obj = (void *)(uintptr_t)id,
                   .text = str_data(ARG_STR(1)), .len = (size_t)str_len(ARG_STR(1))};
        rt_emit(&e);
    }
    args[0].u = id;
}

NATIVE(end_span)
{
    if (RT_EVENTS) {
        Event e = {.kind = EV_SPAN, .g = g->id, .gp = g, .a = 0, .b = args[0].i,
                   .obj = (void *)(uintptr_t)args[1].u};
        rt_emit(&e);
    }
}

NATIVE(user_log)
{
    if (RT_EVENTS) {
        Event e = {.kind = EV_USER, .g = g->id, .gp = g, .text = str_data(ARG_STR(0)),
                   .len = (size_t)str_len(ARG_STR(0)), .text2 = str_data(ARG_STR(1)),
                   .len2 = (size_t)str_len(ARG_STR(1))};
        rt_emit(&e);
    }
}

static Value path_value(const char *path)
{
    return str_value(str_from_cstr(path ? path : ""));
}

NATIVE(start_trace)
{
    (void)g;
    args[0] = path_value(tracer_start_temp());
}

NATIVE(stop_trace)
{
    (void)g;
    args[0] = path_value(tracer_stop(NULL));
}

static const Native natives[] = {
    {"runtime/trace", "IsEnabled", NULL, is_enabled, NULL},
    {"runtime/trace", "beginSpan", NULL, begin_span, NULL},
    {"runtime/trace", "endSpan", NULL, end_span, NULL},
    {"runtime/trace", "userLog", NULL, user_log, NULL},
    {"runtime/trace", "startTrace", NULL, start_trace, NULL},
    {"runtime/trace", "stopTrace", NULL, stop_trace, NULL},
};

static const PackageDef def = {"runtime/trace", stdlib_src_trace, natives, sizeof natives / sizeof natives[0]};

void register_trace(void)
{
    vm_register_package(&def);
}
