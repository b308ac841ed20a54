/* bits.c: package math/bits, every function a native. Arguments of the
 * narrow types arrive zero-extended in a word; results are masked back
 * to their width. Go's Div panics with runtime errors "integer divide by
 * zero" and "integer overflow", as here. */
#include "natives.h"

#define W(bits) ((bits) == 64 ? ~0ull : (1ull << (bits)) - 1)

static int clz(uint64_t x, int bits)
{
    x &= W(bits);
    return x == 0 ? bits : __builtin_clzll(x) - (64 - bits);
}

static int ctz(uint64_t x, int bits)
{
    x &= W(bits);
    return x == 0 ? bits : __builtin_ctzll(x);
}

static uint64_t rotl(uint64_t x, int64_t k, int bits)
{
    unsigned s = (unsigned)((uint64_t)k & (uint64_t)(bits - 1));
    x &= W(bits);
    return s == 0 ? x : ((x << s) | (x >> (bits - s))) & W(bits);
}

static uint64_t rev(uint64_t x, int bits)
{
    uint64_t r = 0;
    for (int i = 0; i < bits; i++)
        r |= ((x >> i) & 1) << (bits - 1 - i);
    return r;
}

static uint64_t bswap(uint64_t x, int bits)
{
    switch (bits) {
    case 16: return __builtin_bswap16((uint16_t)x);
    case 32: return __builtin_bswap32((uint32_t)x);
    default: return __builtin_bswap64(x);
    }
}

#define COUNT(name, fn, bits) \
    NATIVE(name) { (void)g; args[0].i = fn(args[0].u, bits); }
#define ONES(name, bits) \
    NATIVE(name) { (void)g; args[0].i = __builtin_popcountll(args[0].u & W(bits)); }
#define LEN(name, bits) \
    NATIVE(name) { (void)g; args[0].i = bits - clz(args[0].u, bits); }
#define ROT(name, bits) \
    NATIVE(name) { (void)g; args[0].u = rotl(args[0].u, args[1].i, bits); }
#define REV(name, bits) \
    NATIVE(name) { (void)g; args[0].u = rev(args[0].u & W(bits), bits); }
#define BSWAP(name, bits) \
    NATIVE(name) { (void)g; args[0].u = bswap(args[0].u, bits); }

COUNT(lz, clz, 64) COUNT(lz8, clz, 8) COUNT(lz16, clz, 16) COUNT(lz32, clz, 32) COUNT(lz64, clz, 64)
COUNT(tz, ctz, 64) COUNT(tz8, ctz, 8) COUNT(tz16, ctz, 16) COUNT(tz32, ctz, 32) COUNT(tz64, ctz, 64)
ONES(ones, 64) ONES(ones8, 8) ONES(ones16, 16) ONES(ones32, 32) ONES(ones64, 64)
LEN(len_, 64) LEN(len8, 8) LEN(len16, 16) LEN(len32, 32) LEN(len64, 64)
ROT(rot, 64) ROT(rot8, 8) ROT(rot16, 16) ROT(rot32, 32) ROT(rot64, 64)
REV(rev_, 64) REV(rev8, 8) REV(rev16, 16) REV(rev32, 32) REV(rev64, 64)
BSWAP(bswap_, 64) BSWAP(bswap16, 16) BSWAP(bswap32, 32) BSWAP(bswap64, 64)

/* x + y + carry as Go computes it, so that a carry other than 0 or 1
 * (outside the contract) gives Go's results too: Add32 in 64 bits (the
 * carry out is the high word); Add64 is an ADC instruction on amd64,
 * whose carry in is "carry != 0". Sub likewise. */
static void add(Value *args, int bits)
{
    uint64_t x = args[0].u & W(bits), y = args[1].u & W(bits), c = args[2].u & W(bits);
    if (bits == 32) {
        uint64_t s = x + y + c;
        args[0].u = s & W(32);
        args[1].u = s >> 32;
        return;
    }
    uint64_t s = x + y + (c != 0);
    args[0].u = s;
    args[1].u = ((x & y) | ((x | y) & ~s)) >> 63;
}

