/* check_assign.c: assignments (=, op=, ++ and --) and short variable
 * declarations, in go/types' order: the right side first, then what each
 * left side may receive. Assigning to a variable is not a use of it. */
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static bool is_blank(Node *n)
{
    return n->kind == N_IDENT && n->ident.name[0] == '_' && n->ident.name[1] == '\0';
}

/* Marks the variable behind an assignment target as mutated (so a
 * closure must capture it by reference). */
static void mark_mutated(Node *lhs)
{
    while (lhs->kind == N_PAREN)
        lhs = lhs->paren.x;
    if (lhs->kind == N_IDENT && lhs->ident.sym && lhs->ident.sym->kind == SYM_VAR)
        lhs->ident.sym->mutated = true;
}

/* After evaluating the left side [lhs] of an assignment: its type, or
 * t_invalid after reporting that it cannot be assigned to. */
static Type *lhs_assignable(Checker *c, Node *lhs)
{
    char buf[800];
    if (lhs->mode == MODE_INVALID)
        return t_invalid;
    if (lhs->mode == MODE_VAR || lhs->mode == MODE_MAPINDEX) {
        mark_mutated(lhs);
        return lhs->type;
    }
    Node *inner = lhs;
    while (inner->kind == N_PAREN)
        inner = inner->paren.x;
    if (inner->kind == N_SELECTOR && inner->info && ((Selection *)inner->info)->kind == SEL_FIELD) {
        /* a field of a map element or call result */
        Node *base = inner->selector.x;
        while (base->kind == N_SELECTOR)
            base = base->selector.x;
        if (base->mode == MODE_MAPINDEX) {
            ast_expr_string(lhs, buf, sizeof buf);
            chk_error(c, start_pos(lhs), "cannot assign to struct field %s in map", buf);
            return t_invalid;
        }
    }
    chk_operand_string(lhs, buf, sizeof buf);
    chk_error(c, start_pos(lhs), "cannot assign to %s", buf);
    return t_invalid;
}

/* Evaluates the left side of an assignment (false: it is _). Assigning
 * to a variable is not a use of it (Go's "declared but not used"),
 * unless [use] (x op= y). */
static bool lhs_eval(Checker *c, Node *lhs, bool use)
{
    if (is_blank(lhs)) {
        lhs->mode = MODE_VAR;
        lhs->type = NULL;
        return false;
    }
    Node *id = lhs;
    while (id->kind == N_PAREN)
        id = id->paren.x;
    Symbol *v = NULL;
    if (id->kind == N_IDENT) {
        v = scope_lookup(c->scope, id->ident.name);
        if (v && (v->kind != SYM_VAR || v->global))
            v = NULL;
    }
    bool was_used = v && v->used;
    chk_single(c, lhs);
    if (v && !use)
        v->used = was_used;
    return true;
}

Type *chk_lhs(Checker *c, Node *lhs, bool use)
{
    return lhs_eval(c, lhs, use) ? lhs_assignable(c, lhs) : NULL;
}

/* The type an evaluated left side receives (NULL for _), once the right
 * side is known to be valid: go/types reports a left side that cannot be
 * assigned to only then, not beside the right side's error. */
static Type *lhs_type(Checker *c, Node *lhs)
{
    return is_blank(lhs) ? NULL : lhs_assignable(c, lhs);
}

/* Assigns element [t] of a multi-value [r] (a call, or v, ok forms) to a
 * variable of type [to]: Go reports it as r with the element's type. */
bool chk_assign_element(Checker *c, Node *r, Type *t, Type *to)
{
    Node tmp = *r;
    tmp.type = t;
    tmp.mode = MODE_VALUE;
    tmp.cval = NULL;
    return chk_assign_to(c, &tmp, to, "assignment");
}

static void assign_mismatch(Checker *c, Node *at, int nvars, Node *rhs0, int nvals, bool call)
{
    char buf[800];
    if (call) {
        ast_expr_string(rhs0->call.fun, buf, sizeof buf);
        chk_error(c, start_pos(rhs0), "assignment mismatch: %d variable%s but %s returns %d value%s",
                  nvars, nvars == 1 ? "" : "s", buf, nvals, nvals == 1 ? "" : "s");
    } else {
        chk_error(c, start_pos(at), "assignment mismatch: %d variable%s but %d value%s",
                  nvars, nvars == 1 ? "" : "s", nvals, nvals == 1 ? "" : "s");
    }
}

