/* emit_order.c: Go's order of evaluation inside one expression.
 *
 * The spec fixes only the order of calls, method calls, receives and the
 * like; Go's compiler (cmd/compile's walk/order.go) evaluates each of
 * those into a temporary, left to right, before the rest of the
 * expression, so in `x + f()` a package variable x is read after f runs,
 * and in `fmt.Println(s[i], g())` g runs before s[i] can panic. gosh
 * emits left to right, so where that would differ (an "ordering point"
 * comes after a read of memory a call could change, or an operation that
 * can panic), the points are emitted first into registers (Node.preg)
 * and the expression is then emitted as usual, taking their values from
 * there. Everywhere else the code is what it would be without this pass.
 *
 * The points, as order.go copies them: calls (functions, methods,
 * interface methods, closures), the builtins len, cap, make, new, copy,
 * append, recover, complex, real and imag, []byte(s) and []rune(s),
 * slicing, type assertions to a type not held in one pointer, receives,
 * && and || (each evaluated whole, at its place), and an argument
 * converted to an interface parameter when Go must take its address to
 * do it (a one-byte value, a struct or array, a pointer). */
#include <gc.h>
#include "emit.h"

static Type *U(Type *t)
{
    return type_under(t);
}

static Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->paren.x;
    return n;
}

static bool is_const(const Node *n)
{
    return n->mode == MODE_CONST && n->cval;
}

/* Whether converting a value of [t] to an interface takes its address in
 * Go (walk/convert.go dataWordFuncName): all but 2-, 4- and 8-byte
 * scalars without pointers, strings and slices. */
static bool iface_needs_addr(Type *t)
{
    switch (U(t)->kind) {
    case K_INT16: case K_UINT16: case K_INT32: case K_UINT32: case K_FLOAT32:
    case K_INT: case K_INT64: case K_UINT: case K_UINT64: case K_UINTPTR: case K_FLOAT64:
    case K_COMPLEX64: case K_STRING: case K_SLICE: case K_INTERFACE:
        return false;
    default:
        return true;
    }
}

/* A map literal with an entry that is not constant: Go stores its entries
 * one at a time (order.go turns it into m[k] = v statements), each
 * ordered by itself, so a panic in one entry comes before the calls of
 * the next. */
static bool is_dynamic_map_literal(const Node *n)
{
    if (n->kind != N_COMPOSITE || !n->type || U(n->type)->kind != K_MAP)
        return false;
    for (int i = 0; i < n->composite.elts.len; i++) {
        Node *e = n->composite.elts.items[i];
        if (e->kind == N_KEYVALUE && (!is_const(e->kv.key) || !is_const(e->kv.value)))
            return true;
    }
    return false;
}

static bool is_point(Node *n)
{
    if (is_const(n))
        return false;
    if (is_dynamic_map_literal(n))
        return true;
    switch (n->kind) {
    case N_CALL: {
        CallInfo *ci = n->info;
        if (!ci)
            return false;
        if (ci->kind == CALL_CONVERSION) {
            Type *to = U(n->type);
            Node *arg = n->call.args.len ? n->call.args.items[0] : NULL;
            return to->kind == K_SLICE && arg && arg->type && U(arg->type)->kind == K_STRING;
        }
        if (ci->kind == CALL_BUILTIN) {
            switch (ci->builtin) {
            case B_LEN: case B_CAP: case B_MAKE: case B_NEW: case B_COPY: case B_APPEND:
            case B_RECOVER: case B_COMPLEX: case B_REAL: case B_IMAG:
                return n->type && n->type->kind != K_TUPLE;
            default:
                return false;
            }
        }
        return n->type && n->type->kind != K_TUPLE;
    }
    case N_SLICE:
        return true;
    case N_TYPEASSERT: {
        if (!n->assert.type)
            return false;
        Kind k = U(n->type)->kind;
        return !(k == K_POINTER || k == K_MAP || k == K_CHAN || k == K_FUNC || k == K_UNSAFEPTR);
    }
    case N_UNARY:
        return n->op == T_ARROW;
    case N_BINARY:
        return n->op == T_LAND || n->op == T_LOR;
    default:
        return false;
    }
}

/* A node evaluated in place that a call could change or that can panic:
 * a package variable, a captured or escaping local, a load through a
 * pointer, an index, an integer division. */
