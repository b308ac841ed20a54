/* scan.re: Go's lexical grammar for re2c.
 *
 * The scanner works on a NUL-terminated buffer (the NUL is the sentinel, so
 * there are no bounds checks in the inner loop). It inserts Go's automatic
 * semicolons: a newline, a comment holding one, or the end of input after an
 * identifier, a literal, one of the keywords break continue fallthrough
 * return, or one of ++ -- ) ] } becomes a SEMI token whose text is "\n". */
#include <string.h>
#include "lexer.h"

void lex_init(Lexer *lx, const Source *src, Diag *diag)
{
    lx->src = src;
    lx->diag = diag;
    lx->cur = src->text;
    lx->lim = src->text + src->len;
    lx->line_start = src->text;
    lx->line = 1;
    lx->last = T_SEMI;
    /* a script's first line may be "#!/usr/bin/env gosh"; Go's own .go
     * files may not, as go run says */
    size_t nl = src->name ? strlen(src->name) : 0;
    bool go_file = nl > 3 && strcmp(src->name + nl - 3, ".go") == 0;
    if (!go_file && src->len >= 2 && src->text[0] == '#' && src->text[1] == '!')
        while (lx->cur < lx->lim && *lx->cur != '\n')
            lx->cur++;
    /* Go rejects invalid UTF-8 anywhere in a file, strings and comments
     * included: report the first bad byte once, up front. */
    const unsigned char *p = (const unsigned char *)src->text;
    const unsigned char *end = p + src->len;
    int line = 1;
    const unsigned char *ls = p;
    while (p < end) {
        int r, n = *p < 0x80 ? 1 : utf8_decode(p, (size_t)(end - p), &r);
        if (n < 0) {
            Pos at = {line, (int)(p - ls) + 1};
            diag_error(diag, at, "invalid UTF-8 encoding");
            break;
        }
        if (*p == '\n') {
            line++;
            ls = p + 1;
        }
        p += n;
    }
}

/* Whether a newline after a token of kind [k] ends a statement. */
static bool ends_statement(int k)
{
    switch (k) {
    case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR:
    case T_STRING: case T_BREAK: case T_CONTINUE: case T_FALLTHROUGH:
    case T_RETURN: case T_INC: case T_DEC: case T_RPAREN: case T_RBRACK:
    case T_RBRACE:
        return true;
    default:
        return false;
    }
}

static const struct { const char *word; int kind; } keywords[] = {
    {"break", T_BREAK}, {"case", T_CASE}, {"chan", T_CHAN},
    {"const", T_CONST}, {"continue", T_CONTINUE}, {"default", T_DEFAULT},
    {"defer", T_DEFER}, {"else", T_ELSE}, {"fallthrough", T_FALLTHROUGH},
    {"for", T_FOR}, {"func", T_FUNC}, {"go", T_GO}, {"goto", T_GOTO},
    {"if", T_IF}, {"import", T_IMPORT}, {"interface", T_INTERFACE},
    {"map", T_MAP}, {"package", T_PACKAGE}, {"range", T_RANGE},
    {"return", T_RETURN}, {"select", T_SELECT}, {"struct", T_STRUCT},
    {"switch", T_SWITCH}, {"type", T_TYPE}, {"var", T_VAR},
};

static int keyword_or_ident(const char *s, int len)
{
    if (len < 2 || len > 11 || s[0] < 'b' || s[0] > 'v')
        return T_IDENT;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if ((int)strlen(keywords[i].word) == len &&
            memcmp(keywords[i].word, s, len) == 0)
            return keywords[i].kind;
    return T_IDENT;
}

static Pos pos_of(const Lexer *lx, const char *p)
{
    Pos pos = {lx->line, (int)(p - lx->line_start) + 1};
    return pos;
}

/* Go's words for a malformed number with a base prefix (or a legacy
 * octal 0...): the first digit too big for the base, at that digit, or a
 * prefix with no digits. False when neither applies. */
