/* emit_expr.c: expressions to typed register code. */
#include <gc.h>
#include <string.h>
#include "emit.h"

static Type *U(Type *t)
{
    return type_under(t);
}

static bool is_unsigned(Type *t)
{
    return type_is_unsigned(U(t));
}

static bool is_float(Type *t)
{
    return type_is_float(U(t));
}

static bool is_complex(Type *t)
{
    return type_is_complex(U(t));
}

static bool is_string(Type *t)
{
    return type_is_string(U(t));
}

static bool is_iface(Type *t)
{
    return U(t)->kind == K_INTERFACE;
}

/* The EXT width code that re-wraps an integer of type [t], or -1. */
static int ext_code(Type *t)
{
    switch (U(t)->kind) {
    case K_INT8: return 0;
    case K_UINT8: return 1;
    case K_INT16: return 2;
    case K_UINT16: return 3;
    case K_INT32: return 4;
    case K_UINT32: return 5;
    default: return -1;
    }
}

static void wrap(FuncState *fs, Type *t, int r)
{
    int e = ext_code(t);
    if (e >= 0)
        emit_abc(fs, OP_EXT, r, r, e);
    else if (U(t)->kind == K_FLOAT32)
        emit_abc(fs, OP_F32, r, r, 0);
}

void load_zero(FuncState *fs, Type *t, int r)
{
    if (type_is_aggregate(t)) {
        emit_abc(fs, OP_NEWBLK, r, 0, 0);
        emit_x(fs, (uint32_t)k_type(fs, t));
    } else {
        emit_abc(fs, OP_LOADZ, r, 0, 0);
    }
}

static void load_const(FuncState *fs, ConstVal *cv, Type *t, int r)
{
    if (!t || type_is_untyped(t)) {
        switch (t ? t->kind : K_UNTYPED_INT) {
        case K_UNTYPED_BOOL: t = t_bool; break;
        case K_UNTYPED_FLOAT: t = t_float64; break;
        case K_UNTYPED_COMPLEX: t = t_complex128; break;
        case K_UNTYPED_RUNE: t = t_rune; break;
        case K_UNTYPED_STRING: t = t_string; break;
        default: t = t_int; break;
        }
    }
    if (is_iface(t)) {
        /* a constant boxed into an interface: its default type */
        Type *d = cv->kind == CV_BOOL ? t_bool : cv->kind == CV_STRING ? t_string
                : cv->kind == CV_FLOAT ? t_float64 : cv->kind == CV_COMPLEX ? t_complex128 : t_int;
        load_const(fs, cv, d, r);
        convert_reg(fs, r, d, t);
        return;
    }
    Value v = cv_to_value(cv, t);
    if (is_complex(t)) {
        if (v.p)
            emit_abx(fs, OP_LOADK, r, k_complex(fs, v.p));
        else
            emit_abc(fs, OP_LOADZ, r, 0, 0);
    } else if (is_float(t)) {
        emit_abx(fs, OP_LOADK, r, k_float(fs, v.f));
    } else if (is_string(t)) {
        if (v.p)
            emit_abx(fs, OP_LOADK, r, k_string(fs, v.p));
        else
            emit_abc(fs, OP_LOADZ, r, 0, 0);
    } else if (v.i >= MIN_sBx && v.i <= MAX_sBx) {
        emit(fs, MK_AsBx(OP_LOADI, r, (int32_t)v.i));
    } else {
        emit_abx(fs, OP_LOADK, r, k_int(fs, v.i));
    }
}

/* ---- variables ---- */

static int upvalue_index(FuncState *fs, Symbol *s)
{
    FuncInfo *f = fs->fi;
    for (int i = 0; f && i < f->ncaptures; i++)
        if (f->captures[i] == s)
            return i;
    return -1;
}

/* Cells, globals and pointer targets hold a value in its type's memory
 * width, so that *p of a narrow int or a float32 sees the same bits as
 * the variable: narrow values are read and (float32) written typed. */
OpCode mem_load_op(const Type *t)
{
    switch (t->memkind) {
    case M_I8: return OP_LDFI8;
    case M_U8: return OP_LDFU8;
    case M_I16: return OP_LDFI16;
    case M_U16: return OP_LDFU16;
    case M_I32: return OP_LDFI32;
    case M_U32: return OP_LDFU32;
    case M_F32: return OP_LDFF32;
    default: return OP_LDFW;
    }
}

static bool narrow(const Type *t)
{
    return t->memkind != M_WORD && t->memkind != M_BLOCK;
}

/* Moves register [r]'s value into a fresh cell, whose pointer replaces it. */
void emit_new_cell(FuncState *fs, int r, const Type *t)
{
    if (t->memkind == M_F32) {
        int tmp = reg_alloc(fs, 1);
        emit_abc(fs, OP_MOVE, tmp, r, 0);
        emit_abc(fs, OP_LOADZ, r, 0, 0);
        emit_abc(fs, OP_NEWBOX, r, r, 0);
        emit_abc(fs, OP_STFF32, r, 0, tmp);
        reg_free_to(fs, tmp);
        return;
    }
    /* a full word store leaves a narrow int's bits where *p reads them */
    emit_abc(fs, OP_NEWBOX, r, r, 0);
}

void emit_set_global(FuncState *fs, Symbol *s, int v)
{
    if (s->type->memkind == M_F32) {
        int tmp = reg_alloc(fs, 1);
        emit_abx(fs, OP_LOADK, tmp, k_global(fs, s));
        emit_abc(fs, OP_STFF32, tmp, 0, v);
        reg_free_to(fs, tmp);
        return;
    }
    emit_abx(fs, OP_SETG, v, k_global(fs, s));
}

/* Reads variable [s] into [r] (or returns its own register when [r] is
 * NO_REG and it has one). */
