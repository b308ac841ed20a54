/* session.c: compiling REPL entries one at a time.
 *
 * Each entry is a small script package whose scope's parent is the scope
 * of the entry before it, so an entry sees every earlier declaration and a
 * new declaration of a name hides the old one. A script's top-level
 * variables are package variables (global cells), so they outlive the
 * entry. An entry that fails to compile leaves the chain as it was.
 * Packages the entries import are loaded once, and each is initialised by
 * the first entry that runs after it was loaded. */
#include <stdio.h>
#include <stdlib.h>
#include <gc.h>
#include <string.h>
#include "check.h"
#include "compiler.h"
#include "emit.h"

struct Session {
    Compiler *c;
    Scope *scope;       /* the newest entry's scope */
    int ninit;          /* packages initialised so far */
    int nentries;
};

Session *session_new(Diag *diag)
{
    Session *s = GC_MALLOC(sizeof *s);
    s->c = compiler_new(diag);
    s->scope = s->c->universe;
    /* values are shown with fmt.Println's native */
    Package *fmt = pkg_load(s->c, "fmt", (Pos){0, 0});
    Symbol *println = fmt ? scope_lookup_local(fmt->scope, intern_name("Println", 7)) : NULL;
    s->c->show = println ? println->native : NULL;
    return s;
}

void session_set_show(Session *s, const Native *show)
{
    s->c->show = show;
}

/* Parses and checks [src] as an entry, in a package chained onto the
 * session; NULL after errors (reported in [diag]). */
static Package *check_entry(Session *s, const Source *src, Diag *diag, bool show, bool type_query)
{
    Compiler *c = s->c;
    c->diag = diag;
    diag->src = src;
    Node *file = parse_file(src, diag);
    if (diag->syntax || diag_has_errors(diag))
        return NULL;
    if (file->file.package && strcmp(file->file.package->ident.name, "main") != 0) {
        diag_error(diag, file->file.package->pos, "package %s is not a main package",
                   file->file.package->ident.name);
        return NULL;
    }
    Package *p = pkg_new(c, "main", file, src);
    p->scope = scope_new(s->scope, SCOPE_PACKAGE);
    p->repl = true;
    p->show = show;
    p->type_query = type_query;
    c->main = p;
    pkg_check(c, p);
    diag->src = src;
    return diag_has_errors(diag) ? NULL : p;
}

/* gosh vet's findings on an entry, shown as notes ("vet: ..."); the entry
 * runs anyway, as `gosh --vet` runs a program. */
static void vet_note(const Package *p, const Source *src)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return;
    vet_checked(p->file, src, m);
    fclose(m);
    for (char *line = buf; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        fprintf(stderr, "vet: %s\n", line);
        line = nl ? nl + 1 : NULL;
    }
    fflush(stderr);
    free(buf);
}

Proto *session_compile(Session *s, const Source *src, Diag *diag, bool run_main)
{
    Package *p = check_entry(s, src, diag, !run_main, false);
    if (!p)
        return NULL;
    vet_note(p, src);
    Compiler *c = s->c;
    pkg_add(c, p);
    for (int i = s->ninit; i < c->npkgs; i++)
        emit_package(c, c->pkgs[i]);
    /* standard functions this entry was the first to call */
    for (int i = 0; i < c->nlate; i++) {
        diag->src = c->late[i]->pkg->src;
        emit_function(c, c->late[i], NULL);
    }
    c->nlate = 0;
    diag->src = src;
    if (diag_has_errors(diag))
        return NULL;
    Proto *entry = emit_entry(c, s->ninit, run_main);
    /* the entry's goroutine is named after it in traces (:trace) */
    entry->name = src->name;
    s->ninit = c->npkgs;
    s->scope = p->scope;
    s->nentries++;
    return entry;
}

