/* emit_stmt.c: statements, assignments and control flow. */
#include <gc.h>
#include <string.h>
#include "emit.h"

static Type *U(Type *t)
{
    return type_under(t);
}

static bool is_blank(Node *n)
{
    return n->kind == N_IDENT && n->ident.name[0] == '_' && n->ident.name[1] == '\0';
}

/* Makes a fresh cell holding register [r]'s value, in [r]. */
static void box_reg(FuncState *fs, Symbol *s, int r)
{
    emit_new_cell(fs, r, s->type);
}

void declare_local(FuncState *fs, Symbol *s, int reg)
{
    s->reg = reg;
    s->owner = fs->fi;
}

/* Declares [s] in register [r], which already holds its initial value. */
static void init_local(FuncState *fs, Symbol *s, int r)
{
    declare_local(fs, s, r);
    if (sym_boxed(s))
        box_reg(fs, s, r);
}

void emit_block_stmts(FuncState *fs, NodeList *stmts)
{
    int base = fs->freereg;
    for (int i = 0; i < stmts->len; i++)
        emit_stmt(fs, stmts->items[i]);
    reg_free_to(fs, base);
}

/* ---- assignment targets ---- */

typedef enum LvKind { LV_BLANK, LV_VAR, LV_MAP, LV_SLICE, LV_GENERAL } LvKind;

typedef struct LValue {
    LvKind kind;
    Node *node;
    Symbol *sym;
    int r1, r2;
    Type *type;
} LValue;

/* Evaluates the operands of an assignment target (Go's first phase). */
static void prepare(FuncState *fs, Node *lhs, LValue *lv)
{
    while (lhs->kind == N_PAREN)
        lhs = lhs->paren.x;
    memset(lv, 0, sizeof *lv);
    lv->node = lhs;
    lv->type = lhs->type;
    if (is_blank(lhs)) {
        lv->kind = LV_BLANK;
        return;
    }
    if (lhs->kind == N_IDENT) {
        lv->kind = LV_VAR;
        lv->sym = lhs->ident.sym;
        return;
    }
    if (lhs->kind == N_SELECTOR && lhs->info && ((Selection *)lhs->info)->kind == SEL_QUALIFIED) {
        lv->kind = LV_VAR;
        lv->sym = ((Selection *)lhs->info)->sym;
        return;
    }
    if (lhs->kind == N_INDEX) {
        Type *xt = U(lhs->index.x->type);
        if (xt->kind == K_MAP) {
            lv->kind = LV_MAP;
            lv->r1 = reg_alloc(fs, 1);
            expr_to(fs, lhs->index.x, lv->r1);
            lv->r2 = reg_alloc(fs, 1);
            expr_as(fs, lhs->index.index, xt->key, lv->r2);
            return;
        }
        if (xt->kind == K_SLICE && !type_is_aggregate(lhs->type)) {
            lv->kind = LV_SLICE;
            lv->r1 = reg_alloc(fs, 1);
            expr_to(fs, lhs->index.x, lv->r1);
            lv->r2 = reg_alloc(fs, 1);
            expr_to(fs, lhs->index.index, lv->r2);
            return;
        }
    }
    /* fields, derefs, array elements: evaluate the address now */
    lv->kind = LV_GENERAL;
    Node addr;
    memset(&addr, 0, sizeof addr);
    addr.kind = N_UNARY;
    addr.op = T_AND;
    addr.unary.x = lhs;
    addr.type = type_pointer(lhs->type);
    addr.mode = MODE_VALUE;
    addr.pos = lhs->pos;
    lv->r1 = reg_alloc(fs, 1);
    expr_to(fs, &addr, lv->r1);
}

static OpCode store_op_for(Type *t)
{
    switch (t->memkind) {
    case M_I8: case M_U8: return OP_STFI8;
    case M_I16: case M_U16: return OP_STFI16;
    case M_I32: case M_U32: return OP_STFI32;
    case M_F32: return OP_STFF32;
    default: return OP_STFW;
    }
}

static OpCode slice_store_op(Type *t)
{
    switch (t->memkind) {
    case M_I8: case M_U8: return OP_STI8;
    case M_I16: case M_U16: return OP_STI16;
    case M_I32: case M_U32: return OP_STI32;
    case M_F32: return OP_STF32;
    default: return OP_STW;
    }
}

/* The second phase: stores [v] into the prepared target. */
static void assign(FuncState *fs, LValue *lv, int v)
{
    switch (lv->kind) {
    case LV_BLANK:
        return;
    case LV_VAR:
        store_to(fs, lv->node, v);
        return;
    case LV_MAP:
        emit_abc(fs, OP_MAPSET, lv->r1, lv->r2, v);
        return;
    case LV_SLICE:
        emit_abc(fs, slice_store_op(lv->type), lv->r1, lv->r2, v);
        return;
    case LV_GENERAL:
        if (type_is_aggregate(lv->type)) {
            emit_abc(fs, OP_MOVEBLK, lv->r1, v, 0);
            emit_x(fs, (uint32_t)k_type(fs, lv->type));
        } else {
            emit_abc(fs, store_op_for(lv->type), lv->r1, 0, v);
        }
        return;
    }
}

/* Loads the current value of a prepared target (for op= and ++). */
static void load_lvalue(FuncState *fs, LValue *lv, int r)
{
    switch (lv->kind) {
    case LV_VAR:
        expr_to(fs, lv->node, r);
        return;
    case LV_MAP:
        emit_abc(fs, OP_MAPGET, r, lv->r1, lv->r2);
        return;
    case LV_SLICE: {
        Type *t = lv->type;
        OpCode op = t->memkind == M_I8 ? OP_LDI8 : t->memkind == M_U8 ? OP_LDU8
                  : t->memkind == M_I16 ? OP_LDI16 : t->memkind == M_U16 ? OP_LDU16
                  : t->memkind == M_I32 ? OP_LDI32 : t->memkind == M_U32 ? OP_LDU32
                  : t->memkind == M_F32 ? OP_LDF32 : OP_LDW;
        emit_abc(fs, op, r, lv->r1, lv->r2);
        return;
    }
    case LV_GENERAL:
        emit_abc(fs, mem_load_op(lv->type), r, lv->r1, 0);
        return;
    default:
        return;
    }
}