static int read_var(FuncState *fs, Symbol *s, int r)
{
    if (s->global) {
        if (r == NO_REG)
            r = reg_alloc(fs, 1);
        if (narrow(s->type)) {
            emit_abx(fs, OP_LOADK, r, k_global(fs, s));
            emit_abc(fs, mem_load_op(s->type), r, r, 0);
        } else {
            emit_abx(fs, OP_GETG, r, k_global(fs, s));
        }
        return r;
    }
    if (fs->fi && s->owner != fs->fi) {
        int u = upvalue_index(fs, s);
        if (r == NO_REG)
            r = reg_alloc(fs, 1);
        if (sym_boxed(s) && narrow(s->type)) {
            emit_abc(fs, OP_GETUP, r, u, 0);
            emit_abc(fs, mem_load_op(s->type), r, r, 0);
        } else {
            emit_abc(fs, sym_boxed(s) ? OP_LOADUP : OP_GETUP, r, u, 0);
        }
        return r;
    }
    if (sym_boxed(s)) {
        if (r == NO_REG)
            r = reg_alloc(fs, 1);
        if (narrow(s->type))
            emit_abc(fs, mem_load_op(s->type), r, s->reg, 0);
        else
            emit_abc(fs, OP_LOADBOX, r, s->reg, 0);
        return r;
    }
    if (r == NO_REG)
        return s->reg;
    if (r != s->reg)
        emit_abc(fs, OP_MOVE, r, s->reg, 0);
    return r;
}

/* Writes register [v] to variable [s]. Aggregates are copied into the
 * variable's own block. */
static void write_var(FuncState *fs, Symbol *s, int v)
{
    if (type_is_aggregate(s->type)) {
        int base = fs->freereg;
        int dst = read_var(fs, s, NO_REG);
        emit_abc(fs, OP_MOVEBLK, dst, v, 0);
        emit_x(fs, (uint32_t)k_type(fs, s->type));
        reg_free_to(fs, base);
        return;
    }
    if (s->global) {
        emit_set_global(fs, s, v);
        return;
    }
    bool f32 = s->type->memkind == M_F32;
    if (fs->fi && s->owner != fs->fi) {
        if (f32 && sym_boxed(s)) {
            int tmp = reg_alloc(fs, 1);
            emit_abc(fs, OP_GETUP, tmp, upvalue_index(fs, s), 0);
            emit_abc(fs, OP_STFF32, tmp, 0, v);
            reg_free_to(fs, tmp);
            return;
        }
        emit_abc(fs, OP_STOREUP, upvalue_index(fs, s), v, 0);
        return;
    }
    if (sym_boxed(s)) {
        if (f32)
            emit_abc(fs, OP_STFF32, s->reg, 0, v);
        else
            emit_abc(fs, OP_STOREBOX, s->reg, v, 0);
        return;
    }
    if (v != s->reg)
        emit_abc(fs, OP_MOVE, s->reg, v, 0);
}

/* Whether an expression of aggregate type evaluates to a block nobody
 * else holds (so storing it needs no copy). */
static bool fresh_block(Node *n)
{
    while (n->kind == N_PAREN)
        n = n->paren.x;
    return n->kind == N_COMPOSITE || n->kind == N_CALL || n->kind == N_FUNCLIT ||
           (n->kind == N_UNARY && n->op == T_ARROW) || n->kind == N_TYPEASSERT;
}

void copy_if_shared(FuncState *fs, Node *n, Type *t, int r)
{
    if (!type_is_aggregate(t) || fresh_block(n))
        return;
    emit_abc(fs, OP_COPYBLK, r, r, 0);
    emit_x(fs, (uint32_t)k_type(fs, t));
}

/* ---- conversions ---- */

void convert_reg(FuncState *fs, int r, Type *from, Type *to)
{
    if (!from || !to || type_same(from, to))
        return;
    if (from == t_untyped_nil) {
        load_zero(fs, to, r);
        return;
    }
    if (is_iface(to)) {
        if (is_iface(from))
            return;
        if (type_is_untyped(from))
            from = from == t_untyped_bool ? t_bool : from == t_untyped_float ? t_float64
                 : from == t_untyped_complex ? t_complex128 : from == t_untyped_rune ? t_rune : from == t_untyped_string ? t_string : t_int;
        emit_abc(fs, OP_BOX, r, r, 0);
        emit_x(fs, (uint32_t)k_type(fs, from));
        return;
    }
    Type *fu = U(from), *tu = U(to);
    if (type_is_integer(fu) && type_is_integer(tu)) {
        int e = ext_code(to);
        if (e >= 0 && !(ext_code(from) == e))
            emit_abc(fs, OP_EXT, r, r, e);
        return;
    }
    if (type_is_integer(fu) && type_is_float(tu)) {
        emit_abc(fs, is_unsigned(from) ? OP_U2F : OP_I2F, r, r, 0);
        if (tu->kind == K_FLOAT32)
            emit_abc(fs, OP_F32, r, r, 0);
        return;
    }
    if (type_is_float(fu) && type_is_integer(tu)) {
        emit_abc(fs, is_unsigned(to) ? OP_F2U : OP_F2I, r, r, 0);
        wrap(fs, to, r);
        return;
    }
    if (type_is_float(fu) && type_is_float(tu)) {
        if (tu->kind == K_FLOAT32 && fu->kind != K_FLOAT32)
            emit_abc(fs, OP_F32, r, r, 0);
        return;
    }
    if (type_is_complex(fu) && type_is_complex(tu)) {
        if (tu->kind == K_COMPLEX64 && fu->kind != K_COMPLEX64)
            emit_abc(fs, OP_C64, r, r, 0);
        return;
    }
    if (tu->kind == K_STRING) {
        if (type_is_integer(fu)) {
            emit_abc(fs, OP_RUNE2STR, r, r, 0);
        } else if (fu->kind == K_SLICE) {
            emit_abc(fs, U(fu->elem)->kind == K_UINT8 ? OP_BYTES2STR : OP_RUNES2STR, r, r, 0);
        }
        return;
    }
    if (fu->kind == K_STRING && tu->kind == K_SLICE) {
        emit_abc(fs, U(tu->elem)->kind == K_UINT8 ? OP_STR2BYTES : OP_STR2RUNES, r, r, 0);
        return;
    }
}

void expr_as(FuncState *fs, Node *n, Type *t, int r)
{
    expr_to(fs, n, r);
    convert_reg(fs, r, n->type, t);
}

