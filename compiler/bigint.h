/* bigint.h: the exact integers of untyped constants. Private to
 * compiler/.
 *
 * Go evaluates integer constant expressions exactly and allows values of
 * up to 512 bits. gosh keeps them as 1024-bit two's complement numbers:
 * sums, products and shifts of 512-bit values cannot overflow the
 * representation, and bitwise operators on negative values behave as on
 * an infinitely sign-extended number. Results wider than 512 bits are
 * Go's "constant overflow". */
#ifndef GOSH_BIGINT_H
#define GOSH_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

enum { BIG_WORDS = 16, BIG_LIMIT_BITS = 512 };

typedef struct Big {
    uint64_t w[BIG_WORDS];
} Big;

void big_from_i64(Big *r, int64_t v);
void big_from_u64(Big *r, uint64_t v);
bool big_is_neg(const Big *a);
bool big_is_zero(const Big *a);
int big_sign(const Big *a);
int big_cmp(const Big *a, const Big *b);
/* Number of bits of |a|. */
int big_bitlen(const Big *a);
void big_add(Big *r, const Big *a, const Big *b);
void big_sub(Big *r, const Big *a, const Big *b);
void big_mul(Big *r, const Big *a, const Big *b);
/* Truncated division and remainder; false when b is zero. */
bool big_quo_rem(Big *q, Big *rem, const Big *a, const Big *b);
void big_neg(Big *r, const Big *a);
void big_and(Big *r, const Big *a, const Big *b);
void big_or(Big *r, const Big *a, const Big *b);
void big_xor(Big *r, const Big *a, const Big *b);
void big_not(Big *r, const Big *a);
void big_shl(Big *r, const Big *a, unsigned n);
void big_shr(Big *r, const Big *a, unsigned n);
/* Whether a fits a signed/unsigned integer of [bits] bits. */
bool big_fits(const Big *a, int bits, bool is_signed);
int64_t big_low64(const Big *a);
long double big_to_ld(const Big *a);
/* Converts an integral long double; false when out of range. */
bool big_from_ld(Big *r, long double f);
void big_to_string(const Big *a, char *buf, int size);
/* Parses digits in [base] (no sign); false on overflow past the limit. */
bool big_parse(Big *r, const char *digits, int base);

#endif
