/* generic.c: template packages, gosh's stand-in for generics.
 *
 * gosh has no type parameters, but Go programs expect package slices. Its
 * source (stdlib/slices.go) is written over an element type named E. The
 * template is only collected; a call such as slices.Sort(xs) infers E from
 * its first argument ([]E), and the first call for each E checks a fresh
 * parse of the source as a package of its own whose scope sees E as an
 * alias of that type; as in every standard package, only the functions
 * that are used get their bodies checked. The call then goes to the instance's function, so
 * the instance is ordinary code: callbacks may block, panics trace. */
#include <gc.h>
#include <string.h>
#include "check.h"

typedef struct Instance {
    Type *elem;
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

static Package *instance(Checker *c, Package *tmpl, Type *elem)
{
    for (Instance *in = tmpl->instances; in; in = in->next)
        if (in->elem == elem)
            return in->pkg;
    Compiler *comp = c->comp;
    const Source *saved = comp->diag->src;
    comp->diag->src = tmpl->src;
    Node *file = parse_file(tmpl->src, comp->diag);
    comp->diag->src = saved;
    Package *p = pkg_new(comp, tmpl->path, file, tmpl->src);
    p->name = tmpl->name;
    /* only what the call needs is checked (chk_use_func), so that Sort's
     * need for ordered elements does not stop Contains on structs */
    p->lazy = true;
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
    char buf[800];
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
    Package *p = instance(c, tmpl, elem);
    Symbol *s = scope_lookup_local(p->scope, name);
    if (!s || !s->type)
        return false;
    chk_use_func(c->comp, s);
    sel->sym = s;
    fun->selector.sel->ident.sym = s;
    fun->type = s->type;
    fun->mode = MODE_VALUE;
    return true;
}
