/* json_decode.c: Unmarshal, over input the scanner has already checked
 * (as Go's decode.go does): values are stored into memory by their
 * run-time Type. UnmarshalJSON and UnmarshalText methods are found as
 * Go's indirect finds them; a value of the wrong kind is skipped and the
 * first such *UnmarshalTypeError is returned at the end. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"
#include "json.h"

typedef struct Dec {
    G *g;
    const char *data;
    int64_t n, off;
    const Slice *input;
    bool use_number, disallow_unknown;
    JsonErr saved; /* the first error decoding goes on after */
    JsonErr err;   /* an error that stops decoding */
    bool panicked;
    /* Go's errorContext: the struct whose field is being decoded and the
     * JSON names of the fields that lead to it */
    const Type *ctx_struct;
    const char **fields;
    int nfields, capfields;
} Dec;

static Type *t_map_any, *t_slice_any;

static bool stopped(const Dec *d)
{
    return d->err.kind != JE_NONE || d->panicked;
}

static void skip_space(Dec *d)
{
    while (d->off < d->n) {
        char c = d->data[d->off];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
        d->off++;
    }
}

/* The end of the literal starting at [i] (valid input). */
static int64_t literal_end(const Dec *d, int64_t i)
{
    const char *p = d->data;
    if (p[i] == '"') {
        for (i++; i < d->n; i++) {
            if (p[i] == '\\')
                i++;
            else if (p[i] == '"')
                return i + 1;
        }
        return d->n;
    }
    for (i++; i < d->n; i++) {
        char c = p[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' ||
              c == '+' || c == 'E'))
            break;
    }
    return i;
}

/* Skips the value at the current position. */
static void skip_value(Dec *d)
{
    skip_space(d);
    int depth = 0;
    do {
        skip_space(d);
        char c = d->data[d->off];
        if (c == '{' || c == '[') {
            depth++;
            d->off++;
        } else if (c == '}' || c == ']') {
            depth--;
            d->off++;
        } else if (c == ',' || c == ':') {
            d->off++;
        } else {
            d->off = literal_end(d, d->off);
        }
    } while (depth > 0 && d->off < d->n);
}

static String *quoted(const char *p, int64_t n)
{
    StrBuf b = {0};
    fmt_quote(&b, p, n, QUOTE_PRINT);
    return str_new(b.data, (int64_t)b.len);
}

/* Go's addErrorContext: the struct and the field path, in s3 and s4. */
static void context(const Dec *d, JsonErr *e)
{
    if (!d->ctx_struct && !d->nfields)
        return;
    e->s3 = str_from_cstr(d->ctx_struct && d->ctx_struct->name ? d->ctx_struct->name : "");
    StrBuf b = {0};
    for (int i = 0; i < d->nfields; i++) {
        if (i)
            sb_putc(&b, '.');
        sb_puts(&b, d->fields[i]);
    }
    e->s4 = str_new(b.data ? b.data : "", (int64_t)b.len);
    e->off = 1; /* the context is set */
}

static void save(Dec *d, const JsonErr *e)
{
    if (d->saved.kind != JE_NONE)
        return;
    d->saved = *e;
    if (e->kind == JE_UNMARSHAL_TYPE && (d->ctx_struct || d->nfields)) {
        int64_t off = e->off;
        context(d, &d->saved);
        d->saved.off = off;
    }
}

static void type_error(Dec *d, const char *what, const Type *t, int64_t off)
{
    JsonErr e = {0};
    e.kind = JE_UNMARSHAL_TYPE;
    e.s1 = str_from_cstr(what);
    e.s2 = json_type_string(t);
    e.off = off;
    save(d, &e);
}

static void type_error_num(Dec *d, const char *s, int64_t n, const Type *t, int64_t off)
{
    JsonErr e = {0};
    e.kind = JE_UNMARSHAL_TYPE;
    StrBuf b = {0};
    sb_puts(&b, "number ");
    sb_put(&b, s, (size_t)n);
    e.s1 = str_new(b.data, (int64_t)b.len);
    e.s2 = json_type_string(t);
    e.off = off;
    save(d, &e);
}

