/* format.c: Go's fmt verbs, flags, widths and precisions, and the
 * printing of every kind of value (after fmt/print.go and format.go).
 * Printf's format strings are read in printf.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"
#include "printer.h"
#include "lexer.h"
#include "natives.h"


void pp_clear_flags(PP *p)
{
    p->plus = p->minus = p->sharp = p->space = p->zero = false;
    p->plusV = p->sharpV = false;
    p->wid_present = p->prec_present = false;
    p->wid = p->prec = 0;
}

/* Runes as utf8.RuneCountInString counts them: each byte of an invalid
 * or cut-short sequence is one. */
static int rune_count(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; c++) {
        int r;
        int size = utf8_first((const unsigned char *)s + i, (int64_t)(n - i), &r);
        i += size > 0 ? (size_t)size : 1;
    }
    return c;
}

static void write_padding(PP *p, int n, bool zero)
{
    for (int i = 0; i < n; i++)
        sb_putc(p->b, zero ? '0' : ' ');
}

/* Appends [s] padded to the width, on the left or the right. */
static void pad(PP *p, const char *s, size_t n)
{
    if (!p->wid_present || p->wid == 0) {
        sb_put(p->b, s, n);
        return;
    }
    int width = p->wid - rune_count(s, n);
    if (!p->minus) {
        write_padding(p, width, p->zero);
        sb_put(p->b, s, n);
    } else {
        sb_put(p->b, s, n);
        write_padding(p, width, false);
    }
}

static void pads(PP *p, const char *s)
{
    pad(p, s, strlen(s));
}

/* ---- integers ---- */

static void fmt_integer(PP *p, uint64_t u, int base, bool is_signed, int verb, bool upper)
{
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = 0 - u;
    char small[80];
    char *buf = small;
    int size = sizeof small;
    int prec = 0;
    if (p->prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool oldzero = p->zero;
            p->zero = false;
            write_padding(p, p->wid, false);
            p->zero = oldzero;
            return;
        }
    } else if (p->zero && p->wid_present && !p->minus) {
        prec = p->wid;
        if (negative || p->plus || p->space)
            prec--;
    }
    if (prec + 8 > size) {
        /* precisions and zero-padded widths go up to a million */
        size = prec + 8;
        buf = rt_alloc_atomic((size_t)size);
    }
    int i = size;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    while (size - i < prec)
        buf[--i] = '0';
    if (p->sharp) {
        switch (base) {
        case 2: buf[--i] = 'b'; buf[--i] = '0'; break;
        case 8: if (buf[i] != '0') buf[--i] = '0'; break;
        case 16: buf[--i] = upper ? 'X' : 'x'; buf[--i] = '0'; break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->plus)
        buf[--i] = '+';
    else if (p->space)
        buf[--i] = ' ';
    bool oldzero = p->zero;
    p->zero = false;
    pad(p, buf + i, (size_t)(size - i));
    p->zero = oldzero;
}

/* The '#' flag on a float: keep a decimal point, and keep (or restore)
 * trailing zeros up to the precision for %g and %x. [s] starts with its
 * sign; the result is written to [out]. (Go's fmtFloat, quirks kept: it
 * counts the x of "0x" as a digit, and %#X keeps no zeros.) */
static void sharp_float(StrBuf *out, const char *s, size_t n, char verb, int prec)
{
    int digits = 0;
    if (verb == 'g' || verb == 'G' || verb == 'x')
        digits = prec == -1 ? 6 : prec;
    bool point = false, nonzero = false;
    size_t end = n;
    for (size_t i = 1; i < n; i++) {
        char c = s[i];
        if (c == '.') {
            point = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            end = i; /* the exponent goes back on at the end */
            break;
        } else {
            nonzero = nonzero || c != '0';
            if (nonzero)
                digits--;
        }
    }
    sb_put(out, s, end);
    if (!point) {
        if (end == 2 && s[1] == '0')
            digits--;
        sb_putc(out, '.');
    }
    for (; digits > 0; digits--)
        sb_putc(out, '0');
    sb_put(out, s + end, n - end);
}

