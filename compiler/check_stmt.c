/* check_stmt.c: statements, function bodies and terminating statements. */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static bool is_blank(Node *n)
{
    return n->kind == N_IDENT && n->ident.name[0] == '_' && n->ident.name[1] == '\0';
}

/* A break/continue target: an enclosing for, switch or select. */
typedef struct Target {
    Node *stmt;
    const char *label;
    bool loop;
} Target;

/* Plain statics, not thread-locals: Boehm GC scans static data but not
 * thread-local storage, and the GC-allocated stack must stay reachable. */
static Target *targets;
static int ntargets, captargets;

static void push_target(Node *stmt, const char *label, bool loop)
{
    if (ntargets == captargets) {
        captargets = captargets ? captargets * 2 : 16;
        Target *t = GC_MALLOC(sizeof(Target) * (size_t)captargets);
        if (ntargets)
            memcpy(t, targets, sizeof(Target) * (size_t)ntargets);
        targets = t;
    }
    targets[ntargets++] = (Target){stmt, label, loop};
}

static void open_scope(Checker *c)
{
    c->scope = scope_new(c->scope, SCOPE_BLOCK);
}

static void close_scope(Checker *c)
{
    c->scope = c->scope->parent;
}

static void stmt_list(Checker *c, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        chk_stmt(c, l->items[i]);
}

void chk_block(Checker *c, Node *block)
{
    open_scope(c);
    stmt_list(c, &block->block.stmts);
    close_scope(c);
}

Symbol *chk_declare(Checker *c, Scope *s, SymKind kind, Node *ident, Type *t)
{
    const char *name = ident->ident.name;
    Symbol *sym = sym_new(kind, name, ident->pos);
    sym->type = t;
    sym->state = 2;
    sym->owner = c->func;
    sym->pkg = c->pkg;
    ident->ident.sym = sym;
    if (kind == SYM_VAR && s->kind == SCOPE_PACKAGE) {
        /* a script's top-level variable: a package variable */
        sym->global = true;
        sym->owner = NULL;
        sym->cell = GC_MALLOC_UNCOLLECTABLE(sizeof(Value));
    }
    if (name[0] == '_' && name[1] == '\0')
        return sym;
    Symbol *old = scope_lookup_local(s, name);
    if (old) {
        chk_error_alt(c, ident->pos, old->pos, name, "%s redeclared in this block", name);
        return sym;
    }
    scope_insert(s, sym);
    if (kind == SYM_VAR && !sym->global && c->func) {
        /* judged for "declared but not used" at the function's end */
        if (c->nlocals == c->localcap) {
            c->localcap = c->localcap ? c->localcap * 2 : 16;
            Symbol **l = GC_MALLOC(sizeof(Symbol *) * (size_t)c->localcap);
            if (c->nlocals)
                memcpy(l, c->locals, sizeof(Symbol *) * (size_t)c->nlocals);
            c->locals = l;
        }
        c->locals[c->nlocals++] = sym;
    }
    return sym;
}

static void expr_stmt(Checker *c, Node *n)
{
    char buf[800];
    Node *x = n->exprstmt.x;
    chk_expr(c, x);
    if (x->mode == MODE_INVALID || x->mode == MODE_NOVALUE)
        return;
    Node *inner = x;
    while (inner->kind == N_PAREN)
        inner = inner->paren.x;
    if (inner->kind == N_CALL) {
        CallInfo *ci = inner->info;
        if (!ci || (ci->kind != CALL_BUILTIN && ci->kind != CALL_CONVERSION))
            return;
        if (ci->kind == CALL_BUILTIN && (ci->builtin == B_COPY || ci->builtin == B_RECOVER))
            return;
    } else if (inner->kind == N_UNARY && inner->op == T_ARROW) {
        return;
    }
    chk_operand_string(x, buf, sizeof buf);
    chk_error(c, start_pos(x), "%s is not used", buf);
}

/* go/types: a bare return needs every named result in scope; otherwise
 * the results are assigned like initVars with Go's have/want counts. */