/* Go's messages about ",string" fields: "...trying to unmarshal %q into %v". */
static String *invalid_use(const char *item, int64_t n, const Type *t)
{
    StrBuf b = {0};
    sb_puts(&b, "json: invalid use of ,string struct tag, trying to unmarshal ");
    String *q = quoted(item, n);
    sb_put(&b, q->data, (size_t)q->len);
    sb_puts(&b, " into ");
    String *ts = json_type_string(t);
    sb_put(&b, ts->data, (size_t)ts->len);
    return str_new(b.data, (int64_t)b.len);
}

static void save_message(Dec *d, String *msg)
{
    JsonErr e = {0};
    e.kind = JE_MESSAGE;
    e.s1 = msg;
    save(d, &e);
}

static void fail_message(Dec *d, String *msg)
{
    if (stopped(d))
        return;
    d->err.kind = JE_MESSAGE;
    d->err.s1 = msg;
}

static int hex4(const char *p, int64_t n)
{
    if (n < 6 || p[0] != '\\' || p[1] != 'u')
        return -1;
    int r = 0;
    for (int i = 2; i < 6; i++) {
        char c = p[i];
        int v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            return -1;
        r = r * 16 + v;
    }
    return r;
}

/* Go's unquoteBytes: the text of a JSON string literal [p, n] (quotes
 * included); false if it is not one. */
static bool unquote(const char *p, int64_t n, StrBuf *out)
{
    out->len = 0;
    sb_put(out, "", 0);
    if (n < 2 || p[0] != '"' || p[n - 1] != '"')
        return false;
    p++;
    n -= 2;
    char u[4];
    for (int64_t r = 0; r < n;) {
        unsigned char c = (unsigned char)p[r];
        if (c == '\\') {
            r++;
            if (r >= n)
                return false;
            switch (p[r]) {
            case '"': case '\\': case '/': case '\'': sb_putc(out, p[r]); r++; break;
            case 'b': sb_putc(out, '\b'); r++; break;
            case 'f': sb_putc(out, '\f'); r++; break;
            case 'n': sb_putc(out, '\n'); r++; break;
            case 'r': sb_putc(out, '\r'); r++; break;
            case 't': sb_putc(out, '\t'); r++; break;
            case 'u': {
                r--;
                int rr = hex4(p + r, n - r);
                if (rr < 0)
                    return false;
                r += 6;
                if (rr >= 0xD800 && rr < 0xE000) {
                    int rr1 = hex4(p + r, n - r);
                    if (rr < 0xDC00 && rr1 >= 0xDC00 && rr1 < 0xE000) {
                        r += 6;
                        int dec = ((rr - 0xD800) << 10 | (rr1 - 0xDC00)) + 0x10000;
                        sb_put(out, u, (size_t)utf8_encode(dec, u));
                        break;
                    }
                    rr = 0xFFFD;
                }
                sb_put(out, u, (size_t)utf8_encode(rr, u));
                break;
            }
            default:
                return false;
            }
        } else if (c == '"' || c < ' ') {
            return false;
        } else if (c < 0x80) {
            sb_putc(out, (char)c);
            r++;
        } else {
            int rr;
            int size = utf8_first((const unsigned char *)p + r, n - r, &rr);
            if (rr == 0xFFFD && size == 1)
                sb_put(out, "\xef\xbf\xbd", 3);
            else
                sb_put(out, p + r, (size_t)size);
            r += size;
        }
    }
    return true;
}

/* Zeroed memory for a value of type [t]. */
static char *new_value(const Type *t)
{
    size_t size = t->size ? t->size : 1;
    return rt_alloc_zeroed(size, (t->flags & TF_HASPTR) || t->memkind == M_WORD);
}

static void set_iface(char *addr, const Type *t, Value v)
{
    *(Iface **)addr = iface_box(t, v);
}

/* What indirect found: a method to call with [recv] (an interface
 * whose type and word are the receiver), or the location to store to. */
enum { IND_VALUE, IND_UNMARSHAL_JSON, IND_UNMARSHAL_TEXT };

