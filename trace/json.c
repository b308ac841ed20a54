/* json.c: a strict JSON reader (RFC 8259) for trace files.
 *
 * Why not a library: a trace of a few hundred MB is millions of small
 * objects, and cJSON or Jansson give each value its own malloc'd node
 * (cJSON: 64 bytes plus a copy of every key and string; Jansson more, with
 * a hash table per object), ten to fifteen times the file in memory. Here
 * a value is 16 bytes in one arena, a string points into the text it came
 * from unless it has escapes, and the whole document is freed at once.
 * One pass, no backtracking: the children of an array or object are
 * gathered on a scratch stack and copied to the arena once, when the
 * bracket closes, so reading is linear in the size of the text.
 *
 * Strict: no trailing commas, comments, NaN, leading zeros or control
 * characters in strings; nesting deeper than 512 is refused (a hostile
 * file cannot exhaust the C stack). Invalid UTF-8 is passed through, and
 * a lone surrogate escape becomes U+FFFD. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

enum { MAX_DEPTH = 512, CHUNK = 1 << 20 };

/* The arena: a list of chunks, each used from the front. A request larger
 * than a quarter chunk gets a chunk of its own. */
typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    max_align_t data[];
} Chunk;

struct JsonDoc {
    Chunk *chunks;
    JsonValue root;
};

typedef struct Parser {
    const char *p, *start, *end;
    JsonDoc *doc;
    JsonValue *vals;      /* scratch stack of array items */
    size_t nvals, capvals;
    JsonMember *mems;     /* scratch stack of object members */
    size_t nmems, capmems;
    int depth;
    const char *err_at;
    const char *err_msg;
} Parser;

static void *arena_alloc(JsonDoc *doc, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    Chunk *c = doc->chunks;
    if (!c || c->size - c->used < n) {
        size_t size = n > CHUNK / 4 ? n : CHUNK;
        Chunk *nc = malloc(sizeof *nc + size);
        if (!nc)
            return NULL;
        nc->used = 0;
        nc->size = size;
        if (c && size != CHUNK) {
            /* a big block goes behind the current chunk, which keeps filling */
            nc->next = c->next;
            c->next = nc;
            nc->used = n;
            return (char *)nc->data;
        }
        nc->next = c;
        doc->chunks = c = nc;
    }
    void *r = (char *)c->data + c->used;
    c->used += n;
    return r;
}

static bool fail(Parser *ps, const char *at, const char *msg)
{
    if (!ps->err_msg) {
        ps->err_at = at;
        ps->err_msg = msg;
    }
    return false;
}

