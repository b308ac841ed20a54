/* parse.c: the driver between the scanner and the Lemon parser.
 *
 * It pushes tokens into the LALR(1) parser one at a time and does the one
 * piece of Go's syntax that needs context the grammar lacks: deciding
 * whether a '{' in an if/for/switch header opens the body (LBODY) or a
 * composite literal. Go's spec resolves `if x == T{} {` in favour of the
 * block; a literal whose type is a type literal (`[]int{1}`, `map[K]V{}`,
 * `struct{...}{}`) is unambiguous and allowed. The driver keeps a stack of
 * bracket contexts to know which '{' is which, and uses the same contexts
 * to word syntax errors as Go does ("in argument list; possibly missing
 * comma or )"). */
#include <gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grammar.h"
#include "parse_internal.h"
#include "parser.h"

/* Lemon code of every lexer token kind. */
static const int lemon_code[T_COUNT] = {
#define TOK(name, spelling) [T_##name] = TK_##name,
#include "tokens.def"
#undef TOK
};

enum { MAX_NESTING = 2000 };

/* What an open bracket is, for the '{' decision and for error wording. */
typedef enum CtxKind {
    CTX_TOP,
    CTX_GROUP,      /* ( expr ) */
    CTX_ARGS,       /* f( args ) */
    CTX_PARAMS,     /* func( params ) */
    CTX_BRACKET,    /* [ ] */
    CTX_BLOCK,      /* { stmts } and bodies */
    CTX_COMPOSITE,  /* T{ elements } */
    CTX_TYPEBODY,   /* struct{ } interface{ } */
} CtxKind;

typedef struct Ctx {
    CtxKind kind;
    /* Inside an if/for/switch header, before its body. */
    bool header;
    int header_kw;
    /* semicolons seen in the header (a for clause's post statement
     * follows the second) */
    int header_semis;
    /* A func keyword was seen; its body '{' is the next one at this level. */
    bool func_pending;
    /* CTX_TYPEBODY: the body of a struct (not an interface). */
    bool is_struct;
} Ctx;

typedef struct Driver {
    ParseState ps;
    Lexer lx;
    Ctx *ctx;
    int depth, cap;
    /* The last three tokens pushed, newest first. */
    Token prev[5];
    bool closed_typebody;
    Token header_assign;
    bool have_header_assign;
    Pos header_start;
    /* The innermost context as it was before the current token, which is
     * what a syntax error at that token is about. */
    Ctx before;
    int depth_before;
    /* After a syntax error: tokens are skipped until one where Go's parser
     * would resume (resync). sync_level is the context (a block, or the
     * top level) whose statement list the parser resumes. */
    bool skipping;
    int sync_level;
    /* The last top-level declaration was a func without a body so far. */
    bool bodiless_func;
    /* The file began with a package clause (parse_is_strict, known before
     * the parser reduces the clause). */
    bool strict;
    /* Where a top-level func is: 1 after `func`, 2 in its receiver, 3
     * after the receiver; its name must come next (Go's funcDeclOrNil). */
    int func_stage;
    /* The error was a missing body brace: Go parses what follows as the
     * body (blockStmt), so recovery opens a block. */
    bool missing_body;
    /* Skipping stops at a name too (Go's advance(_Name, _Rbrace)). */
    bool resume_at_name;
    /* The error was a block's missing '}' (Go's want(_Rbrace)): Go takes
     * the block as ended there and goes on in the one around it. */
    bool close_block;
    /* A for clause's post statement was a ';': Go skips from there to the
     * next closing bracket whatever the nesting (advance(_Rparen, _Rbrack,
     * _Rbrace)), so the body's '{' is skipped and its '}' is where Go
     * wants the body to begin. */
    bool for_post_missing;
    bool to_close;
    /* then past that bracket to a name or '}', where the body begins */
    bool to_body;
    /* The error ended a statement (Go's stmtList): Go skips from there to
     * a ';', '}', case, default or statement keyword however deep in
     * brackets, and goes on in the same statement list (advance). */
    bool naive_next, naive;
} Driver;

static Ctx *top(Driver *d)
{
    return &d->ctx[d->depth - 1];
}

static void push_ctx(Driver *d, CtxKind kind)
{
    if (d->depth == d->cap) {
        d->cap *= 2;
        d->ctx = xrealloc(d->ctx, sizeof *d->ctx * (size_t)d->cap);
    }
    Ctx c = {kind, false, 0, false, false};
    d->ctx[d->depth++] = c;
}

static void pop_ctx(Driver *d)
{
    if (d->depth > 1)
        d->depth--;
}

static bool is_brace(CtxKind k)
{
    return k == CTX_BLOCK || k == CTX_COMPOSITE || k == CTX_TYPEBODY || k == CTX_TOP;
}

