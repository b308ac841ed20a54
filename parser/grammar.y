/* grammar.y: Go's syntax as a Lemon LALR(1) push grammar.
 *
 * The driver (parse.c) pushes one token at a time. Two things that a plain
 * LALR(1) grammar of Go cannot decide are settled before tokens arrive:
 * - the '{' that opens an if/for/switch body is a distinct token, LBODY,
 *   so `for _, x := range []int{1, 2} {` parses (see parse.c);
 * - expressions and types share productions where Go's syntax overlaps
 *   (`[]byte(s)` is a call of a type, `T{...}` a literal of a name), and the
 *   checker decides what each name denotes.
 * Actions only build nodes; all judgement is the checker's. */

%name GoParse
%token_prefix TK_
%token_type {Token}
%default_type {Node *}
%extra_argument {ParseState *ps}
%stack_size 8000

%include {
/* The parser's stack holds AST pointers, so it must be memory the garbage
 * collector scans: a fixed-size stack inside the parser object, which
 * parse.c allocates from the collector. Deeper nesting is an error. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "parse_internal.h"
}

/* After reporting, recovery puts the error symbol on the stack, so Lemon
 * discards the offending token; the driver then skips to where Go's parser
 * resumes (parse.c, resync). */
%syntax_error {
    parse_syntax_error(ps, yymajor, &TOKEN);
    if (!ps->stopped && !parse_recover(yypParser))
        ps->stopped = true;
    else if (!ps->stopped)
        ps->recovered = true;
}
%stack_overflow {
    parse_too_deep(ps);
}
%parse_failure {
    ps->failed = true;
}

/* Every lexer token has a terminal of the same name (lexer/tokens.def). */
%token EOF SEMI IDENT INT FLOAT IMAG CHAR STRING
       BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC
       GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT
       SWITCH TYPE VAR.
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT
       ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN
       OR_ASSIGN XOR_ASSIGN SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN
       LAND LOR ARROW INC DEC EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE
       ELLIPSIS LPAREN LBRACK LBRACE COMMA PERIOD RPAREN RBRACK RBRACE COLON
       TILDE LBODY.

%nonassoc LOWEST.
%nonassoc CHANTYPE.
/* LBRACE's precedence settles one conflict: after `func(...)`, a '{' opens
 * a function literal's body (as in Go's parser) rather than ending a func
 * type operand. */
%nonassoc IDENT LPAREN LBRACK ARROW PERIOD LBRACE.
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND AND_NOT.

%type list {NodeList}
%type expr_list {NodeList}
%type ident_list {NodeList}
%type stmt_list {NodeList}
%type top_list {NodeList}
%type case_list {NodeList}
%type param_list {NodeList}
%type params {Params}
%type result {NodeList}
%type field_list {NodeList}
%type method_list {NodeList}
%type elements {NodeList}
%type element_list {NodeList}
%type spec_list {NodeList}
%type var_specs {NodeList}
%type const_specs {NodeList}
%type type_specs {NodeList}
%type tparam_list {NodeList}
%type type_tparams {NodeList}
%type import_specs {NodeList}
%type call_args {CallArgs}
%type assign_op {Token}
%type unary_op {Token}

/* ---------- files ---------- */

file ::= package_clause top_list(L). { ps->file->file.items = L; }

package_clause ::= .
package_clause ::= PACKAGE(P) IDENT(N) SEMI. {
    ps->file->file.package = ast_ident(N.pos, N.text, N.len);
    (void)P;
}

top_list(A) ::= top_item(B). { memset(&A, 0, sizeof A); if (B) list_push(&A, B); }
top_list(A) ::= top_list(B) SEMI top_item(C). { A = B; if (C) list_push(&A, C); }

top_item(A) ::= stmt(B). { A = B; }
top_item(A) ::= func_decl(B). { A = B; }
top_item(A) ::= import_decl(B). { A = B; }

import_decl(A) ::= IMPORT(K) import_spec(S). {
    A = ast_new(N_GENDECL, K.pos); A->op = T_IMPORT; list_push(&A->gen.specs, S);
}
import_decl(A) ::= IMPORT(K) LPAREN import_specs(L) import_spec(S) RPAREN. {
    A = ast_new(N_GENDECL, K.pos); A->op = T_IMPORT; A->gen.specs = L; list_push(&A->gen.specs, S);
}
import_decl(A) ::= IMPORT(K) LPAREN import_specs(L) RPAREN. {
    A = ast_new(N_GENDECL, K.pos); A->op = T_IMPORT; A->gen.specs = L;
}
import_specs(A) ::= . { memset(&A, 0, sizeof A); }
import_specs(A) ::= import_specs(B) import_spec(S) SEMI. { A = B; list_push(&A, S); }
import_specs(A) ::= import_specs(B) SEMI. { A = B; }
import_spec(A) ::= STRING(P). { A = mk_import(NULL, P); }
import_spec(A) ::= IDENT(N) STRING(P). { A = mk_import(ast_ident(N.pos, N.text, N.len), P); }
import_spec(A) ::= PERIOD(N) STRING(P). { A = mk_import(ast_ident(N.pos, ".", 1), P); }

/* ---------- declarations ---------- */

func_decl(A) ::= FUNC(F) IDENT(N) signature(S) block_opt(B). {
    A = mk_funcdecl(F.pos, NULL, N, S, B);
}
func_decl(A) ::= FUNC(F) params(R) IDENT(N) signature(S) block_opt(B). {
    Node *recv = ast_new(N_FUNCTYPE, R.lparen);
    recv->func.params = R.list;
    A = mk_funcdecl(F.pos, check_receivers(ps, recv, N.pos) ? recv : NULL, N, S, B);
}
/* Type parameters: after a function's name '[' can open nothing else. */
func_decl(A) ::= FUNC(F) IDENT(N) LBRACK tparam_list(P) RBRACK signature(S) block_opt(B). {
    A = mk_funcdecl(F.pos, NULL, N, S, B);
    A->funcdecl.tparams = P;
}
tparam_list(A) ::= tparam_group(G). { memset(&A, 0, sizeof A); list_push(&A, G); }
tparam_list(A) ::= tparam_list(B) COMMA tparam_group(G). { A = B; list_push(&A, G); }
tparam_group(A) ::= ident_list(N) union(C). { A = mk_field(N, C); }
block_opt(A) ::= . { A = NULL; }
block_opt(A) ::= block(B). { A = B; }

decl(A) ::= VAR(K) var_spec(S). { A = mk_gendecl(K, S); }
decl(A) ::= VAR(K) LPAREN var_specs(L) var_spec(S) RPAREN. { list_push(&L, S);
    A = mk_gendecl_list(K, L); }
decl(A) ::= VAR(K) LPAREN var_specs(L) RPAREN. { A = mk_gendecl_list(K, L); }
decl(A) ::= CONST(K) const_spec(S). { A = mk_gendecl(K, S); fix_consts(A); }
decl(A) ::= CONST(K) LPAREN const_specs(L) const_spec(S) RPAREN. { list_push(&L, S);
    A = mk_gendecl_list(K, L); fix_consts(A); }
decl(A) ::= CONST(K) LPAREN const_specs(L) RPAREN. { A = mk_gendecl_list(K, L); fix_consts(A); }
decl(A) ::= TYPE(K) type_spec(S). { A = mk_gendecl(K, S); }
decl(A) ::= TYPE(K) LPAREN type_specs(L) type_spec(S) RPAREN. { list_push(&L, S);
    A = mk_gendecl_list(K, L); }
decl(A) ::= TYPE(K) LPAREN type_specs(L) RPAREN. { A = mk_gendecl_list(K, L); }

var_specs(A) ::= . { memset(&A, 0, sizeof A); }
var_specs(A) ::= var_specs(B) var_spec(S) SEMI. { A = B; list_push(&A, S); }
var_specs(A) ::= var_specs(B) SEMI. { A = B; }
var_spec(A) ::= ident_list(N) type(T). { A = mk_vspec(N, T, NULL); }
var_spec(A) ::= ident_list(N) type(T) ASSIGN expr_list(V). { A = mk_vspec(N, T, &V); }
var_spec(A) ::= ident_list(N) ASSIGN expr_list(V). { A = mk_vspec(N, NULL, &V); }

const_specs(A) ::= . { memset(&A, 0, sizeof A); }
const_specs(A) ::= const_specs(B) const_spec(S) SEMI. { A = B; list_push(&A, S); }
const_specs(A) ::= const_specs(B) SEMI. { A = B; }
const_spec(A) ::= ident_list(N). { A = mk_vspec(N, NULL, NULL); }
const_spec(A) ::= ident_list(N) type(T). { A = mk_vspec(N, T, NULL); }
const_spec(A) ::= ident_list(N) type(T) ASSIGN expr_list(V). { A = mk_vspec(N, T, &V); }
const_spec(A) ::= ident_list(N) ASSIGN expr_list(V). { A = mk_vspec(N, NULL, &V); }

type_specs(A) ::= . { memset(&A, 0, sizeof A); }
type_specs(A) ::= type_specs(B) type_spec(S) SEMI. { A = B; list_push(&A, S); }
type_specs(A) ::= type_specs(B) SEMI. { A = B; }
type_spec(A) ::= IDENT(N) type(T). { A = mk_tspec(N, T, false); }
type_spec(A) ::= IDENT(N) ASSIGN type(T). { A = mk_tspec(N, T, true); }
/* `type A[N]int` is an array and `type A[T any] ...` generic: the first
 * parameter's constraint must begin with a name or '~' (or the name be
 * followed by a comma), which an array length cannot. As in Go, `[P *C]`
 * and the like read as array lengths. */
type_spec(A) ::= IDENT(N) LBRACK type_tparams(P) RBRACK type(T). {
    A = mk_tspec(N, T, false);
    A->tspec.tparams = P;
}
type_tparams(A) ::= IDENT(N) first_constraint(C). {
    NodeList names; memset(&names, 0, sizeof names);
    list_push(&names, ast_ident(N.pos, N.text, N.len));
    memset(&A, 0, sizeof A); list_push(&A, mk_field(names, C));
}
type_tparams(A) ::= IDENT(N) COMMA ident_list(L) union(C). {
    NodeList names; memset(&names, 0, sizeof names);
    list_push(&names, ast_ident(N.pos, N.text, N.len));
    for (int i = 0; i < L.len; i++) list_push(&names, L.items[i]);
    memset(&A, 0, sizeof A); list_push(&A, mk_field(names, C));
}
type_tparams(A) ::= type_tparams(B) COMMA tparam_group(G). { A = B; list_push(&A, G); }
first_constraint(A) ::= first_term(T). { A = T; }
first_constraint(A) ::= first_constraint(X) OR(O) type_term(Y). { A = mk_binary(O, X, Y); }
first_term(A) ::= type_name(T). { A = T; }
first_term(A) ::= generic_type(T). { A = T; }
first_term(A) ::= TILDE(O) type(T). { A = mk_unary(O, T); }

ident_list(A) ::= IDENT(N). { memset(&A, 0, sizeof A); list_push(&A, ast_ident(N.pos, N.text, N.len)); }
ident_list(A) ::= ident_list(B) COMMA IDENT(N). { A = B; list_push(&A, ast_ident(N.pos, N.text, N.len)); }

/* ---------- types ---------- */

type(A) ::= type_name(B). { A = B; }
type(A) ::= generic_type(B). { A = B; }
type(A) ::= type_lit(B). { A = B; }
type(A) ::= LPAREN type(B) RPAREN. { A = B; }
type(A) ::= FUNC signature(S). { A = S; }
type(A) ::= MUL(S) type(B). { A = ast_new(N_STAR, S.pos); A->star.x = B; }
type(A) ::= ARROW(R) CHAN type(B). [LOWEST] { A = mk_chan(R.pos, 2, B); }

type_name(A) ::= IDENT(N). [LOWEST] { A = ast_ident(N.pos, N.text, N.len); }
type_name(A) ::= IDENT(N) PERIOD(D) IDENT(S). {
    A = mk_selector(ast_ident(N.pos, N.text, N.len), D.pos, S);
}

/* An instantiated generic type, Stack[int] or Pair[K, V]: the arguments
 * are parsed as expressions, which also spell every type, so that `x [N]T`
 * (a parameter named x) and `S[T]` share a prefix; the checker decides. */
generic_type(A) ::= IDENT(N) LBRACK(L) expr(I) RBRACK(R). {
    A = ast_new(N_INDEX, L.pos); A->index.x = ast_ident(N.pos, N.text, N.len);
    A->index.index = I; A->index.rbrack = R.pos;
}
generic_type(A) ::= IDENT(N) LBRACK(L) expr(I) COMMA expr_list(E) RBRACK(R). {
    A = ast_new(N_INDEX, L.pos); A->index.x = ast_ident(N.pos, N.text, N.len);
    A->index.index = I; A->index.rest = E; A->index.rbrack = R.pos;
}

/* Type literals that may also stand in expressions ([]byte(s), map[K]V{}). */
type_lit(A) ::= LBRACK(L) RBRACK type(E). { A = mk_array(L.pos, NULL, E); }
type_lit(A) ::= LBRACK(L) expr(N) RBRACK type(E). { A = mk_array(L.pos, N, E); }
type_lit(A) ::= LBRACK(L) ELLIPSIS(D) RBRACK type(E). {
    A = mk_array(L.pos, ast_new(N_ELLIPSIS, D.pos), E);
}
type_lit(A) ::= MAP(M) LBRACK type(K) RBRACK type(V). {
    A = ast_new(N_MAPTYPE, M.pos); A->map.key = K; A->map.value = V;
}
type_lit(A) ::= CHAN(C) type(B). [CHANTYPE] { A = mk_chan(C.pos, 0, B); }
type_lit(A) ::= CHAN(C) ARROW type(B). { A = mk_chan(C.pos, 1, B); }
type_lit(A) ::= STRUCT(S) LBRACE field_list(L) RBRACE. {
    A = ast_new(N_STRUCTTYPE, S.pos); A->strct.fields = L;
}
type_lit(A) ::= STRUCT(S) LBRACE field_list(L) SEMI RBRACE. {
    A = ast_new(N_STRUCTTYPE, S.pos); A->strct.fields = L;
}
type_lit(A) ::= STRUCT(S) LBRACE RBRACE. { A = ast_new(N_STRUCTTYPE, S.pos); }
type_lit(A) ::= INTERFACE(I) LBRACE method_list(L) RBRACE. {
    A = ast_new(N_INTERFACETYPE, I.pos); A->iface.methods = L;
}
type_lit(A) ::= INTERFACE(I) LBRACE method_list(L) SEMI RBRACE. {
    A = ast_new(N_INTERFACETYPE, I.pos); A->iface.methods = L;
}
type_lit(A) ::= INTERFACE(I) LBRACE RBRACE. { A = ast_new(N_INTERFACETYPE, I.pos); }

field_list(A) ::= field_decl(F). { memset(&A, 0, sizeof A); list_push(&A, F); }
field_list(A) ::= field_list(B) SEMI field_decl(F). { A = B; list_push(&A, F); }
/* One name is spelled out so that `a [N]T` (a field) and `Base[T]` (an
 * embedded instance) share their prefix, as parameters do. */
field_decl(A) ::= IDENT(N) type(T) tag_opt(G). {
    NodeList names; memset(&names, 0, sizeof names);
    list_push(&names, ast_ident(N.pos, N.text, N.len));
    check_named_array(ps, T);
    A = mk_field(names, T); A->field.tag = G;
}
field_decl(A) ::= IDENT(N) COMMA ident_list(L) type(T) tag_opt(G). {
    NodeList names; memset(&names, 0, sizeof names);
    list_push(&names, ast_ident(N.pos, N.text, N.len));
    for (int i = 0; i < L.len; i++) list_push(&names, L.items[i]);
    A = mk_field(names, T); A->field.tag = G;
}
field_decl(A) ::= generic_type(T) tag_opt(G). { A = mk_embedded(T); A->field.tag = G; }
field_decl(A) ::= MUL(S) generic_type(T) tag_opt(G). {
    Node *p = ast_new(N_STAR, S.pos); p->star.x = T;
    A = mk_embedded(p); A->field.tag = G;
}
field_decl(A) ::= type_name(T) tag_opt(G). { A = mk_embedded(T); A->field.tag = G; }
field_decl(A) ::= MUL(S) type_name(T) tag_opt(G). {
    Node *p = ast_new(N_STAR, S.pos); p->star.x = T;
    A = mk_embedded(p); A->field.tag = G;
}
tag_opt(A) ::= . { A = NULL; }
tag_opt(A) ::= STRING(S). { A = mk_lit(S); }

method_list(A) ::= method_spec(M). { memset(&A, 0, sizeof A); list_push(&A, M); }
method_list(A) ::= method_list(B) SEMI method_spec(M). { A = B; list_push(&A, M); }
method_spec(A) ::= IDENT(N) signature(S). {
    NodeList names; memset(&names, 0, sizeof names);
    list_push(&names, ast_ident(N.pos, N.text, N.len));
    A = mk_field(names, S);
}
/* An embedded element: an interface, or type terms (T1 | ~T2), which make
 * the interface a constraint (the checker rejects its use as a type). */
method_spec(A) ::= union(U). { A = mk_embedded(U); }
union(A) ::= type_term(T). { A = T; }
union(A) ::= union(X) OR(O) type_term(Y). { A = mk_binary(O, X, Y); }
type_term(A) ::= type(T). { A = T; }
type_term(A) ::= TILDE(O) type(T). { A = mk_unary(O, T); }

/* A function type is at its '(' as in Go's syntax tree. */
signature(A) ::= params(P) result(R). {
    A = ast_new(N_FUNCTYPE, P.lparen); A->func.params = P.list; A->func.results = R;
}
params(A) ::= LPAREN(L) RPAREN. { memset(&A, 0, sizeof A); A.lparen = L.pos; }
params(A) ::= LPAREN(L) param_list(P) RPAREN. { A.list = group_params(ps, P); A.lparen = L.pos; }
params(A) ::= LPAREN(L) param_list(P) COMMA RPAREN. { A.list = group_params(ps, P); A.lparen = L.pos; }
param_list(A) ::= param(P). { memset(&A, 0, sizeof A); list_push(&A, P); }
param_list(A) ::= param_list(B) COMMA param(P). { A = B; list_push(&A, P); }
param(A) ::= type(T). { A = mk_param(NULL, T); }
param(A) ::= IDENT(N) type(T). { A = mk_param(ast_ident(N.pos, N.text, N.len), T); }
param(A) ::= IDENT(N) ELLIPSIS(D) type(T). {
    Node *e = ast_new(N_ELLIPSIS, D.pos); e->ellipsis.elem = T;
    A = mk_param(ast_ident(N.pos, N.text, N.len), e);
}
param(A) ::= ELLIPSIS(D) type(T). {
    Node *e = ast_new(N_ELLIPSIS, D.pos); e->ellipsis.elem = T;
    A = mk_param(NULL, e);
}
result(A) ::= . [LOWEST] { memset(&A, 0, sizeof A); }
result(A) ::= type_name(T). { memset(&A, 0, sizeof A); list_push(&A, mk_param(NULL, T)); }
result(A) ::= type_lit(T). { memset(&A, 0, sizeof A); list_push(&A, mk_param(NULL, T)); }
result(A) ::= generic_type(T). { memset(&A, 0, sizeof A); list_push(&A, mk_param(NULL, T)); }
result(A) ::= MUL(S) type(T). {
    Node *p = ast_new(N_STAR, S.pos); p->star.x = T;
    memset(&A, 0, sizeof A); list_push(&A, mk_param(NULL, p));
}
result(A) ::= FUNC signature(S). {
    memset(&A, 0, sizeof A); list_push(&A, mk_param(NULL, S));
}
result(A) ::= ARROW(R) CHAN type(B). {
    memset(&A, 0, sizeof A); list_push(&A, mk_param(NULL, mk_chan(R.pos, 2, B)));
}
result(A) ::= params(P). { A = P.list; }

/* ---------- statements ---------- */

block(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). {
    A = ast_new(N_BLOCK, L.pos); A->block.stmts = S; A->block.rbrace = R.pos;
}
body(A) ::= LBODY(L) stmt_list(S) RBRACE(R). {
    A = ast_new(N_BLOCK, L.pos); A->block.stmts = S; A->block.rbrace = R.pos;
}

stmt_list(A) ::= stmt(B). { memset(&A, 0, sizeof A); if (B) list_push(&A, B); }
stmt_list(A) ::= stmt_list(B) SEMI stmt(C). { A = B; if (C) list_push(&A, C); }

stmt(A) ::= . { A = NULL; }
/* Where a syntax error is recovered from (parse_recover); the file is not
 * compiled, so the statement is nothing. */
stmt(A) ::= error. { A = NULL; }
stmt(A) ::= decl(D). { A = ast_new(N_DECLSTMT, D->pos); A->declstmt.decl = D; }
stmt(A) ::= simple_stmt(B). { A = B; }
stmt(A) ::= IDENT(N) COLON stmt(S). {
    A = ast_new(N_LABELED, N.pos); A->labeled.label = ast_ident(N.pos, N.text, N.len);
    A->labeled.stmt = S;
}
stmt(A) ::= GO(G) expr(E). { A = ast_new(N_GO, G.pos); A->gostmt.call = E; }
stmt(A) ::= DEFER(G) expr(E). { A = ast_new(N_DEFER, G.pos); A->gostmt.call = E; }
stmt(A) ::= RETURN(R). { A = ast_new(N_RETURN, R.pos); }
stmt(A) ::= RETURN(R) expr_list(L). { A = ast_new(N_RETURN, R.pos); A->ret.results = L; }
stmt(A) ::= BREAK(B). { A = mk_branch(B, NULL); }
stmt(A) ::= BREAK(B) IDENT(L). { A = mk_branch(B, &L); }
stmt(A) ::= CONTINUE(B). { A = mk_branch(B, NULL); }
stmt(A) ::= CONTINUE(B) IDENT(L). { A = mk_branch(B, &L); }
stmt(A) ::= GOTO(B) IDENT(L). { A = mk_branch(B, &L); }
stmt(A) ::= FALLTHROUGH(B). { A = mk_branch(B, NULL); }
stmt(A) ::= block(B). { A = B; }
stmt(A) ::= if_stmt(B). { A = B; }
stmt(A) ::= switch_stmt(B). { A = B; }
stmt(A) ::= select_stmt(B). { A = B; }
stmt(A) ::= for_stmt(B). { A = B; }

simple_stmt(A) ::= expr(E). { A = ast_new(N_EXPRSTMT, E->pos); A->exprstmt.x = E; }
simple_stmt(A) ::= expr(C) ARROW(R) expr(V). {
    A = ast_new(N_SEND, R.pos); A->send.chan = C; A->send.value = V;
}
simple_stmt(A) ::= expr(E) INC(O). { A = ast_new(N_INCDEC, O.pos); A->op = T_INC; A->incdec.x = E; }
simple_stmt(A) ::= expr(E) DEC(O). { A = ast_new(N_INCDEC, O.pos); A->op = T_DEC; A->incdec.x = E; }
simple_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R). { A = mk_assign(O, L, R); }
simple_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R). { A = mk_assign(O, L, R); }
simple_stmt(A) ::= expr(L) assign_op(O) expr(R). {
    NodeList l, r; memset(&l, 0, sizeof l); memset(&r, 0, sizeof r);
    list_push(&l, L); list_push(&r, R);
    A = mk_assign(O, l, r);
}
assign_op(A) ::= ADD_ASSIGN(O). { A = O; }
assign_op(A) ::= SUB_ASSIGN(O). { A = O; }
assign_op(A) ::= MUL_ASSIGN(O). { A = O; }
assign_op(A) ::= QUO_ASSIGN(O). { A = O; }
assign_op(A) ::= REM_ASSIGN(O). { A = O; }
assign_op(A) ::= AND_ASSIGN(O). { A = O; }
assign_op(A) ::= OR_ASSIGN(O). { A = O; }
assign_op(A) ::= XOR_ASSIGN(O). { A = O; }
assign_op(A) ::= SHL_ASSIGN(O). { A = O; }
assign_op(A) ::= SHR_ASSIGN(O). { A = O; }
assign_op(A) ::= AND_NOT_ASSIGN(O). { A = O; }

