/* type.c: construction, interning and spelling of types. */
#include <gc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexer.h"
#include "type.h"

Type *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64;
Type *t_uint, *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr;
Type *t_float32, *t_float64, *t_complex64, *t_complex128, *t_string;
Type *t_byte, *t_rune;
Type *t_untyped_bool, *t_untyped_int, *t_untyped_rune;
Type *t_untyped_float, *t_untyped_complex, *t_untyped_string, *t_untyped_nil;
Type *t_invalid, *t_empty_iface, *t_error, *t_unsafeptr;
Type *t_empty_tuple;

/* Interning table for unnamed composite types. The compiler runs on one
 * thread at a time, but the REPL may compile while goroutines run and
 * build types (reflection-free, so rarely); a lock keeps it simple. */
enum { BUCKETS = 4096 };
static Type *buckets[BUCKETS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t next_id = 1;

static Type *new_type(Kind kind)
{
    Type *t = GC_MALLOC_UNCOLLECTABLE(sizeof *t);
    t->kind = (uint8_t)kind;
    t->id = __atomic_fetch_add(&next_id, 1, __ATOMIC_RELAXED);
    t->canon = t;
    return t;
}

static Type *basic(Kind kind, const char *name, uint32_t size, MemKind mk)
{
    Type *t = new_type(kind);
    t->name = name;
    t->size = t->align = size;
    t->memkind = (uint8_t)mk;
    t->flags = TF_COMPARABLE;
    return t;
}

void types_init(void)
{
    if (t_int)
        return;
    t_invalid = basic(K_INVALID, "invalid type", 8, M_WORD);
    t_bool = basic(K_BOOL, "bool", 1, M_U8);
    t_int = basic(K_INT, "int", 8, M_WORD);
    t_int8 = basic(K_INT8, "int8", 1, M_I8);
    t_int16 = basic(K_INT16, "int16", 2, M_I16);
    t_int32 = basic(K_INT32, "int32", 4, M_I32);
    t_int64 = basic(K_INT64, "int64", 8, M_WORD);
    t_uint = basic(K_UINT, "uint", 8, M_WORD);
    t_uint8 = basic(K_UINT8, "uint8", 1, M_U8);
    t_uint16 = basic(K_UINT16, "uint16", 2, M_U16);
    t_uint32 = basic(K_UINT32, "uint32", 4, M_U32);
    t_uint64 = basic(K_UINT64, "uint64", 8, M_WORD);
    t_uintptr = basic(K_UINTPTR, "uintptr", 8, M_WORD);
    t_float32 = basic(K_FLOAT32, "float32", 4, M_F32);
    t_float64 = basic(K_FLOAT64, "float64", 8, M_WORD);
    /* complex values are pointers to immutable boxes (object.h) */
    t_complex64 = basic(K_COMPLEX64, "complex64", 8, M_WORD);
    t_complex64->flags |= TF_HASPTR;
    t_complex128 = basic(K_COMPLEX128, "complex128", 8, M_WORD);
    t_complex128->flags |= TF_HASPTR;
    t_string = basic(K_STRING, "string", 8, M_WORD);
    t_string->flags |= TF_HASPTR;
    t_unsafeptr = basic(K_UNSAFEPTR, "unsafe.Pointer", 8, M_WORD);
    t_unsafeptr->flags |= TF_HASPTR;
    /* byte and rune are aliases of uint8 and int32: distinct objects (so
     * messages can say byte) with those as canon. */
    t_byte = basic(K_UINT8, "byte", 1, M_U8);
    t_byte->canon = t_uint8;
    t_byte->flags |= TF_ALIAS_BYTE;
    t_rune = basic(K_INT32, "rune", 4, M_I32);
    t_rune->canon = t_int32;
    t_rune->flags |= TF_ALIAS_BYTE;
    t_untyped_bool = basic(K_UNTYPED_BOOL, "untyped bool", 1, M_U8);
    t_untyped_int = basic(K_UNTYPED_INT, "untyped int", 8, M_WORD);
    t_untyped_rune = basic(K_UNTYPED_RUNE, "untyped rune", 8, M_WORD);
    t_untyped_float = basic(K_UNTYPED_FLOAT, "untyped float", 8, M_WORD);
    t_untyped_complex = basic(K_UNTYPED_COMPLEX, "untyped complex", 8, M_WORD);
    t_untyped_string = basic(K_UNTYPED_STRING, "untyped string", 8, M_WORD);
    t_untyped_nil = basic(K_UNTYPED_NIL, "untyped nil", 8, M_WORD);
    t_empty_iface = type_interface(NULL, 0);
    t_empty_tuple = type_tuple(NULL, 0);
    /* type error interface { Error() string } */
    Type *res[1] = {t_string};
    IMethod m = {"Error", type_func(NULL, 0, res, 1, false)};
    extern const char *ast_intern(const char *, int);
    m.name = ast_intern("Error", 5);
    t_error = type_named(NULL, "error");
    type_set_underlying(t_error, type_interface(&m, 1));
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

/* Finds an interned type equal to [probe] (compared by [same]) or adds
 * [make()]'s result. */
static Type *intern(uint64_t hash, bool (*same)(const Type *, const void *),
                    const void *key, Type *(*make)(const void *))
{
    pthread_mutex_lock(&lock);
    Type **b = &buckets[hash % BUCKETS];
    for (Type *t = *b; t; t = t->next_in_bucket)
        if (t->hash == hash && same(t, key)) {
            pthread_mutex_unlock(&lock);
            return t;
        }
    pthread_mutex_unlock(&lock);
    Type *t = make(key);
    pthread_mutex_lock(&lock);
    t->hash = hash;
    t->next_in_bucket = *b;
    *b = t;
    pthread_mutex_unlock(&lock);
    return t;
}

/* ---- pointers, slices, arrays, maps, chans ---- */

typedef struct ElemKey {
    Kind kind;
    Type *elem;
    Type *key;
    int64_t len;
    int dir;
} ElemKey;

static bool same_elem(const Type *t, const void *k)
{
    const ElemKey *e = k;
    return t->kind == e->kind && !(t->flags & TF_NAMED) && t->elem == e->elem &&
           t->key == e->key && t->len == e->len && t->dir == e->dir;
}

/* ---- layouts ---- */

/* Types built while a part they hold by value was incomplete; laid out
 * again by type_complete_layouts. Only the checker's thread adds to it. */
static Type **pending;
static int npending, pendingcap;

static void add_pending(Type *t)
{
    t->flags |= TF_PENDING;
    if (npending == pendingcap) {
        pendingcap = pendingcap ? pendingcap * 2 : 16;
        pending = xrealloc(pending, sizeof(Type *) * (size_t)pendingcap);
    }
    pending[npending++] = t;
}

static void array_layout(Type *t)
{
    uint64_t esize = t->elem->size, n = (uint64_t)t->len;
    if (n == 0 || esize == 0)
        t->size = 0;
    else if (esize > TYPE_SIZE_MAX || n > TYPE_SIZE_MAX / esize)
        t->size = TYPE_TOO_LARGE;
    else
        t->size = (uint32_t)(esize * n);
    t->align = t->elem->align ? t->elem->align : 1;
    t->flags = (uint16_t)((t->flags & ~(TF_HASPTR | TF_COMPARABLE)) |
                          (t->elem->flags & (TF_HASPTR | TF_COMPARABLE)));
    if (type_layout_waits(t->elem) && !(t->flags & TF_PENDING))
        add_pending(t);
}

static void struct_layout(Type *t)
{
    uint64_t off = 0;
    uint32_t align = 1;
    uint16_t flags = TF_COMPARABLE;
    bool waits = false;
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        uint32_t a = f->type->align ? f->type->align : 1;
        off = (off + a - 1) / a * a;
        /* past the limit the struct is an error: offsets stay in range */
        f->offset = off > TYPE_SIZE_MAX ? TYPE_SIZE_MAX : (uint32_t)off;
        off += f->type->size;
        if (a > align)
            align = a;
        if (f->type->flags & TF_HASPTR)
            flags |= TF_HASPTR;
        if (!(f->type->flags & TF_COMPARABLE))
            flags &= (uint16_t)~TF_COMPARABLE;
        waits |= type_layout_waits(f->type);
    }
    off = (off + align - 1) / align * align;
    t->size = off > TYPE_SIZE_MAX ? TYPE_TOO_LARGE : (uint32_t)off;
    t->align = align;
    t->flags = (uint16_t)((t->flags & ~(TF_HASPTR | TF_COMPARABLE)) | flags);
    if (waits && !(t->flags & TF_PENDING))
        add_pending(t);
}

/* A named type takes its layout from its underlying type. */
static void named_layout(Type *named)
{
    Type *under = named->underlying;
    named->memkind = under->memkind;
    named->size = under->size;
    named->align = under->align;
    named->flags = (uint16_t)((named->flags & (TF_NAMED | TF_PENDING)) |
                              (under->flags & ~(TF_NAMED | TF_INCOMPLETE | TF_PENDING)));
    if (type_layout_waits(under) && !(named->flags & TF_PENDING))
        add_pending(named);
}

/* Whether every part [t] holds by value has its final layout. */
static bool parts_ready(const Type *t)
{
    if (type_is_named(t))
        return t->underlying && !type_layout_waits(t->underlying);
    if (t->kind == K_ARRAY)
        return !type_layout_waits(t->elem);
    for (int i = 0; i < t->nfields; i++)
        if (type_layout_waits(t->fields[i].type))
            return false;
    return true;
}

int type_complete_layouts(void)
{
    bool progress = true;
    while (progress && npending) {
        progress = false;
        int keep = 0;
        for (int i = 0; i < npending; i++) {
            Type *t = pending[i];
            if (!parts_ready(t)) {
                pending[keep++] = t;
                continue;
            }
            t->flags &= (uint16_t)~TF_PENDING;
            if (type_is_named(t))
                named_layout(t);
            else if (t->kind == K_ARRAY)
                array_layout(t);
            else
                struct_layout(t);
            progress = true;
        }
        npending = keep;
    }
    return npending;
}

static Type *make_elem(const void *k)
{
    const ElemKey *e = k;
    Type *t = new_type(e->kind);
    t->elem = e->elem;
    t->key = e->key;
    t->len = e->len;
    t->dir = e->dir;
    t->underlying = NULL;
    switch (e->kind) {
    case K_POINTER: case K_MAP: case K_CHAN:
        t->size = t->align = 8;
        t->memkind = M_WORD;
        t->flags = TF_HASPTR | (e->kind != K_MAP ? TF_COMPARABLE : 0);
        break;
    case K_SLICE:
        t->size = t->align = 8;
        t->memkind = M_WORD;
        t->flags = TF_HASPTR;
        break;
    case K_ARRAY:
        t->memkind = M_BLOCK;
        array_layout(t);
        break;
    default:
        break;
    }
    return t;
}

static Type *elem_type(Kind kind, Type *elem, Type *key, int64_t len, int dir)
{
    ElemKey k = {kind, elem, key, len, dir};
    uint64_t h = mix(mix(mix(mix(kind, elem ? elem->id : 0), key ? key->id : 0),
                         (uint64_t)len), (uint64_t)dir);
    Type *t = intern(h, same_elem, &k, make_elem);
    if (t->canon == t && ((elem && elem->canon != elem) || (key && key->canon != key)))
        t->canon = elem_type(kind, elem ? elem->canon : NULL, key ? key->canon : NULL, len, dir);
    return t;
}

Type *type_pointer(Type *elem)
{
    if (elem->ptr_to)
        return elem->ptr_to;
    Type *t = elem_type(K_POINTER, elem, NULL, 0, 0);
    elem->ptr_to = t;
    return t;
}

Type *type_slice(Type *elem)
{
    if (elem->slice_of)
        return elem->slice_of;
    Type *t = elem_type(K_SLICE, elem, NULL, 0, 0);
    elem->slice_of = t;
    return t;
}

Type *type_array(Type *elem, int64_t len)
{
    return elem_type(K_ARRAY, elem, NULL, len, 0);
}

Type *type_map(Type *key, Type *value)
{
    return elem_type(K_MAP, value, key, 0, 0);
}

Type *type_chan(Type *elem, int dir)
{
    return elem_type(K_CHAN, elem, NULL, 0, dir);
}

/* ---- functions and tuples ---- */

typedef struct FuncKey {
    Kind kind;
    Type **params;
    int nparams;
    Type **results;
    int nresults;
    bool variadic;
} FuncKey;

static bool same_list(Type **a, int na, Type **b, int nb)
{
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

static bool same_func(const Type *t, const void *k)
{
    const FuncKey *f = k;
    return t->kind == f->kind && !(t->flags & TF_NAMED) &&
           ((t->flags & TF_VARIADIC) != 0) == f->variadic &&
           same_list(t->params, t->nparams, f->params, f->nparams) &&
           same_list(t->results, t->nresults, f->results, f->nresults);
}

static Type **copy_list(Type **list, int n)
{
    if (n == 0)
        return NULL;
    Type **c = GC_MALLOC_UNCOLLECTABLE(sizeof(Type *) * (size_t)n);
    memcpy(c, list, sizeof(Type *) * (size_t)n);
    return c;
}

static Type *make_func(const void *k)
{
    const FuncKey *f = k;
    Type *t = new_type(f->kind);
    t->params = copy_list(f->params, f->nparams);
    t->nparams = f->nparams;
    t->results = copy_list(f->results, f->nresults);
    t->nresults = f->nresults;
    t->size = t->align = 8;
    t->memkind = M_WORD;
    t->flags = TF_HASPTR | (f->variadic ? TF_VARIADIC : 0);
    return t;
}

static uint64_t hash_list(uint64_t h, Type **list, int n)
{
    for (int i = 0; i < n; i++)
        h = mix(h, list[i]->id);
    return mix(h, (uint64_t)n);
}

/* The canonical versions of [n] types into [out]; whether any differed. */
static bool canon_list(Type **list, int n, Type **out)
{
    bool diff = false;
    for (int i = 0; i < n; i++) {
        out[i] = list[i]->canon;
        if (out[i] != list[i])
            diff = true;
    }
    return diff;
}

Type *type_func(Type **params, int nparams, Type **results, int nresults,
                bool variadic)
{
    FuncKey k = {K_FUNC, params, nparams, results, nresults, variadic};
    uint64_t h = hash_list(hash_list(mix(K_FUNC, variadic), params, nparams),
                           results, nresults);
    Type *t = intern(h, same_func, &k, make_func);
    if (t->canon == t && nparams + nresults <= 512) {
        Type *cp[256], *cr[256];
        bool d1 = nparams <= 256 && canon_list(params, nparams, cp);
        bool d2 = nresults <= 256 && canon_list(results, nresults, cr);
        if (d1 || d2)
            t->canon = type_func(cp, nparams, cr, nresults, variadic);
    }
    return t;
}

Type *type_tuple(Type **types, int n)
{
    FuncKey k = {K_TUPLE, types, n, NULL, 0, false};
    uint64_t h = hash_list(mix(K_TUPLE, 0), types, n);
    Type *t = intern(h, same_func, &k, make_func);
    Type *c[256];
    if (t->canon == t && n <= 256 && canon_list(types, n, c))
        t->canon = type_tuple(c, n);
    return t;
}

/* ---- structs ---- */

typedef struct StructKey {
    Field *fields;
    int n;
} StructKey;

static bool same_struct(const Type *t, const void *k)
{
    const StructKey *s = k;
    if (t->kind != K_STRUCT || (t->flags & TF_NAMED) || t->nfields != s->n)
        return false;
    for (int i = 0; i < s->n; i++) {
        const Field *a = &t->fields[i], *b = &s->fields[i];
        if (a->name != b->name || a->type != b->type ||
            a->embedded != b->embedded)
            return false;
        if ((a->tag == NULL) != (b->tag == NULL) ||
            (a->tag && strcmp(a->tag, b->tag) != 0))
            return false;
    }
    return true;
}

static Type *make_struct(const void *k)
{
    const StructKey *s = k;
    Type *t = new_type(K_STRUCT);
    t->fields = GC_MALLOC_UNCOLLECTABLE(sizeof(Field) * (size_t)(s->n ? s->n : 1));
    memcpy(t->fields, s->fields, sizeof(Field) * (size_t)s->n);
    t->nfields = s->n;
    t->memkind = M_BLOCK;
    struct_layout(t);
    return t;
}

Type *type_struct(Field *fields, int n)
{
    StructKey k = {fields, n};
    uint64_t h = mix(K_STRUCT, (uint64_t)n);
    for (int i = 0; i < n; i++)
        h = mix(mix(h, fields[i].type->id), (uint64_t)(uintptr_t)fields[i].name);
    Type *t = intern(h, same_struct, &k, make_struct);
    bool diff = false;
    for (int i = 0; i < n; i++)
        if (fields[i].type->canon != fields[i].type)
            diff = true;
    if (t->canon == t && diff) {
        Field *cf = xmalloc(sizeof(Field) * (size_t)n);
        memcpy(cf, fields, sizeof(Field) * (size_t)n);
        for (int i = 0; i < n; i++)
            cf[i].type = fields[i].type->canon;
        t->canon = type_struct(cf, n);
        free(cf);
    }
    return t;
}

/* ---- interfaces ---- */

typedef struct IfaceKey {
    IMethod *methods;
    int n;
} IfaceKey;

static bool same_iface(const Type *t, const void *k)
{
    const IfaceKey *s = k;
    if (t->kind != K_INTERFACE || (t->flags & TF_NAMED) || t->nimethods != s->n)
        return false;
    for (int i = 0; i < s->n; i++)
        if (t->imethods[i].name != s->methods[i].name ||
            t->imethods[i].type != s->methods[i].type)
            return false;
    return true;
}

static Type *make_iface(const void *k)
{
    const IfaceKey *s = k;
    Type *t = new_type(K_INTERFACE);
    t->imethods = GC_MALLOC_UNCOLLECTABLE(sizeof(IMethod) * (size_t)(s->n ? s->n : 1));
    memcpy(t->imethods, s->methods, sizeof(IMethod) * (size_t)s->n);
    t->nimethods = s->n;
    t->size = t->align = 8;
    t->memkind = M_WORD;
    t->flags = TF_HASPTR | TF_COMPARABLE;
    return t;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const IMethod *)a)->name, ((const IMethod *)b)->name);
}

