/* iface.c: dynamic dispatch through interfaces, and the dynamic
 * implements check of type assertions and type switches. Results are
 * cached in small lock-free tables: a slot holds a pointer to an
 * immutable entry, so a racing reader sees a whole entry or none. */
#include <string.h>
#include "internal.h"

typedef struct DispatchEntry {
    const Type *type;
    const char *name;
    Method *method;
} DispatchEntry;

typedef struct ImplEntry {
    const Type *type;
    const Type *iface;
    bool yes;
} ImplEntry;

enum { CACHE_SIZE = 1024 };
static DispatchEntry *dispatch_cache[CACHE_SIZE];
static ImplEntry *impl_cache[CACHE_SIZE];

static size_t slot(const void *a, const void *b)
{
    uintptr_t h = ((uintptr_t)a >> 4) * 31 + ((uintptr_t)b >> 3);
    h ^= h >> 11;
    return h & (CACHE_SIZE - 1);
}

/* The method of dynamic type [t] named [name] (pointer identity: names
 * are interned), and whether [t] is a pointer to the named type. */
static Method *method_of(const Type *t, const char *name, bool *ptr)
{
    *ptr = false;
    const Type *nt = t;
    if (t->kind == K_POINTER && !(t->flags & TF_NAMED)) {
        nt = t->elem;
        *ptr = true;
    }
    for (int i = 0; i < nt->nmethods; i++)
        if (nt->methods[i].name == name)
            return &nt->methods[i];
    return NULL;
}

Closure *vm_find_dispatch(const Iface *it, const char *name, Value *recv)
{
    const Type *t = it->type;
    size_t s = slot(t, name);
    DispatchEntry *e = __atomic_load_n(&dispatch_cache[s], __ATOMIC_ACQUIRE);
    Method *m;
    if (e && e->type == t && e->name == name) {
        m = e->method;
    } else {
        bool p;
        m = method_of(t, name, &p);
        if (!m)
            return NULL;
        DispatchEntry *ne = rt_alloc(sizeof *ne);
        ne->type = t;
        ne->name = name;
        ne->method = m;
        __atomic_store_n(&dispatch_cache[s], ne, __ATOMIC_RELEASE);
    }
    bool ptr = t->kind == K_POINTER && !(t->flags & TF_NAMED);
    if (ptr && !m->ptr_recv) {
        /* a value method called through a pointer: dereference */
        if (!it->word.p)
            return NULL; /* the caller reports Go's nil-receiver panic */
        *recv = vm_load_mem(it->word.p, t->elem);
    } else if (!ptr && t->memkind == M_BLOCK) {
        /* the callee gets its own copy of a struct receiver */
        recv->p = vm_new_block(t);
        memcpy(recv->p, it->word.p, t->size);
    } else {
        *recv = it->word;
    }
    return m->fn;
}

/* Whether the method set of [t] has every method of [iface]. */
static bool implements_slow(const Type *t, const Type *iface)
{
    for (int i = 0; i < iface->nimethods; i++) {
        bool ptr;
        Method *m = method_of(t, iface->imethods[i].name, &ptr);
        if (!m || !type_same(m->type, iface->imethods[i].type))
            return false;
        if (m->ptr_recv && !ptr)
            return false;
    }
    return true;
}

bool vm_implements(const Type *t, const Type *iface)
{
    size_t s = slot(t, iface);
    ImplEntry *e = __atomic_load_n(&impl_cache[s], __ATOMIC_ACQUIRE);
    if (e && e->type == t && e->iface == iface)
        return e->yes;
    bool yes = implements_slow(t, iface);
    ImplEntry *ne = rt_alloc(sizeof *ne);
    ne->type = t;
    ne->iface = iface;
    ne->yes = yes;
    __atomic_store_n(&impl_cache[s], ne, __ATOMIC_RELEASE);
    return yes;
}

const char *vm_missing_method(const Type *t, const Type *iface)
{
    for (int i = 0; i < iface->nimethods; i++) {
        bool ptr;
        Method *m = method_of(t, iface->imethods[i].name, &ptr);
        if (!m || !type_same(m->type, iface->imethods[i].type) || (m->ptr_recv && !ptr))
            return iface->imethods[i].name;
    }
    return NULL;
}
