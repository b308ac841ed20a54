/* json_encode.c: Marshal, walking a value by its run-time Type as Go's
 * encode.go does with reflect: MarshalJSON and MarshalText methods first
 * (the pointer receiver's when the value is addressable), then the kind. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"
#include "json.h"
#include "lexer.h"

typedef struct Enc {
    G *g;
    StrBuf b;
    bool escape_html;
    JsonErr err;
    /* a method called panicked: stop, the panic goes on */
    bool panicked;
    /* pointers followed, and past 1000 of them the chain (cycles) */
    int ptr_level;
    const void **seen;
    int nseen, capseen;
} Enc;

static const char hexdig[] = "0123456789abcdef";

/* Go's htmlSafeSet/safeSet: ASCII bytes that need no escaping. */
static bool safe_byte(unsigned char c, bool escape_html)
{
    if (c < 0x20 || c == '"' || c == '\\')
        return false;
    if (escape_html && (c == '<' || c == '>' || c == '&'))
        return false;
    return true;
}

void json_put_string(StrBuf *b, const char *s, int64_t n, bool escape_html)
{
    const unsigned char *u = (const unsigned char *)s;
    sb_putc(b, '"');
    int64_t start = 0;
    for (int64_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (safe_byte(c, escape_html)) {
                i++;
                continue;
            }
            if (start < i)
                sb_put(b, s + start, (size_t)(i - start));
            sb_putc(b, '\\');
            switch (c) {
            case '\\': case '"': sb_putc(b, (char)c); break;
            case '\n': sb_putc(b, 'n'); break;
            case '\r': sb_putc(b, 'r'); break;
            case '\t': sb_putc(b, 't'); break;
            default: {
                char e[5] = {'u', '0', '0', hexdig[c >> 4], hexdig[c & 15]};
                sb_put(b, e, 5);
            }
            }
            i++;
            start = i;
            continue;
        }
        int r;
        int size = utf8_first(u + i, n - i, &r);
        if (r == 0xFFFD && size == 1) {
            if (start < i)
                sb_put(b, s + start, (size_t)(i - start));
            sb_puts(b, "\\ufffd");
            i += size;
            start = i;
            continue;
        }
        if (r == 0x2028 || r == 0x2029) {
            if (start < i)
                sb_put(b, s + start, (size_t)(i - start));
            sb_puts(b, "\\u202");
            sb_putc(b, hexdig[r & 15]);
            i += size;
            start = i;
            continue;
        }
        i += size;
    }
    if (start < n)
        sb_put(b, s + start, (size_t)(n - start));
    sb_putc(b, '"');
}

static bool failed(const Enc *e)
{
    return e->err.kind != JE_NONE || e->panicked;
}

static void unsupported_type(Enc *e, const Type *t)
{
    if (failed(e))
        return;
    e->err.kind = JE_UNSUPPORTED_TYPE;
    e->err.s1 = json_type_string(t);
}

static void message(Enc *e, String *msg)
{
    if (failed(e))
        return;
    e->err.kind = JE_MESSAGE;
    e->err.s1 = msg;
}

/* Calls [name] (MarshalJSON or MarshalText) on the value [v] of type [t];
 * false if it panicked or returned an error (recorded in [e]). */
static bool call_marshal(Enc *e, const Type *t, Value v, const char *name, Slice **out)
{
    Iface it = {t, v};
    Value recv, res[2];
    Closure *fn = vm_find_dispatch(&it, name, &recv);
    if (!fn) {
        /* a value method through a nil pointer: Go's call panics */
        vm_panic_runtime(e->g, "invalid memory address or nil pointer dereference");
        e->panicked = true;
        return false;
    }
    if (!vm_call(e->g, fn, &recv, 1, res, 2)) {
        e->panicked = true;
        return false;
    }
    if (res[1].p) {
        e->err.kind = JE_MARSHALER;
        e->err.s1 = json_type_string(t);
        e->err.s2 = str_from_cstr(name);
        e->err.err = res[1];
        return false;
    }
    *out = res[0].p;
    return true;
}