Type *type_interface(IMethod *methods, int n)
{
    IMethod *sorted = xmalloc(sizeof(IMethod) * (size_t)(n ? n : 1));
    if (n)
        memcpy(sorted, methods, sizeof(IMethod) * (size_t)n);
    qsort(sorted, (size_t)n, sizeof(IMethod), by_name);
    IfaceKey k = {sorted, n};
    uint64_t h = mix(K_INTERFACE, (uint64_t)n);
    for (int i = 0; i < n; i++)
        h = mix(mix(h, sorted[i].type->id), (uint64_t)(uintptr_t)sorted[i].name);
    Type *t = intern(h, same_iface, &k, make_iface);
    bool diff = false;
    for (int i = 0; i < n; i++)
        if (sorted[i].type->canon != sorted[i].type) {
            sorted[i].type = sorted[i].type->canon;
            diff = true;
        }
    if (t->canon == t && diff)
        t->canon = type_interface(sorted, n);
    free(sorted);
    return t;
}

/* ---- named types ---- */

Type *type_named(const char *pkg, const char *name)
{
    Type *t = new_type(K_INVALID);
    t->name = name;
    t->pkg = pkg;
    t->flags = TF_NAMED | TF_INCOMPLETE;
    t->size = t->align = 8;
    t->memkind = M_WORD;
    return t;
}

