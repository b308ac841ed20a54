/* string.c: immutable strings. */
#include <gc.h>
#include <string.h>
#include "lexer.h"
#include "object.h"

String *str_alloc(int64_t n, char **data)
{
    String *s = rt_alloc_atomic(sizeof(String) + (size_t)n + 1);
    char *d = (char *)(s + 1);
    d[n] = '\0';
    s->len = n;
    s->data = d;
    *data = d;
    return s;
}

String *str_new(const char *p, int64_t n)
{
    if (n == 0)
        return NULL;
    char *d;
    String *s = str_alloc(n, &d);
    memcpy(d, p, (size_t)n);
    return s;
}

String *str_from_cstr(const char *s)
{
    return str_new(s, (int64_t)strlen(s));
}

/* A substring shares its parent's bytes: the header is scanned so that its
 * interior pointer keeps the parent alive. */
String *str_sub(String *s, int64_t lo, int64_t hi)
{
    if (lo == hi)
        return NULL;
    if (lo == 0 && hi == s->len)
        return s;
    String *r = rt_alloc(sizeof(String));
    r->len = hi - lo;
    r->data = s->data + lo;
    return r;
}

String *str_concat(String *a, String *b)
{
    int64_t na = str_len(a), nb = str_len(b);
    if (na == 0)
        return b;
    if (nb == 0)
        return a;
    char *d;
    String *s = str_alloc(na + nb, &d);
    memcpy(d, a->data, (size_t)na);
    memcpy(d + na, b->data, (size_t)nb);
    return s;
}

int str_cmp(const String *a, const String *b)
{
    int64_t na = str_len(a), nb = str_len(b);
    int64_t n = na < nb ? na : nb;
    int c = n > 0 ? memcmp(str_data(a), str_data(b), (size_t)n) : 0;
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

uint64_t str_hash(const String *s)
{
    const unsigned char *p = (const unsigned char *)str_data(s);
    int64_t n = str_len(s);
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (int64_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    return h;
}

String *str_from_rune(int64_t r)
{
    char buf[4];
    int n = utf8_encode(r < 0 || r > 0x10FFFF ? 0xFFFD : (int)r, buf);
    return str_new(buf, n);
}
