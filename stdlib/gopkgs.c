/* gopkgs.c: the packages written wholly in Go, with no natives of their
 * own: their sources are registered here, and a program parses one only
 * when it imports it (compiler/package.c). */
#include "natives.h"

static const PackageDef defs[] = {
    {"log", stdlib_src_log, NULL, 0, false},
    {"encoding", stdlib_src_encoding, NULL, 0, false},
    {"path", stdlib_src_path, NULL, 0, false},
    {"path/filepath", stdlib_src_filepath, NULL, 0, false},
    {"io/ioutil", stdlib_src_ioutil, NULL, 0, false},
    {"container/heap", stdlib_src_heap, NULL, 0, false},
    {"container/list", stdlib_src_list, NULL, 0, false},
    {"container/ring", stdlib_src_ring, NULL, 0, false},
    {"encoding/hex", stdlib_src_hex, NULL, 0, false},
    {"encoding/base64", stdlib_src_base64, NULL, 0, false},
    {"html", stdlib_src_html, NULL, 0, false},
    {"unicode/utf16", stdlib_src_utf16, NULL, 0, false},
    {"text/tabwriter", stdlib_src_tabwriter, NULL, 0, false},
    {"hash", stdlib_src_hash, NULL, 0, false},
    {"hash/fnv", stdlib_src_fnv, NULL, 0, false},
    {"hash/adler32", stdlib_src_adler32, NULL, 0, false},
    {"crypto/subtle", stdlib_src_subtle, NULL, 0, false},
    {"encoding/csv", stdlib_src_csv, NULL, 0, false},
    {"encoding/pem", stdlib_src_pem, NULL, 0, false},
    {"encoding/base32", stdlib_src_base32, NULL, 0, false},
    {"crypto/hmac", stdlib_src_hmac, NULL, 0, false},
    {"os/exec", stdlib_src_exec, NULL, 0, false},
    {"cmp", stdlib_src_cmp, NULL, 0, false},
    {"math/cmplx", stdlib_src_cmplx, NULL, 0, false},
};

void register_go_packages(void)
{
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
        vm_register_package(&defs[i]);
}
