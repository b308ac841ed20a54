/* parse_internal.h: what the grammar's actions share with the driver.
 * Private to parser/. */
#ifndef GOSH_PARSE_INTERNAL_H
#define GOSH_PARSE_INTERNAL_H

#include "ast.h"
#include "lexer.h"

typedef struct ParseState {
    Diag *diag;
    Node *file;
    Pos last_pos;
    bool failed;
    bool stopped;
    /* The parser just recovered from a syntax error: the offending token
     * was discarded and an error statement stands in its place. */
    bool recovered;
    /* The driver reported the error itself: the parser only recovers. */
    bool quiet;
    /* The line of the last syntax error reported: Go reports one a line. */
    int last_syntax_line;
    /* diag's error count when this file's parse began. */
    int errors_before;
    void *lemon;
} ParseState;

/* A parenthesized parameter list and where it opens. */
typedef struct Params {
    NodeList list;
    Pos lparen;
} Params;

typedef struct CallArgs {
    NodeList args;
    bool ellipsis;
    Pos lparen;
    Pos rparen;
} CallArgs;

void parse_syntax_error(ParseState *ps, int major, const Token *tok);
void parse_too_deep(ParseState *ps);

Node *mk_lit(Token t);
Node *mk_import(Node *name, Token path);
Node *mk_funcdecl(Pos pos, Node *recv, Token name, Node *sig, Node *body);
Node *mk_gendecl(Token kw, Node *spec);
Node *mk_gendecl_list(Token kw, NodeList specs);
void fix_consts(Node *gendecl);
Node *mk_vspec(NodeList names, Node *type, NodeList *values);
Node *mk_tspec(Token name, Node *type, bool alias);
Node *mk_selector(Node *x, Pos dot, Token sel);
Node *mk_array(Pos pos, Node *len, Node *elem);
Node *mk_chan(Pos pos, int dir, Node *elem);
Node *mk_field(NodeList names, Node *type);
Node *mk_embedded(Node *type);
Node *mk_param(Node *name, Node *type);
NodeList group_params(ParseState *ps, NodeList params);
/* Go's parser requires exactly one receiver: reports "method has no
 * receiver" or "method has multiple receivers" at the method name [at];
 * false when there is none (the declaration is then a plain function). */
bool check_receivers(ParseState *ps, Node *recv, Pos at);
/* Reports `name [...]T`, which Go's parser rejects after a parameter or
 * single field name. */
void check_named_array(ParseState *ps, Node *type);
Node *mk_branch(Token kw, Token *label);
Node *mk_assign(Token op, NodeList lhs, NodeList rhs);
Node *mk_if(Token kw, Node *init, Node *cond, Node *body, Node *els);
/* An if without a condition: Go's syntax error, at the semicolon after
 * its init statement or at the brace. */
void missing_condition(ParseState *ps, Pos at);
Node *mk_switch(ParseState *ps, Token kw, Node *init, Node *tag, Node *body);
Node *mk_clause(Pos pos, NodeList *list, Node *comm, NodeList body);
Node *mk_for(Token kw, Node *init, Node *cond, Node *post, Node *body);
Node *mk_range(Token kw, Token range, int op, NodeList *lhs, Node *x, Node *body);
Node *mk_binary(Token op, Node *x, Node *y);
Node *mk_unary(Token op, Node *x);
Node *mk_slice(Pos pos, Node *x, Node *lo, Node *hi, Node *max, bool three);
Node *mk_composite(Pos pos, Node *type, NodeList elts, Pos rbrace);

/* Lemon's entry points (grammar.c). */
void *GoParseAlloc(void *(*alloc)(size_t));
void GoParseFree(void *p, void (*freefn)(void *));
void GoParseInit(void *p);
void GoParseFinalize(void *p);
void GoParse(void *p, int major, Token minor, ParseState *ps);
/* Whether the parser in its current state could shift terminal [major]. */
bool parse_can_shift(void *p, int major);
/* Puts the error symbol where the innermost statement or case clause may
 * stand (grammar.y); false when there is no such place. */
bool parse_recover(void *p);
/* Lets the next error be reported at once (Lemon would wait three tokens). */
void parse_errors_forgotten(void *p);

#endif
