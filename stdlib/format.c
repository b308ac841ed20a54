/* format.c: Go's fmt verbs, flags, widths and precisions, and the
 * printing of every kind of value (after fmt/print.go and format.go). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"
#include "lexer.h"

typedef struct PP {
    G *g;
    StrBuf *b;
    bool plus, minus, sharp, space, zero;
    bool plusV, sharpV;
    bool wid_present, prec_present;
    int wid, prec;
    bool erroring;
} PP;

static void clear_flags(PP *p)
{
    p->plus = p->minus = p->sharp = p->space = p->zero = false;
    p->plusV = p->sharpV = false;
    p->wid_present = p->prec_present = false;
    p->wid = p->prec = 0;
}

static int rune_count(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
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
    char buf[200];
    int i = sizeof buf;
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
    if (prec > 150)
        prec = 150;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    while (i > 0 && (int)sizeof buf - i < prec)
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
    pad(p, buf + i, sizeof buf - (size_t)i);
    p->zero = oldzero;
}

/* ---- floats ---- */

/* Decimal digits of [f] (positive, finite) and the decimal point
 * position: f = 0.d1d2d3... * 10^dp. [prec] < 0 asks for the shortest
 * digits that read back as the same float of [bits] bits. */
static int float_digits(double f, int bits, int prec, char *digits, int *dp)
{
    char tmp[64];
    if (f == 0) {
        digits[0] = '0';
        *dp = 1;
        return 1;
    }
    if (prec < 0) {
        for (int p = 1; p <= 17; p++) {
            snprintf(tmp, sizeof tmp, "%.*e", p - 1, f);
            bool same = bits == 32 ? strtof(tmp, NULL) == (float)f : strtod(tmp, NULL) == f;
            if (same)
                break;
        }
    } else {
        snprintf(tmp, sizeof tmp, "%.*e", prec > 0 ? prec - 1 : 0, f);
    }
    /* tmp is d.ddde±x */
    int nd = 0;
    const char *q = tmp;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    *dp = exp + 1;
    return nd;
}

static void put_exp(StrBuf *b, char e, int exp)
{
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%c%c%02d", e, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    sb_puts(b, tmp);
}

/* strconv.FormatFloat without the sign: verb e E f g G, prec -1 for the
 * shortest form. */
