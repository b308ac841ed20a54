/* strings.c: the native half of package strings. */
#include <string.h>
#include <wctype.h>
#include "lexer.h"
#include "natives.h"

Slice *new_string_slice(int64_t n)
{
    return slice_make(t_string, n, n);
}

static String *sub(String *s, int64_t lo, int64_t hi)
{
    return s ? str_sub(s, lo, hi) : NULL;
}

static int64_t index_of(const String *s, const String *t, int64_t from)
{
    int64_t n = str_len(s), m = str_len(t);
    if (m == 0)
        return from;
    if (m > n - from)
        return -1;
    const char *hay = str_data(s), *needle = str_data(t);
    const char *p = memmem(hay + from, (size_t)(n - from), needle, (size_t)m);
    return p ? p - hay : -1;
}

static int decode(const String *s, int64_t i, int *r)
{
    const unsigned char *p = (const unsigned char *)str_data(s);
    int k = p[i] < 0x80 ? (*r = p[i], 1) : utf8_decode(p + i, (size_t)(str_len(s) - i), r);
    if (k <= 0) {
        *r = 0xFFFD;
        k = 1;
    }
    return k;
}

static bool is_space(int r)
{
    switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
        return true;
    }
    if (r < 0x1000)
        return false;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 ||
           r == 0x202f || r == 0x205f || r == 0x3000;
}

NATIVE(contains)
{
    (void)g;
    args[0].u = index_of(ARG_STR(0), ARG_STR(1), 0) >= 0;
}

NATIVE(index_)
{
    (void)g;
    args[0].i = index_of(ARG_STR(0), ARG_STR(1), 0);
}

NATIVE(last_index)
{
    (void)g;
    const String *s = ARG_STR(0), *t = ARG_STR(1);
    int64_t n = str_len(s), m = str_len(t);
    args[0].i = -1;
    for (int64_t i = n - m; i >= 0; i--)
        if (memcmp(str_data(s) + i, str_data(t), (size_t)m) == 0) {
            args[0].i = i;
            return;
        }
}

NATIVE(index_byte)
{
    (void)g;
    const String *s = ARG_STR(0);
    const char *p = memchr(str_data(s), (int)(args[1].u & 0xff), (size_t)str_len(s));
    args[0].i = p ? p - str_data(s) : -1;
}

NATIVE(index_rune)
{
    (void)g;
    const String *s = ARG_STR(0);
    int64_t want = args[1].i;
    args[0].i = -1;
    for (int64_t i = 0; i < str_len(s);) {
        int r;
        int k = decode(s, i, &r);
        if (r == want) {
            args[0].i = i;
            return;
        }
        i += k;
    }
}

NATIVE(contains_rune)
{
    index_rune(g, args);
    args[0].u = args[0].i >= 0;
}

NATIVE(contains_any)
{
    (void)g;
    const String *s = ARG_STR(0), *chars = ARG_STR(1);
    args[0].u = 0;
    for (int64_t i = 0; i < str_len(s);) {
        int r;
        i += decode(s, i, &r);
        for (int64_t j = 0; j < str_len(chars);) {
            int c;
            j += decode(chars, j, &c);
            if (c == r) {
                args[0].u = 1;
                return;
            }
        }
    }
}

static int64_t rune_count(const String *s)
{
    int64_t c = 0;
    for (int64_t i = 0; i < str_len(s); c++) {
        int r;
        i += decode(s, i, &r);
    }
    return c;
}

NATIVE(count)
{
    (void)g;
    const String *s = ARG_STR(0), *t = ARG_STR(1);
    if (str_len(t) == 0) {
        args[0].i = rune_count(s) + 1;
        return;
    }
    int64_t c = 0, i = 0;
    while ((i = index_of(s, t, i)) >= 0) {
        c++;
        i += str_len(t);
    }
    args[0].i = c;
}

NATIVE(has_prefix)
{
    (void)g;
    const String *s = ARG_STR(0), *p = ARG_STR(1);
    args[0].u = str_len(p) <= str_len(s) && memcmp(str_data(s), str_data(p), (size_t)str_len(p)) == 0;
}

