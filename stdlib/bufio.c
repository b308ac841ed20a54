/* bufio.c: package bufio is written in Go (bufio.go); this registers it. */
#include "natives.h"

static const PackageDef def = {"bufio", stdlib_src_bufio, NULL, 0};

void register_bufio(void)
{
    vm_register_package(&def);
}
