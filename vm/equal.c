/* equal.c: == and hashing for every comparable type, used by maps,
 * interface comparison and struct/array ==. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "object.h"

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

/* Loads a value of type [t] stored at [p] into a word. */
static Value load(const char *p, const Type *t)
{
    Value v;
    v.u = 0;
    switch (t->memkind) {
    case M_I8: v.i = *(const int8_t *)p; break;
    case M_U8: v.u = *(const uint8_t *)p; break;
    case M_I16: v.i = *(const int16_t *)p; break;
    case M_U16: v.u = *(const uint16_t *)p; break;
    case M_I32: v.i = *(const int32_t *)p; break;
    case M_U32: v.u = *(const uint32_t *)p; break;
    case M_F32: v.f = *(const float *)p; break;
    case M_WORD: memcpy(&v, p, 8); break;
    case M_BLOCK: v.p = (void *)p; break;
    }
    return v;
}

const Type *vm_unhashable(const Type *t, Value v)
{
    switch (t->kind) {
    case K_INTERFACE: {
        Iface *i = v.p;
        return i ? vm_unhashable(i->type, i->word) : NULL;
    }
    case K_SLICE: case K_MAP: case K_FUNC:
        return t;
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            const Type *bad = vm_unhashable(f->type, load((char *)v.p + f->offset, f->type));
            if (bad)
                return bad;
        }
        return NULL;
    case K_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            const Type *bad = vm_unhashable(t->elem, load((char *)v.p + i * t->elem->size, t->elem));
            if (bad)
                return bad;
        }
        return NULL;
    default:
        return NULL;
    }
}

/* Go's == walks structs and arrays in order and stops at the first
 * difference; two interfaces holding the same uncomparable dynamic type
 * stop the walk with *bad set to that type (a run-time panic). */
static bool equal_walk(Value a, Value b, const Type *t, const Type **bad)
{
    switch (t->kind) {
    case K_FLOAT32: case K_FLOAT64:
        return a.f == b.f;
    case K_COMPLEX64: case K_COMPLEX128:
        return cplx_eq(a.p, b.p);
    case K_STRING:
        return str_eq(a.p, b.p);
    case K_INTERFACE: {
        Iface *x = a.p, *y = b.p;
        if (!x || !y)
            return x == y;
        if (x->type != y->type)
            return false;
        if (!(x->type->flags & TF_COMPARABLE)) {
            *bad = x->type;
            return false;
        }
        return equal_walk(x->word, y->word, x->type, bad);
    }
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (f->name && f->name[0] == '_' && f->name[1] == '\0')
                continue;
            if (!equal_walk(load((char *)a.p + f->offset, f->type),
                            load((char *)b.p + f->offset, f->type), f->type, bad))
                return false;
        }
        return true;
    case K_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            size_t off = (size_t)i * t->elem->size;
            if (!equal_walk(load((char *)a.p + off, t->elem),
                            load((char *)b.p + off, t->elem), t->elem, bad))
                return false;
        }
        return true;
    default:
        return a.u == b.u;
    }
}

bool vm_equal(Value a, Value b, const Type *t)
{
    const Type *bad = NULL;
    return equal_walk(a, b, t, &bad);
}

bool vm_equal_checked(Value a, Value b, const Type *t, const Type **bad)
{
    *bad = NULL;
    return equal_walk(a, b, t, bad);
}

uint64_t vm_hash(Value v, const Type *t)
{
    switch (t->kind) {
    case K_FLOAT32: case K_FLOAT64: {
        double f = v.f;
        if (f == 0)
            return 0x1234;          /* +0 and -0 are equal */
        if (f != f)
            return rt_rand(); /* NaN never equals itself */
        uint64_t bits;
        memcpy(&bits, &f, 8);
        return mix(0, bits);
    }
    case K_COMPLEX64: case K_COMPLEX128:
        return cplx_hash(v.p);
    case K_STRING:
        return str_hash(v.p);
    case K_INTERFACE: {
        Iface *i = v.p;
        if (!i)
            return 0;
        return mix(i->type->id, vm_hash(i->word, i->type));
    }
    case K_STRUCT: {
        uint64_t h = 17;
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            h = mix(h, vm_hash(load((char *)v.p + f->offset, f->type), f->type));
        }
        return h;
    }
    case K_ARRAY: {
        uint64_t h = 31;
        for (int64_t i = 0; i < t->len; i++)
            h = mix(h, vm_hash(load((char *)v.p + (size_t)i * t->elem->size, t->elem), t->elem));
        return h;
    }
    default:
        return mix(0, v.u);
    }
}
