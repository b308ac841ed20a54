/* strings.c: the native half of package strings, over the shared
 * algorithms of text.c. Functions that take a func argument are written
 * in Go (strings.go), so the callback may block. */
#include <string.h>
#include "natives.h"
#include "text.h"

Slice *new_string_slice(int64_t n)
{
    return slice_make(t_string, n, n);
}

static Text text_of(const String *s)
{
    return (Text){str_data(s), str_len(s)};
}

#define TX(i) text_of(ARG_STR(i))

static String *sub(String *s, int64_t lo, int64_t hi)
{
    return s && lo < hi ? str_sub(s, lo, hi) : NULL;
}

static String *from_buf(const StrBuf *b)
{
    return str_new(b->data, (int64_t)b->len);
}

NATIVE(contains)
{
    (void)g;
    args[0].u = text_index(TX(0), TX(1), 0) >= 0;
}

NATIVE(contains_rune)
{
    (void)g;
    args[0].u = text_contains_rune(TX(0), (int32_t)args[1].i);
}

NATIVE(contains_any)
{
    (void)g;
    args[0].u = text_index_any(TX(0), TX(1)) >= 0;
}

NATIVE(count)
{
    (void)g;
    args[0].i = text_count(TX(0), TX(1));
}

NATIVE(has_prefix)
{
    (void)g;
    Text s = TX(0), p = TX(1);
    args[0].u = p.n <= s.n && memcmp(s.p, p.p, (size_t)p.n) == 0;
}

NATIVE(has_suffix)
{
    (void)g;
    Text s = TX(0), p = TX(1);
    args[0].u = p.n <= s.n && memcmp(s.p + s.n - p.n, p.p, (size_t)p.n) == 0;
}

NATIVE(index_)
{
    (void)g;
    args[0].i = text_index(TX(0), TX(1), 0);
}

NATIVE(index_byte)
{
    (void)g;
    Text s = TX(0);
    const char *at = memchr(s.p, (int)(args[1].u & 0xff), (size_t)s.n);
    args[0].i = at ? at - s.p : -1;
}

NATIVE(index_rune)
{
    (void)g;
    args[0].i = text_index_rune(TX(0), (int32_t)args[1].i);
}

NATIVE(index_any)
{
    (void)g;
    args[0].i = text_index_any(TX(0), TX(1));
}

NATIVE(last_index)
{
    (void)g;
    args[0].i = text_last_index(TX(0), TX(1));
}

NATIVE(last_index_any)
{
    (void)g;
    args[0].i = text_last_index_any(TX(0), TX(1));
}

NATIVE(last_index_byte)
{
    (void)g;
    Text s = TX(0);
    const char *at = memrchr(s.p, (int)(args[1].u & 0xff), (size_t)s.n);
    args[0].i = at ? at - s.p : -1;
}

NATIVE(compare)
{
    (void)g;
    args[0].i = text_compare(TX(0), TX(1));
}

NATIVE(equal_fold)
{
    (void)g;
    args[0].u = text_equal_fold(TX(0), TX(1));
}

NATIVE(join)
{
    (void)g;
    const Slice *elems = args[0].p;
    Text sep = TX(1);
    int64_t n = elems ? elems->len : 0;
    String **items = n ? (String **)elems->data : NULL;
    int64_t size = n ? sep.n * (n - 1) : 0;
    for (int64_t i = 0; i < n; i++)
        size += str_len(items[i]);
    if (size == 0) {
        args[0].p = NULL;
        return;
    }
    char *d;
    String *out = str_alloc(size, &d);
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            memcpy(d, sep.p, (size_t)sep.n);
            d += sep.n;
        }
        memcpy(d, str_data(items[i]), (size_t)str_len(items[i]));
        d += str_len(items[i]);
    }
    args[0].p = out;
}

