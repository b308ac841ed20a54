/* emit_call.c: calls (functions, closures, methods, interfaces, natives),
 * built-ins, conversions, type assertions and method values. */
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "emit.h"

static Type *U(Type *t)
{
    return type_under(t);
}

static void load_int(FuncState *fs, int r, int64_t v)
{
    if (v >= MIN_sBx && v <= MAX_sBx)
        emit(fs, MK_AsBx(OP_LOADI, r, (int32_t)v));
    else
        emit_abx(fs, OP_LOADK, r, k_int(fs, v));
}

/* Packs [n] values of nodes [args] into a new []elem in register [r]. */
static void pack_slice(FuncState *fs, Node **args, int n, Type *elem, int r)
{
    int base = fs->freereg;
    int obj = reg_alloc(fs, 1);
    int rl = reg_alloc(fs, 1);
    load_int(fs, rl, n);
    emit_abc(fs, OP_MAKESLICE, obj, rl, rl);
    emit_x(fs, (uint32_t)k_type(fs, elem));
    for (int i = 0; i < n; i++) {
        int ri = reg_alloc(fs, 1);
        load_int(fs, ri, i);
        int v = reg_alloc(fs, 1);
        expr_as(fs, args[i], elem, v);
        copy_if_shared(fs, args[i], elem, v);
        if (type_is_aggregate(elem)) {
            int a = reg_alloc(fs, 1);
            emit_abc(fs, OP_SEADDR, a, obj, ri);
            emit_x(fs, elem->size);
            emit_abc(fs, OP_MOVEBLK, a, v, 0);
            emit_x(fs, (uint32_t)k_type(fs, elem));
        } else {
            OpCode st = elem->memkind == M_WORD ? OP_STW : elem->memkind == M_F32 ? OP_STF32
                      : (elem->memkind == M_I8 || elem->memkind == M_U8) ? OP_STI8
                      : (elem->memkind == M_I16 || elem->memkind == M_U16) ? OP_STI16 : OP_STI32;
            emit_abc(fs, st, obj, ri, v);
        }
        reg_free_to(fs, ri);
    }
    if (obj != r)
        emit_abc(fs, OP_MOVE, r, obj, 0);
    reg_free_to(fs, base);
}

/* Packs registers [from..from+n) (already of type elem) into a slice. */
void pack_regs(FuncState *fs, int from, int n, Type *elem, int r)
{
    int base = fs->freereg;
    int obj = reg_alloc(fs, 1);
    int rl = reg_alloc(fs, 1);
    load_int(fs, rl, n);
    emit_abc(fs, OP_MAKESLICE, obj, rl, rl);
    emit_x(fs, (uint32_t)k_type(fs, elem));
    int ri = reg_alloc(fs, 1);
    for (int i = 0; i < n; i++) {
        load_int(fs, ri, i);
        emit_abc(fs, OP_STW, obj, ri, from + i);
    }
    emit_abc(fs, OP_MOVE, r, obj, 0);
    reg_free_to(fs, base);
}

/* Evaluates the arguments of a call of [sig] into registers starting at
 * [base] (the first parameter slot). */
static void call_args(FuncState *fs, Node *n, Type *sig, int base)
{
    NodeList *args = &n->call.args;
    CallInfo *ci = n->info;
    int np = sig->nparams;
    bool variadic = (sig->flags & TF_VARIADIC) != 0;
    if (ci && ci->spread) {
        /* f(g()): g's results land where f's parameters go */
        Node *g = args->items[0];
        Type *tup = g->type;
        reg_free_to(fs, base);
        int r = emit_call(fs, g, tup->nparams);
        (void)r;
        int fixed = variadic ? np - 1 : np;
        for (int i = 0; i < fixed; i++)
            convert_reg(fs, base + i, tup->params[i], sig->params[i]);
        if (variadic) {
            Type *elem = sig->params[np - 1]->elem;
            int extra = tup->nparams - fixed;
            for (int i = 0; i < extra; i++)
                convert_reg(fs, base + fixed + i, tup->params[fixed + i], elem);
            pack_regs(fs, base + fixed, extra, elem, base + fixed);
        }
        reg_free_to(fs, base + np);
        return;
    }
    int fixed = variadic ? np - 1 : np;
    for (int i = 0; i < fixed; i++) {
        Node *a = args->items[i];
        expr_as(fs, a, sig->params[i], base + i);
        copy_if_shared(fs, a, sig->params[i], base + i);
        reg_free_to(fs, base + i + 1);
    }
    if (variadic) {
        if (n->call.ellipsis) {
            expr_as(fs, args->items[np - 1], sig->params[np - 1], base + np - 1);
        } else {
            int extra = args->len - fixed;
            if (extra == 0)
                emit_abc(fs, OP_LOADZ, base + np - 1, 0, 0);
            else
                pack_slice(fs, args->items + fixed, extra, sig->params[np - 1]->elem, base + np - 1);
        }
        reg_free_to(fs, base + np);
    }
}

/* Puts the receiver of a method call x.M (after the embedded path, taking
 * the address or dereferencing as the method wants) into [r]. */
