/* literal.c: decoding string and rune literals, and UTF-8. */
#include <stdint.h>
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "lexer.h"

const char *const tok_spelling[T_COUNT] = {
#define TOK(name, spelling) spelling,
#include "tokens.def"
#undef TOK
};

const char *const tok_name[T_COUNT] = {
#define TOK(name, spelling) #name,
#include "tokens.def"
#undef TOK
};

/* Decodes one UTF-8 sequence. Returns its length, or -1 when the bytes are
 * not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF are
 * invalid, as in Go). */
int utf8_decode(const unsigned char *s, size_t len, int *rune)
{
    if (len == 0)
        return -1;
    unsigned c = s[0];
    if (c < 0x80) {
        *rune = (int)c;
        return 1;
    }
    int n;
    unsigned r, min;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; r = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; r = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; r = c & 0x07; min = 0x10000; }
    else return -1;
    if (len < (size_t)n)
        return -1;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return -1;
    *rune = (int)r;
    return n;
}

/* Encodes [rune] as UTF-8 into [out] (at least 4 bytes); invalid runes
 * become U+FFFD as in Go. Returns the length. */
int utf8_encode(int rune, char *out)
{
    unsigned r = (unsigned)rune;
    if (rune < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | (r >> 6));
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | (r >> 12));
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (r >> 18));
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes one escape at [p] (just after the backslash) inside a literal
 * quoted by [quote]. Writes bytes to [out] and returns how many input bytes
 * were used, or -1 with [err] set. */
static int escape(const char *p, const char *end, char quote, char *out,
                  int *outn, int *rune, char *err, size_t errlen)
{
    char c = *p;
    /* unsigned: eight hex digits of \U go past INT_MAX */
    uint32_t v = 0;
    int digits = 0, base = 0;
    *rune = -1;
    switch (c) {
    case 'a': out[0] = '\a'; *outn = 1; *rune = '\a'; return 1;
    case 'b': out[0] = '\b'; *outn = 1; *rune = '\b'; return 1;
    case 'f': out[0] = '\f'; *outn = 1; *rune = '\f'; return 1;
    case 'n': out[0] = '\n'; *outn = 1; *rune = '\n'; return 1;
    case 'r': out[0] = '\r'; *outn = 1; *rune = '\r'; return 1;
    case 't': out[0] = '\t'; *outn = 1; *rune = '\t'; return 1;
    case 'v': out[0] = '\v'; *outn = 1; *rune = '\v'; return 1;
    case '\\': out[0] = '\\'; *outn = 1; *rune = '\\'; return 1;
    case '\'': case '"':
        if (c != quote) {
            snprintf(err, errlen, "unknown escape sequence");
            return -1;
        }
        out[0] = c; *outn = 1; *rune = c;
        return 1;
    case 'x': digits = 2; base = 16; break;
    case 'u': digits = 4; base = 16; break;
    case 'U': digits = 8; base = 16; break;
    default:
        if (c >= '0' && c <= '7') { digits = 3; base = 8; p--; break; }
        snprintf(err, errlen, "unknown escape sequence");
        return -1;
    }
    p++;
    for (int i = 0; i < digits; i++) {
        int d = p + i < end ? hexval(p[i]) : -1;
        if (d < 0 || d >= base) {
            snprintf(err, errlen, "invalid character %s in %s escape",
                     p + i < end ? "in" : "at end of",
                     base == 8 ? "octal" : "hexadecimal");
            if (p + i < end)
                snprintf(err, errlen, "invalid character '%c' in %s escape",
                         p[i], base == 8 ? "octal" : "hexadecimal");
            return -1;
        }
        v = v * (uint32_t)base + (uint32_t)d;
    }
    int used = digits + (base == 8 ? 0 : 1);
    if (base == 8 || c == 'x') {
        if (v > 255) {
            snprintf(err, errlen, "octal escape value %u > 255", (unsigned)v);
            return -1;
        }
        out[0] = (char)v;
        *outn = 1;
        *rune = (int)v;
        return used;
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) {
        snprintf(err, errlen, "escape is invalid Unicode code point U+%04X", (unsigned)v);
        return -1;
    }
    *outn = utf8_encode((int)v, out);
    *rune = (int)v;
    return used;
}

bool lex_unquote(const char *text, int len, char **out, size_t *outlen,
                 char *err, size_t errlen)
{
    char *buf = GC_MALLOC_ATOMIC((size_t)len + 1);
    size_t n = 0;
    if (len >= 2 && text[0] == '`') {
        /* Raw strings drop carriage returns, as Go does. */
        for (int i = 1; i < len - 1; i++)
            if (text[i] != '\r')
                buf[n++] = text[i];
    } else {
        const char *p = text + 1, *end = text + len - 1;
        while (p < end) {
            if (*p != '\\') {
                buf[n++] = *p++;
                continue;
            }
            int outn, rune;
            int used = escape(p + 1, end, '"', buf + n, &outn, &rune, err,
                              errlen);
            if (used < 0)
                return false;
            n += outn;
            p += 1 + used;
        }
    }
    buf[n] = '\0';
    *out = buf;
    *outlen = n;
    return true;
}

bool lex_char_value(const char *text, int len, int *rune, char *err,
                    size_t errlen)
{
    const char *p = text + 1, *end = text + len - 1;
    if (len < 2 || text[len - 1] != '\'' || p >= end) {
        snprintf(err, errlen, "empty rune literal or unescaped ' in rune literal");
        return false;
    }
    int n;
    if (*p == '\\') {
        char tmp[8];
        int outn;
        int used = escape(p + 1, end, '\'', tmp, &outn, rune, err, errlen);
        if (used < 0)
            return false;
        n = 1 + used;
    } else {
        n = utf8_decode((const unsigned char *)p, (size_t)(end - p), rune);
        if (n < 0) {
            snprintf(err, errlen, "invalid UTF-8 encoding");
            return false;
        }
    }
    if (p + n != end) {
        snprintf(err, errlen, "more than one character in rune literal");
        return false;
    }
    return true;
}
