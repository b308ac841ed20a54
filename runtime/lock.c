/* lock.c: a spin-then-futex lock (see lock.h). */
#include <linux/futex.h>
#include <stdbool.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "lock.h"

enum { FREE = 0, HELD = 1, SLEEPERS = 2, SPINS = 4, PAUSES = 30 };

static void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* Takes the lock if it is free, marking it [as]. */
static int try_take(RtLock *l, int32_t as)
{
    int32_t expected = FREE;
    return __atomic_load_n(&l->state, __ATOMIC_RELAXED) == FREE &&
           __atomic_compare_exchange_n(&l->state, &expected, as, false, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED);
}

void rt_lock(RtLock *l)
{
    int32_t was = __atomic_exchange_n(&l->state, HELD, __ATOMIC_ACQUIRE);
    if (was == FREE)
        return;
    /* Whoever takes the lock from here on must leave SLEEPERS in place if
     * it was there: a sleeper may still need waking. */
    int32_t as = was;
    for (;;) {
        for (int spin = 0; spin < SPINS; spin++) {
            if (try_take(l, as))
                return;
            for (int k = 0; k < PAUSES; k++)
                cpu_relax();
        }
        if (try_take(l, as))
            return;
        sched_yield();
        if (__atomic_exchange_n(&l->state, SLEEPERS, __ATOMIC_ACQUIRE) == FREE)
            return;
        as = SLEEPERS;
        syscall(SYS_futex, &l->state, FUTEX_WAIT_PRIVATE, SLEEPERS, NULL, NULL, 0);
    }
}

void rt_unlock(RtLock *l)
{
    if (__atomic_exchange_n(&l->state, FREE, __ATOMIC_RELEASE) == SLEEPERS)
        syscall(SYS_futex, &l->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void rt_unlock_lock(void *l)
{
    rt_unlock(l);
}
