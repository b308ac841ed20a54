/* duration.c: Go's durations on the command line (--timeout, gosh test
 * -timeout): parsed as time.ParseDuration parses them, printed as
 * time.Duration's String prints them. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "duration.h"

long long parse_duration(const char *s)
{
    if (!s || !*s)
        return -1;
    if (strcmp(s, "0") == 0)
        return 0;
    static const struct { const char *unit; double ns; } units[] = {
        {"ns", 1}, {"us", 1e3}, {"\u00b5s", 1e3}, {"\u03bcs", 1e3}, {"ms", 1e6},
        {"s", 1e9}, {"m", 60e9}, {"h", 3600e9},
    };
    double total = 0;
    while (*s) {
        char *end;
        if (!((*s >= '0' && *s <= '9') || *s == '.'))
            return -1;
        double v = strtod(s, &end);
        if (end == s)
            return -1;
        s = end;
        size_t best = 0, best_len = 0;
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
            size_t n = strlen(units[k].unit);
            if (n > best_len && strncmp(s, units[k].unit, n) == 0)
                best = k, best_len = n;
        }
        if (!best_len)
            return -1;
        s += best_len;
        total += v * units[best].ns;
    }
    return total > 9.2e18 ? -1 : (long long)total;
}

/* [frac] nanoseconds below the unit, of [digits] digits, trailing zeros
 * dropped, after a point (nothing when it is 0). */
static int put_fraction(char *out, size_t cap, unsigned long long frac, int digits)
{
    if (frac == 0)
        return 0;
    char d[16];
    snprintf(d, sizeof d, "%0*llu", digits, frac);
    int n = digits;
    while (n > 0 && d[n - 1] == '0')
        n--;
    return snprintf(out, cap, ".%.*s", n, d);
}

void format_duration(long long ns, char *out, size_t cap)
{
    if (ns == 0) {
        snprintf(out, cap, "0s");
        return;
    }
    unsigned long long u = ns < 0 ? 0ull - (unsigned long long)ns : (unsigned long long)ns;
    int n = snprintf(out, cap, "%s", ns < 0 ? "-" : "");
    if (u < 1000ull) {
        snprintf(out + n, cap - (size_t)n, "%lluns", u);
        return;
    }
    if (u < 1000000000ull) {
        bool micro = u < 1000000ull;
        unsigned long long unit = micro ? 1000ull : 1000000ull;
        n += snprintf(out + n, cap - (size_t)n, "%llu", u / unit);
        n += put_fraction(out + n, cap - (size_t)n, u % unit, micro ? 3 : 6);
        snprintf(out + n, cap - (size_t)n, "%s", micro ? "\u00b5s" : "ms");
        return;
    }
    unsigned long long h = u / 3600000000000ull, m = u / 60000000000ull % 60;
    unsigned long long s = u / 1000000000ull % 60, frac = u % 1000000000ull;
    if (h)
        n += snprintf(out + n, cap - (size_t)n, "%lluh", h);
    if (h || m)
        n += snprintf(out + n, cap - (size_t)n, "%llum", m);
    n += snprintf(out + n, cap - (size_t)n, "%llu", s);
    n += put_fraction(out + n, cap - (size_t)n, frac, 9);
    snprintf(out + n, cap - (size_t)n, "s");
}
