/* runner.c: runs one script test and checks the expectations written in
 * its trailing comments (see tests/README.md).
 *
 * usage: runner GOSH TEST [extra gosh flags...]
 * Exits 0 when every expectation holds; otherwise prints what differed
 * and exits 1. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { TIMEOUT_SECONDS = 60 };

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *p, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = realloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_puts(Buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

typedef enum Section { S_NONE, S_OUTPUT, S_UNORDERED, S_STDERR, S_STDERR_HAS, S_ERROR, S_STDIN } Section;

typedef struct Expect {
    Buf output, stderr_, stderr_has, errors, stdin_;
    bool has_output, unordered, has_stderr, has_errors;
    char *panic, *fatal;
    int exit_code;
    bool has_exit;
    char *args, *flags;
} Expect;

static char *dup_trim(const char *s)
{
    while (*s == ' ')
        s++;
    char *d = strdup(s);
    size_t n = strlen(d);
    while (n && (d[n - 1] == '\n' || d[n - 1] == '\r'))
        d[--n] = '\0';
    return d;
}

static bool starts(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

static void parse(const char *text, Expect *e)
{
    Section sec = S_NONE;
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char *line = strndup(p, len);
        p = nl ? nl + 1 : p + len;
        if (starts(line, "// Output:")) {
            sec = S_OUTPUT;
            e->has_output = true;
        } else if (starts(line, "// Unordered output:")) {
            sec = S_UNORDERED;
            e->has_output = true;
            e->unordered = true;
        } else if (starts(line, "// Stderr:")) {
            sec = S_STDERR;
            e->has_stderr = true;
        } else if (starts(line, "// Stderr contains:")) {
            sec = S_STDERR_HAS;
        } else if (starts(line, "// Error:")) {
            sec = S_ERROR;
            e->has_errors = true;
        } else if (starts(line, "// Stdin:")) {
            sec = S_STDIN;
        } else if (starts(line, "// Panic:")) {
            e->panic = dup_trim(line + 9);
            sec = S_NONE;
        } else if (starts(line, "// Fatal:")) {
            e->fatal = dup_trim(line + 9);
            sec = S_NONE;
        } else if (starts(line, "// Exit:")) {
            e->exit_code = atoi(line + 8);
            e->has_exit = true;
            sec = S_NONE;
        } else if (starts(line, "// Args:")) {
            e->args = dup_trim(line + 8);
            sec = S_NONE;
        } else if (starts(line, "// Flags:")) {
            e->flags = dup_trim(line + 9);
            sec = S_NONE;
        } else if (starts(line, "// Requires:")) {
            sec = S_NONE;
        } else if (sec != S_NONE && starts(line, "//")) {
            const char *content = line + 2;
            if (*content == ' ')
                content++;
            Buf *dst = sec == S_OUTPUT || sec == S_UNORDERED ? &e->output
                     : sec == S_STDERR ? &e->stderr_ : sec == S_STDERR_HAS ? &e->stderr_has
                     : sec == S_ERROR ? &e->errors : &e->stdin_;
            buf_puts(dst, content);
            buf_puts(dst, "\n");
        } else {
            sec = S_NONE;
        }
        free(line);
    }
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b = {0};
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_put(&b, tmp, n);
    fclose(f);
    if (!b.data)
        buf_put(&b, "", 0);
    return b.data;
}

/* Splits [s] on spaces into argv entries appended to [argv]. */
static int split_words(char *s, char **argv, int n)
{
    for (char *tok = strtok(s, " \t"); tok; tok = strtok(NULL, " \t"))
        argv[n++] = tok;
    return n;
}

