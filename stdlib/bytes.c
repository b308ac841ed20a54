/* bytes.c: the native half of package bytes, over the algorithms strings
 * uses (text.c). Pieces that Split, Fields and the Trims return share
 * the argument's array, as Go's do. */
#include <string.h>
#include "natives.h"
#include "text.h"

/* []byte, the element type of the [][]byte results. */
static Type *byte_slice;

static Text text_of(const Slice *s)
{
    return s ? (Text){s->data, s->len} : (Text){"", 0};
}

#define TB(i) text_of((const Slice *)args[i].p)
#define TS(i) (Text){str_data(ARG_STR(i)), str_len(ARG_STR(i))}

/* A new []byte holding [n] bytes from [p] (empty but not nil if none). */
static Slice *copy_bytes(const char *p, int64_t n)
{
    Slice *s = slice_make(t_uint8, n, n);
    memcpy(s->data, p, (size_t)n);
    return s;
}

static Slice *from_buf(const StrBuf *b)
{
    return copy_bytes(b->data, (int64_t)b->len);
}

/* s[lo:hi:hi], or s[lo:] when [full_cap]. */
static Slice *piece(Slice *s, int64_t lo, int64_t hi, bool full_cap)
{
    if (!s)
        return NULL;
    int64_t cap = full_cap ? s->cap - lo : hi - lo;
    return slice_header(s->data + lo, hi - lo, cap);
}

#define INT_NATIVE(name, expr)                                                 \
    NATIVE(name)                                                               \
    {                                                                          \
        (void)g;                                                               \
        args[0].i = (expr);                                                    \
    }

INT_NATIVE(index_, text_index(TB(0), TB(1), 0))
INT_NATIVE(last_index, text_last_index(TB(0), TB(1)))
INT_NATIVE(index_rune, text_index_rune(TB(0), (int32_t)args[1].i))
INT_NATIVE(index_any, text_index_any(TB(0), TS(1)))
INT_NATIVE(last_index_any, text_last_index_any(TB(0), TS(1)))
INT_NATIVE(count, text_count(TB(0), TB(1)))
INT_NATIVE(compare, text_compare(TB(0), TB(1)))
INT_NATIVE(equal_fold, text_equal_fold(TB(0), TB(1)))

NATIVE(index_byte)
{
    (void)g;
    Text s = TB(0);
    const char *at = memchr(s.p, (int)(args[1].u & 0xff), (size_t)s.n);
    args[0].i = at ? at - s.p : -1;
}

NATIVE(last_index_byte)
{
    (void)g;
    Text s = TB(0);
    const char *at = memrchr(s.p, (int)(args[1].u & 0xff), (size_t)s.n);
    args[0].i = at ? at - s.p : -1;
}

NATIVE(equal)
{
    (void)g;
    Text a = TB(0), b = TB(1);
    args[0].u = a.n == b.n && memcmp(a.p, b.p, (size_t)a.n) == 0;
}

/* split(s, sep, save, n) [][]byte: every piece but the last has its
 * capacity cut to its length. The result has the capacity of Go's
 * make([][]byte, n): with a separator, n (or the count of pieces when
 * n < 0) clipped to len(s)+1; without one (explode), n clipped to
 * len(s) bytes, not runes. */
NATIVE(split)
{
    (void)g;
    Slice *s = args[0].p;
    int64_t *bounds;
    int64_t want = args[3].i, len = s ? s->len : 0;
    int64_t n = text_split(TB(0), TB(1), args[2].i, want, &bounds);
    if (want == 0) {
        args[0].p = NULL;
        return;
    }
    int64_t cap = n;
    if (TB(1).n > 0 && want > 0)
        cap = want < len + 1 ? want : len + 1;
    else if (TB(1).n == 0)
        cap = want > 0 && want <= len ? want : len;
    if (cap < n)
        cap = n;
    Slice *out = slice_make(byte_slice, n, cap);
    Slice **items = (Slice **)out->data;
    for (int64_t k = 0; k < n; k++)
        items[k] = piece(s, bounds[2 * k], bounds[2 * k + 1], k == n - 1);
    args[0].p = out;
}

NATIVE(fields)
{
    (void)g;
    Slice *s = args[0].p;
    int64_t *bounds;
    int64_t n = text_fields(TB(0), &bounds);
    Slice *out = slice_make(byte_slice, n, n);
    Slice **items = (Slice **)out->data;
    for (int64_t k = 0; k < n; k++)
        items[k] = piece(s, bounds[2 * k], bounds[2 * k + 1], false);
    args[0].p = out;
}

/* trimBounds(s, cutset, spaces, left, right) (lo, hi int). */
NATIVE(trim_bounds)
{
    (void)g;
    Text cut = TS(1);
    int64_t lo, hi;
    text_trim(TB(0), args[2].u ? NULL : &cut, args[3].u, args[4].u, &lo, &hi);
    args[0].i = lo;
    args[1].i = hi;
}

/* mapCase(s, which) []byte: a new slice; Go's ToUpper and friends never
 * return their argument. */
NATIVE(map_case)
{
    (void)g;
    StrBuf b = {0};
    Text s = TB(0);
    if (!text_map_case(&b, s, (int)args[1].i))
        sb_put(&b, s.p, (size_t)s.n);
    args[0].p = from_buf(&b);
}

/* replace(s, old, new, n) []byte, always a copy; nil for an empty result
 * with nothing replaced, as Go's append([]byte(nil), s...) gives. */
NATIVE(replace_)
{
    (void)g;
    StrBuf b = {0};
    Text s = TB(0);
    if (!text_replace(&b, s, TB(1), TB(2), args[3].i)) {
        args[0].p = s.n ? copy_bytes(s.p, s.n) : NULL;
        return;
    }
    args[0].p = from_buf(&b);
}

static const Native natives[] = {
    {"bytes", "Index", NULL, index_, NULL},
    {"bytes", "LastIndex", NULL, last_index, NULL},
    {"bytes", "IndexByte", NULL, index_byte, NULL},
    {"bytes", "LastIndexByte", NULL, last_index_byte, NULL},
    {"bytes", "IndexRune", NULL, index_rune, NULL},
    {"bytes", "IndexAny", NULL, index_any, NULL},
    {"bytes", "LastIndexAny", NULL, last_index_any, NULL},
    {"bytes", "Count", NULL, count, NULL},
    {"bytes", "Compare", NULL, compare, NULL},
    {"bytes", "EqualFold", NULL, equal_fold, NULL},
    {"bytes", "Equal", NULL, equal, NULL},
    {"bytes", "split", NULL, split, NULL},
    {"bytes", "Fields", NULL, fields, NULL},
    {"bytes", "trimBounds", NULL, trim_bounds, NULL},
    {"bytes", "mapCase", NULL, map_case, NULL},
    {"bytes", "replace", NULL, replace_, NULL},
};

static const PackageDef def = {"bytes", stdlib_src_bytes, natives, sizeof natives / sizeof natives[0]};

void register_bytes(void)
{
    byte_slice = type_slice(t_uint8);
    vm_register_package(&def);
}