static void receiver_to(FuncState *fs, Node *sel_node, int r)
{
    Selection *sel = sel_node->info;
    Node *x = sel_node->selector.x;
    int base = fs->freereg;
    Type *t = x->type;
    int cur;
    if (sel->depth == 0) {
        if (sel->addr_recv) {
            /* &x: for an aggregate variable its block; for a boxed
             * scalar its cell */
            Node tmp;
            memset(&tmp, 0, sizeof tmp);
            tmp.kind = N_UNARY;
            tmp.op = T_AND;
            tmp.unary.x = x;
            tmp.type = type_pointer(t);
            tmp.mode = MODE_VALUE;
            tmp.pos = x->pos;
            expr_to(fs, &tmp, r);
            return;
        }
        expr_to(fs, x, r);
        if (sel->deref_recv) {
            Type *e = U(t)->elem;
            emit_abc(fs, OP_NILCHK, r, 0, 0);
            if (type_is_aggregate(e)) {
                emit_abc(fs, OP_COPYBLK, r, r, 0);
                emit_x(fs, (uint32_t)k_type(fs, e));
            } else {
                OpCode op = e->memkind == M_WORD ? OP_LDFW : e->memkind == M_F32 ? OP_LDFF32
                          : e->memkind == M_I8 ? OP_LDFI8 : e->memkind == M_U8 ? OP_LDFU8
                          : e->memkind == M_I16 ? OP_LDFI16 : e->memkind == M_U16 ? OP_LDFU16
                          : e->memkind == M_I32 ? OP_LDFI32 : OP_LDFU32;
                emit_abc(fs, op, r, r, 0);
            }
        } else if (type_is_aggregate(t)) {
            copy_if_shared(fs, x, t, r);
        }
        return;
    }
    /* walk embedded fields: compute the address of the embedded value */
    cur = reg_alloc(fs, 1);
    expr_to(fs, x, cur);
    if (U(t)->kind == K_POINTER) {
        emit_abc(fs, OP_NILCHK, cur, 0, 0);
        t = U(t)->elem;
    }
    for (int i = 0; i < sel->depth; i++) {
        Field *f = &U(t)->fields[sel->path[i]];
        if (U(f->type)->kind == K_POINTER && !type_is_named(f->type)) {
            if (f->offset > 255) {
                emit_abc(fs, OP_ADDP, cur, cur, 0);
                emit_x(fs, f->offset);
                emit_abc(fs, OP_LDFW, cur, cur, 0);
            } else {
                emit_abc(fs, OP_LDFW, cur, cur, (int)f->offset);
            }
            t = U(f->type)->elem;
            if (i == sel->depth - 1) {
                /* cur holds a pointer to the embedded value */
                if (sel->method->ptr_recv) {
                    emit_abc(fs, OP_MOVE, r, cur, 0);
                } else {
                    emit_abc(fs, OP_NILCHK, cur, 0, 0);
                    if (type_is_aggregate(t)) {
                        emit_abc(fs, OP_COPYBLK, r, cur, 0);
                        emit_x(fs, (uint32_t)k_type(fs, t));
                    } else {
                        emit_abc(fs, OP_LDFW, r, cur, 0);
                    }
                }
                reg_free_to(fs, base);
                return;
            }
            emit_abc(fs, OP_NILCHK, cur, 0, 0);
            continue;
        }
        if (f->offset) {
            emit_abc(fs, OP_ADDP, cur, cur, 0);
            emit_x(fs, f->offset);
        }
        t = f->type;
    }
    /* cur points at the embedded value (inline) */
    if (sel->method->ptr_recv) {
        emit_abc(fs, OP_MOVE, r, cur, 0);
    } else if (type_is_aggregate(t)) {
        emit_abc(fs, OP_COPYBLK, r, cur, 0);
        emit_x(fs, (uint32_t)k_type(fs, t));
    } else {
        OpCode op = t->memkind == M_WORD ? OP_LDFW : t->memkind == M_F32 ? OP_LDFF32
                  : t->memkind == M_I8 ? OP_LDFI8 : t->memkind == M_U8 ? OP_LDFU8
                  : t->memkind == M_I16 ? OP_LDFI16 : t->memkind == M_U16 ? OP_LDFU16
                  : t->memkind == M_I32 ? OP_LDFI32 : OP_LDFU32;
        emit_abc(fs, op, r, cur, 0);
    }
    reg_free_to(fs, base);
}

/* Loads the interface value an embedded-interface method call goes
 * through: x, then the embedded fields of [sel]'s path. */
static int embedded_iface(FuncState *fs, Node *x, Selection *sel)
{
    int r = reg_alloc(fs, 1);
    expr_to(fs, x, r);
    Type *t = x->type;
    if (U(t)->kind == K_POINTER) {
        emit_abc(fs, OP_NILCHK, r, 0, 0);
        t = U(t)->elem;
    }
    for (int i = 0; i < sel->depth; i++) {
        Field *f = &U(t)->fields[sel->path[i]];
        bool last = i == sel->depth - 1;
        if (last || (U(f->type)->kind == K_POINTER && !type_is_named(f->type))) {
            /* load the field's word: the next pointer, or the interface */
            if (f->offset > 255) {
                emit_abc(fs, OP_ADDP, r, r, 0);
                emit_x(fs, f->offset);
                emit_abc(fs, OP_LDFW, r, r, 0);
            } else {
                emit_abc(fs, OP_LDFW, r, r, (int)f->offset);
            }
            if (!last)
                emit_abc(fs, OP_NILCHK, r, 0, 0);
            t = last ? f->type : U(f->type)->elem;
        } else {
            emit_abc(fs, OP_ADDP, r, r, 0);
            emit_x(fs, f->offset);
            t = f->type;
        }
    }
    return r;
}