/* Whether [lhs] is a plain local whose register can receive a value
 * directly. */
static int direct_reg(FuncState *fs, Node *lhs)
{
    while (lhs->kind == N_PAREN)
        lhs = lhs->paren.x;
    if (lhs->kind != N_IDENT || !lhs->ident.sym)
        return NO_REG;
    Symbol *s = lhs->ident.sym;
    if (s->kind != SYM_VAR || s->global || sym_boxed(s) || s->reg < 0 ||
        (fs->fi && s->owner != fs->fi) || type_is_aggregate(s->type))
        return NO_REG;
    return s->reg;
}

static void assign_stmt(FuncState *fs, Node *n)
{
    NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
    int base = fs->freereg;
    int nv = lhs->len;
    if (nv == 1 && rhs->len == 1) {
        Node *l = lhs->items[0], *r = rhs->items[0];
        if (is_blank(l)) {
            int t = reg_alloc(fs, 1);
            expr_to(fs, r, t);
            reg_free_to(fs, base);
            return;
        }
        int d = direct_reg(fs, l);
        if (d != NO_REG) {
            expr_as(fs, r, l->type, d);
            return;
        }
        int mark = order_begin_assign(fs, &l, 1, &r, 1, true, false);
        LValue lv;
        prepare(fs, l, &lv);
        int v = reg_alloc(fs, 1);
        expr_as(fs, r, l->type, v);
        copy_if_shared(fs, r, l->type, v);
        assign(fs, &lv, v);
        order_end(fs, mark);
        reg_free_to(fs, base);
        return;
    }
    int mark = order_begin_assign(fs, lhs->items, nv < 256 ? nv : 256, rhs->items, rhs->len,
                                  rhs->len == nv, false);
    LValue lvs[256];
    for (int i = 0; i < nv && i < 256; i++)
        prepare(fs, lhs->items[i], &lvs[i]);
    int vals;
    if (rhs->len == nv) {
        vals = reg_alloc(fs, nv);
        for (int i = 0; i < nv; i++) {
            Node *r = rhs->items[i];
            Type *t = lvs[i].kind == LV_BLANK ? r->type : lhs->items[i]->type;
            expr_as(fs, r, t, vals + i);
            copy_if_shared(fs, r, t, vals + i);
            reg_free_to(fs, vals + nv);
        }
    } else {
        Node *r = rhs->items[0];
        if (r->kind == N_CALL) {
            vals = emit_call(fs, r, nv);
            for (int i = 0; i < nv; i++)
                if (lvs[i].kind != LV_BLANK)
                    convert_reg(fs, vals + i, r->type->params[i], lhs->items[i]->type);
        } else {
            vals = reg_alloc(fs, 2);
            extern void emit_comma_ok(FuncState *fs, Node *n, int r);
            emit_comma_ok(fs, r, vals);
            if (lvs[0].kind != LV_BLANK)
                convert_reg(fs, vals, r->type, lhs->items[0]->type);
        }
    }
    for (int i = 0; i < nv; i++)
        assign(fs, &lvs[i], vals + i);
    order_end(fs, mark);
    reg_free_to(fs, base);
}

/* v, ok := m[k] / x.(T) / <-ch into r, r+1 */
void emit_comma_ok(FuncState *fs, Node *n, int r)
{
    while (n->kind == N_PAREN)
        n = n->paren.x;
    int base = fs->freereg;
    if (n->kind == N_INDEX) {
        Type *mt = U(n->index.x->type);
        int rm = expr_any(fs, n->index.x);
        int rk = reg_alloc(fs, 1);
        expr_as(fs, n->index.index, mt->key, rk);
        emit_abc(fs, OP_MAPGET2, r, rm, rk);
        if (type_is_aggregate(n->type)) {
            emit_abc(fs, OP_TEST, r + 1, 0, 1);
            int j = emit_jump(fs);
            load_zero(fs, n->type, r);
            int j2 = emit_jump(fs);
            patch_here(fs, j);
            emit_abc(fs, OP_COPYBLK, r, r, 0);
            emit_x(fs, (uint32_t)k_type(fs, n->type));
            patch_here(fs, j2);
        }
        reg_free_to(fs, base);
        return;
    }
    if (n->kind == N_TYPEASSERT) {
        extern void emit_assert(FuncState *fs, Node *n, int r, bool with_ok);
        emit_assert(fs, n, r, true);
        return;
    }
    emit_recv(fs, n, r, true);
}

