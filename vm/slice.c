/* slice.c: slices and their backing arrays. */
#include <string.h>
#include "object.h"

void *array_alloc(const Type *elem, int64_t n)
{
    size_t size = (size_t)n * elem->size;
    return rt_alloc_zeroed(size, type_has_ptr(elem));
}

Slice *slice_header(char *data, int64_t len, int64_t cap)
{
    Slice *s = rt_alloc(sizeof *s);
    s->data = data;
    s->len = len;
    s->cap = cap;
    return s;
}

Slice *slice_make(const Type *elem, int64_t len, int64_t cap)
{
    return slice_header(array_alloc(elem, cap), len, cap);
}

/* Go's growth rule (runtime/slice.go, go1.20+): double small slices, grow
 * large ones by about 1.25x, then round up to the allocator's size class;
 * we round to whole 8-byte words. */
int64_t slice_grow_cap(int64_t old_cap, int64_t needed, uint32_t esize)
{
    /* Go's arithmetic wraps where it would overflow and then falls back
     * on [needed]; this saturates instead (only slices of zero-size
     * elements get this long) */
    int64_t cap = old_cap;
    int64_t doublecap = cap > INT64_MAX / 2 ? INT64_MAX : cap + cap;
    if (needed > doublecap) {
        cap = needed;
    } else {
        const int64_t threshold = 256;
        if (old_cap < threshold) {
            cap = doublecap;
        } else {
            while (cap < needed) {
                int64_t step = cap / 4 + 3 * threshold / 4; /* (cap + 3*threshold) / 4 */
                if (cap > INT64_MAX - step) {
                    cap = needed;
                    break;
                }
                cap += step;
            }
        }
    }
    if (esize > 0 && esize < 8 && cap <= INT64_MAX / 8) {
        int64_t bytes = (cap * esize + 7) & ~7;
        cap = bytes / esize;
    }
    return cap;
}

static Slice *grow(Slice *s, const Type *elem, int64_t needed)
{
    int64_t len = s ? s->len : 0;
    int64_t cap = slice_grow_cap(s ? s->cap : 0, needed, elem->size);
    char *data = array_alloc(elem, cap);
    if (len)
        memcpy(data, s->data, (size_t)len * elem->size);
    return slice_header(data, len, cap);
}

Slice *slice_append(Slice *s, const Type *elem, const void *src)
{
    int64_t len = s ? s->len : 0;
    Slice *r;
    if (s && len < s->cap)
        r = slice_header(s->data, len, s->cap);
    else
        r = grow(s, elem, len + 1);
    memcpy(r->data + (size_t)len * elem->size, src, elem->size);
    r->len = len + 1;
    return r;
}

Slice *slice_append_slice(Slice *s, const Type *elem, const char *data, int64_t n)
{
    int64_t len = s ? s->len : 0;
    if (n == 0)
        return s;
    Slice *r;
    if (s && len + n <= s->cap)
        r = slice_header(s->data, len, s->cap);
    else
        r = grow(s, elem, len + n);
    memmove(r->data + (size_t)len * elem->size, data, (size_t)n * elem->size);
    r->len = len + n;
    return r;
}

Iface *iface_box(const Type *t, Value v)
{
    Iface *i = rt_alloc(sizeof *i);
    i->type = t;
    i->word = v;
    return i;
}
