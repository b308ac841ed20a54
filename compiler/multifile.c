/* multifile.c: a package of several files, checked as one text.
 *
 * The checker knows one file per package, so the files are joined: a
 * header holding every file's imports (each once), then each file with its
 * package clause and imports blanked out, lines and columns unchanged. The
 * combined Source's segments map each line back to its file, for errors
 * (diag.c) and, after compiling, for every function's file and lines
 * (multifile_remap), which tracebacks and runtime.Caller read. Imports thus
 * become package-wide: an import used only by another file is not
 * reported unused, and two files cannot give one name to two packages. */
#include <gc.h>
#include <string.h>
#include "compiler.h"

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *q = GC_MALLOC_ATOMIC(cap);
        if (b->len)
            memcpy(q, b->p, b->len);
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void puts_(Buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* One import spec: its text ("name path" or "path") and where it was. */
typedef struct Spec {
    char text[300];
    const char *file;
    Pos pos;
} Spec;

/* What the front of a file holds: its package name, and the bytes from
 * the package clause to the end of its imports. */
typedef struct Front {
    const char *pkg;
    size_t from, to;
} Front;

static Token next(Lexer *lx)
{
    return lex_next(lx);
}

/* Reads the package clause and imports of [src], appending its specs to
 * [specs] (up to [max]); returns how many now. */
static int scan_front(const Source *src, Front *f, Spec *specs, int n, int max, const MultiFileOpt *opt,
                      const char **strip_name)
{
    Diag d;
    diag_init(&d, src);
    Lexer lx;
    lex_init(&lx, src, &d);
    f->pkg = NULL;
    f->from = f->to = 0;
    Token t = next(&lx);
    if (t.kind != T_PACKAGE)
        return n;
    f->from = (size_t)(t.text - src->text);
    t = next(&lx);
    if (t.kind != T_IDENT)
        return n;
    f->pkg = intern_name(t.text, t.len);
    f->to = (size_t)(t.text - src->text) + (size_t)t.len;
    for (t = next(&lx); t.kind == T_SEMI || t.kind == T_IMPORT; t = next(&lx)) {
        if (t.kind == T_SEMI)
            continue;
        t = next(&lx);
        bool group = t.kind == T_LPAREN;
        if (group)
            t = next(&lx);
        while (t.kind != T_EOF) {
            if (group && t.kind == T_RPAREN) {
                f->to = (size_t)(t.text - src->text) + 1;
                break;
            }
            if (t.kind == T_SEMI) {
                t = next(&lx);
                continue;
            }
            Spec s = {.file = src->name, .pos = t.pos};
            const char *alias = NULL;
            if (t.kind == T_IDENT || t.kind == T_PERIOD) {
                snprintf(s.text, sizeof s.text, "%.*s ", t.len, t.text);
                alias = intern_name(t.text, t.len);
                t = next(&lx);
            }
            if (t.kind != T_STRING)
                return n; /* the parser will say what is wrong */
            if (opt && opt->strip_path && (size_t)t.len == strlen(opt->strip_path) + 2 &&
                strncmp(t.text + 1, opt->strip_path, (size_t)t.len - 2) == 0) {
                /* the package under test, imported by its external test */
                *strip_name = alias ? alias : opt->strip_name;
                f->to = (size_t)(t.text - src->text) + (size_t)t.len;
                if (!group)
                    break;
                t = next(&lx);
                continue;
            }
            size_t l = strlen(s.text);
            snprintf(s.text + l, sizeof s.text - l, "%.*s", t.len, t.text);
            f->to = (size_t)(t.text - src->text) + (size_t)t.len;
            bool dup = false;
            for (int i = 0; i < n; i++)
                dup |= strcmp(specs[i].text, s.text) == 0;
            if (!dup && n < max)
                specs[n++] = s;
            if (!group)
                break;
            t = next(&lx);
        }
    }
    return n;
}

const char *multifile_package(const Source *src)
{
    Front f;
    Spec none[1];
    const char *strip = NULL;
    scan_front(src, &f, none, 0, 0, NULL, &strip);
    return f.pkg;
}

/* Renames every identifier main of [text] to m41n (as long), so that a
 * test binary's own main can stand in for the package's; and with
 * [strip], blanks each "strip." that does not follow a dot: an external
 * test's uses of the package under test, whose names are the package's
 * own once the files are one. */
static void rewrite(const Source *src, char *text, bool hide_main, const char *strip)
{
    Diag d;
    diag_init(&d, src);
    Lexer lx;
    lex_init(&lx, src, &d);
    size_t slen = strip ? strlen(strip) : 0;
    int prev = T_EOF;
    for (Token t = lex_next(&lx); t.kind != T_EOF; prev = t.kind, t = lex_next(&lx)) {
        if (t.kind != T_IDENT)
            continue;
        char *at = text + (t.text - src->text);
        if (hide_main && t.len == 4 && memcmp(t.text, "main", 4) == 0)
            memcpy(at, "m41n", 4);
        if (strip && prev != T_PERIOD && (size_t)t.len == slen && memcmp(t.text, strip, slen) == 0 &&
            at[slen] == '.')
            memset(at, ' ', slen + 1);
    }
}

static int count_lines(const char *s, size_t len)
{
    int n = 1;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    return n;
}

Source *multifile_combine(int n, const Source **files, const MultiFileOpt *opts)
{
    enum { MAX_SPECS = 512 };
    Spec *specs = GC_MALLOC(sizeof(Spec) * MAX_SPECS);
    Front *fronts = GC_MALLOC(sizeof(Front) * (size_t)(n ? n : 1));
    const char **strips = GC_MALLOC(sizeof(char *) * (size_t)(n ? n : 1));
    int nspecs = 0;
    for (int i = 0; i < n; i++)
        nspecs = scan_front(files[i], &fronts[i], specs, nspecs, MAX_SPECS, opts ? &opts[i] : NULL, &strips[i]);
    SrcSeg *segs = GC_MALLOC(sizeof(SrcSeg) * (size_t)(nspecs + n));
    int nsegs = 0;
    Buf b = {0};
    puts_(&b, "package main; import (\n");
    int line = 2;
    for (int i = 0; i < nspecs; i++, line++) {
        puts_(&b, specs[i].text);
        puts_(&b, "\n");
        segs[nsegs++] = (SrcSeg){line, 1, specs[i].file, specs[i].pos.line, specs[i].pos.col - 1};
    }
    puts_(&b, ")\n");
    line++;
    for (int i = 0; i < n; i++) {
        const Source *s = files[i];
        char *text = GC_MALLOC_ATOMIC(s->len + 1);
        memcpy(text, s->text, s->len + 1);
        if ((opts && opts[i].hide_main) || strips[i])
            rewrite(s, text, opts && opts[i].hide_main, strips[i] && strcmp(strips[i], ".") ? strips[i] : NULL);
        for (size_t k = fronts[i].from; k < fronts[i].to && k < s->len; k++)
            if (text[k] != '\n')
                text[k] = ' ';
        int nl = count_lines(text, s->len);
        segs[nsegs++] = (SrcSeg){line, nl, s->name, 1, 0};
        put(&b, text, s->len);
        puts_(&b, "\n");
        line += nl;
    }
    Source *src = src_from_string(n ? files[0]->name : "<package>", b.p ? b.p : "", b.len);
    src->segs = segs;
    src->nsegs = nsegs;
    return src;
}

void multifile_remap(Program *prog, const Source *src)
{
    for (int i = 0; i < prog->nfuncs; i++) {
        Proto *p = prog->funcs[i];
        if (!p || !p->file || (p->file != src->name && strcmp(p->file, src->name) != 0))
            continue;
        Pos at;
        p->file = src_map(src, (Pos){p->line, 1}, &at);
        p->line = at.line;
        for (int k = 0; p->lines && k < p->ncode; k++) {
            src_map(src, (Pos){p->lines[k], 1}, &at);
            p->lines[k] = at.line;
        }
    }
}
