/* slices.c: package slices is a template written in Go (slices.go),
 * instantiated per element type by the compiler (compiler/generic.c). */
#include "natives.h"

static const PackageDef def = {"slices", stdlib_src_slices, NULL, 0, true};

void register_slices(void)
{
    vm_register_package(&def);
}
