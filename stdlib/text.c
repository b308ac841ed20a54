/* text.c: searching, splitting, trimming and case-mapping runs of bytes,
 * for packages strings and bytes. Invalid UTF-8 decodes as U+FFFD of
 * width 1 throughout, as Go's range over a string does. */
#include <string.h>
#include <gc.h>
#include "lexer.h"
#include "natives.h"
#include "text.h"
#include "unicode_tables.h"

enum { RUNE_ERROR = 0xFFFD };

static int first(Text s, int64_t i, int *r)
{
    return utf8_first((const unsigned char *)s.p + i, s.n - i, r);
}

int64_t text_index(Text s, Text t, int64_t from)
{
    if (t.n == 0)
        return from;
    if (t.n > s.n - from)
        return -1;
    const char *at = memmem(s.p + from, (size_t)(s.n - from), t.p, (size_t)t.n);
    return at ? at - s.p : -1;
}

int64_t text_last_index(Text s, Text t)
{
    for (int64_t i = s.n - t.n; i >= 0; i--)
        if (memcmp(s.p + i, t.p, (size_t)t.n) == 0)
            return i;
    return -1;
}

int64_t text_rune_count(Text s)
{
    int64_t c = 0;
    for (int64_t i = 0; i < s.n; c++) {
        int r;
        i += first(s, i, &r);
    }
    return c;
}

int64_t text_count(Text s, Text t)
{
    if (t.n == 0)
        return text_rune_count(s) + 1;
    int64_t c = 0;
    for (int64_t i = 0; (i = text_index(s, t, i)) >= 0; i += t.n)
        c++;
    return c;
}

static bool valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

int64_t text_index_rune(Text s, int32_t want)
{
    if (want >= 0 && want < 0x80) {
        const char *at = memchr(s.p, want, (size_t)s.n);
        return at ? at - s.p : -1;
    }
    if (!valid_rune(want))
        return -1;
    for (int64_t i = 0; i < s.n;) {
        int r;
        int k = first(s, i, &r);
        if (r == want)
            return i;
        i += k;
    }
    return -1;
}

bool text_contains_rune(Text s, int32_t r)
{
    return text_index_rune(s, r) >= 0;
}

int64_t text_index_any(Text s, Text chars)
{
    if (chars.n == 0)
        return -1;
    for (int64_t i = 0; i < s.n;) {
        int r;
        int k = first(s, i, &r);
        if (text_contains_rune(chars, r))
            return i;
        i += k;
    }
    return -1;
}

int64_t text_last_index_any(Text s, Text chars)
{
    if (chars.n == 0)
        return -1;
    for (int64_t i = s.n; i > 0;) {
        int r;
        i -= utf8_last((const unsigned char *)s.p, i, &r);
        if (text_contains_rune(chars, r))
            return i;
    }
    return -1;
}

/* Go's EqualFold: runes are equal when one is reachable from the other
 * round its simple case-folding orbit. */
static bool fold_equal(int32_t a, int32_t b)
{
    if (a == b)
        return true;
    if (a > b) {
        int32_t t = a;
        a = b;
        b = t;
    }
    if (b < 0x80)
        return a >= 'A' && a <= 'Z' && b == a + 'a' - 'A';
    int32_t r = uni_simple_fold(a);
    while (r != a && r < b)
        r = uni_simple_fold(r);
    return r == b;
}

bool text_equal_fold(Text a, Text b)
{
    int64_t i = 0, j = 0;
    while (i < a.n && j < b.n) {
        int r1, r2;
        i += first(a, i, &r1);
        j += first(b, j, &r2);
        if (!fold_equal(r1, r2))
            return false;
    }
    return i == a.n && j == b.n;
}

int text_compare(Text a, Text b)
{
    int64_t n = a.n < b.n ? a.n : b.n;
    int c = memcmp(a.p, b.p, (size_t)n);
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
}

static int32_t map_rune(int32_t r, int which)
{
    return which == 0 ? uni_to_upper(r) : which == 1 ? uni_to_lower(r) : uni_to_title(r);
}

bool text_map_case(StrBuf *b, Text s, int which)
{
    bool changed = false;
    for (int64_t i = 0; i < s.n && !changed;) {
        int r;
        int k = first(s, i, &r);
        changed = map_rune(r, which) != r || (r == RUNE_ERROR && k == 1);
        i += k;
    }
    if (!changed)
        return false;
    for (int64_t i = 0; i < s.n;) {
        int r;
        i += first(s, i, &r);
        int32_t m = map_rune(r, which);
        if (m < 0x80) {
            sb_putc(b, (char)m);
        } else {
            char enc[4];
            sb_put(b, enc, (size_t)utf8_encode(m, enc));
        }
    }
    return true;
}