static void return_stmt(Checker *c, Node *n)
{
    FuncInfo *f = c->func;
    NodeList *res = &n->ret.results;
    char buf[800], ts[256], h[600], w[600];
    if (!f) {
        chk_error(c, n->pos, "return outside function");
        return;
    }
    n->ret.func = f;
    int want = f->nresults;
    if (res->len == 0 && f->named_results) {
        for (int i = 0; i < want; i++) {
            Symbol *r = f->results[i];
            Symbol *alt = scope_lookup(c->scope, r->name);
            if (alt && alt != r) {
                chk_type_string(alt->type ? alt->type : t_invalid, ts, sizeof ts);
                snprintf(buf, sizeof buf, "inner declaration of %s %s %s",
                         alt->kind == SYM_CONST ? "const" : alt->kind == SYM_TYPE ? "type" : "var", alt->name, ts);
                chk_error_note(c, n->pos, alt->pos, buf, "result parameter %s not in scope at return", r->name);
            }
        }
        return;
    }
    if (res->len == 0 && want == 0)
        return;
    /* the values, a multi-value call unpacked */
    int nhave = res->len;
    Type **have = GC_MALLOC(sizeof(Type *) * (size_t)(nhave + 1));
    Node **at = GC_MALLOC(sizeof(Node *) * (size_t)(nhave + 1));
    bool bad = false;
    if (res->len == 1) {
        Node *r = res->items[0];
        chk_expr(c, r);
        if (r->mode != MODE_INVALID && r->type && r->type->kind == K_TUPLE) {
            nhave = r->type->nparams;
            have = r->type->params;
            at = GC_MALLOC(sizeof(Node *) * (size_t)(nhave + 1));
            for (int i = 0; i < nhave; i++)
                at[i] = r;
        } else {
            chk_single_value(c, r);
            have[0] = r->type;
            at[0] = r;
            bad = r->mode == MODE_INVALID;
        }
    } else {
        for (int i = 0; i < nhave; i++) {
            chk_single(c, res->items[i]);
            have[i] = res->items[i]->type;
            at[i] = res->items[i];
            bad = bad || res->items[i]->mode == MODE_INVALID;
        }
    }
    if (nhave != want) {
        if (bad)
            return;
        Type **wt = GC_MALLOC(sizeof(Type *) * (size_t)(want + 1));
        for (int i = 0; i < want; i++)
            wt[i] = f->results[i]->type;
        chk_types_summary(have, nhave, false, h, sizeof h);
        chk_types_summary(wt, want, false, w, sizeof w);
        Pos pos = nhave == 0 ? n->pos : start_pos(at[nhave > want ? want : nhave - 1]);
        chk_error(c, pos, "%s return values\n\thave %s\n\twant %s", nhave < want ? "not enough" : "too many", h, w);
        return;
    }
    if (res->len == 1 && nhave > 1) {
        for (int i = 0; i < want; i++) {
            Node tmp = *res->items[0];
            tmp.type = have[i];
            tmp.mode = MODE_VALUE;
            tmp.cval = NULL;
            chk_assign_to(c, &tmp, f->results[i]->type, "return statement");
        }
        return;
    }
    for (int i = 0; i < want; i++) {
        Node *r = res->items[i];
        if (r->mode != MODE_INVALID)
            chk_assign_to(c, r, f->results[i]->type, "return statement");
    }
}

static void mark_label_used(Node *stmt)
{
    Node *l = NULL;
    switch (stmt->kind) {
    case N_FOR: l = stmt->fors.label; break;
    case N_RANGE: l = stmt->range.label; break;
    case N_SWITCH: l = stmt->sw.label; break;
    case N_TYPESWITCH: l = stmt->tsw.label; break;
    case N_SELECT: l = stmt->sel.label; break;
    default: break;
    }
    if (l)
        l->mode = 1;
}

static void branch(Checker *c, Node *n)
{
    const char *label = n->branch.label ? n->branch.label->ident.name : NULL;
    switch (n->op) {
    case T_BREAK: case T_CONTINUE: {
        bool is_continue = n->op == T_CONTINUE;
        for (int i = ntargets - 1; i >= 0; i--) {
            Target *t = &targets[i];
            if (!t->stmt)
                break; /* function boundary */
            if (label) {
                if (t->label != label)
                    continue;
                mark_label_used(t->stmt);
                if (is_continue && !t->loop) {
                    chk_error(c, n->branch.label->pos, "invalid continue label %s", label);
                    return;
                }
                n->branch.target = t->stmt;
                return;
            }
            if (is_continue && !t->loop)
                continue;
            n->branch.target = t->stmt;
            return;
        }
        if (label) {
            /* a label that exists but does not enclose us, or none */
            bool exists = false;
            for (int i = 0; i < c->nlabels; i++)
                if (c->labels[i]->labeled.label->ident.name == label)
                    exists = true;
            for (int i = 0; i < c->nlabels; i++)
                if (c->labels[i]->labeled.label->ident.name == label)
                    c->labels[i]->mode = 1;
            if (exists)
                chk_error(c, n->branch.label->pos, "invalid %s label %s", is_continue ? "continue" : "break", label);
            else
                chk_error(c, n->branch.label->pos, "%s label not defined: %s",
                          is_continue ? "continue" : "break", label);
            return;
        }
        chk_error(c, n->pos, is_continue ? "continue is not in a loop" : "break is not in a loop, switch, or select");
        return;
    }
    case T_GOTO:
        /* judged at the end of the function, when every label is known
         * (check_goto.c) */
        return;
    default:
        /* fallthrough: validated by the enclosing switch */
        if (!n->branch.target)
            chk_error(c, n->pos, "fallthrough statement out of place");
        return;
    }
}

