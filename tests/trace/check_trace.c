/* check_trace: checks trace files against docs/trace-format.md.
 *
 * usage: check_trace FILE.json...
 * Prints "FILE: ok" or each problem as "FILE: problem" (at most 20 per
 * file); exit status 0 when every file keeps every rule, 1 when one does
 * not, 2 when one cannot be read as a gosh trace at all. */
#include <stdio.h>
#include "trace.h"

static void report(const char *msg, void *arg)
{
    printf("%s: %s\n", (const char *)arg, msg);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: check_trace FILE.json...\n");
        return 2;
    }
    int rc = 0;
    for (int i = 1; i < argc; i++) {
        char err[1024];
        Trace *t = trace_load_file(argv[i], err, sizeof err);
        if (!t) {
            printf("%s\n", err);
            rc = 2;
            continue;
        }
        size_t n = trace_check(t, 20, report, argv[i]);
        if (n > 20)
            printf("%s: ... %zu problems in all\n", argv[i], n);
        else if (n == 0)
            printf("%s: ok (%zu events, %zu goroutines)\n", argv[i], t->nevents, t->nlanes);
        if (n && rc == 0)
            rc = 1;
        trace_free(t);
    }
    return rc;
}