static void short_var_decl(FuncState *fs, Node *n)
{
    NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
    int nv = lhs->len;
    /* which names are new: they get registers that outlive the statement;
     * a script's top-level names are new globals, whose cell gets the
     * value (an aggregate's own block) */
    bool is_new[256], new_global[256];
    for (int i = 0; i < nv && i < 256; i++) {
        Node *id = lhs->items[i];
        Symbol *s = id->kind == N_IDENT ? id->ident.sym : NULL;
        bool here = s && !is_blank(id) && s->kind == SYM_VAR && s->pos.line == id->pos.line &&
                    s->pos.col == id->pos.col;
        is_new[i] = here && s->reg < 0 && !s->global;
        new_global[i] = here && s->global;
    }
    if (nv == 1 && rhs->len == 1) {
        Node *id = lhs->items[0];
        Symbol *s = id->ident.sym;
        if (is_new[0] || new_global[0]) {
            int r = reg_alloc(fs, 1);
            expr_as(fs, rhs->items[0], s->type, r);
            copy_if_shared(fs, rhs->items[0], s->type, r);
            if (new_global[0]) {
                emit_set_global(fs, s, r);
                reg_free_to(fs, r);
            } else {
                init_local(fs, s, r);
            }
            return;
        }
        Node a = *n;
        a.op = T_ASSIGN;
        assign_stmt(fs, &a);
        return;
    }
    int regs[256];
    for (int i = 0; i < nv && i < 256; i++)
        regs[i] = is_new[i] ? reg_alloc(fs, 1) : NO_REG;
    int base = fs->freereg;
    LValue lvs[256];
    for (int i = 0; i < nv && i < 256; i++) {
        if (is_new[i] || new_global[i] || is_blank(lhs->items[i]))
            lvs[i].kind = LV_BLANK;
        else
            prepare(fs, lhs->items[i], &lvs[i]);
    }
    int vals;
    if (rhs->len == nv) {
        vals = reg_alloc(fs, nv);
        for (int i = 0; i < nv; i++) {
            Node *r = rhs->items[i];
            Type *t = is_blank(lhs->items[i]) ? r->type : lhs->items[i]->type;
            expr_as(fs, r, t, vals + i);
            copy_if_shared(fs, r, t, vals + i);
            reg_free_to(fs, vals + nv);
        }
    } else {
        Node *r = rhs->items[0];
        if (r->kind == N_CALL) {
            vals = emit_call(fs, r, nv);
            for (int i = 0; i < nv; i++)
                if (!is_blank(lhs->items[i]))
                    convert_reg(fs, vals + i, r->type->params[i], lhs->items[i]->type);
        } else {
            vals = reg_alloc(fs, 2);
            emit_comma_ok(fs, r, vals);
        }
    }
    for (int i = 0; i < nv; i++) {
        if (is_new[i]) {
            emit_abc(fs, OP_MOVE, regs[i], vals + i, 0);
        } else if (new_global[i]) {
            emit_set_global(fs, lhs->items[i]->ident.sym, vals + i);
        } else if (!is_blank(lhs->items[i])) {
            if (lvs[i].kind != LV_BLANK)
                assign(fs, &lvs[i], vals + i);
            else
                store_to(fs, lhs->items[i], vals + i);
        }
    }
    reg_free_to(fs, base);
    for (int i = 0; i < nv; i++)
        if (is_new[i])
            init_local(fs, lhs->items[i]->ident.sym, regs[i]);
}

static int binary_of(int op)
{
    switch (op) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    default: return T_AND_NOT;
    }
}

/* x op= y and x++: the target's operands are evaluated once. The checker
 * left the combined `x op y` node in n->info with x checked. */
static void op_assign(FuncState *fs, Node *lhs, Node *bin, int line_op)
{
    int base = fs->freereg;
    (void)line_op;
    int d = direct_reg(fs, lhs);
    if (d != NO_REG) {
        Node *saved_x = bin->binary.x;
        bin->binary.x = lhs;
        expr_to(fs, bin, d);
        bin->binary.x = saved_x;
        return;
    }
    Node *y = bin->binary.y;
    int mark = order_begin_assign(fs, &lhs, 1, &y, 1, true, true);
    LValue lv;
    prepare(fs, lhs, &lv);
    int cur = reg_alloc(fs, 1);
    load_lvalue(fs, &lv, cur);
    /* evaluate `cur op y` by pointing the binary node's x at a synthetic
     * node that reads the register */
    Node tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.kind = N_IDENT;
    tmp.mode = MODE_VAR;
    tmp.type = lhs->type;
    Symbol sym;
    memset(&sym, 0, sizeof sym);
    sym.kind = SYM_VAR;
    sym.type = lhs->type;
    sym.reg = cur;
    sym.owner = fs->fi;
    sym.name = "";
    tmp.ident.sym = &sym;
    tmp.ident.name = "";
    Node *saved_x = bin->binary.x;
    bin->binary.x = &tmp;
    int v = reg_alloc(fs, 1);
    expr_to(fs, bin, v);
    bin->binary.x = saved_x;
    assign(fs, &lv, v);
    order_end(fs, mark);
    reg_free_to(fs, base);
}

static void incdec(FuncState *fs, Node *n)
{
    Node *x = n->incdec.x;
    Node one;
    memset(&one, 0, sizeof one);
    one.kind = N_BASICLIT;
    one.mode = MODE_CONST;
    one.type = x->type;
    one.cval = type_is_float(U(x->type)) ? cv_float(1) : cv_int(1);
    one.pos = n->pos;
    Node bin;
    memset(&bin, 0, sizeof bin);
    bin.kind = N_BINARY;
    bin.op = n->op == T_INC ? T_ADD : T_SUB;
    bin.binary.x = x;
    bin.binary.y = &one;
    bin.type = x->type;
    bin.mode = MODE_VALUE;
    bin.pos = n->pos;
    op_assign(fs, x, &bin, n->op);
}

/* ---- control flow ---- */

Breakable *push_breakable(FuncState *fs, Node *stmt)
{
    Breakable *b = GC_MALLOC(sizeof *b);
    b->stmt = stmt;
    b->outer = fs->breakables;
    fs->breakables = b;
    return b;
}

void pop_breakable(FuncState *fs, Breakable *b, int continue_target)
{
    jl_patch_here(fs, &b->breaks);
    if (continue_target >= 0)
        jl_patch_to(fs, &b->continues, continue_target);
    fs->breakables = b->outer;
}

static void if_stmt(FuncState *fs, Node *n)
{
    int base = fs->freereg;
    if (n->ifs.init)
        emit_stmt(fs, n->ifs.init);
    JumpList els = {0};
    cond_jump(fs, n->ifs.cond, false, &els);
    emit_block_stmts(fs, &n->ifs.body->block.stmts);
    if (n->ifs.els) {
        int end = emit_jump(fs);
        jl_patch_here(fs, &els);
        emit_stmt(fs, n->ifs.els);
        patch_here(fs, end);
    } else {
        jl_patch_here(fs, &els);
    }
    reg_free_to(fs, base);
}

/* Loop variables declared by a for clause that live in cells get a fresh
 * cell each iteration (Go 1.22's per-iteration variables). */
