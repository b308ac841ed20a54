/* big.c: the natives of math/big's Int, over GMP.
 *
 * An Int's value is an mpz_t in a collected box (the Go side's handle
 * field; nil is zero). GMP allocates its limbs through the collector
 * (mp_set_memory_functions), so a box and its limbs are freed when the
 * Int is unreachable, with no finalizer. Every native takes handles and
 * returns the destination's, made when it had none: z = op(z, x, y). Go's
 * semantics where GMP's differ: Div and Mod are Euclidean, Uint64 is the
 * magnitude's low word, Text above base 36 puts lower case first. */
#include <gc.h>
#include <gmp.h>
#include <string.h>

#include "natives.h"

typedef struct BigBox {
    mpz_t z;
    /* Go's GCD can leave a cofactor of 0 with its sign bit set, which
     * then prints as -0 and compares below 0: kept for that alone, and
     * cleared by every write (dest) */
    bool negzero;
} BigBox;

static void *gc_alloc(size_t n) { return GC_MALLOC_ATOMIC(n); }
static void *gc_realloc(void *p, size_t old, size_t n) { (void)old; return GC_REALLOC(p, n); }
static void gc_free(void *p, size_t n) { (void)p; (void)n; }

static mpz_t zero;

static const mpz_t *val(Value v)
{
    BigBox *b = v.p;
    return b ? &b->z : &zero;
}

/* The destination's box, made if the Int had none. */
static BigBox *dest(Value v)
{
    BigBox *b = v.p;
    if (!b) {
        b = GC_MALLOC(sizeof *b);
        mpz_init(b->z);
    }
    b->negzero = false;
    return b;
}

enum {
    BIG_ADD, BIG_SUB, BIG_MUL, BIG_AND, BIG_OR, BIG_XOR, BIG_ANDNOT,
    BIG_QUO, BIG_REM, BIG_DIV, BIG_MOD,
};

/* op3(op int, z, x, y *byte) *byte */
NATIVE(big_op3)
{
    const mpz_t *x = val(args[2]), *y = val(args[3]);
    int op = (int)args[0].i;
    if (op >= BIG_QUO && mpz_sgn(*y) == 0) {
        vm_panic_plain(g, "division by zero");
        return;
    }
    BigBox *z = dest(args[1]);
    switch (op) {
    case BIG_ADD: mpz_add(z->z, *x, *y); break;
    case BIG_SUB: mpz_sub(z->z, *x, *y); break;
    case BIG_MUL: mpz_mul(z->z, *x, *y); break;
    case BIG_AND: mpz_and(z->z, *x, *y); break;
    case BIG_OR: mpz_ior(z->z, *x, *y); break;
    case BIG_XOR: mpz_xor(z->z, *x, *y); break;
    case BIG_ANDNOT: {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, *y);
        mpz_and(z->z, *x, t);
        mpz_clear(t);
        break;
    }
    case BIG_QUO: mpz_tdiv_q(z->z, *x, *y); break;
    case BIG_REM: mpz_tdiv_r(z->z, *x, *y); break;
    case BIG_MOD: mpz_mod(z->z, *x, *y); break; /* 0 <= m < |y| */
    case BIG_DIV: {
        /* Euclidean: q = (x - (x mod |y|)) / y */
        mpz_t m;
        mpz_init(m);
        mpz_mod(m, *x, *y);
        mpz_sub(m, *x, m);
        mpz_divexact(z->z, m, *y);
        mpz_clear(m);
        break;
    }
    }
    args[0].p = z;
}

