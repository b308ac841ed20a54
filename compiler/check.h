/* check.h: the compiler's internal model, shared by the checker (check_*.c)
 * and the code generator (emit_*.c). Private to compiler/.
 *
 * The checker walks the syntax tree once, resolving names to Symbols and
 * annotating every expression with its type, mode and constant value, in
 * the manner of go/types. The emitter then walks the annotated tree and
 * produces typed register bytecode. */
#ifndef GOSH_CHECK_H
#define GOSH_CHECK_H

#include "ast.h"
#include "bigint.h"
#include "lexer.h"
#include "parser.h"
#include "vm.h"

/* What an expression denotes (go/types' operand modes). */
typedef enum Mode {
    MODE_INVALID,
    MODE_NOVALUE,    /* a call with no results */
    MODE_BUILTIN,    /* a built-in function name */
    MODE_TYPE,       /* a type */
    MODE_CONST,      /* a constant (node->cval) */
    MODE_VAR,        /* an addressable variable */
    MODE_MAPINDEX,   /* m[k]: assignable but not addressable */
    MODE_VALUE,      /* any other value */
    MODE_COMMAOK,    /* a value that may also yield a bool (v, ok := ...) */
} Mode;

/* Constant values: integer constants are exact (bigint.h, up to Go's 512
 * bits); floats are carried in long double, whose 64-bit mantissa makes
 * 0.1 + 0.2 round to 0.3 as Go's exact arithmetic does. */
typedef enum ConstKind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING, CV_COMPLEX } ConstKind;

typedef struct ConstVal {
    uint8_t kind;
    bool b;
    Big i;
    /* A float is f, and also num/den exactly (den > 0, lowest terms)
     * while exact holds: Go's constant arithmetic is exact, so 1e20 + 1 -
     * 1e20 is 1. Past BIG_LIMIT_BITS a float continues as f alone. */
    long double f;
    bool exact;
    Big num, den;
    const char *s;
    int64_t slen;
    /* A complex constant's parts, each an integer or float constant (as
     * go/constant keeps them, so 1 + 2i reads "(1 + 2i)"). */
    struct ConstVal *re, *im;
} ConstVal;

ConstVal *cv_bool(bool b);
ConstVal *cv_int(int64_t i);
ConstVal *cv_big(const Big *b);
/* The low 64 bits of an integer constant (or an integral float). */
int64_t cv_i64(const ConstVal *c);
/* Whether an integer constant lies in [lo, hi]. */
bool cv_in_range(const ConstVal *c, int64_t lo, int64_t hi);
ConstVal *cv_float(long double f);
/* A float literal's exact value (decimal or hex digits, an exponent). */
ConstVal *cv_float_literal(const char *text);
ConstVal *cv_string(const char *s, int64_t len);
/* Complex constants (const_complex.c). */
ConstVal *cv_complex(ConstVal *re, ConstVal *im);
/* An imaginary literal's value (its text without the i). */
ConstVal *cv_imag_literal(const char *text);
/* [c] (a numeric constant) as a complex constant. */
ConstVal *cv_to_complex(const ConstVal *c);
/* The real or imaginary part of a numeric constant. */
ConstVal *cv_real(const ConstVal *c);
ConstVal *cv_imag(const ConstVal *c);
/* [x op y] when either is complex (+ - * /); NULL with [err] set. */
ConstVal *cv_complex_binary(int op, const ConstVal *x, const ConstVal *y, const char **err);
/* cv_representable for complex: of [c] in complex type [u], or of complex
 * [c] in integer or float type [u]. */
int cv_complex_representable(const ConstVal *c, const Type *u, ConstVal **rounded);
Value cv_complex_value(const ConstVal *c, const Type *u);
/* Go's rendering of a constant in messages: 256, "abc", 2.5, true. */
void cv_string_of(const ConstVal *c, char *buf, size_t size);
/* Whether [c] (untyped) converts exactly to a value of type [t]: 0 if it
 * does, 1 if it would overflow, 2 if it would truncate a float. */