void fmt_float(StrBuf *b, double f, char verb, int prec, int bits)
{
    char tmp[512];
    if (isinf(f)) {
        sb_puts(b, f > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (f != f) {
        sb_puts(b, "NaN");
        return;
    }
    if (signbit(f)) {
        sb_putc(b, '-');
        f = -f;
    }
    if (prec >= 0 && verb != 'g' && verb != 'G') {
        if (prec > 400)
            prec = 400;
        if (verb == 'f' || verb == 'F')
            snprintf(tmp, sizeof tmp, "%.*f", prec, f);
        else
            snprintf(tmp, sizeof tmp, verb == 'E' ? "%.*E" : "%.*e", prec, f);
        sb_puts(b, tmp);
        return;
    }
    char digits[64];
    int dp;
    int nd = float_digits(f, bits, (verb == 'g' || verb == 'G') ? (prec == 0 ? 1 : prec) : -1, digits, &dp);
    if (verb == 'g' || verb == 'G') {
        int eprec = prec;
        bool shortest = prec < 0;
        if (eprec > nd && nd >= dp)
            eprec = nd;
        if (shortest)
            eprec = 6;
        int exp = dp - 1;
        if (exp < -4 || exp >= eprec) {
            /* %e with the digits we have */
            sb_putc(b, digits[0]);
            if (nd > 1) {
                sb_putc(b, '.');
                sb_put(b, digits + 1, (size_t)(nd - 1));
            }
            put_exp(b, verb == 'G' ? 'E' : 'e', exp);
            return;
        }
        /* %f with the digits we have */
        if (dp <= 0) {
            sb_puts(b, "0.");
            for (int i = 0; i < -dp; i++)
                sb_putc(b, '0');
            sb_put(b, digits, (size_t)nd);
        } else if (dp >= nd) {
            sb_put(b, digits, (size_t)nd);
            for (int i = nd; i < dp; i++)
                sb_putc(b, '0');
        } else {
            sb_put(b, digits, (size_t)dp);
            sb_putc(b, '.');
            sb_put(b, digits + dp, (size_t)(nd - dp));
        }
        return;
    }
    if (verb == 'e' || verb == 'E') {
        sb_putc(b, digits[0]);
        if (nd > 1) {
            sb_putc(b, '.');
            sb_put(b, digits + 1, (size_t)(nd - 1));
        }
        put_exp(b, verb == 'E' ? 'E' : 'e', dp - 1);
        return;
    }
    /* 'f' shortest */
    if (dp <= 0) {
        sb_puts(b, "0");
        if (nd > 0 && !(nd == 1 && digits[0] == '0')) {
            sb_putc(b, '.');
            for (int i = 0; i < -dp; i++)
                sb_putc(b, '0');
            sb_put(b, digits, (size_t)nd);
        }
    } else if (dp >= nd) {
        sb_put(b, digits, (size_t)nd);
        for (int i = nd; i < dp; i++)
            sb_putc(b, '0');
    } else {
        sb_put(b, digits, (size_t)dp);
        sb_putc(b, '.');
        sb_put(b, digits + dp, (size_t)(nd - dp));
    }
}

static void fmt_float_verb(PP *p, double f, int bits, int verb)
{
    StrBuf num = {0};
    int prec = p->prec_present ? p->prec : -1;
    char v = (char)verb;
    if (verb == 'v') {
        v = 'g';
    } else if (verb == 'F') {
        v = 'f';
    }
    if ((v == 'e' || v == 'E' || v == 'f') && prec < 0)
        prec = 6;
    fmt_float(&num, f, v, prec, bits);
    /* #: keep a decimal point / trailing zeros (rare); not supported */
    const char *s = num.data ? num.data : "";
    size_t n = num.len;
    bool special = isinf(f) || f != f;
    char sign = 0;
    if (s[0] == '-' || s[0] == '+') {
        sign = s[0];
        s++;
        n--;
    } else if (p->plus) {
        sign = '+';
    } else if (p->space) {
        sign = ' ';
    }
    if (p->zero && p->wid_present && !p->minus && !special) {
        if (sign) {
            sb_putc(p->b, sign);
            int w = p->wid - 1 - rune_count(s, n);
            write_padding(p, w, true);
            sb_put(p->b, s, n);
        } else {
            write_padding(p, p->wid - rune_count(s, n), true);
            sb_put(p->b, s, n);
        }
        return;
    }
    StrBuf out = {0};
    if (sign)
        sb_putc(&out, sign);
    sb_put(&out, s, n);
    bool oldzero = p->zero;
    p->zero = false;
    pad(p, out.data, out.len);
    p->zero = oldzero;
}

/* ---- strings ---- */

static bool is_printable(int r)
{
    if (r < 0x20 || r == 0x7f)
        return false;
    if (r >= 0x80 && r < 0xa0)
        return false;
    if (r == 0xad || r == 0xa0)
        return false;
    if (r >= 0x2000 && r <= 0x200f)
        return r >= 0x2010 ? true : (r >= 0x2000 && r <= 0x200a) ? false : false;
    if (r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffd + 1)
        return false;
    if (r >= 0xe000 && r <= 0xf8ff)
        return false;
    return true;
}

static void quote_rune_into(StrBuf *b, int r, char quote, bool ascii_only)
{
    char tmp[16];
    if (r == quote || r == '\\') {
        sb_putc(b, '\\');
        sb_putc(b, (char)r);
        return;
    }
    if (ascii_only ? (r < 0x7f && is_printable(r)) : is_printable(r)) {
        int n = utf8_encode(r, tmp);
        sb_put(b, tmp, (size_t)n);
        return;
    }
    switch (r) {
    case '\a': sb_puts(b, "\\a"); return;
    case '\b': sb_puts(b, "\\b"); return;
    case '\f': sb_puts(b, "\\f"); return;
    case '\n': sb_puts(b, "\\n"); return;
    case '\r': sb_puts(b, "\\r"); return;
    case '\t': sb_puts(b, "\\t"); return;
    case '\v': sb_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f)
        snprintf(tmp, sizeof tmp, "\\x%02x", r);
    else if (r < 0x10000)
        snprintf(tmp, sizeof tmp, "\\u%04x", r);
    else
        snprintf(tmp, sizeof tmp, "\\U%08x", r);
    sb_puts(b, tmp);
}

void fmt_quote(StrBuf *b, const char *s, int64_t n, bool ascii_only)
{
    sb_putc(b, '"');
    const unsigned char *p = (const unsigned char *)s;
    for (int64_t i = 0; i < n;) {
        int r, k = p[i] < 0x80 ? (r = p[i], 1) : utf8_decode(p + i, (size_t)(n - i), &r);
        if (k <= 0) {
            char tmp[8];
            snprintf(tmp, sizeof tmp, "\\x%02x", p[i]);
            sb_puts(b, tmp);
            i++;
            continue;
        }
        quote_rune_into(b, r, '"', ascii_only);
        i += k;
    }
    sb_putc(b, '"');
}

void fmt_quote_rune(StrBuf *b, int64_t r, bool ascii_only)
{
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        r = 0xFFFD;
    sb_putc(b, '\'');
    quote_rune_into(b, (int)r, '\'', ascii_only);
    sb_putc(b, '\'');
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
        for (int64_t i = 0; raw_ok && i < n; i++)
            if (s[i] == '`' || (s[i] < ' ' && s[i] != '\t') || s[i] == 0x7f)
                raw_ok = false;
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
static void print_arg(PP *p, const Iface *arg, int verb);

static void type_name(const Type *t, char *buf, int size)
{
    type_string(t, true, buf, size);
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
        type_name(arg->type, ts, sizeof ts);
        sb_puts(p->b, ts);
        sb_putc(p->b, '=');
        bool saved_w = p->wid_present, saved_p = p->prec_present;
        p->wid_present = p->prec_present = false;
        print_arg(p, arg, 'v');
        p->wid_present = saved_w;
        p->prec_present = saved_p;
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
        if (p->sharp && v <= 0x10FFFF && is_printable((int)v)) {
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
            type_name(t, ts, sizeof ts);
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

/* Calls Error() or String() when the value's method set has it. */
bool fmt_call_string_method(G *g, const Iface *it, String **out, bool *panicked)
{
    *panicked = false;
    static const char *names[2];
    if (!names[0]) {
        names[0] = intern_name("Error", 5);
        names[1] = intern_name("String", 6);
    }
    const Type *t = it->type;
    bool ptr = t->kind == K_POINTER && !(t->flags & TF_NAMED);
    const Type *nt = ptr ? t->elem : t;
    if (!nt->nmethods)
        return false;
    for (int k = 0; k < 2; k++) {
        Method *m = NULL;
        for (int i = 0; i < nt->nmethods; i++)
            if (nt->methods[i].name == names[k])
                m = &nt->methods[i];
        if (!m || !m->fn || m->type->nparams || m->type->nresults != 1 ||
            m->type->results[0]->kind != K_STRING || (m->ptr_recv && !ptr))
            continue;
        if (ptr && !m->ptr_recv && !it->word.p) {
            /* a nil pointer with a value method: Go prints <nil> */
            *out = str_from_cstr("<nil>");
            return true;
        }
        Value recv;
        Closure *fn = vm_find_dispatch(it, names[k], &recv);
        if (!fn)
            continue;
        Value res;
        if (!vm_call(g, fn, &recv, 1, &res, 1)) {
            *panicked = true;
            return true;
        }
        *out = res.p;
        return true;
    }
    return false;
}

static bool handle_methods(PP *p, const Iface *arg, int verb)
{
    if (p->erroring || !arg)
        return false;
    if (p->sharpV || !has_string_method_verb(verb))
        return false;
    String *s;
    bool panicked;
    if (!fmt_call_string_method(p->g, arg, &s, &panicked))
        return false;
    if (panicked) {
        /* the method panicked: Go prints the panic inline */
        sb_puts(p->b, "%!v(PANIC=String method: ...)");
        return true;
    }
    fmt_string(p, str_data(s), str_len(s), verb);
    return true;
}

static Value load_field(const char *base, const Type *t)
{
    Value v;
    v.u = 0;
    switch (t->memkind) {
    case M_I8: v.i = *(const int8_t *)base; break;
    case M_U8: v.u = *(const uint8_t *)base; break;
    case M_I16: v.i = *(const int16_t *)base; break;
    case M_U16: v.u = *(const uint16_t *)base; break;
    case M_I32: v.i = *(const int32_t *)base; break;
    case M_U32: v.u = *(const uint32_t *)base; break;
    case M_F32: v.f = *(const float *)base; break;
    case M_WORD: memcpy(&v, base, 8); break;
    case M_BLOCK: v.p = (void *)base; break;
    }
    return v;
}

typedef struct KV {
    Value k, v;
} KV;

static const Type *sort_key_type;

static int compare_values(Value a, Value b, const Type *t);

static int compare_kv(const void *x, const void *y)
{
    return compare_values(((const KV *)x)->k, ((const KV *)y)->k, sort_key_type);
}

/* The order fmt prints map keys in (internal/fmtsort). */
static int compare_values(Value a, Value b, const Type *t)
{
    switch (t->kind) {
    case K_BOOL:
        return (int)a.u - (int)b.u;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        return a.i < b.i ? -1 : a.i > b.i;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
    case K_POINTER: case K_CHAN:
        return a.u < b.u ? -1 : a.u > b.u;
    case K_FLOAT32: case K_FLOAT64:
        if (a.f != a.f)
            return b.f != b.f ? 0 : -1;
        if (b.f != b.f)
            return 1;
        return a.f < b.f ? -1 : a.f > b.f;
    case K_STRING:
        return str_cmp(a.p, b.p);
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            int c = compare_values(load_field((char *)a.p + f->offset, f->type),
                                   load_field((char *)b.p + f->offset, f->type), f->type);
            if (c)
                return c;
        }
        return 0;
    case K_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            size_t off = (size_t)i * t->elem->size;
            int c = compare_values(load_field((char *)a.p + off, t->elem),
                                   load_field((char *)b.p + off, t->elem), t->elem);
            if (c)
                return c;
        }
        return 0;
    case K_INTERFACE: {
        Iface *x = a.p, *y = b.p;
        if (!x || !y)
            return x ? 1 : y ? -1 : 0;
        if (x->type != y->type)
            return x->type->id < y->type->id ? -1 : 1;
        return compare_values(x->word, y->word, x->type);
    }
    default:
        return 0;
    }
}

static void print_map(PP *p, Map *m, const Type *t, int verb, int depth)
{
    char ts[256];
    if (p->sharpV) {
        type_name(t, ts, sizeof ts);
        sb_puts(p->b, ts);
        if (!m) {
            sb_puts(p->b, "(nil)");
            return;
        }
        sb_putc(p->b, '{');
    } else {
        sb_puts(p->b, "map[");
    }
    int64_t n = map_len(m);
    KV *kvs = n ? rt_alloc(sizeof(KV) * (size_t)n) : NULL;
    int64_t count = 0;
    if (m) {
        MapIter *it = map_iter(m, 0);
        Value k, v;
        while (count < n && map_next(it, &k, &v)) {
            kvs[count].k = k;
            kvs[count].v = v;
            count++;
        }
    }
    sort_key_type = type_under((Type *)t->key);
    if (count > 1)
        qsort(kvs, (size_t)count, sizeof(KV), compare_kv);
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
            type_name(t, ts, sizeof ts);
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
            Value fv = load_field((char *)v.p + f->offset, f->type);
            print_value(p, fv, f->type, verb, depth + 1, exported && f->exported);
        }
        sb_putc(p->b, '}');
        return;
    }
    case K_INTERFACE: {
        Iface *it = v.p;
        if (!it) {
            if (p->sharpV) {
                type_name(t, ts, sizeof ts);
                sb_puts(p->b, ts);
                sb_puts(p->b, "(nil)");
            } else {
                pads(p, "<nil>");
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
            type_name(t, ts, sizeof ts);
            sb_puts(p->b, ts);
            if (t->kind == K_SLICE && !v.p) {
                sb_puts(p->b, "(nil)");
                return;
            }
            sb_putc(p->b, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    sb_puts(p->b, ", ");
                print_value(p, load_field(data + (size_t)i * et->size, et), et, verb, depth + 1, exported);
            }
            sb_putc(p->b, '}');
            return;
        }
        sb_putc(p->b, '[');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0)
                sb_putc(p->b, ' ');
            print_value(p, load_field(data + (size_t)i * et->size, et), et, verb, depth + 1, exported);
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
                print_value(p, e->memkind == M_BLOCK ? v : load_field(v.p, e), e, verb, depth + 1, exported);
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

static void print_arg(PP *p, const Iface *arg, int verb)
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
        type_name(t, ts, sizeof ts);
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
    if ((t->flags & TF_NAMED) || t->kind == K_POINTER) {
        if (handle_methods(p, arg, verb))
            return;
    }
    print_value(p, arg->word, t, verb, 0, true);
}

void fmt_print(G *g, StrBuf *b, const Slice *args, bool newline)
{
    PP p;
    memset(&p, 0, sizeof p);
    p.g = g;
    p.b = b;
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
        clear_flags(&p);
        print_arg(&p, arg, 'v');
        prev_string = is_string;
    }
    if (newline)
        sb_putc(b, '\n');
}

static int arg_int(const Iface *a, bool *ok)
{
    *ok = false;
    if (!a)
        return 0;
    const Type *t = type_under((Type *)a->type);
    if (type_is_integer(t)) {
        *ok = true;
        int64_t v = a->word.i;
        if (type_is_unsigned(t) && (int64_t)a->word.u < 0)
            *ok = false;
        if (v > 1000000 || v < -1000000)
            *ok = false;
        return (int)v;
    }
    return 0;
}

void fmt_printf(G *g, StrBuf *b, const String *format, const Slice *args)
{
    PP p;
    memset(&p, 0, sizeof p);
    p.g = g;
    p.b = b;
    const char *f = str_data(format);
    int64_t end = str_len(format);
    int64_t n = args ? args->len : 0;
    Value *items = args ? (Value *)args->data : NULL;
    int64_t argnum = 0;
    for (int64_t i = 0; i < end;) {
        int64_t lasti = i;
        while (i < end && f[i] != '%')
            i++;
        if (i > lasti)
            sb_put(b, f + lasti, (size_t)(i - lasti));
        if (i >= end)
            break;
        i++; /* skip % */
        clear_flags(&p);
        for (; i < end; i++) {
            char c = f[i];
            if (c == '#') p.sharp = true;
            else if (c == '0') p.zero = !p.minus;
            else if (c == '+') p.plus = true;
            else if (c == '-') { p.minus = true; p.zero = false; }
            else if (c == ' ') p.space = true;
            else break;
        }
        /* width */
        if (i < end && f[i] == '*') {
            i++;
            if (argnum < n) {
                bool ok;
                p.wid = arg_int(items[argnum].p, &ok);
                p.wid_present = ok;
                if (!ok)
                    sb_puts(b, "%!(BADWIDTH)");
                if (p.wid < 0) {
                    p.wid = -p.wid;
                    p.minus = true;
                    p.zero = false;
                }
                argnum++;
            } else {
                sb_puts(b, "%!(BADWIDTH)");
            }
        } else {
            while (i < end && f[i] >= '0' && f[i] <= '9') {
                if (p.wid < 1000000)
                    p.wid = p.wid * 10 + (f[i] - '0');
                p.wid_present = true;
                i++;
            }
        }
        /* precision */
        if (i < end && f[i] == '.') {
            i++;
            p.prec_present = true;
            if (i < end && f[i] == '*') {
                i++;
                if (argnum < n) {
                    bool ok;
                    p.prec = arg_int(items[argnum].p, &ok);
                    if (p.prec < 0) {
                        p.prec = 0;
                        p.prec_present = false;
                    }
                    if (!ok)
                        sb_puts(b, "%!(BADPREC)");
                    argnum++;
                } else {
                    sb_puts(b, "%!(BADPREC)");
                }
            } else {
                while (i < end && f[i] >= '0' && f[i] <= '9') {
                    if (p.prec < 1000000)
                        p.prec = p.prec * 10 + (f[i] - '0');
                    i++;
                }
            }
        }
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
            sb_putc(b, '%');
            continue;
        }
        if (argnum >= n) {
            char vb[8];
            int k = utf8_encode(verb, vb);
            sb_puts(b, "%!");
            sb_put(b, vb, (size_t)k);
            sb_puts(b, "(MISSING)");
            continue;
        }
        if (verb == 'w')
            verb = 'v';
        if (verb == 'v') {
            if (p.sharp) {
                p.sharp = false;
                p.sharpV = true;
            }
            if (p.plus) {
                p.plus = false;
                p.plusV = true;
            }
        }
        print_arg(&p, items[argnum].p, verb);
        argnum++;
    }
    if (argnum < n) {
        clear_flags(&p);
        sb_puts(b, "%!(EXTRA ");
        for (int64_t i = argnum; i < n; i++) {
            if (i > argnum)
                sb_puts(b, ", ");
            const Iface *a = items[i].p;
            if (!a) {
                sb_puts(b, "<nil>");
            } else {
                char ts[256];
                type_name(a->type, ts, sizeof ts);
                sb_puts(b, ts);
                sb_putc(b, '=');
                print_arg(&p, a, 'v');
            }
        }
        sb_putc(b, ')');
    }
}
