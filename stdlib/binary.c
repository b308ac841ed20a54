/* binary.c: encoding/binary's Read, Write and Size of any fixed-size
 * value, walking its run-time Type as Go's package does with reflect:
 * bools, sized integers, floats and complex numbers, arrays and structs of them (a blank
 * field is written as zeros and skipped when read), a slice of them at
 * the top, through one pointer. int, uint, strings, maps and the rest have
 * no fixed size: the Go side reports them as Go does. */
#include <stdio.h>
#include <string.h>

#include "natives.h"

/* The encoded size of a value of type [t], or -1 if it has none. */
static int64_t fixed_size(const Type *t)
{
    t = type_under((Type *)t);
    switch (t->kind) {
    case K_BOOL: case K_INT8: case K_UINT8: return 1;
    case K_INT16: case K_UINT16: return 2;
    case K_INT32: case K_UINT32: case K_FLOAT32: return 4;
    case K_INT64: case K_UINT64: case K_FLOAT64: case K_COMPLEX64: return 8;
    case K_COMPLEX128: return 16;
    case K_ARRAY: {
        int64_t s = fixed_size(t->elem);
        return s < 0 ? -1 : s * t->len;
    }
    case K_STRUCT: {
        int64_t sum = 0;
        for (int i = 0; i < t->nfields; i++) {
            int64_t s = fixed_size(t->fields[i].type);
            if (s < 0)
                return -1;
            sum += s;
        }
        return sum;
    }
    default:
        return -1;
    }
}

/* What a Read, Write or Size works on: the memory of the value and its
 * type, and how many of them (a slice's elements). */
typedef struct Target {
    char *mem;
    const Type *t;
    int64_t n;
    /* a scalar held in the interface, as it sits in memory */
    uint64_t scalar;
} Target;

/* Go's reflect.Indirect (Write, Size) or Elem of a pointer (Read): a
 * pointer is followed once, a slice is its elements. [must_point]: the
 * value must be a pointer or a slice, as Read needs. */
static bool target_of(const Iface *it, bool must_point, Target *out)
{
    if (!it)
        return false;
    const Type *t = type_under((Type *)it->type);
    Value w = it->word;
    out->n = 1;
    if (t->kind == K_POINTER) {
        if (!w.p)
            return false;
        out->mem = w.p;
        out->t = t->elem;
    } else if (t->kind == K_SLICE) {
        const Slice *s = w.p;
        out->mem = s ? s->data : NULL;
        out->n = s ? s->len : 0;
        out->t = t->elem;
    } else if (must_point) {
        return false;
    } else {
        out->t = it->type;
        if (t->kind == K_ARRAY || t->kind == K_STRUCT) {
            out->mem = w.p; /* an aggregate's word points at its block */
        } else {
            /* a scalar's register form: a float32 is a double there */
            if (t->kind == K_FLOAT32) {
                float f = (float)w.f;
                memcpy(&out->scalar, &f, 4);
            } else {
                out->scalar = w.u;
            }
            out->mem = (char *)&out->scalar;
        }
    }
    return fixed_size(out->t) >= 0;
}

static void put_uint(unsigned char *b, uint64_t v, int n, bool big)
{
    for (int i = 0; i < n; i++)
        b[big ? n - 1 - i : i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_uint(const unsigned char *b, int n, bool big)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)b[big ? n - 1 - i : i] << (8 * i);
    return v;
}

/* Encodes (or, when [decode], decodes into) the value at [mem] of type
 * [t]; [b] advances past its bytes. Values sit in memory as vm_store_mem
 * puts them: narrow integers in their own width, a float32 as a float. */