int cv_representable(const ConstVal *c, const Type *t, ConstVal **rounded);
ConstVal *cv_to_float(const ConstVal *c);
ConstVal *cv_to_int(const ConstVal *c); /* NULL when not integral */
bool cv_is_integral(const ConstVal *c);
int cv_sign(const ConstVal *c);
/* Folds [x op y]; NULL with [err] set when undefined (division by zero,
 * overflow). [integer] selects integer division. */
ConstVal *cv_binary(int op, const ConstVal *x, const ConstVal *y, bool integer,
                    const char **err);
ConstVal *cv_unary(int op, const ConstVal *x, const Type *t);
ConstVal *cv_shift(int op, const ConstVal *x, uint64_t count, const char **err);
bool cv_compare(int op, const ConstVal *x, const ConstVal *y);
/* The value's bits in a register of type [t]. */
Value cv_to_value(const ConstVal *c, const Type *t);
/* Truncates an integer constant to [t]'s width (typed arithmetic wraps
 * only at run time; typed constant arithmetic must be exact, so this is
 * used only for conversions of non-constants). */

typedef enum SymKind {
    SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL,
    SYM_LABEL,
} SymKind;

typedef enum Builtin {
    B_APPEND, B_CAP, B_CLEAR, B_CLOSE, B_COMPLEX, B_COPY, B_DELETE, B_IMAG,
    B_LEN, B_MAKE, B_MAX, B_MIN, B_NEW, B_PANIC, B_PRINT, B_PRINTLN, B_REAL,
    B_RECOVER, B_COUNT
} Builtin;

struct Package;
struct FuncInfo;

typedef struct Symbol {
    uint8_t kind;
    /* 0 unresolved, 1 being resolved (a cycle if met again), 2 resolved */
    uint8_t state;
    bool global;
    bool captured;     /* used by a nested function literal */
    bool mutated;      /* assigned after its declaration */
    bool addressed;    /* &x taken */
    bool used;
    bool is_param;
    bool broken;       /* a type found in an invalid cycle: it becomes invalid */
    const char *name;
    Pos pos;
    Type *type;
    struct Package *pkg;
    ConstVal *cval;
    int builtin;
    /* Package-level declaration, checked on first use. */
    Node *decl;
    int decl_index;
    Node *decl_value;       /* the initialiser expression, if any */
    /* A variable of func type whose value came from a function or literal:
     * that function, whose parameter names Go's messages show in the
     * variable's type (go/types keeps them in the Signature). */
    struct FuncInfo *sig_names;
    /* Locals: the declaring function; the emitter's register. */
    struct FuncInfo *owner;
    int reg;
    /* Globals: the variable's cell. */
    Value *cell;
    /* Functions. */
    struct FuncInfo *func;
    Native *native;
    /* Packages (SYM_PKG). */
    struct Package *imported;
    /* Package-level: the vars and funcs the initialiser refers to, for
     * Go's initialisation order. */
    struct Symbol **deps;
    int ndeps, depcap;
    bool init_done;
    /* A generic function or type (instantiate.c): never checked itself,
     * only its instances are. */
    struct Generic *generic;
} Symbol;

typedef enum ScopeKind {
    SCOPE_UNIVERSE, SCOPE_PACKAGE, SCOPE_FUNC, SCOPE_BLOCK,
    /* the names of dot imports, between the package and the universe */
    SCOPE_FILE,
} ScopeKind;

typedef struct Scope {
    struct Scope *parent;
    uint8_t kind;
    Symbol **syms;
    int n, cap;
    struct FuncInfo *func;
    /* SCOPE_FILE: the import each name came through (marked used when
     * the name is looked up) */
    Symbol **via;
} Scope;

/* One function: a declaration, a method or a literal. */
typedef struct FuncInfo {
    struct FuncInfo *parent;
    struct Package *pkg;
    const char *name;           /* Go's name: main.f, main.T.M, main.main.func1 */
    Node *node;
    Node *body;
    Type *sig;
    Symbol *recv;
    Symbol **params;
    int nparams;
    Symbol **results;
    int nresults;
    bool named_results;
    /* Captured variables of enclosing functions, in upvalue order. */
    Symbol **captures;
    int ncaptures, capcap;
    int nlits;
    bool has_defer;
    bool is_method;
    /* A standard package's function whose body is checked (and later
     * emitted) only once something refers to it: chk_use_func. */
    bool unchecked;
    bool used;              /* something refers to it */
    /* Dependencies for initialisation order. */
    Symbol *sym;
    Proto *proto;
    int line;
} FuncInfo;