static void skip_ws(Parser *ps)
{
    const char *p = ps->p;
    while (p < ps->end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
        p++;
    ps->p = p;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Four hex digits at [p], or -1. */
static long hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    long v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval((unsigned char)p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

static char *put_utf8(char *o, unsigned long c)
{
    if (c < 0x80) {
        *o++ = (char)c;
    } else if (c < 0x800) {
        *o++ = (char)(0xC0 | (c >> 6));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (char)(0xE0 | (c >> 12));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (c >> 18));
        *o++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

/* Decodes the escapes of the string body [s, e) into the arena. The body
 * was already checked, so every escape is well formed. */
static bool unescape(Parser *ps, const char *s, const char *e, JsonValue *out)
{
    char *o = arena_alloc(ps->doc, (size_t)(e - s) + 1);
    if (!o)
        return fail(ps, s, "out of memory");
    out->u.str = o;
    while (s < e) {
        if (*s != '\\') {
            *o++ = *s++;
            continue;
        }
        s++;
        switch (*s++) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        default: { /* 'u' */
            unsigned long c = (unsigned long)hex4(s, e);
            s += 4;
            if (c >= 0xD800 && c < 0xDC00 && e - s >= 6 && s[0] == '\\' && s[1] == 'u') {
                long lo = hex4(s + 2, e);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    c = 0x10000 + ((c - 0xD800) << 10) + ((unsigned long)lo - 0xDC00);
                    s += 6;
                }
            }
            if (c >= 0xD800 && c < 0xE000)
                c = 0xFFFD;
            o = put_utf8(o, c);
        }
        }
    }
    *o = '\0';
    out->len = (uint32_t)(o - out->u.str);
    return true;
}

/* A string at ps->p (its opening quote), into [str]/[len]. */
static bool parse_string(Parser *ps, const char **str, uint32_t *len)
{
    const char *s = ++ps->p, *p = s, *end = ps->end;
    bool escaped = false;
    for (;;) {
        if (p >= end)
            return fail(ps, s - 1, "unterminated string");
        unsigned char c = (unsigned char)*p;
        if (c == '"')
            break;
        if (c < 0x20)
            return fail(ps, p, "control character in a string (write it as an escape)");
        if (c == '\\') {
            escaped = true;
            p++;
            if (p >= end)
                return fail(ps, s - 1, "unterminated string");
            if (*p == 'u') {
                if (hex4(p + 1, end) < 0)
                    return fail(ps, p - 1, "bad \\u escape (four hex digits expected)");
                p += 5;
                continue;
            }
            if (!strchr("\"\\/bfnrt", *p) || *p == '\0')
                return fail(ps, p - 1, "bad escape in a string");
        }
        p++;
    }
    ps->p = p + 1;
    if ((size_t)(p - s) > UINT32_MAX)
        return fail(ps, s, "string too long");
    if (!escaped) {
        *str = s;
        *len = (uint32_t)(p - s);
        return true;
    }
    JsonValue tmp;
    if (!unescape(ps, s, p, &tmp))
        return false;
    *str = tmp.u.str;
    *len = tmp.len;
    return true;
}

static const double exact_pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/* A number: JSON's grammar checked here, the value exact on the fast path
 * (at most 15 digits and no exponent: the digits as an integer and one
 * division by an exact power of ten, which rounds correctly), else strtod
 * on the checked span. */
static bool parse_number(Parser *ps, JsonValue *out)
{
    const char *s = ps->p, *p = s, *end = ps->end;
    bool neg = false;
    if (p < end && *p == '-') {
        neg = true;
        p++;
    }
    if (p >= end || *p < '0' || *p > '9')
        return fail(ps, s, "bad number");
    uint64_t m = 0;
    int digits = 0, frac = 0;
    if (*p == '0') {
        p++;
        if (p < end && *p >= '0' && *p <= '9')
            return fail(ps, s, "bad number (leading zero)");
    } else {
        while (p < end && *p >= '0' && *p <= '9') {
            m = m * 10 + (uint64_t)(*p++ - '0');
            digits++;
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9')
            return fail(ps, s, "bad number (digits expected after '.')");
        while (p < end && *p >= '0' && *p <= '9') {
            m = m * 10 + (uint64_t)(*p++ - '0');
            digits++;
            frac++;
        }
    }
    bool expo = false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        expo = true;
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (p >= end || *p < '0' || *p > '9')
            return fail(ps, s, "bad number (digits expected in the exponent)");
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    out->type = JSON_NUMBER;
    out->len = 0;
    if (!expo && digits <= 15) {
        double v = (double)m / exact_pow10[frac];
        out->u.num = neg ? -v : v;
    } else {
        char buf[64];
        size_t n = (size_t)(p - s);
        if (n < sizeof buf) {
            memcpy(buf, s, n);
            buf[n] = '\0';
            out->u.num = strtod(buf, NULL);
        } else {
            char *big = malloc(n + 1);
            if (!big)
                return fail(ps, s, "out of memory");
            memcpy(big, s, n);
            big[n] = '\0';
            out->u.num = strtod(big, NULL);
            free(big);
        }
    }
    ps->p = p;
    return true;
}

static bool literal(Parser *ps, const char *word, JsonType type, JsonValue *out)
{
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
        return fail(ps, ps->p, "unexpected character");
    ps->p += n;
    out->type = type;
    out->len = 0;
    out->u.str = NULL;
    return true;
}

static bool grow(void **buf, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t nc = *cap ? *cap * 2 : 256;
    while (nc < need)
        nc *= 2;
    void *nb = realloc(*buf, nc * elem);
    if (!nb)
        return false;
    *buf = nb;
    *cap = nc;
    return true;
}

static bool parse_value(Parser *ps, JsonValue *out);

static bool parse_array(Parser *ps, JsonValue *out)
{
    const char *open = ps->p++;
    size_t base = ps->nvals;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ']') {
        ps->p++;
    } else {
        for (;;) {
            if (!grow((void **)&ps->vals, &ps->capvals, ps->nvals + 1, sizeof *ps->vals))
                return fail(ps, ps->p, "out of memory");
            JsonValue v;
            if (!parse_value(ps, &v))
                return false;
            ps->vals[ps->nvals++] = v;
            skip_ws(ps);
            if (ps->p >= ps->end)
                return fail(ps, open, "unterminated array");
            if (*ps->p == ',') {
                ps->p++;
                continue;
            }
            if (*ps->p == ']') {
                ps->p++;
                break;
            }
            return fail(ps, ps->p, "expected ',' or ']' in an array");
        }
    }
    size_t n = ps->nvals - base;
    if (n > UINT32_MAX)
        return fail(ps, open, "array too long");
    out->type = JSON_ARRAY;
    out->len = (uint32_t)n;
    out->u.items = NULL;
    if (n) {
        out->u.items = arena_alloc(ps->doc, n * sizeof(JsonValue));
        if (!out->u.items)
            return fail(ps, open, "out of memory");
        memcpy(out->u.items, ps->vals + base, n * sizeof(JsonValue));
    }
    ps->nvals = base;
    return true;
}

static bool parse_object(Parser *ps, JsonValue *out)
{
    const char *open = ps->p++;
    size_t base = ps->nmems;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == '}') {
        ps->p++;
    } else {
        for (;;) {
            skip_ws(ps);
            if (ps->p >= ps->end)
                return fail(ps, open, "unterminated object");
            if (*ps->p != '"')
                return fail(ps, ps->p, "expected a string key in an object");
            JsonMember m;
            if (!parse_string(ps, &m.key, &m.keylen))
                return false;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':')
                return fail(ps, ps->p, "expected ':' after an object key");
            ps->p++;
            if (!parse_value(ps, &m.value))
                return false;
            if (!grow((void **)&ps->mems, &ps->capmems, ps->nmems + 1, sizeof *ps->mems))
                return fail(ps, ps->p, "out of memory");
            ps->mems[ps->nmems++] = m;
            skip_ws(ps);
            if (ps->p >= ps->end)
                return fail(ps, open, "unterminated object");
            if (*ps->p == ',') {
                ps->p++;
                continue;
            }
            if (*ps->p == '}') {
                ps->p++;
                break;
            }
            return fail(ps, ps->p, "expected ',' or '}' in an object");
        }
    }
    size_t n = ps->nmems - base;
    out->type = JSON_OBJECT;
    out->len = (uint32_t)n;
    out->u.members = NULL;
    if (n) {
        out->u.members = arena_alloc(ps->doc, n * sizeof(JsonMember));
        if (!out->u.members)
            return fail(ps, open, "out of memory");
        memcpy(out->u.members, ps->mems + base, n * sizeof(JsonMember));
    }
    ps->nmems = base;
    return true;
}