if_stmt(A) ::= IF(I) expr(C) body(B) else_opt(E). { A = mk_if(I, NULL, C, B, E); }
if_stmt(A) ::= IF(I) simple_stmt(S) SEMI expr(C) body(B) else_opt(E). { A = mk_if(I, S, C, B, E); }
if_stmt(A) ::= IF(I) simple_stmt(S) SEMI(M) body(B) else_opt(E). {
    missing_condition(ps, M.pos);
    A = mk_if(I, S, NULL, B, E);
}
if_stmt(A) ::= IF(I) body(B) else_opt(E). {
    missing_condition(ps, B->pos);
    A = mk_if(I, NULL, NULL, B, E);
}
else_opt(A) ::= . { A = NULL; }
else_opt(A) ::= ELSE if_stmt(B). { A = B; }
else_opt(A) ::= ELSE block(B). { A = B; }

switch_stmt(A) ::= SWITCH(S) body_cases(B). { A = mk_switch(ps, S, NULL, NULL, B); }
switch_stmt(A) ::= SWITCH(S) simple_stmt(T) body_cases(B). { A = mk_switch(ps, S, NULL, T, B); }
switch_stmt(A) ::= SWITCH(S) simple_stmt(I) SEMI body_cases(B). { A = mk_switch(ps, S, I, NULL, B); }
switch_stmt(A) ::= SWITCH(S) simple_stmt(I) SEMI simple_stmt(T) body_cases(B). { A = mk_switch(ps, S, I, T, B); }
switch_stmt(A) ::= SWITCH(S) SEMI simple_stmt(T) body_cases(B). { A = mk_switch(ps, S, NULL, T, B); }
switch_stmt(A) ::= SWITCH(S) SEMI body_cases(B). { A = mk_switch(ps, S, NULL, NULL, B); }
body_cases(A) ::= LBODY(L) case_list(C) RBRACE(R). {
    A = ast_new(N_BLOCK, L.pos); A->block.stmts = C; A->block.rbrace = R.pos;
}
case_list(A) ::= . { memset(&A, 0, sizeof A); }
case_list(A) ::= case_list(B) case_clause(C). { A = B; if (C) list_push(&A, C); }
case_clause(A) ::= CASE(C) expr_list(L) COLON stmt_list(S). { A = mk_clause(C.pos, &L, NULL, S); }
case_clause(A) ::= DEFAULT(D) COLON stmt_list(S). { A = mk_clause(D.pos, NULL, NULL, S); }
case_clause(A) ::= error. { A = NULL; }

