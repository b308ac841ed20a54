/* race.h: the data-race detector (gosh --race; design §9).
 *
 * Happens-before with vector clocks and FastTrack's epochs (Flanagan and
 * Freund 2009). The VM's second dispatch loop (vm/interp_race.c, the
 * same interp.c compiled with GOSH_RACE=1) calls race_read and
 * race_write for every script-visible load and store; the edges between
 * goroutines come from the runtime's event stream (runtime/event.h).
 * A normal run never calls anything here. */
#ifndef GOSH_RACE_H
#define GOSH_RACE_H

#include <stdbool.h>
#include <stddef.h>
#include "runtime.h"

/* Attaches the detector to the event stream and the allocator and
 * installs the exit filter (`Found N data race(s)`, status 66). Call
 * before the program starts. */
bool race_enable(void);

/* A load or store of [size] bytes at [addr] by [g], at the instruction
 * its top frame has saved (fr->pc, just past it). Sub-word accesses
 * (size < 8) are tracked per byte address, words per aligned word. */
void race_read(G *g, const void *addr, size_t size);
void race_write(G *g, const void *addr, size_t size);
/* [n] bytes from [addr] in elements of [esize] bytes (copy, append,
 * block copies). */
void race_read_range(G *g, const void *addr, size_t n, size_t esize);
void race_write_range(G *g, const void *addr, size_t n, size_t esize);

/* The REPL runs its entries one after another, each in a goroutine
 * made outside any goroutine: with this on, the end of a goroutine made
 * outside happens before the start of the next one made outside (else
 * every entry would seem to race with the one before). */
void race_order_outside(void);

/* The number of distinct races reported so far. */
int race_count(void);

#endif
