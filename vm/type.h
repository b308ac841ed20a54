/* type.h: Go's types, shared by the checker (identity, assignability) and
 * the runtime (interface dynamic types, %v and %T, map hashing).
 *
 * Types are interned: two unnamed types are identical exactly when their
 * pointers are equal, so the checker compares with ==. A named type is its
 * own Type whose structural fields (elem, fields, params...) are copied
 * from its underlying type, so code that asks t->kind == K_SLICE and reads
 * t->elem works for `type IntList []int` too. */
#ifndef GOSH_TYPE_H
#define GOSH_TYPE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum Kind {
    K_INVALID,
    K_BOOL,
    K_INT, K_INT8, K_INT16, K_INT32, K_INT64,
    K_UINT, K_UINT8, K_UINT16, K_UINT32, K_UINT64, K_UINTPTR,
    K_FLOAT32, K_FLOAT64,
    K_COMPLEX64, K_COMPLEX128,
    K_STRING,
    K_UNSAFEPTR,
    /* the types of untyped constants, and of nil */
    K_UNTYPED_BOOL, K_UNTYPED_INT, K_UNTYPED_RUNE, K_UNTYPED_FLOAT,
    K_UNTYPED_COMPLEX, K_UNTYPED_STRING, K_UNTYPED_NIL,
    /* composite */
    K_ARRAY, K_SLICE, K_STRUCT, K_POINTER, K_FUNC, K_INTERFACE, K_MAP,
    K_CHAN,
    /* the result list of a multi-value call */
    K_TUPLE,
    K_COUNT
} Kind;

typedef struct Type Type;

/* How a value of a type sits in memory (slice elements, struct fields,
 * boxes). Registers always hold one 8-byte word; an aggregate (struct or
 * array) is held in a register as a pointer to its block. */
typedef enum MemKind {
    M_I8, M_U8, M_I16, M_U16, M_I32, M_U32, M_F32, M_WORD, M_BLOCK,
} MemKind;

typedef struct Field {
    const char *name;
    Type *type;
    uint32_t offset;
    bool embedded;
    bool exported;
    const char *tag;
} Field;

/* A method: [fn] is the runtime function (a Closure*, set when code is
 * generated). [ptr_recv] tells whether the receiver is *T. */
typedef struct Method {
    const char *name;
    Type *type;         /* signature without the receiver */
    void *fn;
    bool ptr_recv;
    /* For promoted methods: the path of embedded fields to the receiver,
     * the method it reaches (NULL when it is an interface's method), and
     * the embedded type that declares it. */
    int depth;
    const int *path;
    struct Method *target;
    Type *owner;
} Method;

/* A method of an interface type. */
typedef struct IMethod {
    const char *name;
    Type *type;
} IMethod;

enum {
    TF_NAMED = 1 << 0,
    TF_HASPTR = 1 << 1,       /* values contain GC pointers */
    TF_COMPARABLE = 1 << 2,   /* == is defined (and may be a map key) */
    TF_VARIADIC = 1 << 3,     /* func types: last parameter is ...T */
    TF_INCOMPLETE = 1 << 4,   /* named type whose underlying is not set yet */
    TF_ALIAS_BYTE = 1 << 5,   /* spelled byte/rune: print as Go prints them */
    TF_CONSTRAINT = 1 << 6,   /* interface with type terms: only a constraint */
    /* array, struct or named type holding by value a type that is still
     * incomplete (`type A struct{ b *B }; type B struct{ a A }` builds B
     * while A is unfinished): its size, offsets and flags are provisional
     * until type_complete_layouts */
    TF_PENDING = 1 << 7,
};

/* Sizes are 32 bits: the largest array or struct gosh lays out is
 * TYPE_SIZE_MAX bytes. A larger one gets the size TYPE_TOO_LARGE, which
 * the checker reports as an error, so no program holds one. */
#define TYPE_SIZE_MAX 0x7fffffffu
#define TYPE_TOO_LARGE 0x80000000u

