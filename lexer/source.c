/* source.c: loading source text and finding lines in it. */
#include <errno.h>
#include <gc.h>
#include <stdlib.h>
#include <string.h>
#include "lexer.h"

Source *src_from_string(const char *name, const char *text, size_t len)
{
    Source *src = GC_MALLOC(sizeof *src);
    char *copy = GC_MALLOC_ATOMIC(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    /* the name outlives the caller's buffer (REPL entries name theirs) */
    size_t nlen = strlen(name);
    char *name_copy = GC_MALLOC_ATOMIC(nlen + 1);
    memcpy(name_copy, name, nlen + 1);
    src->name = name_copy;
    src->text = copy;
    src->len = len;
    /* A byte-order mark at the very start is allowed and skipped. */
    if (len >= 3 && memcmp(copy, "\xEF\xBB\xBF", 3) == 0) {
        copy[0] = copy[1] = copy[2] = ' ';
    }
    return src;
}

Source *src_from_file(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "open %s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        if (n == 0)
            break;
        len += n;
    }
    bool failed = ferror(f);
    fclose(f);
    if (failed) {
        snprintf(err, errlen, "read %s: %s", path, strerror(errno));
        free(buf);
        return NULL;
    }
    Source *src = src_from_string(path, buf, len);
    free(buf);
    return src;
}

const char *src_line(const Source *src, int line, int *len)
{
    const char *p = src->text, *end = src->text + src->len;
    for (int l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *e = p;
    while (e < end && *e != '\n')
        e++;
    *len = (int)(e - p);
    return p;
}

const char *src_map(const Source *src, Pos pos, Pos *out)
{
    *out = pos;
    for (int i = 0; src && i < src->nsegs; i++) {
        const SrcSeg *g = &src->segs[i];
        if (pos.line >= g->line && pos.line < g->line + g->nlines) {
            out->line = pos.line - g->line + g->orig_line;
            out->col = pos.col + g->col_delta;
            return g->name;
        }
    }
    return src ? src->name : "?";
}
