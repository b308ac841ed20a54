/* json_scan.c: Go's JSON scanner (encoding/json/scanner.go), a state
 * machine fed one byte at a time, and what is built on it: Valid,
 * Compact, Indent, and the check Unmarshal makes before decoding. The
 * messages and offsets of its errors are Go's. */
#include <string.h>
#include "format.h"
#include "json.h"
#include "lexer.h"

enum {
    ST_BEGIN_VALUE_OR_EMPTY, ST_BEGIN_VALUE, ST_BEGIN_STRING_OR_EMPTY, ST_BEGIN_STRING,
    ST_END_VALUE, ST_END_TOP, ST_IN_STRING, ST_IN_STRING_ESC, ST_ESC_U, ST_ESC_U1,
    ST_ESC_U12, ST_ESC_U123, ST_NEG, ST_1, ST_0, ST_DOT, ST_DOT0, ST_E, ST_ESIGN, ST_E0,
    ST_T, ST_TR, ST_TRU, ST_F, ST_FA, ST_FAL, ST_FALS, ST_N, ST_NU, ST_NUL, ST_ERROR,
};

enum { PARSE_OBJECT_KEY, PARSE_OBJECT_VALUE, PARSE_ARRAY_VALUE };

#define MAX_NESTING_DEPTH 10000

void json_scan_reset(JsonScanner *s)
{
    s->state = ST_BEGIN_VALUE;
    s->depth = 0;
    s->failed = false;
    s->end_top = false;
}

/* Go's quoteChar: a byte as the messages show it. */
static void quote_char(StrBuf *b, unsigned char c)
{
    if (c == '\'') {
        sb_puts(b, "'\\''");
        return;
    }
    if (c == '"') {
        sb_puts(b, "'\"'");
        return;
    }
    char u[4];
    int n = utf8_encode(c, u);
    StrBuf q = {0};
    fmt_quote(&q, u, n, QUOTE_PRINT);
    sb_putc(b, '\'');
    sb_put(b, q.data + 1, q.len - 2);
    sb_putc(b, '\'');
}

static int scan_error(JsonScanner *s, unsigned char c, const char *context)
{
    s->state = ST_ERROR;
    StrBuf b = {0};
    sb_puts(&b, "invalid character ");
    quote_char(&b, c);
    sb_putc(&b, ' ');
    sb_puts(&b, context);
    size_t n = b.len < sizeof s->msg - 1 ? b.len : sizeof s->msg - 1;
    memcpy(s->msg, b.data, n);
    s->msg[n] = '\0';
    s->err_offset = s->bytes;
    s->failed = true;
    return SCAN_ERROR;
}

static int push_state(JsonScanner *s, unsigned char c, int ps, int success)
{
    if (s->depth == s->cap) {
        int cap = s->cap ? s->cap * 2 : 32;
        uint8_t *st = rt_alloc_atomic((size_t)cap);
        if (s->depth)
            memcpy(st, s->stack, (size_t)s->depth);
        s->stack = st;
        s->cap = cap;
    }
    s->stack[s->depth++] = (uint8_t)ps;
    if (s->depth <= MAX_NESTING_DEPTH)
        return success;
    return scan_error(s, c, "exceeded max depth");
}

