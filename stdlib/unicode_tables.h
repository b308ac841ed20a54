/* unicode_tables.h: Unicode character data (Unicode 13.0.0, as in Go
 * 1.19) and the queries over it that packages unicode, strings, bytes and
 * strconv share. The data are generated (unicode_tables.c, by
 * tools/gen_unicode.go); the queries live in unicode.c. Private to
 * stdlib/. */
#ifndef GOSH_UNICODE_TABLES_H
#define GOSH_UNICODE_TABLES_H

#include <stdbool.h>
#include <stdint.h>

/* General categories; Cn (unassigned) is 0. */
enum {
    UC_Cn, UC_Lu, UC_Ll, UC_Lt, UC_Lm, UC_Lo, UC_Mn, UC_Mc, UC_Me, UC_Nd,
    UC_Nl, UC_No, UC_Pc, UC_Pd, UC_Ps, UC_Pe, UC_Pi, UC_Pf, UC_Po, UC_Sm,
    UC_Sc, UC_Sk, UC_So, UC_Zs, UC_Zl, UC_Zp, UC_Cc, UC_Cf, UC_Cs, UC_Co,
};

/* Masks of categories (bit 1 << category), for the one-letter groups. */
#define UM(c) (1u << UC_##c)
#define UM_L (UM(Lu) | UM(Ll) | UM(Lt) | UM(Lm) | UM(Lo))
#define UM_M (UM(Mn) | UM(Mc) | UM(Me))
#define UM_N (UM(Nd) | UM(Nl) | UM(No))
#define UM_P (UM(Pc) | UM(Pd) | UM(Ps) | UM(Pe) | UM(Pi) | UM(Pf) | UM(Po))
#define UM_S (UM(Sm) | UM(Sc) | UM(Sk) | UM(So))
#define UM_Z (UM(Zs) | UM(Zl) | UM(Zp))
#define UM_C (UM(Cc) | UM(Cf) | UM(Cs) | UM(Co))

/* Code points lo..hi map to themselves plus up/low/title; an [alt] run
 * instead alternates upper case (even offsets from lo) and lower case. */
typedef struct UniCase {
    uint32_t lo, hi;
    int32_t up, low, title;
    uint8_t alt;
} UniCase;

/* Where simple case folding does not go from a rune to its lower (or
 * else upper) case: [from]'s next rune in its orbit is [to]. */
typedef struct UniFold {
    uint32_t from, to;
} UniFold;

typedef struct UniRange {
    uint32_t lo, hi;
} UniRange;

extern const int uni_ncat;
extern const uint32_t uni_cat_start[];
extern const uint8_t uni_cat[];
extern const UniCase uni_case[];
extern const int uni_ncase;
extern const UniFold uni_fold[];
extern const int uni_nfold;
/* Scripts and properties: set i is uni_set_ranges[uni_set_start[i] ..
 * uni_set_start[i+1]). Set 0 is White_Space. */
extern const UniRange uni_set_ranges[];
extern const int uni_nsets;
extern const int uni_set_start[];

/* Queries (unicode.c). Runes outside 0..MaxRune are in no category and
 * map to themselves. */
int uni_category(int32_t r);
bool uni_in_set(int set, int32_t r);
bool uni_is_space(int32_t r);
bool uni_is_print(int32_t r);
bool uni_is_graphic(int32_t r);
int32_t uni_to_upper(int32_t r);
int32_t uni_to_lower(int32_t r);
int32_t uni_to_title(int32_t r);
int32_t uni_simple_fold(int32_t r);

#endif