/* repeat(s, count): Repeat after strings.go has checked the count. */
NATIVE(repeat)
{
    Text s = TX(0);
    int64_t count = args[1].i;
    if (s.n && count > (int64_t)(1LL << 40) / s.n) {
        vm_panic_plain(g, "runtime: out of memory");
        return;
    }
    if (s.n == 0 || count <= 0) {
        args[0].p = NULL;
        return;
    }
    char *d;
    String *out = str_alloc(s.n * count, &d);
    for (int64_t i = 0; i < count; i++)
        memcpy(d + i * s.n, s.p, (size_t)s.n);
    args[0].p = out;
}

/* The pieces of [s] between [bounds], as a []string. A piece of an
 * exploded string (empty separator) that is not valid UTF-8 becomes
 * "\uFFFD", as Go's explode makes it; the last piece stays as it is. */
static Slice *pieces(String *s, const int64_t *bounds, int64_t n, int64_t cap, bool explode)
{
    Slice *out = slice_make(t_string, n, cap);
    String **items = (String **)out->data;
    /* the pieces' headers share one block: one allocation, not n */
    String *headers = n > 0 ? rt_alloc(sizeof(String) * (size_t)n) : NULL;
    for (int64_t k = 0; k < n; k++) {
        int64_t lo = bounds[2 * k], hi = bounds[2 * k + 1];
        if (explode && k < n - 1 && hi - lo == 1 && (unsigned char)s->data[lo] >= 0x80) {
            items[k] = str_new("\xEF\xBF\xBD", 3);
        } else if (lo >= hi) {
            items[k] = NULL;
        } else if (lo == 0 && hi == s->len) {
            items[k] = s;
        } else {
            headers[k].len = hi - lo;
            headers[k].data = s->data + lo;
            items[k] = &headers[k];
        }
    }
    return out;
}

static Slice *split(String *s, String *sep, int64_t save, int64_t n)
{
    int64_t *bounds;
    int64_t count = text_split(text_of(s), text_of(sep), save, n, &bounds);
    if (n == 0)
        return NULL;
    /* the capacity of Go's make([]string, n): for SplitN with n > 0 and a
     * separator, n clipped to len(s)+1, even when fewer pieces came */
    int64_t cap = count;
    if (n > 0 && str_len(sep) > 0)
        cap = n < str_len(s) + 1 ? n : str_len(s) + 1;
    return pieces(s, bounds, count, cap, str_len(sep) == 0);
}

NATIVE(split_)
{
    (void)g;
    args[0].p = split(ARG_STR(0), ARG_STR(1), 0, -1);
}

NATIVE(split_n)
{
    (void)g;
    args[0].p = split(ARG_STR(0), ARG_STR(1), 0, args[2].i);
}

NATIVE(split_after)
{
    (void)g;
    args[0].p = split(ARG_STR(0), ARG_STR(1), str_len(ARG_STR(1)), -1);
}

NATIVE(split_after_n)
{
    (void)g;
    args[0].p = split(ARG_STR(0), ARG_STR(1), str_len(ARG_STR(1)), args[2].i);
}

NATIVE(fields)
{
    (void)g;
    int64_t *bounds;
    int64_t n = text_fields(TX(0), &bounds);
    args[0].p = pieces(ARG_STR(0), bounds, n, n, false);
}

static void map_case(Value *args, int which)
{
    StrBuf b = {0};
    if (text_map_case(&b, TX(0), which))
        args[0].p = from_buf(&b);
}

NATIVE(to_upper)
{
    (void)g;
    map_case(args, 0);
}

NATIVE(to_lower)
{
    (void)g;
    map_case(args, 1);
}

NATIVE(to_title)
{
    (void)g;
    map_case(args, 2);
}

static void trim(Value *args, const Text *cutset, bool left, bool right)
{
    int64_t lo, hi;
    text_trim(TX(0), cutset, left, right, &lo, &hi);
    args[0].p = sub(ARG_STR(0), lo, hi);
}

NATIVE(trim_space)
{
    (void)g;
    trim(args, NULL, true, true);
}

NATIVE(trim_)
{
    (void)g;
    Text cut = TX(1);
    trim(args, &cut, true, true);
}

NATIVE(trim_left)
{
    (void)g;
    Text cut = TX(1);
    trim(args, &cut, true, false);
}

