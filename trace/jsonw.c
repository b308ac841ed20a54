/* jsonw.c: JSON text for the trace writer, into a buffer written with
 * write(2) and formatted by hand: a trace can hold millions of events,
 * and stdio's formatting would cost more than the run that made them. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "writer.h"


static void oflush(W *w)
{
    size_t off = 0;
    while (off < w->nout && !w->failed) {
        ssize_t n = write(w->fd, w->out + off, w->nout - off);
        if (n <= 0)
            w->failed = true;
        else
            off += (size_t)n;
    }
    w->nout = 0;
}

void oraw_slow(W *w, const char *s, size_t n)
{
    oflush(w);
    if (n <= OUT_SIZE) {
        memcpy(w->out, s, n);
        w->nout = n;
        return;
    }
    size_t off = 0;
    while (off < n && !w->failed) {
        ssize_t k = write(w->fd, s + off, n - off);
        if (k <= 0)
            w->failed = true;
        else
            off += (size_t)k;
    }
}

void oputs(W *w, const char *s)
{
    oraw(w, s, strlen(s));
}

void oprintf(W *w, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        oraw(w, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

void oint(W *w, int64_t v)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    char buf[24];
    int i = sizeof buf;
    uint64_t u = v < 0 ? (uint64_t)-(v + 1) + 1 : (uint64_t)v;
    while (u >= 100) {
        unsigned d = (unsigned)(u % 100) * 2;
        u /= 100;
        buf[--i] = pairs[d + 1];
        buf[--i] = pairs[d];
    }
    if (u >= 10) {
        buf[--i] = pairs[u * 2 + 1];
        buf[--i] = pairs[u * 2];
    } else {
        buf[--i] = (char)('0' + u);
    }
    if (v < 0)
        buf[--i] = '-';
    oraw(w, buf + i, sizeof buf - (size_t)i);
}

/* Nanoseconds as microseconds with three decimals. */
void put_us(W *w, int64_t ns)
{
    if (ns < 0)
        ns = 0;
    oint(w, ns / 1000);
    char frac[4] = {'.', (char)('0' + ns % 1000 / 100), (char)('0' + ns % 100 / 10), (char)('0' + ns % 10)};
    oraw(w, frac, 4);
}

void put_str(W *w, const char *s, size_t n)
{
    oputc(w, '"');
    put_str_body(w, s, n);
    oputc(w, '"');
}

/* Bytes a JSON string may hold as they are; the others are escaped, and
 * '<' is looked at (the page inlines the file in a <script>, so "</"
 * must not appear). */
static bool plain_byte[256];
static bool plain_ready;

static void init_plain(void)
{
    for (int c = 0; c < 256; c++)
        plain_byte[c] = c >= 0x20 && c != '"' && c != '\\' && c != '<';
    plain_ready = true;
}

void put_str_body(W *w, const char *s, size_t n)
{
    if (!plain_ready)
        init_plain();
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (plain_byte[c] || (c == '<' && !(i + 1 < n && s[i + 1] == '/')))
            continue;
        oraw(w, s + run, i - run);
        run = i + 1;
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            oraw(w, e, 2);
        } else if (c == '\n') {
            OLIT(w, "\\n");
        } else if (c == '\t') {
            OLIT(w, "\\t");
        } else if (c == '\r') {
            OLIT(w, "\\r");
        } else if (c == '<') {
            OLIT(w, "<\\/");
            i++;
            run = i + 1;
        } else {
            oprintf(w, "\\u%04x", c);
        }
    }
    oraw(w, s + run, n - run);
}

void put_cstr(W *w, const char *s)
{
    put_str(w, s ? s : "", s ? strlen(s) : 0);
}

void put_ts(W *w, int64_t ts)
{
    put_us(w, ts - w->t0);
}

/* The JSON text of position [p] of buffer [b] ("\"file:line\""), or of
 * its stack frame ("\"func file:line\""), made once: a trace writes the
 * same few positions millions of times. */
static const PosText *pos_text(W *w, RecBuf *b, uint32_t p, bool frame)
{
    int bi = (int)(b - w->r->bufs);
    PosText **tab = frame ? &w->frame_text[bi] : &w->pos_text[bi];
    if (!*tab) {
        *tab = calloc(b->npos + 1, sizeof(PosText));
        if (!*tab)
            return NULL;
    }
    PosText *t = &(*tab)[p];
    if (!t->s) {
        const Pos3 *q = &b->pos[p];
        size_t cap = 6 * (strlen(q->file) + (q->func ? strlen(q->func) : 0)) + 32;
        char *out = malloc(cap);
        if (!out)
            return NULL;
        size_t n = 0;
        out[n++] = '"';
        const char *parts[2] = {frame ? q->func : NULL, q->file};
        for (int k = 0; k < 2; k++) {
            const char *x = parts[k];
            if (!x)
                continue;
            for (; *x; x++) {
                unsigned char c = (unsigned char)*x;
                if (c == '"' || c == '\\') {
                    out[n++] = '\\';
                    out[n++] = (char)c;
                } else if (c < 0x20) {
                    n += (size_t)snprintf(out + n, cap - n, "\\u%04x", c);
                } else if (c == '<' && x[1] == '/') {
                    out[n++] = '<';
                    out[n++] = '\\';
                } else {
                    out[n++] = (char)c;
                }
            }
            if (k == 0)
                out[n++] = ' ';
        }
        n += (size_t)snprintf(out + n, cap - n, ":%d\"", q->line);
        t->s = out;
        t->len = (uint32_t)n;
    }
    return t;
}

void put_pos(W *w, RecBuf *b, uint32_t p)
{
    const PosText *t = p && p < b->npos ? pos_text(w, b, p, false) : NULL;
    if (!t) {
        OLIT(w, "null");
        return;
    }
    oraw(w, t->s, t->len);
}

void put_frame(W *w, RecBuf *b, uint32_t p)
{
    const PosText *t = p && p < b->npos ? pos_text(w, b, p, true) : NULL;
    if (!t) {
        OLIT(w, "null");
        return;
    }
    oraw(w, t->s, t->len);
}

void json_out_open(W *w, int fd)
{
    w->fd = fd;
    w->out = malloc(OUT_SIZE);
    w->nout = 0;
    w->failed = !w->out;
}

bool json_out_close(W *w)
{
    for (int i = 0; i < TRACE_MAX_BUFS; i++) {
        for (int k = 0; k < 2; k++) {
            PosText *t = k ? w->frame_text[i] : w->pos_text[i];
            if (!t)
                continue;
            for (uint32_t p = 0; p <= w->r->bufs[i].npos; p++)
                free(t[p].s);
            free(t);
        }
    }
    if (w->out)
        oflush(w);
    bool ok = !w->failed;
    ok = close(w->fd) == 0 && ok;
    free(w->out);
    w->out = NULL;
    return ok;
}
