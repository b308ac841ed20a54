/* map.c: Go maps.
 *
 * Entries live in insertion order in an array; an open-addressing index of
 * int32 slots points into it. Deleting leaves a tombstone (hash 0) that the
 * next growth compacts away. Iteration walks the entry array from a random
 * starting point (seeded under --seed), so order is unspecified, as in Go.
 *
 * Races: Go detects concurrent writes and stops with "fatal error:
 * concurrent map writes"; gosh does the same with a writing flag taken by
 * an atomic exchange. Readers never take a lock: they read the table
 * pointer once and stay within that table's bounds, so a racing reader may
 * see a stale value but never touches memory it should not. */
#include <math.h>
#include <string.h>
#include "object.h"
#include "internal.h"

typedef struct Entry {
    Value key;
    Value val;
    uint64_t hash; /* 0: deleted */
} Entry;

typedef struct Table {
    int32_t *index;     /* -1 empty; else entry number */
    uint64_t mask;
    Entry *entries;
    int64_t used;       /* entries used, tombstones included */
    int64_t cap;        /* entries allocated */
} Table;

struct Map {
    Table *t;
    int64_t count;
    const Type *type;
    const Type *key;
    int writing;
    /* The entry the last lookup found: m[k]++ reads then writes the same
     * key, and the write tries this entry before hashing. Only a hint: a
     * write checks the entry's key, so a stale or racing value is harmless. */
    int64_t last;
    /* Key kinds with a fast path. */
    uint8_t fast; /* 1: word key compared bitwise; 2: string key */
};

struct MapIter {
    Map *m;
    Table *t;
    int64_t n;      /* entries to visit */
    int64_t start;
    int64_t i;      /* visited so far */
};

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

static inline uint64_t key_hash(const Map *m, Value k)
{
    uint64_t h;
    if (m->fast == 1)
        h = mix64(k.u);
    else if (m->fast == 2)
        h = str_hash(k.p);
    else
        h = vm_hash(k, m->key);
    return h | 1; /* never 0, which marks a deleted entry */
}

static inline bool key_eq(const Map *m, Value a, Value b)
{
    if (m->fast == 1)
        return a.u == b.u;
    if (m->fast == 2)
        return str_eq(a.p, b.p);
    return vm_equal(a, b, m->key);
}

static Table *table_new(int64_t cap)
{
    uint64_t slots = 8;
    while (slots < (uint64_t)cap * 2)
        slots *= 2;
    Table *t = rt_alloc(sizeof *t);
    t->index = rt_alloc_atomic(sizeof(int32_t) * slots);
    memset(t->index, 0xff, sizeof(int32_t) * slots);
    t->mask = slots - 1;
    t->cap = (int64_t)(slots / 2);
    t->entries = rt_alloc(sizeof(Entry) * (size_t)t->cap);
    return t;
}

Map *map_new(const Type *maptype, int64_t hint)
{
    Map *m = rt_alloc(sizeof *m);
    m->type = maptype;
    m->key = maptype->key;
    switch (type_under((Type *)m->key)->kind) {
    case K_BOOL: case K_INT: case K_INT8: case K_INT16: case K_INT32:
    case K_INT64: case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32:
    case K_UINT64: case K_UINTPTR: case K_POINTER: case K_CHAN:
        m->fast = 1;
        break;
    case K_STRING:
        m->fast = 2;
        break;
    default:
        m->fast = 0;
        break;
    }
    /* Go ignores a hint whose buckets would pass maxAlloc (2^48 bytes,
     * some 2^44 entries); one below that but past what an index of int32
     * slots can hold is as good as the most it can hold, and is as sure to
     * run out of memory */
    if (hint > (1LL << 44))
        hint = 0;
    else if (hint > (1LL << 30))
        hint = 1LL << 30;
    m->t = table_new(hint > 0 ? hint : 4);
    return m;
}

const Type *map_type(const Map *m)
{
    return m->type;
}

int64_t map_len(const Map *m)
{
    return m ? m->count : 0;
}

/* Go's fatal error, with the stack of the goroutine that found it */
static _Noreturn void map_fatal(const char *msg)
{
    G *g = rt_current();
    if (!g)
        rt_fatal(msg);
    rt_flush_stdout();
    fprintf(stderr, "fatal error: %s\n\ngoroutine %lld [running]:\n", msg, (long long)g->id);
    vm_traceback(g, stderr);
    rt_print_other_goroutines(stderr);
    rt_abort_goroutine(2);
}

static void begin_write(Map *m)
{
    if (__atomic_exchange_n(&m->writing, 1, __ATOMIC_ACQUIRE))
        map_fatal("concurrent map writes");
}

static void end_write(Map *m)
{
    __atomic_store_n(&m->writing, 0, __ATOMIC_RELEASE);
}

void map_suspend_write(Map *m)
{
    begin_write(m);
}

void map_resume_write(Map *m)
{
    end_write(m);
}

static void check_read(const Map *m)
{
    if (__atomic_load_n(&m->writing, __ATOMIC_RELAXED))
        map_fatal("concurrent map read and map write");
}

