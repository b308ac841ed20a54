/* sandbox.c: gosh --sandbox, for running code nobody has read (a
 * student's, in grading). The program may read any file it could read
 * anyway, but it writes, makes, renames and removes only inside a fresh
 * temporary folder (its os.TempDir, removed when gosh exits); it starts
 * no process, changes no environment variable, and sends no signal but
 * to itself. What is refused fails as the system would refuse it, with
 * EPERM ("open /etc/x: operation not permitted"), so the program sees an
 * ordinary error it may handle.
 *
 * A path is checked by resolving the folder it names (realpath: every
 * symbolic link and ".." gone) and the natives then use that resolved
 * path, not the one checked, so no rename or chdir between the check and
 * the call can move the target out. The program cannot make symbolic or
 * hard links, nor move anything into the folder from outside, so no link
 * inside it leads out.
 *
 * The network is not reachable yet from gosh at all; whatever adds it
 * must refuse it here (sandbox_active). */
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gostd.h"
#include "natives.h"
#include "runtime.h"

/* the folder, resolved; NULL while there is no sandbox */
static char *root;
static size_t root_len;
static pid_t owner;

bool sandbox_active(void)
{
    return root != NULL;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

static void remove_root(void)
{
    /* only the process that made it (not a fork, not twice) */
    if (root && getpid() == owner) {
        nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        root = NULL;
    }
}

static int kept[4];
static int nkept;

void stdlib_sandbox_keep_fd(int fd)
{
    if (nkept < (int)(sizeof kept / sizeof kept[0]))
        kept[nkept++] = fd;
}

static bool is_kept(int fd)
{
    for (int i = 0; i < nkept; i++)
        if (kept[i] == fd)
            return true;
    return false;
}

bool stdlib_sandbox_start(void)
{
    /* descriptors the caller left open (a grader's files, sockets) are
     * not the program's to write: gosh itself has opened none yet but
     * those it keeps */
    for (int fd = 3; fd < 1024; fd++)
        if (!is_kept(fd))
            close(fd);
    const char *tmp = getenv("TMPDIR");
    char templ[PATH_MAX];
    snprintf(templ, sizeof templ, "%s/gosh-sandbox-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    char real[PATH_MAX];
    if (!mkdtemp(templ) || !realpath(templ, real)) {
        fprintf(stderr, "gosh: --sandbox: cannot make a temporary folder in %s: %s\n",
                tmp && *tmp ? tmp : "/tmp", strerror(errno));
        return false;
    }
    root = strdup(real);
    root_len = strlen(root);
    owner = getpid();
    setenv("TMPDIR", root, 1);
    atexit(remove_root);
    rt_at_exit(remove_root);
    return true;
}

static bool inside(const char *real)
{
    return strncmp(real, root, root_len) == 0 && (real[root_len] == '\0' || real[root_len] == '/');
}

const char *sandbox_write_path(const char *name, int *err)
{
    *err = 0;
    if (!root)
        return name;
    size_t n = strlen(name);
    while (n > 1 && name[n - 1] == '/')
        n--;
    const char *slash = memrchr(name, '/', n);
    const char *base = slash ? slash + 1 : name;
    size_t base_len = (size_t)(name + n - base);
    if (base_len == 0 || (base_len == 1 && base[0] == '.') || (base_len == 2 && base[0] == '.' && base[1] == '.')) {
        *err = EPERM;
        return NULL;
    }
    char dir[PATH_MAX], real[PATH_MAX];
    if (!slash)
        strcpy(dir, ".");
    else if (slash == name)
        strcpy(dir, "/");
    else if ((size_t)(slash - name) < sizeof dir)
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - name), name);
    else {
        *err = ENAMETOOLONG;
        return NULL;
    }
    if (!realpath(dir, real)) {
        *err = errno;
        return NULL;
    }
    if (!inside(real)) {
        *err = EPERM;
        return NULL;
    }
    size_t len = strlen(real) + 1 + base_len + 1;
    char *path = rt_alloc_atomic(len);
    snprintf(path, len, "%s/%.*s", real, (int)base_len, base);
    return path;
}

int sandbox_kill_errno(int64_t pid)
{
    if (root && pid != (int64_t)getpid())
        return EPERM;
    return 0;
}
