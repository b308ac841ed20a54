/* gostd.h: the standard packages (not <stdlib.h>). */
#ifndef GOSH_STDLIB_H
#define GOSH_STDLIB_H

/* Registers every standard package with the VM; [argv] becomes os.Args. */
void stdlib_open_all(int argc, char **argv);

#endif
