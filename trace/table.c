/* table.c: plain-text tables with aligned columns, for the summary.
 *
 * Cells are measured in terminal columns (UTF-8 characters, so "µs" is
 * two), and a column may be capped: a longer cell is cut and ends in
 * "…". The caps are chosen so that a table fits 80 columns. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "table.h"

/* Terminal columns of a UTF-8 string: one per character. */
static int width(const char *s)
{
    int w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* The byte length of the first [cols] characters of [s]. */
static size_t prefix_bytes(const char *s, int cols)
{
    const char *p = s;
    for (int n = 0; *p; p++) {
        if (((unsigned char)*p & 0xC0) != 0x80 && n++ == cols)
            break;
    }
    return (size_t)(p - s);
}

void table_init(Table *t, int ncols, const char *align)
{
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
    for (int i = 0; i < ncols; i++) {
        t->right[i] = align[i] == 'r';
        t->cap[i] = 1000;
    }
}

void table_cap(Table *t, int col, int cap)
{
    t->cap[col] = cap;
}

void table_row(Table *t, ...)
{
    if (t->nrows == t->caprows) {
        t->caprows = t->caprows ? t->caprows * 2 : 16;
        t->cells = realloc(t->cells, (size_t)t->caprows * TABLE_MAX_COLS * sizeof *t->cells);
        if (!t->cells)
            abort();
    }
    va_list ap;
    va_start(ap, t);
    for (int i = 0; i < t->ncols; i++) {
        const char *s = va_arg(ap, const char *);
        char *copy = strdup(s ? s : "");
        if (!copy)
            abort();
        t->cells[t->nrows * TABLE_MAX_COLS + i] = copy;
    }
    va_end(ap);
    t->nrows++;
}

void table_print(Table *t, FILE *out, const char *indent)
{
    int w[TABLE_MAX_COLS] = {0};
    for (int r = 0; r < t->nrows; r++)
        for (int c = 0; c < t->ncols; c++) {
            int n = width(t->cells[r * TABLE_MAX_COLS + c]);
            if (n > t->cap[c])
                n = t->cap[c];
            if (n > w[c])
                w[c] = n;
        }
    for (int r = 0; r < t->nrows; r++) {
        /* the line is built first so that trailing blanks can go */
        char line[1024];
        size_t len = 0;
        len += (size_t)snprintf(line, sizeof line, "%s", indent);
        for (int c = 0; c < t->ncols && len < sizeof line - 1; c++) {
            const char *cell = t->cells[r * TABLE_MAX_COLS + c];
            int cw = width(cell);
            char cut[512];
            if (cw > t->cap[c]) {
                size_t b = prefix_bytes(cell, t->cap[c] - 1);
                snprintf(cut, sizeof cut, "%.*s…", (int)b, cell);
                cell = cut;
                cw = t->cap[c];
            }
            int pad = w[c] - cw;
            len += (size_t)snprintf(line + len, sizeof line - len, "%s%*s%s%*s",
                                    c ? "  " : "", t->right[c] ? pad : 0, "", cell,
                                    t->right[c] ? 0 : pad, "");
        }
        if (len >= sizeof line)
            len = sizeof line - 1;
        while (len && line[len - 1] == ' ')
            len--;
        fprintf(out, "%.*s\n", (int)len, line);
    }
}

void table_free(Table *t)
{
    for (int i = 0; i < t->nrows * TABLE_MAX_COLS; i++)
        if (i % TABLE_MAX_COLS < t->ncols)
            free(t->cells[i]);
    free(t->cells);
    t->cells = NULL;
    t->nrows = t->caprows = 0;
}