static int indirect(const Type **tp, char **addrp, bool null, Iface *recv)
{
    const Type *t = *tp;
    char *addr = *addrp;
    if (t->kind != K_POINTER && (t->flags & TF_NAMED)) {
        unsigned f = json_type_info(t)->flags;
        if (f & (TI_PTR_UNMARSHAL_JSON | TI_PTR_UNMARSHAL_TEXT)) {
            recv->type = type_pointer((Type *)t);
            recv->word.p = addr;
            if (f & TI_PTR_UNMARSHAL_JSON)
                return IND_UNMARSHAL_JSON;
            if (!null)
                return IND_UNMARSHAL_TEXT;
        }
    }
    for (;;) {
        const Type *pt = NULL;
        char *p = NULL;
        if (t->kind == K_INTERFACE) {
            const Iface *it = *(Iface **)addr;
            if (it && it->type->kind == K_POINTER && it->word.p &&
                (!null || it->type->elem->kind == K_POINTER)) {
                pt = it->type;
                p = it->word.p;
            }
        }
        if (!pt) {
            if (t->kind != K_POINTER || null)
                break;
            pt = t;
            p = *(char **)addr;
            if (!p) {
                p = new_value(t->elem);
                *(char **)addr = p;
            }
        }
        unsigned f = json_type_info(pt)->flags;
        if (f & (TI_UNMARSHAL_JSON | TI_UNMARSHAL_TEXT)) {
            recv->type = pt;
            recv->word.p = p;
            if (f & TI_UNMARSHAL_JSON)
                return IND_UNMARSHAL_JSON;
            if (!null)
                return IND_UNMARSHAL_TEXT;
        }
        t = pt->elem;
        addr = p;
    }
    *tp = t;
    *addrp = addr;
    return IND_VALUE;
}

/* Calls UnmarshalJSON or UnmarshalText on [recv] with [n] bytes at [p]. */
static void call_unmarshal(Dec *d, const Iface *recv, bool text, const char *p, int64_t n)
{
    Value r, args[2], res;
    Closure *fn = vm_find_dispatch(recv, text ? json_name_unmarshal_text : json_name_unmarshal_json, &r);
    if (!fn) {
        d->panicked = true;
        vm_panic_runtime(d->g, "invalid memory address or nil pointer dereference");
        return;
    }
    args[0] = r;
    Slice *s = slice_make(t_uint8, n, n);
    if (n)
        memcpy(s->data, p, (size_t)n);
    args[1].p = s;
    if (!vm_call(d->g, fn, args, 2, &res, 1)) {
        d->panicked = true;
        return;
    }
    if (res.p && !stopped(d)) {
        /* Go adds the field context to an *UnmarshalTypeError the
         * method returns (json.go does, from s3 and s4) */
        d->err.kind = JE_ERROR;
        d->err.err = res;
        context(d, &d->err);
    }
}

static void value(Dec *d, const Type *t, char *addr);
static void base64_store(Dec *d, const char *s, int64_t n, const Type *t, char *addr);

/* A generic value for interface{}: float64 (or Number), string, bool,
 * nil, []interface{} or map[string]interface{}. */
static Value value_interface(Dec *d);


static Value number_value(Dec *d, const char *s, int64_t n)
{
    Value v;
    v.p = NULL;
    if (d->use_number) {
        v.p = iface_box(json_number_type(), (Value){.p = str_new(s, n)});
        return v;
    }
    char buf[64];
    char *tmp = n < (int64_t)sizeof buf ? buf : rt_alloc_atomic((size_t)n + 1);
    memcpy(tmp, s, (size_t)n);
    tmp[n] = '\0';
    double f = strtod(tmp, NULL);
    if (isinf(f)) {
        /* Go's convertNumber reports d.off, one past the literal */
        type_error_num(d, s, n, t_float64, d->off + 1);
        return v;
    }
    Value fv;
    fv.f = f;
    v.p = iface_box(t_float64, fv);
    return v;
}

static Value literal_interface(Dec *d)
{
    int64_t start = d->off;
    int64_t end = literal_end(d, start);
    d->off = end;
    const char *p = d->data + start;
    Value v;
    v.p = NULL;
    switch (*p) {
    case 'n':
        return v;
    case 't': case 'f':
        v.p = iface_box(t_bool, (Value){.u = *p == 't'});
        return v;
    case '"': {
        StrBuf b = {0};
        unquote(p, end - start, &b);
        v.p = iface_box(t_string, (Value){.p = str_new(b.data, (int64_t)b.len)});
        return v;
    }
    default:
        return number_value(d, p, end - start);
    }
}

