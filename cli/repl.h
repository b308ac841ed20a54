/* repl.h: the interactive prompt (repl.c). */
#ifndef GOSH_REPL_H
#define GOSH_REPL_H

/* Runs the REPL on the terminal until :quit or Ctrl-D; the exit status. */
int repl_run(void);

#endif
