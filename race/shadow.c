/* shadow.c: shadow memory and FastTrack's read and write rules.
 *
 * Every 8-byte word the program loads or stores through a shadowed
 * instruction has a Cell: the last write's epoch and site, and the last
 * read's (one epoch while reads are ordered, a list of readers once two
 * unordered goroutines read: FastTrack's read-shared state). Sites are
 * numbers (site.c), so a Cell is 24 bytes. Accesses
 * narrower than a word (int8 to int32 elements and fields) get a cell
 * per byte address instead, so two goroutines writing neighbouring
 * bytes do not seem to race.
 *
 * Cells live in pages found by hashing the address: a page table of
 * fixed size, filled with a compare-and-swap, never emptied. A cell is
 * changed under one of 1024 striped spin locks. Memory that the
 * collector hands out again must not keep the old object's history (two
 * unrelated objects would seem to race), so every new object's cells
 * are cleared as it is allocated (rt_alloc_hook). */
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

typedef struct Reader {
    Epoch e;
    SiteId site;
} Reader;

/* The readers of a cell once reads are shared. */
typedef struct ReadSet {
    uint32_t n, cap;
    Reader r[];
} ReadSet;

/* 24 bytes: three times the word it shadows. */
typedef struct Cell {
    Epoch w;
    uint64_t r;         /* the last read's epoch, or a ReadSet with SHARED set */
    SiteId wsite, rsite;
} Cell;

#define SHARED ((uint64_t)1 << 63)
#define RS(c) ((ReadSet *)(uintptr_t)((c)->r & ~SHARED))
#define IS_SHARED(c) (((c)->r & SHARED) != 0)

enum {
    PAGE_SHIFT = 12,                /* cells per page: 4096 */
    PAGE_CELLS = 1 << PAGE_SHIFT,
    TABLE_BITS = 20,                /* pages: a million, 32 GiB of words */
    TABLE_SIZE = 1 << TABLE_BITS,
    NLOCKS = 1024,
};

typedef struct PageSlot {
    uintptr_t key;                  /* page number + 1; 0: empty */
    Cell *cells;
} PageSlot;

static PageSlot *pages;
static uint8_t *locks; /* malloc'd, as clock.c's table */

static void lock_cell(const Cell *c)
{
    uint8_t *l = &locks[((uintptr_t)c >> 6) % NLOCKS];
    while (__atomic_test_and_set(l, __ATOMIC_ACQUIRE))
        while (__atomic_load_n(l, __ATOMIC_RELAXED))
            sched_yield();
}

static void unlock_cell(const Cell *c)
{
    __atomic_clear(&locks[((uintptr_t)c >> 6) % NLOCKS], __ATOMIC_RELEASE);
}

static size_t slot_of(uintptr_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> (64 - TABLE_BITS));
}

/* The page holding cell number [idx] (a word or byte index with the
 * space's tag), made if [make]. */
static Cell *page_of(uintptr_t idx, bool make)
{
    uintptr_t key = (idx >> PAGE_SHIFT) + 1;
    for (size_t s = slot_of(key), tries = 0; tries < TABLE_SIZE; s = (s + 1) % TABLE_SIZE, tries++) {
        uintptr_t k = __atomic_load_n(&pages[s].key, __ATOMIC_ACQUIRE);
        if (k == key) {
            Cell *c;
            while (!(c = __atomic_load_n(&pages[s].cells, __ATOMIC_ACQUIRE)))
                sched_yield(); /* being made by another thread */
            return c;
        }
        if (k != 0)
            continue;
        if (!make)
            return NULL;
        uintptr_t zero = 0;
        if (__atomic_compare_exchange_n(&pages[s].key, &zero, key, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE)) {
            Cell *c = xcalloc(sizeof(Cell) * PAGE_CELLS);
            __atomic_store_n(&pages[s].cells, c, __ATOMIC_RELEASE);
            return c;
        }
        if (zero == key) {
            s = (s + TABLE_SIZE - 1) % TABLE_SIZE; /* look at this slot again */
            continue;
        }
    }
    return NULL;
}

/* Byte cells live in a space of their own, above every word index. */
#define BYTE_SPACE ((uintptr_t)1 << 62)

static Cell *cell_of(const void *addr, size_t size, bool make)
{
    uintptr_t idx = size >= 8 ? (uintptr_t)addr >> 3 : BYTE_SPACE | (uintptr_t)addr;
    Cell *page = page_of(idx, make);
    return page ? &page[idx & (PAGE_CELLS - 1)] : NULL;
}

/* The site of an access: the innermost frame of the program's own code.
 * An access inside a standard package (a shared bytes.Buffer) is kept
 * as the line that called into the package, so the report and its
 * once-per-pair-of-lines rule speak of the program's lines. */
SiteId race_site(G *g)
{
    int32_t top = g->nframes - 1;
    for (int32_t f = top; f >= 0; f--) {
        const Frame *fr = &g->frames[f];
        if (strncmp(fr->cl->proto->file, "<stdlib>", 8) != 0)
            return race_site_id(fr->cl->proto, fr->pc, f != top);
    }
    return race_site_id(g->frames[top].cl->proto, g->frames[top].pc, false);
}

/* Does c@t happen before the goroutine with clock [vc]? */
static inline bool before(Epoch e, const VClock *vc)
{
    return EP_CLK(e) <= vc_get(vc, EP_TID(e));
}