static bool ends_operand(int k)
{
    switch (k) {
    case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR:
    case T_STRING: case T_RPAREN: case T_RBRACK: case T_RBRACE:
        return true;
    default:
        return false;
    }
}

/* Whether the tokens before a '{' end a type literal such as []T, [N]pkg.T,
 * []*T or map[K]V, so that the '{' opens a composite literal. */
static bool after_type_literal(Driver *d)
{
    const Token *p = d->prev;
    if (p[0].kind != T_IDENT)
        return false;
    int i = 1;
    if (p[1].kind == T_PERIOD && p[2].kind == T_IDENT)
        i = 3; /* a qualified name, pkg.T */
    if (p[i].kind == T_MUL)
        i++;
    return p[i].kind == T_RBRACK;
}

/* Decides what a '{' opens and returns the Lemon token kind for it. */
static int classify_lbrace(Driver *d)
{
    Ctx *c = top(d);
    int prev = d->prev[0].kind;
    if (prev == T_STRUCT || prev == T_INTERFACE) {
        push_ctx(d, CTX_TYPEBODY);
        top(d)->is_struct = prev == T_STRUCT;
        return T_LBRACE;
    }
    if (c->func_pending) {
        c->func_pending = false;
        push_ctx(d, CTX_BLOCK);
        return T_LBRACE;
    }
    if (c->header) {
        if (d->closed_typebody || after_type_literal(d)) {
            push_ctx(d, CTX_COMPOSITE);
            return T_LBRACE;
        }
        c->header = false;
        push_ctx(d, CTX_BLOCK);
        return T_LBODY;
    }
    /* an element of a composite literal may be a literal of its own,
     * its type left out: {{1, 2}, {3}} */
    bool element = c->kind == CTX_COMPOSITE &&
                   (prev == T_LBRACE || prev == T_COMMA || prev == T_COLON);
    bool composite = d->closed_typebody || ends_operand(prev) || element;
    if (prev == T_RPAREN || prev == T_RBRACE)
        composite = d->closed_typebody;
    push_ctx(d, composite ? CTX_COMPOSITE : CTX_BLOCK);
    return T_LBRACE;
}

static CtxKind classify_lparen(Driver *d)
{
    int prev = d->prev[0].kind;
    if (prev == T_FUNC || (prev == T_IDENT && d->prev[1].kind == T_FUNC))
        return CTX_PARAMS;
    if (prev == T_RPAREN && top(d)->func_pending)
        return CTX_PARAMS; /* the results of a func type */
    if (ends_operand(prev))
        return CTX_ARGS;
    return CTX_GROUP;
}

/* ---- error messages in Go's words ---- */

static const char *expected_name(int kind)
{
    switch (kind) {
    case T_IDENT: return "name";
    case T_COMMA: return "comma";
    case T_SEMI: return "semicolon or newline";
    case T_LBODY: return "{";
    default: return tok_spelling[kind];
    }
}

static void describe_token(const Token *t, char *buf, size_t size)
{
    switch (t->kind) {
    case T_IDENT:
        snprintf(buf, size, "name %.*s", t->len, t->text);
        break;
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        snprintf(buf, size, "literal %.*s", t->len > 60 ? 60 : t->len, t->text);
        break;
    case T_SEMI:
        snprintf(buf, size, "%s", t->len == 0 ? "newline" : "semicolon");
        break;
    case T_COMMA:
        snprintf(buf, size, "comma");
        break;
    case T_EOF:
        snprintf(buf, size, "EOF");
        break;
    default:
        snprintf(buf, size, "%s", tok_spelling[t->kind]);
        break;
    }
}

static bool can(Driver *d, int kind)
{
    return parse_can_shift(d->ps.lemon, lemon_code[kind]);
}

static const char *header_clause(int kw)
{
    switch (kw) {
    case T_IF: return "if clause";
    case T_FOR: return "for clause";
    default: return "switch clause";
    }
}

static void trim(const char **s, const char **e)
{
    while (*s < *e && (**s == ' ' || **s == '\t'))
        (*s)++;
    while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\t'))
        (*e)--;
}

/* Reports a syntax error unless one was already reported on its line:
 * Go's compiler keeps only the first syntax error of a line (base.ErrorfAt),
 * which is what keeps follow-on errors of one mistake quiet. */