static Node *unparen(Node *n)
{
    while (n->kind == N_PAREN)
        n = n->paren.x;
    return n;
}

static void builtin_call(FuncState *fs, Node *n, int r);
static void conversion_to(FuncState *fs, Node *n, int r);

static int emit_call_inner(FuncState *fs, Node *n, int want);

int emit_call(FuncState *fs, Node *n, int want)
{
    if (n->preg && want <= 1) {
        int r = reg_alloc(fs, 1);
        emit_abc(fs, OP_MOVE, r, n->preg - 1, 0);
        return r;
    }
    if (fs->ordering)
        return emit_call_inner(fs, n, want);
    /* the call's own arguments in Go's order; the temporaries stay below
     * the call's registers until the caller frees them */
    int mark = order_begin(fs, n);
    int r = emit_call_inner(fs, n, want);
    order_end(fs, mark);
    return r;
}

static int emit_call_inner(FuncState *fs, Node *n, int want)
{
    CallInfo *ci = n->info;
    set_line(fs, n->pos);
    if (!ci) {
        int r = reg_alloc(fs, want > 0 ? want : 1);
        emit_error(fs, n->pos, "unchecked call");
        return r;
    }
    if (ci->kind == CALL_CONVERSION) {
        int r = reg_alloc(fs, 1);
        conversion_to(fs, n, r);
        return r;
    }
    if (ci->kind == CALL_BUILTIN) {
        int r = reg_alloc(fs, want > 1 ? want : 1);
        builtin_call(fs, n, r);
        return r;
    }
    Node *fun = unparen(n->call.fun);
    Type *sig = U(fun->type);
    int nres = sig->nresults;
    if (ci->kind == CALL_METHOD) {
        Selection *sel = fun->info;
        int base = reg_alloc(fs, 1);
        receiver_to(fs, fun, base);
        reg_free_to(fs, base + 1);
        call_args(fs, n, sig, base + 1);
        set_line(fs, n->pos);
        Closure *cl = sel->method->fn;
        emit_abx(fs, OP_CALLK, base, k_func(fs, cl, cl->proto->name));
        reg_free_to(fs, base);
        reg_alloc(fs, nres > want ? nres : (want > 0 ? want : 1));
        return base;
    }
    if (ci->kind == CALL_IMETHOD) {
        Selection *sel = fun->info;
        int ri = sel->depth ? embedded_iface(fs, fun->selector.x, sel) : expr_any(fs, fun->selector.x);
        int base = reg_alloc(fs, 1);
        call_args(fs, n, sig, base + 1);
        set_line(fs, n->pos);
        Type *it = U(sel->recv_type);
        const char *mname = it->imethods[sel->imethod].name;
        emit_abc(fs, OP_CALLI, base, ri, 0);
        emit_x(fs, (uint32_t)k_name(fs, mname));
        /* results land at base; keep them above the interface temp */
        int out = base;
        reg_free_to(fs, base);
        reg_alloc(fs, nres > want ? nres : (want > 0 ? want : 1));
        return out;
    }
    /* plain function or closure */
    Symbol *s = NULL;
    if (fun->kind == N_IDENT && fun->ident.sym && fun->ident.sym->kind == SYM_FUNC)
        s = fun->ident.sym;
    else if (fun->kind == N_SELECTOR && fun->info && ((Selection *)fun->info)->kind == SEL_QUALIFIED &&
             ((Selection *)fun->info)->sym->kind == SYM_FUNC)
        s = ((Selection *)fun->info)->sym;
    if (s) {
        int base = fs->freereg;
        reg_alloc(fs, sig->nparams > 0 ? sig->nparams : 1);
        reg_free_to(fs, base);
        call_args(fs, n, sig, base);
        set_line(fs, n->pos);
        if (s->native)
            emit_abx(fs, OP_CALLN, base, k_native(fs, s->native));
        else
            emit_abx(fs, OP_CALLK, base, k_func(fs, s->func->proto->closure, s->func->name));
        reg_free_to(fs, base);
        reg_alloc(fs, nres > want ? nres : (want > 0 ? want : 1));
        return base;
    }
    int rf = expr_any(fs, fun);
    int base = fs->freereg;
    call_args(fs, n, sig, base);
    set_line(fs, n->pos);
    emit_abc(fs, OP_CALL, base, rf, 0);
    reg_free_to(fs, base);
    reg_alloc(fs, nres > want ? nres : (want > 0 ? want : 1));
    return base;
}

