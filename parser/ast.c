/* ast.c: node allocation, name interning and the grammar's constructors. */
#include <gc.h>
#include <pthread.h>
#include <string.h>
#include "parse_internal.h"

void list_push(NodeList *l, Node *n)
{
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = GC_MALLOC(sizeof(Node *) * (size_t)cap);
        if (l->len)
            memcpy(items, l->items, sizeof(Node *) * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

Node *ast_new(NodeKind kind, Pos pos)
{
    Node *n = GC_MALLOC(sizeof *n);
    n->kind = (uint8_t)kind;
    n->pos = pos;
    return n;
}

const char *ast_intern(const char *s, int len)
{
    return intern_name(s, len);
}

Node *ast_ident(Pos pos, const char *text, int len)
{
    Node *n = ast_new(N_IDENT, pos);
    n->ident.name = ast_intern(text, len);
    return n;
}

/* ---- constructors used by grammar actions ---- */

Node *mk_lit(Token t)
{
    Node *n = ast_new(N_BASICLIT, t.pos);
    n->lit.tok = t.kind;
    n->lit.text = t.text;
    n->lit.len = t.len;
    return n;
}

Node *mk_import(Node *name, Token path)
{
    Node *n = ast_new(N_IMPORT, path.pos);
    n->import.name = name;
    n->import.path = mk_lit(path);
    return n;
}

Node *mk_funcdecl(Pos pos, Node *recv, Token name, Node *sig, Node *body)
{
    Node *n = ast_new(N_FUNCDECL, pos);
    n->funcdecl.recv = recv;
    n->funcdecl.name = ast_ident(name.pos, name.text, name.len);
    sig->pos = pos;
    n->funcdecl.type = sig;
    n->funcdecl.body = body;
    return n;
}

Node *mk_gendecl(Token kw, Node *spec)
{
    Node *n = ast_new(N_GENDECL, kw.pos);
    n->op = (int16_t)kw.kind;
    list_push(&n->gen.specs, spec);
    return n;
}

Node *mk_gendecl_list(Token kw, NodeList specs)
{
    Node *n = ast_new(N_GENDECL, kw.pos);
    n->op = (int16_t)kw.kind;
    n->gen.specs = specs;
    return n;
}

/* In a const group, a spec without values repeats the previous spec's type
 * and expressions (Go's implicit repetition); each spec's iota is its index
 * in the group. */
void fix_consts(Node *decl)
{
    Node *prev = NULL;
    for (int i = 0; i < decl->gen.specs.len; i++) {
        Node *s = decl->gen.specs.items[i];
        s->vspec.iota = i;
        if (s->vspec.values.len == 0 && !s->vspec.type && prev) {
            s->vspec.type = prev->vspec.type;
            s->vspec.values = prev->vspec.values;
            s->vspec.implicit = true;
        } else {
            prev = s;
        }
    }
}

Node *mk_vspec(NodeList names, Node *type, NodeList *values)
{
    Node *n = ast_new(N_VALUESPEC, names.items[0]->pos);
    n->vspec.names = names;
    n->vspec.type = type;
    if (values)
        n->vspec.values = *values;
    return n;
}

Node *mk_tspec(Token name, Node *type, bool alias)
{
    Node *n = ast_new(N_TYPESPEC, name.pos);
    n->tspec.name = ast_ident(name.pos, name.text, name.len);
    n->tspec.type = type;
    n->tspec.alias = alias;
    return n;
}

Node *mk_selector(Node *x, Pos dot, Token sel)
{
    Node *n = ast_new(N_SELECTOR, x->pos);
    n->selector.x = x;
    n->selector.dot = dot;
    n->selector.sel = ast_ident(sel.pos, sel.text, sel.len);
    return n;
}

Node *mk_array(Pos pos, Node *len, Node *elem)
{
    Node *n = ast_new(N_ARRAYTYPE, pos);
    n->array.len = len;
    n->array.elem = elem;
    return n;
}

Node *mk_chan(Pos pos, int dir, Node *elem)
{
    Node *n = ast_new(N_CHANTYPE, pos);
    n->chan.dir = dir;
    n->chan.value = elem;
    return n;
}

Node *mk_field(NodeList names, Node *type)
{
    Node *n = ast_new(N_FIELD, names.len ? names.items[0]->pos : type->pos);
    n->field.names = names;
    n->field.type = type;
    return n;
}

Node *mk_embedded(Node *type)
{
    Node *n = ast_new(N_FIELD, type->pos);
    n->field.type = type;
    return n;
}

Node *mk_param(Node *name, Node *type)
{
    Node *n = ast_new(N_FIELD, name ? name->pos : type->pos);
    if (name)
        list_push(&n->field.names, name);
    n->field.type = type;
    return n;
}

/* Go groups `a, b int` as one field with two names. The grammar reads each
 * comma-separated item alone, so `a` arrives as a bare type; when any item
 * has a name, every bare item before a named one is a name of its group. */
NodeList group_params(ParseState *ps, NodeList params)
{
    bool named = false;
    for (int i = 0; i < params.len; i++)
        if (params.items[i]->field.names.len)
            named = true;
    if (!named)
        return params;
    NodeList out = {0};
    NodeList pending = {0};
    for (int i = 0; i < params.len; i++) {
        Node *p = params.items[i];
        if (p->field.names.len == 0) {
            if (p->field.type->kind != N_IDENT) {
                diag_error(ps->diag, p->pos,
                           "syntax error: mixed named and unnamed parameters");
                ps->diag->syntax = true;
                return params;
            }
            list_push(&pending, p->field.type);
            continue;
        }
        if (pending.len) {
            Node *f = ast_new(N_FIELD, pending.items[0]->pos);
            for (int j = 0; j < pending.len; j++)
                list_push(&f->field.names, pending.items[j]);
            list_push(&f->field.names, p->field.names.items[0]);
            f->field.type = p->field.type;
            list_push(&out, f);
            memset(&pending, 0, sizeof pending);
        } else {
            list_push(&out, p);
        }
    }
    if (pending.len) {
        diag_error(ps->diag, pending.items[pending.len - 1]->pos,
                   "syntax error: mixed named and unnamed parameters");
        ps->diag->syntax = true;
    }
    for (int i = 0; i < out.len; i++)
        check_named_array(ps, out.items[i]->field.type);
    return out;
}

/* After a name, Go's parser reads `[` as the start of an array length or
 * type arguments, where `...` cannot stand: `func f(a [...]int)` is a
 * syntax error (an unnamed [...]T is left to the checker). */
void check_named_array(ParseState *ps, Node *type)
{
    if (type->kind == N_ARRAYTYPE && type->array.len && type->array.len->kind == N_ELLIPSIS) {
        diag_error(ps->diag, type->array.len->pos, "syntax error: unexpected ..., expecting expression");
        ps->diag->syntax = true;
    }
}

bool check_receivers(ParseState *ps, Node *recv, Pos at)
{
    int n = 0;
    for (int i = 0; i < recv->func.params.len; i++) {
        int names = recv->func.params.items[i]->field.names.len;
        n += names ? names : 1;
    }
    if (n == 1)
        return true;
    diag_error(ps->diag, at, n == 0 ? "method has no receiver" : "method has multiple receivers");
    ps->diag->syntax = true;
    return n > 1;
}

Node *mk_branch(Token kw, Token *label)
{
    Node *n = ast_new(N_BRANCH, kw.pos);
    n->op = (int16_t)kw.kind;
    if (label)
        n->branch.label = ast_ident(label->pos, label->text, label->len);
    return n;
}

Node *mk_assign(Token op, NodeList lhs, NodeList rhs)
{
    Node *n = ast_new(N_ASSIGN, op.pos);
    n->op = (int16_t)op.kind;
    n->assign.lhs = lhs;
    n->assign.rhs = rhs;
    return n;
}

void missing_condition(ParseState *ps, Pos at)
{
    diag_error(ps->diag, at, "syntax error: missing condition in if statement");
    ps->diag->syntax = true;
}

Node *mk_if(Token kw, Node *init, Node *cond, Node *body, Node *els)
{
    Node *n = ast_new(N_IF, kw.pos);
    n->ifs.init = init;
    n->ifs.cond = cond;
    n->ifs.body = body;
    n->ifs.els = els;
    return n;
}

/* Returns the x of `x.(type)` when [e] is such a guard, else NULL. */
static Node *type_guard(Node *e)
{
    return e && e->kind == N_TYPEASSERT && !e->assert.type ? e->assert.x : NULL;
}

static void list_string(const NodeList *l, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < l->len && len + 4 < size; i++) {
        if (i)
            len += (size_t)snprintf(buf + len, size - len, ", ");
        ast_expr_string(l->items[i], buf + len, size - len);
        len = strlen(buf);
    }
}

/* How Go's parser shows a simple statement standing where a value must
 * ("cannot use x := 1 as value"). */
static void stmt_as_value(const Node *s, char *buf, size_t size)
{
    char l[250], r[250];
    switch (s->kind) {
    case N_ASSIGN:
        list_string(&s->assign.lhs, l, sizeof l);
        list_string(&s->assign.rhs, r, sizeof r);
        if (s->op == T_ASSIGN)
            snprintf(buf, size, "assignment (%s) = (%s)", l, r);
        else
            snprintf(buf, size, "%s %s %s", l, tok_spelling[s->op], r);
        return;
    case N_INCDEC:
        ast_expr_string(s->incdec.x, l, sizeof l);
        snprintf(buf, size, "%s%s", l, tok_spelling[s->op]);
        return;
    case N_SEND:
        ast_expr_string(s->send.chan, l, sizeof l);
        ast_expr_string(s->send.value, r, sizeof r);
        snprintf(buf, size, "%s <- %s", l, r);
        return;
    default:
        snprintf(buf, size, "%s", ast_kind_name(s->kind));
        return;
    }
}

Node *mk_switch(ParseState *ps, Token kw, Node *init, Node *tag, Node *body)
{
    (void)ps;
    Node *guard = NULL;
    const char *bind = NULL;
    Pos bindpos = kw.pos;
    if (tag && tag->kind == N_EXPRSTMT && type_guard(tag->exprstmt.x)) {
        guard = tag->exprstmt.x;
    } else if (tag && tag->kind == N_ASSIGN && tag->op == T_DEFINE &&
               tag->assign.lhs.len == 1 && tag->assign.rhs.len == 1 &&
               tag->assign.lhs.items[0]->kind == N_IDENT &&
               type_guard(tag->assign.rhs.items[0])) {
        guard = tag->assign.rhs.items[0];
        bind = tag->assign.lhs.items[0]->ident.name;
        bindpos = tag->assign.lhs.items[0]->pos;
    }
    if (guard) {
        Node *n = ast_new(N_TYPESWITCH, kw.pos);
        n->tsw.init = init;
        n->tsw.assign = guard;
        n->tsw.bind = bind;
        n->tsw.bindpos = bindpos;
        n->tsw.body = body;
        return n;
    }
    Node *n = ast_new(N_SWITCH, kw.pos);
    n->sw.init = init;
    n->sw.body = body;
    if (tag) {
        if (tag->kind == N_EXPRSTMT) {
            n->sw.tag = tag->exprstmt.x;
        } else {
            char buf[600];
            stmt_as_value(tag, buf, sizeof buf);
            diag_error(ps->diag, tag->pos, "syntax error: cannot use %s as value", buf);
            ps->diag->syntax = true;
        }
    }
    return n;
}

Node *mk_clause(Pos pos, NodeList *list, Node *comm, NodeList body)
{
    Node *n = ast_new(N_CASE, pos);
    if (list)
        n->clause.list = *list;
    else if (!comm)
        n->clause.is_default = true;
    n->clause.comm = comm;
    n->clause.body = body;
    return n;
}

Node *mk_for(Token kw, Node *init, Node *cond, Node *post, Node *body)
{
    Node *n = ast_new(N_FOR, kw.pos);
    n->fors.init = init;
    n->fors.cond = cond;
    n->fors.post = post;
    n->fors.body = body;
    return n;
}

Node *mk_range(Token kw, Token range, int op, NodeList *lhs, Node *x,
               Node *body)
{
    Node *n = ast_new(N_RANGE, kw.pos);
    n->op = (int16_t)op;
    n->range.rangepos = range.pos;
    if (lhs && lhs->len > 0)
        n->range.key = lhs->items[0];
    if (lhs && lhs->len > 1)
        n->range.value = lhs->items[1];
    n->range.nvars = lhs ? lhs->len : 0;
    if (lhs && lhs->len > 2)
        n->range.extra = lhs->items[2];
    n->range.x = x;
    n->range.body = body;
    return n;
}

Node *mk_binary(Token op, Node *x, Node *y)
{
    Node *n = ast_new(N_BINARY, op.pos);
    n->op = (int16_t)op.kind;
    n->binary.x = x;
    n->binary.y = y;
    return n;
}

/* Whether `<-` before chan type [x] makes a type: the arrow moves down
 * the chain of send-only channels (go/parser parseUnaryExpr), so
 * <-chan chan<- T is fine and <-chan<- T is not. */
static bool receive_type_ok(Node *x)
{
    int dir = 1;
    for (Node *t = x; t->kind == N_CHANTYPE && dir == 1; t = t->chan.value) {
        if (t->chan.dir == 2)
            return false;
        dir = t->chan.dir;
    }
    return dir != 1;
}

Node *mk_unary(Token op, Node *x)
{
    if (op.kind == T_ARROW && x->kind == N_CHANTYPE && receive_type_ok(x)) {
        /* <-chan T in an expression: a type, not a receive */
        int dir = 1;
        for (Node *t = x; t->kind == N_CHANTYPE && dir == 1; t = t->chan.value) {
            dir = t->chan.dir;
            t->chan.dir = 2;
        }
        x->pos = op.pos;
        return x;
    }
    Node *n = ast_new(N_UNARY, op.pos);
    n->op = (int16_t)op.kind;
    n->unary.x = x;
    return n;
}

Node *mk_slice(Pos pos, Node *x, Node *lo, Node *hi, Node *max, bool three)
{
    Node *n = ast_new(N_SLICE, pos);
    n->slice.x = x;
    n->slice.lo = lo;
    n->slice.hi = hi;
    n->slice.max = max;
    n->slice.three = three;
    return n;
}

Node *mk_composite(Pos pos, Node *type, NodeList elts, Pos rbrace)
{
    Node *n = ast_new(N_COMPOSITE, type ? type->pos : pos);
    n->composite.type = type;
    n->composite.elts = elts;
    n->composite.rbrace = rbrace;
    return n;
}

Pos ast_start(const Node *n)
{
    switch (n->kind) {
    case N_ASSIGN: return n->assign.lhs.len ? ast_start(n->assign.lhs.items[0]) : n->pos;
    case N_EXPRSTMT: return ast_start(n->exprstmt.x);
    case N_INCDEC: return ast_start(n->incdec.x);
    case N_SEND: return ast_start(n->send.chan);
    case N_BINARY: return ast_start(n->binary.x);
    case N_CALL: return ast_start(n->call.fun);
    case N_INDEX: return ast_start(n->index.x);
    case N_SELECTOR: return ast_start(n->selector.x);
    case N_SLICE: return ast_start(n->slice.x);
    case N_TYPEASSERT: return ast_start(n->assert.x);
    case N_KEYVALUE: return ast_start(n->kv.key);
    default: return n->pos;
    }
}