/* Go's fmtFloat: a float with its sign, padding and flags. */
static void fmt_float_verb(PP *p, double f, int bits, int verb)
{
    char v = (char)verb;
    int prec = 6;
    switch (verb) {
    case 'v': v = 'g'; prec = -1; break;
    case 'b': case 'g': case 'G': case 'x': case 'X': prec = -1; break;
    case 'F': v = 'f'; break;
    }
    if (p->prec_present)
        prec = p->prec;
    /* the number with a sign always in front: s[0] is '+', '-' or ' ' */
    StrBuf num = {0};
    sb_putc(&num, '+');
    fmt_float(&num, f, v, prec, bits);
    char *s = num.data;
    size_t n = num.len;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    }
    if (p->space && s[0] == '+' && !p->plus)
        s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {
        /* infinities and NaN are not padded with zeros; NaN shows a sign
         * only when asked */
        if (s[1] == 'N' && !p->space && !p->plus) {
            s++;
            n--;
        }
        bool oldzero = p->zero;
        p->zero = false;
        pad(p, s, n);
        p->zero = oldzero;
        return;
    }
    if (p->sharp && v != 'b') {
        StrBuf out = {0};
        sharp_float(&out, s, n, v, prec);
        s = out.data;
        n = out.len;
    }
    if (!p->plus && s[0] == '+') {
        pad(p, s + 1, n - 1);
        return;
    }
    if (p->zero && p->wid_present && p->wid > (int)n) {
        /* the sign goes before the zeros */
        sb_putc(p->b, s[0]);
        write_padding(p, p->wid - (int)n, true);
        sb_put(p->b, s + 1, n - 1);
        return;
    }
    pad(p, s, n);
}

static void fmt_string(PP *p, const char *s, int64_t n, int verb)
{
    if (p->prec_present) {
        /* precision truncates to that many runes */
        int64_t i = 0;
        int count = 0;
        while (i < n && count < p->prec) {
            int r, k = utf8_decode((const unsigned char *)s + i, (size_t)(n - i), &r);
            i += k > 0 ? k : 1;
            count++;
        }
        n = i;
    }
    switch (verb) {
    case 'v': case 's':
        pad(p, s, (size_t)n);
        return;
    case 'q': {
        StrBuf q = {0};
        bool raw_ok = p->sharp;
        /* strconv.CanBackquote: valid UTF-8 without controls (but tab),
         * backquotes or a byte order mark */
        for (int64_t i = 0; raw_ok && i < n;) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) {
                raw_ok = c != '`' && (c >= ' ' || c == '\t') && c != 0x7f;
                i++;
                continue;
            }
            int r, k = utf8_decode((const unsigned char *)s + i, (size_t)(n - i), &r);
            raw_ok = k > 0 && r != 0xFEFF;
            i += k > 0 ? k : 1;
        }
        if (raw_ok) {
            sb_putc(&q, '`');
            sb_put(&q, s, (size_t)n);
            sb_putc(&q, '`');
        } else {
            fmt_quote(&q, s, n, p->plus);
        }
        pad(p, q.data, q.len);
        return;
    }
    case 'x': case 'X': {
        StrBuf h = {0};
        const char *digits = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        for (int64_t i = 0; i < n; i++) {
            if (p->space && i > 0)
                sb_putc(&h, ' ');
            if (p->sharp && (p->space || i == 0)) {
                sb_putc(&h, '0');
                sb_putc(&h, (char)verb);
            }
            unsigned char c = (unsigned char)s[i];
            sb_putc(&h, digits[c >> 4]);
            sb_putc(&h, digits[c & 15]);
        }
        pad(p, h.data ? h.data : "", h.len);
        return;
    }
    }
}

/* ---- values ---- */

static void print_value(PP *p, Value v, const Type *t, int verb, int depth, bool exported);

