/* vet.h: what gosh vet's checks share (vet.c walks the program and holds
 * the helpers; each vet_*.c file is one check or group of checks). Private
 * to compiler/. */
#ifndef GOSH_VET_H
#define GOSH_VET_H

#include <stddef.h>
#include "check.h"

/* go vet prints by analyzer, then by position: keep this alphabetical by
 * analyzer name (gosh's own checks sorted in with the rest) */
enum {
    C_ASSIGN, C_ATOMIC, C_CLOSERECV, C_CONDWAIT, C_COPYLOCKS, C_LOOPCLOSURE, C_LOSTCANCEL, C_PRINTF,
    C_SLEEPLOOP, C_UNREACHABLE, C_UNUSEDRESULT, C_WAITGROUP,
};

typedef struct Finding {
    int check;
    int seq;            /* the order it was found in */
    Pos pos;
    char *msg;
} Finding;

typedef struct Vet {
    Finding *f;
    int n, cap;
    int in_for;             /* for loops around the current function's code */
    int in_if;              /* if statements inside the innermost for */
    Node *go_lit;           /* the func literal a go statement starts */
    Node *method;           /* the method declaration being walked, for printf */
    bool imports_context;   /* lostcancel looks only when context is imported */
    Node *file;             /* the program, for checks that look further */
    struct Wrappers *wrappers; /* the program's Printf wrappers (vet_printf.c) */
} Vet;

void vet_report(Vet *v, int check, Pos pos, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void vet_expr_text(const Node *n, char *buf, size_t size);
/* go/types' spelling of [t]: command-line-arguments.T for the program's
 * own types, untyped constants as their default types */
void vet_type_string(const Type *t, char *buf, size_t size);
/* "fmt.Sprintf" for a call of a package's function, else NULL */
const char *vet_callee(const Node *call, char *buf, size_t size);
const Method *vet_method_named(const Type *t, const char *name);
/* Calls [fn] on each child of [n] that holds code. */
void vet_each_child(Node *n, void (*fn)(void *ctx, Node *c), void *ctx);
/* Whether [n] mentions the variable [sym] anywhere (func literals too). */
bool vet_mentions(Node *n, const Symbol *sym);

/* the checks that have a file of their own */
void vet_printf_call(Vet *v, Node *call);
/* Finds the program's functions that forward to a print function, so
 * that calls of them are checked too; vet_printf_done frees the list. */
void vet_printf_wrappers(Vet *v, Node *file);
void vet_printf_done(Vet *v);
void vet_unreachable(Vet *v, Node *body);
void vet_lostcancel(Vet *v, Node *func, Node *body, const FuncInfo *fi);
void vet_close_recv(Vet *v, Node *gocall);
void vet_sleep_loop(Vet *v, Node *loop);

#endif