/* ---- operators ---- */

static OpCode arith_op(int op, Type *t)
{
    bool f = is_float(t), u = is_unsigned(t);
    if (is_complex(t)) {
        /* complex64 has its own ops, which round each part to float32 */
        bool c64 = U(t)->kind == K_COMPLEX64;
        switch (op) {
        case T_ADD: return c64 ? OP_CADD64 : OP_CADD;
        case T_SUB: return c64 ? OP_CSUB64 : OP_CSUB;
        case T_MUL: return c64 ? OP_CMUL64 : OP_CMUL;
        case T_QUO: return c64 ? OP_CDIV64 : OP_CDIV;
        default: return OP_NOP;
        }
    }
    switch (op) {
    case T_ADD: return is_string(t) ? OP_CONCAT : f ? OP_FADD : OP_ADD;
    case T_SUB: return f ? OP_FSUB : OP_SUB;
    case T_MUL: return f ? OP_FMUL : OP_MUL;
    case T_QUO: return f ? OP_FDIV : u ? OP_DIVU : OP_DIV;
    case T_REM: return u ? OP_REMU : OP_REM;
    case T_AND: return OP_AND;
    case T_OR: return OP_OR;
    case T_XOR: return OP_XOR;
    case T_AND_NOT: return OP_ANDNOT;
    case T_SHL: return OP_SHL;
    case T_SHR: return u ? OP_SHRU : OP_SHR;
    default: return OP_NOP;
    }
}

static bool small_const(Node *n, int lo, int hi, int *v)
{
    if (n->mode != MODE_CONST || !n->cval || n->cval->kind != CV_INT || is_float(n->type) || is_complex(n->type))
        return false;
    if (!cv_in_range(n->cval, lo, hi))
        return false;
    *v = (int)cv_i64(n->cval);
    return true;
}

static void binary_to(FuncState *fs, Node *n, int r)
{
    Node *x = n->binary.x, *y = n->binary.y;
    Type *t = n->type;
    int base = fs->freereg;
    int imm;
    if (n->op == T_ADD && !is_float(t) && !is_string(t) && small_const(y, MIN_sC, MAX_sC, &imm)) {
        int rx = expr_any(fs, x);
        emit_abc(fs, OP_ADDI, r, rx, imm + 127);
        reg_free_to(fs, base);
        wrap(fs, t, r);
        return;
    }
    if (n->op == T_SUB && !is_float(t) && !is_string(t) && small_const(y, -MAX_sC, -MIN_sC, &imm)) {
        int rx = expr_any(fs, x);
        emit_abc(fs, OP_ADDI, r, rx, -imm + 127);
        reg_free_to(fs, base);
        wrap(fs, t, r);
        return;
    }
    int rx = expr_any(fs, x);
    int ry = expr_any(fs, y);
    if (n->op == T_SHL || n->op == T_SHR) {
        if (!is_unsigned(y->type) && y->mode != MODE_CONST)
            emit_abc(fs, OP_SHCHK, ry, 0, 0);
    }
    emit_abc(fs, arith_op(n->op, t), r, rx, ry);
    reg_free_to(fs, base);
    if (n->op != T_QUO || is_float(t))
        wrap(fs, t, r);
    else
        wrap(fs, t, r);
}

/* Emits a comparison that jumps (through the JMP that follows) when its
 * result equals [when]. */
static void compare_jump(FuncState *fs, Node *n, bool when, JumpList *out)
{
    Node *x = n->binary.x, *y = n->binary.y;
    int op = n->op;
    int base = fs->freereg;
    Type *t = x->type;
    if (x->type == t_untyped_nil)
        t = y->type;
    /* comparing an interface with a concrete value boxes the value */
    if (is_iface(x->type) != is_iface(y->type) && x->type != t_untyped_nil &&
        y->type != t_untyped_nil) {
        Type *it = is_iface(x->type) ? x->type : y->type;
        int rx = reg_alloc(fs, 1), ry = reg_alloc(fs, 1);
        expr_as(fs, x, it, rx);
        expr_as(fs, y, it, ry);
        emit_abc(fs, OP_XEQ, rx, ry, op == T_EQL ? when : !when);
        emit_x(fs, (uint32_t)k_type(fs, it));
        jl_add(out, emit_jump(fs));
        reg_free_to(fs, base);
        return;
    }
    Type *u = U(t);
    int imm;
    /* against a small constant: EQI for any integer, LTI and GTI (signed
     * only) for an ordering; decided before x is emitted, which must
     * happen once */
    if (!is_float(t) && !is_string(t) && u->kind != K_INTERFACE && !type_is_aggregate(t) &&
        (op == T_EQL || op == T_NEQ || !is_unsigned(t)) && small_const(y, MIN_sC, MAX_sC, &imm)) {
        int rx = expr_any(fs, x);
        switch (op) {
        case T_EQL: emit_abc(fs, OP_EQI, rx, imm + 127, when); break;
        case T_NEQ: emit_abc(fs, OP_EQI, rx, imm + 127, !when); break;
        case T_LSS: emit_abc(fs, OP_LTI, rx, imm + 127, when); break;
        case T_GEQ: emit_abc(fs, OP_LTI, rx, imm + 127, !when); break;
        case T_GTR: emit_abc(fs, OP_GTI, rx, imm + 127, when); break;
        case T_LEQ: emit_abc(fs, OP_GTI, rx, imm + 127, !when); break;
        }
        jl_add(out, emit_jump(fs));
        reg_free_to(fs, base);
        return;
    }
    int rx = expr_any(fs, x);
    int ry = expr_any(fs, y);
    if (x->type == t_untyped_nil) {
        rx = reg_alloc(fs, 1);
        emit_abc(fs, OP_LOADZ, rx, 0, 0);
    }
    if (y->type == t_untyped_nil) {
        ry = reg_alloc(fs, 1);
        emit_abc(fs, OP_LOADZ, ry, 0, 0);
    }
    OpCode eq, lt, le;
    if (is_complex(t)) {
        eq = OP_CEQ; lt = le = OP_NOP; /* complex numbers are not ordered */
    } else if (is_float(t)) {
        eq = OP_FEQ; lt = OP_FLT; le = OP_FLE;
    } else if (is_string(t)) {
        eq = OP_SEQ; lt = OP_SLT; le = OP_SLE;
    } else if (is_unsigned(t)) {
        eq = OP_EQ; lt = OP_LTU; le = OP_LEU;
    } else {
        eq = OP_EQ; lt = OP_LT; le = OP_LE;
    }
    bool general_eq = (u->kind == K_INTERFACE || type_is_aggregate(t)) &&
                      x->type != t_untyped_nil && y->type != t_untyped_nil;
    switch (op) {
    case T_EQL: case T_NEQ: {
        int k = op == T_EQL ? when : !when;
        if (general_eq) {
            emit_abc(fs, OP_XEQ, rx, ry, k);
            emit_x(fs, (uint32_t)k_type(fs, t));
        } else {
            emit_abc(fs, eq, rx, ry, k);
        }
        break;
    }
    case T_LSS: emit_abc(fs, lt, rx, ry, when); break;
    case T_LEQ: emit_abc(fs, le, rx, ry, when); break;
    case T_GTR: emit_abc(fs, lt, ry, rx, when); break;
    case T_GEQ: emit_abc(fs, le, ry, rx, when); break;
    }
    jl_add(out, emit_jump(fs));
    reg_free_to(fs, base);
}

