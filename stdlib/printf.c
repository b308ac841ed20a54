/* printf.c: reading Printf's format string (Go's doPrintf): flags,
 * widths and precisions, '*' operands, explicit argument indexes, and the
 * %!verb(...) reports for missing, extra and badly indexed operands. */
#include <string.h>
#include "format.h"
#include "lexer.h"
#include "printer.h"

/* A '*' width or precision operand: an integer of at most a million
 * either way (Go's intFromArg). */
static int arg_int(const Iface *a, bool *ok)
{
    *ok = false;
    if (!a)
        return 0;
    const Type *t = type_under((Type *)a->type);
    if (!type_is_integer(t))
        return 0;
    int64_t v = a->word.i;
    if (type_is_unsigned(t) && v < 0)
        return 0;
    if (v > 1000000 || v < -1000000)
        return 0;
    *ok = true;
    return (int)v;
}

/* Decimal digits at f[*i] up to [end]; false when there are none or the
 * number passes a million (Go's parsenum). */
static bool parse_num(const char *f, int64_t *i, int64_t end, int *num)
{
    bool isnum = false;
    *num = 0;
    for (; *i < end && f[*i] >= '0' && f[*i] <= '9'; (*i)++) {
        if (*num > 1000000 || *num < -1000000) {
            *num = 0;
            *i = end;
            return false;
        }
        *num = *num * 10 + (f[*i] - '0');
        isnum = true;
    }
    return isnum;
}

/* An explicit argument index "[n]" at f[*i] (Go's argNumber): moves
 * *argnum to it and reports whether one was found; a bad index clears
 * *good. */
static bool arg_index(PP *p, const char *f, int64_t *i, int64_t end, int64_t *argnum,
                      int64_t nargs, bool *good)
{
    if (*i >= end || f[*i] != '[')
        return false;
    p->reordered = true;
    int64_t close = -1;
    if (end - *i >= 3)
        for (int64_t j = *i + 1; j < end; j++)
            if (f[j] == ']') {
                close = j;
                break;
            }
    if (close < 0) {
        (*i)++;
        *good = false;
        return false;
    }
    int64_t j = *i + 1;
    int n;
    bool ok = parse_num(f, &j, close, &n) && j == close;
    *i = close + 1;
    if (ok && n >= 1 && n - 1 < nargs) {
        *argnum = n - 1;
        return true;
    }
    *good = false;
    return ok;
}

static void put_verb_error(StrBuf *b, int verb, const char *what)
{
    char vb[8];
    sb_puts(b, "%!");
    sb_put(b, vb, (size_t)utf8_encode(verb, vb));
    sb_puts(b, what);
}

/* Go's doPrintf. */
static void do_printf(PP *p, const String *format, const Slice *args)
{
    StrBuf *b = p->b;
    const char *f = str_data(format);
    int64_t end = str_len(format);
    int64_t n = args ? args->len : 0;
    Value *items = args ? (Value *)args->data : NULL;
    int64_t argnum = 0;
    for (int64_t i = 0; i < end && !p->aborted;) {
        bool good = true;
        int64_t lasti = i;
        while (i < end && f[i] != '%')
            i++;
        if (i > lasti)
            sb_put(b, f + lasti, (size_t)(i - lasti));
        if (i >= end)
            break;
        i++; /* skip % */
        pp_clear_flags(p);
        for (; i < end; i++) {
            char c = f[i];
            if (c == '#') p->sharp = true;
            else if (c == '0') p->zero = !p->minus;
            else if (c == '+') p->plus = true;
            else if (c == '-') { p->minus = true; p->zero = false; }
            else if (c == ' ') p->space = true;
            else break;
        }
        bool after_index = arg_index(p, f, &i, end, &argnum, n, &good);
        /* width */
        if (i < end && f[i] == '*') {
            i++;
            p->wid_present = false;
            if (argnum < n)
                p->wid = arg_int(items[argnum++].p, &p->wid_present);
            if (!p->wid_present) {
                p->wid = 0;
                sb_puts(b, "%!(BADWIDTH)");
            }
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->minus = true;
                p->zero = false;
            }
            after_index = false;
        } else {
            p->wid_present = parse_num(f, &i, end, &p->wid);
            if (after_index && p->wid_present) /* "%[3]2d" */
                good = false;
        }
        /* precision */
        if (i + 1 < end && f[i] == '.') {
            i++;
            if (after_index) /* "%[3].2d" */
                good = false;
            after_index = arg_index(p, f, &i, end, &argnum, n, &good);
            if (i < end && f[i] == '*') {
                i++;
                p->prec_present = false;
                if (argnum < n)
                    p->prec = arg_int(items[argnum++].p, &p->prec_present);
                if (p->prec < 0) {
                    p->prec = 0;
                    p->prec_present = false;
                }
                if (!p->prec_present) {
                    p->prec = 0;
                    sb_puts(b, "%!(BADPREC)");
                }
                after_index = false;
            } else {
                parse_num(f, &i, end, &p->prec);
                p->prec_present = true;
            }
        }
        if (!after_index)
            after_index = arg_index(p, f, &i, end, &argnum, n, &good);
        if (i >= end) {
            sb_puts(b, "%!(NOVERB)");
            break;
        }
        int verb, size;
        if ((unsigned char)f[i] < 0x80) {
            verb = f[i];
            size = 1;
        } else {
            size = utf8_decode((const unsigned char *)f + i, (size_t)(end - i), &verb);
            if (size <= 0) {
                verb = 0xFFFD;
                size = 1;
            }
        }
        i += size;
        if (verb == '%') {
            /* takes no operand and ignores width and precision */
            sb_putc(b, '%');
        } else if (!good) {
            put_verb_error(b, verb, "(BADINDEX)");
        } else if (argnum >= n) {
            put_verb_error(b, verb, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->sharpV = p->sharp;
                p->sharp = false;
                p->plusV = p->plus;
                p->plus = false;
            }
            pp_print_arg(p, items[argnum].p, verb);
            argnum++;
        }
    }
    /* Unused operands are reported unless the format chose them by index
     * (then leaving some out is allowed). */
    if (!p->reordered && argnum < n && !p->aborted) {
        pp_clear_flags(p);
        sb_puts(b, "%!(EXTRA ");
        for (int64_t i = argnum; i < n; i++) {
            if (i > argnum)
                sb_puts(b, ", ");
            const Iface *a = items[i].p;
            if (!a) {
                sb_puts(b, "<nil>");
            } else {
                char ts[256];
                pp_type_name(a->type, ts, sizeof ts);
                sb_puts(b, ts);
                sb_putc(b, '=');
                pp_print_arg(p, a, 'v');
            }
        }
        sb_putc(b, ')');
    }
}

void fmt_printf(G *g, StrBuf *b, const String *format, const Slice *args)
{
    PP p;
    pp_init(&p, g, b);
    do_printf(&p, format, args);
}

Value fmt_errorf(G *g, StrBuf *b, const String *format, const Slice *args)
{
    PP p;
    pp_init(&p, g, b);
    p.wrap_errs = true;
    do_printf(&p, format, args);
    return p.wrapped;
}
