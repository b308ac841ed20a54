/* fmt.c: the native half of package fmt. */
#include <string.h>
#include "format.h"
#include "natives.h"

/* Writes what a Print call formatted, unless a method it called panicked
 * (the panic goes on and nothing is printed, as in Go). */
static void write_out(G *g, const void *panic_before, StrBuf *b)
{
    if (b->len && g->panic == panic_before)
        rt_write_stdout(b->data, b->len);
}

NATIVE(println_)
{
    StrBuf b = {0};
    const void *before = g->panic;
    fmt_print(g, &b, args[0].p, true);
    write_out(g, before, &b);
    args[0].i = (int64_t)b.len;
    args[1].p = NULL;
}

NATIVE(print_)
{
    StrBuf b = {0};
    const void *before = g->panic;
    fmt_print(g, &b, args[0].p, false);
    write_out(g, before, &b);
    args[0].i = (int64_t)b.len;
    args[1].p = NULL;
}

NATIVE(printf_)
{
    StrBuf b = {0};
    const void *before = g->panic;
    fmt_printf(g, &b, args[0].p, args[1].p);
    write_out(g, before, &b);
    args[0].i = (int64_t)b.len;
    args[1].p = NULL;
}

NATIVE(sprintln)
{
    StrBuf b = {0};
    fmt_print(g, &b, args[0].p, true);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(sprint)
{
    StrBuf b = {0};
    fmt_print(g, &b, args[0].p, false);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(sprintf_)
{
    StrBuf b = {0};
    fmt_printf(g, &b, args[0].p, args[1].p);
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(errorf)
{
    StrBuf b = {0};
    Value w = fmt_errorf(g, &b, args[0].p, args[1].p);
    args[0].p = str_new(b.data, (int64_t)b.len);
    args[1] = w;
}

NATIVE(set_format_hook)
{
    (void)g;
    fmt_set_format_hook(args[0].p);
}

static const Native natives[] = {
    {"fmt", "setFormatHook", NULL, set_format_hook, NULL},
    {"fmt", "Println", NULL, println_, NULL},
    {"fmt", "Print", NULL, print_, NULL},
    {"fmt", "Printf", NULL, printf_, NULL},
    {"fmt", "Sprintln", NULL, sprintln, NULL},
    {"fmt", "Sprint", NULL, sprint, NULL},
    {"fmt", "Sprintf", NULL, sprintf_, NULL},
    {"fmt", "errorf", NULL, errorf, NULL},
};

static const PackageDef def = {"fmt", stdlib_src_fmt, natives, sizeof natives / sizeof natives[0]};

void register_fmt(void)
{
    vm_register_package(&def);
}