void type_set_underlying(Type *named, Type *u)
{
    Type *under = type_under(u);
    named->underlying = under;
    named->kind = under->kind;
    named->flags = TF_NAMED;
    named_layout(named);
    named->elem = under->elem;
    named->key = under->key;
    named->len = under->len;
    named->dir = under->dir;
    named->params = under->params;
    named->nparams = under->nparams;
    named->results = under->results;
    named->nresults = under->nresults;
    named->fields = under->fields;
    named->nfields = under->nfields;
    named->imethods = under->imethods;
    named->nimethods = under->nimethods;
}

/* ---- predicates ---- */

bool type_is_integer(const Type *t)
{
    return (t->kind >= K_INT && t->kind <= K_UINTPTR) ||
           t->kind == K_UNTYPED_INT || t->kind == K_UNTYPED_RUNE;
}

bool type_is_unsigned(const Type *t)
{
    return t->kind >= K_UINT && t->kind <= K_UINTPTR;
}

bool type_is_float(const Type *t)
{
    return t->kind == K_FLOAT32 || t->kind == K_FLOAT64 ||
           t->kind == K_UNTYPED_FLOAT;
}

bool type_is_complex(const Type *t)
{
    return t->kind == K_COMPLEX64 || t->kind == K_COMPLEX128 ||
           t->kind == K_UNTYPED_COMPLEX;
}