/* quoRem(euclid bool, z, x, y, r *byte) (*byte, *byte) */
NATIVE(big_quo_rem)
{
    const mpz_t *x = val(args[2]), *y = val(args[3]);
    if (mpz_sgn(*y) == 0) {
        vm_panic_plain(g, "division by zero");
        return;
    }
    mpz_t q, r;
    mpz_init(q);
    mpz_init(r);
    if (args[0].u) {
        mpz_mod(r, *x, *y);
        mpz_sub(q, *x, r);
        mpz_divexact(q, q, *y);
    } else {
        mpz_tdiv_qr(q, r, *x, *y);
    }
    BigBox *zq = dest(args[1]), *zr = dest(args[4]);
    if (zq == zr) {
        mpz_set(zq->z, r); /* Go: both results in one Int leave the remainder */
    } else {
        mpz_set(zq->z, q);
        mpz_set(zr->z, r);
    }
    mpz_clear(q);
    mpz_clear(r);
    args[0].p = zq;
    args[1].p = zr;
}

enum { BIG_SET, BIG_NEG, BIG_ABS, BIG_NOT, BIG_SQRT };

/* op2(op int, z, x *byte) *byte */
NATIVE(big_op2)
{
    const mpz_t *x = val(args[2]);
    if (args[0].i == BIG_SQRT && mpz_sgn(*x) < 0) {
        vm_panic_plain(g, "square root of negative number");
        return;
    }
    BigBox *z = dest(args[1]);
    switch (args[0].i) {
    case BIG_SET: mpz_set(z->z, *x); break;
    case BIG_NEG: mpz_neg(z->z, *x); break;
    case BIG_ABS: mpz_abs(z->z, *x); break;
    case BIG_NOT: mpz_com(z->z, *x); break;
    case BIG_SQRT: mpz_sqrt(z->z, *x); break;
    }
    args[0].p = z;
}

/* shift(left bool, z, x *byte, n uint) *byte: Rsh rounds toward -inf */
NATIVE(big_shift)
{
    (void)g;
    const mpz_t *x = val(args[2]);
    BigBox *z = dest(args[1]);
    if (args[0].u)
        mpz_mul_2exp(z->z, *x, (mp_bitcnt_t)args[3].u);
    else
        mpz_fdiv_q_2exp(z->z, *x, (mp_bitcnt_t)args[3].u);
    args[0].p = z;
}

/* Go's neg flag: a -0 has it too. */
static bool is_neg(Value v)
{
    BigBox *b = v.p;
    return b && (mpz_sgn(b->z) < 0 || b->negzero);
}

/* cmp(x, y *byte, abs bool) int */
NATIVE(big_cmp)
{
    (void)g;
    int c;
    if (args[2].u)
        c = mpz_cmpabs(*val(args[0]), *val(args[1]));
    else if (is_neg(args[0]) != is_neg(args[1]))
        c = is_neg(args[0]) ? -1 : 1; /* Go: -0 < 0 */
    else
        c = mpz_cmp(*val(args[0]), *val(args[1]));
    args[0].i = c < 0 ? -1 : c > 0;
}

/* isNeg(x *byte) bool: Go's sign bit, set for -0 too */
NATIVE(big_is_neg)
{
    (void)g;
    args[0].u = is_neg(args[0]);
}

/* sign(x *byte) int */
NATIVE(big_sign)
{
    (void)g;
    args[0].i = mpz_sgn(*val(args[0]));
}

/* bitLen(x *byte) int: of |x| */
NATIVE(big_bit_len)
{
    (void)g;
    const mpz_t *x = val(args[0]);
    args[0].i = mpz_sgn(*x) == 0 ? 0 : (int64_t)mpz_sizeinbase(*x, 2);
}

/* trailingZeroBits(x *byte) uint: of |x|, 0 for 0 */
NATIVE(big_tzb)
{
    (void)g;
    const mpz_t *x = val(args[0]);
    args[0].u = mpz_sgn(*x) == 0 ? 0 : mpz_scan1(*x, 0);
}

/* bit(x *byte, i int) uint: two's complement for negative x */
NATIVE(big_bit)
{
    (void)g;
    args[0].u = (uint64_t)mpz_tstbit(*val(args[0]), (mp_bitcnt_t)args[1].i);
}

