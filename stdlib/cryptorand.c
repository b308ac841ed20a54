/* cryptorand.c: the native of crypto/rand, the kernel's generator. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>

#include "natives.h"

/* fill(b []byte): getrandom never fails once the kernel's pool is ready
 * but for a signal, and returns at most 32 MiB a call. */
NATIVE(fill)
{
    (void)g;
    Slice *s = args[0].p;
    if (!s)
        return;
    char *p = s->data;
    size_t left = (size_t)s->len;
    while (left > 0) {
        ssize_t n = getrandom(p, left, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            perror("fatal error: crypto/rand: getrandom");
            exit(2);
        }
        p += n;
        left -= (size_t)n;
    }
}

static const Native natives[] = {
    {"crypto/rand", "fill", NULL, fill, NULL},
};

static const PackageDef def = {"crypto/rand", stdlib_src_cryptorand, natives, 1, false};

void register_cryptorand(void)
{
    vm_register_package(&def);
}
