/* sort.c: the native half of package sort: swapping elements of any
 * slice (for sort.Slice), and sorting []int, []float64 and []string
 * without calling back into the program. */
#include <stdlib.h>
#include <string.h>
#include "natives.h"

/* reflect's name for a kind ("int", "struct", "ptr"...). */
static const char *kind_name(const Type *t)
{
    switch (t->kind) {
    case K_STRUCT: return "struct";
    case K_MAP: return "map";
    case K_POINTER: return "ptr";
    case K_ARRAY: return "array";
    case K_FUNC: return "func";
    case K_CHAN: return "chan";
    case K_INTERFACE: return "interface";
    case K_UNSAFEPTR: return "unsafe.Pointer";
    default:
        /* the predeclared type of the same kind spells it */
        return type_name_of(type_under((Type *)t)->canon, false);
    }
}

/* The slice in [x] (an interface word), or a panic worded as reflect's
 * Swapper words it. */
static Slice *slice_of(G *g, const Iface *x, const Type **elem)
{
    if (!x || x->type->kind != K_SLICE) {
        char msg[300];
        snprintf(msg, sizeof msg, "reflect: call of Swapper on %s Value",
                 x ? kind_name(x->type) : "zero");
        vm_panic_plain(g, msg);
        return NULL;
    }
    *elem = x->type->elem;
    return x->word.p;
}

NATIVE(slice_len)
{
    const Type *et;
    Slice *s = slice_of(g, args[0].p, &et);
    args[0].i = s ? s->len : 0;
}

NATIVE(swap_elems)
{
    const Type *et;
    const void *before = g->panic;
    Slice *s = slice_of(g, args[0].p, &et);
    if (g->panic != before)
        return;
    int64_t i = args[1].i, j = args[2].i, n = s ? s->len : 0;
    if (i < 0 || j < 0 || i >= n || j >= n) {
        vm_panic_plain(g, "reflect: slice index out of range");
        return;
    }
    size_t size = et->size;
    char *a = s->data + (size_t)i * size, *b = s->data + (size_t)j * size;
    if (size == 8) {
        /* one word each: whole-word stores, as assignments make */
        Value t;
        memcpy(&t, a, 8);
        memcpy(a, b, 8);
        memcpy(b, &t, 8);
        return;
    }
    char tmp[256];
    while (size > 0) {
        size_t k = size < sizeof tmp ? size : sizeof tmp;
        memcpy(tmp, a, k);
        memcpy(a, b, k);
        memcpy(b, tmp, k);
        a += k;
        b += k;
        size -= k;
    }
}

static int cmp_int(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/* NaNs first, as Float64Slice.Less orders them. */
static int cmp_float(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    if (a != a)
        return b != b ? 0 : -1;
    if (b != b)
        return 1;
    return a < b ? -1 : a > b;
}

static int cmp_string(const void *x, const void *y)
{
    return str_cmp(*(String *const *)x, *(String *const *)y);
}

static void sort_slice(Slice *s, int (*cmp)(const void *, const void *))
{
    if (s && s->len > 1)
        qsort(s->data, (size_t)s->len, 8, cmp);
}

NATIVE(sort_ints)
{
    (void)g;
    sort_slice(args[0].p, cmp_int);
}

NATIVE(sort_float64s)
{
    (void)g;
    sort_slice(args[0].p, cmp_float);
}

NATIVE(sort_strings)
{
    (void)g;
    sort_slice(args[0].p, cmp_string);
}

static const Native natives[] = {
    {"sort", "sliceLen", NULL, slice_len, NULL},
    {"sort", "swapElems", NULL, swap_elems, NULL},
    {"sort", "sortInts", NULL, sort_ints, NULL},
    {"sort", "sortFloat64s", NULL, sort_float64s, NULL},
    {"sort", "sortStrings", NULL, sort_strings, NULL},
};

static const PackageDef def = {"sort", stdlib_src_sort, natives, sizeof natives / sizeof natives[0]};

void register_sort(void)
{
    vm_register_package(&def);
}
