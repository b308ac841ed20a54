/* format.h: Go's fmt formatting over interface values. Private to
 * stdlib/. format.c is the engine (verbs, flags, methods); ftoa.c turns
 * floats into text, quote.c quotes strings and runes, mapsort.c orders
 * map keys. */
#ifndef GOSH_FORMAT_H
#define GOSH_FORMAT_H

#include "print.h"
#include "vm.h"

/* Print, Println and Printf semantics; [args] is a []any. */
void fmt_print(G *g, StrBuf *b, const Slice *args, bool newline);
void fmt_printf(G *g, StrBuf *b, const String *format, const Slice *args);
/* Errorf's Printf: %w accepts one error operand, which is returned (an
 * interface word, NULL when there is none). */
Value fmt_errorf(G *g, StrBuf *b, const String *format, const Slice *args);

/* fmt.Formatter: the Go function that runs a value's Format method for
 * the printer (set by package fmt's init). */
void fmt_set_format_hook(Closure *hook);

/* The shortest decimal form of a float that reads back exactly ('g' with
 * precision -1 in strconv). [bits] is 32 or 64. Verbs e E f g G b x X, as
 * strconv.FormatFloat takes them. */
void fmt_float(StrBuf *b, double f, char verb, int prec, int bits);

/* strconv.Quote: [mode] says which runes are escaped: those that are not
 * printable (QUOTE_PRINT), also all beyond ASCII (QUOTE_ASCII, what %+q
 * asks for, hence its value 1), or those that are not graphic
 * (QUOTE_GRAPHIC). */
enum { QUOTE_PRINT, QUOTE_ASCII, QUOTE_GRAPHIC };
void fmt_quote(StrBuf *b, const char *s, int64_t n, int mode);
void fmt_quote_rune(StrBuf *b, int64_t r, int mode);
/* strconv.IsPrint (unicode.IsPrint). */
bool fmt_is_printable(int r);

/* A value of type [t] read from memory at [base]; aggregates are not
 * copied (the word points at [base]). */
Value fmt_load(const char *base, const Type *t);
/* Stores [v] of type [t] at [dst], fmt_load's inverse (an aggregate's
 * block is copied); flag and encoding/json store decoded values so. */
void fmt_store(char *dst, Value v, const Type *t);

/* A map's entries in the order fmt prints them. */
typedef struct FmtKV {
    Value k, v;
} FmtKV;
int64_t fmt_sorted_entries(Map *m, const Type *key_type, FmtKV **out);

#endif