/* The type as reflect spells it: byte and rune inside composite types are
 * uint8 and int32 (struct fields keep the spelling of their declaration,
 * so canon is asked for). */
void pp_type_name(const Type *t, char *buf, int size)
{
    type_string(t->canon ? t->canon : t, true, buf, size);
}

static void bad_verb(PP *p, int verb, const Iface *arg)
{
    char ts[256];
    p->erroring = true;
    sb_puts(p->b, "%!");
    char vb[8];
    int n = utf8_encode(verb, vb);
    sb_put(p->b, vb, (size_t)n);
    sb_putc(p->b, '(');
    if (arg) {
        pp_type_name(arg->type, ts, sizeof ts);
        sb_puts(p->b, ts);
        sb_putc(p->b, '=');
        pp_print_arg(p, arg, 'v');
    } else {
        sb_puts(p->b, "<nil>");
    }
    sb_putc(p->b, ')');
    p->erroring = false;
}

static void fmt_bool(PP *p, bool v, int verb, const Iface *arg)
{
    if (verb == 't' || verb == 'v')
        pads(p, v ? "true" : "false");
    else
        bad_verb(p, verb, arg);
}

static void fmt_c(PP *p, uint64_t c)
{
    char buf[4];
    int r = c > 0x10FFFF ? 0xFFFD : (int)c;
    int n = utf8_encode(r, buf);
    pad(p, buf, (size_t)n);
}

static void fmt_int_verb(PP *p, uint64_t v, bool is_signed, int verb, const Iface *arg)
{
    switch (verb) {
    case 'v':
        if (p->sharpV && !is_signed) {
            bool sharp = p->sharp;
            p->sharp = true;
            fmt_integer(p, v, 16, false, verb, false);
            p->sharp = sharp;
        } else {
            fmt_integer(p, v, 10, is_signed, verb, false);
        }
        return;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, false); return;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, false); return;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, false); return;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, false); return;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, true); return;
    case 'c': fmt_c(p, v); return;
    case 'q': {
        StrBuf q = {0};
        fmt_quote_rune(&q, (int64_t)v, p->plus);
        pad(p, q.data, q.len);
        return;
    }
    case 'U': {
        char buf[32];
        if (p->sharp && v <= 0x10FFFF && fmt_is_printable((int)v)) {
            char r[4];
            int n = utf8_encode((int)v, r);
            snprintf(buf, sizeof buf, "U+%04llX '%.*s'", (unsigned long long)v, n, r);
        } else {
            snprintf(buf, sizeof buf, "U+%04llX", (unsigned long long)v);
        }
        pads(p, buf);
        return;
    }
    default:
        bad_verb(p, verb, arg);
    }
}

static void fmt_pointer(PP *p, Value v, const Type *t, int verb, const Iface *arg)
{
    char buf[64], ts[256];
    uintptr_t u = (uintptr_t)v.p;
    switch (verb) {
    case 'v':
        if (p->sharpV) {
            pp_type_name(t, ts, sizeof ts);
            if (u == 0)
                snprintf(buf, sizeof buf, ")(nil)");
            else
                snprintf(buf, sizeof buf, ")(0x%lx)", (unsigned long)u);
            sb_putc(p->b, '(');
            sb_puts(p->b, ts);
            sb_puts(p->b, buf);
        } else if (u == 0) {
            pads(p, "<nil>");
        } else {
            snprintf(buf, sizeof buf, "0x%lx", (unsigned long)u);
            pads(p, buf);
        }
        return;
    case 'p':
        snprintf(buf, sizeof buf, p->sharp ? "%lx" : "0x%lx", (unsigned long)u);
        pads(p, buf);
        return;
    case 'b': case 'o': case 'd': case 'x': case 'X': {
        bool sharp = p->sharp;
        p->sharp = verb != 'd';
        fmt_integer(p, u, verb == 'b' ? 2 : verb == 'o' ? 8 : verb == 'd' ? 10 : 16, false, verb, verb == 'X');
        p->sharp = sharp;
        return;
    }
    default:
        bad_verb(p, verb, arg);
    }
}

