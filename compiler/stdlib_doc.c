/* stdlib_doc.c: docs/stdlib.md, generated from the packages themselves.
 *
 * Every registered standard package is loaded and checked as a program
 * would load it, and its exported names are listed with their types, so
 * the reference cannot drift from what gosh has: a test compares the
 * checked-in file with this output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "compiler.h"

static bool exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* A function's signature with its parameter names: (s string, n int) int. */
static void signature(const FuncInfo *f, FILE *out)
{
    char ts[256];
    fputc('(', out);
    for (int i = 0; i < f->nparams; i++) {
        const Type *t = f->params[i]->type;
        bool dots = (f->sig->flags & TF_VARIADIC) && i == f->nparams - 1;
        type_string(dots ? t->elem : t, false, ts, sizeof ts);
        const char *name = f->params[i]->name;
        bool anon = name[0] == '_' && name[1] == '\0';
        fprintf(out, "%s%s%s%s%s", i ? ", " : "", anon ? "" : name, anon ? "" : " ", dots ? "..." : "",
                ts);
    }
    fputc(')', out);
    if (f->nresults == 1 && !f->named_results) {
        type_string(f->results[0]->type, false, ts, sizeof ts);
        fprintf(out, " %s", ts);
    } else if (f->nresults > 0) {
        fputs(" (", out);
        for (int i = 0; i < f->nresults; i++) {
            type_string(f->results[i]->type, false, ts, sizeof ts);
            if (f->named_results)
                fprintf(out, "%s%s %s", i ? ", " : "", f->results[i]->name, ts);
            else
                fprintf(out, "%s%s", i ? ", " : "", ts);
        }
        fputc(')', out);
    }
}

static int by_path(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char *paths[128];
static int npaths;

static void add_path(const char *path, void *arg)
{
    (void)arg;
    if (npaths < 128)
        paths[npaths++] = path;
}

/* A template package's functions are only parsed: their signature is the
 * text of the declaration's first line, between the name and the body. */
static void template_signature(const Package *p, const Symbol *sym, FILE *out)
{
    int len;
    const char *line = src_line(p->src, sym->pos.line, &len);
    const char *name = strstr(line, sym->name);
    if (!name || name >= line + len)
        return;
    const char *from = name + strlen(sym->name), *to = line + len;
    while (to > from && (to[-1] == '{' || to[-1] == ' '))
        to--;
    fprintf(out, "%.*s", (int)(to - from), from);
}

void stdlib_doc_symbol(const Package *p, const Symbol *sym, FILE *out)
{
    char ts[512];
    switch (sym->kind) {
    case SYM_CONST: case SYM_VAR:
        type_string(sym->type, false, ts, sizeof ts);
        fprintf(out, "%s %s", sym->name, ts);
        break;
    case SYM_FUNC:
        fprintf(out, "%s", sym->name);
        if (p->generic)
            template_signature(p, sym, out);
        else if (sym->func && sym->func->sig)
            signature(sym->func, out);
        break;
    default: {
        const Type *t = sym->type;
        fprintf(out, "%s", sym->name);
        int nm = 0;
        for (int k = 0; t && k < t->nmethods; k++) {
            const Method *m = &t->methods[k];
            if (!exported(m->name) || m->depth > 0)
                continue;
            type_string(m->type, false, ts, sizeof ts);
            /* the signature without its leading "func" */
            fprintf(out, "%s%s%s", nm++ ? ", " : ": ", m->name, ts + 4);
        }
        /* methods promoted from embedded fields, by name (Go's API lists
         * them as the type's own) */
        int np = 0;
        for (int k = 0; t && k < t->nmethods; k++) {
            const Method *m = &t->methods[k];
            if (exported(m->name) && m->depth > 0)
                fprintf(out, "%s%s", np++ ? ", " : nm ? "; promoted: " : ": promoted: ", m->name);
        }
        if (t && type_under((Type *)t)->kind == K_INTERFACE) {
            const Type *u = type_under((Type *)t);
            for (int k = 0; k < u->nimethods; k++) {
                type_string(u->imethods[k].type, false, ts, sizeof ts);
                fprintf(out, "%s%s%s", nm++ ? ", " : " (interface): ", u->imethods[k].name, ts + 4);
            }
        }
        break;
    }
    }
}

static void document(const Package *p, FILE *out)
{
    fprintf(out, "\n## %s\n\n", p->path);
    if (p->generic)
        fputs("A template over the element type `E` (any type; comparable or ordered\n"
              "where Go's signature says so), instantiated for each slice type used.\n\n",
              out);
    const Scope *s = p->scope;
    bool any = false;
    for (int pass = 0; pass < 4; pass++) {
        static const char *const heads[] = {"Constants", "Variables", "Functions", "Types"};
        static const SymKind kinds[] = {SYM_CONST, SYM_VAR, SYM_FUNC, SYM_TYPE};
        bool head = false;
        for (int i = 0; i < s->n; i++) {
            const Symbol *sym = s->syms[i];
            if (sym->kind != kinds[pass] || !exported(sym->name))
                continue;
            if (!head) {
                fprintf(out, "%s:\n\n", heads[pass]);
                head = any = true;
            }
            if (sym->kind == SYM_TYPE) {
                /* the name quoted, its methods after it */
                char *text = NULL;
                size_t len = 0;
                FILE *f = open_memstream(&text, &len);
                if (f) {
                    stdlib_doc_symbol(p, sym, f);
                    fclose(f);
                    size_t nl = strlen(sym->name);
                    fprintf(out, "- `%s`%s\n", sym->name, text + nl);
                    free(text);
                }
            } else {
                fputs("- `", out);
                stdlib_doc_symbol(p, sym, out);
                fputs("`\n", out);
            }
        }
        if (head)
            fputc('\n', out);
    }
    if (!any)
        fputs("(nothing exported)\n", out);
}

int stdlib_doc(FILE *out)
{
    Diag d;
    diag_init(&d, NULL);
    Compiler *c = compiler_new(&d);
    c->eager = true;
    npaths = 0;
    vm_each_package(add_path, NULL);
    qsort(paths, (size_t)npaths, sizeof paths[0], by_path);
    fputs("# The standard library\n\n"
          "Every package gosh has and every name it exports, with its type.\n"
          "Generated by `gosh --stdlib-doc` from the packages themselves (a test\n"
          "checks that this file is up to date); what each function does is what\n"
          "Go's package of the same name documents.\n",
          out);
    for (int i = 0; i < npaths; i++) {
        Package *p = pkg_load(c, paths[i], (Pos){0, 0});
        if (p)
            document(p, out);
    }
    if (diag_has_errors(&d)) {
        diag_print(&d, stderr);
        return 1;
    }
    return 0;
}
