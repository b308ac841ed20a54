/* stack_named.c: a goroutine's stack as the REPL's :goroutines lists it.
 *
 * Go's traceback names a function literal main.main.func1, which says
 * little at a prompt where every entry is main.main; here it is named by
 * where it was written: "func literal at <entry 3>:2". */
#include <string.h>
#include "internal.h"
#include "vm.h"

/* Whether [name] is a function literal's: the last part is funcN, after
 * the function it is written in (main.main.func1, main.f.func2.1). */
static bool is_literal(const char *name)
{
    const char *first = strchr(name, '.');
    if (!first)
        return false;
    for (const char *p = strstr(first + 1, ".func"); p; p = strstr(p + 1, ".func"))
        if (p[5] >= '0' && p[5] <= '9')
            return true;
    return false;
}

static void print_function(const Proto *p, FILE *out, bool call)
{
    if (is_literal(p->name))
        fprintf(out, "func literal at %s:%d", p->file, p->line);
    else
        fprintf(out, "%s%s", p->name, !call ? "" : p->nparams ? "(...)" : "()");
}

void vm_traceback_named(G *g, FILE *out)
{
    int shown = 0;
    for (int32_t f = g->nframes - 1; f >= 0; f--) {
        const Frame *fr = &g->frames[f];
        const Proto *p = fr->cl->proto;
        if (p->flags & PF_HIDDEN)
            continue;
        if (++shown > 100) {
            fprintf(out, "...additional frames elided...\n");
            break;
        }
        bool next = f == g->nframes - 1 && g->at_poll;
        int line = vm_line_of(p, next ? fr->pc : vm_frame_site(g, f));
        print_function(p, out, true);
        fprintf(out, "\n\t%s:%d\n", p->file, line);
    }
    if (g->created_by) {
        const Proto *p = g->created_by->proto;
        fprintf(out, "created by ");
        print_function(p, out, false);
        fprintf(out, "\n\t%s:%d\n", p->file, vm_line_of(p, g->created_pc - 1));
    }
}