static void rebox_loop_vars(FuncState *fs, Node *init)
{
    if (!init || init->kind != N_ASSIGN || init->op != T_DEFINE)
        return;
    for (int i = 0; i < init->assign.lhs.len; i++) {
        Node *id = init->assign.lhs.items[i];
        if (id->kind != N_IDENT || !id->ident.sym)
            continue;
        Symbol *s = id->ident.sym;
        if (s->kind != SYM_VAR || !sym_boxed(s) || s->global)
            continue;
        int t = reg_alloc(fs, 1);
        emit_abc(fs, mem_load_op(s->type), t, s->reg, 0);
        emit_abc(fs, OP_MOVE, s->reg, t, 0);
        box_reg(fs, s, s->reg);
        reg_free_to(fs, t);
    }
}

static void for_stmt(FuncState *fs, Node *n)
{
    int base = fs->freereg;
    if (n->fors.init)
        emit_stmt(fs, n->fors.init);
    Breakable *b = push_breakable(fs, n);
    int jcond = n->fors.cond ? emit_jump(fs) : -1;
    int top = here(fs);
    emit_block_stmts(fs, &n->fors.body->block.stmts);
    int cont = here(fs);
    rebox_loop_vars(fs, n->fors.init);
    if (n->fors.post)
        emit_stmt(fs, n->fors.post);
    if (n->fors.cond) {
        patch_here(fs, jcond);
        JumpList back = {0};
        cond_jump(fs, n->fors.cond, true, &back);
        jl_patch_to(fs, &back, top);
    } else {
        patch_to(fs, emit_jump(fs), top);
    }
    pop_breakable(fs, b, cont);
    reg_free_to(fs, base);
}

/* Assigns a range iteration value in register [v] to the key/value
 * variable [var] (declared per iteration for :=). */
static void range_assign(FuncState *fs, Node *n, Node *var, int reg, int v, Type *vt)
{
    if (!var || is_blank(var))
        return;
    if (n->op == T_DEFINE) {
        Symbol *s = var->ident.sym;
        if (!s)
            return;
        convert_reg(fs, v, vt, s->type);
        emit_abc(fs, OP_MOVE, reg, v, 0);
        declare_local(fs, s, reg);
        if (sym_boxed(s))
            box_reg(fs, s, reg);
        return;
    }
    convert_reg(fs, v, vt, var->type);
    LValue lv;
    int base = fs->freereg;
    prepare(fs, var, &lv);
    assign(fs, &lv, v);
    reg_free_to(fs, base);
}