static bool trimmed(int32_t r, const Text *cutset)
{
    return cutset ? text_contains_rune(*cutset, r) : uni_is_space(r);
}

void text_trim(Text s, const Text *cutset, bool left, bool right, int64_t *lo, int64_t *hi)
{
    int64_t a = 0, z = s.n;
    while (left && a < z) {
        int r;
        int k = first(s, a, &r);
        if (!trimmed(r, cutset))
            break;
        a += k;
    }
    while (right && z > a) {
        int r;
        int k = utf8_last((const unsigned char *)s.p + a, z - a, &r);
        if (!trimmed(r, cutset))
            break;
        z -= k;
    }
    *lo = a;
    *hi = z;
}

/* Whether the byte [c] < 0x80 is white space as unicode.IsSpace says. */
static const bool ascii_space[128] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1,
                                      ['\r'] = 1, [' '] = 1};

/* One pass, ASCII bytes without decoding: word counting splits every line
 * of its input here. */
int64_t text_fields(Text s, int64_t **bounds)
{
    int64_t cap = 16, k = 0, start = -1;
    int64_t *bd = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)cap);
    const unsigned char *p = (const unsigned char *)s.p;
    for (int64_t i = 0; i <= s.n;) {
        bool space = true;
        int w = 1;
        if (i < s.n) {
            if (p[i] < 0x80) {
                space = ascii_space[p[i]];
            } else {
                int r;
                w = first(s, i, &r);
                space = uni_is_space(r);
            }
        }
        if (!space) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            if (k + 3 > cap) {
                int64_t *more = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)(cap *= 2));
                memcpy(more, bd, sizeof(int64_t) * (size_t)k);
                bd = more;
            }
            bd[k++] = start;
            bd[k++] = i;
            start = -1;
        }
        i += w;
    }
    *bounds = bd;
    return k / 2;
}

/* Splitting at every rune: n pieces, the last holding the rest. */
static int64_t explode(Text s, int64_t n, int64_t **bounds)
{
    int64_t count = text_rune_count(s);
    if (n < 0 || n > count)
        n = count;
    int64_t *bd = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)(2 * n + 1));
    int64_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        int r;
        int w = k == n - 1 ? (int)(s.n - i) : first(s, i, &r);
        bd[2 * k] = i;
        bd[2 * k + 1] = i + w;
        i += w;
    }
    *bounds = bd;
    return n;
}

int64_t text_split(Text s, Text sep, int64_t save, int64_t n, int64_t **bounds)
{
    if (n == 0) {
        *bounds = NULL;
        return 0;
    }
    if (sep.n == 0)
        return explode(s, n, bounds);
    int64_t count = text_count(s, sep) + 1;
    if (n > 0 && count > n)
        count = n;
    int64_t *bd = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)(2 * count));
    int64_t start = 0;
    for (int64_t k = 0; k < count - 1; k++) {
        int64_t at = text_index(s, sep, start);
        bd[2 * k] = start;
        bd[2 * k + 1] = at + save;
        start = at + sep.n;
    }
    bd[2 * count - 2] = start;
    bd[2 * count - 1] = s.n;
    *bounds = bd;
    return count;
}

bool text_replace(StrBuf *b, Text s, Text old, Text new_, int64_t n)
{
    if (n == 0)
        return false;
    int64_t done = 0, i = 0;
    if (old.n == 0) {
        /* before each rune and at the end */
        while (n < 0 || done < n) {
            sb_put(b, new_.p, (size_t)new_.n);
            done++;
            if (i >= s.n)
                break;
            int r;
            int k = first(s, i, &r);
            sb_put(b, s.p + i, (size_t)k);
            i += k;
        }
    } else {
        int64_t at;
        while ((n < 0 || done < n) && (at = text_index(s, old, i)) >= 0) {
            sb_put(b, s.p + i, (size_t)(at - i));
            sb_put(b, new_.p, (size_t)new_.n);
            i = at + old.n;
            done++;
        }
        if (done == 0)
            return false;
    }
    sb_put(b, s.p + i, (size_t)(s.n - i));
    return true;
}