NATIVE(trim_right)
{
    (void)g;
    Text cut = TX(1);
    trim(args, &cut, false, true);
}

static void replace(Value *args, int64_t n)
{
    StrBuf b = {0};
    if (text_replace(&b, TX(0), TX(1), TX(2), n))
        args[0].p = from_buf(&b);
}

NATIVE(replace_)
{
    (void)g;
    replace(args, args[3].i);
}

NATIVE(replace_all)
{
    (void)g;
    replace(args, -1);
}

/* The pair of [oldnew] (a []string of old, new pairs) that a Replacer
 * applies at [i]: the first, in argument order, whose old string starts
 * there, leaving out empty ones when [no_empty]. -1 if none. */
static int64_t match_at(String **oldnew, int64_t npairs, Text s, int64_t i, bool no_empty)
{
    for (int64_t k = 0; k < npairs; k++) {
        Text old = text_of(oldnew[2 * k]);
        if (old.n == 0 ? no_empty : (old.n > s.n - i || memcmp(s.p + i, old.p, (size_t)old.n) != 0))
            continue;
        return k;
    }
    return -1;
}

/* replace(oldnew, s): Replacer.Replace. Works on bytes, so an empty old
 * string matches between any two bytes, but never twice in one place. */
NATIVE(replacer_replace)
{
    (void)g;
    const Slice *on = args[0].p;
    String **oldnew = on ? (String **)on->data : NULL;
    int64_t npairs = on ? on->len / 2 : 0;
    String *src = ARG_STR(1);
    Text s = text_of(src);
    StrBuf b = {0};
    bool any = false, after_empty = false;
    int64_t last = 0;
    for (int64_t i = 0; i <= s.n;) {
        int64_t k = match_at(oldnew, npairs, s, i, after_empty);
        if (k < 0) {
            after_empty = false;
            i++;
            continue;
        }
        Text old = text_of(oldnew[2 * k]), new_ = text_of(oldnew[2 * k + 1]);
        sb_put(&b, s.p + last, (size_t)(i - last));
        sb_put(&b, new_.p, (size_t)new_.n);
        any = true;
        after_empty = old.n == 0;
        i += old.n;
        last = i;
    }
    if (!any) {
        args[0].p = src;
        return;
    }
    sb_put(&b, s.p + last, (size_t)(s.n - last));
    args[0].p = from_buf(&b);
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
    {"strings", "IndexAny", NULL, index_any, NULL},
    {"strings", "LastIndex", NULL, last_index, NULL},
    {"strings", "LastIndexAny", NULL, last_index_any, NULL},
    {"strings", "LastIndexByte", NULL, last_index_byte, NULL},
    {"strings", "Compare", NULL, compare, NULL},
    {"strings", "EqualFold", NULL, equal_fold, NULL},
    {"strings", "Join", NULL, join, NULL},
    {"strings", "repeat", NULL, repeat, NULL},
    {"strings", "Replace", NULL, replace_, NULL},
    {"strings", "ReplaceAll", NULL, replace_all, NULL},
    {"strings", "Split", NULL, split_, NULL},
    {"strings", "SplitN", NULL, split_n, NULL},
    {"strings", "SplitAfter", NULL, split_after, NULL},
    {"strings", "SplitAfterN", NULL, split_after_n, NULL},
    {"strings", "Fields", NULL, fields, NULL},
    {"strings", "ToUpper", NULL, to_upper, NULL},
    {"strings", "ToLower", NULL, to_lower, NULL},
    {"strings", "ToTitle", NULL, to_title, NULL},
    {"strings", "TrimSpace", NULL, trim_space, NULL},
    {"strings", "Trim", NULL, trim_, NULL},
    {"strings", "TrimLeft", NULL, trim_left, NULL},
    {"strings", "TrimRight", NULL, trim_right, NULL},
    {"strings", "replace", NULL, replacer_replace, NULL},
};

static const PackageDef def = {"strings", stdlib_src_strings, natives, sizeof natives / sizeof natives[0]};

void register_strings(void)
{
    vm_register_package(&def);
}