NATIVE(has_suffix)
{
    (void)g;
    const String *s = ARG_STR(0), *p = ARG_STR(1);
    int64_t n = str_len(s), m = str_len(p);
    args[0].u = m <= n && memcmp(str_data(s) + n - m, str_data(p), (size_t)m) == 0;
}

NATIVE(join)
{
    (void)g;
    const Slice *elems = args[0].p;
    const String *sep = ARG_STR(1);
    int64_t n = elems ? elems->len : 0;
    if (n == 0) {
        args[0].p = NULL;
        return;
    }
    String **items = (String **)elems->data;
    int64_t size = str_len(sep) * (n - 1);
    for (int64_t i = 0; i < n; i++)
        size += str_len(items[i]);
    char *d;
    String *out = str_alloc(size, &d);
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            memcpy(d, str_data(sep), (size_t)str_len(sep));
            d += str_len(sep);
        }
        memcpy(d, str_data(items[i]), (size_t)str_len(items[i]));
        d += str_len(items[i]);
    }
    args[0].p = size ? out : NULL;
}

NATIVE(repeat)
{
    const String *s = ARG_STR(0);
    int64_t count = args[1].i;
    if (count < 0) {
        vm_panic_plain(g, "strings: negative Repeat count");
        return;
    }
    int64_t n = str_len(s);
    if (n && count > (int64_t)(1LL << 40) / n) {
        vm_panic_plain(g, "strings: Repeat output length overflow");
        return;
    }
    char *d;
    String *out = str_alloc(n * count, &d);
    for (int64_t i = 0; i < count; i++)
        memcpy(d + i * n, str_data(s), (size_t)n);
    args[0].p = (n && count) ? out : NULL;
}

/* Go's genSplit: [n] < 0 means all. */
static Slice *gen_split(String *s, const String *sep, int64_t n)
{
    if (n == 0)
        return NULL;
    int64_t len = str_len(s);
    if (str_len(sep) == 0) {
        /* explode into UTF-8 sequences */
        int64_t count = rune_count(s);
        if (n < 0 || n > count)
            n = count;
        Slice *out = new_string_slice(n);
        String **items = (String **)out->data;
        int64_t i = 0;
        for (int64_t k = 0; k < n; k++) {
            if (k == n - 1) {
                items[k] = sub(s, i, len);
                break;
            }
            int r;
            int size = decode(s, i, &r);
            items[k] = sub(s, i, i + size);
            i += size;
        }
        return out;
    }
    int64_t count = 1;
    for (int64_t i = 0; (i = index_of(s, sep, i)) >= 0; i += str_len(sep))
        count++;
    if (n > 0 && count > n)
        count = n;
    Slice *out = new_string_slice(count);
    String **items = (String **)out->data;
    int64_t start = 0;
    for (int64_t k = 0; k < count - 1; k++) {
        int64_t at = index_of(s, sep, start);
        items[k] = sub(s, start, at);
        start = at + str_len(sep);
    }
    items[count - 1] = sub(s, start, len);
    return out;
}

NATIVE(split)
{
    (void)g;
    args[0].p = gen_split(ARG_STR(0), ARG_STR(1), -1);
}

NATIVE(split_n)
{
    (void)g;
    args[0].p = gen_split(ARG_STR(0), ARG_STR(1), args[2].i);
}

NATIVE(fields)
{
    (void)g;
    String *s = ARG_STR(0);
    int64_t n = str_len(s);
    int64_t count = 0;
    bool in = false;
    for (int64_t i = 0; i < n;) {
        int r;
        int k = decode(s, i, &r);
        bool sp = is_space(r);
        if (!sp && !in)
            count++;
        in = !sp;
        i += k;
    }
    Slice *out = new_string_slice(count);
    String **items = (String **)out->data;
    int64_t idx = 0, start = -1;
    for (int64_t i = 0; i <= n;) {
        int r = ' ', k = 1;
        if (i < n)
            k = decode(s, i, &r);
        bool sp = i == n || is_space(r);
        if (sp && start >= 0) {
            items[idx++] = sub(s, start, i);
            start = -1;
        } else if (!sp && start < 0) {
            start = i;
        }
        i += k;
    }
    args[0].p = out;
}

