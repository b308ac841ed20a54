/* cli.c: `gosh trace`, the command that reads a trace file.
 *
 *   gosh trace FILE.json              the text summary on stdout
 *   gosh trace FILE.json -o OUT.html  the timeline page
 *
 * Every failure is one line on stderr and exit status 2, as for the
 * rest of gosh's command line (docs/cli.md). */
#include <stdio.h>
#include <string.h>
#include "trace.h"

static const char usage[] =
    "usage: gosh trace FILE.json              print a summary of the run in FILE.json\n"
    "       gosh trace FILE.json -o OUT.html  write the run's timeline as a web page\n"
    "\n"
    "FILE.json is a trace written by `gosh --trace FILE.json prog.go`. The page is\n"
    "one file that needs nothing else (no network): open it in a browser.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT.html   write the timeline page to OUT.html\n"
    "  -h, --help              print this help\n";

static int bad_usage(const char *what, const char *arg)
{
    fprintf(stderr, "gosh: trace: ");
    fprintf(stderr, what, arg);
    fprintf(stderr, " (run 'gosh trace --help' for usage)\n");
    return 2;
}

int trace_main(int argc, char **argv)
{
    const char *file = NULL, *html = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            if (i + 1 >= argc)
                return bad_usage("%s needs the page's file name", a);
            html = argv[++i];
            continue;
        }
        if (strncmp(a, "--output=", 9) == 0) {
            html = a + 9;
            continue;
        }
        if (a[0] == '-' && a[1] != '\0')
            return bad_usage("unknown option %s", a);
        if (file)
            return bad_usage("one trace file at a time (%s is a second)", a);
        file = a;
    }
    if (!file)
        return bad_usage("%s", "needs a trace FILE.json");
    char err[1024];
    if (html) {
        if (trace_html_from_file(file, html, err, sizeof err) != 0) {
            fprintf(stderr, "gosh: %s\n", err);
            return 2;
        }
        return 0;
    }
    Trace *t = trace_load_file(file, err, sizeof err);
    if (!t) {
        fprintf(stderr, "gosh: %s\n", err);
        return 2;
    }
    trace_summary(t, stdout);
    trace_free(t);
    return fflush(stdout) == 0 ? 0 : 2;
}