void emit_call_expr(FuncState *fs, Node *n, int r)
{
    int base = fs->freereg;
    int res = emit_call(fs, n, 1);
    if (res != r)
        emit_abc(fs, OP_MOVE, r, res, 0);
    reg_free_to(fs, base > r + 1 ? base : (r >= base ? base : base));
    if (fs->freereg < base)
        fs->freereg = base;
    reg_free_to(fs, base);
}

static void conversion_to(FuncState *fs, Node *n, int r)
{
    CallInfo *ci = n->info;
    Node *x = n->call.args.items[0];
    if (n->mode == MODE_CONST && n->cval) {
        expr_to(fs, n, r);
        return;
    }
    expr_to(fs, x, r);
    if (U(ci->conv)->kind == K_INTERFACE && x->type == t_untyped_nil) {
        emit_abc(fs, OP_LOADZ, r, 0, 0);
        return;
    }
    convert_reg(fs, r, x->type, ci->conv);
    if (type_is_aggregate(ci->conv))
        copy_if_shared(fs, x, ci->conv, r);
}

/* ---- built-ins ---- */

static void minmax(FuncState *fs, Node *n, int r, bool is_min)
{
    NodeList *args = &n->call.args;
    Type *t = n->type;
    int base = fs->freereg;
    int acc = reg_alloc(fs, 1);
    expr_as(fs, args->items[0], t, acc);
    bool f = type_is_float(U(t)), s = type_is_string(U(t)), u = type_is_unsigned(U(t));
    OpCode lt = f ? OP_FLT : s ? OP_SLT : u ? OP_LTU : OP_LT;
    for (int i = 1; i < args->len; i++) {
        int v = reg_alloc(fs, 1);
        expr_as(fs, args->items[i], t, v);
        /* min: if v < acc then acc = v; max: if acc < v then acc = v */
        if (is_min)
            emit_abc(fs, lt, v, acc, 0);
        else
            emit_abc(fs, lt, acc, v, 0);
        int skip = emit_jump(fs);
        emit_abc(fs, OP_MOVE, acc, v, 0);
        patch_here(fs, skip);
        if (f) {
            /* a NaN argument makes the result NaN */
            emit_abc(fs, OP_FEQ, v, v, 1);
            int ok = emit_jump(fs);
            emit_abc(fs, OP_MOVE, acc, v, 0);
            patch_here(fs, ok);
        }
        reg_free_to(fs, v);
    }
    if (f) {
        emit_abc(fs, OP_FEQ, acc, acc, 1);
        int ok = emit_jump(fs);
        patch_here(fs, ok);
    }
    emit_abc(fs, OP_MOVE, r, acc, 0);
    reg_free_to(fs, base);
}

