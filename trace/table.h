/* table.h: aligned plain-text tables (table.c), private to trace/. */
#ifndef GOSH_TRACE_TABLE_H
#define GOSH_TRACE_TABLE_H

#include <stdio.h>

enum { TABLE_MAX_COLS = 8 };

typedef struct Table {
    int ncols, nrows, caprows;
    int right[TABLE_MAX_COLS];  /* right-aligned (numbers) */
    int cap[TABLE_MAX_COLS];    /* the widest a cell may be */
    char **cells;               /* nrows x TABLE_MAX_COLS, copies */
} Table;

/* [align] has one letter per column: 'l' or 'r'. */
void table_init(Table *t, int ncols, const char *align);
void table_cap(Table *t, int col, int cap);
/* One row: ncols strings (NULL is empty). */
void table_row(Table *t, ...);
/* Columns two blanks apart, each line after [indent]. */
void table_print(Table *t, FILE *out, const char *indent);
void table_free(Table *t);

#endif