static Value array_interface(Dec *d)
{
    d->off++;
    Slice *s = NULL;
    for (;;) {
        skip_space(d);
        if (d->data[d->off] == ']') {
            d->off++;
            break;
        }
        Value v = value_interface(d);
        if (stopped(d))
            return v;
        s = slice_append(s, t_empty_iface, &v);
        skip_space(d);
        if (d->data[d->off] == ',')
            d->off++;
    }
    if (!s)
        s = slice_make(t_empty_iface, 0, 0);
    Value r;
    r.p = iface_box(t_slice_any, (Value){.p = s});
    return r;
}

static Value object_interface(Dec *d)
{
    d->off++;
    Map *m = map_new(t_map_any, 0);
    StrBuf key = {0};
    for (;;) {
        skip_space(d);
        if (d->data[d->off] == '}') {
            d->off++;
            break;
        }
        int64_t start = d->off, end = literal_end(d, start);
        unquote(d->data + start, end - start, &key);
        String *k = str_new(key.data, (int64_t)key.len);
        d->off = end;
        skip_space(d);
        d->off++; /* ':' */
        Value v = value_interface(d);
        if (stopped(d))
            return v;
        map_set(m, (Value){.p = k}, v);
        skip_space(d);
        if (d->data[d->off] == ',')
            d->off++;
    }
    Value r;
    r.p = iface_box(t_map_any, (Value){.p = m});
    return r;
}

static Value value_interface(Dec *d)
{
    if (json_stack_low()) {
        fail_message(d, str_from_cstr("json: nested too deeply for gosh's C stack"));
        return (Value){.p = NULL};
    }
    skip_space(d);
    switch (d->data[d->off]) {
    case '[': return array_interface(d);
    case '{': return object_interface(d);
    default: return literal_interface(d);
    }
}

static bool is_number_type(const Type *t)
{
    return json_is_number_type(t);
}

static bool parse_int(const char *s, int64_t n, const Type *t, Value *out)
{
    char buf[32];
    if (n >= (int64_t)sizeof buf || n == 0)
        return false;
    memcpy(buf, s, (size_t)n);
    buf[n] = '\0';
    char *end;
    errno = 0;
    int bits = type_bits(t);
    if (buf[0] != '-' && (buf[0] < '0' || buf[0] > '9'))
        return false;
    if (type_is_unsigned(t)) {
        if (buf[0] == '-')
            return false;
        unsigned long long u = strtoull(buf, &end, 10);
        if (*end || errno)
            return false;
        if (bits < 64 && u >> bits)
            return false;
        out->u = u;
        return true;
    }
    long long i = strtoll(buf, &end, 10);
    if (*end || errno)
        return false;
    if (bits < 64 && (i < -(1LL << (bits - 1)) || i >= (1LL << (bits - 1))))
        return false;
    out->i = i;
    return true;
}