static void pop_state(JsonScanner *s)
{
    if (--s->depth == 0) {
        s->state = ST_END_TOP;
        s->end_top = true;
    } else {
        s->state = ST_END_VALUE;
    }
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int step(JsonScanner *s, unsigned char c);

static int begin_value(JsonScanner *s, unsigned char c)
{
    if (is_space(c))
        return SCAN_SKIP_SPACE;
    switch (c) {
    case '{':
        s->state = ST_BEGIN_STRING_OR_EMPTY;
        return push_state(s, c, PARSE_OBJECT_KEY, SCAN_BEGIN_OBJECT);
    case '[':
        s->state = ST_BEGIN_VALUE_OR_EMPTY;
        return push_state(s, c, PARSE_ARRAY_VALUE, SCAN_BEGIN_ARRAY);
    case '"': s->state = ST_IN_STRING; return SCAN_BEGIN_LITERAL;
    case '-': s->state = ST_NEG; return SCAN_BEGIN_LITERAL;
    case '0': s->state = ST_0; return SCAN_BEGIN_LITERAL;
    case 't': s->state = ST_T; return SCAN_BEGIN_LITERAL;
    case 'f': s->state = ST_F; return SCAN_BEGIN_LITERAL;
    case 'n': s->state = ST_N; return SCAN_BEGIN_LITERAL;
    }
    if (c >= '1' && c <= '9') {
        s->state = ST_1;
        return SCAN_BEGIN_LITERAL;
    }
    return scan_error(s, c, "looking for beginning of value");
}

static int end_top(JsonScanner *s, unsigned char c)
{
    if (!is_space(c))
        scan_error(s, c, "after top-level value");
    return SCAN_END;
}

static int end_value(JsonScanner *s, unsigned char c)
{
    if (s->depth == 0) {
        s->state = ST_END_TOP;
        s->end_top = true;
        return end_top(s, c);
    }
    if (is_space(c)) {
        s->state = ST_END_VALUE;
        return SCAN_SKIP_SPACE;
    }
    uint8_t *ps = &s->stack[s->depth - 1];
    switch (*ps) {
    case PARSE_OBJECT_KEY:
        if (c == ':') {
            *ps = PARSE_OBJECT_VALUE;
            s->state = ST_BEGIN_VALUE;
            return SCAN_OBJECT_KEY;
        }
        return scan_error(s, c, "after object key");
    case PARSE_OBJECT_VALUE:
        if (c == ',') {
            *ps = PARSE_OBJECT_KEY;
            s->state = ST_BEGIN_STRING;
            return SCAN_OBJECT_VALUE;
        }
        if (c == '}') {
            pop_state(s);
            return SCAN_END_OBJECT;
        }
        return scan_error(s, c, "after object key:value pair");
    default:
        if (c == ',') {
            s->state = ST_BEGIN_VALUE;
            return SCAN_ARRAY_VALUE;
        }
        if (c == ']') {
            pop_state(s);
            return SCAN_END_ARRAY;
        }
        return scan_error(s, c, "after array element");
    }
}

/* One letter of true, false or null: [want] moves to state [next]. */
static int literal(JsonScanner *s, unsigned char c, unsigned char want, int next, const char *context)
{
    if (c == want) {
        s->state = next;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, context);
}

static int step(JsonScanner *s, unsigned char c)
{
    switch (s->state) {
    case ST_BEGIN_VALUE_OR_EMPTY:
        if (is_space(c))
            return SCAN_SKIP_SPACE;
        if (c == ']')
            return end_value(s, c);
        return begin_value(s, c);
    case ST_BEGIN_VALUE:
        return begin_value(s, c);
    case ST_BEGIN_STRING_OR_EMPTY:
        if (is_space(c))
            return SCAN_SKIP_SPACE;
        if (c == '}') {
            s->stack[s->depth - 1] = PARSE_OBJECT_VALUE;
            return end_value(s, c);
        }
        /* fall through */
    case ST_BEGIN_STRING:
        if (is_space(c))
            return SCAN_SKIP_SPACE;
        if (c == '"') {
            s->state = ST_IN_STRING;
            return SCAN_BEGIN_LITERAL;
        }
        return scan_error(s, c, "looking for beginning of object key string");
    case ST_END_VALUE:
        return end_value(s, c);
    case ST_END_TOP:
        return end_top(s, c);
    case ST_IN_STRING:
        if (c == '"') {
            s->state = ST_END_VALUE;
            return SCAN_CONTINUE;
        }
        if (c == '\\') {
            s->state = ST_IN_STRING_ESC;
            return SCAN_CONTINUE;
        }
        if (c < 0x20)
            return scan_error(s, c, "in string literal");
        return SCAN_CONTINUE;
    case ST_IN_STRING_ESC:
        switch (c) {
        case 'b': case 'f': case 'n': case 'r': case 't': case '\\': case '/': case '"':
            s->state = ST_IN_STRING;
            return SCAN_CONTINUE;
        case 'u':
            s->state = ST_ESC_U;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in string escape code");
    case ST_ESC_U: case ST_ESC_U1: case ST_ESC_U12: case ST_ESC_U123:
        if (is_hex(c)) {
            s->state = s->state == ST_ESC_U123 ? ST_IN_STRING : s->state + 1;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in \\u hexadecimal character escape");
    case ST_NEG:
        if (c == '0') {
            s->state = ST_0;
            return SCAN_CONTINUE;
        }
        if (c >= '1' && c <= '9') {
            s->state = ST_1;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in numeric literal");
    case ST_1:
        if (c >= '0' && c <= '9')
            return SCAN_CONTINUE;
        /* fall through */
    case ST_0:
        if (c == '.') {
            s->state = ST_DOT;
            return SCAN_CONTINUE;
        }
        if (c == 'e' || c == 'E') {
            s->state = ST_E;
            return SCAN_CONTINUE;
        }
        return end_value(s, c);
    case ST_DOT:
        if (c >= '0' && c <= '9') {
            s->state = ST_DOT0;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "after decimal point in numeric literal");
    case ST_DOT0:
        if (c >= '0' && c <= '9')
            return SCAN_CONTINUE;
        if (c == 'e' || c == 'E') {
            s->state = ST_E;
            return SCAN_CONTINUE;
        }
        return end_value(s, c);
    case ST_E:
        if (c == '+' || c == '-') {
            s->state = ST_ESIGN;
            return SCAN_CONTINUE;
        }
        /* fall through */
    case ST_ESIGN:
        if (c >= '0' && c <= '9') {
            s->state = ST_E0;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in exponent of numeric literal");
    case ST_E0:
        if (c >= '0' && c <= '9')
            return SCAN_CONTINUE;
        return end_value(s, c);
    case ST_T: return literal(s, c, 'r', ST_TR, "in literal true (expecting 'r')");
    case ST_TR: return literal(s, c, 'u', ST_TRU, "in literal true (expecting 'u')");
    case ST_TRU: return literal(s, c, 'e', ST_END_VALUE, "in literal true (expecting 'e')");
    case ST_F: return literal(s, c, 'a', ST_FA, "in literal false (expecting 'a')");
    case ST_FA: return literal(s, c, 'l', ST_FAL, "in literal false (expecting 'l')");
    case ST_FAL: return literal(s, c, 's', ST_FALS, "in literal false (expecting 's')");
    case ST_FALS: return literal(s, c, 'e', ST_END_VALUE, "in literal false (expecting 'e')");
    case ST_N: return literal(s, c, 'u', ST_NU, "in literal null (expecting 'u')");
    case ST_NU: return literal(s, c, 'l', ST_NUL, "in literal null (expecting 'l')");
    case ST_NUL: return literal(s, c, 'l', ST_END_VALUE, "in literal null (expecting 'l')");
    default:
        return SCAN_ERROR;
    }
}

int json_scan_step(JsonScanner *s, unsigned char c)
{
    return step(s, c);
}

int json_scan_eof(JsonScanner *s)
{
    if (s->failed)
        return SCAN_ERROR;
    if (s->end_top)
        return SCAN_END;
    step(s, ' ');
    if (s->end_top)
        return SCAN_END;
    if (!s->failed) {
        strcpy(s->msg, "unexpected end of JSON input");
        s->err_offset = s->bytes;
        s->failed = true;
    }
    return SCAN_ERROR;
}

bool json_check_valid(JsonScanner *s, const char *p, int64_t n)
{
    json_scan_reset(s);
    for (int64_t i = 0; i < n; i++) {
        s->bytes++;
        if (step(s, (unsigned char)p[i]) == SCAN_ERROR)
            return false;
    }
    return json_scan_eof(s) != SCAN_ERROR;
}

static const char hexdig[] = "0123456789abcdef";

bool json_compact(StrBuf *dst, const char *src, int64_t n, bool escape, JsonScanner *s)
{
    size_t orig = dst->len;
    json_scan_reset(s);
    int64_t start = 0;
    const unsigned char *u = (const unsigned char *)src;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = u[i];
        if (escape && (c == '<' || c == '>' || c == '&')) {
            if (start < i)
                sb_put(dst, src + start, (size_t)(i - start));
            char e[6] = {'\\', 'u', '0', '0', hexdig[c >> 4], hexdig[c & 15]};
            sb_put(dst, e, 6);
            start = i + 1;
        }
        if (escape && c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] & ~1) == 0xA8) {
            if (start < i)
                sb_put(dst, src + start, (size_t)(i - start));
            char e[6] = {'\\', 'u', '2', '0', '2', hexdig[u[i + 2] & 15]};
            sb_put(dst, e, 6);
            start = i + 3;
        }
        int v = step(s, c);
        if (v >= SCAN_SKIP_SPACE) {
            if (v == SCAN_ERROR)
                break;
            if (start < i)
                sb_put(dst, src + start, (size_t)(i - start));
            start = i + 1;
        }
    }
    if (json_scan_eof(s) == SCAN_ERROR) {
        dst->len = orig;
        return false;
    }
    if (start < n)
        sb_put(dst, src + start, (size_t)(n - start));
    return true;
}

static void newline(StrBuf *dst, const String *prefix, const String *indent, int depth)
{
    sb_putc(dst, '\n');
    sb_put(dst, str_data(prefix), (size_t)str_len(prefix));
    for (int i = 0; i < depth; i++)
        sb_put(dst, str_data(indent), (size_t)str_len(indent));
}

/* Go's Indent over [n] bytes appended to [dst]. */
static bool json_indent(StrBuf *dst, const char *src, int64_t n, const String *prefix,
                        const String *indent, JsonScanner *s)
{
    size_t orig = dst->len;
    json_scan_reset(s);
    bool need_indent = false;
    int depth = 0;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        s->bytes++;
        int v = step(s, c);
        if (v == SCAN_SKIP_SPACE)
            continue;
        if (v == SCAN_ERROR)
            break;
        if (need_indent && v != SCAN_END_OBJECT && v != SCAN_END_ARRAY) {
            need_indent = false;
            depth++;
            newline(dst, prefix, indent, depth);
        }
        if (v == SCAN_CONTINUE) {
            sb_putc(dst, (char)c);
            continue;
        }
        switch (c) {
        case '{': case '[':
            need_indent = true;
            sb_putc(dst, (char)c);
            break;
        case ',':
            sb_putc(dst, (char)c);
            newline(dst, prefix, indent, depth);
            break;
        case ':':
            sb_put(dst, ": ", 2);
            break;
        case '}': case ']':
            if (need_indent) {
                need_indent = false;
            } else {
                depth--;
                newline(dst, prefix, indent, depth);
            }
            sb_putc(dst, (char)c);
            break;
        default:
            sb_putc(dst, (char)c);
        }
    }
    if (json_scan_eof(s) == SCAN_ERROR) {
        dst->len = orig;
        return false;
    }
    return true;
}

void json_put_err(Value *args, int from, const JsonErr *e)
{
    args[from].i = e->kind;
    args[from + 1].p = e->s1;
    args[from + 2].p = e->s2;
    args[from + 3].p = e->s3;
    args[from + 4].p = e->s4;
    args[from + 5].i = e->off;
    args[from + 6] = e->err;
}

static void syntax_err(JsonErr *e, const JsonScanner *s)
{
    memset(e, 0, sizeof *e);
    e->kind = JE_SYNTAX;
    e->s1 = str_from_cstr(s->msg);
    e->off = s->err_offset;
}

static Slice *bytes_of(const StrBuf *b)
{
    Slice *r = slice_make(t_uint8, (int64_t)b->len, (int64_t)b->len);
    if (b->len)
        memcpy(r->data, b->data, b->len);
    return r;
}

static const char *slice_bytes(const Slice *s, int64_t *n)
{
    *n = s ? s->len : 0;
    return s ? s->data : "";
}

/* valid(data []byte) bool */
NATIVE(valid)
{
    (void)g;
    JsonScanner s = {0};
    int64_t n;
    const char *p = slice_bytes(args[0].p, &n);
    args[0].u = json_check_valid(&s, p, n);
}

/* compact(src []byte, escape bool) ([]byte, error info): [src]
 * compacted, or a SyntaxError. */
NATIVE(compact)
{
    (void)g;
    JsonScanner s = {0};
    int64_t n;
    const char *p = slice_bytes(args[0].p, &n);
    StrBuf b = {0};
    JsonErr e = {0};
    if (!json_compact(&b, p, n, args[1].u != 0, &s))
        syntax_err(&e, &s);
    args[0].p = bytes_of(&b);
    json_put_err(args, 1, &e);
}

/* indent(src []byte, prefix, indent string) ([]byte, error info) */
NATIVE(indent)
{
    (void)g;
    JsonScanner s = {0};
    int64_t n;
    const char *p = slice_bytes(args[0].p, &n);
    StrBuf b = {0};
    JsonErr e = {0};
    if (!json_indent(&b, p, n, args[1].p, args[2].p, &s))
        syntax_err(&e, &s);
    args[0].p = bytes_of(&b);
    json_put_err(args, 1, &e);
}

/* valueEnd(data []byte, atEOF bool, base int) (end, status int, msg
 * string, off int): the Decoder's readValue. Scans the first JSON value
 * in [data] (leading spaces included); [base] is the stream offset of
 * data[0], for a SyntaxError's Offset. Status: VE_OK with the value's
 * end, VE_MORE when more input is needed, VE_SYNTAX, or at the end of
 * input VE_UNEXPECTED_EOF (a partial value) or VE_EOF (only spaces). */
enum { VE_OK, VE_MORE, VE_SYNTAX, VE_UNEXPECTED_EOF, VE_EOF };

NATIVE(value_end)
{
    (void)g;
    JsonScanner s = {0};
    int64_t n;
    const char *p = slice_bytes(args[0].p, &n);
    bool at_eof = args[1].u != 0;
    json_scan_reset(&s);
    s.bytes = args[2].i;
    int64_t end = -1;
    int status = VE_MORE;
    for (int64_t i = 0; i < n && end < 0; i++) {
        s.bytes++;
        int v = step(&s, (unsigned char)p[i]);
        if (v == SCAN_END) {
            end = i;
        } else if ((v == SCAN_END_OBJECT || v == SCAN_END_ARRAY) && step(&s, ' ') == SCAN_END) {
            end = i + 1;
        } else if (v == SCAN_ERROR) {
            status = VE_SYNTAX;
            break;
        }
    }
    if (end >= 0) {
        status = VE_OK;
    } else if (status == VE_MORE && at_eof) {
        if (step(&s, ' ') == SCAN_END) {
            status = VE_OK;
            end = n;
        } else {
            status = VE_EOF;
            for (int64_t i = 0; i < n; i++)
                if (!is_space((unsigned char)p[i]))
                    status = VE_UNEXPECTED_EOF;
        }
    }
    args[0].i = end;
    args[1].i = status;
    args[2].p = status == VE_SYNTAX ? str_from_cstr(s.msg) : NULL;
    args[3].i = s.err_offset;
}

/* Types and method names the encoder and decoder look for. */
Type *json_sig_marshal, *json_sig_unmarshal, *json_bytes_type;
const char *json_name_marshal_json, *json_name_marshal_text;
const char *json_name_unmarshal_json, *json_name_unmarshal_text;

const Method *json_method(const Type *t, const char *name, const Type *sig)
{
    bool ptr = t->kind == K_POINTER && !(t->flags & TF_NAMED);
    const Method *m = type_find_method((Type *)t, name);
    if (!m || !type_same(m->type, sig) || (m->ptr_recv && !ptr))
        return NULL;
    return m;
}

String *json_type_string(const Type *t)
{
    char buf[512];
    type_string(t, true, buf, sizeof buf);
    return str_from_cstr(buf);
}

static const Native natives[] = {
    {"encoding/json", "valid", NULL, valid, NULL},
    {"encoding/json", "compact", NULL, compact, NULL},
    {"encoding/json", "indent", NULL, indent, NULL},
    {"encoding/json", "valueEnd", NULL, value_end, NULL},
    {"encoding/json", "marshal", NULL, json_marshal, NULL},
    {"encoding/json", "unmarshal", NULL, json_unmarshal, NULL},
    {"encoding/json", "setNumberType", NULL, json_set_number_type, NULL},
};

static const PackageDef def = {"encoding/json", stdlib_src_json, natives,
                               sizeof natives / sizeof natives[0]};

void register_json(void)
{
    Type *res[2] = {type_slice(t_uint8), t_error};
    json_bytes_type = res[0];
    json_sig_marshal = type_func(NULL, 0, res, 2, false);
    Type *par[1] = {json_bytes_type};
    Type *err[1] = {t_error};
    json_sig_unmarshal = type_func(par, 1, err, 1, false);
    json_name_marshal_json = intern_name("MarshalJSON", 11);
    json_name_marshal_text = intern_name("MarshalText", 11);
    json_name_unmarshal_json = intern_name("UnmarshalJSON", 13);
    json_name_unmarshal_text = intern_name("UnmarshalText", 13);
    vm_register_package(&def);
}
