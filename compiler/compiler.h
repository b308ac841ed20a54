/* compiler.h: syntax tree to program. */
#ifndef GOSH_COMPILER_H
#define GOSH_COMPILER_H

#include "lexer.h"
#include "parser.h"
#include "vm.h"

/* Parses, checks and compiles the program in [src]. Returns NULL when
 * there were errors (in [diag]). */
Program *compile_program(const Source *src, Diag *diag);

/* A package of several files (multifile.c). multifile_package: the name
 * in [src]'s package clause, NULL when it has none. multifile_combine:
 * the files as one source of package main whose segments name the files,
 * each with its MultiFileOpt (or none). multifile_remap: the compiled
 * functions' files and lines, from the combined source's to the files'. */
typedef struct MultiFileOpt {
    bool hide_main;         /* rename its identifiers main (a test binary) */
    /* an external test file: the import path of the package under test,
     * dropped, and its name, whose selectors (name.X) become X */
    const char *strip_path, *strip_name;
} MultiFileOpt;
const char *multifile_package(const Source *src);
Source *multifile_combine(int n, const Source **files, const MultiFileOpt *opts);
void multifile_remap(Program *prog, const Source *src);

/* gosh vet: checks [src] and prints, as FILE:LINE:COL: message, the
 * concurrency mistakes, copied locks, printf mistakes, lost cancels and
 * unreachable code it finds (vet*.c). Returns how many findings (hints
 * are printed but not counted), or -1 when it does not compile (the
 * errors in [diag]). */
int vet_program(const Source *src, Diag *diag, FILE *out);
/* The same over a file the checker has already annotated (the REPL's
 * entry once its session has checked it): prints its findings under
 * [src]'s name and returns their number, hints not counted. */
int vet_checked(Node *file, const Source *src, FILE *out);

/* A REPL session: entries compiled one at a time against everything
 * declared before them (session.c). */
typedef struct Session Session;
Session *session_new(Diag *diag);
/* Compiles one entry; the returned function initialises any package it
 * loaded and runs the entry's statements, showing expression values, then
 * its func main if [run_main] (a loaded file). NULL after errors (in
 * [diag]); the session is then unchanged. */
Proto *session_compile(Session *s, const Source *src, Diag *diag, bool run_main);
/* :doc NAME: a standard package (its exported names) or one of its
 * names (its signature, and the comment above it in gosh's source); false
 * after a line on stderr when there is no such name. */
bool session_doc(Session *s, const char *name, FILE *out);
/* The native that shows an entry's expression values (fmt.Println's
 * until this is called). */
void session_set_show(Session *s, const Native *show);
/* The static type of the expression [src] (REPL :type), untyped for an
 * untyped expression; for a constant of an untyped type its value goes
 * into [cval] ("" otherwise). */
Type *session_type_of(Session *s, const Source *src, Diag *diag, char *cval, size_t size);
/* The function declared as [name] in the session, or NULL. */
const Proto *session_func(Session *s, const char *name);
/* Calls [fn] with each name in scope starting with [prefix], or with
 * "pkg.Member" for each member of pkg when [prefix] is "pkg.Mem". */
void session_names(Session *s, const char *prefix, void (*fn)(const char *name, void *arg),
                   void *arg);

/* Whether the standard packages are compiled to tell the runtime's event
 * stream what they do (gosh --trace): their constant goshEvents. Set
 * before compiling; a program compiled without it pays nothing. */
void compiler_set_events(bool on);
/* Whether the program's own statements tell the event stream where each
 * source line begins (gosh --trace-lines: an OP_LINE per statement). */
void compiler_set_line_events(bool on);

/* Writes docs/stdlib.md: every standard package's exported names and
 * their types (stdlib_doc.c). Returns the exit status. */
int stdlib_doc(FILE *out);

#endif