static String *map_case(String *s, bool upper)
{
    int64_t n = str_len(s);
    bool ascii = true, change = false;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c >= 0x80)
            ascii = false;
        else if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
            change = true;
    }
    if (ascii) {
        if (!change)
            return s;
        char *d;
        String *out = str_alloc(n, &d);
        for (int64_t i = 0; i < n; i++) {
            char c = s->data[i];
            if (upper && c >= 'a' && c <= 'z')
                c = (char)(c - 32);
            else if (!upper && c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            d[i] = c;
        }
        return out;
    }
    StrBuf b = {0};
    for (int64_t i = 0; i < n;) {
        int r;
        int k = decode(s, i, &r);
        const unsigned char *p = (const unsigned char *)s->data + i;
        int ok;
        if (p[0] >= 0x80 && utf8_decode(p, (size_t)(n - i), &ok) <= 0) {
            sb_put(&b, "\xEF\xBF\xBD", 3);
        } else {
            int m = upper ? (int)towupper((wint_t)r) : (int)towlower((wint_t)r);
            char enc[4];
            int len = utf8_encode(m, enc);
            sb_put(&b, enc, (size_t)len);
        }
        i += k;
    }
    return str_new(b.data, (int64_t)b.len);
}

NATIVE(to_upper)
{
    (void)g;
    args[0].p = map_case(ARG_STR(0), true);
}

NATIVE(to_lower)
{
    (void)g;
    args[0].p = map_case(ARG_STR(0), false);
}

static bool in_cutset(int r, const String *cut)
{
    for (int64_t j = 0; j < str_len(cut);) {
        int c;
        j += decode(cut, j, &c);
        if (c == r)
            return true;
    }
    return false;
}

/* Trims runes matching [cut] (NULL: Unicode space) from the left and/or
 * right. */
static String *trim(String *s, const String *cut, bool left, bool right)
{
    int64_t lo = 0, hi = str_len(s);
    while (left && lo < hi) {
        int r;
        int k = decode(s, lo, &r);
        if (cut ? !in_cutset(r, cut) : !is_space(r))
            break;
        lo += k;
    }
    while (right && hi > lo) {
        /* step back one UTF-8 sequence */
        int64_t start = hi - 1;
        while (start > lo && ((unsigned char)s->data[start] & 0xC0) == 0x80 && hi - start < 4)
            start--;
        int r;
        int k = decode(s, start, &r);
        if (start + k != hi) {
            start = hi - 1;
            r = 0xFFFD;
        }
        if (cut ? !in_cutset(r, cut) : !is_space(r))
            break;
        hi = start;
    }
    return sub(s, lo, hi);
}

NATIVE(trim_space)
{
    (void)g;
    args[0].p = trim(ARG_STR(0), NULL, true, true);
}

NATIVE(trim_)
{
    (void)g;
    args[0].p = trim(ARG_STR(0), ARG_STR(1), true, true);
}

NATIVE(trim_left)
{
    (void)g;
    args[0].p = trim(ARG_STR(0), ARG_STR(1), true, false);
}

NATIVE(trim_right)
{
    (void)g;
    args[0].p = trim(ARG_STR(0), ARG_STR(1), false, true);
}

NATIVE(trim_prefix)
{
    (void)g;
    String *s = ARG_STR(0), *p = ARG_STR(1);
    if (str_len(p) <= str_len(s) && memcmp(str_data(s), str_data(p), (size_t)str_len(p)) == 0)
        args[0].p = sub(s, str_len(p), str_len(s));
}

NATIVE(trim_suffix)
{
    (void)g;
    String *s = ARG_STR(0), *p = ARG_STR(1);
    int64_t n = str_len(s), m = str_len(p);
    if (m <= n && memcmp(str_data(s) + n - m, str_data(p), (size_t)m) == 0)
        args[0].p = sub(s, 0, n - m);
}

