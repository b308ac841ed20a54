/* ast_print.c: rendering expressions as Go's messages show them, and a
 * tree dump for debugging the parser. */
#include <stdarg.h>
#include <string.h>
#include "ast.h"

typedef struct Buf {
    char *p;
    size_t size, len;
} Buf;

static void put(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(Buf *b, const char *fmt, ...)
{
    if (b->len + 1 >= b->size)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->p + b->len, b->size - b->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        b->len += (size_t)n;
    if (b->len >= b->size)
        b->len = b->size - 1;
}

static void expr(Buf *b, const Node *n);

static void list(Buf *b, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i)
            put(b, ", ");
        expr(b, l->items[i]);
    }
}

static void fields(Buf *b, const NodeList *l, const char *sep)
{
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i)
            put(b, "%s", sep);
        for (int j = 0; j < f->field.names.len; j++)
            put(b, "%s%s", j ? ", " : "", f->field.names.items[j]->ident.name);
        if (f->field.names.len)
            put(b, " ");
        expr(b, f->field.type);
    }
}

static void signature(Buf *b, const Node *n)
{
    put(b, "(");
    fields(b, &n->func.params, ", ");
    put(b, ")");
    if (n->func.results.len == 1 && n->func.results.items[0]->field.names.len == 0) {
        put(b, " ");
        expr(b, n->func.results.items[0]->field.type);
    } else if (n->func.results.len) {
        put(b, " (");
        fields(b, &n->func.results, ", ");
        put(b, ")");
    }
}

static void expr(Buf *b, const Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_IDENT:
        put(b, "%s", n->ident.name);
        break;
    case N_BASICLIT:
        put(b, "%.*s", n->lit.len, n->lit.text);
        break;
    case N_COMPOSITE:
        expr(b, n->composite.type);
        put(b, "{%s}", n->composite.elts.len ? "…" : "");
        break;
    case N_FUNCLIT:
        put(b, "func");
        signature(b, n->funclit.type);
        put(b, n->funclit.body && n->funclit.body->block.stmts.len ? " {…}" : " {}");
        break;
    case N_PAREN:
        put(b, "(");
        expr(b, n->paren.x);
        put(b, ")");
        break;
    case N_SELECTOR:
        expr(b, n->selector.x);
        put(b, ".%s", n->selector.sel->ident.name);
        break;
    case N_INDEX:
        expr(b, n->index.x);
        put(b, "[");
        expr(b, n->index.index);
        put(b, "]");
        break;
    case N_SLICE:
        expr(b, n->slice.x);
        put(b, "[");
        expr(b, n->slice.lo);
        put(b, ":");
        expr(b, n->slice.hi);
        if (n->slice.three) {
            put(b, ":");
            expr(b, n->slice.max);
        }
        put(b, "]");
        break;
    case N_TYPEASSERT:
        expr(b, n->assert.x);
        put(b, ".(");
        if (n->assert.type)
            expr(b, n->assert.type);
        else
            put(b, "type");
        put(b, ")");
        break;
    case N_CALL:
        expr(b, n->call.fun);
        put(b, "(");
        list(b, &n->call.args);
        if (n->call.ellipsis)
            put(b, "...");
        put(b, ")");
        break;
    case N_STAR:
        put(b, "*");
        expr(b, n->star.x);
        break;
    case N_UNARY:
        put(b, "%s", tok_spelling[n->op]);
        expr(b, n->unary.x);
        break;
    case N_BINARY:
        expr(b, n->binary.x);
        put(b, " %s ", tok_spelling[n->op]);
        expr(b, n->binary.y);
        break;
    case N_KEYVALUE:
        expr(b, n->kv.key);
        put(b, ": ");
        expr(b, n->kv.value);
        break;
    case N_ARRAYTYPE:
        put(b, "[");
        if (n->array.len && n->array.len->kind == N_ELLIPSIS)
            put(b, "...");
        else
            expr(b, n->array.len);
        put(b, "]");
        expr(b, n->array.elem);
        break;
    case N_MAPTYPE:
        put(b, "map[");
        expr(b, n->map.key);
        put(b, "]");
        expr(b, n->map.value);
        break;
    case N_CHANTYPE:
        put(b, "%s", n->chan.dir == 2 ? "<-chan " : n->chan.dir == 1 ? "chan<- " : "chan ");
        expr(b, n->chan.value);
        break;
    case N_FUNCTYPE:
        put(b, "func");
        signature(b, n);
        break;
    case N_STRUCTTYPE:
        put(b, "struct{");
        fields(b, &n->strct.fields, "; ");
        put(b, "}");
        break;
    case N_INTERFACETYPE:
        put(b, "interface{");
        for (int i = 0; i < n->iface.methods.len; i++) {
            const Node *m = n->iface.methods.items[i];
            if (i)
                put(b, "; ");
            if (m->field.names.len) {
                put(b, "%s", m->field.names.items[0]->ident.name);
                signature(b, m->field.type);
            } else {
                expr(b, m->field.type);
            }
        }
        put(b, "}");
        break;
    case N_ELLIPSIS:
        put(b, "...");
        expr(b, n->ellipsis.elem);
        break;
    default:
        put(b, "%s", ast_kind_name(n->kind));
        break;
    }
}