/* Returns the entry number for [k], or -1. */
static int64_t find(const Map *m, const Table *t, Value k, uint64_t h)
{
    uint64_t i = h & t->mask;
    for (;;) {
        int32_t e = t->index[i];
        if (e < 0)
            return -1;
        if (e < t->used) {
            const Entry *en = &t->entries[e];
            if (en->hash == h && key_eq(m, en->key, k))
                return e;
        }
        i = (i + 1) & t->mask;
    }
}

bool map_get(Map *m, Value key, Value *out)
{
    if (!m)
        return false;
    check_read(m);
    Table *t = __atomic_load_n(&m->t, __ATOMIC_ACQUIRE);
    int64_t e = find(m, t, key, key_hash(m, key));
    if (e < 0)
        return false;
    *out = t->entries[e].val;
    if (__atomic_load_n(&m->last, __ATOMIC_RELAXED) != e)
        __atomic_store_n(&m->last, e, __ATOMIC_RELAXED);
    return true;
}

/* Rebuilds the table with room for [need] live entries, dropping
 * tombstones. The old table stays intact for iterators that hold it. */
static void rehash(Map *m, int64_t need)
{
    Table *old = m->t;
    Table *t = table_new(need < 4 ? 4 : need);
    int64_t n = 0;
    for (int64_t i = 0; i < old->used; i++) {
        Entry *e = &old->entries[i];
        if (!e->hash)
            continue;
        t->entries[n] = *e;
        uint64_t s = e->hash & t->mask;
        while (t->index[s] >= 0)
            s = (s + 1) & t->mask;
        t->index[s] = (int32_t)n;
        n++;
    }
    t->used = n;
    __atomic_store_n(&m->t, t, __ATOMIC_RELEASE);
}

void map_set(Map *m, Value key, Value val)
{
    /* hashing an interface key may panic: not while marked as writing */
    uint64_t h = m->fast ? 0 : key_hash(m, key);
    begin_write(m);
    Table *t = m->t;
    if (m->fast) {
        int64_t last = __atomic_load_n(&m->last, __ATOMIC_RELAXED);
        if (last >= 0 && last < t->used && t->entries[last].hash &&
            key_eq(m, t->entries[last].key, key)) {
            t->entries[last].val = val;
            end_write(m);
            return;
        }
        h = key_hash(m, key);
    }
    int64_t e = find(m, t, key, h);
    if (e >= 0) {
        t->entries[e].val = val;
        end_write(m);
        return;
    }
    if (t->used == t->cap) {
        rehash(m, m->count * 2 + 1);
        t = m->t;
    }
    if (t->used > INT32_MAX - 1) {
        end_write(m);
        rt_fatal("runtime: map too large");
    }
    Entry *en = &t->entries[t->used];
    if (m->key->memkind == M_BLOCK) {
        /* the map keeps its own copy of an array or struct key */
        void *copy = rt_alloc_zeroed(m->key->size ? m->key->size : 1, type_has_ptr(m->key));
        memcpy(copy, key.p, m->key->size);
        key.p = copy;
    }
    en->key = key;
    en->val = val;
    en->hash = h;
    uint64_t s = h & t->mask;
    while (t->index[s] >= 0)
        s = (s + 1) & t->mask;
    t->index[s] = (int32_t)t->used;
    t->used++;
    m->count++;
    end_write(m);
}

void map_delete(Map *m, Value key)
{
    if (!m)
        return;
    uint64_t h = key_hash(m, key);
    begin_write(m);
    Table *t = m->t;
    int64_t e = find(m, t, key, h);
    if (e >= 0) {
        Entry *en = &t->entries[e];
        en->hash = 0;
        en->key.u = 0;
        en->val.u = 0;
        m->count--;
    }
    end_write(m);
}

void map_clear(Map *m)
{
    if (!m)
        return;
    begin_write(m);
    Table *t = m->t;
    for (int64_t i = 0; i < t->used; i++) {
        t->entries[i].hash = 0;
        t->entries[i].key.u = 0;
        t->entries[i].val.u = 0;
    }
    m->count = 0;
    end_write(m);
}

MapIter *map_iter(Map *m, uint64_t start)
{
    MapIter *it = rt_alloc(sizeof *it);
    if (!m)
        return it;
    it->m = m;
    it->t = m->t;
    it->n = it->t->used;
    it->start = it->n ? (int64_t)(start % (uint64_t)it->n) : 0;
    return it;
}

/* Produces the next live entry. When the map was rebuilt since the
 * iteration began, entries of the old table are re-checked against the
 * map, so deleted ones are skipped and values are current. */
bool map_next(MapIter *it, Value *key, Value *val)
{
    while (it->i < it->n) {
        int64_t idx = (it->start + it->i) % it->n;
        it->i++;
        Entry *e = &it->t->entries[idx];
        uint64_t h = e->hash;
        if (!h)
            continue;
        Value k = e->key;
        if (it->t != it->m->t) {
            if (!map_get(it->m, k, val))
                continue;
        } else {
            *val = e->val;
            if (!e->hash)
                continue;
        }
        *key = k;
        return true;
    }
    return false;
}