select_stmt(A) ::= SELECT(S) LBRACE comm_list(C) RBRACE(R). {
    A = ast_new(N_SELECT, S.pos); A->sel.body = C; C->block.rbrace = R.pos;
}
comm_list(A) ::= . { A = ast_new(N_BLOCK, ps->last_pos); }
comm_list(A) ::= comm_list(B) comm_clause(C). { A = B; if (C) list_push(&A->block.stmts, C); }
comm_clause(A) ::= CASE(C) simple_stmt(M) COLON stmt_list(S). { A = mk_clause(C.pos, NULL, M, S); }
comm_clause(A) ::= DEFAULT(D) COLON stmt_list(S). { A = mk_clause(D.pos, NULL, NULL, S); }
comm_clause(A) ::= error. { A = NULL; }

for_stmt(A) ::= FOR(F) body(B). { A = mk_for(F, NULL, NULL, NULL, B); }
for_stmt(A) ::= FOR(F) expr(C) body(B). { A = mk_for(F, NULL, C, NULL, B); }
for_stmt(A) ::= FOR(F) for_init(I) SEMI for_cond(C) SEMI for_post(P) body(B). {
    A = mk_for(F, I, C, P, B);
}
for_stmt(A) ::= FOR(F) expr_list(L) DEFINE RANGE(R) expr(X) body(B). {
    A = mk_range(F, R, T_DEFINE, &L, X, B);
}
for_stmt(A) ::= FOR(F) expr_list(L) ASSIGN RANGE(R) expr(X) body(B). {
    A = mk_range(F, R, T_ASSIGN, &L, X, B);
}
for_stmt(A) ::= FOR(F) RANGE(R) expr(X) body(B). { A = mk_range(F, R, 0, NULL, X, B); }
for_init(A) ::= . { A = NULL; }
for_init(A) ::= simple_stmt(S). { A = S; }
for_cond(A) ::= . { A = NULL; }
for_cond(A) ::= expr(E). { A = E; }
for_post(A) ::= . { A = NULL; }
for_post(A) ::= simple_stmt(S). { A = S; }

