/* digest.c: the natives of crypto/md5, crypto/sha1, crypto/sha256 and
 * crypto/sha512, over Nettle (a well-kept C library, with the CPU's SHA
 * instructions where it has them).
 *
 * The natives are crypto/internal/digest's (digest.go), whose State each
 * package's digest type embeds. The state lives in a Go []byte of
 * ctxSize bytes, so the collector owns it and copying a digest
 * value copies its state: Nettle's contexts hold no pointers. Sum must not
 * change the state (a hash.Hash may be written to after Sum), so the
 * final step runs on a copy. */
#include <string.h>

#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>

#include "natives.h"

/* The kinds, as digest.go numbers them. */
enum { K_MD5, K_SHA1, K_SHA224, K_SHA256, K_SHA384, K_SHA512, K_SHA512_224, K_SHA512_256 };

typedef union {
    struct md5_ctx md5;
    struct sha1_ctx sha1;
    struct sha256_ctx sha256;
    struct sha512_ctx sha512;
} DigestCtx;

/* ctxSize in digest.go */
#define CTX_SIZE 256
_Static_assert(sizeof(DigestCtx) <= CTX_SIZE, "the Go sources' ctxSize is too small");

static void ctx_init(DigestCtx *c, int64_t kind)
{
    switch (kind) {
    case K_MD5: md5_init(&c->md5); break;
    case K_SHA1: sha1_init(&c->sha1); break;
    case K_SHA224: sha224_init(&c->sha256); break;
    case K_SHA256: sha256_init(&c->sha256); break;
    case K_SHA384: sha384_init(&c->sha512); break;
    case K_SHA512: sha512_init(&c->sha512); break;
    case K_SHA512_224: sha512_224_init(&c->sha512); break;
    default: sha512_256_init(&c->sha512); break;
    }
}

static void ctx_update(DigestCtx *c, int64_t kind, const uint8_t *p, size_t n)
{
    switch (kind) {
    case K_MD5: md5_update(&c->md5, n, p); break;
    case K_SHA1: sha1_update(&c->sha1, n, p); break;
    case K_SHA224: case K_SHA256: sha256_update(&c->sha256, n, p); break;
    default: sha512_update(&c->sha512, n, p); break;
    }
}

/* Writes the digest into [out] (of the kind's size) and leaves [c] spent. */
static void ctx_digest(DigestCtx *c, int64_t kind, uint8_t *out)
{
    switch (kind) {
    case K_MD5: md5_digest(&c->md5, MD5_DIGEST_SIZE, out); break;
    case K_SHA1: sha1_digest(&c->sha1, SHA1_DIGEST_SIZE, out); break;
    case K_SHA224: sha224_digest(&c->sha256, SHA224_DIGEST_SIZE, out); break;
    case K_SHA256: sha256_digest(&c->sha256, SHA256_DIGEST_SIZE, out); break;
    case K_SHA384: sha384_digest(&c->sha512, SHA384_DIGEST_SIZE, out); break;
    case K_SHA512: sha512_digest(&c->sha512, SHA512_DIGEST_SIZE, out); break;
    case K_SHA512_224: sha512_224_digest(&c->sha512, SHA512_224_DIGEST_SIZE, out); break;
    default: sha512_256_digest(&c->sha512, SHA512_256_DIGEST_SIZE, out); break;
    }
}

/* The state of a []byte argument; the Go side made it ctxSize long. */
static DigestCtx *arg_ctx(Value v)
{
    Slice *s = v.p;
    return (DigestCtx *)s->data;
}

#define ARG_BYTES(v) ((v).p ? (const uint8_t *)((Slice *)(v).p)->data : NULL)
#define ARG_LEN(v) ((v).p ? (size_t)((Slice *)(v).p)->len : 0)

/* reset(ctx []byte, kind int) */
NATIVE(digest_reset)
{
    (void)g;
    ctx_init(arg_ctx(args[0]), args[1].i);
}

/* update(ctx []byte, kind int, p []byte) */
NATIVE(digest_update)
{
    (void)g;
    ctx_update(arg_ctx(args[0]), args[1].i, ARG_BYTES(args[2]), ARG_LEN(args[2]));
}

/* final(ctx []byte, kind int, out []byte): out gets the digest of what
 * was written so far; ctx is unchanged. */
NATIVE(digest_final)
{
    (void)g;
    DigestCtx copy;
    memcpy(&copy, arg_ctx(args[0]), sizeof copy);
    ctx_digest(&copy, args[1].i, (uint8_t *)((Slice *)args[2].p)->data);
}

/* sum(kind int, data []byte, out []byte): the digest of data, at once. */
NATIVE(digest_sum)
{
    (void)g;
    DigestCtx c;
    ctx_init(&c, args[0].i);
    ctx_update(&c, args[0].i, ARG_BYTES(args[1]), ARG_LEN(args[1]));
    ctx_digest(&c, args[0].i, (uint8_t *)((Slice *)args[2].p)->data);
}

#define PKG "crypto/internal/digest"
static const Native natives[] = {
    {PKG, "reset", NULL, digest_reset, NULL},
    {PKG, "update", NULL, digest_update, NULL},
    {PKG, "final", NULL, digest_final, NULL},
    {PKG, "sum", NULL, digest_sum, NULL},
};

#define N(a) (int)(sizeof a / sizeof a[0])
static const PackageDef defs[] = {
    {PKG, stdlib_src_digest, natives, N(natives), false},
    {"crypto/md5", stdlib_src_md5, NULL, 0, false},
    {"crypto/sha1", stdlib_src_sha1, NULL, 0, false},
    {"crypto/sha256", stdlib_src_sha256, NULL, 0, false},
    {"crypto/sha512", stdlib_src_sha512, NULL, 0, false},
};

void register_digests(void)
{
    for (int i = 0; i < N(defs); i++)
        vm_register_package(&defs[i]);
}
