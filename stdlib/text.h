/* text.h: algorithms on runs of bytes that packages strings and bytes
 * share (text.c). A run is a pointer and a length, so a string and a
 * []byte are searched alike. Private to stdlib/. */
#ifndef GOSH_TEXT_H
#define GOSH_TEXT_H

#include <stdbool.h>
#include <stdint.h>
#include "print.h"

typedef struct Text {
    const char *p;
    int64_t n;
} Text;

/* The first index at or after [from] where [t] occurs in [s], or -1. */
int64_t text_index(Text s, Text t, int64_t from);
int64_t text_last_index(Text s, Text t);
/* Non-overlapping occurrences; an empty [t] occurs once per rune, plus
 * once. */
int64_t text_count(Text s, Text t);
int64_t text_rune_count(Text s);
/* [r] == RuneError matches invalid bytes too; an invalid rune never
 * matches. */
int64_t text_index_rune(Text s, int32_t r);
int64_t text_index_any(Text s, Text chars);
int64_t text_last_index_any(Text s, Text chars);
bool text_contains_rune(Text s, int32_t r);
bool text_equal_fold(Text a, Text b);
int text_compare(Text a, Text b);

/* Case mapping rune by rune, invalid bytes becoming U+FFFD. [which] is 0
 * upper, 1 lower, 2 title. Returns false, writing nothing, when the
 * mapping changes nothing. */
bool text_map_case(StrBuf *b, Text s, int which);

/* The bounds [*lo, *hi) left once leading and/or trailing runes in
 * [cutset] are removed; a NULL cutset means Unicode white space. */
void text_trim(Text s, const Text *cutset, bool left, bool right, int64_t *lo, int64_t *hi);

/* Fields: the bounds of each run of non-space runes, as pairs in
 * [bounds] (2 * count entries, allocated by the collector); returns the
 * count. */
int64_t text_fields(Text s, int64_t **bounds);

/* Go's genSplit: the bounds of at most [n] pieces ([n] < 0: all) of [s]
 * cut after each [sep], keeping [save] bytes of the separator. Returns
 * the count; [bounds] as for text_fields. */
int64_t text_split(Text s, Text sep, int64_t save, int64_t n, int64_t **bounds);

/* Replace's result, or false when nothing is replaced; [n] < 0 means
 * all. */
bool text_replace(StrBuf *b, Text s, Text old, Text new_, int64_t n);

#endif