static int run(char **argv, const Buf *in, Buf *out, Buf *err, bool *timed_out)
{
    int pin[2], pout[2], perr[2];
    if (pipe(pin) || pipe(pout) || pipe(perr)) {
        perror("pipe");
        exit(2);
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pin[0], 0);
        dup2(pout[1], 1);
        dup2(perr[1], 2);
        close(pin[1]);
        close(pout[0]);
        close(perr[0]);
        /* the signal tests need the default actions, also when the
         * runner was started with them ignored (nohup, a background
         * job): a program keeps an ignored SIGHUP or SIGINT ignored, as
         * Go's does (ctest resets them for its children too) */
        signal(SIGHUP, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        execv(argv[0], argv);
        perror(argv[0]);
        _exit(127);
    }
    close(pin[0]);
    close(pout[1]);
    close(perr[1]);
    fcntl(pin[1], F_SETFL, O_NONBLOCK);
    size_t written = 0;
    if (!in->len) {
        close(pin[1]);
        pin[1] = -1;
    }
    time_t start = time(NULL);
    bool out_open = true, err_open = true;
    *timed_out = false;
    while (out_open || err_open) {
        struct pollfd fds[3];
        int nf = 0;
        if (out_open) fds[nf++] = (struct pollfd){pout[0], POLLIN, 0};
        if (err_open) fds[nf++] = (struct pollfd){perr[0], POLLIN, 0};
        if (pin[1] >= 0) fds[nf++] = (struct pollfd){pin[1], POLLOUT, 0};
        int r = poll(fds, (nfds_t)nf, 1000);
        if (time(NULL) - start > TIMEOUT_SECONDS) {
            kill(pid, SIGKILL);
            *timed_out = true;
            break;
        }
        if (r <= 0)
            continue;
        for (int i = 0; i < nf; i++) {
            if (!fds[i].revents)
                continue;
            if (fds[i].fd == pin[1]) {
                ssize_t w = write(pin[1], in->data + written, in->len - written);
                if (w > 0)
                    written += (size_t)w;
                if (w < 0 || written == in->len) {
                    close(pin[1]);
                    pin[1] = -1;
                }
                continue;
            }
            char tmp[65536];
            ssize_t n = read(fds[i].fd, tmp, sizeof tmp);
            if (n <= 0) {
                if (fds[i].fd == pout[0])
                    out_open = false;
                else
                    err_open = false;
                continue;
            }
            buf_put(fds[i].fd == pout[0] ? out : err, tmp, (size_t)n);
        }
    }
    if (pin[1] >= 0)
        close(pin[1]);
    close(pout[0]);
    close(perr[0]);
    int status;
    waitpid(pid, &status, 0);
    if (!out->data)
        buf_put(out, "", 0);
    if (!err->data)
        buf_put(err, "", 0);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

static int cmp_lines(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the lines of [s] (for unordered output). */
static char *sorted_lines(const char *s)
{
    char *copy = strdup(s);
    char **lines = NULL;
    int n = 0, cap = 0;
    for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
        if (n == cap)
            lines = realloc(lines, sizeof(char *) * (size_t)(cap = cap ? cap * 2 : 16));
        lines[n++] = line;
    }
    qsort(lines, (size_t)n, sizeof(char *), cmp_lines);
    Buf b = {0};
    buf_put(&b, "", 0);
    for (int i = 0; i < n; i++) {
        buf_puts(&b, lines[i]);
        buf_puts(&b, "\n");
    }
    return b.data;
}

/* Whether the [k]th error of the expected [want] lines is followed by
 * detail lines (tab-indented: have/want, cycle members, reasons). */
static bool wants_details(const char *want, int k)
{
    int head = -1;
    for (const char *p = want; *p;) {
        const char *nl = strchr(p, '\n');
        if (*p == '\t') {
            if (head == k)
                return true;
        } else {
            head++;
        }
        p = nl ? nl + 1 : p + strlen(p);
    }
    return false;
}

/* Appends [line] ([len] bytes) with every "FILE:" removed, so that a
 * detail line reads as the test writes it ("\t3:6: A refers to"). */
static void put_without_file(Buf *b, const char *line, size_t len, const char *file)
{
    size_t fl = strlen(file);
    for (size_t i = 0; i < len;) {
        if (i + fl < len && strncmp(line + i, file, fl) == 0 && line[i + fl] == ':') {
            i += fl + 1;
            continue;
        }
        buf_put(b, line + i, 1);
        i++;
    }
}

/* The "L:C: msg" lines of a compile error report for [file], each with
 * its detail lines where [want] states them for that error. */
static char *error_lines(const char *err, const char *file, const char *want)
{
    Buf b = {0};
    buf_put(&b, "", 0);
    size_t fl = strlen(file);
    const char *p = err;
    int k = -1;
    bool details = false;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len > fl + 1 && strncmp(p, file, fl) == 0 && p[fl] == ':' &&
            !(len >= 16 && strstr(p, ": too many errors") && strstr(p, ": too many errors") < p + len)) {
            /* Go names the file inside messages too: "cannot infer T (FILE:3:8)" */
            put_without_file(&b, p + fl + 1, len - fl - 1, file);
            buf_puts(&b, "\n");
            details = wants_details(want, ++k);
        } else if (details && len > 0 && *p == '\t') {
            put_without_file(&b, p, len, file);
            buf_puts(&b, "\n");
        } else {
            details = false;
        }
        p = nl ? nl + 1 : p + len;
    }
    return b.data;
}

