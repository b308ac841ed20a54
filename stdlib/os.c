/* os.c: the native half of package os (and of io/fs and syscall, which
 * have no natives of their own apart from syscall's error text, kill and
 * Getpid).
 *
 * The system calls here return an error number (0 for success) that
 * os.go turns into a *fs.PathError. Descriptors 1 and 2 go through the
 * runtime's buffered output, so writes to os.Stdout and os.Stderr keep
 * their order with fmt.Print and println; any other write or read first
 * flushes that buffer, for the same reason. */
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "natives.h"

extern char **environ;

static int saved_argc;
static char **saved_argv;

/* stdlib_sandbox: no file is opened, made, renamed or removed, no
 * signal is sent, no process started, the
 * environment is left alone, and only descriptors 0, 1 and 2 can be used
 * (closing them is pretended). */
static bool sandboxed;

bool stdlib_is_sandboxed(void)
{
    return sandboxed;
}

void stdlib_sandbox(bool on)
{
    sandboxed = on;
}

static bool fd_denied(int64_t fd)
{
    return sandboxed && (fd < 0 || fd > 2);
}

NATIVE(runtime_args)
{
    (void)g;
    Slice *s = new_string_slice(saved_argc);
    String **items = (String **)s->data;
    for (int i = 0; i < saved_argc; i++)
        items[i] = str_from_cstr(saved_argv[i]);
    args[0].p = s;
}

NATIVE(exit_)
{
    (void)g;
    rt_exit((int)(args[0].i & 0xff));
}

/* A NUL-terminated copy of [s], or NULL when [s] holds a NUL byte (which
 * no file name can). */
static char *cstr(const String *s)
{
    int64_t n = str_len(s);
    const char *d = str_data(s);
    if (memchr(d, '\0', (size_t)n))
        return NULL;
    char *c = rt_alloc_atomic((size_t)n + 1);
    memcpy(c, d, (size_t)n);
    c[n] = '\0';
    return c;
}

static void result2(Value *args, int64_t r, int err)
{
    args[0].i = r;
    args[1].i = err;
}

NATIVE(sys_open)
{
    (void)g;
    if (sandboxed) {
        result2(args, -1, EPERM);
        return;
    }
    const char *name = cstr(ARG_STR(0));
    if (!name) {
        result2(args, -1, EINVAL);
        return;
    }
    int flags = (int)args[1].i;
    if (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) {
        int err;
        name = sandbox_write_path(name, &err);
        if (!name) {
            result2(args, -1, err);
            return;
        }
    }
    int fd;
    do
        fd = open(name, flags | O_CLOEXEC, (mode_t)args[2].u);
    while (fd < 0 && errno == EINTR);
    result2(args, fd, fd < 0 ? errno : 0);
}

/* Whether a read of [fd] may wait (a terminal, pipe or socket), so that
 * it should run off the goroutine's thread. */
static bool may_block(int fd)
{
    struct stat st;
    return fstat(fd, &st) != 0 || !S_ISREG(st.st_mode);
}

/* A read handed to rt_blocking_call: its results go straight into the
 * goroutine's argument registers, which stay put while it waits. */
typedef struct ReadJob {
    int fd;
    Slice *buf;
    Value *args;
} ReadJob;

static void read_into(void *arg)
{
    ReadJob *j = arg;
    ssize_t n;
    do
        n = read(j->fd, j->buf->data, (size_t)j->buf->len);
    while (n < 0 && errno == EINTR);
    result2(j->args, n < 0 ? 0 : n, n < 0 ? errno : 0);
}

NATIVE(sys_read)
{
    int fd = (int)args[0].i;
    Slice *b = args[1].p;
    if (fd_denied(args[0].i)) {
        result2(args, 0, EBADF);
        return;
    }
    if (!b || !b->len) {
        result2(args, 0, 0);
        return;
    }
    rt_flush_stdout(); /* a prompt shows before the program waits */
    ReadJob *j = rt_alloc(sizeof *j);
    j->fd = fd;
    j->buf = b;
    j->args = args;
    if (may_block(fd))
        rt_blocking_call(g, read_into, j); /* other goroutines run meanwhile */
    else
        read_into(j);
}