typedef struct Package {
    const char *path;
    const char *name;
    Scope *scope;
    Node *file;
    const Source *src;
    bool strict;            /* has a package clause: plain Go rules */
    /* An entry at the REPL: imports may go unused. If it was typed at the
     * prompt (show), an expression statement with a value is shown (the
     * statement's mode is set to MODE_VALUE) instead of being an error. */
    bool repl;
    bool show;
    /* :type's entry: the shown expression keeps its untyped type */
    bool type_query;
    bool checked;
    bool checking;
    /* A standard package: its plain functions are checked on first use,
     * so a script pays only for what it calls. */
    bool lazy;
    bool emitted;
    /* A template package (generic.c): its functions are only collected;
     * each element type gets an instance, a package of its own. */
    bool generic;
    struct Instance *instances;
    /* Declared in source order. */
    Symbol **vars;
    int nvars, varcap;
    Symbol **inits;         /* init functions */
    int ninits, initcap;
    /* dot imports, judged for use at the end */
    Symbol **dots;
    int ndots, dotcap;
    FuncInfo **funcs;       /* every function, literals included */
    int nfuncs, funccap;
    Node **stmts;           /* script top-level statements */
    int nstmts;
    struct Package **imports;
    int nimports, importcap;
    FuncInfo *script;       /* the function holding top-level statements */
    Symbol *main;
    Proto *init_proto;
    /* Named struct types with promoted methods (they need wrappers). */
    Type **promoted;
    int npromoted, promotedcap;
    /* Methods of generic types, declared again for each instance. */
    Node **gmethods;
    int ngmethods, gmethodcap;
    /* Instances of generic types made before chk_methods declared the
     * methods they may promote; promoted there. */
    Type **gtypes;
    int ngtypes, gtypecap;
    bool methods_done;
    int nlits_init;
} Package;

/* A selector's meaning (node->info of an N_SELECTOR). */
typedef enum SelKind {
    SEL_QUALIFIED,      /* pkg.Name: see sym */
    SEL_FIELD,          /* x.f through [path] */
    SEL_METHOD,         /* x.M: a method value or call */
    SEL_IMETHOD,        /* x.M on an interface */
    SEL_METHOD_EXPR,    /* T.M */
} SelKind;

typedef struct Selection {
    uint8_t kind;
    uint8_t depth;      /* fields on the path (embedded fields first) */
    bool indirect;      /* the path goes through a pointer */
    bool addr_recv;     /* method needs &x as receiver */
    bool deref_recv;    /* method needs *x as receiver */
    int path[16];
    Symbol *sym;
    Method *method;
    int imethod;        /* index in the interface's method list */
    Type *recv_type;
} Selection;

/* A call's meaning (node->info of an N_CALL). */
typedef enum CallKind {
    CALL_FUNC, CALL_BUILTIN, CALL_CONVERSION, CALL_METHOD, CALL_IMETHOD,
} CallKind;

typedef struct CallInfo {
    uint8_t kind;
    uint8_t builtin;
    bool spread;        /* f(g()) where g returns several values */
    Type *conv;         /* conversion target */
} CallInfo;

typedef struct Compiler Compiler;

typedef struct Checker {
    Compiler *comp;
    Diag *diag;
    Package *pkg;
    FuncInfo *func;
    Scope *scope;
    /* Statement context. */
    int loops;
    int breakables;
    Node **labels;
    int nlabels, labelcap;
    Symbol **locals;        /* local variables, judged at the function's end */
    int nlocals, localcap;
    /* Where references to package-level symbols are recorded (the var or
     * func being checked), for initialisation order. */
    Symbol *dep_owner;
    int iota;               /* -1 outside constant declarations */
    int depth;
    /* The function expression of the call being checked: a template's
     * function may be used only there. */
    Node *callee;
} Checker;

