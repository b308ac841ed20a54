/* context.c: package context is written in Go (context.go); the one
 * native asks what Go's reflect would: is a key's type comparable? */
#include "natives.h"

NATIVE(comparable)
{
    (void)g;
    const Iface *key = args[0].p;
    args[0].u = !key || (key->type->flags & TF_COMPARABLE) != 0;
}

static const Native natives[] = {
    {"context", "comparable", NULL, comparable, NULL},
};

static const PackageDef def = {"context", stdlib_src_context, natives, sizeof natives / sizeof natives[0]};

void register_context(void)
{
    vm_register_package(&def);
}
