/* duration.h: Go's durations on the command line (duration.c). */
#ifndef GOSH_DURATION_H
#define GOSH_DURATION_H

#include <stddef.h>

/* A duration in time.ParseDuration's syntax (1.5s, 300ms, 2m30s, 1h;
 * "0" alone), in nanoseconds; -1 when [s] is not one. */
long long parse_duration(const char *s);
/* [ns] as time.Duration's String writes it: 1m0s, 1.5s, 300ms. */
void format_duration(long long ns, char *out, size_t cap);

#endif
