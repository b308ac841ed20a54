/* show.c: how the REPL shows an expression's value: as Go source would
 * write it, where fmt.Println's %v would leave the reader guessing.
 *
 *   strings           quoted ("42", "")               %#v
 *   slices, arrays,   with their type and field       %#v ([]string{"a b", ""},
 *   maps, structs,    names                           map[string]int{"a":1},
 *   pointers, ...                                      main.T{A:1, B:"x"})
 *   floats            %v, and the type when %v looks like an integer (3 (float64))
 *   integers, bools   %v
 *   Error or String   what the method returns (%v): time.Second is 1s
 * Several results (a call's) are separated by spaces. */
#include <string.h>
#include "format.h"
#include "gostd.h"
#include "natives.h"
#include "printer.h"

/* Whether [t] (or what it points to) has a method [name] that %v calls. */
static bool has_method(const Type *t, const char *name)
{
    bool ptr = t->kind == K_POINTER && !(t->flags & TF_NAMED);
    const Type *nt = ptr ? t->elem : t;
    for (int i = 0; nt && i < nt->nmethods; i++)
        if (strcmp(nt->methods[i].name, name) == 0)
            return ptr || !nt->methods[i].ptr_recv;
    return false;
}

/* Whether [s] reads as an integer (so that 3.0 shown as "3" needs its type). */
static bool looks_integral(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '-')
            return false;
    return n > 0;
}

static void show_one(PP *p, const Iface *arg)
{
    pp_clear_flags(p);
    if (!arg || has_method(arg->type, "Error") || has_method(arg->type, "String")) {
        pp_print_arg(p, arg, 'v');
        return;
    }
    switch (arg->type->kind) {
    case K_BOOL:
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        pp_print_arg(p, arg, 'v');
        break;
    case K_FLOAT32:
    case K_FLOAT64: {
        size_t start = p->b->len;
        pp_print_arg(p, arg, 'v');
        if (looks_integral(p->b->data + start, p->b->len - start)) {
            char ts[256];
            pp_type_name(arg->type, ts, sizeof ts);
            sb_puts(p->b, " (");
            sb_puts(p->b, ts);
            sb_putc(p->b, ')');
        }
        break;
    }
    default:
        p->sharpV = true;
        pp_print_arg(p, arg, 'v');
        break;
    }
}

NATIVE(repl_show)
{
    const Slice *vals = args[0].p;
    StrBuf b = {0};
    const void *before = g->panic;
    PP p;
    pp_init(&p, g, &b);
    int64_t n = vals ? vals->len : 0;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            sb_putc(&b, ' ');
        show_one(&p, ((Value *)vals->data)[i].p);
    }
    sb_putc(&b, '\n');
    /* a method that panicked: the panic goes on, nothing is shown */
    if (g->panic == before)
        rt_write_stdout(b.data, b.len);
}

static const Native show_native = {"fmt", "show", NULL, repl_show, NULL};

const Native *stdlib_repl_show(void)
{
    return &show_native;
}
