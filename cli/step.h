/* step.h: gosh step (cli/step.c). */
#ifndef GOSH_STEP_H
#define GOSH_STEP_H

/* Runs `gosh step [flags] FILE [args...]` ([argv][0] is "step"); returns
 * the exit status. */
int step_main(int argc, char **argv);

#endif
