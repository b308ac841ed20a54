/* compiler.h: syntax tree to program. */
#ifndef GOSH_COMPILER_H
#define GOSH_COMPILER_H

#include "lexer.h"
#include "parser.h"
#include "vm.h"

/* Parses, checks and compiles the program in [src]. Returns NULL when
 * there were errors (in [diag]). */
Program *compile_program(const Source *src, Diag *diag);

#endif