static void marshaler(Enc *e, const Type *t, Value v, bool text)
{
    if ((t->kind == K_POINTER && !v.p)) {
        sb_puts(&e->b, "null");
        return;
    }
    Slice *out;
    if (!call_marshal(e, t, v, text ? json_name_marshal_text : json_name_marshal_json, &out))
        return;
    const char *p = out ? out->data : "";
    int64_t n = out ? out->len : 0;
    if (text) {
        json_put_string(&e->b, p, n, e->escape_html);
        return;
    }
    JsonScanner s = {0};
    if (!json_compact(&e->b, p, n, e->escape_html, &s)) {
        e->err.kind = JE_MARSHALER_SYNTAX;
        e->err.s1 = json_type_string(t);
        e->err.s2 = str_from_cstr("MarshalJSON");
        e->err.s3 = str_from_cstr(s.msg);
        e->err.off = s.err_offset;
    }
}

static void encode(Enc *e, Value v, const Type *t, const char *addr, bool quoted);

static void put_float(Enc *e, double f, int bits, bool quoted)
{
    if (isinf(f) || isnan(f)) {
        if (failed(e))
            return;
        e->err.kind = JE_UNSUPPORTED_VALUE;
        e->err.s1 = str_from_cstr(isnan(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf");
        return;
    }
    double a = fabs(f);
    char verb = 'f';
    if (a != 0) {
        if (bits == 64 ? (a < 1e-6 || a >= 1e21)
                       : ((float)a < 1e-6f || (float)a >= 1e21f))
            verb = 'e';
    }
    if (quoted)
        sb_putc(&e->b, '"');
    size_t at = e->b.len;
    fmt_float(&e->b, f, verb, -1, bits);
    if (verb == 'e') {
        /* clean up e-09 to e-9 */
        size_t n = e->b.len - at;
        char *d = e->b.data + at;
        if (n >= 4 && d[n - 4] == 'e' && d[n - 3] == '-' && d[n - 2] == '0') {
            d[n - 2] = d[n - 1];
            e->b.len--;
            e->b.data[e->b.len] = '\0';
        }
    }
    if (quoted)
        sb_putc(&e->b, '"');
}

/* Go's isValidNumber: the JSON number grammar. */
static bool valid_number(const char *s, int64_t n)
{
    int64_t i = 0;
    if (n == 0)
        return false;
    if (s[0] == '-' && ++i == n)
        return false;
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    } else {
        return false;
    }
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i += 2;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (s[i] == '+' || s[i] == '-') {
            if (++i == n)
                return false;
        }
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    return i == n;
}

bool json_valid_number(const char *s, int64_t n)
{
    return valid_number(s, n);
}

/* json.Number, which json.go's init hands over (setNumberType). */
static const Type *number_type;

bool json_is_number_type(const Type *t)
{
    return number_type && type_same(t, number_type);
}

const Type *json_number_type(void)
{
    return number_type;
}

/* setNumberType(n any) */
void json_set_number_type(G *g, Value *args)
{
    (void)g;
    const Iface *it = args[0].p;
    number_type = it->type;
}

static void put_string_value(Enc *e, const Type *t, const String *s, bool quoted)
{
    const char *p = str_data(s);
    int64_t n = str_len(s);
    if (json_is_number_type(t)) {
        if (n == 0) {
            p = "0";
            n = 1;
        }
        if (!valid_number(p, n)) {
            StrBuf m = {0};
            sb_puts(&m, "json: invalid number literal ");
            fmt_quote(&m, p, n, QUOTE_PRINT);
            message(e, str_new(m.data, (int64_t)m.len));
            return;
        }
        if (quoted)
            sb_putc(&e->b, '"');
        sb_put(&e->b, p, (size_t)n);
        if (quoted)
            sb_putc(&e->b, '"');
        return;
    }
    if (quoted) {
        StrBuf inner = {0};
        json_put_string(&inner, p, n, e->escape_html);
        json_put_string(&e->b, inner.data, (int64_t)inner.len, false);
        return;
    }
    json_put_string(&e->b, p, n, e->escape_html);
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void put_base64(StrBuf *b, const unsigned char *p, int64_t n)
{
    sb_putc(b, '"');
    int64_t i = 0;
    for (; i + 2 < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        char o[4] = {b64[v >> 18], b64[(v >> 12) & 63], b64[(v >> 6) & 63], b64[v & 63]};
        sb_put(b, o, 4);
    }
    if (i < n) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
        char o[4] = {b64[v >> 18], b64[(v >> 12) & 63], i + 1 < n ? b64[(v >> 6) & 63] : '=', '='};
        sb_put(b, o, 4);
    }
    sb_putc(b, '"');
}

/* Go's isEmptyValue, for omitempty. */
static bool is_empty(Value v, const Type *t)
{
    switch (t->kind) {
    case K_ARRAY: return t->len == 0;
    case K_SLICE: return !v.p || ((Slice *)v.p)->len == 0;
    case K_MAP: return map_len(v.p) == 0;
    case K_STRING: return str_len(v.p) == 0;
    case K_BOOL: return v.u == 0;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        return v.u == 0;
    case K_FLOAT32: case K_FLOAT64: return v.f == 0;
    case K_INTERFACE: case K_POINTER: return !v.p;
    default: return false;
    }
}

static void encode_struct(Enc *e, Value v, const Type *t, const char *addr)
{
    const TypeInfo *ti = json_type_info(t);
    char next = '{';
    for (int i = 0; i < ti->nfields && !failed(e); i++) {
        const JField *f = &ti->fields[i];
        const Type *ft = t;
        const char *base = v.p;
        bool addressable = addr != NULL;
        bool skip = false;
        for (int d = 0; d < f->depth; d++) {
            if (ft->kind == K_POINTER) {
                base = *(char *const *)base;
                if (!base) {
                    skip = true;
                    break;
                }
                ft = ft->elem;
                addressable = true;
            }
            const Field *sf = &ft->fields[f->index[d]];
            base += sf->offset;
            ft = sf->type;
        }
        if (skip)
            continue;
        Value fv = fmt_load(base, ft);
        if (f->omit_empty && is_empty(fv, ft))
            continue;
        sb_putc(&e->b, next);
        next = ',';
        String *key = e->escape_html ? f->key_html : f->key_plain;
        sb_put(&e->b, key->data, (size_t)key->len);
        encode(e, fv, ft, addressable ? base : NULL, f->quoted);
    }
    if (next == '{')
        sb_puts(&e->b, "{}");
    else
        sb_putc(&e->b, '}');
}

typedef struct KeyVal {
    String *key;
    Value v;
} KeyVal;

static int cmp_kv(const void *x, const void *y)
{
    const KeyVal *a = x, *b = y;
    return str_cmp(a->key, b->key);
}

static bool key_ok(const Type *k)
{
    if (k->kind == K_STRING || type_is_integer(k))
        return true;
    return (json_type_info(k)->flags & TI_MARSHAL_TEXT) != 0;
}

static void encode_map(Enc *e, Map *m, const Type *t)
{
    const Type *kt = t->key;
    if (!key_ok(kt)) {
        unsupported_type(e, t);
        return;
    }
    if (!m) {
        sb_puts(&e->b, "null");
        return;
    }
    int64_t n = map_len(m);
    KeyVal *kv = rt_alloc(sizeof *kv * (size_t)(n + 1));
    MapIter *it = map_iter(m, 0);
    Value k, val;
    int64_t i = 0;
    while (i < n && map_next(it, &k, &val)) {
        kv[i].v = val;
        char num[32];
        if (kt->kind == K_STRING) {
            kv[i].key = k.p;
        } else if (json_type_info(kt)->flags & TI_MARSHAL_TEXT) {
            Slice *out = NULL;
            if (kt->kind == K_POINTER && !k.p) {
                kv[i].key = NULL;
            } else {
                Iface kit = {kt, k};
                Value recv, res[2];
                Closure *fn = vm_find_dispatch(&kit, json_name_marshal_text, &recv);
                if (!fn || !vm_call(e->g, fn, &recv, 1, res, 2)) {
                    e->panicked = true;
                    return;
                }
                if (res[1].p) {
                    /* json.go: fmt.Errorf("json: encoding error for type %q: %q", ...) */
                    e->err.kind = JE_MARSHAL_KEY;
                    e->err.s1 = json_type_string(t);
                    e->err.err = res[1];
                    return;
                }
                out = res[0].p;
                kv[i].key = str_new(out ? out->data : "", out ? out->len : 0);
            }
        } else if (type_is_unsigned(kt)) {
            snprintf(num, sizeof num, "%llu", (unsigned long long)k.u);
            kv[i].key = str_from_cstr(num);
        } else {
            snprintf(num, sizeof num, "%lld", (long long)k.i);
            kv[i].key = str_from_cstr(num);
        }
        i++;
    }
    n = i;
    qsort(kv, (size_t)n, sizeof *kv, cmp_kv);
    sb_putc(&e->b, '{');
    for (i = 0; i < n && !failed(e); i++) {
        if (i > 0)
            sb_putc(&e->b, ',');
        json_put_string(&e->b, str_data(kv[i].key), str_len(kv[i].key), e->escape_html);
        sb_putc(&e->b, ':');
        encode(e, kv[i].v, t->elem, NULL, false);
    }
    sb_putc(&e->b, '}');
}

static void encode_elems(Enc *e, const char *data, int64_t n, const Type *et, bool addressable)
{
    sb_putc(&e->b, '[');
    for (int64_t i = 0; i < n && !failed(e); i++) {
        if (i > 0)
            sb_putc(&e->b, ',');
        const char *p = data + (size_t)i * et->size;
        encode(e, fmt_load(p, et), et, addressable ? p : NULL, false);
    }
    sb_putc(&e->b, ']');
}

/* Past this many pointers, each is checked against the chain for a cycle
 * (Go's startDetectingCyclesAfter). */
#define CYCLE_CHECK_AFTER 1000

static bool enter_pointer(Enc *e, const void *p, const Type *t)
{
    if (e->ptr_level++ < CYCLE_CHECK_AFTER)
        return true;
    for (int i = 0; i < e->nseen; i++) {
        if (e->seen[i] == p) {
            if (!failed(e)) {
                StrBuf m = {0};
                sb_puts(&m, "encountered a cycle via ");
                String *ts = json_type_string(t);
                sb_put(&m, ts->data, (size_t)ts->len);
                e->err.kind = JE_UNSUPPORTED_VALUE;
                e->err.s1 = str_new(m.data, (int64_t)m.len);
            }
            e->ptr_level--;
            return false;
        }
    }
    if (e->nseen == e->capseen) {
        int cap = e->capseen ? e->capseen * 2 : 64;
        const void **s = rt_alloc(sizeof *s * (size_t)cap);
        if (e->nseen)
            memcpy(s, e->seen, sizeof *s * (size_t)e->nseen);
        e->seen = s;
        e->capseen = cap;
    }
    e->seen[e->nseen++] = p;
    return true;
}

static void leave_pointer(Enc *e)
{
    if (--e->ptr_level >= CYCLE_CHECK_AFTER)
        e->nseen--;
}

static void encode(Enc *e, Value v, const Type *t, const char *addr, bool quoted)
{
    if (failed(e))
        return;
    if (json_stack_low()) {
        e->err.kind = JE_UNSUPPORTED_VALUE;
        e->err.s1 = str_from_cstr("nested too deeply for gosh's C stack");
        return;
    }
    if (t->kind != K_INTERFACE) {
        const TypeInfo *ti = json_type_info(t);
        if (ti->flags) {
            Value pv;
            pv.p = (void *)addr;
            if (addr && (ti->flags & TI_PTR_MARSHAL_JSON)) {
                marshaler(e, type_pointer((Type *)t), pv, false);
                return;
            }
            if (ti->flags & TI_MARSHAL_JSON) {
                marshaler(e, t, v, false);
                return;
            }
            if (addr && (ti->flags & TI_PTR_MARSHAL_TEXT)) {
                marshaler(e, type_pointer((Type *)t), pv, true);
                return;
            }
            if (ti->flags & TI_MARSHAL_TEXT) {
                marshaler(e, t, v, true);
                return;
            }
        }
    }
    char num[32];
    switch (t->kind) {
    case K_BOOL:
        if (quoted)
            sb_puts(&e->b, v.u ? "\"true\"" : "\"false\"");
        else
            sb_puts(&e->b, v.u ? "true" : "false");
        return;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        snprintf(num, sizeof num, quoted ? "\"%lld\"" : "%lld", (long long)v.i);
        sb_puts(&e->b, num);
        return;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        snprintf(num, sizeof num, quoted ? "\"%llu\"" : "%llu", (unsigned long long)v.u);
        sb_puts(&e->b, num);
        return;
    case K_FLOAT32:
        put_float(e, (double)(float)v.f, 32, quoted);
        return;
    case K_FLOAT64:
        put_float(e, v.f, 64, quoted);
        return;
    case K_STRING:
        put_string_value(e, t, v.p, quoted);
        return;
    case K_INTERFACE: {
        const Iface *it = v.p;
        if (!it) {
            sb_puts(&e->b, "null");
            return;
        }
        encode(e, it->word, it->type, NULL, quoted);
        return;
    }
    case K_STRUCT:
        encode_struct(e, v, t, addr);
        return;
    case K_MAP:
        encode_map(e, v.p, t);
        return;
    case K_SLICE: {
        const Slice *s = v.p;
        const Type *et = t->elem;
        if (et->kind == K_UINT8 &&
            !(json_type_info(et)->flags & (TI_PTR_MARSHAL_JSON | TI_PTR_MARSHAL_TEXT))) {
            if (!s)
                sb_puts(&e->b, "null");
            else
                put_base64(&e->b, (const unsigned char *)s->data, s->len);
            return;
        }
        if (!s) {
            sb_puts(&e->b, "null");
            return;
        }
        encode_elems(e, s->data, s->len, et, true);
        return;
    }
    case K_ARRAY:
        encode_elems(e, v.p, t->len, t->elem, addr != NULL);
        return;
    case K_POINTER: {
        if (!v.p) {
            sb_puts(&e->b, "null");
            return;
        }
        if (!enter_pointer(e, v.p, t))
            return;
        const Type *et = t->elem;
        encode(e, fmt_load(v.p, et), et, v.p, quoted);
        leave_pointer(e);
        return;
    }
    default:
        unsupported_type(e, t);
        return;
    }
}

/* marshal(v any, escapeHTML bool) ([]byte, error info) */
void json_marshal(G *g, Value *args)
{
    Enc e = {0};
    e.g = g;
    e.escape_html = args[1].u != 0;
    const Iface *it = args[0].p;
    if (!it)
        sb_puts(&e.b, "null");
    else
        encode(&e, it->word, it->type, NULL, false);
    if (e.panicked) {
        args[0].p = NULL;
        return;
    }
    if (e.err.kind != JE_NONE) {
        args[0].p = NULL;
    } else {
        Slice *r = slice_make(t_uint8, (int64_t)e.b.len, (int64_t)e.b.len);
        if (e.b.len)
            memcpy(r->data, e.b.data, e.b.len);
        args[0].p = r;
    }
    json_put_err(args, 1, &e.err);
}
