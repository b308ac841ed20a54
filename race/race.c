/* race.c: turning the detector on (race.h). */
#include "internal.h"

bool race_enable(void)
{
    race_clock_init();
    race_sync_init();
    if (!race_shadow_init() || !rt_events_attach_untimed(race_consume, NULL))
        return false;
    rt_alloc_hook = race_alloc_hook;
    rt_alloc_update();
    rt_exit_filter = race_exit_filter;
    return true;
}