/* For `a, b := f()` and `v, ok := m[k]` forms: the types the right side
 * yields when it is one expression giving [want] values, or NULL. */
static Type **multi_value(Checker *c, Node *rhs, int want, int *have)
{
    *have = 1;
    if (rhs->type && rhs->type->kind == K_TUPLE && rhs->mode != MODE_INVALID) {
        *have = rhs->type->nparams;
        return rhs->type->params;
    }
    if (want == 2 && (rhs->mode == MODE_COMMAOK || rhs->mode == MODE_MAPINDEX)) {
        Type **ts = GC_MALLOC(sizeof(Type *) * 2);
        ts[0] = rhs->type;
        ts[1] = t_untyped_bool;
        *have = 2;
        rhs->info = rhs->info; /* the emitter sees two targets */
        return ts;
    }
    (void)c;
    return NULL;
}

void chk_short_var_decl(Checker *c, Node *n)
{
    NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
    char buf[800];
    /* check the right side first: its scope excludes the new names */
    for (int i = 0; i < rhs->len; i++)
        chk_expr(c, rhs->items[i]);
    Type *types[256];
    int nv = lhs->len;
    bool ok = true;
    if (rhs->len == 1 && nv > 1) {
        int have;
        Type **ts = multi_value(c, rhs->items[0], nv, &have);
        if (rhs->items[0]->mode == MODE_INVALID) {
            ok = false;
        } else if (!ts || have != nv) {
            assign_mismatch(c, rhs->items[0], nv, rhs->items[0], have,
                            rhs->items[0]->kind == N_CALL && rhs->items[0]->mode != MODE_NOVALUE);
            ok = false;
        } else {
            for (int i = 0; i < nv && i < 256; i++)
                types[i] = ts[i] == t_untyped_bool ? t_bool : ts[i];
            if (rhs->items[0]->type->kind != K_TUPLE)
                rhs->items[0]->info = rhs->items[0]->info;
        }
    } else if (rhs->len != nv) {
        if (rhs->len == 1 && rhs->items[0]->mode != MODE_INVALID) {
            int have;
            multi_value(c, rhs->items[0], nv, &have);
            assign_mismatch(c, rhs->items[0], nv, rhs->items[0], have, rhs->items[0]->kind == N_CALL);
        } else {
            assign_mismatch(c, rhs->items[0], nv, NULL, rhs->len, false);
        }
        ok = false;
    } else {
        /* each name gets its own value's type, or invalid */
        for (int i = 0; i < nv && i < 256; i++)
            types[i] = t_invalid;
        for (int i = 0; i < nv && i < 256; i++) {
            Node *r = rhs->items[i];
            if (r->mode == MODE_NOVALUE) {
                ast_expr_string(r, buf, sizeof buf);
                chk_error(c, start_pos(r), "%s (no value) used as value", buf);
                continue;
            }
            if (r->mode != MODE_INVALID && r->type && r->type->kind == K_TUPLE) {
                if (nv == 1 && r->kind == N_CALL) {
                    assign_mismatch(c, r, 1, r, r->type->nparams, true);
                } else {
                    chk_operand_string(r, buf, sizeof buf);
                    chk_error(c, start_pos(r), "multiple-value %s in single-value context", buf);
                }
                continue;
            }
            if (r->mode == MODE_INVALID) {
                continue;
            }
            if (r->type == t_untyped_nil) {
                chk_error(c, start_pos(r), "use of untyped nil in assignment");
                continue;
            }
            /* a constant that fails its default type still gives the
             * variable that type (go/types initVar): later uses check */
            Type *d = chk_default_type(r->type);
            chk_default_in(c, r, "assignment");
            types[i] = d;
        }
    }
    /* declare: at least one new non-blank name */
    bool any_new = false, lhs_err = false;
    Symbol *syms[256];
    for (int i = 0; i < nv && i < 256; i++) {
        Node *id = lhs->items[i];
        syms[i] = NULL;
        if (id->kind != N_IDENT) {
            ast_expr_string(id, buf, sizeof buf);
            chk_error(c, start_pos(id), "non-name %s on left side of :=", buf);
            ok = false;
            lhs_err = true;
            continue;
        }
        if (is_blank(id)) {
            any_new = any_new || false;
            continue;
        }
        for (int j = 0; j < i; j++)
            if (lhs->items[j]->kind == N_IDENT && lhs->items[j]->ident.name == id->ident.name) {
                chk_error(c, id->pos, "%s repeated on left side of :=", id->ident.name);
                ok = false;
                lhs_err = true;
            }
        Symbol *old = scope_lookup_local(c->scope, id->ident.name);
        if (old && old->kind != SYM_VAR) {
            /* only a variable may be redeclared by := */
            chk_error(c, id->pos, "cannot assign to %s", id->ident.name);
            ok = false;
            lhs_err = true;
            syms[i] = old;
            continue;
        }
        if (old && old->kind == SYM_VAR) {
            id->ident.sym = old;
            id->mode = MODE_VAR;
            id->type = old->type;
            old->mutated = true;
            syms[i] = old;
            continue;
        }
        any_new = true;
    }
    if (!any_new && !lhs_err) {
        bool named = false;
        for (int i = 0; i < nv; i++)
            if (lhs->items[i]->kind == N_IDENT)
                named = true;
        if (named)
            chk_error(c, n->pos, "no new variables on left side of :=");
    }
    for (int i = 0; i < nv && i < 256; i++) {
        Node *id = lhs->items[i];
        if (id->kind != N_IDENT)
            continue;
        Type *t = ok ? types[i] : t_invalid;
        if (syms[i]) {
            /* reused variable: the value must be assignable */
            if (ok && rhs->len == nv)
                chk_assign_to(c, rhs->items[i], syms[i]->type, "assignment");
            else if (ok && t != syms[i]->type && !(t == t_bool && syms[i]->type->kind == K_BOOL))
                chk_assign_element(c, rhs->items[0], t, syms[i]->type);
            continue;
        }
        if (is_blank(id)) {
            id->mode = MODE_VAR;
            continue;
        }
        Symbol *s = chk_declare(c, c->scope, SYM_VAR, id, t);
        id->mode = MODE_VAR;
        id->type = t;
        if (ok && rhs->len == nv)
            s->sig_names = chk_sig_names_of(rhs->items[i]);
        if (!ok)
            s->used = true; /* no "declared but not used" after an error */
    }
    if (ok && rhs->len == 1 && nv > 1 && rhs->items[0]->type->kind != K_TUPLE) {
        /* v, ok := m[k] / x.(T) / <-ch */
        rhs->items[0]->mode = MODE_COMMAOK;
    }
}