static void syntax_report(ParseState *ps, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void syntax_report(ParseState *ps, Pos pos, const char *fmt, ...)
{
    ps->diag->syntax = true;
    if (pos.line == ps->last_syntax_line)
        return;
    ps->last_syntax_line = pos.line;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(ps->diag, pos, "%s", msg);
}

void parse_syntax_error(ParseState *ps, int major, const Token *tok)
{
    (void)major;
    Driver *d = (Driver *)ps;
    if (ps->stopped || ps->quiet)
        return;
    ps->diag->syntax = true;
    /* Go says nothing more at the end of a file that already has errors:
     * an unclosed block there is the earlier mistake's doing. */
    if (tok->kind == T_EOF && ps->diag->count > ps->errors_before)
        return;
    if (tok->kind == T_EOF)
        ps->diag->incomplete = true;
    char what[128];
    describe_token(tok, what, sizeof what);
    /* Go names an unexpected identifier by itself, not "name x". */
    const char *shown = tok->kind == T_IDENT ? what + 5 : what;
    Ctx *c = &d->before;
    Pos pos = tok->pos;
    int prev = d->prev[1].kind;

    if (tok->kind == T_LBODY && d->have_header_assign &&
        (c->header_kw == T_IF || c->header_kw == T_SWITCH)) {
        Token a = d->header_assign;
        const char *ls = d->ps.diag->src->text, *le = a.text;
        /* left side: from the header start to the operator */
        int len;
        const char *line = src_line(d->ps.diag->src, d->header_start.line, &len);
        ls = line + d->header_start.col - 1;
        if (ls < d->ps.diag->src->text || ls > le)
            ls = le; /* no clause start known: say nothing of the left side */
        const char *rs = a.text + a.len, *re = tok->text;
        trim(&ls, &le);
        trim(&rs, &re);
        if (a.kind == T_ASSIGN)
            syntax_report(ps, a.pos, "syntax error: cannot use assignment (%.*s) = (%.*s) as value",
                       (int)(le - ls), ls, (int)(re - rs), rs);
        else if (a.kind == T_INC || a.kind == T_DEC)
            syntax_report(ps, a.pos, "syntax error: cannot use %.*s%s as value", (int)(le - ls), ls,
                       tok_spelling[a.kind]);
        else
            syntax_report(ps, a.pos, "syntax error: cannot use %.*s %s %.*s as value", (int)(le - ls), ls,
                       tok_spelling[a.kind], (int)(re - rs), rs);
        return;
    }
    /* for init; cond; POST: Go parses a post statement unless '{' follows */
    if (c->header && c->header_kw == T_FOR && c->header_semis == 2 && prev == T_SEMI &&
        tok->kind != T_LBODY) {
        d->for_post_missing = tok->kind == T_SEMI;
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting expression", shown);
        return;
    }
    if (c->header && tok->kind != T_LBODY && can(d, T_LBODY)) {
        d->missing_body = true;
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting { after %s",
                   shown, header_clause(c->header_kw));
        return;
    }
    /* where a struct field begins (Go's fieldDecl) */
    if (c->kind == CTX_TYPEBODY && c->is_struct && (prev == T_LBRACE || prev == T_SEMI) &&
        tok->kind != T_IDENT && tok->kind != T_MUL && tok->kind != T_LPAREN && tok->kind != T_RBRACE) {
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting field name or embedded type", shown);
        return;
    }
    if (tok->kind == T_ELSE && prev == T_SEMI && c->kind != CTX_TOP) {
        d->close_block = true;
        syntax_report(ps, pos, "syntax error: unexpected else, expecting }");
        return;
    }
    if (tok->kind == T_EOF && can(d, T_RBRACE)) {
        syntax_report(ps, pos, "syntax error: unexpected EOF, expecting }");
        return;
    }
    if ((c->kind == CTX_ARGS || c->kind == CTX_COMPOSITE) && (prev == T_COMMA || prev == T_LPAREN) &&
        (tok->kind == T_COMMA || (tok->kind == T_RPAREN && prev != T_LPAREN && prev != T_COMMA))) {
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting expression", shown);
        return;
    }
    if (c->kind == CTX_ARGS && (can(d, T_COMMA) || can(d, T_RPAREN))) {
        syntax_report(ps, pos,
                   "syntax error: unexpected %s in argument list; possibly missing comma or )",
                   shown);
        return;
    }
    if (c->kind == CTX_COMPOSITE && (can(d, T_COMMA) || can(d, T_RBRACE))) {
        syntax_report(ps, pos,
                   "syntax error: unexpected %s in composite literal; possibly missing comma or }",
                   shown);
        return;
    }
    if (c->kind == CTX_PARAMS && (can(d, T_COMMA) || can(d, T_RPAREN))) {
        syntax_report(ps, pos,
                   "syntax error: unexpected %s in parameter list; possibly missing comma or )",
                   shown);
        return;
    }
    /* where a top-level declaration begins, Go wants a keyword */
    bool no_stmt_start = tok->kind == T_RBRACE || tok->kind == T_RPAREN || tok->kind == T_RBRACK ||
                         tok->kind == T_COMMA || tok->kind == T_COLON || tok->kind == T_DEFINE ||
                         tok->kind == T_ASSIGN || tok->kind == T_ELSE;
    if (c->kind == CTX_TOP && parse_is_strict(ps->file) && prev == T_SEMI && no_stmt_start) {
        syntax_report(ps, pos, "syntax error: non-declaration statement outside function body");
        return;
    }
    /* a statement ended and something else follows it (Go's stmtList;
     * in a case clause the tables may not offer ';' where '}' can come) */
    bool stmt_ended = can(d, T_SEMI) ||
                      (c->kind == CTX_BLOCK && can(d, T_RBRACE) && tok->kind != T_RBRACE &&
                       tok->kind != T_CASE && tok->kind != T_DEFAULT && tok->kind != T_EOF);
    if (tok->kind != T_SEMI && stmt_ended &&
        (c->kind == CTX_BLOCK || c->kind == CTX_TOP)) {
        if (c->kind == CTX_TOP && !can(d, T_ASSIGN) && parse_is_strict(ps->file))
            syntax_report(ps, pos, "syntax error: unexpected %s after top level declaration", shown);
        else
        {
            d->naive_next = c->kind == CTX_BLOCK;
            syntax_report(ps, pos, "syntax error: unexpected %s at end of statement", shown);
        }
        return;
    }
    if (tok->kind == T_ELSE) {
        syntax_report(ps, pos, "syntax error: else must be followed by if or statement block");
        return;
    }
    bool expr = can(d, T_INT) || can(d, T_STRING);
    bool type = can(d, T_MAP) && can(d, T_IDENT);
    if (expr) {
        if (c->header && c->header_kw == T_FOR && c->header_semis == 2 && tok->kind != T_RPAREN &&
            tok->kind != T_RBRACK && tok->kind != T_RBRACE)
            d->for_post_missing = true;
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting expression", shown);
        return;
    }
    if (type && !can(d, T_RPAREN) && !can(d, T_RBRACE)) {
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting type", shown);
        return;
    }
    /* after an expression list, only an assignment can follow */
    if (can(d, T_COMMA) && can(d, T_ASSIGN) && can(d, T_DEFINE) && !can(d, T_SEMI)) {
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting := or = or comma", shown);
        return;
    }
    /* Name up to two expected tokens, as Go does. */
    int expected[3], n = 0;
    static const int candidates[] = {
        T_IDENT, T_LPAREN, T_RPAREN, T_RBRACE, T_RBRACK, T_LBRACE, T_COMMA,
        T_COLON, T_SEMI, T_ASSIGN, T_STRING, T_TYPE, T_RANGE, T_CHAN,
    };
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0] && n < 3; i++)
        if (can(d, candidates[i]))
            expected[n++] = candidates[i];
    if (can(d, T_RBRACE) && tok->kind != T_RBRACE) {
        d->close_block = c->kind == CTX_BLOCK;
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting }", shown);
    } else if (n == 1) {
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting %s", shown,
                   expected_name(expected[0]));
    } else if (n == 2) {
        syntax_report(ps, pos, "syntax error: unexpected %s, expecting %s or %s", shown,
                   expected_name(expected[0]), expected_name(expected[1]));
    } else {
        syntax_report(ps, pos, "syntax error: unexpected %s", shown);
    }
}