bool type_is_numeric(const Type *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

bool type_is_string(const Type *t)
{
    return t->kind == K_STRING || t->kind == K_UNTYPED_STRING;
}

bool type_is_boolean(const Type *t)
{
    return t->kind == K_BOOL || t->kind == K_UNTYPED_BOOL;
}

bool type_is_untyped(const Type *t)
{
    return t->kind >= K_UNTYPED_BOOL && t->kind <= K_UNTYPED_NIL;
}

bool type_is_interface(const Type *t)
{
    return t->kind == K_INTERFACE;
}

bool type_is_comparable(const Type *t)
{
    return (t->flags & TF_COMPARABLE) != 0;
}

bool type_has_ptr(const Type *t)
{
    return (t->flags & TF_HASPTR) != 0;
}

int type_bits(const Type *t)
{
    switch (t->kind) {
    case K_INT8: case K_UINT8: return 8;
    case K_INT16: case K_UINT16: return 16;
    case K_INT32: case K_UINT32: case K_FLOAT32: return 32;
    default: return 64;
    }
}

/* ---- methods and fields ---- */

Method *type_find_method(Type *t, const char *name)
{
    if (t->kind == K_POINTER && !(t->flags & TF_NAMED))
        t = t->elem;
    for (int i = 0; i < t->nmethods; i++)
        if (t->methods[i].name == name)
            return &t->methods[i];
    return NULL;
}

/* Breadth-first search for [name] through embedded fields, as Go's
 * selector rule requires: the shallowest depth wins; two at the same depth
 * are ambiguous. */
int type_find_field(Type *t, const char *name, int *path)
{
    if (t->kind == K_POINTER)
        t = t->elem;
    if (t->kind != K_STRUCT)
        return -1;
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].name == name) {
            path[0] = i;
            return 1;
        }
    int best = -1, found = 0;
    int sub[16];
    for (int i = 0; i < t->nfields; i++) {
        if (!t->fields[i].embedded)
            continue;
        Type *ft = t->fields[i].type;
        if (ft->kind == K_POINTER)
            ft = ft->elem;
        if (ft->kind != K_STRUCT)
            continue;
        int d = type_find_field(ft, name, sub);
        if (d == -2)
            return -2;
        if (d < 0 || d >= 15)
            continue;
        if (best < 0 || d + 1 < best) {
            best = d + 1;
            found = 1;
            path[0] = i;
            memcpy(path + 1, sub, sizeof(int) * (size_t)d);
        } else if (d + 1 == best) {
            found++;
        }
    }
    if (found > 1)
        return -2;
    return best;
}