Type *session_type_of(Session *s, const Source *src, Diag *diag, char *cval, size_t size)
{
    cval[0] = '\0';
    Package *p = check_entry(s, src, diag, true, true);
    if (!p)
        return NULL;
    if (p->nstmts != 1 || p->stmts[0]->kind != N_EXPRSTMT) {
        diag_error(diag, (Pos){1, 1}, "not an expression");
        return NULL;
    }
    Node *x = p->stmts[0]->exprstmt.x;
    while (x->kind == N_PAREN)
        x = x->paren.x;
    if (x->mode == MODE_CONST && x->cval && x->type && type_is_untyped(x->type))
        cv_string_of(x->cval, cval, size);
    return x->type;
}

const Proto *session_func(Session *s, const char *name)
{
    Symbol *sym = scope_lookup(s->scope, intern_name(name, (int)strlen(name)));
    if (!sym || sym->kind != SYM_FUNC || !sym->func)
        return NULL;
    return sym->func->proto;
}

typedef struct PackagePrefix {
    const char *prefix;
    size_t len;
    void (*fn)(const char *, void *);
    void *arg;
} PackagePrefix;

static void package_name(const char *path, void *arg)
{
    PackagePrefix *pk = arg;
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    if (strncmp(name, pk->prefix, pk->len) == 0)
        pk->fn(name, pk->arg);
}

/* ---- completing x.Member ---- */

typedef struct Members {
    const char *head;           /* "x" of "x.Fo" */
    const char *member;         /* "Fo" */
    size_t ml;
    bool local;                 /* unexported names are reachable too */
    const char *seen[256];
    int nseen;
    void (*fn)(const char *, void *);
    void *arg;
} Members;

static void offer_member(Members *m, const char *name)
{
    if (!name || name[0] == '_' || strncmp(name, m->member, m->ml) != 0)
        return;
    if (!m->local && !(name[0] >= 'A' && name[0] <= 'Z'))
        return;
    for (int i = 0; i < m->nseen; i++)
        if (m->seen[i] == name || strcmp(m->seen[i], name) == 0)
            return;
    if (m->nseen < 256)
        m->seen[m->nseen++] = name;
    char full[512];
    snprintf(full, sizeof full, "%s.%s", m->head, name);
    m->fn(full, m->arg);
}

/* The fields and methods a selector on a value of [t] reaches, those of
 * embedded fields included. */
static void offer_members(Members *m, Type *t, int depth)
{
    if (!t || depth > 4)
        return;
    if (t->kind == K_POINTER && !(t->flags & TF_NAMED))
        t = t->elem;
    for (int i = 0; i < t->nmethods; i++)
        offer_member(m, t->methods[i].name);
    Type *u = type_under(t);
    for (int i = 0; i < u->nimethods; i++)
        offer_member(m, u->imethods[i].name);
    if (u->kind != K_STRUCT)
        return;
    for (int i = 0; i < u->nfields; i++) {
        offer_member(m, u->fields[i].name);
        if (u->fields[i].embedded)
            offer_members(m, u->fields[i].type, depth + 1);
    }
}

/* x.Fo: type-checks "x" as :type does and offers its type's members. */
static void member_names(Session *s, const char *prefix, const char *dot,
                         void (*fn)(const char *, void *), void *arg)
{
    Members *m = GC_MALLOC(sizeof *m);
    m->head = GC_STRNDUP(prefix, (size_t)(dot - prefix));
    m->member = dot + 1;
    m->ml = strlen(m->member);
    m->fn = fn;
    m->arg = arg;
    Diag *d = GC_MALLOC(sizeof *d);
    const Source *src = src_from_string("<complete>", m->head, strlen(m->head));
    diag_init(d, src);
    char cval[8];
    Type *t = session_type_of(s, src, d, cval, sizeof cval);
    if (!t)
        return;
    Type *nt = t->kind == K_POINTER && !(t->flags & TF_NAMED) ? t->elem : t;
    /* the session's own types (package main, or unnamed) show unexported
     * names too */
    m->local = !nt->pkg || strcmp(nt->pkg, "main") == 0;
    offer_members(m, t, 0);
}

