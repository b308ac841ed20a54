/* strconv.c: the native half of package strconv. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"
#include "natives.h"

NATIVE(itoa)
{
    (void)g;
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)args[0].i);
    args[0].p = str_new(buf, n);
}

NATIVE(format_int)
{
    (void)g;
    int64_t v = args[0].i;
    int64_t base = args[1].i;
    if (base < 2 || base > 36) {
        vm_panic_plain(g, "strconv: illegal AppendInt/FormatInt base");
        return;
    }
    char buf[80];
    int i = sizeof buf;
    bool neg = v < 0;
    uint64_t u = neg ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (neg)
        buf[--i] = '-';
    args[0].p = str_new(buf + i, (int64_t)sizeof buf - i);
}

NATIVE(format_bool)
{
    (void)g;
    args[0].p = str_from_cstr(args[0].u ? "true" : "false");
}

NATIVE(quote)
{
    (void)g;
    StrBuf b = {0};
    fmt_quote(&b, str_data(ARG_STR(0)), str_len(ARG_STR(0)), false);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(quote_rune)
{
    (void)g;
    StrBuf b = {0};
    fmt_quote_rune(&b, args[0].i, false);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Parses an unsigned magnitude as Go's ParseUint: code 0 ok, 1 syntax,
 * 2 range (value saturated). Underscores only with base 0. */
static int parse_magnitude(const char *s, int64_t n, int base, uint64_t max, uint64_t *out)
{
    *out = 0;
    if (n == 0)
        return 1;
    bool base0 = base == 0;
    int64_t i = 0;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && (s[1] == 'x' || s[1] == 'X')) { base = 16; i = 2; }
            else if (n >= 3 && (s[1] == 'o' || s[1] == 'O')) { base = 8; i = 2; }
            else if (n >= 3 && (s[1] == 'b' || s[1] == 'B')) { base = 2; i = 2; }
            else { base = 8; i = 1; }
        }
    } else if (base < 2 || base > 36) {
        return 1;
    }
    uint64_t v = 0;
    bool range = false;
    bool any = false;
    char last = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_' && base0) {
            last = c;
            continue;
        }
        int d = digit_value(c);
        if (d >= base)
            return 1;
        any = true;
        if (!range) {
            if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) {
                range = true;
            } else {
                v = v * (uint64_t)base + (uint64_t)d;
                if (v > max)
                    range = true;
            }
        }
        last = c;
    }
    if (!any && !(base0 && n == 1))
        return 1;
    if (last == '_')
        return 1;
    if (range) {
        *out = max;
        return 2;
    }
    *out = v;
    return 0;
}

NATIVE(parse_int)
{
    (void)g;
    const String *str = args[0].p;
    const char *s = str_data(str);
    int64_t n = str_len(str);
    int base = (int)args[1].i;
    int bits = (int)args[2].i;
    if (bits == 0)
        bits = 64;
    bool neg = false;
    if (n > 0 && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s++;
        n--;
    }
    uint64_t cutoff = (uint64_t)1 << (bits - 1);
    uint64_t mag;
    int code = parse_magnitude(s, n, base, neg ? cutoff : cutoff - 1, &mag);
    if (code == 1) {
        args[0].i = 0;
        args[1].i = 1;
        return;
    }
    args[0].i = neg ? (int64_t)(0 - mag) : (int64_t)mag;
    args[1].i = code;
}

NATIVE(parse_uint)
{
    (void)g;
    const String *str = args[0].p;
    int bits = (int)args[2].i;
    if (bits == 0)
        bits = 64;
    uint64_t max = bits == 64 ? UINT64_MAX : (((uint64_t)1 << bits) - 1);
    uint64_t v;
    const char *s = str_data(str);
    int64_t n = str_len(str);
    int code = (n > 0 && (s[0] == '+' || s[0] == '-')) ? 1
             : parse_magnitude(s, n, (int)args[1].i, max, &v);
    args[0].u = code == 1 ? 0 : v;
    args[1].i = code;
}

NATIVE(parse_float)
{
    (void)g;
    const String *str = args[0].p;
    int bits = (int)args[1].i;
    int64_t n = str_len(str);
    char buf[512];
    args[0].f = 0;
    args[1].i = 1;
    if (n == 0 || n >= (int64_t)sizeof buf)
        return;
    int k = 0;
    for (int64_t i = 0; i < n; i++)
        if (str->data[i] != '_')
            buf[k++] = str->data[i];
    buf[k] = '\0';
    if (buf[0] == ' ' || buf[0] == '\t' || buf[0] == '\n' || strchr(buf, ' '))
        return;
    const char *p = buf;
    if (*p == '+' || *p == '-')
        p++;
    if (strcasecmp(p, "inf") == 0 || strcasecmp(p, "infinity") == 0 || strcasecmp(p, "nan") == 0) {
        args[0].f = strcasecmp(p, "nan") == 0 ? NAN : (buf[0] == '-' ? -INFINITY : INFINITY);
        args[1].i = 0;
        return;
    }
    /* Go accepts digits, one point, an exponent; hex with p exponent */
    if (!((*p >= '0' && *p <= '9') || *p == '.'))
        return;
    errno = 0;
    char *end;
    double d = bits == 32 ? (double)strtof(buf, &end) : strtod(buf, &end);
    if (*end != '\0')
        return;
    args[0].f = d;
    args[1].i = (errno == ERANGE && isinf(d)) ? 2 : 0;
}

static const Native natives[] = {
    {"strconv", "Itoa", NULL, itoa, NULL},
    {"strconv", "FormatInt", NULL, format_int, NULL},
    {"strconv", "FormatBool", NULL, format_bool, NULL},
    {"strconv", "Quote", NULL, quote, NULL},
    {"strconv", "QuoteRune", NULL, quote_rune, NULL},
    {"strconv", "parseInt", NULL, parse_int, NULL},
    {"strconv", "parseUint", NULL, parse_uint, NULL},
    {"strconv", "parseFloat", NULL, parse_float, NULL},
};

static const PackageDef def = {"strconv", stdlib_src_strconv, natives, sizeof natives / sizeof natives[0]};

void register_strconv(void)
{
    vm_register_package(&def);
}