/* ---------- expressions ---------- */

expr_list(A) ::= expr(E). { memset(&A, 0, sizeof A); list_push(&A, E); }
expr_list(A) ::= expr_list(B) COMMA expr(E). { A = B; list_push(&A, E); }

expr(A) ::= unary_expr(B). { A = B; }
expr(A) ::= expr(X) LOR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) LAND(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) EQL(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) NEQ(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) LSS(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) LEQ(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) GTR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) GEQ(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) ADD(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SUB(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) OR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) XOR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) MUL(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) QUO(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) REM(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) AND(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) AND_NOT(O) expr(Y). { A = mk_binary(O, X, Y); }

unary_expr(A) ::= primary(B). { A = B; }
unary_expr(A) ::= unary_op(O) unary_expr(X). { A = mk_unary(O, X); }
unary_expr(A) ::= MUL(S) unary_expr(X). { A = ast_new(N_STAR, S.pos); A->star.x = X; }
unary_op(A) ::= ADD(O). { A = O; }
unary_op(A) ::= SUB(O). { A = O; }
unary_op(A) ::= NOT(O). { A = O; }
unary_op(A) ::= XOR(O). { A = O; }
unary_op(A) ::= AND(O). { A = O; }
unary_op(A) ::= ARROW(O). { A = O; }