/* setBit(z, x *byte, i int, b uint) *byte */
NATIVE(big_set_bit)
{
    (void)g;
    const mpz_t *x = val(args[1]);
    BigBox *z = dest(args[0]);
    mpz_set(z->z, *x);
    if (args[3].u)
        mpz_setbit(z->z, (mp_bitcnt_t)args[2].i);
    else
        mpz_clrbit(z->z, (mp_bitcnt_t)args[2].i);
    args[0].p = z;
}

/* The low 64 bits of |x|. */
static uint64_t low64(const mpz_t x)
{
    uint64_t v = 0;
    size_t n = mpz_size(x);
    if (n > 0)
        v = mpz_getlimbn(x, 0);
    return v;
}

/* setInt(z *byte, v uint64, neg bool) *byte: z = v or -v */
NATIVE(big_set_int)
{
    (void)g;
    BigBox *z = dest(args[0]);
    mpz_import(z->z, 1, -1, sizeof(uint64_t), 0, 0, &args[1].u);
    if (args[2].u)
        mpz_neg(z->z, z->z);
    args[0].p = z;
}

/* low(x *byte) (uint64, int): the magnitude's low word and x's bit
 * length, for Int64, Uint64, IsInt64 and IsUint64 */
NATIVE(big_low)
{
    (void)g;
    const mpz_t *x = val(args[0]);
    args[0].u = low64(*x);
    args[1].i = mpz_sgn(*x) == 0 ? 0 : (int64_t)mpz_sizeinbase(*x, 2);
}

/* text(x *byte, base int) string: Go's digits (lower case first above 36) */
NATIVE(big_text)
{
    (void)g;
    const mpz_t *x = val(args[0]);
    int base = (int)args[1].i;
    size_t n = mpz_sizeinbase(*x, base) + 2;
    char *buf = GC_MALLOC_ATOMIC(n);
    mpz_get_str(buf, base, *x);
    BigBox *box = args[0].p;
    if (box && box->negzero)
        strcpy(buf, "-0");
    if (base > 36)
        for (char *p = buf; *p; p++) {
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 'a' + 'A');
            else if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        }
    args[0].p = str_new(buf, (int64_t)strlen(buf));
}

/* setDigits(z *byte, digits string, base int, neg bool) *byte: digits
 * already checked by the Go side (no sign, no prefix, no underscores) */
NATIVE(big_set_digits)
{
    (void)g;
    String *s = ARG_STR(1);
    int64_t n = str_len(s);
    int base = (int)args[2].i;
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    memcpy(buf, str_data(s), (size_t)n);
    buf[n] = '\0';
    if (base > 36) /* GMP reads upper case first above 36 */
        for (char *p = buf; *p; p++) {
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 'a' + 'A');
            else if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        }
    BigBox *z = dest(args[0]);
    mpz_set_str(z->z, buf, base);
    if (args[3].u)
        mpz_neg(z->z, z->z);
    args[0].p = z;
}

/* bytes(x *byte) []byte: |x| big-endian, no leading zeros */
NATIVE(big_bytes)
{
    (void)g;
    const mpz_t *x = val(args[0]);
    size_t n = mpz_sgn(*x) == 0 ? 0 : (mpz_sizeinbase(*x, 2) + 7) / 8;
    Slice *s = slice_make(t_uint8, (int64_t)n, (int64_t)n);
    if (n)
        mpz_export(s->data, NULL, 1, 1, 1, 0, *x);
    args[0].p = s;
}

/* setBytes(z *byte, b []byte) *byte */
NATIVE(big_set_bytes)
{
    (void)g;
    Slice *s = args[1].p;
    BigBox *z = dest(args[0]);
    if (s && s->len)
        mpz_import(z->z, (size_t)s->len, 1, 1, 1, 0, s->data);
    else
        mpz_set_ui(z->z, 0);
    args[0].p = z;
}