static bool has_string_method_verb(int verb)
{
    return verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q';
}

/* The method [name] of [t]'s method set taking nothing and returning one
 * string (Error, String, GoString), or NULL. */
static const Method *string_method(const Type *t, const char *name)
{
    bool ptr = t->kind == K_POINTER && !(t->flags & TF_NAMED);
    const Type *nt = ptr ? t->elem : t;
    for (int i = 0; i < nt->nmethods; i++) {
        const Method *m = &nt->methods[i];
        if (m->name != name)
            continue;
        if (!m->fn || m->type->nparams || m->type->nresults != 1 ||
            m->type->results[0]->kind != K_STRING || (m->ptr_recv && !ptr))
            return NULL;
        return m;
    }
    return NULL;
}

static bool is_nil_pointer(const Iface *arg)
{
    return arg->type->kind == K_POINTER && !arg->word.p;
}

/* A method called by fmt panicked with [pv]: print it inline as Go's
 * catchPanic does, or "<nil>" when the receiver is a nil pointer (the
 * likeliest cause is a method that does not guard against nil). */
static void catch_panic(PP *p, const Iface *arg, int verb, const char *method, Value pv)
{
    if (is_nil_pointer(arg)) {
        sb_puts(p->b, "<nil>");
        return;
    }
    PP saved = *p;
    pp_clear_flags(p);
    sb_puts(p->b, "%!");
    char vb[8];
    sb_put(p->b, vb, (size_t)utf8_encode(verb, vb));
    sb_puts(p->b, "(PANIC=");
    sb_puts(p->b, method);
    sb_puts(p->b, " method: ");
    p->panicking = true;
    pp_print_arg(p, pv.p, 'v');
    p->panicking = false;
    sb_putc(p->b, ')');
    saved.aborted = p->aborted;
    *p = saved;
}

/* Calls [arg]'s method [m] and prints the string it returns. [method] is
 * the method's name; GoString's result is printed as it is. */
static void call_method(PP *p, const Iface *arg, const Method *m, const char *method, int verb)
{
    bool ptr = arg->type->kind == K_POINTER && !(arg->type->flags & TF_NAMED);
    Value res, pv;
    if (ptr && !m->ptr_recv && !arg->word.p) {
        /* a value method through a nil pointer: the call would panic */
        sb_puts(p->b, "<nil>");
        return;
    }
    Value recv;
    Closure *fn = vm_find_dispatch(arg, m->name, &recv);
    if (!fn)
        return;
    if (p->panicking) {
        /* printing a panic value panicked again: let this one go */
        if (!vm_call(p->g, fn, &recv, 1, &res, 1)) {
            p->aborted = true;
            return;
        }
    } else if (!vm_call_recover(p->g, fn, &recv, 1, &res, 1, &pv)) {
        catch_panic(p, arg, verb, method, pv);
        return;
    }
    String *s = res.p;
    fmt_string(p, str_data(s), str_len(s), method[0] == 'G' ? 's' : verb);
}

/* %w: Errorf takes one error operand (the error it wraps); anywhere else,
 * or with anything but an error, it is a bad verb. */
static bool handle_wrap(PP *p, const Iface *arg)
{
    if (!p->wrap_errs || !arg || !vm_implements(arg->type, type_under(t_error)) || p->wrapped.p) {
        p->wrapped.p = NULL;
        p->wrap_errs = false;
        bad_verb(p, 'w', arg);
        return false;
    }
    p->wrapped.p = (void *)arg;
    return true;
}

/* Go's handleMethods: GoString for %#v; Error, then String, for the verbs
 * that print strings. Reports whether the value was printed. */
/* fmt.callFormat, a root for the collector (static data is scanned). */
static Closure *format_hook;

void fmt_set_format_hook(Closure *hook)
{
    format_hook = hook;
}

