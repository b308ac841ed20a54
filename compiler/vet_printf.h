/* vet_printf.h: what the printf check's two files share. */
#ifndef GOSH_VET_PRINTF_H
#define GOSH_VET_PRINTF_H

#include "vet.h"

typedef enum { K_NONE, K_PRINT, K_PRINTF, K_ERRORF } PrintKind;
typedef struct Wrappers Wrappers;

/* The print function [call] calls (fmt's, log's or a wrapper of them),
 * go vet's full name in [name], the index of its format (or first
 * printed) argument in [first]. */
int vet_print_kind(const Vet *v, const Node *call, char *name, size_t size, int *first);
/* The same for a call of one of the program's wrappers. */
int vet_wrapper_kind(const Vet *v, const Node *call, char *name, size_t size, int *first);

#endif