primary(A) ::= operand(B). { A = B; }
primary(A) ::= primary(X) PERIOD(D) IDENT(S). { A = mk_selector(X, D.pos, S); }
primary(A) ::= primary(X) PERIOD LPAREN type(T) RPAREN. {
    A = ast_new(N_TYPEASSERT, X->pos); A->assert.x = X; A->assert.type = T;
}
primary(A) ::= primary(X) PERIOD LPAREN TYPE(T) RPAREN. {
    A = ast_new(N_TYPEASSERT, X->pos); A->assert.x = X; A->assert.type = NULL;
    (void)T;
}
primary(A) ::= primary(X) LBRACK(L) expr(I) RBRACK(R). {
    A = ast_new(N_INDEX, L.pos); A->index.x = X; A->index.index = I; A->index.rbrack = R.pos;
}
/* F[int, string]: an instantiation with several type arguments */
primary(A) ::= primary(X) LBRACK(L) expr(I) COMMA expr_list(E) RBRACK(R). {
    A = ast_new(N_INDEX, L.pos); A->index.x = X; A->index.index = I;
    A->index.rest = E; A->index.rbrack = R.pos;
}
primary(A) ::= primary(X) LBRACK(L) expr_opt(LO) COLON expr_opt(HI) RBRACK. {
    A = mk_slice(L.pos, X, LO, HI, NULL, false);
}
primary(A) ::= primary(X) LBRACK(L) expr_opt(LO) COLON expr(HI) COLON expr(MX) RBRACK. {
    A = mk_slice(L.pos, X, LO, HI, MX, true);
}
/* Go's parser names a missing index of a 3-index slice (not a syntax
 * error: checking goes on, and the checker skips such a slice). */