/* After a failed assignment, its variables count as used (go/types: no
 * follow-on "declared but not used"). */
static void use_lhs(NodeList *lhs)
{
    for (int i = 0; i < lhs->len; i++) {
        Node *id = lhs->items[i];
        while (id->kind == N_PAREN)
            id = id->paren.x;
        if (id->kind == N_IDENT && id->ident.sym && id->ident.sym->kind == SYM_VAR)
            id->ident.sym->used = true;
    }
}

void chk_assign_stmt(Checker *c, Node *n)
{
    NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
    int nv = lhs->len;
    Type *ltypes[256];
    bool ok = true;
    for (int i = 0; i < nv && i < 256; i++)
        lhs_eval(c, lhs->items[i], false);
    if (rhs->len == 1 && nv > 1) {
        Node *r = rhs->items[0];
        chk_expr(c, r);
        if (r->mode == MODE_INVALID) {
            use_lhs(lhs);
            return;
        }
        int have;
        Type **ts = multi_value(c, r, nv, &have);
        if (!ts || have != nv) {
            assign_mismatch(c, r, nv, r, have, r->kind == N_CALL && r->mode != MODE_NOVALUE);
            use_lhs(lhs);
            return;
        }
        if (r->type->kind != K_TUPLE)
            r->mode = MODE_COMMAOK;
        for (int i = 0; i < nv; i++) {
            ltypes[i] = lhs_type(c, lhs->items[i]);
            if (!ltypes[i] || ltypes[i]->kind == K_INVALID)
                continue;
            ok = chk_assign_element(c, r, ts[i], ltypes[i]) && ok;
        }
        if (!ok)
            use_lhs(lhs);
        return;
    }
    if (rhs->len != nv) {
        for (int i = 0; i < rhs->len; i++)
            chk_expr(c, rhs->items[i]);
        if (rhs->len == 1) {
            int have;
            multi_value(c, rhs->items[0], nv, &have);
            assign_mismatch(c, rhs->items[0], nv, rhs->items[0], have, rhs->items[0]->kind == N_CALL);
        } else {
            assign_mismatch(c, rhs->items[0], nv, NULL, rhs->len, false);
        }
        use_lhs(lhs);
        return;
    }
    for (int i = 0; i < nv && i < 256; i++) {
        Node *r = rhs->items[i];
        if (nv == 1) {
            chk_expr(c, r);
            if (r->mode != MODE_INVALID && r->type && r->type->kind == K_TUPLE && r->kind == N_CALL) {
                assign_mismatch(c, r, 1, r, r->type->nparams, true);
                use_lhs(lhs);
                continue;
            }
            chk_single_value(c, r);
        } else {
            chk_single(c, r);
        }
        if (r->mode == MODE_INVALID) {
            ok = false;
            continue;
        }
        ltypes[i] = lhs_type(c, lhs->items[i]);
        if (!ltypes[i]) {
            /* _ = x: x gets its default type */
            if (r->type == t_untyped_nil)
                chk_error(c, start_pos(r), "use of untyped nil in assignment to _ identifier");
            else
                chk_default_in(c, r, "assignment to _ identifier");
            continue;
        }
        if (ltypes[i]->kind == K_INVALID)
            continue;
        ok = chk_assign_to(c, r, ltypes[i], "assignment") && ok;
    }
    if (!ok)
        use_lhs(lhs);
}