static void range_stmt(FuncState *fs, Node *n)
{
    int base = fs->freereg;
    Node *x = n->range.x;
    Type *xt = U(x->type);
    Node *kv = n->range.key, *vv = n->range.value;
    /* registers for := variables, allocated once */
    int kreg = NO_REG, vreg = NO_REG;
    if (n->op == T_DEFINE) {
        if (kv && !is_blank(kv))
            kreg = reg_alloc(fs, 1);
        if (vv && !is_blank(vv))
            vreg = reg_alloc(fs, 1);
    }
    Breakable *b = push_breakable(fs, n);
    if (xt->kind == K_POINTER)
        xt = U(xt->elem);
    switch (xt->kind) {
    case K_SLICE: case K_ARRAY: {
        int rs = reg_alloc(fs, 1);
        Type *elem = xt->elem;
        if (xt->kind == K_ARRAY && (!vv || is_blank(vv)) &&
            (U(x->type)->kind == K_ARRAY || !chk_has_call_or_recv(x))) {
            /* at most the index, and len(x) a constant: the spec has the
             * range expression not evaluated at all; with calls or
             * receives in it, Go's compiler runs those (order.go) and
             * drops the rest, an index that would panic included */
            if (chk_has_call_or_recv(x))
                order_points_only(fs, x);
            int rn = reg_alloc(fs, 1);
            if (xt->len >= MIN_sBx && xt->len <= MAX_sBx)
                emit(fs, MK_AsBx(OP_LOADI, rn, (int32_t)xt->len));
            else
                emit_abx(fs, OP_LOADK, rn, k_int(fs, xt->len));
            int ri = reg_alloc(fs, 1);
            emit(fs, MK_AsBx(OP_LOADI, ri, 0));
            int body_base = fs->freereg;
            int jcond = emit_jump(fs);
            int top = here(fs);
            if (kv && !is_blank(kv)) {
                int tmp = reg_alloc(fs, 1);
                emit_abc(fs, OP_MOVE, tmp, ri, 0);
                range_assign(fs, n, kv, kreg, tmp, t_int);
            }
            reg_free_to(fs, body_base);
            emit_block_stmts(fs, &n->range.body->block.stmts);
            int cont = here(fs);
            emit_abc(fs, OP_ADDI, ri, ri, 1 + 127);
            patch_here(fs, jcond);
            emit_abc(fs, OP_LT, ri, rn, 1);
            patch_to(fs, emit_jump(fs), top);
            pop_breakable(fs, b, cont);
            break;
        }
        if (xt->kind == K_ARRAY) {
            /* iterate over a slice of the array (a copy when the values
             * are used, as Go ranges over a copy) */
            Node *arr = x;
            int blk = reg_alloc(fs, 1);
            if (U(x->type)->kind == K_POINTER) {
                expr_to(fs, arr, blk);
                /* only reading the elements dereferences the pointer */
                if (vv && !is_blank(vv))
                    emit_abc(fs, OP_NILCHK, blk, 0, 0);
            } else {
                expr_to(fs, arr, blk);
                if (vv && !is_blank(vv)) {
                    emit_abc(fs, OP_COPYBLK, blk, blk, 0);
                    emit_x(fs, (uint32_t)k_type(fs, xt));
                }
            }
            int bnd = reg_alloc(fs, 3);
            emit_abc(fs, OP_SLICE, rs, blk, bnd);
            emit_x(fs, 8u | ((uint32_t)k_type(fs, xt) << 8));
        } else {
            expr_to(fs, x, rs);
        }
        int rn = reg_alloc(fs, 1);
        emit_abc(fs, OP_LEN, rn, rs, 0);
        int ri = reg_alloc(fs, 1);
        emit(fs, MK_AsBx(OP_LOADI, ri, 0));
        int body_base = fs->freereg;
        int jcond = emit_jump(fs);
        int top = here(fs);
        int tmp = reg_alloc(fs, 1);
        if (kv && !is_blank(kv)) {
            emit_abc(fs, OP_MOVE, tmp, ri, 0);
            range_assign(fs, n, kv, kreg, tmp, t_int);
        }
        if (vv && !is_blank(vv)) {
            if (type_is_aggregate(elem)) {
                int a = reg_alloc(fs, 1);
                emit_abc(fs, OP_SEADDR, a, rs, ri);
                emit_x(fs, elem->size);
                emit_abc(fs, OP_COPYBLK, tmp, a, 0);
                emit_x(fs, (uint32_t)k_type(fs, elem));
            } else {
                OpCode op = elem->memkind == M_I8 ? OP_LDI8 : elem->memkind == M_U8 ? OP_LDU8
                          : elem->memkind == M_I16 ? OP_LDI16 : elem->memkind == M_U16 ? OP_LDU16
                          : elem->memkind == M_I32 ? OP_LDI32 : elem->memkind == M_U32 ? OP_LDU32
                          : elem->memkind == M_F32 ? OP_LDF32 : OP_LDW;
                emit_abc(fs, op, tmp, rs, ri);
            }
            range_assign(fs, n, vv, vreg, tmp, elem);
        }
        reg_free_to(fs, body_base);
        emit_block_stmts(fs, &n->range.body->block.stmts);
        int cont = here(fs);
        emit_abc(fs, OP_ADDI, ri, ri, 1 + 127);
        patch_here(fs, jcond);
        emit_abc(fs, OP_LT, ri, rn, 1);
        patch_to(fs, emit_jump(fs), top);
        pop_breakable(fs, b, cont);
        break;
    }
    case K_STRING: case K_UNTYPED_STRING: {
        int rs = reg_alloc(fs, 1);
        expr_to(fs, x, rs);
        int st = reg_alloc(fs, 3);
        emit(fs, MK_AsBx(OP_LOADI, st, 0));
        int top = here(fs);
        emit_abc(fs, OP_SNEXT, st, rs, 0);
        int exit = emit_jump(fs);
        int tmp = reg_alloc(fs, 1);
        if (kv && !is_blank(kv)) {
            emit_abc(fs, OP_MOVE, tmp, st + 1, 0);
            range_assign(fs, n, kv, kreg, tmp, t_int);
        }
        if (vv && !is_blank(vv)) {
            emit_abc(fs, OP_MOVE, tmp, st + 2, 0);
            range_assign(fs, n, vv, vreg, tmp, t_rune);
        }
        reg_free_to(fs, tmp);
        emit_block_stmts(fs, &n->range.body->block.stmts);
        patch_to(fs, emit_jump(fs), top);
        patch_here(fs, exit);
        pop_breakable(fs, b, top);
        break;
    }
    case K_MAP: {
        int rm = reg_alloc(fs, 1);
        expr_to(fs, x, rm);
        int it = reg_alloc(fs, 3);
        emit_abc(fs, OP_MAPITER, it, rm, 0);
        int top = here(fs);
        emit_abc(fs, OP_MAPNEXT, it, 0, 0);
        int exit = emit_jump(fs);
        int tmp = reg_alloc(fs, 1);
        if (kv && !is_blank(kv)) {
            emit_abc(fs, OP_MOVE, tmp, it + 1, 0);
            if (type_is_aggregate(xt->key)) {
                emit_abc(fs, OP_COPYBLK, tmp, tmp, 0);
                emit_x(fs, (uint32_t)k_type(fs, xt->key));
            }
            range_assign(fs, n, kv, kreg, tmp, xt->key);
        }
        if (vv && !is_blank(vv)) {
            emit_abc(fs, OP_MOVE, tmp, it + 2, 0);
            if (type_is_aggregate(xt->elem)) {
                emit_abc(fs, OP_COPYBLK, tmp, tmp, 0);
                emit_x(fs, (uint32_t)k_type(fs, xt->elem));
            }
            range_assign(fs, n, vv, vreg, tmp, xt->elem);
        }
        reg_free_to(fs, tmp);
        emit_block_stmts(fs, &n->range.body->block.stmts);
        patch_to(fs, emit_jump(fs), top);
        patch_here(fs, exit);
        pop_breakable(fs, b, top);
        break;
    }
    case K_CHAN: {
        int rc = reg_alloc(fs, 1);
        expr_to(fs, x, rc);
        int top = here(fs);
        int v = reg_alloc(fs, 2);
        emit_abc(fs, OP_RECV2, v, rc, 0);
        emit_abc(fs, OP_TEST, v + 1, 0, 0);
        int exit = emit_jump(fs);
        if (kv && !is_blank(kv))
            range_assign(fs, n, kv, kreg, v, xt->elem);
        reg_free_to(fs, v);
        emit_block_stmts(fs, &n->range.body->block.stmts);
        patch_to(fs, emit_jump(fs), top);
        patch_here(fs, exit);
        pop_breakable(fs, b, top);
        break;
    }
    default: {
        /* range over an integer */
        Type *it = x->type;
        int rn = reg_alloc(fs, 1);
        expr_as(fs, x, it, rn);
        int ri = reg_alloc(fs, 1);
        emit(fs, MK_AsBx(OP_LOADI, ri, 0));
        int jcond = emit_jump(fs);
        int top = here(fs);
        int tmp = reg_alloc(fs, 1);
        if (kv && !is_blank(kv)) {
            emit_abc(fs, OP_MOVE, tmp, ri, 0);
            range_assign(fs, n, kv, kreg, tmp, it);
        }
        reg_free_to(fs, tmp);
        emit_block_stmts(fs, &n->range.body->block.stmts);
        int cont = here(fs);
        emit_abc(fs, OP_ADDI, ri, ri, 1 + 127);
        patch_here(fs, jcond);
        emit_abc(fs, type_is_unsigned(U(it)) ? OP_LTU : OP_LT, ri, rn, 1);
        patch_to(fs, emit_jump(fs), top);
        pop_breakable(fs, b, cont);
        break;
    }
    }
    reg_free_to(fs, base);
}

