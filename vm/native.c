/* native.c: the registry of standard packages. */
#include <string.h>
#include "runtime.h"
#include "vm.h"

enum { MAX_PACKAGES = 256 };
static const PackageDef *packages[MAX_PACKAGES];
static int npackages;

void vm_register_package(const PackageDef *def)
{
    for (int i = 0; i < npackages; i++)
        if (strcmp(packages[i]->path, def->path) == 0)
            return;
    if (npackages < MAX_PACKAGES)
        packages[npackages++] = def;
}

const PackageDef *vm_find_package(const char *path)
{
    for (int i = 0; i < npackages; i++)
        if (strcmp(packages[i]->path, path) == 0)
            return packages[i];
    return NULL;
}

const PackageDef *vm_find_package_named(const char *name)
{
    for (int i = 0; i < npackages; i++) {
        const char *slash = strrchr(packages[i]->path, '/');
        if (strcmp(slash ? slash + 1 : packages[i]->path, name) == 0)
            return packages[i];
    }
    return NULL;
}

const Native *vm_find_native(const PackageDef *def, const char *name)
{
    for (int i = 0; i < def->nnatives; i++)
        if (strcmp(def->natives[i].name, name) == 0)
            return &def->natives[i];
    return NULL;
}

void vm_each_package(void (*fn)(const char *path, void *arg), void *arg)
{
    for (int i = 0; i < npackages; i++)
        fn(packages[i]->path, arg);
}

/* The entry calls this before the user's package initialises (see
 * rt_program_starts). */
static void program_starts(G *g, Value *args)
{
    (void)g;
    (void)args;
    rt_program_starts();
}

const Native vm_program_starts = {"runtime", "programStarts", NULL, program_starts, NULL};
