/* object.h: the heap objects behind one-word values.
 *
 * Value words hold scalars directly. Multi-word Go values are pointers to
 * immutable headers, so that replacing one is a single atomic store:
 *   string    String*  {len, data}         NULL is ""
 *   slice     Slice*   {data, len, cap}    NULL is a nil slice
 *   interface Iface*   {type, word}        NULL is a nil interface
 *   func      Closure* {proto, upvalues}   NULL is a nil func
 *   map       Map*                         NULL is a nil map
 *   complex   Cplx*    {re, im}            NULL is 0+0i (both widths)
 *   struct, array: a pointer to the value's own block (copied on
 *             assignment; never NULL once initialised)
 * The zero word is therefore every type's zero value except aggregates. */
#ifndef GOSH_OBJECT_H
#define GOSH_OBJECT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "runtime.h"
#include "type.h"

typedef uint32_t Instr;

typedef struct String {
    int64_t len;
    const char *data;
} String;

static inline int64_t str_len(const String *s)
{
    return s ? s->len : 0;
}
static inline const char *str_data(const String *s)
{
    return s ? s->data : "";
}
String *str_new(const char *p, int64_t n);
String *str_from_cstr(const char *s);
/* A string of [n] bytes whose contents the caller fills through [*data]
 * before anyone else sees it. */
String *str_alloc(int64_t n, char **data);
String *str_sub(String *s, int64_t lo, int64_t hi);
String *str_concat(String *a, String *b);
int str_cmp(const String *a, const String *b);
/* Inline: string-keyed maps compare a key on every lookup. */
static inline bool str_eq(const String *a, const String *b)
{
    if (a == b)
        return true;
    int64_t n = str_len(a);
    if (n != str_len(b))
        return false;
    return n == 0 || memcmp(a->data, b->data, (size_t)n) == 0;
}
uint64_t str_hash(const String *s);
String *str_from_rune(int64_t r);

typedef struct Slice {
    char *data;
    int64_t len;
    int64_t cap;
} Slice;

Slice *slice_make(const Type *elem, int64_t len, int64_t cap);
Slice *slice_header(char *data, int64_t len, int64_t cap);
void *array_alloc(const Type *elem, int64_t n);
/* append for one element of [esize] bytes read from [src]. */
Slice *slice_append(Slice *s, const Type *elem, const void *src);
Slice *slice_append_slice(Slice *s, const Type *elem, const char *data,
                          int64_t n);
int64_t slice_grow_cap(int64_t old_cap, int64_t needed, const Type *elem);
/* Go's malloc size class for [size] bytes, and the capacity a new heap
 * slice of [n] elements of [esize] bytes gets from it. */
uint64_t slice_roundupsize(uint64_t size);
int64_t slice_heap_cap(int64_t n, uint64_t esize);

/* complex64 and complex128 values: an immutable box, so a value is one
 * word that a racing store replaces whole (design §3). A complex64's parts
 * are float32 values held as doubles; its operations are complex128's
 * followed by cplx_narrow, which is what Go computes (it widens complex64
 * for * and /, and float32 + and - round the same either way). */
typedef struct Cplx {
    double re, im;
} Cplx;

Cplx *cplx_new(double re, double im);
/* [x] rounded to float32. The empty asm keeps GCC 12's SLP vectoriser
 * from pairing the two parts' conversions, which it then drops as if
 * (double)(float)x were x (seen with -O2 on x86-64). */
static inline double cplx_f32(double x)
{
    float f = (float)x;
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    __asm__("" : "+x"(f));
#elif defined(__GNUC__)
    __asm__("" : "+g"(f));
#endif
    return f;
}
static inline double cplx_re(const Cplx *c)
{
    return c ? c->re : 0;
}
static inline double cplx_im(const Cplx *c)
{
    return c ? c->im : 0;
}
Cplx *cplx_add(const Cplx *a, const Cplx *b);
Cplx *cplx_sub(const Cplx *a, const Cplx *b);
Cplx *cplx_mul(const Cplx *a, const Cplx *b);
/* Go's runtime complex128div: Smith's algorithm, then C99's Inf and NaN
 * corrections; dividing by zero gives Inf or NaN, never a panic. */