/* Whether [t] has Format(State, rune), fmt.Formatter's method. */
static bool is_formatter(const Type *t)
{
    static const char *format_;
    if (!format_)
        format_ = intern_name("Format", 6);
    bool ptr = t->kind == K_POINTER && !(t->flags & TF_NAMED);
    const Type *nt = ptr ? t->elem : t;
    for (int i = 0; i < nt->nmethods; i++) {
        const Method *m = &nt->methods[i];
        if (m->name == format_)
            return m->fn && m->type->nparams == 2 && m->type->nresults == 0 &&
                   m->type->params[0]->kind == K_INTERFACE && !(m->ptr_recv && !ptr);
    }
    return false;
}

/* Prints [arg] through its Format method, as Go does before any other. */
static void call_format(PP *p, const Iface *arg, int verb)
{
    char flags[8];
    int n = 0;
    if (p->plus || p->plusV)
        flags[n++] = '+';
    if (p->minus)
        flags[n++] = '-';
    if (p->sharp || p->sharpV)
        flags[n++] = '#';
    if (p->space)
        flags[n++] = ' ';
    if (p->zero)
        flags[n++] = '0';
    Value args[7], res, pv;
    args[0].p = (void *)arg;
    args[1].i = verb;
    args[2].i = p->wid_present ? p->wid : 0;
    args[3].i = p->prec_present ? p->prec : 0;
    args[4].u = p->wid_present;
    args[5].u = p->prec_present;
    args[6].p = str_new(flags, n);
    if (!vm_call_recover(p->g, format_hook, args, 7, &res, 1, &pv)) {
        catch_panic(p, arg, verb, "Format", pv);
        return;
    }
    sb_put(p->b, str_data(res.p), (size_t)str_len(res.p));
}

static bool handle_methods(PP *p, const Iface *arg, int verb)
{
    static const char *error_, *string_, *gostring;
    if (!error_) {
        error_ = intern_name("Error", 5);
        string_ = intern_name("String", 6);
        gostring = intern_name("GoString", 8);
    }
    if (p->aborted)
        return true;
    if (p->erroring || !arg)
        return false;
    if (format_hook && is_formatter(arg->type)) {
        call_format(p, arg, verb);
        return true;
    }
    const Method *m;
    if (p->sharpV) {
        if ((m = string_method(arg->type, gostring))) {
            call_method(p, arg, m, "GoString", verb);
            return true;
        }
        return false;
    }
    if (!has_string_method_verb(verb))
        return false;
    if ((m = string_method(arg->type, error_))) {
        call_method(p, arg, m, "Error", verb);
        return true;
    }
    if ((m = string_method(arg->type, string_))) {
        call_method(p, arg, m, "String", verb);
        return true;
    }
    return false;
}

static void print_map(PP *p, Map *m, const Type *t, int verb, int depth)
{
    char ts[256];
    if (p->sharpV) {
        pp_type_name(t, ts, sizeof ts);
        sb_puts(p->b, ts);
        if (!m) {
            sb_puts(p->b, "(nil)");
            return;
        }
        sb_putc(p->b, '{');
    } else {
        sb_puts(p->b, "map[");
    }
    FmtKV *kvs;
    int64_t count = m ? fmt_sorted_entries(m, t->key, &kvs) : 0;
    for (int64_t i = 0; i < count; i++) {
        if (i > 0)
            sb_puts(p->b, p->sharpV ? ", " : " ");
        print_value(p, kvs[i].k, t->key, verb, depth + 1, true);
        sb_putc(p->b, ':');
        print_value(p, kvs[i].v, t->elem, verb, depth + 1, true);
    }
    sb_putc(p->b, p->sharpV ? '}' : ']');
}