/* words(x *byte) []uint: |x| as little-endian 64-bit words (Bits) */
NATIVE(big_words)
{
    (void)g;
    const mpz_t *x = val(args[0]);
    size_t n = mpz_size(*x);
    Slice *s = slice_make(t_uint, (int64_t)n, (int64_t)n);
    for (size_t i = 0; i < n; i++)
        ((uint64_t *)s->data)[i] = mpz_getlimbn(*x, (mp_size_t)i);
    args[0].p = s;
}

/* setWords(z *byte, w []uint) *byte (SetBits) */
NATIVE(big_set_words)
{
    (void)g;
    Slice *s = args[1].p;
    BigBox *z = dest(args[0]);
    if (s && s->len)
        mpz_import(z->z, (size_t)s->len, -1, sizeof(uint64_t), 0, 0, s->data);
    else
        mpz_set_ui(z->z, 0);
    args[0].p = z;
}

/* exp(z, x, y, m *byte) (*byte, bool): Go's Exp, sign rules included:
 * |x| (or x's inverse mod |m| when y < 0) to the |y|, mod |m|; negative
 * when x is and |y| is odd, and then made positive by adding |m|. false
 * when y < 0 and x has no inverse (z is left as it was). */
NATIVE(big_exp)
{
    (void)g;
    const mpz_t *x = val(args[1]), *y = val(args[2]), *m = val(args[3]);
    bool has_m = mpz_sgn(*m) != 0;
    if (mpz_sgn(*y) < 0 && !has_m) {
        BigBox *z = dest(args[0]);
        mpz_set_ui(z->z, 1);
        args[0].p = z;
        args[1].u = 1;
        return;
    }
    mpz_t b, am, e;
    mpz_init(b);
    mpz_init(am);
    mpz_init(e);
    mpz_abs(am, *m);
    mpz_abs(e, *y);
    if (mpz_sgn(*y) < 0) {
        if (!mpz_invert(b, *x, am)) {
            mpz_clear(b);
            mpz_clear(am);
            mpz_clear(e);
            args[1].u = 0;
            return;
        }
    } else {
        mpz_abs(b, *x);
    }
    BigBox *z = dest(args[0]);
    if (has_m)
        mpz_powm(z->z, b, e, am);
    else
        mpz_pow_ui(z->z, b, mpz_get_ui(e)); /* a larger y would not fit in memory */
    if (mpz_sgn(z->z) != 0 && mpz_sgn(*x) < 0 && mpz_odd_p(e)) {
        if (has_m)
            mpz_sub(z->z, am, z->z);
        else
            mpz_neg(z->z, z->z);
    }
    mpz_clear(b);
    mpz_clear(am);
    mpz_clear(e);
    args[0].p = z;
    args[1].u = 1;
}

/* gcd(z, x, y, a, b *byte, wantX, wantY bool) (*byte, *byte, *byte) */
NATIVE(big_gcd)
{
    (void)g;
    const mpz_t *a = val(args[3]), *b = val(args[4]);
    mpz_t gg, s, t;
    mpz_init(gg);
    mpz_init(s);
    mpz_init(t);
    mpz_gcdext(gg, s, t, *a, *b);
    BigBox *z = dest(args[0]);
    BigBox *x = args[5].u ? dest(args[1]) : NULL;
    BigBox *y = args[6].u ? dest(args[2]) : NULL;
    if (x) {
        mpz_set(x->z, s);
        /* Go flips the sign of its cofactor for a negative a, a zero one too */
        x->negzero = mpz_sgn(s) == 0 && mpz_sgn(*a) < 0 && mpz_sgn(*b) != 0;
    }
    if (y)
        mpz_set(y->z, t);
    mpz_set(z->z, gg);
    mpz_clear(gg);
    mpz_clear(s);
    mpz_clear(t);
    args[0].p = z;
    args[1].p = x;
    args[2].p = y;
}