primary(A) ::= primary(X) LBRACK(L) expr_opt(LO) COLON COLON(C) expr_opt(MX) RBRACK(R). {
    diag_error(ps->diag, C.pos, "middle index required in 3-index slice");
    ps->diag->proceed++;
    if (!MX) {
        diag_error(ps->diag, R.pos, "final index required in 3-index slice");
        ps->diag->proceed++;
    }
    A = mk_slice(L.pos, X, LO, NULL, MX, true);
}
primary(A) ::= primary(X) LBRACK(L) expr_opt(LO) COLON expr(HI) COLON RBRACK(R). {
    diag_error(ps->diag, R.pos, "final index required in 3-index slice");
    ps->diag->proceed++;
    A = mk_slice(L.pos, X, LO, HI, NULL, true);
}
primary(A) ::= primary(X) call_args(C). {
    A = ast_new(N_CALL, C.lparen); A->call.fun = X; A->call.args = C.args;
    A->call.ellipsis = C.ellipsis; A->call.rparen = C.rparen;
}
primary(A) ::= primary(T) LBRACE(L) elements(E) RBRACE(R). { A = mk_composite(L.pos, T, E, R.pos); }

call_args(A) ::= LPAREN(L) RPAREN(R). { memset(&A, 0, sizeof A); A.lparen = L.pos; A.rparen = R.pos; }
call_args(A) ::= LPAREN(L) expr_list(E) comma_opt RPAREN(R). {
    memset(&A, 0, sizeof A); A.lparen = L.pos; A.args = E; A.rparen = R.pos;
}
call_args(A) ::= LPAREN(L) expr_list(E) ELLIPSIS comma_opt RPAREN(R). {
    memset(&A, 0, sizeof A); A.lparen = L.pos; A.args = E; A.ellipsis = true; A.rparen = R.pos;
}
comma_opt ::= .
comma_opt ::= COMMA.