void parse_too_deep(ParseState *ps)
{
    if (!ps->stopped)
        diag_error(ps->diag, ps->last_pos, "syntax error: nesting too deep");
    ps->stopped = true;
    ps->diag->syntax = true;
}

/* Updates the bracket contexts for [t] and returns the kind to push. */
static int track(Driver *d, Token *t)
{
    int kind = t->kind;
    bool closed_typebody = false;
    switch (kind) {
    case T_IF: case T_FOR: case T_SWITCH:
        top(d)->header = true;
        top(d)->header_kw = kind;
        top(d)->header_semis = 0;
        top(d)->func_pending = false;
        d->have_header_assign = false;
        break;
    case T_FUNC:
        top(d)->func_pending = true;
        break;
    case T_COLON:
        /* `case func():` was a func type; no body follows */
        top(d)->func_pending = false;
        break;
    case T_SEMI:
        if (!top(d)->header)
            top(d)->func_pending = false;
        if (top(d)->header) {
            d->have_header_assign = false;
            top(d)->header_semis++;
        }
        break;
    case T_ASSIGN: case T_DEFINE: case T_INC: case T_DEC:
    case T_ADD_ASSIGN: case T_SUB_ASSIGN: case T_MUL_ASSIGN: case T_QUO_ASSIGN:
    case T_REM_ASSIGN: case T_AND_ASSIGN: case T_OR_ASSIGN: case T_XOR_ASSIGN:
    case T_SHL_ASSIGN: case T_SHR_ASSIGN: case T_AND_NOT_ASSIGN:
        /* a statement where an if (or switch) wants its condition */
        if (top(d)->header && (top(d)->header_kw == T_IF ||
                               (top(d)->header_kw == T_SWITCH && kind != T_ASSIGN))) {
            d->header_assign = *t;
            d->have_header_assign = true;
        }
        break;
    case T_LPAREN:
        push_ctx(d, classify_lparen(d));
        break;
    case T_LBRACK:
        push_ctx(d, CTX_BRACKET);
        break;
    case T_LBRACE:
        kind = classify_lbrace(d);
        break;
    /* A closing bracket closes only its own kind: after a syntax error the
     * brackets need not balance, and the contexts must stay those of the
     * blocks around (a '}' ends an argument list left open, as in Go). */
    case T_RPAREN:
        if (top(d)->kind == CTX_GROUP || top(d)->kind == CTX_ARGS || top(d)->kind == CTX_PARAMS)
            pop_ctx(d);
        break;
    case T_RBRACK:
        if (top(d)->kind == CTX_BRACKET)
            pop_ctx(d);
        break;
    case T_RBRACE:
        while (d->depth > 1 && !is_brace(top(d)->kind))
            pop_ctx(d);
        closed_typebody = top(d)->kind == CTX_TYPEBODY;
        pop_ctx(d);
        break;
    default:
        break;
    }
    /* a header's clause starts after its keyword or a semicolon */
    if (d->prev[0].kind == T_IF || d->prev[0].kind == T_SWITCH || d->prev[0].kind == T_FOR ||
        d->prev[0].kind == T_SEMI)
        if (top(d)->header)
            d->header_start = t->pos;
    d->closed_typebody = closed_typebody;
    memmove(&d->prev[1], &d->prev[0], sizeof d->prev - sizeof d->prev[0]);
    d->prev[0] = *t;
    return kind;
}