/* modInverse(z, g, n *byte) (*byte, bool) */
NATIVE(big_mod_inverse)
{
    const mpz_t *gv = val(args[1]), *n = val(args[2]);
    if (mpz_sgn(*n) == 0) {
        /* Go 1.19 reduces a negative g mod n (which panics) and is
         * otherwise left with gcd(g, 0) = g: an inverse only for g = 1 */
        if (mpz_sgn(*gv) < 0) {
            vm_panic_plain(g, "division by zero");
            return;
        }
        bool one = mpz_cmp_ui(*gv, 1) == 0;
        if (one) {
            BigBox *z = dest(args[0]);
            mpz_set_ui(z->z, 1);
            args[0].p = z;
        }
        args[1].u = one;
        return;
    }
    mpz_t r;
    mpz_init(r);
    int ok = mpz_invert(r, *gv, *n);
    if (ok) {
        BigBox *z = dest(args[0]);
        mpz_set(z->z, r);
        args[0].p = z;
    }
    mpz_clear(r);
    args[1].u = ok != 0;
}

/* probablyPrime(x *byte, n int) bool */
NATIVE(big_probably_prime)
{
    (void)g;
    const mpz_t *x = val(args[0]);
    int reps = (int)args[1].i + 25; /* Go adds a Baillie-PSW test to its n rounds */
    args[0].u = mpz_sgn(*x) > 0 && mpz_probab_prime_p(*x, reps) > 0;
}

/* jacobi(x, y *byte) int: y odd */
NATIVE(big_jacobi)
{
    (void)g;
    args[0].i = mpz_jacobi(*val(args[0]), *val(args[1]));
}

/* mulRange(z *byte, a, b int64) *byte: a <= b, 0 < a */
NATIVE(big_mul_range)
{
    (void)g;
    BigBox *z = dest(args[0]);
    int64_t a = args[1].i, b = args[2].i;
    mpz_set_ui(z->z, 1);
    for (int64_t i = a; i <= b; i++) {
        mpz_mul_ui(z->z, z->z, (unsigned long)i);
        if (i == INT64_MAX)
            break;
    }
    args[0].p = z;
}

#define PKG "math/big"
static const Native natives[] = {
    {PKG, "op3", NULL, big_op3, NULL},
    {PKG, "quoRem", NULL, big_quo_rem, NULL},
    {PKG, "op2", NULL, big_op2, NULL},
    {PKG, "shift", NULL, big_shift, NULL},
    {PKG, "cmp", NULL, big_cmp, NULL},
    {PKG, "sign", NULL, big_sign, NULL},
    {PKG, "isNeg", NULL, big_is_neg, NULL},
    {PKG, "bitLen", NULL, big_bit_len, NULL},
    {PKG, "trailingZeroBits", NULL, big_tzb, NULL},
    {PKG, "bit", NULL, big_bit, NULL},
    {PKG, "setBit", NULL, big_set_bit, NULL},
    {PKG, "setInt", NULL, big_set_int, NULL},
    {PKG, "low", NULL, big_low, NULL},
    {PKG, "text", NULL, big_text, NULL},
    {PKG, "setDigits", NULL, big_set_digits, NULL},
    {PKG, "bytes", NULL, big_bytes, NULL},
    {PKG, "setBytes", NULL, big_set_bytes, NULL},
    {PKG, "words", NULL, big_words, NULL},
    {PKG, "setWords", NULL, big_set_words, NULL},
    {PKG, "exp", NULL, big_exp, NULL},
    {PKG, "gcd", NULL, big_gcd, NULL},
    {PKG, "modInverse", NULL, big_mod_inverse, NULL},
    {PKG, "probablyPrime", NULL, big_probably_prime, NULL},
    {PKG, "jacobi", NULL, big_jacobi, NULL},
    {PKG, "mulRange", NULL, big_mul_range, NULL},
};

static const PackageDef def = {PKG, stdlib_src_big, natives, sizeof natives / sizeof natives[0], false};

void register_big(void)
{
    mp_set_memory_functions(gc_alloc, gc_realloc, gc_free);
    mpz_init(zero);
    vm_register_package(&def);
}
