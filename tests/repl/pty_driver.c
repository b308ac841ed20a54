/* pty_driver.c: drives an interactive program through a real
 * pseudo-terminal, as a person at a keyboard would, and checks what it
 * shows.
 *
 * usage: pty_driver SCRIPT PROGRAM [ARGS...]
 *
 * SCRIPT lines (blank lines and lines starting with # are skipped):
 *   send TEXT       type TEXT; C escapes: \r \n \t \e (Escape) \xHH
 *   expect TEXT     wait (up to 10 s) until TEXT appears in the output
 *                   that followed the previous expect
 *   within MS TEXT  as expect, counting from the program's start, and
 *                   print how long it took (the REPL's start-up time)
 *   reject TEXT     fail if TEXT appeared since the previous expect
 *   sleep MS        pause
 *   exit N          wait for the program to exit with status N
 * The output is compared with escape sequences removed, so TEXT is what
 * the screen shows. On failure the driver prints what it saw; with
 * PTY_DRIVER_LOG set, the whole session is also written to that file
 * at the end, for checks a script cannot make (tests/repl/trace.sh). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static int64_t started;
static pid_t child;
static char seen[1 << 20];      /* visible output since the last expect */
static size_t nseen;
static char all[1 << 20];       /* everything, for failure reports */
static size_t nall;

/* Appends [p] to the buffers without terminal escape sequences. */
static void absorb(const char *p, size_t n)
{
    static int state; /* 0 text, 1 after ESC, 2 in CSI */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (state == 1) {
            state = c == '[' ? 2 : 0;
            continue;
        }
        if (state == 2) {
            if (c >= 0x40 && c <= 0x7e)
                state = 0;
            continue;
        }
        if (c == 0x1b) {
            state = 1;
            continue;
        }
        if (c == '\r' || c == 7 || c == 8)
            continue;
        if (nseen < sizeof seen - 1)
            seen[nseen++] = (char)c;
        if (nall < sizeof all - 1)
            all[nall++] = (char)c;
    }
    seen[nseen] = '\0';
    all[nall] = '\0';
}

/* Reads what is available, waiting up to [ms]. False at end of output. */
static bool pump(int ms)
{
    struct pollfd pfd = {master, POLLIN, 0};
    if (poll(&pfd, 1, ms) <= 0)
        return true;
    char buf[4096];
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0)
        return false;
    absorb(buf, (size_t)n);
    return true;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void fail(int line, const char *what, const char *text)
{
    fprintf(stderr, "pty_driver: script line %d: %s \"%s\"\n--- screen since last expect:\n%s\n"
                    "--- whole session:\n%s\n---\n",
            line, what, text, seen, all);
    if (child > 0)
        kill(child, SIGKILL);
    exit(1);
}

/* Decodes the C escapes of a send/expect argument in place. */
static size_t unescape(char *s)
{
    char *d = s;
    for (char *p = s; *p; p++) {
        if (*p != '\\' || !p[1]) {
            *d++ = *p;
            continue;
        }
        p++;
        switch (*p) {
        case 'r': *d++ = '\r'; break;
        case 'n': *d++ = '\n'; break;
        case 't': *d++ = '\t'; break;
        case 'e': *d++ = 0x1b; break;
        case 'x': {
            char hex[3] = {p[1], p[2], 0};
            *d++ = (char)strtol(hex, NULL, 16);
            p += 2;
            break;
        }
        default: *d++ = *p; break;
        }
    }
    *d = '\0';
    return (size_t)(d - s);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: pty_driver SCRIPT PROGRAM [ARGS...]\n");
        return 2;
    }
    FILE *script = fopen(argv[1], "r");
    if (!script) {
        perror(argv[1]);
        return 2;
    }
    struct winsize ws = {24, 100, 0, 0};
    started = now_ms();
    child = forkpty(&master, NULL, NULL, &ws);
    if (child < 0) {
        perror("forkpty");
        return 2;
    }
    if (child == 0) {
        setenv("TERM", "xterm", 1);
        execv(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    char line[4096];
    int lineno = 0;
    while (fgets(line, sizeof line, script)) {
        lineno++;
        size_t len = strlen(line);
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (!len || line[0] == '#')
            continue;
        char *arg = strchr(line, ' ');
        if (arg)
            *arg++ = '\0';
        else
            arg = line + len;
        if (strcmp(line, "send") == 0) {
            size_t n = unescape(arg);
            if (write(master, arg, n) != (ssize_t)n)
                fail(lineno, "cannot send", arg);
            pump(50);
        } else if (strcmp(line, "expect") == 0) {
            unescape(arg);
            int64_t deadline = now_ms() + 10000;
            while (!strstr(seen, arg)) {
                if (now_ms() > deadline || !pump(100))
                    fail(lineno, "did not see", arg);
            }
            /* keep what followed the match for the next expect */
            char *after = strstr(seen, arg) + strlen(arg);
            nseen = strlen(after);
            memmove(seen, after, nseen + 1);
        } else if (strcmp(line, "within") == 0) {
            char *text = strchr(arg, ' ');
            if (!text)
                fail(lineno, "within needs MS TEXT", arg);
            *text++ = '\0';
            int64_t limit = atoll(arg);
            unescape(text);
            while (!strstr(seen, text)) {
                if (now_ms() - started > limit || !pump(1))
                    fail(lineno, "not seen in time", text);
            }
            printf("%s after %lld ms\n", text, (long long)(now_ms() - started));
            char *after = strstr(seen, text) + strlen(text);
            nseen = strlen(after);
            memmove(seen, after, nseen + 1);
        } else if (strcmp(line, "reject") == 0) {
            unescape(arg);
            pump(100);
            if (strstr(seen, arg))
                fail(lineno, "saw", arg);
        } else if (strcmp(line, "sleep") == 0) {
            int64_t until = now_ms() + atoi(arg);
            while (now_ms() < until)
                pump((int)(until - now_ms()));
        } else if (strcmp(line, "exit") == 0) {
            int want = atoi(arg), status = 0;
            int64_t deadline = now_ms() + 10000;
            for (;;) {
                pid_t r = waitpid(child, &status, WNOHANG);
                if (r == child)
                    break;
                if (now_ms() > deadline)
                    fail(lineno, "program did not exit", arg);
                pump(50);
            }
            child = -1;
            int got = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            if (got != want) {
                char msg[64];
                snprintf(msg, sizeof msg, "%d (wanted %d)", got, want);
                fail(lineno, "exit status", msg);
            }
        } else {
            fail(lineno, "unknown command", line);
        }
    }
    if (child > 0) {
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
    const char *log = getenv("PTY_DRIVER_LOG");
    FILE *f = log ? fopen(log, "w") : NULL;
    if (f) {
        fputs(all, f);
        fclose(f);
    }
    return 0;
}