/* Go's literalStore: [item] into the value of type [t] at [addr]. */
static void literal_store(Dec *d, const char *item, int64_t n, const Type *t, char *addr,
                          bool from_quoted)
{
    if (n == 0) {
        save_message(d, invalid_use(item, n, t));
        return;
    }
    bool is_null = item[0] == 'n';
    const Type *t0 = t;
    Iface recv;
    int ind = indirect(&t, &addr, is_null, &recv);
    if (ind == IND_UNMARSHAL_JSON) {
        call_unmarshal(d, &recv, false, item, n);
        return;
    }
    StrBuf s = {0};
    if (ind == IND_UNMARSHAL_TEXT) {
        if (item[0] != '"') {
            if (from_quoted) {
                save_message(d, invalid_use(item, n, t0));
                return;
            }
            const char *val = item[0] == 'n' ? "null" : item[0] == 't' || item[0] == 'f' ? "bool" : "number";
            type_error(d, val, t0, d->off);
            return;
        }
        if (!unquote(item, n, &s)) {
            fail_message(d, invalid_use(item, n, t0));
            return;
        }
        call_unmarshal(d, &recv, true, s.data, (int64_t)s.len);
        return;
    }
    Value v;
    switch (item[0]) {
    case 'n':
        if (from_quoted && !(n == 4 && memcmp(item, "null", 4) == 0)) {
            save_message(d, invalid_use(item, n, t));
            return;
        }
        switch (t->kind) {
        case K_INTERFACE: case K_POINTER: case K_MAP: case K_SLICE:
            *(void **)addr = NULL;
            break;
        default:
            break;
        }
        return;
    case 't': case 'f': {
        bool b = item[0] == 't';
        if (from_quoted && !(n == 4 && memcmp(item, "true", 4) == 0) &&
            !(n == 5 && memcmp(item, "false", 5) == 0)) {
            save_message(d, invalid_use(item, n, t));
            return;
        }
        if (t->kind == K_BOOL) {
            v.u = b;
            fmt_store(addr, v, t);
        } else if (t->kind == K_INTERFACE && t->nimethods == 0) {
            set_iface(addr, t_bool, (Value){.u = b});
        } else if (from_quoted) {
            save_message(d, invalid_use(item, n, t));
        } else {
            type_error(d, "bool", t, d->off);
        }
        return;
    }
    case '"':
        if (!unquote(item, n, &s)) {
            fail_message(d, invalid_use(item, n, t));
            return;
        }
        switch (t->kind) {
        case K_SLICE:
            if (t->elem->kind != K_UINT8) {
                type_error(d, "string", t, d->off);
                return;
            }
            base64_store(d, s.data, (int64_t)s.len, t, addr);
            return;
        case K_STRING:
            if (is_number_type(t) && !json_valid_number(s.data, (int64_t)s.len)) {
                StrBuf m = {0};
                sb_puts(&m, "json: invalid number literal, trying to unmarshal ");
                String *q = quoted(item, n);
                sb_put(&m, q->data, (size_t)q->len);
                sb_puts(&m, " into Number");
                fail_message(d, str_new(m.data, (int64_t)m.len));
                return;
            }
            v.p = str_new(s.data, (int64_t)s.len);
            fmt_store(addr, v, t);
            return;
        case K_INTERFACE:
            if (t->nimethods == 0) {
                set_iface(addr, t_string, (Value){.p = str_new(s.data, (int64_t)s.len)});
                return;
            }
            /* fall through */
        default:
            type_error(d, "string", t, d->off);
            return;
        }
    default:
        if (item[0] != '-' && (item[0] < '0' || item[0] > '9')) {
            fail_message(d, invalid_use(item, n, t));
            return;
        }
        switch (t->kind) {
        case K_INTERFACE: {
            Value nv = number_value(d, item, n);
            if (!nv.p)
                return;
            if (t->nimethods != 0) {
                type_error(d, "number", t, d->off);
                return;
            }
            *(Value *)addr = nv;
            return;
        }
        case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
            if (!parse_int(item, n, t, &v)) {
                type_error_num(d, item, n, t, d->off);
                return;
            }
            fmt_store(addr, v, t);
            return;
        case K_FLOAT32: case K_FLOAT64: {
            char buf[64];
            char *tmp = n < (int64_t)sizeof buf ? buf : rt_alloc_atomic((size_t)n + 1);
            memcpy(tmp, item, (size_t)n);
            tmp[n] = '\0';
            char *end;
            double f = t->kind == K_FLOAT32 ? (double)strtof(tmp, &end) : strtod(tmp, &end);
            if (*end || isinf(f)) {
                type_error_num(d, item, n, t, d->off);
                return;
            }
            v.f = f;
            fmt_store(addr, v, t);
            return;
        }
        default:
            if (t->kind == K_STRING && is_number_type(t)) {
                v.p = str_new(item, n);
                fmt_store(addr, v, t);
                return;
            }
            if (from_quoted) {
                fail_message(d, invalid_use(item, n, t));
                return;
            }
            type_error(d, "number", t, d->off);
            return;
        }
    }
}

static void literal(Dec *d, const Type *t, char *addr)
{
    int64_t start = d->off;
    d->off = literal_end(d, start);
    if (addr)
        literal_store(d, d->data + start, d->off - start, t, addr, false);
}

/* The input from [start] to the current position, for UnmarshalJSON. */
static void unmarshal_skipped(Dec *d, const Iface *recv, int64_t start)
{
    skip_value(d);
    call_unmarshal(d, recv, false, d->data + start, d->off - start);
}

/* The start of an array or object ([what]) for the value of type [*t]
 * at [*addr]: false when it was handled here (skipped, given to an
 * UnmarshalJSON method, or a type error); else the location indirect
 * found is in [*t] and [*addr]. */