/* Emits a jump to [to] taken when case value [e] matches the tag in
 * register [tag] of type [tt]. */
static void case_test(FuncState *fs, int tag, Type *tt, Node *e, JumpList *to)
{
    Node tn;
    memset(&tn, 0, sizeof tn);
    tn.kind = N_IDENT;
    tn.mode = MODE_VAR;
    tn.type = tt;
    Symbol sym;
    memset(&sym, 0, sizeof sym);
    sym.kind = SYM_VAR;
    sym.type = tt;
    sym.reg = tag;
    sym.owner = fs->fi;
    sym.name = "";
    tn.ident.sym = &sym;
    tn.ident.name = "";
    Node cmp;
    memset(&cmp, 0, sizeof cmp);
    cmp.kind = N_BINARY;
    cmp.op = T_EQL;
    cmp.binary.x = &tn;
    cmp.binary.y = e;
    cmp.type = t_bool;
    cmp.mode = MODE_VALUE;
    cmp.pos = e->pos;
    cond_jump(fs, &cmp, true, to);
}

static bool ends_in_fallthrough(NodeList *body)
{
    return body->len && body->items[body->len - 1]->kind == N_BRANCH &&
           body->items[body->len - 1]->op == T_FALLTHROUGH;
}

static void switch_stmt(FuncState *fs, Node *n)
{
    int base = fs->freereg;
    if (n->sw.init)
        emit_stmt(fs, n->sw.init);
    NodeList *clauses = &n->sw.body->block.stmts;
    int tag = NO_REG;
    Type *tt = NULL;
    if (n->sw.tag) {
        tt = n->sw.tag->type;
        tag = reg_alloc(fs, 1);
        expr_to(fs, n->sw.tag, tag);
    }
    Breakable *b = push_breakable(fs, n);
    JumpList *bodies = GC_MALLOC(sizeof(JumpList) * (size_t)(clauses->len + 1));
    int deflt = -1;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (cl->clause.is_default) {
            deflt = i;
            continue;
        }
        for (int j = 0; j < cl->clause.list.len; j++) {
            Node *e = cl->clause.list.items[j];
            if (tag != NO_REG)
                case_test(fs, tag, tt, e, &bodies[i]);
            else
                cond_jump(fs, e, true, &bodies[i]);
        }
    }
    int to_default = emit_jump(fs);
    JumpList ends = {0};
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        jl_patch_here(fs, &bodies[i]);
        if (i == deflt)
            patch_here(fs, to_default);
        emit_block_stmts(fs, &cl->clause.body);
        if (!ends_in_fallthrough(&cl->clause.body))
            jl_add(&ends, emit_jump(fs));
    }
    if (deflt < 0)
        patch_here(fs, to_default);
    jl_patch_here(fs, &ends);
    pop_breakable(fs, b, -1);
    reg_free_to(fs, base);
}

static void type_switch(FuncState *fs, Node *n)
{
    int base = fs->freereg;
    if (n->tsw.init)
        emit_stmt(fs, n->tsw.init);
    NodeList *clauses = &n->tsw.body->block.stmts;
    int rx = reg_alloc(fs, 1);
    Node *x = n->tsw.assign->assert.x;
    expr_to(fs, x, rx);
    Breakable *b = push_breakable(fs, n);
    JumpList *bodies = GC_MALLOC(sizeof(JumpList) * (size_t)(clauses->len + 1));
    int deflt = -1;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (cl->clause.is_default) {
            deflt = i;
            continue;
        }
        for (int j = 0; j < cl->clause.list.len; j++) {
            Node *e = cl->clause.list.items[j];
            if (e->type == t_untyped_nil || e->mode == MODE_INVALID) {
                emit_abc(fs, OP_TYPEIS, rx, 0, 1);
                emit_x(fs, (uint32_t)k_type(fs, NULL));
            } else if (U(e->type)->kind == K_INTERFACE) {
                emit_abc(fs, OP_IMPLS, rx, 0, 1);
                emit_x(fs, (uint32_t)k_type(fs, e->type));
            } else {
                emit_abc(fs, OP_TYPEIS, rx, 0, 1);
                emit_x(fs, (uint32_t)k_type(fs, e->type));
            }
            jl_add(&bodies[i], emit_jump(fs));
        }
    }
    int to_default = emit_jump(fs);
    JumpList ends = {0};
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        jl_patch_here(fs, &bodies[i]);
        if (i == deflt)
            patch_here(fs, to_default);
        int cb = fs->freereg;
        Symbol *s = cl->clause.sym;
        if (s) {
            int r = reg_alloc(fs, 1);
            if (U(s->type)->kind != K_INTERFACE && s->type != x->type) {
                emit_abc(fs, OP_ASSERT, r, rx, 0);
                emit_x(fs, (uint32_t)k_type(fs, s->type));
            } else {
                emit_abc(fs, OP_MOVE, r, rx, 0);
            }
            declare_local(fs, s, r);
            if (sym_boxed(s))
                box_reg(fs, s, r);
        }
        emit_block_stmts(fs, &cl->clause.body);
        reg_free_to(fs, cb);
        jl_add(&ends, emit_jump(fs));
    }
    if (deflt < 0)
        patch_here(fs, to_default);
    jl_patch_here(fs, &ends);
    pop_breakable(fs, b, -1);
    reg_free_to(fs, base);
}

/* Stores register [v] into result [i] of [f] (a named result variable,
 * possibly in a cell, or the hidden result register). */
