/* diag.c: the diagnostics sink shared by scanner, parser and checker. */
#include <gc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "lexer.h"

void diag_init(Diag *d, const Source *src)
{
    memset(d, 0, sizeof *d);
    d->src = src;
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...)
{
    /* Go reports one error per line; later ones on the same line are
     * usually follow-on noise. */
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    /* Go drops an error identical to one already reported on the line. */
    for (int i = 0; i < d->count; i++)
        if (d->entries[i].pos.line == pos.line && d->entries[i].src == d->src &&
            strcmp(d->entries[i].msg, buf) == 0)
            return;
    if (d->count == DIAG_KEEP) {
        d->overflow = true;
        return;
    }
    DiagEntry *e = &d->entries[d->count++];
    e->pos = pos;
    e->src = d->src;
    e->msg = GC_MALLOC_ATOMIC(strlen(buf) + 1);
    strcpy(e->msg, buf);
}

bool diag_has_errors(const Diag *d)
{
    return d->count > 0;
}

static int by_pos(const void *a, const void *b)
{
    const DiagEntry *x = a, *y = b;
    if (x->src != y->src)
        return x->src < y->src ? 1 : -1;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    return x->pos.col - y->pos.col;
}

static void sort_entries(Diag *d)
{
    qsort(d->entries, d->count, sizeof d->entries[0], by_pos);
}

/* "file:line:col: ", as Go prints a position: its positions keep a
 * column in 8 bits, so from column 255 on it prints none. */
static void print_pos(FILE *out, const Source *src, int line, int col)
{
    Pos at;
    const char *file = src_map(src, (Pos){line, col}, &at);
    line = at.line;
    col = at.col;
    if (col > 0 && col < 255)
        fprintf(out, "%s:%d:%d: ", file, line, col);
    else
        fprintf(out, "%s:%d: ", file, line);
}

void diag_print(Diag *d, FILE *out)
{
    sort_entries(d);
    int n = d->count < DIAG_MAX ? d->count : DIAG_MAX;
    for (int i = 0; i < n; i++) {
        print_pos(out, d->entries[i].src, d->entries[i].pos.line, d->entries[i].pos.col);
        fprintf(out, "%s\n", d->entries[i].msg);
    }
    if (d->count > DIAG_MAX || d->overflow) {
        print_pos(out, d->entries[n - 1].src, d->entries[n - 1].pos.line, d->entries[n - 1].pos.col);
        fputs("too many errors\n", out);
    }
}

void diag_print_caret(Diag *d, FILE *out)
{
    sort_entries(d);
    int n = d->count < DIAG_MAX ? d->count : DIAG_MAX;
    for (int i = 0; i < n; i++) {
        DiagEntry *e = &d->entries[i];
        /* an entry typed at the prompt is named "<entry N>": its errors
         * say "entry N, line L:C" (the line within the entry); other
         * "<...>" texts (:type's) need no name, a :load-ed file's do */
        const char *name = e->src ? e->src->name : NULL;
        if (name && strncmp(name, "<entry ", 7) == 0)
            fprintf(out, "entry %.*s, line ", (int)strcspn(name + 7, ">"), name + 7);
        else if (name && name[0] != '<')
            fprintf(out, "%s:", name);
        fprintf(out, "%d:%d: %s\n", e->pos.line, e->pos.col, e->msg);
        int len;
        const char *line = src_line(e->src, e->pos.line, &len);
        fprintf(out, "    %.*s\n    ", len, line);
        for (int c = 1; c < e->pos.col && c <= len; c++)
            fputc(line[c - 1] == '\t' ? '\t' : ' ', out);
        fputs("^\n", out);
    }
}

size_t msg_appendf(char *buf, size_t size, size_t len, const char *fmt, ...)
{
    if (size == 0 || len >= size - 1)
        return size ? size - 1 : 0;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf + len, size - len, fmt, ap);
    va_end(ap);
    if (n < 0)
        return len;
    return len + (size_t)n < size - 1 ? len + (size_t)n : size - 1;
}
