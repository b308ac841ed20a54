/* emit.h: the code generator's shared state. Private to compiler/. */
#ifndef GOSH_EMIT_H
#define GOSH_EMIT_H

#include "check.h"

/* A list of JMP instructions waiting for their target. */
typedef struct JumpList {
    int *at;
    int n, cap;
} JumpList;

/* A statement that break/continue may leave (for, range, switch,
 * select). */
typedef struct Breakable {
    Node *stmt;
    JumpList breaks;
    JumpList continues;
    struct Breakable *outer;
} Breakable;

/* A label of the function being emitted: where its statement starts
 * (-1 until emitted) and the forward gotos waiting for it. */
typedef struct LabelPc {
    Node *label;
    int pc;
    JumpList gotos;
} LabelPc;

typedef struct FuncState {
    struct FuncState *parent;
    Compiler *comp;
    FuncInfo *fi;
    Proto *proto;
    Instr *code;
    int32_t *lines;
    int ncode, capcode;
    Value *k;
    uint8_t *ktags;
    const char **knames;
    int nk, capk;
    int freereg;
    int maxregs;
    int line;
    int line_event;     /* the line the last OP_LINE said (--trace-lines) */
    Breakable *breakables;
    LabelPc *labels;
    int nlabels, caplabels;
    /* Registers of named results (consecutive), or -1. */
    int results_reg;
    /* In a function with defer, returns jump to one epilogue that runs
     * the deferred calls and then returns the result variables. */
    JumpList epilogue;
    /* In a select case's body: the case's receive already happened; its
     * value and ok are in select_val and select_val + 1. */
    Node *select_recv;
    int select_val;
    /* Go's order of evaluation (emit_order.c): inside an expression being
     * emitted, and the nodes evaluated ahead into registers. */
    bool ordering;
    Node **ordered;
    int nordered, orderedcap;
} FuncState;

enum { NO_REG = -1 };

/* ---- emit.c ---- */
int emit(FuncState *fs, Instr i);
int emit_abc(FuncState *fs, OpCode op, int a, int b, int c);
int emit_abx(FuncState *fs, OpCode op, int a, int bx);
void emit_x(FuncState *fs, uint32_t x);
int emit_jump(FuncState *fs);
void patch_here(FuncState *fs, int at);
void patch_to(FuncState *fs, int at, int target);
void jl_add(JumpList *l, int at);
void jl_patch_here(FuncState *fs, JumpList *l);
void jl_patch_to(FuncState *fs, JumpList *l, int target);
int here(const FuncState *fs);
int reg_alloc(FuncState *fs, int n);
void reg_free_to(FuncState *fs, int r);
int k_int(FuncState *fs, int64_t v);
int k_float(FuncState *fs, double v);
int k_string(FuncState *fs, String *s);
int k_complex(FuncState *fs, Cplx *c);
int k_type(FuncState *fs, const Type *t);
int k_global(FuncState *fs, Symbol *s);
int k_func(FuncState *fs, Closure *cl, const char *name);
int k_native(FuncState *fs, const Native *n);
int k_proto(FuncState *fs, Proto *p);
/* An interned method name (interface calls). */
int k_name(FuncState *fs, const char *name);
void set_line(FuncState *fs, Pos pos);
void emit_error(FuncState *fs, Pos pos, const char *msg);
void emit_function(Compiler *c, FuncInfo *fi, FuncState *parent);

/* ---- symbols' storage ---- */
bool sym_boxed(const Symbol *s);
void emit_finish(FuncState *fs);
/* Go's order of evaluation for the expression [n] about to be emitted:
 * evaluates its calls and the like ahead where the order matters
 * (emit_order.c); order_end forgets them once [n] is emitted. */
int order_begin(FuncState *fs, Node *n);
void order_end(FuncState *fs, int mark);
void order_note(FuncState *fs, Node *n);
/* One entry of a map literal, ordered by itself (Go stores them one by
 * one); the end restores the enclosing ordering. */
int order_entry(FuncState *fs, Node *kv);
/* An assignment as Go's order.go orders a statement: the calls (and the
 * other points) of the targets' operands and of the values, left to
 * right, before the rest, so a call on the right runs before an index on
 * the left can panic. [rhs_points]: a value may itself be evaluated ahead
 * (not a multi-value call); [lhs_read]: x op= y reads its target.
 * order_end ends it. */
/* Evaluates only [n]'s ordering points (its calls, receives and the
 * like), for their effects: what Go's compiler does with an array ranged
 * over for its indexes alone. */
void order_points_only(FuncState *fs, Node *n);
int order_begin_assign(FuncState *fs, Node **lhs, int nl, Node **rhs, int nr, bool rhs_points,
                       bool lhs_read);
void order_entry_end(FuncState *fs, int mark);
OpCode mem_load_op(const Type *t);
void emit_new_cell(FuncState *fs, int r, const Type *t);
void emit_set_global(FuncState *fs, Symbol *s, int v);
bool type_is_aggregate(const Type *t);

/* ---- emit_expr.c ---- */
/* Evaluates [n] and returns a register holding its value (a variable's
 * own register when it can). */
int expr_any(FuncState *fs, Node *n);
/* Evaluates [n] into register [r]. */
void expr_to(FuncState *fs, Node *n, int r);
/* Evaluates [n] converted to type [t] (boxing into interfaces) into [r]. */
void expr_as(FuncState *fs, Node *n, Type *t, int r);
/* Emits a conditional jump taken when [n] == [when]; falls through
 * otherwise. */
void cond_jump(FuncState *fs, Node *n, bool when, JumpList *out);
/* Converts the value in [r] of type [from] to [to] in place (boxing). */
void convert_reg(FuncState *fs, int r, Type *from, Type *to);
/* Emits a call; results land from the returned register on. */
int emit_call(FuncState *fs, Node *n, int want);
void load_zero(FuncState *fs, Type *t, int r);
/* Stores register [v] (of the target's type) into the variable or
 * location denoted by [lhs]. */
void store_to(FuncState *fs, Node *lhs, int v);
void copy_if_shared(FuncState *fs, Node *n, Type *t, int r);

/* ---- emit_stmt.c ---- */
void emit_stmt(FuncState *fs, Node *n);
void emit_block_stmts(FuncState *fs, NodeList *stmts);
void declare_local(FuncState *fs, Symbol *s, int reg);
Breakable *push_breakable(FuncState *fs, Node *stmt);
/* Patches the breaks to here and the continues to [continue_target] (if
 * not negative). */
void pop_breakable(FuncState *fs, Breakable *b, int continue_target);

/* Packs registers [from..from+n) (already of type elem) into a slice. */
void pack_regs(FuncState *fs, int from, int n, Type *elem, int r);

/* ---- session.c ---- */
/* Prints the value(s) of [x] as fmt.Println would (a REPL entry). */
void emit_show(FuncState *fs, Node *x);

/* ---- emit_conc.c ---- */
void emit_select(FuncState *fs, Node *n);
void emit_send(FuncState *fs, Node *n);
/* <-ch into [r] (and ok into r+1). */
void emit_recv(FuncState *fs, Node *n, int r, bool with_ok);

/* gosh --trace-lines (compile.c) */
extern bool emit_line_events;

#endif
