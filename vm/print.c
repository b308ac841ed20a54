/* print.c: Go's runtime printing, used by print/println and panic
 * messages (not fmt: println(1.5) prints +1.500000e+000). */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "internal.h"
#include "print.h"

/* Go's runtime prints floats as [+-]d.dddddde[+-]ddd. */
int vm_format_float_runtime(double f, char *buf, size_t size)
{
    if (f != f)
        return snprintf(buf, size, "NaN");
    if (isinf(f))
        return snprintf(buf, size, f > 0 ? "+Inf" : "-Inf");
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%+.6e", f);
    /* C gives e+05; Go wants e+005 */
    char *e = strchr(tmp, 'e');
    if (!e)
        return snprintf(buf, size, "%s", tmp);
    int exp = atoi(e + 1);
    *e = '\0';
    return snprintf(buf, size, "%se%c%03d", tmp, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

void vm_print_value(StrBuf *b, Value v, const Type *t)
{
    char buf[64];
    switch (t->kind) {
    case K_BOOL: case K_UNTYPED_BOOL:
        sb_puts(b, v.u ? "true" : "false");
        break;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UNTYPED_INT: case K_UNTYPED_RUNE:
        snprintf(buf, sizeof buf, "%lld", (long long)v.i);
        sb_puts(b, buf);
        break;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64:
    case K_UINTPTR:
        snprintf(buf, sizeof buf, "%llu", (unsigned long long)v.u);
        sb_puts(b, buf);
        break;
    case K_FLOAT32: case K_FLOAT64: case K_UNTYPED_FLOAT:
        vm_format_float_runtime(v.f, buf, sizeof buf);
        sb_puts(b, buf);
        break;
    case K_COMPLEX64: case K_COMPLEX128: case K_UNTYPED_COMPLEX:
        /* runtime.printcomplex: each part as print prints a float */
        sb_puts(b, "(");
        vm_format_float_runtime(cplx_re(v.p), buf, sizeof buf);
        sb_puts(b, buf);
        vm_format_float_runtime(cplx_im(v.p), buf, sizeof buf);
        sb_puts(b, buf);
        sb_puts(b, "i)");
        break;
    case K_STRING: case K_UNTYPED_STRING:
        sb_put(b, str_data(v.p), (size_t)str_len(v.p));
        break;
    case K_UNTYPED_NIL:
        sb_puts(b, "nil");
        break;
    case K_INTERFACE: {
        Iface *i = v.p;
        if (!i) {
            sb_puts(b, "(0x0,0x0)");
        } else {
            snprintf(buf, sizeof buf, "(%p,%p)", (void *)i->type, i->word.p);
            sb_puts(b, buf);
        }
        break;
    }
    case K_SLICE: {
        Slice *s = v.p;
        snprintf(buf, sizeof buf, "[%lld/%lld]%p", (long long)(s ? s->len : 0),
                 (long long)(s ? s->cap : 0), s ? (void *)s->data : NULL);
        sb_puts(b, buf);
        break;
    }
    default:
        snprintf(buf, sizeof buf, "%p", v.p);
        sb_puts(b, v.p ? buf : "0x0");
        break;
    }
}

void sb_put(StrBuf *b, const char *p, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = rt_alloc_atomic(cap);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sb_puts(StrBuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

void sb_putc(StrBuf *b, char c)
{
    sb_put(b, &c, 1);
}

void sb_printf(StrBuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof tmp) {
        sb_put(b, tmp, (size_t)n);
        return;
    }
    char *big = rt_alloc_atomic((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_put(b, big, (size_t)n);
}

void vm_print_args(const Value *args, int n, bool newline)
{
    StrBuf b = {0};
    for (int i = 0; i < n; i++) {
        if (newline && i)
            sb_putc(&b, ' ');
        const Iface *it = args[i].p;
        if (it)
            vm_print_value(&b, it->word, it->type);
    }
    if (newline)
        sb_putc(&b, '\n');
    if (b.len)
        rt_write_stderr(b.data, b.len);
}
