/* site.c: numbers for the places accesses are made.
 *
 * Shadow memory keeps, for each access it remembers, where it was made:
 * a function and an instruction. A pointer pair would be 16 bytes per
 * access; a 32-bit site number keeps a Cell at 24 bytes. Each function
 * gets a range of numbers, one per instruction word, the first time the
 * detector sees it (Proto.race_base), so numbering an access is an add;
 * turning a number back into a place, for a report, is a binary search
 * of the ranges handed out. Bit 31 says the access was made inside the
 * function the instruction called (a standard package's). */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

typedef struct Range {
    uint32_t base;
    const Proto *proto;
} Range;

static Range *ranges;
static uint32_t nranges, capranges;
static uint32_t next_base = 1;
static pthread_mutex_t ranges_lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t base_of(const Proto *p)
{
    uint32_t b = __atomic_load_n(&p->race_base, __ATOMIC_ACQUIRE);
    if (__builtin_expect(b != 0, 1))
        return b;
    pthread_mutex_lock(&ranges_lock);
    b = p->race_base;
    if (b == 0 && next_base + (uint32_t)p->ncode + 1 < SITE_CALLED_BIT) {
        if (nranges == capranges) {
            capranges = capranges ? capranges * 2 : 256;
            Range *n = xmalloc(sizeof(Range) * capranges);
            if (nranges)
                memcpy(n, ranges, sizeof(Range) * nranges);
            /* readers may hold the old array: it is left, not freed */
            __atomic_store_n(&ranges, n, __ATOMIC_RELEASE);
        }
        ranges[nranges] = (Range){next_base, p};
        __atomic_store_n(&nranges, nranges + 1, __ATOMIC_RELEASE);
        b = next_base;
        next_base += (uint32_t)p->ncode + 1;
        __atomic_store_n(&((Proto *)p)->race_base, b, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&ranges_lock);
    return b;
}

SiteId race_site_id(const Proto *p, const Instr *pc, bool in_call)
{
    uint32_t b = base_of(p);
    if (b == 0)
        return 0; /* out of numbers: the access is kept without its place */
    return (b + (uint32_t)(pc - p->code)) | (in_call ? SITE_CALLED_BIT : 0);
}

Site race_site_of(SiteId id)
{
    uint32_t n = id & ~SITE_CALLED_BIT;
    Site s = {NULL, NULL, (id & SITE_CALLED_BIT) != 0};
    pthread_mutex_lock(&ranges_lock);
    uint32_t lo = 0, hi = nranges;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (ranges[mid].base <= n)
            lo = mid;
        else
            hi = mid;
    }
    if (nranges && n >= ranges[lo].base) {
        s.proto = ranges[lo].proto;
        s.pc = s.proto->code + (n - ranges[lo].base);
    }
    pthread_mutex_unlock(&ranges_lock);
    return s;
}
