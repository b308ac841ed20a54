/* stdlib.c: registering the standard packages. */
#include <locale.h>
#include "natives.h"
#include "gostd.h"

void stdlib_open_all(int argc, char **argv)
{
    /* Unicode case mapping for strings.ToUpper and friends; numbers keep
     * the C locale. */
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        setlocale(LC_CTYPE, "");
    register_errors();
    register_fmt();
    register_strconv();
    register_strings();
    register_os(argc, argv);
    register_math();
    register_runtime();
    register_sync();
    register_atomic();
    register_time();
    register_context();
    register_slices();
    register_sort();
    register_unicode();
    register_utf8();
    register_bytes();
    register_bufio();
    register_rand();
    register_trace();
    register_go_packages();
    register_flag();
    register_bits();
    register_regexp();
    register_json();
    register_digests();
    register_cryptorand();
    register_crcs();
    register_binary();
    register_big();
    register_signal();
    register_testing();
}