static bool is_comparison(int op)
{
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ ||
           op == T_GTR || op == T_GEQ;
}

void cond_jump(FuncState *fs, Node *n, bool when, JumpList *out)
{
    while (n->kind == N_PAREN)
        n = n->paren.x;
    set_line(fs, n->pos);
    if (n->mode == MODE_CONST && n->cval && n->cval->kind == CV_BOOL) {
        if (n->cval->b == when)
            jl_add(out, emit_jump(fs));
        return;
    }
    if (n->kind == N_UNARY && n->op == T_NOT) {
        cond_jump(fs, n->unary.x, !when, out);
        return;
    }
    if (n->kind == N_BINARY && (n->op == T_LAND || n->op == T_LOR)) {
        bool and = n->op == T_LAND;
        if (and != when) {
            /* (a && b) == false: either false; (a || b) == true: either true */
            cond_jump(fs, n->binary.x, when, out);
            cond_jump(fs, n->binary.y, when, out);
        } else {
            JumpList skip = {0};
            cond_jump(fs, n->binary.x, !when, &skip);
            cond_jump(fs, n->binary.y, when, out);
            jl_patch_here(fs, &skip);
        }
        return;
    }
    if (n->kind == N_BINARY && is_comparison(n->op) && !n->preg) {
        int mark = fs->ordering ? -1 : order_begin(fs, n);
        compare_jump(fs, n, when, out);
        order_end(fs, mark);
        return;
    }
    int base = fs->freereg;
    int r = expr_any(fs, n);
    emit_abc(fs, OP_TEST, r, 0, when);
    jl_add(out, emit_jump(fs));
    reg_free_to(fs, base);
}

/* A boolean-valued condition in a value context. */
static void bool_value(FuncState *fs, Node *n, int r)
{
    JumpList t = {0};
    int tmp = reg_alloc(fs, 1);
    cond_jump(fs, n, true, &t);
    emit(fs, MK_AsBx(OP_LOADI, tmp, 0));
    int skip = emit_jump(fs);
    jl_patch_here(fs, &t);
    emit(fs, MK_AsBx(OP_LOADI, tmp, 1));
    patch_here(fs, skip);
    emit_abc(fs, OP_MOVE, r, tmp, 0);
    reg_free_to(fs, tmp);
}

static void unary_to(FuncState *fs, Node *n, int r)
{
    Node *x = n->unary.x;
    int base = fs->freereg;
    switch (n->op) {
    case T_ADD:
        expr_to(fs, x, r);
        return;
    case T_SUB: {
        int rx = expr_any(fs, x);
        emit_abc(fs, is_complex(n->type) ? OP_CNEG : is_float(n->type) ? OP_FNEG : OP_NEG, r, rx, 0);
        reg_free_to(fs, base);
        wrap(fs, n->type, r);
        return;
    }
    case T_XOR: {
        int rx = expr_any(fs, x);
        emit_abc(fs, OP_BNOT, r, rx, 0);
        reg_free_to(fs, base);
        wrap(fs, n->type, r);
        return;
    }
    case T_NOT: {
        int rx = expr_any(fs, x);
        emit_abc(fs, OP_NOT, r, rx, 0);
        reg_free_to(fs, base);
        return;
    }
    default:
        emit_error(fs, n->pos, "unsupported unary operator");
        return;
    }
}

/* ---- addresses: fields, elements, pointers ---- */

/* A memory location: base register + byte offset, and the type stored. */
typedef struct Loc {
    int base;
    uint32_t off;
    Type *type;
} Loc;

static OpCode load_op(Type *t)
{
    switch (t->memkind) {
    case M_I8: return OP_LDFI8;
    case M_U8: return OP_LDFU8;
    case M_I16: return OP_LDFI16;
    case M_U16: return OP_LDFU16;
    case M_I32: return OP_LDFI32;
    case M_U32: return OP_LDFU32;
    case M_F32: return OP_LDFF32;
    default: return OP_LDFW;
    }
}

static OpCode store_op(Type *t)
{
    switch (t->memkind) {
    case M_I8: case M_U8: return OP_STFI8;
    case M_I16: case M_U16: return OP_STFI16;
    case M_I32: case M_U32: return OP_STFI32;
    case M_F32: return OP_STFF32;
    default: return OP_STFW;
    }
}

/* Folds a large offset into the base so it fits an instruction. */
static void normalize(FuncState *fs, Loc *l)
{
    if (l->off <= 255)
        return;
    int r = reg_alloc(fs, 1);
    emit_abc(fs, OP_ADDP, r, l->base, 0);
    emit_x(fs, l->off);
    l->base = r;
    l->off = 0;
}