static void cond(Checker *c, Node *e, const char *what)
{
    char buf[800];
    chk_single(c, e);
    if (e->mode == MODE_INVALID)
        return;
    if (!type_is_boolean(type_under(e->type))) {
        chk_operand_string(e, buf, sizeof buf);
        chk_error(c, start_pos(e), "non-boolean condition in %s statement", what);
        return;
    }
    chk_default(c, e);
}

static void if_stmt(Checker *c, Node *n)
{
    open_scope(c);
    if (n->ifs.init)
        chk_stmt(c, n->ifs.init);
    if (n->ifs.cond)
        cond(c, n->ifs.cond, "if");
    else
        chk_error(c, n->pos, "missing condition in if statement");
    chk_block(c, n->ifs.body);
    if (n->ifs.els)
        chk_stmt(c, n->ifs.els);
    close_scope(c);
}

static const char *label_of(Node *n)
{
    return n->sw.label ? n->sw.label->labeled.label->ident.name : NULL;
}

/* Marks fallthrough statements that end a case clause (the only place
 * they are allowed) before the clause is checked. */
static void mark_fallthrough(Checker *c, NodeList *clauses, int i, bool type_switch)
{
    Node *cl = clauses->items[i];
    NodeList *body = &cl->clause.body;
    if (body->len == 0)
        return;
    Node *last = body->items[body->len - 1];
    if (last->kind != N_BRANCH || last->op != T_FALLTHROUGH)
        return;
    if (type_switch) {
        chk_error(c, last->pos, "cannot fallthrough in type switch");
        last->branch.target = last; /* reported */
        return;
    }
    if (i == clauses->len - 1) {
        chk_error(c, last->pos, "cannot fallthrough final case in switch");
        last->branch.target = last;
        return;
    }
    last->branch.target = clauses->items[i + 1];
}

/* A switch or select has at most one default clause. */
static void multiple_defaults(Checker *c, NodeList *clauses)
{
    Node *first = NULL;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (!cl->clause.is_default)
            continue;
        if (first)
            chk_error(c, cl->pos, "multiple defaults (first at %s:%d:%d)", c->diag->src->name,
                      first->pos.line, first->pos.col);
        else
            first = cl;
    }
}

/* Checks the case values of an expression switch against the tag [x]
 * (go/types caseValues): each converts to the tag's type and must compare
 * with it; constant values may not repeat. */
static void case_values(Checker *c, Node *x, NodeList *values, Node **seen, int *nseen, int maxseen)
{
    char buf[800];
    for (int j = 0; j < values->len; j++) {
        Node *e = values->items[j];
        chk_single(c, e);
        if (e->mode == MODE_INVALID || x->mode == MODE_INVALID)
            continue;
        if (!chk_convert_operand(c, e, x->type) || !chk_comparison(c, e, x, T_EQL, true))
            continue;
        /* like gc, only integer, float and string values are compared */
        if (e->mode != MODE_CONST || e->cval->kind == CV_BOOL)
            continue;
        bool dup = false;
        for (int k = 0; k < *nseen && !dup; k++) {
            Node *o = seen[k];
            if (o->cval->kind == e->cval->kind && cv_compare(T_EQL, o->cval, e->cval) &&
                type_same(o->type, e->type)) {
                chk_operand_string(e, buf, sizeof buf);
                chk_error_note(c, start_pos(e), start_pos(o), "previous case",
                               "duplicate case %s in expression switch", buf);
                dup = true;
            }
        }
        if (!dup && *nseen < maxseen)
            seen[(*nseen)++] = e;
    }
}

