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
/* The index of the calling thread's M, or -1 (event.c). */
int sched_current_m(void);
/* rt_nanotime for an event: under --seed, with the part of the running
 * slice already run (virtual time itself moves only between slices). */
int64_t sched_event_time(void);
/* Something that kept the program from being deadlocked is gone (a timer
 * finished firing, a blocking call returned): a sleeping M looks again. */
void sched_recheck(void);
/* SIGQUIT (signal.c): stops every M at its next safe point, waiting up to
 * [timeout_ns] for those running code, and prints every goroutine as Go
 * does ("goroutine N [running]:" for those that were running). The Ms
 * stay stopped: the caller ends the process. */
void sched_dump_for_signal(FILE *out, int64_t timeout_ns);
/* The two halves of it: stop every M, then print the goroutines. */
void sched_stop_for_signal(int64_t timeout_ns);
void sched_dump_stopped(FILE *out);
/* The program is about to be stopped (sched_stop_for_signal): no M
 * starts another goroutine, and every M leaves its goroutine at its next
 * poll point. */
void sched_stop_soon(void);

/* signal.c: ends the program as a SIGQUIT does, [msg] (kept) its first
 * line on stderr, exit status 2 (a grading limit was passed). */
void signal_end_program(const char *msg);

/* limits.c, for the scheduler and output.c */
/* --max-steps is on: the scheduler counts every slice's steps. */
bool limit_counts_steps(void);
/* How long an ordinary slice may be, in steps, with [nprocs] Ms. */
int64_t limit_slice_steps(int nprocs);
void limit_add_steps(int64_t n);
/* A goroutine was made; [live] are alive now. */
void limit_goroutine_made(int64_t live);
/* Of [n] bytes about to be written to stdout or stderr, how many the
 * output limit lets through (under the output lock). */
size_t limit_output(size_t n);

/* leaks.c: a goroutine waits where only another goroutine can wake it
 * (a channel, a select, a sync object; not a sleep or I/O) */
bool rt_blocked_forever(const G *g);
/* waitfor.c: after a goroutine dump, why the blocked goroutines wait
 * (the wait-for graph), for a deadlock or for leaks at exit */
void rt_explain_waits(FILE *out, bool deadlock);

/* sema.c: takes [g] off the list it waits in; false when a waker
 * took it first (kill.c) */
bool sema_withdraw(G *g);

/* session.c */
/* Called when a goroutine ends. */
void session_goroutine_ended(G *g);
/* Called when nothing can ever run again; true when a session handled it
 * (the program goes on waiting for the REPL). */
bool session_deadlock(void);

/* ---- in-process runs (program.c) ---- */

/* sched.c: runs [main_g] and what it starts on this thread as the only M
 * until the program ends (program_unwind jumps out). */
_Noreturn void sched_run_program(G *main_g);
/* sched.c: forgets every goroutine and queue; the Ms and Ps stay. Only
 * with no other thread running goroutines (after an in-process run). */
void sched_reset(void);
/* sched.c: the scheduler is running (a program, or a REPL session). */
bool sched_running(void);
/* timer.c, sema.c: empty the timer heap and the wait queues. */
void timers_reset(void);
void sema_reset(void);
/* g.c: [g] becomes goroutine 1 and the next one made is 2. */
void g_number_main(G *g);

/* program.c */
/* Records how the program is ending (the first reason recorded wins). */
void program_note_end(RtEnd end);
/* From rt_exit: in an in-process run on this thread, back to
 * rt_run_program with [status]; otherwise returns. */
void program_unwind(int status);
/* The scheduler counts steps at the end of each slice; the check may end
 * the program (step budget exceeded). */
void program_add_steps(int64_t n);
void program_check_steps(void);
/* Steps left before the budget runs out (INT64_MAX without one). */
int64_t program_steps_left(void);
/* gc.c charges every allocation while an in-process run counts them. */
extern bool rt_alloc_counting;
/* Recomputes rt_alloc_slow after rt_alloc_counting or rt_alloc_hook changed. */
void rt_alloc_update(void);
void program_charge(size_t size);

#endif
