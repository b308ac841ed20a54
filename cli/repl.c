/* repl.c: the interactive prompt.
 *
 * Line editing is libedit's (through its readline interface, in callback
 * mode, so that one poll loop can watch the keyboard, output from running
 * goroutines, and Ctrl-C). Lines gather into an entry until the parser
 * says the entry is complete; the session (gosh.h) compiles and runs it.
 * While the user edits, goroutines' output is held by the runtime and
 * shown here, above the line being edited, which is then redrawn. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <editline/readline.h>
#include "gosh.h"
#include "repl.h"
#include "runtime.h"

static GoshSession *session;
static char *entry;             /* the lines of the entry so far */
static size_t entry_len;
static bool quit;
static int output_pipe[2];      /* the runtime pokes it when output waits */
static int signal_pipe[2];      /* the SIGINT handler pokes it */
static char history_path[4096];
static bool need_prompt = true; /* the line handler is to be installed */
/* An entry with a syntax error whose brackets are still open: its error
 * is reported, and the lines that follow belong to it (a pasted block)
 * until its brackets close; they are dropped, not run. */
static bool skipping;

static void fcntl_nonblock(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

static const char *prompt(void)
{
    return entry_len ? "... " : ">>> ";
}

static void entry_append(const char *line)
{
    size_t n = strlen(line);
    char *e = realloc(entry, entry_len + n + 2);
    if (!e)
        return;
    entry = e;
    memcpy(entry + entry_len, line, n);
    entry_len += n;
    entry[entry_len++] = '\n';
    entry[entry_len] = '\0';
}

static void entry_clear(void)
{
    entry_len = 0;
    skipping = false;
    if (entry)
        entry[0] = '\0';
}

static void on_sigint(int sig)
{
    (void)sig;
    rt_interrupt();
    char c = 1;
    if (write(signal_pipe[1], &c, 1) < 0) {
        /* the pipe is full: an interrupt is pending anyway */
    }
}

static void drain(int fd)
{
    char tmp[256];
    while (read(fd, tmp, sizeof tmp) > 0) {
    }
}

/* ---- commands ---- */

static const char help_text[] =
    "Type Go statements, declarations and expressions; an expression's value is\n"
    "printed. An unfinished entry continues on a '...' line.\n"
    "\n"
    "  :help           this text\n"
    "  :quit           leave (also Ctrl-D on an empty line)\n"
    "  :type EXPR      the static type of an expression\n"
    "  :disasm NAME    the bytecode of a function\n"
    "  :doc NAME       a standard package's names, or one name's signature and\n"
    "                  what it does (:doc strings, :doc strings.ToUpper)\n"
    "  :load FILE      run a file's declarations and statements here\n"
    "  :reset          end every goroutine and forget every declaration\n"
    "  :goroutines     every goroutine: its state, what it waits on, where\n"
    "  :kill N         end goroutine N (as :goroutines numbers them); :kill all\n"
    "  :trace on FILE  trace what the entries run into FILE (a .json trace, or\n"
    "                  FILE.html: its timeline page, the JSON beside it)\n"
    "  :trace off      finish the trace and write it; :trace says if one is on\n"
    "  :race on        report data races in what the entries run (as gosh --race),\n"
    "                  for the rest of the session; :race says if it is on\n"
    "\n"
    "Ctrl-C stops a running entry (or clears the line); goroutines started at\n"
    "the prompt keep running between entries, until :kill or :reset.\n";

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

/* :trace on FILE, :trace off, :trace. */
static void trace_command(char *arg)
{
    char *file = arg;
    while (*file && *file != ' ' && *file != '\t')
        file++;
    bool on = file - arg == 2 && strncmp(arg, "on", 2) == 0;
    bool off = file - arg == 3 && strncmp(arg, "off", 3) == 0;
    file = trim(file);
    if (on && !*file) {
        fprintf(stderr, ":trace on needs a file: :trace on run.json (or run.html for the timeline page)\n");
    } else if (on) {
        if (gosh_session_trace_on(session, file))
            printf("trace: on, recording to %s (:trace off writes it)\n", gosh_session_trace_file(session));
    } else if (off && !*file) {
        gosh_session_trace_off(session);
    } else if (!*arg) {
        const char *f = gosh_session_trace_file(session);
        if (f)
            printf("trace: on, recording to %s\n", f);
        else
            printf("trace: off\n");
    } else {
        fprintf(stderr, ":trace takes on FILE, off, or nothing (try :help)\n");
    }
}

/* :race on, :race. */
static void race_command(const char *arg)
{
    if (strcmp(arg, "on") == 0) {
        if (gosh_session_race_on(session))
            printf("race detector: on, for the rest of the session\n");
    } else if (!*arg) {
        int n = gosh_session_races(session);
        if (n < 0)
            printf("race detector: off (:race on starts it)\n");
        else
            printf("race detector: on, %d race%s found\n", n, n == 1 ? "" : "s");
    } else if (strcmp(arg, "off") == 0) {
        fprintf(stderr, ":race off: the race detector stays on for the rest of the session\n");
    } else {
        fprintf(stderr, ":race takes on, or nothing (try :help)\n");
    }
}

/* Runs a ':' command; false when it is not one. */
static bool command(char *line)
{
    char *cmd = trim(line);
    if (cmd[0] != ':')
        return false;
    char *arg = cmd + 1;
    while (*arg && *arg != ' ' && *arg != '\t')
        arg++;
    size_t len = (size_t)(arg - cmd);
    arg = trim(arg);
#define IS(name) (len == strlen(name) && strncmp(cmd, name, len) == 0)
    if (IS(":help") || IS(":h") || IS(":?")) {
        fputs(help_text, stdout);
    } else if (IS(":quit") || IS(":q") || IS(":exit")) {
        quit = true;
    } else if (IS(":type") || IS(":t")) {
        if (!*arg)
            fprintf(stderr, ":type needs an expression\n");
        else
            gosh_session_type(session, arg);
    } else if (IS(":disasm")) {
        if (!*arg)
            fprintf(stderr, ":disasm needs a function name\n");
        else
            gosh_session_disasm(session, arg);
    } else if (IS(":load")) {
        if (!*arg)
            fprintf(stderr, ":load needs a file\n");
        else
            gosh_session_load(session, arg);
    } else if (IS(":reset")) {
        int n = gosh_session_kill_all();
        gosh_session_reset(session);
        if (n)
            printf("session reset, %d goroutine%s ended\n", n, n == 1 ? "" : "s");
        else
            printf("session reset\n");
    } else if (IS(":kill")) {
        gosh_session_kill(arg);
    } else if (IS(":goroutines") || IS(":g")) {
        gosh_session_goroutines();
    } else if (IS(":doc")) {
        if (!*arg)
            fprintf(stderr, ":doc needs a standard package or one of its names: :doc strings.ToUpper\n");
        else
            gosh_session_doc(session, arg);
    } else if (IS(":trace")) {
        trace_command(arg);
    } else if (IS(":race")) {
        race_command(arg);
    } else {
        fprintf(stderr, "unknown command %.*s (try :help)\n", (int)len, cmd);
    }
#undef IS
    fflush(stdout);
    return true;
}

/* ---- completion ---- */

typedef struct Matches {
    char **items;
    int n, cap;
} Matches;

static void add_match(const char *name, void *arg)
{
    Matches *m = arg;
    if (m->n + 2 > m->cap) {
        int cap = m->cap ? m->cap * 2 : 16;
        char **items = realloc(m->items, sizeof(char *) * (size_t)cap);
        if (!items)
            return;
        m->items = items;
        m->cap = cap;
    }
    char *copy = strdup(name);
    if (copy)
        m->items[m->n++] = copy;
}

static Matches matches;
static int match_next;

static char *next_match(const char *text, int state)
{
    (void)text;
    if (state == 0)
        match_next = 0;
    return match_next < matches.n ? strdup(matches.items[match_next++]) : NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)end;
    for (int i = 0; i < matches.n; i++)
        free(matches.items[i]);
    matches.n = 0;
    /* a package member: the word is "pkg.pre" */
    char word[512];
    int from = start;
    while (from > 0 && (rl_line_buffer[from - 1] == '.' || rl_line_buffer[from - 1] == '_' ||
                        (rl_line_buffer[from - 1] >= 'a' && rl_line_buffer[from - 1] <= 'z') ||
                        (rl_line_buffer[from - 1] >= 'A' && rl_line_buffer[from - 1] <= 'Z') ||
                        (rl_line_buffer[from - 1] >= '0' && rl_line_buffer[from - 1] <= '9')))
        from--;
    snprintf(word, sizeof word, "%.*s%s", start - from, rl_line_buffer + from, text);
    gosh_session_complete(session, word, add_match, &matches);
    /* libedit replaces [text] only: drop the qualifier we added */
    size_t skip = (size_t)(start - from);
    for (int i = 0; i < matches.n; i++)
        if (strlen(matches.items[i]) >= skip)
            memmove(matches.items[i], matches.items[i] + skip, strlen(matches.items[i]) - skip + 1);
    rl_attempted_completion_over = 1;
    if (matches.n == 0)
        return NULL;
    return rl_completion_matches(text, next_match);
}

