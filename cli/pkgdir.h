/* pkgdir.h: a package's files, from a folder or named on the command line. */
#ifndef GOSH_PKGDIR_H
#define GOSH_PKGDIR_H

#include <stdbool.h>

typedef struct PkgFiles {
    const char *dir;        /* NULL: files named one by one */
    char **files;           /* the package's .go files, not tests */
    int nfiles;
    char **tests;           /* its _test.go files */
    int ntests;
    const char *pkg;        /* their package name (pkgdir_check) */
    bool external;          /* some test file is package pkg_test */
    int nexternal;          /* those, the last of tests (pkgdir_check) */
} PkgFiles;

bool pkgdir_is_dir(const char *path);
bool pkgdir_is_test_file(const char *path);
/* Lists [dir]'s files; 1 after a message on stderr. */
int pkgdir_list(const char *dir, PkgFiles *pf);
void pkgdir_from_files(int n, char **paths, PkgFiles *pf);
/* Sets pf->pkg; 1 after Go's "found packages A (a.go) and B (b.go) in
 * DIR" (or an unreadable file's error) on stderr. */
int pkgdir_check(PkgFiles *pf);

/* gosh run DIR | gosh run FILE.go... [args] | gosh DIR [args]
 * (runpkg.c): [argv][0] is the folder or the first file. */
int runpkg_main(int argc, char **argv, const struct GoshOptions *opts);
/* gosh test [flags] [DIR | FILES] (test.c). */
int test_main(int argc, char **argv, const struct GoshOptions *opts);

#endif