Cplx *cplx_div(const Cplx *a, const Cplx *b);
Cplx *cplx_add64(const Cplx *a, const Cplx *b);
Cplx *cplx_sub64(const Cplx *a, const Cplx *b);
Cplx *cplx_mul64(const Cplx *a, const Cplx *b);
Cplx *cplx_div64(const Cplx *a, const Cplx *b);
Cplx *cplx_neg(const Cplx *a);
/* Both parts rounded to float32 (complex64). */
Cplx *cplx_narrow(const Cplx *a);
bool cplx_eq(const Cplx *a, const Cplx *b);
uint64_t cplx_hash(const Cplx *a);

typedef struct Iface {
    const Type *type;
    Value word;
} Iface;

Iface *iface_box(const Type *t, Value v);

struct Proto;

typedef struct Closure {
    const struct Proto *proto;
    Value up[];
} Closure;

/* Where a closure's captured variable comes from when it is created: a
 * register of the enclosing frame or an upvalue of the enclosing closure. */
typedef struct UpvalDesc {
    uint8_t from_reg;
    uint8_t index;
} UpvalDesc;

/* Tags of constant-table entries, for the disassembler. */
typedef enum KTag {
    KT_INT, KT_FLOAT, KT_STRING, KT_COMPLEX, KT_TYPE, KT_GLOBAL, KT_FUNC, KT_NATIVE,
    KT_PROTO, KT_NAME,
} KTag;

/* A compiled function. */
typedef struct Proto {
    const char *name;           /* Go's name: main.f, main.main.func1 */
    const char *file;
    Instr *code;
    int32_t *lines;
    int32_t ncode;
    Value *k;
    uint8_t *ktags;
    const char **knames;        /* names of globals, funcs and natives */
    int32_t nk;
    UpvalDesc *upvals;
    uint16_t nupvals;
    uint16_t nparams;           /* parameter slots */
    uint16_t nresults;
    uint16_t maxregs;
    int32_t line;
    /* PF_HIDDEN: left out of tracebacks (the program's entry). */
    uint8_t flags;
    /* In a function with defer: where execution resumes after a deferred
     * call recovers a panic (a return of the result registers), or -1. */
    int32_t recover_pc;
    Type *type;
    /* The closure of a function without captured variables, shared by
     * every static call and function value. */
    Closure *closure;
    /* Under --race: the first of this function's site numbers, one per
     * instruction word (race/site.c); 0 until the detector meets it. */
    uint32_t race_base;
} Proto;

enum { PF_HIDDEN = 1 };

typedef void (*NativeFn)(G *g, Value *args);

/* A Go function implemented in C. Arguments arrive in args[0..] (a
 * variadic tail as one slice) and results are written back from args[0]. */
typedef struct Native {
    const char *pkg;
    const char *name;
    const char *sig;
    NativeFn fn;
    Type *type;
} Native;

/* Maps: vm/map.c */
typedef struct Map Map;
Map *map_new(const Type *maptype, int64_t hint);
bool map_get(Map *m, Value key, Value *out);
void map_set(Map *m, Value key, Value val);
/* Deterministic mode's overlapping writes: a goroutine switched out in
 * the middle of a write to [m] holds its writing flag meanwhile, so
 * another goroutine's write or read of [m] stops the program with
 * "concurrent map writes" (or "read and map write"), as two truly
 * overlapping writes do in Go. */
void map_suspend_write(Map *m);
void map_resume_write(Map *m);
void map_delete(Map *m, Value key);
int64_t map_len(const Map *m);
void map_clear(Map *m);
const Type *map_type(const Map *m);

typedef struct MapIter MapIter;
MapIter *map_iter(Map *m, uint64_t start);
bool map_next(MapIter *it, Value *key, Value *val);

/* Equality and hashing by type: vm/equal.c */
bool vm_equal(Value a, Value b, const Type *t);
/* Also reports the uncomparable dynamic type that == met, if any. */
bool vm_equal_checked(Value a, Value b, const Type *t, const Type **bad);
uint64_t vm_hash(Value v, const Type *t);
/* The dynamic type that makes an interface comparison or hash panic, or
 * NULL when [t] is comparable all the way down. */
const Type *vm_unhashable(const Type *t, Value v);

#endif