void ast_expr_string(const Node *n, char *buf, size_t size)
{
    Buf b = {buf, size, 0};
    buf[0] = '\0';
    expr(&b, n);
}

static const char *const kind_names[N_KIND_COUNT] = {
    "Bad", "Ident", "BasicLit", "CompositeLit", "FuncLit", "ParenExpr",
    "SelectorExpr", "IndexExpr", "SliceExpr", "TypeAssertExpr", "CallExpr",
    "StarExpr", "UnaryExpr", "BinaryExpr", "KeyValueExpr", "ArrayType",
    "MapType", "ChanType", "FuncType", "StructType", "InterfaceType",
    "Ellipsis", "Field", "DeclStmt", "EmptyStmt", "LabeledStmt", "ExprStmt",
    "SendStmt", "IncDecStmt", "AssignStmt", "GoStmt", "DeferStmt",
    "ReturnStmt", "BranchStmt", "BlockStmt", "IfStmt", "CaseClause",
    "SwitchStmt", "TypeSwitchStmt", "SelectStmt", "ForStmt", "RangeStmt",
    "ImportSpec", "ValueSpec", "TypeSpec", "GenDecl", "FuncDecl", "File",
};

const char *ast_kind_name(NodeKind k)
{
    return k < N_KIND_COUNT ? kind_names[k] : "?";
}

static void indent(FILE *out, int depth)
{
    for (int i = 0; i < depth; i++)
        fputs("  ", out);
}

static void dump(const Node *n, FILE *out, int depth);

static void dump_list(const char *name, const NodeList *l, FILE *out, int depth)
{
    if (!l->len)
        return;
    indent(out, depth);
    fprintf(out, "%s:\n", name);
    for (int i = 0; i < l->len; i++)
        dump(l->items[i], out, depth + 1);
}

static void dump_child(const char *name, const Node *n, FILE *out, int depth)
{
    if (!n)
        return;
    indent(out, depth);
    fprintf(out, "%s:\n", name);
    dump(n, out, depth + 1);
}

/* A compact tree dump: statements and declarations structurally,
 * expressions in their source form. */