static void print_value(PP *p, Value v, const Type *t, int verb, int depth, bool exported)
{
    char ts[256];
    /* nested values with String or Error methods use them */
    if (depth > 0 && exported && t->kind != K_INTERFACE && (t->flags & TF_NAMED || t->kind == K_POINTER)) {
        Iface tmp = {t, v};
        if (t->memkind == M_BLOCK) {
            tmp.word.p = v.p;
        }
        if (handle_methods(p, &tmp, verb))
            return;
    }
    Iface self = {t, v};
    switch (t->kind) {
    case K_BOOL:
        fmt_bool(p, v.u != 0, verb, &self);
        return;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        fmt_int_verb(p, v.u, true, verb, &self);
        return;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        fmt_int_verb(p, v.u, false, verb, &self);
        return;
    case K_FLOAT32: case K_FLOAT64:
        switch (verb) {
        case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F':
        case 'e': case 'E':
            fmt_float_verb(p, v.f, t->kind == K_FLOAT32 ? 32 : 64, verb);
            return;
        default:
            bad_verb(p, verb, &self);
            return;
        }
    case K_COMPLEX64: case K_COMPLEX128:
        switch (verb) {
        case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F':
        case 'e': case 'E': {
            /* Go's fmtComplex: each part formatted as a float of half the
             * size (width and precision apply to each), the imaginary
             * part always signed */
            int bits = t->kind == K_COMPLEX64 ? 32 : 64;
            bool oldplus = p->plus;
            sb_putc(p->b, '(');
            fmt_float_verb(p, cplx_re(v.p), bits, verb);
            p->plus = true;
            fmt_float_verb(p, cplx_im(v.p), bits, verb);
            sb_puts(p->b, "i)");
            p->plus = oldplus;
            return;
        }
        default:
            bad_verb(p, verb, &self);
            return;
        }
    case K_STRING:
        if (p->sharpV) {
            StrBuf q = {0};
            fmt_quote(&q, str_data(v.p), str_len(v.p), false);
            pad(p, q.data, q.len);
            return;
        }
        if (verb == 'v' || verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
            fmt_string(p, str_data(v.p), str_len(v.p), verb);
        else
            bad_verb(p, verb, &self);
        return;
    case K_MAP:
        print_map(p, v.p, t, verb, depth);
        return;
    case K_STRUCT: {
        if (p->sharpV) {
            pp_type_name(t, ts, sizeof ts);
            sb_puts(p->b, ts);
        }
        sb_putc(p->b, '{');
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (i > 0)
                sb_puts(p->b, p->sharpV ? ", " : " ");
            if (p->plusV || p->sharpV) {
                sb_puts(p->b, f->name);
                sb_putc(p->b, ':');
            }
            Value fv = fmt_load((char *)v.p + f->offset, f->type);
            print_value(p, fv, f->type, verb, depth + 1, exported && f->exported);
        }
        sb_putc(p->b, '}');
        return;
    }
    case K_INTERFACE: {
        Iface *it = v.p;
        if (!it) {
            if (p->sharpV) {
                pp_type_name(t, ts, sizeof ts);
                sb_puts(p->b, ts);
                sb_puts(p->b, "(nil)");
            } else {
                sb_puts(p->b, "<nil>"); /* unpadded, as Go's printValue */
            }
            return;
        }
        if (depth > 0 && exported && handle_methods(p, it, verb))
            return;
        print_value(p, it->word, it->type, verb, depth + 1, exported);
        return;
    }
    case K_ARRAY: case K_SLICE: {
        const Type *et = t->elem;
        const char *data;
        int64_t n;
        if (t->kind == K_SLICE) {
            Slice *s = v.p;
            data = s ? s->data : NULL;
            n = s ? s->len : 0;
        } else {
            data = v.p;
            n = t->len;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
            type_under((Type *)et)->kind == K_UINT8) {
            fmt_string(p, data ? data : "", n, verb);
            return;
        }
        if (p->sharpV) {
            /* Go's printArg names a []byte operand itself; nested ones
             * are spelled by reflect */
            if (depth == 0 && t->kind == K_SLICE && !(t->flags & TF_NAMED) && et->canon == t_uint8)
                strcpy(ts, "[]byte");
            else
                pp_type_name(t, ts, sizeof ts);
            sb_puts(p->b, ts);
            if (t->kind == K_SLICE && !v.p) {
                sb_puts(p->b, "(nil)");
                return;
            }
            sb_putc(p->b, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    sb_puts(p->b, ", ");
                print_value(p, fmt_load(data + (size_t)i * et->size, et), et, verb, depth + 1, exported);
            }
            sb_putc(p->b, '}');
            return;
        }
        sb_putc(p->b, '[');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0)
                sb_putc(p->b, ' ');
            print_value(p, fmt_load(data + (size_t)i * et->size, et), et, verb, depth + 1, exported);
        }
        sb_putc(p->b, ']');
        return;
    }
    case K_POINTER:
        if (depth == 0 && v.p) {
            const Type *e = t->elem;
            switch (type_under((Type *)e)->kind) {
            case K_ARRAY: case K_SLICE: case K_STRUCT: case K_MAP:
                sb_putc(p->b, '&');
                print_value(p, e->memkind == M_BLOCK ? v : fmt_load(v.p, e), e, verb, depth + 1, exported);
                return;
            default:
                break;
            }
        }
        fmt_pointer(p, v, t, verb, &self);
        return;
    case K_CHAN: case K_FUNC: case K_UNSAFEPTR:
        fmt_pointer(p, v, t, verb, &self);
        return;
    default:
        pads(p, "?");
        return;
    }
}

