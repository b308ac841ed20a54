/* report.c: Go's WARNING: DATA RACE report.
 *
 * The current access shows its goroutine's whole stack; the previous
 * one shows one frame (shadow memory keeps one site per access, not a
 * stack): the program's own, for an access made inside a standard
 * package (the call into it). Each goroutine's go statement follows. A pair
 * of source lines is reported once, whichever order the two accesses
 * came in.
 *
 * A location is named as the program names it: a package variable by
 * its name; anything else by the text of the write's source line, the
 * left-hand side of its assignment (`accounts[i].Balance`,
 * `counts[word]`), or the whole statement when it assigns nothing
 * (`delete(counts, w)`, `buf.WriteString(s)` for a bytes.Buffer's
 * memory); an address only when the source is not at hand. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static int nraces;

typedef struct Pair {
    const char *fa, *fb;
    int la, lb;
} Pair;
static Pair *seen;
static int nseen, capseen;

int race_count(void)
{
    return __atomic_load_n(&nraces, __ATOMIC_RELAXED);
}

static int line_of(Site s)
{
    return s.proto ? vm_line_of(s.proto, s.pc - 1) : 0;
}

/* Has this pair of lines been reported? Records it if not. */
static bool seen_pair(const char *fa, int la, const char *fb, int lb)
{
    if (strcmp(fa, fb) > 0 || (strcmp(fa, fb) == 0 && la > lb)) {
        const char *f = fa;
        fa = fb;
        fb = f;
        int l = la;
        la = lb;
        lb = l;
    }
    for (int i = 0; i < nseen; i++)
        if (seen[i].la == la && seen[i].lb == lb && strcmp(seen[i].fa, fa) == 0 &&
            strcmp(seen[i].fb, fb) == 0)
            return true;
    if (nseen == capseen) {
        capseen = capseen ? capseen * 2 : 16;
        Pair *n = xmalloc(sizeof(Pair) * (size_t)capseen);
        if (nseen)
            memcpy(n, seen, sizeof(Pair) * (size_t)nseen);
        free(seen);
        seen = n;
    }
    seen[nseen++] = (Pair){fa, fb, la, lb};
    return false;
}

/* Line [line] of [file], read from disk (the standard packages are not:
 * their names come out as addresses). */
static bool source_line(const char *file, int line, char *out, size_t max)
{
    if (!file || file[0] == '<')
        return false;
    FILE *f = fopen(file, "r");
    if (!f)
        return false;
    char buf[4096];
    int n = 0;
    bool ok = false;
    while (fgets(buf, sizeof buf, f))
        if (++n == line) {
            ok = true;
            break;
        }
    fclose(f);
    if (!ok)
        return false;
    /* trim, and drop a trailing comment */
    char *s = buf;
    while (isspace((unsigned char)*s))
        s++;
    char *c = strstr(s, "//");
    if (c)
        *c = 0;
    size_t len = strlen(s);
    while (len && isspace((unsigned char)s[len - 1]))
        s[--len] = 0;
    snprintf(out, max, "%s", s);
    return len > 0;
}

/* The left-hand side of the assignment in [s], or NULL: the text before
 * the first `=` (or op=, :=) outside brackets and strings, or before a
 * trailing ++ or --. */
static char *assigned(char *s)
{
    int depth = 0;
    char quote = 0;
    for (char *p = s; *p; p++) {
        if (quote) {
            if (*p == '\\' && p[1])
                p++;
            else if (*p == quote)
                quote = 0;
            continue;
        }
        switch (*p) {
        case '"': case '\'': case '`': quote = *p; break;
        case '(': case '[': case '{': depth++; break;
        case ')': case ']': case '}': depth--; break;
        case '=':
            if (depth || p[1] == '=' || (p > s && strchr("=!<>", p[-1]) && !(p - 1 > s && p[-1] == p[-2])))
                break;
            {
                char *end = p;
                while (end > s && strchr("+-*/%&|^<>:", end[-1]))
                    end--;
                while (end > s && isspace((unsigned char)end[-1]))
                    end--;
                *end = 0;
                return s;
            }
        default: break;
        }
    }
    size_t n = strlen(s);
    if (n > 2 && (strcmp(s + n - 2, "++") == 0 || strcmp(s + n - 2, "--") == 0)) {
        s[n - 2] = 0;
        while (n > 2 && isspace((unsigned char)s[n - 3]))
            s[--n - 2] = 0;
        return s;
    }
    return NULL;
}

/* For memory a standard package touched (a shared bytes.Buffer): the
 * receiver of the first method call in [s], `buf` in `n, _ :=
 * buf.Write(p)`, or NULL. */