bool parse_is_strict(const Node *file)
{
    return file->file.package != NULL;
}

/* In strict Go (a file with a package clause), only declarations may stand
 * at top level. */

static void check_top_level(ParseState *ps)
{
    Node *f = ps->file;
    if (!f->file.package)
        return;
    for (int i = 0; i < f->file.items.len; i++) {
        Node *it = f->file.items.items[i];
        if (it->kind != N_FUNCDECL && it->kind != N_GENDECL &&
            it->kind != N_DECLSTMT) {
            if (it->kind == N_EXPRSTMT && it->exprstmt.x->kind == N_FUNCLIT) {
                /* `func (r T) {` reads as a method missing its name */
                diag_error(ps->diag, it->exprstmt.x->funclit.body->pos,
                           "syntax error: unexpected {, expecting name or (");
                ps->diag->syntax = true;
                return;
            }
            diag_error(ps->diag, ast_start(it),
                       "syntax error: non-declaration statement outside function body");
            ps->diag->syntax = true;
            return;
        }
    }
}

/* Imports must come before other declarations, as in Go. */
static void check_imports(ParseState *ps)
{
    Node *f = ps->file;
    bool other = false;
    NodeList items = {0};
    for (int i = 0; i < f->file.items.len; i++) {
        Node *it = f->file.items.items[i];
        if (it->kind == N_GENDECL && it->op == T_IMPORT) {
            if (other) {
                diag_error(ps->diag, it->pos,
                           "syntax error: imports must appear before other declarations");
                ps->diag->syntax = true;
            }
            for (int j = 0; j < it->gen.specs.len; j++)
                list_push(&f->file.imports, it->gen.specs.items[j]);
        } else {
            other = true;
            list_push(&items, it);
        }
    }
    f->file.items = items;
}

/* Lemon's parser object holds AST nodes, so the collector must scan it;
 * but it is mostly an unused stack, so it comes from calloc (fresh pages
 * the kernel maps only when the parser first writes to them) and is
 * registered as a root, rather than from the collector, which would clear
 * all of it. */
static size_t parser_size;

static void *root_alloc(size_t n)
{
    char *p = xcalloc(n);
    GC_add_roots(p, p + n);
    parser_size = n;
    return p;
}

static void root_free(void *p)
{
    GC_remove_roots(p, (char *)p + parser_size);
    free(p);
}

/* The parser object is about 1 MB (a fixed stack deep enough for hostile
 * nesting); allocating and clearing one per file cost a millisecond per
 * package at start-up, so a finished one is kept for the next parse. */
static void *spare_parser;