static void builtin_call(FuncState *fs, Node *n, int r)
{
    CallInfo *ci = n->info;
    NodeList *args = &n->call.args;
    int base = fs->freereg;
    if (n->mode == MODE_CONST && n->cval) {
        expr_to(fs, n, r);
        return;
    }
    switch (ci->builtin) {
    case B_LEN: case B_CAP: {
        Node *x = args->items[0];
        Type *u = U(x->type);
        int rx = expr_any(fs, x);
        if (u->kind == K_STRING)
            emit_abc(fs, OP_SLEN, r, rx, 0);
        else if (u->kind == K_MAP)
            emit_abc(fs, OP_MAPLEN, r, rx, 0);
        else if (u->kind == K_SLICE)
            emit_abc(fs, ci->builtin == B_LEN ? OP_LEN : OP_CAP, r, rx, 0);
        else if (u->kind == K_CHAN)
            emit_abc(fs, ci->builtin == B_LEN ? OP_CHLEN : OP_CHCAP, r, rx, 0);
        else if (u->kind == K_ARRAY)
            load_int(fs, r, u->len);
        else if (u->kind == K_POINTER)
            load_int(fs, r, U(u->elem)->len);
        reg_free_to(fs, base);
        return;
    }
    case B_APPEND: {
        Node *s = args->items[0];
        Type *st = s->type;
        Type *elem = U(st)->elem;
        int rs = expr_any(fs, s);
        if (n->call.ellipsis) {
            Node *rest = args->items[1];
            int rr = expr_any(fs, rest);
            if (type_is_string(U(rest->type)))
                emit_abc(fs, OP_APPENDS, r, rs, rr);
            else {
                emit_abc(fs, OP_APPENDV, r, rs, rr);
                emit_x(fs, (uint32_t)k_type(fs, elem));
            }
        } else if (args->len == 1) {
            if (rs != r)
                emit_abc(fs, OP_MOVE, r, rs, 0);
        } else if (args->len == 2) {
            int v = reg_alloc(fs, 1);
            expr_as(fs, args->items[1], elem, v);
            copy_if_shared(fs, args->items[1], elem, v);
            emit_abc(fs, OP_APPEND, r, rs, v);
            emit_x(fs, (uint32_t)k_type(fs, elem));
        } else {
            int tmp = reg_alloc(fs, 1);
            pack_slice(fs, args->items + 1, args->len - 1, elem, tmp);
            emit_abc(fs, OP_APPENDV, r, rs, tmp);
            emit_x(fs, (uint32_t)k_type(fs, elem));
        }
        reg_free_to(fs, base);
        return;
    }
    case B_MAKE: {
        Type *t = n->type;
        Type *u = U(t);
        if (u->kind == K_SLICE) {
            int rl = reg_alloc(fs, 1);
            expr_as(fs, args->items[1], t_int, rl);
            int rc = rl;
            if (args->len > 2) {
                rc = reg_alloc(fs, 1);
                expr_as(fs, args->items[2], t_int, rc);
            }
            emit_abc(fs, OP_MAKESLICE, r, rl, rc);
            emit_x(fs, (uint32_t)k_type(fs, u->elem));
        } else if (u->kind == K_MAP) {
            int rh = reg_alloc(fs, 1);
            if (args->len > 1)
                expr_as(fs, args->items[1], t_int, rh);
            else
                emit_abc(fs, OP_LOADZ, rh, 0, 0);
            emit_abc(fs, OP_MAKEMAP, r, rh, 0);
            emit_x(fs, (uint32_t)k_type(fs, t));
        } else {
            int rc = reg_alloc(fs, 1);
            if (args->len > 1)
                expr_as(fs, args->items[1], t_int, rc);
            else
                emit_abc(fs, OP_LOADZ, rc, 0, 0);
            emit_abc(fs, OP_MAKECHAN, r, rc, 0);
            emit_x(fs, (uint32_t)k_type(fs, t));
        }
        reg_free_to(fs, base);
        return;
    }
    case B_NEW: {
        Type *e = U(n->type)->elem;
        if (type_is_aggregate(e)) {
            emit_abc(fs, OP_NEWBLK, r, 0, 0);
            emit_x(fs, (uint32_t)k_type(fs, e));
        } else {
            emit_abc(fs, OP_LOADZ, r, 0, 0);
            emit_abc(fs, OP_NEWBOX, r, r, 0);
        }
        return;
    }
    case B_COPY: {
        Node *d = args->items[0], *s = args->items[1];
        int rd = expr_any(fs, d);
        int rsrc = expr_any(fs, s);
        if (type_is_string(U(s->type))) {
            emit_abc(fs, OP_COPYS, r, rd, rsrc);
        } else {
            emit_abc(fs, OP_COPY, r, rd, rsrc);
            emit_x(fs, U(d->type)->elem->size);
        }
        reg_free_to(fs, base);
        return;
    }
    case B_DELETE: {
        Node *m = args->items[0];
        int rm = expr_any(fs, m);
        int rk = reg_alloc(fs, 1);
        expr_as(fs, args->items[1], U(m->type)->key, rk);
        emit_abc(fs, OP_MAPDEL, rm, rk, 0);
        reg_free_to(fs, base);
        return;
    }
    case B_CLEAR: {
        Node *x = args->items[0];
        int rx = expr_any(fs, x);
        if (U(x->type)->kind == K_MAP) {
            emit_abc(fs, OP_MAPCLEAR, rx, 0, 0);
        } else {
            emit_abc(fs, OP_SCLEAR, rx, 0, 0);
            emit_x(fs, U(x->type)->elem->size);
        }
        reg_free_to(fs, base);
        return;
    }
    case B_PANIC: {
        int v = reg_alloc(fs, 1);
        expr_as(fs, args->items[0], t_empty_iface, v);
        emit_abc(fs, OP_PANIC, v, 0, 0);
        reg_free_to(fs, base);
        return;
    }
    case B_PRINT: case B_PRINTLN: {
        int first = reg_alloc(fs, args->len > 0 ? args->len : 1);
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            expr_to(fs, a, first + i);
            Type *t = a->type;
            if (U(t)->kind != K_INTERFACE) {
                emit_abc(fs, OP_BOX, first + i, first + i, 0);
                emit_x(fs, (uint32_t)k_type(fs, t));
            } else {
                /* print shows an interface as (type,value) words */
                emit_abc(fs, OP_BOX, first + i, first + i, 0);
                emit_x(fs, (uint32_t)k_type(fs, t));
            }
            reg_free_to(fs, first + args->len);
        }
        emit_abc(fs, OP_PRINT, first, args->len, ci->builtin == B_PRINTLN);
        reg_free_to(fs, base);
        return;
    }
    case B_RECOVER:
        emit_abc(fs, OP_RECOVER, r, 0, 0);
        return;
    case B_MIN: case B_MAX:
        minmax(fs, n, r, ci->builtin == B_MIN);
        return;
    case B_COMPLEX: {
        /* the parts have one float type, the result its complex type */
        Type *pt = U(n->type)->kind == K_COMPLEX64 ? t_float32 : t_float64;
        int rx = reg_alloc(fs, 1);
        expr_as(fs, args->items[0], pt, rx);
        int ry = reg_alloc(fs, 1);
        expr_as(fs, args->items[1], pt, ry);
        emit_abc(fs, OP_CMAKE, r, rx, ry);
        reg_free_to(fs, base);
        return;
    }
    case B_REAL: case B_IMAG: {
        int rx = expr_any(fs, args->items[0]);
        emit_abc(fs, ci->builtin == B_REAL ? OP_CREAL : OP_CIMAG, r, rx, 0);
        reg_free_to(fs, base);
        return;
    }
    case B_CLOSE: {
        int rc = expr_any(fs, args->items[0]);
        emit_abc(fs, OP_CLOSE, rc, 0, 0);
        reg_free_to(fs, base);
        return;
    }
    default:
        emit_error(fs, n->pos, "unsupported built-in");
        return;
    }
}