static bool begin_composite(Dec *d, const Type **t, char **addr, const char *what)
{
    int64_t start = d->off;
    if (!*addr) {
        skip_value(d);
        return false;
    }
    const Type *t0 = *t;
    Iface recv;
    int ind = indirect(t, addr, false, &recv);
    if (ind == IND_UNMARSHAL_JSON) {
        unmarshal_skipped(d, &recv, start);
        return false;
    }
    if (ind == IND_UNMARSHAL_TEXT) {
        type_error(d, what, t0, start + 1);
        skip_value(d);
        return false;
    }
    return true;
}

static void array(Dec *d, const Type *t, char *addr)
{
    int64_t start = d->off;
    if (!begin_composite(d, &t, &addr, "array"))
        return;
    if (t->kind == K_INTERFACE && t->nimethods == 0) {
        *(Value *)addr = array_interface(d);
        return;
    }
    if (t->kind != K_ARRAY && t->kind != K_SLICE) {
        type_error(d, "array", t, start + 1);
        skip_value(d);
        return;
    }
    const Type *et = t->elem;
    size_t esize = et->size;
    char *data;
    int64_t len, cap;
    if (t->kind == K_SLICE) {
        Slice *s = *(Slice **)addr;
        data = s ? s->data : NULL;
        len = s ? s->len : 0;
        cap = s ? s->cap : 0;
    } else {
        data = addr;
        len = cap = t->len;
    }
    d->off++;
    int64_t i = 0;
    for (;;) {
        skip_space(d);
        if (d->data[d->off] == ']') {
            d->off++;
            break;
        }
        if (t->kind == K_SLICE) {
            if (i >= cap) {
                int64_t ncap = cap + cap / 2;
                if (ncap < 4)
                    ncap = 4;
                char *nd = array_alloc(et, ncap);
                if (len)
                    memcpy(nd, data, (size_t)len * esize);
                data = nd;
                cap = ncap;
            }
            if (i >= len)
                len = i + 1;
        }
        if (i < len)
            value(d, et, data + (size_t)i * esize);
        else
            value(d, et, NULL);
        if (stopped(d))
            return;
        i++;
        skip_space(d);
        if (d->data[d->off] == ',')
            d->off++;
    }
    if (t->kind == K_ARRAY) {
        if (i < len)
            memset(data + (size_t)i * esize, 0, (size_t)(len - i) * esize);
        return;
    }
    if (i < len)
        len = i;
    if (i == 0) {
        *(Slice **)addr = slice_make(et, 0, 0);
        return;
    }
    *(Slice **)addr = slice_header(data, len, cap);
}

static void push_field(Dec *d, const char *name)
{
    if (d->nfields == d->capfields) {
        int cap = d->capfields ? d->capfields * 2 : 8;
        const char **f = rt_alloc(sizeof *f * (size_t)cap);
        if (d->nfields)
            memcpy(f, d->fields, sizeof *f * (size_t)d->nfields);
        d->fields = f;
        d->capfields = cap;
    }
    d->fields[d->nfields++] = name;
}

static bool fold_equal(const char *a, int64_t an, const char *b, int64_t bn)
{
    if (an != bn)
        return false;
    for (int64_t i = 0; i < an; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return false;
    }
    return true;
}

/* Go's valueQuoted for a ",string" field: the quoted text, or NULL for
 * null; false when the value is not a string or null. */
static bool value_quoted(Dec *d, String **out, bool *null)
{
    skip_space(d);
    char c = d->data[d->off];
    *out = NULL;
    *null = false;
    if (c == '[' || c == '{') {
        skip_value(d);
        return false;
    }
    Value v = literal_interface(d);
    const Iface *it = v.p;
    if (!it) {
        *null = true;
        return true;
    }
    if (it->type == t_string) {
        *out = it->word.p;
        return true;
    }
    return false;
}

