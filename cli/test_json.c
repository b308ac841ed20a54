/* test_json.c: gosh test -json, go test's test2json event stream. The test
 * program runs in a child process in -v mode with its stdout and stderr
 * on a pipe; this process reads that output and writes one JSON object
 * per line, as go test -json does ({"Time":..., "Action":"run", "Package":
 * ..., "Test":...}). The rules are test2json's: "=== RUN", "=== PAUSE" and
 * "=== CONT" lines start a test's events, "--- PASS/FAIL/SKIP/BENCH:"
 * lines (indented four spaces per level of subtest) report its end once
 * the next line shows no deeper report follows, and every other line is
 * output of the test last named (or of the one whose report the line's
 * indentation is under). The last event is the package's pass or fail,
 * from the child's exit status, with the whole run's time. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "gostd.h"
#include "test_json.h"

/* test2json's buffers: an input line longer than this goes on as output
 * in parts, and an output event holds at most OUT_MAX bytes */
enum { IN_MAX = 4096, OUT_MAX = 1024, MAX_DEPTH = 64, NAME_MAX_LEN = 1024 };

typedef struct {
    char action[8];
    char test[NAME_MAX_LEN];
    double elapsed;
    bool has_elapsed;
} Report;

static const char *package;
static char test_name[NAME_MAX_LEN];
/* the reports waiting to be told, one per level of subtest */
static Report reports[MAX_DEPTH];
static int nreports;
static struct timespec started;
/* go test's "?   \tNAME\t[no test files]": the package's verdict is skip */
static bool no_test_files;
/* what is written, in blocks */
static char outbuf[1 << 16];
static size_t outlen;

static void out_flush(void)
{
    size_t off = 0;
    while (off < outlen) {
        ssize_t n = write(1, outbuf + off, outlen - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; /* stdout is gone: nothing left to tell */
        off += (size_t)n;
    }
    outlen = 0;
}

static void out(const char *s, size_t n)
{
    if (outlen + n > sizeof outbuf)
        out_flush();
    if (n > sizeof outbuf) {
        memcpy(outbuf, s, sizeof outbuf); /* cannot happen: events are short */
        outlen = sizeof outbuf;
        return;
    }
    memcpy(outbuf + outlen, s, n);
    outlen += n;
}

static void outs(const char *s)
{
    out(s, strlen(s));
}

/* time.Time's JSON: RFC 3339 with nanoseconds, trailing zeros dropped */
static void out_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    localtime_r(&ts.tv_sec, &tm);
    char buf[64];
    size_t n = strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    if (ts.tv_nsec) {
        char frac[16];
        snprintf(frac, sizeof frac, ".%09ld", ts.tv_nsec);
        size_t f = strlen(frac);
        while (frac[f - 1] == '0')
            frac[--f] = '\0';
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", frac);
    }
    long off = tm.tm_gmtoff / 60;
    if (off == 0)
        snprintf(buf + n, sizeof buf - n, "Z");
    else
        snprintf(buf + n, sizeof buf - n, "%c%02ld:%02ld", off < 0 ? '-' : '+', labs(off) / 60,
                 labs(off) % 60);
    outs(buf);
}

/* encoding/json's float64: the shortest digits that read back */
static void out_float(double v)
{
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    if (strchr(buf, 'e') && v >= 1e-6 && v < 1e21)
        snprintf(buf, sizeof buf, "%.6f", v); /* not reached by test times */
    outs(buf);
}

/* encoding/json's string: HTML-safe, invalid UTF-8 as U+FFFD */
static void out_string(const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    outs("\"");
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                esc[0] = '\\', esc[1] = (char)c;
                out(esc, 2);
            } else if (c == '\n') {
                outs("\\n");
            } else if (c == '\r') {
                outs("\\r");
            } else if (c == '\t') {
                outs("\\t");
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                snprintf(esc, sizeof esc, "\\u00%c%c", hex[c >> 4], hex[c & 15]);
                outs(esc);
            } else {
                out((const char *)&c, 1);
            }
            i++;
            continue;
        }
        /* a UTF-8 sequence: its length, and whether it is well formed */
        int len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
        if (c >= 0xf5)
            len = 0;
        unsigned cp = len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
        bool ok = len > 0 && i + (size_t)len <= n;
        for (int k = 1; ok && k < len; k++) {
            unsigned char d = (unsigned char)s[i + (size_t)k];
            if ((d & 0xc0) != 0x80)
                ok = false;
            cp = cp << 6 | (d & 0x3f);
        }
        if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
                   (len == 4 && (cp < 0x10000 || cp > 0x10ffff))))
            ok = false;
        if (!ok) {
            outs("\\ufffd");
            i++;
        } else if (cp == 0x2028 || cp == 0x2029) {
            outs(cp == 0x2028 ? "\\u2028" : "\\u2029");
            i += (size_t)len;
        } else {
            out(s + i, (size_t)len);
            i += (size_t)len;
        }
    }
    outs("\"");
}

