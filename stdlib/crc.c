/* crc.c: the inner loops of hash/crc32 and hash/crc64, over the tables the
 * packages' Go code builds (a *Table points at 256 packed words). A byte
 * a step through the table in C is ten times the interpreted loop. */
#include "natives.h"

/* crc32.update(crc uint32, tab *Table, p []byte) uint32: Go's simpleUpdate */
NATIVE(crc32_update)
{
    (void)g;
    const uint32_t *tab = args[1].p;
    Slice *p = args[2].p;
    uint32_t crc = ~(uint32_t)args[0].u;
    if (p) {
        const unsigned char *b = (const unsigned char *)p->data;
        for (int64_t i = 0; i < p->len; i++)
            crc = tab[(uint8_t)crc ^ b[i]] ^ (crc >> 8);
    }
    args[0].u = ~crc;
}

/* crc64.update(crc uint64, tab *Table, p []byte) uint64 */
NATIVE(crc64_update)
{
    (void)g;
    const uint64_t *tab = args[1].p;
    Slice *p = args[2].p;
    uint64_t crc = ~args[0].u;
    if (p) {
        const unsigned char *b = (const unsigned char *)p->data;
        for (int64_t i = 0; i < p->len; i++)
            crc = tab[(uint8_t)crc ^ b[i]] ^ (crc >> 8);
    }
    args[0].u = ~crc;
}

static const Native crc32_natives[] = {{"hash/crc32", "update", NULL, crc32_update, NULL}};
static const Native crc64_natives[] = {{"hash/crc64", "update", NULL, crc64_update, NULL}};

static const PackageDef defs[] = {
    {"hash/crc32", stdlib_src_crc32, crc32_natives, 1, false},
    {"hash/crc64", stdlib_src_crc64, crc64_natives, 1, false},
};

void register_crcs(void)
{
    vm_register_package(&defs[0]);
    vm_register_package(&defs[1]);
}