typedef struct ReadAllJob {
    int fd;
    Value *args;
} ReadAllJob;

static void read_all(void *arg)
{
    ReadAllJob *j = arg;
    int fd = j->fd;
    int64_t len = 0, cap = 512;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size < (1 << 30))
        cap = st.st_size + 1;
    char *data = rt_alloc_atomic((size_t)cap);
    int err = 0;
    for (;;) {
        if (len == cap) {
            int64_t ncap = cap * 2;
            char *nd = rt_alloc_atomic((size_t)ncap);
            memcpy(nd, data, (size_t)len);
            data = nd;
            cap = ncap;
        }
        ssize_t n = read(fd, data + len, (size_t)(cap - len));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            err = errno;
        if (n <= 0)
            break;
        len += n;
    }
    j->args[0].p = slice_header(data, len, cap);
    j->args[1].i = err;
}

NATIVE(sys_read_all)
{
    if (fd_denied(args[0].i)) {
        args[0].p = NULL;
        args[1].i = EBADF;
        return;
    }
    rt_flush_stdout();
    ReadAllJob *j = rt_alloc(sizeof *j);
    j->fd = (int)args[0].i;
    j->args = args;
    if (may_block(j->fd))
        rt_blocking_call(g, read_all, j);
    else
        read_all(j);
}

static int64_t write_fd(int fd, const char *p, int64_t n, int *err)
{
    *err = 0;
    if (fd_denied(fd)) {
        *err = EBADF;
        return 0;
    }
    if (fd == 1) {
        rt_write_stdout(p, (size_t)n);
        return n;
    }
    if (fd == 2) {
        rt_write_stderr(p, (size_t)n);
        return n;
    }
    rt_flush_stdout();
    int64_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, p + done, (size_t)(n - done));
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            *err = errno;
            break;
        }
        done += w;
    }
    return done;
}

NATIVE(sys_write)
{
    (void)g;
    Slice *b = args[1].p;
    int err;
    int64_t n = b ? write_fd((int)args[0].i, b->data, b->len, &err) : (err = 0);
    result2(args, n, err);
}

NATIVE(sys_write_string)
{
    (void)g;
    const String *s = ARG_STR(1);
    int err;
    int64_t n = write_fd((int)args[0].i, str_data(s), str_len(s), &err);
    result2(args, n, err);
}

NATIVE(sys_seek)
{
    (void)g;
    if (fd_denied(args[0].i)) {
        result2(args, 0, EBADF);
        return;
    }
    off_t r = lseek((int)args[0].i, (off_t)args[1].i, (int)args[2].i);
    result2(args, r < 0 ? 0 : r, r < 0 ? errno : 0);
}

NATIVE(sys_close)
{
    (void)g;
    if (sandboxed) {
        args[0].i = fd_denied(args[0].i) ? EBADF : 0;
        return;
    }
    args[0].i = close((int)args[0].i) < 0 && errno != EINTR ? errno : 0;
}

/* A file or an empty directory. unlink and rmdir disagree about which
 * error a directory gets, but rmdir of a file always says ENOTDIR, which
 * is how Go picks the error that means something. */
NATIVE(sys_remove)
{
    (void)g;
    if (sandboxed) {
        args[0].i = EPERM;
        return;
    }
    const char *name = cstr(ARG_STR(0));
    if (!name) {
        args[0].i = EINVAL;
        return;
    }
    int err;
    if (!(name = sandbox_write_path(name, &err))) {
        args[0].i = err;
        return;
    }
    if (unlink(name) == 0) {
        args[0].i = 0;
        return;
    }
    int e = errno;
    if (rmdir(name) == 0) {
        args[0].i = 0;
        return;
    }
    args[0].i = errno != ENOTDIR ? errno : e;
}

/* Removes [path] and, for a directory, everything inside it (without
 * following symbolic links); a missing path is no error. Returns an
 * error number and leaves the path that failed in [*failed]. */
