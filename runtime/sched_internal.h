/* sched_internal.h: what the REPL session (session.c) and the scheduler
 * (sched.c) share. Private to runtime/. */
#ifndef GOSH_SCHED_INTERNAL_H
#define GOSH_SCHED_INTERNAL_H

#include "runtime.h"

/* sched.c */
/* Starts every M on a thread of its own (the REPL keeps the main one). */
void sched_start_background(void);
/* Ends the running goroutine from inside the interpreter (a fatal error
 * in a session): back to its M's loop, the goroutine dead. */
_Noreturn void sched_abort_goroutine(void);
/* Asks the M running [g], if any, to stop it at its next poll. */
bool sched_preempt(G *g);
/* Something that kept the program from being deadlocked is gone (a timer
 * finished firing, a blocking call returned): a sleeping M looks again. */
void sched_recheck(void);
/* SIGQUIT (signal.c): stops every M at its next safe point, waiting up to
 * [timeout_ns] for those running code, and prints every goroutine as Go
 * does ("goroutine N [running]:" for those that were running). The Ms
 * stay stopped: the caller ends the process. */
void sched_dump_for_signal(FILE *out, int64_t timeout_ns);

/* session.c */
/* Called when a goroutine ends. */
void session_goroutine_ended(G *g);
/* Called when nothing can ever run again; true when a session handled it
 * (the program goes on waiting for the REPL). */
bool session_deadlock(void);

#endif
