/* timer_internal.h: what the scheduler needs from the timers. Private to
 * runtime/. */
#ifndef GOSH_TIMER_INTERNAL_H
#define GOSH_TIMER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

void timers_init(bool virtual_time);
bool timers_pending(void);
bool timers_due(int64_t now);
void timers_run(int64_t now);
int64_t timers_next_deadline(void);
/* Deterministic mode: moves the virtual clock to the next deadline and
 * runs what is due; false when no timer is pending. */
bool timers_advance_virtual(void);
/* Deterministic mode: running code takes time too; moves the virtual
 * clock on by [ns] and runs what is due. */
void timers_pass_virtual(int64_t ns);

#endif