static int remove_all(const char *path, int depth, const char **failed)
{
    struct stat st;
    if (lstat(path, &st) < 0)
        return errno == ENOENT ? 0 : (*failed = path, errno);
    if (!S_ISDIR(st.st_mode) || depth > 256) {
        if (unlink(path) < 0 && errno != ENOENT)
            return *failed = path, errno;
        return 0;
    }
    DIR *d = opendir(path);
    if (!d)
        return *failed = path, errno;
    size_t plen = strlen(path);
    int err = 0;
    struct dirent *e;
    while (!err && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        size_t n = plen + strlen(e->d_name) + 2;
        char *child = rt_alloc_atomic(n);
        snprintf(child, n, "%s/%s", path, e->d_name);
        err = remove_all(child, depth + 1, failed);
    }
    closedir(d);
    if (!err && rmdir(path) < 0 && errno != ENOENT)
        err = (*failed = path, errno);
    return err;
}

NATIVE(sys_remove_all)
{
    (void)g;
    const String *p = ARG_STR(0);
    const char *path = cstr(p);
    const char *failed = NULL;
    int err = 0;
    if (path && !sandboxed && !(path = sandbox_write_path(p ? cstr(p) : "", &err)) && err == ENOENT)
        return (void)(args[0].i = 0, args[1].p = (void *)p); /* nothing there: no error, as Go */
    if (!err)
        err = sandboxed ? EPERM : !path ? EINVAL : remove_all(path, 0, &failed);
    if (failed && sandbox_active())
        failed = NULL; /* the resolved path: Go names the one it was given */
    args[0].i = err;
    args[1].p = failed ? str_from_cstr(failed) : (void *)p;
}

/* Go's FileMode bits for a stat mode. */
static uint32_t go_mode(mode_t m)
{
    uint32_t mode = m & 0777;
    switch (m & S_IFMT) {
    case S_IFBLK: mode |= 1u << 26; break;                 /* ModeDevice */
    case S_IFCHR: mode |= 1u << 26 | 1u << 21; break;      /* | ModeCharDevice */
    case S_IFDIR: mode |= 1u << 31; break;                 /* ModeDir */
    case S_IFIFO: mode |= 1u << 25; break;                 /* ModeNamedPipe */
    case S_IFLNK: mode |= 1u << 27; break;                 /* ModeSymlink */
    case S_IFSOCK: mode |= 1u << 24; break;                /* ModeSocket */
    }
    if (m & S_ISGID)
        mode |= 1u << 22;
    if (m & S_ISUID)
        mode |= 1u << 23;
    if (m & S_ISVTX)
        mode |= 1u << 20;
    return mode;
}

static void stat_result(Value *args, int r, const struct stat *st)
{
    args[0].i = r < 0 ? 0 : st->st_size;
    args[1].u = r < 0 ? 0 : go_mode(st->st_mode);
    args[2].i = r < 0 ? errno : 0;
}

/* (size, mode, errno) of a path; [follow] false is lstat. */
NATIVE(sys_stat)
{
    (void)g;
    char *name = cstr(ARG_STR(0));
    struct stat st;
    if (!name) {
        errno = EINVAL;
        stat_result(args, -1, &st);
        return;
    }
    stat_result(args, args[1].u ? stat(name, &st) : lstat(name, &st), &st);
}

NATIVE(sys_fstat)
{
    (void)g;
    struct stat st = {0};
    if (fd_denied(args[0].i)) {
        errno = EBADF;
        stat_result(args, -1, &st);
        return;
    }
    stat_result(args, fstat((int)args[0].i, &st), &st);
}

NATIVE(sys_mkdir)
{
    (void)g;
    const char *name = sandboxed ? NULL : cstr(ARG_STR(0));
    int err = 0;
    if (name)
        name = sandbox_write_path(name, &err);
    args[0].i = sandboxed ? EPERM : err ? err : !name ? EINVAL : mkdir(name, (mode_t)args[1].u) < 0 ? errno : 0;
}