static void object(Dec *d, const Type *t, char *addr)
{
    int64_t start = d->off;
    if (!begin_composite(d, &t, &addr, "object"))
        return;
    if (t->kind == K_INTERFACE) {
        if (t->nimethods == 0) {
            *(Value *)addr = object_interface(d);
            return;
        }
        type_error(d, "object", t, start + 1);
        skip_value(d);
        return;
    }
    const TypeInfo *ti = NULL;
    const Type *kt = NULL;
    bool text_key = false;
    Map *m = NULL;
    if (t->kind == K_MAP) {
        kt = t->key;
        text_key = (json_type_info(kt)->flags & TI_PTR_UNMARSHAL_TEXT) != 0;
        if (!text_key && kt->kind != K_STRING && !type_is_integer(kt)) {
            type_error(d, "object", t, start + 1);
            skip_value(d);
            return;
        }
        m = *(Map **)addr;
        if (!m) {
            m = map_new(t, 0);
            *(Map **)addr = m;
        }
    } else if (t->kind == K_STRUCT) {
        ti = json_type_info(t);
    } else {
        type_error(d, "object", t, start + 1);
        skip_value(d);
        return;
    }
    const Type *orig_struct = d->ctx_struct;
    int orig_fields = d->nfields;
    d->off++;
    StrBuf key = {0};
    for (;;) {
        skip_space(d);
        if (d->data[d->off] == '}') {
            d->off++;
            break;
        }
        int64_t kstart = d->off, kend = literal_end(d, kstart);
        d->off = kend;
        unquote(d->data + kstart, kend - kstart, &key);
        const Type *st = NULL;
        char *sub = NULL;
        const JField *f = NULL;
        if (m) {
            st = t->elem;
            sub = new_value(st);
        } else {
            for (int i = 0; i < ti->nfields && !f; i++)
                if (ti->fields[i].name_len == (int)key.len &&
                    memcmp(ti->fields[i].name, key.data, key.len) == 0)
                    f = &ti->fields[i];
            for (int i = 0; i < ti->nfields && !f; i++)
                if (fold_equal(ti->fields[i].name, ti->fields[i].name_len, key.data, (int64_t)key.len))
                    f = &ti->fields[i];
            if (f) {
                st = t;
                sub = addr;
                for (int k = 0; k < f->depth; k++) {
                    if (st->kind == K_POINTER) {
                        char *p = *(char **)sub;
                        if (!p) {
                            p = new_value(st->elem);
                            *(char **)sub = p;
                        }
                        sub = p;
                        st = st->elem;
                    }
                    const Field *sf = &st->fields[f->index[k]];
                    sub += sf->offset;
                    st = sf->type;
                }
                push_field(d, f->name);
                d->ctx_struct = t;
            } else if (d->disallow_unknown) {
                StrBuf msg = {0};
                sb_puts(&msg, "json: unknown field ");
                String *q = quoted(key.data, (int64_t)key.len);
                sb_put(&msg, q->data, (size_t)q->len);
                save_message(d, str_new(msg.data, (int64_t)msg.len));
            }
        }
        skip_space(d);
        d->off++; /* ':' */
        skip_space(d);
        if (f && f->quoted) {
            String *qv;
            bool null;
            if (value_quoted(d, &qv, &null)) {
                if (null)
                    literal_store(d, "null", 4, st, sub, false);
                else
                    literal_store(d, str_data(qv), str_len(qv), st, sub, true);
            } else {
                StrBuf msg = {0};
                sb_puts(&msg, "json: invalid use of ,string struct tag, trying to unmarshal unquoted value into ");
                String *ts = json_type_string(st);
                sb_put(&msg, ts->data, (size_t)ts->len);
                save_message(d, str_new(msg.data, (int64_t)msg.len));
            }
        } else {
            value(d, st, sub);
        }
        if (stopped(d))
            return;
        if (m) {
            Value kv;
            bool ok = true;
            if (text_key) {
                char *kaddr = new_value(kt);
                literal_store(d, d->data + kstart, kend - kstart, kt, kaddr, true);
                if (stopped(d))
                    return;
                kv = fmt_load(kaddr, kt);
            } else if (kt->kind == K_STRING) {
                kv.p = str_new(key.data, (int64_t)key.len);
            } else if (!parse_int(key.data, (int64_t)key.len, kt, &kv)) {
                type_error_num(d, key.data, (int64_t)key.len, kt, kstart + 1);
                ok = false;
            }
            if (ok)
                map_set(m, kv, fmt_load(sub, st));
        }
        d->nfields = orig_fields;
        d->ctx_struct = orig_struct;
        skip_space(d);
        if (d->data[d->off] == ',')
            d->off++;
    }
}

static void value(Dec *d, const Type *t, char *addr)
{
    if (json_stack_low()) {
        fail_message(d, str_from_cstr("json: nested too deeply for gosh's C stack"));
        return;
    }
    skip_space(d);
    switch (d->data[d->off]) {
    case '[':
        array(d, t, addr);
        break;
    case '{':
        object(d, t, addr);
        break;
    default:
        literal(d, t, addr);
        break;
    }
}