/* ---- spelling ---- */

typedef struct Out {
    char *buf;
    int size, len;
} Out;

static void out(Out *o, const char *s)
{
    while (*s && o->len < o->size - 1)
        o->buf[o->len++] = *s++;
    o->buf[o->len] = '\0';
}

static void spell(const Type *t, bool qualify, Out *o);

static void spell_list(Type **list, int n, bool variadic, bool qualify, Out *o)
{
    for (int i = 0; i < n; i++) {
        if (i)
            out(o, ", ");
        if (variadic && i == n - 1) {
            out(o, "...");
            spell(list[i]->elem, qualify, o);
        } else {
            spell(list[i], qualify, o);
        }
    }
}

static void spell_sig(const Type *t, bool qualify, Out *o)
{
    out(o, "(");
    spell_list(t->params, t->nparams, (t->flags & TF_VARIADIC) != 0, qualify, o);
    out(o, ")");
    if (t->nresults == 1) {
        out(o, " ");
        spell(t->results[0], qualify, o);
    } else if (t->nresults > 1) {
        out(o, " (");
        spell_list(t->results, t->nresults, false, qualify, o);
        out(o, ")");
    }
}

static void spell(const Type *t, bool qualify, Out *o)
{
    char num[32];
    if (!t) {
        out(o, "<nil>");
        return;
    }
    if (t->flags & TF_NAMED) {
        if (t->pkg && (qualify || strcmp(t->pkg, "main") != 0)) {
            out(o, t->pkg);
            out(o, ".");
        }
        out(o, t->name);
        return;
    }
    switch (t->kind) {
    case K_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        out(o, num);
        spell(t->elem, qualify, o);
        break;
    case K_SLICE:
        out(o, "[]");
        spell(t->elem, qualify, o);
        break;
    case K_POINTER:
        out(o, "*");
        spell(t->elem, qualify, o);
        break;
    case K_MAP:
        out(o, "map[");
        spell(t->key, qualify, o);
        out(o, "]");
        spell(t->elem, qualify, o);
        break;
    case K_CHAN:
        out(o, t->dir == 2 ? "<-chan " : t->dir == 1 ? "chan<- " : "chan ");
        /* chan (<-chan T) needs the parentheses; <-chan <-chan T does not */
        if (t->dir == 0 && t->elem->kind == K_CHAN && t->elem->dir == 2 &&
            !(t->elem->flags & TF_NAMED)) {
            out(o, "(");
            spell(t->elem, qualify, o);
            out(o, ")");
        } else {
            spell(t->elem, qualify, o);
        }
        break;
    case K_FUNC:
        out(o, "func");
        spell_sig(t, qualify, o);
        break;
    case K_TUPLE:
        out(o, "(");
        spell_list(t->params, t->nparams, false, qualify, o);
        out(o, ")");
        break;
    case K_STRUCT:
        /* runtime spelling (reflect's) pads the braces; go/types' does not */
        if (t->nfields == 0) {
            out(o, qualify ? "struct {}" : "struct{}");
            break;
        }
        out(o, qualify ? "struct { " : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                out(o, "; ");
            if (!t->fields[i].embedded) {
                out(o, t->fields[i].name);
                out(o, " ");
            }
            spell(t->fields[i].type, qualify, o);
            if (t->fields[i].tag) {
                out(o, " \"");
                out(o, t->fields[i].tag);
                out(o, "\"");
            }
        }
        out(o, qualify ? " }" : "}");
        break;
    case K_INTERFACE:
        if (t->nimethods == 0) {
            out(o, qualify ? "interface {}" : "interface{}");
            break;
        }
        out(o, qualify ? "interface { " : "interface{");
        for (int i = 0; i < t->nimethods; i++) {
            if (i)
                out(o, "; ");
            out(o, t->imethods[i].name);
            spell_sig(t->imethods[i].type, qualify, o);
        }
        out(o, qualify ? " }" : "}");
        break;
    default:
        out(o, t->name ? t->name : "?");
        break;
    }
}