void session_names(Session *s, const char *prefix, void (*fn)(const char *name, void *arg),
                   void *arg)
{
    const char *dot = strchr(prefix, '.');
    const char *last = strrchr(prefix, '.');
    if (dot) {
        Symbol *head = scope_lookup(s->scope, intern_name(prefix, (int)(dot - prefix)));
        if (last != dot || (head && head->kind != SYM_PKG)) {
            member_names(s, prefix, last, fn, arg);
            return;
        }
    }
    if (dot) {
        /* pkg.Member: the exported names of an imported (or importable) package */
        char pkg[256];
        size_t n = (size_t)(dot - prefix);
        if (n >= sizeof pkg)
            return;
        memcpy(pkg, prefix, n);
        pkg[n] = '\0';
        Symbol *ps = scope_lookup(s->scope, intern_name(pkg, (int)n));
        Package *p = ps && ps->kind == SYM_PKG ? ps->imported : pkg_lookup(s->c, pkg);
        if (!p) {
            /* a standard package not used yet: load it to list it */
            Diag d;
            diag_init(&d, NULL);
            Diag *saved = s->c->diag;
            s->c->diag = &d;
            p = pkg_load(s->c, pkg, (Pos){0, 0});
            s->c->diag = saved;
        }
        if (!p)
            return;
        const char *member = dot + 1;
        size_t ml = strlen(member);
        for (int i = 0; i < p->scope->n; i++) {
            const char *name = p->scope->syms[i]->name;
            if (name[0] >= 'A' && name[0] <= 'Z' && strncmp(name, member, ml) == 0) {
                char full[512];
                snprintf(full, sizeof full, "%s.%s", pkg, name);
                fn(full, arg);
            }
        }
        return;
    }
    size_t pl = strlen(prefix);
    /* every standard package can be named (scripts import on use) */
    PackagePrefix pk = {prefix, pl, fn, arg};
    vm_each_package(package_name, &pk);
    for (Scope *sc = s->scope; sc; sc = sc->parent)
        for (int i = 0; i < sc->n; i++) {
            const char *name = sc->syms[i]->name;
            if (strncmp(name, prefix, pl) == 0 && name[0] != '_')
                fn(name, arg);
        }
}

/* ---- :doc ---- */

typedef struct ByName {
    const char *name;
    const char *path;
} ByName;

static void path_named(const char *path, void *arg)
{
    ByName *b = arg;
    const char *last = strrchr(path, '/');
    if (!b->path && strcmp(last ? last + 1 : path, b->name) == 0)
        b->path = path;
}

/* The standard package [name] names: a path (math/rand), or its last
 * element (rand); loaded quietly. */
static Package *doc_package(Session *s, const char *name)
{
    ByName b = {name, NULL};
    vm_each_package(path_named, &b);
    const char *path = strchr(name, '/') ? name : b.path;
    if (!path)
        return NULL;
    Diag d;
    diag_init(&d, NULL);
    Diag *saved = s->c->diag;
    s->c->diag = &d;
    Package *p = pkg_load(s->c, path, (Pos){0, 0});
    s->c->diag = saved;
    return p;
}

/* The first sentence of the comment right above line [line] of [src],
 * its lines joined. */
static bool doc_comment(const Source *src, int line, FILE *out)
{
    int first = line, len;
    for (;;) {
        const char *l = first > 1 ? src_line(src, first - 1, &len) : NULL;
        while (l && len > 0 && (*l == ' ' || *l == '\t'))
            l++, len--;
        if (!l || len < 2 || l[0] != '/' || l[1] != '/')
            break;
        first--;
    }
    if (first == line)
        return false;
    char text[400];
    size_t tl = 0;
    for (int k = first; k < line && tl < sizeof text - 1; k++) {
        const char *l = src_line(src, k, &len);
        while (len > 0 && *l != '/')
            l++, len--;
        l += 2, len -= 2;
        while (len > 0 && *l == ' ')
            l++, len--;
        if (tl && tl < sizeof text - 1)
            text[tl++] = ' ';
        for (int i = 0; i < len && tl < sizeof text - 1; i++)
            text[tl++] = l[i];
    }
    text[tl] = '\0';
    char *end = strstr(text, ". ");
    if (end)
        end[1] = '\0';
    fprintf(out, "    %s\n", text);
    return true;
}