NATIVE(sys_rename)
{
    (void)g;
    const char *from = cstr(ARG_STR(0)), *to = cstr(ARG_STR(1));
    int err = 0;
    if (from && to && !(from = sandbox_write_path(from, &err)))
        to = NULL;
    if (from && to && !err)
        to = sandbox_write_path(to, &err);
    args[0].i = sandboxed ? EPERM : err ? err : !from || !to ? EINVAL : rename(from, to) < 0 ? errno : 0;
}

NATIVE(sys_symlink)
{
    (void)g;
    char *from = cstr(ARG_STR(0)), *to = cstr(ARG_STR(1));
    /* no link may lead out of --sandbox's folder */
    bool denied = sandboxed || sandbox_active();
    args[0].i = denied ? EPERM : !from || !to ? EINVAL : symlink(from, to) < 0 ? errno : 0;
}

NATIVE(sys_chdir)
{
    (void)g;
    char *dir = cstr(ARG_STR(0));
    args[0].i = sandboxed ? EPERM : !dir ? EINVAL : chdir(dir) < 0 ? errno : 0;
}

/* prefix + a random number + suffix, for CreateTemp. */
NATIVE(temp_name)
{
    (void)g;
    static __thread uint64_t state;
    if (!state) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        state = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^ ((uint64_t)getpid() << 40) ^ (uintptr_t)&state;
        state |= 1;
    }
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    StrBuf b = {0};
    sb_put(&b, str_data(ARG_STR(0)), (size_t)str_len(ARG_STR(0)));
    sb_printf(&b, "%u", (unsigned)(state >> 32));
    sb_put(&b, str_data(ARG_STR(1)), (size_t)str_len(ARG_STR(1)));
    args[0].p = str_new(b.data, (int64_t)b.len);
}

NATIVE(lookup_env)
{
    (void)g;
    char *key = cstr(ARG_STR(0));
    const char *v = key ? getenv(key) : NULL;
    args[0].p = v ? str_from_cstr(v) : NULL;
    args[1].u = v != NULL;
}

NATIVE(sys_setenv)
{
    (void)g;
    char *key = cstr(ARG_STR(0)), *val = cstr(ARG_STR(1));
    bool denied = sandboxed || sandbox_active();
    args[0].i = denied ? EPERM : !key || !val ? EINVAL : setenv(key, val, 1) < 0 ? errno : 0;
}

NATIVE(sys_unsetenv)
{
    (void)g;
    char *key = cstr(ARG_STR(0));
    bool denied = sandboxed || sandbox_active();
    args[0].i = denied ? EPERM : !key ? EINVAL : unsetenv(key) < 0 ? errno : 0;
}

NATIVE(environ_)
{
    (void)g;
    int64_t n = 0;
    while (environ && environ[n])
        n++;
    Slice *s = new_string_slice(n);
    String **items = (String **)s->data;
    for (int64_t i = 0; i < n; i++)
        items[i] = str_from_cstr(environ[i]);
    args[0].p = s;
}

/* The entries of the directory open as descriptor [fd] (a duplicate is
 * read, so [fd] stays open and at its offset), in the order the kernel
 * gives them as Go's getdents loop does, without "." and "..": names,
 * and each one's FileMode type bits, from d_type or else from lstat. */
