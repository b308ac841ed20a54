/* names.c: objects named as the program's source names them: a channel
 * after what `x := make(chan T)` assigns it to, a mutex or WaitGroup
 * after the receiver of a call of its methods (`accounts[i].mu.Lock()`),
 * read from the source lines of the positions the records hold. */
#include <stdlib.h>
#include <string.h>
#include "writer.h"

void names_init(W *w)
{
    int n = w->opts->nsources;
    w->lines = calloc((size_t)n + 1, sizeof *w->lines);
    w->line_lens = calloc((size_t)n + 1, sizeof *w->line_lens);
    w->nlines = calloc((size_t)n + 1, sizeof *w->nlines);
    for (int i = 0; i < n; i++) {
        const char *t = w->opts->source_texts[i];
        size_t len = w->opts->source_lens[i];
        int count = 1;
        for (size_t j = 0; j < len; j++)
            count += t[j] == '\n';
        w->lines[i] = malloc(sizeof(char *) * (size_t)count);
        w->line_lens[i] = malloc(sizeof(size_t) * (size_t)count);
        int l = 0;
        size_t start = 0;
        for (size_t j = 0; j <= len; j++)
            if (j == len || t[j] == '\n') {
                w->lines[i][l] = t + start;
                w->line_lens[i][l++] = j - start;
                start = j + 1;
            }
        w->nlines[i] = l;
    }
}

void names_free(W *w)
{
    for (int i = 0; i < w->opts->nsources; i++) {
        free(w->lines[i]);
        free(w->line_lens[i]);
    }
    free(w->lines);
    free(w->line_lens);
    free(w->nlines);
    for (int64_t i = 0; i < w->nobj; i++)
        free(w->obj_names[i]);
    free(w->obj_keys);
    free(w->obj_names);
}

const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* ---- names from the source ---- */

static int source_index(W *w, const char *file)
{
    for (int i = 0; i < w->opts->nsources; i++)
        if (strcmp(w->opts->source_names[i], file) == 0 ||
            strcmp(base_name(w->opts->source_names[i]), base_name(file)) == 0)
            return i;
    return -1;
}

/* The text of line [line] of [file], or NULL. */
const char *source_text(W *w, const char *file, int line, size_t *len)
{
    int s = file ? source_index(w, file) : -1;
    if (s < 0 || line < 1 || line > w->nlines[s])
        return NULL;
    *len = w->line_lens[s][line - 1];
    return w->lines[s][line - 1];
}

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
static bool chan_name_from_line(const char *s, size_t len, char *out, size_t size)
{
    const char *mk = NULL;
    for (size_t i = 0; i + 5 <= len; i++)
        if (memcmp(s + i, "make(", 5) == 0 && (i == 0 || !name_char(s[i - 1]))) {
            mk = s + i;
            break;
        }
    if (!mk)
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
static bool chan_name_from_op(const char *s, size_t len, char *out, size_t size)
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
static bool sync_name_from_line(const char *s, size_t len, char *out, size_t size)
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

const char *obj_name(W *w, const void *obj)
{
    for (int64_t i = 0; i < w->nobj; i++)
        if (w->obj_keys[i] == obj)
            return w->obj_names[i];
    return NULL;
}

static void set_obj_name(W *w, const void *obj, const char *name)
{
    for (int64_t i = 0; i < w->nobj; i++)
        if (w->obj_keys[i] == obj) {
            free(w->obj_names[i]);
            w->obj_names[i] = strdup(name);
            return;
        }
    if (w->nobj == w->objcap) {
        w->objcap = w->objcap ? w->objcap * 2 : 64;
        w->obj_keys = realloc(w->obj_keys, sizeof(void *) * (size_t)w->objcap);
        w->obj_names = realloc(w->obj_names, sizeof(char *) * (size_t)w->objcap);
    }
    w->obj_keys[w->nobj] = obj;
    w->obj_names[w->nobj++] = strdup(name);
}

/* A channel made at record [k]. */
void name_chan(W *w, int64_t k)
{
    Rec *r = rec_at(w, k);
    RecBuf *b = buf_at(w, k);
    char name[200];
    size_t len;
    const char *line = r->at ? source_text(w, b->pos[r->at].file, b->pos[r->at].line, &len) : NULL;
    if (!(line && chan_name_from_line(line, len, name, sizeof name))) {
        if (r->at)
            snprintf(name, sizeof name, "chan made at %s:%d", base_name(b->pos[r->at].file),
                     b->pos[r->at].line);
        else
            snprintf(name, sizeof name, "chan");
    }
    set_obj_name(w, r->obj, name);
}

const char *name_chan_at(W *w, const void *obj, int64_t k)
{
    const char *have = obj_name(w, obj);
    if (have)
        return have;
    char name[200] = "chan";
    /* this operation's line, else a later one's, until a make of the
     * same address (a new channel) */
    for (int64_t j = k; j < w->n; j++) {
        Rec *r = rec_at(w, j);
        if (r->obj != obj)
            continue;
        if (r->kind == EV_CHAN_MAKE)
            break;
        if (!r->at || (r->kind != EV_CHAN_SEND && r->kind != EV_CHAN_RECV && r->kind != EV_CHAN_CLOSE &&
                       r->kind != EV_GO_PARK))
            continue;
        RecBuf *b = buf_at(w, j);
        size_t len;
        const char *line = source_text(w, b->pos[r->at].file, b->pos[r->at].line, &len);
        if (line && chan_name_from_op(line, len, name, sizeof name))
            break;
        strcpy(name, "chan");
    }
    set_obj_name(w, obj, name);
    return obj_name(w, obj);
}

/* A sync object named at a position of the program (where a method of
 * it was called), unless it has a name. */
const char *name_sync_at(W *w, const void *obj, RecBuf *b, uint32_t p)
{
    const char *have = obj_name(w, obj);
    if (have || !p)
        return have;
    size_t len;
    const char *line = source_text(w, b->pos[p].file, b->pos[p].line, &len);
    char name[200];
    if (line && sync_name_from_line(line, len, name, sizeof name)) {
        set_obj_name(w, obj, name);
        return obj_name(w, obj);
    }
    return NULL;
}

/* A sync object first met when a goroutine blocked on it (record [k]):
 * named from the first frame of the program's own source. */
const char *name_sync(W *w, int64_t k)
{
    Rec *r = rec_at(w, k);
    const char *have = obj_name(w, r->obj);
    if (have)
        return have;
    RecBuf *b = buf_at(w, k);
    for (int i = 0; i < r->nstack; i++) {
        Pos3 *p = &b->pos[b->stacks[r->aux + (uint32_t)i]];
        size_t len;
        const char *line = source_text(w, p->file, p->line, &len);
        char name[200];
        if (line && sync_name_from_line(line, len, name, sizeof name)) {
            set_obj_name(w, r->obj, name);
            return obj_name(w, r->obj);
        }
    }
    return NULL;
}