static bool is_exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* package strings: its exported names by kind */
static void doc_whole_package(const Package *p, FILE *out)
{
    fprintf(out, "package %s\n", p->path);
    static const char *const heads[] = {"constants", "variables", "functions", "types"};
    static const SymKind kinds[] = {SYM_CONST, SYM_VAR, SYM_FUNC, SYM_TYPE};
    for (int k = 0; k < 4; k++) {
        int col = 0;
        for (int i = 0; i < p->scope->n; i++) {
            const Symbol *sym = p->scope->syms[i];
            if (sym->kind != kinds[k] || !is_exported(sym->name))
                continue;
            if (col == 0)
                col = fprintf(out, "    %s:", heads[k]);
            else if (col + (int)strlen(sym->name) > 76)
                col = fprintf(out, "\n       ");
            col += fprintf(out, " %s", sym->name);
        }
        if (col)
            fputc('\n', out);
    }
}

bool session_doc(Session *s, const char *name, FILE *out)
{
    const char *dot = strchr(name, '.');
    char pkg[256];
    size_t n = dot ? (size_t)(dot - name) : strlen(name);
    if (n == 0 || n >= sizeof pkg) {
        fprintf(stderr, ":doc takes a standard package or one of its names: :doc strings.ToUpper\n");
        return false;
    }
    memcpy(pkg, name, n);
    pkg[n] = '\0';
    Package *p = doc_package(s, pkg);
    if (!p) {
        fprintf(stderr, ":doc: there is no standard package %s (:doc takes strings, strings.ToUpper, ...)\n", pkg);
        return false;
    }
    if (!dot || !dot[1]) {
        doc_whole_package(p, out);
        return true;
    }
    const char *member = dot + 1;
    Symbol *sym = scope_lookup_local(p->scope, intern_name(member, (int)strlen(member)));
    if (!sym || !is_exported(sym->name) ||
        (sym->kind != SYM_CONST && sym->kind != SYM_VAR && sym->kind != SYM_FUNC && sym->kind != SYM_TYPE)) {
        fprintf(stderr, ":doc: package %s exports no %s (:doc %s lists what it does)\n", p->path, member, pkg);
        return false;
    }
    static const char *const words[] = {[SYM_CONST] = "const", [SYM_VAR] = "var", [SYM_FUNC] = "func",
                                        [SYM_TYPE] = "type"};
    const char *last = strrchr(p->path, '/');
    fprintf(out, "%s %s.", words[sym->kind], last ? last + 1 : p->path);
    stdlib_doc_symbol(p, sym, out);
    fputc('\n', out);
    /* what it does: the comment gosh's own source has, else Go's word */
    if (!p->src || !doc_comment(p->src, sym->pos.line, out))
        fprintf(out, "    does what Go's %s.%s does (go doc %s.%s)\n", p->path, sym->name, p->path, sym->name);
    return true;
}

/* ---- showing values ---- */

void emit_show(FuncState *fs, Node *x)
{
    const Native *show = fs->comp->show;
    if (!show)
        return;
    int base = fs->freereg;
    Type *t = x->type;
    int n = t && t->kind == K_TUPLE ? t->nparams : 1;
    int first;
    if (x->kind == N_CALL) {
        first = emit_call(fs, x, n);
    } else {
        first = reg_alloc(fs, 1);
        expr_to(fs, x, first);
    }
    for (int i = 0; i < n; i++) {
        Type *ti = t && t->kind == K_TUPLE ? t->params[i] : t;
        convert_reg(fs, first + i, ti, t_empty_iface);
    }
    int args = reg_alloc(fs, 2);
    pack_regs(fs, first, n, t_empty_iface, args);
    emit_abx(fs, OP_CALLN, args, k_native(fs, show));
    reg_free_to(fs, base);
}
