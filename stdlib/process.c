/* process.c: os's processes and pipes (os.StartProcess, Process.Wait,
 * os.Pipe), which os/exec is built on. A child is started with
 * posix_spawn (the three descriptors it gets dup'ed into 0-2, its folder
 * changed); waiting is a blocking call on an I/O thread, so the program's
 * other goroutines run while a child does. */

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "natives.h"
#include "runtime.h"

extern char **environ;

static char *c_string(const String *s)
{
    int64_t n = str_len(s);
    char *c = rt_alloc_atomic((size_t)n + 1);
    memcpy(c, str_data(s), (size_t)n);
    c[n] = '\0';
    return c;
}

/* A []string as a NULL-terminated array of C strings. */
static char **c_strings(const Slice *s)
{
    int64_t n = s ? s->len : 0;
    char **v = rt_alloc(sizeof *v * (size_t)(n + 1));
    for (int64_t i = 0; i < n; i++)
        v[i] = c_string(((String **)s->data)[i]);
    v[n] = NULL;
    return v;
}

/* sysPipe() (r, w, errno int) */
void os_sys_pipe(G *g, Value *args)
{
    (void)g;
    int fds[2];
    if (stdlib_is_sandboxed()) {
        args[0].i = args[1].i = -1;
        args[2].i = EPERM;
        return;
    }
    if (pipe2(fds, O_CLOEXEC) != 0) {
        args[0].i = args[1].i = -1;
        args[2].i = errno;
        return;
    }
    args[0].i = fds[0];
    args[1].i = fds[1];
    args[2].i = 0;
}

/* sysSpawn(path string, argv, env []string, useEnv bool, dir string,
 * stdin, stdout, stderr int) (pid, errno int) */
void os_sys_spawn(G *g, Value *args)
{
    (void)g;
    if (stdlib_is_sandboxed() || sandbox_active()) {
        args[0].i = -1;
        args[1].i = EPERM;
        return;
    }
    char *path = c_string(ARG_STR(0));
    char **argv = c_strings(args[1].p);
    char **envp = args[3].u ? c_strings(args[2].p) : environ;
    String *dir = ARG_STR(4);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    for (int i = 0; i < 3; i++) {
        int fd = (int)args[5 + i].i;
        if (fd >= 0)
            posix_spawn_file_actions_adddup2(&fa, fd, i);
    }
    if (str_len(dir) > 0)
        posix_spawn_file_actions_addchdir_np(&fa, c_string(dir));
    rt_flush_stdout(); /* the child's output comes after ours */
    /* the child starts with the signal mask gosh started with, not the
     * Ms' (which leave signals to gosh's signal thread) */
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setsigmask(&attr, rt_signals_start_mask());
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
    pid_t pid;
    int err = posix_spawn(&pid, path, &fa, &attr, argv, envp);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    args[0].i = err ? -1 : pid;
    args[1].i = err;
}

typedef struct WaitJob {
    pid_t pid;
    Value *args;
} WaitJob;

static void wait_job(void *arg)
{
    WaitJob *j = arg;
    int status = 0;
    pid_t r;
    do
        r = waitpid(j->pid, &status, 0);
    while (r < 0 && errno == EINTR);
    j->args[0].i = status;
    j->args[1].i = r < 0 ? errno : 0;
}

/* sysWait(pid int) (status, errno int): the raw wait status */
void os_sys_wait(G *g, Value *args)
{
    WaitJob *j = rt_alloc(sizeof *j);
    j->pid = (pid_t)args[0].i;
    j->args = args;
    rt_blocking_call(g, wait_job, j);
}