/* ---- type assertions ---- */

void emit_assert(FuncState *fs, Node *n, int r, bool with_ok)
{
    int base = fs->freereg;
    int rx = expr_any(fs, n->assert.x);
    Type *t = n->type;
    bool iface = U(t)->kind == K_INTERFACE;
    OpCode op = iface ? (with_ok ? OP_ASSERTI2 : OP_ASSERTI) : (with_ok ? OP_ASSERT2 : OP_ASSERT);
    emit_abc(fs, op, r, rx, 0);
    /* the high half names the operand's interface type for the panic text */
    uint32_t src = with_ok ? 0 : (uint32_t)k_type(fs, n->assert.x->type);
    if (src > 0xffff)
        src = 0;
    emit_x(fs, (uint32_t)k_type(fs, t) | src << 16);
    reg_free_to(fs, base);
}

/* ---- method values ---- */

/* Wrapper protos for method values: a closure over the receiver that
 * calls the method with it in front of the arguments. */
typedef struct Wrapper {
    const void *key;
    int kind;
    Proto *proto;
    struct Wrapper *next;
} Wrapper;

static Wrapper *wrappers;

/* Starts a hidden proto (a wrapper) named [name]; [fs] emits its body. */
static Proto *wrapper_begin(FuncState *outer, FuncState *fs, const char *name)
{
    Proto *p = GC_MALLOC_UNCOLLECTABLE(sizeof *p);
    p->name = name;
    p->file = outer->proto->file;
    p->line = outer->line;
    p->recover_pc = -1;
    Closure *cl = GC_MALLOC_UNCOLLECTABLE(sizeof(Closure));
    cl->proto = p;
    p->closure = cl;
    memset(fs, 0, sizeof *fs);
    fs->comp = outer->comp;
    fs->proto = p;
    fs->line = outer->line;
    return p;
}

static Proto *wrapper_end(FuncState *fs, Type *sig, int nparams, int nupvals,
                          const void *key, int kind)
{
    Proto *p = fs->proto;
    emit_finish(fs);
    p->nparams = (uint16_t)nparams;
    p->nresults = (uint16_t)sig->nresults;
    p->nupvals = (uint16_t)nupvals;
    p->type = sig;
    Wrapper *w = GC_MALLOC_UNCOLLECTABLE(sizeof *w);
    w->key = key;
    w->kind = kind;
    w->proto = p;
    w->next = wrappers;
    wrappers = w;
    return p;
}

static Proto *find_wrapper(const void *key, int kind)
{
    for (Wrapper *w = wrappers; w; w = w->next)
        if (w->key == key && w->kind == kind)
            return w->proto;
    return NULL;
}

static char *wrapper_name(const char *fmt, const char *a, const char *b)
{
    char buf[800];
    snprintf(buf, sizeof buf, fmt, a, b);
    char *name = GC_MALLOC_ATOMIC(strlen(buf) + 1);
    strcpy(name, buf);
    return name;
}

enum { W_METHOD_VALUE, W_IMETHOD_VALUE, W_METHOD_EXPR, W_IMETHOD_EXPR };

/* A method value's proto: a closure over the receiver (up[0]) that calls
 * the method with it in front of the arguments. */
static Proto *method_value_proto(FuncState *outer, const char *name, Type *sig, int kind,
                                 const void *key, Closure *target, const char *mname)
{
    Proto *found = find_wrapper(key, kind);
    if (found)
        return found;
    FuncState fs;
    wrapper_begin(outer, &fs, name);
    int np = sig->nparams;
    reg_alloc(&fs, np + 2 + sig->nresults);
    /* shift the arguments up by one to make room for the receiver */
    for (int i = np - 1; i >= 0; i--)
        emit_abc(&fs, OP_MOVE, i + 1, i, 0);
    if (kind == W_METHOD_VALUE) {
        emit_abc(&fs, OP_GETUP, 0, 0, 0);
        emit_abx(&fs, OP_CALLK, 0, k_func(&fs, target, target->proto->name));
    } else {
        /* interface method value: up[0] is the interface */
        int ri = np + 1;
        emit_abc(&fs, OP_GETUP, ri, 0, 0);
        emit_abc(&fs, OP_CALLI, 0, ri, 0);
        emit_x(&fs, (uint32_t)k_name(&fs, mname));
    }
    emit_abc(&fs, OP_RET, 0, sig->nresults, 0);
    return wrapper_end(&fs, sig, np, 1, key, kind);
}

/* A proto for T.M / (*T).M / I.M: the receiver arrives as the first
 * argument. A value method called through (*T).M dereferences it first;
 * I.M calls through the interface. */