static void add_reader(Cell *c, Epoch e, SiteId s)
{
    ReadSet *rs = IS_SHARED(c) ? RS(c) : NULL;
    for (uint32_t i = 0; rs && i < rs->n; i++)
        if (EP_TID(rs->r[i].e) == EP_TID(e)) {
            rs->r[i] = (Reader){e, s};
            return;
        }
    if (!rs || rs->n == rs->cap) {
        uint32_t cap = rs ? rs->cap * 2 : 4;
        ReadSet *n = xmalloc(sizeof(ReadSet) + sizeof(Reader) * cap);
        n->n = rs ? rs->n : 0;
        n->cap = cap;
        if (rs) {
            memcpy(n->r, rs->r, sizeof(Reader) * rs->n);
            free(rs);
        }
        rs = n;
        c->r = (uint64_t)(uintptr_t)n | SHARED;
    }
    rs->r[rs->n++] = (Reader){e, s};
}

/* A race found under the cell's lock is reported after it is let go. */
typedef struct Found {
    bool yes;
    Epoch prev;
    SiteId site;
    bool pwrite;
} Found;

static void read_cell(RaceG *r, Cell *c, SiteId here, Found *f)
{
    Epoch now = race_epoch(r);
    const VClock *vc = &r->vc;
    if (c->r == now)
        return;
    if (c->w && !before(c->w, vc))
        *f = (Found){true, c->w, c->wsite, true};
    if (IS_SHARED(c)) {
        add_reader(c, now, here);
    } else if (!c->r || before(c->r, vc)) {
        c->r = now;
        c->rsite = here;
    } else {
        /* two unordered readers: the cell's reads become shared */
        Epoch old = c->r;
        c->r = 0;
        add_reader(c, old, c->rsite);
        add_reader(c, now, here);
    }
}

static void write_cell(RaceG *r, Cell *c, SiteId here, Found *f)
{
    Epoch now = race_epoch(r);
    const VClock *vc = &r->vc;
    if (c->w == now)
        return;
    if (c->w && !before(c->w, vc))
        *f = (Found){true, c->w, c->wsite, true};
    else if (IS_SHARED(c)) {
        ReadSet *rs = RS(c);
        for (uint32_t i = 0; i < rs->n; i++)
            if (EP_TID(rs->r[i].e) != r->tid && !before(rs->r[i].e, vc)) {
                *f = (Found){true, rs->r[i].e, rs->r[i].site, false};
                break;
            }
        free(rs);
        c->r = 0;
    } else if (c->r && EP_TID(c->r) != r->tid && !before(c->r, vc)) {
        *f = (Found){true, c->r, c->rsite, false};
    }
    c->w = now;
    c->wsite = here;
}

static void check_access(G *g, const void *addr, size_t size, bool write)
{
    RaceG *r = race_g(g);
    Cell *c = cell_of(addr, size, true);
    if (!c)
        return;
    SiteId here = race_site(g);
    Found f = {false, 0, 0, false};
    lock_cell(c);
    if (write)
        write_cell(r, c, here, &f);
    else
        read_cell(r, c, here, &f);
    unlock_cell(c);
    if (__builtin_expect(f.yes, 0))
        race_report(g, addr, write, f.prev, f.site, f.pwrite);
}

void race_read(G *g, const void *addr, size_t size)
{
    check_access(g, addr, size, false);
}

void race_write(G *g, const void *addr, size_t size)
{
    check_access(g, addr, size, true);
}

static void range(G *g, const void *addr, size_t n, size_t esize, bool write)
{
    if (esize >= 8) {
        const char *p = (const char *)((uintptr_t)addr & ~(uintptr_t)7);
        for (const char *end = (const char *)addr + n; p < end; p += 8)
            check_access(g, p, 8, write);
    } else if (esize > 0) {
        for (size_t off = 0; off < n; off += esize)
            check_access(g, (const char *)addr + off, esize, write);
    }
}

void race_read_range(G *g, const void *addr, size_t n, size_t esize)
{
    range(g, addr, n, esize, false);
}

void race_write_range(G *g, const void *addr, size_t n, size_t esize)
{
    range(g, addr, n, esize, true);
}

static void clear_cells(uintptr_t from, uintptr_t to)
{
    while (from < to) {
        Cell *page = page_of(from, false);
        uintptr_t page_end = (from | (PAGE_CELLS - 1)) + 1;
        uintptr_t stop = page_end < to ? page_end : to;
        if (page) {
            for (uintptr_t i = from; i < stop; i++) {
                Cell *c = &page[i & (PAGE_CELLS - 1)];
                if (c->w || c->r) {
                    if (IS_SHARED(c))
                        free(RS(c));
                    memset(c, 0, sizeof *c);
                }
            }
        }
        from = stop;
    }
}

void race_alloc_hook(void *p, size_t size)
{
    uintptr_t a = (uintptr_t)p;
    clear_cells(a >> 3, (a + size + 7) >> 3);
    clear_cells(BYTE_SPACE | a, BYTE_SPACE | (a + size));
}

bool race_shadow_init(void)
{
    pages = xcalloc(sizeof(PageSlot) * TABLE_SIZE);
    locks = xcalloc(NLOCKS);
    return pages != NULL;
}