static char *receiver(char *s)
{
    char *eq = strstr(s, "= ");
    if (eq)
        s = eq + 2;
    char *paren = strchr(s, '(');
    if (!paren)
        return NULL;
    *paren = 0;
    char *dot = strrchr(s, '.');
    if (!dot)
        return NULL;
    *dot = 0;
    while (*s == '&' || *s == '*' || isspace((unsigned char)*s))
        s++;
    return s;
}

static void strip_keyword(char **s)
{
    static const char *const kw[] = {"var ", "go ", "defer ", "if ", "for ", "return ", NULL};
    for (int i = 0; kw[i]; i++) {
        size_t n = strlen(kw[i]);
        if (strncmp(*s, kw[i], n) == 0) {
            *s += n;
            return;
        }
    }
}

/* What the program calls the location written at [w]. */
static void name_location(Site w, const void *addr, char *out, size_t max)
{
    if (w.proto) {
        Instr i = w.pc[-1];
        int op = GET_OP(i);
        if (!w.called && (op == OP_GETG || op == OP_SETG) && w.proto->knames && w.proto->knames[GET_Bx(i)]) {
            const char *n = w.proto->knames[GET_Bx(i)];
            const char *dot = strrchr(n, '.');
            snprintf(out, max, "%s", dot && strncmp(n, "main.", 5) == 0 ? dot + 1 : n);
            return;
        }
        char line[4096];
        if (source_line(w.proto->file, line_of(w), line, sizeof line)) {
            char *s = line;
            strip_keyword(&s);
            char *lhs = w.called ? receiver(s) : assigned(s);
            snprintf(out, max, "%s", lhs && *lhs ? lhs : s);
            return;
        }
    }
    snprintf(out, max, "0x%012llx", (unsigned long long)(uintptr_t)addr);
}

static void goroutine_name(char *out, size_t max, uint32_t tid)
{
    if (tid == 1)
        snprintf(out, max, "main goroutine");
    else
        snprintf(out, max, "goroutine %u", tid);
}

static void print_frame(FILE *f, const char *func, const char *file, int line)
{
    fprintf(f, "  %s()\n      %s:%d\n", func, file, line);
}

static void created_at(FILE *f, uint32_t tid, bool running)
{
    if (tid == 1)
        return;
    RaceG *r = race_g_of(tid);
    if (r && r->outside && !r->created.file)
        return; /* a REPL entry's: no go statement made it */
    fprintf(f, "\nGoroutine %u (%s) created at:\n", tid,
            running ? "running" : r && r->finished ? "finished" : "running");
    if (r && r->created.file)
        print_frame(f, r->created.func, r->created.file, r->created.line);
}

void race_report(G *g, const void *addr, bool write, Epoch prev, SiteId pid, bool pwrite)
{
    Site here = race_site_of(race_site(g));
    Site psite = race_site_of(pid);
    if (!here.proto) {
        const Frame *fr = &g->frames[g->nframes - 1];
        here = (Site){fr->cl->proto, fr->pc, false};
    }
    RtFrameInfo stack[32];
    int n = rt_locate(g, stack, 32);
    const char *here_file = here.proto->file;
    int here_line = line_of(here);
    const char *prev_file = psite.proto ? psite.proto->file : "?";
    int prev_line = line_of(psite);
    pthread_mutex_lock(&report_lock);
    if (seen_pair(here_file, here_line, prev_file, prev_line)) {
        pthread_mutex_unlock(&report_lock);
        return;
    }
    nraces++;
    char name[512], who[64], pwho[64];
    name_location(write ? here : psite, addr, name, sizeof name);
    goroutine_name(who, sizeof who, (uint32_t)g->id);
    goroutine_name(pwho, sizeof pwho, EP_TID(prev));
    rt_flush_stdout();
    FILE *f = stderr;
    fprintf(f, "==================\nWARNING: DATA RACE\n");
    fprintf(f, "%s at %s by %s:\n", write ? "Write" : "Read", name, who);
    for (int i = 0; i < n; i++)
        print_frame(f, stack[i].func, stack[i].file, stack[i].line);
    fprintf(f, "\nPrevious %s at %s by %s:\n", pwrite ? "write" : "read", name, pwho);
    if (psite.proto)
        print_frame(f, psite.proto->name, prev_file, prev_line);
    created_at(f, (uint32_t)g->id, true);
    if (EP_TID(prev) != (uint32_t)g->id)
        created_at(f, EP_TID(prev), false);
    fprintf(f, "==================\n");
    fflush(f);
    pthread_mutex_unlock(&report_lock);
}

int race_exit_filter(int code)
{
    int n = race_count();
    if (n == 0)
        return code;
    rt_flush_stdout();
    fprintf(stderr, "Found %d data race(s)\n", n);
    fflush(stderr);
    return code == 0 ? 66 : code;
}
