/* signal.c: the natives of os/signal over the runtime's signal pipe
 * (runtime/signal.c). */
#include "natives.h"
#include "runtime.h"

/* enable(sig, how int) bool */
NATIVE(sig_enable)
{
    (void)g;
    int how = args[1].i == 0 ? RT_SIG_NOTIFY : args[1].i == 1 ? RT_SIG_IGNORE : RT_SIG_RESET;
    args[0].u = rt_signal_notify((int)args[0].i, how);
}

typedef struct RecvJob {
    Value *args;
} RecvJob;

static void recv_job(void *arg)
{
    RecvJob *j = arg;
    j->args[0].i = rt_signal_recv();
}

/* recv() int: blocks (on an I/O thread) until a signal comes */
NATIVE(sig_recv)
{
    RecvJob *j = rt_alloc(sizeof *j);
    j->args = args;
    rt_blocking_call(g, recv_job, j);
}

/* seeded() bool */
NATIVE(sig_seeded)
{
    (void)g;
    args[0].u = rt_seeded();
}

static const Native natives[] = {
    {"os/signal", "enable", NULL, sig_enable, NULL},
    {"os/signal", "recv", NULL, sig_recv, NULL},
    {"os/signal", "seeded", NULL, sig_seeded, NULL},
};

static const PackageDef def = {"os/signal", stdlib_src_signal, natives, 3, false};

void register_signal(void)
{
    vm_register_package(&def);
}