static void walk(char *mem, const Type *t, unsigned char **b, bool big, bool decode)
{
    t = type_under((Type *)t);
    int64_t size = fixed_size(t);
    switch (t->kind) {
    case K_BOOL:
        if (decode)
            *(uint8_t *)mem = **b != 0;
        else
            **b = *(uint8_t *)mem != 0;
        break;
    case K_INT8: case K_UINT8: case K_INT16: case K_UINT16:
    case K_INT32: case K_UINT32: case K_INT64: case K_UINT64: {
        int n = (int)size;
        if (decode) {
            uint64_t v = get_uint(*b, n, big);
            switch (n) {
            case 1: *(uint8_t *)mem = (uint8_t)v; break;
            case 2: *(uint16_t *)mem = (uint16_t)v; break;
            case 4: *(uint32_t *)mem = (uint32_t)v; break;
            default: memcpy(mem, &v, 8); break;
            }
        } else {
            uint64_t v;
            switch (n) {
            case 1: v = *(uint8_t *)mem; break;
            case 2: v = *(uint16_t *)mem; break;
            case 4: v = *(uint32_t *)mem; break;
            default: memcpy(&v, mem, 8); break;
            }
            put_uint(*b, v, n, big);
        }
        break;
    }
    case K_FLOAT32: {
        /* stored as a C float (M_F32) */
        uint32_t bits;
        if (decode) {
            bits = (uint32_t)get_uint(*b, 4, big);
            memcpy(mem, &bits, 4);
        } else {
            memcpy(&bits, mem, 4);
            put_uint(*b, bits, 4, big);
        }
        break;
    }
    case K_FLOAT64: {
        uint64_t bits;
        if (decode) {
            bits = get_uint(*b, 8, big);
            memcpy(mem, &bits, 8);
        } else {
            memcpy(&bits, mem, 8);
            put_uint(*b, bits, 8, big);
        }
        break;
    }
    case K_COMPLEX64: case K_COMPLEX128: {
        /* a word holding the value's box (object.h): the real part, then
         * the imaginary part, each as a float of half the size */
        int half = t->kind == K_COMPLEX64 ? 4 : 8;
        if (decode) {
            uint64_t re = get_uint(*b, half, big), im = get_uint(*b + half, half, big);
            double parts[2];
            for (int i = 0; i < 2; i++) {
                uint64_t bits = i ? im : re;
                if (half == 4) {
                    float f;
                    uint32_t b32 = (uint32_t)bits;
                    memcpy(&f, &b32, 4);
                    parts[i] = f;
                } else {
                    memcpy(&parts[i], &bits, 8);
                }
            }
            Cplx *c = cplx_new(parts[0], parts[1]);
            memcpy(mem, &c, sizeof c);
        } else {
            const Cplx *c;
            memcpy(&c, mem, sizeof c);
            double parts[2] = {cplx_re(c), cplx_im(c)};
            for (int i = 0; i < 2; i++) {
                uint64_t bits;
                if (half == 4) {
                    float f = (float)parts[i];
                    uint32_t b32;
                    memcpy(&b32, &f, 4);
                    bits = b32;
                } else {
                    memcpy(&bits, &parts[i], 8);
                }
                put_uint(*b + i * half, bits, half, big);
            }
        }
        break;
    }
    case K_ARRAY: {
        uint32_t es = type_under(t->elem)->size;
        for (int64_t i = 0; i < t->len; i++)
            walk(mem + i * es, t->elem, b, big, decode);
        return;
    }
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (f->name && strcmp(f->name, "_") == 0) {
                /* blank: zeros out, skipped in */
                int64_t s = fixed_size(f->type);
                if (!decode)
                    memset(*b, 0, (size_t)s);
                *b += s;
                continue;
            }
            walk(mem + f->offset, f->type, b, big, decode);
        }
        return;
    default:
        return;
    }
    *b += size;
}

/* size(data any, forRead bool) int: -1 when data has no fixed size (or,
 * for Read, is not a pointer or a slice) */
NATIVE(binary_size)
{
    (void)g;
    Target tg;
    if (!target_of(args[0].p, args[1].u != 0, &tg)) {
        args[0].i = -1;
        return;
    }
    args[0].i = fixed_size(tg.t) * tg.n;
}

/* encode(data any, big bool) ([]byte, bool) */
NATIVE(binary_encode)
{
    (void)g;
    Target tg;
    if (!target_of(args[0].p, false, &tg)) {
        args[0].p = NULL;
        args[1].u = 0;
        return;
    }
    bool big = args[1].u != 0;
    int64_t es = fixed_size(tg.t);
    Slice *out = slice_make(t_uint8, es * tg.n, es * tg.n);
    unsigned char *b = (unsigned char *)out->data;
    uint32_t stride = type_under((Type *)tg.t)->size;
    for (int64_t i = 0; i < tg.n; i++)
        walk(tg.mem + i * stride, tg.t, &b, big, false);
    args[0].p = out;
    args[1].u = 1;
}

/* decode(data any, big bool, in []byte) bool: in holds size(data) bytes */
NATIVE(binary_decode)
{
    (void)g;
    Target tg;
    if (!target_of(args[0].p, true, &tg)) {
        args[0].u = 0;
        return;
    }
    bool big = args[1].u != 0;
    const Slice *in = args[2].p;
    unsigned char *b = in ? (unsigned char *)in->data : NULL;
    uint32_t stride = type_under((Type *)tg.t)->size;
    for (int64_t i = 0; i < tg.n; i++)
        walk(tg.mem + i * stride, tg.t, &b, big, true);
    args[0].u = 1;
}

/* typeName(data any) string: reflect's spelling of data's type */
NATIVE(binary_type_name)
{
    (void)g;
    const Iface *it = args[0].p;
    char buf[256];
    if (it)
        type_string(it->type, true, buf, sizeof buf);
    else
        snprintf(buf, sizeof buf, "<nil>");
    args[0].p = str_new(buf, (int64_t)strlen(buf));
}

static const Native natives[] = {
    {"encoding/binary", "typeName", NULL, binary_type_name, NULL},
    {"encoding/binary", "size", NULL, binary_size, NULL},
    {"encoding/binary", "encode", NULL, binary_encode, NULL},
    {"encoding/binary", "decode", NULL, binary_decode, NULL},
};

static const PackageDef def = {"encoding/binary", stdlib_src_binary, natives,
                               sizeof natives / sizeof natives[0], false};

void register_binary(void)
{
    vm_register_package(&def);
}