static void load_loc(FuncState *fs, Loc *l, int r)
{
    if (type_is_aggregate(l->type)) {
        emit_abc(fs, OP_ADDP, r, l->base, 0);
        emit_x(fs, l->off);
        return;
    }
    normalize(fs, l);
    emit_abc(fs, load_op(l->type), r, l->base, (int)l->off);
}

static void store_loc(FuncState *fs, Loc *l, int v)
{
    if (type_is_aggregate(l->type)) {
        int dst = reg_alloc(fs, 1);
        emit_abc(fs, OP_ADDP, dst, l->base, 0);
        emit_x(fs, l->off);
        emit_abc(fs, OP_MOVEBLK, dst, v, 0);
        emit_x(fs, (uint32_t)k_type(fs, l->type));
        return;
    }
    normalize(fs, l);
    emit_abc(fs, store_op(l->type), l->base, (int)l->off, v);
}

static bool loc_of(FuncState *fs, Node *n, Loc *l);

/* The location of the value [x] points to or holds as a block. */
static void base_of(FuncState *fs, Node *x, Loc *l)
{
    Type *t = x->type;
    if (U(t)->kind == K_POINTER) {
        l->base = expr_any(fs, x);
        l->off = 0;
        l->type = U(t)->elem;
        return;
    }
    /* an aggregate value: its block */
    if (!loc_of(fs, x, l)) {
        l->base = expr_any(fs, x);
        l->off = 0;
        l->type = t;
    } else if (!type_is_aggregate(l->type)) {
        /* cannot happen: fields are taken of structs */
    }
}

/* Computes where a field, element or dereference lives. Returns false
 * for expressions that are not locations in memory (plain variables,
 * values). */