static void switch_stmt(Checker *c, Node *n)
{
    char buf[800], ts[256];
    open_scope(c);
    if (n->sw.init)
        chk_stmt(c, n->sw.init);
    Node *tag = n->sw.tag;
    if (tag) {
        chk_single(c, tag);
        if (tag->mode != MODE_INVALID && tag->type == t_untyped_nil) {
            chk_error(c, start_pos(tag), "use of untyped nil in switch expression");
            tag->mode = MODE_INVALID;
        }
        chk_default_in(c, tag, "switch expression");
        Type *u = tag->mode != MODE_INVALID ? type_under(tag->type) : NULL;
        if (u && !type_is_comparable(tag->type) && u->kind != K_INTERFACE && u->kind != K_SLICE &&
            u->kind != K_MAP && u->kind != K_FUNC) {
            chk_operand_string(tag, buf, sizeof buf);
            chk_type_string(tag->type, ts, sizeof ts);
            chk_error(c, start_pos(tag), "cannot switch on %s (%s is not comparable)", buf, ts);
            tag->mode = MODE_INVALID;
        }
    }
    /* a missing tag is the constant true (of type bool) */
    Node *x = tag;
    if (!x) {
        x = ast_ident(n->pos, "true", 4);
        x->mode = MODE_CONST;
        x->type = t_bool;
        x->cval = cv_bool(true);
    }
    push_target(n, label_of(n), false);
    NodeList *clauses = &n->sw.body->block.stmts;
    int ncases = 0;
    for (int i = 0; i < clauses->len; i++)
        ncases += ((Node *)clauses->items[i])->clause.list.len;
    Node **seen = GC_MALLOC(sizeof(Node *) * (size_t)(ncases + 1));
    int nseen = 0;
    multiple_defaults(c, clauses);
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        case_values(c, x, &cl->clause.list, seen, &nseen, ncases);
        mark_fallthrough(c, clauses, i, false);
        open_scope(c);
        stmt_list(c, &cl->clause.body);
        close_scope(c);
    }
    ntargets--;
    close_scope(c);
}

static bool is_nil_name(Checker *c, Node *e)
{
    while (e->kind == N_PAREN)
        e = e->paren.x;
    if (e->kind != N_IDENT)
        return false;
    Symbol *s = scope_lookup(c->scope, e->ident.name);
    return s && s->kind == SYM_NIL;
}

/* Checks the types of one type switch clause (go/types caseTypes): each is
 * a type or nil, none repeats an earlier case, and each is a possible
 * dynamic type of [x] (NULL when x is invalid). Returns the clause's one
 * type, NULL for nil, several types or an error. */
static Type *case_types(Checker *c, Node *x, NodeList *list, Node **seen, int *nseen)
{
    char buf[800], ts[256], xs[300], reason[512];
    Type *T = NULL;
    for (int j = 0; j < list->len; j++) {
        Node *e = list->items[j];
        bool nil = is_nil_name(c, e);
        if (nil) {
            T = NULL;
            chk_expr(c, e);
        } else {
            T = chk_var_type(c, e);
            if (!T) {
                e->mode = MODE_INVALID;
                continue;
            }
        }
        bool dup = false;
        for (int k = 0; k < *nseen && !dup; k++) {
            Node *o = seen[k];
            bool onil = o->mode != MODE_TYPE;
            if ((nil && onil) || (!nil && !onil && type_same(o->type, T))) {
                if (nil)
                    snprintf(ts, sizeof ts, "nil");
                else
                    chk_type_string(T, ts, sizeof ts);
                chk_error_note(c, start_pos(e), start_pos(o), "previous case", "duplicate case %s in type switch", ts);
                dup = true;
            }
        }
        if (dup)
            continue;
        seen[(*nseen)++] = e;
        if (x && T && T->kind != K_INTERFACE && !chk_implements(T, type_under(x->type), reason, sizeof reason)) {
            ast_expr_string(e, buf, sizeof buf);
            chk_operand_string(x, xs, sizeof xs);
            chk_type_string(T, ts, sizeof ts);
            chk_error(c, start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                      buf, xs, ts, reason);
        }
    }
    return list->len == 1 ? T : NULL;
}