/* ---- the loop ---- */

static ssize_t stderr_write(void *cookie, const char *p, size_t n)
{
    (void)cookie;
    rt_write_stderr_raw(p, n);
    return (ssize_t)n;
}

/* stderr goes through the runtime's output, so that what a background
 * goroutine's panic or fatal error prints while a line is being edited
 * is held and shown above it, as its stdout is. */
static void stderr_through_runtime(void)
{
    FILE *f = fopencookie(NULL, "w", (cookie_io_functions_t){.write = stderr_write});
    if (!f)
        return;
    setvbuf(f, NULL, _IONBF, 0);
    fflush(stderr);
    stderr = f;
}

static void run_entry(void)
{
    rt_output_release();
    gosh_session_eval(session, entry, entry_len);
    fflush(stdout);
    /* a Ctrl-C that stopped the entry is spent */
    drain(signal_pipe[0]);
    rt_output_hold(output_pipe[1]);
}

/* Keys the REPL takes before libedit sees them: Ctrl-D on an empty line
 * (which libedit would treat as end of input without telling a callback
 * reader) becomes an empty line with [eof_key] set. */
static bool eof_key;

static int repl_getc(FILE *f)
{
    (void)f;
    unsigned char c;
    ssize_t n;
    do
        n = read(0, &c, 1);
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
        eof_key = true;
        return '\r';
    }
    if (c == 4 && rl_end == 0) {
        eof_key = true;
        return '\r';
    }
    return c;
}