static Proto *method_expr_proto(FuncState *outer, Selection *sel, Type *ftype)
{
    Method *m = sel->method;
    if (!m) {
        Type *it = U(sel->recv_type);
        const IMethod *im = &it->imethods[sel->imethod];
        Proto *found = find_wrapper(im, W_IMETHOD_EXPR);
        if (found)
            return found;
        FuncState fs;
        wrapper_begin(outer, &fs, wrapper_name("%s.%s-fm", type_name_of(sel->recv_type, true), im->name));
        reg_alloc(&fs, ftype->nparams + 1 + ftype->nresults);
        emit_abc(&fs, OP_CALLI, 0, 0, 0);
        emit_x(&fs, (uint32_t)k_name(&fs, im->name));
        emit_abc(&fs, OP_RET, 0, ftype->nresults, 0);
        return wrapper_end(&fs, ftype, ftype->nparams, 0, im, W_IMETHOD_EXPR);
    }
    bool deref = U(sel->recv_type)->kind == K_POINTER && !m->ptr_recv;
    if (!deref && sel->depth == 0)
        return (Proto *)((Closure *)m->fn)->proto;
    if (sel->depth > 0) {
        /* promoted: the outer type's wrapper walks the embedded fields of
         * the struct block that both T and *T receivers point to */
        Type *outer_t = sel->recv_type;
        if (U(outer_t)->kind == K_POINTER && !type_is_named(outer_t))
            outer_t = outer_t->elem;
        for (int i = 0; i < outer_t->nmethods; i++)
            if (outer_t->methods[i].name == m->name && outer_t->methods[i].depth > 0)
                return (Proto *)((Closure *)outer_t->methods[i].fn)->proto;
    }
    Proto *found = find_wrapper(m, W_METHOD_EXPR);
    if (found)
        return found;
    FuncState fs;
    wrapper_begin(outer, &fs, wrapper_name("%s-fm", ((Closure *)m->fn)->proto->name, ""));
    int np = ftype->nparams;
    reg_alloc(&fs, np + 2 + ftype->nresults);
    Type *e = U(sel->recv_type)->elem;
    emit_abc(&fs, OP_NILCHK, 0, 0, 0);
    if (type_is_aggregate(e)) {
        emit_abc(&fs, OP_COPYBLK, 0, 0, 0);
        emit_x(&fs, (uint32_t)k_type(&fs, e));
    } else {
        emit_abc(&fs, OP_LDFW, 0, 0, 0);
    }
    Closure *target = m->fn;
    emit_abx(&fs, OP_CALLK, 0, k_func(&fs, target, target->proto->name));
    emit_abc(&fs, OP_RET, 0, ftype->nresults, 0);
    return wrapper_end(&fs, ftype, np, 0, m, W_METHOD_EXPR);
}

void emit_method_value(FuncState *fs, Node *n, int r)
{
    Selection *sel = n->info;
    int base = fs->freereg;
    if (sel->kind == SEL_METHOD_EXPR) {
        Proto *p = method_expr_proto(fs, sel, n->type);
        emit_abx(fs, OP_LOADK, r, k_func(fs, p->closure, p->name));
        return;
    }
    if (sel->kind == SEL_METHOD) {
        Closure *target = sel->method->fn;
        Proto *p = method_value_proto(fs, wrapper_name("%s-fm", target->proto->name, ""), n->type,
                                      W_METHOD_VALUE, sel->method, target, NULL);
        int recv = reg_alloc(fs, 1);
        receiver_to(fs, n, recv);
        emit_abc(fs, OP_BIND, r, recv, 0);
        emit_x(fs, (uint32_t)k_proto(fs, p));
        reg_free_to(fs, base);
        return;
    }
    /* interface method value */
    Type *it = U(sel->recv_type);
    const IMethod *im = &it->imethods[sel->imethod];
    Proto *p = method_value_proto(fs, wrapper_name("%s.%s-fm", type_name_of(sel->recv_type, true), im->name),
                                  n->type, W_IMETHOD_VALUE, im, NULL, im->name);
    int ri = sel->depth ? embedded_iface(fs, n->selector.x, sel) : expr_any(fs, n->selector.x);
    emit_abc(fs, OP_NILCHK, ri, 0, 0);
    emit_abc(fs, OP_BIND, r, ri, 0);
    emit_x(fs, (uint32_t)k_proto(fs, p));
    reg_free_to(fs, base);
}

/* ---- defer ---- */

/* A proto that performs built-in [id] on its parameters, so that a
 * deferred built-in call can be deferred like a function. */