static void *parser_get(void)
{
    void *p = __atomic_exchange_n(&spare_parser, NULL, __ATOMIC_ACQ_REL);
    if (!p)
        return GoParseAlloc(root_alloc);
    GoParseInit(p);
    return p;
}

static void parser_put(void *p)
{
    GoParseFinalize(p);
    void *none = NULL;
    if (!__atomic_compare_exchange_n(&spare_parser, &none, p, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_RELAXED))
        root_free(p);
}

/* Pushes [t] into the Lemon parser; if that was a syntax error, starts
 * skipping to where Go's parser resumes. */
static void feed(Driver *d, Token t);

/* The keywords that begin a statement, where Go's parser (advance, its
 * stopset) stops skipping inside a function. */
static bool starts_statement(int kind)
{
    switch (kind) {
    case T_BREAK: case T_CONST: case T_CONTINUE: case T_DEFER: case T_FALLTHROUGH:
    case T_FOR: case T_GO: case T_GOTO: case T_IF: case T_RETURN: case T_SELECT:
    case T_SWITCH: case T_TYPE: case T_VAR:
        return true;
    default:
        return false;
    }
}

static bool starts_declaration(int kind)
{
    return kind == T_CONST || kind == T_TYPE || kind == T_VAR || kind == T_FUNC;
}

/* The innermost block open before the current token (0: the top level). */
static int innermost_block(Driver *d, int depth)
{
    for (int i = depth - 1; i > 0; i--)
        if (d->ctx[i].kind == CTX_BLOCK)
            return i;
    return 0;
}

/* Whether the contexts above [level] are all brackets, no block among
 * them. */
static bool only_brackets_above(Driver *d, int level)
{
    for (int i = level + 1; i < d->depth; i++)
        if (d->ctx[i].kind == CTX_BLOCK)
            return false;
    return true;
}

static void push_token(Driver *d, Token t)
{
    d->ps.last_pos = t.pos;
    GoParse(d->ps.lemon, t.kind == T_EOF ? 0 : lemon_code[t.kind], t, &d->ps);
    parse_errors_forgotten(d->ps.lemon);
}

/* A semicolon the parser did not see, to end the error statement before
 * a statement or declaration keyword. */
static void push_semicolon(Driver *d, Token at)
{
    if (!can(d, T_SEMI))
        return;
    Token semi = at;
    semi.kind = T_SEMI;
    semi.len = 0;
    push_token(d, semi);
}

/* Resumes at [t] as the first statement of a body Go's parser opened
 * where the brace was missing: a block is pushed around what follows. */
static void open_body(Driver *d, Token t)
{
    Ctx kw = *top(d);
    d->depth = d->sync_level + 1;
    top(d)->header = false;
    push_semicolon(d, t);
    if (can(d, T_LBRACE)) {
        Token brace = t;
        brace.kind = T_LBRACE;
        brace.len = 0;
        push_token(d, brace);
        push_ctx(d, CTX_BLOCK);
        d->sync_level = d->depth - 1;
    }
    if (starts_statement(t.kind)) {
        top(d)->header = kw.header;
        top(d)->header_kw = kw.header_kw;
        top(d)->header_semis = kw.header_semis;
    }
    d->skipping = false;
    feed(d, t);
}

/* Called for each token (already tracked) while skipping after an error;
 * resumes parsing at the token where Go's parser would. Go's parser skips
 * by token kind alone (advance), but it has by then left the production
 * that failed, so it goes on to parse the brackets that follow as
 * brackets; skipping here counts them, so a block opened after the error
 * is skipped whole rather than ending the statement list. */