static void type_switch(Checker *c, Node *n)
{
    char buf[800];
    open_scope(c);
    if (n->tsw.init)
        chk_stmt(c, n->tsw.init);
    Node *x = n->tsw.assign->assert.x;
    chk_single(c, x);
    bool ok = x->mode != MODE_INVALID;
    if (ok && gen_tparam_of(x->type)) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "cannot use type switch on type parameter value %s", buf);
        ok = false;
    } else if (ok && type_under(x->type)->kind != K_INTERFACE) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "%s is not an interface", buf);
        ok = false;
    }
    push_target(n, n->tsw.label ? n->tsw.label->labeled.label->ident.name : NULL, false);
    NodeList *clauses = &n->tsw.body->block.stmts;
    Symbol **binds = GC_MALLOC(sizeof(Symbol *) * (size_t)(clauses->len + 1));
    multiple_defaults(c, clauses);
    int ntypes = 0;
    for (int i = 0; i < clauses->len; i++)
        ntypes += clauses->items[i]->clause.list.len;
    Node **seen = GC_MALLOC(sizeof(Node *) * (size_t)(ntypes + 1));
    int nseen = 0;
    bool any_use = false;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        Type *single = case_types(c, ok ? x : NULL, &cl->clause.list, seen, &nseen);
        mark_fallthrough(c, clauses, i, true);
        open_scope(c);
        if (n->tsw.bind) {
            Node *id = ast_ident(n->tsw.bindpos, n->tsw.bind, (int)strlen(n->tsw.bind));
            Type *bt = single ? single : (ok ? x->type : t_invalid);
            Symbol *s = chk_declare(c, c->scope, SYM_VAR, id, bt);
            s->used = false;
            binds[i] = s;
            cl->clause.sym = s;
        }
        stmt_list(c, &cl->clause.body);
        if (binds[i] && binds[i]->used)
            any_use = true;
        close_scope(c);
    }
    /* the clauses' variables count as one: used if any of them is */
    if (n->tsw.bind && !(n->tsw.bind[0] == '_' && n->tsw.bind[1] == '\0')) {
        for (int i = 0; i < clauses->len; i++)
            if (binds[i])
                binds[i]->used = true;
        if (!any_use && unused_is_error(c))
            chk_error(c, n->tsw.bindpos, "%s declared but not used", n->tsw.bind);
    }
    ntargets--;
    close_scope(c);
}

static void select_stmt(Checker *c, Node *n)
{
    push_target(n, n->sel.label ? n->sel.label->labeled.label->ident.name : NULL, false);
    NodeList *clauses = &n->sel.body->block.stmts;
    multiple_defaults(c, clauses);
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        open_scope(c);
        if (cl->clause.is_default) {
        } else if (cl->clause.comm) {
            Node *comm = cl->clause.comm;
            bool valid = false;
            if (comm->kind == N_SEND) {
                valid = true;
            } else {
                Node *rhs = NULL;
                if (comm->kind == N_EXPRSTMT)
                    rhs = comm->exprstmt.x;
                else if (comm->kind == N_ASSIGN && (comm->op == T_ASSIGN || comm->op == T_DEFINE) &&
                         comm->assign.rhs.len == 1)
                    rhs = comm->assign.rhs.items[0];
                while (rhs && rhs->kind == N_PAREN)
                    rhs = rhs->paren.x;
                valid = rhs && rhs->kind == N_UNARY && rhs->op == T_ARROW;
            }
            if (!valid) {
                /* at the statement: an expression statement is at its
                 * expression's own position (an operator's, say) */
                Pos at = comm->kind == N_ASSIGN && comm->assign.lhs.len ? start_pos(comm->assign.lhs.items[0])
                                                                        : comm->pos;
                chk_error(c, at, "select case must be send or receive (possibly with assignment)");
                close_scope(c);
                continue; /* Go skips the clause */
            }
            chk_stmt(c, comm);
        }
        stmt_list(c, &cl->clause.body);
        close_scope(c);
    }
    ntargets--;
}

static void for_stmt(Checker *c, Node *n)
{
    open_scope(c);
    if (n->fors.init)
        chk_stmt(c, n->fors.init);
    if (n->fors.cond)
        cond(c, n->fors.cond, "for");
    if (n->fors.post) {
        if (n->fors.post->kind == N_ASSIGN && n->fors.post->op == T_DEFINE)
            chk_error(c, n->fors.post->pos, "cannot declare in post statement of for loop");
        else
            chk_stmt(c, n->fors.post);
    }
    push_target(n, n->fors.label ? n->fors.label->labeled.label->ident.name : NULL, true);
    c->loops++;
    chk_block(c, n->fors.body);
    c->loops--;
    ntargets--;
    close_scope(c);
}

