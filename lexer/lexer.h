/* lexer.h: source text, positions, diagnostics and the Go scanner.
 *
 * This is the bottom layer of gosh: every other folder reports errors
 * through a Diag and points at source through a Pos. */
#ifndef GOSH_LEXER_H
#define GOSH_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A position in a source file: 1-based line and byte column, as Go counts. */
typedef struct Pos {
    int line;
    int col;
} Pos;

/* One loaded source text. [text] is NUL-terminated (the scanner's sentinel);
 * [len] excludes the terminator. */
typedef struct SrcSeg SrcSeg;
typedef struct Source {
    const char *name;
    const char *text;
    size_t len;
    /* A package of several files is checked as one text (multifile.c):
     * its segments say which file and line each of its lines came from. */
    const SrcSeg *segs;
    int nsegs;
} Source;

/* Lines [line, line + nlines) of a combined source are lines from
 * [orig_line] on of file [name], their columns shifted by [col_delta]. */
struct SrcSeg {
    int line, nlines;
    const char *name;
    int orig_line, col_delta;
};

/* The file, line and column [pos] of [src] stands for (itself when [src]
 * is no combination). */
const char *src_map(const Source *src, Pos pos, Pos *out);

/* malloc, calloc (zeroed) and realloc for memory the collector does not
 * manage. They never return NULL: running out of memory goes where a
 * failed GC allocation goes, the collector's out-of-memory hook, which the
 * runtime sets to Go's fatal error (runtime/gc.c). */
void *xmalloc(size_t n);
void *xcalloc(size_t n);
void *xrealloc(void *p, size_t n);

Source *src_from_file(const char *path, char *err, size_t errlen);
Source *src_from_string(const char *name, const char *text, size_t len);
/* The text of line [line] (without its newline), for carets. */
const char *src_line(const Source *src, int line, int *len);

/* The diagnostics sink. Errors are collected, not printed, so the CLI, the
 * REPL and tests can decide how to show them. They are printed sorted by
 * position, at most DIAG_MAX of them, then Go's "too many errors". */
enum { DIAG_MAX = 10, DIAG_KEEP = 200 };

typedef struct DiagEntry {
    const Source *src;
    Pos pos;
    char *msg;
} DiagEntry;

typedef struct Diag {
    /* The file errors are reported against (the compiler switches it when
     * it checks another package's source). */
    const Source *src;
    DiagEntry entries[DIAG_KEEP];
    int count;
    bool overflow;
    /* Set once a syntax error is seen: later phases do not run. */
    bool syntax;
    /* Errors of the parser after which Go still type-checks (they do not
     * begin "syntax error"); any other error stops after parsing. */
    int proceed;
    /* Set when the input ended in the middle of a construct (the REPL asks
     * for more lines instead of reporting). */
    bool incomplete;
} Diag;

void diag_init(Diag *d, const Source *src);
/* Appends printf-style text at [len] in [buf] of [size] bytes and returns
 * the new length, never past size - 1: messages built piece by piece
 * are cut short, never overrun. */
size_t msg_appendf(char *buf, size_t size, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_error(Diag *d, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
bool diag_has_errors(const Diag *d);
/* Prints "file:line:col: msg" lines, sorted by position as Go does. */
void diag_print(Diag *d, FILE *out);
/* The REPL's form: the message, then the source line and a caret. */
void diag_print_caret(Diag *d, FILE *out);

/* Token kinds, from tokens.def. */
typedef enum TokenKind {
#define TOK(name, spelling) T_##name,
#include "tokens.def"
#undef TOK
    T_COUNT
} TokenKind;

extern const char *const tok_spelling[T_COUNT];
extern const char *const tok_name[T_COUNT];

/* A token: its kind, where it starts, and its text in the source. A
 * semicolon inserted at a newline has len 0 and text "\n". */
typedef struct Token {
    int kind;
    Pos pos;
    const char *text;
    int len;
} Token;

typedef struct Lexer {
    const Source *src;
    Diag *diag;
    const char *cur;
    const char *lim;
    const char *line_start;
    int line;
    /* Kind of the last real token, for Go's automatic semicolons. */
    int last;
} Lexer;

void lex_init(Lexer *lx, const Source *src, Diag *diag);
Token lex_next(Lexer *lx);

/* Literal decoding, shared by the checker and the REPL. Each returns false
 * and fills [err] on a malformed literal. */
bool lex_unquote(const char *text, int len, char **out, size_t *outlen,
                 char *err, size_t errlen);
bool lex_char_value(const char *text, int len, int *rune, char *err,
                    size_t errlen);

/* Interns a name: equal names give the same pointer, forever. */
const char *intern_name(const char *s, int len);

/* UTF-8 helpers used across gosh. */
int utf8_decode(const unsigned char *s, size_t len, int *rune);
int utf8_encode(int rune, char *out);

#endif
