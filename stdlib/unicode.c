/* unicode.c: questions about runes answered from the generated tables
 * (unicode_tables.c), and the native half of package unicode. */
#include "natives.h"
#include "unicode_tables.h"

enum { MAX_RUNE = 0x10FFFF };

int uni_category(int32_t r)
{
    if (r < 0 || r > MAX_RUNE)
        return UC_Cn;
    /* the last run that starts at or before r */
    int lo = 0, hi = uni_ncat - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (uni_cat_start[mid] <= (uint32_t)r)
            lo = mid;
        else
            hi = mid - 1;
    }
    return uni_cat[lo];
}

static bool in_ranges(const UniRange *rs, int n, uint32_t r)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (r < rs[mid].lo)
            hi = mid - 1;
        else if (r > rs[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool uni_in_set(int set, int32_t r)
{
    if (set < 0 || set >= uni_nsets || r < 0)
        return false;
    int from = uni_set_start[set];
    return in_ranges(uni_set_ranges + from, uni_set_start[set + 1] - from, (uint32_t)r);
}

bool uni_is_space(int32_t r)
{
    switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
        return true;
    }
    return r > 0x7f && uni_in_set(0, r);
}

static bool in_mask(int32_t r, uint32_t mask)
{
    return (mask >> uni_category(r)) & 1;
}

/* Go's "printable": letters, marks, numbers, punctuation, symbols and the
 * ASCII space, but no other space. */
bool uni_is_print(int32_t r)
{
    if (r >= 0x20 && r < 0x7f)
        return true;
    return in_mask(r, UM_L | UM_M | UM_N | UM_P | UM_S);
}

/* Graphic adds the other spaces (Zs) to printable. */
bool uni_is_graphic(int32_t r)
{
    return in_mask(r, UM_L | UM_M | UM_N | UM_P | UM_S | UM(Zs));
}

static const UniCase *case_of(int32_t r)
{
    if (r < 0 || r > MAX_RUNE)
        return NULL;
    int lo = 0, hi = uni_ncase - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if ((uint32_t)r < uni_case[mid].lo)
            hi = mid - 1;
        else if ((uint32_t)r > uni_case[mid].hi)
            lo = mid + 1;
        else
            return &uni_case[mid];
    }
    return NULL;
}

/* [which]: 0 upper, 1 lower, 2 title. */
static int32_t map_case(int32_t r, int which)
{
    if (r < 0x80) {
        if (which != 1 && r >= 'a' && r <= 'z')
            return r - 32;
        if (which == 1 && r >= 'A' && r <= 'Z')
            return r + 32;
        return r;
    }
    const UniCase *c = case_of(r);
    if (!c)
        return r;
    if (c->alt) {
        bool upper = ((uint32_t)r - c->lo) % 2 == 0;
        if (which == 1)
            return upper ? r + 1 : r;
        return upper ? r : r - 1;
    }
    return r + (which == 0 ? c->up : which == 1 ? c->low : c->title);
}

int32_t uni_to_upper(int32_t r) { return map_case(r, 0); }
int32_t uni_to_lower(int32_t r) { return map_case(r, 1); }
int32_t uni_to_title(int32_t r) { return map_case(r, 2); }

/* The next rune after [r] in its case-folding orbit (wrapping round to
 * the smallest), as unicode.SimpleFold. */
int32_t uni_simple_fold(int32_t r)
{
    if (r < 0 || r > MAX_RUNE)
        return r;
    int lo = 0, hi = uni_nfold - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if ((uint32_t)r < uni_fold[mid].from)
            hi = mid - 1;
        else if ((uint32_t)r > uni_fold[mid].from)
            lo = mid + 1;
        else
            return (int32_t)uni_fold[mid].to;
    }
    int32_t l = uni_to_lower(r);
    return l != r ? l : uni_to_upper(r);
}

/* ---- package unicode ---- */

#define RUNE_ARG ((int32_t)args[0].i)

#define CLASS_NATIVE(name, test)                                               \
    NATIVE(name)                                                               \
    {                                                                          \
        (void)g;                                                               \
        int32_t r = RUNE_ARG;                                                  \
        args[0].u = (test);                                                    \
    }

CLASS_NATIVE(is_letter, in_mask(r, UM_L))
CLASS_NATIVE(is_digit, r < 0x80 ? (r >= '0' && r <= '9') : in_mask(r, UM(Nd)))
CLASS_NATIVE(is_number, in_mask(r, UM_N))
CLASS_NATIVE(is_upper, in_mask(r, UM(Lu)))
CLASS_NATIVE(is_lower, in_mask(r, UM(Ll)))
CLASS_NATIVE(is_title, in_mask(r, UM(Lt)))
CLASS_NATIVE(is_punct, in_mask(r, UM_P))
CLASS_NATIVE(is_symbol, in_mask(r, UM_S))
CLASS_NATIVE(is_mark, in_mask(r, UM_M))
CLASS_NATIVE(is_control, in_mask(r, UM(Cc)))
CLASS_NATIVE(is_space, uni_is_space(r))
CLASS_NATIVE(is_print, uni_is_print(r))
CLASS_NATIVE(is_graphic, uni_is_graphic(r))

#define MAP_NATIVE(name, fn)                                                   \
    NATIVE(name)                                                               \
    {                                                                          \
        (void)g;                                                               \
        args[0].i = fn(RUNE_ARG);                                              \
    }

MAP_NATIVE(to_upper, uni_to_upper)
MAP_NATIVE(to_lower, uni_to_lower)
MAP_NATIVE(to_title, uni_to_title)
MAP_NATIVE(simple_fold, uni_simple_fold)

/* inCats(mask, r): whether r's category is in [mask]. */
NATIVE(in_cats)
{
    (void)g;
    args[0].u = in_mask((int32_t)args[1].i, (uint32_t)args[0].u);
}

/* inSet(set, r): whether r is in script or property [set]. */
NATIVE(in_set)
{
    (void)g;
    args[0].u = uni_in_set((int)args[0].i, (int32_t)args[1].i);
}

static const Native natives[] = {
    {"unicode", "IsLetter", NULL, is_letter, NULL},
    {"unicode", "IsDigit", NULL, is_digit, NULL},
    {"unicode", "IsNumber", NULL, is_number, NULL},
    {"unicode", "IsUpper", NULL, is_upper, NULL},
    {"unicode", "IsLower", NULL, is_lower, NULL},
    {"unicode", "IsTitle", NULL, is_title, NULL},
    {"unicode", "IsPunct", NULL, is_punct, NULL},
    {"unicode", "IsSymbol", NULL, is_symbol, NULL},
    {"unicode", "IsMark", NULL, is_mark, NULL},
    {"unicode", "IsControl", NULL, is_control, NULL},
    {"unicode", "IsSpace", NULL, is_space, NULL},
    {"unicode", "IsPrint", NULL, is_print, NULL},
    {"unicode", "IsGraphic", NULL, is_graphic, NULL},
    {"unicode", "ToUpper", NULL, to_upper, NULL},
    {"unicode", "ToLower", NULL, to_lower, NULL},
    {"unicode", "ToTitle", NULL, to_title, NULL},
    {"unicode", "SimpleFold", NULL, simple_fold, NULL},
    {"unicode", "inCats", NULL, in_cats, NULL},
    {"unicode", "inSet", NULL, in_set, NULL},
};

static const PackageDef def = {"unicode", stdlib_src_unicode, natives,
                               sizeof natives / sizeof natives[0]};

void register_unicode(void)
{
    vm_register_package(&def);
}