struct Compiler {
    Diag *diag;
    Package **pkgs;
    int npkgs, pkgcap;
    Package *main;
    Scope *universe;
    /* The standard packages' universe: the universe and goshEvents. */
    Scope *std_universe;
    /* The REPL shows values with fmt.Println's native. */
    const struct Native *show;
    /* The declarations being resolved, outermost first (go/types objPath):
     * meeting one of them again is a cycle, made of the path from it. */
    Symbol **path;
    int npath, pathcap;
    /* How many pointer, slice, map, chan and func types enclose the type
     * being resolved, and that count when each path entry was pushed: a
     * cycle that passes through one of them is not a type containing
     * itself (go/types validType). */
    int indirections;
    int *path_ind;
    /* Checks that need a type's final layout (map keys comparable,
     * embedded pointers), made once type_complete_layouts finishes it. */
    struct LaterCheck *later;
    int nlater, latercap;
    /* Functions checked after their package was emitted (a REPL entry
     * that first calls strings.Fields): emitted with the next entry. */
    FuncInfo **late;
    int nlate, latecap;
    /* Instances of generic functions and methods whose bodies wait to be
     * checked (instantiate.c: gen_check_pending). */
    struct PendingBody *pending;
    /* The instance body being checked, whose instantiations nest one
     * deeper (a cycle such as F[T] calling F[[]T] is cut off there). */
    struct PendingBody *checking;
    /* Check every standard function, used or not (gosh --stdlib-doc, and
     * through it a test, so that no package hides an error). */
    bool eager;
};

/* ---- scope.c ---- */
Scope *scope_new(Scope *parent, ScopeKind kind);
Symbol *scope_lookup_local(Scope *s, const char *name);
Symbol *scope_lookup(Scope *s, const char *name);
void scope_insert(Scope *s, Symbol *sym);
/* Inserts dot-imported [sym] into file scope [s], through [import]. */
void scope_insert_via(Scope *s, Symbol *sym, Symbol *import);
Symbol *sym_new(SymKind kind, const char *name, Pos pos);
Scope *universe_new(void);

/* ---- package.c ---- */
Package *pkg_load(Compiler *c, const char *path, Pos at);
Package *pkg_lookup(Compiler *c, const char *path);
Package *pkg_new(Compiler *c, const char *path, Node *file, const Source *src);
/* Appends [p] to the packages in initialisation order. */
void pkg_add(Compiler *c, Package *p);
/* check_decl.c: declares a package's names without checking them. */
void pkg_collect(Compiler *comp, Package *p);
/* check_decl.c: a reference to function [s]: checks its body now if it
 * was left for its first use. */
void chk_use_func(Compiler *comp, Symbol *s);
/* generic.c: a call of a template package's function (slices.Sort):
 * infers E from the first argument, instantiates the package for it and
 * points the call at the instance's function. False after an error. */
bool chk_generic_call(Checker *c, Node *call);
/* ---- instantiate.c, check_generic.c: generics by instantiation ---- */
typedef struct GenericInst {
    Type **targs;
    Symbol *sym;            /* the instance: a function, or a named type */
    struct GenericInst *next;
} GenericInst;

typedef struct Generic {
    Node *decl;             /* N_FUNCDECL or N_TYPESPEC, as parsed */
    NodeList *tparams;      /* N_FIELDs: names and a constraint */
    int n;                  /* type parameters, over all groups */
    GenericInst *insts;
    bool cycle;             /* an instantiation cycle was reported */
    /* The body failed its generic check (check_tparam.c): reported once
     * there, so instances do not check it again. */
    bool bad_body;
} Generic;

/* Go's errors in a generic declaration's type parameters (duplicates, a
 * type parameter as the whole type); such a declaration gets no instances. */
void gen_check_decl(Checker *c, Symbol *s);
/* Whether method [fd] of a generic type names its receiver's type
 * parameters rightly (reported if not). */
