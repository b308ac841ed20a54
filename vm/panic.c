/* panic.c: raising panics, unwinding, and Go-style tracebacks. */
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "event.h"
#include "internal.h"
#include "lexer.h"
#include "print.h"

/* Panic value types: runtime.errorString ("runtime error: " + text),
 * runtime.plainError (text as is), runtime.boundsError and
 * *runtime.TypeAssertionError. Until package runtime is compiled they are
 * placeholders of the same names without methods. */
static Type *t_error_string, *t_plain_error, *t_bounds_error, *t_assertion_error;

void vm_init_types(void)
{
    if (t_error_string)
        return;
    t_error_string = type_named("runtime", "errorString");
    type_set_underlying(t_error_string, t_string);
    t_plain_error = type_named("runtime", "plainError");
    type_set_underlying(t_plain_error, t_string);
    t_bounds_error = type_named("runtime", "boundsError");
    type_set_underlying(t_bounds_error, t_string);
    t_assertion_error = NULL;
}

void vm_set_error_types(Type *error_string, Type *plain_error, Type *bounds_error,
                        Type *assertion_error)
{
    if (error_string)
        t_error_string = error_string;
    if (plain_error)
        t_plain_error = plain_error;
    if (bounds_error)
        t_bounds_error = bounds_error;
    if (assertion_error)
        t_assertion_error = assertion_error;
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
    p->level = g->nframes - 1;
    g->panic = p;
    if (RT_EVENTS)
        rt_emit_g(EV_PANIC, g, 0, NULL, 0);
}

void vm_goexit(G *g)
{
    Value none;
    none.p = NULL;
    vm_panic_value(g, none);
    g->panic->goexit = true;
}

bool vm_start_deferred(G *g, Defer *d, uint32_t flags)
{
    if (!d->fn) {
        vm_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return false;
    }
    const Frame *top = &g->frames[g->nframes - 1];
    int32_t base = top->base + top->cl->proto->maxregs;
    const Proto *p = d->fn->proto;
    int64_t need = (int64_t)base + p->maxregs + d->nargs + 1;
    if (need > g->stack_size && !rt_grow_stack(g, need))
        vm_fatal_trace(g, "stack overflow");
    for (int j = 0; j < d->nargs; j++)
        g->stack[base + j] = d->args[j];
    Frame *f = rt_push_frame(g);
    if (!f)
        vm_fatal_trace(g, "stack overflow");
    f->cl = d->fn;
    f->base = base;
    f->pc = p->code;
    f->flags = flags;
    return true;
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
    panic_with(g, t_error_string, msg);
}

void vm_panic_bounds(G *g, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    panic_with(g, t_bounds_error, msg);
}