NATIVE(sys_read_dir)
{
    (void)g;
    int fd = fd_denied(args[0].i) ? -1 : dup((int)args[0].i);
    DIR *d = fd < 0 ? NULL : fdopendir(fd);
    if (!d) {
        int e = fd_denied(args[0].i) ? EBADF : errno;
        if (fd >= 0)
            close(fd);
        args[0].p = NULL;
        args[1].p = NULL;
        args[2].i = e;
        return;
    }
    rewinddir(d);
    int64_t n = 0, cap = 16;
    char **names = malloc((size_t)cap * sizeof *names);
    uint32_t *modes = malloc((size_t)cap * sizeof *modes);
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap) {
            cap *= 2;
            names = realloc(names, (size_t)cap * sizeof *names);
            modes = realloc(modes, (size_t)cap * sizeof *modes);
        }
        uint32_t m = 0;
        switch (e->d_type) {
        case DT_DIR: m = 1u << 31; break;
        case DT_LNK: m = 1u << 27; break;
        case DT_FIFO: m = 1u << 25; break;
        case DT_SOCK: m = 1u << 24; break;
        case DT_CHR: m = 1u << 26 | 1u << 21; break;
        case DT_BLK: m = 1u << 26; break;
        case DT_REG: m = 0; break;
        default: {
            struct stat st;
            if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
                m = go_mode(st.st_mode) & ~0777u & ~(1u << 22 | 1u << 23 | 1u << 20);
        }
        }
        names[n] = strdup(e->d_name);
        modes[n] = m;
        n++;
    }
    int err = errno;
    closedir(d);
    Slice *ns = new_string_slice(n);
    Slice *ms = slice_make(t_int, n, n);
    for (int64_t i = 0; i < n; i++) {
        ((String **)ns->data)[i] = str_from_cstr(names[i]);
        ((int64_t *)ms->data)[i] = modes[i];
        free(names[i]);
    }
    free(names);
    free(modes);
    args[0].p = ns;
    args[1].p = ms;
    args[2].i = err;
}

static int cmp_name_index(const void *a, const void *b, void *names)
{
    String *const *s = names;
    return str_cmp(s[*(const int64_t *)a], s[*(const int64_t *)b]);
}

/* Sorts a directory's names (and their modes alongside) as Go's
 * sort.Slice by Name does; names are distinct, so order is total. */
NATIVE(sort_dir_names)
{
    (void)g;
    Slice *ns = args[0].p, *ms = args[1].p;
    if (!ns || ns->len < 2)
        return;
    int64_t n = ns->len;
    int64_t *idx = malloc((size_t)n * sizeof *idx);
    String **names = malloc((size_t)n * sizeof *names);
    int64_t *modes = malloc((size_t)n * sizeof *modes);
    for (int64_t i = 0; i < n; i++) {
        idx[i] = i;
        names[i] = ((String **)ns->data)[i];
        modes[i] = ((int64_t *)ms->data)[i];
    }
    qsort_r(idx, (size_t)n, sizeof *idx, cmp_name_index, names);
    for (int64_t i = 0; i < n; i++) {
        ((String **)ns->data)[i] = names[idx[i]];
        ((int64_t *)ms->data)[i] = modes[idx[i]];
    }
    free(idx);
    free(names);
    free(modes);
}

/* readlink(2): the link's text and 0, or an error number. */
NATIVE(sys_readlink)
{
    (void)g;
    char *name = cstr(ARG_STR(0));
    char buf[4096];
    ssize_t r = sandboxed ? (errno = EPERM, -1) : !name ? (errno = EINVAL, -1)
              : readlink(name, buf, sizeof buf);
    args[0].p = r < 0 ? NULL : str_new(buf, r);
    args[1].i = r < 0 ? errno : 0;
}

NATIVE(getpid_)
{
    (void)g;
    args[0].i = getpid();
}

NATIVE(getppid_)
{
    (void)g;
    args[0].i = getppid();
}

NATIVE(sys_getwd)
{
    (void)g;
    char buf[4096];
    if (getcwd(buf, sizeof buf)) {
        args[0].p = str_from_cstr(buf);
        args[1].i = 0;
    } else {
        args[0].p = NULL;
        args[1].i = errno;
    }
}

