/* ast.h: the syntax tree the grammar builds and the checker annotates.
 *
 * Expressions and types share one node space, as in Go's go/ast: the
 * grammar cannot always tell `T(x)` (a conversion) from `f(x)` (a call), so
 * the checker decides what a name denotes. Every node carries the position
 * Go reports errors at. Nodes are GC-allocated and never freed. */
#ifndef GOSH_AST_H
#define GOSH_AST_H

#include <stdint.h>
#include "lexer.h"

typedef struct Node Node;
struct Type;
struct Symbol;
struct FuncInfo;

/* A growable list of nodes. */
typedef struct NodeList {
    Node **items;
    int len;
    int cap;
} NodeList;

void list_push(NodeList *l, Node *n);

typedef enum NodeKind {
    /* expressions */
    N_BAD,
    N_IDENT,        /* name */
    N_BASICLIT,     /* INT FLOAT IMAG CHAR STRING literal */
    N_COMPOSITE,    /* T{elts} */
    N_FUNCLIT,      /* func(...) ... { body } */
    N_PAREN,        /* (x) */
    N_SELECTOR,     /* x.sel */
    N_INDEX,        /* x[index] */
    N_SLICE,        /* x[lo:hi:max] */
    N_TYPEASSERT,   /* x.(T), or x.(type) when type is NULL */
    N_CALL,         /* fun(args) */
    N_STAR,         /* *x: dereference or pointer type */
    N_UNARY,        /* op x */
    N_BINARY,       /* x op y */
    N_KEYVALUE,     /* key: value in a composite literal */
    /* types */
    N_ARRAYTYPE,    /* [len]elem; len NULL for a slice, N_ELLIPSIS for [...] */
    N_MAPTYPE,
    N_CHANTYPE,
    N_FUNCTYPE,
    N_STRUCTTYPE,
    N_INTERFACETYPE,
    N_ELLIPSIS,     /* ...T in a parameter list, or [...] */
    N_FIELD,        /* names type "tag" in params, results, struct fields */
    /* statements */
    N_DECLSTMT,
    N_EMPTY,
    N_LABELED,
    N_EXPRSTMT,
    N_SEND,
    N_INCDEC,
    N_ASSIGN,       /* lhs op rhs; op is T_ASSIGN, T_DEFINE or T_ADD_ASSIGN... */
    N_GO,
    N_DEFER,
    N_RETURN,
    N_BRANCH,       /* break continue goto fallthrough, with optional label */
    N_BLOCK,
    N_IF,
    N_CASE,         /* case clause of switch, type switch or select */
    N_SWITCH,
    N_TYPESWITCH,
    N_SELECT,
    N_FOR,
    N_RANGE,
    /* declarations */
    N_IMPORT,       /* one import spec */
    N_VALUESPEC,    /* one var or const spec */
    N_TYPESPEC,
    N_GENDECL,      /* var/const/type/import with its specs */
    N_FUNCDECL,
    N_FILE,
    N_KIND_COUNT
} NodeKind;

