/* regexp.c: the native half of package regexp (regexp.go): compiling and
 * matching, over RE2 through the C++ shim regexp_re2.cc. A compiled
 * program lives in a small collected box; a finalizer frees the RE2
 * object when the box becomes unreachable. RE2 matches from many threads
 * at once, so one Regexp serves every goroutine. */
#include <stdlib.h>
#include <string.h>
#include <gc/gc.h>
#include "natives.h"
#include "regexp_re2.h"

/* What the Go side's *re2 points at. Allocated atomic: the RE2 object is
 * in the C++ heap, which the collector neither owns nor scans. */
typedef struct Re2Box {
    Re2 *re;
} Re2Box;

static void GC_CALLBACK free_box(void *obj, void *data)
{
    (void)data;
    Re2Box *box = obj;
    re2_free(box->re);
    box->re = NULL;
}

/* compile1(expr string, posix, longest bool) (h *re2, code int, arg string) */
NATIVE(compile1)
{
    (void)g;
    String *expr = ARG_STR(0);
    int code;
    char *arg = NULL;
    size_t argn = 0;
    Re2 *re = re2_compile(str_data(expr), (size_t)str_len(expr), (int)args[1].u,
                          (int)args[2].u, &code, &arg, &argn);
    if (!re) {
        args[0].p = NULL;
        args[1].i = code;
        args[2] = str_value(str_new(arg ? arg : "", (int64_t)argn));
        free(arg);
        return;
    }
    Re2Box *box = rt_alloc_atomic(sizeof *box);
    box->re = re;
    GC_REGISTER_FINALIZER_NO_ORDER(box, free_box, NULL, NULL, NULL);
    args[0].p = box;
    args[1].i = 0;
    args[2] = str_value(str_new("", 0));
}

NATIVE(num_groups)
{
    (void)g;
    Re2Box *box = args[0].p;
    args[0].i = re2_groups(box->re);
}

NATIVE(group_name)
{
    (void)g;
    Re2Box *box = args[0].p;
    size_t n;
    const char *name = re2_group_name(box->re, (int)args[1].i, &n);
    args[0] = str_value(str_new(name, (int64_t)n));
}

/* The text to match: b when it is not nil, else s. */
static void text_of(Value *args, const char **p, size_t *n)
{
    Slice *b = args[1].p;
    if (b) {
        *p = b->data;
        *n = (size_t)b->len;
    } else {
        *p = str_data(ARG_STR(2));
        *n = (size_t)str_len(ARG_STR(2));
    }
}

/* exec(h *re2, b []byte, s string, pos, ncap int) []int */
NATIVE(exec)
{
    (void)g;
    Re2Box *box = args[0].p;
    const char *p;
    size_t n;
    text_of(args, &p, &n);
    int64_t pos = args[3].i, ncap = args[4].i;
    if (pos < 0 || (size_t)pos > n) {
        args[0].p = NULL;
        return;
    }
    int64_t small[32];
    int64_t *caps = ncap <= 32 ? small : malloc(sizeof(int64_t) * (size_t)ncap);
    if (!re2_match(box->re, p, n, (size_t)pos, caps, (int)ncap)) {
        args[0].p = NULL;
    } else {
        Slice *out = slice_make(t_int, ncap, ncap);
        memcpy(out->data, caps, sizeof(int64_t) * (size_t)ncap);
        args[0].p = out;
    }
    if (caps != small)
        free(caps);
}

/* matches(h *re2, b []byte, s string) bool */
NATIVE(matches)
{
    (void)g;
    Re2Box *box = args[0].p;
    const char *p;
    size_t n;
    text_of(args, &p, &n);
    args[0].u = re2_match(box->re, p, n, 0, NULL, 0);
}

static const Native natives[] = {
    {"regexp", "compile1", NULL, compile1, NULL},
    {"regexp", "numGroups", NULL, num_groups, NULL},
    {"regexp", "groupName", NULL, group_name, NULL},
    {"regexp", "exec", NULL, exec, NULL},
    {"regexp", "matches", NULL, matches, NULL},
};

static const PackageDef defs[] = {
    {"regexp", stdlib_src_regexp, natives, sizeof natives / sizeof natives[0], false},
    {"regexp/syntax", stdlib_src_regexp_syntax, NULL, 0, false},
};

void register_regexp(void)
{
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
        vm_register_package(&defs[i]);
}
