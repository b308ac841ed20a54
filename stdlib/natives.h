/* natives.h: helpers shared by the native halves of the packages.
 * Private to stdlib/. */
#ifndef GOSH_NATIVES_H
#define GOSH_NATIVES_H

#include "print.h"
#include "vm.h"

#define NATIVE(name) static void name(G *g, Value *args)
#define ARG_STR(i) ((String *)args[i].p)

static inline Value str_value(String *s)
{
    Value v;
    v.p = s;
    return v;
}

/* A new []string of [n] elements. */
Slice *new_string_slice(int64_t n);

/* UTF-8 as package utf8 decodes it (utf8.c): the first or last rune of
 * [n] bytes and its size; (RuneError, 1) for an invalid encoding,
 * (RuneError, 0) for no bytes. */
int utf8_first(const unsigned char *p, int64_t n, int *r);
int utf8_last(const unsigned char *p, int64_t n, int *r);

/* Whether package os is sandboxed (os.c, stdlib_sandbox). */
bool stdlib_is_sandboxed(void);
/* gosh --sandbox (sandbox.c): on; the path a native that writes [name]
 * must use instead (NULL with *err set when it may not write there);
 * the errno kill(2) of [pid] gets (0: allowed). */
bool sandbox_active(void);
const char *sandbox_write_path(const char *name, int *err);
int sandbox_kill_errno(int64_t pid);
/* os's processes and pipes (process.c), natives of package os */
void os_sys_pipe(G *g, Value *args);
void os_sys_spawn(G *g, Value *args);
void os_sys_wait(G *g, Value *args);

/* The packages' sources, embedded at build time (stdlib_sources.c). */
extern const char stdlib_src_fmt[];
extern const char stdlib_src_errors[];
extern const char stdlib_src_strconv[];
extern const char stdlib_src_strings[];
extern const char stdlib_src_os[];
extern const char stdlib_src_math[];
extern const char stdlib_src_runtime[];
extern const char stdlib_src_testing[];
extern const char stdlib_src_sync[];
extern const char stdlib_src_atomic[];
extern const char stdlib_src_time[];
extern const char stdlib_src_context[];
extern const char stdlib_src_slices[];
extern const char stdlib_src_io[];
extern const char stdlib_src_fs[];
extern const char stdlib_src_syscall[];
extern const char stdlib_src_sort[];
extern const char stdlib_src_unicode[];
extern const char stdlib_src_utf8[];
extern const char stdlib_src_bytes[];
extern const char stdlib_src_bufio[];
extern const char stdlib_src_rand[];
extern const char stdlib_src_trace[];
extern const char stdlib_src_log[];
extern const char stdlib_src_flag[];
extern const char stdlib_src_encoding[];
extern const char stdlib_src_path[];
extern const char stdlib_src_filepath[];
extern const char stdlib_src_ioutil[];
extern const char stdlib_src_heap[];
extern const char stdlib_src_list[];
extern const char stdlib_src_ring[];
extern const char stdlib_src_bits[];
extern const char stdlib_src_hex[];
extern const char stdlib_src_base64[];
extern const char stdlib_src_html[];
extern const char stdlib_src_utf16[];
extern const char stdlib_src_tabwriter[];
extern const char stdlib_src_regexp[];
extern const char stdlib_src_regexp_syntax[];
extern const char stdlib_src_json[];
extern const char stdlib_src_hash[];
extern const char stdlib_src_fnv[];
extern const char stdlib_src_crc32[];
extern const char stdlib_src_crc64[];
extern const char stdlib_src_adler32[];
extern const char stdlib_src_digest[];
extern const char stdlib_src_md5[];
extern const char stdlib_src_sha1[];
extern const char stdlib_src_sha256[];
extern const char stdlib_src_sha512[];
extern const char stdlib_src_subtle[];
extern const char stdlib_src_cryptorand[];
extern const char stdlib_src_csv[];
extern const char stdlib_src_binary[];
extern const char stdlib_src_pem[];
extern const char stdlib_src_base32[];
extern const char stdlib_src_big[];
extern const char stdlib_src_signal[];
extern const char stdlib_src_hmac[];
extern const char stdlib_src_exec[];
extern const char stdlib_src_cmp[];
extern const char stdlib_src_cmplx[];

void register_fmt(void);
void register_errors(void);
/* runtime/trace (trace.c) */
void register_trace(void);
void register_strconv(void);
void register_strings(void);
/* os, with io, io/fs and syscall */
void register_os(int argc, char **argv);
void register_math(void);
void register_runtime(void);
void register_testing(void);
void register_sync(void);
void register_atomic(void);
void register_time(void);
void register_context(void);
void register_slices(void);
void register_sort(void);
void register_unicode(void);
void register_utf8(void);
void register_bytes(void);
void register_bufio(void);
void register_rand(void);
/* the packages written wholly in Go (gopkgs.c) */
void register_go_packages(void);
void register_flag(void);
void register_bits(void);
/* regexp and regexp/syntax, over RE2 (regexp.c, regexp_re2.cc) */
void register_regexp(void);
/* encoding/json (json_scan.c) */
void register_json(void);
/* crypto/md5, crypto/sha1, crypto/sha256, crypto/sha512, over Nettle (digest.c) */
void register_digests(void);
/* os/signal (signal.c) */
void register_signal(void);
/* math/big, over GMP (big.c) */
void register_big(void);
/* encoding/binary (binary.c) */
void register_binary(void);
/* hash/crc32 and hash/crc64 (crc.c) */
void register_crcs(void);
/* crypto/rand (cryptorand.c) */
void register_cryptorand(void);

#endif
