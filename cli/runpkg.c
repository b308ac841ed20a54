/* runpkg.c: gosh run: a program of one folder or of several files, run
 * as one package main, as go run does. One file alone runs as before
 * (a .gosh script or a .go program). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gosh.h"
#include "pkgdir.h"

static bool is_go_file(const char *a)
{
    size_t n = strlen(a);
    return n > 3 && strcmp(a + n - 3, ".go") == 0;
}

int runpkg_main(int argc, char **argv, const GoshOptions *opts)
{
    if (argc < 1) {
        fprintf(stderr, "gosh run: no go files listed\n");
        return 2;
    }
    PkgFiles pf;
    int nargs_at;
    if (pkgdir_is_dir(argv[0])) {
        if (pkgdir_list(argv[0], &pf))
            return 1;
        nargs_at = 1;
        if (pf.nfiles == 0) {
            char abs[PATH_MAX];
            fprintf(stderr, "no Go files in %s\n", realpath(argv[0], abs) ? abs : argv[0]);
            return 1;
        }
    } else {
        int k = 0;
        while (k < argc && is_go_file(argv[k]))
            k++;
        if (k <= 1) {
            gosh_init(argc, argv, opts);
            return gosh_run_file(argv[0]);
        }
        for (int i = 0; i < k; i++)
            if (pkgdir_is_test_file(argv[i])) {
                fprintf(stderr, "go: cannot run *_test.go files (%s)\n", argv[i]);
                return 1;
            }
        pkgdir_from_files(k, argv, &pf);
        nargs_at = k;
    }
    /* the package's files without its tests */
    pf.ntests = 0;
    gosh_init(argc - nargs_at + 1, argv + nargs_at - 1, opts);
    if (pkgdir_check(&pf))
        return 1;
    if (strcmp(pf.pkg, "main") != 0) {
        fprintf(stderr, "package %s is not a main package\n",
                pf.dir ? pf.dir : "command-line-arguments");
        return 1;
    }
    return gosh_run_files(pf.nfiles, pf.files, NULL, NULL, NULL, NULL);
}