/* Whether every line of [want] is a whole line of [text], in order. */
static bool lines_in_order(const char *text, const char *want)
{
    const char *at = text;
    const char *w = want;
    while (*w) {
        const char *nl = strchr(w, '\n');
        size_t len = nl ? (size_t)(nl - w) : strlen(w);
        bool found = false;
        while (*at) {
            const char *end = strchr(at, '\n');
            size_t l = end ? (size_t)(end - at) : strlen(at);
            const char *next = end ? end + 1 : at + l;
            if (l == len && strncmp(at, w, len) == 0) {
                found = true;
                at = next;
                break;
            }
            at = next;
        }
        if (!found)
            return false;
        w = nl ? nl + 1 : w + len;
    }
    return true;
}

static bool failed;

static void fail(const char *what, const char *want, const char *got)
{
    failed = true;
    printf("FAIL: %s\n--- want\n%s--- got\n%s---\n", what, want, got);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: runner GOSH TEST [flags...]\n");
        return 2;
    }
    const char *gosh = argv[1], *test = argv[2];
    char *text = read_file(test);
    if (!text) {
        fprintf(stderr, "runner: cannot read %s\n", test);
        return 2;
    }
    Expect e;
    memset(&e, 0, sizeof e);
    parse(text, &e);
    char *cmd[256];
    int n = 0;
    cmd[n++] = (char *)gosh;
    for (int i = 3; i < argc && n < 200; i++)
        cmd[n++] = argv[i];
    if (e.flags)
        n = split_words(e.flags, cmd, n);
    cmd[n++] = (char *)test;
    if (e.args)
        n = split_words(e.args, cmd, n);
    cmd[n] = NULL;
    Buf out = {0}, err = {0};
    bool timed_out;
    int code = run(cmd, &e.stdin_, &out, &err, &timed_out);
    if (timed_out) {
        printf("FAIL: timed out after %d seconds\nstdout:\n%s\nstderr:\n%s\n", TIMEOUT_SECONDS,
               out.data, err.data);
        return 1;
    }
    int want_code = e.has_exit ? e.exit_code : e.has_errors ? 1 : (e.panic || e.fatal) ? 2 : 0;
    if (code != want_code) {
        failed = true;
        printf("FAIL: exit status %d, want %d\n", code, want_code);
    }
    if (e.has_errors) {
        char *got = error_lines(err.data, test, e.errors.data ? e.errors.data : "");
        if (strcmp(got, e.errors.data ? e.errors.data : "") != 0)
            fail("compile errors", e.errors.data ? e.errors.data : "", got);
    }
    if (e.has_output || !e.has_errors) {
        const char *want = e.output.data ? e.output.data : "";
        if (e.unordered) {
            char *a = sorted_lines(want), *b = sorted_lines(out.data);
            if (strcmp(a, b) != 0)
                fail("stdout (unordered)", a, b);
        } else if (strcmp(want, out.data) != 0) {
            fail("stdout", want, out.data);
        }
    }
    if (e.has_stderr && strcmp(e.stderr_.data ? e.stderr_.data : "", err.data) != 0)
        fail("stderr", e.stderr_.data ? e.stderr_.data : "", err.data);
    if (e.stderr_has.data && !lines_in_order(err.data, e.stderr_has.data))
        fail("stderr (these lines, in order)", e.stderr_has.data, err.data);
    if (e.panic) {
        char want[4096];
        snprintf(want, sizeof want, "panic: %s\n", e.panic);
        char *line = strstr(err.data, "panic: ");
        bool ok = line && strncmp(line, want, strlen(want)) == 0 &&
                  strstr(err.data, "goroutine ") && strstr(err.data, "[running]:");
        if (!ok)
            fail("panic", want, err.data);
    }
    if (e.fatal) {
        char want[4096];
        snprintf(want, sizeof want, "fatal error: %s\n", e.fatal);
        if (!strstr(err.data, want))
            fail("fatal error", want, err.data);
    }
    if (!e.has_stderr && !e.panic && !e.fatal && !e.has_errors && code == 0 && err.len) {
        /* unexpected stderr output from a passing program */
        fail("stderr (expected none)", "", err.data);
    }
    if (failed && !e.has_errors && err.len && !e.has_stderr && !e.panic && !e.fatal)
        printf("stderr:\n%s\n", err.data);
    return failed ? 1 : 0;
}
