/* mapsort.c: the order in which fmt prints map keys (Go's
 * internal/fmtsort): numbers and strings ascending, false before true,
 * NaN first, structs and arrays field by field, interfaces by type and
 * then value. */
#include <stdlib.h>
#include <string.h>
#include "format.h"

Value fmt_load(const char *base, const Type *t)
{
    Value v;
    v.u = 0;
    switch (t->memkind) {
    case M_I8: v.i = *(const int8_t *)base; break;
    case M_U8: v.u = *(const uint8_t *)base; break;
    case M_I16: v.i = *(const int16_t *)base; break;
    case M_U16: v.u = *(const uint16_t *)base; break;
    case M_I32: v.i = *(const int32_t *)base; break;
    case M_U32: v.u = *(const uint32_t *)base; break;
    case M_F32: v.f = *(const float *)base; break;
    case M_WORD: memcpy(&v, base, 8); break;
    case M_BLOCK: v.p = (void *)base; break;
    }
    return v;
}

void fmt_store(char *dst, Value v, const Type *t)
{
    switch (t->memkind) {
    case M_I8: case M_U8: *(uint8_t *)dst = (uint8_t)v.u; break;
    case M_I16: case M_U16: *(uint16_t *)dst = (uint16_t)v.u; break;
    case M_I32: case M_U32: *(uint32_t *)dst = (uint32_t)v.u; break;
    case M_F32: *(float *)dst = (float)v.f; break;
    case M_WORD: memcpy(dst, &v, 8); break;
    case M_BLOCK: memcpy(dst, v.p, t->size); break;
    }
}

static int compare_values(Value a, Value b, const Type *t);

/* The order fmt prints map keys in (internal/fmtsort). */
static int compare_values(Value a, Value b, const Type *t)
{
    switch (t->kind) {
    case K_BOOL:
        return (int)a.u - (int)b.u;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        return a.i < b.i ? -1 : a.i > b.i;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
    case K_POINTER: case K_CHAN:
        return a.u < b.u ? -1 : a.u > b.u;
    case K_FLOAT32: case K_FLOAT64:
        if (a.f != a.f)
            return b.f != b.f ? 0 : -1;
        if (b.f != b.f)
            return 1;
        return a.f < b.f ? -1 : a.f > b.f;
    case K_COMPLEX64: case K_COMPLEX128: {
        /* by real part, then imaginary part, each as a float */
        Value ar = {.f = cplx_re(a.p)}, br = {.f = cplx_re(b.p)};
        Value ai = {.f = cplx_im(a.p)}, bi = {.f = cplx_im(b.p)};
        int c = compare_values(ar, br, t_float64);
        return c ? c : compare_values(ai, bi, t_float64);
    }
    case K_STRING:
        return str_cmp(a.p, b.p);
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            int c = compare_values(fmt_load((char *)a.p + f->offset, f->type),
                                   fmt_load((char *)b.p + f->offset, f->type), f->type);
            if (c)
                return c;
        }
        return 0;
    case K_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            size_t off = (size_t)i * t->elem->size;
            int c = compare_values(fmt_load((char *)a.p + off, t->elem),
                                   fmt_load((char *)b.p + off, t->elem), t->elem);
            if (c)
                return c;
        }
        return 0;
    case K_INTERFACE: {
        Iface *x = a.p, *y = b.p;
        if (!x || !y)
            return x ? 1 : y ? -1 : 0;
        if (x->type != y->type)
            return x->type->id < y->type->id ? -1 : 1;
        return compare_values(x->word, y->word, x->type);
    }
    default:
        return 0;
    }
}


/* Sorts [a] by key with a merge sort through [tmp] (stable, and free of
 * the global state qsort's comparator would need). */
static void sort_entries(FmtKV *a, FmtKV *tmp, int64_t n, const Type *kt)
{
    if (n < 2)
        return;
    int64_t h = n / 2;
    sort_entries(a, tmp, h, kt);
    sort_entries(a + h, tmp, n - h, kt);
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = compare_values(a[j].k, a[i].k, kt) < 0 ? a[j++] : a[i++];
    while (i < h)
        tmp[k++] = a[i++];
    memcpy(a, tmp, sizeof(FmtKV) * (size_t)k);
}

int64_t fmt_sorted_entries(Map *m, const Type *key_type, FmtKV **out)
{
    int64_t n = map_len(m);
    *out = NULL;
    if (!n)
        return 0;
    FmtKV *kvs = rt_alloc(sizeof(FmtKV) * (size_t)n);
    int64_t count = 0;
    MapIter *it = map_iter(m, 0);
    Value k, v;
    while (count < n && map_next(it, &k, &v)) {
        kvs[count].k = k;
        kvs[count].v = v;
        count++;
    }
    FmtKV *tmp = rt_alloc(sizeof(FmtKV) * (size_t)count);
    sort_entries(kvs, tmp, count, type_under((Type *)key_type));
    *out = kvs;
    return count;
}