static void sub(Value *args, int bits)
{
    uint64_t x = args[0].u & W(bits), y = args[1].u & W(bits), b = args[2].u & W(bits);
    if (bits == 64)
        b = b != 0;
    uint64_t d = (x - y - b) & W(bits);
    /* Go: ((^x & y) | (^(x ^ y) & diff)) >> (bits-1) */
    args[0].u = d;
    args[1].u = (((~x & y) | (~(x ^ y) & d)) >> (bits - 1)) & 1;
}

static void mul(Value *args, int bits)
{
    unsigned __int128 p = (unsigned __int128)(args[0].u & W(bits)) * (args[1].u & W(bits));
    args[0].u = (uint64_t)(p >> bits) & W(bits);
    args[1].u = (uint64_t)p & W(bits);
}

static void div_(G *g, Value *args, int bits, bool rem_only)
{
    uint64_t hi = args[0].u & W(bits), lo = args[1].u & W(bits), y = args[2].u & W(bits);
    if (y == 0) {
        vm_panic_runtime(g, "integer divide by zero");
        return;
    }
    if (rem_only)
        hi %= y;    /* Go's Rem: (hi % y, lo) divided, never overflows */
    else if (y <= hi) {
        vm_panic_runtime(g, "integer overflow");
        return;
    }
    unsigned __int128 n = ((unsigned __int128)hi << bits) | lo;
    args[0].u = (uint64_t)(n / y);
    args[1].u = (uint64_t)(n % y);
    if (rem_only)
        args[0].u = args[1].u;
}

NATIVE(add_) { (void)g; add(args, 64); }
NATIVE(add32) { (void)g; add(args, 32); }
NATIVE(add64) { (void)g; add(args, 64); }
NATIVE(sub_) { (void)g; sub(args, 64); }
NATIVE(sub32) { (void)g; sub(args, 32); }
NATIVE(sub64) { (void)g; sub(args, 64); }
NATIVE(mul_) { (void)g; mul(args, 64); }
NATIVE(mul32) { (void)g; mul(args, 32); }
NATIVE(mul64) { (void)g; mul(args, 64); }
NATIVE(div0) { div_(g, args, 64, false); }
NATIVE(div32) { div_(g, args, 32, false); }
NATIVE(div64) { div_(g, args, 64, false); }
NATIVE(rem_) { div_(g, args, 64, true); }
NATIVE(rem32) { div_(g, args, 32, true); }
NATIVE(rem64) { div_(g, args, 64, true); }

#define N(go, c) {"math/bits", go, NULL, c, NULL}
static const Native natives[] = {
    N("LeadingZeros", lz), N("LeadingZeros8", lz8), N("LeadingZeros16", lz16),
    N("LeadingZeros32", lz32), N("LeadingZeros64", lz64),
    N("TrailingZeros", tz), N("TrailingZeros8", tz8), N("TrailingZeros16", tz16),
    N("TrailingZeros32", tz32), N("TrailingZeros64", tz64),
    N("OnesCount", ones), N("OnesCount8", ones8), N("OnesCount16", ones16),
    N("OnesCount32", ones32), N("OnesCount64", ones64),
    N("RotateLeft", rot), N("RotateLeft8", rot8), N("RotateLeft16", rot16),
    N("RotateLeft32", rot32), N("RotateLeft64", rot64),
    N("Reverse", rev_), N("Reverse8", rev8), N("Reverse16", rev16),
    N("Reverse32", rev32), N("Reverse64", rev64),
    N("ReverseBytes", bswap_), N("ReverseBytes16", bswap16), N("ReverseBytes32", bswap32),
    N("ReverseBytes64", bswap64),
    N("Len", len_), N("Len8", len8), N("Len16", len16), N("Len32", len32), N("Len64", len64),
    N("Add", add_), N("Add32", add32), N("Add64", add64),
    N("Sub", sub_), N("Sub32", sub32), N("Sub64", sub64),
    N("Mul", mul_), N("Mul32", mul32), N("Mul64", mul64),
    N("Div", div0), N("Div32", div32), N("Div64", div64),
    N("Rem", rem_), N("Rem32", rem32), N("Rem64", rem64),
};

static const PackageDef def = {"math/bits", stdlib_src_bits, natives, sizeof natives / sizeof natives[0], false};

void register_bits(void)
{
    vm_register_package(&def);
}