static const Native natives[] = {
    {"os", "runtimeArgs", NULL, runtime_args, NULL},
    {"os", "Exit", NULL, exit_, NULL},
    {"os", "sysOpen", NULL, sys_open, NULL},
    {"os", "sysPipe", NULL, os_sys_pipe, NULL},
    {"os", "sysSpawn", NULL, os_sys_spawn, NULL},
    {"os", "sysWait", NULL, os_sys_wait, NULL},
    {"os", "sysRead", NULL, sys_read, NULL},
    {"os", "sysReadAll", NULL, sys_read_all, NULL},
    {"os", "sysWrite", NULL, sys_write, NULL},
    {"os", "sysWriteString", NULL, sys_write_string, NULL},
    {"os", "sysSeek", NULL, sys_seek, NULL},
    {"os", "sysClose", NULL, sys_close, NULL},
    {"os", "sysRemove", NULL, sys_remove, NULL},
    {"os", "sysMkdir", NULL, sys_mkdir, NULL},
    {"os", "sysStat", NULL, sys_stat, NULL},
    {"os", "sysReadDir", NULL, sys_read_dir, NULL},
    {"os", "sysReadlink", NULL, sys_readlink, NULL},
    {"os", "sortDirNames", NULL, sort_dir_names, NULL},
    {"os", "sysFstat", NULL, sys_fstat, NULL},
    {"os", "sysRemoveAll", NULL, sys_remove_all, NULL},
    {"os", "sysRename", NULL, sys_rename, NULL},
    {"os", "sysSymlink", NULL, sys_symlink, NULL},
    {"os", "sysChdir", NULL, sys_chdir, NULL},
    {"os", "tempName", NULL, temp_name, NULL},
    {"os", "LookupEnv", NULL, lookup_env, NULL},
    {"os", "sysSetenv", NULL, sys_setenv, NULL},
    {"os", "sysUnsetenv", NULL, sys_unsetenv, NULL},
    {"os", "Environ", NULL, environ_, NULL},
    {"os", "Getpid", NULL, getpid_, NULL},
    {"os", "Getppid", NULL, getppid_, NULL},
    {"os", "sysGetwd", NULL, sys_getwd, NULL},
};

static const PackageDef def = {"os", stdlib_src_os, natives, sizeof natives / sizeof natives[0]};

/* syscall.errnoText: strerror with Go's lower-case first letter, and
 * Go's "errno N" for numbers the system does not know. */
NATIVE(errno_text)
{
    (void)g;
    int e = (int)args[0].i;
    const char *msg = e > 0 && e < 4096 ? strerror(e) : NULL;
    StrBuf b = {0};
    if (!msg || strncmp(msg, "Unknown error", 13) == 0) {
        sb_printf(&b, "errno %d", e);
    } else {
        sb_puts(&b, msg);
        if (b.data[0] >= 'A' && b.data[0] <= 'Z' && !(b.len > 1 && b.data[1] >= 'A' && b.data[1] <= 'Z'))
            b.data[0] = (char)(b.data[0] - 'A' + 'a');
    }
    args[0].p = str_new(b.data, (int64_t)b.len);
}

/* syscall.kill: kill(2); the errno, 0 when it worked. */
NATIVE(kill_)
{
    (void)g;
    if (sandboxed) {
        /* a fuzzed program signals no process, itself included */
        args[0].i = EPERM;
        return;
    }
    int err = sandbox_kill_errno(args[0].i);
    args[0].i = err ? err : kill((pid_t)args[0].i, (int)args[1].i) == 0 ? 0 : errno;
}

static const Native syscall_natives[] = {
    {"syscall", "errnoText", NULL, errno_text, NULL},
    {"syscall", "kill", NULL, kill_, NULL},
    {"syscall", "Getpid", NULL, getpid_, NULL},
    {"syscall", "Getppid", NULL, getppid_, NULL},
};

static const PackageDef syscall_def = {"syscall", stdlib_src_syscall, syscall_natives,
                                       sizeof syscall_natives / sizeof syscall_natives[0]};
static const PackageDef fs_def = {"io/fs", stdlib_src_fs, NULL, 0};
static const PackageDef io_def = {"io", stdlib_src_io, NULL, 0};

void register_os(int argc, char **argv)
{
    saved_argc = argc;
    saved_argv = argv;
    vm_register_package(&io_def);
    vm_register_package(&fs_def);
    vm_register_package(&syscall_def);
    vm_register_package(&def);
}