expr_opt(A) ::= . { A = NULL; }
expr_opt(A) ::= expr(E). { A = E; }

operand(A) ::= INT(T). { A = mk_lit(T); }
operand(A) ::= FLOAT(T). { A = mk_lit(T); }
operand(A) ::= IMAG(T). { A = mk_lit(T); }
operand(A) ::= CHAR(T). { A = mk_lit(T); }
operand(A) ::= STRING(T). { A = mk_lit(T); }
operand(A) ::= IDENT(N). { A = ast_ident(N.pos, N.text, N.len); }
operand(A) ::= LPAREN(L) expr(E) RPAREN. { A = ast_new(N_PAREN, L.pos); A->paren.x = E; }
operand(A) ::= type_lit(T). { A = T; }
/* A func type stands as an operand too (`case func():` in a type switch,
 * conversions); followed by '{' it is a function literal instead. */
operand(A) ::= FUNC signature(S). [LOWEST] { A = S; }
operand(A) ::= FUNC(F) signature(S) block(B). {
    A = ast_new(N_FUNCLIT, F.pos); A->funclit.type = S; A->funclit.body = B;
}

elements(A) ::= . { memset(&A, 0, sizeof A); }
elements(A) ::= element_list(B) comma_opt. { A = B; }
element_list(A) ::= element(E). { memset(&A, 0, sizeof A); list_push(&A, E); }
element_list(A) ::= element_list(B) COMMA element(E). { A = B; list_push(&A, E); }
element(A) ::= elem_value(V). { A = V; }
element(A) ::= elem_value(K) COLON(C) elem_value(V). {
    A = ast_new(N_KEYVALUE, C.pos); A->kv.key = K; A->kv.value = V;
}
elem_value(A) ::= expr(E). { A = E; }
elem_value(A) ::= LBRACE(L) elements(E) RBRACE(R). { A = mk_composite(L.pos, NULL, E, R.pos); }