static bool parse_value(Parser *ps, JsonValue *out)
{
    skip_ws(ps);
    if (ps->p >= ps->end)
        return fail(ps, ps->p, "unexpected end of input");
    bool ok;
    switch (*ps->p) {
    case '{':
    case '[':
        if (++ps->depth > MAX_DEPTH)
            return fail(ps, ps->p, "nested too deeply");
        ok = *ps->p == '{' ? parse_object(ps, out) : parse_array(ps, out);
        ps->depth--;
        return ok;
    case '"':
        out->type = JSON_STRING;
        return parse_string(ps, &out->u.str, &out->len);
    case 't':
        return literal(ps, "true", JSON_TRUE, out);
    case 'f':
        return literal(ps, "false", JSON_FALSE, out);
    case 'n':
        return literal(ps, "null", JSON_NULL, out);
    default:
        if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
            return parse_number(ps, out);
        return fail(ps, ps->p, "unexpected character");
    }
}

void json_free(JsonDoc *doc)
{
    if (!doc)
        return;
    for (Chunk *c = doc->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(doc);
}

JsonDoc *json_parse(const char *text, size_t len, char *err, size_t errlen)
{
    Parser ps = {.p = text, .start = text, .end = text + len};
    ps.doc = calloc(1, sizeof *ps.doc);
    if (!ps.doc) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    bool ok = parse_value(&ps, &ps.doc->root);
    if (ok) {
        skip_ws(&ps);
        if (ps.p < ps.end)
            ok = fail(&ps, ps.p, "text after the JSON value");
    }
    free(ps.vals);
    free(ps.mems);
    if (ok)
        return ps.doc;
    /* line and column of the error: counted only now, once */
    int line = 1, col = 1;
    for (const char *p = text; p < ps.err_at; p++) {
        if (*p == '\n') {
            line++;
            col = 1;
        } else if (((unsigned char)*p & 0xC0) != 0x80) {
            col++;
        }
    }
    snprintf(err, errlen, "line %d, column %d: %s", line, col, ps.err_msg);
    json_free(ps.doc);
    return NULL;
}

JsonValue *json_root(JsonDoc *doc)
{
    return &doc->root;
}

JsonValue *json_get(const JsonValue *obj, const char *key)
{
    if (!obj || obj->type != JSON_OBJECT)
        return NULL;
    size_t n = strlen(key);
    for (uint32_t i = 0; i < obj->len; i++) {
        JsonMember *m = &obj->u.members[i];
        if (m->keylen == n && memcmp(m->key, key, n) == 0)
            return &m->value;
    }
    return NULL;
}

bool json_is(const JsonValue *v, const char *s)
{
    size_t n = strlen(s);
    return v && v->type == JSON_STRING && v->len == n && memcmp(v->u.str, s, n) == 0;
}

double json_num(const JsonValue *obj, const char *key, double dflt)
{
    const JsonValue *v = json_get(obj, key);
    return v && v->type == JSON_NUMBER ? v->u.num : dflt;
}