static bool bad_number(const char *p, const char *end, const char **at, char *msg, size_t n)
{
    if (end - p < 2 || p[0] != '0')
        return false;
    const char *name = "octal", *q = p + 1;
    int base = 8;
    switch (p[1] | 32) {
    case 'x': name = "hexadecimal"; base = 16; q = p + 2; break;
    case 'b': name = "binary"; base = 2; q = p + 2; break;
    case 'o': q = p + 2; break;
    }
    bool digits = false;
    for (const char *r = q; r < end; r++) {
        int d;
        if (*r == '_')
            continue;
        if (*r >= '0' && *r <= '9')
            d = *r - '0';
        else if (base == 16 && (*r | 32) >= 'a' && (*r | 32) <= 'f')
            d = (*r | 32) - 'a' + 10;
        else
            break;
        if (d >= base) {
            *at = r;
            snprintf(msg, n, "invalid digit '%c' in %s literal", *r, name);
            return true;
        }
        digits = true;
    }
    if (!digits && q == p + 2) {
        *at = q;
        snprintf(msg, n, "%s literal has no digits", name);
        return true;
    }
    return false;
}

/* Accounts for newlines inside a multi-line token or comment. Returns
 * whether there was one. */
static bool count_lines(Lexer *lx, const char *from, const char *to)
{
    bool any = false;
    for (const char *p = from; p < to; p++)
        if (*p == '\n') {
            lx->line++;
            lx->line_start = p + 1;
            any = true;
        }
    return any;
}

static Token make(Lexer *lx, int kind, const char *start, const char *end)
{
    Token t = {kind, pos_of(lx, start), start, (int)(end - start)};
    lx->last = kind;
    return t;
}

static Token auto_semi(Lexer *lx, const char *at)
{
    Token t = {T_SEMI, pos_of(lx, at), "\n", 0};
    lx->last = T_SEMI;
    return t;
}

