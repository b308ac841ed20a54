/* compile.c: the compiler's driver. */
#include <gc.h>
#include <string.h>
#include "check.h"
#include "compiler.h"


static void collect_funcs(Compiler *c, Program *prog)
{
    int n = 0;
    for (int i = 0; i < c->npkgs; i++)
        n += c->pkgs[i]->nfuncs;
    prog->funcs = GC_MALLOC(sizeof(Proto *) * (size_t)(n + 1));
    for (int i = 0; i < c->npkgs; i++) {
        Package *p = c->pkgs[i];
        if (strcmp(p->path, "main") != 0)
            continue;
        for (int j = 0; j < p->nfuncs; j++)
            prog->funcs[prog->nfuncs++] = p->funcs[j]->proto;
    }
}

/* A compiler with the universe and package runtime, whose error types
 * the VM raises its panics with. */
static bool events_on;

void compiler_set_events(bool on)
{
    events_on = on;
}

bool emit_line_events;

void compiler_set_line_events(bool on)
{
    emit_line_events = on;
}

Compiler *compiler_new(Diag *diag)
{
    Compiler *c = GC_MALLOC(sizeof *c);
    c->diag = diag;
    c->universe = universe_new();
    c->std_universe = scope_new(c->universe, SCOPE_UNIVERSE);
    Symbol *ev = sym_new(SYM_CONST, intern_name("goshEvents", 10), (Pos){0, 0});
    ev->type = t_untyped_bool;
    ev->cval = cv_bool(events_on);
    ev->state = 2;
    scope_insert(c->std_universe, ev);
    Package *rt = pkg_load(c, "runtime", (Pos){0, 0});
    if (rt && rt->checked) {
        Symbol *es = scope_lookup_local(rt->scope, intern_name("errorString", 11));
        Symbol *pe = scope_lookup_local(rt->scope, intern_name("plainError", 10));
        Symbol *be = scope_lookup_local(rt->scope, intern_name("boundsError", 11));
        Symbol *ta = scope_lookup_local(rt->scope, intern_name("TypeAssertionError", 18));
        vm_set_error_types(es ? es->type : NULL, pe ? pe->type : NULL, be ? be->type : NULL,
                           ta && ta->type ? type_pointer(ta->type) : NULL);
    }
    return c;
}

Program *compile_program(const Source *src, Diag *diag)
{
    diag->src = src;
    Node *file = parse_file(src, diag);
    if (diag->syntax || diag_has_errors(diag))
        return NULL;
    if (file->file.package && strcmp(file->file.package->ident.name, "main") != 0) {
        diag_error(diag, file->file.package->pos, "package %s is not a main package",
                   file->file.package->ident.name);
        return NULL;
    }
    Compiler *c = compiler_new(diag);
    Package *main = pkg_new(c, "main", file, src);
    c->main = main;
    diag->src = src;
    pkg_check(c, main);
    diag->src = src;
    if (diag_has_errors(diag))
        return NULL;
    if (main->strict && !main->main) {
        diag_error(diag, (Pos){1, 1}, "function main is undeclared in the main package");
        return NULL;
    }
    /* packages initialise after those they import: c->pkgs is in load
     * order, imports first except for main, which comes last */
    pkg_add(c, main);
    for (int i = 0; i < c->npkgs; i++)
        emit_package(c, c->pkgs[i]);
    diag->src = src;
    if (diag_has_errors(diag))
        return NULL;
    Program *prog = GC_MALLOC(sizeof *prog);
    prog->entry = emit_entry(c, 0, true);
    prog->file = src->name;
    collect_funcs(c, prog);
    return prog;
}
