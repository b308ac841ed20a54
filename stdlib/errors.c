/* errors.c: the native half of package errors: what errors.As needs of
 * types, and whether errors.Is may compare a target with ==. */
#include "natives.h"

/* errors.assign: *target = err when the types fit. */
static void errors_assign(G *g, Value *args)
{
    (void)g;
    const Iface *err = args[0].p, *target = args[1].p;
    Value errv = args[0];
    args[0].u = 0;
    if (!err || !target || target->type->kind != K_POINTER || !target->word.p)
        return;
    const Type *want = target->type->elem;
    if (type_under((Type *)want)->kind == K_INTERFACE) {
        if (!vm_implements(err->type, type_under((Type *)want)))
            return;
        *(Value *)target->word.p = errv;
        args[0].u = 1;
        return;
    }
    if (err->type != want->canon)
        return;
    if (want->memkind == M_BLOCK)
        memcpy(target->word.p, err->word.p, want->size);
    else
        *(Value *)target->word.p = err->word;
    args[0].u = 1;
}

static void errors_check_target(G *g, Value *args)
{
    const Iface *target = args[0].p;
    if (!target || target->type->kind != K_POINTER || !target->word.p) {
        vm_panic_plain(g, "errors: target must be a non-nil pointer");
        return;
    }
    const Type *elem = target->type->elem;
    static Type *error_iface;
    if (!error_iface)
        error_iface = type_under(t_error);
    if (type_under((Type *)elem)->kind != K_INTERFACE && !vm_implements(elem->canon, error_iface))
        vm_panic_plain(g, "errors: *target must be interface or implement error");
}

/* comparable(target): whether == on [target] cannot panic, so errors.Is
 * may compare errors with it. */
static void errors_comparable(G *g, Value *args)
{
    (void)g;
    const Iface *target = args[0].p;
    args[0].u = !target || !vm_unhashable(target->type, target->word);
}

static const Native errors_natives[] = {
    {"errors", "assign", NULL, errors_assign, NULL},
    {"errors", "checkTarget", NULL, errors_check_target, NULL},
    {"errors", "comparable", NULL, errors_comparable, NULL},
};

static const PackageDef errors_def = {"errors", stdlib_src_errors, errors_natives,
                                      sizeof errors_natives / sizeof errors_natives[0]};

void register_errors(void)
{
    vm_register_package(&errors_def);
}