static int assign_op_to_binary(int op)
{
    switch (op) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    default: return T_AND_NOT;
    }
}

/* x op= y is checked as x = x op y, reporting with the original text. */
void chk_op_assign(Checker *c, Node *n)
{
    Node *x = n->assign.lhs.items[0], *y = n->assign.rhs.items[0];
    Type *lt = chk_lhs(c, x, true);
    if (!lt || lt->kind == K_INVALID) {
        chk_expr(c, y);
        return;
    }
    Node *bin = ast_new(N_BINARY, n->pos);
    bin->op = (int16_t)assign_op_to_binary(n->op);
    bin->binary.x = x;
    bin->binary.y = y;
    /* the binary checker on x, already checked (as the target), and y; a
     * copy of x, since the check may convert the operand it is given */
    Node *xc = ast_new(x->kind, x->pos);
    *xc = *x;
    bin->binary.x = xc;
    int errs = c->diag->count;
    chk_single(c, y);
    chk_binary_operands(c, bin);
    if (bin->mode == MODE_INVALID) {
        /* reword "x + y" as Go does for op= ("total += "1"") */
        if (c->diag->count > errs) {
            DiagEntry *e = &c->diag->entries[c->diag->count - 1];
            char xs[200], ys[200], from[420], to[420];
            ast_expr_string(x, xs, sizeof xs);
            ast_expr_string(y, ys, sizeof ys);
            snprintf(from, sizeof from, "%s %s %s", xs, tok_spelling[bin->op], ys);
            snprintf(to, sizeof to, "%s %s %s", xs, tok_spelling[n->op], ys);
            char *at = strstr(e->msg, from);
            if (at) {
                char msg[1024];
                snprintf(msg, sizeof msg, "%.*s%s%s", (int)(at - e->msg), e->msg, to, at + strlen(from));
                e->msg = GC_MALLOC_ATOMIC(strlen(msg) + 1);
                strcpy(e->msg, msg);
            }
        }
        return;
    }
    n->assign.rhs.items[0] = y;
    n->info = bin;
    if (bin->mode == MODE_CONST || type_is_untyped(bin->type))
        chk_convert_untyped(c, bin, lt);
    if (!type_same(bin->type, lt) && bin->mode != MODE_INVALID)
        chk_assign_to(c, bin, lt, "assignment");
}

/* x++ and x--: x is evaluated (a use), must be numeric, then assignable
 * (go/types order). */
void chk_incdec(Checker *c, Node *n)
{
    char buf[800], ts[128];
    Node *x = n->incdec.x;
    chk_single(c, x);
    if (x->mode == MODE_INVALID)
        return;
    if (!gen_all_terms(x->type, type_is_numeric)) {
        ast_expr_string(x, buf, sizeof buf);
        chk_type_string(x->type, ts, sizeof ts);
        chk_error(c, start_pos(x), "invalid operation: %s%s (non-numeric type %s)", buf,
                  tok_spelling[n->op], ts);
        return;
    }
    lhs_assignable(c, x);
}
