/* printer.h: the state of one fmt call, shared by format.c (printing
 * values) and printf.c (reading format strings). Private to stdlib/. */
#ifndef GOSH_PRINTER_H
#define GOSH_PRINTER_H

#include "print.h"
#include "vm.h"

/* Go's pp together with its fmt flags. */
typedef struct PP {
    G *g;
    StrBuf *b;
    bool plus, minus, sharp, space, zero;
    bool plusV, sharpV;
    bool wid_present, prec_present;
    int wid, prec;
    /* printing a bad verb's operand (its methods are not called) */
    bool erroring;
    /* printing the value a method panicked with */
    bool panicking;
    /* a method panicked while [panicking]: the panic propagates, so the
     * rest is not printed */
    bool aborted;
    /* Errorf: %w may take an error, which is kept in [wrapped] */
    bool wrap_errs;
    Value wrapped;
    /* an explicit argument index was used ("%[2]d") */
    bool reordered;
} PP;

void pp_init(PP *p, G *g, StrBuf *b);
/* Clears the flags, width and precision before the next verb. */
void pp_clear_flags(PP *p);
/* Prints one operand (an interface word) with [verb], as printArg does. */
void pp_print_arg(PP *p, const Iface *arg, int verb);
/* A type as reflect spells it (%T, %#v, %!v(T=...)). */
void pp_type_name(const Type *t, char *buf, int size);

#endif
