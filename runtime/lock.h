/* lock.h: the runtime's own lock, for data held a few instructions at a
 * time (channels, semaphore buckets). Private to runtime/.
 *
 * A contended pthread mutex puts the waiter to sleep in the kernel at once;
 * between two threads trading a channel back and forth that turns every
 * operation into a pair of system calls. This lock spins briefly first
 * (as Go's runtime lock does), and only then sleeps on a futex. */
#ifndef GOSH_LOCK_H
#define GOSH_LOCK_H

#include <stdint.h>

typedef struct RtLock {
    int32_t state; /* 0 free, 1 held, 2 held and someone may sleep on it */
} RtLock;

void rt_lock(RtLock *l);
void rt_unlock(RtLock *l);
/* rt_unlock for rt_park's unlock callback. */
void rt_unlock_lock(void *l);

#endif
