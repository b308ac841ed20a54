/* names.c: objects named from the program's source lines (names.h),
 * and the sources themselves. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "names.h"

static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || (unsigned char)c >= 0x80;
}

/* [s] from [from] to [to] into [out] ([size] bytes); 0 when empty or too long. */
static size_t copy_expr(const char *s, size_t from, size_t to, char *out, size_t size)
{
    size_t n = to - from;
    if (n == 0 || n >= size)
        return 0;
    memcpy(out, s + from, n);
    out[n] = '\0';
    return n;
}

/* The expression before position [end] of [s]: identifiers, selectors
 * and index expressions (accounts[i].mu). */
static size_t expr_before(const char *s, size_t end, char *out, size_t size)
{
    size_t i = end;
    int depth = 0;
    while (i > 0) {
        char c = s[i - 1];
        if (c == ']') {
            depth++;
        } else if (c == '[') {
            if (depth == 0)
                break;
            depth--;
        } else if (depth == 0 && !name_char(c) && c != '*' && c != '&') {
            break;
        }
        i--;
    }
    while (i < end && (s[i] == '*' || s[i] == '&' || s[i] == '.'))
        i++;
    return copy_expr(s, i, end, out, size);
}

/* A channel's name from the line that made it: what `x := make(chan T)`,
 * `x = make(...)`, `var x = make(...)` or `field: make(...)` assigns. */
bool name_from_make_line(const char *s, size_t len, char *out, size_t size)
{
    const char *mk = NULL;
    for (size_t i = 0; i + 5 <= len; i++)
        if (memcmp(s + i, "make(", 5) == 0 && (i == 0 || !name_char(s[i - 1]))) {
            mk = s + i;
            break;
        }
    if (!mk)
        return false;
    /* `a, b := make(...), make(...)`: which is which, a line cannot say */
    for (size_t i = (size_t)(mk - s) + 5; i + 5 <= len; i++)
        if (memcmp(s + i, "make(", 5) == 0 && !name_char(s[i - 1]))
            return false;
    size_t k = (size_t)(mk - s);
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    if (k >= 2 && s[k - 2] == ':' && s[k - 1] == '=')
        k -= 2;
    else if (k >= 1 && (s[k - 1] == '=' || s[k - 1] == ':') && !(k >= 2 && strchr("=!<>", s[k - 2])))
        k -= 1;
    else
        return false;
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    return expr_before(s, k, out, size) > 0;
}

/* The expression from position [start] of [s]: identifiers, selectors
 * and index expressions (jobs, s.results, chans[i]). */
static size_t expr_after(const char *s, size_t start, size_t len, char *out, size_t size)
{
    size_t i = start;
    int depth = 0;
    while (i < len) {
        char c = s[i];
        if (c == '[') {
            depth++;
        } else if (c == ']') {
            if (depth == 0)
                break;
            depth--;
        } else if (depth == 0 && !name_char(c)) {
            break;
        }
        i++;
    }
    while (i > start && s[i - 1] == '.')
        i--;
    return depth == 0 ? copy_expr(s, start, i, out, size) : 0;
}

static size_t skip_blanks(const char *s, size_t i, size_t len)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* The channel of the operation at [i] of [s]: the X of `X <- v`, `<-X`
 * or `range X` (the keyword's position for range). */
static size_t op_operand(const char *s, size_t i, size_t len, bool range, char *out, size_t size)
{
    if (range)
        return expr_after(s, skip_blanks(s, i + 5, len), len, out, size);
    size_t k = i;
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    /* a send: an operand before the arrow that is not a keyword */
    if (expr_before(s, k, out, size) > 0 && strcmp(out, "case") != 0 && strcmp(out, "return") != 0)
        return strlen(out);
    return expr_after(s, skip_blanks(s, i + 2, len), len, out, size);
}

/* A channel's name from a line that uses it, when every channel
 * operation of the line is on the same X: `X <- v`, `<-X`, `range X`. */
bool name_from_chan_op(const char *s, size_t len, char *out, size_t size)
{
    int found = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        bool arrow = s[i] == '<' && s[i + 1] == '-';
        bool range = i + 6 <= len && memcmp(s + i, "range", 5) == 0 && (i == 0 || !name_char(s[i - 1])) &&
                     (s[i + 5] == ' ' || s[i + 5] == '\t');
        if (!arrow && !range)
            continue;
        char x[200];
        if (!op_operand(s, i, len, range, x, sizeof x) || (found && strcmp(x, out) != 0))
            return false;
        if (!found && strlen(x) >= size)
            return false;
        strcpy(out, x);
        found = 1;
    }
    return found;
}

/* A sync object's name from a line that calls one of its methods. */
bool name_from_sync_call(const char *s, size_t len, char *out, size_t size)
{
    static const char *const methods[] = {".Lock(", ".Unlock(", ".RLock(", ".RUnlock(", ".Wait(",
                                          ".Add(", ".Done(", ".Do(", ".Signal(", ".Broadcast("};
    for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++) {
        size_t ml = strlen(methods[m]);
        for (size_t i = 0; i + ml <= len; i++)
            if (memcmp(s + i, methods[m], ml) == 0 && expr_before(s, i, out, size) > 0)
                return true;
    }
    return false;
}

/* ---- the program's sources ---- */

typedef struct SourceText {
    const char *name, *text;
    size_t len;
} SourceText;

static SourceText *sources;
static int nsources, capsources;
static pthread_mutex_t sources_lock = PTHREAD_MUTEX_INITIALIZER;

void rt_add_source(const char *name, const char *text, size_t len)
{
    pthread_mutex_lock(&sources_lock);
    if (nsources == capsources) {
        int cap = capsources ? capsources * 2 : 8;
        SourceText *n = realloc(sources, sizeof *n * (size_t)cap);
        if (!n) {
            pthread_mutex_unlock(&sources_lock);
            return;
        }
        sources = n;
        capsources = cap;
    }
    sources[nsources++] = (SourceText){name, text, len};
    pthread_mutex_unlock(&sources_lock);
}

const char *rt_base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

const char *rt_source_line(const char *file, int line, size_t *len)
{
    if (!file || line < 1)
        return NULL;
    const SourceText *src = NULL;
    pthread_mutex_lock(&sources_lock);
    for (int i = 0; i < nsources && !src; i++)
        if (strcmp(sources[i].name, file) == 0)
            src = &sources[i];
    for (int i = 0; i < nsources && !src; i++)
        if (strcmp(rt_base_name(sources[i].name), rt_base_name(file)) == 0)
            src = &sources[i];
    pthread_mutex_unlock(&sources_lock);
    if (!src)
        return NULL;
    const char *p = src->text, *end = src->text + src->len;
    for (int l = 1; l < line; l++) {
        p = memchr(p, '\n', (size_t)(end - p));
        if (!p)
            return NULL;
        p++;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}