static void store_result(FuncState *fs, FuncInfo *f, int i, int v)
{
    Symbol *s = f->results[i];
    if (f->named_results) {
        Node id;
        memset(&id, 0, sizeof id);
        id.kind = N_IDENT;
        id.mode = MODE_VAR;
        id.type = s->type;
        id.ident.sym = s;
        id.ident.name = s->name;
        if (s->name[0] == '_' && s->name[1] == '\0') {
            /* a blank result: keep it in its register */
            emit_abc(fs, OP_MOVE, fs->results_reg + i, v, 0);
            return;
        }
        store_to(fs, &id, v);
    } else {
        emit_abc(fs, OP_MOVE, fs->results_reg + i, v, 0);
    }
}

static void return_stmt(FuncState *fs, Node *n)
{
    FuncInfo *f = fs->fi;
    NodeList *res = &n->ret.results;
    int base = fs->freereg;
    int nres = f ? f->nresults : 0;
    if (f && f->has_defer) {
        /* store the results in the result variables and run the deferred
         * calls here, so that they see this return's line as their
         * caller's (runtime.Caller, tracebacks); the epilogue returns the
         * results */
        if (res->len == 1 && nres > 1) {
            int r = emit_call(fs, res->items[0], nres);
            Type *tup = res->items[0]->type;
            for (int i = 0; i < nres; i++)
                convert_reg(fs, r + i, tup->params[i], f->results[i]->type);
            for (int i = 0; i < nres; i++)
                store_result(fs, f, i, r + i);
        } else if (res->len) {
            int t = reg_alloc(fs, nres);
            for (int i = 0; i < nres; i++) {
                Node *r = res->items[i];
                expr_as(fs, r, f->results[i]->type, t + i);
                copy_if_shared(fs, r, f->results[i]->type, t + i);
                reg_free_to(fs, t + nres);
            }
            for (int i = 0; i < nres; i++)
                store_result(fs, f, i, t + i);
        }
        set_line(fs, n->pos);
        emit_abc(fs, OP_RUNDEFERS, 0, 0, 0);
        jl_add(&fs->epilogue, emit_jump(fs));
        reg_free_to(fs, base);
        return;
    }
    if (res->len == 0) {
        if (nres == 0) {
            emit_abc(fs, OP_RET, 0, 0, 0);
            return;
        }
        /* named results: return their current values */
        int t = reg_alloc(fs, nres);
        for (int i = 0; i < nres; i++) {
            Symbol *s = f->results[i];
            Node id;
            memset(&id, 0, sizeof id);
            id.kind = N_IDENT;
            id.mode = MODE_VAR;
            id.type = s->type;
            id.ident.sym = s;
            id.ident.name = s->name;
            expr_to(fs, &id, t + i);
        }
        emit_abc(fs, OP_RET, t, nres, 0);
        reg_free_to(fs, base);
        return;
    }
    if (res->len == 1 && nres > 1) {
        int r = emit_call(fs, res->items[0], nres);
        Type *tup = res->items[0]->type;
        for (int i = 0; i < nres; i++)
            convert_reg(fs, r + i, tup->params[i], f->results[i]->type);
        emit_abc(fs, OP_RET, r, nres, 0);
        reg_free_to(fs, base);
        return;
    }
    if (nres == 1 && !type_is_aggregate(f->results[0]->type)) {
        /* return x: one value, straight from wherever it is */
        Node *r = res->items[0];
        Type *rt = f->results[0]->type;
        if (type_same(r->type, rt) || r->mode == MODE_CONST) {
            int reg = r->mode == MODE_CONST ? NO_REG : expr_any(fs, r);
            if (reg == NO_REG) {
                reg = reg_alloc(fs, 1);
                expr_as(fs, r, rt, reg);
            }
            emit_abc(fs, OP_RET, reg, 1, 0);
            reg_free_to(fs, base);
            return;
        }
    }
    int t = reg_alloc(fs, nres);
    for (int i = 0; i < nres; i++) {
        Node *r = res->items[i];
        expr_as(fs, r, f->results[i]->type, t + i);
        copy_if_shared(fs, r, f->results[i]->type, t + i);
        reg_free_to(fs, t + nres);
    }
    emit_abc(fs, OP_RET, t, nres, 0);
    reg_free_to(fs, base);
}

/* The entry of labeled statement [label], made on first sight. */
static LabelPc *label_pc(FuncState *fs, Node *label)
{
    for (int i = 0; i < fs->nlabels; i++)
        if (fs->labels[i].label == label)
            return &fs->labels[i];
    if (fs->nlabels == fs->caplabels) {
        fs->caplabels = fs->caplabels ? fs->caplabels * 2 : 8;
        LabelPc *a = GC_MALLOC(sizeof(LabelPc) * (size_t)fs->caplabels);
        if (fs->nlabels)
            memcpy(a, fs->labels, sizeof(LabelPc) * (size_t)fs->nlabels);
        fs->labels = a;
    }
    LabelPc *l = &fs->labels[fs->nlabels++];
    memset(l, 0, sizeof *l);
    l->label = label;
    l->pc = -1;
    return l;
}

/* Where labeled statement [n] starts: gotos to it land here. */
static void place_label(FuncState *fs, Node *n)
{
    LabelPc *l = label_pc(fs, n);
    l->pc = here(fs);
    jl_patch_here(fs, &l->gotos);
}

/* A goto is a plain jump: the checker allows only targets whose
 * variables are all declared at the goto, so no register needs fixing,
 * and a backward jump polls for preemption as a loop's does (OP_JMP). */
static void goto_stmt(FuncState *fs, Node *n)
{
    if (!n->branch.target) {
        emit_error(fs, n->pos, "goto target not found");
        return;
    }
    LabelPc *l = label_pc(fs, n->branch.target);
    int j = emit_jump(fs);
    if (l->pc >= 0)
        patch_to(fs, j, l->pc);
    else
        jl_add(&l->gotos, j);
}

static void branch_stmt(FuncState *fs, Node *n)
{
    if (n->op == T_FALLTHROUGH)
        return; /* the switch lays bodies out in order */
    if (n->op == T_GOTO) {
        goto_stmt(fs, n);
        return;
    }
    Node *target = n->branch.target;
    for (Breakable *b = fs->breakables; b; b = b->outer) {
        if (b->stmt != target)
            continue;
        int j = emit_jump(fs);
        if (n->op == T_BREAK)
            jl_add(&b->breaks, j);
        else
            jl_add(&b->continues, j);
        return;
    }
    emit_error(fs, n->pos, "branch target not found");
}