/* base64.StdEncoding.Decode for a []byte: Go's decodeQuantum, quantum
 * by quantum (newlines skipped); a bad input saves Go's
 * CorruptInputError with its offset. */
static int b64val(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* One quantum from [*si]: the bytes decoded (or -1 with [*bad] set). */
static int b64_quantum(const unsigned char *src, int64_t n, int64_t *si, char *dst, int64_t *bad)
{
    int dbuf[4] = {0};
    int dlen = 4;
    for (int j = 0; j < 4; j++) {
        if (*si == n) {
            if (j == 0)
                return 0;
            *bad = *si - j;
            return -1;
        }
        unsigned char in = src[(*si)++];
        int out = b64val(in);
        if (out >= 0) {
            dbuf[j] = out;
            continue;
        }
        if (in == '\n' || in == '\r') {
            j--;
            continue;
        }
        if (in != '=' || j < 2) {
            *bad = *si - 1;
            return -1;
        }
        if (j == 2) {
            while (*si < n && (src[*si] == '\n' || src[*si] == '\r'))
                (*si)++;
            if (*si == n) {
                *bad = n;
                return -1;
            }
            if (src[*si] != '=') {
                *bad = *si - 1;
                return -1;
            }
            (*si)++;
        }
        while (*si < n && (src[*si] == '\n' || src[*si] == '\r'))
            (*si)++;
        if (*si < n) {
            *bad = *si;
            return -1;
        }
        dlen = j;
        break;
    }
    uint32_t val = (uint32_t)dbuf[0] << 18 | (uint32_t)dbuf[1] << 12 | (uint32_t)dbuf[2] << 6 | (uint32_t)dbuf[3];
    dst[0] = (char)(val >> 16);
    dst[1] = (char)(val >> 8);
    dst[2] = (char)val;
    return dlen - 1;
}

static void base64_store(Dec *d, const char *s, int64_t n, const Type *t, char *addr)
{
    StrBuf out = {0};
    int64_t si = 0, bad = 0;
    for (;;) {
        char q[3];
        int k = b64_quantum((const unsigned char *)s, n, &si, q, &bad);
        if (k < 0) {
            JsonErr e = {0};
            e.kind = JE_BASE64;
            e.off = bad;
            save(d, &e);
            return;
        }
        if (k == 0 && si >= n)
            break;
        sb_put(&out, q, (size_t)k);
        if (si >= n)
            break;
    }
    Slice *r = slice_make(t->elem, (int64_t)out.len, (int64_t)out.len);
    if (out.len)
        memcpy(r->data, out.data, out.len);
    *(Slice **)addr = r;
}

/* unmarshal(data []byte, v any, useNumber, disallowUnknown bool) (error
 * info): checks [data], then decodes it into the pointer [v]. */
void json_unmarshal(G *g, Value *args)
{
    Dec d = {0};
    d.g = g;
    const Slice *in = args[0].p;
    d.data = in ? in->data : "";
    d.n = in ? in->len : 0;
    const Iface *it = args[1].p;
    d.use_number = args[2].u != 0;
    d.disallow_unknown = args[3].u != 0;
    if (!t_map_any) {
        t_map_any = type_map(t_string, t_empty_iface);
        t_slice_any = type_slice(t_empty_iface);
    }
    JsonScanner s = {0};
    JsonErr e = {0};
    if (!json_check_valid(&s, d.data, d.n)) {
        e.kind = JE_SYNTAX;
        e.s1 = str_from_cstr(s.msg);
        e.off = s.err_offset;
        json_put_err(args, 0, &e);
        return;
    }
    if (!it || it->type->kind != K_POINTER || !it->word.p) {
        e.kind = JE_INVALID_UNMARSHAL;
        e.s1 = it ? json_type_string(it->type) : NULL;
        json_put_err(args, 0, &e);
        return;
    }
    /* Go decodes into the pointer itself (d.value(rv)), whose methods
     * are those indirect finds for its named element */
    value(&d, it->type->elem, it->word.p);
    if (d.panicked)
        return;
    json_put_err(args, 0, d.err.kind ? &d.err : &d.saved);
}