static bool reads_memory(FuncState *fs, Node *n)
{
    if (is_const(n))
        return false;
    switch (n->kind) {
    case N_IDENT: {
        Symbol *s = n->ident.sym;
        return s && s->kind == SYM_VAR && (s->global || s->captured || sym_boxed(s) ||
                                           (fs->fi && s->owner != fs->fi));
    }
    case N_SELECTOR: {
        Selection *sel = n->info;
        if (!sel)
            return false;
        if (sel->kind == SEL_QUALIFIED)
            return sel->sym->kind == SYM_VAR;
        return sel->kind == SEL_FIELD;
    }
    case N_INDEX: case N_STAR:
        return true;
    case N_BINARY:
        return (n->op == T_QUO || n->op == T_REM) && n->type && type_is_integer(n->type) &&
               !is_const(n->binary.y);
    default:
        return false;
    }
}

/* Emits [n] now into a register of its own, which later uses of [n] read
 * (a call's result stays where the call left it). [copy]: an aggregate
 * is copied, as Go copies a value it converts to an interface. */
static void evaluate_ahead(FuncState *fs, Node *n, bool copy)
{
    CallInfo *ci = n->kind == N_CALL ? n->info : NULL;
    int r;
    if (ci && ci->kind != CALL_BUILTIN && ci->kind != CALL_CONVERSION) {
        r = emit_call(fs, n, 1);
        reg_free_to(fs, r + 1);
    } else {
        r = reg_alloc(fs, 1);
        expr_to(fs, n, r);
        if (copy)
            copy_if_shared(fs, n, n->type, r);
    }
    n->preg = (uint16_t)(r + 1);
    order_note(fs, n);
}

typedef struct Walk {
    FuncState *fs;
    bool emit;          /* false: only find out whether order matters */
    bool matters;
    int pending;        /* in-place reads before this point, in this scope */
} Walk;

static void walk(Walk *w, Node *n, bool root);

/* An argument converted to an interface whose address Go takes is
 * copied at its place, like a point. */
static void walk_converted(Walk *w, Node *a, Type *param)
{
    if (param && U(param)->kind == K_INTERFACE && a->type && U(a->type)->kind != K_INTERFACE &&
        a->type->kind != K_TUPLE && !is_const(a) && iface_needs_addr(a->type) && !is_point(a)) {
        int saved = w->pending;
        w->pending = 0;
        walk(w, a, true);
        w->pending = saved;
        if (w->pending > 0)
            w->matters = true;
        if (w->emit && !a->preg)
            evaluate_ahead(w->fs, a, true);
        return;
    }
    walk(w, a, false);
}

static void walk_call_args(Walk *w, Node *n)
{
    CallInfo *ci = n->info;
    Node *fun = unparen(n->call.fun);
    Type *sig = ci && ci->kind != CALL_BUILTIN && ci->kind != CALL_CONVERSION && fun->type
                    ? U(fun->type) : NULL;
    if (sig && sig->kind != K_FUNC)
        sig = NULL;
    for (int i = 0; i < n->call.args.len; i++) {
        Node *a = n->call.args.items[i];
        Type *param = NULL;
        if (sig && !(ci && ci->spread) && !n->call.ellipsis) {
            bool variadic = (sig->flags & TF_VARIADIC) != 0;
            int fixed = variadic ? sig->nparams - 1 : sig->nparams;
            if (i < fixed)
                param = sig->params[i];
            else if (variadic)
                param = sig->params[sig->nparams - 1]->elem;
        }
        walk_converted(w, a, param);
    }
}

static void walk_children(Walk *w, Node *n)
{
    switch (n->kind) {
    case N_PAREN: walk(w, n->paren.x, false); break;
    case N_SELECTOR: {
        Selection *sel = n->info;
        if (!sel || sel->kind != SEL_QUALIFIED)
            walk(w, n->selector.x, false);
        break;
    }
    case N_INDEX: walk(w, n->index.x, false); walk(w, n->index.index, false); break;
    case N_SLICE:
        walk(w, n->slice.x, false);
        if (n->slice.lo) walk(w, n->slice.lo, false);
        if (n->slice.hi) walk(w, n->slice.hi, false);
        if (n->slice.max) walk(w, n->slice.max, false);
        break;
    case N_TYPEASSERT: walk(w, n->assert.x, false); break;
    case N_CALL: {
        CallInfo *ci = n->info;
        Node *fun = unparen(n->call.fun);
        if (ci && ci->kind != CALL_BUILTIN && ci->kind != CALL_CONVERSION) {
            if (fun->kind == N_SELECTOR && (ci->kind == CALL_METHOD || ci->kind == CALL_IMETHOD))
                walk(w, fun->selector.x, false);
            else if (fun->kind != N_IDENT && !(fun->kind == N_SELECTOR && fun->info &&
                                               ((Selection *)fun->info)->kind == SEL_QUALIFIED))
                walk(w, fun, false);
        }
        walk_call_args(w, n);
        break;
    }
    case N_STAR: walk(w, n->star.x, false); break;
    case N_UNARY: walk(w, n->unary.x, false); break;
    case N_BINARY: walk(w, n->binary.x, false); walk(w, n->binary.y, false); break;
    case N_KEYVALUE: walk(w, n->kv.key, false); walk(w, n->kv.value, false); break;
    case N_COMPOSITE:
        if (is_dynamic_map_literal(n))
            break; /* its entries are ordered one by one (order_entry) */
        for (int i = 0; i < n->composite.elts.len; i++) {
            Node *e = n->composite.elts.items[i];
            if (e->kind == N_KEYVALUE) {
                if (U(n->type)->kind == K_MAP)
                    walk(w, e->kv.key, false);
                walk(w, e->kv.value, false);
            } else {
                walk(w, e, false);
            }
        }
        break;
    default:
        break;
    }
}