void type_string(const Type *t, bool qualify, char *buf, int size)
{
    Out o = {buf, size, 0};
    buf[0] = '\0';
    spell(t, qualify, &o);
}

const char *type_name_of(const Type *t, bool qualify)
{
    char buf[512];
    type_string(t, qualify, buf, sizeof buf);
    char *s = GC_MALLOC_ATOMIC(strlen(buf) + 1);
    strcpy(s, buf);
    return s;
}

/* ---- Go's own sizes ---- */

static uint64_t go_align(const Type *t);

uint64_t type_go_size(const Type *t)
{
    const Type *u = type_under((Type *)t);
    switch (u->kind) {
    case K_BOOL: case K_INT8: case K_UINT8: return 1;
    case K_INT16: case K_UINT16: return 2;
    case K_INT32: case K_UINT32: case K_FLOAT32: return 4;
    case K_COMPLEX128: case K_STRING: case K_INTERFACE: return 16;
    case K_SLICE: return 24;
    case K_ARRAY: {
        uint64_t e = type_go_size(u->elem);
        return u->len > 0 && e > UINT64_MAX / (uint64_t)u->len ? UINT64_MAX : e * (uint64_t)u->len;
    }
    case K_STRUCT: {
        uint64_t off = 0, align = 1;
        for (int i = 0; i < u->nfields; i++) {
            uint64_t a = go_align(u->fields[i].type);
            off = (off + a - 1) / a * a + type_go_size(u->fields[i].type);
            if (a > align)
                align = a;
        }
        /* Go pads a struct whose last field has size 0 (so a pointer past
         * it stays inside) */
        if (u->nfields > 0 && type_go_size(u->fields[u->nfields - 1].type) == 0 && off > 0)
            off++;
        return (off + align - 1) / align * align;
    }
    default:
        return 8;
    }
}

static uint64_t go_align(const Type *t)
{
    const Type *u = type_under((Type *)t);
    switch (u->kind) {
    case K_ARRAY: return go_align(u->elem);
    case K_STRUCT: {
        uint64_t a = 1;
        for (int i = 0; i < u->nfields; i++)
            if (go_align(u->fields[i].type) > a)
                a = go_align(u->fields[i].type);
        return a;
    }
    case K_COMPLEX128: case K_STRING: case K_INTERFACE: case K_SLICE: return 8;
    case K_COMPLEX64: return 4;
    default: {
        uint64_t s = type_go_size(u);
        return s > 8 ? 8 : s ? s : 1;
    }
    }
}