static void resync(Driver *d, Token t)
{
    bool strict = d->strict;
    int here = d->depth - 1;
    int kind = t.kind;
    if (kind == T_EOF) {
        d->skipping = false;
        push_token(d, t);
        return;
    }
    if (d->to_close) {
        if (kind != T_RPAREN && kind != T_RBRACK && kind != T_RBRACE && !starts_statement(kind))
            return;
        /* where the for statement wants its body */
        d->to_close = false;
        char what[128];
        describe_token(&t, what, sizeof what);
        syntax_report(&d->ps, t.pos, "syntax error: unexpected %s, expecting { after for clause", what);
        if (kind == T_RBRACE) {
            /* the '}' is taken as the body's end */
            d->depth = d->sync_level + 1;
            d->skipping = false;
            return;
        }
        if (kind == T_RPAREN || kind == T_RBRACK) {
            d->to_body = true; /* Go's blockStmt: advance(_Name, _Rbrace) */
            return;
        }
        open_body(d, t);
        return;
    }
    if (d->to_body) {
        if (kind == T_RBRACE) {
            d->to_body = false;
            d->depth = d->sync_level + 1;
            d->skipping = false;
        } else if (kind == T_IDENT || starts_statement(kind)) {
            d->to_body = false;
            open_body(d, t);
        }
        return;
    }
    if (d->sync_level == 0 && strict) {
        /* outside functions Go skips to the next declaration */
        if (here == 0 && starts_declaration(kind)) {
            d->skipping = false;
            push_semicolon(d, t);
            feed(d, t);
        }
        return;
    }
    if (d->naive && here >= d->sync_level && d->sync_level > 0) {
        if (kind == T_RBRACE) {
            /* Go takes any '}' for the end of the list it skips in */
            d->depth = d->sync_level;
            here = d->sync_level - 1;
        } else if (here > d->sync_level && (kind == T_SEMI || kind == T_CASE || kind == T_DEFAULT ||
                                              starts_statement(kind))) {
            /* the brackets and blocks opened since are forgotten; a
             * keyword's header (if, for, switch) is the list's now */
            Ctx kw = *top(d);
            d->depth = d->sync_level + 1;
            here = d->sync_level;
            top(d)->header = kw.header;
            top(d)->header_kw = kw.header_kw;
            top(d)->header_semis = kw.header_semis;
        }
    }
    if (kind == T_RBRACE && here < d->sync_level) {
        /* the block the parser resumes in ends here */
        if (can(d, T_RBRACE)) {
            d->skipping = false;
            feed(d, t);
        } else {
            d->sync_level = innermost_block(d, d->depth);
        }
        return;
    }
    if (here != d->sync_level && starts_statement(kind) && only_brackets_above(d, d->sync_level)) {
        /* Go's skipping stops at a statement keyword however deep in
         * brackets: the list or literal it was in ends, and so must the
         * statement, which it says */
        char what[64];
        describe_token(&t, what, sizeof what);
        syntax_report(&d->ps, t.pos, "syntax error: unexpected %s at end of statement", what);
        /* the keyword's header (if, for, switch) is the block's now */
        Ctx kw = *top(d);
        d->depth = d->sync_level + 1;
        here = d->sync_level;
        top(d)->header = kw.header;
        top(d)->header_kw = kw.header_kw;
        top(d)->header_semis = kw.header_semis;
    }
    if (here != d->sync_level)
        return;
    if (kind == T_IDENT && d->resume_at_name) {
        d->skipping = false;
        feed(d, t);
        return;
    }
    if (kind == T_SEMI || kind == T_CASE || kind == T_DEFAULT) {
        if (can(d, kind)) {
            d->skipping = false;
            feed(d, t);
        }
        return;
    }
    if (starts_statement(kind)) {
        push_semicolon(d, t);
        if (can(d, kind)) {
            d->skipping = false;
            feed(d, t);
        }
    }
}

static void begin_skipping(Driver *d, Token t, bool resume_here)
{
    d->skipping = true;
    d->resume_at_name = false;
    d->naive = d->naive_next;
    d->naive_next = false;
    d->sync_level = innermost_block(d, d->depth_before);
    if (d->for_post_missing) {
        d->for_post_missing = false;
        d->to_close = true;
        d->ctx[d->sync_level].header = false;
        return;
    }
    if (d->missing_body) {
        /* `for ... \n stmts }`: the statements are the body, in a block
         * of their own that the '}' closes */
        d->missing_body = false;
        Ctx *c = &d->ctx[d->sync_level];
        c->header = false;
        push_semicolon(d, t);
        if (can(d, T_LBRACE)) {
            Token brace = t;
            brace.kind = T_LBRACE;
            brace.len = 0;
            push_token(d, brace);
            /* the new block sits just above the one it is in */
            d->depth = d->sync_level + 1;
            push_ctx(d, CTX_BLOCK);
            d->sync_level = d->depth - 1;
            d->resume_at_name = true;
        }
    }
    if (d->close_block) {
        d->close_block = false;
        if (d->sync_level > 0 && can(d, T_RBRACE)) {
            Token brace = t;
            brace.kind = T_RBRACE;
            brace.len = 0;
            push_token(d, brace);
            d->depth = d->sync_level;
            d->sync_level = innermost_block(d, d->depth);
            return; /* the offending token is skipped (Go's advance()) */
        }
    }
    if (resume_here)
        resync(d, t);
}

static void feed(Driver *d, Token t)
{
    push_token(d, t);
    if (d->ps.recovered) {
        d->ps.recovered = false;
        /* the token itself may be where parsing resumes (a ';' or '}') */
        begin_skipping(d, t, true);
    }
}

/* Recovers from a syntax error the driver found (and reported) itself.
 * Lemon's stack may end in a reduction that waits for the next token, so
 * the driver hands it one that is an error wherever these errors arise
 * (a ']' where a declaration, a func name or a body begins) and lets the
 * parser's own recovery run, quietly. */