static void range_stmt(Checker *c, Node *n)
{
    char buf[800];
    Node *x = n->range.x;
    open_scope(c);
    chk_single(c, x);
    Type *kt = NULL, *vt = NULL;
    bool ok = x->mode != MODE_INVALID;
    int max_vars = 2;
    const TParam *tp = ok ? gen_tparam_of(x->type) : NULL;
    if (tp && !tp->core) {
        chk_operand_string(x, buf, sizeof buf);
        chk_error(c, start_pos(x), "cannot range over %s (%s has no core type)", buf, x->type->name);
        ok = false;
    }
    if (ok) {
        Type *u = type_under(x->type);
        if (u->kind == K_POINTER && type_under(u->elem)->kind == K_ARRAY)
            u = type_under(u->elem);
        switch (u->kind) {
        case K_STRING: case K_UNTYPED_STRING:
            chk_default(c, x);
            kt = t_int;
            vt = t_rune;
            break;
        case K_SLICE: case K_ARRAY:
            kt = t_int;
            vt = u->elem;
            break;
        case K_MAP:
            kt = u->key;
            vt = u->elem;
            break;
        case K_CHAN:
            kt = u->elem;
            max_vars = 1;
            if (u->dir == 1) {
                chk_operand_string(x, buf, sizeof buf);
                chk_error(c, start_pos(x), "cannot range over %s (receive from send-only channel)", buf);
                ok = false;
            }
            break;
        case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64:
        case K_UINTPTR: case K_UNTYPED_INT: case K_UNTYPED_RUNE:
            if (x->mode == MODE_CONST && type_is_untyped(x->type))
                chk_convert_untyped(c, x, t_int);
            kt = x->type;
            max_vars = 1;
            break;
        case K_UNTYPED_FLOAT:
            if (x->mode == MODE_CONST && cv_is_integral(x->cval)) {
                chk_convert_untyped(c, x, t_int);
                kt = t_int;
                max_vars = 1;
                break;
            }
            /* fall through */
        default:
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(x), "cannot range over %s", buf);
            ok = false;
            break;
        }
    }
    /* too many variables: reported, and the extra ones get no type
     * (go/types rangeStmt goes on) */
    if (n->range.nvars > max_vars && ok) {
        if (max_vars == 1) {
            chk_operand_string(x, buf, sizeof buf);
            chk_error(c, start_pos(n->range.value), "range over %s permits only one iteration variable", buf);
        } else {
            chk_error(c, n->range.extra ? start_pos(n->range.extra) : n->pos,
                      "range clause permits at most two iteration variables");
        }
    }
    Node *vars[2] = {n->range.key, n->range.value};
    Type *types[2] = {kt, vt};
    if (n->op == T_DEFINE) {
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v)
                continue;
            if (v->kind != N_IDENT) {
                ast_expr_string(v, buf, sizeof buf);
                chk_error(c, start_pos(v), "non-name %s on left side of :=", buf);
                continue;
            }
            if (is_blank(v)) {
                v->mode = MODE_VAR;
                continue;
            }
            Symbol *s = chk_declare(c, c->scope, SYM_VAR, v, ok && types[i] ? types[i] : t_invalid);
            v->mode = MODE_VAR;
            v->type = s->type;
        }
    } else if (n->op == T_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v)
                continue;
            Type *lt = chk_lhs(c, v, false);
            if (!lt || lt->kind == K_INVALID || !ok || !types[i])
                continue;
            /* Go reports the variable as the value: x (value of type T) */
            Node tmp = *v;
            tmp.type = types[i];
            tmp.mode = MODE_VALUE;
            tmp.cval = NULL;
            chk_assign_to(c, &tmp, lt, "assignment");
        }
    }
    push_target(n, n->range.label ? n->range.label->labeled.label->ident.name : NULL, true);
    c->loops++;
    chk_block(c, n->range.body);
    c->loops--;
    ntargets--;
    close_scope(c);
}