static String *replace(String *s, const String *old, const String *new_, int64_t n)
{
    int64_t len = str_len(s), m = str_len(old);
    if (n == 0)
        return s;
    StrBuf b = {0};
    int64_t done = 0, i = 0;
    if (m == 0) {
        /* insert before each rune and at the end */
        while (n < 0 || done < n) {
            sb_put(&b, str_data(new_), (size_t)str_len(new_));
            done++;
            if (i >= len)
                break;
            int r;
            int k = decode(s, i, &r);
            sb_put(&b, s->data + i, (size_t)k);
            i += k;
        }
        if (i < len)
            sb_put(&b, s->data + i, (size_t)(len - i));
        return str_new(b.data, (int64_t)b.len);
    }
    while (n < 0 || done < n) {
        int64_t at = index_of(s, old, i);
        if (at < 0)
            break;
        sb_put(&b, str_data(s) + i, (size_t)(at - i));
        sb_put(&b, str_data(new_), (size_t)str_len(new_));
        i = at + m;
        done++;
    }
    if (done == 0)
        return s;
    sb_put(&b, str_data(s) + i, (size_t)(len - i));
    return str_new(b.data, (int64_t)b.len);
}

NATIVE(replace_)
{
    (void)g;
    args[0].p = replace(ARG_STR(0), ARG_STR(1), ARG_STR(2), args[3].i);
}

NATIVE(replace_all)
{
    (void)g;
    args[0].p = replace(ARG_STR(0), ARG_STR(1), ARG_STR(2), -1);
}

NATIVE(equal_fold)
{
    (void)g;
    String *a = ARG_STR(0), *b = ARG_STR(1);
    int64_t i = 0, j = 0;
    args[0].u = 0;
    while (i < str_len(a) && j < str_len(b)) {
        int r1, r2;
        i += decode(a, i, &r1);
        j += decode(b, j, &r2);
        if (r1 != r2 && towlower((wint_t)r1) != towlower((wint_t)r2) &&
            towupper((wint_t)r1) != towupper((wint_t)r2))
            return;
    }
    args[0].u = i == str_len(a) && j == str_len(b);
}

static const Native natives[] = {
    {"strings", "Contains", NULL, contains, NULL},
    {"strings", "ContainsRune", NULL, contains_rune, NULL},
    {"strings", "ContainsAny", NULL, contains_any, NULL},
    {"strings", "Count", NULL, count, NULL},
    {"strings", "HasPrefix", NULL, has_prefix, NULL},
    {"strings", "HasSuffix", NULL, has_suffix, NULL},
    {"strings", "Index", NULL, index_, NULL},
    {"strings", "IndexByte", NULL, index_byte, NULL},
    {"strings", "IndexRune", NULL, index_rune, NULL},
    {"strings", "LastIndex", NULL, last_index, NULL},
    {"strings", "Join", NULL, join, NULL},
    {"strings", "Repeat", NULL, repeat, NULL},
    {"strings", "Replace", NULL, replace_, NULL},
    {"strings", "ReplaceAll", NULL, replace_all, NULL},
    {"strings", "Split", NULL, split, NULL},
    {"strings", "SplitN", NULL, split_n, NULL},
    {"strings", "Fields", NULL, fields, NULL},
    {"strings", "ToUpper", NULL, to_upper, NULL},
    {"strings", "ToLower", NULL, to_lower, NULL},
    {"strings", "TrimSpace", NULL, trim_space, NULL},
    {"strings", "Trim", NULL, trim_, NULL},
    {"strings", "TrimLeft", NULL, trim_left, NULL},
    {"strings", "TrimRight", NULL, trim_right, NULL},
    {"strings", "TrimPrefix", NULL, trim_prefix, NULL},
    {"strings", "TrimSuffix", NULL, trim_suffix, NULL},
    {"strings", "EqualFold", NULL, equal_fold, NULL},
};

static const PackageDef def = {"strings", stdlib_src_strings, natives, sizeof natives / sizeof natives[0]};

void register_strings(void)
{
    vm_register_package(&def);
}