static bool loc_of(FuncState *fs, Node *n, Loc *l)
{
    while (n->kind == N_PAREN)
        n = n->paren.x;
    switch (n->kind) {
    case N_SELECTOR: {
        Selection *sel = n->info;
        if (!sel || sel->kind != SEL_FIELD)
            return false;
        base_of(fs, n->selector.x, l);
        Type *t = l->type;
        for (int i = 0; i < sel->depth; i++) {
            Type *st = U(t);
            if (st->kind == K_POINTER) {
                /* an embedded pointer: load it, continue from there */
                normalize(fs, l);
                int r = reg_alloc(fs, 1);
                emit_abc(fs, OP_LDFW, r, l->base, (int)l->off);
                emit_abc(fs, OP_NILCHK, r, 0, 0);
                l->base = r;
                l->off = 0;
                st = U(st->elem);
            }
            Field *f = &st->fields[sel->path[i]];
            l->off += f->offset;
            t = f->type;
            if (i < sel->depth - 1 && U(t)->kind == K_POINTER) {
                normalize(fs, l);
                int r = reg_alloc(fs, 1);
                emit_abc(fs, OP_LDFW, r, l->base, (int)l->off);
                l->base = r;
                l->off = 0;
                t = U(t)->elem;
            }
        }
        l->type = t;
        return true;
    }
    case N_STAR: {
        l->base = expr_any(fs, n->star.x);
        l->off = 0;
        l->type = n->type;
        emit_abc(fs, OP_NILCHK, l->base, 0, 0);
        return true;
    }
    case N_INDEX: {
        Type *xt = U(n->index.x->type);
        if (xt->kind == K_ARRAY || (xt->kind == K_POINTER && U(xt->elem)->kind == K_ARRAY)) {
            Loc arr;
            if (xt->kind == K_POINTER) {
                arr.base = expr_any(fs, n->index.x);
                arr.off = 0;
                arr.type = U(xt->elem);
            } else if (!loc_of(fs, n->index.x, &arr)) {
                arr.base = expr_any(fs, n->index.x);
                arr.off = 0;
                arr.type = n->index.x->type;
            }
            int a = arr.base;
            if (arr.off) {
                a = reg_alloc(fs, 1);
                emit_abc(fs, OP_ADDP, a, arr.base, 0);
                emit_x(fs, arr.off);
            }
            int ri = expr_any(fs, n->index.index);
            int r = reg_alloc(fs, 1);
            emit_abc(fs, OP_EADDR, r, a, ri);
            emit_x(fs, (uint32_t)k_type(fs, U(arr.type)));
            l->base = r;
            l->off = 0;
            l->type = n->type;
            return true;
        }
        if (xt->kind == K_SLICE && type_is_aggregate(n->type)) {
            int rs = expr_any(fs, n->index.x);
            int ri = expr_any(fs, n->index.index);
            int r = reg_alloc(fs, 1);
            emit_abc(fs, OP_SEADDR, r, rs, ri);
            emit_x(fs, n->type->size);
            l->base = r;
            l->off = 0;
            l->type = n->type;
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

static OpCode slice_load(Type *t)
{
    switch (t->memkind) {
    case M_I8: return OP_LDI8;
    case M_U8: return OP_LDU8;
    case M_I16: return OP_LDI16;
    case M_U16: return OP_LDU16;
    case M_I32: return OP_LDI32;
    case M_U32: return OP_LDU32;
    case M_F32: return OP_LDF32;
    default: return OP_LDW;
    }
}

static OpCode slice_store(Type *t)
{
    switch (t->memkind) {
    case M_I8: case M_U8: return OP_STI8;
    case M_I16: case M_U16: return OP_STI16;
    case M_I32: case M_U32: return OP_STI32;
    case M_F32: return OP_STF32;
    default: return OP_STW;
    }
}

static void index_to(FuncState *fs, Node *n, int r)
{
    int base = fs->freereg;
    Type *xt = U(n->index.x->type);
    if (xt->kind == K_STRING || xt->kind == K_UNTYPED_STRING) {
        int rs = expr_any(fs, n->index.x);
        int ri = expr_any(fs, n->index.index);
        emit_abc(fs, OP_SINDEX, r, rs, ri);
        reg_free_to(fs, base);
        return;
    }
    if (xt->kind == K_MAP) {
        int rm = expr_any(fs, n->index.x);
        int rk = reg_alloc(fs, 1);
        expr_as(fs, n->index.index, xt->key, rk);
        emit_abc(fs, OP_MAPGET, r, rm, rk);
        reg_free_to(fs, base);
        if (type_is_aggregate(n->type)) {
            /* a missing key gives a zero block; present ones are copied */
            int t = reg_alloc(fs, 1);
            emit_abc(fs, OP_TEST, r, 0, 1);
            int j = emit_jump(fs);
            load_zero(fs, n->type, r);
            int j2 = emit_jump(fs);
            patch_here(fs, j);
            emit_abc(fs, OP_COPYBLK, r, r, 0);
            emit_x(fs, (uint32_t)k_type(fs, n->type));
            patch_here(fs, j2);
            reg_free_to(fs, t);
        }
        return;
    }
    if (xt->kind == K_SLICE && !type_is_aggregate(n->type)) {
        int rs = expr_any(fs, n->index.x);
        int ri = expr_any(fs, n->index.index);
        emit_abc(fs, slice_load(n->type), r, rs, ri);
        reg_free_to(fs, base);
        return;
    }
    Loc l;
    loc_of(fs, n, &l);
    load_loc(fs, &l, r);
    reg_free_to(fs, base);
}

static void slice_to(FuncState *fs, Node *n, int r)
{
    int base = fs->freereg;
    Type *xt = U(n->slice.x->type);
    unsigned flags = (n->slice.lo ? 1 : 0) | (n->slice.hi ? 2 : 0) | (n->slice.max ? 4 : 0);
    int src;
    Type *elem;
    if (xt->kind == K_STRING || xt->kind == K_UNTYPED_STRING) {
        src = expr_any(fs, n->slice.x);
        int b = reg_alloc(fs, 2);
        if (n->slice.lo)
            expr_as(fs, n->slice.lo, t_int, b);
        if (n->slice.hi)
            expr_as(fs, n->slice.hi, t_int, b + 1);
        emit_abc(fs, OP_SSLICE, r, src, b);
        emit_x(fs, flags);
        reg_free_to(fs, base);
        return;
    }
    if (xt->kind == K_SLICE) {
        src = expr_any(fs, n->slice.x);
        elem = xt->elem;
    } else {
        /* arrays (addressable) and pointers to arrays: the VM builds the
         * header from the block and the array type (flag 8) */
        Type *at = xt->kind == K_POINTER ? U(xt->elem) : xt;
        Loc l;
        if (xt->kind == K_POINTER) {
            l.base = expr_any(fs, n->slice.x);
            l.off = 0;
            emit_abc(fs, OP_NILCHK, l.base, 0, 0);
        } else if (!loc_of(fs, n->slice.x, &l)) {
            l.base = expr_any(fs, n->slice.x);
            l.off = 0;
        }
        int a = l.base;
        if (l.off) {
            a = reg_alloc(fs, 1);
            emit_abc(fs, OP_ADDP, a, l.base, 0);
            emit_x(fs, l.off);
        }
        int b = reg_alloc(fs, 3);
        if (n->slice.lo)
            expr_as(fs, n->slice.lo, t_int, b);
        if (n->slice.hi)
            expr_as(fs, n->slice.hi, t_int, b + 1);
        if (n->slice.max)
            expr_as(fs, n->slice.max, t_int, b + 2);
        emit_abc(fs, OP_SLICE, r, a, b);
        emit_x(fs, flags | 8u | ((uint32_t)k_type(fs, at) << 8));
        reg_free_to(fs, base);
        return;
    }
    int b = reg_alloc(fs, 3);
    if (n->slice.lo)
        expr_as(fs, n->slice.lo, t_int, b);
    if (n->slice.hi)
        expr_as(fs, n->slice.hi, t_int, b + 1);
    if (n->slice.max)
        expr_as(fs, n->slice.max, t_int, b + 2);
    emit_abc(fs, OP_SLICE, r, src, b);
    emit_x(fs, flags | (elem->size << 8));
    reg_free_to(fs, base);
}

/* ---- composite literals ---- */

static void composite_to(FuncState *fs, Node *n, int r);

/* Evaluates an element (possibly an elided-type literal) as type [t]. */
static void element_to(FuncState *fs, Node *v, Type *t, int r)
{
    if (v->kind == N_COMPOSITE && !v->composite.type) {
        composite_to(fs, v, r);
        convert_reg(fs, r, v->type, t);
        return;
    }
    expr_as(fs, v, t, r);
    copy_if_shared(fs, v, t, r);
}

/* The index of an array or slice literal element: its key, or one past
 * the previous element's. */
static int64_t element_index(Node *e, int64_t prev)
{
    if (e->kind == N_KEYVALUE && e->kv.key->cval) {
        ConstVal *iv = cv_to_int(e->kv.key->cval);
        if (iv)
            return cv_i64(iv);
    }
    return prev + 1;
}

static void composite_to(FuncState *fs, Node *n, int r)
{
    Type *t = n->type;
    bool ptr = false;
    if (U(t)->kind == K_POINTER && !type_is_named(t) && !n->composite.type) {
        ptr = true;
        t = U(t)->elem;
    }
    Type *u = U(t);
    int base = fs->freereg;
    int obj = reg_alloc(fs, 1);
    NodeList *elts = &n->composite.elts;
    switch (u->kind) {
    case K_STRUCT: {
        emit_abc(fs, OP_NEWBLK, obj, 0, 0);
        emit_x(fs, (uint32_t)k_type(fs, t));
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            int idx = i;
            Node *v = e;
            if (e->kind == N_KEYVALUE) {
                idx = (int)(intptr_t)e->kv.key->info - 1;
                v = e->kv.value;
            }
            if (idx < 0 || idx >= u->nfields)
                continue;
            Field *f = &u->fields[idx];
            int tmp = reg_alloc(fs, 1);
            element_to(fs, v, f->type, tmp);
            Loc l = {obj, f->offset, f->type};
            store_loc(fs, &l, tmp);
            reg_free_to(fs, tmp);
        }
        break;
    }
    case K_ARRAY: {
        emit_abc(fs, OP_NEWBLK, obj, 0, 0);
        emit_x(fs, (uint32_t)k_type(fs, t));
        int64_t idx = -1;
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            idx = element_index(e, idx);
            Node *v = e->kind == N_KEYVALUE ? e->kv.value : e;
            int tmp = reg_alloc(fs, 1);
            element_to(fs, v, u->elem, tmp);
            uint64_t off = (uint64_t)idx * u->elem->size;
            Loc l = {obj, 0, u->elem};
            if (off > 0xffffff) {
                int a = reg_alloc(fs, 1);
                emit(fs, MK_AsBx(OP_LOADI, a, 0));
                emit_abc(fs, OP_MOVE, a, obj, 0);
                l.base = a;
            } else {
                l.off = (uint32_t)off;
            }
            store_loc(fs, &l, tmp);
            reg_free_to(fs, tmp);
        }
        break;
    }
    case K_SLICE: {
        int64_t len = (int64_t)(intptr_t)n->info - 1;
        if (len < 0)
            len = elts->len;
        int rl = reg_alloc(fs, 1);
        if (len <= MAX_sBx)
            emit(fs, MK_AsBx(OP_LOADI, rl, (int32_t)len));
        else
            emit_abx(fs, OP_LOADK, rl, k_int(fs, len));
        emit_abc(fs, OP_MAKESLICE, obj, rl, rl);
        emit_x(fs, (uint32_t)k_type(fs, u->elem));
        int64_t idx = -1;
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            idx = element_index(e, idx);
            Node *v = e->kind == N_KEYVALUE ? e->kv.value : e;
            int ri = reg_alloc(fs, 1);
            if (idx <= MAX_sBx)
                emit(fs, MK_AsBx(OP_LOADI, ri, (int32_t)idx));
            else
                emit_abx(fs, OP_LOADK, ri, k_int(fs, idx));
            int tmp = reg_alloc(fs, 1);
            element_to(fs, v, u->elem, tmp);
            if (type_is_aggregate(u->elem)) {
                int a = reg_alloc(fs, 1);
                emit_abc(fs, OP_SEADDR, a, obj, ri);
                emit_x(fs, u->elem->size);
                emit_abc(fs, OP_MOVEBLK, a, tmp, 0);
                emit_x(fs, (uint32_t)k_type(fs, u->elem));
            } else {
                emit_abc(fs, slice_store(u->elem), obj, ri, tmp);
            }
            reg_free_to(fs, ri);
        }
        break;
    }
    case K_MAP: {
        int rh = reg_alloc(fs, 1);
        emit(fs, MK_AsBx(OP_LOADI, rh, elts->len > MAX_sBx ? MAX_sBx : elts->len));
        emit_abc(fs, OP_MAKEMAP, obj, rh, 0);
        emit_x(fs, (uint32_t)k_type(fs, t));
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            if (e->kind != N_KEYVALUE)
                continue;
            int entry_base = fs->freereg;
            int mark = order_entry(fs, e);
            int rk = reg_alloc(fs, 1);
            element_to(fs, e->kv.key, u->key, rk);
            int rv = reg_alloc(fs, 1);
            element_to(fs, e->kv.value, u->elem, rv);
            emit_abc(fs, OP_MAPSET, obj, rk, rv);
            order_entry_end(fs, mark);
            reg_free_to(fs, entry_base);
        }
        break;
    }
    default:
        emit_error(fs, n->pos, "unsupported composite literal");
        break;
    }
    (void)ptr;
    if (obj != r)
        emit_abc(fs, OP_MOVE, r, obj, 0);
    reg_free_to(fs, base);
}

