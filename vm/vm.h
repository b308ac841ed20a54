/* vm.h: the bytecode virtual machine's public interface. */
#ifndef GOSH_VM_H
#define GOSH_VM_H

#include <stdio.h>
#include "object.h"
#include "lexer.h"
#include "opcodes.h"
#include "runtime.h"
#include "type.h"

/* A compiled program: [entry] runs package initialisation, the script's
 * top-level statements and main. */
typedef struct Program {
    Proto *entry;
    Proto **funcs;      /* every function, for `gosh disasm` */
    int nfuncs;
    const char *file;
} Program;

void vm_init(void);
/* Runs [prog] on the main goroutine; returns the process exit status. */
int vm_run(Program *prog);
/* Race mode: goroutines run the instrumented loop, whose loads and
 * stores tell the race detector (gosh --race). */
void vm_set_race(bool on);
/* Deterministic mode's access points: goroutines run the instrumented
 * loop, where every load and store of memory goroutines can share is a
 * point where the strategy may switch (rt_switch_point). Set before the
 * program starts. */
void vm_set_access_points(bool on);
/* Runs [prog] in-process and returns to the caller when it ends
 * (rt_run_program: deterministic mode, optional step and allocation
 * budgets); the same Program may be run again. Returns its exit status,
 * or -1 when the scheduler is busy with another program. */
int vm_run_program(Program *prog, const RtRunOptions *opts, RtRunResult *result);
/* Calls [cl] from C with [args] (nargs words), re-entering the
 * interpreter; results are written to [results]. Returns false when the
 * call panicked and the panic was not recovered inside it. */
bool vm_call(G *g, Closure *cl, const Value *args, int nargs, Value *results,
             int nresults);
/* vm_call that recovers: a panic the callee does not recover itself stops
 * there, as if a deferred recover() around the call had caught it. Returns
 * false with the panic value (an interface word) in [*panic_value]; [g]
 * goes on as if the call had returned. fmt uses this to report a String
 * method that panics. */
bool vm_call_recover(G *g, Closure *cl, const Value *args, int nargs, Value *results,
                     int nresults, Value *panic_value);

/* Prints [p]'s instructions; with [src], each source line is shown above
 * the instructions compiled from it. */
void vm_disasm(const Proto *p, const Source *src, FILE *out);
/* The source line of the instruction at [pc] in [p]. */
int vm_line_of(const Proto *p, const Instr *pc);
/* The instruction frame [f] of [g] is in: the one before its saved pc (a
 * call saves the pc past itself), or, while a return runs its deferred
 * calls, the RET or RUNDEFERS the pc rests on, whose line is the
 * return's (Go reports a deferred call's caller at the return). */
const Instr *vm_frame_site(const G *g, int32_t f);
/* [g]'s stack as Go's traceback prints it, but a function literal named
 * by where it was written ("func literal at <entry 3>:2"), for the
 * REPL's :goroutines (stack_named.c). */
void vm_traceback_named(G *g, FILE *out);

/* Raises a panic with value [v] (an interface word) in [g]; natives call
 * this and return. */
void vm_panic_value(G *g, Value v);
/* Raises a runtime error ("runtime error: " + formatted message). */
void vm_panic_runtime(G *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Raises a plain panic string (no "runtime error: " prefix), for
 * "assignment to entry in nil map". */
void vm_panic_plain(G *g, const char *msg);
bool vm_panicking(const G *g);
/* runtime.Goexit: runs [g]'s deferred calls, then ends it. */
void vm_goexit(G *g);
/* Go's "fatal error: [msg]" with the goroutine's stack; exit status 2. */
_Noreturn void vm_fatal_trace(G *g, const char *msg);

/* A goroutine that will run [fn]() once started (rt_go). */
G *vm_new_goroutine(Closure *fn);
/* Starts a goroutine running [fn](args...); [created_by] (may be NULL)
 * and [created_pc] name the go statement in tracebacks. */
void vm_go(Closure *fn, const Value *args, int nargs, Closure *created_by,
           const Instr *created_pc);

/* Interfaces: the method an interface call reaches (with the receiver
 * word the method expects), and the dynamic implements check. Method
 * names are interned (intern_name). NULL for a value method reached
 * through a nil pointer. */
Closure *vm_find_dispatch(const Iface *it, const char *name, Value *recv);
bool vm_implements(const Type *t, const Type *iface);
const char *vm_missing_method(const Type *t, const Type *iface);
/* print/println of boxed arguments. */
void vm_print_args(const Value *args, int n, bool newline);

/* The types of run-time panic values, declared in package runtime's Go
 * source; the compiler hands them over once it has checked that package. */
void vm_set_error_types(Type *error_string, Type *plain_error, Type *bounds_error,
                        Type *assertion_error);
/* Raises an index or slice bounds error (runtime.boundsError). */
void vm_panic_bounds(G *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Raises a failed type assertion (*runtime.TypeAssertionError). */
void vm_panic_assertion(G *g, const char *msg);

/* The standard library registry: each package gives its Go source (the
 * declarations, and functions written in Go) and its natives, which bind
 * to the body-less functions of the source by name. stdlib/ fills it. */
typedef struct PackageDef {
    const char *path;
    const char *source;
    const Native *natives;
    int nnatives;
    /* The source is a template over an element type E, checked once per
     * E a program uses (package slices: compiler/generic.c). */
    bool generic;
} PackageDef;

void vm_register_package(const PackageDef *def);
const PackageDef *vm_find_package(const char *path);
/* The package whose path ends in [name] ("rand" finds "math/rand"). */
const PackageDef *vm_find_package_named(const char *name);
/* A native the program's entry calls before the user's package
 * initialises: rt_program_starts. */
extern const Native vm_program_starts;
const Native *vm_find_native(const PackageDef *def, const char *name);
void vm_each_package(void (*fn)(const char *path, void *arg), void *arg);

#endif
