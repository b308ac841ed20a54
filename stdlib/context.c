/* context.c: package context is written in Go (context.go); this
 * registers it. */
#include "natives.h"

static const PackageDef def = {"context", stdlib_src_context, NULL, 0};

void register_context(void)
{
    vm_register_package(&def);
}