/* ---- the dispatcher ---- */

static void funclit_to(FuncState *fs, Node *n, int r)
{
    FuncInfo *f = n->funclit.info;
    /* a literal is emitted once: its locals' registers are assigned then
     * (emitting it again would take them for declared already) */
    if (!f->proto->code)
        emit_function(fs->comp, f, fs);
    emit_abx(fs, OP_CLOSURE, r, k_proto(fs, f->proto));
}

static void address_to(FuncState *fs, Node *n, int r)
{
    Node *x = n->unary.x;
    while (x->kind == N_PAREN)
        x = x->paren.x;
    int base = fs->freereg;
    if (x->kind == N_COMPOSITE) {
        composite_to(fs, x, r);
        if (!type_is_aggregate(x->type)) {
            /* &[]int{...} and &map...{}: a cell holding the value */
            emit_abc(fs, OP_NEWBOX, r, r, 0);
        }
        return;
    }
    if (x->kind == N_IDENT) {
        Symbol *s = x->ident.sym;
        if (type_is_aggregate(s->type)) {
            read_var(fs, s, r);
            return;
        }
        if (s->global) {
            emit_abx(fs, OP_LOADK, r, k_global(fs, s));
            fs->ktags[fs->nk - 1] = KT_GLOBAL;
            return;
        }
        if (fs->fi && s->owner != fs->fi) {
            emit_abc(fs, OP_GETUP, r, upvalue_index(fs, s), 0);
            return;
        }
        /* a boxed local: its register holds the cell */
        if (r != s->reg)
            emit_abc(fs, OP_MOVE, r, s->reg, 0);
        return;
    }
    Loc l;
    if (loc_of(fs, x, &l)) {
        emit_abc(fs, OP_ADDP, r, l.base, 0);
        emit_x(fs, l.off);
        reg_free_to(fs, base);
        return;
    }
    if (x->kind == N_INDEX && U(x->index.x->type)->kind == K_SLICE) {
        int rs = expr_any(fs, x->index.x);
        int ri = expr_any(fs, x->index.index);
        emit_abc(fs, OP_SEADDR, r, rs, ri);
        emit_x(fs, x->type->size);
        reg_free_to(fs, base);
        return;
    }
    emit_error(fs, n->pos, "cannot take this address");
}

extern void emit_call_expr(FuncState *fs, Node *n, int r);
extern void emit_assert(FuncState *fs, Node *n, int r, bool with_ok);
extern void emit_method_value(FuncState *fs, Node *n, int r);

static void expr_to_inner(FuncState *fs, Node *n, int r);

void expr_to(FuncState *fs, Node *n, int r)
{
    if (n->preg) {
        if (n->preg - 1 != r)
            emit_abc(fs, OP_MOVE, r, n->preg - 1, 0);
        return;
    }
    if (fs->ordering) {
        expr_to_inner(fs, n, r);
        return;
    }
    int mark = order_begin(fs, n);
    expr_to_inner(fs, n, r);
    order_end(fs, mark);
}