/* Ctrl-C at the prompt: drops the line and the entry. */
static int key_ctrl_c(int count, int key)
{
    (void)count;
    (void)key;
    rl_replace_line("", 0);
    entry_clear();
    printf("^C\n");
    fflush(stdout);
    rl_done = 1;
    rl_callback_handler_remove();
    need_prompt = true;
    return 0;
}

static void on_line(char *line)
{
    /* the next line gets a fresh prompt (">>> " or "... ") */
    rl_callback_handler_remove();
    need_prompt = true;
    if (eof_key) {
        eof_key = false;
        free(line);
        line = NULL;
    }
    if (!line) {
        /* Ctrl-D: leave on an empty entry, otherwise drop the entry */
        if (entry_len == 0) {
            quit = true;
            printf("\n");
        } else {
            printf("\n");
            entry_clear();
        }
        return;
    }
    if (entry_len == 0 && line[0] == ':') {
        add_history(line);
        rt_output_release();
        command(line);
        rt_output_hold(output_pipe[1]);
        free(line);
        return;
    }
    entry_append(line);
    free(line);
    if (skipping) {
        if (!gosh_session_open_brackets(entry, entry_len))
            entry_clear();
        return;
    }
    if (gosh_session_incomplete(entry, entry_len))
        return;
    /* one history entry, even for several lines */
    char *h = strndup(entry, entry_len ? entry_len - 1 : 0);
    if (h && *h)
        add_history(h);
    free(h);
    bool broken = gosh_session_syntax_error(entry, entry_len) &&
                  gosh_session_open_brackets(entry, entry_len);
    run_entry();
    if (broken) {
        /* the entry stays, for its brackets; "..." goes on until they close */
        fprintf(stderr, "(the rest of the entry, up to its closing bracket, is skipped)\n");
        skipping = true;
        return;
    }
    entry_clear();
}

static void show_output(void)
{
    char buf[4096];
    size_t n = rt_output_take(buf, sizeof buf);
    if (!n)
        return;
    /* erase the prompt line, print, then redraw prompt and line */
    fputs("\r\033[K", stdout);
    fwrite(buf, 1, n, stdout);
    if (buf[n - 1] != '\n')
        fputc('\n', stdout);
    fflush(stdout);
    while ((n = rt_output_take(buf, sizeof buf)) > 0)
        fwrite(buf, 1, n, stdout);
    fflush(stdout);
    rl_forced_update_display();
}

static void on_interrupt_at_prompt(void)
{
    /* Ctrl-C while editing: drop the line and the entry */
    rl_replace_line("", 0);
    entry_clear();
    printf("^C\n");
    fflush(stdout);
    rl_callback_handler_remove();
    need_prompt = true;
}

int repl_run(void)
{
    session = gosh_session_new();
    if (!session)
        return 2;
    if (pipe(output_pipe) || pipe(signal_pipe)) {
        perror("gosh: pipe");
        return 1;
    }
    for (int i = 0; i < 2; i++) {
        fcntl_nonblock(output_pipe[i]);
        fcntl_nonblock(signal_pipe[i]);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);

    const char *home = getenv("HOME");
    if (home) {
        snprintf(history_path, sizeof history_path, "%s/.gosh_history", home);
        read_history(history_path);
    }
    stifle_history(1000);
    rl_catch_signals = 0;
    rl_attempted_completion_function = complete;
    rl_completion_append_character = '\0';
    rl_getc_function = repl_getc;
    rl_bind_key(3, key_ctrl_c);
    stderr_through_runtime();
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(.,[]+-*/%^!";

    printf("gosh %s — Go, interactively. :help for help, Ctrl-D to leave.\n", gosh_version());
    fflush(stdout);
    rt_output_hold(output_pipe[1]);
    while (!quit) {
        if (need_prompt) {
            rl_callback_handler_install(prompt(), on_line);
            need_prompt = false;
        }
        struct pollfd fds[3] = {
            {0, POLLIN, 0},
            {output_pipe[0], POLLIN, 0},
            {signal_pipe[0], POLLIN, 0},
        };
        if (poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[2].revents) {
            drain(signal_pipe[0]);
            on_interrupt_at_prompt();
            continue;
        }
        if (fds[1].revents) {
            drain(output_pipe[0]);
            show_output();
        }
        if (fds[0].revents & (POLLIN | POLLHUP))
            rl_callback_read_char();
    }
    rl_callback_handler_remove();
    rt_output_release();
    /* leaving with a trace on finishes it */
    if (gosh_session_trace_file(session))
        gosh_session_trace_off(session);
    fflush(stdout);
    if (history_path[0])
        write_history(history_path);
    return 0;
}