struct Type {
    uint8_t kind;
    uint8_t memkind;
    uint16_t flags;
    uint32_t size;
    uint32_t align;
    uint32_t id;
    /* named types */
    const char *name;
    const char *pkg;
    Type *underlying;
    Method *methods;
    int nmethods;
    /* structure */
    Type *elem;         /* array, slice, pointer, chan; map value */
    Type *key;          /* map key */
    int64_t len;        /* array length */
    int dir;            /* chan: 0 both, 1 send-only, 2 receive-only */
    Type **params;      /* func parameters; tuple members */
    int nparams;
    Type **results;
    int nresults;
    Field *fields;
    int nfields;
    IMethod *imethods;  /* interface methods, sorted by name */
    int nimethods;
    /* The same type with byte and rune spelled uint8 and int32: identity
     * is equality of canon (byte and uint8 are one type that error
     * messages spell as the program did). The runtime sees only canon. */
    Type *canon;
    /* caches for interning */
    Type *ptr_to;
    Type *slice_of;
    Type *next_in_bucket;
    uint64_t hash;
};

/* Predeclared types. */
extern Type *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64;
extern Type *t_uint, *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr;
extern Type *t_float32, *t_float64, *t_complex64, *t_complex128, *t_string;
extern Type *t_byte, *t_rune;
extern Type *t_untyped_bool, *t_untyped_int, *t_untyped_rune;
extern Type *t_untyped_float, *t_untyped_complex, *t_untyped_string, *t_untyped_nil;
extern Type *t_invalid, *t_empty_iface, *t_error, *t_unsafeptr;
extern Type *t_empty_tuple;

void types_init(void);

Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *value);
Type *type_chan(Type *elem, int dir);
Type *type_func(Type **params, int nparams, Type **results, int nresults,
                bool variadic);
Type *type_tuple(Type **types, int n);
/* [fields] is copied; offsets are computed here. */
Type *type_struct(Field *fields, int n);
/* [methods] is copied and sorted by name. */
Type *type_interface(IMethod *methods, int n);
/* A new named type, incomplete until type_set_underlying. */
Type *type_named(const char *pkg, const char *name);
void type_set_underlying(Type *named, Type *underlying);
/* Whether [t]'s layout (size, offsets, pointer and comparability flags) is
 * not final yet. */
static inline bool type_layout_waits(const Type *t)
{
    return (t->flags & (TF_INCOMPLETE | TF_PENDING)) != 0;
}
/* Lays out every pending type whose parts are now complete; returns how
 * many still wait. The checker calls it once a declaration is resolved. */
int type_complete_layouts(void);

static inline Type *type_under(Type *t)
{
    return t->underlying ? t->underlying : t;
}
static inline bool type_is_named(const Type *t)
{
    return (t->flags & TF_NAMED) != 0;
}
/* Go's type identity. */
static inline bool type_same(const Type *a, const Type *b)
{
    return a == b || (a && b && a->canon == b->canon);
}
bool type_is_integer(const Type *t);
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_complex(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_untyped(const Type *t);
bool type_is_interface(const Type *t);
bool type_is_comparable(const Type *t);
/* Whether == is defined without panicking at run time (no interfaces
 * inside); used to pick fast comparisons. */
bool type_has_ptr(const Type *t);
/* A value's size in Go (amd64), not gosh's: a string is 16 bytes, a
 * slice 24, an interface 16. append's growth follows Go's sizes, so cap()
 * prints what Go prints. */
uint64_t type_go_size(const Type *t);
/* Size in bits of an integer or float kind. */
int type_bits(const Type *t);

/* The method set lookup: finds method [name] of [t] (and for a pointer
 * type, of its element), including promoted ones. */
Method *type_find_method(Type *t, const char *name);
/* Finds a field by name, through embedded structs. Fills [path] (field
 * indices from outer to inner, at most 16) and returns the depth, or -1 if
 * missing, -2 if ambiguous. */
int type_find_field(Type *t, const char *name, int *path);

/* Go's spelling of a type ("[]int", "map[string]main.T", "func(int) bool").
 * [qualify] prefixes named types of package main with "main." as %T and
 * runtime messages do; the checker's messages leave them bare. */
void type_string(const Type *t, bool qualify, char *buf, int size);
/* A GC-allocated copy of type_string(t, qualify). */
const char *type_name_of(const Type *t, bool qualify);

#endif
