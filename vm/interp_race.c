/* interp_race.c: the dispatch loop of race mode (gosh --race).
 *
 * The same interp.c, compiled again with GOSH_RACE=1: vm_execute_race
 * tells the race detector (race/race.h) of every load and store a
 * script can race on, so the normal loop, vm_execute, carries no trace
 * of it. */
#define GOSH_RACE 1
#include "interp.c"
