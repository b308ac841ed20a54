/* parser.h: source text to syntax tree. */
#ifndef GOSH_PARSER_H
#define GOSH_PARSER_H

#include "ast.h"
#include "lexer.h"

/* Parses a whole file. Always returns an N_FILE node; syntax errors go to
 * [diag] (and set diag->syntax). When [script] is false (the file has a
 * package clause, or the caller wants strict Go), top-level statements are
 * Go's "non-declaration statement outside function body". */
Node *parse_file(const Source *src, Diag *diag);

/* Whether the file's text declares a package (strict Go mode). */
bool parse_is_strict(const Node *file);

#endif
