/* panic.c: raising panics, unwinding, and Go-style tracebacks. */
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "lexer.h"
#include "print.h"

Type *t_runtime_error;   /* runtime.Error values: "runtime error: ..." */
static Type *t_plain_error;   /* runtime.plainError: message as is */

void vm_init_types(void)
{
    if (t_runtime_error)
        return;
    t_runtime_error = type_named("runtime", "errorString");
    type_set_underlying(t_runtime_error, t_string);
    t_plain_error = type_named("runtime", "plainError");
    type_set_underlying(t_plain_error, t_string);
}

bool vm_panicking(const G *g)
{
    return g->panic != NULL;
}

void vm_panic_value(G *g, Value v)
{
    Panic *p = rt_alloc(sizeof *p);
    p->value = v;
    p->link = g->panic;
    g->panic = p;
}

static void panic_with(G *g, Type *t, const char *msg)
{
    Value s, v;
    s.p = str_from_cstr(msg);
    v.p = iface_box(t, s);
    vm_panic_value(g, v);
}

void vm_panic_runtime(G *g, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    panic_with(g, t_runtime_error, msg);
}

void vm_panic_plain(G *g, const char *msg)
{
    panic_with(g, t_plain_error, msg);
}

int vm_line_of(const Proto *p, const Instr *pc)
{
    if (!p->ncode)
        return p->line;
    int32_t at = (int32_t)(pc - p->code);
    if (at < 0)
        at = 0;
    if (at >= p->ncode)
        at = p->ncode - 1;
    return p->lines[at];
}

/* Calls method [name] (no arguments, one string result) of the dynamic
 * value in [iface], if it has one. */
static bool call_string_method(G *g, Iface *iface, const char *name, String **out)
{
    name = intern_name(name, (int)strlen(name));
    Method *m = type_find_method((Type *)iface->type, name);
    if (!m || !m->fn || m->type->nparams != 0 || m->type->nresults != 1 ||
        m->type->results[0]->kind != K_STRING)
        return false;
    Value res;
    if (!vm_call(g, m->fn, &iface->word, 1, &res, 1))
        return false;
    *out = res.p;
    return true;
}

/* Appends the panic value as Go's printpanicval does. */
static void print_panic_value(G *g, StrBuf *b, Value v)
{
    Iface *i = v.p;
    if (!i) {
        sb_puts(b, "nil");
        return;
    }
    const Type *t = i->type;
    if (t == t_runtime_error) {
        sb_puts(b, "runtime error: ");
        sb_put(b, str_data(i->word.p), (size_t)str_len(i->word.p));
        return;
    }
    if (t == t_plain_error) {
        sb_put(b, str_data(i->word.p), (size_t)str_len(i->word.p));
        return;
    }
    String *s;
    if (call_string_method(g, i, "Error", &s) || call_string_method(g, i, "String", &s)) {
        sb_put(b, str_data(s), (size_t)str_len(s));
        return;
    }
    if (type_is_named(t) && t->kind <= K_STRING) {
        char name[256];
        type_string(t, true, name, sizeof name);
        sb_puts(b, name);
        sb_putc(b, '(');
        if (t->kind == K_STRING) {
            sb_putc(b, '"');
            vm_print_value(b, i->word, t);
            sb_putc(b, '"');
        } else {
            vm_print_value(b, i->word, t);
        }
        sb_putc(b, ')');
        return;
    }
    if (t->kind <= K_STRING) {
        vm_print_value(b, i->word, t);
        return;
    }
    char name[256];
    type_string(t, true, name, sizeof name);
    sb_printf(b, "(%s) %p", name, i->word.p);
}

void vm_traceback(G *g, FILE *out)
{
    int shown = 0;
    for (int32_t f = g->nframes - 1; f >= 0; f--) {
        const Frame *fr = &g->frames[f];
        const Proto *p = fr->cl->proto;
        if (p->flags & PF_HIDDEN)
            continue;
        if (++shown > 100) {
            /* Go prints the innermost hundred frames */
            fprintf(out, "...additional frames elided...\n");
            break;
        }
        int line = vm_line_of(p, fr->pc - 1);
        fprintf(out, "%s(%s)\n\t%s:%d\n", p->name, p->nparams ? "..." : "", p->file, line);
    }
    if (g->created_by) {
        const Proto *p = g->created_by->proto;
        fprintf(out, "created by %s\n\t%s:%d\n", p->name, p->file,
                vm_line_of(p, g->created_pc - 1));
    }
}

_Noreturn void vm_fatal_trace(G *g, const char *msg)
{
    rt_flush_stdout();
    if (strcmp(msg, "stack overflow") == 0)
        fprintf(stderr, "runtime: goroutine stack exceeds %d-byte limit\n", RT_STACK_LIMIT);
    fprintf(stderr, "fatal error: %s\n\ngoroutine %lld [running]:\n", msg, (long long)g->id);
    vm_traceback(g, stderr);
    rt_exit(2);
}

/* Without defer records every panic is fatal: print it as Go does. */
bool vm_unwind(G *g)
{
    StrBuf b = {0};
    Panic *p = g->panic;
    /* Go prints the chain oldest first. */
    Panic *chain[64];
    int n = 0;
    for (Panic *q = p; q && n < 64; q = q->link)
        chain[n++] = q;
    for (int j = n - 1; j >= 0; j--) {
        if (j != n - 1)
            sb_puts(&b, "\t");
        sb_puts(&b, "panic: ");
        g->panic = NULL; /* allow Error() methods to run */
        print_panic_value(g, &b, chain[j]->value);
        if (chain[j]->recovered)
            sb_puts(&b, " [recovered]");
        sb_putc(&b, '\n');
    }
    g->panic = p;
    rt_flush_stdout();
    fwrite(b.data, 1, b.len, stderr);
    fprintf(stderr, "\ngoroutine %lld [running]:\n", (long long)g->id);
    vm_traceback(g, stderr);
    rt_exit(2);
}