static void expr_to_inner(FuncState *fs, Node *n, int r)
{
    int base = fs->freereg;
    set_line(fs, n->pos);
    if (n->mode == MODE_CONST && n->cval) {
        load_const(fs, n->cval, n->type, r);
        return;
    }
    switch (n->kind) {
    case N_PAREN:
        expr_to(fs, n->paren.x, r);
        return;
    case N_IDENT: {
        Symbol *s = n->ident.sym;
        if (!s) {
            emit_abc(fs, OP_LOADZ, r, 0, 0);
            return;
        }
        if (s->kind == SYM_NIL) {
            emit_abc(fs, OP_LOADZ, r, 0, 0);
            return;
        }
        if (s->kind == SYM_FUNC) {
            emit_abx(fs, OP_LOADK, r, k_func(fs, s->func->proto->closure, s->func->name));
            return;
        }
        read_var(fs, s, r);
        return;
    }
    case N_FUNCLIT:
        funclit_to(fs, n, r);
        return;
    case N_COMPOSITE:
        composite_to(fs, n, r);
        return;
    case N_BINARY:
        if (n->op == T_LAND || n->op == T_LOR || (n->op != T_SHL && n->op != T_SHR &&
                                                  n->binary.x->type &&
                                                  n->type && U(n->type)->kind == K_BOOL &&
                                                  n->op >= T_EQL && n->op <= T_GEQ)) {
            bool_value(fs, n, r);
            return;
        }
        if (is_comparison(n->op)) {
            bool_value(fs, n, r);
            return;
        }
        binary_to(fs, n, r);
        return;
    case N_UNARY:
        if (n->op == T_AND) {
            address_to(fs, n, r);
            return;
        }
        if (n->op == T_ARROW) {
            emit_recv(fs, n, r, false);
            return;
        }
        unary_to(fs, n, r);
        return;
    case N_INDEX:
        index_to(fs, n, r);
        return;
    case N_SLICE:
        slice_to(fs, n, r);
        return;
    case N_SELECTOR: {
        Selection *sel = n->info;
        if (sel && sel->kind == SEL_QUALIFIED) {
            Symbol *s = sel->sym;
            if (s->kind == SYM_FUNC)
                emit_abx(fs, OP_LOADK, r, k_func(fs, s->func->proto->closure, s->func->name));
            else
                read_var(fs, s, r);
            return;
        }
        if (sel && (sel->kind == SEL_METHOD || sel->kind == SEL_IMETHOD ||
                    sel->kind == SEL_METHOD_EXPR)) {
            emit_method_value(fs, n, r);
            return;
        }
        Loc l;
        loc_of(fs, n, &l);
        load_loc(fs, &l, r);
        reg_free_to(fs, base);
        return;
    }
    case N_STAR: {
        Loc l;
        loc_of(fs, n, &l);
        load_loc(fs, &l, r);
        reg_free_to(fs, base);
        return;
    }
    case N_CALL:
        emit_call_expr(fs, n, r);
        return;
    case N_TYPEASSERT:
        emit_assert(fs, n, r, false);
        return;
    default:
        emit_error(fs, n->pos, "unsupported expression");
        return;
    }
}

int expr_any(FuncState *fs, Node *n)
{
    while (n->kind == N_PAREN && !n->preg)
        n = n->paren.x;
    if (n->preg)
        return n->preg - 1;
    if (n->kind == N_CALL && n->mode != MODE_CONST && n->info &&
        ((CallInfo *)n->info)->kind != CALL_BUILTIN && ((CallInfo *)n->info)->kind != CALL_CONVERSION) {
        /* the result is already in a fresh register: the call's base */
        int base = fs->freereg;
        int r = emit_call(fs, n, 1);
        reg_free_to(fs, r + 1 > base ? r + 1 : base);
        return r;
    }
    if (n->mode != MODE_CONST && n->kind == N_IDENT && n->ident.sym &&
        n->ident.sym->kind == SYM_VAR) {
        Symbol *s = n->ident.sym;
        if (!s->global && (!fs->fi || s->owner == fs->fi) && !sym_boxed(s) && s->reg >= 0)
            return s->reg;
    }
    int r = reg_alloc(fs, 1);
    expr_to(fs, n, r);
    return r;
}

/* Stores [v] into [lhs] (a variable, field, element, dereference or map
 * entry). */
void store_to(FuncState *fs, Node *lhs, int v)
{
    while (lhs->kind == N_PAREN)
        lhs = lhs->paren.x;
    int base = fs->freereg;
    if (lhs->kind == N_IDENT) {
        Symbol *s = lhs->ident.sym;
        if (s && !(s->name[0] == '_' && s->name[1] == '\0'))
            write_var(fs, s, v);
        return;
    }
    if (lhs->kind == N_SELECTOR && lhs->info && ((Selection *)lhs->info)->kind == SEL_QUALIFIED) {
        write_var(fs, ((Selection *)lhs->info)->sym, v);
        return;
    }
    if (lhs->kind == N_INDEX) {
        Type *xt = U(lhs->index.x->type);
        if (xt->kind == K_MAP) {
            int rm = expr_any(fs, lhs->index.x);
            int rk = reg_alloc(fs, 1);
            expr_as(fs, lhs->index.index, xt->key, rk);
            emit_abc(fs, OP_MAPSET, rm, rk, v);
            reg_free_to(fs, base);
            return;
        }
        if (xt->kind == K_SLICE && !type_is_aggregate(lhs->type)) {
            int rs = expr_any(fs, lhs->index.x);
            int ri = expr_any(fs, lhs->index.index);
            emit_abc(fs, slice_store(lhs->type), rs, ri, v);
            reg_free_to(fs, base);
            return;
        }
    }
    Loc l;
    if (loc_of(fs, lhs, &l)) {
        store_loc(fs, &l, v);
        reg_free_to(fs, base);
        return;
    }
    emit_error(fs, lhs->pos, "cannot assign to this expression");
}
