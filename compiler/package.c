/* package.c: loading the standard packages a program imports. Each is
 * parsed from its embedded Go source and checked like user code. */
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

Package *pkg_lookup(Compiler *c, const char *path)
{
    for (int i = 0; i < c->npkgs; i++)
        if (strcmp(c->pkgs[i]->path, path) == 0)
            return c->pkgs[i];
    return NULL;
}

void pkg_add(Compiler *c, Package *p)
{
    if (c->npkgs == c->pkgcap) {
        c->pkgcap = c->pkgcap ? c->pkgcap * 2 : 8;
        Package **ps = GC_MALLOC(sizeof(Package *) * (size_t)c->pkgcap);
        if (c->npkgs)
            memcpy(ps, c->pkgs, sizeof(Package *) * (size_t)c->npkgs);
        c->pkgs = ps;
    }
    c->pkgs[c->npkgs++] = p;
}

Package *pkg_new(Compiler *c, const char *path, Node *file, const Source *src)
{
    Package *p = GC_MALLOC(sizeof *p);
    p->path = path;
    const char *slash = strrchr(path, '/');
    p->name = slash ? slash + 1 : path;
    p->file = file;
    p->src = src;
    p->strict = parse_is_strict(file);
    p->scope = scope_new(c->universe, SCOPE_PACKAGE);
    return p;
}

Package *pkg_load(Compiler *c, const char *path, Pos at)
{
    (void)at;
    Package *p = pkg_lookup(c, path);
    if (p)
        return p;
    const PackageDef *def = vm_find_package(path);
    if (!def)
        return NULL;
    char name[256];
    snprintf(name, sizeof name, "<stdlib>/%s.go", path);
    char *n2 = GC_MALLOC_ATOMIC(strlen(name) + 1);
    strcpy(n2, name);
    const char *src_text = def->source ? def->source : "";
    const Source *src = src_from_string(n2, src_text, strlen(src_text));
    const Source *saved = c->diag->src;
    c->diag->src = src;
    Node *file = parse_file(src, c->diag);
    c->diag->src = saved;
    p = pkg_new(c, ast_intern(path, (int)strlen(path)), file, src);
    p->scope->parent = c->std_universe ? c->std_universe : c->universe;
    if (file->file.package)
        p->name = file->file.package->ident.name;
    pkg_add(c, p);
    if (def->generic) {
        /* a template: nothing to emit, instances are checked per E */
        p->generic = true;
        if (!c->diag->syntax)
            pkg_collect(c, p);
        return p;
    }
    p->lazy = !c->eager;
    if (!c->diag->syntax)
        pkg_check(c, p);
    /* Packages initialise in list order, so a package goes after the
     * ones it imports, which checking it has just loaded. */
    for (int i = 0; i < c->npkgs - 1; i++)
        if (c->pkgs[i] == p) {
            memmove(&c->pkgs[i], &c->pkgs[i + 1], sizeof(Package *) * (size_t)(c->npkgs - 1 - i));
            c->pkgs[c->npkgs - 1] = p;
            break;
        }
    return p;
}
