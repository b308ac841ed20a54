/* pkgdir.c: the files of a package, as go run and go test pick them: a
 * folder's .go files (not those whose names start with _ or .), sorted,
 * the _test.go ones apart; all in one package. */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "gosh.h"
#include "pkgdir.h"

bool pkgdir_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

bool pkgdir_is_test_file(const char *path)
{
    return ends_with(path, "_test.go");
}

/* Whether the file's build constraint, before its package clause, is
 * "//go:build ignore" (or "// +build ignore"): a generator or a scratch
 * program kept beside the package, which go build leaves out. Other
 * constraints are not read: every other file is compiled. */
static bool ignored(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    char line[512];
    bool ignore = false;
    while (!ignore && fgets(line, sizeof line, f) && strncmp(line, "package", 7) != 0) {
        if (strncmp(line, "//go:build ", 11) == 0 || strncmp(line, "// +build ", 10) == 0) {
            char *arg = strchr(line + 5, ' ') + 1;
            arg[strcspn(arg, " \t\r\n")] = '\0';
            ignore = strcmp(arg, "ignore") == 0;
        }
    }
    fclose(f);
    return ignore;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir);
    char *p = malloc(n + strlen(name) + 3);
    if (!p)
        return NULL;
    if (n > 1 && dir[n - 1] == '/')
        n--;
    sprintf(p, "%.*s/%s", (int)n, dir, name);
    return p;
}

static void add(PkgFiles *pf, bool test, char *path)
{
    char ***list = test ? &pf->tests : &pf->files;
    int *n = test ? &pf->ntests : &pf->nfiles;
    char **more = realloc(*list, sizeof(char *) * (size_t)(*n + 2));
    if (!more || !path) {
        fprintf(stderr, "gosh: out of memory\n");
        exit(2);
    }
    *list = more;
    (*list)[(*n)++] = path;
    (*list)[*n] = NULL;
}

int pkgdir_list(const char *dir, PkgFiles *pf)
{
    memset(pf, 0, sizeof *pf);
    pf->dir = dir;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "gosh: cannot read directory %s\n", dir);
        return 1;
    }
    char **names = NULL;
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.' || e->d_name[0] == '_' || !ends_with(e->d_name, ".go"))
            continue;
        char *path = join(dir, e->d_name);
        if (!path || pkgdir_is_dir(path) || ignored(path)) {
            free(path);
            continue;
        }
        char **more = realloc(names, sizeof(char *) * (size_t)(n + 1));
        if (!more) {
            fprintf(stderr, "gosh: out of memory\n");
            exit(2);
        }
        names = more;
        names[n++] = path;
    }
    closedir(d);
    if (n > 1) /* UBSan: qsort of NULL, even of nothing */
        qsort(names, (size_t)n, sizeof(char *), by_name);
    for (int i = 0; i < n; i++)
        add(pf, pkgdir_is_test_file(names[i]), names[i]);
    free(names);
    return 0;
}

void pkgdir_from_files(int n, char **paths, PkgFiles *pf)
{
    memset(pf, 0, sizeof *pf);
    pf->dir = NULL;
    for (int i = 0; i < n; i++)
        add(pf, pkgdir_is_test_file(paths[i]), paths[i]);
}

static const char *base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Go's words for a folder: its absolute path. */
static void print_dir(const PkgFiles *pf)
{
    char abs[PATH_MAX];
    const char *dir = pf->dir;
    char here[PATH_MAX];
    if (!dir) {
        /* named files: their folder */
        const char *f = pf->nfiles ? pf->files[0] : pf->tests[0];
        const char *slash = strrchr(f, '/');
        snprintf(here, sizeof here, "%.*s", slash ? (int)(slash - f) : 1, slash ? f : ".");
        dir = here;
    }
    fputs(realpath(dir, abs) ? abs : dir, stderr);
}

int pkgdir_check(PkgFiles *pf)
{
    const char *first = NULL, *first_file = NULL;
    bool *ext = calloc((size_t)pf->ntests + 1, 1);
    for (int k = 0; k < pf->nfiles + pf->ntests; k++) {
        bool test = k >= pf->nfiles;
        const char *path = test ? pf->tests[k - pf->nfiles] : pf->files[k];
        const char *pkg = gosh_file_package(path);
        if (!pkg) {
            fprintf(stderr, "%s:1:1: expected 'package', found 'EOF'\n", path);
            return 1;
        }
        if (test) {
            size_t n = strlen(pkg);
            if (first && n == strlen(first) + 5 && strncmp(pkg, first, n - 5) == 0 &&
                strcmp(pkg + n - 5, "_test") == 0) {
                pf->external = true;
                ext[k - pf->nfiles] = true;
                continue;
            }
        }
        if (!first) {
            first = pkg;
            first_file = path;
        } else if (strcmp(pkg, first) != 0) {
            fprintf(stderr, "found packages %s (%s) and %s (%s) in ", first, base(first_file), pkg, base(path));
            print_dir(pf);
            fputc('\n', stderr);
            free(ext);
            return 1;
        }
    }
    pf->pkg = first;
    /* go test runs the package's own tests first, then the external ones */
    char **order = malloc(sizeof(char *) * ((size_t)pf->ntests + 1));
    int n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < pf->ntests; k++)
            if (ext[k] == (pass == 1))
                order[n++] = pf->tests[k];
    order[n] = NULL;
    pf->nexternal = 0;
    for (int k = 0; k < pf->ntests; k++)
        pf->nexternal += ext[k];
    if (pf->tests)
        memcpy(pf->tests, order, sizeof(char *) * (size_t)(n + 1));
    free(order);
    free(ext);
    return 0;
}