static void labeled(Checker *c, Node *n)
{
    const char *name = n->labeled.label->ident.name;
    if (name[0] == '_' && name[1] == '\0') {
        /* the blank label declares nothing (gc): no goto, break or
         * continue can name it, and it need not be used */
        chk_stmt(c, n->labeled.stmt);
        return;
    }
    for (int i = 0; i < c->nlabels; i++)
        if (c->labels[i]->labeled.label->ident.name == name) {
            Pos at = c->labels[i]->labeled.label->pos;
            chk_error(c, n->labeled.label->pos, "label %s already defined at %s:%d:%d", name,
                      c->diag->src->name, at.line, at.col);
            break;
        }
    if (c->nlabels == c->labelcap) {
        c->labelcap = c->labelcap ? c->labelcap * 2 : 8;
        Node **l = GC_MALLOC(sizeof(Node *) * (size_t)c->labelcap);
        if (c->nlabels)
            memcpy(l, c->labels, sizeof(Node *) * (size_t)c->nlabels);
        c->labels = l;
    }
    c->labels[c->nlabels++] = n;
    Node *s = n->labeled.stmt;
    if (s) {
        switch (s->kind) {
        case N_FOR: s->fors.label = n; break;
        case N_RANGE: s->range.label = n; break;
        case N_SWITCH: s->sw.label = n; break;
        case N_TYPESWITCH: s->tsw.label = n; break;
        case N_SELECT: s->sel.label = n; break;
        default: break;
        }
        chk_stmt(c, s);
    }
}

static void go_defer(Checker *c, Node *n)
{
    char buf[800];
    const char *what = n->kind == N_GO ? "go" : "defer";
    Node *call = n->gostmt.call;
    while (call->kind == N_PAREN) {
        chk_error(c, call->pos, "expression in %s must not be parenthesized", what);
        call = call->paren.x;
    }
    if (call->kind != N_CALL) {
        /* Go's parser says so, then takes the operand as a call of it
         * without arguments (the usual slip: missing parentheses) */
        /* at the node's own position, as Go 1.19's parser reports it:
         * a selector's is its dot */
        Pos at = start_pos(call);
        if (call->kind == N_SELECTOR) {
            at = call->selector.sel->pos;
            at.col--;
        }
        chk_error(c, at, "expression in %s must be function call", what);
        Node *fake = ast_new(N_CALL, call->pos);
        fake->call.fun = call;
        fake->call.rparen = call->pos;
        chk_expr(c, fake);
        return;
    }
    chk_expr(c, call);
    if (call->mode == MODE_INVALID)
        return;
    CallInfo *ci = call->info;
    if (ci && ci->kind == CALL_CONVERSION) {
        chk_operand_string(call, buf, sizeof buf);
        chk_error(c, start_pos(call), "%s requires function call, not conversion %s", what, buf);
        return;
    }
    if (ci && ci->kind == CALL_BUILTIN) {
        switch (ci->builtin) {
        case B_APPEND: case B_CAP: case B_LEN: case B_MAKE: case B_NEW:
        case B_MIN: case B_MAX: case B_COMPLEX: case B_REAL: case B_IMAG:
            chk_operand_string(call, buf, sizeof buf);
            chk_error(c, start_pos(call), "%s discards result of %s", what, buf);
            return;
        default:
            break;
        }
    }
    if (n->kind == N_DEFER && c->func)
        c->func->has_defer = true;
}

static void send_stmt(Checker *c, Node *n)
{
    char buf[800];
    Node *ch = n->send.chan, *v = n->send.value;
    chk_single(c, ch);
    chk_single(c, v);
    if (ch->mode == MODE_INVALID || v->mode == MODE_INVALID)
        return;
    Type *u = type_under(ch->type);
    if (u->kind != K_CHAN) {
        chk_operand_string(ch, buf, sizeof buf);
        chk_error(c, start_pos(ch), "invalid operation: cannot send to non-channel %s", buf);
        return;
    }
    if (u->dir == 2) {
        chk_operand_string(ch, buf, sizeof buf);
        chk_error(c, start_pos(ch), "invalid operation: cannot send to receive-only channel %s", buf);
        return;
    }
    chk_assign_to(c, v, u->elem, "send");
}

