/* print.h: a growable byte buffer and Go's runtime value printing. */
#ifndef GOSH_PRINT_H
#define GOSH_PRINT_H

#include <stdarg.h>
#include <stddef.h>
#include "object.h"

typedef struct StrBuf {
    char *data;
    size_t len;
    size_t cap;
} StrBuf;

void sb_put(StrBuf *b, const char *p, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_putc(StrBuf *b, char c);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int vm_format_float_runtime(double f, char *buf, size_t size);
/* Appends [v] of static type [t] as print/println show it. */
void vm_print_value(StrBuf *b, Value v, const Type *t);

#endif
