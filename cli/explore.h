/* explore.h: `gosh explore` (explore.c). */
#ifndef GOSH_EXPLORE_H
#define GOSH_EXPLORE_H

/* [argv][0] is "explore"; returns the exit status: 0 no failure found,
 * 1 a failure (its schedule written), 2 bad usage. */
int explore_main(int argc, char **argv);

#endif
