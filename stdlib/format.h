/* format.h: Go's fmt formatting over interface values. Private to
 * stdlib/. */
#ifndef GOSH_FORMAT_H
#define GOSH_FORMAT_H

#include "print.h"
#include "vm.h"

/* Print, Println and Printf semantics; [args] is a []any. */
void fmt_print(G *g, StrBuf *b, const Slice *args, bool newline);
void fmt_printf(G *g, StrBuf *b, const String *format, const Slice *args);
/* The shortest decimal form of a float that reads back exactly ('g' with
 * precision -1 in strconv). [bits] is 32 or 64. */
void fmt_float(StrBuf *b, double f, char verb, int prec, int bits);
/* strconv.Quote with or without escaping non-ASCII. */
void fmt_quote(StrBuf *b, const char *s, int64_t n, bool ascii_only);
void fmt_quote_rune(StrBuf *b, int64_t r, bool ascii_only);
/* The string a value's Error() or String() method returns, if it has one
 * in its method set. */
bool fmt_call_string_method(G *g, const Iface *it, String **out, bool *panicked);

#endif