bool gen_check_method(Checker *c, Package *p, Node *fd);
/* Marks [s], declared by [decl], as generic. */
void gen_declare(Symbol *s, Node *decl);
/* The [i]th type parameter's name node and constraint. */
Node *gen_tparam(const Generic *g, int i, Node **constraint);
/* "T any, U comparable", as Go shows a type parameter list. */
void gen_tparams_string(const Generic *g, char *buf, size_t size);
/* Whether a receiver type (s *Stack[T]) names a generic type. */
bool gen_is_generic_recv(Node *fd);
/* Renames the blank type parameters of receiver type [base] (a copy's
 * List[_]) so that they can be bound. */
void gen_name_blank_tparams(Node *base);
/* The instance of generic function or type [g] for [targs] (one per
 * type of g), made and cached on first use; NULL after an error, which
 * is reported at [at]. */
Symbol *gen_instance(Checker *c, Symbol *g, Type **targs, Pos at);
/* Checks the bodies of instances made so far. */
void gen_check_pending(Compiler *comp);
/* check_generic.c: whether [t] satisfies [constraint] (checked in the
 * instance's scope); on failure [why] holds Go's message. */
Type *gen_comparable_type(void);
bool gen_satisfies(Checker *c, Type *t, Node *constraint, char *why, size_t size);
/* The interface syntax constraint [n] names (NULL for a plain type). */
Node *gen_iface_syntax(Checker *c, Node *n);
/* ---- check_tparam.c: generic bodies checked against constraints ---- */
/* What a type parameter type allows: its constraint's type set. */
typedef struct TParam {
    Type *t;                /* the named type standing for the parameter */
    const char *cname;      /* the constraint as Go shows it: any, ~int|~string */
    Type **terms;           /* the type set's terms (none: only methods) */
    bool *tilde;
    int nterms;
    bool core;              /* the terms share one underlying type */
    bool comparable;        /* comparable is embedded */
} TParam;
/* The type parameter [t] stands for, or NULL for any other type. */
const TParam *gen_tparam_of(const Type *t);
/* Whether == is defined on every type in [tp]'s type set. */
bool gen_tparam_comparable(const TParam *tp);
/* Checks every generic function's and generic method's body once, with
 * its type parameters as types of their own. */
void gen_check_generic_bodies(Checker *c, Package *p);
/* Whether [t] is (or holds) a type parameter: instances over it only
 * give the generic check a type. */
bool gen_has_tparam(Type **targs, int n);
/* Whether [pred] holds for [t]'s underlying type, or for the underlying
 * type of every term of a type parameter (false with no terms). */
bool gen_all_terms(Type *t, bool (*pred)(const Type *));
/* Untyped [n] to type parameter [target]: representable in every term. */
bool gen_convert_untyped(Node *n, Type *target);
/* Go's assignability of [n] to type parameter [t]. */
bool gen_assignable(Node *n, Type *t);
/* Conversions where either side is a type parameter: term by term;
 * [why] names the pair that fails. */
bool gen_convertible(Type *from, Type *to, char *why, size_t size);
/* Whether every type in [tp]'s set can be indexed, giving one element
 * type (Go's rule for a type parameter without a core type). */
bool gen_indexable(const TParam *tp);
/* Checks conversion [n], T(x), where T or x's type is a type parameter. */
void gen_conversion(Checker *c, Node *n, Node *x, Type *t);
/* Whether generic method [fd]'s body failed its generic check. */
bool gen_bad_method(const Node *fd);
/* F[int] or Stack[int]: an index expression whose operand names a generic
 * function or type. True if [n] was one (handled, perhaps with an error). */
bool chk_generic_index(Checker *c, Node *n);
/* A call of a generic function, F(x) or F[int](x, y): infers the missing
 * type arguments from the arguments and points the call at the instance.
 * False after an error. */
bool chk_generic_callee(const Node *fun);
bool chk_infer_call(Checker *c, Node *call);
/* check_decl.c: declares method [fd] (of an instance of a generic type,
 * in the instance's scope); its FuncInfo is in fd->funcdecl.info. */
void chk_method_decl(Checker *c, Node *fd);
/* check_decl.c: gives instance [t] the methods of its embedded fields,
 * now or (before chk_methods) when the package's methods are known. */
