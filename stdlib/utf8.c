/* utf8.c: the native half of package unicode/utf8. Each function works
 * on bytes and a length, so the []byte and string forms share it. */
#include "natives.h"

enum { RUNE_ERROR = 0xFFFD, UTF_MAX = 4 };

/* The rune at the start of [p] and its size; (RuneError, 1) for an
 * invalid encoding, (RuneError, 0) for no bytes at all. */
int utf8_first(const unsigned char *p, int64_t n, int *r)
{
    if (n <= 0) {
        *r = RUNE_ERROR;
        return 0;
    }
    if (p[0] < 0x80) {
        *r = p[0];
        return 1;
    }
    int k = utf8_decode(p, (size_t)(n < UTF_MAX ? n : UTF_MAX), r);
    if (k <= 0) {
        *r = RUNE_ERROR;
        return 1;
    }
    return k;
}

/* The rune that ends [p]: back up to the byte that could start it (at
 * most UTFMax bytes back), decode from there, and accept the result only
 * when it reaches the end exactly. */
int utf8_last(const unsigned char *p, int64_t n, int *r)
{
    if (n <= 0) {
        *r = RUNE_ERROR;
        return 0;
    }
    if (p[n - 1] < 0x80) {
        *r = p[n - 1];
        return 1;
    }
    int64_t start = n - 1, limit = n > UTF_MAX ? n - UTF_MAX : 0;
    while (start > limit && (p[start] & 0xC0) == 0x80)
        start--;
    int k = utf8_first(p + start, n - start, r);
    if (start + k != n) {
        *r = RUNE_ERROR;
        return 1;
    }
    return k;
}

static int64_t count_runes(const unsigned char *p, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        int r;
        i += utf8_first(p + i, n - i, &r);
    }
    return c;
}

static bool all_valid(const unsigned char *p, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        int r;
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int k = utf8_decode(p + i, (size_t)(n - i < UTF_MAX ? n - i : UTF_MAX), &r);
        if (k <= 0)
            return false;
        i += k;
    }
    return true;
}

/* How many bytes the sequence that [b] starts needs; 1 for a byte that
 * cannot start one (it decodes as an error of width 1). */
static int needed(unsigned char b)
{
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF)
        return 3;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 1;
}

/* Whether [p] holds a whole encoding at its start, or one that is already
 * known to be invalid (which decodes as an error of width 1). */
static bool full_rune(const unsigned char *p, int64_t n)
{
    if (n <= 0)
        return false;
    int need = needed(p[0]);
    if (n >= need)
        return true;
    /* the second byte's range depends on the first */
    unsigned char lo = 0x80, hi = 0xBF;
    switch (p[0]) {
    case 0xE0: lo = 0xA0; break;
    case 0xED: hi = 0x9F; break;
    case 0xF0: lo = 0x90; break;
    case 0xF4: hi = 0x8F; break;
    }
    if (n > 1 && (p[1] < lo || p[1] > hi))
        return true;
    if (n > 2 && (p[2] & 0xC0) != 0x80)
        return true;
    return false;
}

/* A []byte argument's bytes and length. */
#define BYTES(i) (const unsigned char *)(args[i].p ? ((Slice *)args[i].p)->data : ""), \
                 (args[i].p ? ((Slice *)args[i].p)->len : 0)
#define CHARS(i) (const unsigned char *)str_data(ARG_STR(i)), str_len(ARG_STR(i))

#define DECODER(name, fn, ARG)                                                 \
    NATIVE(name)                                                               \
    {                                                                          \
        (void)g;                                                               \
        int r;                                                                 \
        int k = fn(ARG(0), &r);                                                \
        args[0].i = r;                                                         \
        args[1].i = k;                                                         \
    }

DECODER(decode_rune, utf8_first, BYTES)
DECODER(decode_rune_in_string, utf8_first, CHARS)
DECODER(decode_last_rune, utf8_last, BYTES)
DECODER(decode_last_rune_in_string, utf8_last, CHARS)

#define QUERY(name, fn, ARG)                                                   \
    NATIVE(name)                                                               \
    {                                                                          \
        (void)g;                                                               \
        args[0].i = fn(ARG(0));                                                \
    }

QUERY(rune_count, count_runes, BYTES)
QUERY(rune_count_in_string, count_runes, CHARS)
QUERY(valid, all_valid, BYTES)
QUERY(valid_string, all_valid, CHARS)
QUERY(full, full_rune, BYTES)
QUERY(full_in_string, full_rune, CHARS)

static const Native natives[] = {
    {"unicode/utf8", "DecodeRune", NULL, decode_rune, NULL},
    {"unicode/utf8", "DecodeRuneInString", NULL, decode_rune_in_string, NULL},
    {"unicode/utf8", "DecodeLastRune", NULL, decode_last_rune, NULL},
    {"unicode/utf8", "DecodeLastRuneInString", NULL, decode_last_rune_in_string, NULL},
    {"unicode/utf8", "RuneCount", NULL, rune_count, NULL},
    {"unicode/utf8", "RuneCountInString", NULL, rune_count_in_string, NULL},
    {"unicode/utf8", "Valid", NULL, valid, NULL},
    {"unicode/utf8", "ValidString", NULL, valid_string, NULL},
    {"unicode/utf8", "FullRune", NULL, full, NULL},
    {"unicode/utf8", "FullRuneInString", NULL, full_in_string, NULL},
};

static const PackageDef def = {"unicode/utf8", stdlib_src_utf8, natives,
                               sizeof natives / sizeof natives[0]};

void register_utf8(void)
{
    vm_register_package(&def);
}
