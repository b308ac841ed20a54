/* quote.c: Go-syntax quoting of strings and runes (strconv.Quote and
 * friends, fmt's %q). */
#include <stdio.h>
#include <string.h>
#include "format.h"
#include "lexer.h"
#include "unicode_tables.h"

/* strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
 * ASCII space, from the Unicode tables. */
bool fmt_is_printable(int r)
{
    return uni_is_print(r);
}

static void quote_rune_into(StrBuf *b, int r, char quote, int mode)
{
    char tmp[16];
    if (r == quote || r == '\\') {
        sb_putc(b, '\\');
        sb_putc(b, (char)r);
        return;
    }
    bool literal = mode == QUOTE_ASCII ? r < 0x7f && uni_is_print(r)
                 : mode == QUOTE_GRAPHIC ? uni_is_graphic(r) : uni_is_print(r);
    if (literal) {
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

void fmt_quote(StrBuf *b, const char *s, int64_t n, int mode)
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
        quote_rune_into(b, r, '"', mode);
        i += k;
    }
    sb_putc(b, '"');
}

void fmt_quote_rune(StrBuf *b, int64_t r, int mode)
{
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        r = 0xFFFD;
    sb_putc(b, '\'');
    quote_rune_into(b, (int)r, '\'', mode);
    sb_putc(b, '\'');
}

