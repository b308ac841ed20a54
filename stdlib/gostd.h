/* gostd.h: the standard packages (not <stdlib.h>). */
#ifndef GOSH_STDLIB_H
#define GOSH_STDLIB_H

#include <stdbool.h>

/* Registers every standard package with the VM; [argv] becomes os.Args. */
void stdlib_open_all(int argc, char **argv);
/* Package os stops touching the system: opening, creating, renaming and
 * removing files, and changing the environment, fail with EPERM; only
 * descriptors 0, 1 and 2 can be read, written or stat'ed, and closing
 * them is pretended. For running programs nobody has read (the fuzzer,
 * tests/fuzz/). */
void stdlib_sandbox(bool on);
/* gosh --sandbox: makes the program's fresh temporary folder (its
 * TMPDIR, removed at exit), the only place it may write, and keeps it
 * from starting processes, changing the environment and signalling
 * others (sandbox.c); false after a line on stderr. */
bool stdlib_sandbox_start(void);
/* A descriptor of gosh's own (gosh test -json's pipe, made before the
 * sandbox starts) that stdlib_sandbox_start leaves open. */
void stdlib_sandbox_keep_fd(int fd);
/* The native the REPL shows values with (show.c): as Go source writes
 * them ("42", []string{"a"}, 3 (float64)). */
struct Native;
const struct Native *stdlib_repl_show(void);

#endif
