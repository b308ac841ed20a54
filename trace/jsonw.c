/* jsonw.c: JSON text for the trace writer, into a buffer written with
 * write(2) and formatted by hand: a trace can hold millions of events,
 * and stdio's formatting would cost more than the run that made them. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "writer.h"

enum { OUT_SIZE = 1 << 20 };

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

void oraw(W *w, const char *s, size_t n)
{
    if (w->nout + n > OUT_SIZE) {
        oflush(w);
        if (n > OUT_SIZE) {
            size_t off = 0;
            while (off < n && !w->failed) {
                ssize_t k = write(w->fd, s + off, n - off);
                if (k <= 0)
                    w->failed = true;
                else
                    off += (size_t)k;
            }
            return;
        }
    }
    memcpy(w->out + w->nout, s, n);
    w->nout += n;
}

void oputc(W *w, char c)
{
    if (w->nout == OUT_SIZE)
        oflush(w);
    w->out[w->nout++] = c;
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
    char buf[24];
    int i = sizeof buf;
    uint64_t u = v < 0 ? (uint64_t)-(v + 1) + 1 : (uint64_t)v;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
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
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool plain = c >= 0x20 && c != '"' && c != '\\' && !(c == '<' && i + 1 < n && s[i + 1] == '/');
        if (plain)
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
            OLIT(w, "<\\/"); /* the page inlines the file in a <script> */
            i++;
            run = i + 1;
        } else {
            oprintf(w, "\\u%04x", c);
        }
    }
    oraw(w, s + run, n - run);
    oputc(w, '"');
}

void put_cstr(W *w, const char *s)
{
    put_str(w, s ? s : "", s ? strlen(s) : 0);
}

void put_ts(W *w, int64_t ts)
{
    put_us(w, ts - w->t0);
}

/* "file:line" of position [p] of buffer [b]. */
void put_pos(W *w, RecBuf *b, uint32_t p)
{
    if (!p || p >= b->npos) {
        OLIT(w, "null");
        return;
    }
    put_str(w, b->pos[p].file, strlen(b->pos[p].file));
    w->nout--; /* reopen the string for the line */
    oputc(w, ':');
    oint(w, b->pos[p].line);
    oputc(w, '"');
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
    if (w->out)
        oflush(w);
    bool ok = !w->failed;
    ok = close(w->fd) == 0 && ok;
    free(w->out);
    w->out = NULL;
    return ok;
}
