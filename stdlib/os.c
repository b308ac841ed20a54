/* os.c: the native half of package os. */
#include "natives.h"

static int saved_argc;
static char **saved_argv;

NATIVE(runtime_args)
{
    (void)g;
    Slice *s = new_string_slice(saved_argc);
    String **items = (String **)s->data;
    for (int i = 0; i < saved_argc; i++)
        items[i] = str_from_cstr(saved_argv[i]);
    args[0].p = s;
}

NATIVE(exit_)
{
    (void)g;
    rt_exit((int)(args[0].i & 0xff));
}

static const Native natives[] = {
    {"os", "runtimeArgs", NULL, runtime_args, NULL},
    {"os", "Exit", NULL, exit_, NULL},
};

static const PackageDef def = {"os", stdlib_src_os, natives, sizeof natives / sizeof natives[0]};

void register_os(int argc, char **argv)
{
    saved_argc = argc;
    saved_argv = argv;
    vm_register_package(&def);
}
