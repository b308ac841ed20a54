/* regexp_re2.h: the C face of the C++ shim over RE2 (regexp_re2.cc).
 * Private to stdlib/regexp.c. */
#ifndef GOSH_REGEXP_RE2_H
#define GOSH_REGEXP_RE2_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct Re2 Re2;

/* RE2's error codes (RE2::ErrorCode), in its order. */
enum {
    RE2_OK, RE2_INTERNAL, RE2_BAD_ESCAPE, RE2_BAD_CHAR_CLASS, RE2_BAD_CHAR_RANGE,
    RE2_MISSING_BRACKET, RE2_MISSING_PAREN, RE2_UNEXPECTED_PAREN,
    RE2_TRAILING_BACKSLASH, RE2_REPEAT_ARGUMENT, RE2_REPEAT_SIZE, RE2_REPEAT_OP,
    RE2_BAD_PERL_OP, RE2_BAD_UTF8, RE2_BAD_NAMED_CAPTURE, RE2_PATTERN_TOO_LARGE
};

/* Compiles the [n] bytes at [pattern]: with [posix], POSIX ERE syntax
 * (no Perl classes, \b or flags; ^ and $ at line ends, as Go's
 * syntax.POSIX); with [longest], leftmost-longest matching. NULL on
 * failure, with the code in [*code] and RE2's offending fragment in
 * [*arg] (malloc'ed, [*argn] bytes; the caller frees it). */
Re2 *re2_compile(const char *pattern, size_t n, int posix, int longest, int *code,
                 char **arg, size_t *argn);
void re2_free(Re2 *re);
/* The number of capturing groups. */
int re2_groups(const Re2 *re);
/* Group [i]'s name ("" if unnamed), [*len] bytes, owned by [re]. */
const char *re2_group_name(const Re2 *re, int i, size_t *len);
/* Searches the [n] bytes of [text] from byte [pos] (the bytes before it
 * are context for ^ and \b, as in Go). On a match, fills [ncap] offsets
 * (ncap/2 pairs, -1 for a group that took no part) and returns 1; 0 if
 * none. ncap may be 0. Safe to call from many threads at once. */
int re2_match(const Re2 *re, const char *text, size_t n, size_t pos, int64_t *caps,
              int ncap);

#ifdef __cplusplus
}
#endif

#endif