struct Node {
    uint8_t kind;
    /* Operator token (unary, binary, assign, incdec, branch, chan dir,
     * gendecl keyword). */
    int16_t op;
    Pos pos;
    /* Set by the checker on expressions: the expression's type, its mode
     * (compiler/check.h: constant, variable, value, type...), its constant
     * value, and for selectors, calls and a few others what they denote. */
    struct Type *type;
    uint8_t mode;
    /* The emitter's: the register + 1 holding this expression's value when
     * compiler/emit_order.c evaluated it ahead of the rest (0: none). */
    uint16_t preg;
    struct ConstVal *cval;
    void *info;
    union {
        struct { const char *name; struct Symbol *sym; } ident;
        struct { int tok; const char *text; int len; } lit;
        struct { Node *type; NodeList elts; Pos rbrace; } composite;
        struct { Node *type; Node *body; struct FuncInfo *info; } funclit;
        struct { Node *x; } paren;
        struct { Node *x; Node *sel; Pos dot; } selector;
        /* rest: the further indices of F[A, B], an instantiation */
        struct { Node *x; Node *index; Pos rbrack; NodeList rest; } index;
        struct { Node *x; Node *lo, *hi, *max; bool three; } slice;
        struct { Node *x; Node *type; } assert;
        struct { Node *fun; NodeList args; bool ellipsis; Pos rparen; } call;
        struct { Node *x; } star;
        struct { Node *x; } unary;
        struct { Node *x; Node *y; } binary;
        struct { Node *key; Node *value; } kv;
        struct { Node *len; Node *elem; } array;
        struct { Node *key; Node *value; } map;
        /* dir: 0 both, 1 send-only (chan<-), 2 receive-only (<-chan) */
        struct { int dir; Node *value; } chan;
        struct { NodeList params; NodeList results; } func;
        struct { NodeList fields; } strct;
        struct { NodeList methods; } iface;
        struct { Node *elem; } ellipsis;
        struct { NodeList names; Node *type; Node *tag; } field;

        struct { Node *decl; } declstmt;
        struct { Node *label; Node *stmt; } labeled;
        struct { Node *x; } exprstmt;
        struct { Node *chan; Node *value; } send;
        struct { Node *x; } incdec;
        struct { NodeList lhs; NodeList rhs; } assign;
        struct { Node *call; } gostmt;
        struct { NodeList results; struct FuncInfo *func; } ret;
        struct { Node *label; Node *target; } branch;
        struct { NodeList stmts; Pos rbrace; } block;
        struct { Node *init; Node *cond; Node *body; Node *els; } ifs;
        /* list: expressions (switch), types (type switch), or NULL for
         * default; comm: the send/receive statement of a select case */
        struct { NodeList list; bool is_default; Node *comm; NodeList body;
                 struct Symbol *sym; } clause;
        struct { Node *init; Node *tag; Node *body; Node *label; } sw;
        /* assign: `x := y.(type)` or `y.(type)` as an expression statement */
        struct { Node *init; Node *assign; Node *body; Node *label;
                 const char *bind; Pos bindpos; } tsw;
        struct { Node *body; Node *label; } sel;
        struct { Node *init; Node *cond; Node *post; Node *body;
                 Node *label; } fors;
        /* op: T_DEFINE, T_ASSIGN, or 0 for `for range x` */
        struct { Node *key; Node *value; Node *x; Node *body; Node *label;
                 Pos rangepos; int nvars; Node *extra; } range;

        struct { Node *name; Node *path; } import;
        struct { NodeList names; Node *type; NodeList values; int iota;
                 bool implicit; } vspec;
        /* tparams: N_FIELDs (names, constraint) of a generic type */
        struct { Node *name; Node *type; bool alias; NodeList tparams; } tspec;
        struct { NodeList specs; } gen;
        struct { Node *recv; Node *name; Node *type; Node *body;
                 struct FuncInfo *info; NodeList tparams; } funcdecl;
        /* items: declarations and, in a script, top-level statements */
        struct { Node *package; NodeList imports; NodeList items; } file;
    };
};

Node *ast_new(NodeKind kind, Pos pos);
Node *ast_ident(Pos pos, const char *text, int len);
/* Interns a name: equal names give the same pointer. */
const char *ast_intern(const char *s, int len);
const char *ast_kind_name(NodeKind k);
/* Prints the tree, for `gosh --dump-ast` and parser tests. */
void ast_dump(const Node *n, FILE *out);
/* Where a statement or expression begins (its first token). */
Pos ast_start(const Node *n);
/* Go's rendering of an expression in messages ("x + y", "f(a)"). */
void ast_expr_string(const Node *n, char *buf, size_t size);
/* A fresh copy of a syntax tree without the checker's annotations
 * (ast_clone.c): each instance of a generic declaration is checked on a
 * copy of its own. */
Node *ast_clone(const Node *n);

#endif