static void var_decl(FuncState *fs, Node *decl)
{
    for (int i = 0; i < decl->gen.specs.len; i++) {
        Node *spec = decl->gen.specs.items[i];
        NodeList *names = &spec->vspec.names, *vals = &spec->vspec.values;
        int nv = names->len;
        int regs[256];
        for (int j = 0; j < nv && j < 256; j++) {
            Symbol *s = names->items[j]->ident.sym;
            regs[j] = (s && !s->global && !is_blank(names->items[j])) ? reg_alloc(fs, 1) : NO_REG;
        }
        int base = fs->freereg;
        if (vals->len == 0) {
            for (int j = 0; j < nv; j++) {
                Symbol *s = names->items[j]->ident.sym;
                if (!s)
                    continue;
                if (s->global) {
                    int t = reg_alloc(fs, 1);
                    load_zero(fs, s->type, t);
                    emit_set_global(fs, s, t);
                    reg_free_to(fs, base);
                } else if (regs[j] != NO_REG) {
                    load_zero(fs, s->type, regs[j]);
                }
            }
        } else if (vals->len == nv) {
            int t = reg_alloc(fs, nv);
            for (int j = 0; j < nv; j++) {
                Symbol *s = names->items[j]->ident.sym;
                Type *ty = s && !is_blank(names->items[j]) ? s->type : vals->items[j]->type;
                expr_as(fs, vals->items[j], ty, t + j);
                copy_if_shared(fs, vals->items[j], ty, t + j);
                reg_free_to(fs, t + nv);
            }
            for (int j = 0; j < nv; j++) {
                Symbol *s = names->items[j]->ident.sym;
                if (!s || is_blank(names->items[j]))
                    continue;
                if (s->global)
                    emit_set_global(fs, s, t + j);
                else
                    emit_abc(fs, OP_MOVE, regs[j], t + j, 0);
            }
        } else {
            Node *v = vals->items[0];
            int t;
            if (v->kind == N_CALL) {
                t = emit_call(fs, v, nv);
            } else {
                t = reg_alloc(fs, 2);
                emit_comma_ok(fs, v, t);
            }
            for (int j = 0; j < nv; j++) {
                Symbol *s = names->items[j]->ident.sym;
                if (!s || is_blank(names->items[j]))
                    continue;
                Type *from = v->type && v->type->kind == K_TUPLE ? v->type->params[j] : (j ? t_bool : v->type);
                convert_reg(fs, t + j, from, s->type);
                if (s->global)
                    emit_set_global(fs, s, t + j);
                else
                    emit_abc(fs, OP_MOVE, regs[j], t + j, 0);
            }
        }
        reg_free_to(fs, base);
        for (int j = 0; j < nv; j++) {
            Symbol *s = names->items[j]->ident.sym;
            if (s && regs[j] != NO_REG)
                init_local(fs, s, regs[j]);
        }
    }
}

extern void emit_go_defer(FuncState *fs, Node *n);

void emit_stmt(FuncState *fs, Node *n)
{
    if (!n)
        return;
    set_line(fs, n->pos);
    /* before its line event, which a goto to it must run again */
    if (n->kind == N_LABELED)
        place_label(fs, n);
    if (emit_line_events && n->kind != N_BLOCK && n->kind != N_EMPTY && n->pos.line != fs->line_event &&
        fs->fi && fs->fi->pkg && strcmp(fs->fi->pkg->path, "main") == 0) {
        /* --trace-lines: the program's own lines, not the packages' */
        emit_abc(fs, OP_LINE, 0, 0, 0);
        fs->line_event = n->pos.line;
    }
    int base = fs->freereg;
    switch (n->kind) {
    case N_EMPTY:
        break;
    case N_EXPRSTMT: {
        Node *x = n->exprstmt.x;
        while (x->kind == N_PAREN)
            x = x->paren.x;
        if (n->mode == MODE_VALUE) {
            emit_show(fs, x); /* a value at the REPL prompt */
            reg_free_to(fs, base);
            break;
        }
        if (x->kind == N_CALL)
            emit_call(fs, x, 0);
        else
            expr_any(fs, x);
        reg_free_to(fs, base);
        break;
    }
    case N_ASSIGN:
        if (n->op == T_DEFINE) {
            short_var_decl(fs, n);
        } else if (n->op == T_ASSIGN) {
            assign_stmt(fs, n);
        } else {
            Node *bin = n->info;
            if (bin) {
                bin->op = (int16_t)binary_of(n->op);
                op_assign(fs, n->assign.lhs.items[0], bin, n->op);
            }
        }
        break;
    case N_INCDEC:
        incdec(fs, n);
        break;
    case N_DECLSTMT:
        if (n->declstmt.decl->op == T_VAR)
            var_decl(fs, n->declstmt.decl);
        break;
    case N_BLOCK:
        emit_block_stmts(fs, &n->block.stmts);
        break;
    case N_IF:
        if_stmt(fs, n);
        break;
    case N_FOR:
        for_stmt(fs, n);
        break;
    case N_RANGE:
        range_stmt(fs, n);
        break;
    case N_SWITCH:
        switch_stmt(fs, n);
        break;
    case N_TYPESWITCH:
        type_switch(fs, n);
        break;
    case N_RETURN:
        return_stmt(fs, n);
        break;
    case N_BRANCH:
        branch_stmt(fs, n);
        break;
    case N_LABELED:
        emit_stmt(fs, n->labeled.stmt);
        break;
    case N_GO: case N_DEFER:
        emit_go_defer(fs, n);
        break;
    case N_SELECT:
        emit_select(fs, n);
        break;
    case N_SEND:
        emit_send(fs, n);
        break;
    default:
        emit_error(fs, n->pos, "unsupported statement");
        break;
    }
}