%code {
/* Pops the stack to the innermost state that takes the error symbol (a
 * statement, or a case clause) and shifts it there; false when no state
 * does (an error before the first declaration). The stack is only searched
 * first, so a failure leaves it as it was. */
bool parse_recover(void *p)
{
    yyParser *P = p;
    yyStackEntry *e = P->yytos;
    while (e > P->yystack && yy_find_reduce_action(e->stateno, YYERRORSYMBOL) > YY_MAX_SHIFTREDUCE)
        e--;
    if (e <= P->yystack)
        return false;
    while (P->yytos > e)
        yy_pop_parser_stack(P);
    Token none;
    memset(&none, 0, sizeof none);
    yy_shift(P, yy_find_reduce_action(e->stateno, YYERRORSYMBOL), YYERRORSYMBOL, none);
    return true;
}

/* Lemon stays quiet for three tokens after an error; the driver decides
 * what to skip and reports by Go's rules instead, so that count is reset. */
void parse_errors_forgotten(void *p)
{
    ((yyParser *)p)->yyerrcnt = -1;
}

/* Simulates the parser on a copy of its state stack to learn whether
 * [major] could be shifted now; used to say what a syntax error expected. */
bool parse_can_shift(void *p, int major)
{
    yyParser *P = p;
    int depth = (int)(P->yytos - P->yystack) + 1;
    YYACTIONTYPE *st = malloc(sizeof *st * (size_t)(depth + 2));
    for (int i = 0; i < depth; i++)
        st[i] = P->yystack[i].stateno;
    int top = depth - 1;
    bool ok = false;
    for (int guard = 0; guard < 100000; guard++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)major, st[top]);
        if (act >= YY_MIN_REDUCE && act != YY_ACCEPT_ACTION &&
            act != YY_ERROR_ACTION && act <= YY_MAX_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            int size = yyRuleInfoNRhs[rule];
            if (top + size < 0)
                break;
            YYACTIONTYPE g = yy_find_reduce_action(st[top + size],
                                                   (YYCODETYPE)yyRuleInfoLhs[rule]);
            top += size + 1;
            st[top] = g;
            continue;
        }
        ok = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        break;
    }
    free(st);
    return ok;
}
}
