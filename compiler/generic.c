/* generic.c: template packages, gosh's stand-in for generics.
 *
 * gosh has no type parameters, but Go programs expect package slices. Its
 * source (stdlib/slices.go) is written over an element type named E. The
 * template is only collected; a call such as slices.Sort(xs) infers E from
 * its first argument ([]E), and the first call for each E checks a fresh
 * parse of the source as a package of its own whose scope sees E as an
 * alias of that type. The call then goes to the instance's function, so
 * the instance is ordinary code: callbacks may block, panics trace. */
#include <gc.h>
#include <string.h>
#include "check.h"

typedef struct Instance {
    Type *elem;
    const char *func;       /* the function the instance was made for */
    Package *pkg;
    struct Instance *next;
} Instance;

/* The constraint a template function puts on E, as Go's signature says. */
typedef enum { ANY, COMPARABLE, ORDERED } Constraint;

static Constraint constraint_of(const char *name)
{
    static const char *const ordered[] = {"Sort", "IsSorted", "BinarySearch", "Max", "Min", "Compare", NULL};
    static const char *const comparable[] = {"Contains", "Index", "Equal", "Compact", NULL};
    for (int i = 0; ordered[i]; i++)
        if (strcmp(name, ordered[i]) == 0)
            return ORDERED;
    for (int i = 0; comparable[i]; i++)
        if (strcmp(name, comparable[i]) == 0)
            return COMPARABLE;
    return ANY;
}

static bool is_ordered(Type *t)
{
    Type *u = type_under(t);
    return type_is_integer(u) || type_is_float(u) || type_is_string(u);
}

/* The top-level function declarations of [file], by name. */
static Node *find_func(Node *file, const char *name)
{
    for (int i = 0; i < file->file.items.len; i++) {
        Node *it = file->file.items.items[i];
        if (it->kind == N_FUNCDECL && strcmp(it->funcdecl.name->ident.name, name) == 0)
            return it;
    }
    return NULL;
}

/* The source lines of declaration [i] of [file]: up to the next one. */
static void decl_lines(Node *file, int i, int *first, int *last)
{
    *first = file->file.items.items[i]->pos.line;
    *last = i + 1 < file->file.items.len ? file->file.items.items[i + 1]->pos.line - 1 : 1 << 30;
}

static bool is_ident_char(char ch)
{
    return ch == '_' || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || (ch >= '0' && ch <= '9');
}

/* Keeps only [name] and the template functions it calls, directly or
 * not: an instance checks just what it runs, so that Sort's need for
 * ordered elements does not stop Contains on structs. */
static void keep_needed(Node *file, const Source *src, const char *name)
{
    int n = file->file.items.len;
    bool *need = GC_MALLOC_ATOMIC((size_t)n + 1);
    memset(need, 0, (size_t)n + 1);
    Node *f = find_func(file, name);
    for (int i = 0; i < n; i++)
        need[i] = file->file.items.items[i] == f;
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < n; i++) {
            if (!need[i])
                continue;
            int first, last;
            decl_lines(file, i, &first, &last);
            int len;
            const char *text = src_line(src, first, &len);
            const char *end = src->text + src->len;
            /* every identifier in the declaration that names a function */
            for (int line = first; text < end && line <= last;) {
                if (*text == '\n') {
                    line++;
                    text++;
                    continue;
                }
                if (text[0] == '/' && text + 1 < end && text[1] == '/') { /* a comment names no call */
                    while (text < end && *text != '\n')
                        text++;
                    continue;
                }
                if (!is_ident_char(*text) || (*text >= '0' && *text <= '9')) {
                    text++;
                    continue;
                }
                const char *start = text;
                while (text < end && is_ident_char(*text))
                    text++;
                size_t n_id = (size_t)(text - start);
                for (int j = 0; j < n; j++) {
                    Node *it = file->file.items.items[j];
                    if (need[j] || it->kind != N_FUNCDECL)
                        continue;
                    const char *fn = it->funcdecl.name->ident.name;
                    if (strlen(fn) == n_id && strncmp(fn, start, n_id) == 0)
                        need[j] = grew = true;
                }
            }
        }
    }
    NodeList kept = {0};
    for (int i = 0; i < n; i++)
        if (need[i] || file->file.items.items[i]->kind != N_FUNCDECL)
            list_push(&kept, file->file.items.items[i]);
    file->file.items = kept;
}

static Package *instance(Checker *c, Package *tmpl, Type *elem, const char *func)
{
    for (Instance *in = tmpl->instances; in; in = in->next)
        if (in->elem == elem && in->func == func)
            return in->pkg;
    Compiler *comp = c->comp;
    const Source *saved = comp->diag->src;
    comp->diag->src = tmpl->src;
    Node *file = parse_file(tmpl->src, comp->diag);
    comp->diag->src = saved;
    keep_needed(file, tmpl->src, func);
    Package *p = pkg_new(comp, tmpl->path, file, tmpl->src);
    p->name = tmpl->name;
    /* E is an alias of the element type, visible to the whole instance */
    Scope *outer = scope_new(comp->universe, SCOPE_PACKAGE);
    Symbol *e = sym_new(SYM_TYPE, intern_name("E", 1), (Pos){0, 0});
    e->type = elem;
    e->state = 2;
    e->global = true;
    scope_insert(outer, e);
    p->scope = scope_new(outer, SCOPE_PACKAGE);
    Instance *in = GC_MALLOC(sizeof *in);
    in->elem = elem;
    in->func = func;
    in->pkg = p;
    in->next = tmpl->instances;
    tmpl->instances = in;
    pkg_add(comp, p);
    pkg_check(comp, p);
    comp->diag->src = saved;
    return p;
}

bool chk_generic_call(Checker *c, Node *call)
{
    Node *fun = call->call.fun;
    Selection *sel = fun->info;
    Symbol *tmpl_sym = sel->sym;
    Package *tmpl = tmpl_sym->pkg;
    const char *name = tmpl_sym->name;
    char buf[300];
    NodeList *args = &call->call.args;
    if (args->len == 0) {
        chk_error(c, call->call.rparen, "not enough arguments in call to %s.%s", tmpl->name, name);
        return false;
    }
    Node *first = args->items[0];
    chk_expr(c, first);
    if (first->mode == MODE_INVALID)
        return false;
    Type *ft = first->type;
    if (!ft || type_under(ft)->kind != K_SLICE) {
        ast_expr_string(first, buf, sizeof buf);
        char ts[256];
        chk_type_string(ft ? ft : t_invalid, ts, sizeof ts);
        chk_error(c, start_pos(first), "in call to %s.%s, type %s of %s does not match []E", tmpl->name,
                  name, ts, buf);
        return false;
    }
    Type *elem = type_under(ft)->elem;
    Constraint need = constraint_of(name);
    if ((need == ORDERED && !is_ordered(elem)) ||
        (need == COMPARABLE && !(elem->flags & TF_COMPARABLE))) {
        char ts[256];
        chk_type_string(elem, ts, sizeof ts);
        chk_error(c, start_pos(first), "%s does not satisfy %s", ts,
                  need == ORDERED ? "cmp.Ordered" : "comparable");
        return false;
    }
    Package *p = instance(c, tmpl, elem, name);
    Symbol *s = scope_lookup_local(p->scope, name);
    if (!s || !s->type)
        return false;
    sel->sym = s;
    fun->selector.sel->ident.sym = s;
    fun->type = s->type;
    fun->mode = MODE_VALUE;
    return true;
}