void chk_stmt(Checker *c, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_EMPTY:
        break;
    case N_EXPRSTMT:
        expr_stmt(c, n);
        break;
    case N_SEND:
        send_stmt(c, n);
        break;
    case N_INCDEC:
        chk_incdec(c, n);
        break;
    case N_ASSIGN:
        if (n->op == T_DEFINE)
            chk_short_var_decl(c, n);
        else if (n->op == T_ASSIGN)
            chk_assign_stmt(c, n);
        else
            chk_op_assign(c, n);
        break;
    case N_DECLSTMT:
        chk_decl_stmt(c, n->declstmt.decl);
        break;
    case N_GO: case N_DEFER:
        go_defer(c, n);
        break;
    case N_RETURN:
        return_stmt(c, n);
        break;
    case N_BRANCH:
        branch(c, n);
        break;
    case N_BLOCK:
        chk_block(c, n);
        break;
    case N_IF:
        if_stmt(c, n);
        break;
    case N_SWITCH:
        switch_stmt(c, n);
        break;
    case N_TYPESWITCH:
        type_switch(c, n);
        break;
    case N_SELECT:
        select_stmt(c, n);
        break;
    case N_FOR:
        for_stmt(c, n);
        break;
    case N_RANGE:
        range_stmt(c, n);
        break;
    case N_LABELED:
        labeled(c, n);
        break;
    default:
        chk_error(c, n->pos, "unexpected %s", ast_kind_name(n->kind));
        break;
    }
}

static int by_pos(const void *a, const void *b)
{
    const Symbol *x = *(Symbol *const *)a, *y = *(Symbol *const *)b;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    return x->pos.col - y->pos.col;
}

/* At the end of a function: every local variable must be used, that is
 * read somewhere (go/types usage); variables whose declaration already
 * failed are not reported. */
/* A script (no package clause) may leave variables and imports unused, a
 * scripting relaxation (design §1); a Go program gets Go's errors. */
bool unused_is_error(const Checker *c)
{
    return !c->pkg || c->pkg->strict;
}

void chk_end_unused(Checker *c)
{
    if (!unused_is_error(c))
        c->nlocals = 0;
    if (c->nlocals > 1)
        qsort(c->locals, (size_t)c->nlocals, sizeof(Symbol *), by_pos);
    for (int i = 0; i < c->nlocals; i++) {
        Symbol *s = c->locals[i];
        if (!s->used && s->type && s->type->kind != K_INVALID)
            chk_error(c, s->pos, "%s declared but not used", s->name);
    }
    c->nlocals = 0;
}

void chk_func_body(Checker *c, FuncInfo *f)
{
    Checker saved = *c;
    int saved_targets = ntargets;
    c->func = f;
    c->scope = scope_new(c->scope, SCOPE_FUNC);
    c->scope->func = f;
    c->loops = 0;
    c->labels = NULL;
    c->nlabels = c->labelcap = 0;
    c->locals = NULL;
    c->nlocals = c->localcap = 0;
    c->iota = -1;
    if (!f->sym || f->sym->kind != SYM_FUNC) {
        /* literals record dependencies on behalf of their enclosing
         * declaration; declared functions on their own behalf */
    } else {
        c->dep_owner = f->sym;
    }
    push_target(NULL, NULL, false); /* function boundary */
    if (f->recv) {
        f->recv->owner = f;
        if (f->recv->name[0] != '_' || f->recv->name[1])
            scope_insert(c->scope, f->recv);
    }
    for (int i = 0; i < f->nparams; i++) {
        Symbol *p = f->params[i];
        p->owner = f;
        if (p->name[0] == '_' && p->name[1] == '\0')
            continue;
        Symbol *old = scope_lookup_local(c->scope, p->name);
        if (old)
            chk_error_alt(c, p->pos, old->pos, p->name, "%s redeclared in this block", p->name);
        scope_insert(c->scope, p);
    }
    for (int i = 0; i < f->nresults; i++) {
        Symbol *r = f->results[i];
        r->owner = f;
        if (r->name[0] == '_' && r->name[1] == '\0')
            continue;
        Symbol *old = scope_lookup_local(c->scope, r->name);
        if (old)
            chk_error_alt(c, r->pos, old->pos, r->name, "%s redeclared in this block", r->name);
        scope_insert(c->scope, r);
    }
    Node *body = f->body;
    if (body) {
        /* the body's top level shares the parameters' block */
        stmt_list(c, &body->block.stmts);
        chk_end_labels(c, body->block.stmts.items, body->block.stmts.len, body->pos);
        chk_end_unused(c);
        if (f->nresults > 0 && !chk_terminates(body))
            chk_error(c, body->block.rbrace, "missing return");
    }
    ntargets = saved_targets;
    Diag *d = c->diag;
    *c = saved;
    c->diag = d;
}
