/* flag.c: what package flag asks Go's reflect about a flag's value: its
 * dynamic type's name, a new zero value of that type (PrintDefaults
 * compares a default with the zero value's String) and TextVar's copy of
 * the default into the variable. */
#include <string.h>
#include "format.h"
#include "natives.h"

static const Type *dyn_type(Value v)
{
    const Iface *it = v.p;
    return it ? it->type : NULL;
}

static bool is_pointer(const Type *t)
{
    return t && type_under((Type *)t)->kind == K_POINTER;
}

NATIVE(flag_is_pointer)
{
    (void)g;
    args[0].u = is_pointer(dyn_type(args[0]));
}

NATIVE(flag_type_name)
{
    (void)g;
    const Type *t = dyn_type(args[0]);
    args[0].p = str_from_cstr(t ? type_name_of(t, true) : "<nil>");
}

NATIVE(flag_elem_type_name)
{
    (void)g;
    const Type *t = dyn_type(args[0]);
    args[0].p = str_from_cstr(is_pointer(t) ? type_name_of(type_under((Type *)t)->elem, true) : "<nil>");
}

/* A zero value of [t] as an interface word: a pointer type gets a pointer
 * to a new zero element (reflect.New), any other type its zero value. */
NATIVE(flag_zero_of)
{
    (void)g;
    const Type *t = dyn_type(args[0]);
    if (!t) {
        args[0].p = NULL;
        return;
    }
    Value w = {0};
    if (is_pointer(t))
        w.p = array_alloc(type_under((Type *)t)->elem, 1);
    else if (t->memkind == M_BLOCK)
        w.p = array_alloc(t, 1);
    args[0].p = iface_box(t, w);
}

NATIVE(flag_copy_default)
{
    (void)g;
    const Iface *p = args[0].p, *val = args[1].p;
    if (!p || !val || !is_pointer(p->type)) {
        args[0].u = 0;
        return;
    }
    const Type *elem = type_under((Type *)p->type)->elem;
    void *dst = p->word.p;
    if (type_same(val->type, elem)) {
        if (dst)
            fmt_store(dst, val->word, elem);
        args[0].u = 1;
    } else if (is_pointer(val->type) && type_same(type_under((Type *)val->type)->elem, elem)) {
        if (dst && val->word.p)
            memcpy(dst, val->word.p, elem->size);
        args[0].u = 1;
    } else {
        args[0].u = 0;
    }
}

static const Native natives[] = {
    {"flag", "isPointer", NULL, flag_is_pointer, NULL},
    {"flag", "typeName", NULL, flag_type_name, NULL},
    {"flag", "elemTypeName", NULL, flag_elem_type_name, NULL},
    {"flag", "zeroOf", NULL, flag_zero_of, NULL},
    {"flag", "copyDefault", NULL, flag_copy_default, NULL},
};

static const PackageDef def = {"flag", stdlib_src_flag, natives, sizeof natives / sizeof natives[0], false};

void register_flag(void)
{
    vm_register_package(&def);
}
