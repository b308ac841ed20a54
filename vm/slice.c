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

/* Go's malloc size classes (runtime/sizeclasses.go): a small allocation
 * is rounded up to one of these; a large one to whole 8 KiB pages. */
static const uint16_t size_classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
    320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
    1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
    9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
    27264, 28672, 32768};

uint64_t slice_roundupsize(uint64_t size)
{
    if (size < 32768) {
        int lo = 0, hi = (int)(sizeof size_classes / sizeof size_classes[0]) - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (size_classes[mid] >= size)
                hi = mid;
            else
                lo = mid + 1;
        }
        return size_classes[lo];
    }
    if (size + 8192 < size)
        return size;
    return (size + 8191) & ~(uint64_t)8191;
}

/* The capacity Go gives a new heap slice of [n] elements of [esize]
 * bytes made by the runtime (a string converted to []byte or []rune):
 * the allocation rounded up to its size class. (A result that does not
 * escape gets a 32-element stack buffer in Go; gosh cannot know.) */
int64_t slice_heap_cap(int64_t n, uint64_t esize)
{
    if (n <= 0 || (uint64_t)n > (UINT64_MAX / 2) / esize)
        return n;
    return (int64_t)(slice_roundupsize((uint64_t)n * esize) / esize);
}

/* Go 1.19's growth (runtime/slice.go growslice): double below 256
 * elements, then grow by (cap + 768) / 4 until it is enough, and round
 * the bytes up to the allocator's size class, all counted in Go's own
 * element size, so that cap() and which appends share an array come out
 * as in Go. */
int64_t slice_grow_cap(int64_t old_cap, int64_t needed, const Type *elem)
{
    /* Go's arithmetic wraps where it would overflow and then falls back
     * on [needed]; this saturates instead */
    int64_t cap = old_cap;
    int64_t doublecap = cap > INT64_MAX / 2 ? INT64_MAX : cap + cap;
    if (needed > doublecap) {
        cap = needed;
    } else {
        const int64_t threshold = 256;
        if (old_cap < threshold) {
            cap = doublecap;
        } else {
            while (cap > 0 && cap < needed) {
                if (cap > INT64_MAX - (cap + 3 * threshold) / 4) {
                    cap = needed;
                    break;
                }
                cap += (cap + 3 * threshold) / 4;
            }
            if (cap <= 0)
                cap = needed;
        }
    }
    uint64_t esize = type_go_size(elem);
    if (esize > 0 && (uint64_t)cap <= (UINT64_MAX / 2) / esize) {
        uint64_t bytes = slice_roundupsize((uint64_t)cap * esize);
        cap = (int64_t)(bytes / esize);
    }
    return cap;
}

static Slice *grow(Slice *s, const Type *elem, int64_t needed)
{
    int64_t len = s ? s->len : 0;
    int64_t cap = slice_grow_cap(s ? s->cap : 0, needed, elem);
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