void chk_promote_instance(Checker *c, Package *p, Type *t);
/* check_expr.c: records a reference to [s] as ident() does. */
void chk_record_ref(Checker *c, Symbol *s);

/* compile.c: a compiler with the universe and package runtime loaded. */
Compiler *compiler_new(Diag *diag);
void pkg_check(Compiler *c, Package *p);

/* ---- check_*.c ---- */
void chk_error(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An error with Go's follow-on line "\tFILE:L:C: other declaration of
 * [name]" pointing at [alt] (omitted when alt is unknown). */
void chk_error_alt(Checker *c, Pos pos, Pos alt, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* An error with a follow-on line "\tFILE:L:C: [note]" about position [at]
 * (Go's "previous case"). */
void chk_error_note(Checker *c, Pos pos, Pos at, const char *note, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
Pos start_pos(const Node *n);
/* "x (variable of type int)" and friends. */
/* The function whose parameter names value [v] of func type carries (a
 * literal, a function, or a variable holding one), or NULL. */
struct FuncInfo *chk_sig_names_of(const Node *v);
void chk_operand_string(const Node *n, char *buf, size_t size);
void chk_type_string(const Type *t, char *buf, size_t size);
/* Reports an array or struct type larger than gosh can lay out, now or
 * once its layout is known. */
void chk_check_size(Checker *c, Type *t, Pos pos);

Type *chk_type(Checker *c, Node *n);
/* chk_type for the type of a variable, field, parameter or element, where
 * a constraint interface may not stand. */
Type *chk_var_type(Checker *c, Node *n);
void chk_expr(Checker *c, Node *n);
void chk_expr_or_type(Checker *c, Node *n);
/* Checks [n] expecting exactly one value. */
void chk_single(Checker *c, Node *n);
/* The single-value checks of chk_single for an already checked [n]. */
void chk_single_value(Checker *c, Node *n);
/* Checks [n] and converts it for assignment to [t] in [context]. */
bool chk_assign_to(Checker *c, Node *n, Type *t, const char *context);
/* Gives an untyped expression its default (or a target) type. */
void chk_default(Checker *c, Node *n);
/* The type an untyped constant or value takes by default (int for an
 * untyped int, float64 ...); other types are returned as they are. */
Type *chk_default_type(Type *t);
void chk_default_in(Checker *c, Node *n, const char *context);
bool chk_convert_untyped(Checker *c, Node *n, Type *target);
/* Converts an untyped operand of a binary operation to [target],
 * reporting Go's "cannot convert" when it does not. */
bool chk_convert_operand(Checker *c, Node *x, Type *target);
/* Go's invalidConversion: "x truncated to T", "x overflows T", "cannot
 * convert x to T" for [code] 2, 1 and anything else. */
void chk_invalid_conversion(Checker *c, Node *n, int code, Type *target);
/* Checks an index: its constant value, -1 if it is valid but not
 * constant, -2 after an error. [length] bounds a constant when >= 0. */
int64_t chk_index_value(Checker *c, Node *i, int64_t length);
void chk_unary(Checker *c, Node *n);
/* Whether checked expression [n] holds a function call (not a conversion
 * or a constant builtin) or a channel receive (len of an array, range). */
bool chk_has_call_or_recv(Node *n);
void chk_binary(Checker *c, Node *n);
/* chk_binary on operands already checked (x op= y: x was checked as the
 * assignment's target, and must not be checked twice). */
void chk_binary_operands(Checker *c, Node *n);
/* Checks the comparison [x op y] (or of case value [x] against switch tag
 * [y]) and reports Go's error; true if it is valid. */
bool chk_comparison(Checker *c, Node *x, Node *y, int op, bool switch_case);
bool chk_assignable(Checker *c, Node *n, Type *t, char *reason, size_t rlen);
bool chk_identical(Type *a, Type *b);
bool chk_implements(Type *t, Type *iface, char *reason, size_t rlen);
bool chk_convertible(Type *from, Type *to);
void chk_call(Checker *c, Node *n);
/* Go's "(int, number, ...string)" summary of a type list in have/want
 * lines (go/types typesSummary). */
size_t chk_types_summary(Type **list, int n, bool variadic, char *buf, size_t size);
void chk_builtin(Checker *c, Node *n, int id);
void chk_selector(Checker *c, Node *n);
void chk_composite(Checker *c, Node *n, Type *hint);
void chk_funclit(Checker *c, Node *n);
void chk_func_body(Checker *c, FuncInfo *f);
void chk_stmt(Checker *c, Node *n);
/* ---- check_assign.c ---- */
/* Checks the left side of an assignment (not a use of a variable unless
 * [use]); returns its type, NULL for _, t_invalid after an error. */
Type *chk_lhs(Checker *c, Node *lhs, bool use);
void chk_short_var_decl(Checker *c, Node *n);
void chk_assign_stmt(Checker *c, Node *n);
void chk_op_assign(Checker *c, Node *n);
void chk_incdec(Checker *c, Node *n);
/* Assigns element [t] of multi-value [r] to a variable of type [to],
 * with Go's message ("cannot use g() (value of type int) as ..."). */
bool chk_assign_element(Checker *c, Node *r, Type *t, Type *to);
void chk_block(Checker *c, Node *block);
void chk_decl_stmt(Checker *c, Node *decl);
void chk_resolve(Checker *c, Symbol *s);
/* The declaration path (Compiler.path) as declarations start and end. */
void chk_path_push(Checker *c, Symbol *s);
void chk_path_pop(Checker *c);
/* What a use of a type needs of it while it may still be being declared:
 * a reference (behind a pointer), its layout (a field or element held by
 * value: it may wait, if the cycle passes through a pointer), or the
 * whole type now (an embedded interface's methods). */
typedef enum Need { NEED_REF, NEED_LAYOUT, NEED_WHOLE } Need;
/* Handles a reference to type [s] while it is being declared: returns
 * true for a valid cycle (through a defined type, and one whose [need]
 * can wait); otherwise reports Go's cycle error once. */
bool chk_type_cycle(Checker *c, Symbol *s, Need need);
/* Lays out the types that waited for a declaration to finish and makes
 * the checks that waited for their layout (check_type.c). */
void chk_settle_types(Checker *c);
/* Handles a reference to constant or variable [s] while it is being
 * declared: a cycle through a type is reported here. */
void chk_value_cycle(Checker *c, Symbol *s);
/* Reports initialization loops among package-level declarations. */
void chk_init_cycles(Checker *c, Package *p);
void chk_const_spec(Checker *c, Node *spec, Scope *into, bool global);
void chk_type_spec(Checker *c, Node *spec, Scope *into, bool global);
void chk_var_spec(Checker *c, Node *spec, Scope *into, bool global);
Symbol *chk_declare(Checker *c, Scope *s, SymKind kind, Node *ident, Type *t);
void chk_use(Checker *c, Symbol *s);
void chk_record_capture(Checker *c, Symbol *s);
bool chk_terminates(Node *stmt);
/* Judges the gotos and labels of the function just checked, whose body
 * is [stmts] (a block starting at [start]); resolves each goto's target
 * (check_goto.c). */
void chk_end_labels(Checker *c, Node **stmts, int n, Pos start);
/* Reports the function's unused local variables. */
void chk_end_unused(Checker *c);
bool unused_is_error(const Checker *c);
FuncInfo *chk_new_func(Checker *c, Node *node, const char *name);
Type *chk_signature(Checker *c, Node *functype, FuncInfo *f, Symbol *recv);
void chk_methods(Checker *c, Package *p);
/* The type of a call with several results as a tuple. */
Type *chk_tuple_of(Type *sig);

/* ---- emit ---- */
void emit_package(Compiler *c, Package *p);
/* The program's first function: initialises packages [first_pkg..] in
 * order, runs the script's statements, then main (if [run_main]). */
Proto *emit_entry(Compiler *c, int first_pkg, bool run_main);

/* One exported name of a standard package as docs/stdlib.md lists it
 * (without the Markdown): "ToUpper(s string) string" (stdlib_doc.c). */
void stdlib_doc_symbol(const Package *p, const Symbol *sym, FILE *out);

#endif
