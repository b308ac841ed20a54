/* ast_clone.c: deep copies of syntax trees.
 *
 * A generic function or type is checked once per list of type arguments,
 * and the checker writes its findings (types, symbols, modes) into the
 * nodes it checks. So each instance gets a copy of the declaration: the
 * syntax is copied, every annotation is left out, and the template itself
 * is never annotated. */
#include <stddef.h>
#include <string.h>
#include "ast.h"

static Node *clone(const Node *n);

static NodeList clone_list(const NodeList *l)
{
    NodeList out;
    memset(&out, 0, sizeof out);
    for (int i = 0; i < l->len; i++)
        list_push(&out, clone(l->items[i]));
    return out;
}

static Node *clone(const Node *n)
{
    if (!n)
        return NULL;
    Node *c = ast_new((NodeKind)n->kind, n->pos);
    c->op = n->op;
    /* the union is copied whole, then every child is replaced by its copy
     * and every checker field cleared */
    memcpy(&c->ident, &n->ident, sizeof *n - offsetof(Node, ident));
    switch ((NodeKind)n->kind) {
    case N_IDENT: c->ident.sym = NULL; break;
    case N_BASICLIT: case N_BAD: case N_EMPTY: break;
    case N_COMPOSITE:
        c->composite.type = clone(n->composite.type);
        c->composite.elts = clone_list(&n->composite.elts);
        break;
    case N_FUNCLIT:
        c->funclit.type = clone(n->funclit.type);
        c->funclit.body = clone(n->funclit.body);
        c->funclit.info = NULL;
        break;
    case N_PAREN: c->paren.x = clone(n->paren.x); break;
    case N_SELECTOR:
        c->selector.x = clone(n->selector.x);
        c->selector.sel = clone(n->selector.sel);
        break;
    case N_INDEX:
        c->index.x = clone(n->index.x);
        c->index.index = clone(n->index.index);
        c->index.rest = clone_list(&n->index.rest);
        break;
    case N_SLICE:
        c->slice.x = clone(n->slice.x);
        c->slice.lo = clone(n->slice.lo);
        c->slice.hi = clone(n->slice.hi);
        c->slice.max = clone(n->slice.max);
        break;
    case N_TYPEASSERT:
        c->assert.x = clone(n->assert.x);
        c->assert.type = clone(n->assert.type);
        break;
    case N_CALL:
        c->call.fun = clone(n->call.fun);
        c->call.args = clone_list(&n->call.args);
        break;
    case N_STAR: c->star.x = clone(n->star.x); break;
    case N_UNARY: c->unary.x = clone(n->unary.x); break;
    case N_BINARY:
        c->binary.x = clone(n->binary.x);
        c->binary.y = clone(n->binary.y);
        break;
    case N_KEYVALUE:
        c->kv.key = clone(n->kv.key);
        c->kv.value = clone(n->kv.value);
        break;
    case N_ARRAYTYPE:
        c->array.len = clone(n->array.len);
        c->array.elem = clone(n->array.elem);
        break;
    case N_MAPTYPE:
        c->map.key = clone(n->map.key);
        c->map.value = clone(n->map.value);
        break;
    case N_CHANTYPE: c->chan.value = clone(n->chan.value); break;
    case N_FUNCTYPE:
        c->func.params = clone_list(&n->func.params);
        c->func.results = clone_list(&n->func.results);
        break;
    case N_STRUCTTYPE: c->strct.fields = clone_list(&n->strct.fields); break;
    case N_INTERFACETYPE: c->iface.methods = clone_list(&n->iface.methods); break;
    case N_ELLIPSIS: c->ellipsis.elem = clone(n->ellipsis.elem); break;
    case N_FIELD:
        c->field.names = clone_list(&n->field.names);
        c->field.type = clone(n->field.type);
        c->field.tag = clone(n->field.tag);
        break;
    case N_DECLSTMT: c->declstmt.decl = clone(n->declstmt.decl); break;
    case N_LABELED:
        c->labeled.label = clone(n->labeled.label);
        c->labeled.stmt = clone(n->labeled.stmt);
        break;
    case N_EXPRSTMT: c->exprstmt.x = clone(n->exprstmt.x); break;
    case N_SEND:
        c->send.chan = clone(n->send.chan);
        c->send.value = clone(n->send.value);
        break;
    case N_INCDEC: c->incdec.x = clone(n->incdec.x); break;
    case N_ASSIGN:
        c->assign.lhs = clone_list(&n->assign.lhs);
        c->assign.rhs = clone_list(&n->assign.rhs);
        break;
    case N_GO: case N_DEFER: c->gostmt.call = clone(n->gostmt.call); break;
    case N_RETURN:
        c->ret.results = clone_list(&n->ret.results);
        c->ret.func = NULL;
        break;
    case N_BRANCH:
        c->branch.label = clone(n->branch.label);
        c->branch.target = NULL;
        break;
    case N_BLOCK: c->block.stmts = clone_list(&n->block.stmts); break;
    case N_IF:
        c->ifs.init = clone(n->ifs.init);
        c->ifs.cond = clone(n->ifs.cond);
        c->ifs.body = clone(n->ifs.body);
        c->ifs.els = clone(n->ifs.els);
        break;
    case N_CASE:
        c->clause.list = clone_list(&n->clause.list);
        c->clause.comm = clone(n->clause.comm);
        c->clause.body = clone_list(&n->clause.body);
        c->clause.sym = NULL;
        break;
    case N_SWITCH:
        c->sw.init = clone(n->sw.init);
        c->sw.tag = clone(n->sw.tag);
        c->sw.body = clone(n->sw.body);
        c->sw.label = clone(n->sw.label);
        break;
    case N_TYPESWITCH:
        c->tsw.init = clone(n->tsw.init);
        c->tsw.assign = clone(n->tsw.assign);
        c->tsw.body = clone(n->tsw.body);
        c->tsw.label = clone(n->tsw.label);
        break;
    case N_SELECT:
        c->sel.body = clone(n->sel.body);
        c->sel.label = clone(n->sel.label);
        break;
    case N_FOR:
        c->fors.init = clone(n->fors.init);
        c->fors.cond = clone(n->fors.cond);
        c->fors.post = clone(n->fors.post);
        c->fors.body = clone(n->fors.body);
        c->fors.label = clone(n->fors.label);
        break;
    case N_RANGE:
        c->range.key = clone(n->range.key);
        c->range.value = clone(n->range.value);
        c->range.x = clone(n->range.x);
        c->range.body = clone(n->range.body);
        c->range.label = clone(n->range.label);
        c->range.extra = clone(n->range.extra);
        break;
    case N_IMPORT:
        c->import.name = clone(n->import.name);
        c->import.path = clone(n->import.path);
        break;
    case N_VALUESPEC:
        c->vspec.names = clone_list(&n->vspec.names);
        c->vspec.type = clone(n->vspec.type);
        c->vspec.values = clone_list(&n->vspec.values);
        break;
    case N_TYPESPEC:
        c->tspec.name = clone(n->tspec.name);
        c->tspec.type = clone(n->tspec.type);
        c->tspec.tparams = clone_list(&n->tspec.tparams);
        break;
    case N_GENDECL: c->gen.specs = clone_list(&n->gen.specs); break;
    case N_FUNCDECL:
        c->funcdecl.recv = clone(n->funcdecl.recv);
        c->funcdecl.name = clone(n->funcdecl.name);
        c->funcdecl.type = clone(n->funcdecl.type);
        c->funcdecl.body = clone(n->funcdecl.body);
        c->funcdecl.tparams = clone_list(&n->funcdecl.tparams);
        c->funcdecl.info = NULL;
        break;
    case N_FILE: case N_KIND_COUNT: break;
    }
    return c;
}

Node *ast_clone(const Node *n)
{
    return clone(n);
}