static void event(const char *action, const char *test, const char *output, size_t outn,
                  const double *elapsed)
{
    outs("{\"Time\":\"");
    out_time();
    outs("\",\"Action\":\"");
    outs(action);
    outs("\",\"Package\":");
    out_string(package, strlen(package));
    if (!test)
        test = test_name;
    if (*test) {
        outs(",\"Test\":");
        out_string(test, strlen(test));
    }
    if (elapsed) {
        outs(",\"Elapsed\":");
        out_float(*elapsed);
    }
    if (output) {
        outs(",\"Output\":");
        out_string(output, outn);
    }
    outs("}\n");
}

/* Output of the current test, in events of at most OUT_MAX bytes. */
static void output(const char *s, size_t n)
{
    while (n > 0) {
        size_t k = n < OUT_MAX ? n : OUT_MAX;
        event("output", NULL, s, k, NULL);
        s += k;
        n -= k;
    }
}

/* Tells the reports deeper than [depth]; the current test is none. */
static void flush_reports(int depth)
{
    test_name[0] = '\0';
    while (nreports > depth) {
        Report *r = &reports[--nreports];
        event(r->action, r->test, NULL, 0, r->has_elapsed ? &r->elapsed : NULL);
    }
}

static bool starts(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

static void set_name(char *dst, const char *s, size_t n)
{
    while (n > 0 && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    if (n >= NAME_MAX_LEN)
        n = NAME_MAX_LEN - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

static void input_line(const char *line, size_t n)
{
    if (starts(line, n, "?   \t") && n >= 17 && memcmp(line + n - 17, "\t[no test files]\n", 17) == 0 &&
        nreports == 0)
        no_test_files = true;
    if ((n == 5 && memcmp(line, "PASS\n", 5) == 0) || (n == 5 && memcmp(line, "FAIL\n", 5) == 0) ||
        starts(line, n, "FAIL\t")) {
        flush_reports(0);
        output(line, n);
        return;
    }
    static const char *updates[] = {"=== RUN   ", "=== PAUSE ", "=== CONT  "};
    static const char *results[] = {"--- PASS: ", "--- FAIL: ", "--- SKIP: ", "--- BENCH: "};
    const char *s = line;
    size_t len = n;
    int kind = -1; /* an update (0-2) or a report (3-6) */
    for (int k = 0; k < 3 && kind < 0; k++)
        if (starts(s, len, updates[k]))
            kind = k;
    int indent = 0;
    if (kind < 0) {
        while (starts(s, len, "    "))
            s += 4, len -= 4, indent++;
        for (int k = 0; k < 4 && kind < 0; k++)
            if (starts(s, len, results[k]))
                kind = 3 + k;
    }
    if (kind < 0) {
        /* output: of the test whose report the indentation is under */
        if (indent > 0 && indent <= nreports)
            memcpy(test_name, reports[indent - 1].test, sizeof test_name);
        output(line, n);
        return;
    }
    static const char *actions[] = {"run", "pause", "cont", "pass", "fail", "skip", "bench"};
    const char *action = actions[kind];
    size_t head = kind < 3 ? strlen(updates[kind]) : strlen(results[kind - 3]);
    if (kind >= 3) {
        if (nreports < indent || indent >= MAX_DEPTH) {
            output(line, n);
            return;
        }
        Report r = {{0}, {0}, 0, false};
        snprintf(r.action, sizeof r.action, "%s", action);
        set_name(r.test, s + head, len - head);
        /* "Name (0.00s)": the time is the test's Elapsed */
        char *paren = strstr(r.test, " (");
        if (paren) {
            size_t tl = strlen(paren);
            if (tl >= 4 && paren[tl - 2] == 's' && paren[tl - 1] == ')') {
                char num[64];
                size_t nl = tl - 4 < sizeof num - 1 ? tl - 4 : sizeof num - 1;
                memcpy(num, paren + 2, nl);
                num[nl] = '\0';
                char *end;
                double t = strtod(num, &end);
                if (end != num && *end == '\0') {
                    r.elapsed = t;
                    r.has_elapsed = true;
                }
            }
            *paren = '\0';
        }
        flush_reports(indent);
        memcpy(test_name, r.test, sizeof test_name);
        reports[nreports++] = r;
        output(line, n);
        return;
    }
    flush_reports(0);
    set_name(test_name, s + head, len - head);
    if (kind == 1)
        output(line, n);
    event(action, NULL, NULL, 0, NULL);
    if (kind != 1)
        output(line, n);
}

static bool benchmark_name(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (!starts(s, n, "Benchmark"))
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ' ' || s[i] == '\t')
            return false;
    return true;
}

/* Reads the child's output to its end, line by line as test2json does. */
static void convert(int fd)
{
    static char buf[IN_MAX];
    size_t len = 0;
    bool mid = false; /* the buffer continues a line already passed on */
    for (;;) {
        ssize_t got = read(fd, buf + len, sizeof buf - len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        len += (size_t)got;
        size_t i = 0;
        while (i < len) {
            char *nl = memchr(buf + i, '\n', len - i);
            if (!nl) {
                /* a benchmark's name comes before its numbers */
                char *tab = mid ? NULL : memchr(buf + i, '\t', len - i);
                if (tab && benchmark_name(buf + i, (size_t)(tab - (buf + i)))) {
                    output(buf + i, (size_t)(tab + 1 - (buf + i)));
                    mid = true;
                    i = (size_t)(tab + 1 - buf);
                }
                break;
            }
            size_t e = (size_t)(nl + 1 - buf);
            if (mid)
                output(buf + i, e - i);
            else
                input_line(buf + i, e - i);
            mid = false;
            i = e;
        }
        memmove(buf, buf + i, len - i);
        len -= i;
        if (len == sizeof buf) {
            /* a line longer than the buffer: output, in parts */
            output(buf, len);
            mid = true;
            len = 0;
        }
        out_flush();
    }
    if (len > 0) {
        if (mid)
            output(buf, len);
        else
            input_line(buf, len);
    }
}

static pid_t child;

/* A signal for the run goes on to the child, and this process reads on
 * until the child's last line (a Ctrl-C reaches both; the child ends,
 * flushing what it printed). */
static void forward(int sig)
{
    if (child > 0)
        kill(child, sig);
}

/* the child's ends: the output pipe's, and the one that says the run began */
static int child_out = -1, child_ready = -1;

int test_json_start(const char *pkg)
{
    package = pkg;
    clock_gettime(CLOCK_MONOTONIC, &started);
    int outp[2], readyp[2];
    if (pipe(outp) != 0 || pipe(readyp) != 0) {
        perror("gosh test -json: pipe");
        exit(2);
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        perror("gosh test -json: fork");
        exit(2);
    }
    if (pid == 0) {
        close(outp[0]);
        close(readyp[0]);
        child_out = outp[1];
        child_ready = readyp[1];
        fcntl(child_out, F_SETFD, FD_CLOEXEC);
        fcntl(child_ready, F_SETFD, FD_CLOEXEC);
        stdlib_sandbox_keep_fd(child_out);
        stdlib_sandbox_keep_fd(child_ready);
        return 0;
    }
    child = pid;
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = forward;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
    close(outp[1]);
    close(readyp[1]);
    convert(outp[0]);
    close(outp[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    char c;
    if (read(readyp[0], &c, 1) != 1) {
        /* it did not compile: go test prints that as it is, no events */
        exit(code);
    }
    flush_reports(0);
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double secs = (double)(now.tv_sec - started.tv_sec) + (double)(now.tv_nsec - started.tv_nsec) / 1e9;
    secs = (double)(long long)(secs * 1000 + 0.5) / 1000;
    /* go test, too, goes by the exit status at the end */
    event(no_test_files ? "skip" : code == 0 ? "pass" : "fail", "", NULL, 0, &secs);
    out_flush();
    exit(code == 0 ? 0 : 1);
}

void test_json_begin(void)
{
    if (child_out < 0)
        return;
    fflush(NULL);
    dup2(child_out, 1);
    dup2(child_out, 2);
    close(child_out);
    child_out = -1;
    if (write(child_ready, "1", 1) != 1) {
        /* the converter is gone: what follows goes nowhere either */
    }
    close(child_ready);
    child_ready = -1;
}