void pp_print_arg(PP *p, const Iface *arg, int verb)
{
    char ts[256];
    if (!arg) {
        if (verb == 'T' || verb == 'v')
            pads(p, "<nil>");
        else
            bad_verb(p, verb, NULL);
        return;
    }
    const Type *t = arg->type;
    if (verb == 'T') {
        pp_type_name(t, ts, sizeof ts);
        fmt_string(p, ts, (int64_t)strlen(ts), 's');
        return;
    }
    if (verb == 'p') {
        if (t->kind == K_POINTER || t->kind == K_MAP || t->kind == K_CHAN ||
            t->kind == K_FUNC || t->kind == K_SLICE || t->kind == K_UNSAFEPTR) {
            Value v = arg->word;
            if (t->kind == K_SLICE)
                v.p = v.p ? ((Slice *)v.p)->data : NULL;
            fmt_pointer(p, v, t, 'p', arg);
        } else {
            bad_verb(p, verb, arg);
        }
        return;
    }
    /* Go's printArg prints the predeclared types (and []byte) itself and
     * looks for methods only on the others */
    bool basic = !(t->flags & TF_NAMED) &&
                 (t->kind <= K_STRING || (t->kind == K_SLICE && t->elem->canon == t_uint8));
    if (!basic) {
        if (verb == 'w') {
            if (!handle_wrap(p, arg))
                return;
            verb = 'v';
        }
        if (handle_methods(p, arg, verb))
            return;
    }
    print_value(p, arg->word, t, verb, 0, true);
}

void fmt_print(G *g, StrBuf *b, const Slice *args, bool newline)
{
    PP p;
    pp_init(&p, g, b);
    int64_t n = args ? args->len : 0;
    Value *items = args ? (Value *)args->data : NULL;
    bool prev_string = false;
    for (int64_t i = 0; i < n; i++) {
        const Iface *arg = items[i].p;
        bool is_string = arg && arg->type->kind == K_STRING;
        if (newline) {
            if (i > 0)
                sb_putc(b, ' ');
        } else if (i > 0 && !is_string && !prev_string) {
            sb_putc(b, ' ');
        }
        pp_clear_flags(&p);
        pp_print_arg(&p, arg, 'v');
        prev_string = is_string;
    }
    if (newline)
        sb_putc(b, '\n');
}

void pp_init(PP *p, G *g, StrBuf *b)
{
    memset(p, 0, sizeof *p);
    p->g = g;
    p->b = b;
}