static void walk(Walk *w, Node *n, bool root)
{
    if (!n || is_const(n) || n->preg)
        return;
    if (!root && is_point(n)) {
        /* && and || are evaluated whole, at their place */
        if (n->kind != N_BINARY) {
            int saved = w->pending;
            w->pending = 0;
            walk_children(w, n);
            w->pending = saved;
        }
        if (w->pending > 0)
            w->matters = true;
        if (w->emit)
            evaluate_ahead(w->fs, n, false);
        return;
    }
    if (n->kind == N_FUNCLIT)
        return;
    walk_children(w, n);
    if (reads_memory(w->fs, n))
        w->pending++;
}

int order_begin(FuncState *fs, Node *n)
{
    int mark = fs->nordered;
    if (fs->ordering)
        return -1;
    Walk w = {fs, false, false, 0};
    walk(&w, n, true);
    fs->ordering = true;
    if (w.matters) {
        w.emit = true;
        walk(&w, n, true);
    }
    return mark;
}

void order_end(FuncState *fs, int mark)
{
    if (mark < 0)
        return;
    for (int i = mark; i < fs->nordered; i++)
        fs->ordered[i]->preg = 0;
    fs->nordered = mark;
    fs->ordering = false;
}

void order_note(FuncState *fs, Node *n)
{
    if (fs->nordered == fs->orderedcap) {
        fs->orderedcap = fs->orderedcap ? fs->orderedcap * 2 : 16;
        fs->ordered = GC_REALLOC(fs->ordered, sizeof *fs->ordered * (size_t)fs->orderedcap);
    }
    fs->ordered[fs->nordered++] = n;
}

/* Orders one entry of a map literal by itself, inside whatever ordering
 * the literal is part of (the enclosing marks are kept). */
int order_entry(FuncState *fs, Node *kv)
{
    bool saved = fs->ordering;
    fs->ordering = false;
    int mark = order_begin(fs, kv);
    fs->ordering = saved;
    return mark;
}

void order_entry_end(FuncState *fs, int mark)
{
    bool saved = fs->ordering;
    order_end(fs, mark);
    fs->ordering = saved;
}

/* Whether a target is a name (or _): its store reads and panics at
 * nothing, so it takes no part in the statement's order. */
static bool plain_target(FuncState *fs, Node *l)
{
    l = unparen(l);
    if (l->kind == N_IDENT)
        return true;
    if (l->kind == N_SELECTOR && l->info && ((Selection *)l->info)->kind == SEL_QUALIFIED)
        return true;
    (void)fs;
    return false;
}

int order_begin_assign(FuncState *fs, Node **lhs, int nl, Node **rhs, int nr, bool rhs_points,
                       bool lhs_read)
{
    if (fs->ordering)
        return -1;
    int mark = fs->nordered;
    Walk w = {fs, false, false, 0};
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < nl; i++)
            if (lhs_read || !plain_target(fs, lhs[i]))
                walk(&w, lhs[i], true);
        for (int i = 0; i < nr; i++)
            walk(&w, rhs[i], !rhs_points);
        if (!w.matters)
            break;
        w.emit = true;
    }
    fs->ordering = true;
    return mark;
}

void order_points_only(FuncState *fs, Node *n)
{
    if (fs->ordering)
        return;
    int mark = fs->nordered;
    Walk w = {fs, true, false, 0};
    walk(&w, n, false);
    order_end(fs, mark);
}