void vm_panic_assertion(G *g, const char *msg)
{
    if (!t_assertion_error) {
        panic_with(g, t_plain_error, msg);
        return;
    }
    /* *TypeAssertionError{msg}: a block whose one field is the message */
    Value *block = rt_alloc(sizeof(Value));
    block->p = str_from_cstr(msg);
    Value v;
    v.p = iface_box(t_assertion_error, (Value){.p = block});
    vm_panic_value(g, v);
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

const Instr *vm_frame_site(const G *g, int32_t f)
{
    const Frame *fr = &g->frames[f];
    if (f + 1 < g->nframes && (g->frames[f + 1].flags & FR_DEFER_RET))
        return (fr->flags & FR_RECOVERED) ? fr->cl->proto->code + fr->panic_at : fr->pc;
    return fr->pc - 1;
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
    if (t == t_error_string || t == t_bounds_error) {
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
        /* pc is past the instruction the frame is in, except where the
         * goroutine stopped at a poll point or has not started */
        bool next = f == g->nframes - 1 && g->at_poll;
        int line = vm_line_of(p, next ? fr->pc : vm_frame_site(g, f));
        fprintf(out, "%s(%s)\n\t%s:%d\n", p->name, p->nparams ? "..." : "", p->file, line);
    }
    if (g->created_by) {
        const Proto *p = g->created_by->proto;
        fprintf(out, "created by %s\n\t%s:%d\n", p->name, p->file,
                vm_line_of(p, g->created_pc - 1));
    }
}

/* The event stream's view of a goroutine's frames (runtime/event.h). */
static int locate(const G *g, RtFrameInfo *out, int max)
{
    int n = 0;
    for (int32_t f = g->nframes - 1; f >= 0 && n < max; f--) {
        const Frame *fr = &g->frames[f];
        const Proto *p = fr->cl->proto;
        if (p->flags & PF_HIDDEN)
            continue;
        out[n++] = (RtFrameInfo){p->name, p->file, vm_line_of(p, vm_frame_site(g, f))};
    }
    return n;
}

static void origin(const G *g, RtFrameInfo *fn, RtFrameInfo *go_stmt)
{
    if (g->nframes > 0) {
        const Proto *p = g->frames[0].cl->proto;
        *fn = (RtFrameInfo){p->name, p->file, p->line};
    }
    if (g->created_by) {
        const Proto *p = g->created_by->proto;
        *go_stmt = (RtFrameInfo){p->name, p->file, vm_line_of(p, g->created_pc - 1)};
    }
}

static int32_t live_regs(const G *g)
{
    if (g->nframes == 0)
        return 0;
    const Frame *fr = &g->frames[g->nframes - 1];
    return fr->base + fr->cl->proto->maxregs;
}

const RtLocator vm_locator = {locate, origin, live_regs};

_Noreturn void vm_fatal_trace(G *g, const char *msg)
{
    rt_flush_stdout();
    if (strcmp(msg, "stack overflow") == 0)
        fprintf(stderr, "runtime: goroutine stack exceeds %d-byte limit\n", RT_STACK_LIMIT);
    fprintf(stderr, "fatal error: %s\n\ngoroutine %lld [running]:\n", msg, (long long)g->id);
    vm_traceback(g, stderr);
    rt_abort_goroutine(2);
}

/* Prints an unrecovered panic (its whole chain, oldest first, as Go's
 * printpanics does) and the goroutine's stack, and ends the process. */
static _Noreturn void fatal_panic(G *g)
{
    StrBuf b = {0};
    Panic *p = g->panic;
    Panic *chain[64];
    int n = 0;
    for (Panic *q = p; q && n < 64; q = q->link)
        chain[n++] = q;
    for (int j = n - 1; j >= 0; j--) {
        if (j != n - 1)
            sb_puts(&b, "\t");
        sb_puts(&b, "panic: ");
        g->panic = NULL; /* let Error() methods run */
        print_panic_value(g, &b, chain[j]->value);
        if (chain[j]->recovered)
            sb_puts(&b, " [recovered]");
        sb_putc(&b, '\n');
    }
    g->panic = p;
    if (RT_EVENTS) {
        const char *nl = memchr(b.data, '\n', b.len);
        rt_emit_text(EV_FATAL, g, b.data, nl ? (size_t)(nl - b.data) : b.len, 0);
    }
    rt_flush_stdout();
    fwrite(b.data, 1, b.len, stderr);
    fprintf(stderr, "\ngoroutine %lld [running]:\n", (long long)g->id);
    vm_traceback(g, stderr);
    rt_abort_goroutine(2);
}

/* The panic unwinder (Go's gopanic). It runs the deferred calls of each
 * frame from the panicking one down, on top of the stack. A deferred call
 * that recovers makes the frame that deferred it return normally. */
bool vm_unwind(G *g)
{
    Panic *p = g->panic;
    if (p->recovered) {
        /* the recovering call returned: its deferring frame returns */
        const Instr *site = vm_frame_site(g, p->level);
        g->nframes = p->level + 1;
        Frame *f = &g->frames[p->level];
        const Proto *proto = f->cl->proto;
        f->panic_at = (int32_t)(site - proto->code);
        f->flags |= FR_RECOVERED;
        /* Older panics whose unwinding had reached this frame or above
         * are aborted; one still unwinding a lower frame (its deferred
         * call is running below us) stays current. */
        Panic *older = p->link;
        while (older && older->level >= p->level)
            older = older->link;
        g->panic = older;
        f->pc = proto->code + (proto->recover_pc >= 0 ? proto->recover_pc : proto->ncode - 1);
        return true;
    }
    for (;;) {
        if (p->level < vm_exec_floor || p->level < 0) {
            if (vm_exec_floor == 0 && p->goexit) {
                /* Goexit ran every deferred call: the goroutine ends */
                g->panic = NULL;
                g->nframes = 0;
                g->status = G_DEAD;
                if (g->is_main)
                    rt_main_goexit(g);
                return false;
            }
            if (vm_exec_floor == 0)
                fatal_panic(g);
            /* leave the rest to the code that called into the VM */
            g->nframes = vm_exec_floor;
            return false;
        }
        Frame *f = &g->frames[p->level];
        if (f->defers) {
            Defer *d = f->defers;
            f->defers = d->next;
            /* deferred calls run above everything on the stack */
            if (!vm_start_deferred(g, d, FR_DEFER_PANIC)) {
                /* a nil deferred func panics in turn */
                return vm_unwind(g);
            }
            return true;
        }
        p->level--;
    }
}