static void driver_error(Driver *d, Token t)
{
    Token bad = t;
    bad.kind = T_RBRACK;
    bad.len = 0;
    d->ps.quiet = true;
    push_token(d, bad);
    d->ps.quiet = false;
    if (!d->ps.recovered) {
        d->ps.stopped = true;
        return;
    }
    d->ps.recovered = false;
    begin_skipping(d, t, false);
}

/* In a file with a package clause, each top-level item must begin with a
 * declaration keyword; anything else is reported where it begins and
 * skipped to the next declaration, as Go's parser does (fileOrNil). */
static bool non_declaration(Driver *d, int kind)
{
    if (!d->strict || d->depth_before != 1 || d->prev[1].kind != T_SEMI ||
        d->prev[1].pos.line == 0)
        return false; /* (the package clause itself follows no token) */
    switch (kind) {
    case T_CONST: case T_TYPE: case T_VAR: case T_FUNC: case T_IMPORT: case T_SEMI: case T_EOF:
        return false;
    default:
        return true;
    }
}

/* A top-level func must be named, after its receiver if it has one;
 * reports (and returns true) when it is not. */
static bool missing_func_name(Driver *d, Token t)
{
    if (!d->strict || d->skipping)
        return false;
    if (t.kind == T_FUNC && d->depth_before == 1 && d->prev[1].kind == T_SEMI) {
        d->func_stage = 1;
        return false;
    }
    int stage = d->func_stage;
    if (stage == 0)
        return false;
    if (stage == 2) {
        if (d->depth == 1)
            d->func_stage = 3; /* the receiver's ')' */
        return false;
    }
    d->func_stage = 0;
    if (t.kind == T_IDENT)
        return false;
    if (stage == 1 && t.kind == T_LPAREN) {
        d->func_stage = 2;
        return false;
    }
    char what[128];
    describe_token(&t, what, sizeof what);
    syntax_report(&d->ps, t.pos, "syntax error: unexpected %s, expecting name or (", what);
    return true;
}

Node *parse_file(const Source *src, Diag *diag)
{
    Driver d;
    memset(&d, 0, sizeof d);
    d.ps.diag = diag;
    d.ps.errors_before = diag->count;
    d.ps.file = ast_new(N_FILE, (Pos){1, 1});
    d.cap = 64;
    d.ctx = xmalloc(sizeof *d.ctx * (size_t)d.cap);
    push_ctx(&d, CTX_TOP);
    for (int k = 0; k < 5; k++)
        d.prev[k].kind = T_SEMI;
    lex_init(&d.lx, src, diag);
    d.ps.lemon = parser_get();
    for (;;) {
        Token t = lex_next(&d.lx);
        d.before = *top(&d);
        d.depth_before = d.depth;
        bool func_at_top = t.kind == T_FUNC && d.depth == 1;
        if (d.prev[0].kind == T_SEMI && d.prev[1].kind == T_SEMI && t.kind == T_PACKAGE)
            d.strict = true; /* the first token */
        int kind = track(&d, &t);
        t.kind = kind;
        if (func_at_top)
            d.bodiless_func = true;
        else if (d.depth_before == 1 && d.depth == 2)
            d.bodiless_func = false;
        if (d.depth > MAX_NESTING) {
            parse_too_deep(&d.ps);
            break;
        }
        d.ps.last_pos = t.pos;
        if (d.skipping) {
            resync(&d, t);
        } else if (missing_func_name(&d, t)) {
            driver_error(&d, t);
        } else if (non_declaration(&d, kind)) {
            if (kind == T_LBRACE && d.bodiless_func)
                syntax_report(&d.ps, t.pos, "syntax error: unexpected semicolon or newline before {");
            else
                syntax_report(&d.ps, t.pos, "syntax error: non-declaration statement outside function body");
            driver_error(&d, t);
        } else if (kind == T_LBODY && d.prev[1].kind == T_SEMI && d.prev[1].len == 0) {
            /* `if x > 0` then a newline: Go wants the brace on that line */
            syntax_report(&d.ps, d.prev[1].pos, "syntax error: unexpected newline, expecting { after %s",
                          header_clause(d.before.header_kw));
            driver_error(&d, t);
        } else {
            feed(&d, t);
        }
        if (d.ps.stopped || d.ps.failed || kind == T_EOF)
            break;
        /* Go stops at its tenth error and says so */
        if (diag->syntax && diag->count >= DIAG_MAX) {
            diag->overflow = true;
            break;
        }
    }
    parser_put(d.ps.lemon);
    free(d.ctx);
    if (!diag->syntax) {
        check_top_level(&d.ps);
        check_imports(&d.ps);
    }
    return d.ps.file;
}