static void dump(const Node *n, FILE *out, int depth)
{
    char buf[512];
    indent(out, depth);
    if (!n) {
        fputs("nil\n", out);
        return;
    }
    fprintf(out, "%s %d:%d", ast_kind_name(n->kind), n->pos.line, n->pos.col);
    switch (n->kind) {
    case N_FILE:
        fputc('\n', out);
        dump_list("imports", &n->file.imports, out, depth + 1);
        dump_list("items", &n->file.items, out, depth + 1);
        return;
    case N_FUNCDECL:
        fprintf(out, " %s\n", n->funcdecl.name->ident.name);
        dump_child("body", n->funcdecl.body, out, depth + 1);
        return;
    case N_GENDECL:
        fprintf(out, " %s\n", tok_spelling[n->op]);
        dump_list("specs", &n->gen.specs, out, depth + 1);
        return;
    case N_DECLSTMT:
        fputc('\n', out);
        dump(n->declstmt.decl, out, depth + 1);
        return;
    case N_BLOCK:
        fputc('\n', out);
        dump_list("stmts", &n->block.stmts, out, depth + 1);
        return;
    case N_IF:
        fputc('\n', out);
        dump_child("init", n->ifs.init, out, depth + 1);
        dump_child("cond", n->ifs.cond, out, depth + 1);
        dump_child("body", n->ifs.body, out, depth + 1);
        dump_child("else", n->ifs.els, out, depth + 1);
        return;
    case N_FOR:
        fputc('\n', out);
        dump_child("init", n->fors.init, out, depth + 1);
        dump_child("cond", n->fors.cond, out, depth + 1);
        dump_child("post", n->fors.post, out, depth + 1);
        dump_child("body", n->fors.body, out, depth + 1);
        return;
    case N_RANGE:
        fputc('\n', out);
        dump_child("key", n->range.key, out, depth + 1);
        dump_child("value", n->range.value, out, depth + 1);
        dump_child("x", n->range.x, out, depth + 1);
        dump_child("body", n->range.body, out, depth + 1);
        return;
    case N_SWITCH:
        fputc('\n', out);
        dump_child("init", n->sw.init, out, depth + 1);
        dump_child("tag", n->sw.tag, out, depth + 1);
        dump_child("body", n->sw.body, out, depth + 1);
        return;
    case N_TYPESWITCH:
        fprintf(out, " bind=%s\n", n->tsw.bind ? n->tsw.bind : "-");
        dump_child("x", n->tsw.assign, out, depth + 1);
        dump_child("body", n->tsw.body, out, depth + 1);
        return;
    case N_SELECT:
        fputc('\n', out);
        dump_child("body", n->sel.body, out, depth + 1);
        return;
    case N_CASE:
        fputs(n->clause.is_default ? " default\n" : "\n", out);
        dump_list("list", &n->clause.list, out, depth + 1);
        dump_child("comm", n->clause.comm, out, depth + 1);
        dump_list("body", &n->clause.body, out, depth + 1);
        return;
    case N_LABELED:
        fprintf(out, " %s\n", n->labeled.label->ident.name);
        dump_child("stmt", n->labeled.stmt, out, depth + 1);
        return;
    case N_ASSIGN:
        fprintf(out, " %s\n", tok_spelling[n->op]);
        dump_list("lhs", &n->assign.lhs, out, depth + 1);
        dump_list("rhs", &n->assign.rhs, out, depth + 1);
        return;
    case N_RETURN:
        fputc('\n', out);
        dump_list("results", &n->ret.results, out, depth + 1);
        return;
    case N_VALUESPEC:
        fputc('\n', out);
        dump_list("names", &n->vspec.names, out, depth + 1);
        dump_child("type", n->vspec.type, out, depth + 1);
        dump_list("values", &n->vspec.values, out, depth + 1);
        return;
    case N_TYPESPEC:
        fprintf(out, " %s%s\n", n->tspec.name->ident.name, n->tspec.alias ? " =" : "");
        dump_child("type", n->tspec.type, out, depth + 1);
        return;
    case N_EXPRSTMT:
        ast_expr_string(n->exprstmt.x, buf, sizeof buf);
        fprintf(out, " %s\n", buf);
        return;
    case N_GO: case N_DEFER:
        ast_expr_string(n->gostmt.call, buf, sizeof buf);
        fprintf(out, " %s\n", buf);
        return;
    case N_BRANCH:
        fprintf(out, " %s%s%s\n", tok_spelling[n->op], n->branch.label ? " " : "",
                n->branch.label ? n->branch.label->ident.name : "");
        return;
    case N_INCDEC:
        ast_expr_string(n->incdec.x, buf, sizeof buf);
        fprintf(out, " %s%s\n", buf, tok_spelling[n->op]);
        return;
    case N_SEND:
        fputc('\n', out);
        dump_child("chan", n->send.chan, out, depth + 1);
        dump_child("value", n->send.value, out, depth + 1);
        return;
    case N_IMPORT:
        fprintf(out, " %.*s\n", n->import.path->lit.len, n->import.path->lit.text);
        return;
    default:
        ast_expr_string(n, buf, sizeof buf);
        fprintf(out, " %s\n", buf);
        return;
    }
}

void ast_dump(const Node *n, FILE *out)
{
    dump(n, out, 0);
}