Token lex_next(Lexer *lx)
{
    const char *YYMARKER = NULL;
    for (;;) {
        const char *tok = lx->cur;
        const char *YYCURSOR = lx->cur;
/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 0;

    dec     = [0-9];
    decs    = dec ("_"? dec)*;
    hex     = [0-9a-fA-F];
    hexs    = "_"? hex ("_"? hex)*;
    letter  = [a-zA-Z_] | [\xc2-\xf4] [\x80-\xbf]+;
    exp     = [eE] [+-]? decs;
    pexp    = [pP] [+-]? decs;
    int_lit = "0" | [1-9] ("_"? decs)? | "0" [xX] hexs | "0" [oO] "_"? [0-7] ("_"? [0-7])*
            | "0" [bB] "_"? [01] ("_"? [01])* | "0" "_"? [0-7] ("_"? [0-7])*;
    float_lit = decs "." decs? exp? | decs exp | "." decs exp?
              | "0" [xX] hexs? "."? hexs? pexp;
    esc     = "\\" [^\n\x00];

    "\x00" {
        if (tok < lx->lim) {
            diag_error(lx->diag, pos_of(lx, tok), "invalid NUL character");
            lx->cur = tok + 1;
            continue;
        }
        lx->cur = tok;
        if (ends_statement(lx->last))
            return auto_semi(lx, tok);
        return make(lx, T_EOF, tok, tok);
    }
    [ \t\r]+ { lx->cur = YYCURSOR; continue; }
    "\n" {
        lx->cur = YYCURSOR;
        bool semi = ends_statement(lx->last);
        Token t = auto_semi(lx, tok);
        lx->line++;
        lx->line_start = YYCURSOR;
        if (semi)
            return t;
        continue;
    }
    "//" [^\n\x00]* { lx->cur = YYCURSOR; continue; }
    "/*" ([^*\x00] | "*"+ [^*/\x00])* "*"+ "/" {
        lx->cur = YYCURSOR;
        Pos at = pos_of(lx, tok);
        if (count_lines(lx, tok, YYCURSOR) && ends_statement(lx->last)) {
            Token t = {T_SEMI, at, "\n", 0};
            lx->last = T_SEMI;
            return t;
        }
        continue;
    }
    "/*" {
        diag_error(lx->diag, pos_of(lx, tok), "comment not terminated");
        count_lines(lx, tok, lx->lim);
        lx->cur = lx->lim;
        lx->diag->incomplete = true;
        continue;
    }
    letter (letter | dec)* {
        lx->cur = YYCURSOR;
        return make(lx, keyword_or_ident(tok, (int)(YYCURSOR - tok)), tok, YYCURSOR);
    }
    int_lit { lx->cur = YYCURSOR; return make(lx, T_INT, tok, YYCURSOR); }
    float_lit { lx->cur = YYCURSOR; return make(lx, T_FLOAT, tok, YYCURSOR); }
    (int_lit | float_lit | decs) "i" { lx->cur = YYCURSOR; return make(lx, T_IMAG, tok, YYCURSOR); }
    dec (dec | [a-zA-Z_.])* {
        lx->cur = YYCURSOR;
        const char *at;
        char msg[64];
        if (bad_number(tok, YYCURSOR, &at, msg, sizeof msg))
            diag_error(lx->diag, pos_of(lx, at), "%s", msg);
        else
            diag_error(lx->diag, pos_of(lx, tok), "invalid number literal %.*s",
                       (int)(YYCURSOR - tok), tok);
        return make(lx, T_INT, tok, YYCURSOR);
    }
    "'" ([^'\\\n\x00] | esc)* "'" { lx->cur = YYCURSOR; return make(lx, T_CHAR, tok, YYCURSOR); }
    "'" ([^'\\\n\x00] | esc)* {
        lx->cur = YYCURSOR;
        diag_error(lx->diag, pos_of(lx, tok), *YYCURSOR == '\n' ? "newline in rune literal" : "rune literal not terminated");
        return make(lx, T_CHAR, tok, YYCURSOR);
    }
    "\"" ([^"\\\n\x00] | esc)* "\"" { lx->cur = YYCURSOR; return make(lx, T_STRING, tok, YYCURSOR); }
    "\"" ([^"\\\n\x00] | esc)* {
        lx->cur = YYCURSOR;
        if (*YYCURSOR == '\n') {
            diag_error(lx->diag, pos_of(lx, YYCURSOR), "newline in string");
        } else {
            diag_error(lx->diag, pos_of(lx, tok), "string literal not terminated");
            lx->diag->incomplete = true;
        }
        return make(lx, T_STRING, tok, YYCURSOR);
    }
    "`" [^`\x00]* "`" {
        lx->cur = YYCURSOR;
        Token t = make(lx, T_STRING, tok, YYCURSOR);
        count_lines(lx, tok, YYCURSOR);
        return t;
    }
    "`" [^`\x00]* {
        lx->cur = YYCURSOR;
        Token t = make(lx, T_STRING, tok, YYCURSOR);
        diag_error(lx->diag, t.pos, "raw string literal not terminated");
        lx->diag->incomplete = true;
        count_lines(lx, tok, YYCURSOR);
        return t;
    }
    "+"   { lx->cur = YYCURSOR; return make(lx, T_ADD, tok, YYCURSOR); }
    "-"   { lx->cur = YYCURSOR; return make(lx, T_SUB, tok, YYCURSOR); }
    "*"   { lx->cur = YYCURSOR; return make(lx, T_MUL, tok, YYCURSOR); }
    "/"   { lx->cur = YYCURSOR; return make(lx, T_QUO, tok, YYCURSOR); }
    "%"   { lx->cur = YYCURSOR; return make(lx, T_REM, tok, YYCURSOR); }
    "&"   { lx->cur = YYCURSOR; return make(lx, T_AND, tok, YYCURSOR); }
    "|"   { lx->cur = YYCURSOR; return make(lx, T_OR, tok, YYCURSOR); }
    "^"   { lx->cur = YYCURSOR; return make(lx, T_XOR, tok, YYCURSOR); }
    "<<"  { lx->cur = YYCURSOR; return make(lx, T_SHL, tok, YYCURSOR); }
    ">>"  { lx->cur = YYCURSOR; return make(lx, T_SHR, tok, YYCURSOR); }
    "&^"  { lx->cur = YYCURSOR; return make(lx, T_AND_NOT, tok, YYCURSOR); }
    "+="  { lx->cur = YYCURSOR; return make(lx, T_ADD_ASSIGN, tok, YYCURSOR); }
    "-="  { lx->cur = YYCURSOR; return make(lx, T_SUB_ASSIGN, tok, YYCURSOR); }
    "*="  { lx->cur = YYCURSOR; return make(lx, T_MUL_ASSIGN, tok, YYCURSOR); }
    "/="  { lx->cur = YYCURSOR; return make(lx, T_QUO_ASSIGN, tok, YYCURSOR); }
    "%="  { lx->cur = YYCURSOR; return make(lx, T_REM_ASSIGN, tok, YYCURSOR); }
    "&="  { lx->cur = YYCURSOR; return make(lx, T_AND_ASSIGN, tok, YYCURSOR); }
    "|="  { lx->cur = YYCURSOR; return make(lx, T_OR_ASSIGN, tok, YYCURSOR); }
    "^="  { lx->cur = YYCURSOR; return make(lx, T_XOR_ASSIGN, tok, YYCURSOR); }
    "<<=" { lx->cur = YYCURSOR; return make(lx, T_SHL_ASSIGN, tok, YYCURSOR); }
    ">>=" { lx->cur = YYCURSOR; return make(lx, T_SHR_ASSIGN, tok, YYCURSOR); }
    "&^=" { lx->cur = YYCURSOR; return make(lx, T_AND_NOT_ASSIGN, tok, YYCURSOR); }
    "&&"  { lx->cur = YYCURSOR; return make(lx, T_LAND, tok, YYCURSOR); }
    "||"  { lx->cur = YYCURSOR; return make(lx, T_LOR, tok, YYCURSOR); }
    "<-"  { lx->cur = YYCURSOR; return make(lx, T_ARROW, tok, YYCURSOR); }
    "++"  { lx->cur = YYCURSOR; return make(lx, T_INC, tok, YYCURSOR); }
    "--"  { lx->cur = YYCURSOR; return make(lx, T_DEC, tok, YYCURSOR); }
    "=="  { lx->cur = YYCURSOR; return make(lx, T_EQL, tok, YYCURSOR); }
    "<"   { lx->cur = YYCURSOR; return make(lx, T_LSS, tok, YYCURSOR); }
    ">"   { lx->cur = YYCURSOR; return make(lx, T_GTR, tok, YYCURSOR); }
    "="   { lx->cur = YYCURSOR; return make(lx, T_ASSIGN, tok, YYCURSOR); }
    "!"   { lx->cur = YYCURSOR; return make(lx, T_NOT, tok, YYCURSOR); }
    "!="  { lx->cur = YYCURSOR; return make(lx, T_NEQ, tok, YYCURSOR); }
    "<="  { lx->cur = YYCURSOR; return make(lx, T_LEQ, tok, YYCURSOR); }
    ">="  { lx->cur = YYCURSOR; return make(lx, T_GEQ, tok, YYCURSOR); }
    ":="  { lx->cur = YYCURSOR; return make(lx, T_DEFINE, tok, YYCURSOR); }
    "..." { lx->cur = YYCURSOR; return make(lx, T_ELLIPSIS, tok, YYCURSOR); }
    "("   { lx->cur = YYCURSOR; return make(lx, T_LPAREN, tok, YYCURSOR); }
    "["   { lx->cur = YYCURSOR; return make(lx, T_LBRACK, tok, YYCURSOR); }
    "{"   { lx->cur = YYCURSOR; return make(lx, T_LBRACE, tok, YYCURSOR); }
    ","   { lx->cur = YYCURSOR; return make(lx, T_COMMA, tok, YYCURSOR); }
    "."   { lx->cur = YYCURSOR; return make(lx, T_PERIOD, tok, YYCURSOR); }
    ")"   { lx->cur = YYCURSOR; return make(lx, T_RPAREN, tok, YYCURSOR); }
    "]"   { lx->cur = YYCURSOR; return make(lx, T_RBRACK, tok, YYCURSOR); }
    "}"   { lx->cur = YYCURSOR; return make(lx, T_RBRACE, tok, YYCURSOR); }
    ":"   { lx->cur = YYCURSOR; return make(lx, T_COLON, tok, YYCURSOR); }
    ";"   { lx->cur = YYCURSOR; return make(lx, T_SEMI, tok, YYCURSOR); }
    "~"   { lx->cur = YYCURSOR; return make(lx, T_TILDE, tok, YYCURSOR); }
    * {
        int r;
        int n = utf8_decode((const unsigned char *)tok, (size_t)(lx->lim - tok), &r);
        if (n <= 0) {
            diag_error(lx->diag, pos_of(lx, tok), "invalid UTF-8 encoding");
            n = 1;
        } else if (r == 0xFEFF) {
            diag_error(lx->diag, pos_of(lx, tok), "invalid BOM in the middle of the file");
        } else if (r >= 0x20 && r < 0x7f) {
            diag_error(lx->diag, pos_of(lx, tok), "invalid character U+%04X '%c'", r, r);
        } else {
            diag_error(lx->diag, pos_of(lx, tok), "invalid character U+%04X", r);
        }
        lx->cur = tok + n;
        continue;
    }
*/
    }
}