static Proto *builtin_proto(FuncState *outer, int id, int nargs, Node *call)
{
    Proto *p = GC_MALLOC_UNCOLLECTABLE(sizeof *p);
    static const char *const names[] = {
        [B_CLOSE] = "close", [B_PANIC] = "panic", [B_PRINT] = "print",
        [B_PRINTLN] = "println", [B_DELETE] = "delete", [B_COPY] = "copy",
        [B_CLEAR] = "clear",
    };
    p->name = names[id] ? names[id] : "builtin";
    p->file = outer->proto->file;
    p->line = outer->line;
    p->recover_pc = -1;
    Closure *cl = GC_MALLOC_UNCOLLECTABLE(sizeof(Closure));
    cl->proto = p;
    p->closure = cl;
    FuncState fs;
    memset(&fs, 0, sizeof fs);
    fs.comp = outer->comp;
    fs.proto = p;
    fs.line = outer->line;
    reg_alloc(&fs, nargs + 2);
    NodeList *args = &call->call.args;
    switch (id) {
    case B_CLOSE: emit_abc(&fs, OP_CLOSE, 0, 0, 0); break;
    case B_PANIC: emit_abc(&fs, OP_PANIC, 0, 0, 0); break;
    case B_PRINT: case B_PRINTLN: emit_abc(&fs, OP_PRINT, 0, nargs, id == B_PRINTLN); break;
    case B_DELETE: emit_abc(&fs, OP_MAPDEL, 0, 1, 0); break;
    case B_COPY:
        if (type_is_string(U(args->items[1]->type))) {
            emit_abc(&fs, OP_COPYS, 2, 0, 1);
        } else {
            emit_abc(&fs, OP_COPY, 2, 0, 1);
            emit_x(&fs, U(args->items[0]->type)->elem->size);
        }
        break;
    case B_CLEAR:
        if (U(args->items[0]->type)->kind == K_MAP) {
            emit_abc(&fs, OP_MAPCLEAR, 0, 0, 0);
        } else {
            emit_abc(&fs, OP_SCLEAR, 0, 0, 0);
            emit_x(&fs, U(args->items[0]->type)->elem->size);
        }
        break;
    default:
        break;
    }
    emit_abc(&fs, OP_RET, 0, 0, 0);
    p->code = fs.code;
    p->lines = fs.lines;
    p->ncode = fs.ncode;
    p->k = fs.k;
    p->ktags = fs.ktags;
    p->knames = fs.knames;
    p->nk = fs.nk;
    p->maxregs = (uint16_t)(fs.maxregs + 2);
    p->nparams = (uint16_t)nargs;
    return p;
}

/* Evaluates the function and arguments of the call in a go or defer
 * statement: the function value into [*fn] and the arguments from the
 * returned register on; [*nargs] is their count. */
static int deferred_call(FuncState *fs, Node *call, int *fn, int *nargs)
{
    CallInfo *ci = call->info;
    Node *fun = unparen(call->call.fun);
    if (ci->kind == CALL_BUILTIN) {
        NodeList *args = &call->call.args;
        int n = args->len;
        *fn = reg_alloc(fs, 1);
        int base = reg_alloc(fs, n > 0 ? n : 1);
        for (int i = 0; i < n; i++) {
            Node *a = args->items[i];
            Type *t = a->type;
            if (ci->builtin == B_PANIC || ci->builtin == B_PRINT || ci->builtin == B_PRINTLN) {
                expr_to(fs, a, base + i);
                if (ci->builtin == B_PANIC) {
                    convert_reg(fs, base + i, t, t_empty_iface);
                } else {
                    emit_abc(fs, OP_BOX, base + i, base + i, 0);
                    emit_x(fs, (uint32_t)k_type(fs, t));
                }
            } else if (ci->builtin == B_DELETE && i == 1) {
                expr_as(fs, a, U(args->items[0]->type)->key, base + i);
            } else {
                expr_to(fs, a, base + i);
            }
            reg_free_to(fs, base + n);
        }
        Proto *p = builtin_proto(fs, ci->builtin, n, call);
        emit_abx(fs, OP_LOADK, *fn, k_func(fs, p->closure, p->name));
        *nargs = n;
        return base;
    }
    Type *sig = U(fun->type);
    if (ci->kind == CALL_METHOD) {
        Selection *sel = fun->info;
        *fn = reg_alloc(fs, 1);
        Closure *cl = sel->method->fn;
        emit_abx(fs, OP_LOADK, *fn, k_func(fs, cl, cl->proto->name));
        int base = reg_alloc(fs, 1);
        receiver_to(fs, fun, base);
        reg_free_to(fs, base + 1);
        call_args(fs, call, sig, base + 1);
        *nargs = sig->nparams + 1;
        return base;
    }
    if (ci->kind == CALL_IMETHOD) {
        /* bind the dynamic method now, as Go evaluates it now */
        *fn = reg_alloc(fs, 1);
        emit_method_value(fs, fun, *fn);
        int base = fs->freereg;
        call_args(fs, call, sig, base);
        *nargs = sig->nparams;
        return base;
    }
    *fn = reg_alloc(fs, 1);
    expr_to(fs, fun, *fn);
    int base = fs->freereg;
    call_args(fs, call, sig, base);
    *nargs = sig->nparams;
    return base;
}

void emit_go_defer(FuncState *fs, Node *n)
{
    int start = fs->freereg;
    Node *call = unparen(n->gostmt.call);
    if (n->kind == N_DEFER && call->info && ((CallInfo *)call->info)->kind == CALL_BUILTIN &&
        ((CallInfo *)call->info)->builtin == B_RECOVER) {
        /* `defer recover()` never stops a panic: recover is not called by
         * a deferred function. It does nothing. */
        return;
    }
    int fn, nargs;
    int base = deferred_call(fs, call, &fn, &nargs);
    set_line(fs, n->pos);
    if (nargs > 255) {
        emit_error(fs, n->pos, "too many arguments in deferred call");
        return;
    }
    emit_abc(fs, n->kind == N_DEFER ? OP_DEFER : OP_GO, base, fn, nargs);
    reg_free_to(fs, start);
}
