/* gosh.h: the one facade over every folder, used by main and the REPL. */
#ifndef GOSH_GOSH_H
#define GOSH_GOSH_H

#include <stdbool.h>
#include <stdio.h>

typedef struct GoshOptions {
    int procs;          /* 0: the number of CPUs */
    long long seed;
    bool seeded;
    bool dump_ast;
} GoshOptions;

/* Sets up the garbage collector, runtime and standard library; [argv] is
 * what os.Args will hold (the script's path first). */
void gosh_init(int argc, char **argv, const GoshOptions *opts);
/* Compiles and runs a file (or source text named [name]); returns the
 * process exit status: 0, 1 for compile errors, 2 for panics, or what
 * os.Exit asked for. */
int gosh_run_file(const char *path);
int gosh_run_source(const char *name, const char *text, size_t len);
/* Prints the bytecode of every function of the program in [path]. */
int gosh_disasm(const char *path, FILE *out);
int gosh_dump_ast(const char *path, FILE *out);

#endif
